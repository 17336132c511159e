package money_test

// Linear-time benchmarks: every finder over inputs of n, 4n and 16n bytes
// (n = 64 KB), so that the ns/byte of the sizes can be compared. Inputs are
// the team's news text repeated and worst cases for the finders. Compare
// ns/op divided by the size, or the MB/s column:
//
//	go test -run '^$' -bench Scale -benchmem ./money

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/finanztext/finanztext/money"
)

// benchScaleN is the smallest input size of the scale benchmarks.
const benchScaleN = 64 << 10

// benchScaleInput is one kind of input of a scale benchmark.
type benchScaleInput struct {
	name string
	unit string // repeated to the wanted size
}

// benchScaleInputs returns the news text and the worst cases, or skips b
// when the news text is absent.
func benchScaleInputs(b *testing.B) []benchScaleInput {
	data, err := os.ReadFile("../testdata/news.txt")
	if err != nil || len(data) == 0 {
		b.Skipf("../testdata/news.txt: %v", err)
	}
	return []benchScaleInput{
		{"news", string(data)},
		{"digits", "1234567890"},
		{"marks", "„"},
		{"Milliarden", "Milliarden "},
		{"amounts", "3,5 Mrd. Euro und "},
		{"currency symbols", "€$£¥ US$ "},
	}
}

// benchScaleText repeats unit to n bytes, less the bytes of a rune cut at
// the end.
func benchScaleText(unit string, n int) string {
	s := strings.Repeat(unit, n/len(unit)+1)[:n]
	for len(s) > 0 {
		if r, size := utf8.DecodeLastRuneInString(s); r != utf8.RuneError || size > 1 {
			break
		}
		s = s[:len(s)-1]
	}
	return s
}

// benchScale runs find over every input at n, 4n and 16n bytes.
func benchScale(b *testing.B, find func(string) int) {
	for _, in := range benchScaleInputs(b) {
		for _, k := range []int{1, 4, 16} {
			text := benchScaleText(in.unit, k*benchScaleN)
			b.Run(fmt.Sprintf("%s/%dn", in.name, k), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					find(text)
				}
			})
		}
	}
}

func BenchmarkScaleFind(b *testing.B) {
	benchScale(b, func(s string) int { return len(money.Find(s)) })
}
