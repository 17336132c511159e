package money

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every key of the adjective table, inflected or not, passes the quick
// test in front of it; other words do not.
func TestMayBeAdjective(t *testing.T) {
	for k := range adjectives() {
		assert.True(t, adjectiveKeyLike(k), "%s: neither -isch nor an exception", k)
		for _, end := range []string{"", "e", "en", "er", "es", "em"} {
			assert.True(t, mayBeAdjective(k+end), k+end)
		}
	}
	tests := []struct {
		name string
		word string
		want bool
	}{
		{"adjective", "kanadischen", true},
		{"capitalized adjective", "Britische", true},
		{"no inflection", "Schweizer", true},
		{"no -isch", "Deutsche", true},
		{"uninflected exception", "Hongkonger", true},
		{"noun", "Mitarbeiter", false},
		{"noun in -sch", "Menschen", false},
		{"unit", "Tonnen", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, mayBeAdjective(tt.word))
		})
	}
}
