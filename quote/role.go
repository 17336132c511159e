package quote

import (
	"strings"

	"github.com/finanztext/finanztext/entity"
)

// The role of a marked span in its clause: speech, or a name that fills a
// naming slot. classify asks these for the spans that are neither a full
// sentence nor introduced by an attribution.

// judgeVerbs are the forms of verbs of judging and labelling that govern a
// quoted fragment without being verbs of saying of their own: "hält den Plan
// für „…“", "sieht darin einen „…“", "stufte das Risiko als „…“ ein",
// "attestierte ihm „…“", "rechnet mit „…“". The verbs of saying
// (speechVerbs) govern fragments too; these add the ones that would be too
// loose as an attribution.
//
// buildJudgeVerbs returns the words of the table judgeVerbs (generated: see the
// package's zz_generated_sets.go).
func buildJudgeVerbs() map[string]bool {
	return map[string]bool{
		"hält": true, "hielt": true, "halten": true, "hielten": true, "halte": true,
		"sieht": true, "sah": true, "sehen": true, "sahen": true, "sehe": true,
		"wertet": true, "wertete": true, "werteten": true, "gewertet": true,
		"bewertet": true, "bewertete": true, "bewerteten": true,
		"stuft": true, "stufte": true, "stuften": true, "eingestuft": true,
		"attestiert": true, "attestierte": true, "attestierten": true,
		"tituliert": true, "titulierte": true, "titulierten": true,
		"verlangt": true, "verlangte": true, "verlangten": true,
		"rechtfertigt": true, "rechtfertigte": true, "rechtfertigten": true,
		"attackiert": true, "attackierte": true, "attackierten": true,
		"wirft": true, "warf": true, "werfen": true, "warfen": true, "vorgeworfen": true,
		"beurteilt": true, "beurteilte": true, "beurteilten": true,
		"prangert": true, "prangerte": true, "prangerten": true,
		"nennt": true, "nannte": true, "nannten": true,
		"spricht": true, "sprach": true, "sprachen": true, "gesprochen": true,
		"beschwört": true, "beschwor": true, "beschworen": true,
		"erklärte": true, "würdigte": true, "würdigt": true,
		"rechnet": true, "rechnete": true, "rechnen": true, "rechneten": true,
	}
}

// stanceNouns name a view held or a statement given by someone; "nach
// Ansicht von X", "nach Einschätzung der Polizei", "nach Angaben des
// Konzerns" make the clause a report of that view or statement.
//
// buildStanceNouns returns the words of the table stanceNouns (generated: see the
// package's zz_generated_sets.go).
func buildStanceNouns() map[string]bool {
	return map[string]bool{
		"Ansicht": true, "Meinung": true, "Auffassung": true, "Einschätzung": true,
		"Bewertung": true, "Überzeugung": true, "Darstellung": true, "Worten": true,
		"Lesart": true, "Sicht": true, "Urteil": true, "Beurteilung": true, "Schilderung": true,
		"Schilderungen": true, "Darstellungen": true, "Ausführungen": true,
		"Angaben": true, "Aussage": true, "Aussagen": true, "Erkenntnissen": true,
	}
}

// namingVerbs give something its name: "die sich selbst „…“ nennt", "der
// „…“ genannte Plan", "wie sie genannt wird".
//
// buildNamingVerbs returns the words of the table namingVerbs (generated: see the
// package's zz_generated_sets.go).
func buildNamingVerbs() map[string]bool {
	return map[string]bool{
		"nennt": true, "nennen": true, "nannte": true, "nannten": true, "genannt": true,
		"genannte": true, "genannten": true, "genannter": true, "heißt": true, "hieß": true,
		"getauft": true, "taufte": true, "tauften": true, "betitelt": true, "betitelte": true,
		"titulierte": true, "tituliert": true, "bezeichnet": true,
	}
}

// passiveAux are the forms of werden that make a participle passive.
//
// buildPassiveAux returns the words of the set passiveAux (generated: see the
// package's zz_generated_sets.go).
func buildPassiveAux() map[string]bool {
	return map[string]bool{"wird": true, "werden": true, "wurde": true, "wurden": true, "worden": true}
}

// glossWords introduce a translation or a gloss in brackets: "(etwa:
// „…“)", "(deutsch „…“)".
//
// buildGlossWords returns the words of the set glossWords (generated: see the
// package's zz_generated_sets.go).
func buildGlossWords() map[string]bool {
	return map[string]bool{
		"etwa": true, "übersetzt": true, "deutsch": true, "engl": true, "englisch": true,
		"wörtlich": true, "sinngemäß": true, "kurz": true, "auf": true, "Deutsch": true,
	}
}

// A clause reports speech when a verb of saying, a Konjunktiv of reported
// speech or laut/zufolge/so stands in its sentence (sentenceHasCue), or a
// verb of judging or labelling (judgeVerbs), or "nach Ansicht/Einschätzung
// …" (stanceNouns): judgedSentence asks for the last two.

