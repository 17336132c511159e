package period_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/finanztext/finanztext/period"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// news is a report dated Monday, 3 November 2025.
var news = period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}

// story is a history: relative dates follow the latest date named.
var story = period.Ref{Date: time.Date(2011, 2, 16, 0, 0, 0, 0, time.UTC), Narrative: true}

// w is one expected expression: its text, type, value and mod.
type w struct {
	text, typ, value, mod string
}

type findCase struct {
	name string
	in   string
	ref  period.Ref
	want []w // nil: nothing may be found
}

func runFind(t *testing.T, tests []findCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := period.Find(tt.in, tt.ref)
			checkSpans(t, tt.in, got)
			var have []w
			for _, e := range got {
				have = append(have, w{e.Text, e.Type.String(), e.Value, e.Mod.String()})
			}
			assert.Equal(t, tt.want, have, "in %q", tt.in)
		})
	}
}

// checkSpans asserts the span invariants: in bounds, the text, ordered,
// not overlapping.
func checkSpans(t *testing.T, text string, es []period.Expression) {
	t.Helper()
	prev := 0
	for i, e := range es {
		require.True(t, 0 <= e.Start && e.Start < e.End && e.End <= len(text), "expression %d span %v", i, e.Span)
		require.Equal(t, text[e.Start:e.End], e.Text, "expression %d text", i)
		require.LessOrEqual(t, prev, e.Start, "expression %d overlaps or is out of order", i)
		prev = e.End
	}
}

func TestFindDates(t *testing.T) {
	runFind(t, []findCase{
		// a year between an article and an article: no count stands there
		{"relative clause, year, article", "Die Bank, die 2024 einen Rekordgewinn erzielte, will mehr.", news,
			[]w{{"2024", "date", "2024", ""}}},
		{"year before a definite article", "Der Manager, der 2019 den Vorsitz übernahm, geht.", news,
			[]w{{"2019", "date", "2019", ""}}},
		{"a count after an article stays a count", "Die 1400 Soldaten kamen zurück.", news, nil},
		{"a month after a noun with its year", "Die Bilanz Juni 2024 liegt vor.", news,
			[]w{{"Juni 2024", "date", "2024-06", ""}}},
		{"a month range after a noun", "Der Feldzug Mai/Juni 1812 scheiterte.", news,
			[]w{{"Mai", "date", "1812-05", ""}, {"Juni 1812", "date", "1812-06", ""}}},
		{"a month after its preposition", "Herr Kunz kam im August zurück.", news,
			[]w{{"August", "date", "2025-08", ""}}},
		{"a season after a noun with its year", "Die Kollektion Herbst 2025 ist da.", news,
			[]w{{"Herbst 2025", "date", "2025-FA", ""}}},
		{"day month year", "Die Hauptversammlung findet am 5. März 2025 in Essen statt.", news,
			[]w{{"5. März 2025", "date", "2025-03-05", ""}}},
		{"numeric date", "Stichtag war der 05.03.2025.", news,
			[]w{{"05.03.2025", "date", "2025-03-05", ""}}},
		{"numeric date two-digit year", "Die Frist endete am 1.9.24 um Mitternacht.", news,
			[]w{{"1.9.24", "date", "2024-09-01", ""}, {"Mitternacht", "time", "2024-09-01T24:00", ""}}},
		{"ISO date", "Veröffentlicht 2025-10-30 von der Redaktion", news,
			[]w{{"2025-10-30", "date", "2025-10-30", ""}}},
		{"day and month take the document year", "Am 3. Mai legte die Bank ihre Zahlen vor.", news,
			[]w{{"3. Mai", "date", "2025-05-03", ""}}},
		{"month and year", "Im Oktober 2024 stieg der Absatz.", news,
			[]w{{"Oktober 2024", "date", "2024-10", ""}}},
		{"month alone", "Im März sank die Nachfrage.", news,
			[]w{{"März", "date", "2025-03", ""}}},
		{"abbreviated month", "Zahlen vom 12. Okt. 2023 zeigen das.", news,
			[]w{{"12. Okt. 2023", "date", "2023-10-12", ""}}},
		{"year in a sentence", "Die Geschichte des Werks beginnt im Jahr 1998.", news,
			[]w{{"Jahr 1998", "date", "1998", ""}}},
		{"year at a sentence start", "2019 übernahm sie den Vorsitz.", news,
			[]w{{"2019", "date", "2019", ""}}},
		{"since a year", "Seit 2019 wächst das Geschäft.", news,
			[]w{{"2019", "date", "2019", "ON_OR_AFTER"}}},
		{"from a year on", "Ab 2026 gilt die neue Regel.", news,
			[]w{{"2026", "date", "2026", "ON_OR_AFTER"}}},
		{"until a year", "Die Anleihe läuft bis 2031.", news,
			[]w{{"2031", "date", "2031", "ON_OR_BEFORE"}}},
		{"range of years", "Von 2020 bis 2024 verdoppelte sich der Gewinn.", news,
			[]w{{"2020", "date", "2020", ""}, {"2024", "date", "2024", "ON_OR_BEFORE"}}},
		{"dash range", "In den Jahren 2015–2018 schrumpfte der Markt.", news,
			[]w{{"2015", "date", "2015", ""}, {"2018", "date", "2018", ""}}},
		{"season year split", "Im Winter 2023/24 fiel kaum Schnee.", news,
			[]w{{"Winter 2023", "date", "2023-WI", ""}, {"24", "date", "2024-WI", ""}}},
		{"decade in digits", "In den 1990er Jahren ging die Firma an die Börse.", news,
			[]w{{"den 1990er Jahren", "date", "199", ""}}},
		{"decade in words", "Mitte der Neunzigerjahre wuchs der Konzern stark.", news,
			[]w{{"Mitte der Neunzigerjahre", "date", "199", "MID"}}},
		{"a bare decade after an article", "Die 80er waren für die Zeche eine gute Zeit.", news,
			[]w{{"Die 80er", "date", "198", ""}}},
		{"a bare decade in the dative", "In den 70ern baute die Stadt das Bad.", news,
			[]w{{"den 70ern", "date", "197", ""}}},
		{"a capitalized decade word with Jahre", "Die Sechziger Jahre brachten den Aufschwung.", news,
			[]w{{"Die Sechziger Jahre", "date", "196", ""}}},
		// must not
		{"a size", "Der Laden führt nur Größe 38er.", news, nil},
		{"a compound with a decade-like number", "Die Stadt weitet die 30er-Zone aus.", news, nil},
		{"a decade-like number before a noun", "Das 50er Paket ist ausverkauft.", news, nil},
		{"decade lowercase with Jahre", "In den achtziger Jahren begann der Export.", news,
			[]w{{"den achtziger Jahren", "date", "198", ""}}},
		{"century", "Das Haus stammt aus dem 19. Jahrhundert.", news,
			[]w{{"19. Jahrhundert", "date", "18", ""}}},
		{"before Christ", "Die Stadt wurde 753 v. Chr. gegründet.", news,
			[]w{{"753 v. Chr.", "date", "BC0753", ""}}},
		{"before Christ range", "Der Krieg dauerte von 149–146 v. Chr. an.", news,
			[]w{{"149", "date", "BC0149", ""}, {"146 v. Chr.", "date", "BC0146", ""}}},
		{"end of a year", "Ende 2023 beschaffte die Firma Kapital.", news,
			[]w{{"Ende 2023", "date", "2023", "END"}}},
		{"start of a month", "Anfang Mai kündigte der Chef seinen Rückzug an.", news,
			[]w{{"Anfang Mai", "date", "2025-05", "START"}}},
		{"middle of a year", "Bis Mitte 2026 soll das Werk stehen.", news,
			[]w{{"Mitte 2026", "date", "2026", "MID"}}},
		{"end of the year in words", "Bis Ende des Jahres will die Bank 200 Filialen schließen.", news,
			[]w{{"Ende des Jahres", "date", "2025", "END"}}},
		{"season with year", "Im Frühjahr 2024 kam das Modell auf den Markt.", news,
			[]w{{"Frühjahr 2024", "date", "2024-SP", ""}}},
		{"late summer", "Im Spätsommer sanken die Preise.", news,
			[]w{{"Spätsommer", "date", "2025-SU", "END"}}},
		{"weekday with date", "Am Montag, 3. November 2025, öffnete die Börse spät.", news,
			[]w{{"Montag, 3. November 2025", "date", "2025-11-03", ""}}},
		{"two days, one month", "Am 27. und 28. Oktober tagte der Rat.", news,
			[]w{{"27.", "date", "2025-10-27", ""}, {"28. Oktober", "date", "2025-10-28", ""}}},
		{"two months, one year", "Im Mai/Juni 2024 fiel die Produktion aus.", news,
			[]w{{"Mai", "date", "2024-05", ""}, {"Juni 2024", "date", "2024-06", ""}}},
		{"calendar week", "In der KW 45 liefert der Hersteller.", news,
			[]w{{"KW 45", "date", "2025-W45", ""}}},
		{"holiday", "Bis Weihnachten soll der Vertrag stehen.", news,
			[]w{{"Weihnachten", "date", "2025-12-25", "ON_OR_BEFORE"}}},
		// Jahresviertel and Vierteljahr name a quarter like Quartal
		{"Jahresviertel", "Im dritten Jahresviertel zog der Absatz an.", news,
			[]w{{"dritten Jahresviertel", "date", "2025-Q3", ""}}},
		{"Jahresviertel in the genitive", "Die Zahlen des zweiten Jahresviertels überraschten.", news,
			[]w{{"zweiten Jahresviertels", "date", "2025-Q2", ""}}},
		{"Vierteljahr", "Im ersten Vierteljahr 2024 fiel der Gewinn.", news,
			[]w{{"ersten Vierteljahr 2024", "date", "2024-Q1", ""}}},
		{"a quarter of people is no quarter", "Ein Viertel der Kunden zahlt mehr.", news, nil},
	})
}

