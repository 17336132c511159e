package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLowerArticleTitle: a gazetteer title whose alias opens with an
// article in lower case ("die tageszeitung") is reported without the
// article, which belongs to the sentence; a title with a capitalized
// article keeps it ("Die Zeit"), and the common noun is no title.
func TestLowerArticleTitle(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"lower-case article", "Er schrieb lange für die tageszeitung in Berlin.",
			[]want{{"tageszeitung", "taz", "media"}}},
		{"capitalized article of the title", "Das meldete Die Zeit am Montag.",
			[]want{{"Die Zeit", "Die Zeit", "media"}}},
		{"the common noun", "Jeden Morgen liest er die Tageszeitung beim Frühstück.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}