// judgedSentence reports whether the sentence of the opening mark o holds
// a verb of judging or a stance noun after "nach", or opens with the view
// of a person ("Für die Ministerin ist …", forView).
func (d *doc) judgedSentence(o int) bool {
	s := d.sent(o)
	if d.forView(int(s.b), o).ok() {
		return true
	}
	for k := int(s.b); k <= int(s.e); k++ {
		t := &d.toks[k]
		if t.lex&lexQ != 0 || t.kind != tWord {
			continue
		}
		if judgeVerbs.Value(d.word(k)) {
			return true
		}
		// a separable verb of saying with its particle later in the
		// sentence: "wies … als „…“ zurück"
		if f, ok := d.verbAt(k, k == int(s.b)); ok && len(f.particles) > 0 {
			for m := k + 1; m <= int(s.e); m++ {
				if d.isWord(m) && d.toks[m].lex&lexQ == 0 && d.particleAt(m, f.particles) {
					return true
				}
			}
		}
		if stanceNouns.Value(d.word(k)) && (d.afterNach(k) || k > 0 && d.isWord(k-1) && (d.word(k-1) == "seiner" || d.word(k-1) == "ihrer")) {
			return true
		}
		if d.word(k) == "Rede" && d.speechTopic(k, int(s.b), int(s.e)) {
			return true
		}
	}
	return false
}

// speechTopic reports whether "Rede" at token k is "die Rede" of a clause
// that says what was spoken of, "von … die Rede" ("Von einem „…“ war die
// Rede", "ist die Rede von „…“"): "die Rede" ends its clause or "von"
// follows it, and a "von" or "vom" stands in the sentence [b, e].
func (d *doc) speechTopic(k, b, e int) bool {
	if k == 0 || !d.isWord(k-1) || d.word(k-1) != "die" && d.word(k-1) != "Die" {
		return false
	}
	// the predicate ends its clause or "von" follows it: not "Die Rede des
	// Kanzlers vom Montag"
	if k+1 <= e && d.isWord(k+1) && d.word(k+1) != "von" && d.word(k+1) != "vom" {
		return false
	}
	for j := b; j <= e; j++ {
		if d.isWord(j) && d.toks[j].lex&lexQ == 0 {
			if w := d.word(j); w == "von" || w == "Von" || w == "vom" || w == "Vom" {
				return true
			}
		}
	}
	return false
}

// afterNach reports whether the noun at token k follows "nach", directly
// ("nach Angaben der Polizei") or after one lower-case word, an article or
// an adjective ("nach eigenen Angaben", "nach den Worten des Ministers",
// "nach ersten Erkenntnissen"): the source phrase of a report.
func (d *doc) afterNach(k int) bool {
	for j := k - 1; j >= k-2 && j >= 0; j-- {
		if !d.isWord(j) {
			return false
		}
		if w := d.word(j); w == "nach" || w == "Nach" {
			return true
		}
		if !startsLower(d.word(j)) {
			return false
		}
	}
	return false
}

// namingSlot reports whether the span between the marks at o and c fills
// the naming slot of a phrase rather than reporting speech: a name given by
// a naming verb ("den alle „…“ nennen", "sich selbst „…“ nennt", "„…“, wie
// er genannt wird"), a naming noun before a colon ("(Motto: „…“)"), a gloss
// or translation in brackets after a name ("Jobbik („Bewegung für …“)"), or
// a span shaped like a proper name (a capitalized adjective before a
// capitalized noun: "„Neue Mitte“", "„Oberster Rat für …“").
func (d *doc) namingSlot(o, c int) bool {
	n := len(d.toks)
	// a naming verb right after a name-shaped span (capitalized or with an
	// article: "den alle „den Bagger“ nennen"; "die Lage „dramatisch“
	// nannte" judges)
	// nameLike; a span that ends its sentence is no name for a naming verb
	// of the next sentence ("„… bemüht.“ Nun heißt es im Bericht, …")
	nameLike := d.isWord(o+1) && (d.toks[o+1].upper || d.is(o+1, cDet)) && !d.innerEndsSentence(c)
	for k := c + 1; nameLike && k < n && k <= c+2; k++ {
		if !d.isWord(k) {
			break
		}
		if namingVerbs.Value(d.word(k)) {
			// "als „…“ bezeichnet wird" names; "hat … als „…“ bezeichnet"
			// judges
			if d.word(k) != "bezeichnet" || d.isWord(k+1) && passiveAux.Value(d.word(k+1)) {
				return true
			}
			break
		}
	}
	// known by a name: "das als „…“ bekannte Lager", "ist als „…“ bekannt"
	if d.isWord(o-1) && d.word(o-1) == "als" && d.isWord(c+1) && strings.HasPrefix(d.word(c+1), "bekannt") {
		return true
	}
	// "„…“, wie er (oft) genannt wird"
	if d.isPunct(c+1, ',') && d.isWord(c+2) && d.word(c+2) == "wie" {
		for k := c + 3; k < n && k <= c+7 && d.isWord(k); k++ {
			if namingVerbs.Value(d.word(k)) {
				return true
			}
		}
	}
	// "(Motto: „…“)", "Überschrift: „…“" (a sentence after the colon is
	// what the headline or the paper says)
	if d.isPunct(o-1, ':') && !d.innerEndsSentence(c) && d.isWord(o-2) && (d.is(o-2, cTitleNoun) || d.toks[o-2].upper && hasTitleSuffix(d.word(o-2))) {
		return true
	}
	// a naming verb before: "genannt „…“", "nennt man einen „…“",
	// "nennt sie sich „…“" (only pronouns between)
	if d.namingVerbBefore(o) {
		return true
	}
	// "„…“ – so werden sie genannt –", "„…“, so lautet der Titel"
	if (d.isPunct(c+1, ',') || d.isDash(c+1)) && d.isWord(c+2) && d.word(c+2) == "so" {
		if d.isWord(c+3) && (isLautet(d.word(c+3)) || isHeisst(d.word(c+3))) {
			return d.titleHead(npRange{c + 4, min(c+7, n)})
		}
		for k := c + 3; k < n && k <= c+14 && d.isWord(k); k++ {
			if namingVerbs.Value(d.word(k)) {
				return true
			}
		}
	}
	if d.titleSpan(o, c) || d.statusSlot(o) || d.performedTitle(o, c) || d.maximSlot(o) || d.labelledHead(o) || d.orgSpan(o, c) || d.subjectSlot(o, c) {
		return true
	}
	// a gloss in brackets: "X („…“)", "(etwa: „…“)", "(übersetzt etwa:
	// „…“)"
	k := o - 1
	if d.isPunct(k, ':') {
		k--
	}
	for g := 0; g < 2 && d.isWord(k) && glossWords.Value(d.word(k)); g++ {
		k--
	}
	// a translation: "bedeutet auf Zulu etwa „…“"
	if k < o-1 && d.meaningVerbBefore(k) {
		return true
	}
	if d.isPunct(k, '(') && k > 0 && (d.isWord(k-1) || d.toks[k-1].kind == tMark || d.isPunct(k-1, ')')) {
		// but a whole sentence in brackets after a person's name is what
		// the person said: "…, Eva Lang („Wir sind sehr froh.“), …"
		return !(k == o-1 && d.innerEndsSentence(c) && d.nameBeforeParen(o).ok())
	}
	return false
}

