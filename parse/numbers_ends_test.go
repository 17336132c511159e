package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplitRanges(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // Text=Value; q=TEXT:K for a qualifier
	}{
		{"scale distributes", "Die Kosten: 100 bis 300 Milliarden Euro.", []string{"100=100000000000", "300 Milliarden=300000000000"}},
		{"both scaled", "zwischen 12 Mrd. und 14 Mrd. Dollar", []string{"12 Mrd.=12000000000", "14 Mrd.=14000000000"}},
		{"dash range", "Die Marge liegt bei 20–25 Prozent.", []string{"20=20", "25=25"}},
		{"hyphen range", "Es kamen 30-40 Gäste.", []string{"30=30", "40=40"}},
		{"qualifier stays with the lower end", "Es sind rund 20 bis 25 Stellen.", []string{"20=20|q=rund:about", "25=25"}},
		{"words", "zwei bis drei Millionen Menschen", []string{"zwei=2000000", "drei Millionen=3000000"}},
		{"article lower end", "ein bis zwei Prozent", []string{"ein=1", "zwei=2"}},
		{"signed ends", "von -5 bis -3 Grad", []string{"-5=-5", "-3=-3"}},
		{"no range kept", "Der Umsatz stieg auf 17 Millionen.", []string{"17 Millionen=17000000"}},
		{"inverted is no range", "Seiten 12 bis 5", []string{"12=12", "5=5"}},
		{"bis year is no range", "Der Vertrag läuft bis 2030.", []string{"2030=2030"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SplitRanges(FindNumbers(tt.in))
			texts := make([]string, len(got))
			for i, n := range got {
				texts[i] = n.Text + "=" + n.Value.String()
			}
			require.Len(t, got, len(tt.want), "got %q", texts)
			for i, w := range tt.want {
				n := got[i]
				assert.Equal(t, tt.in[n.Start:n.End], n.Text)
				assert.False(t, n.IsRange)
				checkNumber(t, tt.in, n, w)
			}
		})
	}
}

func TestSplitRangesKeepsInput(t *testing.T) {
	nums := FindNumbers("rund 20 bis 25 Mio. und 7")
	require.Len(t, nums, 2)
	before := nums[0]
	out := SplitRanges(nums)
	require.Len(t, out, 3)
	assert.Equal(t, before, nums[0], "input changed")
	plain := FindNumbers("7 und 8")
	assert.Equal(t, &plain[0], &SplitRanges(plain)[0], "no copy without ranges")
	// a hand-built range with bad end spans stays whole
	bad := []Number{{Span: Span{0, 5}, Text: "20-25", IsRange: true}}
	assert.Equal(t, bad, SplitRanges(bad))
	bad[0].minLen, bad[0].maxLen = 3, 3 // longer than the range
	assert.Equal(t, bad, SplitRanges(bad))
	bad[0].Text = "20-2"
	bad[0].minLen, bad[0].maxLen = 2, 2 // Text does not fit the span
	assert.Equal(t, bad, SplitRanges(bad))
	assert.Empty(t, SplitRanges(nil))
}
