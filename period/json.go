package period

import "github.com/finanztext/finanztext/internal/jsonw"

// AppendJSON appends e as [Expression.MarshalJSON] encodes it and returns
// the extended buffer.
func (e Expression) AppendJSON(dst []byte) []byte {
	o := jsonw.Begin(dst)
	o.Str("text", e.Text)
	o.Int("start", e.Start)
	o.Int("end", e.End)
	o.Str("type", e.Type.String())
	o.StrOmit("value", e.Value)
	o.StrOmit("mod", e.Mod.String())
	return o.End()
}

// MarshalJSON encodes e as the command-line tool prints a time expression:
// {"text","start","end","type","value"?,"mod"?} with the TIMEX3 value and
// modifier, each left out when empty. HTML characters are not escaped.
func (e Expression) MarshalJSON() ([]byte, error) { return e.AppendJSON(nil), nil }
