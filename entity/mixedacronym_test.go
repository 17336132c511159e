package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMixedAcronym holds the rows of mixedAcronymAt: an unknown acronym
// with small letters inside, after a definite article or contraction.
func TestMixedAcronym(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"article before a function-word letter", "Die GdK fordert mehr Personal für die Wachen.",
			[]want{{"GdK", "GdK", "other"}}},
		{"contraction", "Er engagiert sich seit Jahren beim VdS in Bremen.",
			[]want{{"VdS", "VdS", "other"}}},
		{"a syllable kept small", "Nun ermittelt die WKStB gegen den Bürgermeister.",
			[]want{{"WKStB", "WKStB", "other"}}},
		{"genitive article", "Ein Gutachten des BfZ wurde gestern veröffentlicht.", []want{{"BfZ", "BfZ", "other"}}},

		{"no article", "Mitglieder von GdK treffen sich am Abend.", []want{}},
		{"a plural of an acronym", "Die IDs der Kunden wurden gelöscht.", []want{}},
		{"camel case", "Die PlayStation verkaufte sich gut.", []want{}},
		{"two small letters together", "Die VdKom ist hier ein Tippfehler.", []want{}},
		{"a law", "Nach der StVO ist das verboten.", []want{}},
		{"before a hyphen", "Die GdK-Vorsitzende Lena Brück warnte.", []want{}},
		{"before a number", "Die HdL 7 fuhr pünktlich ab.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}
