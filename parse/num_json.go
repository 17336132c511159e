package parse

import "github.com/finanztext/finanztext/internal/jsonw"

// AppendJSON appends n as [Number.MarshalJSON] encodes it and returns the
// extended buffer.
func (n Number) AppendJSON(dst []byte) []byte {
	o := jsonw.Begin(dst)
	o.Str("text", n.Text)
	o.Int("start", n.Start)
	o.Int("end", n.End)
	o.Dec("value", n.Value)
	o.Bool("ordinal", n.Ordinal)
	if n.IsRange {
		o.Dec("min", n.Value)
		o.Dec("max", n.Max)
	}
	if n.Qual != nil {
		o.StrOmit("approx", n.Qual.Approx.String())
	}
	return o.End()
}

// MarshalJSON encodes n as the command-line tool prints a number:
// {"text","start","end","value","ordinal","min","max","approx"} with exact
// decimal strings; min and max appear only for a range (whose value is its
// min), approx only when a qualifier stands in front. HTML characters are
// not escaped.
func (n Number) MarshalJSON() ([]byte, error) { return n.AppendJSON(nil), nil }
