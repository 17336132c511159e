package quote_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/finanztext/finanztext/quote"
)

// speakerRow is a text with one quotation (direct or indirect) holding
// span; speaker is the Speaker.Name wanted ("" for no speaker) and notWant
// a name the speaker must not be (a trap: the fronted object).
type speakerRow struct {
	name, in, span, speaker, notWant string
}

// findQuote finds the quotations of in, checks their spans, and returns
// the one whose Text is span (nil when there is none) with all of them.
func findQuote(t *testing.T, in, span string) (*quote.Quote, []quote.Quote) {
	t.Helper()
	qs := quote.Find(in)
	checkSpans(t, in, qs)
	for i := range qs {
		if qs[i].Text == span {
			return &qs[i], qs
		}
	}
	return nil, qs
}

func checkSpeakers(t *testing.T, rows []speakerRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			q, qs := findQuote(t, tt.in, tt.span)
			if tt.speaker == "" && tt.notWant != "" {
				// a trap: either no quotation or none spoken by notWant
				if q != nil && q.Speaker != nil {
					assert.NotEqual(t, tt.notWant, q.Speaker.Name)
				}
				return
			}
			require.NotNil(t, q, "no quotation %q in %v", tt.span, qs)
			if tt.speaker == "" {
				assert.Nil(t, q.Speaker)
				return
			}
			require.NotNil(t, q.Speaker)
			assert.Equal(t, tt.speaker, q.Speaker.Name)
			if tt.notWant != "" {
				assert.NotEqual(t, tt.notWant, q.Speaker.Name)
			}
		})
	}
}

// TestSpeaker_frontedObject: German puts an object first and the subject
// after the verb; the speaker is the subject that can speak, never the
// fronted object (issue 11, failure 1).
func TestSpeaker_frontedObject(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"wies zurück", "Die Vorwürfe wies der Vorstand am Abend zurück: „Wir haben nichts falsch gemacht.“", "Wir haben nichts falsch gemacht.", "Vorstand", "Vorwürfe"},
		{"kritisierte", "Die Pläne kritisierte der Betriebsrat scharf: „Das kostet Stellen.“", "Das kostet Stellen.", "Betriebsrat", "Pläne"},
		{"kommentierte Präteritum", "Das Ergebnis kommentierte die Finanzchefin knapp: „Wir sind zufrieden.“", "Wir sind zufrieden.", "Finanzchefin", "Ergebnis"},
		{"lobte Person", "Den Kompromiss lobte Karin Berger ausdrücklich: „Das hilft allen.“", "Das hilft allen.", "Karin Berger", "Kompromiss"},
		{"begründete", "Die Entscheidung begründete die Notenbank so: „Die Preise steigen zu schnell.“", "Die Preise steigen zu schnell.", "Notenbank", "Entscheidung"},
		{"bestätigte Perfekt-like", "Die Zahlen bestätigte der Konzern am Morgen: „Der Umsatz wächst.“", "Der Umsatz wächst.", "Konzern", "Zahlen"},
		{"wies zurück Person", "Die Kritik wies Thomas Keller zurück: „Das stimmt so nicht.“", "Das stimmt so nicht.", "Thomas Keller", "Kritik"},
		{"erläuterte Sprecher", "Die Gründe erläuterte ein Sprecher der Stadt: „Es fehlt an Geld.“", "Es fehlt an Geld.", "ein Sprecher der Stadt", "Gründe"},
		{"Agentur", "Die Demonstranten beschrieb die Nachrichtenagentur als „aggressiv“.", "aggressiv", "Nachrichtenagentur", "Demonstranten"},
		{"subject first stays", "Der Vorstand wies die Vorwürfe zurück: „Wir haben nichts falsch gemacht.“", "Wir haben nichts falsch gemacht.", "Vorstand", "Vorwürfe"},
		{"person first stays", "Die Ministerin sagte der Zeitung: „Wir prüfen das.“", "Wir prüfen das.", "Ministerin", "Zeitung"},
		{"organization first stays", "Die Gewerkschaft kritisierte den Plan: „Das ist unsozial.“", "Das ist unsozial.", "Gewerkschaft", "Plan"},
		{"trap: dative medium", "Die Sprecherin erklärte der Zeitung am Abend: „Wir warten ab.“", "Wir warten ab.", "Sprecherin", "Zeitung"},
		{"trap: object after verb", "Anna Roth kritisierte die Pläne: „Sie sind unfertig.“", "Sie sind unfertig.", "Anna Roth", "Pläne"},
		{"trap: thing after verb", "Die Analystin nannte das Risiko hoch: „Die Lage ist ernst.“", "Die Lage ist ernst.", "Analystin", "Risiko"},
	})
}

// TestSpeaker_quantity: a quantity is never a speaker.
func TestSpeaker_quantity(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"trap: rund Prozent", "Rund 15 Prozent berichten, dass die Lage schlecht sei.", "die Lage schlecht sei", "", "Rund"},
		{"trap: knapp Hälfte", "Knapp 40 Prozent sagen, dass sie sparen wollen.", "sie sparen wollen", "", "Knapp"},
		{"trap: mehr als", "Mehr als 200 Befragte erklärten, dass sie zufrieden seien.", "sie zufrieden seien", "", "Mehr"},
		{"trap: etwa", "Etwa 30 Händler meinten, die Preise seien zu hoch.", "die Preise seien zu hoch", "", "Etwa"},
		{"trap: fast", "Fast 70 Prozent gaben an, dass sie den Plan ablehnen.", "sie den Plan ablehnen", "", "Fast"},
		{"trap: ganze", "Ganze 30 Prozent erklärten, dass sie umziehen wollten.", "sie umziehen wollten", "", "Ganze"},
		{"trap: lediglich", "Lediglich zwölf Befragte sagten, die Reform sei gelungen.", "die Reform sei gelungen", "", "Lediglich"},
		{"trap: satte", "Satte 60 Prozent meinten, dass die Mieten zu hoch seien.", "die Mieten zu hoch seien", "", "Satte"},
		{"person after number sentence", "Die Quote lag bei 15 Prozent. Jana Roth sagte, dass die Lage schlecht sei.", "die Lage schlecht sei", "Jana Roth", ""},
		{"analysts", "Die Analysten erklärten, dass die Aktie teuer sei.", "die Aktie teuer sei", "Analysten", ""},
		{"quote after figure", "Der Umsatz stieg um 5 Prozent. „Wir sind zufrieden“, sagte Petra Lang.", "Wir sind zufrieden", "Petra Lang", ""},
		{"company", "Die Nordbank teilte mit, dass der Gewinn steige.", "der Gewinn steige", "Nordbank", ""},
		{"role", "Der Finanzchef sagte, dass der Umsatz falle.", "der Umsatz falle", "Finanzchef", ""},
	})
}

// TestSpeaker_judgingVerb: a fragment governed by a verb of judging takes
// the subject of that verb, or the agent of its passive.
func TestSpeaker_judgingVerb(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"passive agent", "Die Lage wird vom Wetterdienst als „sehr ernst“ eingestuft.", "sehr ernst", "Wetterdienst", "Lage"},
		{"fronted als", "Als „vertane Chance“ beurteilte die Ministerin das Treffen.", "vertane Chance", "Ministerin", ""},
		{"hält für", "Der Verband hält die Pläne für „unausgegoren“.", "unausgegoren", "Verband", "Pläne"},
		{"perfect bezeichnet", "Die Bank hat die Zahlen als „solide“ bezeichnet.", "solide", "Bank", "Zahlen"},
		{"PP after subject", "Das Komitee in Oslo würdigte den Einsatz für „mehr Diplomatie“.", "mehr Diplomatie", "Komitee", "Einsatz"},
		{"trap: passive naming", "Der Wind, der als „Föhn“ bezeichnet wird, weht warm.", "", "", "Wind"},
		{"trap: object after verb", "Die Aufsicht stufte die Bank als „riskant“ ein.", "riskant", "Aufsicht", "Bank"},
		{"trap: thing subject", "Der Bericht sieht die Lage als „angespannt“.", "angespannt", "", "Lage"},
		{"trap: dative", "Die Ministerin attestierte dem Plan „große Mängel“.", "große Mängel", "Ministerin", "Plan"},
		{"trap: accusative first", "Den Plan hält der Verband für „unausgegoren“.", "unausgegoren", "Verband", "Plan"},
	})
}

// TestSpeaker_sources: headlines "X über Y:", a source in brackets after
// the quotation, documents and their authors.
func TestSpeaker_sources(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"headline über", "Christine Lagarde über die Inflation: „Wir sind noch nicht am Ziel.“", "Wir sind noch nicht am Ziel.", "Christine Lagarde", ""},
		{"headline zu", "Nordbank-Chefin zum Zinsentscheid: „Das war überfällig.“", "Das war überfällig.", "Nordbank-Chefin", ""},
		{"bracket source", "Der Ausblick bleibt trüb. „Die Konjunktur erholt sich langsam“ (Bundesbank).", "Die Konjunktur erholt sich langsam", "Deutsche Bundesbank", ""},
		{"document author", "„Wir prüfen das“, heißt es in einer Mitteilung des Ministeriums.", "Wir prüfen das", "Ministerium", ""},
		{"document author org", "In einer Erklärung der Commerzbank heißt es: „Die Lage ist stabil.“", "Die Lage ist stabil.", "Commerzbank", ""},
		{"document alone", "In dem Papier heißt es: „Die Risiken sind beträchtlich.“", "Die Risiken sind beträchtlich.", "Papier", ""},
		{"trap: headline without speaker", "Inflation über Ziel: „Die Preise steigen.“", "Die Preise steigen.", "", "Inflation"},
		{"trap: bracket year", "„Wir wachsen“ (2024) war ihr Motto.", "", "", "2024"},
		{"trap: document not a person", "Im Bericht der Kommission heißt es: „Die Frist ist zu kurz.“", "Die Frist ist zu kurz.", "Kommission", "Bericht"},
		{"trap: verb in headline", "Lagarde spricht über die Inflation: „Wir sind wachsam.“", "Wir sind wachsam.", "Lagarde", "Inflation"},
	})
}

// TestSpeaker_reportedChain: a sentence in Konjunktiv I after reported
// speech continues the report and keeps its speaker.
func TestSpeaker_reportedChain(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"second sentence", "Jana Roth sagte, die Lage sei ernst. Die Nachfrage werde weiter sinken.", "Die Nachfrage werde weiter sinken", "Jana Roth", ""},
		{"third sentence", "Jana Roth sagte, die Lage sei ernst. Die Nachfrage werde sinken. Man müsse handeln.", "Man müsse handeln", "Jana Roth", ""},
		{"after dass", "Der Konzern teilte mit, dass der Absatz falle. Die Preise blieben stabil, der Umsatz liege im Plan.", "Die Preise blieben stabil, der Umsatz liege im Plan", "Konzern", ""},
		{"habe", "Karl Weber erklärte, der Plan sei gescheitert. Niemand habe die Kosten geprüft.", "Niemand habe die Kosten geprüft", "Karl Weber", ""},
		{"könne", "Die Bank meinte, das Risiko sei gering. Ein Ausfall könne aber nicht ausgeschlossen werden.", "Ein Ausfall könne aber nicht ausgeschlossen werden", "Bank", ""},
		{"trap: indicative ends chain", "Jana Roth sagte, die Lage sei ernst. Die Börse schloss fester.", "Die Börse schloss fester", "", "Jana Roth"},
		{"trap: new speaker", "Jana Roth sagte, die Lage sei ernst. Karl Weber sagte, das Gegenteil sei wahr.", "das Gegenteil sei wahr", "Karl Weber", "Jana Roth"},
		{"trap: new paragraph", "Jana Roth sagte, die Lage sei ernst.\n\nDie Nachfrage werde sinken.", "Die Nachfrage werde sinken", "", "Jana Roth"},
		{"trap: conditional", "Jana Roth sagte, die Lage sei ernst. Ohne Hilfe wäre die Firma pleite.", "Ohne Hilfe wäre die Firma pleite", "", "Jana Roth"},
		{"trap: after indicative gap", "Jana Roth sagte, die Lage sei ernst. Die Börse schloss fester. Der Kurs werde steigen.", "Der Kurs werde steigen", "", "Jana Roth"},
		{"subordinate Konjunktiv of an unnamed subject", "Jana Roth sagte, die Lage sei ernst. Die Banken hielten sich zurück, weil das Risiko zu groß sei.", "Die Banken hielten sich zurück, weil das Risiko zu groß sei", "Jana Roth", ""},
		{"trap: a person named anew holds the view", "Jana Roth sagte, die Lage sei ernst. Ministerin Eva Brandt zeigte sich zuversichtlich, dass es eine Lösung geben könne.", "Ministerin Eva Brandt zeigte sich zuversichtlich, dass es eine Lösung geben könne", "", "Jana Roth"},
	})
}

// TestSpeaker_reportedChainKonjunktivII: a Konjunktiv II that reported
// speech takes for a Konjunktiv I reading as indicative (plural "hätten",
// "würden", "könnten", "müssten", and "würde" with an infinitive) goes on
// with the report as the verb of the main clause; in a relative or
// subordinate clause, as a singular with a Konjunktiv I of its own, or as
// "sollten" (a preterite too) it does not.
func TestSpeaker_reportedChainKonjunktivII(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"hätten", "Kai Brenner sagte, die Lage sei ernst. Die Banken hätten viel zu spät reagiert.", "Die Banken hätten viel zu spät reagiert", "Kai Brenner", ""},
		{"würden", "Verbandschefin Ute Lorenz erklärte, der Markt sei gesättigt. Viele kleine Händler würden deshalb aufgeben.", "Viele kleine Händler würden deshalb aufgeben", "Ute Lorenz", ""},
		{"würde with infinitive", "Der Ökonom Till Marx sagte, die Zinsen seien zu hoch. Im Herbst würde der Absatz dann spürbar sinken.", "Im Herbst würde der Absatz dann spürbar sinken", "Till Marx", ""},
		{"könnten", "Die Gewerkschaft teilte mit, die Gespräche seien gescheitert. Zwei Werke könnten schon im Frühjahr schließen.", "Zwei Werke könnten schon im Frühjahr schließen", "Gewerkschaft", ""},
		{"passive with würden", "Die Polizei teilte mit, die Straße sei gesperrt. Die Anwohner würden in einer Turnhalle untergebracht.", "Die Anwohner würden in einer Turnhalle untergebracht", "Polizei", ""},
		{"after a fronted condition", "Kai Brenner sagte, die Lage sei ernst. Hätte der Staat früher eingegriffen, würden die Kosten heute niedriger liegen.", "Hätte der Staat früher eingegriffen, würden die Kosten heute niedriger liegen", "Kai Brenner", ""},
		{"the chain goes on after it", "Kai Brenner sagte, die Lage sei ernst. Die Banken hätten zu spät reagiert. Nun müsse der Bund helfen.", "Nun müsse der Bund helfen", "Kai Brenner", ""},
		{"trap: in a relative clause", "Kai Brenner sagte, die Lage sei ernst. Die Zahlen sind brisant, die eine neue Debatte auslösen würden.", "Die Zahlen sind brisant, die eine neue Debatte auslösen würden", "", "Kai Brenner"},
		{"trap: in a subordinate clause", "Kai Brenner sagte, die Lage sei ernst. Die Börse reagierte gelassen, obwohl viele Anleger Verluste fürchten würden.", "Die Börse reagierte gelassen, obwohl viele Anleger Verluste fürchten würden", "", "Kai Brenner"},
		{"trap: indicative main clause after a condition", "Kai Brenner sagte, die Lage sei ernst. Sollte der Plan scheitern, verlängert sich die Frist bis Mai.", "Sollte der Plan scheitern, verlängert sich die Frist bis Mai", "", "Kai Brenner"},
		{"trap: sollten is a preterite too", "Kai Brenner sagte, die Lage sei ernst. Die Gäste sollten den Saal bis Mitternacht verlassen.", "Die Gäste sollten den Saal bis Mitternacht verlassen", "", "Kai Brenner"},
		{"trap: singular hätte states a condition", "Kai Brenner sagte, die Lage sei ernst. Ein Streik hätte dem Hafen schwer geschadet.", "Ein Streik hätte dem Hafen schwer geschadet", "", "Kai Brenner"},
		{"trap: after an indicative sentence", "Kai Brenner sagte, die Lage sei ernst. Die Börse schloss fester. Viele Händler würden nun aufatmen.", "Viele Händler würden nun aufatmen", "", "Kai Brenner"},
		{"singular hätte with müssen: a reproach", "Kai Brenner sagte, die Lage sei ernst. Der Staat hätte viel früher eingreifen müssen.", "Der Staat hätte viel früher eingreifen müssen", "Kai Brenner", ""},
		{"singular hätte with dürfen", "Kai Brenner sagte, die Lage sei ernst. Die Aufsicht hätte das nie zulassen dürfen.", "Die Aufsicht hätte das nie zulassen dürfen", "Kai Brenner", ""},
		{"trap: singular hätte with können", "Kai Brenner sagte, die Lage sei ernst. Der Stürmer hätte fast das Tor treffen können.", "Der Stürmer hätte fast das Tor treffen können", "", "Kai Brenner"},
		{"trap: a reproach after an indicative sentence", "Kai Brenner sagte, die Lage sei ernst. Die Börse schloss fester. Der Staat hätte früher eingreifen müssen.", "Der Staat hätte früher eingreifen müssen", "", "Kai Brenner"},
	})
}

// TestSpeaker_reportBeforeHeisstEs: a report in Konjunktiv before ", heißt
// es in X" (or "hieß es aus X", "bei X") is X's; an indicative clause, a
// question and a "heißt es" without a source are none.
func TestSpeaker_reportBeforeHeisstEs(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"Mitteilung", "Die Lage an der Grenze sei ernst, heißt es in einer Mitteilung der Nordbank.", "Die Lage an der Grenze sei ernst", "Nordbank", ""},
		{"aus", "Man prüfe alle Optionen, hieß es aus dem Ministerium.", "Man prüfe alle Optionen", "Ministerium", ""},
		{"bei", "Die Nachfrage habe sich erholt, hieß es bei der Reederei.", "Die Nachfrage habe sich erholt", "Reederei", ""},
		{"the chain goes on", "Die Nachfrage habe sich erholt, hieß es bei der Reederei. Die Preise seien stabil.", "Die Preise seien stabil", "Reederei", ""},
		{"trap: indicative", "Die Lage an der Grenze ist ernst, heißt es in einer Mitteilung der Nordbank.", "Die Lage an der Grenze ist ernst", "", "Nordbank"},
		{"trap: a question", "Ob die Lage ernst sei, hieß es in der Mitteilung nicht.", "Ob die Lage ernst sei", "", "Mitteilung"},
	})
}

