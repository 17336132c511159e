package fact

import (
	"os"
	"slices"
	"testing"

	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/stretchr/testify/require"
)

// refFigures is collectFigures the plain way: every usable amount,
// percentage and number made a figure, all sorted, overlaps dropped.
func refFigures(text string, in Input) []figure {
	var figs []figure
	figs = collectFigures(figs, text, Input{Amounts: in.Amounts, Percents: in.Percents})
	for _, n := range in.Numbers {
		if usableNumber(text, &n) {
			figs = append(figs, numberFigure(&n))
		}
	}
	slices.SortStableFunc(figs, func(a, b figure) int { return cmpFigures(&a, &b) })
	return dropOverlaps(figs)
}

// TestCollectFigures checks the merge of collectFigures, which makes a
// number a figure only when it is kept, against refFigures: on the news
// text, with the lists in order (the merge) and reversed (the sort).
func TestCollectFigures(t *testing.T) {
	data, err := os.ReadFile("../testdata/news.txt")
	require.NoError(t, err)
	texts := []string{
		string(data),
		"Der Umsatz stieg um 5 % auf 3,5 Mrd. Euro, 2.000 Stellen fallen weg; 2025 sollen es 4 Mrd. werden.",
		"Zwischen 20 und 25 Prozent, 3 bis 4 Mio. Dollar, der 3. Mai.",
		"",
	}
	for _, text := range texts {
		nums := parse.FindNumbers(text)
		in := Input{Numbers: nums, Amounts: money.NewFinder().FindWith(text, nums),
			Percents: parse.FindPercentsWith(text, nums)}
		want := refFigures(text, in)
		n := len(in.Amounts) + len(in.Percents) + len(in.Numbers)
		got := collectFigures(make([]figure, 0, 2*n), text, in)
		sameFigures(t, want, got, "in order")
		sameFigures(t, want, collectFigures(nil, text, in), "without spare capacity")
		rev := Input{Numbers: slices.Clone(in.Numbers), Amounts: slices.Clone(in.Amounts), Percents: slices.Clone(in.Percents)}
		slices.Reverse(rev.Numbers)
		slices.Reverse(rev.Amounts)
		slices.Reverse(rev.Percents)
		sameFigures(t, want, collectFigures(nil, text, rev), "lists reversed")
	}
}

func sameFigures(t *testing.T, want, got []figure, msg string) {
	t.Helper()
	if len(want) == 0 {
		require.Empty(t, got, msg)
		return
	}
	require.Equal(t, want, got, msg)
}
