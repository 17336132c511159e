package fact_test

import (
	"strings"
	"testing"
	"time"

	"github.com/finanztext/finanztext/fact"
	"github.com/finanztext/finanztext/period"
	"github.com/stretchr/testify/assert"
)

// TestLinearTime finds facts in texts of growing size and checks that the
// time grows about linearly: 8× the text may take at most 30× the time (quadratic would be 64×; the machine is shared and noisy).
// The shapes are the hard ones: one endless sentence of figures and
// metric words with commas, no commas, and many organizations and periods.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	ref := period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	units := map[string]string{
		"sentences":  "Der Umsatz von Siemens stieg im dritten Quartal um 5 Prozent auf 2,3 Mrd. Euro. ",
		"one clause": "Umsatz 5 Prozent Gewinn 3 Mio. Euro Siemens Bosch im Jahr 2024 Konzern Aktien ",
		"commas":     "der Umsatz um 5 %, das Ebit um 3 Mio. Euro, bei Siemens im Vorjahr, ",
		"figures":    "12.000 Mitarbeiter 13 Stellen 14 % 15 Euro ",
		"words":      "Umsatz Gewinn Ebit Marge Aktie hält übernimmt für von auf um ",
	}
	for name, unit := range units {
		t.Run(name, func(t *testing.T) {
			measure := func(n int) time.Duration {
				text := strings.Repeat(unit, n)
				best := time.Duration(1 << 62)
				for range 3 {
					start := time.Now()
					fact.Find(text, ref)
					best = min(best, time.Since(start))
				}
				return best
			}
			small := measure(500)
			big := measure(4000)
			ratio := float64(big) / float64(max(small, time.Microsecond))
			t.Logf("%s: %v → %v (×%.1f)", name, small, big, ratio)
			assert.Less(t, ratio, 30.0, "super-linear time")
		})
	}
}