// predicateNoun reports whether the span opened at token o is a noun with
// an indefinite article after a copula, what the subject is said to be
// ("die Reform sei „ein Meilenstein“", "das Urteil ist „eine Zäsur“"), not
// a title or a name.
func (d *doc) predicateNoun(o int) bool {
	if !d.isWord(o-1) || !d.isWord(o+1) {
		return false
	}
	switch d.word(o + 1) {
	case "ein", "eine", "einen", "einem", "einer":
	default:
		return false
	}
	switch d.word(o - 1) {
	case "sei", "seien", "ist", "sind", "war", "waren", "wäre", "wären", "bleibe", "bleibt", "werde", "wird":
		return true
	}
	return false
}

// nameShape reports whether a short fragment (the words between the marks
// at o and c, not a sentence) is shaped and placed like a proper name: it
// starts with a capitalized word other than an article and stands in a
// close apposition after a common noun ("der Hurrikan „…“", "das
// Sparprogramm „…“"), opens a compound ("die „…“-Affäre"), or its words
// read as a name (properNameShape, nameWords).
func (d *doc) nameShape(o, c int) bool {
	// one adjective in marks before its noun: ein „grünes“ Lager
	if c == o+2 && d.isWord(o+1) && !d.toks[o+1].upper && d.isWord(c+1) && d.toks[c+1].upper &&
		hasAnySuffix(d.word(o+1), "e", "en", "er", "es", "em") {
		return true
	}
	// an article and capitalized words only: "zwischen „dem Guten“ und
	// „dem Bösen“", "eine Warnung an „den Westen“"
	if c-o > 2 && c-o <= 4 && d.isWord(o+1) && !d.toks[o+1].upper && d.is(o+1, cDet) && d.allWordsUpper(o+1, c) && !d.predicateNoun(o) {
		return true
	}
	if !d.isWord(o+1) || !d.toks[o+1].upper {
		return false
	}
	// a genitive attribute of the noun before: "Träger des „…“", "bei der
	// Tagung des „…“"
	// (not a genitive noun itself: "nach Auffassung des Gerichtes des „…“
	// schuldig")
	if d.isWord(o-1) && d.word(o-1) == "des" && d.isWord(o-2) && d.toks[o-2].upper && !d.is(o-2, cDet) &&
		!hasAnySuffix(d.word(o-2), "s") {
		return true
	}
	// the source of a report: "schreibt die „…“", "„…“ zufolge",
	// "berichtete das „…“"
	if k := o - 1; d.isWord(k) && d.is(k, cDet) && d.isWord(k-1) {
		if f, ok := d.verbAt(k-1, false); ok && f.finite && !f.part {
			return true
		}
	}
	if d.isWord(c+1) && d.word(c+1) == "zufolge" {
		return true
	}
	// the subject at the start of a sentence: "„…“ habe in seinen Liedern …"
	if o == int(d.sent(o).b) && d.isWord(c+1) && !d.toks[c+1].upper {
		return true
	}
	if d.is(o+1, cDet) {
		// "des Magazins „Der Spiegel“": an article and capitalized words
		// only is a title
		return c-o > 2 && d.allWordsUpper(o, c)
	}
	if d.mediumSlot(o) {
		return true
	}
	// a close apposition: a common noun right before the span names it
	// ("der Hurrikan „…“", "das Sparprogramm „…“")
	if k := o - 1; d.isWord(k) && d.toks[k].upper && d.toks[k].para == d.toks[o].para && k > int(d.sent(o).b) &&
		!d.is(k, cDet|cNotSpeaker|cPrep|cClauseStarter) && !d.personMentionAt(k) && pronounOf(d.word(k)) == pronNone {
		return true
	}
	// the first part of a compound: "die „…“-Affäre"
	if ce := int(d.toks[c].e); ce < len(d.text) && d.text[ce] == '-' {
		return true
	}
	return d.properNameShape(o, c) || d.nameWords(o, c)
}

