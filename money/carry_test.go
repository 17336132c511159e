package money

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindBracketComparison covers a scaled numeral in brackets right after
// an amount with a currency: it takes that currency. Each want entry is
// "Text=Value CUR"; the sentences are written for this project.
func TestFindBracketComparison(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"Vorjahr colon", "Der Umsatz stieg auf 3,4 Mrd. Euro (Vorjahr: 3,1 Mrd.).",
			[]string{"3,4 Mrd. Euro=3400000000 EUR", "3,1 Mrd.=3100000000 EUR"}},
		{"zuvor", "Der Gewinn lag bei 12 Mio. US-Dollar (zuvor 9 Mio.).",
			[]string{"12 Mio. US-Dollar=12000000 USD", "9 Mio.=9000000 USD"}},
		{"year label", "Die Kosten sanken auf 800 Mio. Franken (2023: 950 Mio.).",
			[]string{"800 Mio. Franken=800000000 CHF", "950 Mio.=950000000 CHF"}},
		{"bare bracket", "Der Verlust betrug 2 Mrd. £ (1,5 Mrd.) im Quartal.",
			[]string{"2 Mrd. £=2000000000 GBP", "1,5 Mrd.=1500000000 GBP"}},
		{"qualifier inside", "Das Budget wuchs auf 5 Mrd. Euro (Vorjahr: rund 4 Mrd.).",
			[]string{"5 Mrd. Euro=5000000000 EUR", "4 Mrd.=4000000000 EUR"}},
		{"only the first of a list", "Der Umsatz stieg auf 3,4 Mrd. Euro (Vorjahr: 3,1 Mrd.; 2022: 2,9 Mrd.).",
			[]string{"3,4 Mrd. Euro=3400000000 EUR", "3,1 Mrd.=3100000000 EUR"}},
		{"per-share amount before", "Die Dividende von 1,10 € je Aktie (Vorjahr: 1 Mio.) steht.",
			[]string{"1,10 €=1.1 EUR", "1 Mio.=1000000 EUR"}},
		// must not take a currency
		{"people outside brackets", "Dort leben 3,1 Mrd. Menschen.", nil},
		{"people inside brackets", "Der Umsatz stieg auf 3,4 Mrd. Euro (3,1 Mrd. Menschen).",
			[]string{"3,4 Mrd. Euro=3400000000 EUR"}},
		{"no scale", "Der Umsatz stieg auf 3,4 Mrd. Euro (Vorjahr: 3,1).",
			[]string{"3,4 Mrd. Euro=3400000000 EUR"}},
		{"sentence between", "Der Umsatz stieg auf 3,4 Mrd. Euro. (Vorjahr: 3,1 Mrd.)",
			[]string{"3,4 Mrd. Euro=3400000000 EUR"}},
		{"comma before bracket", "Der Umsatz: 3,4 Mrd. Euro, (Vorjahr: 3,1 Mrd.)",
			[]string{"3,4 Mrd. Euro=3400000000 EUR"}},
		{"no amount before", "Es kamen 3,4 Mio. Besucher (Vorjahr: 3,1 Mio.).", nil},
		{"long label", "Der Umsatz stieg auf 3,4 Mrd. Euro (siehe die Grafik von gestern: 3,1 Mrd.).",
			[]string{"3,4 Mrd. Euro=3400000000 EUR"}},
		{"no country for the amount before", "Das Unternehmen zahlte 300 Mio. Kronen (Vorjahr: 250 Mio.).",
			[]string{"300 Mio. Kronen=300000000 "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, amountTexts(t, tt.in)) })
	}
}

// TestFindInnerBracket covers a comparison value in brackets between a
// numeral and the scale and currency both share: "5,2 (Vorjahr: 4,8)
// Milliarden Euro". Each want entry is "Text=Value CUR"; the sentences are
// written for this project.
func TestFindInnerBracket(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"Vorjahr colon", "Der Umsatz stieg auf 5,2 (Vorjahr: 4,8) Milliarden Euro.",
			[]string{"5,2=5200000000 EUR", "4,8=4800000000 EUR"}},
		{"bare bracket, abbreviated scale", "Das Ebit lag bei 410 (380) Mio. Euro.",
			[]string{"410=410000000 EUR", "380=380000000 EUR"}},
		{"no scale", "Der Gewinn je Aktie betrug 1,45 (1,20) Euro.",
			[]string{"1,45=1.45 EUR", "1,20=1.2 EUR"}},
		{"year label, currency symbol", "Die Kosten sanken auf 2,1 (2024: 2,6) Mrd. $.",
			[]string{"2,1=2100000000 USD", "2,6=2600000000 USD"}},
		{"cents", "Die Dividende stieg auf 85 (Vorjahr: 80) Cent.",
			[]string{"85=0.85 EUR", "80=0.8 EUR"}},
		{"qualifier inside", "Der Umsatz erreichte 7 (Vorjahr: rund 6) Milliarden Franken.",
			[]string{"7=7000000000 CHF", "6=6000000000 CHF"}},
		// must not be money
		{"a count after the bracket", "Die Zahl stieg auf 6,6 (Vorjahr: 5,4) Millionen.", nil},
		{"people after the bracket", "Es kamen 3 (Vorjahr: 2) Gäste.", nil},
		{"a long text in the bracket", "Es waren 12 (siehe die Tabelle auf Seite 4: 10) Euro.", nil},
		{"the bracket does not close after the numeral", "Es waren 12 (Vorjahr: 10 Stück) Euro.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, amountTexts(t, tt.in)) })
	}
}

// amountTexts returns the amounts Find reads in text as "Text=Value CUR"
// (CUR empty without a currency), and checks each span.
func amountTexts(t *testing.T, text string) []string {
	t.Helper()
	var texts []string
	for _, a := range Find(text) {
		require.Equal(t, text[a.Start:a.End], a.Text)
		cur := ""
		if a.HasCurrency {
			cur = a.Currency.String()
		}
		texts = append(texts, a.Text+"="+a.Value.String()+" "+cur)
	}
	return texts
}
