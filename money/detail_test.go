package money

import (
	"sync"
	"testing"

	"github.com/finanztext/finanztext/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"
)

func TestFindRanges(t *testing.T) {
	tests := []struct {
		name, in, text, min, max, cur string
	}{
		{"bis with one scale", "Der Umbau kostet 20 bis 25 Milliarden Euro.", "20 bis 25 Milliarden Euro", "20000000000", "25000000000", "EUR"},
		{"bis with two scales", "Man rechnet mit 12 Mrd. bis 13 Mrd. Euro.", "12 Mrd. bis 13 Mrd. Euro", "12000000000", "13000000000", "EUR"},
		{"zwischen und", "Es kostet zwischen 5 und 6 Mio. € im Jahr.", "5 und 6 Mio. €", "5000000", "6000000", "EUR"},
		{"en dash", "Die Kosten liegen bei 20–25 Mio. Euro.", "20–25 Mio. Euro", "20000000", "25000000", "EUR"},
		{"decimal ends", "Der Erlös soll 1,5 bis 2 Mrd. US-Dollar betragen.", "1,5 bis 2 Mrd. US-Dollar", "1500000000", "2000000000", "USD"},
		{"cents range", "Die Dividende liegt bei 40 bis 45 Cent.", "40 bis 45 Cent", "0.4", "0.45", "EUR"},
		{"words range", "Sie zahlen zwei bis drei Millionen Franken.", "zwei bis drei Millionen Franken", "2000000", "3000000", "CHF"},
		{"hyphen range", "Geplant sind 3-4 Mrd. Yen.", "3-4 Mrd. Yen", "3000000000", "4000000000", "JPY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.in)
			checkInvariants(t, tt.in, got)
			require.Len(t, got, 1, "%+v", got)
			a := got[0]
			assert.Equal(t, tt.text, a.Text)
			assert.True(t, a.IsRange)
			assert.Equal(t, tt.min, a.Min.String())
			assert.Equal(t, tt.min, a.Value.String(), "Value is the lower bound")
			assert.Equal(t, tt.max, a.Max.String())
			assert.Equal(t, tt.cur, a.Currency.String())
		})
	}
}

// TestRangeFallback feeds FindWith numerals as a simpler numeral scanner
// would return them: the two ends of a range apart.
func TestRangeFallback(t *testing.T) {
	text := "Es kostet 20 bis 25 Milliarden Euro."
	nums := parse.FindNumbers("Es kostet 20 xxx 25 Milliarden Euro.")
	require.Len(t, nums, 2)
	got := NewFinder().FindWith(text, nums)
	require.Len(t, got, 1)
	assert.Equal(t, "20 bis 25 Milliarden Euro", got[0].Text)
	assert.True(t, got[0].IsRange)
	assert.Equal(t, "20000000000", got[0].Min.String(), "the scale distributes to the lower end")
	assert.Equal(t, "25000000000", got[0].Max.String())
}

func TestFindPerAndQualifier(t *testing.T) {
	tests := []struct {
		name, in, text, value, per, approx string
	}{
		{"je Aktie", "Die Dividende steigt auf 1,10 € je Aktie.", "1,10 €", "1.1", "Aktie", ""},
		{"je Barrel", "Öl kostete 71,15 US-Dollar je Barrel.", "71,15 US-Dollar", "71.15", "Barrel", ""},
		{"pro Aktie", "Geboten werden 2 Euro pro Aktie.", "2 Euro", "2", "Aktie", ""},
		{"pro Kopf", "Das sind 300 Euro pro Kopf.", "300 Euro", "300", "Kopf", ""},
		{"je Tonne", "CO2 kostet 80 Euro je Tonne.", "80 Euro", "80", "Tonne", ""},
		{"pro kg", "Kaffee kostet 9 Euro pro kg.", "9 Euro", "9", "kg", ""},
		{"je nach is no unit", "Es kostet 5 Euro je nach Tarif.", "5 Euro", "5", "", ""},
		{"rund", "Der Umsatz lag bei rund 3 Mrd. Euro.", "3 Mrd. Euro", "3000000000", "", "about"},
		{"mehr als", "Sie investiert mehr als 10 Mio. Euro.", "10 Mio. Euro", "10000000", "", "more_than"},
		{"bis zu", "Die Strafe beträgt bis zu 5 Mio. Euro.", "5 Mio. Euro", "5000000", "", "at_most"},
		{"mindestens", "Er fordert mindestens 1 Mrd. Dollar.", "1 Mrd. Dollar", "1000000000", "", "at_least"},
		{"rund before sign", "Der Kauf kostet rund € 5 Mio. in bar.", "€ 5 Mio.", "5000000", "", "about"},
		{"mehr als before code", "Sie nahm mehr als EUR 850 Mio. ein.", "EUR 850 Mio.", "850000000", "", "more_than"},
		{"weniger als before sign", "Es kostet weniger als $ 10.", "$ 10", "10", "", "less_than"},
		{"ca. before sign", "Er zahlte ca. £ 40 Mio. dafür.", "£ 40 Mio.", "40000000", "", "about"},
		{"knapp and je", "Die Aktie kostet knapp 40 € je Stück.", "40 €", "40", "Stück", "just_under"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.in)
			checkInvariants(t, tt.in, got)
			require.Len(t, got, 1, "%+v", got)
			a := got[0]
			assert.Equal(t, tt.text, a.Text)
			assert.Equal(t, tt.value, a.Value.String())
			assert.Equal(t, tt.per, a.Per)
			if tt.approx == "" {
				assert.Nil(t, a.Qual)
			} else {
				require.NotNil(t, a.Qual)
				assert.Equal(t, tt.approx, a.Qual.Approx.String())
				assert.LessOrEqual(t, a.Qual.End, a.Start, "the qualifier is not in the span")
			}
		})
	}
}