// allWordsUpper reports whether every word between the marks at o and c
// is capitalized.
func (d *doc) allWordsUpper(o, c int) bool {
	for k := o + 1; k < c; k++ {
		if d.toks[k].kind == tWord && !d.toks[k].upper {
			return false
		}
	}
	return true
}

// mediumPreps place a medium or an outlet: "schrieb er in der „…“", "sagte
// sie im „…“", "für die „…“", "gegenüber der „…“", "sagte er bei «…»".
//
// buildMediumPreps returns the words of the set mediumPreps (generated: see the
// package's zz_generated_sets.go).
func buildMediumPreps() map[string]bool {
	return map[string]bool{"in": true, "im": true, "für": true, "gegenüber": true, "bei": true, "beim": true}
}

// mediumSlot reports whether the span opening at o names the medium in
// which a verb of saying of its clause was uttered: a preposition of place
// (mediumPreps), with its article, right before the span, and a verb of
// saying earlier in the clause ("schrieb X in einem Beitrag für die „…“").
func (d *doc) mediumSlot(o int) bool {
	k := o - 1
	if d.isWord(k) && d.is(k, cDet) {
		k--
	}
	if !d.isWord(k) || !mediumPreps.Value(d.word(k)) {
		return false
	}
	switch d.word(k) {
	case "im", "beim":
		if k != o-1 {
			return false // a contracted article: no other
		}
	case "in", "für":
		if k != o-2 {
			return false // "in der „…“"
		}
	} // "bei «Dynamo-TV»", "gegenüber der „Zeit“": with or without one
	b := int(d.sent(o).b)
	for m := k - 1; m >= b && !d.clauseBound(m); m-- {
		if !d.isWord(m) || d.toks[m].lex&lexQ != 0 {
			continue
		}
		if f, ok := d.verbAt(m, m == b); ok && f.plain && !judgeVerbs.Value(d.word(m)) {
			return true
		}
	}
	return false
}

// nameWords reports whether the words of the span read as a proper name:
// two or more words that are all capitalized ("Financial Times"), or one
// word that holds a digit ("Power8"), ends like a title ("…zeitung",
// "…woche") or is an organization or person the recognizer found.
func (d *doc) nameWords(o, c int) bool {
	words, upper := 0, 0
	last := -1
	for k := o + 1; k < c; k++ {
		if d.toks[k].kind != tWord {
			continue
		}
		words++
		last = k
		if d.toks[k].upper {
			upper++
		}
	}
	if words >= 2 {
		return upper == words
	}
	if words != 1 {
		return false
	}
	w := d.word(last)
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	if d.toks[last].upper && hasTitleSuffix(w) {
		return true
	}
	m := d.mentionAt(int(d.toks[last].s))
	return m != nil && m.Start <= int(d.toks[last].s) && m.End >= int(d.toks[last].e)
}

// properNameShape reports whether the span has a capitalized adjective
// (ending -e, -en, -er, -es, -em) right before another capitalized word:
// German capitalizes adjectives only in names ("Neue Ungarische Garde").
// A span ending a sentence is never a name.
func (d *doc) properNameShape(o, c int) bool {
	for k := o + 1; k+1 < c; k++ {
		if !d.isWord(k) || !d.toks[k].upper || !d.isWord(k+1) || !d.toks[k+1].upper {
			continue
		}
		if k == o+1 && d.is(k, cDet) {
			continue
		}
		w := d.word(k)
		if len(w) < 4 {
			continue
		}
		switch {
		case hasAnySuffix(w, "e", "en", "er", "es", "em"):
			return true
		}
	}
	return false
}

// hasAnySuffix reports whether w ends with one of suffixes.
func hasAnySuffix(w string, suffixes ...string) bool {
	for _, s := range suffixes {
		if len(w) > len(s) && w[len(w)-len(s):] == s {
			return true
		}
	}
	return false
}

// clauseGoverned reports whether the clause that holds the opening mark o
// (bounded by commas, colons, semicolons, dashes and the sentence) holds a
// verb of saying or judging, a Konjunktiv of reported speech or a stance
// noun after "nach": the clause itself reports speech, so that a
// capitalized fragment in it is a quoted word, not a name or a scare quote
// borrowed by a sentence whose report is elsewhere.
func (d *doc) clauseGoverned(o, c int) bool { return d.clauseReports(o, c, true) }

// clauseBound reports whether token k ends a clause: , ; : or a dash,
// outside quotations.
func (d *doc) clauseBound(k int) bool {
	t := &d.toks[k]
	if t.lex&lexQ != 0 || t.kind != tPunct {
		return false
	}
	switch d.text[t.s] {
	case ',', ';', ':':
		return true
	}
	w := d.text[t.s:t.e]
	return w == "–" || w == "—"
}

