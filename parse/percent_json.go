package parse

import "github.com/finanztext/finanztext/internal/jsonw"

// AppendJSON appends m as [PercentMatch.MarshalJSON] encodes it and
// returns the extended buffer.
func (m PercentMatch) AppendJSON(dst []byte) []byte {
	o := jsonw.Begin(dst)
	o.Str("text", m.Text)
	o.Int("start", m.Start)
	o.Int("end", m.End)
	o.Dec("value", m.Value)
	o.Str("unit", m.Unit.String())
	o.StrOmit("direction", m.Direction.String())
	o.StrOmit("basis", m.Basis)
	if m.Qual != nil {
		o.StrOmit("approx", m.Qual.Approx.String())
	}
	if m.IsRange {
		o.Dec("min", m.Value)
		o.Dec("max", m.Max)
	}
	return o.End()
}

// MarshalJSON encodes m as
// {"text","start","end","value","unit","direction","basis","approx","min","max"}
// with exact decimal strings; direction, basis and approx are left out when
// empty, min and max appear only for a range (whose value is its min). HTML
// characters are not escaped.
func (m PercentMatch) MarshalJSON() ([]byte, error) { return m.AppendJSON(nil), nil }
