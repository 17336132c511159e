package parse

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestApproxString(t *testing.T) {
	tests := []struct {
		name string
		in   Approx
		want string
	}{
		{"exact", Exact, ""},
		{"about", About, "about"},
		{"at most", AtMost, "at_most"},
		{"at least", AtLeast, "at_least"},
		{"more than", MoreThan, "more_than"},
		{"less than", LessThan, "less_than"},
		{"unknown", Approx(42), "Approx(42)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.in.String())
		})
	}
}

func TestUnitString(t *testing.T) {
	tests := []struct {
		name string
		in   Unit
		want string
	}{
		{"percent", Percent, "percent"},
		{"point", Point, "point"},
		{"basis point", BasisPoint, "basis_point"},
		{"permille", Permille, "permille"},
		{"unknown", Unit(9), "Unit(9)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.in.String())
		})
	}
}

func TestDirectionString(t *testing.T) {
	tests := []struct {
		name string
		in   Direction
		want string
	}{
		{"none", NoDirection, ""},
		{"up", Up, "up"},
		{"down", Down, "down"},
		{"unknown", Direction(7), "Direction(7)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.in.String())
		})
	}
}

func TestEnumJSON(t *testing.T) {
	type row struct {
		A Approx    `json:"a"`
		U Unit      `json:"u"`
		D Direction `json:"d"`
	}
	tests := []struct {
		name string
		in   row
		want string
	}{
		{"zero values", row{}, `{"a":"","u":"percent","d":""}`},
		{"all set", row{AtMost, BasisPoint, Down}, `{"a":"at_most","u":"basis_point","d":"down"}`},
		{"more than point up", row{MoreThan, Point, Up}, `{"a":"more_than","u":"point","d":"up"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))
			var back row
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tt.in, back)
		})
	}
}

func TestEnumMarshalUnknown(t *testing.T) {
	_, err := Approx(99).MarshalText()
	assert.Error(t, err)
	_, err = Unit(99).MarshalText()
	assert.Error(t, err)
	_, err = Direction(99).MarshalText()
	assert.Error(t, err)

	var a Approx
	assert.Error(t, a.UnmarshalText([]byte("roughly")))
	var u Unit
	assert.Error(t, u.UnmarshalText([]byte("percentage")))
	var d Direction
	assert.Error(t, d.UnmarshalText([]byte("sideways")))
}