// foreignWords are function words of English, French, Spanish, Italian and
// Portuguese; germanWords are German ones. A fragment with the first and
// none of the second is a title or a name in another language ("„Have a
// nice day“", "„Correio da Manhã“"), not German speech.
//
// buildForeignWords returns the words of the table foreignWords (generated: see the
// package's zz_generated_sets.go).
func buildForeignWords() map[string]bool {
	return map[string]bool{
		"the": true, "of": true, "and": true, "at": true, "for": true, "on": true, "is": true,
		"with": true, "du": true, "le": true, "les": true, "et": true, "el": true, "los": true,
		"las": true, "del": true, "della": true, "il": true, "my": true, "your": true, "our": true,
		"we": true, "de": true, "Have": true, "The": true, "Le": true, "Les": true, "El": true, "Los": true, "Il": true,
	}
}

// buildGermanWords returns the words of the table germanWords (generated: see the
// package's zz_generated_sets.go).
func buildGermanWords() map[string]bool {
	return map[string]bool{
		"der": true, "die": true, "das": true, "und": true, "ist": true, "ein": true, "eine": true,
		"nicht": true, "zu": true, "mit": true, "in": true, "im": true, "von": true, "für": true,
		"auf": true, "den": true, "dem": true, "sich": true, "es": true, "wir": true, "sie": true,
		"Der": true, "Die": true, "Das": true, "Ein": true, "Eine": true, "Wir": true, "Es": true,
		"Ich": true, "ich": true, "sind": true, "war": true, "wird": true, "hat": true, "auch": true,
	}
}

// foreignFragment reports whether the words between the marks at o and c
// hold a foreign function word and no German one.
func (d *doc) foreignFragment(o, c int) bool {
	foreign := false
	for k := o + 1; k < c; k++ {
		if !d.isWord(k) {
			continue
		}
		w := d.word(k)
		if germanWords.Value(w) {
			return false
		}
		if foreignWords.Value(w) {
			foreign = true
		}
	}
	return foreign
}

// listIntro reports whether token k introduces a list of titles: "wie",
// "darunter", "etwa" or a colon.
func (d *doc) listIntro(k int) bool {
	if d.isPunct(k, ':') {
		return true
	}
	if !d.isWord(k) {
		return false
	}
	switch d.word(k) {
	case "wie", "darunter", "Darunter", "etwa", "namens":
		return true
	}
	return false
}

// labelSlot reports whether the span opened at o stands where a label or a
// judged word stands: after "als", after an indefinite article (with an
// adjective between), or after von/vor/zu ("sprach von „…“", "warnte vor
// „…“").
func (d *doc) labelSlot(o int) bool {
	k := o - 1
	if d.isWord(k) && !d.toks[k].upper && hasAnySuffix(d.word(k), "e", "en", "er", "es", "em") && !d.is(k, cDet) {
		k-- // an adjective: "einen schweren „…“"
	}
	if !d.isWord(k) {
		return false
	}
	switch d.word(k) {
	case "als", "ein", "eine", "einen", "einem", "einer", "eines", "von", "vor", "zu", "zur", "zum", "vom":
		return true
	}
	return false
}

// clauseHasVerb reports whether the clause of the span holds a verb of
// saying or judging itself, or the copula of a reported judgement (sei,
// wäre): another Konjunktiv alone is not enough for one capitalized word,
// which is often a name in a reported clause.
func (d *doc) clauseHasVerb(o, c int) bool { return d.clauseReports(o, c, false) }

// clauseReports scans the clause around the span between the marks at o
// and c (bounded by clauseBound and the sentence) for a verb of saying or
// judging; with anyReport also for any Konjunktiv form and a stance noun
// after "nach" (clauseGoverned), without it for the copula of a reported
// judgement, sei or wäre (clauseHasVerb).
func (d *doc) clauseReports(o, c int, anyReport bool) bool {
	s := d.sent(o)
	b, e := int(s.b), int(s.e)
	lo := max(o-1, b)
	for lo > b && !d.clauseBound(lo) {
		lo--
	}
	hi := min(c+1, e)
	for hi < e && !d.clauseBound(hi) {
		hi++
	}
	for k := lo; k <= hi; k++ {
		t := &d.toks[k]
		if t.lex&lexQ != 0 || t.kind != tWord {
			continue
		}
		w := d.word(k)
		if judgeVerbs.Value(w) {
			return true
		}
		if anyReport {
			if d.lx.infos[t.lex&lexMask].flags&lxSubjunctive != 0 ||
				stanceNouns.Value(w) && d.afterNach(k) {
				return true
			}
		} else {
			switch w {
			case "sei", "seien", "wäre", "wären":
				return true // a reported judgement: "das sei der „…“ gewesen"
			}
		}
		if f, ok := d.verbAt(k, k == b); ok && (f.plain || len(f.particles) > 0) {
			return true
		}
	}
	if anyReport && d.isPunct(lo, ',') && d.isWord(lo+1) && (d.word(lo+1) == "dass" || d.word(lo+1) == "ob") {
		// the complement of a verb of saying: "X prangerte an, dass die
		// „…“ zunehme" reports X's words; the verb ends the clause before
		return d.speechVerbBefore(lo)
	}
	return false
}

