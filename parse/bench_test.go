package parse_test

import (
	"os"
	"strings"
	"testing"

	"github.com/finanztext/finanztext/parse"
)

// BenchmarkDecimal and BenchmarkFindNumbers on a single text live in
// bench_numbers_test.go; this file measures the news texts per finder.

// newsTexts are the texts the news benchmarks run over: the team-written
// testdata/news.txt and the shared measuring corpus (never copied into the
// repository). A missing file skips its sub-benchmarks.
var newsTexts = []struct{ name, path string }{
	{"team", "../testdata/news.txt"},
	{"corpus", "../../shared/corpus/news_de.txt"},
}

func readNews(b *testing.B, path string) string {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil || len(data) == 0 {
		b.Skipf("%s not present", path)
	}
	return string(data)
}

// BenchmarkNews runs FindNumbers, FindPercents, FindPercentsWith on numbers
// already found, and FindNumbers+FindPercentsWith together (the way Analyze uses
// them) over each news text.
func BenchmarkNews(b *testing.B) {
	for _, nt := range newsTexts {
		b.Run(nt.name, func(b *testing.B) {
			text := readNews(b, nt.path)
			b.Run("FindNumbers", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					parse.FindNumbers(text)
				}
			})
			b.Run("FindPercents", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					parse.FindPercents(text)
				}
			})
			b.Run("FindPercentsWith", func(b *testing.B) {
				nums := parse.FindNumbers(text)
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					parse.FindPercentsWith(text, nums)
				}
			})
			b.Run("NumbersAndPercents", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					nums := parse.FindNumbers(text)
					parse.FindPercentsWith(text, nums)
				}
			})
			b.Run("Sentences", func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					parse.Sentences(text)
				}
			})
		})
	}
}

// BenchmarkSentences splits a text written here, so it runs without any
// news file.
func BenchmarkSentences(b *testing.B) {
	text := strings.Repeat("Die Aktie der Müller AG legte am 3. Mai um ca. 2,5 Prozent zu. "+
		"„Wir sind zufrieden“, sagte Prof. Dr. Anna F. Berger, die Chefin des Konzerns. "+
		"Der Umsatz stieg auf 1,2 Mrd. Euro, d. h. um 5 Mio. Euro mehr als im Vorjahr.\n", 500)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		parse.Sentences(text)
	}
}

// BenchmarkFindPercentsDense runs over a text written here that is full of
// percentages with directions and bases.
func BenchmarkFindPercentsDense(b *testing.B) {
	text := strings.Repeat("Der Umsatz stieg um 27 % gegenüber dem Vorjahr, die Marge sank um 0,5 Prozentpunkte "+
		"auf 12,3 Prozent. Die Notenbank senkte den Zins um 25 Basispunkte. Das entspricht einem Plus "+
		"von rund 20 bis 25 Prozent im Jahresvergleich; die Fünf-Prozent-Hürde blieb. ", 500)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		parse.FindPercents(text)
	}
}

// BenchmarkTokenize tokenizes each news text into one reused Doc.
func BenchmarkTokenize(b *testing.B) {
	for _, nt := range newsTexts {
		b.Run(nt.name, func(b *testing.B) {
			text := readNews(b, nt.path)
			var d parse.Doc
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				_ = d.Reset(text)
			}
		})
	}
}

// BenchmarkClauses tokenizes each news text into one reused Doc and builds
// its clause layer.
func BenchmarkClauses(b *testing.B) {
	for _, nt := range newsTexts {
		b.Run(nt.name, func(b *testing.B) {
			text := readNews(b, nt.path)
			var d parse.Doc
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				_ = d.Reset(text)
				d.Clauses()
			}
		})
	}
}
