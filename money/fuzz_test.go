package money

import (
	"testing"
	"unicode/utf8"
)

// roundTrip checks that Parse(a.String()) gives back a's value and
// currency.
func roundTrip(t *testing.T, a Amount) {
	t.Helper()
	if a.Vague || !a.HasCurrency {
		return
	}
	s := a.String()
	back, err := Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q) from %q: %v", s, a.Text, err)
	}
	if !back.Value.Equal(a.Value) || back.Currency != a.Currency {
		t.Fatalf("round trip %q → %q: %s %s != %s %s", a.Text, s, back.Value, back.Currency, a.Value, a.Currency)
	}
	if a.IsRange && !back.Max.Equal(a.Max) {
		t.Fatalf("round trip %q → %q: max %s != %s", a.Text, s, back.Max, a.Max)
	}
}

func FuzzFind(f *testing.F) {
	for _, tt := range findCases {
		f.Add(tt.in)
	}
	f.Add("Der Umbau kostet 20 bis 25 Milliarden Euro, je Aktie 1,10 €.")
	f.Add("In Schweden zahlte man 5 Kronen; in Norwegen 6 Kronen.")
	f.Fuzz(func(t *testing.T, text string) {
		got := Find(text)
		checkInvariants(t, text, got)
		for _, a := range got {
			if j, ref := string(a.AppendJSON(nil)), refJSON(t, a); j != ref {
				t.Fatalf("AppendJSON %s, encoding/json %s", j, ref)
			}
			if !utf8.ValidString(a.Text) {
				continue // a span cut through broken UTF-8 is still exact
			}
			roundTrip(t, a)
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, tt := range findCases {
		if tt.text != "" {
			f.Add(tt.text)
		}
	}
	f.Add("rund 5 Mio. Euro")
	f.Add("1,10 € je Aktie")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Parse(s)
		if err != nil {
			return
		}
		checkInvariants(t, s, []Amount{a})
		roundTrip(t, a)
	})
}
