package period_test

import (
	"testing"
	"time"

	"github.com/finanztext/finanztext/period"
)

// TestFindRangeYear: a range of days names its year once, at its end
// ("vom 2. bis 9. Juni 2024", "vom 29. März bis 12. Mai 2024"); the start
// takes that year, or the one before when the range crosses a new year.
func TestFindRangeYear(t *testing.T) {
	runFind(t, []findCase{
		{"bis, two months", "Die Aktion lief vom 14. April bis 2. Juni 2023 in allen Filialen.", news,
			[]w{{"14. April", "date", "2023-04-14", ""}, {"2. Juni 2023", "date", "2023-06-02", "ON_OR_BEFORE"}}},
		{"dash between the days", "Geöffnet 7. Juli – 21. August 2022 im Stadtpark.", news,
			[]w{{"7. Juli", "date", "2022-07-07", ""}, {"21. August 2022", "date", "2022-08-21", ""}}},
		{"zwischen dem … und dem …", "Zwischen dem 3. Februar und dem 28. März 2021 ruhte die Produktion.", news,
			[]w{{"3. Februar", "date", "2021-02-03", ""}, {"28. März 2021", "date", "2021-03-28", ""}}},
		{"range across the new year", "Der Streik dauerte vom 27. Dezember bis 4. Januar 2019.", news,
			[]w{{"27. Dezember", "date", "2018-12-27", ""}, {"4. Januar 2019", "date", "2019-01-04", "ON_OR_BEFORE"}}},
		{"narrative: the end's year, not the anchor's", "Am 2. Mai 1812 zogen sie los. Die Belagerung dauerte vom 9. Oktober bis 1. November 1813.", story,
			[]w{{"2. Mai 1812", "date", "1812-05-02", ""}, {"9. Oktober", "date", "1813-10-09", ""}, {"1. November 1813", "date", "1813-11-01", "ON_OR_BEFORE"}}},
		// must not: the end has no year, or what follows is no day
		{"end without year keeps the document year", "Vom 3. März bis 5. April gilt der Rabatt.", news,
			[]w{{"3. März", "date", "2025-03-03", ""}, {"5. April", "date", "2025-04-05", "ON_OR_BEFORE"}}},
		{"a clock time after bis", "Am 6. Mai bis 18 Uhr ist geöffnet.", news,
			[]w{{"6. Mai", "date", "2025-05-06", ""}, {"18 Uhr", "time", "2025-05-06T18:00", ""}}},
		{"a count after und", "Am 8. Mai und 2024 Beschäftigte streikten.", news,
			[]w{{"8. Mai", "date", "2025-05-08", ""}}},
	})
}

// TestFindEventAnchoredDuration: a duration measured from or to an event
// takes the event in (TIMEX2): "drei Wochen nach der Übernahme", "kurz
// vor dem Börsengang" is not one (no count), "vor dem 17. März" is a time
// of its own, and a phrase without an article is no event.
func TestFindEventAnchoredDuration(t *testing.T) {
	runFind(t, []findCase{
		{"nach + article + noun", "Drei Wochen nach der Übernahme trat der Vorstand zurück.", news,
			[]w{{"Drei Wochen nach der Übernahme", "duration", "P3W", ""}}},
		{"vor + adjective + noun + genitive", "Die Aktie stieg zwei Tage vor der offiziellen Bekanntgabe des Deals deutlich.", news,
			[]w{{"zwei Tage vor der offiziellen Bekanntgabe des Deals", "duration", "P2D", ""}}},
		{"possessive", "Er verkaufte seine Anteile wenige Monate nach seinem Rücktritt.", news,
			[]w{{"wenige Monate nach seinem Rücktritt", "duration", "PXM", ""}}},
		{"bare Beginn + genitive", "Einige Wochen vor Beginn der Verhandlungen sank der Kurs.", news,
			[]w{{"Einige Wochen vor Beginn der Verhandlungen", "duration", "PXW", ""}}},
		{"approximate, digits, hours", "Rund 36 Stunden nach dem Ausfall lief die Anlage wieder.", news,
			[]w{{"Rund 36 Stunden nach dem Ausfall", "duration", "PT36H", "APPROX"}}},
		{"bare plural unit", "Sie meldeten sich erst Jahre nach ihrer Gründung beim Amt.", news,
			[]w{{"Jahre nach ihrer Gründung", "duration", "PXY", ""}}},
		// must not
		{"a date after vague days stays apart", "Wenige Tage vor dem 9. Oktober endete die Frist.", news,
			[]w{{"Wenige Tage", "duration", "PXD", ""}, {"9. Oktober", "date", "2025-10-09", ""}}},
		{"a time after nach stays apart", "Zwei Monate nach dem Ende des Quartals kam der Bericht.", news,
			[]w{{"Zwei Monate", "duration", "P2M", ""}, {"Ende des Quartals", "date", "2025-Q4", "END"}}},
		{"a place without article", "Vier Jahre nach Hamburg zog er nach München.", news,
			[]w{{"Vier Jahre", "duration", "P4Y", ""}}},
		{"an indefinite article", "Zehn Tage nach einem Brand im Werk lief die Produktion an.", news,
			[]w{{"Zehn Tage", "duration", "P10D", ""}}},
		{"vor + duration is a date, not a duration", "Vor drei Jahren nach der Fusion war das anders.", news,
			[]w{{"Vor drei Jahren", "date", "2022", ""}}},
		{"a hyphen compound the tokens cut", "Acht Tage nach dem Nato-Gipfel sprach er.", news,
			[]w{{"Acht Tage", "duration", "P8D", ""}}},
	})
}

// TestFindClockZone: a clock time with its zone is one expression whose
// value carries the offset.
func TestFindClockZone(t *testing.T) {
	runFind(t, []findCase{
		{"MEZ", "Die Auktion startet am 4. Februar um 10 Uhr MEZ.", news,
			[]w{{"4. Februar", "date", "2026-02-04", ""}, {"10 Uhr MEZ", "time", "2026-02-04T10:00+01", ""}}},
		{"MESZ with minutes", "Am 12. Juli um 17.45 Uhr MESZ schloss die Börse.", news,
			[]w{{"12. Juli", "date", "2025-07-12", ""}, {"17.45 Uhr MESZ", "time", "2025-07-12T17:45+02", ""}}},
		{"spelled out", "Am 3. März 1921 schwiegen die Waffen ab 6:30 Uhr mitteleuropäischer Zeit.", story,
			[]w{{"3. März 1921", "date", "1921-03-03", ""}, {"6:30 Uhr mitteleuropäischer Zeit", "time", "1921-03-03T06:30+01", "ON_OR_AFTER"}}},
		{"summer time spelled out", "Am 2. August 1930 begann es um 5 Uhr mitteleuropäischer Sommerzeit.", story,
			[]w{{"2. August 1930", "date", "1930-08-02", ""}, {"5 Uhr mitteleuropäischer Sommerzeit", "time", "1930-08-02T05:00+02", ""}}},
		// must not: local time names no offset; another word is no zone
		{"Ortszeit", "Am 9. Januar landete die Maschine um 14 Uhr Ortszeit.", news,
			[]w{{"9. Januar", "date", "2025-01-09", ""}, {"14 Uhr", "time", "2025-01-09T14:00", ""}}},
		{"a European adjective before another noun", "Am 9. Januar um 14 Uhr mitteleuropäischer Händler.", news,
			[]w{{"9. Januar", "date", "2025-01-09", ""}, {"14 Uhr", "time", "2025-01-09T14:00", ""}}},
	})
}

// TestFindEarlyLateCentury: "frühen"/"späten" before a century or decade
// is its START/END; "v. Chr." after a century makes it one before Christ;
// a number glued to -tägig, -wöchig, -monatig, -stündig is a duration.
func TestFindEarlyLateCentury(t *testing.T) {
	runFind(t, []findCase{
		{"late century", "Die Brücke stammt aus dem späten 18. Jahrhundert.", news,
			[]w{{"späten 18. Jahrhundert", "date", "17", "END"}}},
		{"early century in words", "Im frühen neunzehnten Jahrhundert wuchs der Hafen.", news,
			[]w{{"frühen neunzehnten Jahrhundert", "date", "18", "START"}}},
		{"century before Christ", "Die Siedlung entstand im 5. Jahrhundert v. Chr. am Fluss.", story,
			[]w{{"5. Jahrhundert v. Chr.", "date", "BC04", ""}}},
		{"century after Christ", "Im 2. Jahrhundert n. Chr. lag hier ein Lager.", story,
			[]w{{"2. Jahrhundert n. Chr.", "date", "01", ""}}},
		{"late decade with article", "Der Konzern wuchs in den späten 1980er-Jahren stark.", news,
			[]w{{"den späten 1980er-Jahren", "date", "198", "END"}}},
		{"early decade word", "Das war in den frühen sechziger Jahren üblich.", story,
			[]w{{"den frühen sechziger Jahren", "date", "196", "START"}}},
		{"hyphen days, three digits", "Nach 120-tägiger Blockade gab die Stadt auf.", story,
			[]w{{"120-tägiger", "duration", "P120D", ""}}},
		{"hyphen months", "Es folgte eine 6-monatige Probezeit.", news,
			[]w{{"6-monatige", "duration", "P6M", ""}}},
		// must not
		{"an age is no duration", "Ein 41-jähriger Händler wurde festgenommen.", news, nil},
		{"späten before a non-time noun", "Die späten Werke des Malers 1920 entstanden.", news,
			[]w{{"1920", "date", "1920", ""}}},
	})
}

// TestFindHalfOf: "die erste/zweite Hälfte des …" is a half of a year,
// and the START/END of a century, decade or month.
func TestFindHalfOf(t *testing.T) {
	runFind(t, []findCase{
		{"half of a named year", "In der zweiten Hälfte des Jahres 2019 sank der Absatz.", news,
			[]w{{"zweiten Hälfte des Jahres 2019", "date", "2019-H2", ""}}},
		{"half of the year told", "Für die erste Hälfte des Jahres erwartet der Vorstand Verluste.", news,
			[]w{{"erste Hälfte des Jahres", "date", "2025-H1", ""}}},
		{"half of a relative year", "In der ersten Hälfte des kommenden Jahres soll das Werk öffnen.", news,
			[]w{{"ersten Hälfte des kommenden Jahres", "date", "2026-H1", ""}}},
		{"half of a fiscal year", "In der zweiten Hälfte des Geschäftsjahres 2023/24 zog die Nachfrage an.", news,
			[]w{{"zweiten Hälfte des Geschäftsjahres 2023/24", "date", "FY2024-H2", ""}}},
		{"half of a century", "In der zweiten Hälfte des 17. Jahrhunderts blühte der Handel.", story,
			[]w{{"zweiten Hälfte des 17. Jahrhunderts", "date", "16", "END"}}},
		{"half of a month", "In der ersten Hälfte des Oktober 1918 kam der Befehl.", story,
			[]w{{"ersten Hälfte des Oktober 1918", "date", "1918-10", "START"}}},
		// must not
		{"half of a group", "Die erste Hälfte der Belegschaft streikte 2021.", news,
			[]w{{"2021", "date", "2021", ""}}},
		{"a third is no half", "Im dritten Drittel des Jahres 2020 kam die Wende.", news,
			[]w{{"Jahres 2020", "date", "2020", ""}}},
	})
}

// TestFindDemonstrativeAndGenitiveRel: "diese/dieser" before a unit is
// the current one ("diese Woche", "in dieser Woche"), "dieser Tage" is
// the present, and the strong genitive forms "nächster", "vergangener",
// "letzter" qualify a unit after Anfang/Mitte/Ende ("Ende nächster
// Woche").
func TestFindDemonstrativeAndGenitiveRel(t *testing.T) {
	runFind(t, []findCase{
		{"diese Woche", "Der Vorstand will diese Woche entscheiden.", news,
			[]w{{"diese Woche", "date", "2025-W45", ""}}},
		{"in dieser Woche", "In dieser Woche fielen die Kurse deutlich.", news,
			[]w{{"dieser Woche", "date", "2025-W45", ""}}},
		{"im Laufe dieser Woche", "Im Laufe dieser Woche kommen die Zahlen.", news,
			[]w{{"Laufe dieser Woche", "date", "2025-W45", ""}}},
		{"dieser Tage", "Die Kunden erhalten dieser Tage einen Brief.", news,
			[]w{{"dieser Tage", "date", "PRESENT_REF", ""}}},
		{"Mitte nächster Woche", "Mitte nächster Woche soll der Vertrag stehen.", news,
			[]w{{"Mitte nächster Woche", "date", "2025-W46", "MID"}}},
		{"Anfang vergangener Woche", "Anfang vergangener Woche brach der Kurs ein.", news,
			[]w{{"Anfang vergangener Woche", "date", "2025-W44", "START"}}},
		{"Ende letzter Woche", "Ende letzter Woche kam die Meldung.", news,
			[]w{{"Ende letzter Woche", "date", "2025-W44", "END"}}},
		// a weekday of a week named after it: the day of that week
		{"weekday of last week", "Am Dienstag vergangener Woche war der Kurs gefallen.", news,
			[]w{{"Dienstag vergangener Woche", "date", "2025-10-28", ""}}},
		{"weekday of next week with an article", "Die Zahlen kommen am Freitag der kommenden Woche.", news,
			[]w{{"Freitag der kommenden Woche", "date", "2025-11-14", ""}}},
		{"part of a weekday of this week", "Am Donnerstagabend dieser Woche spielt die Band.", news,
			[]w{{"Donnerstagabend dieser Woche", "time", "2025-11-06TEV", ""}}},
		{"since a weekday of last week", "Seit Montag letzter Woche streiken die Piloten.", news,
			[]w{{"Montag letzter Woche", "date", "2025-10-27", "ON_OR_AFTER"}}},
		// must not
		{"a weekday before an anaphoric week", "Am Montag der folgenden Woche kam die Antwort.", news,
			[]w{{"Montag", "date", "2025-11-03", ""}, {"folgenden Woche", "date", "2025-11-10", ""}}},
		{"a weekday before a week set off by commas", "Am Montag, in der kommenden Woche, tagt der Rat.", news,
			[]w{{"Montag", "date", "2025-11-03", ""}, {"kommenden Woche", "date", "2025-W46", ""}}},
		{"dieser before a non-time noun", "Dieser Vorschlag kam 2019 auf den Tisch.", news,
			[]w{{"2019", "date", "2019", ""}}},
		{"letzter as a rank", "Er wurde letzter im Feld.", news, nil},
		{"diese before a count", "Diese zwei Firmen fusionieren.", news, nil},
	})
}

// TestFindWeekend: "Wochenende" is the weekend of a week (TIMEX3
// 2025-W44-WE). With the report dated Monday 3 November 2025 (week 45),
// "am Wochenende" is the one just past, unless the clause looks ahead; in
// a past clause later in the week too; "am kommenden Wochenende" is this
// week's; "jedes Wochenende" is a set.
func TestFindWeekend(t *testing.T) {
	thursday := period.Ref{Date: time.Date(2025, 11, 6, 0, 0, 0, 0, time.UTC)}
	runFind(t, []findCase{
		{"bare, early in the week", "Am Wochenende streikten die Piloten.", news,
			[]w{{"Wochenende", "date", "2025-W44-WE", ""}}},
		{"bare, late in the week", "Am Wochenende wollen die Piloten streiken.", thursday,
			[]w{{"Wochenende", "date", "2025-W45-WE", ""}}},
		{"vergangenen", "Am vergangenen Wochenende fiel der Strom aus.", thursday,
			[]w{{"vergangenen Wochenende", "date", "2025-W44-WE", ""}}},
		{"kommenden on a weekday", "Am kommenden Wochenende öffnet die Messe.", news,
			[]w{{"kommenden Wochenende", "date", "2025-W45-WE", ""}}},
		{"genitive in Laufe, ahead", "Im Laufe des Wochenendes soll die Entscheidung fallen.", news,
			[]w{{"Laufe des Wochenendes", "date", "2025-W45-WE", ""}}},
		{"genitive in Laufe, past", "Im Laufe des Wochenendes war die Entscheidung gefallen.", news,
			[]w{{"Laufe des Wochenendes", "date", "2025-W44-WE", ""}}},
		// the tense picks the weekend: a past clause on a weekday the one
		// just past, a future one the one ahead
		{"bare, past, late in the week", "Am Wochenende hatten Tausende demonstriert.", thursday,
			[]w{{"Wochenende", "date", "2025-W44-WE", ""}}},
		{"bare, future, early in the week", "Am Wochenende will die Gewerkschaft streiken.", news,
			[]w{{"Wochenende", "date", "2025-W45-WE", ""}}},
		{"bare, present, late in the week", "Am Wochenende beginnt der Umbau.", thursday,
			[]w{{"Wochenende", "date", "2025-W45-WE", ""}}},
		{"every weekend", "Der Markt hat jedes Wochenende geöffnet.", news,
			[]w{{"jedes Wochenende", "set", "XXXX-WXX-WE", ""}}},
		// must not
		{"a compound with a hyphen", "Ein gelungenes Rennsport-Wochenende für das Team.", news, nil},
		{"an indefinite weekend", "Sie fuhr für ein Wochenende an die See.", news, nil},
	})
}