// TestSpeaker_konjunktivShape: a reported clause in Konjunktiv I whose
// verb the subjunctive table does not list is known by its shape, a
// subject and then a verb in -e, next to a verb of saying or "so".
func TestSpeaker_konjunktivShape(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"pronoun and separable verb", "Vorstandschef Jan Hollmann sagte, er schließe weitere Kürzungen nicht aus.", "er schließe weitere Kürzungen nicht aus", "Jan Hollmann", ""},
		{"man", "Die Reederei Nordlicht teilte mit, man erreiche die Ziele ein Jahr früher.", "man erreiche die Ziele ein Jahr früher", "Reederei Nordlicht", ""},
		{"noun phrase with adjective", "Analystin Petra Kühn schrieb, die neue Fabrik übernehme die Fertigung für Europa.", "die neue Fabrik übernehme die Fertigung für Europa", "Petra Kühn", ""},
		{"verb in -le", "Finanzchefin Mara Lenz sagte, das Geschäft entwickle sich besser als erwartet.", "das Geschäft entwickle sich besser als erwartet", "Mara Lenz", ""},
		{"object before the verb", "Das schließe er nicht aus, sagte Hafenchef Till Berger.", "Das schließe er nicht aus", "Till Berger", ""},
		{"fronted before sagte", "Die Nachfrage erhole sich langsam, sagte Ökonom Felix Rau.", "Die Nachfrage erhole sich langsam", "Felix Rau", ""},
		{"fronted before so", "Die Branche verliere den Anschluss, so Verbandschef Ole Sander.", "Die Branche verliere den Anschluss", "Ole Sander", ""},
		{"trap: preterite", "Vorstandschef Jan Hollmann sagte, er machte sich keine Sorgen.", "er machte sich keine Sorgen", "", "Jan Hollmann"},
		{"trap: wurde", "Ein neuer Vertrag wurde unterschrieben, sagte Vorstandschef Jan Hollmann.", "Ein neuer Vertrag wurde unterschrieben", "", "Jan Hollmann"},
		{"trap: adjective before its noun", "Die Ministerin bat darum, den Helfern größere Hilfe zukommen zu lassen, sagte Vorstandschef Jan Hollmann.", "den Helfern größere Hilfe zukommen zu lassen", "", "Jan Hollmann"},
		{"trap: capital article at the start", "Keine andere Region hat so viele Kunden verloren, sagte Vorstandschef Jan Hollmann.", "Keine andere Region hat so viele Kunden verloren", "", "Jan Hollmann"},
		{"trap: indicative", "Vorstandschef Jan Hollmann sagte, er schließt weitere Kürzungen nicht aus.", "er schließt weitere Kürzungen nicht aus", "", "Jan Hollmann"},
		{"demonstrative before the verb", "Notenbankchefin Lea Korn sagte, das hänge von den Daten ab.", "das hänge von den Daten ab", "Lea Korn", ""},
	})
}

// TestSpeaker_roleApposition: a compound cut short before "und" stays in
// the role phrase, a name in apposition to a role is the speaker even when
// the recognizer does not know it, and the medium after "in" ("in einem
// Kommentar") is not part of the role phrase.
func TestSpeaker_roleApposition(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"compound cut short before und", "„Die Lage ist ernst“, sagte der Präsident des Hamburger Industrie- und Handelsverbands, Jonas Falk.", "Die Lage ist ernst", "Jonas Falk", ""},
		{"compound cut short, acronym in brackets", "„Die Lage ist ernst“, sagte der Präsident des Hamburger Industrie- und Handelsverbands (HIHV), Jonas Falk, der Zeitung.", "Die Lage ist ernst", "Jonas Falk", ""},
		{"compound cut short, no name", "„Wir forschen weiter“, sagte der Forschungs- und Entwicklungschef des Konzerns.", "Wir forschen weiter", "Forschungs- und Entwicklungschef des Konzerns", ""},
		{"unknown name in apposition", "„Wir suchen weiter“, sagte der stellvertretende Leiter der Rettungsbehörde, Wayan Sukarta Adi.", "Wir suchen weiter", "Wayan Sukarta Adi", ""},
		{"unknown name in apposition before the verb", "Die Sprecherin der Behörde, Ayu Ratna Dewi, sagte: „Wir suchen weiter.“", "Wir suchen weiter.", "Ayu Ratna Dewi", ""},
		{"trap: a dash with spaces is no cut compound", "„Wir forschen weiter“, sagte der Chef des Verbands - und das überraschte viele.", "Wir forschen weiter", "Chef des Verbands", ""},
		{"trap: an organization in apposition is no name", "„Wir suchen weiter“, sagte der Chef der Hausbank, Deutsche Bank.", "Wir suchen weiter", "", "Deutsche Bank"},
		{"medium after in with an indefinite article", "„Der Ölpreis bleibt unter Druck“, schrieben die Analysten der Landesbank in einem Kommentar.", "Der Ölpreis bleibt unter Druck", "Analysten der Landesbank", ""},
		{"medium after in with a possessive", "„Der Ölpreis bleibt unter Druck“, schrieben die Volkswirte der Sparkasse in ihrem Wochenausblick.", "Der Ölpreis bleibt unter Druck", "Volkswirte der Sparkasse", ""},
		{"document after in the", "„Der Ölpreis bleibt unter Druck“, schrieben die Ökonomen des Instituts in der Studie.", "Der Ölpreis bleibt unter Druck", "Ökonomen des Instituts", ""},
		{"place after im stays", "„Wir prüfen das“, sagte der Sprecher der Fraktion im Stadtrat.", "Wir prüfen das", "Sprecher der Fraktion im Stadtrat", ""},
	})
}

// TestSpeaker_pronounForRole: a pronoun after a sentence whose subject
// names a person by role alone ("Ein Sprecher des Konzerns bestätigte …")
// is that person; a name right after a role is the person even when the
// recognizer does not know it.
func TestSpeaker_pronounForRole(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"indefinite spokesman", "Ein Sprecher der Reederei bestätigte am Abend den Eingang des Angebots. „Wir werden es sorgfältig prüfen“, sagte er.", "Wir werden es sorgfältig prüfen", "Ein Sprecher der Reederei", ""},
		{"spokeswoman, reported clause", "Eine Sprecherin der Sparkasse bestätigte den Bericht. Man werde die Pläne prüfen, sagte sie.", "Man werde die Pläne prüfen", "Eine Sprecherin der Sparkasse", ""},
		{"role subject after a named person", "Reedereichef Malte Brinkmann schwieg. Ein Sprecher bestätigte den Eingang. „Wir prüfen es“, sagte er.", "Wir prüfen es", "Ein Sprecher", "Malte Brinkmann"},
		{"trap: a named person after the role subject", "Ein Sprecher bestätigte den Eingang. Reedereichef Malte Brinkmann äußerte sich zurückhaltend. „Wir prüfen es“, sagte er.", "Wir prüfen es", "Malte Brinkmann", ""},
		{"trap: a definite role is the person named before", "Malte Brinkmann leitet die Reederei seit 2023. Der Vorstandschef bestätigte den Eingang. „Wir prüfen es“, sagte er.", "Wir prüfen es", "Malte Brinkmann", ""},
		{"trap: gender does not fit", "Die Sprecherin der Sparkasse bestätigte den Bericht. „Wir prüfen es“, sagte er.", "Wir prüfen es", "", "Sprecherin der Sparkasse"},
		{"unknown name after the role", "„Die Gefahr ist real“, sagte Generalsekretär Ban Tae-woo.", "Die Gefahr ist real", "Ban Tae-woo", ""},
		{"unknown name after the role, party in brackets", "Die Schulen blieben offen, man sei vorbereitet, sagte Schulsenatorin Ines Rabeling (SPD).", "Die Schulen blieben offen, man sei vorbereitet", "Ines Rabeling", ""},
		{"trap: the owner in the genitive", "Thore Kessler wurde festgenommen. Die Verteidiger Kesslers erklärten, er habe nicht fliehen wollen.", "er habe nicht fliehen wollen", "", "Kessler"},
	})
}

// TestSpeaker_separableEvent: a sentence of saying with a separable verb
// ("weist … hin", "führt … aus") names a new speaker, so the last one does
// not keep the floor across it.
func TestSpeaker_separableEvent(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"role subject of a separable verb of saying", "„Das ist gefährlich“, sagten Verbraucherschützer.\n\nDer Minister weist auf neue Risiken hin. Auch Standortdaten würden gesammelt. Solche Daten seien „besonders heikel“.", "besonders heikel", "Minister", "Verbraucherschützer"},
		{"trap: a separable verb that is no verb of saying", "„Das ist gefährlich“, sagte Verbraucherschützerin Jana Ott.\n\nDer Minister kommt am Abend an. Solche Daten seien „besonders heikel“.", "besonders heikel", "", "Minister"},
	})
}

// TestSpeaker_reportAfterQuote: a sentence in Konjunktiv after a quotation
// with its attribution goes on with that speaker's report ("„…“, sagte X.
// Die Lage sei ernst."); "so X" takes a phrase after it and may stand in
// the middle of the sentence.
func TestSpeaker_reportAfterQuote(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"after sagte X", "„Wir sind noch nicht am Ziel“, sagte Notenbankchefin Lea Korn. Die Teuerung sei zwar gesunken, liege aber über der Marke.", "Die Teuerung sei zwar gesunken, liege aber über der Marke", "Lea Korn", ""},
		{"after a colon", "Finanzchef Ralf Sommer sagte: „Wir wachsen in allen Regionen.“ Das Geschäft in Asien habe sich stabilisiert.", "Das Geschäft in Asien habe sich stabilisiert", "Ralf Sommer", ""},
		{"pronoun subject", "„Die Nachfrage zieht an“, sagte Vorstandschef Jan Hollmann. Er rechne mit einem starken Jahresende.", "Er rechne mit einem starken Jahresende", "Jan Hollmann", ""},
		{"so X weiter", "Die Lage sei ernst, so Verbandschef Ole Sander weiter.", "Die Lage sei ernst", "Ole Sander", ""},
		{"so X with a phrase after it", "Die Lage sei ernst, so Verbandschef Ole Sander gegenüber dem Sender.", "Die Lage sei ernst", "Ole Sander", ""},
		{"so X in the middle", "Das Problem sei, so Verbandschef Ole Sander, dass die Kosten stiegen.", "Das Problem sei, so Verbandschef Ole Sander, dass die Kosten stiegen", "Ole Sander", ""},
		{"trap: so X with an apposition stays at the end", "Die Lage sei ernst, so Ole Sander, Leiter des Verbands.", "Die Lage sei ernst", "Ole Sander", ""},
		{"trap: indicative after the quotation", "„Wir sind noch nicht am Ziel“, sagte Notenbankchefin Lea Korn. Die Börse schloss fester.", "Die Börse schloss fester", "", "Lea Korn"},
		{"trap: Konjunktiv only in a subordinate clause", "„Wir sind noch nicht am Ziel“, sagte Notenbankchefin Lea Korn. Die Händler zeigten sich erleichtert, dass nichts passiert sei.", "Die Händler zeigten sich erleichtert, dass nichts passiert sei", "", "Lea Korn"},
		{"trap: an attribution of its own", "„Wir sind noch nicht am Ziel“, sagte Notenbankchefin Lea Korn. Die Lage sei ernst, so Verbandschef Ole Sander.", "Die Lage sei ernst", "Ole Sander", "Lea Korn"},
	})
}

// TestSpeaker_leaderEpithet: "der FDP-Vorsitzende", "die SPD-Chefin", "der
// Nordwerk-Chef" refer back to the one person named in the last sentence
// before that names people, when gender and organization fit; two who
// fit, a spokesperson, a person of another company, or one introduced as
// a party member in brackets leave the office unresolved.
func TestSpeaker_leaderEpithet(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"party chair", "Jonas Weidner stellte am Montag das Wahlprogramm vor. „Wir senken die Steuern“, sagte der FDP-Vorsitzende.", "Wir senken die Steuern", "Jonas Weidner", ""},
		{"party chief, female", "Katrin Albers kritisierte den Haushalt scharf. „Das ist unseriös“, sagte die SPD-Chefin.", "Das ist unseriös", "Katrin Albers", ""},
		{"company chief", "Lars Brink legte am Morgen die Bilanz vor. „Das Jahr war schwierig“, sagte der Nordwerk-Chef.", "Das Jahr war schwierig", "Lars Brink", ""},
		{"trap: a party in brackets introduces a member", "Anja Roth (Grüne) warb im Landtag für den Plan. „Er ist gerecht“, sagte die Grünen-Fraktionschefin.", "Er ist gerecht", "Grünen-Fraktionschefin", "Anja Roth"},
		{"role of the office given before", "Parteichefin Anja Roth warb im Landtag für den Plan. „Er ist gerecht“, sagte die Grünen-Chefin.", "Er ist gerecht", "Anja Roth", ""},
		{"a sentence between without people", "Jonas Weidner stellte das Programm vor. Es umfasst vierzig Seiten. „Wir senken die Steuern“, sagte der FDP-Vorsitzende.", "Wir senken die Steuern", "Jonas Weidner", ""},
		{"trap: two who fit", "Jonas Weidner traf am Montag Peter Kolb. „Wir senken die Steuern“, sagte der FDP-Vorsitzende.", "Wir senken die Steuern", "FDP-Vorsitzende", "Peter Kolb"},
		{"trap: gender does not fit", "Katrin Albers kritisierte den Haushalt. „Das ist unseriös“, sagte der SPD-Chef.", "Das ist unseriös", "SPD-Chef", "Katrin Albers"},
		{"trap: another party in brackets", "Jonas Weidner (CDU) stellte das Programm vor. „Wir senken die Steuern“, sagte der FDP-Vorsitzende.", "Wir senken die Steuern", "FDP-Vorsitzende", "Jonas Weidner"},
		{"trap: chief of another company", "Südbank-Chef Lars Brink legte die Bilanz vor. „Das Jahr war schwierig“, sagte der Nordwerk-Chef.", "Das Jahr war schwierig", "Nordwerk-Chef", "Lars Brink"},
		{"trap: a spokesperson is somebody else", "Jonas Weidner stellte das Programm vor. „Wir prüfen das“, sagte der FDP-Sprecher.", "Wir prüfen das", "", "Jonas Weidner"},
		{"trap: the person talked about in the same sentence", "Über Jonas Weidner sagte der FDP-Chef am Abend: „Er ist ein Gewinn.“", "Er ist ein Gewinn.", "", "Jonas Weidner"},
		{"trap: two paragraphs back", "Jonas Weidner stellte das Programm vor.\n\nDie Börse schloss fester.\n\n„Wir senken die Steuern“, sagte der FDP-Vorsitzende.", "Wir senken die Steuern", "", "Jonas Weidner"},
	})
}

// TestSpeaker_passiveAgent: the agent of a passive speaks also when it
// opens the sentence ("Von der X wurde …", "Seitens der X wurde …"), and
// "von Seiten der X" is X; "von X aus" is a place. A body whose noun also
// introduces names in marks ("Gewerkschaft", "Verband") speaks after "hieß
// es bei"; "so heißt der Verband" names.
func TestSpeaker_passiveAgent(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"fronted Von", "Von der Bürgerinitiative wurde der Plan als „Irrweg“ bezeichnet.", "Irrweg", "Bürgerinitiative", ""},
		{"fronted Vom", "Vom Ministerium wurde der Bericht als „unvollständig“ bezeichnet.", "unvollständig", "Ministerium", ""},
		{"fronted seitens", "Seitens der Reederei wurde betont: „Wir prüfen das.“", "Wir prüfen das.", "Reederei", ""},
		{"von Seiten", "Von Seiten der Gewerkschaft wurde der Plan als „Zumutung“ bezeichnet.", "Zumutung", "Gewerkschaft", ""},
		{"hieß es von Seiten", "„Wir werden klagen“, hieß es von Seiten der Gewerkschaft.", "Wir werden klagen", "Gewerkschaft", ""},
		{"hieß es bei der Gewerkschaft", "„Wir werden klagen“, hieß es bei der Gewerkschaft.", "Wir werden klagen", "Gewerkschaft", ""},
		{"hieß es beim Verband", "„Das reicht nicht“, hieß es beim Verband.", "Das reicht nicht", "Verband", ""},
		{"trap: von … aus is a place", "Vom Dach aus wurde die Menge als „riesig“ beschrieben.", "riesig", "", "Dach"},
		{"trap: a city as the place", "Von Berlin aus wurde der Plan als „Irrweg“ kritisiert.", "Irrweg", "", "Berlin"},
		{"trap: von … an is a time", "Von Montag an wurde das Projekt als „Leuchtturm“ bezeichnet.", "Leuchtturm", "", "Montag"},
		{"trap: so heißt der Verband names it", "„Pro Bahn“, so heißt der Verband.", "Pro Bahn", "", "Verband"},
	})
}

// TestSpeaker_headlineAfter: the headline form with the speaker after the
// quotation, „…“: X verb or „…“ – X verb, whatever the verb; a phrase with
// no person, a topic before another colon, or a quotation inside its
// sentence give no speaker there.
func TestSpeaker_headlineAfter(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"colon", "„Wir sind am Limit“: Klinikchef Peter Wolf warnt vor dem Kollaps.", "Wir sind am Limit", "Peter Wolf", ""},
		{"verb of no saying", "„Die Zinsen bleiben hoch“: Notenbankchefin Lea Korn dämpft die Hoffnungen.", "Die Zinsen bleiben hoch", "Lea Korn", ""},
		{"dash", "„Wir bleiben hart“ – Gewerkschaftschef Jan Ohm kündigt Streiks an.", "Wir bleiben hart", "Jan Ohm", "Streiks"},
		{"age in brackets", "„Ich will nur noch tanzen“: Sängerin Mia Lorenz (30) hat große Pläne.", "Ich will nur noch tanzen", "Mia Lorenz", ""},
		{"not the speaker of the paragraph before", "„Das ist gut“, sagte Max Ulm.\n\n„Die Zinsen bleiben hoch“: Notenbankchefin Lea Korn dämpft die Hoffnungen.", "Die Zinsen bleiben hoch", "Lea Korn", "Max Ulm"},
		{"trap: no person after the colon", "„Wir bleiben hart“: Aus dem Streit wurde ein Machtkampf.", "Wir bleiben hart", "", "Streit"},
		{"trap: a topic before another colon", "„Das ist peinlich“: Sängerin Mia Lorenz: Anzeige gegen einen Nutzer.", "Das ist peinlich", "", "Mia Lorenz"},
		{"trap: a country", "„Wir liefern weiter“: Frankreich schickt weitere Waffen.", "Wir liefern weiter", "", "Frankreich"},
		{"trap: the quotation inside its sentence", "Der Minister nannte den Plan „viel zu spät“: Max Ulm widersprach sofort.", "viel zu spät", "", "Max Ulm"},
	})
}

// TestSpeaker_colonSpeakerAfter: a quotation standing alone is said by the
// person who opens the next sentence of the paragraph and goes on after a
// colon; without the colon, with the person later in the sentence, or for
// a quotation inside a longer sentence the rule gives nobody.
func TestSpeaker_colonSpeakerAfter(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"Bilanz", "„Das war ein schwarzer Tag.“ Bürgermeisterin Eva Stein zog eine düstere Bilanz: Die Stadt habe versagt.", "Das war ein schwarzer Tag.", "Eva Stein", ""},
		{"Gründe", "„Wir sind zufrieden.“ Vorstandschef Jan Ohm nannte drei Gründe: Die Kosten sanken, der Absatz stieg.", "Wir sind zufrieden.", "Jan Ohm", ""},
		{"trap: no colon", "„Das war ein schwarzer Tag.“ Bürgermeisterin Eva Stein verließ den Saal.", "Das war ein schwarzer Tag.", "", "Eva Stein"},
		{"trap: the person later in the sentence", "„Das war ein schwarzer Tag.“ Am Abend traf sich der Rat mit Eva Stein: Es gab Streit.", "Das war ein schwarzer Tag.", "", "Eva Stein"},
		{"trap: a quotation inside a sentence", "Die Lage sei nach dem Sturm „ernst“. Bürgermeisterin Eva Stein nannte drei Gründe: Geld, Zeit, Personal.", "ernst", "", "Eva Stein"},
		{"trap: a new paragraph", "„Das war ein schwarzer Tag.“\n\nBürgermeisterin Eva Stein zog Bilanz: Die Stadt habe versagt.", "Das war ein schwarzer Tag.", "", "Eva Stein"},
	})
}

