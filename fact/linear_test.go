//go:build unix

package fact_test

import (
	"github.com/finanztext/finanztext/internal/advtest"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/fact"
	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
	"github.com/stretchr/testify/assert"
)

// TestLinearTime finds facts (FindWith, so that only this package is timed) in texts of growing size and checks that the
// time grows about linearly: 4× the text may take at most 10× the time
// (quadratic would be 16×; the machine is shared and noisy).
// The shapes are the hard ones: one endless sentence of figures and
// metric words with commas, no commas, and many organizations and periods.
func TestLinearTime(t *testing.T) {
	advtest.SkipUnlessLong(t) // a timing test: FINANZTEXT_LONG=1
	ref := period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	units := map[string]string{
		"sentences":   "Der Umsatz von Siemens stieg im dritten Quartal um 5 Prozent auf 2,3 Mrd. Euro. ",
		"one clause":  "Umsatz 5 Prozent Gewinn 3 Mio. Euro Siemens Bosch im Jahr 2024 Konzern Aktien ",
		"commas":      "der Umsatz um 5 %, das Ebit um 3 Mio. Euro, bei Siemens im Vorjahr, ",
		"figures":     "12.000 Mitarbeiter 13 Stellen 14 % 15 Euro ",
		"words":       "Umsatz Gewinn Ebit Marge Aktie hält übernimmt für von auf um ",
		"bare scales": "Der Gewinn stieg auf 5 Mio. Euro, der Umsatz auf 3 Millionen auf 4 Millionen und ",
		"relatives":   "Siemens, das 5 Mio. Euro verdiente und laut Bosch den Siemens-Chef mit 3 Mio. Euro bezahlte, ",
		// the rules of the twelfth session, each reading near its figure:
		// ellipses, earlier values, lost jobs, rates, buybacks, outlooks
		"ellipses": "der Umsatz stieg um 3 Prozent, im Ausland um 7 Prozent und in China um 2 Prozent, nach einem Gewinn von " +
			"4 Mio. Euro im Vorjahr waren es 5 Mio. Euro 25.000 Beschäftigte verloren ihren Arbeitsplatz für einen Euro " +
			"1,16 Dollar kaufte eigene Aktien für 3 Mio. Euro und bestätigte den Ausblick während Bosch um 4 Prozent ",
	}
	for name, unit := range units {
		t.Run(name, func(t *testing.T) {
			measure := func(n int) time.Duration {
				text := strings.Repeat(unit, n)
				nums := parse.FindNumbers(text)
				in := fact.Input{Numbers: nums, Amounts: money.NewFinder().FindWith(text, nums),
					Percents: parse.FindPercentsWith(text, nums), Mentions: entity.Find(text), Periods: period.Find(text, ref)}
				best := time.Duration(1 << 62)
				for range 5 {
					runtime.GC()
					start := advtest.CPUTime(t)
					fact.FindWith(text, in)
					best = min(best, advtest.CPUTime(t)-start)
				}
				return best
			}
			measure(100) // tables are built lazily on first use
			// both sizes are beyond the processor caches, so that the
			// ratio shows the algorithm, not the memory hierarchy
			small := measure(4000)
			big := measure(16000)
			ratio := float64(big) / float64(max(small, time.Millisecond))
			t.Logf("%s: %v → %v (×%.1f)", name, small, big, ratio)
			assert.Less(t, ratio, 10.0, "super-linear time")
		})
	}
}