func TestFindFiscal(t *testing.T) {
	runFind(t, []findCase{
		{"fiscal year", "Im Geschäftsjahr 2025 stieg der Umsatz.", news,
			[]w{{"Geschäftsjahr 2025", "date", "FY2025", ""}}},
		{"split fiscal year", "Im Geschäftsjahr 2024/25 sank das Ergebnis.", news,
			[]w{{"Geschäftsjahr 2024/25", "date", "FY2025", ""}}},
		{"quarter of a fiscal year", "Im ersten Quartal des Geschäftsjahres 2025 wuchs die Sparte.", news,
			[]w{{"ersten Quartal des Geschäftsjahres 2025", "date", "FY2025-Q1", ""}}},
		{"half of a split year", "Im ersten Halbjahr 2024/25 fiel der Gewinn.", news,
			[]w{{"ersten Halbjahr 2024/25", "date", "FY2025-H1", ""}}},
		{"past fiscal year", "Im abgelaufenen Geschäftsjahr verdiente die Gruppe mehr.", news,
			[]w{{"abgelaufenen Geschäftsjahr", "date", "FY2024", ""}}},
		{"current fiscal year", "Für das laufende Geschäftsjahr erwartet der Vorstand Wachstum.", news,
			[]w{{"das laufende Geschäftsjahr", "date", "FY2025", ""}}},
		{"quarter of the current fiscal year", "Im dritten Quartal des laufenden Geschäftsjahres zog die Nachfrage an.", news,
			[]w{{"dritten Quartal des laufenden Geschäftsjahres", "date", "FY2025-Q3", ""}}},
		{"Q with year", "Die Marge lag in Q3 2025 bei 12 Prozent.", news,
			[]w{{"Q3 2025", "date", "2025-Q3", ""}}},
		{"Q with a short year", "In Q3/25 stieg die Marge.", news,
			[]w{{"Q3/25", "date", "2025-Q3", ""}}},
		{"Q alone", "In Q2 drehte der Cashflow ins Plus.", news,
			[]w{{"Q2", "date", "2025-Q2", ""}}},
		{"H with year", "Für H1 2025 meldete die Firma Verluste.", news,
			[]w{{"H1 2025", "date", "2025-H1", ""}}},
		{"nine months short", "Die 9M-Zahlen folgen; 9M 2025 lag der Umsatz bei 3 Mrd. Euro.", news,
			[]w{{"9M", "duration", "P9M", ""}, {"9M 2025", "duration", "P9M", ""}}},
		{"first nine months", "In den ersten neun Monaten legte der Umsatz zu.", news,
			[]w{{"ersten neun Monaten", "duration", "P9M", ""}}},
		{"quarter with digits", "Im 2. Quartal 2024 sank der Absatz.", news,
			[]w{{"2. Quartal 2024", "date", "2024-Q2", ""}}},
		{"quarter of last year", "Im vierten Quartal des Vorjahres gab es Sonderlasten.", news,
			[]w{{"vierten Quartal des Vorjahres", "date", "2024-Q4", ""}}},
		{"final quarter", "Im Schlussquartal zog das Geschäft an.", news,
			[]w{{"Schlussquartal", "date", "2025-Q4", ""}}},
		{"summer quarter", "Im Sommerquartal brach der Absatz ein.", news,
			[]w{{"Sommerquartal", "date", "2025-Q3", ""}}},
		{"quarter named by its last month", "Im Septemberquartal wuchs der Umsatz mit Rechenzentren kräftig.", news,
			[]w{{"Septemberquartal", "date", "2025-Q3", ""}}},
		{"quarter by month, with a year", "Im Dezemberquartal 2024 hatte der Chipkonzern noch Verlust gemacht.", news,
			[]w{{"Dezemberquartal 2024", "date", "2024-Q4", ""}}},
		{"quarter word of the year before", "Das Schlussquartal des Vorjahres war von Sondereffekten geprägt.", news,
			[]w{{"Schlussquartal des Vorjahres", "date", "2024-Q4", ""}}},
		{"quarter word of a fiscal year", "Im Auftaktquartal des laufenden Geschäftsjahres sank der Absatz.", news,
			[]w{{"Auftaktquartal des laufenden Geschäftsjahres", "date", "FY2025-Q1", ""}}},
		{"quarter word, a genitive of no time", "Im Schlussquartal des Konzerns lief es besser.", news,
			[]w{{"Schlussquartal", "date", "2025-Q4", ""}}},
		{"a month and a quarter are two words", "Im September stieg das Quartalsergebnis.", news,
			[]w{{"September", "date", "2025-09", ""}}},
		{"opening quarter", "Das Auftaktquartal verlief für den Händler schwach.", news,
			[]w{{"Auftaktquartal", "date", "2025-Q1", ""}}},
		{"christmas quarter with a year", "Im Weihnachtsquartal 2024 verkaufte der Konzern mehr Geräte.", news,
			[]w{{"Weihnachtsquartal 2024", "date", "2024-Q4", ""}}},
		{"spring quarter, genitive", "Die Zahlen des Frühjahrsquartals überzeugten.", news,
			[]w{{"Frühjahrsquartals", "date", "2025-Q2", ""}}},
		{"a season alone is no quarter", "Im Sommer stieg die Nachfrage.", news,
			[]w{{"Sommer", "date", "2025-SU", ""}}},
		{"course of the year", "Im Jahresverlauf legte die Aktie um ein Drittel zu.", news,
			[]w{{"Jahresverlauf", "date", "2025", ""}}},
		{"course of a named year", "Im Jahresverlauf 2024 sank der Absatz.", news,
			[]w{{"Jahresverlauf 2024", "date", "2024", ""}}},
		{"the future", "In Zukunft will die Bank weniger Filialen betreiben.", news,
			[]w{{"In Zukunft", "date", "FUTURE_REF", ""}}},
		{"the near future", "Die Preise dürften in naher Zukunft sinken.", news,
			[]w{{"in naher Zukunft", "date", "FUTURE_REF", ""}}},
		{"the foreseeable future", "In absehbarer Zukunft plant der Konzern keinen Börsengang.", news,
			[]w{{"In absehbarer Zukunft", "date", "FUTURE_REF", ""}}},
		{"the past", "In der Vergangenheit hatte die Bank mehr Filialen.", news,
			[]w{{"In der Vergangenheit", "date", "PAST_REF", ""}}},
		{"the recent past", "Der Kurs schwankte in jüngster Vergangenheit stark.", news,
			[]w{{"in jüngster Vergangenheit", "date", "PAST_REF", ""}}},
	})
}