// TestSpeaker_throughMention: the speaker's phrase is not cut inside an
// organization's name that holds a lower-case word.
func TestSpeaker_throughMention(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"head noun and name", "„Die Lage in den Lagern ist dramatisch“, sagte die Hilfsorganisation Ärzte ohne Grenzen.", "Die Lage in den Lagern ist dramatisch", "Hilfsorganisation Ärzte ohne Grenzen", "Hilfsorganisation Ärzte"},
		{"role and von", "„Wir brauchen mehr Personal“, sagte ein Sprecher von Ärzte ohne Grenzen.", "Wir brauchen mehr Personal", "ein Sprecher von Ärzte ohne Grenzen", "ein Sprecher von Ärzte"},
		{"medium", "Die Süddeutsche Zeitung berichtete, der Plan sei „gescheitert“.", "gescheitert", "Süddeutsche Zeitung", "Süddeutsche"},
		{"trap: a name that ends with the phrase", "„Die Lage ist dramatisch“, sagte der Sprecher von Siemens.", "Die Lage ist dramatisch", "Sprecher von Siemens", ""},
	})
}

// TestSpeaker_lautetOwner: "„…“, lautet das Fazit von X", "„…“, so
// lautete das Urteil des X", "„…“ So lautet die Antwort der X.": the owner
// of the noun of saying speaks; a title, a motto or a noun without owner
// gives nobody.
func TestSpeaker_lautetOwner(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"Fazit von", "„Wir sind mit dem Jahr zufrieden“, lautete das Fazit von Vorstandschef Jan Ohm.", "Wir sind mit dem Jahr zufrieden", "Jan Ohm", ""},
		{"so lautet, genitive", "„Das reicht nicht“, so lautet das Urteil der Verbraucherzentrale.", "Das reicht nicht", "Verbraucherzentrale", ""},
		{"next sentence", "„Wir sind zufrieden.“ So lautet die Antwort von Bankchefin Eva Stein.", "Wir sind zufrieden.", "Eva Stein", ""},
		{"trap: title of a study", "„Neue Wege“, so lautet der Titel der Studie von Eva Stein.", "Neue Wege", "", "Eva Stein"},
		{"trap: motto of a club", "„Neue Wege“, lautet das Motto des Vereins.", "Neue Wege", "", "Vereins"},
		{"trap: no owner", "„Wir sind zufrieden“, lautet das Fazit.", "Wir sind zufrieden", "", "Fazit"},
	})
}

// TestSpeaker_zuProtokoll: "gab X zu Protokoll" is a verb of saying split
// across its clause; "gegeben" alone is none.
func TestSpeaker_zuProtokoll(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"after", "„Das war knapp“, sagte Jan Ohm.\n\n„Wir haben bis zuletzt gekämpft“, gab Trainerin Clara Maas zu Protokoll.", "Wir haben bis zuletzt gekämpft", "Clara Maas", "Jan Ohm"},
		{"before a colon", "Trainerin Clara Maas gab nach dem Spiel zu Protokoll: „Wir haben bis zuletzt gekämpft.“", "Wir haben bis zuletzt gekämpft.", "Clara Maas", ""},
		{"trap: gegeben alone", "Jan Ohm bemängelte, dass es für die „Täter“ keine Folgen gegeben habe.", "Täter", "", "Jan Ohm"},
	})
}

// TestSpeaker_theseWordsChosen: "„…“ Diese Worte wählte X": a verb in the
// singular after the plural "Worte" has the person after it for subject;
// a plural verb's person is its object.
func TestSpeaker_theseWordsChosen(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"wählte", "„Das war knapp“, sagte Jan Ohm.\n\n„Wir haben bis zuletzt gekämpft.“ Diese Worte wählte Trainerin Ines Weber nach dem Spiel.", "Wir haben bis zuletzt gekämpft.", "Ines Weber", "Jan Ohm"},
		{"fand", "„Wir haben bis zuletzt gekämpft.“ Diese Worte fand Trainerin Ines Weber nach dem Spiel.", "Wir haben bis zuletzt gekämpft.", "Ines Weber", ""},
		{"trap: plural verb, the person is its object", "„Wir haben bis zuletzt gekämpft.“ Diese Worte überraschten Trainerin Ines Weber.", "Wir haben bis zuletzt gekämpft.", "", "Ines Weber"},
	})
}

// TestSpeaker_relativeDocument: a relative clause after a document ("ein
// Schild, auf dem stand:", "ein Papier, in dem es heißt, …") makes the
// document the source, or the subject who wrote it; a thing that is no
// document is none.
func TestSpeaker_relativeDocument(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"Schild", "An der Tür hing ein Schild, auf dem stand: „Heute geschlossen.“", "Heute geschlossen.", "Schild", ""},
		{"Zettel", "An der Tür hing ein Zettel, auf dem stand: „Heute geschlossen.“", "Heute geschlossen.", "Zettel", ""},
		{"the subject wrote it", "Der Verband legte ein Papier vor, in dem es heißt, die Lage sei ernst.", "die Lage sei ernst", "Verband", ""},
		{"the document alone", "Gestern erschien ein Papier, in dem es heißt, die Lage sei ernst.", "die Lage sei ernst", "Papier", ""},
		{"trap: the author stays", "Die Partei veröffentlichte eine Erklärung, in der es hieß: „Wir bleiben bei unserer Linie.“", "Wir bleiben bei unserer Linie.", "Partei", "Erklärung"},
		{"trap: no document", "Er saß auf einem Stuhl, auf dem stand: „Reserviert.“", "Reserviert.", "", "Stuhl"},
		{"geschrieben stand, a verb between", "Am Eingang musste ein Plakat hängen, auf dem groß geschrieben stand: „Zutritt nur mit Ausweis.“", "Zutritt nur mit Ausweis.", "Plakat", ""},
		{"geschrieben with a subject: the author", "Die Lehrerin hatte einen Brief geschrieben, auf dem stand: „Bitte unterschreiben.“", "Bitte unterschreiben.", "Lehrerin", "Brief"},
	})
}

// TestSpeaker_soAfter: "so X" without a verb opens the next sentence
// ("„…“ So Ministerin X am Abend.", "So X: „…“") or follows a dash
// ("„…“ – so X."); "Das teilte X mit." is a verb of saying split across
// the next sentence. "So weit …", a place, "so heißt das Programm" name
// nobody.
func TestSpeaker_soAfter(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"So X.", "„Das war knapp“, sagte Jan Ohm.\n\n„Wir handeln jetzt.“ So Ministerin Eva Stein am Abend.", "Wir handeln jetzt.", "Eva Stein", "Jan Ohm"},
		{"So X:", "„Das war knapp“, sagte Jan Ohm.\n\n„Das kommt zu spät.“ So Verbandschef Paul Roos: „Wir brauchen mehr.“", "Das kommt zu spät.", "Paul Roos", "Jan Ohm"},
		{"dash so", "„Das war knapp“, sagte Jan Ohm.\n\n„Das kommt zu spät“ – so Verbandschef Max Ulm.", "Das kommt zu spät", "Max Ulm", "Jan Ohm"},
		{"Das teilte X mit", "„Das war knapp“, sagte Jan Ohm.\n\n„Wir prüfen das.“ Das teilte Ministerin Lea Korn mit.", "Wir prüfen das.", "Lea Korn", "Jan Ohm"},
		{"trap: So weit", "„Wir prüfen das.“ So weit die Theorie.", "Wir prüfen das.", "", "Theorie"},
		{"trap: a place", "„Wir prüfen das.“ So Berlin am Abend.", "Wir prüfen das.", "", "Berlin"},
		{"trap: so heißt names", "„Mehr Mut“ – so heißt das Programm der Partei.", "Mehr Mut", "", "Programm"},
	})
}

// TestSpeaker_genitiveBeforeApposedName: a role with a genitive and a
// name the recognizer does not know in apposition ("der Präsident Israels,
// Yona Metzger") is that person, not the genitive; religious offices are
// roles ("Oberrabbiner", "Imam", "Pastor").
func TestSpeaker_genitiveBeforeApposedName(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"Präsident", "„Er hat viel erreicht“, sagte der Präsident Israels, Yona Metzger.", "Er hat viel erreicht", "Yona Metzger", "Israels"},
		{"Oberrabbiner with adjective", "„Er hat viel erreicht“, sagte der aschkenasische Oberrabbiner Israels, Yona Metzger.", "Er hat viel erreicht", "Yona Metzger", "Israels"},
		{"Imam", "„Wir beten für die Opfer“, sagte der Imam der Gemeinde, Ali Demir.", "Wir beten für die Opfer", "Ali Demir", ""},
		{"a surname after the role stays", "„Wir haben verdient gewonnen“, sagte Trainer Weiss.", "Wir haben verdient gewonnen", "Weiss", ""},
	})
}

// TestSpeaker_indefiniteSource: "nach Angaben eines Sprechers" names an
// unnamed source with an indefinite article; the speaker's Name drops the
// article and the genitive ending of the role.
func TestSpeaker_indefiniteSource(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"eines at the start", "Nach Angaben eines Reedereisprechers sollen die Gespräche im Januar beginnen.", "sollen die Gespräche im Januar beginnen", "Reedereisprecher", ""},
		{"einer at the start", "Nach Angaben einer Sprecherin der Stadt wurde niemand verletzt.", "wurde niemand verletzt", "Sprecherin der Stadt", ""},
		{"in the middle", "Die Übergabe verzögerte sich, weil das Verfahren nach Angaben eines Werftsprechers nicht abgeschlossen war.", "Die Übergabe verzögerte sich, weil das Verfahren nach Angaben eines Werftsprechers nicht abgeschlossen war", "Werftsprecher", ""},
		{"trap: one of a group after a possessive", "Der Umbau war nach seinen Worten eines der ersten Projekte.", "eines der ersten Projekte", "", "eines der ersten Projekte"},
		{"trap: a phrase goes on after the source", "Nach Angaben eines Helfers in der Stadt sowie anderer Zeugen soll das Feuer früh ausgebrochen sein.", "in der Stadt sowie anderer Zeugen soll das Feuer früh ausgebrochen sein", "", "Helfers"},
		{"partitive keeps its article", "„So etwas sah ich nie“, sagte einer der beteiligten Feuerwehrmänner.", "So etwas sah ich nie", "einer der beteiligten Feuerwehrmänner", ""},
	})
}

// TestSpeaker_heisstEs: words in marks in the front field of "hieß es"
// are speech, and "verlautete" names its source like "hieß es".
func TestSpeaker_heisstEs(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"front field of hieß es after another sentence", "Die Agentur senkte die Note. „Die Haushaltslage bleibt angespannt“, hieß es.", "Die Haushaltslage bleibt angespannt", "", ""},
		{"verlautete with a reported clause", "Aus dem Wirtschaftsministerium verlautete, man sehe keinen Handlungsbedarf.", "man sehe keinen Handlungsbedarf", "Wirtschaftsministerium", ""},
		{"verlautete after a quotation", "„Die Lage ist ernst“, verlautete aus dem Ministerium.", "Die Lage ist ernst", "Ministerium", ""},
		{"trap: a title before hieß es", "Das neue Buch trägt den Titel „Der Weg“, hieß es.", "Der Weg", "", "Weg"},
	})
}

// TestSpeaker_partyPolitician: "der SPD-Politiker" refers back to the last
// person named who fits its gender and whose party, when given in
// brackets, is that party.
func TestSpeaker_partyPolitician(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"party in brackets", "Finanzministerin Petra Lohmann (FDP) lehnte neue Schulden ab. „Die Schuldenbremse gilt“, sagte die FDP-Politikerin am Montag.", "Die Schuldenbremse gilt", "Petra Lohmann", ""},
		{"no party given", "Justizminister Arne Kolbe will das Gesetz ändern. „Wir schaffen Klarheit“, sagte der FDP-Politiker.", "Wir schaffen Klarheit", "Arne Kolbe", ""},
		{"skips a person of another party", "Jens Mahler (CDU) kritisierte Arne Kolbe (SPD) und Ute Brand. „Das ist falsch“, sagte der SPD-Politiker.", "Das ist falsch", "Arne Kolbe", "Jens Mahler"},
		{"trap: only a person of another party", "Jens Mahler (CDU) kritisierte den Plan. „Das ist falsch“, sagte der SPD-Politiker.", "Das ist falsch", "SPD-Politiker", "Jens Mahler"},
		{"trap: gender does not fit", "Petra Lohmann kritisierte den Plan. „Das ist falsch“, sagte der SPD-Politiker.", "Das ist falsch", "SPD-Politiker", "Petra Lohmann"},
		{"trap: a party chief may be somebody new", "Jens Mahler (SPD) kritisierte den Plan. „Das ist falsch“, sagte der SPD-Chef.", "Das ist falsch", "", "Jens Mahler"},
	})
}

// TestSpeaker_sourceCompound: "laut Reuters-Informationen" names the
// medium or body before the hyphen.
func TestSpeaker_sourceCompound(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"laut X-Informationen", "Laut Reuters-Informationen erwägt der Konzern einen Verkauf.", "erwägt der Konzern einen Verkauf", "Reuters", ""},
		{"laut X-Angaben", "Der Kurs fiel laut Börsen-Angaben um drei Prozent.", "Der Kurs fiel laut Börsen-Angaben um drei Prozent", "Börsen", ""},
		{"trap: a compound that is no source noun", "Laut Reuters-Chefredakteur Tom Lenz erwägt der Konzern einen Verkauf.", "erwägt der Konzern einen Verkauf", "Tom Lenz", "Reuters"},
	})
}

// TestSpeaker_questionPut: the question put to a speaker ("Auf die Frage,
// ob …") is not the speaker's report; the answer after it is.
func TestSpeaker_questionPut(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"answer after the question", "Vorstandschef Jan Hollmann sagte auf die Frage, ob weitere Filialen schließen würden, er halte das für möglich.", "er halte das für möglich", "Jan Hollmann", ""},
		{"answer in Konjunktiv shape after a fronted question", "Auf die Frage, wann die Zinsen sinken, sagte Notenbankchefin Lea Korn, die Entscheidung hänge von den Daten ab.", "die Entscheidung hänge von den Daten ab", "Lea Korn", ""},
		{"trap: fronted question before a colon", "Auf die Frage, ob weitere Filialen schließen würden, sagte Vorstandschef Jan Hollmann: „Das sehen wir dann.“", "Auf die Frage, ob weitere Filialen schließen würden", "", "Jan Hollmann"},
		{"trap: fronted question with a Konjunktiv", "Auf Nachfrage, ob es Pläne für einen Börsengang gebe, sagte Vorstandschef Jan Hollmann nichts.", "Auf Nachfrage, ob es Pläne für einen Börsengang gebe", "", "Jan Hollmann"},
		{"trap: question after the verb", "Vorstandschef Jan Hollmann antwortete auf die Frage, ob weitere Filialen schließen würden, ausweichend.", "weitere Filialen schließen würden, ausweichend", "", "Jan Hollmann"},
		{"ob right after a verb of saying stays a report", "Vorstandschef Jan Hollmann sagte, ob weitere Filialen schließen würden, sei offen.", "weitere Filialen schließen würden, sei offen", "Jan Hollmann", ""},
	})
}

// TestSpeaker_clauses: appositions, coordinated clauses and relative
// clauses whose pronoun is the subject.
func TestSpeaker_clauses(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"apposition", "Jana Roth, Chefvolkswirtin der Nordbank, sagte: „Die Zinsen bleiben hoch.“", "Die Zinsen bleiben hoch.", "Jana Roth", "Nordbank"},
		{"coordinated", "Die Bank erhöhte die Zinsen und erklärte: „Die Inflation ist zu hoch.“", "Die Inflation ist zu hoch.", "Bank", "Zinsen"},
		{"coordinated person", "Karl Weber kam spät und sagte dann: „Wir sind bereit.“", "Wir sind bereit.", "Karl Weber", ""},
		{"relative subject", "Kritik kommt vom Mieterverband, der die Reform als „Mogelpackung“ bezeichnet.", "Mogelpackung", "Mieterverband", "Kritik"},
		{"relative document", "In der Zeitung erschien ein Kommentar, der den Plan als „Irrweg“ bezeichnet.", "Irrweg", "Kommentar", "Plan"},
		{"fronted object with relative", "Die Demonstranten, die vor dem Werk standen, beschrieb die Polizei als „friedlich“.", "friedlich", "Polizei", "Demonstranten"},
		{"trap: relative object", "Das ist der Plan, den die Ministerin als „Irrweg“ bezeichnet.", "Irrweg", "Ministerin", "Plan"},
		{"trap: relative with subject", "Es geht um die Reform, die der Verband als „Mogelpackung“ bezeichnet.", "Mogelpackung", "Verband", "Reform"},
		{"trap: apposition org", "Der Chef der Nordbank, Jan Rau, sagte: „Wir wachsen.“", "Wir wachsen.", "Jan Rau", "Nordbank"},
		{"trap: coordinated object", "Der Minister lobte die Bank und nannte den Plan „mutig“.", "mutig", "Minister", "Bank"},
	})
}

// TestSpeaker_invertedAcrossQuote: a separable verb of saying whose
// particle closes the clause after the quotation, with the subject after
// the verb ("In dem Gespräch wies der Chef die Vorwürfe als „haltlos“
// zurück").
func TestSpeaker_invertedAcrossQuote(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"wies zurück", "Die Lage ist ernst. In einem Gespräch wies der Geschäftsführer alle Vorwürfe als „haltlos“ zurück.", "haltlos", "Geschäftsführer", "Vorwürfe"},
		{"gab bekannt", "Am Abend gab die Bank eine „leichte Erholung“ bekannt.", "leichte Erholung", "Bank", ""},
		{"wies hin", "Später wies die Ministerin auf die „großen Risiken“ hin.", "großen Risiken", "Ministerin", ""},
		{"trap: particle in next clause", "Der Chef wies die „Kritik“ ab, und dann kam er zurück.", "", "", "Chef"},
		{"trap: verb without particle", "Im Winter wies die Statistik „starke Schwankungen“ auf.", "", "", "Statistik"},
	})
}

// TestSpeaker_quotedBy: "zitiert <Medium> X" and "wird X … zitiert": the
// person quoted speaks, not the medium that quotes; an apposition or a title
// in marks may stand before the participle.
func TestSpeaker_quotedBy(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"zitiert Agentur Person", "„Die Lager sind leer“, zitiert die Agentur dpa den Händler Max Sturm.", "Die Lager sind leer", "Max Sturm", "Agentur"},
		{"zitiert Sender Person", "„Wir fangen neu an“, zitierte der Sender die Trainerin Ute Lorenz in seiner Sendung.", "Wir fangen neu an", "Ute Lorenz", "Sendung"},
		{"wird zitiert Apposition", "„Das Netz wird schneller“, wird Jan Ott, Produktleiter für Software, zitiert.", "Das Netz wird schneller", "Jan Ott", "Software"},
		{"wird zitiert Zeitung in Marks", "Das Rennen gewann Karl Wiese. „Das war knapp“, wird der Sieger in der „Kleinen Post“ zitiert.", "Das war knapp", "Sieger", "Kleinen Post"},
		{"trap: medium alone", "„Wir bleiben“, zitiert die Agentur dpa aus einem Papier.", "Wir bleiben", "", "Agentur dpa"},
		{"trap: wird … gebaut", "„Das Werk wächst“, wird in Leipzig gebaut.", "Das Werk wächst", "", "Leipzig"},
	})
}

