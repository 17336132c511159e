package quote

import "github.com/finanztext/finanztext/internal/jsonw"

// String returns "direct" or "indirect", the CLI's "kind" value.
func (k Kind) String() string {
	switch k {
	case Direct:
		return "direct"
	case Indirect:
		return "indirect"
	}
	return ""
}

// String returns "named", "pronoun", "role_noun", "carried_over" or
// "reference".
func (h How) String() string {
	switch h {
	case Named:
		return "named"
	case Pronoun:
		return "pronoun"
	case RoleNoun:
		return "role_noun"
	case CarriedOver:
		return "carried_over"
	case Reference:
		return "reference"
	}
	return ""
}

// AppendJSON appends q as [Quote.MarshalJSON] encodes it and returns the
// extended buffer.
func (q Quote) AppendJSON(dst []byte) []byte {
	o := jsonw.Begin(dst)
	o.Str("text", q.Text)
	o.Int("start", q.Start)
	o.Int("end", q.End)
	o.Str("kind", q.Kind.String())
	if s := q.Speaker; s != nil {
		o.StrOmit("speaker", s.Name)
		o.StrOmit("speaker_text", s.Text)
		if s.End > s.Start {
			o.Int("speaker_start", s.Start)
			o.Int("speaker_end", s.End)
		}
		o.StrOmit("how", s.How.String())
	}
	return o.End()
}

// MarshalJSON encodes q as the CLI's quote item:
// {"text","start","end","kind","speaker"?,"speaker_text"?,"speaker_start"?,"speaker_end"?,"how"?}
// where "speaker" is the resolved name, "speaker_text" the words of the
// attribution that name the speaker ("die Ministerin"), "speaker_start" and
// "speaker_end" their span, and "how" how the speaker was found ([How]).
// HTML characters are not escaped.
func (q Quote) MarshalJSON() ([]byte, error) { return q.AppendJSON(nil), nil }