func TestFindRelative(t *testing.T) {
	thursday := period.Ref{Date: time.Date(2025, 11, 6, 0, 0, 0, 0, time.UTC)}
	runFind(t, []findCase{
		// a limit after "ab" or "bis" lies ahead in news: in November, early
		// months are the next year's; "seit" looks back
		{"bis Ende März in November", "Der Vertrag mit dem Zulieferer läuft noch bis Ende März.", news,
			[]w{{"Ende März", "date", "2026-03", "END"}}},
		{"ab dem 1. Januar in November", "Ab dem 1. Januar gilt der neue Tarif.", news,
			[]w{{"1. Januar", "date", "2026-01-01", "ON_OR_AFTER"}}},
		{"bis zum 15. Februar", "Bis zum 15. Februar können Aktionäre zeichnen.", news,
			[]w{{"15. Februar", "date", "2026-02-15", "ON_OR_BEFORE"}}},
		{"seit März looks back", "Seit März ist er Chef der Sparte.", news,
			[]w{{"März", "date", "2025-03", "ON_OR_AFTER"}}},
		{"a month without a preposition", "Im März stieg der Umsatz.", news,
			[]w{{"März", "date", "2025-03", ""}}},
		{"a limit a few months back stays", "Ab Oktober steigen die Preise.", news,
			[]w{{"Oktober", "date", "2025-10", "ON_OR_AFTER"}}},
		{"a limit with its year", "Ab Februar 2025 stiegen die Preise.", news,
			[]w{{"Februar 2025", "date", "2025-02", "ON_OR_AFTER"}}},
		{"previous year", "Im Vorjahr waren es noch 2,1 Milliarden Euro.", news,
			[]w{{"Vorjahr", "date", "2024", ""}}},
		{"last year", "Im vergangenen Jahr verlor die Aktie.", news,
			[]w{{"vergangenen Jahr", "date", "2024", ""}}},
		{"vor Jahresfrist: a year ago", "Vor Jahresfrist lag der Umsatz bei 3 Milliarden Euro.", news,
			[]w{{"Vor Jahresfrist", "date", "2024", ""}}},
		{"binnen Jahresfrist: a duration", "Binnen Jahresfrist soll das Werk stehen.", news,
			[]w{{"Jahresfrist", "duration", "P1Y", ""}}},
		{"this year", "Im laufenden Jahr rechnet der Vorstand mit Wachstum.", news,
			[]w{{"laufenden Jahr", "date", "2025", ""}}},
		{"next year", "Im kommenden Jahr soll die Anlage laufen.", news,
			[]w{{"kommenden Jahr", "date", "2026", ""}}},
		{"last quarter", "Im letzten Quartal stiegen die Kosten.", news,
			[]w{{"letzten Quartal", "date", "2025-Q3", ""}}},
		{"previous quarter after a named one", "Im zweiten Quartal stieg der Umsatz um 3 Prozent gegenüber dem Vorquartal.", news,
			[]w{{"zweiten Quartal", "date", "2025-Q2", ""}, {"Vorquartal", "date", "2025-Q1", ""}}},
		// No quarter named: the report is about the last quarter (Q3), and
		// the one before it is Q2.
		{"previous quarter with no quarter named", "Gegenüber dem Vorquartal fiel der Absatz.", news,
			[]w{{"Vorquartal", "date", "2025-Q2", ""}}},
		// "im Quartal", "im Halbjahr" alone: the one the report is about
		{"the quarter of the report", "Im Quartal stieg der Umsatz.", news,
			[]w{{"Quartal", "date", "2025-Q3", ""}}},
		{"the quarter named before", "Im zweiten Quartal stieg der Umsatz. Im Quartal sank die Marge.", news,
			[]w{{"zweiten Quartal", "date", "2025-Q2", ""}, {"Quartal", "date", "2025-Q2", ""}}},
		{"the half-year of the report", "Im Halbjahr sank der Gewinn.", news,
			[]w{{"Halbjahr", "date", "2025-H1", ""}}},
		{"the half-year before an amount", "Der Gewinn erreichte im Halbjahr 628 Mio. Franken.", news,
			[]w{{"Halbjahr", "date", "2025-H1", ""}}},
		{"the quarter before an amount with a decimal comma", "Die Bank verdiente im Quartal 1,2 Mrd. Euro.", news,
			[]w{{"Quartal", "date", "2025-Q3", ""}}},
		{"not: a year before millions", "Der Konzern verdient im Jahr 500 Millionen Euro.", news, nil},
		{"not: a quarter with a label number", "Im Quartal 3 Filialen zu schließen, war der Plan.", news, nil},
		{"not: a quarter of a year named after it", "Im Quartal des Vorjahres sank der Gewinn.", news,
			[]w{{"Vorjahres", "date", "2024", ""}}},
		{"same quarter a year before", "Im dritten Quartal 2025 lag das Ergebnis über dem Vorjahresquartal.", news,
			[]w{{"dritten Quartal 2025", "date", "2025-Q3", ""}, {"Vorjahresquartal", "date", "2024-Q3", ""}}},
		{"today", "Die Aktie notiert heute fester.", news,
			[]w{{"heute", "date", "2025-11-03", ""}}},
		{"yesterday", "Gestern schloss der Dax im Minus.", news,
			[]w{{"Gestern", "date", "2025-11-02", ""}}},
		{"weekday of the past", "Am Donnerstag hatte die Notenbank die Zinsen gesenkt.", news,
			[]w{{"Donnerstag", "date", "2025-10-30", ""}}},
		{"coming weekday", "Am kommenden Montag beginnt der Streik.", news,
			[]w{{"kommenden Montag", "date", "2025-11-10", ""}}},
		{"years ago", "Vor sechs Jahren stieg der Investor ein.", news,
			[]w{{"Vor sechs Jahren", "date", "2019", ""}}},
		{"months ago", "Vor zwei Monaten kündigte sie an.", news,
			[]w{{"Vor zwei Monaten", "date", "2025-09", ""}}},
		{"year end", "Zum Jahresende will der Konzern schuldenfrei sein.", news,
			[]w{{"Jahresende", "date", "2025", "END"}}},
		{"middle of the year", "Zur Jahresmitte lag die Quote bei 40 Prozent.", news,
			[]w{{"Jahresmitte", "date", "2025", "MID"}}},
		// the parts of a week or quarter as one noun: of the week told
		{"start of the week", "Zu Wochenbeginn verlor der Index zwei Prozent.", news,
			[]w{{"Wochenbeginn", "date", "2025-W45", "START"}}},
		{"start of the week, trading", "Zum Wochenauftakt zogen die Kurse an.", news,
			[]w{{"Wochenauftakt", "date", "2025-W45", "START"}}},
		{"middle of the week", "Zur Wochenmitte kamen neue Daten.", news,
			[]w{{"Wochenmitte", "date", "2025-W45", "MID"}}},
		{"start of the week ahead, late in the week", "Zum Wochenstart soll es schneien.", thursday,
			[]w{{"Wochenstart", "date", "2025-W46", "START"}}},
		{"middle of the week ahead, late in the week", "Zur Wochenmitte wird der Rat entscheiden.", thursday,
			[]w{{"Wochenmitte", "date", "2025-W46", "MID"}}},
		{"start of the week past, late in the week", "Zu Wochenbeginn hatte der Kurs nachgegeben.", thursday,
			[]w{{"Wochenbeginn", "date", "2025-W45", "START"}}},
		{"start of the quarter", "Zu Quartalsbeginn zog die Nachfrage an.", news,
			[]w{{"Quartalsbeginn", "date", "2025-Q4", "START"}}},
		{"course of the day told", "Am Freitag öffnete die Börse schwach, im Tagesverlauf erholte sie sich.", news,
			[]w{{"Freitag", "date", "2025-10-31", ""}, {"Tagesverlauf", "date", "2025-10-31", ""}}},
		{"the evening before the day told", "Am 4. März 2024 fiel die Entscheidung. Am Vorabend hatten beide verhandelt. Am Nachmittag unterschrieben sie.", news,
			[]w{{"4. März 2024", "date", "2024-03-04", ""}, {"Vorabend", "time", "2024-03-03TEV", ""}, {"Nachmittag", "time", "2024-03-04TAF", ""}}},
		{"the evening before the document's day", "Die Bank hatte am Vorabend gewarnt.", news,
			[]w{{"Vorabend", "time", "2025-11-02TEV", ""}}},
		// must not
		{"the eve of an event", "Am Vorabend der Wahl kam es zu Protesten.", news, nil},
		{"a compound of the course of a day", "Der Tagesverlaufsplan hängt aus.", news, nil},
		{"summer half-year", "Im Sommerhalbjahr fahren mehr Züge.", news,
			[]w{{"Sommerhalbjahr", "date", "2025-SU", ""}}},
		{"a week ago", "Vor einer Woche senkte die Notenbank den Zins.", news,
			[]w{{"Vor einer Woche", "date", "2025-W44", ""}}},
		{"last week", "In der vergangenen Woche fiel der Kurs.", news,
			[]w{{"vergangenen Woche", "date", "2025-W44", ""}}},
		{"start of next year", "Anfang kommenden Jahres soll der Umbau beginnen.", news,
			[]w{{"Anfang kommenden Jahres", "date", "2026", "START"}}},
		{"month of last year", "Im Oktober vergangenen Jahres sank der Absatz.", news,
			[]w{{"Oktober vergangenen Jahres", "date", "2024-10", ""}}},
		{"whole year", "Für das Gesamtjahr erwartet die Firma mehr Gewinn.", news,
			[]w{{"Gesamtjahr", "date", "2025", ""}}},
		{"weekday evening", "Am Mittwochabend einigten sich die Partner.", news,
			[]w{{"Mittwochabend", "time", "2025-10-29TEV", ""}}},
		{"present", "Derzeit prüft die Behörde den Antrag.", news,
			[]w{{"Derzeit", "date", "PRESENT_REF", ""}}},
		{"future", "Die Firma will bald expandieren.", news,
			[]w{{"bald", "date", "FUTURE_REF", ""}}},
	})
}

