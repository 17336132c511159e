package money

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLookupNameFastPath checks that the words lookupName answers without
// the map give exactly the map's entries, so the two cannot drift apart.
func TestLookupNameFastPath(t *testing.T) {
	tests := []struct {
		name, word string
	}{
		{"Euro", "Euro"},
		{"euro sign", "€"},
		{"US-Dollar", "US-Dollar"},
		{"Dollar", "Dollar"},
		{"dollar sign", "$"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, ok := buildNameEntries()[tt.word]
			require.True(t, ok, "%q missing from the table", tt.word)
			got, ok := lookupName(tt.word)
			require.True(t, ok)
			assert.Equal(t, want, got)
		})
	}
	_, ok := lookupName("Eurozone")
	assert.False(t, ok, "a word that only starts like a currency is none")
}
