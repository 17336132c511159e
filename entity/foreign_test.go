package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// orgsOf returns the organization mentions of text as wants (persons left
// out), an empty slice for none.
func orgsOf(t *testing.T, text string) []want {
	t.Helper()
	orgs := []want{}
	for _, w := range got(t, text, Find(text)) {
		if w.kind != "person" {
			orgs = append(orgs, w)
		}
	}
	return orgs
}

// TestEnglishOrgHeads: English names of organizations ending in a word
// for a kind of body, with rows that must not match.
func TestEnglishOrgHeads(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"commission after an article", "Die Fishery Commission prüft die Quoten.", []want{{"Fishery Commission", "Fishery Commission", "government"}}},
		{"english and inside the name", "Er hielt Anteile an der Denver and Salina Railroad.",
			[]want{{"Denver and Salina Railroad", "Denver and Salina Railroad", "company"}}},
		{"ampersand inside the name", "Er arbeitet seit Mai bei Hollow & Brine Company.",
			[]want{{"Hollow & Brine Company", "Hollow & Brine Company", "company"}}},
		{"german und is no part of the name", "Die Stadtwerke und Salina Railroad verhandeln.",
			[]want{{"Salina Railroad", "Salina Railroad", "company"}}},
		{"and after a german word", "Der Zug der Gesellschaft and Salina Railroad fuhr ab.",
			[]want{{"Salina Railroad", "Salina Railroad", "company"}}},
		{"airline with a place", "Sie flog mit Qatar Coastal Airways nach Doha.", []want{{"Qatar Coastal Airways", "Qatar Coastal Airways", "company"}}},
		{"board with an of tail", "Er sitzt im Coastal Board of Trustees.", []want{{"Coastal Board of Trustees", "Coastal Board of Trustees", "other"}}},
		{"band with its article", "Am Abend spielt The Rusty Kettle Band im Park.", []want{{"The Rusty Kettle Band", "The Rusty Kettle Band", "other"}}},
		{"hotel after a city adjective", "Die Gäste wohnten im Londoner Silver Crown Hotel.", []want{{"Silver Crown Hotel", "Silver Crown Hotel", "company"}}},
		{"hotel after New Yorker", "Das Treffen fand im New Yorker Harbor View Hotel statt.", []want{{"Harbor View Hotel", "Harbor View Hotel", "company"}}},
		{"a head alone", "Das Board tagte am Montag.", []want{}},
		{"a German adjective before the head", "Das Neue Hotel am Markt schließt.", []want{}},
		{"a German noun before the head", "Die Stiftung Band und Buch lädt ein.", []want{}},
		{"a role before the head", "Der Chef Hotel sprach.", []want{}},
		{"the name goes on", "Die Grand Hotel Palace Ltd zahlt.", []want{{"Grand Hotel Palace Ltd", "Grand Hotel Palace Ltd", "company"}}},
		{"head inside a compound", "Die Blue Band-Tournee beginnt.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}

// TestCompetitionRows: competitions and a fair from the gazetteer, in the
// forms the sentence inflects them to.
func TestCompetitionRows(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"games in the dative plural", "Nach den Olympischen Spielen in Paris sank die Quote.", []want{{"Olympischen Spielen", "Olympische Spiele", "other"}}},
		{"short form of a championship", "Die Brauerei wirbt zur Fußball-EM mit Sonderdosen.", []want{{"Fußball-EM", "Fußball-Europameisterschaft", "other"}}},
		{"league final", "Im Finale der Champions League stehen zwei Klubs aus Spanien.", []want{{"Champions League", "Champions League", "other"}}},
		{"a game is no competition", "Die Kinder spielten olympische Spiele im Garten.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}

// TestSenseCounted: a gazetteer acronym counted by a number is a thing, and
// an ambiguous gazetteer word that starts a longer English name is not the
// organization.
func TestSenseCounted(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"acronym after a number word", "Er schaffte in der Saison sieben RBI.", []want{}},
		{"acronym after a figure", "Der Händler verkaufte 14 BMW an Firmen.", []want{}},
		{"acronym after a year stays", "Seit 2019 RBI die Filiale führt, wächst sie.", []want{{"RBI", "Raiffeisen Bank International", "bank"}}},
		{"acronym after an article stays", "Die RBI meldet einen Gewinn.", []want{{"RBI", "Raiffeisen Bank International", "bank"}}},
		{"ambiguous word starting an English name", "Der Sender Swiss Music Radio sendet Rock.",
			[]want{{"Swiss Music Radio", "Swiss Music Radio", "media"}}}, // not the airline Swiss
		{"code word before an English name", "Die Firma 4K Nordic Power Systems baut Anlagen.", []want{{"4K Nordic Power Systems", "4K Nordic Power Systems", "company"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}