func TestFindNoReference(t *testing.T) {
	runFind(t, []findCase{
		{"relative year: typed, no value", "Im Vorjahr lag der Wert höher.", period.Ref{},
			[]w{{"Vorjahr", "date", "", ""}}},
		{"weekday: typed, no value", "Am Dienstag tagte der Aufsichtsrat.", period.Ref{},
			[]w{{"Dienstag", "date", "", ""}}},
		{"underspecified date: no value", "Am 4. Juli wurde gewählt.", period.Ref{},
			[]w{{"4. Juli", "date", "", ""}}},
		{"explicit date keeps its value", "Am 4. Juli 2024 wurde gewählt.", period.Ref{},
			[]w{{"4. Juli 2024", "date", "2024-07-04", ""}}},
		{"clock time: no day", "Die Sitzung beginnt um 14 Uhr.", period.Ref{},
			[]w{{"14 Uhr", "time", "", ""}}},
		{"duration needs no date", "Der Vertrag läuft sieben Jahre.", period.Ref{},
			[]w{{"sieben Jahre", "duration", "P7Y", ""}}},
		// a two-digit year without a date: 00–68 are 20xx, 69–99 19xx (POSIX %y)
		{"two-digit year, this century", "Die Anleihe zahlt am 20.11.16 aus.", period.Ref{},
			[]w{{"20.11.16", "date", "2016-11-20", ""}}},
		{"two-digit year at the pivot", "Die Frist endet am 31.12.68.", period.Ref{},
			[]w{{"31.12.68", "date", "2068-12-31", ""}}},
		{"two-digit year, last century", "Am 3.4.99 begann der Handel.", period.Ref{},
			[]w{{"3.4.99", "date", "1999-04-03", ""}}},
	})
}