func TestFindSeveral(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // texts in order
	}{
		{"two amounts", "Der Umsatz stieg von 3 Mrd. Euro auf 4 Mrd. Euro.", []string{"3 Mrd. Euro", "4 Mrd. Euro"}},
		{"sign then number", "Er zahlte 5 € und 3 Stück.", []string{"5 €"}},
		{"amounts and noise", "Mit 120.000 Mitarbeitern setzte der Konzern 80 Mrd. Euro um, 5 % mehr.", []string{"80 Mrd. Euro"}},
		{"vague and exact", "Statt einiger Milliarden Euro kamen 500 Mio. Euro.", []string{"einiger Milliarden Euro", "500 Mio. Euro"}},
		{"exchange rate", "Der Euro stieg auf 1,08 Dollar.", []string{"1,08 Dollar"}},
		{"cents not glued", "Er zahlte 3 Euro 20 Tage lang.", []string{"3 Euro"}},
		{"symbol between", "Sie zahlten 5 € 3 Mal.", []string{"5 €"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.in)
			checkInvariants(t, tt.in, got)
			var texts []string
			for _, a := range got {
				texts = append(texts, a.Text)
			}
			assert.Equal(t, tt.want, texts)
		})
	}
}

func TestFinderOptions(t *testing.T) {
	text := "Shopify meldete 5 Mrd. Dollar, Apple 3 Mrd. US-Dollar und einige Millionen Dollar Verlust."
	def := NewFinder().Find(text)
	require.Len(t, def, 3)
	assert.Equal(t, currency.USD, def[0].Currency)
	assert.True(t, def[2].Vague)

	cad := NewFinder(WithDefaultDollar(currency.CAD), WithVague(false)).Find(text)
	require.Len(t, cad, 2)
	assert.Equal(t, currency.CAD, cad[0].Currency, "bare Dollar takes the default")
	assert.Equal(t, currency.USD, cad[1].Currency, "US-Dollar stays USD")

	d := NewFinder(WithDefaultDollar(currency.AUD)).Find("Es kostet $ 40.")
	require.Len(t, d, 1)
	assert.Equal(t, currency.AUD, d[0].Currency, "a bare $ takes the default too")
}

func TestZeroFinder(t *testing.T) {
	var f Finder
	got := f.Find("Es kostet 5 Dollar und einige Millionen Euro.")
	require.Len(t, got, 2)
	assert.Equal(t, currency.USD, got[0].Currency)
	assert.True(t, got[1].Vague)
	unset := NewFinder(WithDefaultDollar(currency.Unit{})).Find("Es kostet 5 Dollar.")
	require.Len(t, unset, 1)
	assert.Equal(t, currency.USD, unset[0].Currency, "a zero unit leaves the default")
}

func TestFinderConcurrent(t *testing.T) {
	f := NewFinder()
	text := "Der Konzern investiert 34,9 Milliarden US-Dollar und 2 Mrd. Euro."
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				got := f.Find(text)
				if len(got) != 2 {
					t.Errorf("got %d amounts", len(got))
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestFindWithBadNumerals gives FindWith numerals that do not fit the text.
func TestFindWithBadNumerals(t *testing.T) {
	text := "Es sind 5 Euro."
	nums := []parse.Number{
		{Span: parse.Span{Start: 40, End: 50}, Text: "x"},
		{Span: parse.Span{Start: -3, End: 2}, Text: "x"},
		{Span: parse.Span{Start: 8, End: 9}, Text: "5", Value: mustDec("5"), Flags: parse.FlagDigits},
		{Span: parse.Span{Start: 8, End: 9}, Text: "5", Value: mustDec("5"), Flags: parse.FlagDigits},
	}
	got := NewFinder().FindWith(text, nums)
	checkInvariants(t, text, got)
	require.Len(t, got, 1)
	assert.Equal(t, "5 Euro", got[0].Text)
}

func TestBadInput(t *testing.T) {
	long := make([]byte, 0, 1<<20)
	for len(long) < 1<<20 {
		long = append(long, "5 Kronen "...)
	}
	tests := []struct{ name, in string }{
		{"invalid utf8", "5 \xff\xfe Euro \xc3"},
		{"nul bytes", "5\x00Euro \x00 € \x00"},
		{"digits", string(make([]byte, 0)) + repeat("1234567890", 100000)},
		{"Milliarden repeated", repeat("Milliarden ", 100000)},
		{"Kronen repeated", string(long)},
		{"signs", repeat("€$£", 10000)},
		{"hyphens", repeat("5-Euro-", 10000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.in)
			checkInvariants(t, tt.in, got)
		})
	}
}

func repeat(s string, n int) string {
	b := make([]byte, 0, len(s)*n)
	for range n {
		b = append(b, s...)
	}
	return string(b)
}
