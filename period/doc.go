// Package period finds German time expressions and gives each its TIMEX3
// value: dates ("5. März 2025", "im März", "2019"), quarters and halves
// ("im dritten Quartal", "H1 2025"), fiscal periods ("im ersten Quartal
// des Geschäftsjahres 2024/25" → FY2025-Q1), relative expressions
// resolved against the document date ("im Vorjahr", "vor sechs Jahren",
// "am Donnerstag"), durations ("in den nächsten sieben Jahren" → P7Y),
// sets ("jährlich") and times of day ("um 14 Uhr").
//
//	for _, e := range period.Find(text, period.Ref{Date: published}) {
//		fmt.Println(e.Text, e.Type, e.Value, e.Mod)
//	}
//
// A number is a year only in a time context: "im Jahr 2023", "seit 2019",
// a year before a verb at a sentence start; not "2.300 Mitarbeiter",
// "2024 Filialen", "Agenda 2030" or "1.999 Euro".
//
// Relative expressions resolve against [Ref.Date]; without it they are
// found and typed, with an empty Value. In the narrative domain
// ([Ref.Narrative]: a history, a report looking back) they resolve against
// the latest time the text named before them, as HeidelTime's narrative
// mode does: "Am 1. September 1939 … Am 3. September" gives 1939-09-03.
// Anaphoric expressions ("am selben Tag", "zwei Tage später", "im
// folgenden Jahr") count from the latest time named in both domains.
//
// In news, the tense of the clause picks which weekday, month, season,
// quarter or movable feast without a year is meant, as HeidelTime reads
// tense: "Am Montag will der Rat entscheiden" is the coming Monday, "Im
// März soll die Anlage anlaufen" (in November) the next March, "Im
// Dezember hatte die Firma gewarnt" (in November) the last December. The
// tense is read from auxiliaries and modal verbs (see tense.go); a
// present clause keeps the reading without tense, unless its verb
// schedules ("Der Prozess beginnt am 12. Jänner", "Die Sitzung ist für
// März angesetzt": ahead).
//
// Spans follow the module's convention: byte offsets into the caller's
// text, text[e.Start:e.End] == e.Text. A governing preposition is not part
// of the span ("im Jahr 2019" → "Jahr 2019"), but it sets the modifier
// ("seit 2019" → ON_OR_AFTER, "bis 2030" → ON_OR_BEFORE); words that
// change the value are ("vor sechs Jahren", "Ende 2023").
//
// The finder is a byte scanner with word tables and no regular
// expressions; it runs in time linear in the text.
package period