// speechVerbBefore reports whether the clause that ends before the comma at
// token cm holds a verb of saying ("sagte", "wies … hin", "gab … an").
func (d *doc) speechVerbBefore(cm int) bool {
	b := int(d.sent(cm).b)
	for k := cm - 1; k >= b && !d.clauseBound(k); k-- {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 {
			continue
		}
		if f, ok := d.verbAt(k, k == b); ok && (f.plain || d.particleAt(cm-1, f.particles)) {
			return true
		}
	}
	return false
}

// namingFillers may stand between a naming verb and the name it gives:
// "nennt sie sich „…“", "nennt man ihn „…“".
//
// buildNamingFillers returns the words of the table namingFillers (generated: see the
// package's zz_generated_sets.go).
func buildNamingFillers() map[string]bool {
	return map[string]bool{
		"man": true, "sich": true, "selbst": true, "sie": true, "er": true, "es": true,
		"ihn": true, "ihm": true, "ihr": true, "auch": true, "gern": true, "oft": true, "nur": true,
	}
}

// isDash reports whether token k is a dash outside quotations.
func (d *doc) isDash(k int) bool {
	if uint(k) >= uint(len(d.toks)) || d.toks[k].kind != tPunct {
		return false
	}
	w := d.text[d.toks[k].s:d.toks[k].e]
	return w == "–" || w == "—" || w == "-"
}

// performVerbs perform a work: a span right after "sang", "intonierte" is
// the title of a song, not speech.
//
// buildPerformVerbs returns the words of the set performVerbs (generated: see the
// package's zz_generated_sets.go).
func buildPerformVerbs() map[string]bool {
	return map[string]bool{
		"sang": true, "singt": true, "sangen": true, "singen": true, "gesungen": true,
		"intonierte": true, "intoniert": true, "intonierten": true, "anstimmte": true,
	}
}

// performedTitle reports whether a verb of performing follows the span
// between the marks at o and c ("in dem er „…“ sang"), or stands right
// before it ("sang sie „…“").
func (d *doc) performedTitle(o, c int) bool {
	return d.isWord(c+1) && performVerbs.Value(d.word(c+1)) || d.isWord(o-1) && performVerbs.Value(d.word(o-1))
}

// maximNouns name a saying nobody in the text said: "die Weisheit „…“",
// "getreu der Devise „…“".
//
// buildMaximNouns returns the words of the table maximNouns (generated: see the
// package's zz_generated_sets.go).
func buildMaximNouns() map[string]bool {
	return map[string]bool{
		"Weisheit": true, "Devise": true, "Maxime": true, "Redewendung": true, "Sprichwort": true,
		"Binsenweisheit": true, "Lebensweisheit": true, "Volksweisheit": true, "Leitspruch": true,
		"Wahlspruch": true, "Credo": true, "Bauernregel": true, "Redensart": true, "Losung": true,
	}
}

// maximSlot reports whether the span opening at o is the content of a
// maxim noun right before it, with or without a comma ("der Devise „…“",
// "die Weisheit, „…“").
func (d *doc) maximSlot(o int) bool {
	k := o - 1
	if d.isPunct(k, ',') {
		k--
	}
	return d.isWord(k) && maximNouns.Value(d.word(k))
}

// labelledHead reports whether the span opening at o is led by a label
// phrase with no verb in brackets, whose
// head is a title noun, before a colon: "(Überschrift auf der Startseite:
// „…“)".
func (d *doc) labelledHead(o int) bool {
	if !d.isPunct(o-1, ':') {
		return false
	}
	k := o - 2
	b := int(d.sent(o).b)
	for ; k >= b && k >= o-10; k-- {
		if d.isPunct(k, '(') {
			return d.isWord(k+1) && (d.is(k+1, cTitleNoun) || d.toks[k+1].upper && hasTitleSuffix(d.word(k+1)))
		}
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 {
			return false
		}
	}
	return false
}

// orgSpan reports whether the words between the marks at o and c are an
// organization's name: a mention of the recognizer covers them, or the
// last word is a legal form ("„con energy ag“").
func (d *doc) orgSpan(o, c int) bool {
	if c-o < 2 || !d.isWord(o+1) || !d.isWord(c-1) {
		return false
	}
	if legalForms.Value(d.word(c - 1)) {
		return true
	}
	s, e := int(d.toks[o+1].s), int(d.toks[c-1].e)
	m := d.mentionAt(s)
	return m != nil && m.Kind == entity.Organization && m.Start <= s && m.End >= e
}

// legalForms end the name of a company.
//
// buildLegalForms returns the words of the table legalForms (generated: see the
// package's zz_generated_sets.go).
func buildLegalForms() map[string]bool {
	return map[string]bool{
		"AG": true, "ag": true, "Ag": true, "GmbH": true, "gmbh": true, "SE": true, "KGaA": true,
		"Inc": true, "Inc.": true, "Ltd": true, "Ltd.": true, "PLC": true, "plc": true, "Corp": true,
		"Corp.": true, "KG": true, "eG": true, "e.V.": true, "LLC": true,
	}
}