// TestFindRelativeSeason: a season after a relative adjective is its next
// or last occurrence from the base (report of 3 November 2025, in autumn),
// "diesem" the base year's, "folgenden" the next after the time told.
func TestFindRelativeSeason(t *testing.T) {
	runFind(t, []findCase{
		{"kommenden Frühjahr", "Im kommenden Frühjahr soll die Produktion anlaufen.", news,
			[]w{{"kommenden Frühjahr", "date", "2026-SP", ""}}},
		{"vergangenen Sommer", "Seit dem vergangenen Sommer sinken die Preise.", news,
			[]w{{"vergangenen Sommer", "date", "2025-SU", "ON_OR_AFTER"}}},
		{"nächsten Winter", "Für den nächsten Winter rechnet der Versorger mit Engpässen.", news,
			[]w{{"nächsten Winter", "date", "2025-WI", ""}}},
		{"diesem Sommer", "In diesem Sommer brach der Absatz ein.", news,
			[]w{{"diesem Sommer", "date", "2025-SU", ""}}},
		{"folgenden Frühjahr in a story", "Im Herbst 1812 zog sich die Armee zurück. Im folgenden Frühjahr sammelte sie sich neu.", story,
			[]w{{"Herbst 1812", "date", "1812-FA", ""}, {"folgenden Frühjahr", "date", "1813-SP", ""}}},
		{"folgenden Winter after a spring", "Im Frühjahr 1915 begann die Offensive. Im folgenden Winter ruhte die Front.", story,
			[]w{{"Frühjahr 1915", "date", "1915-SP", ""}, {"folgenden Winter", "date", "1915-WI", ""}}},
		// must not
		{"a season compound with a mod keeps its own reading", "Im kommenden Spätsommer wächst das Werk.", news,
			[]w{{"Spätsommer", "date", "2025-SU", "END"}}},
		{"a relative adjective before a non-season", "Im kommenden Sommerurlaub reist er.", news, nil},
	})
}

// TestFindMovableFeasts: feasts counted from Easter Sunday get their day
// in the year named or told.
func TestFindMovableFeasts(t *testing.T) {
	runFind(t, []findCase{
		{"Ostern with a year", "Zu Ostern 2019 lag der Umsatz höher.", news,
			[]w{{"Ostern 2019", "date", "2019-04-21", ""}}},
		{"Karfreitag", "Am Karfreitag 2022 blieben die Läden zu.", news,
			[]w{{"Karfreitag 2022", "date", "2022-04-15", ""}}},
		{"Pfingstmontag", "Am Pfingstmontag 2024 ruhte der Handel.", news,
			[]w{{"Pfingstmontag 2024", "date", "2024-05-20", ""}}},
		{"Christi Himmelfahrt", "An Christi Himmelfahrt 2018 war Feiertag.", news,
			[]w{{"Christi Himmelfahrt 2018", "date", "2018-05-10", ""}}},
		{"in the year of the report", "Seit Ostern sinken die Preise.", news,
			[]w{{"Ostern", "date", "2025-04-20", "ON_OR_AFTER"}}},
		{"in a story, the year told", "Im März 1916 war die Lage ruhig. An Ostern brach der Aufstand los.", story,
			[]w{{"März 1916", "date", "1916-03", ""}, {"Ostern", "date", "1916-04-23", ""}}},
		{"Mariä Himmelfahrt is fixed", "An Mariä Himmelfahrt 2021 blieb das Werk geschlossen.", news,
			[]w{{"Mariä Himmelfahrt 2021", "date", "2021-08-15", ""}}},
		{"Mariä after an unknown word", "Zu Mariä Himmelfahrt 2021 ruhte die Arbeit.", news,
			[]w{{"Himmelfahrt 2021", "date", "2021-08-15", ""}}},
		{"Mariä Empfängnis", "Seit Mariä Empfängnis 2024 ruht die Baustelle.", news,
			[]w{{"Mariä Empfängnis 2024", "date", "2024-12-08", "ON_OR_AFTER"}}},
		{"Tag der Deutschen Einheit", "Am Tag der Deutschen Einheit 2020 sprach der Präsident.", news,
			[]w{{"Tag der Deutschen Einheit 2020", "date", "2020-10-03", ""}}},
		{"Heiligen Abend", "Am Heiligen Abend 2023 fiel Schnee.", news,
			[]w{{"Heiligen Abend 2023", "date", "2023-12-24", ""}}},
		{"Faschingsdienstag", "Am Faschingsdienstag 2024 zog der Umzug durch die Stadt.", news,
			[]w{{"Faschingsdienstag 2024", "date", "2024-02-13", ""}}},
		// must not
		{"Empfängnis alone", "Die Empfängnis war geplant.", news, nil},
		{"Einheit alone", "Die Einheit der Partei zerbrach.", news, nil},
		// must not
		{"a hyphen compound", "Die Pfingsten-Aktion lief 2023 gut.", news,
			[]w{{"2023", "date", "2023", ""}}},
	})
}

// TestFindSamePeriodLastYear: "im gleichen/selben Zeitraum des Vorjahres"
// and "im Vergleichszeitraum des Vorjahres" are the period told, a year
// earlier, as "Vorjahreszeitraum" is.
func TestFindSamePeriodLastYear(t *testing.T) {
	runFind(t, []findCase{
		{"gleichen Zeitraum des Vorjahres", "Im zweiten Quartal 2025 wuchs der Umsatz um 4 Prozent nach 2 Prozent im gleichen Zeitraum des Vorjahres.", news,
			[]w{{"zweiten Quartal 2025", "date", "2025-Q2", ""}, {"gleichen Zeitraum des Vorjahres", "date", "2024-Q2", ""}}},
		{"selben Zeitraum des Vorjahres after a half", "Im ersten Halbjahr 2024 sank der Gewinn, im selben Zeitraum des Vorjahres war er gestiegen.", news,
			[]w{{"ersten Halbjahr 2024", "date", "2024-H1", ""}, {"selben Zeitraum des Vorjahres", "date", "2023-H1", ""}}},
		{"Vergleichszeitraum des Vorjahres", "Im September 2025 stieg der Absatz stärker als im Vergleichszeitraum des Vorjahres.", news,
			[]w{{"September 2025", "date", "2025-09", ""}, {"Vergleichszeitraum des Vorjahres", "date", "2024-09", ""}}},
		// must not
		{"gleichen Zeitraum alone", "Im gleichen Zeitraum stieg der Absatz.", news, nil},
	})
}

// TestFindUnitNextToTold: "im Jahr darauf", "im Monat zuvor", "die Woche
// danach" are the whole unit next to the time told; a part of the day of
// the day told or one next to it is one expression ("am Abend desselben
// Tages"); "vom 1. bis zum 3. Juli" and "zwischen 264 und 241 v. Chr."
// give the first day or year the second's month or era.
func TestFindUnitNextToTold(t *testing.T) {
	runFind(t, []findCase{
		{"im Jahr darauf", "Im Jahr 1871 endete der Krieg. Im Jahr darauf wurde der Vertrag erneuert.", story,
			[]w{{"Jahr 1871", "date", "1871", ""}, {"Im Jahr darauf", "date", "1872", ""}}},
		{"im Jahr zuvor, news", "2024 verdiente die Bank 3 Mrd. Euro, im Jahr zuvor 2 Mrd. Euro.", news,
			[]w{{"2024", "date", "2024", ""}, {"im Jahr zuvor", "date", "2023", ""}}},
		{"im Monat zuvor after a day", "Am 12. März 1938 rückten die Truppen ein. Im Monat zuvor hatte es Gespräche gegeben.", story,
			[]w{{"12. März 1938", "date", "1938-03-12", ""}, {"Im Monat zuvor", "date", "1938-02", ""}}},
		{"im neuen Jahr", "Im Jahr 2024 sank der Umsatz, im neuen Jahr soll er steigen.", news,
			[]w{{"Jahr 2024", "date", "2024", ""}, {"neuen Jahr", "date", "2025", ""}}},
		{"das neue Geschäftsjahr", "Für das neue Geschäftsjahr peilt der Chipkonzern mehr Umsatz an.", news,
			[]w{{"neue Geschäftsjahr", "date", "FY2026", ""}}},
		{"des neuen Jahres", "Zu Beginn des neuen Jahres steigen die Preise.", news,
			[]w{{"neuen Jahres", "date", "2026", ""}}},
		{"a quarter of the new fiscal year", "Im ersten Quartal des neuen Geschäftsjahres legte der Umsatz zu.", news,
			[]w{{"ersten Quartal des neuen Geschäftsjahres", "date", "FY2026-Q1", ""}}},
		{"a month of the new year", "Im Januar des neuen Jahres wird gewählt.", news,
			[]w{{"Januar des neuen Jahres", "date", "2026-01", ""}}},
		{"im Quartal zuvor", "Im dritten Quartal stieg der Umsatz, im Quartal zuvor war er gesunken.", news,
			[]w{{"dritten Quartal", "date", "2025-Q3", ""}, {"im Quartal zuvor", "date", "2025-Q2", ""}}},
		{"das Quartal danach", "Im zweiten Quartal 2023 sank der Gewinn. Im Quartal danach stieg er wieder.", news,
			[]w{{"zweiten Quartal 2023", "date", "2023-Q2", ""}, {"Im Quartal danach", "date", "2023-Q3", ""}}},
		{"im Halbjahr darauf", "Im ersten Halbjahr 2024 lief es gut, im Halbjahr darauf schlecht.", news,
			[]w{{"ersten Halbjahr 2024", "date", "2024-H1", ""}, {"im Halbjahr darauf", "date", "2024-H2", ""}}},
		{"Abend desselben Tages", "Am 9. November 1989 fiel die Mauer, am Abend desselben Tages feierten Tausende.", story,
			[]w{{"9. November 1989", "date", "1989-11-09", ""}, {"Abend desselben Tages", "time", "1989-11-09TEV", ""}}},
		{"Morgen des folgenden Tages", "Am 5. Juni 1967 begann der Krieg. Am Morgen des folgenden Tages fiel die Stadt.", story,
			[]w{{"5. Juni 1967", "date", "1967-06-05", ""}, {"Morgen des folgenden Tages", "time", "1967-06-06TMO", ""}}},
		{"vom … bis zum …", "Die Messe läuft vom 4. bis zum 7. September 2024.", news,
			[]w{{"4.", "date", "2024-09-04", ""}, {"7. September 2024", "date", "2024-09-07", "ON_OR_BEFORE"}}},
		{"zwischen … und … v. Chr.", "Zwischen 149 und 146 v. Chr. fiel die Stadt.", story,
			[]w{{"149", "date", "BC0149", ""}, {"146 v. Chr.", "date", "BC0146", ""}}},
		// must not
		{"ein Jahr früher keeps its own reading", "Ein Jahr früher war der Preis niedriger.", news,
			[]w{{"Ein Jahr früher", "date", "2024", ""}}},
		{"zwischen two counts", "Zwischen 20 und 30 Mitarbeiter verlassen die Firma.", news, nil},
		{"quarters before, a count", "Die Quartale zuvor waren schwächer.", news, nil},
		{"a new thing, no time", "Der neue Vorstand stellte sich vor.", news, nil},
		{"new years, a plural, are years", "Die neuen Jahre brachten Wandel.", news,
			[]w{{"Jahre", "duration", "PXY", ""}}},
		{"a morning of a name", "Am Morgen des Gipfels trafen sie sich.", news,
			[]w{{"Morgen", "time", "2025-11-03TMO", ""}}},
	})
}

// TestFindNarrativeNewYear: in a story told in order, a month or day
// without a year that lies eight or more months before the month of the
// latest time told is in the following year; one a little earlier stays
// in the year told, and news text never rolls.
func TestFindNarrativeNewYear(t *testing.T) {
	runFind(t, []findCase{
		{"November to February", "Am 20. November 1812 erreichte die Armee den Fluss. Am 2. Februar kapitulierte die Festung.", story,
			[]w{{"20. November 1812", "date", "1812-11-20", ""}, {"2. Februar", "date", "1813-02-02", ""}}},
		{"December to early January", "Am 18. Dezember 1916 endete die Schlacht. Anfang Januar begann der Rückzug.", story,
			[]w{{"18. Dezember 1916", "date", "1916-12-18", ""}, {"Anfang Januar", "date", "1917-01", "START"}}},
		// must not
		{"a month a little earlier is a look back", "Am 10. April 1918 fiel der General. Am 13. März war die Stadt erobert worden.", story,
			[]w{{"10. April 1918", "date", "1918-04-10", ""}, {"13. März", "date", "1918-03-13", ""}}},
		{"news does not roll", "Am 20. November 2024 kündigte die Firma an, am 2. Februar zu liefern.", news,
			[]w{{"20. November 2024", "date", "2024-11-20", ""}, {"2. Februar", "date", "2025-02-02", ""}}},
	})
}

// TestFindHalves: "ein halbes Jahr", "anderthalb/eineinhalb/zweieinhalb"
// units are durations in the next smaller unit; with später/zuvor or
// after "vor" they are the month so far away.
func TestFindHalves(t *testing.T) {
	runFind(t, []findCase{
		{"ein halbes Jahr", "Der Umbau dauert ein halbes Jahr.", news,
			[]w{{"ein halbes Jahr", "duration", "P6M", ""}}},
		{"zweieinhalb Jahre", "Das Verfahren zog sich zweieinhalb Jahre hin.", news,
			[]w{{"zweieinhalb Jahre", "duration", "P30M", ""}}},
		{"eine halbe Stunde", "Die Sitzung wurde für eine halbe Stunde unterbrochen.", news,
			[]w{{"eine halbe Stunde", "duration", "PT30M", ""}}},
		{"anderthalb Tage", "Der Streik legte den Hafen anderthalb Tage lahm.", news,
			[]w{{"anderthalb Tage", "duration", "PT36H", ""}}},
		{"vor einem halben Jahr", "Vor einem halben Jahr lag der Kurs noch höher.", news,
			[]w{{"Vor einem halben Jahr", "date", "2025-05", ""}}},
		{"vor eineinhalb Jahren", "Die Anlage ging vor eineinhalb Jahren in Betrieb.", news,
			[]w{{"vor eineinhalb Jahren", "date", "2024-05", ""}}},
		{"ein halbes Jahr später in a story", "Am 2. März 1917 dankte der Zar ab. Ein halbes Jahr später übernahmen andere die Macht.", story,
			[]w{{"2. März 1917", "date", "1917-03-02", ""}, {"Ein halbes Jahr später", "date", "1917-09", ""}}},
		{"with an event", "Zweieinhalb Jahre nach der Fusion kam die Trennung.", news,
			[]w{{"Zweieinhalb Jahre nach der Fusion", "duration", "P30M", ""}}},
		// must not
		{"half of a thing", "Die halbe Belegschaft streikte.", news, nil},
		{"half a million", "Eine halbe Million Kunden wechselte.", news, nil},
		{"anderthalb of a thing", "Er trank anderthalb Liter Wasser.", news, nil},
	})
}

// TestFindSumDuration: two durations joined by "und", the second in a
// smaller unit, are one ("zwei Jahre und drei Monate" P2Y3M); weeks turn
// into days, since ISO durations do not mix them.
func TestFindSumDuration(t *testing.T) {
	runFind(t, []findCase{
		{"years and months", "Das Gericht verhängte drei Jahre und sechs Monate Haft.", news,
			[]w{{"drei Jahre und sechs Monate", "duration", "P3Y6M", ""}}},
		{"dative, digits", "Er wurde zu 2 Jahren und 9 Monaten verurteilt.", news,
			[]w{{"2 Jahren und 9 Monaten", "duration", "P2Y9M", ""}}},
		{"weeks and days", "Die Blockade hielt vier Wochen und zwei Tage.", story,
			[]w{{"vier Wochen und zwei Tage", "duration", "P30D", ""}}},
		{"hours and minutes", "Die Sitzung dauerte fünf Stunden und zehn Minuten.", news,
			[]w{{"fünf Stunden und zehn Minuten", "duration", "PT5H10M", ""}}},
		{"one month", "Es vergingen zwei Jahre und ein Monat.", news,
			[]w{{"zwei Jahre und ein Monat", "duration", "P2Y1M", ""}}},
		// must not
		{"the same unit twice", "Drei Jahre und zwei Jahre ergeben fünf.", news,
			[]w{{"Drei Jahre", "duration", "P3Y", ""}, {"zwei Jahre", "duration", "P2Y", ""}}},
		{"a larger unit second", "Drei Tage und zwei Wochen lagen dazwischen.", news,
			[]w{{"Drei Tage", "duration", "P3D", ""}, {"zwei Wochen", "duration", "P2W", ""}}},
		{"und before a verb", "Er blieb drei Monate und ging dann.", news,
			[]w{{"drei Monate", "duration", "P3M", ""}}},
	})
}

