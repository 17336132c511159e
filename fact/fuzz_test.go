package fact_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/fact"
	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
	"github.com/stretchr/testify/require"
)

// checkFacts asserts the invariants of every result: spans inside the text
// and equal to their Text, ordered by Start, a metric of the closed list,
// a known status, and the metric's and value's spans inside the text.
func checkFacts(t *testing.T, text string, facts []fact.Fact) {
	t.Helper()
	prev := 0
	for _, f := range facts {
		require.True(t, 0 <= f.Start && f.Start < f.End && f.End <= len(text), "span %v of %q", f.Span, text)
		require.Equal(t, text[f.Start:f.End], f.Text)
		require.GreaterOrEqual(t, f.Start, prev, "ordered by Start")
		prev = f.Start
		require.NotEmpty(t, f.Metric.String(), "metric")
		require.NotEmpty(t, f.Status.String(), "status")
		require.True(t, f.MetricSpan.Start >= 0 && f.MetricSpan.End <= len(text) && f.MetricSpan.Start <= f.MetricSpan.End)
		require.Equal(t, text[f.MetricSpan.Start:f.MetricSpan.End], f.MetricText)
		if f.PeriodText != "" {
			require.Equal(t, text[f.PeriodSpan.Start:f.PeriodSpan.End], f.PeriodText)
		}
		require.True(t, f.Value.Kind != fact.NoValue || f.Change.By.Kind != fact.NoValue, "a value or a change")
		_, err := f.MarshalJSON()
		require.NoError(t, err)
	}
}

func FuzzFind(f *testing.F) {
	for _, r := range readTableForFuzz() {
		f.Add(r)
	}
	f.Add("Der Umsatz stieg um 5 %, das Ebit um 3 Mio. Euro\xff, bei Siemens im Vorjahr,")
	f.Add("Der Umsatz stieg um 5 %\nWort\n5 Euro Gewinn")
	f.Add("Umsatz\u00ad 5 % (Vorjahr: 4 %) – Gewinn 3 Mrd. € – „Analysten hatten mit 2 Mrd. € gerechnet“")
	f.Fuzz(func(t *testing.T, text string) {
		facts := fact.Find(text, tableRef)
		checkFacts(t, text, facts)
		if utf8.ValidString(text) {
			// the results do not depend on text after a paragraph break that follows
			require.Len(t, fact.Find(text+"\n\n", tableRef), len(facts))
		}
	})
}

// readTableForFuzz returns the sentences of testdata/facts.tsv.
func readTableForFuzz() []string {
	var out []string
	b, err := readFile("testdata/facts.tsv")
	if err != nil {
		return nil
	}
	for _, line := range strings.Split(b, "\n") {
		if cols := strings.Split(line, "\t"); len(cols) == 3 && !strings.HasPrefix(line, "#") {
			out = append(out, cols[1])
		}
	}
	return out
}

// TestFindWithBadInput hands FindWith results that do not fit the text:
// they are skipped, never a panic.
func TestFindWithBadInput(t *testing.T) {
	text := "Der Umsatz von Siemens stieg um 5 Prozent auf 3 Milliarden Euro."
	other := "Völlig anderer Text mit 7 Prozent und 9 Mrd. Euro von Bosch, der längere Zeilen hat als der erste Satz."
	nums := parse.FindNumbers(other)
	bad := fact.Input{
		Numbers:  nums,
		Amounts:  money.Find(other),
		Percents: parse.FindPercents(other),
		Mentions: entity.Find(other),
		Periods:  period.Find(other, tableRef),
	}
	bad.Numbers = append(bad.Numbers, parse.Number{Span: parse.Span{Start: -5, End: 3}}, parse.Number{Span: parse.Span{Start: 9, End: 2}})
	bad.Amounts = append(bad.Amounts, money.Amount{Span: parse.Span{Start: 0, End: 1 << 20}})
	bad.Refs = append(bad.Refs, entity.Ref{Span: parse.Span{Start: 0, End: 3}, Text: "Der", Target: 99, Name: "X"})
	require.NotPanics(t, func() { checkFacts(t, text, fact.FindWith(text, bad)) })
	require.Empty(t, fact.FindWith("", bad))

	tests := []struct {
		name string
		in   fact.Input
		want int
	}{
		{"nothing found: no facts", fact.Input{}, 0},
		{"only the percentage", fact.Input{Percents: parse.FindPercents(text)}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fact.FindWith(text, tt.in)
			checkFacts(t, text, got)
			require.Len(t, got, tt.want)
		})
	}
}

// TestZeroFinder: the zero Finder and a nil *Finder work like Find.
func TestZeroFinder(t *testing.T) {
	text := "Der Umsatz von Siemens stieg um 5 Prozent."
	want := fact.Find(text, tableRef)
	require.Len(t, want, 1)
	var zero fact.Finder
	require.Equal(t, want, zero.Find(text, tableRef))
	var nilFinder *fact.Finder
	require.Equal(t, want, nilFinder.Find(text, tableRef))
	require.Equal(t, want, fact.NewFinder(fact.WithMoneyFinder(money.NewFinder()), fact.WithRecognizer(entity.NewRecognizer()),
		fact.WithPeriodFinder(period.NewFinder())).Find(text, tableRef))
}