// TestSpeaker_sourceNear: of several source phrases in a sentence, the one
// nearest before the quotation governs it ("nach Bewertung von X").
func TestSpeaker_sourceNear(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"nach Bewertung nach laut", "Laut Bauamt handelt es sich um einen Altbau, der nach Bewertung der Feuerwehr „keine akute Gefahr“ birgt.", "keine akute Gefahr", "Feuerwehr", "Bauamt"},
		{"nach Beurteilung", "Nach Beurteilung der Aufsicht arbeitet die Bank „viel zu riskant“.", "viel zu riskant", "Aufsicht", "Bank"},
		{"nach Schilderung von", "Nach Schilderung von Lea Brandt war der Saal „völlig überfüllt“.", "völlig überfüllt", "Lea Brandt", ""},
		{"trap: laut after quote", "Nach Einschätzung der Bank ist der Kurs „zu hoch“, laut Börse ein Rekord.", "zu hoch", "", "Börse"},
		{"trap: nach as time", "Nach Ende der Sitzung sprach der Vorsitzende Otto Frey von einem „fairen Kompromiss“.", "fairen Kompromiss", "Otto Frey", "Ende"},
	})
}

// TestSpeaker_subjunctiveInverted: a sentence of reported speech that opens
// with an adverb or a subordinate clause and a Konjunktiv I auxiliary has
// its subject after the verb; a named person there speaks. Konjunktiv II
// (hätte, wäre) states a condition and names no speaker.
func TestSpeaker_subjunctiveInverted(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"Deshalb habe X", "Die Anwältin Eva Meier vertritt die Klägerin. Deshalb habe Meier die Sitzung „bewusst in die Länge gezogen“.", "bewusst in die Länge gezogen", "Eva Meier", "Klägerin"},
		{"Weil …, habe X", "Die Anwältin Eva Meier vertritt die Klägerin. Weil die Klägerin Angst hatte, habe Meier „auf Zeit gespielt“.", "auf Zeit gespielt", "Eva Meier", "Klägerin"},
		{"Zudem sei X", "Der Trainer Paul Kern sprach nach dem Spiel. Zudem sei Kern „mit der Abwehr zufrieden“.", "mit der Abwehr zufrieden", "Paul Kern", ""},
		{"trap: hätte der Sender X", "Das Studio war leer. Außerdem hätte der Sender Rahn „eine Bühne geboten“.", "eine Bühne geboten", "", "Rahn"},
		{"trap: object after habe", "Die Partei tagte. Deshalb habe den Vorsitzenden „niemand gewarnt“.", "niemand gewarnt", "", "Vorsitzenden"},
		{"trap: wäre die Firma", "Die Ministerin Ina Vogt äußerte sich nicht. Dann wäre die Firma „am Ende“.", "am Ende", "", "Firma"},
	})
}

// TestSpeaker_nestedReport: a fronted "Wie X berichtet," clause reports
// the main clause; a person who is the subject of the main clause before
// the colon speaks, not the medium of the wie-clause.
func TestSpeaker_nestedReport(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"wie berichtet, gab X", "Wie der Sender berichtet, gab Sprecher Paul Stein eine knappe Antwort: „Kein Kommentar.“", "Kein Kommentar.", "Paul Stein", "Sender"},
		{"wie meldete, schickte X", "Wie die Zeitung meldete, schickte die Ministerin Eva Lang danach eine Nachricht: „Wir prüfen alles.“", "Wir prüfen alles.", "Eva Lang", "Zeitung"},
		{"wie sagte, sagte main", "Wie die Agentur meldete, sagte der Trainer Udo Kraft am Abend: „Wir greifen an.“", "Wir greifen an.", "Udo Kraft", "Agentur"},
		{"trap: main subject a thing", "Wie die Bank mitteilte, gab es am Abend eine Erklärung: „Wir bleiben.“", "Wir bleiben.", "", "Erklärung"},
		{"trap: object after the verb", "Wie der Verband berichtet, lobte den Spieler Max Roth danach jeder: „Ein Vorbild.“", "Ein Vorbild.", "", "jeder"},
	})
}

// TestSpeaker_clauseFallback: where the word-window rules find no subject
// for the verb of saying, the clause layer names it: a subject with a title
// in marks, a subject with a long apposition, an inverted subject after a
// verb of judging. A passive clause's subject is what was named, and a
// quantity never speaks.
func TestSpeaker_clauseFallback(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"subject with title", "Die Wochenzeitung „Der Rundblick“ hatte kritisiert, dass der Verband den Plan „viel zu zögerlich“ umsetze.", "viel zu zögerlich", "Wochenzeitung", "Verband"},
		{"inverted after judging verb", "In einem Bericht verteidigte das Ministerium der Finanzen die Kürzung als „unvermeidlich und fair“.", "unvermeidlich und fair", "Ministerium", "Bericht"},
		{"long apposition", "Die Gründer des Vereins, unter ihnen zwei Ärztinnen und ein Apotheker, betonen, wie wichtig ein „offener Zugang für alle“ sei.", "offener Zugang für alle", "Gründer des Vereins", "Apotheker"},
		{"trap: passive subject", "Die Firma wurde gestern im „Tagblatt“ als „Vorbild für die ganze Branche“ bezeichnet.", "Vorbild für die ganze Branche", "", "Firma"},
		{"trap: passive with agent missing", "Der Entwurf wird in der Partei als „mutig, aber unfertig“ beschrieben.", "mutig, aber unfertig", "", "Entwurf"},
		{"trap: quantity", "Rund 30 Prozent der Mitglieder hatten in der Umfrage den Plan als „klar überzogen“ kritisiert.", "klar überzogen", "", "Rund"},
	})
}

// TestSpeaker_participleAttribute: an extended participle attribute
// between the article and the head ("die das Feuer überlebende Anna Weber")
// belongs to the speaker's noun phrase; a finite verb ends the phrase.
func TestSpeaker_participleAttribute(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"present participle", "Die das Feuer überlebende Anna Weber schilderte den Abend: „Es war furchtbar heiß.“", "Es war furchtbar heiß.", "Anna Weber", ""},
		{"present participle with reflexive", "Der sich selbst als Retter inszenierende Unternehmer Max Kohl rief: „Ich bleibe!“", "Ich bleibe!", "Max Kohl", ""},
		{"past participle ge-", "Der vom Verband gewählte Präsident Karl Busch sagte: „Wir starten neu.“", "Wir starten neu.", "Karl Busch", ""},
		{"past participle -iert", "Die im Film porträtierte Forscherin Lea Brandt sagte: „Das Eis schmilzt.“", "Das Eis schmilzt.", "Lea Brandt", ""},
		{"participle in a comma clause", "Am Montag erklärte der seit Jahren amtierende Bürgermeister Jan Hof: „Die Stadt spart.“", "Die Stadt spart.", "Jan Hof", ""},
		{"trap: finite verb before participle", "Die Chefin hat über geplante Schließungen gesprochen: „Das trifft uns hart.“", "Das trifft uns hart.", "", "Schließungen"},
		{"trap: aux ends the phrase", "Die Firma ist mit neuen Geräten gewachsen. „Wir sind stolz“, sagte Eva Lind.", "Wir sind stolz", "Eva Lind", "Geräten"},
		{"trap: participle object, not subject", "Gegen die geplanten Kürzungen protestierte Ute Sand: „Das ist unsozial.“", "Das ist unsozial.", "Ute Sand", "Kürzungen"},
		{"trap: participle noun phrase after verb", "Der Verband kritisierte die verschobene Reform: „Sie kommt zu spät.“", "Sie kommt zu spät.", "Verband", "Reform"},
		{"trap: speech verb inside", "Die sagte Anna Weber schon immer: „Das klappt nie.“", "Das klappt nie.", "", "Die"},
		{"adverb, participle, adjective", "Die staatlich gelenkten russischen Sender hatten von einem „Angriff“ gesprochen.", "Angriff", "staatlich gelenkten russischen Sender", ""},
		{"trap: adjective breaks the chain", "Die gestern gelenkten und langen Debatten kritisierte der Abgeordnete Olaf Kern: „Zu lang.“", "Zu lang.", "Olaf Kern", "Debatten"},
	})
}

// TestSpeaker_demonstrative: a masculine demonstrative standing alone
// ("sagte dieser", "so dieser") is a pronoun for the last man named; before
// a noun it is an article, and "diese" (also a plural) is left alone.
func TestSpeaker_demonstrative(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"sagte dieser, dass", "Die Reporterin sprach mit dem Anwalt Jonas Ried. Danach sagte dieser, dass sein Mandant „völlig erschöpft“ sei.", "völlig erschöpft", "Jonas Ried", "Reporterin"},
		{"so dieser", "Der Vorstand lobte den Einkäufer Tim Vogt. „Die Preise sinken“, so dieser.", "Die Preise sinken", "Tim Vogt", ""},
		{"erklärte dieser colon", "Befragt wurde auch der Ökonom Leo Haas. Darauf erklärte dieser: „Die Zinsen bleiben hoch.“", "Die Zinsen bleiben hoch.", "Leo Haas", ""},
		{"Dieser at sentence start", "Die Reporterin fragte den Kassenwart Ole Brandt. Dieser sagte: „Das Geld reicht.“", "Das Geld reicht.", "Ole Brandt", "Reporterin"},
		{"jener", "Man fragte den früheren Chef Udo Frei. „Ich bereue nichts“, sagte jener.", "Ich bereue nichts", "Udo Frei", ""},
		{"trap: dieser Tage", "Max Ulm, Chef der Firma, sagte dieser Tage: „Wir wachsen.“", "Wir wachsen.", "Max Ulm", "Tage"},
		{"trap: dieser before a noun", "Der Händler Jan Pohl lachte. Dieser Plan sei „völlig verrückt“, sagte die Chefin Eva Mohr.", "völlig verrückt", "Eva Mohr", "Jan Pohl"},
		{"trap: plural diese", "Die Anwälte schrieben der Universität. Daraufhin wurden diese auf „ihre Rechte“ hingewiesen.", "ihre Rechte", "", "Universität"},
		{"trap: no man before", "Die Ministerin Eva Stein kam spät. „Das war knapp“, sagte dieser.", "Das war knapp", "", "Eva Stein"},
		{"trap: in dieser Woche", "Lars Ohm, Sprecher der Bahn, sagte in dieser Woche: „Die Züge fahren wieder.“", "Die Züge fahren wieder.", "Lars Ohm", "Woche"},
	})
}

// TestSpeaker_listOfVoices: in a clause without a verb of saying, a person
// named right before the colon after a comma or "und" speaks ("…, und die
// Ministerin Eva Stein: „…“"); a verb of saying before keeps its subject.
func TestSpeaker_listOfVoices(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"und before name", "Viele Politiker reagierten erfreut, und die Ministerin Eva Stein: „Das ist ein guter Tag.“", "Das ist ein guter Tag.", "Eva Stein", "Politiker"},
		{"comma before name", "Glückwünsche kamen von vielen Seiten, etwa vom Verband, der Bürgermeisterin, dem Minister Jan Ohm: „Wir freuen uns.“", "Wir freuen uns.", "Jan Ohm", "Verband"},
		{"sowie before name", "Zur Feier kamen Gäste aus Bonn sowie der Direktor Paul Lenz: „Ein Vorbild für alle.“", "Ein Vorbild für alle.", "Paul Lenz", "Gäste"},
		{"role with adjective", "Zustimmung kam aus vielen Ländern, und der dänische Regierungschef Lars Holm: „Endlich.“", "Endlich.", "Lars Holm", ""},
		{"name only", "Es gab viel Lob, und Anna Krüger: „Das war überfällig.“", "Das war überfällig.", "Anna Krüger", ""},
		{"trap: verb of saying before", "Der Sprecher Tim Roth sagte zu Anna Krüger: „Das war überfällig.“", "Das war überfällig.", "Tim Roth", "Anna Krüger"},
		{"trap: dative after verb", "Die Chefin Ute Baum antwortete dem Reporter Jan Vogt: „Kein Kommentar.“", "Kein Kommentar.", "Ute Baum", "Jan Vogt"},
		{"trap: things after und", "Am Montag ging es um die Reform und ihre Kosten: „Wir sind bereit.“", "Wir sind bereit.", "", "Kosten"},
		{"trap: organization before colon", "Viele reagierten, und die Deutsche Bank: „Wir prüfen das.“", "Wir prüfen das.", "", "Viele"},
		{"trap: verb of saying with object list", "Die Chefin Ute Baum schrieb dem Verband und dem Anwalt Jan Vogt: „Wir klagen.“", "Wir klagen.", "Ute Baum", "Jan Vogt"},
	})
}

// TestSpeaker_forView: "Für X ist …" states the view of the person X: a
// marked fragment in it is X's words. "Für" before a thing, or a verb of
// action after the phrase, is no view.
func TestSpeaker_forView(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"für role and name ist", "Für Gesundheitsministerin Lena Vogt ist die Lage „besorgniserregend“.", "besorgniserregend", "Lena Vogt", ""},
		{"für article role name war", "Für den Trainer Jonas Ebert war das Spiel ein „echter Wendepunkt“.", "echter Wendepunkt", "Jonas Ebert", ""},
		{"für name with party", "Für Senator Paul Kern (SPD) hält die Regelung „keiner Prüfung stand“.", "keiner Prüfung stand", "Paul Kern", ""},
		{"für with starter", "Doch für die Ökonomin Mara Lutz bleibt der Kurs „viel zu riskant“.", "viel zu riskant", "Mara Lutz", ""},
		{"für role war", "Für Kanzler Olaf Brenner war der Abend ein „großer Erfolg“.", "großer Erfolg", "Olaf Brenner", ""},
		{"trap: für a thing", "Für den Umbau ist ein „zweistelliger Millionenbetrag“ nötig, sagte Uwe Mohr.", "zweistelliger Millionenbetrag", "Uwe Mohr", "Umbau"},
		{"trap: für with verb of action", "Für die Ministerin Lena Vogt baute die Firma eine „moderne Halle“.", "moderne Halle", "", "Lena Vogt"},
		{"trap: für not at the start", "Der Betrag ist für die Ministerin Lena Vogt „zu hoch“, sagte der Kämmerer Max Ulm.", "zu hoch", "Max Ulm", "Lena Vogt"},
		{"trap: für a group of things", "Für Banken und Versicherer ist das Jahr „schwierig“, so der Analyst Tim Roos.", "schwierig", "Tim Roos", "Banken"},
		{"trap: für without view verb", "Für die Ministerin Lena Vogt stimmte der Rat, die Gegner sprachen von einem „Skandal“.", "Skandal", "", "Lena Vogt"},
	})
}

// TestSpeaker_speechNounOwner: the owner of a noun of saying ("der Vorwurf
// der Partei, …") speaks the reported clause after the comma; a verb of
// saying before the quotation keeps its own subject.
func TestSpeaker_speechNounOwner(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"Vorwurf der", "Auf den Vorwurf der Grünen, das Fest sei eine „teure Show“, reagierte der Rat gelassen.", "teure Show", "Bündnis 90/Die Grünen", "Rat"},
		{"Forderung von", "Die Forderung von Anna Weber, die Stadt müsse „sofort handeln“, blieb ohne Antwort.", "sofort handeln", "Anna Weber", ""},
		{"Behauptung des", "Die Behauptung des Vorstands, der Umbau sei „im Plan“, hält nicht.", "im Plan", "Vorstands", ""},
		{"Warnung der dass", "Trotz der Warnung der Bundesbank, dass die Preise „weiter steigen“ könnten, blieb der Markt ruhig.", "weiter steigen", "Deutsche Bundesbank", "Markt"},
		{"Kritik des", "Die Kritik des Verbands, das Gesetz sei „handwerklich schlecht“, wurde laut.", "handwerklich schlecht", "Verbands", ""},
		{"trap: verb of saying before", "Der Minister wies den Vorwurf der Grünen, es gebe eine „teure Show“, zurück.", "teure Show", "", "Grünen"},
		{"trap: no comma clause", "Der Vorwurf der Grünen sorgte für eine „hitzige Debatte“, sagte Jan Ohm.", "hitzige Debatte", "Jan Ohm", "Grünen"},
		{"trap: indicative clause", "Die Kritik des Verbands, die am Montag kam, nannte Jan Ohm „überzogen“.", "überzogen", "Jan Ohm", "Verband"},
		{"trap: not a noun of saying", "Der Umbau der Halle, der „im Plan“ sei, sagte Eva Roth, koste viel.", "im Plan", "Eva Roth", "Halle"},
		{"trap: lower-case owner", "Die Forderung der meisten, man müsse „sofort handeln“, sagte Eva Roth, sei richtig.", "sofort handeln", "Eva Roth", "meisten"},
	})
}

// TestSpeaker_coordinatedVerb: a verb of saying after "und" with no subject
// of its own shares the subject of the first conjunct, also when that is
// inverted ("Am Abend zogen die Fans … und skandierten …"); what follows the
// verb is its object, not its subject.
func TestSpeaker_coordinatedVerb(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"inverted first conjunct", "Am Abend zogen die Streikenden vor das Rathaus und skandierten dabei Parolen wie „Mehr Lohn jetzt“.", "Mehr Lohn jetzt", "Streikenden", "Parolen"},
		{"plain first conjunct", "Die Fans blieben im Stadion und riefen immer wieder Sprüche wie „Vorstand raus“.", "Vorstand raus", "Fans", "Sprüche"},
		{"und sagte", "Die Ministerin Eva Stein besuchte das Werk und sagte: „Ich bin beeindruckt.“", "Ich bin beeindruckt.", "Eva Stein", "Werk"},
		{"und fügte hinzu", "Der Chef Paul Roos lobte die Zahlen und fügte dann hinzu: „Wir bleiben vorsichtig.“", "Wir bleiben vorsichtig.", "Paul Roos", "Zahlen"},
		{"und erklärte with reported fragment", "Am Montag traf der Minister Jan Ohm die Bauern und erklärte, die Lage sei „ernst“.", "ernst", "Jan Ohm", "Bauern"},
		{"trap: own subject after und", "Die Gäste klatschten und der Sprecher Tim Roth rief: „Danke!“", "Danke!", "Tim Roth", "Gäste"},
		{"trap: object after verb", "Der Rat tagte lange und lobte die Helfer: „Ihr seid großartig.“", "Ihr seid großartig.", "Rat", "Helfer"},
		{"trap: no und", "Die Streikenden standen vor dem Tor, die Menge skandierte Parolen wie „Mehr Lohn“.", "Mehr Lohn", "Menge", "Streikenden"},
		{"trap: quote not its own speaker", "Eine Frau begleitete die Feier mit einem laut gerufenen „Frieden für alle“.", "Frieden für alle", "", "Frieden für alle"},
		{"trap: sowie with subject", "Der Verband protestierte sowie die Gewerkschaft Verdi, die sagte: „Das reicht nicht.“", "Das reicht nicht.", "", "Verband"},
	})
}

