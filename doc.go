// Package finanztext reads German financial news and returns structured
// facts: numbers, amounts of money, percentages, organizations, persons,
// quotations with their speakers and time expressions, each with the exact
// byte span it came from.
//
// [Analyze] runs everything at once and returns a [Document]:
//
//	doc := finanztext.Analyze("Die Nordwind AG steigerte den Umsatz um 12 Prozent auf 3,4 Milliarden Euro.")
//	for _, a := range doc.Amounts {
//		fmt.Println(a.Text, a.Value, a.Currency) // 3,4 Milliarden Euro 3400000000 EUR
//	}
//
// For repeated use with options (extra gazetteer entries, the currency of a
// bare "Dollar", which kinds to extract) build an [Analyzer] once with [New];
// it is safe for concurrent use.
//
// Each kind of fact also has a package of its own that can be used alone:
//
//   - [github.com/finanztext/finanztext/parse]: spans, sentences, German
//     numerals ("34,9 Milliarden", "dreiundzwanzig") and percentages
//     ("27 %", "drei Prozentpunkte").
//   - [github.com/finanztext/finanztext/money]: amounts of money with an exact
//     value and an ISO 4217 currency ("rund 850 Mio. EUR").
//   - [github.com/finanztext/finanztext/entity]: organizations and persons
//     with canonical names, kinds and roles.
//   - [github.com/finanztext/finanztext/quote]: direct and reported speech
//     with its speaker.
//   - [github.com/finanztext/finanztext/period]: time expressions with
//     TIMEX3 values ("im dritten Quartal" → 2025-Q3, "im Vorjahr" → 2024),
//     resolved against a document date given to [Analyzer.AnalyzeAt].
//
// # How Analyze reads a text
//
// Each result is computed once and handed to the finders that build on it:
// the numerals (parse.FindNumbersWithDoc) go to the percentage, money and fact
// finders; the organization and person mentions with their resolved
// references ("das Unternehmen", "er") go to the quote and fact finders;
// the time expressions and quotations go to the fact finder, which reads
// them instead of finding them again.
//
// One tokenization of the text, a pooled parse.Doc (its sentences,
// paragraphs and tokens with kind, case and joint flags), is built whenever
// quotes or facts are asked for. The numeral scanner steps over the Doc's
// words that can start no numeral and reads the bytes only around the
// others; the fact finder reads its sentences and looks only at those that
// hold a figure; the quote finder reads the Doc's clauses through the
// entity recognizer's result. Three scanners walk the bytes themselves,
// because reading the shared tokens measured dearer for them: each must
// check a shared token's bytes again before trusting it as its own, and
// that check is the scan itself. They are the period finder (about 29M
// instructions against 19M on 600 KB of news), the quote finder (24M
// against 16M) and the entity recognizer, whose own byte scan (entity's
// fasttok.go) needs 2.4M fewer than deriving its tokens from the Doc's and
// gives exactly the same tokens (TestTokensFromParse, FuzzTokensFrom).
// Each reader keeps its own view of a word (lower-cased, looked up in its
// own vocabulary).
//
// Working memory (the parse.Doc, the entity recognizer's and the quote
// finder's state, the fact finder's state, the period finder's tokens and
// rule hits) is pooled and reused across calls; results are allocated
// fresh and belong to the caller, except that small decimal values are
// shared (decimal.Decimal cannot be changed through its API).
//
// Conventions shared by all packages: spans are half-open byte offsets into
// the caller's original string, so text[m.Start:m.End] == m.Text for every
// match; values are exact decimals (decimal.Decimal from
// github.com/shopspring/decimal), never floats; finders never fail and run in
// linear time; everything is safe for concurrent use.
//
// A [Document] marshals to the JSON object the command-line tool
// cmd/finanztext prints; see the repository README for the format.
package finanztext
