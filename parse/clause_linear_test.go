//go:build linux

package parse_test

import (
	"github.com/finanztext/finanztext/internal/advtest"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/finanztext/finanztext/parse"
)

// TestTokenizeLinear checks that tokenizing and building the clause layer
// take time linear in the input on hostile texts: four times the input
// takes about four times the CPU time, not sixteen: 200,000 and 800,000
// quotation marks, commas, coordinators, brackets, and so on.
func TestTokenizeLinear(t *testing.T) {
	advtest.SkipUnlessLong(t) // a timing test: FINANZTEXT_LONG=1
	units := []struct{ name, unit string }{
		{"quote marks", "„"},
		{"commas", ","},
		{"und", "und "},
		{"open brackets", "("},
		{"ambiguous quotes", `" `},
		{"hyphen chain", "a-"},
		{"determiners", "der "},
		{"verbless pieces", "Umsatz, "},
		{"relative clauses", "der X, der "},
		{"sentences", "Der Umsatz stieg um 5 %. "},
	}
	var d parse.Doc
	run := func(text string) time.Duration {
		defer debug.SetGCPercent(debug.SetGCPercent(-1))
		best := time.Duration(1<<63 - 1)
		for range 3 {
			runtime.GC()
			start := advtest.CPUTime(t)
			_ = d.Reset(text)
			d.Clauses()
			best = min(best, advtest.CPUTime(t)-start)
		}
		return best
	}
	for _, u := range units {
		t.Run(u.name, func(t *testing.T) {
			const n = 200_000
			small := strings.Repeat(u.unit, n)
			large := strings.Repeat(u.unit, 4*n)
			run(small) // warm the Doc's slices up
			ts, tl := run(small), run(large)
			ratio := float64(tl) / float64(max(ts, time.Millisecond))
			t.Logf("%s: %v for %d bytes, %v for %d bytes, ratio %.2f", u.name, ts, len(small), tl, len(large), ratio)
			// Linear is 4, quadratic 16; 8 leaves room for a busy machine.
			if ratio > 8 {
				t.Errorf("four times the input made the time %.2f times as long", ratio)
			}
		})
	}
}
