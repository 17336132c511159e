package entity

import "slices"

// Rules for organizations named by what they do: an unknown name as the
// subject of a verb only firms have ("Lichtblick verkauft Strom",
// "produzierte Winkhaus Beschläge") and a name after a noun of a
// business relation with "von" ("Kunde von Spezstroi", "Aktionäre von
// Nordholz").

// firmVerbs are verbs in the third person singular whose subject is a
// firm: a person produces, employs and turns over nothing in news.
//
// buildFirmVerbs returns the words of the table firmVerbs (generated: see the
// package's zz_generated_sets.go).
func buildFirmVerbs() map[string]bool {
	return map[string]bool{
		"produziert": true, "produzierte": true, "fertigt": true, "fertigte": true,
		"beschäftigt": true, "beschäftigte": true, "erwirtschaftet": true, "erwirtschaftete": true,
		"vertreibt": true, "vertrieb": true, "betreibt": true, "betrieb": true,
		"liefert": true, "lieferte": true, "verkauft": true, "verkaufte": true,
		"exportiert": true, "exportierte": true, "firmiert": true, "firmierte": true,
		"bilanziert": true, "bilanzierte": true, "verklagte": true, "übernahm": true, "übernimmt": true,
	}
}

// needsFirmObject are the firm verbs that people use too; they need an
// object only firms have: "übernahm … den Konkurrenten", "verklagte …
// den Hersteller".
//
// buildNeedsFirmObject returns the words of the table needsFirmObject (generated: see the
// package's zz_generated_sets.go).
func buildNeedsFirmObject() map[string]bool {
	return map[string]bool{"übernahm": true, "übernimmt": true, "verklagte": true, "verkauft": true, "verkaufte": true}
}

// relationNouns stand before "von" and a firm: "Kunde von X", "die
// Aktionäre von X", "der Partner von X".
//
// buildRelationNouns returns the words of the table relationNouns (generated: see the
// package's zz_generated_sets.go).
func buildRelationNouns() map[string]bool {
	return map[string]bool{
		"Kunde": true, "Kunden": true, "Aktionär": true, "Aktionäre": true, "Aktionären": true,
		"Partner": true, "Zulieferer": true, "Lieferant": true, "Lieferanten": true,
		"Großaktionär": true, "Hauptaktionär": true, "Eigentümer": true, "Übernahme": true,
	}
}

// actorNameWord reports whether token k is a capitalized word this file
// may take as an unknown name: not a known word, no stop word, role,
// title, given name or place, no common noun by its ending or head.
func (d *docState) actorNameWord(k int) bool {
	if !d.isUpperWord(k) || d.meta(k).id >= 0 || d.flag(k, wStop|wRole|wTitle|wGiven|wPlace|wLegalStart|wNonOrg) {
		return false
	}
	if d.nounLike(k) || d.roleAt(k) != nil || d.placeAdjective(k) {
		return false
	}
	_, _, head := d.headType(k)
	return !head
}

// firmActorAt: an unknown name without an article before a firm verb at
// the start of a clause ("Lichtblick verkauft auch Biogas"), or after
// such a verb that opens the clause after an adverbial ("Im Krieg
// produzierte Winkhaus Patronen"). A name after an article is a common
// noun ("Der Bäcker verkauft Brot"); a reflexive after the verb is no
// firm ("Brot verkauft sich").
func (d *docState) firmActorAt(i int) int {
	// Cheap tests first: a firm verb next to the word.
	v := -1
	switch {
	// (A firm verb: mayFirmVerb, inlined, then firmVerbAt.)
	case (d.toks[i].is(fSentStart) || i > 0 && d.isPunct(i-1, ",")) && d.mayFirmVerb(i+1) && d.firmVerbAt(i+1):
		v = i + 1
	case i > 0 && !d.toks[i-1].is(fSentStart) && d.mayFirmVerb(i-1) && d.firmVerbAt(i-1) && d.frontedBefore(i-1):
		v = i - 1
	default:
		return i
	}
	if !d.actorNameWord(i) || !d.freeFrom(i) || d.hyphenCont(i+1) {
		return i
	}
	if d.toks[i].is(fSentStart) && (frontedStarts.Value(d.word(i)) || sentenceAdverbs.Value(d.word(i))) {
		return i // "Also liefert …", "Heute produziert …"
	}
	if i > 0 && d.isWord(i-1) && (isDeterminer(d.str(i-1)) || d.toks[i-1].is(fUpper) && !d.toks[i].is(fSentStart)) {
		return i
	}
	k := i + 1 // the word after the verb and the name
	if v == i+1 {
		k = i + 2
	}
	if d.isWord(k) && d.str(k) == "sich" {
		return i
	}
	if needsFirmObject.Value(d.word(v)) && !d.firmObject(k) && !d.firmObject(k+1) && !d.firmObject(k+2) {
		return i
	}
	d.emitRuleOrg(i, i+1, Company)
	return i + 1
}

// firmObject reports whether token k is a head noun of an organization
// ("Konkurrenten", "Hersteller") or a product or good a firm sells
// ("Anteile", "Sparte").
func (d *docState) firmObject(k int) bool {
	if !d.isUpperWord(k) {
		return false
	}
	if _, _, ok := d.headType(k); ok {
		return true
	}
	switch d.str(k) {
	case "Anteile", "Anteil", "Sparte", "Mehrheit", "Geschäft", "Tochter", "Konkurrenten", "Rivalen":
		return true
	}
	return false
}