func TestFindDurationsSetsTimes(t *testing.T) {
	runFind(t, []findCase{
		{"next years", "In den nächsten sieben Jahren soll der Anteil steigen.", news,
			[]w{{"nächsten sieben Jahren", "duration", "P7Y", ""}}},
		{"within months", "Binnen zwei Monaten gewann die App Millionen Nutzer.", news,
			[]w{{"zwei Monaten", "duration", "P2M", ""}}},
		{"weeks", "Die Prüfung dauerte drei Wochen.", news,
			[]w{{"drei Wochen", "duration", "P3W", ""}}},
		{"hours", "Nach 48 Stunden endete der Streik.", news,
			[]w{{"48 Stunden", "duration", "PT48H", ""}}},
		{"more than", "Der Ausfall dauerte mehr als drei Tage.", news,
			[]w{{"mehr als drei Tage", "duration", "P3D", "MORE_THAN"}}},
		{"about", "Etwa eine Woche lang stand das Band still.", news,
			[]w{{"Etwa eine Woche", "duration", "P1W", "APPROX"}}},
		{"within a few weeks", "Innerhalb weniger Wochen war das Lager leer.", news,
			[]w{{"weniger Wochen", "duration", "PXW", ""}}},
		{"years before", "Jahre zuvor hatte die Firma den Markt verlassen.", news,
			[]w{{"Jahre zuvor", "duration", "PXY", ""}}},
		{"a count of days in one word", "Nach einem dreitägigen Streik ruhte die Arbeit.", news,
			[]w{{"dreitägigen", "duration", "P3D", ""}}},
		{"after weeks is a duration", "Nach sechs Wochen war die Anlage repariert.", news,
			[]w{{"sechs Wochen", "duration", "P6W", ""}}},
		{"vague", "Seit Jahren verliert die Marke Kunden.", news,
			[]w{{"Jahren", "duration", "PXY", ""}}},
		{"days later is a date", "Am 10. März 2025 fiel der Kurs; zwei Tage später erholte er sich.", news,
			[]w{{"10. März 2025", "date", "2025-03-10", ""}, {"zwei Tage später", "date", "2025-03-12", ""}}},
		{"yearly", "Die Dividende wird jährlich gezahlt.", news,
			[]w{{"jährlich", "set", "P1Y", ""}}},
		{"each month", "Jeden Monat kommen neue Kunden dazu.", news,
			[]w{{"Jeden Monat", "set", "P1M", ""}}},
		{"every three months", "Alle drei Monate berichtet die Bank.", news,
			[]w{{"Alle drei Monate", "set", "P3M", ""}}},
		{"each weekday", "Jeden Freitag tagt das Gremium.", news,
			[]w{{"Jeden Freitag", "set", "XXXX-WXX-5", ""}}},
		{"each season", "Jeden Winter steigt der Gaspreis.", news,
			[]w{{"Jeden Winter", "set", "XXXX-WI", ""}}},
		{"each month name", "Der Absatz zieht jeden Dezember an.", news,
			[]w{{"jeden Dezember", "set", "XXXX-12", ""}}},
		{"every other weekday", "Die Runde trifft sich jeden zweiten Mittwoch.", news,
			[]w{{"jeden zweiten Mittwoch", "set", "XXXX-WXX-3", ""}}},
		{"every third unit", "Der Bericht erscheint jedes dritte Jahr.", news,
			[]w{{"jedes dritte Jahr", "set", "P3Y", ""}}},
		{"a weekday adverb", "Die Post kommt auch samstags.", news,
			[]w{{"samstags", "set", "XXXX-WXX-6", ""}}},
		{"a weekday adverb at a sentence start", "Dienstags ruht der Betrieb.", news,
			[]w{{"Dienstags", "set", "XXXX-WXX-2", ""}}},
		// must not
		{"a genitive weekday", "Der Verlauf des Sonntags war ruhig.", news, nil},
		{"a weekday genitive before a noun", "Montags Bilanz fiel aus.", news, nil},
		{"each month with a year", "Jeden Dezember 2024 schneite es.", news,
			[]w{{"Dezember 2024", "date", "2024-12", ""}}},
		{"clock on the document day", "Die Börse schloss um 17:30 Uhr.", news,
			[]w{{"17:30 Uhr", "time", "2025-11-03T17:30", ""}}},
		{"about a clock time after a year", "Im Jahr 2024 war das anders; gegen 15 Uhr schloss die Börse.", news,
			[]w{{"Jahr 2024", "date", "2024", ""}, {"gegen 15 Uhr", "time", "2025-11-03T15:00", "APPROX"}}},
		{"full hour", "Um 14 Uhr trat der Vorstand vor die Presse.", news,
			[]w{{"14 Uhr", "time", "2025-11-03T14:00", ""}}},
		{"morning of a date", "Am Morgen des 2. Juni 2024 brannte die Halle.", news,
			[]w{{"Morgen des 2. Juni 2024", "time", "2024-06-02TMO", ""}}},
		{"tomorrow morning", "Morgen früh entscheidet der Rat; morgen Abend tagt er erneut.", news,
			[]w{{"Morgen früh", "time", "2025-11-04TMO", ""}, {"morgen Abend", "time", "2025-11-04TEV", ""}}},
	})
}