// TestFindCountedFromDay: a count of days or weeks before or after a day
// is that day ("drei Tage vor Weihnachten 2024" 2024-12-22).
func TestFindCountedFromDay(t *testing.T) {
	runFind(t, []findCase{
		{"before a feast", "Drei Tage vor Weihnachten 2024 schloss das Werk.", news,
			[]w{{"Drei Tage vor Weihnachten 2024", "date", "2024-12-22", ""}}},
		{"weeks after Easter", "Zwei Wochen nach Ostern 2024 begann der Umbau.", news,
			[]w{{"Zwei Wochen nach Ostern 2024", "date", "2024-04-14", ""}}},
		{"after a date", "Vier Tage nach dem 3. Oktober 1990 tagte das Parlament.", news,
			[]w{{"Vier Tage nach dem 3. Oktober 1990", "date", "1990-10-07", ""}}},
		{"before the year's end, in a story", "Im November 1938 stockte der Vormarsch. Zehn Tage vor Jahresende griffen sie an.", story,
			[]w{{"November 1938", "date", "1938-11", ""}, {"Zehn Tage vor Jahresende", "date", "1938-12-21", ""}}},
		// must not
		{"a month is no day", "Drei Tage vor Ende des Quartals kam die Warnung.", news,
			[]w{{"Drei Tage", "duration", "P3D", ""}, {"Ende des Quartals", "date", "2025-Q4", "END"}}},
		{"years before a date stay a duration", "Zwei Jahre vor dem 1. Mai 2020 war das anders.", news,
			[]w{{"Zwei Jahre", "duration", "P2Y", ""}, {"1. Mai 2020", "date", "2020-05-01", ""}}},
	})
}

// TestFindPartNextDay: "am Morgen darauf", "am Abend zuvor" are the part
// of the day after or before the one told (as "am Tag darauf").
func TestFindPartNextDay(t *testing.T) {
	runFind(t, []findCase{
		{"Morgen darauf", "Am 14. Juli 1789 fiel die Festung. Am Morgen darauf zogen die Truppen ab.", story,
			[]w{{"14. Juli 1789", "date", "1789-07-14", ""}, {"Am Morgen darauf", "time", "1789-07-15TMO", ""}}},
		{"Abend zuvor", "Am 6. Mai 1937 verunglückte das Luftschiff. Am Abend zuvor war es noch ruhig.", story,
			[]w{{"6. Mai 1937", "date", "1937-05-06", ""}, {"Am Abend zuvor", "time", "1937-05-05TEV", ""}}},
		{"Nacht danach", "Am 1. März 2024 brach der Damm. In der Nacht danach stieg das Wasser.", news,
			[]w{{"1. März 2024", "date", "2024-03-01", ""}, {"Nacht danach", "time", "2024-03-02TNI", ""}}},
		// must not
		{"später is no next day", "Am 1. März 2024 brach der Damm. Am Morgen später kam Hilfe.", news,
			[]w{{"1. März 2024", "date", "2024-03-01", ""}, {"Morgen", "time", "2024-03-01TMO", ""}}},
	})
}

// TestFindLimitAcrossArticle: "seit dem", "ab dem" and "bis zum" (bis +
// dem) before a day or a named year set the modifier as "seit", "ab" and
// "bis" do; such a day still moves a narrative. Another preposition with
// an article sets none.
func TestFindLimitAcrossArticle(t *testing.T) {
	runFind(t, []findCase{
		{"seit dem + day", "Seit dem 1. Juli zahlen Pendler weniger für das Ticket.", news,
			[]w{{"1. Juli", "date", "2025-07-01", "ON_OR_AFTER"}}},
		{"ab dem Jahr", "Ab dem Jahr 2027 dürfen keine Ölheizungen mehr eingebaut werden.", news,
			[]w{{"Jahr 2027", "date", "2027", "ON_OR_AFTER"}}},
		{"bis zum + day with year", "Anträge nimmt das Amt bis zum 30. Juni 2026 entgegen.", news,
			[]w{{"30. Juni 2026", "date", "2026-06-30", "ON_OR_BEFORE"}}},
		{"ab den + decade", "Ab den 1970er-Jahren wuchs die Stadt rasch.", news,
			[]w{{"den 1970er-Jahren", "date", "197", "ON_OR_AFTER"}}},
		{"seit den + decade word", "Seit den achtziger Jahren gehört die Marke dazu.", news,
			[]w{{"den achtziger Jahren", "date", "198", "ON_OR_AFTER"}}},
		{"narrative: the day after bis zum still anchors", "Am 2. Mai 1812 begann die Belagerung. Bis zum 19. Mai hielt die Festung stand. Am Tag darauf fiel sie.", story,
			[]w{{"2. Mai 1812", "date", "1812-05-02", ""}, {"19. Mai", "date", "1812-05-19", "ON_OR_BEFORE"}, {"Am Tag darauf", "date", "1812-05-20", ""}}},
		// must not
		{"nach dem + day", "Nach dem 1. Juli sinken die Gebühren.", news,
			[]w{{"1. Juli", "date", "2025-07-01", ""}}},
		{"zum without bis", "Zum 1. Oktober wechselte sie in den Vorstand.", news,
			[]w{{"1. Oktober", "date", "2025-10-01", ""}}},
		{"in den + decade", "In den 1990er-Jahren war die Firma klein.", news,
			[]w{{"den 1990er-Jahren", "date", "199", ""}}},
		{"mit dem Jahr", "Mit dem Jahr 2024 endete die Förderung.", news,
			[]w{{"Jahr 2024", "date", "2024", ""}}},
	})
}

// TestFindTense: in news, a weekday, a month or a season without a year
// in a sentence with a future marker (wird, werden, will, soll …) and no
// past one lies ahead of the document date; a month or season after the
// document's month in a sentence with a past marker (hatte, war, wurde
// …) and no future one lies a year back. Present tense, both markers, or
// an infinitive with "zu" keep the reading without tense. A full verb in
// the simple past from a closed list (stieg, kam, sagte, meldete …) is a
// past marker too.
func TestFindTense(t *testing.T) {
	runFind(t, []findCase{
		{"month after the document's, simple past", "Im Dezember stieg die Zahl der Arbeitslosen.", news,
			[]w{{"Dezember", "date", "2024-12", ""}}},
		{"day after the document's, simple past", "Am 4. Dezember warnte die Behörde vor Glatteis.", news,
			[]w{{"4. Dezember", "date", "2024-12-04", ""}}},
		{"simple past, zu before a noun", "Im Dezember kam es zu Protesten.", news,
			[]w{{"Dezember", "date", "2024-12", ""}}},
		{"simple past, zu before an infinitive", "Die Bank kündigte an, im Dezember die Gebühren zu senken.", news,
			[]w{{"Dezember", "date", "2025-12", ""}}},
		{"simple past, then a clause with a future marker", "Die Firma legte im Oktober Zahlen vor und will im Dezember nachlegen.", news,
			[]w{{"Oktober", "date", "2025-10", ""}, {"Dezember", "date", "2025-12", ""}}},
		// must not: an adjective that looks like a past
		{"present, a participle adjective", "Im Dezember gilt die erhöhte Gebühr.", news,
			[]w{{"Dezember", "date", "2025-12", ""}}},
		{"weekday, will", "Am Mittwoch will der Stadtrat über das Budget abstimmen.", news,
			[]w{{"Mittwoch", "date", "2025-11-05", ""}}},
		{"weekday, passive future", "Die Quartalszahlen werden am Freitag vorgelegt.", news,
			[]w{{"Freitag", "date", "2025-11-07", ""}}},
		{"weekday, soll, the document's day", "Am Montag soll der Vertrag unterschrieben werden.", news,
			[]w{{"Montag", "date", "2025-11-03", ""}}},
		{"month before the document's, will", "Im Februar will die Regierung den Entwurf vorlegen.", news,
			[]w{{"Februar", "date", "2026-02", ""}}},
		{"day before the document's, wird", "Am 20. Januar wird das Gericht das Urteil verkünden.", news,
			[]w{{"20. Januar", "date", "2026-01-20", ""}}},
		{"season, soll", "Im Frühjahr soll die neue Linie in Betrieb gehen.", news,
			[]w{{"Frühjahr", "date", "2026-SP", ""}}},
		{"month after the document's, hatte", "Im Dezember hatte die Bank ihre Prognose gesenkt.", news,
			[]w{{"Dezember", "date", "2024-12", ""}}},
		// must not
		{"weekday, past", "Am Mittwoch hatte der Stadtrat das Budget beschlossen.", news,
			[]w{{"Mittwoch", "date", "2025-10-29", ""}}},
		{"weekday, present", "Am Freitag meldet die Firma einen Verlust.", news,
			[]w{{"Freitag", "date", "2025-10-31", ""}}},
		{"month, an announced infinitive", "Der Versorger hat angekündigt, im Dezember die Tarife zu senken.", news,
			[]w{{"Dezember", "date", "2025-12", ""}}},
		{"a relative clause has its own tense", "Die Firma, die im Dezember gewarnt hatte, will wachsen.", news,
			[]w{{"Dezember", "date", "2024-12", ""}}},
		{"weekday, a reporting verb before a comma", "Der Sprecher sagte am Freitag, die Firma werde wachsen.", news,
			[]w{{"Freitag", "date", "2025-10-31", ""}}},
		{"a past clause before a future one", "Im Dezember hatte die Firma angekündigt, dass sie wachsen will.", news,
			[]w{{"Dezember", "date", "2024-12", ""}}},
		{"month, past and future in one clause", "Im Dezember hatte die Firma das Werk schließen wollen und wird es nun verkaufen.", news,
			[]w{{"Dezember", "date", "2025-12", ""}}},
		{"weekday, modal with a past infinitive", "Die Täter sollen am Freitag eingebrochen sein und wurden gefasst.", news,
			[]w{{"Freitag", "date", "2025-10-31", ""}}},
		{"a habit", "Die Messung wird jeweils im Frühjahr wiederholt.", news,
			[]w{{"Frühjahr", "date", "2025-SP", ""}}},
		{"weekday after seit", "Seit Freitag soll der Zug wieder fahren.", news,
			[]w{{"Freitag", "date", "2025-10-31", "ON_OR_AFTER"}}},
		{"weekday after bis, future", "Bis Mittwoch will die Regierung entscheiden.", news,
			[]w{{"Mittwoch", "date", "2025-11-05", "ON_OR_BEFORE"}}},
		{"month, a past infinitive after soll", "Im Februar sollen die Täter eingebrochen gewesen sein.", news,
			[]w{{"Februar", "date", "2025-02", ""}}},
		{"month with its year", "Im Februar 2025 will niemand mehr bauen.", news,
			[]w{{"Februar 2025", "date", "2025-02", ""}}},
		{"narrative ignores tense", "Am 3. Mai 1915 begann die Offensive. Im April wollte der Stab noch warten.", story,
			[]w{{"3. Mai 1915", "date", "1915-05-03", ""}, {"April", "date", "1915-04", ""}}},
		{"a month before a later sentence's marker", "Im März stieg der Absatz. Im Mai wird er sinken.", news,
			[]w{{"März", "date", "2025-03", ""}, {"Mai", "date", "2026-05", ""}}},
	})
}

// TestFindHeuer: the Austrian and Bavarian "heuer" (this year) is the
// document's year, "heurig" a relative word of the year told ("im
// heurigen Sommer").
func TestFindHeuer(t *testing.T) {
	runFind(t, []findCase{
		{"heuer", "Die Wirtschaft dürfte heuer um ein Prozent wachsen.", news,
			[]w{{"heuer", "date", "2025", ""}}},
		{"Heuer at a sentence start", "Heuer rechnet der Verband mit weniger Gästen.", news,
			[]w{{"Heuer", "date", "2025", ""}}},
		{"im heurigen Sommer", "Im heurigen Sommer kamen mehr Gäste nach Tirol.", news,
			[]w{{"heurigen Sommer", "date", "2025-SU", ""}}},
		{"heurigen Jahr, future", "Noch im heurigen Jahr soll das Gesetz beschlossen werden.", news,
			[]w{{"heurigen Jahr", "date", "2025", ""}}},
		// must not
		{"a name", "Die Uhrenmarke TAG Heuer gehört zu LVMH.", news, nil},
		{"a name after a first name", "Der Forscher Jonas Heuer stellte die Studie vor.", news, nil},
	})
}

// TestFindHouseNumber: a four-digit number after a street name is a
// house number, not a year ("Hauptstraße 2019", "Berliner Allee 2010",
// "Bahnhofstr. 2021"); a year elsewhere in the sentence stays one.
func TestFindHouseNumber(t *testing.T) {
	runFind(t, []findCase{
		{"straße", "Die Kanzlei zog in die Lindenstraße 2019 um.", news, nil},
		{"Allee, two words", "Der Verein sitzt an der Frankfurter Allee 2010 in Berlin.", news, nil},
		{"str. abbreviated", "Anfragen an: Seestr. 2021, 8002 Zürich.", news, nil},
		{"Gasse, Austrian", "Das Lokal in der Kaiserstraße und das in der Bäckergasse 1998 sperren zu.", news, nil},
		// must not
		{"a year after the address", "Am Marktplatz 12 eröffnete 2019 ein Café.", news,
			[]w{{"2019", "date", "2019", ""}}},
		{"a year after a street named with its preposition", "Die Straße wurde 2018 gesperrt.", news,
			[]w{{"2018", "date", "2018", ""}}},
	})
}

// TestFindFrequency: a count of times in a unit ("zweimal im Jahr",
// "dreimal pro Woche", "einmal am Tag", "zweimal täglich") is a set of the
// unit with the count word in its span; "noch einmal", "zweimal in Folge"
// and "einmal im Jahr 2019" are none.
func TestFindFrequency(t *testing.T) {
	runFind(t, []findCase{
		{"im Jahr", "Die Versammlung tagt zweimal im Jahr in Linz.", news,
			[]w{{"zweimal im Jahr", "set", "P1Y", ""}}},
		{"pro Woche", "Der Bus fährt nur dreimal pro Woche ins Tal.", news,
			[]w{{"dreimal pro Woche", "set", "P1W", ""}}},
		{"am Tag", "Die Anlage wird einmal am Tag gewartet.", news,
			[]w{{"einmal am Tag", "set", "P1D", ""}}},
		{"in der Woche", "Das Team trainiert viermal in der Woche.", news,
			[]w{{"viermal in der Woche", "set", "P1W", ""}}},
		{"before a set word", "Die Fähre legt zweimal täglich ab.", news,
			[]w{{"zweimal täglich", "set", "P1D", ""}}},
		{"mehrmals", "Der Ausschuss tagte mehrmals monatlich.", news,
			[]w{{"mehrmals monatlich", "set", "P1M", ""}}},
		// must not
		{"noch einmal", "Der Vorstand will es noch einmal versuchen.", news, nil},
		{"in Folge", "Die Notenbank senkte den Zins zweimal in Folge.", news, nil},
		{"a year after the unit", "Einmal im Jahr 2019 sank der Umsatz.", news,
			[]w{{"Jahr 2019", "date", "2019", ""}}},
		{"a plural unit", "Er war zweimal drei Jahre im Amt.", news,
			[]w{{"drei Jahre", "duration", "P3Y", ""}}},
	})
}

// TestFindNightBefore: "in der Nacht zum Freitag", "Nacht auf den 3.
// Oktober" is one time, the night counted as the evening's day (as "Nacht
// vom 2. auf den 3." is the 2nd's); "Nacht von Donnerstag auf Freitag" is
// Thursday's. The weekday follows the tense of the clause.
func TestFindNightBefore(t *testing.T) {
	runFind(t, []findCase{
		{"zum + weekday, past", "In der Nacht zum Samstag brannte ein Lagerhaus.", news,
			[]w{{"Nacht zum Samstag", "time", "2025-10-31TNI", ""}}},
		{"auf + weekday, future", "In der Nacht auf Mittwoch soll es frieren.", news,
			[]w{{"Nacht auf Mittwoch", "time", "2025-11-04TNI", ""}}},
		{"von … auf …", "In der Nacht von Freitag auf Samstag krachte es.", news,
			[]w{{"Nacht von Freitag auf Samstag", "time", "2025-10-31TNI", ""}}},
		{"auf den + day", "In der Nacht auf den 3. Oktober 2024 wurde gefeiert.", news,
			[]w{{"Nacht auf den 3. Oktober 2024", "time", "2024-10-02TNI", ""}}},
		{"weekday with its day", "In der Nacht zum Mittwoch, dem 26. Mai 2021, stieg der Pegel.", news,
			[]w{{"Nacht zum Mittwoch, dem 26. Mai 2021", "time", "2021-05-25TNI", ""}}},
		// must not
		{"a night of a place", "In der Nacht zum Bahnhof war es kalt.", news,
			[]w{{"Nacht", "time", "2025-11-03TNI", ""}}},
		{"a morning before a weekday", "Am Morgen zum Freitag regnete es.", news,
			[]w{{"Morgen", "time", "2025-11-03TMO", ""}, {"Freitag", "date", "2025-10-31", ""}}},
	})
}