// TestSpeaker_textEndsAtName: the words naming the speaker end with the
// person's name; a prepositional phrase after the name is an adverbial of
// the clause ("bei der Vorlage der Zahlen"), while one after a role noun
// belongs to the role ("Fondsmanager bei der X").
func TestSpeaker_textEndsAtName(t *testing.T) {
	tests := []struct{ name, in, span, text string }{
		{"bei after name", "„Wir liefern“, sagte Vorstandschefin Katrin Albers bei der Vorlage der Bilanz.", "Wir liefern", "Vorstandschefin Katrin Albers"},
		{"in after name", "„Das reicht“, sagte Finanzchef Ole Brandt in der Telefonkonferenz.", "Das reicht", "Finanzchef Ole Brandt"},
		{"für after name", "„Es wird knapp“, sagte Ministerin Eva Stein für alle hörbar.", "Es wird knapp", "Ministerin Eva Stein"},
		{"aus after name", "„Wir kommen wieder“, rief Kapitän Jan Ohm aus dem Fenster.", "Wir kommen wieder", "Kapitän Jan Ohm"},
		{"bei after name before colon", "Bei der Messe sagte Unternehmerin Lea Brandt bei einem Rundgang: „Die Lage ist gut.“", "Die Lage ist gut.", "Unternehmerin Lea Brandt"},
		{"keep: bei after role", "„Wir prüfen das“, sagte ein Analyst bei der Nordbank.", "Wir prüfen das", "ein Analyst bei der Nordbank"},
		{"keep: genitive after role", "„Wir prüfen das“, sagte ein Sprecher des Ministeriums.", "Wir prüfen das", "ein Sprecher des Ministeriums"},
		{"keep: in after role and org", "„Wir prüfen das“, sagte der Sprecher der Fraktion im Landtag, Max Ulm.", "Wir prüfen das", "der Sprecher der Fraktion im Landtag, Max Ulm"},
		{"keep: aus after role", "„Es war kalt“, sagte ein Sprecher aus dem Ministerium.", "Es war kalt", "ein Sprecher aus dem Ministerium"},
		{"keep: für after role", "„Das hilft“, sagte die Beauftragte für Datenschutz.", "Das hilft", "die Beauftragte für Datenschutz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, qs := findQuote(t, tt.in, tt.span)
			require.NotNil(t, q, "no quotation %q in %v", tt.span, qs)
			require.NotNil(t, q.Speaker)
			assert.Equal(t, tt.text, q.Speaker.Text)
		})
	}
}

// TestSpeaker_mediumInMarks: a medium named in marks is the source after
// "laut" and of a passive of saying or naming with no agent ("wurde im
// „Kurier“ als „…“ bezeichnet"); its Name drops the marks. An agent after
// "von" or a lower-case phrase in marks is no medium.
func TestSpeaker_mediumInMarks(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"laut medium", "Laut „Nordkurier“ nennt der Verband die Pläne einen „groben Fehler“.", "groben Fehler", "Nordkurier", "Verband"},
		{"laut medium at start", "Laut „Abendpost“ sei der Kauf „so gut wie sicher“.", "so gut wie sicher", "Abendpost", ""},
		{"passive im medium", "Der Plan wurde gestern im „Tagesblatt“ als „völlig überzogen“ bezeichnet.", "völlig überzogen", "Tagesblatt", "Plan"},
		{"passive im medium, wird", "Die Firma wird im „Wirtschaftsboten“ als „Sanierungsfall“ eingestuft.", "Sanierungsfall", "Wirtschaftsboten", "Firma"},
		{"passive im medium, perfect", "Die Lage wurde im „Morgenblatt“ als „dramatisch“ beschrieben.", "dramatisch", "Morgenblatt", "Lage"},
		{"trap: agent with von", "Der Plan wurde im „Tagesblatt“ von der Ministerin Eva Stein als „mutig“ bezeichnet.", "mutig", "Eva Stein", "Tagesblatt"},
		{"trap: active verb keeps subject", "Der Minister Jan Ohm nannte im „Tagesblatt“ den Plan „mutig“.", "mutig", "Jan Ohm", "Tagesblatt"},
		{"trap: lower-case phrase in marks", "Der Plan wurde im „großen Stil“ als „mutig“ bezeichnet.", "mutig", "", "großen Stil"},
		{"trap: medium not before the verb", "Der Plan wurde als „mutig“ bezeichnet, schrieb Jan Ohm im „Tagesblatt“.", "mutig", "", "Tagesblatt"},
		{"trap: no passive", "Im „Tagesblatt“ stand, die Lage sei „ernst“, sagte Eva Stein.", "ernst", "Eva Stein", "Tagesblatt"},
	})
}

// TestSpeaker_utteranceObject: before a colon, a verb that is no verb of
// saying but has a noun of saying for object ("veröffentlichte folgenden
// Kommentar:", "gab eine Erklärung ab:") introduces its subject's words; a
// pronominal adverb in the subject's place speaks for nobody.
func TestSpeaker_utteranceObject(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"inverted after adverb", "Spöttisch veröffentlichte der Verfasser folgenden Kommentar: „Wer fehlt, zahlt.“", "Wer fehlt, zahlt.", "Verfasser", ""},
		{"separable verb", "Die Staatsanwaltschaft gab am Dienstag eine Erklärung ab: „Wir prüfen alles.“", "Wir prüfen alles.", "Staatsanwaltschaft", ""},
		{"dative between", "Die Ministerin Eva Stein schickte den Helfern eine Botschaft: „Ihr seid großartig.“", "Ihr seid großartig.", "Eva Stein", "Helfern"},
		{"Hergang", "Der Zeuge Max Ulm schilderte am Morgen den Hergang: „Es ging sehr schnell.“", "Es ging sehr schnell.", "Max Ulm", ""},
		{"fronted object", "Eine knappe Antwort hatte der Trainer Jonas Ebert parat: „Wir gewinnen.“", "Wir gewinnen.", "Jonas Ebert", "Antwort"},
		{"trap: pronominal adverb", "Das Plakat hing am Tor. Darauf waren die Worte zu lesen: „Wir bleiben hier.“", "Wir bleiben hier.", "", "Darauf"},
		{"trap: noun of saying without verb", "Die Botschaft an die Helfer: „Ihr seid großartig.“", "Ihr seid großartig.", "", "Helfer"},
		{"trap: noun of saying as subject", "Die Erklärung des Vereins endete mit den Worten: „Wir danken allen.“", "Wir danken allen.", "", "Erklärung"},
		{"trap: quantity subject", "Rund 40 Prozent gaben folgende Antwort: „Weiß nicht.“", "Weiß nicht.", "", "Rund"},
		{"trap: verb of saying keeps its subject", "Die Chefin Ute Baum sagte dem Reporter Jan Vogt folgenden Satz: „Wir wachsen.“", "Wir wachsen.", "Ute Baum", "Jan Vogt"},
	})
}

// TestSpeaker_webMedium: a web medium ("ndr.de") is one word, not the end
// of a sentence, so the attribution after a quotation reads past it ("zitiert
// ndr.de Polizeisprecher X"); a sentence end before a capital stays one.
func TestSpeaker_webMedium(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"zitiert domain person", "„Die Lage ist ruhig“, zitiert ndr.de Polizeisprecher Jan Ohm.", "Die Lage ist ruhig", "Jan Ohm", ""},
		{"zitiert at-domain", "„Wir bleiben“, zitiert orf.at die Ministerin Eva Stein.", "Wir bleiben", "Eva Stein", ""},
		{"domain before name", "„Der Preis steigt“, berichtet golem.de unter Berufung auf den Händler Max Ulm.", "Der Preis steigt", "Max Ulm", "golem.de"},
		{"laut domain", "Laut spiegel.de nannte der Minister Jan Ohm den Plan „mutig“.", "mutig", "Jan Ohm", "spiegel.de"},
		{"sagte gegenüber domain", "„Wir sind bereit“, sagte Eva Stein gegenüber tagesschau.de.", "Wir sind bereit", "Eva Stein", ""},
		{"trap: sentence end before capital", "Er sprach im Netz.Danach sagte Jan Ohm: „Nein.“", "Nein.", "Jan Ohm", "Netz"},
		{"trap: no domain after dot", "Er kam aus Bonn.„Wir gehen“, sagte Eva Stein.", "Wir gehen", "Eva Stein", "Bonn"},
		{"trap: unknown ending", "„Das geht“, sagte Jan Ohm.xyz meinte dazu nichts.", "Das geht", "Jan Ohm", ""},
		{"trap: abbreviation", "„Das geht“, sagte der Chef Max Ulm u.a. im Radio.", "Das geht", "Max Ulm", ""},
		{"trap: number with dot", "„Das kostet 1.200 Euro“, sagte Ute Baum.", "Das kostet 1.200 Euro", "Ute Baum", ""},
	})
}

// TestSpeaker_relativeClauseBeforeVerb: a subject with a relative clause
// speaks through the verb after the clause's closing comma, also with an
// adverb between ("Wie X, der …, dazu feststellt, …"); an article or a
// capitalized word after the comma starts another clause.
func TestSpeaker_relativeClauseBeforeVerb(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"wie with adverb", "Wie Lea Brandt, die den Prozess verfolgte, dazu feststellt, fehlt „jeder Beweis“.", "jeder Beweis", "Lea Brandt", ""},
		{"wie with two adverbs", "Wie Jan Ohm, der lange im Amt war, heute dazu sagt, sei das „völlig falsch“.", "völlig falsch", "Jan Ohm", ""},
		{"main clause with adverb", "Max Ulm, der die Firma gründete, nannte den Plan gestern „kühn“.", "kühn", "Max Ulm", ""},
		{"no adverb", "Eva Stein, die den Bericht schrieb, sprach von einem „Wendepunkt“.", "Wendepunkt", "Eva Stein", ""},
		{"wie plain", "Wie Ute Baum, die als Zeugin geladen war, sagte, sei alles „sehr schnell“ gegangen.", "sehr schnell", "Ute Baum", ""},
		{"trap: article after comma", "Max Ulm, der die Firma gründete, die Chefin Eva Stein nannte den Plan „kühn“.", "kühn", "", "Max Ulm"},
		{"trap: capital after comma", "Wie Jan Ohm, der lange im Amt war, Berlin dazu sagt, war das „ein Fehler“.", "ein Fehler", "", "Berlin"},
		{"trap: object in relative clause", "Wie Lea Brandt, die den Richter Max Ulm kannte, dazu feststellt, fehlt „jeder Beweis“.", "jeder Beweis", "Lea Brandt", "Max Ulm"},
		{"trap: preposition after comma", "Eva Stein, die den Bericht schrieb, mit dem Team sprach sie von einem „Wendepunkt“.", "Wendepunkt", "", "Bericht"},
		{"trap: verb far after comma", "Max Ulm, der die Firma gründete, wird im nächsten Jahr den Plan „kühn“ nennen.", "kühn", "", "Firma"},
	})
}

// TestSpeaker_reportedContinuation: a sentence in Konjunktiv with no verb
// of saying right after the sentence that named the speaker goes on with
// that report, even when it names other people; an indicative sentence or
// a verb of saying of its own ends the chain.
func TestSpeaker_reportedContinuation(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"other person named", "„Wir verzichten“, so Max Ulm. Außerdem hätte der Sender dem Gast Jan Vogt „eine Bühne geboten“.", "eine Bühne geboten", "Max Ulm", "Jan Vogt"},
		{"sei with person as object", "Die Anwältin Eva Stein sprach mit Reportern. Das Urteil gegen Paul Roos sei „völlig falsch“.", "völlig falsch", "Eva Stein", "Paul Roos"},
		{"müsse", "Der Ökonom Lars Holm äußerte sich am Montag. Deshalb müsse die Politik von Ute Baum „jetzt handeln“.", "jetzt handeln", "Lars Holm", "Ute Baum"},
		{"wäre", "„Das ist Unsinn“, sagte Jan Ohm. Ohne den Minister Olaf Kern wäre das „nie passiert“.", "nie passiert", "Jan Ohm", "Olaf Kern"},
		{"könne", "Die Forscherin Lea Brandt warnte am Abend. Erst eine Studie mit Anna Krüger könne „das Rätsel lösen“.", "das Rätsel lösen", "Lea Brandt", "Anna Krüger"},
		{"trap: indicative sentence", "„Wir verzichten“, so Max Ulm. Dann hat der Gast Jan Vogt „eine Bühne“ bekommen.", "eine Bühne", "", "Max Ulm"},
		{"trap: own verb of saying", "„Wir verzichten“, so Max Ulm. Außerdem sagte Jan Vogt, er habe „keine Zeit“.", "keine Zeit", "Jan Vogt", "Max Ulm"},
		{"trap: a sentence between", "„Wir verzichten“, so Max Ulm. Es regnete. Außerdem hätte der Gast Jan Vogt „eine Bühne“ bekommen.", "eine Bühne", "", "Max Ulm"},
		{"trap: new paragraph far away", "„Wir verzichten“, so Max Ulm.\n\nEin Jahr später.\n\nDer Gast Jan Vogt habe „eine Bühne“ bekommen.", "eine Bühne", "", "Max Ulm"},
		{"trap: verb of saying before quote", "„Wir verzichten“, so Max Ulm. Der Gast Jan Vogt erklärte, er habe „keine Zeit“.", "keine Zeit", "Jan Vogt", "Max Ulm"},
	})
}

// TestSpeaker_documentWording: before a colon, a verb of wording ("steht",
// "enthält", "war … zu lesen") with no verb of saying makes the document
// the source: after "in/auf", as the subject, or named in the sentence
// before for "Darin"; a document named after a verb of saying gives way to
// that verb's subject.
func TestSpeaker_documentWording(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"in dem Entwurf steht", "Bisher steht in dem Gesetzentwurf noch der Satz: „Die Daten sind zu löschen.“", "Die Daten sind zu löschen.", "Gesetzentwurf", ""},
		{"subject enthält", "So enthält das Strafgesetzbuch folgende Regel: „Wer täuscht, wird bestraft.“", "Wer täuscht, wird bestraft.", "Strafgesetzbuch", ""},
		{"Darin steht", "Die Behörde gab eine Stellungnahme ab. Darin steht: „Wir bedauern den Fehler.“", "Wir bedauern den Fehler.", "Stellungnahme", "Behörde"},
		{"auf dem Plakat stand", "Auf dem Plakat stand in großen Buchstaben: „Wir bleiben hier.“", "Wir bleiben hier.", "Plakat", ""},
		{"im Vertrag steht", "Im Vertrag steht ausdrücklich: „Die Miete ist monatlich zu zahlen.“", "Die Miete ist monatlich zu zahlen.", "Vertrag", ""},
		{"trap: verb of saying", "Die Ministerin Eva Stein sagte zu dem Gesetzentwurf: „Er kommt zu spät.“", "Er kommt zu spät.", "Eva Stein", "Gesetzentwurf"},
		{"trap: no document", "Auf dem Tisch stand ein Glas: „Für alle.“", "Für alle.", "", "Tisch"},
		{"trap: Darin without document before", "Die Halle war voll. Darin stand der Chef: „Willkommen.“", "Willkommen.", "", "Halle"},
		{"trap: document as object", "Der Anwalt Max Ulm las das Urteil vor und stand dann auf: „Wir gehen in Berufung.“", "Wir gehen in Berufung.", "Max Ulm", "Urteil"},
		{"trap: no colon", "Im Vertrag steht, die Miete sei „monatlich“ zu zahlen, sagte Ute Baum.", "monatlich", "Ute Baum", "Vertrag"},
	})
}

// TestSpeaker_wonach: a quotation in a "wonach" clause whose subject is a
// person is that person's; with a thing for subject the source before
// "wonach" speaks.
func TestSpeaker_wonach(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"person subject", "Das Blatt zitiert einen Bericht, wonach der Minister Jan Ohm den Banken eine „grobe Fahrlässigkeit“ vorwirft.", "grobe Fahrlässigkeit", "Jan Ohm", "Blatt"},
		{"person with adverb", "Die Agentur meldet, wonach auch die Ministerin Eva Stein den Plan für „unbezahlbar“ hält.", "unbezahlbar", "Eva Stein", "Agentur"},
		{"relative inside", "Der Sender berichtet, wonach Max Ulm den Ländern die Schuld gibt, deren „maßlose Gier“ alles zerstöre.", "maßlose Gier", "Max Ulm", "Sender"},
		{"name only", "Es gibt eine Notiz, wonach Ute Baum die Lage „dramatisch“ nannte.", "dramatisch", "Ute Baum", ""},
		{"role and name", "Laut einer Mitteilung, wonach Vorstandschef Paul Roos das Jahr „historisch“ nennt, steigt die Dividende.", "historisch", "Paul Roos", ""},
		{"trap: thing subject", "Die Zeitung Nordkurier zitiert eine Studie, wonach die Preise „deutlich“ steigen.", "deutlich", "", "Preise"},
		{"trap: thing subject, speaker before", "Die Ministerin Eva Stein verwies auf eine Regel, wonach der Plan „unzulässig“ sei.", "unzulässig", "Eva Stein", "Plan"},
		{"trap: quote before wonach", "Die Ministerin Eva Stein nannte den Plan „mutig“, wonach Max Ulm schwieg.", "mutig", "Eva Stein", "Max Ulm"},
		{"trap: wonach in earlier sentence", "Es gibt einen Bericht, wonach Max Ulm schwieg. Die Ministerin Eva Stein nannte den Plan „mutig“.", "mutig", "Eva Stein", "Max Ulm"},
		{"trap: quantity subject", "Eine Umfrage zeigt, wonach rund 40 Prozent den Plan „unsinnig“ finden.", "unsinnig", "", "rund"},
	})
}

// TestSpeaker_passiveDocument: a passive of saying with no agent, said in
// a document ("In einem Schreiben der Anwälte wurde … hingewiesen"), has
// the document for source; a document in a clause of its own (after a
// comma) is no source of the main clause.
func TestSpeaker_passiveDocument(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"in einem Schreiben", "In einem Schreiben des Vereins wurde auf die „unklare Rechtslage“ hingewiesen.", "unklare Rechtslage", "Verein", ""},
		{"possessive genitive", "In einem Brief seiner Anwälte wurden die Richter auf die „Grundrechte“ hingewiesen.", "Grundrechte", "einem Brief seiner Anwälte", "Richter"},
		{"im Bericht", "Im Bericht der Prüfer wird der Umbau als „mangelhaft“ bezeichnet.", "mangelhaft", "Prüfer", "Umbau"},
		{"in der Mitteilung", "In der Mitteilung wurde die Lage als „stabil“ beschrieben.", "stabil", "Mitteilung", "Lage"},
		{"participle -ter in subject", "Ein nicht genannter Sprecher der Firma bezeichnet den Kauf als „strategisch“.", "strategisch", "Ein nicht genannter Sprecher der Firma", ""},
		{"trap: document in relative clause", "In einem Bericht, der später veröffentlicht wurde, nannte die Ministerin Eva Stein den Plan „mutig“.", "mutig", "Eva Stein", "Bericht"},
		{"trap: agent with von", "Im Bericht wurde der Plan von der Ministerin Eva Stein als „mutig“ bezeichnet.", "mutig", "Eva Stein", "Bericht"},
		{"trap: active verb", "Im Bericht nennt die Ministerin Eva Stein den Plan „mutig“.", "mutig", "Eva Stein", "Bericht"},
		{"trap: not a document", "In einem Saal wurde die Lage als „ernst“ beschrieben.", "ernst", "", "Saal"},
		{"trap: document after the verb", "Die Lage wurde als „ernst“ beschrieben, hieß es später, in einem Brief.", "ernst", "", "Lage"},
	})
}

