package money

import (
	"bytes"
	"encoding/json"
)

// jsonAmount is the CLI item shape of an amount, fields in output order.
type jsonAmount struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Value    string `json:"value,omitempty"`
	Currency string `json:"currency,omitempty"`
	Min      string `json:"min,omitempty"`
	Max      string `json:"max,omitempty"`
	Approx   string `json:"approx,omitempty"`
	Per      string `json:"per,omitempty"`
	Vague    bool   `json:"vague,omitempty"`
}

// MarshalJSON encodes a in the shape of the command-line output:
//
//	{"text","start","end","value"?,"currency"?,"min"?,"max"?,"approx"?,"per"?,"vague"?}
//
// Values are exact decimal strings. A range has value = min, plus min and
// max. "approx" is the qualifier's [parse.Approx] String ("about",
// "at_most", …). Empty fields are left out; a vague amount has no value.
func (a Amount) MarshalJSON() ([]byte, error) {
	j := jsonAmount{Text: a.Text, Start: a.Start, End: a.End, Per: a.Per, Vague: a.Vague}
	if a.HasCurrency {
		j.Currency = a.Currency.String()
	}
	if a.Qual != nil {
		j.Approx = a.Qual.Approx.String()
	}
	if !a.Vague {
		if a.IsRange {
			lo := a.Min
			if lo.IsZero() && !a.Value.IsZero() {
				lo = a.Value
			}
			j.Value, j.Min, j.Max = lo.String(), lo.String(), a.Max.String()
		} else {
			j.Value = a.Value.String()
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(j); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
