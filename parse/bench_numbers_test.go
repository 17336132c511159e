package parse_test

import (
	"os"
	"strings"
	"testing"

	"github.com/finanztext/finanztext/parse"
)

func BenchmarkDecimal(b *testing.B) {
	for _, in := range []string{"1.234.567,89", "42", "34,9 Milliarden", "zweihundertdreiundzwanzig"} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := parse.Decimal(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchNewsText returns news text for the FindNumbers benchmarks: the
// shared corpus when present, else the team's testdata/news.txt, else a
// text written here.
func benchNewsText(b *testing.B) string {
	for _, p := range []string{"../../shared/corpus/news_de.txt", "../testdata/news.txt"} {
		if data, err := os.ReadFile(p); err == nil && len(data) > 0 {
			return string(data)
		}
	}
	return strings.Repeat("Der Umsatz stieg im dritten Quartal um rund 12 Prozent auf 34,9 Milliarden Euro. "+
		"Ein Sprecher sagte, man erwarte für 2025 zwischen 20 und 25 Mrd. Euro Gewinn; "+
		"die Marge lag bei 3,75 Prozent, nach 1.234 Stellen im Vorjahr. ", 200)
}

func BenchmarkFindNumbers(b *testing.B) {
	text := benchNewsText(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		parse.FindNumbers(text)
	}
}

func BenchmarkFindNumbersNoNumbers(b *testing.B) {
	text := strings.Repeat("Die Aktie der Bank legte am Nachmittag deutlich zu, sagte ein Händler in Frankfurt. ", 1000)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		parse.FindNumbers(text)
	}
}