// TestSpeaker_documentWordingInSentence: without a colon and without a
// verb of saying, a verb of wording makes the document the source ("Auf dem
// Plakat war die Parole „…“ zu lesen"); "fand sich dort" points to the
// document the sentence before names.
func TestSpeaker_documentWordingInSentence(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"zu lesen", "Auf dem Transparent war die Parole „Wir bleiben alle hier. Egal was kommt.“ zu lesen.", "Wir bleiben alle hier. Egal was kommt.", "Transparent", ""},
		{"steht in", "In der Satzung steht der Satz „Jedes Mitglied hat eine Stimme“ ganz oben.", "Jedes Mitglied hat eine Stimme", "Satzung", ""},
		{"fand sich dort", "Auf ihrer Homepage gab es Videos. Auch das Motiv fand sich dort: „Wir sind bereit.“", "Wir sind bereit.", "Homepage", "Motiv"},
		{"findet sich im", "Im Vertrag findet sich die Klausel „Die Kündigung muss schriftlich erfolgen.“ am Ende.", "Die Kündigung muss schriftlich erfolgen.", "Vertrag", ""},
		{"auf dem Flugblatt stand", "Auf dem Flugblatt stand groß „Alle Macht geht vom Volke aus.“", "Alle Macht geht vom Volke aus.", "Flugblatt", ""},
		{"trap: verb of saying", "Auf dem Transparent stand, sagte Eva Stein, der Satz „Wir bleiben alle hier. Egal was kommt.“", "Wir bleiben alle hier. Egal was kommt.", "Eva Stein", "Transparent"},
		{"trap: no document", "Auf dem Platz war die Parole „Wir bleiben alle“ zu hören.", "Wir bleiben alle", "", "Platz"},
		{"trap: dort without document before", "Die Halle war voll. Auch der Chef fand sich dort ein: „Willkommen.“", "Willkommen.", "", "Halle"},
		{"trap: document after verb of saying", "Der Minister Jan Ohm sagte: „Im Vertrag steht alles.“", "Im Vertrag steht alles.", "Jan Ohm", "Vertrag"},
		{"trap: no wording verb", "Auf dem Transparent und am Tor prangte die Parole „Wir bleiben alle hier. Egal was kommt.“", "Wir bleiben alle hier. Egal was kommt.", "", "Transparent"},
	})
}

// TestSpeaker_previousReporter: a quotation in a Konjunktiv sentence with
// no verb of saying takes the speaker of the sentence right before it: the
// subject of its verb of saying (even when that sentence quotes nothing) or
// its "so X" attribution, which may end in a place or medium ("so X in
// einem Interview"); a new paragraph or an indicative sentence ends it.
func TestSpeaker_previousReporter(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"verb of saying without quote", "Der Kommissar Olaf Kern bekräftigte das Engagement der Union. Die Regeln seien klar: „Recht geht vor.“", "Recht geht vor.", "Olaf Kern", "Union"},
		{"so with medium", "Doch sei es, so der Autor Max Ulm in einem Blogeintrag, ein Fehler gewesen. Deshalb müsse „die Politik umdenken“.", "die Politik umdenken", "Max Ulm", ""},
		{"so with wörtlich", "Es sei ein Fehler gewesen, so Eva Stein wörtlich. Daher könne „niemand zufrieden sein“.", "niemand zufrieden sein", "Eva Stein", ""},
		{"older speaker overridden", "„Wir sind bereit“, sagte Jan Ohm.\nDie Chefin Ute Baum betonte die Risiken. Der Plan sei „kaum zu halten“.", "kaum zu halten", "Ute Baum", "Jan Ohm"},
		{"pronoun subject", "Die Ministerin Lea Brandt sprach im Bundestag. Sie erläuterte die Lage. Es gebe „keinen Grund zur Sorge“.", "keinen Grund zur Sorge", "Lea Brandt", ""},
		{"trap: indicative sentence", "Der Kommissar Olaf Kern bekräftigte das Engagement. Die Regeln sind klar: „Recht geht vor.“", "Recht geht vor.", "", "Olaf Kern"},
		{"trap: object of the sentence before", "Die Firma verkaufte das Werk an Investoren. Die Regeln seien klar: „Recht geht vor.“", "Recht geht vor.", "", "Werk"},
		{"trap: so laut names the source after", "Sie wurden als „Feinde“, so die amtliche Sprachregelung laut der Agentur Nordpress, verurteilt.", "Feinde", "", "amtliche Sprachregelung"},
		{"trap: quantity before", "Rund 40 Prozent sagten nichts dazu. Die Lage sei „sehr ernst“.", "sehr ernst", "", "Rund"},
		{"trap: own verb of saying", "Der Kommissar Olaf Kern bekräftigte das Engagement. Die Chefin Eva Stein sagte, das sei „zu wenig“.", "zu wenig", "Eva Stein", "Olaf Kern"},
	})
}

// TestSpeaker_particleAcrossApposition: the particle of a separable verb
// of saying may stand after an apposition between commas ("wies Eva Stein,
// die Sprecherin der Firma, den Vorwurf zurück"); a clause between commas
// that is no apposition ends the search.
func TestSpeaker_particleAcrossApposition(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"ging davon aus", "Damals ging Lea Brandt, die Anwältin der Frau, noch davon aus, dass alles gut werde, „um die Kinder zu schonen“.", "um die Kinder zu schonen", "Lea Brandt", ""},
		{"wies zurück", "Am Montag wies Eva Stein, die Sprecherin der Firma, den Vorwurf als „haltlos“ zurück.", "haltlos", "Eva Stein", ""},
		{"teilte mit", "Gestern teilte Max Ulm, der Chef des Vereins, mit, die Saison sei „gelaufen“.", "gelaufen", "Max Ulm", ""},
		{"wies hin", "Dabei wies Jan Ohm, der Leiter der Schule, auf die „großen Lücken“ hin.", "großen Lücken", "Jan Ohm", ""},
		{"gab zu", "Schließlich gab Ute Baum, die Trainerin der Elf, zu, das Spiel sei „verdient verloren“.", "verdient verloren", "Ute Baum", ""},
		{"trap: relative clause", "Damals ging Lea Brandt, die lange schwieg, nach Hause, dass es „ernst“ sei.", "ernst", "", "Lea Brandt"},
		{"trap: particle in another clause", "Max Ulm, der Chef des Vereins, lachte, und die Lichter gingen aus, es war „vorbei“.", "vorbei", "", "Max Ulm"},
		{"trap: no particle", "Gestern teilte Max Ulm, der Chef des Vereins, den Kuchen, er sei „lecker“.", "lecker", "", "Kuchen"},
		{"trap: long gap", "Am Montag wies Eva Stein, die Sprecherin der größten und ältesten Firma der ganzen Region im Norden des Landes, den Vorwurf als „haltlos“ zurück.", "haltlos", "", "Region"},
		{"trap: lower-case word in apposition", "Am Montag ging Eva Stein, die sehr schnell lief, davon, sie sei „müde“.", "müde", "", "sehr"},
	})
}

// TestSpeaker_demonstrativeOwner: a sentence after a quotation that opens
// with a demonstrative and a noun of saying ("Diese dem Minister X
// zugeschriebene Weisheit …", "Dieses Versprechen des Präsidenten X …")
// names its speaker; a demonstrative before another noun names nobody.
func TestSpeaker_demonstrativeOwner(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"zugeschrieben dative", "„Wer wagt, gewinnt!“ Diese oft dem früheren Kanzler Olaf Kern zugeschriebene Weisheit gilt bis heute.", "Wer wagt, gewinnt!", "Olaf Kern", ""},
		{"genitive after noun", "„Wir schaffen das bis 2030.“ Dieses Versprechen des Ministers Jan Ohm hielt nicht lange.", "Wir schaffen das bis 2030.", "Jan Ohm", ""},
		{"von diesem", "„Ich bleibe im Amt.“ Von diesem Satz der Ministerin Eva Stein ist nichts geblieben.", "Ich bleibe im Amt.", "Eva Stein", ""},
		{"Zitat", "„Geld regiert die Welt.“ Dieses Zitat des Bankiers Max Ulm ist berühmt.", "Geld regiert die Welt.", "Max Ulm", ""},
		{"Aussage", "„Die Krise ist vorbei.“ Diese Aussage der Ökonomin Lea Brandt sorgte für Streit.", "Die Krise ist vorbei.", "Lea Brandt", ""},
		{"trap: other noun", "„Die Krise ist vorbei.“ Dieses Jahr der Ökonomin Lea Brandt war hart.", "Die Krise ist vorbei.", "", "Lea Brandt"},
		{"trap: no person", "„Die Krise ist vorbei.“ Diese Aussage des Berichts sorgte für Streit.", "Die Krise ist vorbei.", "", "Berichts"},
		{"trap: no demonstrative", "„Die Krise ist vorbei.“ Eine Aussage der Ökonomin Lea Brandt sorgte für Streit.", "Die Krise ist vorbei.", "", "Lea Brandt"},
		{"trap: new paragraph", "„Die Krise ist vorbei.“\nDiese Aussage der Ökonomin Lea Brandt sorgte für Streit.", "Die Krise ist vorbei.", "", "Lea Brandt"},
		{"trap: noun far away", "„Die Krise ist vorbei.“ Diese sehr lange und für alle im Land wirklich schwer zu ertragende Aussage der Ökonomin Lea Brandt sorgte für Streit.", "Die Krise ist vorbei.", "", "Lea Brandt"},
		{"quote inside the sentence before", "Der Bau sollte „die Grundlage für neuen Wohlstand“ schaffen. Von diesem Versprechen des Ministers Jan Ohm blieb wenig.", "die Grundlage für neuen Wohlstand", "Jan Ohm", ""},
		{"trap: verb of saying in the quote's sentence", "Eva Stein sagte, der Bau solle „die Grundlage für neuen Wohlstand“ schaffen. Von diesem Versprechen des Ministers Jan Ohm blieb wenig.", "die Grundlage für neuen Wohlstand", "Eva Stein", "Jan Ohm"},
	})
}

// TestSpeaker_wordingHolder: "in" a medium or a statement before a verb of
// wording ("In der Zeitung fand sich die Feststellung „…“", "ist in der
// Behauptung zu finden") makes it the source.
func TestSpeaker_wordingHolder(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"Zeitung fand sich", "In der Zeitung fand sich dazu die Feststellung „Mit dieser Ausgabe beginnt eine neue Zeit.“", "Mit dieser Ausgabe beginnt eine neue Zeit.", "Zeitung", ""},
		{"Behauptung zu finden", "Der Kern ist in der Behauptung zu finden „Wer unterschreibt, hilft den Gegnern.“", "Wer unterschreibt, hilft den Gegnern.", "Behauptung", ""},
		{"Magazin steht", "Im Magazin steht dazu der Satz „Die Mieten steigen weiter.“", "Die Mieten steigen weiter.", "Magazin", ""},
		{"Aussage steht", "In der Aussage steht ausdrücklich „Das Werk bleibt offen.“", "Das Werk bleibt offen.", "Aussage", ""},
		{"Wochenzeitung", "In der Wochenzeitung findet sich der Satz „Die Stadt wächst.“", "Die Stadt wächst.", "Wochenzeitung", ""},
		{"trap: verb of saying", "In der Zeitung sagte der Chef Max Ulm: „Die Stadt wächst.“", "Die Stadt wächst.", "Max Ulm", "Zeitung"},
		{"trap: not a holder", "In der Halle fand sich ein Schild „Die Stadt wächst weiter.“", "Die Stadt wächst weiter.", "", "Halle"},
		{"trap: no wording verb", "In der Zeitung prangte der Satz „Die Stadt wächst weiter.“", "Die Stadt wächst weiter.", "", "Zeitung"},
		{"trap: holder after the quotation", "Es fand sich der Satz „Die Stadt wächst weiter.“ in keiner Zeitung.", "Die Stadt wächst weiter.", "", "keiner Zeitung"},
		{"trap: person holder", "In Max Ulm fand sich ein Freund: „Wir halten zusammen.“", "Wir halten zusammen.", "", "Ulm"},
	})
}

// TestSpeaker_sourceOfStatement: a fragment in a clause whose source is
// given by "nach Angaben …", "nach ersten Erkenntnissen …" (a noun of
// statement after "nach", an adjective allowed between) is the words of that
// source, which speaks it; without such a phrase or verb the fragment
// stays a scare quote, and a name known "als „…“ bekannt" is no quotation.
func TestSpeaker_sourceOfStatement(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"nach Angaben, passive", "Nach Angaben der Feuerwehr wurden „etwa zwanzig Wohnungen“ geräumt.", "etwa zwanzig Wohnungen", "Feuerwehr", ""},
		{"nach Angaben, mid-clause", "Der Antrag werde nach Angaben der Kreisverwaltung „zügig und gründlich“ bearbeitet.", "zügig und gründlich", "Kreisverwaltung", ""},
		{"nach Angaben von", "Die Preise sind nach Angaben von Händlerin Jana Wolff „völlig aus dem Ruder“ gelaufen.", "völlig aus dem Ruder", "Jana Wolff", ""},
		{"nach ersten Erkenntnissen", "Nach ersten Erkenntnissen der Ermittler löste „ein defektes Kabel“ den Brand aus.", "ein defektes Kabel", "Ermittler", ""},
		{"nach den Worten", "Nach den Worten der Trainerin fehlte dem Team „jede Spritzigkeit“.", "jede Spritzigkeit", "Trainerin", ""},
	})
	checkRoles(t, []roleRow{
		{"nach eigenen Angaben", "Der Verein hat nach eigenen Angaben „so viele Mitglieder wie nie“.", "so viele Mitglieder wie nie", true},
		{"not: nach without source noun", "Nach dem „Jahrhundertsommer“ blieben die Felder trocken.", "Jahrhundertsommer", false},
		{"not: Angaben as object", "Die Behörde prüft die Angaben zum „Sonderfonds“ noch.", "Sonderfonds", false},
		{"not: als bekannt, attributive", "Nach Angaben der Stadt wurde das als „Rattenloch“ bekannte Haus geräumt.", "Rattenloch", false},
		{"not: als bekannt, predicative", "Laut der Polizei ist der Platz als „Angstraum“ bekannt.", "Angstraum", false},
	})
}

// TestSpeaker_angebenAnprangern: "angeben" (gab … an, hat angegeben) and
// "anprangern" (prangerte … an) are verbs of saying, split or joined; "gab
// … an" without a report stays silent, and a numeral's noun ("51 Prozent der
// Befragten") is a quantity, never the speaker.
func TestSpeaker_angebenAnprangern(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"gab an, dass", "Die Zeugin gab an, dass der Fahrer „viel zu schnell“ unterwegs war.", "viel zu schnell", "Zeugin", ""},
		{"gibt an, Konjunktiv", "Der Hersteller gibt an, das Gerät sei absolut wasserdicht.", "das Gerät sei absolut wasserdicht", "Hersteller", ""},
		{"hat angegeben", "Der Landwirt Peter Krause hat angegeben, er habe den Hund nie gesehen.", "er habe den Hund nie gesehen", "Peter Krause", ""},
		{"inverted gab an", "Zur Begründung gab die Kanzlerin Marie Stein an, der Etat sei „ausgereizt“.", "ausgereizt", "Marie Stein", ""},
		{"prangerte an", "Die Gewerkschaft prangerte an, dass die Fahrer „wie Leibeigene“ behandelt würden.", "wie Leibeigene", "Gewerkschaft", ""},
		{"quantity, numeral", "32 Prozent der Befragten gaben an, sie seien „eher zufrieden“.", "eher zufrieden", "", "Prozent"},
	})
	checkRoles(t, []roleRow{
		{"not: gab den Takt an", "Im Orchester gab der „Neue“ sofort den Takt an.", "Neue", false},
		{"not: no verb of saying", "Die Firma gab ihr „Traumschiff“ im Hafen ab.", "Traumschiff", false},
	})
}

// TestSpeaker_alsPhrase: a phrase with "als" opening a verb-second clause
// ("Als Grund wurde angegeben, …") is no subject: a passive without agent
// has no speaker, and an active clause names its subject after the
// auxiliary; "Als X erklärte, …" with the verb last is a subordinate clause
// whose subject speaks.
func TestSpeaker_alsPhrase(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"passive, no agent", "Die Bahn strich den Zug. Als Grund wurde genannt, ein Stellwerk sei ausgefallen.", "ein Stellwerk sei ausgefallen", "", "Grund"},
		{"passive angegeben", "Als Ursache wurde angegeben, die Pumpe habe versagt.", "die Pumpe habe versagt", "", "Ursache"},
		{"active after aux", "Als Erklärung hatte die Reederin Tanja Falk mitgeteilt, das Schiff sei „überladen“ gewesen.", "überladen", "Tanja Falk", "Erklärung"},
		{"subordinate als", "Als der Trainer Olaf Brandt erklärte, die Mannschaft sei „müde“, lachten einige.", "müde", "Olaf Brandt", ""},
		{"mehr als die Hälfte", "Die Umfrage lief im Mai. Mehr als die Hälfte der Befragten gab an, sie sei „eher skeptisch“.", "eher skeptisch", "", ""},
		{"knapp ein Drittel", "Knapp ein Drittel der Mitglieder sagte, der Beitrag sei „zu hoch“.", "zu hoch", "", ""},
	})
}

// TestSpeaker_sentenceInBracketsAfterName: a whole sentence in brackets
// right after a person's name is that person's quotation; a phrase without
// end punctuation there stays a gloss, and a name in brackets after an
// organization is no quotation. A quotation ending its sentence is no name
// for a naming verb of the next sentence ("„…“ Nun heißt es …").
func TestSpeaker_sentenceInBracketsAfterName(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"in a list of voices", "Viele gratulierten, so die Präsidentin des Verbands, Carla Weiß („Das hat sie sich redlich verdient.“), und andere.", "Das hat sie sich redlich verdient.", "Carla Weiß", ""},
		{"subject with apposition", "Der Leiter der Klinik, Jonas Brandt („Wir haben jetzt endlich Ruhe!“), zeigte sich erleichtert.", "Wir haben jetzt endlich Ruhe!", "Jonas Brandt", ""},
		{"next sentence heißt es", "Die Ministerin Ute Sommer sagte: „Der Plan steht. Wir setzen ihn jetzt um.“ Nun heißt es im Entwurf, die Frist sei verlängert worden.", "Der Plan steht. Wir setzen ihn jetzt um.", "Ute Sommer", ""},
	})
	checkRoles(t, []roleRow{
		{"not: gloss without end punctuation", "Die Partei Fidesz („Bund junger Demokraten“) gewann die Wahl.", "Bund junger Demokraten", false},
		{"not: translated name after a person", "Der Künstler Kim Ho („Der stille Berg“) stellt in Köln aus.", "Der stille Berg", false},
		{"not: naming verb right after", "„Die Flinke“ heißt das neue Boot der Werft.", "Die Flinke", false},
	})
}

// TestSpeaker_documentDate: a date after the document of "heißt es" ("vom
// Montag", "vom Sonntag") is neither the document's author nor a source.
func TestSpeaker_documentDate(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"document vom Montag", "In der Mitteilung vom Montag heißt es: „Wir halten an dem Standort fest.“", "Wir halten an dem Standort fest.", "Mitteilung", "Montag"},
		{"author vom Freitag", "In einem Brief der Stiftung vom Freitag heißt es: „Die Mittel sind erschöpft.“", "Die Mittel sind erschöpft.", "Stiftung", ""},
		{"no document, only a date", "Zu den Krawallen vom Samstag heißt es, die Polizei sei „völlig überfordert“ gewesen.", "völlig überfordert", "", "Samstag"},
		{"author kept", "In einer Erklärung des Verbands heißt es: „Wir lehnen das ab.“", "Wir lehnen das ab.", "Verband", ""},
	})
}