func TestFindNarrative(t *testing.T) {
	runFind(t, []findCase{
		{"day after a full date", "Am 1. September 1939 begann der Angriff. Am 3. September folgte die Erklärung.", story,
			[]w{{"1. September 1939", "date", "1939-09-01", ""}, {"3. September", "date", "1939-09-03", ""}}},
		{"month after a year", "Im Jahr 1776 schrieben sie die Erklärung. Im Dezember überquerten sie den Fluss.", story,
			[]w{{"Jahr 1776", "date", "1776", ""}, {"Dezember", "date", "1776-12", ""}}},
		{"days later", "Am 5. Mai 1821 starb er. Zwei Tage später wurde er begraben.", story,
			[]w{{"5. Mai 1821", "date", "1821-05-05", ""}, {"Zwei Tage später", "date", "1821-05-07", ""}}},
		{"same day", "Am 9. November 1989 fiel die Mauer. Am selben Tag feierten Tausende.", story,
			[]w{{"9. November 1989", "date", "1989-11-09", ""}, {"Am selben Tag", "date", "1989-11-09", ""}}},
		{"following year", "Im Sommer 1914 brach der Krieg aus. Im folgenden Jahr kam die Wende.", story,
			[]w{{"Sommer 1914", "date", "1914-SU", ""}, {"folgenden Jahr", "date", "1915", ""}}},
		{"before Christ carries on", "Im Jahr 218 v. Chr. zog das Heer los. Im Dezember erreichte es den Fluss.", story,
			[]w{{"Jahr 218 v. Chr.", "date", "BC0218", ""}, {"Dezember", "date", "BC0218-12", ""}}},
		{"today is the writer's present", "Heute steht dort ein Museum.", story,
			[]w{{"Heute", "date", "PRESENT_REF", ""}}},
		{"a start date does not move on with seit", "Am 2. März 1920 zog er ein, seit 1911 lebte er im Ort. Am 4. März reiste er ab.", story,
			[]w{{"2. März 1920", "date", "1920-03-02", ""}, {"1911", "date", "1911", "ON_OR_AFTER"}, {"4. März", "date", "1920-03-04", ""}}},
		{"at that time", "Im Jahr 1850 gab es kaum Bahnen. Zu dieser Zeit reiste man mit der Kutsche.", story,
			[]w{{"Jahr 1850", "date", "1850", ""}, {"dieser Zeit", "date", "PRESENT_REF", ""}}},
		{"the day after", "Am 4. Mai 1850 brach das Feuer aus, am Tag darauf war es gelöscht.", story,
			[]w{{"4. Mai 1850", "date", "1850-05-04", ""}, {"am Tag darauf", "date", "1850-05-05", ""}}},
		{"in the course of the next year", "Im Jahr 1870 begann der Bau. Im Laufe des folgenden Jahres wuchs die Stadt.", story,
			[]w{{"Jahr 1870", "date", "1870", ""}, {"Laufe des folgenden Jahres", "date", "1871", ""}}},
		{"about the middle of a month", "Ungefähr Mitte Juni 1781 zog das Heer ab.", story,
			[]w{{"Ungefähr Mitte Juni 1781", "date", "1781-06", "MID"}}},
		{"year before a word of more and a count", "Porsche will bis 2029 weitere 1.900 Stellen abbauen.", news,
			[]w{{"2029", "date", "2029", "ON_OR_BEFORE"}}},
		{"year before new and a count", "Bosch will 2026 zusätzliche 500 Stellen streichen.", news,
			[]w{{"2026", "date", "2026", ""}}},
		{"news ignores the narrative anchor", "Am 1. September 1939 begann der Angriff. Am 3. September folgte die Erklärung.", news,
			[]w{{"1. September 1939", "date", "1939-09-01", ""}, {"3. September", "date", "2025-09-03", ""}}},
	})
}

func TestFindNotATime(t *testing.T) {
	runFind(t, []findCase{
		{"grouped count", "Der Konzern beschäftigt 2.300 Mitarbeiter.", news, nil},
		{"count before a noun", "Die Kette betreibt 2024 Filialen.", news, nil},
		{"agenda", "Die Agenda 2030 der Regierung sieht das vor.", news, nil},
		{"paragraph", "Nach Paragraf 2019 ist das verboten.", news, nil},
		{"price", "Das Gerät kostet 1.999 Euro.", news, nil},
		{"price without a group", "Das Rad kostet 1999 Euro.", news, nil},
		{"product name", "Auf dem Rechner läuft Windows 2000.", news, nil},
		{"road", "Auf der A 2019 staute sich der Verkehr.", news, nil},
		{"count after an article", "Die 1400 neuen Stellen entstehen in Sachsen.", news, nil},
		{"count before a word of more", "Der Konzern baut 2000 weitere Stellen ab.", news, nil},
		{"percent", "Der Anteil stieg auf 2020 %.", news, nil},
		{"decimal", "Der Wert lag bei 2024,5 Punkten.", news, nil},
		{"monthly as an adjective", "Die App hat 100 Millionen monatliche Nutzer.", news, nil},
		{"present as an adjective", "Die derzeitigen und zukünftigen Modelle laufen dort.", news, nil},
		{"before as an adverb", "Die Firma muss vorher zustimmen.", news, nil},
		{"a name like a month", "August Müller leitet die Filiale.", news, nil},
		{"a compound with a month", "Er wohnt in der Mai-Straße.", news, nil},
		{"a surname like a month after a first name", "Die Abgeordnete Sabine Mai stimmte dagegen.", news, nil},
		{"a surname like a month after a title", "Frau Juli leitet das Labor, Dr. August berät sie.", news, nil},
		{"a surname after a role and a first name", "Der Trainer Jonas Juni wechselt nach Kiel.", news, nil},
		{"a season as a surname", "Gewerkschaftschef Otto Sommer warnte vor Kürzungen.", news, nil},
		{"a season as a surname after a title", "Frau Winter leitet das Amt.", news, nil},
		{"morning as a noun alone", "Morgen ist ein schönes Wort.", news, nil},
		{"days inside a compound", "Das Drei-Tage-Ticket gilt im Nahverkehr.", news, nil},
		{"a screen size", "Der Bildschirm zeigt 1920*1080 Punkte.", news, nil},
		{"the future of a thing", "Die Zukunft des Werks in Bochum ist offen.", news, nil},
		{"a future as a noun", "Das Geschäftsmodell hat Zukunft.", news, nil},
		{"about the future", "Der Vorstand spricht über die Zukunft der Marke.", news, nil},
		{"a past of a person", "Seine Vergangenheit als Banker half ihm.", news, nil},
		{"the past of a firm", "Die Vergangenheit des Konzerns ist bewegt.", news, nil},
	})
}

