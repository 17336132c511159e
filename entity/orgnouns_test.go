package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCharityOrgNouns: a charity named by whom it helps is an
// organization noun of orgNounSuffixes after a capitalized adjective or
// in quotes; a programme or an act of help is not.
func TestCharityOrgNouns(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"place adjective", "Die Bremer Kinderhilfe sammelt für die Schulen.",
			[]want{{"Bremer Kinderhilfe", "Bremer Kinderhilfe", "other"}}},
		{"in quotes after an article", "Sie gründete die „Kasseler Frauenhilfe“ im Jahr 1920.",
			[]want{{"Kasseler Frauenhilfe", "Kasseler Frauenhilfe", "other"}}},
		{"a capitalized adjective", "Die Deutsche Aidshilfe warnt vor dem Sparkurs.",
			[]want{{"Deutsche Aidshilfe", "Deutsche Aidshilfe", "other"}}},

		{"a programme", "Die Bremer Soforthilfe wurde schnell ausgezahlt.", []want{}},
		{"an act of help", "Die Kasseler Nothilfe kam zu spät.", []want{}},
		{"the noun alone", "Die Kinderhilfe der Stadt ist gut ausgestattet.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}

// TestMediaAndBandHeads: heads of periodicals and portals before a name,
// and "Band" after an article and an adjective whose endings tell the
// feminine (the music band) from the masculine (a volume).
func TestMediaAndBandHeads(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"periodical", "Die Zeitschrift Kursbuch erscheint monatlich.", []want{{"Kursbuch", "Kursbuch", "media"}}},
		{"portal", "Laut dem Nachrichtenportal Fernblick ist das so.", []want{{"Fernblick", "Fernblick", "media"}}},
		{"feminine nominative with an adjective", "Die britische Band Kaltfront spielte zuerst.",
			[]want{{"Kaltfront", "Kaltfront", "other"}}},
		{"feminine genitive with an adjective", "Er ist Sänger der jungen Band Kaltfront.",
			[]want{{"Kaltfront", "Kaltfront", "other"}}},

		{"feminine dative after a preposition", "Er spielte zwei Jahre in der Band Kaltfront.",
			[]want{{"Kaltfront", "Kaltfront", "other"}}},
		{"feminine genitive after a band noun", "Er ist Gitarrist der Band Kaltfront.",
			[]want{{"Kaltfront", "Kaltfront", "other"}}},

		{"a dative object after a plain noun", "Dass der Umzug der Band Ruhe gab, war klar.", []want{}},
		{"a volume in the nominative after a verb", "Damals erschien der Band Gedichte.", []want{}},
		{"periodical without a name", "Sie las die Zeitschrift beim Arzt.", []want{}},
		{"a volume in the nominative", "Der zweite Band Erzählungen erschien im Herbst.", []want{}},
		{"a volume in the dative", "Im zweiten Band Gedichte steht es.", []want{}},
		{"a volume after dem", "In dem dritten Band Briefe fehlt eine Seite.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}

// TestTheAfterHead: after a head noun, "The" and English words are the
// name with its article.
func TestTheAfterHead(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a band", "Im Sommer spielt die Band The Lanterns in Kiel.", []want{{"The Lanterns", "The Lanterns", "other"}}},
		{"a paper with of and a number", "Das meldete die Zeitung The Voice of 1920 am Montag.",
			[]want{{"The Voice of 1920", "The Voice of 1920", "media"}}},
		{"a known name keeps its entity", "Die Zeitung The Guardian schrieb darüber.",
			[]want{{"The Guardian", "The Guardian", "media"}}},

		{"The alone", "Er gehört zur Band The.", []want{}},
		{"a small word after The", "Die Zeitung The and more gibt es nicht.", []want{}},
		{"a compound after the name", "Die Band The Lanterns-Tour fiel aus.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}

// TestNamePartAfterHead: a word of company names (nameParts) ending the
// name after a generic head belongs to it, though it ends like a noun.
func TestNamePartAfterHead(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a word of company names", "Das Unternehmen Grohmann Automation baut Anlagen.",
			[]want{{"Grohmann Automation", "Grohmann Automation", "company"}}},
		{"a plain noun after a generic head", "Dann zahlte das Unternehmen Steuern.", []want{}},
		{"a noun ending after a generic head", "Zuletzt fehlte dem Unternehmen Unterstützung.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}
