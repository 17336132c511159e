package quote_test

import (
	"testing"
)

// TestSpeaker_definiteDescription: "das Unternehmen", "die Notenbank", "der
// Konzern" as the speaker resolve to the organization named before whose
// kind fits (issue 11, failure 2).
func TestSpeaker_definiteDescription(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"teilte mit Unternehmen", "Nestlé senkt die Prognose. Die Nachfrage habe sich abgeschwächt, teilte das Unternehmen in Vevey mit.", "Die Nachfrage habe sich abgeschwächt", "Nestlé", ""},
		{"wie Notenbank mitteilte", "Die EZB hält die Zinsen stabil. Die Inflation sei auf Kurs, wie die Notenbank am Donnerstag mitteilte.", "Die Inflation sei auf Kurs", "Europäische Zentralbank", ""},
		{"Konzern sagte direct", "Siemens baut Stellen ab. „Wir müssen sparen“, sagte der Konzern.", "Wir müssen sparen", "Siemens", ""},
		{"Münchner Konzern", "BMW verkauft mehr Autos. Der Absatz sei gestiegen, erklärte der Münchner Konzern.", "Der Absatz sei gestiegen", "BMW", ""},
		{"Versicherer", "Die Allianz erhöht die Dividende. Das Jahr sei gut gelaufen, sagte der Versicherer.", "Das Jahr sei gut gelaufen", "Allianz", ""},
		{"Bank skips company", "Siemens hat bei der Commerzbank einen Kredit aufgenommen. Die Zinsen seien günstig, sagte die Bank.", "Die Zinsen seien günstig", "Commerzbank", "Siemens"},
		{"Notenbank skips company", "Die Bundesbank warnt Volkswagen nicht. Die Risiken seien gering, teilte die Notenbank mit.", "Die Risiken seien gering", "Deutsche Bundesbank", "Volkswagen"},
		{"Wie Unternehmen mitteilte front", "BASF schließt ein Werk. Wie das Unternehmen mitteilte, sinkt die Produktion.", "sinkt die Produktion", "BASF", ""},
		{"trap: central bank is no company", "Die EZB senkt den Leitzins. Der Absatz sei gesunken, sagte das Unternehmen.", "Der Absatz sei gesunken", "Unternehmen", "Europäische Zentralbank"},
		{"trap: no organization before", "Die Lage ist ernst. Der Absatz sei gesunken, sagte das Unternehmen.", "Der Absatz sei gesunken", "Unternehmen", ""},
		{"trap: name not description", "Siemens wächst. Die Zinsen seien hoch, sagte die Deutsche Bank.", "Die Zinsen seien hoch", "Deutsche Bank", "Siemens"},
		{"trap: too far back", "Siemens wächst.\n\nA.\n\nB.\n\nC.\n\nD.\n\nDer Umsatz sei gut, sagte der Konzern.", "Der Umsatz sei gut", "Konzern", "Siemens"},
		{"trap: person not organization", "Jana Roth leitet den Bereich. Der Umsatz sei gut, sagte das Unternehmen.", "Der Umsatz sei gut", "Unternehmen", "Jana Roth"},
		{"trap: later organization", "Der Gewinn sei gut, sagte das Unternehmen. Siemens wächst.", "Der Gewinn sei gut", "Unternehmen", "Siemens"},
		{"trap: named speaker wins", "Nestlé senkt die Prognose. Die Nachfrage sei schwach, sagte Mark Schneider.", "Die Nachfrage sei schwach", "Mark Schneider", "Nestlé"},
	})
}

// TestSpeaker_wieClause: a verb-final "wie X mitteilte" clause reports the
// rest of the sentence.
func TestSpeaker_wieClause(t *testing.T) {
	checkSpeakers(t, []speakerRow{
		{"after", "Der Gewinn sei gestiegen, wie die Nordbank am Montag mitteilte.", "Der Gewinn sei gestiegen", "Nordbank", ""},
		{"before", "Wie Siemens mitteilte, steigt der Umsatz.", "steigt der Umsatz", "Siemens", ""},
		{"person", "Die Lage bleibt schwierig, wie Jana Roth sagte.", "Die Lage bleibt schwierig", "Jana Roth", ""},
		{"perfect", "Wie die Regierung mitgeteilt hat, sinken die Steuern.", "sinken die Steuern", "Regierung", ""},
		{"indicative", "Die Preise steigen weiter, wie der Verband berichtete.", "Die Preise steigen weiter", "Verband", ""},
		{"trap: comparison", "Die Preise steigen, wie erwartet.", "Die Preise steigen", "", "erwartet"},
		{"trap: wie before noun", "Firmen wie Siemens berichten nichts.", "", "", "Siemens"},
		{"trap: not a speaker", "Der Kurs fiel, wie die Zahlen zeigten.", "Der Kurs fiel", "", "Zahlen"},
		{"trap: question", "Wie die Bank das schafft, sagte sie nicht.", "", "", "Bank"},
		{"trap: thing subject", "Die Kosten sinken, wie der Bericht zeigt.", "Die Kosten sinken", "", "Bericht"},
	})
}
