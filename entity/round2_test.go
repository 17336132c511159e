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
		// An unknown buyer in a deal: "durch" after a purchase noun and
		// what was bought, "an" after a sale and what was sold.
		{"buyer after durch", "Die Übernahme von Siemens durch Kalvora wurde genehmigt.",
			[]want{{"Siemens", "Siemens", "company"}, {"Kalvora", "Kalvora", "company"}}},
		{"buyer after a sale", "Der Konzern verkauft seine Sparte an Morvik.",
			[]want{{"Morvik", "Morvik", "company"}}},
		{"buyer after a sale noun", "Der Verkauf der Tochter an Morvik ist abgeschlossen.",
			[]want{{"Morvik", "Morvik", "company"}}},
		{"durch without an object", "Der Kauf wurde durch Zufall bekannt.", []want{}},
		{"durch after a purchase noun and a verb", "Die Übernahme scheiterte durch Widerstand.", []want{}},
		{"sale of goods", "Der Händler verkauft Tickets an Fans.", []want{}},
		{"sale across a comma", "Er verkauft die Sparte, an Ostern ist Ruhe.", []want{}},
		// Two English names joined by "&", each with a head, name one body.
		{"two english heads joined by and sign", "Er lehrt an der Lindsey School & Community Arts College seit Jahren.",
			[]want{{"Lindsey School & Community Arts College", "Lindsey School & Community Arts College", "research_institute"}}},
		{"and sign before a name without head", "Er lehrt an der Lindsey School & Partner seit Jahren.",
			[]want{{"Lindsey School", "Lindsey School", "other"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}

// TestRound2Persons holds the rows of the person constructions of the
// second round of issue 14.
func TestRound2Persons(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // the person mentions' texts
	}{
		// An East Asian name: the family name, then a given name of two
		// short parts.
		{"korean name of three parts", "Am Abend traf Kim Jong Un den Gast aus Moskau.", []string{"Kim Jong Un"}},
		{"korean name at the start", "Kim Yo Jong meldete sich zu Wort.", []string{"Kim Yo Jong"}},
		{"german given name keeps two words", "Gestern sagte Tim Ott Ende der Woche zu.", []string{"Tim Ott"}},
		{"third word is a long word", "Gestern sagte Kim Jong Unterstützung zu.", []string{"Kim Jong"}},
		// Given names added: "Mark" (not after a number or determiner) and "Xi".
		{"mark after und", "Die Gäste Olaf Brenner und Mark Rutte reisten ab.", []string{"Olaf Brenner", "Mark Rutte"}},
		{"xi after und", "Es sprachen Joe Biden und Xi Jinping lange.", []string{"Joe Biden", "Xi Jinping"}},
		{"mark after a number", "Er zahlte damals 100 Mark Kaution.", []string{}},
		{"mark after a determiner", "Es kostete eine Mark Aufschlag.", []string{}},
		{"mark before a place", "Die Mark Brandenburg ist flach.", []string{}},
		// A Romance particle and a second surname.
		{"particle and second surname", "Präsident Luiz Inácio Lula da Silva kam. Später sagte Lula da Silva nichts.",
			[]string{"Luiz Inácio Lula da Silva", "Lula da Silva"}},
		{"particle after a role name", "Es sprach Präsident Lula da Silva.", []string{"Lula da Silva"}},
		{"german von after a name stays out", "Das sagte Peter Müller von Siemens am Montag.", []string{"Peter Müller"}},
		{"particle before a lower-case word", "Das sagte Peter Müller de facto nie.", []string{"Peter Müller"}},
		// An English organization head is no surname.
		{"orchestra is no surname", "Es spielte das Smith & Carter Orchestra bis Mitternacht.", []string{}},
		{"school is no surname", "Sie besuchte die Lindsey School in der Stadt.", []string{}},
		{"post stays a surname", "Das sagte Anna Post am Montag.", []string{"Anna Post"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := []string{}
			for _, w := range got(t, tt.in, Find(tt.in)) {
				if w.kind == "person" {
					ps = append(ps, w.text)
				}
			}
			assert.Equal(t, tt.want, ps)
		})
	}
}