// meaningVerbs give the meaning of a word: "bedeutet auf Zulu etwa „…“".
//
// buildMeaningVerbs returns the words of the set meaningVerbs (generated: see the
// package's zz_generated_sets.go).
func buildMeaningVerbs() map[string]bool {
	return map[string]bool{
		"bedeutet": true, "bedeuten": true, "bedeutete": true, "bedeuteten": true,
	}
}

// meaningVerbBefore reports whether a verb of meaning stands within three
// words before token k, in its clause.
func (d *doc) meaningVerbBefore(k int) bool {
	for m := k; m >= 0 && m >= k-3 && d.isWord(m); m-- {
		if meaningVerbs.Value(d.word(m)) {
			return true
		}
	}
	return false
}

// statusVerbs give a thing a status, not a view: "gilt als „…“".
//
// buildStatusVerbs returns the words of the set statusVerbs (generated: see the
// package's zz_generated_sets.go).
func buildStatusVerbs() map[string]bool {
	return map[string]bool{"gilt": true, "galt": true, "gelten": true, "galten": true, "gelte": true}
}

// statusSlot reports whether the span opening at o follows "als" after a
// verb of status within its clause ("gilt damit nicht als „…“"): a status,
// not a judgement somebody voiced.
func (d *doc) statusSlot(o int) bool {
	if !d.isWord(o-1) || d.word(o-1) != "als" || !d.isWord(o+1) || !d.toks[o+1].upper {
		return false
	}
	for k := o - 2; k >= 0 && k >= o-5 && d.isWord(k); k-- {
		if statusVerbs.Value(d.word(k)) {
			return true
		}
	}
	return false
}

// subjectSlot reports whether the span between the marks at o and c is the
// head of the noun phrase that opens its sentence, before its finite verb:
// "Das „…“ des Ministeriums gab … ab", "Auch das „…“ äußerte sich". Only
// an article, adverbs and lower-case attributes stand before the span, and
// after it at most a genitive or "von" phrase before a lower-case word. A
// quoted speaker's words are what the subject says, not the subject.
func (d *doc) subjectSlot(o, c int) bool {
	if !d.isWord(o+1) || !d.toks[o+1].upper || d.innerEndsSentence(c) {
		return false
	}
	b := int(d.sent(o).b)
	det := false
	for k := b; k < o; k++ {
		switch {
		case !d.isWord(k) || d.toks[k].lex&lexQ != 0:
			return false
		case d.is(k, cDet):
			det = true
		case d.is(k, cAdverb) || k == b && inLower(adverbs, d.word(k)) || !d.toks[k].upper && det:
		default:
			return false
		}
	}
	if !det {
		return false
	}
	k := c + 1
	if d.isWord(k) && (d.word(k) == "des" || d.word(k) == "der" || d.word(k) == "von") {
		// the attribute, with a place: "der Kulturbrauerei in Berlin"
		k++
		for n := 0; n < 6 && d.isWord(k) && (d.toks[k].upper || d.is(k, cDet|cPrep) || hasAnySuffix(d.word(k), "e", "en")); n++ {
			k++
		}
	}
	return d.finiteAfter(k)
}

// namingVerbBefore reports whether a naming verb stands within three words
// before the mark at o with nothing but pronouns and articles between, and
// the subject names itself or "man" names it: "genannt „…“", "nennt man
// einen „…“", "nennt sie sich „…“" (not "nannte sie „…“": a judgement).
func (d *doc) namingVerbBefore(o int) bool {
	for k := o - 1; k >= 0 && k >= o-3 && d.isWord(k); k-- {
		if !namingVerbs.Value(d.word(k)) {
			continue
		}
		self := k == o-1
		for m := k + 1; m < o; m++ {
			w := d.word(m)
			if !namingFillers.Value(w) && !d.is(m, cDet) {
				return false
			}
			self = self || w == "man" || w == "sich"
		}
		return self
	}
	return false
}

// acronymOf reports whether the noun phrase np (an attribution found in
// brackets after the span between the marks at o and c) is one word made
// of the initials of the span's words: every capitalized word gives its
// initial, a lower-case word may give its own ("„Confédération Européenne
// de Pétanque“ (CEP)", "„Verband der Pflegekräfte“ (VdP)", "„Union pour
// un mouvement populaire“ (UMP)"): the span defines a short name, it
// names no source. A span without a capitalized word defines none.
func (d *doc) acronymOf(o, c int, np npRange) bool {
	if !np.ok() || np.e != np.s+1 || !d.isWord(np.s) {
		return false
	}
	a := d.word(np.s)
	i, caps := 0, 0
	for k := o + 1; k < c; k++ {
		if !d.isWord(k) {
			continue
		}
		initial := d.text[d.toks[k].s]
		same := i < len(a) && asciiFold(initial) == asciiFold(a[i])
		if d.toks[k].upper {
			if !same || initial != a[i] {
				return false
			}
			caps++
		} else if !same {
			continue // a function word the acronym leaves out ("de", "der")
		}
		i++
	}
	return i == len(a) && i >= 2 && caps > 0
}

