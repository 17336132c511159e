// Package parse is the text layer of finanztext: it finds German numerals,
// percentages and sentences in running news text and reports each with the
// exact byte span it came from.
//
//	for _, p := range parse.FindPercents("Der Umsatz stieg um 27 % gegenüber dem Vorjahr.") {
//		fmt.Println(p.Text, p.Value, p.Unit, p.Direction, p.Basis) // 27 % 27 percent up gegenüber dem Vorjahr
//	}
//
// # Spans
//
// Every match embeds a [Span]: half-open byte offsets [Start, End) into the
// caller's original string, never into a normalized copy, so that
// text[m.Start:m.End] == m.Text holds for every match on every input.
//
// # Numbers
//
// [FindNumbers] returns every numeral in a text as a [Number] with an exact
// decimal.Decimal value: digits ("1.234.567,89"), number words
// ("dreiundzwanzig", "eine halbe Milliarde"), scale words ("34,9
// Milliarden"), ranges ("20 bis 25"), ordinals ("3.", "dritte") and the
// qualifier in front ("rund", "bis zu"). [Decimal] parses a string that must
// be exactly one numeral.
//
// German writes a decimal comma and a grouping dot. A dot followed by exactly
// three digits groups thousands: "1.234" is 1234, never 1.234, and "1.099 €"
// is 1099; "1,234" is 1.234. Malformed grouping such as "1.23" or "1.2.3,4"
// is an [ErrSyntax] from Decimal rather than a guess. Only before a percent
// unit does a dot with one or two digits after it mark decimals, as in
// English-style "28.56 %" or "3.5 Prozent".
//
// Scale words follow German usage: Tsd. 10³, Mio. 10⁶, Mrd./Milliarde 10⁹,
// and Bio./Billion 10¹² (a German Billion is an English trillion, not 10⁹).
//
// # Percentages
//
// [FindPercents] finds percentages (%, Prozent, v. H.), percentage points,
// basis points and per mille as [PercentMatch] values, including word forms
// ("ein Prozent", "einen halben Prozentpunkt", "Fünf-Prozent-Hürde",
// "zehnprozentig") and ranges ("20–25 %"). It reads the [Direction] of a
// change from a sign or from the words of the same clause (stieg, legte …
// zu, Anstieg, Rückgang) and the basis of comparison ("gegenüber dem
// Vorjahr"). [FindPercentsWith] does the same with numbers already found by
// FindNumbers, and [ParsePercent] parses a string that must be exactly one
// percentage.
//
// # Sentences
//
// [Sentences] (and its iterator form [SentenceSeq]) splits text into
// sentence spans, aware of German abbreviations (z. B., Mio., Dr.),
// ordinals ("am 3. Mai"), dates, initials and quotations; a line break
// always ends a sentence.
//
// All functions are safe for concurrent use, keep no mutable global state,
// and run in time linear in the length of their input.
package parse
