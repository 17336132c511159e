package money

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/finanztext/finanztext/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"
)

// refAmount is the contract's shape of an amount written as a struct for
// encoding/json: the reference AppendJSON must agree with.
type refAmount struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Value    string `json:"value,omitempty"`
	Currency string `json:"currency,omitempty"`
	Min      string `json:"min,omitempty"`
	Max      string `json:"max,omitempty"`
	Per      string `json:"per,omitempty"`
	Vague    bool   `json:"vague,omitempty"`
	Approx   string `json:"approx,omitempty"`
}

func refJSON(t testing.TB, a Amount) string {
	r := refAmount{Text: a.Text, Start: a.Start, End: a.End, Per: a.Per, Vague: a.Vague}
	if !a.Vague {
		r.Value = a.jsonValue().String()
		if a.IsRange {
			r.Min, r.Max = r.Value, a.Max.String()
		}
	}
	if a.HasCurrency {
		r.Currency = a.Currency.String()
	}
	if a.Qual != nil {
		r.Approx = a.Qual.Approx.String()
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(r))
	return strings.TrimSuffix(b.String(), "\n")
}

func TestAmountJSONGolden(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain", "Es kostet 34,9 Milliarden US-Dollar.",
			`{"text":"34,9 Milliarden US-Dollar","start":10,"end":35,"value":"34900000000","currency":"USD"}`},
		{"range with qualifier", "Man rechnet mit rund 20 bis 25 Mio. Euro.",
			`{"text":"20 bis 25 Mio. Euro","start":21,"end":40,"value":"20000000","currency":"EUR","min":"20000000","max":"25000000","approx":"about"}`},
		{"per share", "Die Dividende: 1,10 € je Aktie.",
			`{"text":"1,10 €","start":15,"end":23,"value":"1.1","currency":"EUR","per":"Aktie"}`},
		{"vague", "Es geht um einige Milliarden Euro.",
			`{"text":"einige Milliarden Euro","start":11,"end":33,"currency":"EUR","vague":true}`},
		{"just under", "Der Umsatz: knapp 19 Mrd. Euro.",
			`{"text":"19 Mrd. Euro","start":18,"end":30,"value":"19000000000","currency":"EUR","approx":"just_under"}`},
		{"no currency", "In Skandinavien kosten sie 5 Kronen.",
			`{"text":"5 Kronen","start":27,"end":35,"value":"5"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.in)
			require.Len(t, got, 1)
			b, err := json.Marshal(got[0])
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))
			assert.Equal(t, tt.want, string(got[0].AppendJSON(nil)))
			assert.Equal(t, tt.want, refJSON(t, got[0]))
			assert.Equal(t, "x"+tt.want, string(got[0].AppendJSON([]byte("x"))), "appends")
		})
	}
}

func TestAmountJSONEscapes(t *testing.T) {
	texts := []string{
		"plain", `quo"te`, `back\slash`, "line\nbreak\r\t", "\x00\x01\x1f\x7f", "\b\f",
		"<html> & co", "\u2028\u2029", "bad \xff\xfe utf8 \xc3", "ümlaut €", "",
	}
	for _, s := range texts {
		a := Amount{Span: parse.Span{Start: 1, End: 2}, Text: s, Per: s, Value: mustDec("-1.5"),
			Currency: currency.JPY, HasCurrency: true, Qual: &parse.Qualifier{Approx: parse.JustOver}}
		assert.Equal(t, refJSON(t, a), string(a.AppendJSON(nil)), "%q", s)
		var back map[string]any
		require.NoError(t, json.Unmarshal(a.AppendJSON(nil), &back), "%q", s)
	}
	// a range built by hand without Min; a zero Amount; an unknown Approx
	hand := Amount{IsRange: true, Value: mustDec("3"), Max: mustDec("4")}
	assert.Equal(t, refJSON(t, hand), string(hand.AppendJSON(nil)))
	assert.Equal(t, `{"text":"","start":0,"end":0,"value":"0"}`, string(Amount{}.AppendJSON(nil)))
	odd := Amount{Qual: &parse.Qualifier{Approx: parse.Approx(200)}}
	var back map[string]any
	require.NoError(t, json.Unmarshal(odd.AppendJSON(nil), &back))
}

// TestAmountJSONMatchesReference encodes every amount of the table
// sentences both ways.
func TestAmountJSONMatchesReference(t *testing.T) {
	var ins []string
	for _, tt := range findCases {
		ins = append(ins, tt.in)
	}
	for _, tt := range composeCases {
		ins = append(ins, tt.in)
	}
	for _, tt := range changeCases {
		ins = append(ins, tt.in)
	}
	n := 0
	for _, in := range ins {
		for _, a := range Find(in) {
			assert.Equal(t, refJSON(t, a), string(a.AppendJSON(nil)), "%q", in)
			n++
		}
	}
	assert.Greater(t, n, 100)
}

func BenchmarkAmountJSON(b *testing.B) {
	amounts := Find("Der Umsatz stieg um rund 20 bis 25 Mio. Euro auf 34,9 Milliarden US-Dollar, 1,10 € je Aktie.")
	b.Run("AppendJSON", func(b *testing.B) {
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			for _, a := range amounts {
				buf = a.AppendJSON(buf[:0])
			}
		}
	})
	b.Run("reference", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range amounts {
				refJSON(b, a)
			}
		}
	})
}
