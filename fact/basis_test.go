package fact_test

import (
	"testing"

	"github.com/finanztext/finanztext/fact"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBasisPeriod: a change compared with a named period has that period
// as its basis; a fact with no change (the analysts' estimate in the
// sentence after a figure) has no change at all, not a stray basis.
func TestBasisPeriod(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // per fact: its metric and Change.BasisPeriod, or "-" for a zero Change
	}{
		{"a quarter compared", "Die Marge sank im Vergleich zum dritten Quartal 2024 auf 8 Prozent.",
			[]string{"margin 2024-Q3"}},
		{"a year compared", "Der Umsatz stieg gegenüber 2023 um 7 Prozent.", []string{"revenue 2023"}},
		{"an estimate after a figure has no change", "Die Nordwind AG hat im dritten Quartal mehr verdient. " +
			"Das Ebit stieg um 21 Prozent auf 412 Mio. Euro. Analysten hatten mit 380 Mio. Euro gerechnet.",
			[]string{"operating_profit ", "operating_profit -"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fact.Find(tt.text, tableRef)
			require.Len(t, got, len(tt.want))
			for k, f := range got {
				s := f.Metric.String() + " " + f.Change.BasisPeriod
				if f.Change.IsZero() {
					s = f.Metric.String() + " -"
				}
				assert.Equal(t, tt.want[k], s)
			}
		})
	}
}
