package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConstructionRules holds rows for the rules of orgrules.go and the
// acronym rules after an article, each with rows that must not match.
func TestConstructionRules(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		// An unknown acronym with an article.
		{"acronym with article before a verb", "Der KSVW muss die Halle räumen.", []want{{"KSVW", "KSVW", "other"}}},
		{"acronym after a contraction", "Er spielt seit Jahren beim TSVB in der Oberliga.", []want{{"TSVB", "TSVB", "other"}}},
		{"acronym with article at the end", "Das Geld kommt von der ZLKV.", []want{{"ZLKV", "ZLKV", "other"}}},
		{"acronym before a movement verb", "Der ZLKV stieg um drei Punkte.", []want{}},
		{"acronym as part of a longer name", "Die QRZT General License gilt weiter.", []want{}},
		{"acronym before a number", "Der QRZT 480 ist eine Grafikkarte.", []want{}},
		{"jargon acronym with article", "Das EBITDA und die ISBN stehen im Anhang.", []want{}},

		// An institution and its place.
		{"school and town", "Die Realschule Spaichingen feiert ihr Jubiläum.", []want{{"Realschule Spaichingen", "Realschule Spaichingen", "other"}}},
		{"hospital and city", "Das Klinikum Ingolstadt stellt 40 Pflegekräfte ein.", []want{{"Klinikum Ingolstadt", "Klinikum Ingolstadt", "other"}}},
		{"genitive of the institution", "Ein Sprecher des Stadtmuseums Landshut bestätigte den Diebstahl.",
			[]want{{"Stadtmuseums Landshut", "Stadtmuseums Landshut", "other"}}},
		{"genitive in -es", "Die Ärzte des Kreiskrankenhauses Rotenburg streiken.",
			[]want{{"Kreiskrankenhauses Rotenburg", "Kreiskrankenhauses Rotenburg", "other"}}},
		{"factory and its town", "Die Waggonfabrik Uerdingen baute Straßenbahnen.",
			[]want{{"Waggonfabrik Uerdingen", "Waggonfabrik Uerdingen", "company"}}},
		{"a name's adjective before the institution", "Er lehrte am Altsprachlichen Gymnasium Tübingen.",
			[]want{{"Altsprachlichen Gymnasium Tübingen", "Altsprachlichen Gymnasium Tübingen", "other"}}},
		{"a noun before the institution stays out", "Zum Ende Klinikum Passau kamen viele Gäste.",
			[]want{{"Klinikum Passau", "Klinikum Passau", "other"}}},
		{"a plural genitive is no name", "Die Leiter des Museums gingen.", []want{}},
		{"museum compound and city", "Das Stadtmuseum Augsburg zeigt Drucke.", []want{{"Stadtmuseum Augsburg", "Stadtmuseum Augsburg", "other"}}},
		{"power plant and place", "Das Kraftwerk Mannheim geht vom Netz.", []want{{"Kraftwerk Mannheim", "Kraftwerk Mannheim", "company"}}},
		{"cooperative and a joined place", "Die Bauern traten der Winzergenossenschaft Oberkirch-Nussbach bei.", []want{{"Winzergenossenschaft Oberkirch-Nussbach", "Winzergenossenschaft Oberkirch-Nussbach", "company"}}},
		{"cooperative, a verb, then a place", "Die Genossenschaft zahlt Hamburg eine Miete.", []want{}},
		{"school and a common noun", "Die Schule Kunst und Musik fällt aus.", []want{}},
		{"museum and a verb", "Das Museum Samstags ist geschlossen.", []want{}},
		{"fire brigade and town", "Die Feuerwehr Eschenrode löschte den Brand in einer Stunde.", []want{{"Feuerwehr Eschenrode", "Feuerwehr Eschenrode", "other"}}},
		{"diocese and city", "Im Bistum Trier fehlen Priester.", []want{{"Bistum Trier", "Bistum Trier", "other"}}},
		{"district council and town", "Der Kreistag Göttingen hat den Haushalt beschlossen.", []want{{"Kreistag Göttingen", "Kreistag Göttingen", "government"}}},
		{"chamber compound and city", "Nach Angaben der Handwerkskammer Kassel fehlen Lehrlinge.", []want{{"Handwerkskammer Kassel", "Handwerkskammer Kassel", "association"}}},
		{"police directorate and city", "Die Polizeidirektion Göttingen sucht Zeugen.", []want{{"Polizeidirektion Göttingen", "Polizeidirektion Göttingen", "government"}}},
		{"fire brigade before an object", "Morgen rückt die Feuerwehr Kassel nicht aus, sagt er.", []want{{"Feuerwehr Kassel", "Feuerwehr Kassel", "other"}}},
		{"fire brigade alone", "Die Feuerwehr kam nach zehn Minuten.", []want{}},
		{"court and city left out", "Das Landgericht Kassel wies die Klage ab.", []want{}},
		{"district council and a common noun", "Der Kreistag Beschlüsse fasst selten.", []want{}},

		// A trade fair by its place.
		{"fair after its city", "Die Hannover Messe meldete einen Rekord.", []want{{"Hannover Messe", "Hannover Messe", "other"}}},
		{"fair compound", "Die Hannover Messe-Halle ist voll.", []want{}},

		// A city team in a sentence about sports.
		{"team after a known city", "Die San Antonio Spurs gewannen das Spiel deutlich.", []want{{"San Antonio Spurs", "San Antonio Spurs", "other"}}},
		{"city and plural outside sports", "In Chicago Docks wurde gebaut.", []want{}},

		// A gazetteer institution written as a word.
		{"esa as a word", "Die Esa schickt eine Sonde zum Mars.", []want{{"Esa", "Europäische Weltraumorganisation", "international_org"}}},
		{"opec as a word", "Die Förderquoten der Opec bleiben.", []want{{"Opec", "OPEC", "international_org"}}},
		{"a company acronym in title case is not", "Der Sap steigt im Frühjahr.", []want{}},
		{"a common word", "Die Welt schaut zu.", []want{}},

		// Two organizations joined, a subsidiary named by its parent.
		{"joined team name", "Der Wagen von McLaren-Mercedes war schneller.", []want{{"McLaren-Mercedes", "McLaren-Mercedes", "company"}}},
		{"joined names in a longer compound", "Der Bayer-Monsanto-Deal platzte fast.", []want{{"Bayer", "Bayer", "company"}, {"Monsanto", "Monsanto", "company"}}},
		{"subsidiary with a legal form", "Die Siemens-Tochter Nordlicht Sensorik GmbH wächst.",
			[]want{{"Siemens", "Siemens", "company"}, {"Nordlicht Sensorik GmbH", "Nordlicht Sensorik GmbH", "company"}}},

		// Descriptor nouns before an unknown name.
		{"shipping line, name ending like a plural", "Die Reederei Nordstern Lines bestellt drei Schiffe.", []want{{"Nordstern Lines", "Nordstern Lines", "company"}}},
		{"a mid-sized company", "Der schwäbische Mittelständler Flinkwerk baut ein Werk.", []want{{"Flinkwerk", "Flinkwerk", "company"}}},
		{"a brewery", "Die Brauerei Hopfenhof wirbt mit einem neuen Bier.", []want{{"Hopfenhof", "Hopfenhof", "company"}}},
		{"not: a mid-sized company with its town", "Der Mittelständler aus Ditzingen investiert.", []want{}},
		{"fashion label", "Das Modelabel Kaia eröffnet einen Laden.", []want{{"Kaia", "Kaia", "company"}}},
		{"club and its town", "Der Drittligist Blau-Weiß Lohne gewinnt knapp.", []want{{"Blau-Weiß Lohne", "Blau-Weiß Lohne", "other"}}},
		{"generic head before a plural noun", "Weil das Unternehmen Ländern Geld schuldet, zahlt es.", []want{}},

		// A body named by whom it gathers.
		{"association of a profession", "Der Verband der Pflegekräfte fordert mehr Lohn.", []want{{"Verband der Pflegekräfte", "Verband der Pflegekräfte", "association"}}},
		{"union of a profession", "Die Gewerkschaft der Lokführer droht mit Streik.", []want{{"Gewerkschaft der Lokführer", "Gewerkschaft der Lokführer", "union"}}},
		{"with a place", "Die Vereinigung der Bauern in Bayern tagt.", []want{{"Vereinigung der Bauern in Bayern", "Vereinigung der Bauern in Bayern", "association"}}},
		{"indefinite: no name", "Sie gründeten einen Verband der Händler.", []want{}},
		{"genitive of a known organization", "Der Verband der Deutschen Bank tagt.", []want{{"Deutschen Bank", "Deutsche Bank", "bank"}}},

		// A quoted name after a media noun.
		{"weekly in quotation marks", "Das Wochenblatt „Der Nordkurier am Sonntag“ berichtet.", []want{{"Der Nordkurier am Sonntag", "Der Nordkurier am Sonntag", "media"}}},
		{"magazine in guillemets", "Die Zeitschrift »Kursbuch« erscheint wieder.", []want{{"Kursbuch", "Kursbuch", "media"}}},
		{"newspaper told in the dative", "Das sei falsch, sagte der Landrat Peter Kurz der „Oberland Post“ am Montag.", []want{{"Oberland Post", "Oberland Post", "media"}}},
		{"magazine in the genitive", "Das zeigt ein Foto des Magazins „Blaue Stunde“.", []want{{"Blaue Stunde", "Blaue Stunde", "media"}}},
		{"a common noun in quotation marks", "Er sagte der „Runde“ nichts.", []want{}},
		{"a quoted greeting after a dative", "Sie sagte der Tochter „Gute Nacht“.", []want{}},
		{"a quoted name without a verb of saying", "Sie gab der „Roten Zora“ einen Preis.", []want{}},
		{"a quoted headline is no name", "Die Zeitung titelte „wir schaffen das“ am Montag.", []want{}},
		{"a quoted sentence after a media noun", "Die Zeitung „Heute, morgen, immer“ wirbt.", []want{}},

		// A city adjective and an organization noun: singular only.
		{"city adjective and a club noun", "Der Kölner Karnevalsverein lädt ein.", []want{{"Kölner Karnevalsverein", "Kölner Karnevalsverein", "association"}}},
		{"plural clubs are no name", "Viele Bayerische Vereine klagen über Nachwuchs.", []want{}},

		// A place after a name with an organization noun.
		{"publisher and its town", "Das Buch erschien im Brenner Verlag Stuttgart.", []want{{"Brenner Verlag Stuttgart", "Brenner Verlag Stuttgart", "media"}}},
		{"a place starting a compound stays out", "Der Brenner Verlag Stuttgart-Mitte schließt.", []want{{"Brenner Verlag", "Brenner Verlag", "media"}}},

		// A news agency's byline at the start of a line.
		{"byline after a place", "Frankfurt/Main (AP) Die Preise steigen.", []want{{"AP", "Associated Press", "media"}}},
		{"byline at a line start", "Vorwort\n(AP) Die Preise steigen.", []want{{"AP", "Associated Press", "media"}}},
		{"brackets inside a sentence", "Die Preise (AP) steigen.", []want{}},

		// Sense checks.
		{"a car, not its maker", "Der Audi rollte gegen die Mauer.", []want{}},
		{"a car after an adjective", "Er fuhr im neuen BMW nach Hause.", []want{}},
		{"the maker as subject", "Audi steigerte den Absatz.", []want{{"Audi", "Audi", "company"}}},
		{"the maker in a compound", "Der Audi-Chef lachte.", []want{{"Audi", "Audi", "company"}}},
		{"so with a company", "„Das ist gut“, so Siemens.", []want{{"Siemens", "Siemens", "company"}}},

		// Acronyms defined in brackets.
		{"english long form with on", "Ein Bericht des Council on Rural Water Policy (CRWP) liegt vor. Der CRWP warnt.",
			[]want{{"Council on Rural Water Policy", "Council on Rural Water Policy", "other"}, {"CRWP", "Council on Rural Water Policy", "other"}, {"CRWP", "Council on Rural Water Policy", "other"}}},
		{"title-case acronym after a long name", "Die Nordsee Offshore Wind Company (Nowic) baut. Nowic zahlt.",
			[]want{{"Nordsee Offshore Wind Company", "Nordsee Offshore Wind Company", "other"}, {"Nowic", "Nordsee Offshore Wind Company", "other"}, {"Nowic", "Nordsee Offshore Wind Company", "other"}}},
		{"long form in quotation marks set apart", "Bereit ist die \" Nordic Rapid Force \" ( NRF ) , eine Truppe .",
			[]want{{"Nordic Rapid Force", "Nordic Rapid Force", "other"}, {"NRF", "Nordic Rapid Force", "other"}}},
		{"a quoted word that is no organization", "Das „Bruttoinlandsprodukt“ (BIP) wuchs.", []want{}},
		{"title-case word after a short name", "Die Deutsche Bank (Foto) wächst.", []want{{"Deutsche Bank", "Deutsche Bank", "bank"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}

func TestSubsidiaryParent(t *testing.T) {
	ms := Find("Die Siemens-Tochter Nordlicht Sensorik GmbH wächst.")
	var parent string
	for _, m := range ms {
		if m.Entity.Name == "Nordlicht Sensorik GmbH" {
			parent = m.Entity.Parent
		}
	}
	assert.Equal(t, "Siemens", parent)
}

func TestSpeechFramePerson(t *testing.T) {
	ms := Find("Wolfgang Porsche trat ans Pult. „Wir sind bereit“, sagte Porsche.")
	require.Len(t, ms, 2)
	assert.Equal(t, Person, ms[1].Kind)
	assert.Equal(t, "Wolfgang Porsche", ms[1].Entity.Name)
	ms = Find("Wolfgang Siemens trat ans Pult. „Wir sind bereit“, teilte Siemens mit.")
	require.Len(t, ms, 2)
	assert.Equal(t, Organization, ms[1].Kind) // "teilte … mit" is what companies do
}

// TestFirmOfPerson: a firm word before a person's name makes a firm named
// after the person; with rows that keep the person.
func TestFirmOfPerson(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"publisher and a person", "Der Band erschien 2004 im Verlag Helga Brunnmeier in Kassel.",
			[]want{{"Verlag Helga Brunnmeier", "Verlag Helga Brunnmeier", "media"}}},
		{"gallery and a person, subject", "Die Galerie Jonas Pfeiffer zeigt im Herbst neue Arbeiten.",
			[]want{{"Galerie Jonas Pfeiffer", "Galerie Jonas Pfeiffer", "company"}}},
		{"private bank with an initial", "Das Bankhaus Georg W. Tessendorf meldet mehr Kunden.",
			[]want{{"Bankhaus Georg W. Tessendorf", "Bankhaus Georg W. Tessendorf", "bank"}}},
		{"winery in a dative", "Den Preis erhielt das Weingut Martin Sorger aus der Pfalz.",
			[]want{{"Weingut Martin Sorger", "Weingut Martin Sorger", "company"}}},
		{"publisher, comma, a person", "Der Verlag, Helga Brunnmeier zufolge, wächst.",
			[]want{{"Helga Brunnmeier", "Helga Brunnmeier", "person"}}},
		{"publisher von a person", "Das Buch erschien im Verlag von Helga Brunnmeier.",
			[]want{{"Helga Brunnmeier", "Helga Brunnmeier", "person"}}},
		{"a person without a firm word", "Das Buch von Helga Brunnmeier erschien 2004.",
			[]want{{"Helga Brunnmeier", "Helga Brunnmeier", "person"}}},
		{"a role before a person", "Die Verlegerin Helga Brunnmeier sprach.",
			[]want{{"Helga Brunnmeier", "Helga Brunnmeier", "person"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, got(t, tt.in, Find(tt.in)))
		})
	}
}
