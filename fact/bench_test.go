package fact_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/fact"
	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
)

// BenchmarkFind measures Find (all finders) and FindWith (the fact finder
// alone, with the other results at hand) on the module's news text:
//
//	go test -run '^$' -bench . -cpu 1 ./fact
func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile("../testdata/news.txt")
	if err != nil {
		b.Skip(err)
	}
	text := string(data)
	b.Run("Find", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			fact.Find(text, tableRef)
		}
	})
	b.Run("FindWith", func(b *testing.B) {
		nums := parse.FindNumbers(text)
		edoc := entity.NewRecognizer().FindDoc(text)
		in := fact.Input{Numbers: nums, Amounts: money.NewFinder().FindWith(text, nums),
			Percents: parse.FindPercents(text), Mentions: edoc.Mentions, Refs: edoc.Refs,
			Periods: period.Find(text, tableRef)}
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			fact.FindWith(text, in)
		}
	})
}

// BenchmarkFindWith measures the fact finder alone, per call, with the
// other results and the shared parse.Doc at hand (as Analyze calls it), on
// a short article and on the module's news text:
//
//	go test -run '^$' -bench FindWith -cpu 1 ./fact
func BenchmarkFindWith(b *testing.B) {
	for _, path := range []string{"../testdata/artikel.txt", "../testdata/news.txt"} {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Skip(err)
		}
		text := string(data)
		nums := parse.FindNumbers(text)
		edoc := entity.NewRecognizer().FindDoc(text)
		in := fact.Input{Numbers: nums, Amounts: money.NewFinder().FindWith(text, nums),
			Percents: parse.FindPercentsWith(text, nums), Mentions: edoc.Mentions, Refs: edoc.Refs,
			Periods: period.Find(text, tableRef), Doc: parse.Tokenize(text)}
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				fact.FindWith(text, in)
			}
		})
	}
}