// relationOrgAt: an unknown name after a relation noun and "von" is a
// firm: "der größte Kunde von Spezstroi", "der Partner von Saperion".
// A name that goes on (a person's first and last name) is left to the
// person rules.
func (d *docState) relationOrgAt(i int) int {
	if i < 2 || !d.isWord(i-1) || !d.isWord(i-2) {
		return i
	}
	switch d.str(i - 1) {
	case "von":
		if !relationNouns.Value(d.word(i - 2)) {
			return i
		}
	case "an":
		// a stake in a firm: "übernimmt die Mehrheit an Suse" (not "Anteil
		// an Frauen", "Beteiligung an Gesprächen": no such noun here)
		switch d.str(i - 2) {
		case "Mehrheit", "Mehrheitsanteil", "Minderheitsanteil", "Mehrheitsbeteiligung",
			"Minderheitsbeteiligung", "Aktienpaket", "Aktienmehrheit":
			if !d.sentenceBiz(i) {
				return i // "die Mehrheit an Bord"
			}
		default:
			if !d.dealBefore(i-1, saleWords) {
				return i
			}
		}
	case "durch":
		// the buyer in a deal: "die Übernahme von Covestro durch Adnoc"
		if !d.dealBefore(i-1, dealNouns) {
			return i
		}
	default:
		return i
	}
	if !d.actorNameWord(i) || !d.freeFrom(i) || d.hyphenCont(i+1) || d.isUpperWord(i+1) && d.toks[i+1].is(fSpace) && !d.flag(i+1, wStop) {
		return i
	}
	d.emitRuleOrg(i, i+1, Company)
	return i + 1
}

// dealNouns name a purchase of a firm; "durch" after them names the
// buyer ("die Übernahme von Covestro durch Adnoc").
var dealNouns = []string{"Übernahme", "Kauf", "Erwerb", "Akquisition", "Aufkauf", "Komplettübernahme"}

// saleWords name a sale of a firm or a part of one; "an" after them and
// what was sold names the buyer ("verkauft seine Sparte an Jindal", "der
// Verkauf der Tochter an Jindal").
var saleWords = []string{"verkauft", "verkaufte", "verkaufen", "veräußert", "veräußerte", "veräußern", "Verkauf", "Veräußerung"}

// dealBefore reports whether a word of words stands at most six tokens
// before token p (the preposition), in its clause, with what changed hands
// between them: an organization or a firmObject ("Sparte", "Anteile"), so
// that "der Kauf wurde durch Zufall bekannt" names no buyer.
func (d *docState) dealBefore(p int, words []string) bool {
	object := false
	for k := p - 1; k >= 0 && p-k <= 6; k-- {
		if d.toks[k].kind == tkPunct {
			return false
		}
		if d.firmObject(k) || d.mentionEndingAt(k+1) != nil {
			object = true
		}
		if slices.Contains(words, d.str(k)) {
			return object
		}
		if d.toks[k].is(fSentStart) {
			return false
		}
	}
	return false
}

// frontedStarts open a sentence with an adverbial, after which the verb
// comes before its subject: "Im Winter produzierte Kalbhaus …".
//
// buildFrontedStarts returns the words of the table frontedStarts (generated: see the
// package's zz_generated_sets.go).
func buildFrontedStarts() map[string]bool {
	return map[string]bool{
		"Im": true, "In": true, "Während": true, "Nach": true, "Seit": true, "Vor": true, "Ab": true,
		"Bis": true, "Bei": true, "Zuvor": true, "Damals": true, "Heute": true, "Später": true,
		"Zunächst": true, "Anfangs": true, "Inzwischen": true, "Seither": true, "Jahrelang": true, "Lange": true,
	}
}

// frontedBefore reports whether the verb at v follows an adverbial that
// opens its sentence (at most eight tokens before it, no comma between),
// so that the word after the verb is its subject, not its object
// ("Sein Institut liefert Daten": "Daten" is the object).
func (d *docState) frontedBefore(v int) bool {
	for k := v - 1; k >= 0 && v-k <= 8; k-- {
		if d.isPunct(k, ",") {
			return false
		}
		if d.toks[k].is(fSentStart) {
			return d.isWord(k) && frontedStarts.Value(d.word(k))
		}
	}
	return false
}

// sentenceAdverbs open a sentence with a capital and are no names.
//
// buildSentenceAdverbs returns the words of the table sentenceAdverbs (generated: see the
// package's zz_generated_sets.go).
func buildSentenceAdverbs() map[string]bool {
	return map[string]bool{
		"Also": true, "Dann": true, "Nun": true, "Jetzt": true, "Zudem": true, "Außerdem": true,
		"Deshalb": true, "Daher": true, "Trotzdem": true, "Dennoch": true, "Gleichzeitig": true,
		"Bisher": true, "Derzeit": true, "Zuletzt": true, "Künftig": true, "Hier": true, "Dort": true,
		"Damit": true, "Somit": true, "Dabei": true, "Danach": true, "Darum": true, "Auch": true,
		"Erst": true, "Noch": true, "Schon": true, "Immer": true, "Oft": true, "Meist": true, "So": true,
	}
}
