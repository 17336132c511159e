package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRound2Orgs holds the rows of the organization constructions of the
// second round of issue 14: each rule has rows that must match and rows
// that must not.
func TestRound2Orgs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		// An acronym glued to a word by a dot ("E.ON") in lower or title
		// case inside the name ("E.on").
		{"dot acronym in lower case", "Der Versorger E.on senkt die Strompreise.",
			[]want{{"E.on", "E.ON", "company"}}},
		{"dot acronym in title case", "Der Versorger E.On senkt die Strompreise.",
			[]want{{"E.On", "E.ON", "company"}}},
		{"dot acronym as written", "Der Versorger E.ON senkt die Strompreise.",
			[]want{{"E.ON", "E.ON", "company"}}},
		{"dot and a space are no name", "Gemeint ist Punkt E. on the road stand auf dem Schild.", []want{}},
		{"a single letter before a lower-case word", "Der Plan E.off blieb in der Schublade.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var orgs []want
			for _, w := range got(t, tt.in, Find(tt.in)) {
				if w.kind != "person" {
					orgs = append(orgs, w)
				}
			}
			if orgs == nil {
				orgs = []want{}
			}
			assert.Equal(t, tt.want, orgs)
		})
	}
}
