package period_test

import (
	"os"
	"strings"
	"testing"
	"time"

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
