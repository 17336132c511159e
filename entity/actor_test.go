package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFirmsByWhatTheyDo: an unknown name as the subject of a firm verb and
// after a relation noun with "von", with rows that must not match.
func TestFirmsByWhatTheyDo(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"verb before the name after an adverbial", "Im Winter produzierte Kalbhaus vor allem Fenster.", []want{{"Kalbhaus", "Kalbhaus", "company"}}},
		{"name before the verb", "Tervola beschäftigt 300 Leute in Finnland.", []want{{"Tervola", "Tervola", "company"}}},
		{"take-over with a firm object", "Holmgren übernahm den Konkurrenten für zwei Milliarden.", []want{{"Holmgren", "Holmgren", "company"}}},
		{"customer of", "Der wichtigste Kunde von Tervola ist die Armee.", []want{{"Tervola", "Tervola", "company"}}},
		{"shareholders of", "Die Aktionäre von Nordholz stimmten zu.", []want{{"Nordholz", "Nordholz", "company"}}},
		{"the majority in a firm", "Der Investor übernimmt die Mehrheit an Tervola für 2 Mrd. Euro.", []want{{"Tervola", "Tervola", "company"}}},
		{"a majority stake in a firm", "Die Bank verkauft ihre Mehrheitsbeteiligung an Kalbhaus an einen Fonds.", []want{{"Kalbhaus", "Kalbhaus", "company"}}},
		{"the majority on board is no firm", "Die Mehrheit an Bord war zufrieden.", []want{}},
		{"a share of women is no firm", "Der Anteil an Frauen stieg um 3 Prozent.", []want{}},
		{"a common noun with an article", "Der Bäcker verkauft Brot.", []want{}},
		{"a reflexive after the verb", "Brot verkauft sich gut.", []want{}},
		{"a take-over of a post", "Meier übernahm den Vorsitz.", []want{}},
		{"a person sells a house", "Gestern verkaufte Petersen sein Haus.", []want{}},
		{"a partner with a full name", "Der Partner von Anna Berg lacht.", []want{}},
		{"an object after the verb", "Die Behörde liefert Zahlen an die Länder.", []want{}},
		{"verb first without a fronted adverbial", "Also liefert Kramm die Teile.", []want{}},
		{"a relation noun before a common noun", "Die Kunden von Banken zahlen mehr.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}