// TestFindComparativeBasis: "mehr als"/"weniger als" right after a figure
// compares the figure with a time ("4 Prozent mehr als ein Jahr zuvor"):
// the time is found without the bound; without a figure before it, "mehr
// als" bounds the time.
func TestFindComparativeBasis(t *testing.T) {
	runFind(t, []findCase{
		{"percent more than a year before", "Der Absatz lag 4 Prozent mehr als ein Jahr zuvor.", news,
			[]w{{"ein Jahr zuvor", "date", "2024", ""}}},
		{"number word and unit", "Das Werk baute drei Millionen weniger als vor zwei Jahren.", news,
			[]w{{"vor zwei Jahren", "date", "2023", ""}}},
		{"digits alone", "Diesmal kamen 300 mehr als im Vorjahr.", news,
			[]w{{"Vorjahr", "date", "2024", ""}}},
		{"currency after the figure", "Die Aktie kostet 5 Euro weniger als vor drei Monaten.", news,
			[]w{{"vor drei Monaten", "date", "2025-08", ""}}},
		{"a unit of time is a figure too", "Die Prüfung dauerte 2 Tage mehr als vor einem Jahr.", news,
			[]w{{"2 Tage", "duration", "P2D", ""}, {"vor einem Jahr", "date", "2024", ""}}},
		// must keep the bound
		{"no figure before", "Die Bank wartet seit mehr als zwei Jahren.", news,
			[]w{{"mehr als zwei Jahren", "duration", "P2Y", "MORE_THAN"}}},
		{"an article is no figure", "Es gab einen mehr als drei Jahre langen Streit.", news,
			[]w{{"mehr als drei Jahre", "duration", "P3Y", "MORE_THAN"}}},
		{"a year before is a time, not a figure", "Der Bau dauerte 2019 mehr als drei Monate.", news,
			[]w{{"2019", "date", "2019", ""}, {"mehr als drei Monate", "duration", "P3M", "MORE_THAN"}}},
		{"less than after a verb", "Der Umbau dauerte weniger als ein Jahr.", news,
			[]w{{"weniger als ein Jahr", "duration", "P1Y", "LESS_THAN"}}},
		{"two words between figure and mehr", "Es kamen 40 Gäste deutlich mehr als drei Stunden zu spät.", news,
			[]w{{"mehr als drei Stunden", "duration", "PT3H", "MORE_THAN"}}},
	})
}

// TestFindAfterAWeek: a month, quarter or half told after a week ("Anfang
// der Woche …, Ende des Monats") is the one the week lies in, by its
// Thursday as ISO 8601 counts weeks.
func TestFindAfterAWeek(t *testing.T) {
	runFind(t, []findCase{
		{"month after a week", "Anfang der Woche fiel der Kurs, Ende des Monats zahlt die Bank.", news,
			[]w{{"Anfang der Woche", "date", "2025-W45", "START"}, {"Ende des Monats", "date", "2025-11", "END"}}},
		{"quarter after a week", "In der vergangenen Woche sank der Kurs; bis Ende des Quartals soll er steigen.", news,
			[]w{{"vergangenen Woche", "date", "2025-W44", ""}, {"Ende des Quartals", "date", "2025-Q4", "END"}}},
		{"a week across two months takes its Thursday's", "Anfang der Woche fiel der Kurs, Mitte des Monats zahlt die Bank.",
			period.Ref{Date: time.Date(2025, 10, 31, 0, 0, 0, 0, time.UTC)},
			[]w{{"Anfang der Woche", "date", "2025-W44", "START"}, {"Mitte des Monats", "date", "2025-10", "MID"}}},
	})
}

// TestFindComparisonBases: the basis of a comparison (Vorjahresquartal,
// Vorquartal, Vorjahreszeitraum) resolves against the quarter told before
// and leaves it the one the text is about.
func TestFindComparisonBases(t *testing.T) {
	runFind(t, []findCase{
		{"year-ago quarter, then the quarter before", "Im dritten Quartal stieg der Umsatz gegenüber dem Vorjahresquartal. Zum Vorquartal legte er zu.", news,
			[]w{{"dritten Quartal", "date", "2025-Q3", ""}, {"Vorjahresquartal", "date", "2024-Q3", ""}, {"Vorquartal", "date", "2025-Q2", ""}}},
		{"two bases in a row", "Im zweiten Quartal sank der Gewinn, verglichen mit dem Vorquartal und dem Vorjahresquartal.", news,
			[]w{{"zweiten Quartal", "date", "2025-Q2", ""}, {"Vorquartal", "date", "2025-Q1", ""}, {"Vorjahresquartal", "date", "2024-Q2", ""}}},
		{"a quarter told after a basis is the text's", "Gegenüber dem Vorquartal stieg der Umsatz. Im ersten Quartal 2024 war er höher.", news,
			[]w{{"Vorquartal", "date", "2025-Q2", ""}, {"ersten Quartal 2024", "date", "2024-Q1", ""}}},
	})
}