// TestFindLimitAnyDate: every date after seit/ab/bis is a limit, whatever
// rule read it (quarters, halves, seasons, relative years and weeks); a
// dative relative word ("seit vergangenem Jahr", "ab nächstem Jahr") is
// one as the other cases are.
func TestFindLimitAnyDate(t *testing.T) {
	runFind(t, []findCase{
		{"ab dem + quarter", "Ab dem dritten Quartal erwartet der Zulieferer mehr Aufträge.", news,
			[]w{{"dritten Quartal", "date", "2025-Q3", "ON_OR_AFTER"}}},
		{"bis zum + half", "Bis zum ersten Halbjahr 2027 soll die Fabrik fertig sein.", news,
			[]w{{"ersten Halbjahr 2027", "date", "2027-H1", "ON_OR_BEFORE"}}},
		{"seit dem Vorjahr", "Seit dem Vorjahr verliert die Marke Kunden.", news,
			[]w{{"Vorjahr", "date", "2024", "ON_OR_AFTER"}}},
		{"ab + season", "Ab Herbst 2026 wird die Strecke gesperrt.", news,
			[]w{{"Herbst 2026", "date", "2026-FA", "ON_OR_AFTER"}}},
		{"seit vergangenem Jahr", "Seit vergangenem Jahr ermittelt die Behörde.", news,
			[]w{{"vergangenem Jahr", "date", "2024", "ON_OR_AFTER"}}},
		{"ab nächstem Jahr", "Ab nächstem Jahr steigt der Beitrag.", news,
			[]w{{"nächstem Jahr", "date", "2026", "ON_OR_AFTER"}}},
		// must not
		{"im + quarter", "Im dritten Quartal sank der Absatz.", news,
			[]w{{"dritten Quartal", "date", "2025-Q3", ""}}},
		{"a position word keeps its mod", "Seit Anfang 2024 sinkt der Absatz.", news,
			[]w{{"Anfang 2024", "date", "2024", "START"}}},
		{"a duration after seit", "Seit drei Jahren wächst die Firma.", news,
			[]w{{"drei Jahren", "duration", "P3Y", ""}}},
	})
}

// TestFindInTheCourseOf: "im Laufe des Tages", "im Verlauf der Woche",
// "im Lauf des Jahres" are the unit told last or the document's; "Laufe"
// with a time after it as before; "Verlauf" or "Lauf" before no time is
// none.
func TestFindInTheCourseOf(t *testing.T) {
	runFind(t, []findCase{
		{"Laufe des Tages", "Im Laufe des Tages drehte der Kurs ins Plus.", news,
			[]w{{"Laufe des Tages", "date", "2025-11-03", ""}}},
		{"Verlauf der Woche", "Im Verlauf der Woche sollen die Gespräche weitergehen.", news,
			[]w{{"Verlauf der Woche", "date", "2025-W45", ""}}},
		{"the day told in a story", "Am 3. März 1915 begann der Angriff. Im Laufe des Tages fiel die Höhe.", story,
			[]w{{"3. März 1915", "date", "1915-03-03", ""}, {"Laufe des Tages", "date", "1915-03-03", ""}}},
		{"Verlauf + quarter", "Im Verlauf des dritten Quartals sank die Nachfrage.", news,
			[]w{{"Verlauf des dritten Quartals", "date", "2025-Q3", ""}}},
		// must not
		{"Verlauf of an illness", "Der Verlauf der Krankheit war schwer.", news, nil},
		{"freien Lauf", "Er ließ seiner Wut freien Lauf.", news, nil},
		{"Verlauf of a talk", "Im Verlauf des Gesprächs wurde es laut.", news, nil},
	})
}

// TestFindThisWeekday: "diesen Freitag", "an diesem Montag" are the day of
// the document's week (ISO: Monday to Sunday); a past or future clause
// moves it to the last or next such day when this week's lies on the
// other side of the date. "soll … gesunken sein" reports a past; "sollen …
// abgeschlossen sein" names a state ahead.
func TestFindThisWeekday(t *testing.T) {
	runFind(t, []findCase{
		// news is dated Monday 2025-11-03
		{"diesen Freitag, present", "Diesen Freitag tagt der Aufsichtsrat.", news,
			[]w{{"Diesen Freitag", "date", "2025-11-07", ""}}},
		{"an diesem Sonntag, future", "An diesem Sonntag wird in Wien gewählt.", news,
			[]w{{"diesem Sonntag", "date", "2025-11-09", ""}}},
		{"diesen Samstag, past", "Die Kanzlerin hat diesen Samstag ihren Rückzug erklärt.", news,
			[]w{{"diesen Samstag", "date", "2025-11-01", ""}}},
		{"sollen … abgeschlossen sein: a state ahead", "Im März sollen die Arbeiten abgeschlossen sein.", news,
			[]w{{"März", "date", "2026-03", ""}}},
		{"soll … fertiggestellt sein: a state ahead", "Zu Ostern soll die Brücke fertiggestellt sein.", news,
			[]w{{"Ostern", "date", "2026-04-05", ""}}},
		{"soll … abgeschlossen worden sein: a past", "Im März soll der Kauf abgeschlossen worden sein.", news,
			[]w{{"März", "date", "2025-03", ""}}},
		{"soll … gesunken sein", "Im Februar soll die Inflation auf zwei Prozent gesunken sein.", news,
			[]w{{"Februar", "date", "2025-02", ""}}},
		// must not
		{"wird … sein is future", "Im Februar wird das Werk fertig sein.", news,
			[]w{{"Februar", "date", "2026-02", ""}}},
		{"am heutigen Montag", "Am heutigen Montag beginnt die Messe.", news,
			[]w{{"Montag", "date", "2025-11-03", ""}}},
	})
}

// TestFindYearBeforePreposition: a four-digit number between an article
// and a preposition or adverb is a year ("die 1944 mit …", "der 2011 aus
// dem Vorstand ausgeschiedene"); "im Laufe der nächsten Jahre" is the
// duration alone (the dev convention: PXY on "nächsten Jahre").
func TestFindYearBeforePreposition(t *testing.T) {
	runFind(t, []findCase{
		{"die … mit", "Es war die Gruppe, die 1998 mit dem Beitritt entstand.", news,
			[]w{{"1998", "date", "1998", ""}}},
		{"der … aus", "Der 2011 aus dem Vorstand ausgeschiedene Manager klagt.", news,
			[]w{{"2011", "date", "2011", ""}}},
		{"das … erstmals", "Das Turnier, das 2002 erstmals stattfand, wächst.", news,
			[]w{{"2002", "date", "2002", ""}}},
		{"Laufe + duration", "Im Laufe der nächsten Jahre steigt der Bedarf.", news,
			[]w{{"nächsten Jahre", "duration", "PXY", ""}}},
		// must not
		{"a count before its noun", "Die 1400 Soldaten zogen ab.", news, nil},
		{"Laufe + date keeps it", "Im Laufe des Jahres 2026 sinkt der Bedarf.", news,
			[]w{{"Laufe des Jahres 2026", "date", "2026", ""}}},
	})
}

// TestFindAgoApprox: "vor rund 20 Jahren", "vor knapp einem Jahr" are the
// date so long ago with APPROX, as "vor sechs Jahren" is a date; without
// "vor" the phrase stays an approximate duration.
func TestFindAgoApprox(t *testing.T) {
	runFind(t, []findCase{
		{"vor rund", "Vor rund 20 Jahren wurde die Brauerei verkauft.", news,
			[]w{{"Vor rund 20 Jahren", "date", "2005", "APPROX"}}},
		{"vor knapp einem", "Er übernahm den Posten vor knapp einem Jahr.", news,
			[]w{{"vor knapp einem Jahr", "date", "2024", "APPROX"}}},
		{"vor etwa drei Monaten", "Vor etwa drei Monaten begann der Umbau.", news,
			[]w{{"Vor etwa drei Monaten", "date", "2025-08", "APPROX"}}},
		// must not
		{"seit fast", "Die Firma besteht seit fast 150 Jahren.", news,
			[]w{{"fast 150 Jahren", "duration", "P150Y", "APPROX"}}},
		{"a number and a singular", "Vor rund 20 Jahr wurde gebaut.", news, nil},
	})
}

// TestFindAgoVague: "vor einigen Wochen", "vor Jahren" are a time some
// while before the document's, PAST_REF, as "vor zehn Tagen" is a date;
// without "vor" a vague count stays a duration.
func TestFindAgoVague(t *testing.T) {
	runFind(t, []findCase{
		{"vor einigen", "Vor einigen Wochen hatte der Vorstand gewarnt.", news,
			[]w{{"Vor einigen Wochen", "date", "PAST_REF", ""}}},
		{"vor wenigen", "Die Filiale hat erst vor wenigen Tagen eröffnet.", news,
			[]w{{"vor wenigen Tagen", "date", "PAST_REF", ""}}},
		{"vor bare plural", "Die Idee stammt schon von vor Jahren.", news,
			[]w{{"vor Jahren", "date", "PAST_REF", ""}}},
		{"vor Monaten", "Vor Monaten war davon keine Rede.", news,
			[]w{{"Vor Monaten", "date", "PAST_REF", ""}}},
		// must not
		{"a vague count without vor", "Die Prüfung dauerte einige Wochen.", news,
			[]w{{"einige Wochen", "duration", "PXW", ""}}},
		{"seit and a bare plural", "Die Firma wartet seit Monaten auf Geld.", news,
			[]w{{"Monaten", "duration", "PXM", ""}}},
		{"a vague count and zuvor", "Wenige Tage zuvor war er abgereist.", news,
			[]w{{"Wenige Tage zuvor", "date", "PAST_REF", ""}}},
	})
}

// TestFindSwissPosition: "Ende Jahr", "Mitte Jahr", "Anfang Monat" (Swiss
// usage, no article) are as "Ende des Jahres"; a past clause does not put
// a target behind the date ("wurde auf den 12. Dezember vertagt").
func TestFindSwissPosition(t *testing.T) {
	runFind(t, []findCase{
		{"bis Ende Jahr", "Die Nationalbank will bis Ende Jahr entscheiden.", news,
			[]w{{"Ende Jahr", "date", "2025", "END"}}},
		{"Mitte Jahr", "Mitte Jahr lag die Teuerung bei 0,1 Prozent.", news,
			[]w{{"Mitte Jahr", "date", "2025", "MID"}}},
		{"Anfang Monat", "Anfang Monat sank der Franken.", news,
			[]w{{"Anfang Monat", "date", "2025-11", "START"}}},
		{"a target in a past clause", "Die Verhandlung wurde auf den 12. Dezember vertagt.", news,
			[]w{{"12. Dezember", "date", "2025-12-12", ""}}},
		// must not
		{"Ende + year number", "Ende 2024 sank der Absatz.", news,
			[]w{{"Ende 2024", "date", "2024", "END"}}},
		{"a past clause without a target", "Am 12. Dezember wurde die Verhandlung vertagt.", news,
			[]w{{"12. Dezember", "date", "2024-12-12", ""}}},
	})
}

// TestFindAge: years counted before "alt" (any ending) or after "im Alter
// von" are an age, no duration, as "41-jähriger" is none (HeidelTime's
// negative rules for "years old").
func TestFindAge(t *testing.T) {
	runFind(t, []findCase{
		{"Jahre alte", "Der 45 Jahre alte Manager übernimmt die Sparte.", news, nil},
		{"Jahre alt", "Die Brauerei ist 150 Jahre alt.", news, nil},
		{"im Alter von", "Er starb im Alter von 79 Jahren in Wien.", news, nil},
		{"a word count", "Das fünf Jahre alte Kind blieb unverletzt.", news, nil},
		// must not
		{"a duration", "Der Vertrag läuft drei Jahre.", news,
			[]w{{"drei Jahre", "duration", "P3Y", ""}}},
		{"a duration before another adjective", "Nach drei Jahren harter Arbeit ging er.", news,
			[]w{{"drei Jahren", "duration", "P3Y", ""}}},
	})
}

// TestFindFrueh: the Austrian and Bavarian "in der Früh", "heute früh",
// "Mittwochfrüh" are the morning (TMO); "früh" elsewhere is no time.
func TestFindFrueh(t *testing.T) {
	runFind(t, []findCase{
		{"heute früh", "Heute früh meldete die Polizei einen Unfall.", news,
			[]w{{"Heute früh", "time", "2025-11-03TMO", ""}}},
		{"in der Früh", "Der Zug entgleiste in der Früh.", news,
			[]w{{"Früh", "time", "2025-11-03TMO", ""}}},
		{"weekday compound", "Seit Donnerstagfrüh ermittelt die Polizei.", news,
			[]w{{"Donnerstagfrüh", "time", "2025-10-30TMO", ""}}}, // a time of day takes no limit mod
		// must not
		{"früh as early", "Es ist noch zu früh für eine Bilanz.", news, nil},
		{"früh after a noun", "Die Ernte kam heuer früh.", news,
			[]w{{"heuer", "date", "2025", ""}}},
	})
}

// TestFindRangeEndNoRoll: the end of a range of months or days ("von
// Januar bis März", "vom 3. bis 9. Februar") stays in the start's year; a
// lone "bis März" in November still lies ahead.
func TestFindRangeEndNoRoll(t *testing.T) {
	runFind(t, []findCase{
		{"von Januar bis März", "Von Januar bis März sank die Produktion.", news,
			[]w{{"Januar", "date", "2025-01", ""}, {"März", "date", "2025-03", "ON_OR_BEFORE"}}},
		{"future range", "Von Januar bis März soll die Strecke gesperrt werden.", news,
			[]w{{"Januar", "date", "2026-01", ""}, {"März", "date", "2026-03", "ON_OR_BEFORE"}}},
		// must not
		{"bis alone", "Bis März bleibt das Werk geschlossen.", news,
			[]w{{"März", "date", "2026-03", "ON_OR_BEFORE"}}},
	})
}

func TestFindRangeEndAfterSentence(t *testing.T) {
	runFind(t, []findCase{
		// must not: a full stop ends a sentence, it starts no range
		{"bis after a sentence", "Das Angebot steht. Bis Ende März können Kunden wählen.", news,
			[]w{{"Ende März", "date", "2026-03", "END"}}},
	})
}

func TestFindMonthsNamed(t *testing.T) {
	runFind(t, []findCase{
		// must not: the plural unit before the names it counts is no duration
		{"Monaten + names", "In den Monaten Mai und Juni stieg der Absatz.", news,
			[]w{{"Mai", "date", "2025-05", ""}, {"Juni", "date", "2025-06", ""}}},
		{"Monaten alone", "In den Monaten danach stieg der Absatz.", news,
			[]w{{"Monaten danach", "duration", "PXM", ""}}},
	})
}

// TestFindTodaysWeekday: "am heutigen Mittwoch" is the day of the
// document's week whatever the tense; "am gestrigen Montag" the last such
// day, "am morgigen Dienstag" the next.
func TestFindTodaysWeekday(t *testing.T) {
	runFind(t, []findCase{
		{"heutigen, future", "Die Regierung wird am heutigen Montag die Liste vorlegen.", news,
			[]w{{"Montag", "date", "2025-11-03", ""}}},
		{"gestrigen", "Am gestrigen Sonntag tagte der Rat.", news,
			[]w{{"Sonntag", "date", "2025-11-02", ""}}},
		{"morgigen", "Am morgigen Dienstag wird entschieden.", news,
			[]w{{"Dienstag", "date", "2025-11-04", ""}}},
		// must not
		{"a plain weekday in a future clause", "Am Montag wird entschieden.", news,
			[]w{{"Montag", "date", "2025-11-03", ""}}},
	})
}

// TestFindYearTurn: "zum Jahreswechsel" in news is the turn after the year
// told, else against the document date the turn ahead; a past clause or a
// text of January or February means the one just past.
func TestFindYearTurn(t *testing.T) {
	january := period.Ref{Date: time.Date(2026, 1, 8, 0, 0, 0, 0, time.UTC)}
	runFind(t, []findCase{
		{"ahead in November", "Zum Jahreswechsel steigen die Gebühren.", news,
			[]w{{"Jahreswechsel", "date", "2026-01-01", ""}}},
		{"a past clause", "Zum Jahreswechsel waren die Gebühren gestiegen.", news,
			[]w{{"Jahreswechsel", "date", "2025-01-01", ""}}},
		{"January, present", "Zum Jahreswechsel steigen die Gebühren.", january,
			[]w{{"Jahreswechsel", "date", "2026-01-01", ""}}},
		{"a past clause after this year's month", "Im Oktober sank der Absatz. Zum Jahreswechsel waren die Preise gestiegen.", news,
			[]w{{"Oktober", "date", "2025-10", ""}, {"Jahreswechsel", "date", "2025-01-01", ""}}},
		// must not
		{"after a year told", "Im Oktober 2024 sank der Absatz. Zum Jahreswechsel waren die Preise gestiegen.", news,
			[]w{{"Oktober 2024", "date", "2024-10", ""}, {"Jahreswechsel", "date", "2025-01-01", ""}}},
		{"a future clause in January", "Zum Jahreswechsel will die Regierung die Steuern senken.", january,
			[]w{{"Jahreswechsel", "date", "2027-01-01", ""}}},
	})
}

