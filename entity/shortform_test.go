package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestShortFormOfEarlierName: an organization found by a rule under one
// word of a name the text gave in full before is that organization; a
// word that starts no earlier name stays its own.
func TestShortFormOfEarlierName(t *testing.T) {
	tests := []struct {
		name, text, word, want string
	}{
		{"short form after the full name", "Die Nordwind Energie AG baut Windparks. Nordwind beschäftigt rund 900 Menschen.", "Nordwind", "Nordwind Energie AG"},
		{"must not: another word", "Die Nordwind Energie AG baut Windparks. Südwind beschäftigt rund 900 Menschen.", "Südwind", "Südwind"},
		{"must not: no earlier name", "Nordwind beschäftigt rund 900 Menschen.", "Nordwind", "Nordwind"},
		{"must not: a longer word", "Die Nordwind Energie AG baut Windparks. Nordwinde beschäftigt rund 900 Menschen.", "Nordwinde", "Nordwinde"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, m := range Find(tt.text) {
				if m.Text == tt.word {
					found = true
					assert.Equal(t, tt.want, m.Name())
				}
			}
			if tt.want != tt.word {
				assert.True(t, found, "%q must be found as an organization", tt.word)
			}
		})
	}
}
