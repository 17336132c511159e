package money_test

import (
	"os"
	"testing"

	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
)

func benchFind(b *testing.B, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Skip("text not present:", err)
	}
	text := string(data)
	b.Run("Find", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			money.Find(text)
		}
	})
	nums := parse.FindNumbers(text)
	f := money.NewFinder()
	b.Run("FindWith", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			f.FindWith(text, nums)
		}
	})
}

// BenchmarkFindNews runs over the team-written news text of the repository.
func BenchmarkFindNews(b *testing.B) { benchFind(b, "../testdata/news.txt") }

// BenchmarkFindCorpus runs over the shared measuring corpus, when present.
func BenchmarkFindCorpus(b *testing.B) { benchFind(b, "../../shared/corpus/news_de.txt") }

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := money.Parse("34,9 Milliarden US-Dollar"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkString(b *testing.B) {
	a, err := money.Parse("34,9 Milliarden US-Dollar")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = a.String()
	}
}

// BenchmarkParseNumeralsOnly measures the share of Parse spent in
// parse's numeral scanner, for comparison with BenchmarkParse.
func BenchmarkParseNumeralsOnly(b *testing.B) {
	b.ReportAllocs()
	var buf [4]parse.Number
	for b.Loop() {
		_ = parse.NumberFinder{}.Append(buf[:0], "34,9 Milliarden US-Dollar")
	}
}
