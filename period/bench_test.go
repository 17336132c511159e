package period_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
)

func benchFind(b *testing.B, text string) {
	ref := period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		period.Find(text, ref)
	}
}

// BenchmarkFindCorpus runs over the shared measuring corpus, when present.
func BenchmarkFindCorpus(b *testing.B) {
	data, err := os.ReadFile("../../shared/corpus/news_de.txt")
	if err != nil {
		b.Skip("corpus absent")
	}
	benchFind(b, string(data))
}

// BenchmarkFindArticle runs over the repository's test article.
func BenchmarkFindArticle(b *testing.B) {
	data, err := os.ReadFile("../testdata/artikel.txt")
	if err != nil {
		b.Skip("article absent")
	}
	benchFind(b, string(data))
}

// BenchmarkFindQuotes runs over 5 MB of „, the costliest input per byte.
func BenchmarkFindQuotes(b *testing.B) { benchFind(b, strings.Repeat("„", 5<<20/3)) }

// BenchmarkFindDigits runs over 5 MB of digits.
func BenchmarkFindDigits(b *testing.B) { benchFind(b, strings.Repeat("2025 ", 1<<20)) }

// BenchmarkFindDigitRun runs over one 5 MB number.
func BenchmarkFindDigitRun(b *testing.B) { benchFind(b, strings.Repeat("7", 5<<20)) }

// BenchmarkFindContinuedWith compares FindContinued, which scans the
// bytes, with FindContinuedWith on a parse.Doc of the text built before
// (as Analyze has it), on the news text and the article:
//
//	go test -run '^$' -bench FindContinuedWith -cpu 1 ./period
func BenchmarkFindContinuedWith(b *testing.B) {
	ref := period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	for _, path := range []string{"../testdata/news.txt", "../testdata/artikel.txt"} {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Skip(err)
		}
		text := string(data)
		pd := parse.Tokenize(text)
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		b.Run(name+"/bytes", func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				period.NewFinder().FindContinued(text, ref)
			}
		})
		b.Run(name+"/doc", func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				period.NewFinder().FindContinuedWith(pd, ref)
			}
		})
	}
}
