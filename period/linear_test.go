package period_test

import (
	"github.com/finanztext/finanztext/internal/advtest"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/finanztext/finanztext/period"
)

// TestLinear finds in hostile inputs of n and 2n repetitions and checks
// that the doubled input takes no more than about twice the time.
func TestLinear(t *testing.T) {
	advtest.SkipUnlessLong(t) // a timing test: FINANZTEXT_LONG=1
	units := []struct{ name, unit string }{
		{"years", "2025 "},
		{"Quartal", "Quartal "},
		{"dates", "1. "},
		{"ranges", "1.–"},
		{"ordinals", "ersten "},
		{"positions", "Ende des "},
		{"approx", "etwa mehr als "},
		{"slashes", "2024/25/"},
		{"relative", "im folgenden "},
		{"months", "Mai/"},
		{"no year in a narrative", "am 3. Mai "},
	}
	ref := period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC), Narrative: true}
	for _, u := range units {
		t.Run(u.name, func(t *testing.T) {
			const n = 1 << 14
			small := strings.Repeat(u.unit, n)
			large := strings.Repeat(u.unit, 2*n)
			measure := func(s string) time.Duration {
				best := time.Duration(1 << 62)
				for range 5 {
					runtime.GC()
					start := time.Now()
					period.Find(s, ref)
					best = min(best, time.Since(start))
				}
				return best
			}
			// A shared machine is noisy: a quadratic finder fails every
			// attempt, noise fails one.
			var ts, tl time.Duration
			for range 3 {
				ts, tl = measure(small), measure(large)
				if tl <= 3*ts+30*time.Millisecond {
					return
				}
			}
			t.Errorf("%d bytes took %v, %d bytes %v: not linear", len(small), ts, len(large), tl)
		})
	}
}

// TestMillion runs the hostile inputs at full size: a million
// "2025 " and a million "Quartal ".
func TestMillion(t *testing.T) {
	advtest.SkipUnlessLong(t) // a timing test: FINANZTEXT_LONG=1
	for _, unit := range []string{"2025 ", "Quartal "} {
		text := strings.Repeat(unit, 1_000_000)
		start := time.Now()
		es := period.Find(text, period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)})
		checkSpans(t, text, es)
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%q × 1e6 took %v", unit, d)
		}
	}
}
