package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFirmEvidence holds the rows of firmEvidence: an ambiguous company
// name is the company where the sentence says what a firm does (makes,
// sells, launches), and not where it is a common noun or part of a
// product's name.
func TestFirmEvidence(t *testing.T) {
	apple := want{"Apple", "Apple", "company"}
	puma := want{"Puma", "Puma", "company"}
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"a product of the list", "Im Herbst zeigte Apple ein flacheres iPad.", []want{apple}},
		{"a class of goods", "Apple stellte am Abend ein neues Smartphone vor.", []want{apple}},
		{"genitive before a noun", "Mit Apples Geräten wird das Zeichnen leichter.", []want{{"Apples", "Apple", "company"}}},
		{"subject of a firm verb", "Puma liefert die Trikots an drei Vereine.", []want{puma}},
		{"firm verb after a fronted adverbial", "Seit dem Frühjahr fertigt Puma auch in Portugal.", []want{puma}},
		{"firm verb after a comma", "Der Markt wächst, Puma verkauft mehr Laufschuhe.", []want{puma}},

		{"an animal with an article", "Der Puma im Gehege fraß ein Stück Fleisch.", []want{}},
		{"an article before the name beside a product", "Mit dem iPad filmte sie den Puma im Gehege.", []want{}},
		{"a contraction before the name", "Sie trug das Tablet im Arm.", []want{}},
		{"an adjective before the name", "Ein junger Puma schlich über das Smartphone-Foto.", []want{}},
		{"part of a product name after", "Die Apple Watch und das iPad lagen auf dem Tisch.", []want{}},
		{"part of a product name before", "Auf den Air Puma folgte ein anderes Modell.", []want{}},
		{"a reflexive after the firm verb", "Puma verkauft sich gut, sagte der Wildhüter.", []want{}},
		{"no product and no firm verb", "Puma schlich leise durch den Wald.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}

// TestMediaSource holds the rows of mediaSource: an ambiguous media name
// cited as a source after "laut" or a noun of what a medium gives.
func TestMediaSource(t *testing.T) {
	spiegel := want{"Spiegel", "Der Spiegel", "media"}
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"after laut", "Laut Spiegel plant der Minister eine Reform.", []want{spiegel}},
		{"after a noun of reporting", "Nach Informationen des Spiegel ist der Plan gescheitert.", []want{spiegel}},
		{"a reporter of", "Ein Reporter des Spiegels war vor Ort.", []want{{"Spiegels", "Der Spiegel", "media"}}},
		{"a verb of reporting after a stop word", "Wie der Spiegel berichtet, ist der Plan gescheitert.", []want{spiegel}},

		{"a mirror after a plain noun", "Der Rahmen des Spiegels ist alt.", []want{}},
		{"a mirror after a preposition", "Nach dem Spiegel kam das Regal an die Wand.", []want{}},
		{"the press at large", "Ein Bericht der Presse war falsch.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}