// TestSpeaker_moreSpeechVerbs: wiederholen, präzisieren, mutmaßen,
// prophezeien and eingestehen (gestand … ein) attribute a quotation; the
// participle "gestanden" of stehen is no verb of saying.
func TestSpeaker_moreSpeechVerbs(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"wiederholt, inverted", "„Wir bleiben bei unserem Nein“, wiederholte die Senatorin Lea Vogt am Abend.", "Wir bleiben bei unserem Nein", "Lea Vogt", ""},
		{"präzisierte, colon", "Der Sprecher Tim Hahn präzisierte: „Gemeint sind nur die Filialen im Norden.“", "Gemeint sind nur die Filialen im Norden.", "Tim Hahn", ""},
		{"mutmaßen, plural", "„Das Feuer wurde wohl gelegt“, mutmaßen die Ermittler.", "Das Feuer wurde wohl gelegt", "Ermittler", ""},
		{"prophezeit", "Die Analystin Nora Beck prophezeit: „Der Kurs wird sich halbieren.“", "Der Kurs wird sich halbieren.", "Nora Beck", ""},
		{"gestand ein, dass", "Der Bürgermeister Ralf Kunz gestand ein, dass die Stadt „zu spät“ reagiert habe.", "zu spät", "Ralf Kunz", ""},
	})
	checkRoles(t, []roleRow{
		{"not: gestanden of stehen", "Vor dem Laden hat die Schlange „bis um die Ecke“ gestanden.", "bis um die Ecke", false},
	})
}

// TestSpeaker_roleInFixedPhrase: "in Bezug auf", "in Richtung" after a role
// noun is a fixed phrase, not the place of the role ("der Sprecher in
// Berlin" keeps its place).
func TestSpeaker_roleInFixedPhrase(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"in Bezug auf", "Zurückhaltend äußerte sich der Schalke-Trainer in Bezug auf neue Spieler: „Wir schauen uns in Ruhe um.“", "Wir schauen uns in Ruhe um.", "Schalke-Trainer", "Schalke-Trainer in Bezug"},
		{"in Richtung", "Deutlich wurde die Ministerin in Richtung der Opposition: „Ihr habt keinen Plan.“", "Ihr habt keinen Plan.", "Ministerin", "Ministerin in Richtung"},
		{"place kept", "Der Botschafter in Hamburg sagte: „Die Visa kommen bald.“", "Die Visa kommen bald.", "Botschafter in Hamburg", ""},
	})
}

// TestSpeaker_roleOfOwnerWithName: "der Sprecher von Kanzlerin X, Y" is Y,
// the name in apposition to the role, not X, the owner in its "von" or
// genitive phrase; a name followed by an apposition naming another person
// stays the speaker.
func TestSpeaker_roleOfOwnerWithName(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"inverted, von", "„Die Gespräche laufen“, sagte die Sprecherin von Bürgermeister Karl Ott, Mia Sander.", "Die Gespräche laufen", "Mia Sander", "Karl Ott"},
		{"fronted, von", "Der Berater von Ministerin Ida Kranz, Paul Vogel, erklärte: „Es gibt keine Einigung.“", "Es gibt keine Einigung.", "Paul Vogel", "Ida Kranz"},
		{"name first", "Lena Fuchs, Stellvertreterin von Ida Kranz, sagte: „Wir warten ab.“", "Wir warten ab.", "Lena Fuchs", "Ida Kranz"},
	})
	checkRoles(t, []roleRow{
		{"not: record title", "Die Sängerin kehrt mit ihrer neuen Platte „Morgenrot“ zurück.", "Morgenrot", false},
		{"not: podcast title", "Im Podcast „Zwischen den Zeilen“ spricht sie über ihr Buch.", "Zwischen den Zeilen", false},
	})
}

// TestSpeaker_dieRedeVon: "war von „…“ die Rede", "ist die Rede von „…“"
// reports what was spoken of; the document after "in" is its source.
// "Die Rede des Ministers" as a subject governs nothing.
func TestSpeaker_dieRedeVon(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"in document, von … die Rede", "In dem Rundschreiben war von einer „schmerzhaften, aber nötigen Umstellung“ die Rede.", "schmerzhaften, aber nötigen Umstellung", "Rundschreiben", ""},
		{"ist die Rede von", "Im Protokoll ist die Rede von einem „offenen und ehrlichen Austausch“.", "offenen und ehrlichen Austausch", "Protokoll", ""},
		{"no document", "Bei der Versammlung war vom „endgültigen Aus für das Werk“ die Rede.", "endgültigen Aus für das Werk", "", ""},
	})
	checkRoles(t, []roleRow{
		{"not: die Rede as subject", "Die Rede der Präsidentin vom Dienstag handelte von einer „neuen Ära“.", "neuen Ära", false},
	})
}

// TestSpeaker_calmingVerbs: verbs that play a statement down
// (beschwichtigen, relativieren, wiegelte … ab) introduce the speaker
// after the quotation like any verb of saying. Verbs that mostly mean
// something else ("beruhigen" a market, "einschränken" a service) are
// none: their quotations would be scare quotes and names.
func TestSpeaker_calmingVerbs(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"beschwichtigte", "„Die Lieferungen laufen wieder“, beschwichtigte die Sprecherin Lea Hahn.", "Die Lieferungen laufen wieder", "Lea Hahn", ""},
		{"relativierte", "„Das ist nur ein Zwischentief“, relativierte Finanzchefin Eva Roth.", "Das ist nur ein Zwischentief", "Eva Roth", ""},
		{"relativiert present", "„Die Zahlen sind nur eine Momentaufnahme“, relativiert die Forscherin Ida Stern.", "Die Zahlen sind nur eine Momentaufnahme", "Ida Stern", ""},
		{"wiegelte ab", "„Das ist alles halb so wild“, wiegelte Vorstand Paul Kern ab.", "Das ist alles halb so wild", "Paul Kern", ""},
	})
	// no quotation, no report: the verb alone is no speech
	for _, in := range []string{
		"Der Vorstand beruhigte die Anleger mit einer höheren Dividende.",
		"Die Bank schränkte das Angebot ein.",
		"Der „Nordexpress“ kann nur eingeschränkt fahren.",
		"Die Zinssenkung sollte die Lage beruhigen, bewirkte aber das Gegenteil.",
	} {
		assert.Empty(t, quote.Find(in), in)
	}
}

// TestSpeaker_commentVerb: right after a quotation and its comma, a verb
// that is no verb of saying (erwarten, finden, sich freuen, befinden …)
// takes the quotation for its object, and its subject after it speaks.
func TestSpeaker_commentVerb(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"erwartet", "„Im Frühjahr zieht die Nachfrage wieder an“, erwartet Chefvolkswirtin Lea Brandt.", "Im Frühjahr zieht die Nachfrage wieder an", "Lea Brandt", ""},
		{"findet", "„Das ist ein fairer Kompromiss“, findet der Betriebsratschef Ole Jansen.", "Das ist ein fairer Kompromiss", "Ole Jansen", ""},
		{"freute sich", "„Wir haben jedes Ziel übertroffen“, freute sich Vorstandschefin Mira Koch.", "Wir haben jedes Ziel übertroffen", "Mira Koch", ""},
		{"empörte sich", "„Das grenzt an Erpressung“, empörte sich der Verband der Spediteure.", "Das grenzt an Erpressung", "Verband der Spediteure", ""},
		{"befand", "„Der Vertrag ist nichtig“, befand das Gericht in Linz.", "Der Vertrag ist nichtig", "Gericht", ""},
		{"schmunzelte", "„Ich bin eben ein Optimist“, schmunzelte Finanzvorstand Jan Holm.", "Ich bin eben ein Optimist", "Jan Holm", ""},
		{"pflichtete bei", "„Das ist überfällig“, pflichtete ihm die Ökonomin Ruth Meier bei.", "Das ist überfällig", "Ruth Meier", ""},
		{"gab sich", "„Wir holen den Rückstand auf“, gab sich Trainer Paul Wendt kämpferisch.", "Wir holen den Rückstand auf", "Paul Wendt", ""},
		{"plural", "„Die Zinswende kommt zu spät“, fürchten die Analysten der Landesbank.", "Die Zinswende kommt zu spät", "Analysten der Landesbank", ""},
		{"trap: clause in the front field", "Nach dem Hinweis der Aufsicht, das Risiko sei „beherrschbar“, reagierten die Anleger erleichtert.", "beherrschbar", "", "Anleger"},
		{"trap: no comma", "Sie las „Der Zauberberg“ fand aber keinen Gefallen daran.", "Der Zauberberg", "", "aber"},
		{"trap: title before a clause", "Das Buch „Geld und Macht“ fand der Kritiker Tom Bauer langweilig.", "Geld und Macht", "", "Tom Bauer"},
	})
}

// TestSpeaker_withTheseWords: a sentence that opens with "Mit diesen
// Worten" (mit, a few words, a noun of saying) names the speaker of the
// quotation before it in its subject, whatever its verb; in the same
// sentence after a comma or a dash too.
func TestSpeaker_withTheseWords(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"next sentence", "„Wir bleiben bei unserem Kurs.“ Mit diesen Worten verabschiedete sich Vorstandschef Ralf Otte von den Aktionären.", "Wir bleiben bei unserem Kurs.", "Ralf Otte", ""},
		{"Satz", "„Die Kasse ist leer.“ Mit dem Satz schockte die Kämmerin Eva Lind den Stadtrat.", "Die Kasse ist leer.", "Eva Lind", ""},
		{"comma", "„Heute ist ein guter Tag für die Region“, mit diesen Worten trat Landrat Kurt Sommer vor die Presse.", "Heute ist ein guter Tag für die Region", "Kurt Sommer", ""},
		{"dash", "„Wir wachsen wieder“ – mit diesen Worten begrüßte Firmenchefin Ada Brenner die Gäste.", "Wir wachsen wieder", "Ada Brenner", ""},
		{"trap: mit and no noun of saying", "„Die Kasse ist leer.“ Mit der Bahn fuhr der Kämmerer Max Stein nach Wien.", "Die Kasse ist leer.", "", "Max Stein"},
		{"trap: a document for subject", "„Die Kasse ist leer.“ Mit diesen Worten begann der Brief, den die Stadt verschickte.", "Die Kasse ist leer.", "", "Brief"},
	})
}

// TestSpeaker_ageEpithet: news refers back to a person by the age ("der
// 52-Jährige", "die 47-Jährige"); like a pronoun it names the last person
// who fits, and stays the phrase when nobody does.
func TestSpeaker_ageEpithet(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"after", "Jonas Feld leitet ab Januar den Vertrieb. „Ich freue mich auf das Team“, sagte der 52-Jährige.", "Ich freue mich auf das Team", "Jonas Feld", ""},
		{"so", "Die Managerin Greta Sommer wechselt nach Zürich. „Es war Zeit für einen Neuanfang“, so die 47-Jährige.", "Es war Zeit für einen Neuanfang", "Greta Sommer", ""},
		{"before", "Bernd Ott führt die Brauerei seit 30 Jahren. Der 61-Jährige sagte: „Ans Aufhören denke ich nicht.“", "Ans Aufhören denke ich nicht.", "Bernd Ott", ""},
		{"gender", "Tina Ruf und Jan Ruf stellten die Bilanz vor. „Wir sind zufrieden“, sagte die 44-Jährige.", "Wir sind zufrieden", "Tina Ruf", "Jan Ruf"},
		{"nobody named", "„Ich habe nichts bereut“, sagte der 70-Jährige.", "Ich habe nichts bereut", "70-Jährige", ""},
		{"trap: plural", "Ute Lenz lobte die Lehrlinge. „Wir haben viel gelernt“, sagten die 18-Jährigen.", "Wir haben viel gelernt", "", "Ute Lenz"},
	})
}

// TestSpeaker_pluralRoleNoName: a role noun in the plural after "die" is a
// group, and the capitalized word after it its object, no surname ("die
// Ermittler Hinweise"): no person is learned from it.
func TestSpeaker_pluralRoleNoName(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"object after plural role", "Von der Zeugin erhoffen sich die Ermittler Hinweise auf den Täter. Er habe „alles geplant“, sagte sie.", "alles geplant", "", "Hinweise"},
		{"singular feminine role keeps the name", "Am Abend sprach die Ermittlerin Wagner. Man habe „eine heiße Spur“, sagte sie.", "eine heiße Spur", "Wagner", ""},
	})
}

// TestSpeaker_quotedObject: "zitieren" has the medium for subject and the
// person quoted for object; before a colon or with "mit den Worten" the
// object speaks.
func TestSpeaker_quotedObject(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"role object, colon", "Die Zeitung zitierte den Werksleiter mit den Worten: „Wir kämpfen um jede Stelle.“", "Wir kämpfen um jede Stelle.", "Werksleiter", "Zeitung"},
		{"named object, colon", "Der „Kurier“ zitiert Wifo-Ökonomin Maria Lenz: „Das Wachstum bleibt schwach.“", "Das Wachstum bleibt schwach.", "Maria Lenz", "Kurier"},
		{"fragment in the reported clause", "Die Agentur zitierte Finanzminister Emil Kranz mit den Worten, der Etat sei „auf Kante genäht“.", "auf Kante genäht", "Emil Kranz", "Agentur"},
		{"trap: passive keeps the person", "Der Minister wird in der Zeitung mit den Worten zitiert: „Wir prüfen alles.“", "Wir prüfen alles.", "Minister", "Zeitung"},
	})
}

// TestSpeaker_mediumSource: a report after "nach Informationen / Recherchen
// / Berechnungen / Auskunft der X", "laut einem Bericht des „X“" and
// "Einem Bericht der „X“ zufolge" has the medium for its source; a medium
// in marks belongs to the phrase, not to the reported clause.
func TestSpeaker_mediumSource(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"laut Bericht des medium in marks", "Laut einem Bericht des „Tagblatts“ verkauft die Reederei zwei Schiffe.", "verkauft die Reederei zwei Schiffe", "Tagblatt", ""},
		{"nach Informationen", "Nach Informationen der „Neuen Presse“ schließt die Filiale im März.", "schließt die Filiale im März", "Neuen Presse", ""},
		{"nach Recherchen", "Nach Recherchen des WDR hat die Behörde die Hinweise übersehen.", "hat die Behörde die Hinweise übersehen", "Westdeutscher Rundfunk", ""},
		{"nach Auskunft", "Nach Auskunft der Feuerwehr wurde niemand verletzt.", "wurde niemand verletzt", "Feuerwehr", ""},
		{"zufolge with a genitive", "Einem Bericht der „Rundschau“ zufolge prüft die Stadt eine neue Brücke.", "prüft die Stadt eine neue Brücke", "Rundschau", ""},
		{"apposition in marks", "Nach Informationen des Magazins „Der Blick“ plant der Klub einen Neubau.", "plant der Klub einen Neubau", "Magazins „Der Blick“", ""},
		{"trap: dative medium after the verb", "„Wir prüfen das“, sagte der Landrat der „Rundschau“.", "Wir prüfen das", "Landrat", "Landrat der „Rundschau“"},
	})
}

// TestSpeaker_anonymousSource: the anonymous source of wire copy has an
// extended attribute before its noun ("eine mit den Plänen vertraute
// Person", "zwei mit der Sache vertraute Insider", "ein mit dem Fall
// befasster Beamter"); the phrase is the speaker, not the subject of the
// reported clause, and a title noun inside the attribute ("an der Studie
// beteiligte") does not make the quotation a title.
func TestSpeaker_anonymousSource(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"eine vertraute Person", "„Der Verkauf ist so gut wie beschlossen“, sagte eine mit den Plänen vertraute Person.", "Der Verkauf ist so gut wie beschlossen", "mit den Plänen vertraute Person", ""},
		{"mehrere, reported clause", "Die Gespräche seien „weit fortgeschritten“, sagten mehrere mit der Sache vertraute Personen.", "weit fortgeschritten", "mit der Sache vertraute Personen", "Gespräche"},
		{"zwei", "„Die Frist läuft ab“, sagten zwei mit den Verhandlungen vertraute Insider.", "Die Frist läuft ab", "mit den Verhandlungen vertraute Insider", ""},
		{"befasster", "„Wir haben Hinweise“, sagte ein mit dem Fall befasster Ermittler.", "Wir haben Hinweise", "ein mit dem Fall befasster Ermittler", ""},
		{"title noun in the attribute", "„Die Daten sind eindeutig“, erklärt der an der Studie beteiligte Forscher Tom Kessler.", "Die Daten sind eindeutig", "Tom Kessler", ""},
		{"trap: a number stays a quantity", "„Das reicht nicht“, sagten zwei Drittel der Befragten.", "Das reicht nicht", "", "Drittel der Befragten"},
	})
}

// TestSpeaker_gapping: a second conjunct that leaves out the verb of
// saying ("X spricht von „A“, Y von „B“") has its own subject for speaker.
func TestSpeaker_gapping(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"second conjunct", "Der Betriebsrat spricht von einem „Kahlschlag“, die Geschäftsführung von einer „nötigen Anpassung“.", "nötigen Anpassung", "Geschäftsführung", "Betriebsrat"},
		{"first conjunct keeps its subject", "Der Betriebsrat spricht von einem „Kahlschlag“, die Geschäftsführung von einer „nötigen Anpassung“.", "Kahlschlag", "Betriebsrat", ""},
		{"party", "Die Union sprach von „Erpressung“, die SPD von einem „fairen Kompromiss“.", "fairen Kompromiss", "SPD", "Union"},
		{"trap: a reported clause with its own verb", "Die Zeitung schreibt, das Papier des Ministers zur „schrittweisen Abschaffung“ liege ihr vor.", "schrittweisen Abschaffung", "", "Papier des Ministers"},
	})
}

// TestSpeaker_reportedClauseEdges: a noun with an indefinite article after
// a copula in a reported clause is what the subject is said to be, a
// quotation, not a title ("die Reform sei „ein Meilenstein“"); and the
// subject of a reported clause after the comma is no apposition of the
// speaker ("erklärte die Gewerkschaft, der Vorstand habe „…“").
func TestSpeaker_reportedClauseEdges(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"predicate noun", "Am Morgen sagte die Landrätin Ina Vogt, der Neubau sei „ein Meilenstein“.", "ein Meilenstein", "Ina Vogt", ""},
		{"predicate noun, ist", "Der Verband erklärte, das Urteil ist „eine Zäsur“.", "eine Zäsur", "Verband", ""},
		{"not an apposition", "In einer Mitteilung erklärte die Gewerkschaft, der Vorstand habe „jedes Vertrauen verspielt“.", "jedes Vertrauen verspielt", "Gewerkschaft", "Gewerkschaft, der Vorstand"},
		{"trap: title with an article", "Die Zeitschrift „Die Woche“ erscheint nicht mehr.", "Die Woche", "", "Zeitschrift"},
	})
	q, _ := findQuote(t, "Die Zeitschrift „Die Woche“ erscheint nicht mehr.", "Die Woche")
	assert.Nil(t, q, "a title is no quotation")
}