// asciiFold is b in lower case if it is an ASCII letter.
func asciiFold(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// viewVerbs are the finite verbs of a sentence that states a view held by
// the person after "Für" ("Für die Ministerin ist der Plan „…“").
//
// buildViewVerbs returns the words of the table viewVerbs (generated: see the
// package's zz_generated_sets.go).
func buildViewVerbs() map[string]bool {
	return map[string]bool{
		"ist": true, "war": true, "sind": true, "waren": true, "bleibt": true, "blieb": true,
		"sei": true, "wäre": true, "hält": true, "hielt": true, "steht": true, "stand": true,
		"gilt": true, "galt": true, "bedeutet": true, "bedeutete": true,
	}
}

// forView returns the person whose view the sentence opening at b states:
// "Für Minister X ist die Lage „…“", "Für die Anwältin war das ein „…“";
// the phrase after "Für" must name a person (or a role) and a verb of being
// or judging follow it before the token lim. Otherwise noNP.
func (d *doc) forView(b, lim int) npRange {
	k := d.skipStarters(b, lim)
	if !d.isWord(k) || d.word(k) != "Für" && d.word(k) != "für" {
		return noNP
	}
	np := d.grabNP(k+1, true)
	if !np.ok() || np.e >= lim || !d.personal(np) {
		return noNP
	}
	e := d.skipParen(np.e)
	if !d.isWord(e) || !viewVerbs.Value(d.word(e)) {
		return noNP
	}
	return np
}

// utteranceSuffixes end nouns of things said aloud or written as a call:
// "Parolen wie „…“", "Sprüche wie „…“", "Rufe wie „…“".
var utteranceSuffixes = []string{"parole", "parolen", "sprüche", "spruch", "rufe", "slogans", "losungen", "sprechchöre"}

// utteranceList reports whether the span opening at o is an item of a list
// of utterances: "skandierten Parolen wie „A“ oder „B“", "Sprüche wie zum
// Beispiel „…“". The items are what people called out, speech, unlike a
// list of titles ("Alben wie „A“ und „B“").
func (d *doc) utteranceList(o int) bool {
	k := o - 1
	// earlier items: „A“, „B“ oder „C“
	for n := 0; n < 8 && k > 0; n++ {
		if d.isPunct(k, ',') || d.isWord(k) && (d.word(k) == "und" || d.word(k) == "oder" || d.word(k) == "sowie") {
			k--
		}
		if k > 0 && d.toks[k].kind == tMark && d.toks[k].lex&lexQ == 0 && d.toks[k-1].lex&lexQ != 0 {
			if p := d.pairOf(k - 1); p >= 0 && p < len(d.pairTok) && d.pairTok[p][1] == k {
				k = d.pairTok[p][0] - 1
				continue
			}
		}
		break
	}
	if d.isWord(k) && d.word(k) == "Beispiel" && d.isWord(k-1) && d.word(k-1) == "zum" {
		k -= 2
	}
	if !d.isWord(k) || d.word(k) != "wie" || !d.isWord(k-1) {
		return false
	}
	n := k - 1
	if d.isWord(n-1) && d.is(n-1, cPrep) && d.isWord(n-2) && d.toks[n-2].upper {
		n -= 2 // "Parolen in Hebräisch wie „…“"
	}
	w := d.word(n)
	if !d.toks[n].upper {
		return false
	}
	for _, suf := range utteranceSuffixes {
		if len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return true
		}
	}
	return false
}

// titleSpan reports whether the words between the marks at o and c are
// shaped like the title of an event, a law, a medium or a coalition, not
// like speech (no sentence end inside): an ordinal first ("„22. Großer
// Preis …“"), a title noun followed by zur, zum or über ("„Gesetz zur
// Änderung …“"), a first word that ends like a medium ("„Rundschau
// am Sonntag“"), or one hyphenated word whose last part is a title noun
// ("„Jamaika-Bündnis“").
func (d *doc) titleSpan(o, c int) bool {
	if c-o < 2 || !d.isWord(o+1) || d.innerEndsSentence(c) {
		return false
	}
	w := d.word(o + 1)
	if w[0] >= '0' && w[0] <= '9' && d.isPunct(o+2, '.') && d.isWord(o+3) && d.toks[o+3].upper {
		return true // an ordinal: the 22nd edition of an event
	}
	if !d.toks[o+1].upper {
		return false
	}
	if c-o > 3 && d.is(o+1, cTitleNoun) && d.isWord(o+2) {
		switch d.word(o + 2) {
		case "zur", "zum", "über":
			return true // "Gesetz zur Änderung …" ("Titel ohne Wert" judges)
		}
	}
	if c-o > 3 && hasMediumSuffix(w) {
		return true
	}
	if c == o+2 {
		if h := strings.LastIndexByte(w, '-'); h > 0 && h+1 < len(w) && titleNouns.Value(w[h+1:]) {
			return true
		}
	}
	return false
}

// mediumSuffixes end the names of newspapers and broadcasters.
var mediumSuffixes = []string{"zeitung", "zeitschrift", "rundschau", "blatt", "magazin", "kurier",
	"anzeiger", "bote", "post", "nachrichten", "news", "times", "woche", "sender", "journal"}

// hasMediumSuffix reports whether the capitalized word w ends like the
// name of a medium ("Rundschau", "Abendzeitung").
func hasMediumSuffix(w string) bool {
	for _, suf := range mediumSuffixes {
		if len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return true
		}
	}
	return false
}