// TestFindTenseQuarter: in news a quarter or half without a year follows
// the clause's tense as a month does: two or more quarters before the
// document's in a future clause are next year's, one after it in a past
// clause last year's; the quarter or month just past stays (its figures
// are often announced ahead). Winter in a future clause is this winter.
func TestFindTenseQuarter(t *testing.T) {
	runFind(t, []findCase{
		{"first quarter, will", "Im ersten Quartal will der Konzern die Übernahme abschließen.", news,
			[]w{{"ersten Quartal", "date", "2026-Q1", ""}}},
		{"first half, soll", "Im ersten Halbjahr soll die Fabrik öffnen.", news,
			[]w{{"ersten Halbjahr", "date", "2026-H1", ""}}},
		{"September, wird", "Im September wird das Werk umgebaut.", news,
			[]w{{"September", "date", "2026-09", ""}}},
		// must not
		{"the quarter just past, announced", "Die Zahlen für das dritte Quartal werden im Dezember vorgelegt.", news,
			[]w{{"dritte Quartal", "date", "2025-Q3", ""}, {"Dezember", "date", "2025-12", ""}}},
		{"the month just past, announced", "Die Inflationsdaten für Oktober werden am Freitag veröffentlicht.", news,
			[]w{{"Oktober", "date", "2025-10", ""}, {"Freitag", "date", "2025-11-07", ""}}},
		{"winter, future", "Im Winter soll mehr gespart werden.", news,
			[]w{{"Winter", "date", "2025-WI", ""}}},
		{"a quarter with its year", "Im ersten Quartal 2025 wird nichts mehr passieren.", news,
			[]w{{"ersten Quartal 2025", "date", "2025-Q1", ""}}},
	})
}

// TestFindMonthBasis: "Vormonat" is the month before the one told (else
// before the document's), "Vorjahresmonat" the month told a year earlier;
// as bases of a comparison they do not move the text's time.
func TestFindMonthBasis(t *testing.T) {
	runFind(t, []findCase{
		{"Vormonat after a month", "Im September sank die Produktion stärker als im Vormonat.", news,
			[]w{{"September", "date", "2025-09", ""}, {"Vormonat", "date", "2025-08", ""}}},
		{"Vorjahresmonat after a month", "Im Oktober stiegen die Preise gegenüber dem Vorjahresmonat um zwei Prozent.", news,
			[]w{{"Oktober", "date", "2025-10", ""}, {"Vorjahresmonat", "date", "2024-10", ""}}},
		{"a basis does not move the time", "Im Oktober stiegen die Preise gegenüber dem Vorjahresmonat. Im Monat zuvor waren sie gesunken.", news,
			[]w{{"Oktober", "date", "2025-10", ""}, {"Vorjahresmonat", "date", "2024-10", ""}, {"Im Monat zuvor", "date", "2025-09", ""}}},
		// must not
		{"Vormonat alone", "Die Preise stiegen gegenüber dem Vormonat.", news,
			[]w{{"Vormonat", "date", "2025-10", ""}}},
		{"Vormonat after a day keeps the month", "Am 5. Oktober meldete das Amt einen Rückgang zum Vormonat.", news,
			[]w{{"5. Oktober", "date", "2025-10-05", ""}, {"Vormonat", "date", "2025-09", ""}}},
	})
}

// TestFindWeekAfterWeek: a week told is the base of a later "Mitte der
// Woche", "Ende der Woche" (they had no value after "Anfang der Woche").
func TestFindWeekAfterWeek(t *testing.T) {
	runFind(t, []findCase{
		{"start, middle, end", "Anfang der Woche einigten sie sich. Mitte der Woche kam Streit auf. Ende der Woche lag ein Kompromiss vor.", news,
			[]w{{"Anfang der Woche", "date", "2025-W45", "START"}, {"Mitte der Woche", "date", "2025-W45", "MID"}, {"Ende der Woche", "date", "2025-W45", "END"}}},
		// must not
		{"a month after a week is its Thursday's", "Anfang der Woche einigten sie sich, Ende des Monats wird unterschrieben.", news,
			[]w{{"Anfang der Woche", "date", "2025-W45", "START"}, {"Ende des Monats", "date", "2025-11", "END"}}},
	})
}

// TestFindLongerThan: "länger als drei Jahre" is MORE_THAN, "kürzer als
// eine Woche" LESS_THAN, as "mehr/weniger als"; without a time after "als"
// nothing.
func TestFindLongerThan(t *testing.T) {
	runFind(t, []findCase{
		{"länger als", "Die Gespräche dauerten länger als drei Jahre.", news,
			[]w{{"länger als drei Jahre", "duration", "P3Y", "MORE_THAN"}}},
		{"kürzer als", "Der Ausstand dauerte kürzer als eine Woche.", news,
			[]w{{"kürzer als eine Woche", "duration", "P1W", "LESS_THAN"}}},
		// must not
		{"länger als geplant", "Der Umbau dauerte länger als geplant.", news, nil},
		{"länger as an adjective", "Die Firma plant einen länger andauernden Umbau.", news, nil},
	})
}

// TestFindSinceOver: "seit über einem Jahr" is a duration of more than a
// year, "über" in the span as "mehr als" is; "über" elsewhere is no bound.
func TestFindSinceOver(t *testing.T) {
	runFind(t, []findCase{
		{"seit über", "Das Verfahren läuft seit über einem Jahr.", news,
			[]w{{"über einem Jahr", "duration", "P1Y", "MORE_THAN"}}},
		{"seit über, plural", "Die Brauerei besteht seit über 100 Jahren.", news,
			[]w{{"über 100 Jahren", "duration", "P100Y", "MORE_THAN"}}},
		// must not
		{"über a span", "Der Kredit ist über 30 Jahre fest verzinst.", news,
			[]w{{"30 Jahre", "duration", "P30Y", ""}}},
	})
}

// TestFindFiscalNotation: "FY 2026" is a fiscal year as "GJ 2026";
// "Gesamtjahr 2025/26" a fiscal year as "Geschäftsjahr 2025/26".
func TestFindFiscalNotation(t *testing.T) {
	runFind(t, []findCase{
		{"FY", "Für FY 2026 erwartet der Chipkonzern mehr Umsatz.", news,
			[]w{{"FY 2026", "date", "FY2026", ""}}},
		{"Gesamtjahr with a slash", "Im Gesamtjahr 2025/26 rechnet der Konzern mit mehr.", news,
			[]w{{"Gesamtjahr 2025/26", "date", "FY2026", ""}}},
		// must not
		{"Gesamtjahr with one year", "Im Gesamtjahr 2025 stieg der Umsatz.", news,
			[]w{{"Gesamtjahr 2025", "date", "2025", ""}}},
		{"FY alone", "Das FY ist vorbei.", news, nil},
	})
}

// TestFindSpacedNumericDate: "am 12. 11. 2025" (spaces after the full
// stops, a four-digit year) is a day as "am 12.11.2025"; a list of
// ordinals is none.
func TestFindSpacedNumericDate(t *testing.T) {
	runFind(t, []findCase{
		{"am", "Am 12. 11. 2025 beginnt die Messe.", news,
			[]w{{"12. 11. 2025", "date", "2025-11-12", ""}}},
		{"bis", "Anträge sind bis 30. 6. 2026 möglich.", news,
			[]w{{"30. 6. 2026", "date", "2026-06-30", "ON_OR_BEFORE"}}},
		// must not
		{"ordinals and a count", "Die Plätze 3. 4. 2000 Zuschauer sahen zu.", news, nil},
	})
}

// TestFindHolidayTense: a movable feast without a year in a future clause
// is the next one when this year's has passed ("Vor Ostern soll …" in
// November); the fixed feasts of Austria and Bavaria (Stefanitag,
// Dreikönigstag, Martinstag, Nikolaustag) are days.
func TestFindHolidayTense(t *testing.T) {
	runFind(t, []findCase{
		{"Ostern, future", "Vor Ostern soll die Reform kommen.", news,
			[]w{{"Ostern", "date", "2026-04-05", ""}}},
		{"Pfingsten, wird", "Zu Pfingsten wird gewählt.", news,
			[]w{{"Pfingsten", "date", "2026-05-24", ""}}},
		{"Stefanitag", "Am Stefanitag bleiben die Geschäfte geschlossen.", news,
			[]w{{"Stefanitag", "date", "2025-12-26", ""}}},
		{"Dreikönigstag", "Am Dreikönigstag ziehen die Sternsinger los.", news,
			[]w{{"Dreikönigstag", "date", "2025-01-06", ""}}},
		// must not
		{"Ostern, past", "An Ostern war es ruhig.", news,
			[]w{{"Ostern", "date", "2025-04-20", ""}}},
		{"a drink", "Er bestellte einen Martini.", news, nil},
	})
}

// TestFindParticipleTense: a month or weekday before a participle used as
// an adjective ("die im März angekündigte Übernahme soll …") takes no
// future from the clause; an infinitive after it ("werden am Freitag
// beraten") is no participle.
func TestFindParticipleTense(t *testing.T) {
	runFind(t, []findCase{
		{"participle before its noun", "Die im März angekündigte Übernahme soll abgeschlossen werden.", news,
			[]w{{"März", "date", "2025-03", ""}}},
		{"weekday before a participle", "Die am Freitag veröffentlichten Zahlen sollen Mut machen.", news,
			[]w{{"Freitag", "date", "2025-10-31", ""}}},
		// must not
		{"a target before a participle", "Die für Mittwoch geplante Kundgebung wird stattfinden.", news,
			[]w{{"Mittwoch", "date", "2025-11-05", ""}}},
		{"an infinitive", "Die Minister werden am Freitag beraten.", news,
			[]w{{"Freitag", "date", "2025-11-07", ""}}},
		{"a finite verb after the month", "Im Januar will der Konzern die Strategie vorstellen.", news,
			[]w{{"Januar", "date", "2026-01", ""}}},
	})
}

// TestFindNowWords: "zur Zeit" (as "zurzeit") and "heutzutage" are
// PRESENT_REF; "zur Zeit der Römer" is no present.
func TestFindNowWords(t *testing.T) {
	runFind(t, []findCase{
		{"zur Zeit", "Die Hotline ist zur Zeit nicht erreichbar.", news,
			[]w{{"zur Zeit", "date", "PRESENT_REF", ""}}},
		{"heutzutage", "Heutzutage zahlt kaum jemand bar.", news,
			[]w{{"Heutzutage", "date", "PRESENT_REF", ""}}},
		// must not
		{"zur Zeit + genitive", "Zur Zeit der Römer lag hier ein Lager.", news, nil},
	})
}

// TestFindHyphenDecade: "1940-er Jahre" (the suffix after a hyphen) is the
// decade as "1940er Jahre"; a range of years is none.
func TestFindHyphenDecade(t *testing.T) {
	runFind(t, []findCase{
		{"hyphen er", "Seit den 1940-er Jahren trat er auf.", news,
			[]w{{"den 1940-er Jahren", "date", "194", "ON_OR_AFTER"}}},
		{"hyphen er hyphen", "In den 1990-er-Jahren wuchs die Stadt.", news,
			[]w{{"den 1990-er-Jahren", "date", "199", ""}}},
		// must not
		{"a range of years", "Die Jahre 1980-1990 waren ruhig.", news,
			[]w{{"Jahre 1980", "date", "1980", ""}, {"1990", "date", "1990", ""}}},
	})
}

// TestFindScheduleTense: in news, a present verb of scheduling (beginnt,
// startet, endet, findet … statt, tritt … in Kraft, läuft … aus, ist …
// geplant/angesetzt) puts a weekday, month or day without a year ahead as
// a future marker does; "ab" or "bis" before a weekday in a clause
// without tense is the coming one; "und" before a new finite verb starts
// a clause of its own; a past clause of moving or cancelling keeps the
// appointment's reading without tense.
func TestFindScheduleTense(t *testing.T) {
	runFind(t, []findCase{
		{"beginnt, Austrian month", "Das Verfahren beginnt am 12. Jänner vor dem Bezirksgericht.", news,
			[]w{{"12. Jänner", "date", "2026-01-12", ""}}},
		{"findet … statt", "Die Generalversammlung findet am 22. April in Basel statt.", news,
			[]w{{"22. April", "date", "2026-04-22", ""}}},
		{"tritt … in Kraft", "Die neue Tarifordnung tritt im Februar in Kraft.", news,
			[]w{{"Februar", "date", "2026-02", ""}}},
		{"läuft … aus", "Die Förderung läuft im März aus.", news,
			[]w{{"März", "date", "2026-03", ""}}},
		{"ist … angesetzt", "Die Anhörung ist für den 9. Februar angesetzt.", news,
			[]w{{"9. Februar", "date", "2026-02-09", ""}}},
		{"öffnet, weekday", "Die Baumesse öffnet am Dienstag ihre Hallen.", news,
			[]w{{"Dienstag", "date", "2025-11-04", ""}}},
		{"weekday, present of scheduling", "Am Freitag beginnt der Streik.", news,
			[]w{{"Freitag", "date", "2025-11-07", ""}}},
		{"ab + weekday, no tense", "Die Brücke ist ab Mittwoch gesperrt.", news,
			[]w{{"Mittwoch", "date", "2025-11-05", "ON_OR_AFTER"}}},
		{"und before a new finite verb", "Die Notenbank hatte im Januar gesenkt und will im April nachlegen.", news,
			[]w{{"Januar", "date", "2025-01", ""}, {"April", "date", "2026-04", ""}}},
		{"a past clause of moving", "Die Sitzung am 4. Dezember wurde verschoben.", news,
			[]w{{"4. Dezember", "date", "2025-12-04", ""}}},
		// must not
		{"a plain present verb", "Im Februar steigt der Absatz um drei Prozent.", news,
			[]w{{"Februar", "date", "2025-02", ""}}},
		{"a past verb of scheduling", "Die Verhandlung begann am 12. Jänner.", news,
			[]w{{"12. Jänner", "date", "2025-01-12", ""}}},
		{"scheduling with a past marker", "Die Tagung hatte am 3. März begonnen.", news,
			[]w{{"3. März", "date", "2025-03-03", ""}}},
		{"scheduling as a habit", "Die Saison beginnt jedes Jahr im März.", news,
			[]w{{"jedes Jahr", "set", "P1Y", ""}, {"März", "date", "2025-03", ""}}},
		{"und without a finite verb after it", "Die Preise stiegen im Jänner und im Februar.", news,
			[]w{{"Jänner", "date", "2025-01", ""}, {"Februar", "date", "2025-02", ""}}},
		{"a past clause without moving", "Die Sitzung am 4. Dezember wurde eröffnet.", news,
			[]w{{"4. Dezember", "date", "2024-12-04", ""}}},
		{"stock close in the present", "Die Aktie schließt am Dienstag bei 45 Euro.", news,
			[]w{{"Dienstag", "date", "2025-10-28", ""}}},
		{"a past clause of moving, the day it was moved", "Am 2. Dezember wurde die Anhörung vertagt.", news,
			[]w{{"2. Dezember", "date", "2024-12-02", ""}}},
	})
}

// TestFindLastsOver: "über" before a count of units after a form of
// "dauern", "nach", "schon", "bereits" or "insgesamt" is "more than" (as
// after "seit"); elsewhere it may be "across" and stays outside.
func TestFindLastsOver(t *testing.T) {
	runFind(t, []findCase{
		{"dauerte über", "Die Debatte im Landtag dauerte über vier Stunden.", news,
			[]w{{"über vier Stunden", "duration", "PT4H", "MORE_THAN"}}},
		{"nach über", "Nach über drei Jahren Bauzeit öffnet der Tunnel.", news,
			[]w{{"über drei Jahren", "duration", "P3Y", "MORE_THAN"}}},
		{"schon über", "Der Ausstand dauert schon über eine Woche.", news,
			[]w{{"über eine Woche", "duration", "P1W", "MORE_THAN"}}},
		// must not
		{"über across a span", "Der Kredit läuft über zehn Jahre.", news,
			[]w{{"zehn Jahre", "duration", "P10Y", ""}}},
		{"über before a noun that is no unit", "Die Sitzung dauerte über den Mittag hinaus.", news,
			[]w{{"Mittag", "time", "2025-11-03TMI", ""}}},
	})
}

