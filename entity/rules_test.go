package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOrgRules holds positive and negative rows for the gazetteer fixes
// and the recall rules added after the first version.
func TestOrgRules(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		// Ambiguous names and aliases.
		{"article name genitive is a noun", "Das Target der Notenbank liegt seit Jahren bei zwei Prozent.", []want{}},
		{"article name genitive, alliance", "Die Allianz der Versicherer verlangt 3 Prozent mehr Rendite.", []want{}},
		{"target with a head noun", "Der Einzelhändler Target senkte die Prognose um 4 Prozent.",
			[]want{{"Target", "Target", "company"}}},
		{"target then the noun", "Der Einzelhändler Target senkte die Prognose. Das Target der Fed bleibt.",
			[]want{{"Target", "Target", "company"}, {"Fed", "Federal Reserve", "central_bank"}}},
		{"delta as a word", "Das Delta zwischen beiden Werten wuchs weiter.", []want{}},
		{"delta with a compound", "Der Delta-Chef kündigte 2 Milliarden Dollar Investitionen an.",
			[]want{{"Delta", "Delta Air Lines", "company"}}},
		{"tui as a name", "Tui Mahana kam gestern zurück nach Auckland.", []want{}},
		{"tui in capitals", "TUI hob die Prognose für das Geschäftsjahr an.", []want{{"TUI", "TUI", "company"}}},
		{"zoll as a word", "Auf Stahl wird ein Zoll von 25 Prozent fällig.", []want{}},
		{"bayer leverkusen is the club", "Bayer Leverkusen gewann das Spiel in Mainz.",
			[]want{{"Bayer Leverkusen", "Bayer 04 Leverkusen", "other"}}},
		{"bayer alone is the company", "Bayer senkte die Prognose für das Agrargeschäft.", []want{{"Bayer", "Bayer", "company"}}},
		{"merck finck over merck", "Die Privatbank Merck Finck gehört nicht mehr zur Familie.",
			[]want{{"Merck Finck", "Merck Finck", "bank"}}},
		{"ikb long name", "Die IKB Deutsche Industriebank hat ihre Bilanz verkürzt.",
			[]want{{"IKB Deutsche Industriebank", "IKB Deutsche Industriebank", "bank"}}},
		{"ikb short", "Der Mittelstandsfinanzierer IKB meldete einen Gewinn.",
			[]want{{"IKB", "IKB Deutsche Industriebank", "bank"}}},
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