// TestFindClockRanges: in a range of clock times whose end alone says
// "Uhr", the start is a clock time too.
func TestFindClockRanges(t *testing.T) {
	day := "2025-11-03T"
	runFind(t, []findCase{
		{"von … bis", "Die Hotline ist von 9 bis 17 Uhr besetzt.", news,
			[]w{{"9", "time", day + "09:00", ""}, {"17 Uhr", "time", day + "17:00", ""}}},
		{"zwischen … und", "Zwischen 14 und 16 Uhr ruhte der Handel.", news,
			[]w{{"14", "time", day + "14:00", ""}, {"16 Uhr", "time", day + "16:00", ""}}},
		{"a dash", "Die Filiale öffnet 10–18 Uhr.", news,
			[]w{{"10", "time", day + "10:00", ""}, {"18 Uhr", "time", day + "18:00", ""}}},
		{"minutes at the start", "Der Schalter ist von 8.30 bis 12 Uhr offen.", news,
			[]w{{"8.30", "time", day + "08:30", ""}, {"12 Uhr", "time", day + "12:00", ""}}},
		// must not: the first number is no hour of the range
		{"und without zwischen", "Er nannte 14 und 16 Uhr als Termine.", news,
			[]w{{"16 Uhr", "time", day + "16:00", ""}}},
		{"bis without von", "Es dauert 3 bis 4 Uhr.", news,
			[]w{{"4 Uhr", "time", day + "04:00", ""}}},
		{"a range over midnight is left alone", "Von 22 bis 6 Uhr gilt Nachtruhe.", news,
			[]w{{"6 Uhr", "time", day + "06:00", ""}}},
	})
}

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		value   string
		text    string
		wantErr error
	}{
		{"a year", "2019", "2019", "2019", nil},
		{"with its preposition", "im Jahr 2019", "2019", "Jahr 2019", nil},
		{"surrounding spaces", "  Ende 2023 ", "2023", "Ende 2023", nil},
		{"fiscal quarter", "im ersten Quartal des Geschäftsjahres 2024/25", "FY2025-Q1", "ersten Quartal des Geschäftsjahres 2024/25", nil},
		{"relative", "im Vorjahr", "2024", "Vorjahr", nil},
		{"empty", "", "", "", period.ErrEmpty},
		{"no time", "Umsatz", "", "", period.ErrEmpty},
		{"two expressions", "2019 und 2020", "", "", period.ErrSyntax},
		{"trailing words", "2019 wuchs", "", "", period.ErrSyntax},
		{"leading words", "der Umsatz 2019", "", "", period.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := period.Parse(tt.in, news)
			if tt.wantErr != nil {
				require.Error(t, err)
				assert.True(t, errors.Is(err, tt.wantErr), "error %v", err)
				var pe *period.ParseError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, tt.in, pe.Input)
				assert.Contains(t, err.Error(), "period.Parse: parsing ")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.value, e.Value)
			assert.Equal(t, tt.text, e.Text)
			assert.Equal(t, tt.in[e.Start:e.End], e.Text)
		})
	}
}

func TestIntervals(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name     string
		finder   *period.Finder
		in       string
		from, to time.Time
	}{
		{"year", nil, "2019", d(2019, 1, 1), d(2020, 1, 1)},
		{"quarter", nil, "im dritten Quartal 2025", d(2025, 7, 1), d(2025, 10, 1)},
		{"day", nil, "5. März 2025", d(2025, 3, 5), d(2025, 3, 6)},
		{"ISO week", nil, "KW 1 2025", d(2024, 12, 30), d(2025, 1, 6)},
		{"winter", nil, "Winter 2024", d(2024, 12, 1), d(2025, 3, 1)},
		{"first nine months", nil, "in den ersten neun Monaten 2025", d(2025, 1, 1), d(2025, 10, 1)},
		{"fiscal year, calendar", nil, "Geschäftsjahr 2025", d(2025, 1, 1), d(2026, 1, 1)},
		{"fiscal year from October", period.NewFinder(period.WithFiscalYearStart(time.October)), "Geschäftsjahr 2024/25", d(2024, 10, 1), d(2025, 10, 1)},
		{"fiscal quarter from July", period.NewFinder(period.WithFiscalYearStart(time.July)), "im ersten Quartal des Geschäftsjahres 2025", d(2024, 7, 1), d(2024, 10, 1)},
		{"year before Christ", nil, "216 v. Chr.", d(-215, 1, 1), d(-214, 1, 1)},
		{"duration has none", nil, "drei Jahre", time.Time{}, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := tt.finder.Parse(tt.in, news)
			require.NoError(t, err)
			assert.Equal(t, tt.from, e.From, "From")
			assert.Equal(t, tt.to, e.To, "To")
		})
	}
}

func TestFiscalYearStartCurrentYear(t *testing.T) {
	f := period.NewFinder(period.WithFiscalYearStart(time.July))
	es := f.Find("Im laufenden Geschäftsjahr stieg der Umsatz.", news)
	require.Len(t, es, 1)
	assert.Equal(t, "FY2026", es[0].Value, "November 2025 lies in the fiscal year July 2025 – June 2026")
}

func TestZeroFinder(t *testing.T) {
	var zero period.Finder
	var nilFinder *period.Finder
	text := "Im dritten Quartal 2025 stieg der Umsatz."
	want := period.Find(text, news)
	assert.Equal(t, want, zero.Find(text, news))
	assert.Equal(t, want, nilFinder.Find(text, news))
	assert.Equal(t, want, period.NewFinder(period.WithFiscalYearStart(13)).Find(text, news), "a month out of range is ignored")
}

func TestDateline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"place and date", "Frankfurt, 3. November 2025\nDie Bank meldet Zahlen.", "2025-11-03"},
		{"ISO with clock", "2025-11-03 08:20\nDer Dax eröffnet fester.", "2025-11-03"},
		{"numeric", "Berlin, 05.03.2024 – Die Regierung plant …", "2024-03-05"},
		{"second line", "Wirtschaft\nMünchen, 12. Mai 2023\nText", "2023-05-12"},
		{"date inside a sentence", "Die Firma meldete am 3. November 2025 Zahlen.", ""},
		{"too far down", "a\nb\nc\nd\nHamburg, 1. Mai 2020", ""},
		{"no full date", "Frankfurt, im März\nText", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, ok := period.Dateline(tt.in)
			if tt.want == "" {
				assert.False(t, ok, "found %q", e.Text)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, e.Value)
			assert.Equal(t, tt.want, e.From.Format("2006-01-02"))
		})
	}
}

func TestInvalidUTF8(t *testing.T) {
	text := "Im M\xe4rz 2024 und \xff2019\xfe und im Jahr 2020\xc3"
	es := period.Find(text, news)
	checkSpans(t, text, es)
	require.NotEmpty(t, es)
	assert.Equal(t, "Jahr 2020", es[len(es)-1].Text)
}

func TestTypeModStrings(t *testing.T) {
	assert.Equal(t, "date", period.Date.String())
	assert.Equal(t, "duration", period.Duration.String())
	assert.Equal(t, "set", period.Set.String())
	assert.Equal(t, "time", period.Time.String())
	assert.Equal(t, "unknown", period.Type(99).String())
	assert.Equal(t, "", period.NoMod.String())
	assert.Equal(t, "ON_OR_BEFORE", period.OnOrBefore.String())
	assert.Equal(t, "", period.Mod(99).String())
	b, err := period.Start.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "START", string(b))
	assert.True(t, strings.HasPrefix(period.Set.String(), "set"))
}

func TestConcurrent(t *testing.T) {
	f := period.NewFinder(period.WithFiscalYearStart(time.April))
	text := "Im ersten Quartal des Geschäftsjahres 2025 und am Donnerstag stieg der Umsatz; im Vorjahr fiel er."
	want := f.Find(text, news)
	done := make(chan []period.Expression)
	for range 8 {
		go func() { done <- f.Find(text, news) }()
	}
	for range 8 {
		assert.Equal(t, want, <-done)
	}
}