// TestFindTurnAndSlashYears: "Jahrhundertwende" is the year of the turn
// nearest the time told last or the document's, "Jahrtausendwende" 2000,
// "vorletzte" a turn earlier, "um die" APPROX; "seit der", "ab der",
// "bis zur" before a time are limits as "seit dem", "bis zum"; "die Jahre
// 2021/22" are two years as "das Jahr 2021/22".
func TestFindTurnAndSlashYears(t *testing.T) {
	runFind(t, []findCase{
		{"um die Jahrhundertwende, news", "Um die Jahrhundertwende kam die Marke nach Europa.", news,
			[]w{{"Jahrhundertwende", "date", "2000", "APPROX"}}},
		{"Jahrhundertwende after a year told", "Das Kaffeehaus öffnete 1893. Nach der Jahrhundertwende kamen die Literaten.", news,
			[]w{{"1893", "date", "1893", ""}, {"Jahrhundertwende", "date", "1900", ""}}},
		{"vorletzte Jahrhundertwende", "Die Fassade stammt aus der Zeit der vorletzten Jahrhundertwende.", news,
			[]w{{"vorletzten Jahrhundertwende", "date", "1900", ""}}},
		{"seit der Jahrtausendwende", "Seit der Jahrtausendwende hat sich der Absatz verdreifacht.", news,
			[]w{{"Jahrtausendwende", "date", "2000", "ON_OR_AFTER"}}},
		{"Jahrtausendwende without a date", "Zur Jahrtausendwende platzte die Blase am Neuen Markt.", period.Ref{},
			[]w{{"Jahrtausendwende", "date", "2000", ""}}},
		{"ab der + relative week", "Ab der kommenden Woche gilt der neue Fahrplan.", news,
			[]w{{"kommenden Woche", "date", "2025-W46", "ON_OR_AFTER"}}},
		{"die Jahre 2021/22", "Die Jahre 2021/22 waren für die Gastronomie hart.", news,
			[]w{{"Jahre 2021", "date", "2021", ""}, {"22", "date", "2022", ""}}},
		// must not
		{"Wende alone", "Nach der Wende zog sie nach Leipzig.", news, nil},
		{"die Jahre without a slash year", "Die Jahre vergingen schnell.", news,
			[]w{{"Jahre", "duration", "PXY", ""}}},
		{"in der + relative week keeps no mod", "In der kommenden Woche tagt der Ausschuss.", news,
			[]w{{"kommenden Woche", "date", "2025-W46", ""}}},
	})
}

// TestFindInCountFuture: in news, "in drei Wochen" in a future clause is
// the date so long after the document date (as "vor drei Wochen" is a
// date before it); in a past clause it is a duration (within). A day
// after "per" (Swiss) or "mit" (Austrian: from) is the day a change takes
// effect, ahead as after "ab" unless the clause is past.
func TestFindInCountFuture(t *testing.T) {
	runFind(t, []findCase{
		{"in + weeks, present of scheduling", "In drei Wochen startet der Wintersport.", news,
			[]w{{"In drei Wochen", "date", "2025-W48", ""}}},
		{"in + years, will", "Der Versorger will in fünf Jahren ohne Kohle auskommen.", news,
			[]w{{"in fünf Jahren", "date", "2030", ""}}},
		{"in + days, passive future", "Die Ware wird in zwei Tagen geliefert.", news,
			[]w{{"in zwei Tagen", "date", "2025-11-05", ""}}},
		{"per + day", "Die Bank senkt den Zins per 1. Januar.", news,
			[]w{{"1. Januar", "date", "2026-01-01", ""}}},
		{"mit + day, Austrian", "Mit 1. Jänner steigen die Mieten.", news,
			[]w{{"1. Jänner", "date", "2026-01-01", ""}}},
		// must not
		{"in + weeks, past", "In drei Wochen hat das Papier ein Viertel verloren.", news,
			[]w{{"drei Wochen", "duration", "P3W", ""}}},
		{"mit + day, past", "Die Regel wurde mit 1. März wirksam.", news,
			[]w{{"1. März", "date", "2025-03-01", ""}}},
		{"per + a balance sheet day not far back", "Die Bilanz per 30. Juni zeigt einen Verlust.", news,
			[]w{{"30. Juni", "date", "2025-06-30", ""}}},
		{"mit + an age", "Mit 15 Jahren begann sie die Lehre.", news,
			[]w{{"15 Jahren", "duration", "P15Y", ""}}},
	})
}

// TestFindWeekdayRange: in news, "von Montag bis Freitag" without tense
// is the coming range, its end the first such day after its start (the
// end was the last such day before the document date, the start after
// the end); a time of day may stand after the start.
func TestFindWeekdayRange(t *testing.T) {
	runFind(t, []findCase{
		{"von … bis, no tense", "Von Dienstag bis Freitag ist die Halle gesperrt.", news,
			[]w{{"Dienstag", "date", "2025-11-04", ""}, {"Freitag", "date", "2025-11-07", "ON_OR_BEFORE"}}},
		{"von … bis across a week end", "Die Strecke ist von Freitag 21 Uhr bis Montag 4 Uhr gesperrt.", news,
			[]w{{"Freitag", "date", "2025-11-07", ""}, {"21 Uhr", "time", "2025-11-07T21:00", ""},
				{"Montag", "date", "2025-11-10", "ON_OR_BEFORE"}, {"4 Uhr", "time", "2025-11-10T04:00", ""}}},
		{"von … bis, past", "Von Mittwoch bis Samstag hatte die Messe geöffnet.", news,
			[]w{{"Mittwoch", "date", "2025-10-29", ""}, {"Samstag", "date", "2025-11-01", "ON_OR_BEFORE"}}},
		// must not
		{"von without bis", "Die Zahlen von Freitag waren schwach.", news,
			[]w{{"Freitag", "date", "2025-10-31", ""}}},
		{"bis after a comma is no range end", "Am Dienstag hatte sie Dienst, bis Freitag will sie frei nehmen.", news,
			[]w{{"Dienstag", "date", "2025-10-28", ""}, {"Freitag", "date", "2025-11-07", "ON_OR_BEFORE"}}},
	})
}

// TestFindTargetWeekdayAndNewYear: a weekday after "für" or "auf" in a
// clause that is not past is the day ahead; a January feast after a
// December one and "und" or "bis" is in the year after it; "läuft … ab"
// schedules as "läuft … aus".
func TestFindTargetWeekdayAndNewYear(t *testing.T) {
	runFind(t, []findCase{
		{"für + weekday", "Für Samstag rechnen die Meteorologen mit Schnee.", news,
			[]w{{"Samstag", "date", "2025-11-08", ""}}},
		{"für + weekday, announced", "Weitere Proteste sind für Freitag angekündigt.", news,
			[]w{{"Freitag", "date", "2025-11-07", ""}}},
		{"zwischen Weihnachten und Neujahr", "Zwischen Weihnachten und Neujahr bleibt die Behörde zu.", news,
			[]w{{"Weihnachten", "date", "2025-12-25", ""}, {"Neujahr", "date", "2026-01-01", ""}}},
		{"läuft … ab", "Ende Februar läuft die Übergangsfrist ab.", news,
			[]w{{"Ende Februar", "date", "2026-02", "END"}}},
		// must not
		{"für + weekday, past", "Der für Sonntag geplante Start war verschoben worden.", news,
			[]w{{"Sonntag", "date", "2025-11-02", ""}}},
		{"night von … auf", "In der Nacht von Donnerstag auf Freitag wurde eingebrochen.", news,
			[]w{{"Nacht von Donnerstag auf Freitag", "time", "2025-10-30TNI", ""}}},
		{"Neujahr alone", "An Neujahr kamen viele Gäste.", news,
			[]w{{"Neujahr", "date", "2025-01-01", ""}}},
	})
}

// TestFindScantUnit: "eine knappe Stunde", "nach einer knappen Woche"
// (the adjective "knapp" between "ein" and a singular unit) are about one
// unit, as "knapp eine Stunde" is.
func TestFindScantUnit(t *testing.T) {
	runFind(t, []findCase{
		{"eine knappe Stunde", "Die Debatte dauerte eine knappe Stunde.", news,
			[]w{{"eine knappe Stunde", "duration", "PT1H", "APPROX"}}},
		{"einer knappen Woche", "Nach einer knappen Woche lenkte die Firma ein.", news,
			[]w{{"einer knappen Woche", "duration", "P1W", "APPROX"}}},
		// must not
		{"knapp before a noun that is no unit", "Eine knappe Mehrheit lehnte den Antrag ab.", news, nil},
		{"knapp as a predicate", "Die Zeit ist knapp.", news, nil},
	})
}

// TestFindSollAdjectiveSein: "soll … sein" reports a past only after a
// past participle ("soll … gesunken sein"); after an adjective ("soll …
// fertig sein", "bereit") it stays future.
func TestFindSollAdjectiveSein(t *testing.T) {
	runFind(t, []findCase{
		{"soll … bereit sein", "Im März soll die neue Leitung bereit sein.", news,
			[]w{{"März", "date", "2026-03", ""}}},
		{"in + years, soll … fertig sein", "In zwei Jahren soll die Brücke fertig sein.", news,
			[]w{{"In zwei Jahren", "date", "2027", ""}}},
		// must not
		{"soll … gesunken sein", "Im Februar soll der Absatz gesunken sein.", news,
			[]w{{"Februar", "date", "2025-02", ""}}},
	})
}

// TestFindDayAlone: "am 24." with no month after it is a day of the month
// told last ("Am 9. Mai … am 12."), in news without one of the
// document's month; not an ordinal before a noun ("am 3. Spieltag").
func TestFindDayAlone(t *testing.T) {
	runFind(t, []findCase{
		{"after a day of a month", "Am 9. März 1812 zog das Heer los, am 12. erreichte es den Fluss.", story,
			[]w{{"9. März 1812", "date", "1812-03-09", ""}, {"12.", "date", "1812-03-12", ""}}},
		{"before an article", "Am 2. Juni brach der Damm und am 3. die Brücke.", story,
			[]w{{"2. Juni", "date", "2011-06-02", ""}, {"3.", "date", "2011-06-03", ""}}},
		{"in news, the document's month", "Die Wahl findet am 23. statt.", news,
			[]w{{"23.", "date", "2025-11-23", ""}}},
		// must not
		{"an ordinal before a noun", "Am 3. Spieltag verlor der Verein.", news, nil},
		{"two ordinals before a noun", "Am 3. und 4. Spieltag verlor der Verein.", news, nil},
		{"no such day in the month told", "Am 2. Februar 2025 begann es, am 30. endete es.", news,
			[]w{{"2. Februar 2025", "date", "2025-02-02", ""}, {"30.", "date", "", ""}}},
	})
}

// TestFindShiftApposition: a shift of the time told with a day in
// apposition ("drei Tage später, am 10. November", "einen Monat später
// (5. Dezember)") means that day.
func TestFindShiftApposition(t *testing.T) {
	runFind(t, []findCase{
		{"comma and am", "Am 7. November 1917 begann der Aufstand. Drei Tage später, am 10. November, fiel die Stadt.", story,
			[]w{{"7. November 1917", "date", "1917-11-07", ""}, {"Drei Tage später", "date", "1917-11-10", ""}, {"10. November", "date", "1917-11-10", ""}}},
		{"a month, brackets", "Am 7. November 1917 begann der Aufstand. Einen Monat später (5. Dezember) fiel die Stadt.", story,
			[]w{{"7. November 1917", "date", "1917-11-07", ""}, {"Einen Monat später", "date", "1917-12-05", ""}, {"5. Dezember", "date", "1917-12-05", ""}}},
		// must not
		{"a day later in the clause", "Am 7. November 1917 begann der Aufstand. Drei Tage später fiel die Stadt am 12. November.", story,
			[]w{{"7. November 1917", "date", "1917-11-07", ""}, {"Drei Tage später", "date", "1917-11-10", ""}, {"12. November", "date", "1917-11-12", ""}}},
	})
}

// TestFindMorningAfterNight: in a story, a bare "am Morgen" after an
// evening or a night told is the next morning; after a day it is that
// day's; news reads it against the document date.
func TestFindMorningAfterNight(t *testing.T) {
	runFind(t, []findCase{
		{"after an evening and a night", "Am Abend des 27. Mai 1905 sanken zwei Schiffe. In der Nacht und am Morgen sanken weitere.", story,
			[]w{{"Abend des 27. Mai 1905", "time", "1905-05-27TEV", ""}, {"Nacht", "time", "1905-05-27TNI", ""}, {"Morgen", "time", "1905-05-28TMO", ""}}},
		// must not
		{"after a day", "Am 27. Mai 1905 begann die Schlacht. Am Morgen sanken zwei Schiffe.", story,
			[]w{{"27. Mai 1905", "date", "1905-05-27", ""}, {"Morgen", "time", "1905-05-27TMO", ""}}},
	})
}

// TestFindDayCommaClock: a day and its clock time set off by a comma
// ("am 8. Mai, 23:01 Uhr", "Sonntag, 14.45 Uhr") are one time; with "um"
// they stay two expressions.
func TestFindDayCommaClock(t *testing.T) {
	runFind(t, []findCase{
		{"day month, clock", "Die Waffenruhe galt ab dem 8. Mai, 23:01 Uhr.", news,
			[]w{{"8. Mai, 23:01 Uhr", "time", "2025-05-08T23:01", "ON_OR_AFTER"}}},
		{"weekday, clock", "Das Spiel (Sonntag, 14.45 Uhr) ist ausverkauft.", news,
			[]w{{"Sonntag, 14.45 Uhr", "time", "2025-11-02T14:45", ""}}},
		{"day, about a clock time", "Am Montag, dem 19. Mai, gegen 2:30 Uhr brannte die Halle.", news,
			[]w{{"Montag, dem 19. Mai, gegen 2:30 Uhr", "time", "2025-05-19T02:30", "APPROX"}}},
		// must not
		{"day um clock", "Am 3. Oktober um 14 Uhr beginnt die Feier.", news,
			[]w{{"3. Oktober", "date", "2025-10-03", ""}, {"14 Uhr", "time", "2025-10-03T14:00", ""}}},
		{"a month, then a clock time", "Im März, 9 Uhr früh, begann es.", news,
			[]w{{"März", "date", "2025-03", ""}, {"9 Uhr früh", "time", "2025-11-03T09:00", ""}}},
	})
}

// TestFindMonthRangeAcrossYear: the months of a range without a year are
// put in order when the tense read on each gave an end before its start
// (told in November: "zwischen Oktober und Dezember" in a past clause is
// last year's October to December); a list stays as it is.
func TestFindMonthRangeAcrossYear(t *testing.T) {
	runFind(t, []findCase{
		{"zwischen, past, within a year", "Zwischen Oktober und Dezember sank die Nachfrage.", news,
			[]w{{"Oktober", "date", "2024-10", ""}, {"Dezember", "date", "2024-12", ""}}},
		{"zwischen, past, across the turn", "Zwischen Oktober und Februar fiel kaum Schnee.", news,
			[]w{{"Oktober", "date", "2024-10", ""}, {"Februar", "date", "2025-02", ""}}},
		{"von bis, past", "Von Oktober bis Februar war die Strecke gesperrt.", news,
			[]w{{"Oktober", "date", "2024-10", ""}, {"Februar", "date", "2025-02", "ON_OR_BEFORE"}}},
		{"zwischen, ahead", "Zwischen Februar und Dezember will die Firma liefern.", news,
			[]w{{"Februar", "date", "2026-02", ""}, {"Dezember", "date", "2026-12", ""}}},
		{"slash across the turn", "Im Dezember/Januar ruht der Betrieb.", news,
			[]w{{"Dezember", "date", "2025-12", ""}, {"Januar", "date", "2026-01", ""}}},
		{"year at the end", "Von Oktober bis Februar 2025 sank der Absatz.", news,
			[]w{{"Oktober", "date", "2024-10", ""}, {"Februar 2025", "date", "2025-02", "ON_OR_BEFORE"}}},
		// must not: a list of months is no range
		{"a list", "Im Oktober und im Dezember sank der Absatz.", news,
			[]w{{"Oktober", "date", "2025-10", ""}, {"Dezember", "date", "2024-12", ""}}},
		{"a list with a year", "Gezeigt wurden Aufnahmen vom März und Januar 2022.", news,
			[]w{{"März", "date", "2022-03", ""}, {"Januar 2022", "date", "2022-01", ""}}},
	})
}

// TestFindOverNight: "über Nacht" (overnight, all of a sudden) and "über
// Mittag" tell no part of a day; with an article or another preposition
// the night is one.
func TestFindOverNight(t *testing.T) {
	runFind(t, []findCase{
		{"in der Nacht", "In der Nacht fiel der Strom aus.", news,
			[]w{{"Nacht", "time", "2025-11-03TNI", ""}}},
		{"über die Nacht", "Über die Nacht sank die Temperatur stark.", news,
			[]w{{"Nacht", "time", "2025-11-03TNI", ""}}},
		{"über Mitternacht", "Die Sitzung dauerte bis über Mitternacht.", news,
			[]w{{"Mitternacht", "time", "2025-11-03T24:00", ""}}},
		// must not
		{"über Nacht, suddenly", "Die Sängerin wurde über Nacht berühmt.", news, nil},
		{"Über Nacht at the start", "Über Nacht änderte sich die Lage nicht.", news, nil},
		{"über Mittag", "Das Amt bleibt über Mittag geschlossen.", news, nil},
		{"pro Nacht", "Die Taxe beträgt zwei Euro pro Nacht und Gast.", news, nil},
	})
}

