package entity

import (
	"github.com/finanztext/finanztext/internal/advtest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// institutionTests are the rows of TestInstitutionRules (also seeds of
// FuzzFind): regional banks, person-name compounds, sports clubs and
// prepositional names, each with rows that must not match. The default
// gazetteer is used.
var institutionTests = []struct {
	name string
	in   string
	want []want
}{
	// Regional banks: head + place.
	{"volksbank region", "Die Volksbank Mittelhessen meldet einen höheren Gewinn.",
		[]want{{"Volksbank Mittelhessen", "Volksbank Mittelhessen", "bank"}}},
	{"sparkasse hyphen place", "Die Sparkasse Köln-Bonn erhöht die Kontogebühren.",
		[]want{{"Sparkasse Köln-Bonn", "Sparkasse Köln-Bonn", "bank"}}},
	{"sparkasse known place", "Der Vorstand der Kreissparkasse Göttingen bleibt im Amt.",
		[]want{{"Kreissparkasse Göttingen", "Kreissparkasse Göttingen", "bank"}}},
	{"bad before the place", "Die Stadtsparkasse Bad Homburg wächst langsamer.",
		[]want{{"Stadtsparkasse Bad Homburg", "Stadtsparkasse Bad Homburg", "bank"}}},
	{"two-word head and eG", "Die VR-Bank Rhein-Neckar eG und die PSD Bank Nürnberg fusionieren.",
		[]want{{"VR-Bank Rhein-Neckar eG", "VR-Bank Rhein-Neckar eG", "bank"}, {"PSD Bank Nürnberg", "PSD Bank Nürnberg", "bank"}}},
	{"unknown place at sentence start", "Die Stadtsparkasse Wuppertal schließt drei Filialen.",
		[]want{{"Stadtsparkasse Wuppertal", "Stadtsparkasse Wuppertal", "bank"}}},
	{"unknown place with region word", "Die Sparda-Bank Südwest senkt die Zinsen.",
		[]want{{"Sparda-Bank Südwest", "Sparda-Bank Südwest", "bank"}}},
	{"unknown place before eG", "Nun zahlt die Volksbank Lahr eG eine Dividende.",
		[]want{{"Volksbank Lahr eG", "Volksbank Lahr eG", "bank"}}},
	{"place with slash", "Die Volksbank Darmstadt/Südhessen legt zu.",
		[]want{{"Volksbank Darmstadt/Südhessen", "Volksbank Darmstadt/Südhessen", "bank"}}},
	{"gazetteer bank wins", "Die Landesbank Baden-Württemberg meldet Gewinn.",
		[]want{{"Landesbank Baden-Württemberg", "LBBW", "bank"}}},
	{"bank head alone", "Die Sparkasse hat am Samstag geöffnet.", []want{}},
	{"bank head alone after preposition", "Sein Konto bei der Volksbank hat er gekündigt.", []want{}},
	{"object after an inverted verb", "Seit Montag verlangt die Sparkasse Gebühren für jedes Konto.", []want{}},
	{"object in a subordinate clause", "Weil die Sparkasse Geld braucht, steigen die Zinsen.", []want{}},
	{"object noun at sentence start", "Die Sparkasse Kapital braucht, ist klar.", []want{}},
	{"plural is no head", "Die Sparkassen Hessens legen zu.", []want{}},

	// Compounds named after a person.
	{"school named after a person", "Das Otto-Schott-Gymnasium feiert sein Jubiläum.",
		[]want{{"Otto-Schott-Gymnasium", "Otto-Schott-Gymnasium", "other"}}},
	{"institute with prepositional name", "Das Max-Planck-Institut für Kernphysik in Heidelberg forscht.",
		[]want{{"Max-Planck-Institut für Kernphysik", "Max-Planck-Institut für Kernphysik", "research_institute"}}},
	{"particle inside", "Das Werner-von-Siemens-Gymnasium lädt zum Sommerfest.",
		[]want{{"Werner-von-Siemens-Gymnasium", "Werner-von-Siemens-Gymnasium", "other"}}},
	{"gazetteer foundation wins", "Die Robert-Bosch-Stiftung fördert Schulen.",
		[]want{{"Robert-Bosch-Stiftung", "Robert Bosch Stiftung", "other"}}},
	{"university with its town", "Sie lehrt an der Friedrich-Schiller-Universität Jena.",
		[]want{{"Friedrich-Schiller-Universität Jena", "Friedrich-Schiller-Universität Jena", "research_institute"}}},
	{"street is nothing", "Die Carl-Zeiss-Straße wird im Sommer gesperrt.", []want{}},
	{"prize ring is nothing", "Sie erhielt den Werner-von-Siemens-Ring.", []want{}},
	{"prize is nothing", "Der Konrad-Adenauer-Preis geht an eine Autorin.", []want{}},
	{"street and company", "Die Robert-Bosch-Straße ist gesperrt, Bosch zahlt 3 Millionen Euro.",
		[]want{{"Bosch", "Bosch", "company"}}},
	{"company compound stays", "Die Mercedes-Benz-Aktie fiel um drei Prozent.",
		[]want{{"Mercedes-Benz", "Mercedes-Benz", "company"}}},
	{"two parts only", "Der Otto-Chef sprach von fünf Prozent Umsatzplus.",
		[]want{{"Otto", "Otto Group", "company"}}},
	{"everyman", "Otto-Normalverbraucher zahlt am Ende mehr.", []want{}},

	// Sports clubs.
	{"club with given name inside", "Der FC Carl Zeiss Jena gewann das Heimspiel.",
		[]want{{"FC Carl Zeiss Jena", "FC Carl Zeiss Jena", "other"}}},
	{"club with slash", "Der TSV Odenhausen/Lahn gewann gegen den KSV Hessen Kassel.",
		[]want{{"TSV Odenhausen/Lahn", "TSV Odenhausen/Lahn", "other"}, {"KSV Hessen Kassel", "KSV Hessen Kassel", "other"}}},
	{"club word before place", "Fortuna Köln verlor gegen Viktoria Aschaffenburg.",
		[]want{{"Fortuna Köln", "Fortuna Köln", "other"}, {"Viktoria Aschaffenburg", "Viktoria Aschaffenburg", "other"}}},
	{"club stops before person", "Beim FC Bayern Trainer Thomas Tuchel gab es Ärger.",
		[]want{{"FC Bayern", "Bayern München", "other"}, {"Thomas Tuchel", "Thomas Tuchel", "person"}}},
	{"club word as a noun", "Fortuna war ihm an diesem Abend hold.", []want{}},
	{"club word alone", "Die Eintracht gewann am Samstag.", []want{}},
	{"english suffix with score", "Manchester City und Stoke City trennten sich 1:1.",
		[]want{{"Manchester City", "Manchester City", "other"}, {"Stoke City", "Stoke City", "other"}}},
	{"english suffix after transfer", "Er wechselte zu Leicester City in die Premier League.",
		[]want{{"Leicester City", "Leicester City", "other"}}},
	{"english suffix at text start", "Leeds United und die Blackburn Rovers spielen am Sonntag.",
		[]want{{"Leeds United", "Leeds United", "other"}, {"Blackburn Rovers", "Blackburn Rovers", "other"}}},
	{"city of a place", "Er zog nach New York City und spielte dann in Mexico City.", []want{}},
	{"german city", "In der City von London spielt die Musik, die Kölner City ist voll.", []want{}},
	{"town without sports", "Die Bahn fährt künftig bis Canning Town.", []want{}},
	{"suffix before a longer name", "Die Oklahoma City Thunder spielen in der Nacht.", []want{}},

	// Prepositional names.
	{"foundation zur", "Die Bundesstiftung zur Aufarbeitung der SED-Diktatur lädt ein.",
		[]want{{"Bundesstiftung zur Aufarbeitung der SED-Diktatur", "Bundesstiftung zur Aufarbeitung der SED-Diktatur", "other"}}},
	{"adjective and für", "Die Deutsche Gesellschaft für Ernährung rät davon ab.",
		[]want{{"Deutsche Gesellschaft für Ernährung", "Deutsche Gesellschaft für Ernährung", "other"}}},
	{"lower-case adjective in the name", "Die Bundeszentrale für politische Bildung lädt ein.",
		[]want{{"Bundeszentrale für politische Bildung", "Bundeszentrale für politische Bildung", "other"}}},
	{"list in the name", "Er arbeitet im Zentrum für Kunst und Medien in Karlsruhe.",
		[]want{{"Zentrum für Kunst und Medien", "Zentrum für Kunst und Medien", "other"}}},
	{"institute with place", "Das Institut für Demoskopie Allensbach befragte 1000 Menschen.",
		[]want{{"Institut für Demoskopie Allensbach", "Institut für Demoskopie Allensbach", "research_institute"}}},
	{"genitive organization ends the name", "Das Institut für Arbeitsmarkt- und Berufsforschung der Bundesagentur für Arbeit rechnet mit Zuwachs.",
		[]want{{"Institut für Arbeitsmarkt- und Berufsforschung", "Institut für Arbeitsmarkt- und Berufsforschung", "research_institute"}, {"Bundesagentur für Arbeit", "Bundesagentur für Arbeit", "government"}}},
	{"city adjective and für", "Die Kasseler Stiftung für Kunst und Wissenschaft vergibt Preise.",
		[]want{{"Kasseler Stiftung für Kunst und Wissenschaft", "Kasseler Stiftung für Kunst und Wissenschaft", "other"}}},
	{"dangling hyphen in the name", "Das Alfred-Wegener-Institut für Polar- und Meeresforschung misst das Eis.",
		[]want{{"Alfred-Wegener-Institut für Polar- und Meeresforschung", "Alfred-Wegener-Institut für Polar- und Meeresforschung", "research_institute"}}},
	{"set phrase after the head", "Das Geld stellt die Stiftung zur Verfügung.", []want{}},
	{"set phrase after a verb", "Zuletzt sorgte das Institut für Aufsehen.", []want{}},
	{"bare head after a verb", "Damals gründete das Zentrum für Kinder einen Verein.", []want{}},
	{"time after the head", "Die Gemeinschaftsschule zum Beginn der Ferien schließen?", []want{}},
	{"incitement is no foundation", "Ihm wird Anstiftung zur Untreue vorgeworfen.", []want{}},
	{"bank in a list", "Betroffen sind die Banca Marche, die Volksbank Gardasee sowie zwei Sparkassen.",
		[]want{{"Banca Marche", "Banca Marche", "bank"}, {"Volksbank Gardasee", "Volksbank Gardasee", "bank"}}},
	{"indefinite article", "Eine Stiftung für Kinder sammelt Geld.", []want{}},
	{"possessive", "Sein Institut für Statistik liefert Daten.", []want{}},
	{"bare word without article", "Zentrum für Kinder und Familien ist das Haus nicht.", []want{}},
	{"no name after the preposition", "Das Zentrum für die Stadt bleibt offen.", []want{}},
	{"sentence ends before", "Er wohnt im Zentrum. Für Kinder gibt es Angebote.", []want{}},

	// Bodies and offices with a prepositional name.
	{"society with für", "Der Verein für Heimatkunde lädt zum Vortrag.",
		[]want{{"Verein für Heimatkunde", "Verein für Heimatkunde", "association"}}},
	{"federation after a contraction", "Sie arbeitet beim Verband für Stadtentwicklung in Kassel.",
		[]want{{"Verband für Stadtentwicklung", "Verband für Stadtentwicklung", "association"}}},
	{"state office with a list", "Das Landesamt für Umwelt und Geologie warnt vor Starkregen.",
		[]want{{"Landesamt für Umwelt und Geologie", "Landesamt für Umwelt und Geologie", "government"}}},
	{"office with a hyphenated place", "Das Amt für Statistik Sachsen-Anhalt zählt weniger Geburten.",
		[]want{{"Amt für Statistik Sachsen-Anhalt", "Amt für Statistik Sachsen-Anhalt", "government"}}},
	{"agency with für", "Laut der Agentur für Arbeit sank die Zahl der Arbeitslosen.",
		[]want{{"Agentur für Arbeit", "Agentur für Arbeit", "other"}}},
	{"authority after a place adjective", "Die Hamburger Behörde für Wirtschaft prüft den Antrag.",
		[]want{{"Hamburger Behörde für Wirtschaft", "Hamburger Behörde für Wirtschaft", "government"}}},
	{"committee with für", "Der Ausschuss für Verkehr berät am Mittwoch.",
		[]want{{"Ausschuss für Verkehr", "Ausschuss für Verkehr", "government"}}},
	{"genitive society", "Nach Angaben des Vereins für Heimatkunde fällt der Vortrag aus.",
		[]want{{"Vereins für Heimatkunde", "Vereins für Heimatkunde", "association"}}},
	{"genitive office in -es", "Die Leiterin des Amtes für Statistik Sachsen-Anhalt sagte das.",
		[]want{{"Amtes für Statistik Sachsen-Anhalt", "Amtes für Statistik Sachsen-Anhalt", "government"}}},
	{"genitive institute", "Eine Studie des Instituts für Kinderforschung kam zu diesem Schluss.",
		[]want{{"Instituts für Kinderforschung", "Instituts für Kinderforschung", "research_institute"}}},
	{"genitive of a gazetteer name", "Er forderte die Stärkung des Bundesamtes für Verfassungsschutz.",
		[]want{{"Bundesamtes für Verfassungsschutz", "Bundesamt für Verfassungsschutz", "regulator"}}},
	{"genitive office before a number", "Die Kosten des Amtes für zwei Jahre steigen.", []want{}},
	{"office is a post", "Er übernahm das Amt für zwei Jahre.", []want{}},
	{"voluntary post", "Ihr Ehrenamt für Flüchtlinge kostet viel Zeit.", []want{}},
	{"indefinite society", "Ein Verein für Senioren sucht Helfer.", []want{}},
	{"set phrase after the office", "Zuletzt sorgte das Amt für Ärger.", []want{}},
	{"society after a verb", "Damals gründete der Verein für Kinder eine Kita.", []want{}},
}

func TestInstitutionRules(t *testing.T) {
	for _, tt := range institutionTests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, got(t, tt.in, Find(tt.in)))
		})
	}
}

// TestInstitutionRulesLinear feeds each rule a long run of its trigger
// words: the scan must stay linear (the test would time out otherwise)
// and keep its spans.
func TestInstitutionRulesLinear(t *testing.T) {
	advtest.SkipUnlessLong(t) // a timing test: FINANZTEXT_LONG=1
	for _, unit := range []string{
		"Sparkasse ", "Volksbank Köln-", "Otto-Schott-", "FC Carl ", "Stoke City ",
		"Stiftung für Kunst und ", "Zentrum zur Aufarbeitung der ", "Bad ",
	} {
		text := strings.Repeat(unit, 20000)
		for _, m := range Find(text) {
			assert.Equal(t, m.Text, text[m.Start:m.End])
		}
	}
}
