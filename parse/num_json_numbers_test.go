package parse

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNumberMarshalJSON(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain", "Es waren 34,9 Milliarden.", `{"text":"34,9 Milliarden","start":9,"end":24,"value":"34900000000","ordinal":false}`},
		{"ordinal", "Im 3. Quartal", `{"text":"3.","start":3,"end":5,"value":"3","ordinal":true}`},
		{"range with qualifier", "rund 20 bis 25", `{"text":"20 bis 25","start":5,"end":14,"value":"20","ordinal":false,"min":"20","max":"25","approx":"about"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FindNumbers(tt.in)
			require.Len(t, got, 1)
			b, err := json.Marshal(got[0])
			require.NoError(t, err)
			assert.JSONEq(t, tt.want, string(b))
		})
	}
}

func TestFracTablesAgree(t *testing.T) {
	for _, m := range numMorphList {
		if m.kind == nmFrac {
			assert.Equal(t, m.val, numFracWord(m.s), m.s)
		}
	}
}

// TestNumberAppendJSONReference compares AppendJSON with encoding/json of
// the same fields for every numeral of the table sentences.
func TestNumberAppendJSONReference(t *testing.T) {
	type ref struct {
		Text    string `json:"text"`
		Start   int    `json:"start"`
		End     int    `json:"end"`
		Value   string `json:"value"`
		Ordinal bool   `json:"ordinal"`
		Min     string `json:"min,omitempty"`
		Max     string `json:"max,omitempty"`
		Approx  string `json:"approx,omitempty"`
	}
	var ins []string
	for _, tt := range findTests {
		ins = append(ins, tt.in)
	}
	for _, tt := range composeTests {
		ins = append(ins, tt.in)
	}
	n := 0
	for _, in := range ins {
		for _, m := range FindNumbers(in) {
			r := ref{Text: m.Text, Start: m.Start, End: m.End, Value: m.Value.String(), Ordinal: m.Ordinal}
			if m.IsRange {
				r.Min, r.Max = r.Value, m.Max.String()
			}
			if m.Qual != nil {
				r.Approx = m.Qual.Approx.String()
			}
			want, err := json.Marshal(r)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(m.AppendJSON(nil)), "%q", in)
			n++
		}
	}
	assert.Greater(t, n, 250)
}