// TestFindPosUnitBeforeFigure: "Ende des Quartals" before a figure that is
// no year is the end of the quarter told; a year after it is its year.
func TestFindPosUnitBeforeFigure(t *testing.T) {
	runFind(t, []findCase{
		{"before a decimal figure", "Zum Ende des Quartals zählte die Börse 157,3 Millionen Kunden.", news,
			[]w{{"Ende des Quartals", "date", "2025-Q4", "END"}}},
		{"before a count", "Die Firma hatte zum Ende des Monats 157 Filialen.", news,
			[]w{{"Ende des Monats", "date", "2025-11", "END"}}},
		{"after the quarter told", "Die Bank legte Zahlen für das zweite Quartal vor. Zum Ende des Quartals hatte sie 12 Filialen.", news,
			[]w{{"zweite Quartal", "date", "2025-Q2", ""}, {"Ende des Quartals", "date", "2025-Q2", "END"}}},
		{"with its year", "Ende des Jahres 2024 sank der Kurs.", news,
			[]w{{"Ende des Jahres 2024", "date", "2024", "END"}}},
		{"with a year BC", "Ende des Jahres 44 v. Chr. endete die Republik.", news,
			[]w{{"Ende des Jahres 44 v. Chr.", "date", "BC0044", "END"}}},
		// must not: the figure is no year
		{"a count is no year", "Ende des Jahres 300 Mitarbeiter", news,
			[]w{{"Ende des Jahres", "date", "2025", "END"}}},
	})
}

// TestFindRelativeCentury: a century or decade named relative to the date
// or to the time told ("im vergangenen Jahrhundert" 19, "bis Mitte des
// Jahrhunderts" 20 MID, "im nächsten Jahrzehnt" 203); not a century as a
// superlative ("der Sturm des Jahrhunderts" has no position word) nor
// plurals, which stay durations.
func TestFindRelativeCentury(t *testing.T) {
	runFind(t, []findCase{
		{"Mitte des Jahrhunderts", "Bis Mitte des Jahrhunderts soll das Land klimaneutral sein.", news,
			[]w{{"Mitte des Jahrhunderts", "date", "20", "MID"}}},
		{"Ende des Jahrhunderts", "Bis Ende des Jahrhunderts steigt der Meeresspiegel.", news,
			[]w{{"Ende des Jahrhunderts", "date", "20", "END"}}},
		{"vergangenen Jahrhundert", "Im vergangenen Jahrhundert wuchs die Stadt stark.", news,
			[]w{{"vergangenen Jahrhundert", "date", "19", ""}}},
		{"Anfang dieses Jahrhunderts", "Anfang dieses Jahrhunderts kaufte die Bank Fonds.", news,
			[]w{{"Anfang dieses Jahrhunderts", "date", "20", "START"}}},
		{"nächsten Jahrzehnt", "Im nächsten Jahrzehnt will die Firma wachsen.", news,
			[]w{{"nächsten Jahrzehnt", "date", "203", ""}}},
		{"Ende des Jahrzehnts", "Bis zum Ende des Jahrzehnts sollen die Netze stehen.", news,
			[]w{{"Ende des Jahrzehnts", "date", "202", "END"}}},
		{"Mitte des vergangenen Jahrzehnts", "Mitte des vergangenen Jahrzehnts brach der Markt ein.", news,
			[]w{{"Mitte des vergangenen Jahrzehnts", "date", "201", "MID"}}},
		{"of the time told", "Im Jahr 1905 begann der Bau. Ende des Jahrhunderts stand die Brücke.", story,
			[]w{{"Jahr 1905", "date", "1905", ""}, {"Ende des Jahrhunderts", "date", "19", "END"}}},
		{"no anchor", "Im Jahr 1905 begann der Bau. Ende des Jahrzehnts stockte er, im folgenden Jahr ging es weiter.", story,
			[]w{{"Jahr 1905", "date", "1905", ""}, {"Ende des Jahrzehnts", "date", "190", "END"}, {"folgenden Jahr", "date", "1906", ""}}},
		// must not
		{"a superlative", "Es war der Sturm des Jahrhunderts.", news, nil},
		{"plural decades", "In den letzten Jahrzehnten stieg die Zahl.", news,
			[]w{{"letzten Jahrzehnten", "duration", "PXDE", ""}}},
	})
}

// TestFindTomorrowAtSentenceStart: "Morgen" at a sentence start before
// another part of the day ("Morgen Abend", "Morgen früh") is tomorrow; a
// bare "Morgen" there stays a noun.
func TestFindTomorrowAtSentenceStart(t *testing.T) {
	runFind(t, []findCase{
		{"Morgen Abend", "Morgen Abend landet der Ballon in Irland.", news,
			[]w{{"Morgen Abend", "time", "2025-11-04TEV", ""}}},
		{"after a sentence", "Die Fahrt war lang. Morgen Nachmittag geht es weiter.", news,
			[]w{{"Morgen Nachmittag", "time", "2025-11-04TAF", ""}}},
		{"Morgen früh", "Morgen früh öffnet die Messe.", news,
			[]w{{"Morgen früh", "time", "2025-11-04TMO", ""}}},
		// must not
		{"a list of parts", "Morgen, Abend und Nacht gehören zum Tag.", news, nil},
		{"morning and evening", "Morgen und Abend blieben kühl.", news, nil},
		{"in a story", "Morgen Abend sollte alles anders werden.", story, nil},
	})
}

// TestFindSinceLong: "seit langem", "seit längerem", "seit langer Zeit",
// "seit geraumer Zeit" are a vague while of years (PXY), "seit" in the
// span; not "langem" without "seit", nor "seit der Zeit der Römer".
func TestFindSinceLong(t *testing.T) {
	runFind(t, []findCase{
		{"seit langem", "Die Firma kämpft seit langem mit Verlusten.", news,
			[]w{{"seit langem", "duration", "PXY", ""}}},
		{"Seit Längerem", "Seit Längerem prüft die Behörde den Fall.", news,
			[]w{{"Seit Längerem", "duration", "PXY", ""}}},
		{"seit langer Zeit", "Er ist seit langer Zeit im Amt.", news,
			[]w{{"seit langer Zeit", "duration", "PXY", ""}}},
		{"seit geraumer Zeit", "Seit geraumer Zeit wartet sie auf Antwort.", news,
			[]w{{"Seit geraumer Zeit", "duration", "PXY", ""}}},
		// must not
		{"langem without seit", "Nach langem Warten kam der Bus.", news, nil},
		{"a time of others", "Seit der Zeit der Römer steht die Mauer.", news, nil},
		{"a long night", "Er schlief seit langer Nacht nicht.", news, nil},
	})
}

// TestFindMonthBeforeCapital: a month that is also a first name (April,
// Mai, Juni, August) is a month after "im", "seit", "ab", "bis" or
// "Anfang", "Mitte", "Ende", whatever capitalized word follows; after a
// role or "an", "von" it stays a name.
func TestFindMonthBeforeCapital(t *testing.T) {
	runFind(t, []findCase{
		{"im April before a country", "Die besten Werte meldeten im April Schweden und Polen.", news,
			[]w{{"April", "date", "2025-04", ""}}},
		{"Anfang April before a noun", "Es gab Anfang April Protest von Anlegern.", news,
			[]w{{"Anfang April", "date", "2025-04", "START"}}},
		{"seit Juni before a name", "Seit Juni Schneider die Firma führt, sinkt der Kurs.", news,
			[]w{{"Juni", "date", "2025-06", "ON_OR_AFTER"}}},
		// must not
		{"a first name after a role", "Das bestätigte Sprecher August Brenner.", news, nil},
		{"a letter to a man", "Sie schrieb einen Brief an August Brenner.", news, nil},
		{"a museum named after a man", "Sie besuchten das Haus vom August Brenner Verein.", news, nil},
	})
}

// TestFindUnitAfterBigCount: a plural unit after a count the count rule
// does not read ("60 Millionen Jahren", "30.000 Jahren", "4,5 Milliarden
// Jahre", "Hunderten Jahren") is no vague duration of its own; a bare
// plural still is ("seit Jahren").
func TestFindUnitAfterBigCount(t *testing.T) {
	runFind(t, []findCase{
		{"bare plural", "Die Firma schrumpft seit Jahren.", news,
			[]w{{"Jahren", "duration", "PXY", ""}}},
		{"a small count", "Vor 500 Jahren stand hier eine Burg.", news,
			[]w{{"Vor 500 Jahren", "date", "1525", ""}}},
		// must not
		{"millions of years", "Vor 60 Millionen Jahren war es wärmer.", news, nil},
		{"a grouped count", "Die Höhle war vor 30.000 Jahren bewohnt.", news, nil},
		{"a decimal count", "Der Stern ist 4,5 Milliarden Jahre alt.", news, nil},
		{"hundreds of years", "Die Familie macht das seit Hunderten Jahren.", news, nil},
	})
}

// TestFindHalvesAndHyphenDecades: counts in halves up to "zehneinhalb"
// ("siebeneinhalb Jahre" is 90 months) and two-digit decades with a hyphen
// before "Jahre" ("in den 90-er Jahren"); not a hyphen compound of a number
// ("die 30-er Zone").
func TestFindHalvesAndHyphenDecades(t *testing.T) {
	runFind(t, []findCase{
		{"siebeneinhalb", "Das Gericht verhängte siebeneinhalb Jahre Haft.", news,
			[]w{{"siebeneinhalb Jahre", "duration", "P90M", ""}}},
		{"achteinhalb Stunden", "Die Sitzung dauerte achteinhalb Stunden.", news,
			[]w{{"achteinhalb Stunden", "duration", "PT510M", ""}}},
		{"90-er Jahre", "Seit den 90-er Jahren herrscht dort Unruhe.", news,
			[]w{{"den 90-er Jahren", "date", "199", "ON_OR_AFTER"}}},
		// must not
		{"a speed zone", "In der 30-er Zone wird kontrolliert.", news, nil},
		{"a pack", "Er kaufte eine 20-er Packung.", news, nil},
	})
}

// TestFindNewspaperTwentyMinutes: "20 Minuten", the Swiss daily, after
// "gegenüber", "laut", "My", or "zu"/"mit" at the end of a clause, is no
// duration; twenty minutes elsewhere are.
func TestFindNewspaperTwentyMinutes(t *testing.T) {
	runFind(t, []findCase{
		{"a wait", "Er wartete 20 Minuten, dann ging er.", news,
			[]w{{"20 Minuten", "duration", "PT20M", ""}}},
		{"bis zu at a clause end", "Die Züge hatten Verspätungen von bis zu 20 Minuten.", news,
			[]w{{"20 Minuten", "duration", "PT20M", "EQUAL_OR_LESS"}}},
		{"mit before a noun", "Der Bus kam mit 20 Minuten Verspätung an.", news,
			[]w{{"20 Minuten", "duration", "PT20M", ""}}},
		// must not
		{"gegenüber the paper", "Das sagte der Förster gegenüber 20 Minuten.", news, nil},
		{"zu the paper", "Alles sei gestohlen, sagte die Frau zu 20 Minuten.", news, nil},
		{"laut the paper", "Laut 20 Minuten sank die Zahl der Fälle.", news, nil},
	})
}

// TestFindLastQuarterOfYear: "letzte" before a quarter or half with the
// year it lies in is the year's last ("im letzten Quartal des Jahres
// 2007" is 2007-Q4); alone it is the one before the date. A quarter takes
// "dieses Jahres", "diesen Jahres" and a bare "des Jahres" (the year told).
func TestFindLastQuarterOfYear(t *testing.T) {
	runFind(t, []findCase{
		{"letzten Quartal des Jahres 2007", "Schon im letzten Quartal des Jahres 2007 gab es Verluste.", news,
			[]w{{"letzten Quartal des Jahres 2007", "date", "2007-Q4", ""}}},
		{"letzten Quartal 2004", "Im letzten Quartal 2004 stiegen die Preise.", news,
			[]w{{"letzten Quartal 2004", "date", "2004-Q4", ""}}},
		{"letzten Quartal diesen Jahres", "Der Start soll im letzten Quartal diesen Jahres sein.", news,
			[]w{{"letzten Quartal diesen Jahres", "date", "2025-Q4", ""}}},
		{"letzten Halbjahr des Vorjahres", "Im letzten Halbjahr des Vorjahres sank der Absatz.", news,
			[]w{{"letzten Halbjahr des Vorjahres", "date", "2024-H2", ""}}},
		{"ersten Quartal dieses Jahres", "Im ersten Quartal dieses Jahres stieg der Absatz.", news,
			[]w{{"ersten Quartal dieses Jahres", "date", "2025-Q1", ""}}},
		{"des Jahres after a year told", "Die Bilanz 2012 war gut. Im ersten Quartal des Jahres stieg der Absatz.", news,
			[]w{{"2012", "date", "2012", ""}, {"ersten Quartal des Jahres", "date", "2012-Q1", ""}}},
		// must not: the last quarter before the date
		{"letzten Quartal alone", "Im letzten Quartal stieg der Umsatz.", news,
			[]w{{"letzten Quartal", "date", "2025-Q3", ""}}},
		{"a figure after des Jahres", "Im letzten Quartal des Jahres 12 Prozent mehr", news,
			[]w{{"letzten Quartal", "date", "2025-Q4", ""}}},
	})
}

// TestFindNightZuAndDeixisApposition: "in der Nacht zu Montag" (without
// the article's -m) is the night before Monday, as "Nacht zum Montag"; a
// deictic day with a date in apposition ("morgen, den 20. September") is
// that date.
func TestFindNightZuAndDeixisApposition(t *testing.T) {
	runFind(t, []findCase{
		{"Nacht zu Montag", "Das teilte die Polizei in der Nacht zu Montag mit.", news,
			[]w{{"Nacht zu Montag", "time", "2025-11-02TNI", ""}}},
		{"Nacht zu with a date", "In der Nacht zu Samstag, dem 8. November, brannte ein Haus.", news,
			[]w{{"Nacht zu Samstag, dem 8. November", "time", "2025-11-07TNI", ""}}},
		{"morgen, den", "Die für morgen, den 20. September, geplante Demo fällt aus.", news,
			[]w{{"morgen, den 20. September", "date", "2025-09-20", ""}}},
		{"heute, dem with a year", "Heute, dem 5. Mai 2024, beginnt die Messe.", news,
			[]w{{"Heute, dem 5. Mai 2024", "date", "2024-05-05", ""}}},
		// must not
		{"zu before a weekday, no night", "Er sagte zu Montag nichts.", news,
			[]w{{"Montag", "date", "2025-11-03", ""}}},
		{"heute with a clock time", "Die Sitzung beginnt heute, 15.30 Uhr.", news,
			[]w{{"heute, 15.30 Uhr", "time", "2025-11-03T15:30", ""}}},
	})
}

// TestFindYearBeforeStrongParticiple: after an article, a number before a
// participle of a strong or prefixed verb in a singular form ("der 2012
// verstorbene Autor", "ein 1980 geborener Banker", "einem 2019
// erschienenen Buch") is a year; before a plural form it may be a count
// ("die 2000 betroffenen Mitarbeiter").
func TestFindYearBeforeStrongParticiple(t *testing.T) {
	runFind(t, []findCase{
		{"der … verstorbene", "Der 2012 verstorbene Autor schrieb viel.", news,
			[]w{{"2012", "date", "2012", ""}}},
		{"das … erlassene", "Die Regierung kippt das 1998 erlassene Gesetz.", news,
			[]w{{"1998", "date", "1998", ""}}},
		{"ein … geborener", "Er ist ein 1980 geborener Banker.", news,
			[]w{{"1980", "date", "1980", ""}}},
		{"einem … erschienenen", "Das steht in einem 2019 erschienenen Buch.", news,
			[]w{{"2019", "date", "2019", ""}}},
		// must not
		{"a plural count", "Die 2000 betroffenen Mitarbeiter protestierten.", news, nil},
		{"den and a plural count", "Den 2000 entlassenen Beschäftigten hilft ein Fonds.", news, nil},
		{"an adjective", "Die 1400 hessischen Soldaten kehrten heim.", news, nil},
	})
}

// TestFindYearAfterEvent: a four-digit number after the name of an event
// or a budget year ("Alpin-WM 2021", "Bundestagswahl 2021",
// "Haushaltsjahr 2008") is a year even before a capitalized word or a
// number; after other nouns that rule does not hold.
func TestFindYearAfterEvent(t *testing.T) {
	runFind(t, []findCase{
		{"WM before a noun", "Sie holte bei der Alpin-WM 2021 Silber.", news,
			[]w{{"2021", "date", "2021", ""}}},
		{"election before a number", "Bei der Bundestagswahl 2021 37 Sitze zu holen, war das Ziel.", news,
			[]w{{"2021", "date", "2021", ""}}},
		{"budget year", "Im Haushaltsjahr 2008 2,9 Prozent Defizit", news,
			[]w{{"2008", "date", "2008", ""}}},
		// must not
		{"a count after a noun", "Die Firma Zeta 2000 Stellen abbauen lassen", news, nil},
		{"a count of spectators", "Das Stadion Nord 2000 Zuschauer fassen", news, nil},
	})
}

// TestFindWeekMonthCourse: "im Wochenverlauf", "im Monatsverlauf" are the
// week and the month told, as "im Tagesverlauf" is the day; "Verlauf"
// alone is none.
func TestFindWeekMonthCourse(t *testing.T) {
	runFind(t, []findCase{
		{"Wochenverlauf", "Im Wochenverlauf legte der Index zu.", news,
			[]w{{"Wochenverlauf", "date", "2025-W45", ""}}},
		{"Monatsverlauf after a month", "Im Oktober stieg der Index. Im Monatsverlauf fiel er zurück.", news,
			[]w{{"Oktober", "date", "2025-10", ""}, {"Monatsverlauf", "date", "2025-10", ""}}},
		// must not
		{"a course", "Der Verlauf der Krankheit war mild.", news, nil},
	})
}

