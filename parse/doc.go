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
// Vorjahr"). The direction belongs to the change phrase ("um einen halben
// Prozentpunkt", from the clause's verb wherever it stands), never to a
// level ("auf 4,5 Prozent", "bei 2 Prozent"); a unit written once carries
// back in "von 2,9 auf 2,4 Prozent" and "6,6 (Vorjahr: 5,4) Prozent". [FindPercentsWith] does the same with numbers already found by
// FindNumbers (and validates them), [FindPercentsWithDoc] with a Doc
// already tokenized as well, and [ParsePercent] parses a string that must
// be exactly one percentage.
//
// # Sentences
//
// [Sentences] (and its iterator form [SentenceSeq]) splits text into
// sentence spans, aware of German abbreviations (z. B., Mio., Dr.),
// ordinals ("am 3. Mai"), dates, initials and quotations; a line break
// always ends a sentence.
//
// # Tokens and clauses: one text layer
//
// [Tokenize] (or [Doc.Reset] on a reused [Doc]) reads a text once into a
// [Doc] that other packages can read instead of scanning the bytes again
// (today the numeral scanner, given one ([FindNumbersWithDoc]), the
// percentage directions, quote's clause fallback and, when given one, the
// fact finder; entity, quote and period still tokenize for themselves):
// Doc.Tokens are small fixed-size [Token] records (byte span, [TokenKind],
// [Case], sentence and paragraph index, [TokenFlags] for hyphen and slash
// compounds, abbreviation stops, genitive -s candidates), Doc.Sentences
// equal [Sentences], and a line break ends a paragraph. A Doc keeps its
// memory across Resets, so tokenizing allocates nothing per token.
//
// [Doc.Clauses] builds, on first use, a shallow clause structure on the
// tokens: [Chunk] values (noun phrases with their head, determiner and the
// case/number/gender [Readings] the determiner allows; prepositional
// phrases with their preposition), clause bounds (commas with
// subordinators and relative pronouns, coordination, brackets, quotation
// marks, colons, dashes; brackets and quotations nest), and for each
// [Clause] its kind (main, subordinate, relative), finite verb, lexical
// verb, separable particle and subject under German word order: verb
// second ("Der Konzern senkte …"), inverted ("Am Dienstag sagte die Bank
// …"), verb final ("…, weil die Nachfrage sank") and a fronted object
// ("Die Vorwürfe wies der Vorstand zurück", decided by case and number
// agreement). [Doc.ClauseOf], [Doc.SubjectOf], [Doc.ChunkOf] and
// [Doc.ClauseChunks] answer the questions the finders above ask: who is
// the subject of this speech verb's clause, which phrases and which verb
// does this figure's clause hold. Closed word classes are tables; unknown
// words are read by their shape and position.
//
// All functions are safe for concurrent use, keep no mutable global state,
// and run in time linear in the length of their input.
package parse