// TestSpeaker_subordinateSpeech: a quotation in a subordinate clause that
// opens the sentence and has its own verb of saying is that clause's
// subject's; the verb after the quotation belongs to the main clause.
func TestSpeaker_subordinateSpeech(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"während, reported clause", "Während die Ministerin erklärte, die Lage sei „unter Kontrolle“, räumte der Polizeichef Versäumnisse ein.", "unter Kontrolle", "Ministerin", "Polizeichef"},
		{"während, direct", "Während Ida Kern betonte, „wir bleiben auf Kurs“, warnte Tom Weber vor zu viel Optimismus.", "wir bleiben auf Kurs", "Ida Kern", "Tom Weber"},
		{"trap: no verb of saying in the clause", "Weil die Lage „ernst“ ist, sagte der Minister die Reise ab.", "ernst", "", "Lage"},
		{"main clause keeps its attribution", "Die Dividende bleibe „stabil“, sagte der Finanzchef Kai Brandt.", "stabil", "Kai Brandt", ""},
	})
}

// TestSpeaker_objectsAreNoSubjects: a phrase with an article of the
// dative or accusative after a full verb is its object, never the speaker
// ("dankte den Helfern und ergänzte"); after the verb of saying a second
// "der" before a medium is whom it was said to ("sagte ein Sprecher des
// Ministeriums der Deutschen Presse-Agentur").
func TestSpeaker_objectsAreNoSubjects(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"dative object of the first verb", "Einer der Streikführer, Jonas Ebert, dankte den Beschäftigten für ihre Geduld und ergänzte, der Arbeitskampf sei „noch lange nicht vorbei“.", "noch lange nicht vorbei", "", "Beschäftigten"},
		{"simple subject stays", "Der Bürgermeister dankte den Helfern und sagte, die Stadt sei „tief bewegt“.", "tief bewegt", "Bürgermeister", "Helfern"},
		{"dative medium", "„Wir prüfen das“, sagte ein Sprecher des Innenministeriums der Deutschen Presse-Agentur.", "Wir prüfen das", "ein Sprecher des Innenministeriums", ""},
		{"genitive chain stays", "„Wir prüfen das“, sagte der Sprecher des Verbands der Chemischen Industrie.", "Wir prüfen das", "Sprecher des Verbands der Chemischen Industrie", ""},
		{"federal agency is no medium", "„Der Markt ist robust“, sagte ein Vertreter der Arbeitgeber im Rat der Bundesagentur.", "Der Markt ist robust", "ein Vertreter der Arbeitgeber im Rat der Bundesagentur", ""},
	})
}

// TestSpeaker_reportTwoBack: a Konjunktiv sentence with a fragment goes on
// with the report made two sentences before it when the sentence between
// goes on in Konjunktiv too.
func TestSpeaker_reportTwoBack(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"two back", "Verbraucherschützer warnten schon lange. Die Ministerin weist nun selbst auf die Risiken hin. Dazu gehöre die Gesichtserkennung. So gewonnene Daten seien „besonders heikel“.", "besonders heikel", "Ministerin", "Verbraucherschützer"},
		{"one back", "Die Ministerin weist auf die Risiken hin. Die Daten seien „besonders heikel“.", "besonders heikel", "Ministerin", ""},
		{"trap: an indicative sentence between", "Die Ministerin weist auf die Risiken hin. Die Technik schreitet voran. Die Daten seien „besonders heikel“.", "besonders heikel", "", "Technik"},
	})
}

// TestSpeaker_nameEdges: a person's age in brackets is no part of the
// name ("Mislintat (48)"); a known given name before a known surname
// names another person of that family ("Sein Bruder Jonas Brand" after
// "Peter Brand"); a particle before a word written otherwise than a name
// ("zu BamS") is a preposition, not part of the name.
func TestSpeaker_nameEdges(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"age in brackets", "„Wir haben es verdient“, sagte Trainer Kowalski (48) am Samstag.", "Wir haben es verdient", "Kowalski", "Kowalski (48)"},
		{"another given name", "Der Minister Peter Brand tritt zurück. Sein Bruder Jonas Brand sagte: „Ich bin stolz auf ihn.“", "Ich bin stolz auf ihn.", "Jonas Brand", "Peter Brand"},
		{"the same person by surname", "Der Minister Peter Brand tritt zurück. „Es war eine gute Zeit“, sagte Brand.", "Es war eine gute Zeit", "Peter Brand", ""},
		{"role before the surname", "Der Minister Peter Brand tritt zurück. „Es war eine gute Zeit“, sagte Minister Brand.", "Es war eine gute Zeit", "Peter Brand", ""},
	})
	q, _ := findQuote(t, "„Das ist unser Jahr“, sagte Sandra zu BamS.", "Das ist unser Jahr")
	require.NotNil(t, q)
	require.NotNil(t, q.Speaker)
	assert.Equal(t, "Sandra", q.Speaker.Text)
}

// TestSpeaker_lautGenitive: after "laut" a noun of a document, statement
// or survey hands on to its genitive, the source ("laut einer Mitteilung
// der Polizei"); the reported clause starts after it. A bare noun before
// "der" keeps its phrase ("erhielt laut US-Medien der Entwickler …").
func TestSpeaker_lautGenitive(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"Mitteilung", "Laut einer Mitteilung der Polizei wurde niemand verletzt.", "wurde niemand verletzt", "Polizei", ""},
		{"Studie", "Laut einer Studie der Universität Graz verdienen Frauen weniger.", "verdienen Frauen weniger", "Universität Graz", ""},
		{"Angaben", "Laut Angaben der Feuerwehr brach das Feuer im Keller aus.", "brach das Feuer im Keller aus", "Feuerwehr", ""},
		{"Aussendung", "„Wir rechnen mit höheren Kosten“, heißt es in einer Aussendung der Arbeiterkammer.", "Wir rechnen mit höheren Kosten", "Arbeiterkammer", ""},
		{"trap: nominative after a bare noun", "Den Zuschlag erhielt laut US-Medien der Entwickler Nordsoft.", "Den Zuschlag erhielt laut US-Medien der Entwickler Nordsoft", "", "Entwickler Nordsoft"},
	})
}

// TestSpeaker_doctorDegree: the field of a doctor's degree after "Dr."
// ("Dr. med.", "Dr. rer. nat.") belongs to the title, not to the end of a
// sentence or of the name.
func TestSpeaker_doctorDegree(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"Dr. med.", "„Das war knapp“, sagte Dr. med. Jan Hollweg, Chefarzt am Klinikum.", "Das war knapp", "Jan Hollweg", "Dr"},
		{"Dr. rer. nat.", "Dr. rer. nat. Eva Sommer, Leiterin des Labors, sagte: „Die Probe ist sauber.“", "Die Probe ist sauber.", "Eva Sommer", ""},
		{"Prof. Dr.", "„Wir sind so weit“, sagte Prof. Dr. Ute Lind.", "Wir sind so weit", "Ute Lind", ""},
	})
}

// TestSpeaker_compoundOwner: the owner of a document is the whole
// compound, not an organization that only opens it ("einer Erklärung des
// Siemens-Betriebsrates" is the works council, not Siemens).
func TestSpeaker_compoundOwner(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"compound", "„Wir wollen effizienter werden“, heißt es in einer Erklärung des Siemens-Betriebsrates.", "Wir wollen effizienter werden", "Siemens-Betriebsrat", "Siemens"},
		{"the organization itself", "„Wir wollen effizienter werden“, heißt es in einer Erklärung von Siemens.", "Wir wollen effizienter werden", "Siemens", ""},
	})
}

// TestSpeaker_commentPhrases: phrases after a quotation that name its
// speaker without a verb of saying: "gibt X zu bedenken", "ist sich X
// sicher", "ist X überzeugt", "beschwerte sich X", "heißt es beim X".
func TestSpeaker_commentPhrases(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"zu bedenken", "„Das dauert noch Jahre“, gibt Ökonomin Lena Vogt zu bedenken.", "Das dauert noch Jahre", "Lena Vogt", ""},
		{"ist sich sicher", "„Die Preise steigen weiter“, ist sich Makler Jan Roth sicher.", "Die Preise steigen weiter", "Jan Roth", ""},
		{"ist überzeugt", "„Das wird teuer“, ist Finanzexperte Paul Lenz überzeugt.", "Das wird teuer", "Paul Lenz", ""},
		{"beschwerte sich", "„Das war nicht fair“, beschwerte sich Kapitän Lukas Brandl.", "Das war nicht fair", "Lukas Brandl", ""},
		{"heißt es beim", "„Wir sind am Limit“, heißt es beim Roten Kreuz.", "Wir sind am Limit", "Deutsches Rotes Kreuz", ""},
		{"trap: a copula with another adjective", "Der Titel lautet „Neue Wege“, ist aber noch nicht fertig.", "Neue Wege", "", "aber"},
	})
}

// TestSpeaker_nextSentenceOwner: a sentence after a quotation that says
// whose words they are ("Diese Worte stammen von X", "Das sind die Worte
// von X") or that X holds them true ("Davon ist X überzeugt") names the
// speaker.
func TestSpeaker_nextSentenceOwner(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"stammen von", "„Uns stehen harte Jahre bevor.“ Diese Worte stammen von Wirtschaftsminister Rolf Weiß.", "Uns stehen harte Jahre bevor.", "Rolf Weiß", ""},
		{"Worte von", "„Uns stehen harte Jahre bevor.“ Das sind die Worte von Wirtschaftsminister Rolf Weiß.", "Uns stehen harte Jahre bevor.", "Rolf Weiß", ""},
		{"Worte des", "„Uns stehen harte Jahre bevor.“ Das waren die Worte des Ministers Rolf Weiß.", "Uns stehen harte Jahre bevor.", "Rolf Weiß", ""},
		{"davon überzeugt", "„Uns stehen harte Jahre bevor.“ Davon ist Wirtschaftsminister Rolf Weiß überzeugt.", "Uns stehen harte Jahre bevor.", "Rolf Weiß", ""},
		{"trap: a thing", "„Uns stehen harte Jahre bevor.“ Diese Worte stammen aus einem Brief.", "Uns stehen harte Jahre bevor.", "", "Brief"},
	})
}

// TestSpeaker_surnameShapes: a surname that opens with its particle stands
// in the speaker's place after a verb of saying or "so" ("sagte von der
// Leyen"); a month's name after a given name is a surname ("Jörg Mai").
func TestSpeaker_surnameShapes(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"sagte von der", "„Europa muss liefern“, sagte von der Leyen in Brüssel.", "Europa muss liefern", "von der Leyen", ""},
		{"so von", "„Das ist ein fairer Deal“, so von Preen.", "Das ist ein fairer Deal", "von Preen", ""},
		{"month surname", "„Wir sind gut aufgestellt“, sagte Finanzchef Jörg Mai.", "Wir sind gut aufgestellt", "Jörg Mai", ""},
		{"trap: a place after another verb", "„Wir sind bereit“, sagte die Delegation, die von Berlin angereist war.", "Wir sind bereit", "Delegation", "von Berlin"},
	})
}

// TestRole_mediumAfterBei: a medium in marks after "bei", "beim" or
// "gegenüber" (with or without an article) is where the words were said,
// not a quotation.
func TestRole_mediumAfterBei(t *testing.T) {
	for _, in := range []string{
		"„Wir sind bereit“, sagte Sportchef Ralf Becker am Mittwoch bei „Dynamo-TV“.",
		"„Wir sind bereit“, sagte die Trainerin beim „Sportstudio“.",
	} {
		qs := quote.Find(in)
		checkSpans(t, in, qs)
		require.Len(t, qs, 1, in)
		require.NotNil(t, qs[0].Speaker, in)
	}
}

// TestSpeaker_pressReview: in a press review a medium's name in marks
// alone before the colon speaks ("„Le Monde“: „…“").
func TestSpeaker_pressReview(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"guillemets", "„Le Figaro“: „Frankreich steht vor einer Zerreißprobe.“", "Frankreich steht vor einer Zerreißprobe.", "Le Figaro", ""},
		{"straight marks", "\"Neue Zürcher Zeitung\": \"Die Schweiz muss handeln.\"", "Die Schweiz muss handeln.", "Neue Zürcher Zeitung", ""},
		{"trap: a title with lower-case words", "Das Motto „Mehr wagen“: „Wir packen es an.“", "Wir packen es an.", "", "Mehr wagen"},
	})
}

// TestSpeaker_ageAttribute: an age as attribute ("der 61 Jahre alte
// Manager") stands between the article and a role or a name.
func TestSpeaker_ageAttribute(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"role and name", "„Ich bleibe bis 2027“, sagte der 61 Jahre alte Manager Jens Roth.", "Ich bleibe bis 2027", "Jens Roth", ""},
		{"role", "Der 61 Jahre alte Manager sagte: „Ich bleibe bis 2027.“", "Ich bleibe bis 2027.", "61 Jahre alte Manager", ""},
		{"trap: no role, a non-speaking subject", "Der 27 Jahre alte Linkshänder erlitt beim Turnier „eine Teilruptur des Außenbandes“.", "eine Teilruptur des Außenbandes", "", "27 Jahre alte Linkshänder"},
	})
}

// TestSpeaker_placeAfterIn: after "heißt es"/"hieß es" a bare "in" with a
// single name and no article names the place where the words were heard,
// not their source; an article, a document noun or a plural of a group
// keep the source.
func TestSpeaker_placeAfterIn(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"trap: city after the quotation", "„Die Fabrik wird nicht geschlossen“, hieß es am Dienstag in Hannover.", "Die Fabrik wird nicht geschlossen", "", "Hannover"},
		{"trap: fronted city", "In Wien heißt es, die Steuer komme „frühestens im Herbst“.", "frühestens im Herbst", "", "Wien"},
		{"document after in stays", "„Die Fabrik wird nicht geschlossen“, hieß es in einem Schreiben der Geschäftsführung.", "Die Fabrik wird nicht geschlossen", "Geschäftsführung", ""},
		{"group plural stays", "„Die Fabrik wird nicht geschlossen“, hieß es in Gewerkschaftskreisen.", "Die Fabrik wird nicht geschlossen", "Gewerkschaftskreisen", ""},
		{"organization after bei stays", "„Die Fabrik wird nicht geschlossen“, hieß es bei Bosch.", "Die Fabrik wird nicht geschlossen", "Bosch", ""},
	})
}

// TestSpeaker_agencyAddressee: after the verb a news agency or a newspaper
// in the dative right after the role noun is whom it was said to, not the
// role's owner; other bodies after "der" own the role, and so does a
// medium for a journalist.
func TestSpeaker_agencyAddressee(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"press agency", "„Wir bleiben hart“, sagte die Politikerin der Deutschen Presse-Agentur.", "Wir bleiben hart", "Politikerin", "Politikerin der Deutschen Presse-Agentur"},
		{"agency with name", "„Wir bleiben hart“, sagte die Abgeordnete der Nachrichtenagentur Reuters.", "Wir bleiben hart", "Abgeordnete", ""},
		{"agency acronym", "„Wir bleiben hart“, sagte der Landrat der dpa.", "Wir bleiben hart", "Landrat", ""},
		{"trap: a company named like a medium", "„Wir bleiben hart“, sagte der Sprecher der Deutschen Post.", "Wir bleiben hart", "Sprecher der Deutschen Post", "Sprecher"},
		{"trap: an agency of the state", "„Wir bleiben hart“, sagte die Chefin der Bundesagentur für Arbeit.", "Wir bleiben hart", "Chefin der Bundesagentur für Arbeit", "Chefin"},
	})
}

// TestSpeaker_indefiniteGenitive: an indefinite genitive after the role
// noun ("die Sprecherin einer Bürgerinitiative") belongs to the role, so a
// name after its comma is the speaker; "einer" before a newspaper after
// the verb is a dative.
func TestSpeaker_indefiniteGenitive(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"einer, name after", "„Der Park muss bleiben“, sagte die Sprecherin einer Anwohnergruppe, Lea Wendt.", "Der Park muss bleiben", "Lea Wendt", ""},
		{"eines with adjective, name after", "„Der Park muss bleiben“, erklärte der Chef eines kleinen Bauunternehmens, Timo Falk.", "Der Park muss bleiben", "Timo Falk", ""},
		{"before the verb", "Die Leiterin eines Tierheims, Sina Brock, sagte: „Der Park muss bleiben.“", "Der Park muss bleiben.", "Sina Brock", ""},
		{"trap: a newspaper in the dative", "„Der Park muss bleiben“, sagte die Bürgermeisterin einer Lokalzeitung.", "Der Park muss bleiben", "Bürgermeisterin", "Bürgermeisterin einer Lokalzeitung"},
	})
}

// TestSpeaker_pluralSie: a plural "sie" with a plural verb of saying after
// the quotation goes back to the plural subject of the sentence before,
// when that subject can speak; a singular subject, a thing or a fronted
// object give no speaker.
func TestSpeaker_pluralSie(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"residents", "Die Anwohner beschweren sich seit Monaten über den Lärm. „Wir schlafen kaum noch“, sagten sie.", "Wir schlafen kaum noch", "Anwohner", ""},
		{"plural of a body", "Die Gewerkschaften lehnen das Angebot ab. „Das reicht nicht“, erklärten sie am Abend.", "Das reicht nicht", "Gewerkschaften", ""},
		{"analysts", "Die Analysten sind skeptisch. „Die Prognose ist zu hoch“, schrieben sie.", "Die Prognose ist zu hoch", "Analysten", ""},
		{"trap: singular subject", "Die Ministerin besuchte die Bauern im Osten. „Wir brauchen Regen“, sagten sie.", "Wir brauchen Regen", "", "Ministerin"},
		{"trap: a thing", "Die Mieten steigen seit Jahren. „Wir können nicht mehr“, sagten sie.", "Wir können nicht mehr", "", "Mieten"},
		{"trap: fronted object", "Den Plan kritisieren die Verbände scharf. „Das reicht nicht“, sagten sie.", "Das reicht nicht", "", "Plan"},
	})
}

// TestSpeaker_headAnaphor: a definite article and the head of the name of
// the speaker named just before ("die Fraktion" after "die
// SPD-Landtagsfraktion", "die Bank" after "die Nordbank AG") take up that
// speaker; a noun that heads no part of its name stays itself.
func TestSpeaker_headAnaphor(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"compound head", "Die CDU-Kreistagsfraktion erklärte, sie lehne den Haushalt ab. Zudem halte die Fraktion die Schulden für „nicht tragbar“.", "nicht tragbar", "CDU-Kreistagsfraktion", "Fraktion"},
		{"hyphenated head", "Der Mieter-Verein teilte mit, die Mieten seien zu hoch. Der Verein sagte: „Wir klagen.“", "Wir klagen.", "Mieter-Verein", "Verein"},
		{"trap: another body", "Die Landtagsfraktion erklärte, der Plan sei „unsozial“. Die Firma sagte: „Das stimmt nicht.“", "Das stimmt nicht.", "Firma", "Landtagsfraktion"},
		{"trap: not the head", "Der Fraktionschef erklärte, der Plan sei „unsozial“. Die Fraktion sagte: „Wir stimmen zu.“", "Wir stimmen zu.", "Fraktion", "Fraktionschef"},
	})
}

// TestSpeaker_politeImperative: a capitalized verb first in its sentence
// before the polite "Sie" ("Lesen Sie auch …", "Hören Sie …") is no noun
// and never a speaker; a noun phrase before "Sie" elsewhere stays.
func TestSpeaker_politeImperative(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"trap: teaser", "Lesen Sie auch Ministerin Eva Brandt nennt die Reform „überfällig“", "überfällig", "", "Lesen"},
		{"trap: imperative", "Beachten Sie den Hinweis „Nur für Anlieger“ am Tor.", "Nur für Anlieger", "", "Beachten"},
		{"subject before a quoted Sie", "Die Ministerin sagte: „Sie haben recht.“", "Sie haben recht.", "Ministerin", ""},
	})
}
