package money

import (
	"encoding/json"
	"testing"

	"github.com/finanztext/finanztext/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"
)

func amt(value string, u currency.Unit) Amount {
	return Amount{Value: mustDec(value), Currency: u, HasCurrency: true}
}

func TestFormat(t *testing.T) {
	rng := amt("20000000000", currency.EUR)
	rng.IsRange, rng.Min, rng.Max = true, mustDec("20000000000"), mustDec("25000000000")
	mixed := amt("500000000", currency.EUR)
	mixed.IsRange, mixed.Min, mixed.Max = true, mustDec("500000000"), mustDec("1500000000")
	small := amt("1", currency.USD)
	small.IsRange, small.Min, small.Max = true, mustDec("1"), mustDec("2000000")
	per := amt("1.1", currency.EUR)
	per.Per = "Aktie"
	tests := []struct {
		name string
		f    *Formatter
		a    Amount
		want string
	}{
		{"default billions", NewFormatter(), amt("34900000000", currency.USD), "34,9 Mrd. US-Dollar"},
		{"default cents padded", NewFormatter(), amt("1.1", currency.EUR), "1,10 Euro"},
		{"default grouping", NewFormatter(), amt("1250", currency.EUR), "1.250 Euro"},
		{"no scale for odd millions", NewFormatter(), amt("123456789", currency.EUR), "123.456.789 Euro"},
		{"three decimals at scale", NewFormatter(), amt("1234000", currency.EUR), "1,234 Mio. Euro"},
		{"German Billion", NewFormatter(), amt("1200000000000", currency.JPY), "1,2 Bio. Yen"},
		{"long plural", NewFormatter(WithScale(ScaleLong)), amt("34900000000", currency.USD), "34,9 Milliarden US-Dollar"},
		{"long singular", NewFormatter(WithScale(ScaleLong)), amt("1000000000", currency.EUR), "1 Milliarde Euro"},
		{"long million", NewFormatter(WithScale(ScaleLong)), amt("1000000", currency.EUR), "1 Million Euro"},
		{"none", NewFormatter(WithScale(ScaleNone)), amt("2500000", currency.EUR), "2.500.000 Euro"},
		{"symbol", NewFormatter(WithCurrencyStyle(CurrencySymbol)), amt("2300000000", currency.EUR), "2,3 Mrd. €"},
		{"symbol CAD", NewFormatter(WithCurrencyStyle(CurrencySymbol)), amt("5", currency.CAD), "5 C$"},
		{"symbol falls back to code", NewFormatter(WithCurrencyStyle(CurrencySymbol)), amt("5", currency.CHF), "5 CHF"},
		{"code", NewFormatter(WithCurrencyStyle(CurrencyCode)), amt("850000000", currency.EUR), "850 Mio. EUR"},
		{"name with adjective", NewFormatter(), amt("4000000000", currency.SEK), "4 Mrd. schwedische Kronen"},
		{"singular crown", NewFormatter(), amt("1", currency.SEK), "1 schwedische Krone"},
		{"negative", NewFormatter(), amt("-5000000", currency.EUR), "-5 Mio. Euro"},
		{"range shared scale", NewFormatter(), rng, "20 bis 25 Mrd. Euro"},
		{"range own scales", NewFormatter(), mixed, "500 Mio. bis 1,5 Mrd. Euro"},
		{"range without scale at the lower end", NewFormatter(), small, "1 bis 2.000.000 US-Dollar"},
		{"per", NewFormatter(), per, "1,10 Euro je Aktie"},
		{"yen no minor digits", NewFormatter(), amt("1500", currency.JPY), "1.500 Yen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.f.Format(tt.a))
		})
	}
}

func TestFormatRoundTrip(t *testing.T) {
	formatters := map[string]*Formatter{
		"default": NewFormatter(),
		"long":    NewFormatter(WithScale(ScaleLong)),
		"none":    NewFormatter(WithScale(ScaleNone)),
		"symbol":  NewFormatter(WithCurrencyStyle(CurrencySymbol)),
		"code":    NewFormatter(WithCurrencyStyle(CurrencyCode), WithScale(ScaleLong)),
	}
	for _, tt := range findCases {
		if tt.value == "" || tt.cur == "" {
			continue
		}
		got := Find(tt.in)
		require.Len(t, got, 1, tt.name)
		for fname, f := range formatters {
			t.Run(tt.name+"/"+fname, func(t *testing.T) {
				s := f.Format(got[0])
				back, err := Parse(s)
				require.NoError(t, err, "%q", s)
				assert.True(t, got[0].Value.Equal(back.Value), "%q: %s != %s", s, got[0].Value, back.Value)
				assert.Equal(t, got[0].Currency, back.Currency, "%q", s)
			})
		}
	}
}

func TestFormatUnknownCurrency(t *testing.T) {
	got := Find("Das Unternehmen zahlte 300 Mio. Kronen.")
	require.Len(t, got, 1)
	assert.Equal(t, "300 Mio. Kronen", got[0].String(), "the currency word as written")
	vague := Find("Es flossen Milliardenbeträge.")
	require.Len(t, vague, 1)
	assert.Equal(t, "Milliardenbeträge", vague[0].String())
}

func TestMarshalJSON(t *testing.T) {
	q := &parse.Qualifier{Span: parse.Span{Start: 0, End: 4}, Text: "rund", Approx: parse.About}
	rng := amt("20000000000", currency.EUR)
	rng.Span, rng.Text = parse.Span{Start: 0, End: 25}, "20 bis 25 Milliarden Euro"
	rng.IsRange, rng.Min, rng.Max = true, mustDec("20000000000"), mustDec("25000000000")
	tests := []struct {
		name string
		a    Amount
		want string
	}{
		{"plain", Amount{Span: parse.Span{Start: 3, End: 9}, Text: "5 Euro", Value: mustDec("5"), Currency: currency.EUR, HasCurrency: true},
			`{"text":"5 Euro","start":3,"end":9,"value":"5","currency":"EUR"}`},
		{"approx and per", Amount{Span: parse.Span{Start: 5, End: 13}, Text: "1,10 €", Value: mustDec("1.1"), Currency: currency.EUR, HasCurrency: true, Qual: q, Per: "Aktie"},
			`{"text":"1,10 €","start":5,"end":13,"value":"1.1","currency":"EUR","per":"Aktie","approx":"about"}`},
		{"range", rng, `{"text":"20 bis 25 Milliarden Euro","start":0,"end":25,"value":"20000000000","currency":"EUR","min":"20000000000","max":"25000000000"}`},
		{"vague", Amount{Span: parse.Span{Start: 0, End: 17}, Text: "Milliardenbeträge", Vague: true},
			`{"text":"Milliardenbeträge","start":0,"end":17,"vague":true}`},
		{"no currency", Amount{Span: parse.Span{Start: 0, End: 8}, Text: "5 Kronen", Value: mustDec("5")},
			`{"text":"5 Kronen","start":0,"end":8,"value":"5"}`},
		{"html characters", Amount{Span: parse.Span{Start: 0, End: 7}, Text: "5 <€>&\"", Value: mustDec("5"), Currency: currency.EUR, HasCurrency: true},
			`{"text":"5 <€>&\"","start":0,"end":7,"value":"5","currency":"EUR"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.a.MarshalJSON()
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))
			require.True(t, json.Valid(b))
		})
	}
}
