package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestConstructions holds the rows of the organization constructions of
// issue 13 (second round): each rule has rows that must match and rows
// that must not.
func TestConstructions(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		// A German public body behind a foreign country's prefix is that
		// country's body, not the German one.
		{"foreign prefix before an acronym", "Die US-Bundespolizei FBI nahm am Abend zwei Männer fest.",
			[]want{{"FBI", "Federal Bureau of Investigation", "government"}}},
		{"foreign place prefix", "Die Frankreich-Bundesregierung gibt es nicht, wohl aber Gerüchte.", []want{}},
		{"german body alone", "Die Bundespolizei kontrolliert an der Grenze zu Polen.",
			[]want{{"Bundespolizei", "Bundespolizei", "government"}}},
		{"german body after a german prefix", "Ein Sprecher der Bundespolizei-Direktion äußerte sich nicht.",
			[]want{{"Bundespolizei", "Bundespolizei", "government"}}},
		{"company after a foreign prefix stays", "Der US-Siemens-Ableger meldete Gewinne.",
			[]want{{"Siemens", "Siemens", "company"}}},

		// A preposition after a head noun is no name.
		{"preposition after a genitive head", "Im Namen des Fanvereins Ungeachtet der Proteste blieb alles beim Alten.", []want{}},
		{"preposition after a club head", "Der Vorstand des Sportvereins Angesichts der Lage tagte.", []want{}},
		{"name after a club head", "Der Vorstand des Sportvereins Grünhöfe tagte.",
			[]want{{"Grünhöfe", "Grünhöfe", "association"}}},
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
