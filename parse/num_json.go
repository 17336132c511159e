package parse

import "encoding/json"

// numJSON is the CLI shape of a Number.
type numJSON struct {
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Value   string `json:"value"`
	Ordinal bool   `json:"ordinal"`
	Min     string `json:"min,omitempty"`
	Max     string `json:"max,omitempty"`
	Approx  Approx `json:"approx,omitempty"`
}

// MarshalJSON encodes n as the command-line tool prints a number:
// {"text","start","end","value","ordinal","min","max","approx"} with exact
// decimal strings; min and max appear only for a range (whose value is its
// min), approx only when a qualifier stands in front.
func (n Number) MarshalJSON() ([]byte, error) {
	j := numJSON{
		Text:    n.Text,
		Start:   n.Start,
		End:     n.End,
		Value:   n.Value.String(),
		Ordinal: n.Ordinal,
	}
	if n.IsRange {
		j.Min, j.Max = j.Value, n.Max.String()
	}
	if n.Qual != nil {
		j.Approx = n.Qual.Approx
	}
	return json.Marshal(j)
}
