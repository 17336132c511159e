package fact

import (
	"os"
	"slices"
	"testing"

	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
	"github.com/stretchr/testify/require"
)

// refFigures is collectFigures the plain way: every usable amount,
// percentage and number made a figure, all sorted, overlaps dropped.
func refFigures(text string, in Input) []figure {
	var figs []figure
	figs = collectFigures(figs, text, Input{Amounts: in.Amounts, Percents: in.Percents})
	for i := range in.Numbers {
		if n := &in.Numbers[i]; usableNumber(text, n) {
			figs = append(figs, numberFigure(n, i))
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
		sameFigures(t, want, &in, got, &in, "in order")
		sameFigures(t, want, &in, collectFigures(nil, text, in), &in, "without spare capacity")
		rev := Input{Numbers: slices.Clone(in.Numbers), Amounts: slices.Clone(in.Amounts), Percents: slices.Clone(in.Percents)}
		slices.Reverse(rev.Numbers)
		slices.Reverse(rev.Amounts)
		slices.Reverse(rev.Percents)
		sameFigures(t, want, &in, collectFigures(nil, text, rev), &rev, "lists reversed")
	}
}

// sameFigures compares figures made of different inputs: by their values
// (read from their inputs) and the rest, not by their indexes into them.
func sameFigures(t *testing.T, want []figure, wantIn *Input, got []figure, gotIn *Input, msg string) {
	t.Helper()
	require.Len(t, got, len(want), msg)
	for i := range want {
		w, g := want[i], got[i]
		require.Equal(t, figValue(&w, wantIn), figValue(&g, gotIn), "%s: figure %d", msg, i)
		w.src, g.src = 0, 0
		require.Equal(t, w, g, "%s: figure %d", msg, i)
	}
}

// TestPeriodsRead checks that FindWith reads the caller's time expressions
// in place when they fit the text and are in order, and otherwise copies
// those that fit, sorted, leaving the caller's slice as it was.
func TestPeriodsRead(t *testing.T) {
	text := "Im dritten Quartal 2025 stieg der Umsatz, im Jahr 2024 nicht."
	ps := period.Find(text, period.Ref{})
	require.GreaterOrEqual(t, len(ps), 2)
	s := newState(text, Input{Periods: ps})
	require.Same(t, &ps[0], &s.periods[0], "read in place")
	s.release()

	rev := slices.Clone(ps)
	slices.Reverse(rev)
	bad := append(slices.Clone(rev), period.Expression{Span: parse.Span{Start: 3, End: 1}, Text: "x"})
	s = newState(text, Input{Periods: bad})
	require.Equal(t, ps, s.periods, "the ones that fit, sorted")
	require.Equal(t, rev, bad[:len(rev)], "the caller's slice unchanged")
	s.release()
}