// TestFindAfterAboutDays: "nach etwa zehn Tagen" is the day so long after
// the time told, approximately, as "nach zwei Tagen" is a day; weeks and
// vague counts stay durations.
func TestFindAfterAboutDays(t *testing.T) {
	runFind(t, []findCase{
		{"nach etwa", "Am 3. Mai begann die Belagerung. Nach etwa zehn Tagen war sie vorbei.", story,
			[]w{{"3. Mai", "date", "2011-05-03", ""}, {"Nach etwa zehn Tagen", "date", "2011-05-13", "APPROX"}}},
		{"nach rund", "Der Patient kam nach rund 14 Tagen heim.", news,
			[]w{{"nach rund 14 Tagen", "date", "2025-11-17", "APPROX"}}},
		// must not
		{"weeks", "Nach knapp drei Wochen endete der Streik.", news,
			[]w{{"knapp drei Wochen", "duration", "P3W", "APPROX"}}},
		{"a vague count", "Nach einigen Tagen kam er zurück.", news,
			[]w{{"einigen Tagen", "duration", "PXD", ""}}},
	})
}

// TestFindCountToCount: a four-digit number before "auf" or "bis" and a
// number that is no year ("von 2000 auf 15.000 Soldaten", "etwa 1500 bis
// 2000 Euro") is a count; a year to a year stays two years, and after
// "bis" a year before "auf" and a figure is the limit ("bis 2010 auf 121
// Prozent gestiegen").
func TestFindCountToCount(t *testing.T) {
	runFind(t, []findCase{
		{"year to year", "Der Umsatz stieg von 2019 auf 2020 kräftig.", news,
			[]w{{"2019", "date", "2019", ""}, {"2020", "date", "2020", ""}}},
		{"bis a year, auf a figure", "Die Schulden waren bis 2010 auf 121 Prozent gestiegen.", news,
			[]w{{"2010", "date", "2010", "ON_OR_BEFORE"}}},
		{"a year, then the level reached", "Der Umsatz soll 2026 auf 12 Milliarden Euro steigen.", news,
			[]w{{"2026", "date", "2026", ""}}},
		{"a year, then the level, after a verb", "Die Quote sank 2024 auf 5,1 Prozent.", news,
			[]w{{"2024", "date", "2024", ""}}},
		// must not
		{"von a count auf a count", "Die Truppe wächst von 2000 auf rund 15.000 Soldaten.", news, nil},
		{"a range of euros", "Etwa 1500 bis 2000 Euro kostet die Reparatur.", news, nil},
	})
}

// TestFindDeicticAdjective: a deictic adjective before "Tag" or a part of
// the day ("am heutigen Tag", "am gestrigen Abend", "der morgige Tag") is
// that day, as "heute", "gestern"; not in a story, and not before other
// nouns ("die heutige Zeit").
func TestFindDeicticAdjective(t *testing.T) {
	runFind(t, []findCase{
		{"heutigen Tag", "Eine Einigung ist am heutigen Tag möglich.", news,
			[]w{{"heutigen Tag", "date", "2025-11-03", ""}}},
		{"bis zum heutigen Tag", "Bis zum heutigen Tag fehlt jede Spur.", news,
			[]w{{"heutigen Tag", "date", "2025-11-03", "ON_OR_BEFORE"}}},
		{"gestrigen Abend", "Am gestrigen Abend brannte eine Scheune.", news,
			[]w{{"gestrigen Abend", "time", "2025-11-02TEV", ""}}},
		{"morgigen Vormittag", "Am morgigen Vormittag tagt der Rat.", news,
			[]w{{"morgigen Vormittag", "time", "2025-11-04TMO", ""}}},
		// must not
		{"today's times", "Die heutige Zeit ist schnelllebig.", news, nil},
		{"in a story", "Am heutigen Tag begann die Schlacht.", story, nil},
	})
}

// TestFindLimitsAndBounds: "spätestens", "frühestens" bound a date
// (ON_OR_BEFORE, ON_OR_AFTER), "mindestens", "höchstens", "maximal" a
// duration (EQUAL_OR_MORE, EQUAL_OR_LESS), the word in the span as "etwa"
// is; each leaves the other kind and "ab spätestens" as they are.
func TestFindLimitsAndBounds(t *testing.T) {
	runFind(t, []findCase{
		{"spätestens a year", "Das Ziel soll spätestens 2030 erreicht sein.", news,
			[]w{{"spätestens 2030", "date", "2030", "ON_OR_BEFORE"}}},
		{"frühestens a year", "Mit dem Bau ist frühestens 2027 zu rechnen.", news,
			[]w{{"frühestens 2027", "date", "2027", "ON_OR_AFTER"}}},
		{"mindestens a duration", "Ihm droht eine Strafe von mindestens fünf Jahren.", news,
			[]w{{"mindestens fünf Jahren", "duration", "P5Y", "EQUAL_OR_MORE"}}},
		{"höchstens a duration", "Das Fenster bleibt höchstens eine Woche offen.", news,
			[]w{{"höchstens eine Woche", "duration", "P1W", "EQUAL_OR_LESS"}}},
		{"maximal a duration", "Es drohen maximal zehn Jahre Haft.", news,
			[]w{{"maximal zehn Jahre", "duration", "P10Y", "EQUAL_OR_LESS"}}},
		{"bis zu a duration", "Ihm drohen bis zu drei Jahre Haft.", news,
			[]w{{"drei Jahre", "duration", "P3Y", "EQUAL_OR_LESS"}}},
		{"bis zu at a sentence start", "Bis zu 30 Tagen darf die Polizei festhalten.", news,
			[]w{{"30 Tagen", "duration", "P30D", "EQUAL_OR_LESS"}}},
		// must not
		{"a limit on a duration", "Es dauert spätestens drei Jahre.", news,
			[]w{{"drei Jahre", "duration", "P3Y", ""}}},
		{"a bound on a year", "Das gilt mindestens 2030 noch.", news,
			[]w{{"2030", "date", "2030", ""}}},
		{"a position stays", "Spätestens Ende März fällt die Entscheidung.", news,
			[]w{{"Ende März", "date", "2025-03", "END"}}},
		{"a bound on money", "Das kostet höchstens 200 Euro.", news, nil},
		{"bis zum a day", "Die Frist läuft bis zum dritten Tag.", news, nil},
		{"bis zu a date", "Das dauert bis zu drei Tage später.", news,
			[]w{{"drei Tage später", "date", "2025-11-06", ""}}},
	})
}

// TestFindAgeRange: the end of a range of ages ("im Alter von 15 bis 16
// Jahren", "im Alter zwischen 17 und 35 Jahren", "im Alter von 29 und 47
// Jahren") is an age, no duration, as "im Alter von 16 Jahren" is; a range
// of years elsewhere stays a duration.
func TestFindAgeRange(t *testing.T) {
	runFind(t, []findCase{
		{"a range of years in prison", "Er saß von drei bis vier Jahren in Haft.", news,
			[]w{{"vier Jahren", "duration", "P4Y", ""}}},
		// must not
		{"von bis", "Die Spieler im Alter von 15 bis 16 Jahren siegten.", news, nil},
		{"zwischen und", "Sie sind im Alter zwischen 17 und 35 Jahren.", news, nil},
		{"two ages", "Zwei Männer im Alter von 29 und 47 Jahren starben.", news, nil},
		{"words", "Die Kinder im Alter von fünfzehn bis sechzehn Jahren spielten.", news, nil},
	})
}

// TestFindGoodDuration: "gut" before a count of units ("gut zwei Jahre",
// "seit gut 25 Jahren", "gut drei Wochen später", "vor gut zehn Jahren")
// means a little more than so long: APPROX. Before anything else "gut" is
// the adverb "well" and changes nothing.
func TestFindGoodDuration(t *testing.T) {
	runFind(t, []findCase{
		{"gut zwei Jahre", "Der Umbau dauerte gut zwei Jahre.", news,
			[]w{{"gut zwei Jahre", "duration", "P2Y", "APPROX"}}},
		{"seit gut", "Die Bäckerei gehört ihr seit gut 25 Jahren.", news,
			[]w{{"gut 25 Jahren", "duration", "P25Y", "APPROX"}}},
		{"sentence start", "Gut vier Wochen verhandelten die Parteien.", news,
			[]w{{"Gut vier Wochen", "duration", "P4W", "APPROX"}}},
		{"later", "Die Klage kam gut drei Wochen später.", news,
			[]w{{"gut drei Wochen später", "date", "2025-W48", "APPROX"}}},
		{"vor gut", "Vor gut zehn Jahren zog die Firma nach Ulm.", news,
			[]w{{"Vor gut zehn Jahren", "date", "2015", "APPROX"}}},
		// must not
		{"well in a year", "Das Geschäft lief gut 2019.", news,
			[]w{{"2019", "date", "2019", ""}}},
		{"well ago", "Die Ernte lief gut vor drei Jahren.", news,
			[]w{{"vor drei Jahren", "date", "2022", ""}}},
		{"well in mid March", "Der Absatz lief gut Mitte März.", news,
			[]w{{"Mitte März", "date", "2025-03", "MID"}}},
		{"a percentage", "Der Umsatz stieg um gut 20 Prozent.", news, nil},
	})
}

// TestFindClockLimit: a time of day after "seit" or "ab" is a limit, as a
// date there is: ON_OR_AFTER ("seit 14 Uhr", "ab 9.30 Uhr", "seit halb
// acht"). A part of a day ("seit Montagmorgen"), a time without the
// preposition, after "um", and in a range of hours ("von 9 Uhr bis 17
// Uhr") has no mod.
func TestFindClockLimit(t *testing.T) {
	runFind(t, []findCase{
		{"seit Uhr", "Seit 14 Uhr streiken die Fahrer.", news,
			[]w{{"14 Uhr", "time", "2025-11-03T14:00", "ON_OR_AFTER"}}},
		{"ab Uhr with minutes", "Der Markt öffnet ab 9.30 Uhr.", news,
			[]w{{"9.30 Uhr", "time", "2025-11-03T09:30", "ON_OR_AFTER"}}},
		{"ab colon", "Ab 17:45 Uhr ist die Straße frei.", news,
			[]w{{"17:45 Uhr", "time", "2025-11-03T17:45", "ON_OR_AFTER"}}},
		{"seit halb", "Die Gäste warten seit halb acht.", news,
			[]w{{"halb acht", "time", "2025-11-03T07:30", "ON_OR_AFTER"}}},
		// must not
		{"seit a part of a day", "Seit Montagmorgen ruht die Arbeit.", news,
			[]w{{"Montagmorgen", "time", "2025-11-03TMO", ""}}},
		{"um", "Um 14 Uhr beginnt die Sitzung.", news,
			[]w{{"14 Uhr", "time", "2025-11-03T14:00", ""}}},
		{"a range of hours", "Das Amt ist von 9 Uhr bis 17 Uhr offen.", news,
			[]w{{"9 Uhr", "time", "2025-11-03T09:00", ""}, {"17 Uhr", "time", "2025-11-03T17:00", ""}}},
		{"after a day", "Ab Dienstag 8 Uhr gilt der neue Plan.", news,
			[]w{{"Dienstag", "date", "2025-11-04", "ON_OR_AFTER"}, {"8 Uhr", "time", "2025-11-04T08:00", ""}}},
	})
}

// TestFindPosRange: a position word before "bis", "und" or "oder" and a
// second position with its period ("Mitte bis Ende Mai", "Anfang und
// Mitte 2024", "Mitte bis Ende der Woche") is a position of that period
// too: its own expression, with its own mod.
func TestFindPosRange(t *testing.T) {
	runFind(t, []findCase{
		{"Mitte bis Ende month", "Die Ernte soll Mitte bis Ende Mai beginnen.", news,
			[]w{{"Mitte", "date", "2026-05", "MID"}, {"Ende Mai", "date", "2026-05", "END"}}},
		{"Anfang und Mitte year", "Anfang und Mitte 2024 fielen die Preise.", news,
			[]w{{"Anfang", "date", "2024", "START"}, {"Mitte 2024", "date", "2024", "MID"}}},
		{"of the week", "Mitte bis Ende der Woche soll es regnen.", news,
			[]w{{"Mitte", "date", "2025-W45", "MID"}, {"Ende der Woche", "date", "2025-W45", "END"}}},
		// must not
		{"no period after", "Anfang und Ende sind offen.", news, nil},
		{"two periods", "Von Mitte Mai bis Ende Juni wurde gebaut.", news,
			[]w{{"Mitte Mai", "date", "2025-05", "MID"}, {"Ende Juni", "date", "2025-06", "END"}}},
	})
}

// TestFindMonthHalf: the first or second half of a month told in one word
// ("in der zweiten Novemberhälfte", "der ersten Märzhälfte 2024", "in der
// zweiten Monatshälfte") is the month with START or END, as "in der
// zweiten Hälfte des Novembers" is. A half of anything else is no time.
func TestFindMonthHalf(t *testing.T) {
	runFind(t, []findCase{
		{"zweiten Novemberhälfte", "In der zweiten Novemberhälfte sinken die Preise.", news,
			[]w{{"zweiten Novemberhälfte", "date", "2025-11", "END"}}},
		{"with a year", "In der ersten Märzhälfte 2024 fiel kaum Regen.", news,
			[]w{{"ersten Märzhälfte 2024", "date", "2024-03", "START"}}},
		{"Austrian month", "In der ersten Jännerhälfte ruhte der Betrieb.", news,
			[]w{{"ersten Jännerhälfte", "date", "2025-01", "START"}}},
		{"Monatshälfte", "Im Mai stieg der Kurs, in der zweiten Monatshälfte fiel er.", news,
			[]w{{"Mai", "date", "2025-05", ""}, {"zweiten Monatshälfte", "date", "2025-05", "END"}}},
		// must not
		{"a half of a game", "In der zweiten Spielhälfte fiel das Tor.", news, nil},
		{"a half of a country", "In der ersten Landeshälfte regnete es.", news, nil},
		{"no ordinal", "Die Novemberhälfte war nass.", news, nil},
	})
}

// TestFindWeekdayAbbrev: an abbreviated weekday (Mo, Di, Mi, Do, Fr, Sa,
// So, with or without a point) before the calendar day it names, as
// listings of dates write it, is part of that day: "Mo., 3. November",
// "Di 4.11.2025, 19 Uhr". Alone, or before a count that is no day, the
// abbreviation is nothing.
func TestFindWeekdayAbbrev(t *testing.T) {
	runFind(t, []findCase{
		{"Mo point comma", "Mo., 3. November: Sitzung des Rates.", news,
			[]w{{"Mo., 3. November", "date", "2025-11-03", ""}}},
		{"no point", "Lesung am Fr 7. November in Graz.", news,
			[]w{{"Fr 7. November", "date", "2025-11-07", ""}}},
		{"with a year", "So., 9. November 2025: Markt", news,
			[]w{{"So., 9. November 2025", "date", "2025-11-09", ""}}},
		{"numeric with a clock time", "Termin: Di., 4.11.2025, 19 Uhr", news,
			[]w{{"Di., 4.11.2025, 19 Uhr", "time", "2025-11-04T19:00", ""}}},
		// must not
		{"So as an adverb", "So ist es nun einmal.", news, nil},
		{"So before a count", "So 3 Tage später kam der Brief.", news,
			[]w{{"3 Tage später", "date", "2025-11-06", ""}}},
		{"a range of abbreviations", "Der Laden hat Mo. bis Fr. geöffnet.", news, nil},
		{"before a number", "Die Mi. 5 Leser kamen.", news, nil},
	})
}

// TestFindSaison: a season of sport or of a trade after a relative
// adjective or a demonstrative ("in dieser Saison", "in der vergangenen
// Saison", "in der kommenden Saison") is named as the year it is in, as
// "in diesem Jahr" is. "Saison" without one, with an ordinal of a career
// ("in seiner ersten Saison") or in a compound is no time.
func TestFindSaison(t *testing.T) {
	runFind(t, []findCase{
		{"dieser Saison", "In dieser Saison verlor der Klub kaum ein Spiel.", news,
			[]w{{"dieser Saison", "date", "2025", ""}}},
		{"vergangenen Saison", "In der vergangenen Saison stieg das Team ab.", news,
			[]w{{"vergangenen Saison", "date", "2024", ""}}},
		{"kommenden Saison", "Sie wechselt zur kommenden Saison nach Linz.", news,
			[]w{{"kommenden Saison", "date", "2026", ""}}},
		{"laufenden Saison", "Die Bahn bleibt in der laufenden Saison zu.", news,
			[]w{{"laufenden Saison", "date", "2025", ""}}},
		// must not
		{"the season alone", "Die Saison beginnt mit einem Derby.", news, nil},
		{"a career's first", "In seiner ersten Saison traf er oft.", news, nil},
		{"a compound", "Die Saison-Bilanz fiel gut aus.", news, nil},
	})
}
