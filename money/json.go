package money

import (
	"github.com/finanztext/finanztext/internal/jsonw"
	"github.com/shopspring/decimal"
)

// MarshalJSON encodes a in the one JSON shape of an amount, the
// command-line contract's:
//
//	{"text","start","end","value"?,"currency"?,"min"?,"max"?,"per"?,"vague"?,"approx"?}
//
// It is [Amount.AppendJSON] on a new slice; it never fails.
func (a Amount) MarshalJSON() ([]byte, error) {
	return a.AppendJSON(make([]byte, 0, 96+len(a.Text))), nil
}

// AppendJSON appends the JSON object of a to dst and returns the extended
// slice. Fields, in this order:
//
//   - "text", "start", "end": the span, always present; offsets are bytes.
//   - "value": the exact decimal string of the amount ([decimal.Decimal]'s
//     String); for a range its lower bound. Absent for a vague amount.
//   - "currency": the ISO 4217 code; absent when HasCurrency is false.
//   - "min", "max": the bounds of a range (min equals value).
//   - "per": what the amount is per ("Aktie" for "1,10 € je Aktie").
//   - "vague": true for a vague amount ("einige Milliarden Euro"); absent
//     otherwise.
//   - "approx": the qualifier's [parse.Approx] String ("about",
//     "at_most", "at_least", "more_than", "less_than", "just_under",
//     "just_over"); absent without a qualifier.
//
// Strings are escaped as encoding/json does with HTML escaping off; the
// output is the same as json.Marshal of the equivalent struct, without
// reflection; a decimal of up to 15 digits is written without allocating.
//
// [decimal.Decimal]: https://pkg.go.dev/github.com/shopspring/decimal#Decimal
func (a Amount) AppendJSON(dst []byte) []byte {
	o := jsonw.Begin(dst)
	o.Str("text", a.Text)
	o.Int("start", a.Start)
	o.Int("end", a.End)
	if !a.Vague {
		v := a.jsonValue()
		o.Dec("value", v)
		if a.HasCurrency {
			o.Str("currency", a.Currency.String())
		}
		if a.IsRange {
			o.Dec("min", v)
			o.Dec("max", a.Max)
		}
	} else if a.HasCurrency {
		o.Str("currency", a.Currency.String())
	}
	o.StrOmit("per", a.Per)
	if a.Vague {
		o.Bool("vague", true)
	}
	if a.Qual != nil {
		o.StrOmit("approx", a.Qual.Approx.String())
	}
	return o.End()
}

// jsonValue is the "value" of a: Value, or for a range Min (Value when Min
// was left zero by a caller who built the Amount by hand).
func (a Amount) jsonValue() decimal.Decimal {
	if a.IsRange && !(a.Min.IsZero() && !a.Value.IsZero()) {
		return a.Min
	}
	return a.Value
}
