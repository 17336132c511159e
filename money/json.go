package money

import (
	"strconv"

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
// Strings are escaped as encoding/json does with HTML escaping off:
// quotes, backslashes and control characters escaped, U+2028 and U+2029
// as \u2028 and \u2029, and each byte of invalid UTF-8 as \ufffd. The
// output is the same as json.Marshal of the equivalent struct, without
// reflection; a decimal of up to 15 digits is written without allocating.
//
// [decimal.Decimal]: https://pkg.go.dev/github.com/shopspring/decimal#Decimal
func (a Amount) AppendJSON(dst []byte) []byte {
	dst = append(dst, `{"text":`...)
	dst = jsonw.String(dst, a.Text)
	dst = append(dst, `,"start":`...)
	dst = strconv.AppendInt(dst, int64(a.Start), 10)
	dst = append(dst, `,"end":`...)
	dst = strconv.AppendInt(dst, int64(a.End), 10)
	if !a.Vague {
		dst = append(dst, `,"value":"`...)
		vs := len(dst)
		dst = jsonw.Decimal(dst, a.jsonValue())
		ve := len(dst)
		dst = append(dst, '"')
		if a.HasCurrency {
			dst = appendCurrencyJSON(dst, a)
		}
		if a.IsRange {
			dst = append(dst, `,"min":"`...)
			dst = append(dst, dst[vs:ve]...)
			dst = append(dst, `","max":"`...)
			dst = jsonw.Decimal(dst, a.Max)
			dst = append(dst, '"')
		}
	} else if a.HasCurrency {
		dst = appendCurrencyJSON(dst, a)
	}
	if a.Per != "" {
		dst = append(dst, `,"per":`...)
		dst = jsonw.String(dst, a.Per)
	}
	if a.Vague {
		dst = append(dst, `,"vague":true`...)
	}
	if a.Qual != nil {
		if s := a.Qual.Approx.String(); s != "" {
			dst = append(dst, `,"approx":`...)
			dst = jsonw.String(dst, s)
		}
	}
	return append(dst, '}')
}

// jsonValue is the "value" of a: Value, or for a range Min (Value when Min
// was left zero by a caller who built the Amount by hand).
func (a Amount) jsonValue() decimal.Decimal {
	if a.IsRange && !(a.Min.IsZero() && !a.Value.IsZero()) {
		return a.Min
	}
	return a.Value
}

// appendCurrencyJSON appends the "currency" field of a.
func appendCurrencyJSON(dst []byte, a Amount) []byte {
	dst = append(dst, `,"currency":`...)
	return jsonw.String(dst, a.Currency.String())
}
