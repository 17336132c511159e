package money

import "github.com/finanztext/finanztext/internal/jsonw"

// AppendJSON appends a as [Amount.MarshalJSON] encodes it and returns the
// extended buffer. It does not allocate beyond growing dst.
func (a Amount) AppendJSON(dst []byte) []byte {
	o := jsonw.Begin(dst)
	o.Str("text", a.Text)
	o.Int("start", a.Start)
	o.Int("end", a.End)
	if !a.Vague {
		if a.IsRange {
			lo := a.Min
			if lo.IsZero() && !a.Value.IsZero() {
				lo = a.Value
			}
			o.Str("value", lo.String())
			if a.HasCurrency {
				o.Str("currency", a.Currency.String())
			}
			o.Str("min", lo.String())
			o.Str("max", a.Max.String())
		} else {
			o.Str("value", a.Value.String())
			if a.HasCurrency {
				o.Str("currency", a.Currency.String())
			}
		}
	} else if a.HasCurrency {
		o.Str("currency", a.Currency.String())
	}
	if a.Qual != nil {
		o.StrOmit("approx", a.Qual.Approx.String())
	}
	o.StrOmit("per", a.Per)
	if a.Vague {
		o.Bool("vague", true)
	}
	return o.End()
}

// MarshalJSON encodes a in the shape of the command-line output:
//
//	{"text","start","end","value"?,"currency"?,"min"?,"max"?,"approx"?,"per"?,"vague"?}
//
// Values are exact decimal strings. A range has value = min, plus min and
// max. "approx" is the qualifier's [parse.Approx] String ("about",
// "at_most", …). "per" is the unit of a per-unit amount ("Aktie" in "1,10 €
// je Aktie"); "vague" is true for an amount without a value ("ein
// Millionenbetrag"). Empty fields are left out. HTML characters are not
// escaped.
func (a Amount) MarshalJSON() ([]byte, error) { return a.AppendJSON(nil), nil }
