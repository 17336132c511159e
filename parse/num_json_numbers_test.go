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
