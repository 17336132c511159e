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

// benchTexts returns the news texts for the FindNumbers benchmarks: the
// shared corpus and the team's testdata/news.txt when present, and a short
// text written here.
func benchTexts() map[string]string {
	texts := map[string]string{
		"builtin": strings.Repeat("Der Umsatz stieg im dritten Quartal um rund 12 Prozent auf 34,9 Milliarden Euro. "+
			"Ein Sprecher sagte, man erwarte für 2025 zwischen 20 und 25 Mrd. Euro Gewinn; "+
			"die Marge lag bei 3,75 Prozent, nach 1.234 Stellen im Vorjahr. ", 200),
	}
	for name, p := range map[string]string{"corpus": "../../shared/corpus/news_de.txt", "team": "../testdata/news.txt"} {
		if data, err := os.ReadFile(p); err == nil && len(data) > 0 {
			texts[name] = string(data)
		}
	}
	return texts
}

func BenchmarkFindNumbers(b *testing.B) {
	texts := benchTexts()
	for _, name := range []string{"corpus", "team", "builtin"} {
		text, ok := texts[name]
		b.Run(name, func(b *testing.B) {
			if !ok {
				b.Skip("text not present")
			}
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				parse.FindNumbers(text)
			}
		})
	}
}

// BenchmarkFindNumbersAndPercents is the pipeline the root package runs:
// numerals once, percentages on top of them.
func BenchmarkFindNumbersAndPercents(b *testing.B) {
	text, ok := benchTexts()["corpus"]
	if !ok {
		b.Skip("corpus not present")
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		parse.FindPercentsWith(text, parse.FindNumbers(text))
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
