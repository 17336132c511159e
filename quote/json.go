package quote

import "encoding/json"

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

// quoteJSON is the CLI shape of a quote.
type quoteJSON struct {
	Text         string `json:"text"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Kind         string `json:"kind"`
	Speaker      string `json:"speaker,omitempty"`
	SpeakerText  string `json:"speaker_text,omitempty"`
	SpeakerStart *int   `json:"speaker_start,omitempty"`
	SpeakerEnd   *int   `json:"speaker_end,omitempty"`
	How          string `json:"how,omitempty"`
}

// MarshalJSON encodes q as the CLI's quote item:
// {"text","start","end","kind","speaker"?,"speaker_text"?,"speaker_start"?,"speaker_end"?,"how"?}
// where "speaker" is the resolved name.
func (q Quote) MarshalJSON() ([]byte, error) {
	j := quoteJSON{Text: q.Text, Start: q.Start, End: q.End, Kind: q.Kind.String()}
	if s := q.Speaker; s != nil {
		j.Speaker = s.Name
		j.SpeakerText = s.Text
		st, en := s.Start, s.End
		j.SpeakerStart, j.SpeakerEnd = &st, &en
		j.How = s.How.String()
	}
	return json.Marshal(j)
}
