// Package fact finds financial facts in German news text: which figure
// measures what, of whom, for which period, how it changed, and whether it
// is reported, forecast or estimated.
//
//	for _, f := range fact.Find(text, period.Ref{Date: published}) {
//		fmt.Println(f.Metric, f.Entity, f.Value.Value, f.Change.Direction, f.Period)
//	}
//
// A Fact joins what the lower packages find: an amount of money
// (package money), a percentage or a count (package parse), an
// organization (package entity) and a time expression (Input.Periods),
// around a metric word. Metrics form a closed list (Metric, whose String
// is the key of the command-line contract: "revenue", "net_income",
// "capex", …).
//
// # Metric words
//
// Metric words are a table (words.go) of nouns with their inflections
// ("Umsatz", "Umsätze", "Erlöse"), read also as the head of a compound
// ("Quartalsumsatz", "Konzernumsatz", "Ebit-Marge"), with a change
// ("Umsatzplus", "Gewinnrückgang") or an outlook ("Umsatzprognose"). A few
// need their neighbours: "operatives Ergebnis", "offene Aufträge", "freier
// Cashflow", "Ergebnis je Aktie", "Ergebnis vor Steuern", "unter dem
// Strich". Verbs name a metric themselves: "verdiente" (net income),
// "setzte … um" (revenue), "beschäftigt" (headcount), "übernimmt … für"
// (deal value), "hält … Prozent" and "ist an X mit … beteiligt" (stake),
// "investiert" (investment), "wird mit … bewertet" (valuation). A loss ("Verlust", "Fehlbetrag") is a
// negative value. Compounds that end like a metric but name something
// else ("Marktanteil", "Kursgewinn") are blocked in the table.
//
// # Figures and changes
//
// A figure belongs to the metric word of its clause (the stretch between
// commas, colons and dashes; brackets stay with their clause): the one
// right after it ("12.000 Mitarbeiter"), else the nearest before it, else
// the nearest after it (verb-final clauses: "25 Mrd. Dollar investieren").
// The words in front of a figure say what it is: "um 5 %" and "ein Plus
// von 5 %" are the change, "auf 3 Mrd." the value, "von 2 auf 3 Mrd." the
// earlier value, "nach 2 Mrd. ein Jahr zuvor" and "(Vorjahr: 2 Mrd.)" too.
// A percentage of a money metric is always its change. A clause without a
// metric word of its own shares the fact before it: "…, was einem Anstieg
// von 51 % entspricht" is that fact's change, and in "Die Erlöse stiegen
// um 5 %, das Ebit um 12 % auf 800 Mio. Euro" the second clause shares the
// verb (its direction) and status of the first, as does "die schwedische
// um 25 Basispunkte". A clause "im August waren es 2,2 %" or "2025 sollen es
// 14 Mrd. werden" repeats the metric before with its own period and
// status, as do "…, in Deutschland bei 3,9 %" and a pronoun ("…, im
// Ausland stieg er um 5 %"). A clause broken by an embedded one ("Der
// Umsatz stieg, wie der Konzern mitteilte, auf 5 Mrd. Euro", "…, so der
// Vorstand, …") goes on with the metric of its first part; a verbless
// clause after a comma or dash ("…, und zwar um 9 %", "…, diesmal um 0,25
// Punkte") or one opened by "er"/"sie" gives its figure to the metric of
// the clause before when that has none. Metric nouns joined by "und" or
// "sowohl … als auch" share a percentage ("Umsatz und Ebit stiegen jeweils
// um 5 %"). A second verb phrase of the same subject after "und" is a
// clause of its own when its verb is a modal, an auxiliary, a verb of
// outlook or one that names a metric ("Die Bank verdiente 1,2 Mrd. Euro
// und will 2.000 Stellen abbauen"): it takes no direction or status from
// the first, and its time does not go back to the figures before it
// ("Airbus lieferte 500 Flugzeuge aus und plant für 2026 …"); "… und
// rechnet für 2025 mit 3,5 Mrd. Euro" is the outlook for the metric
// before. The basis of a change is
// yoy, qoq or mom ("gegenüber dem Vorjahr", "Vorquartal", "ein Jahr
// zuvor").
//
// # Entity, period, status
//
// The entity is the organization of a genitive or "von"/"bei" after the
// metric ("der Umsatz von Siemens"), of a genitive before it
// ("Microsofts Umsatz"), of "bei X" in the clause, else the subject of
// the clause or sentence (an organization not after a preposition). A
// possessive, pronoun or definite description ("sein Umsatz", "der
// Konzern") takes the organization the entity package resolved it to
// (Input.Refs), else the company subject of the last three sentences; a
// bare "Der Umsatz" takes the company of the sentence before in the same
// paragraph; a figure inside a quotation belongs to the speaker's
// organization (Input.Quotes); as a last resort a company named elsewhere
// in the sentence. Research institutes, rating
// agencies and regulators report figures but do not own them. For a stake
// the entity is the holder and Target the company held; for a deal the
// buyer and the company bought. Macro figures (inflation, GDP,
// unemployment) take an entity only from their own sentence. The entity is
// empty when the text does not say.
//
// The period is a time expression of the clause, else of the sentence,
// else the one of the sentence before in the same paragraph; durations and
// comparison periods ("gegenüber dem Vorjahr", "über dem Vorjahr",
// "(Vorjahr: 0,9 Mrd. Euro)") are not, nor the time of a clause of another
// event ("…, nachdem es im Vorjahr noch einen Verlust …"). A sentence
// after a fact can give it its change ("Das entspricht einem Plus von 12
// Prozent") or repeat its rate for another time ("Im Oktober hatte die
// Rate noch bei 2,3 Prozent gelegen"). The status is
// Forecast in a clause of outlook (erwartet, Prognose, will, soll, peilt
// an, in Aussicht, "wird … steigen"), Estimate in a clause of analysts or
// consensus ("Analysten hatten mit … gerechnet", also in the sentence
// after the reported figure, which it then estimates), else Actual; a
// possibility ("könnte") is a forecast, a comparison ("übertraf die
// Prognosen") keeps the figure actual.
//
// Not facts: a figure with no metric word ("350 Besucher"), a figure in a
// wish, condition or open question ("Ich hoffe, dass … eine Billion Dollar
// verdient", "wenn", "wäre", "Sollte der Umsatz …", "…, wenn alle Werke
// ausgelastet wären", "Ob …"), a count of people at an event ("An dem
// Streik beteiligten sich 5.000 Beschäftigte"), a figure that only names a thing ("der 40-Tonner"),
// vague amounts ("einige Milliarden"), a share of a metric ("80 Prozent des
// Umsatzes"), a converted amount in brackets, a count in words ("zwei
// Mitarbeiter") or after a preposition of place ("in 220 Ländern"), a
// figure another one replaces ("um 0,5 statt 0,4 Prozent").
//
// Facts are ordered by Start. Spans are byte offsets into the caller's
// text: text[f.Start:f.End] == f.Text for every fact. The work is linear in
// the length of the text: only sentences that hold a figure are read word
// by word. Given Input.Doc (the text as parse.Tokenize split it, for a
// caller that has it anyway), FindWith takes the sentences and paragraphs
// from it instead of splitting the text again. Everything is safe for concurrent use.
package fact
