package quote

import (
	"slices"
	"strings"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/parse"
)

// attr is an attribution found next to a quote.
type attr struct {
	ok     bool
	np     npRange
	verb   int
	end    int // last token of the attribution
	plural bool
}

// adverbs may stand between a verb of saying and its subject or after it.
//
// buildAdverbs returns the words of the table adverbs (generated: see the
// package's zz_generated_sets.go).
func buildAdverbs() map[string]bool {
	return map[string]bool{
		"gestern": true, "heute": true, "damals": true, "später": true, "zudem": true,
		"auch": true, "bereits": true, "jetzt": true, "nun": true, "noch": true, "dann": true,
		"sogar": true, "weiter": true, "außerdem": true, "kürzlich": true, "einmal": true,
		"erneut": true, "abschließend": true, "zuvor": true, "anschließend": true, "daraufhin": true,
		"direkt": true, "offen": true, "einhellig": true, "begeistert": true, "resigniert": true,
		"lachend": true, "knapp": true, "wörtlich": true, "damit": true, "dabei": true, "hier": true,
		"schon": true, "zuletzt": true, "ebenfalls": true, "gleichzeitig": true, "allerdings": true,
		"jedoch": true, "aber": true, "etwa": true, "ausdrücklich": true, "deutlich": true,
		"scherzhaft": true, "selbstbewusst": true, "optimistisch": true, "vorsichtig": true,
		"nüchtern": true, "trocken": true, "stolz": true, "sichtlich": true, "mehrfach": true,
		"sich": true, "dazu": true, "zuversichtlich": true, "besorgt": true, "zufrieden": true,
	}
}

// objectPronouns stand between a verb and its inverted subject ("so
// nannte ihn der Minister").
//
// buildObjectPronouns returns the words of the set objectPronouns (generated: see the
// package's zz_generated_sets.go).
func buildObjectPronouns() map[string]bool {
	return map[string]bool{"ihn": true, "ihm": true, "ihr": true, "ihnen": true, "es": true, "sich": true, "dies": true, "das": true, "uns": true}
}

// soPrepositions may follow the speaker of "„…“, so X": "so Vereinschef
// Max Roth zu den Gründen", "so die Sprecherin gegenüber der Zeitung".
//
// buildSoPrepositions returns the words of the table soPrepositions (generated: see the
// package's zz_generated_sets.go).
func buildSoPrepositions() map[string]bool {
	return map[string]bool{"zu": true, "zum": true, "zur": true, "gegenüber": true, "im": true, "in": true, "bei": true, "beim": true, "am": true, "auf": true, "vor": true, "nach": true, "über": true, "mit": true}
}

// commentVerbs are verbs that are no verbs of saying but introduce the
// speaker of a quotation they follow with a comma, the subject after them
// ("„…“, erwartet Chefvolkswirt X.", "„…“, freute sich die Trainerin.",
// "„…“, befand das Gericht."): verbs of expecting, finding, feeling and
// commenting, in the third person present and preterite. Only in that
// place: elsewhere they govern no quotation ("Sie fand den Schlüssel").
//
// buildCommentVerbs returns the words of the set commentVerbs (generated: see the
// package's zz_generated_sets.go).
func buildCommentVerbs() map[string]bool {
	m := map[string]bool{}
	// weak verbs: the stem; forms stem+t, stem+te, stem+en, stem+ten
	for _, st := range []string{
		"erwart", "freu", "empör", "ärger", "wunder", "sorg", "lach", "stöhn", "ätz",
		"polter", "witzel", "frotzel", "läster", "wetter", "fürcht", "schätz", "rechn",
		"analysier", "beobacht", "sinnier", "philosophier", "räsonier", "droh", "tön",
		"frohlock", "triumphier", "beruhig", "rätsel", "staun", "kalkulier", "schmunzel",
		"grins", "unk", "bemerk", "notier", "zürn", "jammer", "prahl",
		"beschwer", "rechtfertig", "entschuldig", "bedank", "wehr", "mokier", "echauffier", "brüst",
		"pflicht", "diagnostizier", "sekundier", "insistier", "reagier", "wert", "bewert",
		"ordn", "hak",
	} {
		t := "t"
		if strings.HasSuffix(st, "t") || strings.HasSuffix(st, "d") || strings.HasSuffix(st, "chn") || strings.HasSuffix(st, "rdn") {
			t = "et"
		}
		en := "en"
		if strings.HasSuffix(st, "el") || strings.HasSuffix(st, "er") && !strings.HasSuffix(st, "ier") {
			en = "n"
		}
		m[st+t], m[st+t+"e"], m[st+en], m[st+t+"en"] = true, true, true, true
	}
	// strong and irregular verbs: present 3sg, preterite 3sg and their plurals
	for _, f := range []string{
		"findet", "fand", "finden", "fanden",
		"weiß", "wusste", "wissen", "wussten",
		"befindet", "befand", "befinden", "befanden",
		"entscheidet", "entschied", "entscheiden", "entschieden",
		"gesteht", "gestand", "gestehen", "gestanden",
		"bekennt", "bekannte", "bekennen", "bekannten",
		"hält", "hielt", "halten", "hielten",
		"schiebt", "schob", "schieben", "schoben",
		"schließt", "schloss", "schließen", "schlossen",
	} {
		m[f] = true
	}
	return m
}

// convictionAfter reads "ist (sich) X sicher", "ist X überzeugt" after a
// quotation: a copula at token j, the subject, and an adjective of
// conviction that ends the clause. It returns the subject and that last
// token, or noNP.
func (d *doc) convictionAfter(j int) (npRange, int) {
	if !d.isWord(j) {
		return noNP, -1
	}
	switch d.word(j) {
	case "ist", "war", "sind", "waren", "zeigt", "zeigte":
	default:
		return noNP, -1
	}
	k := j + 1
	for k < len(d.toks) && d.isWord(k) && (d.is(k, cAdverb) || dativePronoun(d.word(k))) {
		k++ // "sich", "auch"
	}
	np := d.grabNP(k, true)
	end := d.clauseEnd(j)
	if !np.ok() || np.e > end || !d.isWord(end) {
		return noNP, -1
	}
	switch d.word(end) {
	case "sicher", "überzeugt", "gewiss", "zuversichtlich", "optimistisch", "skeptisch":
		return np, end
	}
	return noNP, -1
}

// subordinateSpeech reports whether the quotation opened at token o stands
// in a subordinate clause that opens its sentence and has a verb of saying
// of its own before it ("Während die Ministerin erklärte, „…“, räumte der
// Polizeichef Fehler ein"): the verb after the quotation is the main
// clause's, and its subject did not say it.
func (d *doc) subordinateSpeech(o int) bool {
	b := int(d.sent(o).b)
	if !d.isWord(b) || o-b > 40 {
		return false
	}
	switch d.word(b) {
	case "Während", "Weil", "Obwohl", "Nachdem", "Wenn", "Bevor", "Sobald", "Falls", "Obgleich", "Indem", "Wobei":
	default:
		return false
	}
	for k := b + 1; k < o; k++ {
		if d.isWord(k) && d.toks[k].lex&lexQ == 0 {
			if f, ok := d.verbAt(k, false); ok && f.plain {
				return true
			}
		}
	}
	return false
}

// quoteFrontField reports whether the quotation opened at token o stands
// in the front field of its sentence, so that a verb right after it is the
// sentence's finite verb: it opens the sentence, or no comma stands between
// the sentence's start and it ("Der Bescheid sei „…“, pflichtete X bei").
// After a comma the quotation ends a clause inside the front field ("Auf
// den Vorwurf der Partei, es sei „…“, reagierte der Rat gelassen"), and the
// verb's subject did not say it.
func (d *doc) quoteFrontField(o int) bool {
	b := int(d.sent(o).b)
	for k := o - 1; k >= b && o-k < 40; k-- {
		if d.isPunct(k, ',') || d.toks[k].kind == tMark {
			return false
		}
		if k == b {
			return true
		}
	}
	return o <= b
}

// dativePronoun reports whether w is a personal pronoun in the dative or
// accusative that may stand between a verb and its inverted subject
// ("„…“, pflichtete ihm der Minister bei", "erklärte uns die Ärztin").
// "ihr" and "es" are left out: they also open or are a subject.
func dativePronoun(w string) bool {
	switch w {
	case "ihm", "ihn", "ihnen", "Ihnen", "uns", "mir", "mich":
		return true
	}
	return false
}

// afterAttribution looks for ", sagte X" / ", so X" after the closing mark
// at token c of the quotation opened at token o.
func (d *doc) afterAttribution(o, c int) attr {
	j := c + 1
	if j >= len(d.toks) || d.toks[j].para != d.toks[c].para {
		return attr{}
	}
	if d.subordinateSpeech(o) {
		return attr{} // "Während X erklärte, „…“, räumte Y ein": X said it
	}
	if a := d.bracketSource(c); a.ok {
		return a // "„…“ (Bundesbank)"
	}
	if d.isPunct(j, ',') || d.isDash(j) && d.isWord(j+1) && (d.word(j+1) == "mit" || d.word(j+1) == "so") {
		j++ // ("„…“ – mit diesen Worten …", "„…“ – so X")
	}
	if !d.isWord(j) {
		return attr{}
	}
	w := d.word(j)
	if w == "mit" {
		// "„…“, mit diesen Worten trat der Kanzler vor die Presse"
		end := d.clauseEnd(j)
		if np, v := d.withTheseWords(j, end); v >= 0 {
			return attr{ok: true, np: np, verb: v, end: max(np.e-1, end)}
		}
		return attr{}
	}
	if (w == "so" || w == "So") && d.isWord(j+1) {
		if f, ok := d.verbAt(j+1, false); ok && f.finite && (f.plain || d.particleAt(d.clauseEnd(j+1), f.particles)) {
			j++ // "„…“, so urteilte Romney"
			w = d.word(j)
			if m := j + 1; d.isWord(m) && d.is(m, cObjPronoun) && d.isWord(m+1) {
				// "„…“, so beschrieb ihn der Verbandschef"
				if np := d.grabNP(m+1, true); np.ok() && !d.is(np.s, cOblique) {
					return attr{ok: true, np: np, verb: j, end: max(np.e-1, d.clauseEnd(j))}
				}
			}
		}
	}
	// "„…“, lautet das Fazit der Ministerin", "„…“, so lautete die Antwort
	// von X": the owner of the noun of saying
	if lk := j; isLautet(w) || (w == "so" || w == "So") && d.isWord(j+1) && isLautet(d.word(j+1)) {
		if !isLautet(w) {
			lk = j + 1
		}
		if np := d.lautetOwner(lk + 1); np.ok() {
			return attr{ok: true, np: np, verb: lk, end: np.e - 1}
		}
	}
	if w == "so" || w == "So" && d.isPunct(j-1, ',') {
		np := d.grabNP(j+1, true)
		if !np.ok() {
			return attr{}
		}
		if d.isWord(np.e) && (d.word(np.e) == "der" || d.word(np.e) == "des") {
			// "so die Vorwürfe der Anwältin": a genitive ends the attribution
			if g := d.grabSubject(j + 1); g.e > np.e {
				np = g
			}
		}
		e := np.e
		if e < len(d.toks) && d.toks[e].kind == tWord && d.toks[e].para == d.toks[c].para && !d.is(e, cAdverb) && !(d.is(e, cSoPrep) && np.e-np.s >= 2) {
			return attr{} // "so" as an adverb: "so gut wie"
		}
		return attr{ok: true, np: np, verb: j, end: np.e - 1}
	}
	if isHeisst(w) || w == "so" && d.isWord(j+1) && isHeisst(d.word(j+1)) {
		// "„…“, hieß es in der Rede", "„…“, so heißt es in einer Erklärung des Betriebsrats"
		end := d.clauseEnd(j)
		if np := d.documentSource(j, end+1); np.ok() {
			return attr{ok: true, np: np, verb: j, end: end}
		}
		return attr{}
	}
	if w == "wollen" || w == "wollten" || w == "will" || w == "wollte" {
		// "„Wo ist meine Stimme?“, wollen die Demonstranten wissen."
		end := d.clauseEnd(j)
		if d.isWord(end) && d.word(end) == "wissen" {
			if np := d.grabNP(j+1, true); np.ok() && np.e <= end && !d.is(np.s, cOblique) {
				return attr{ok: true, np: np, verb: end, end: end, plural: w == "wollen" || w == "wollten"}
			}
		}
	}
	if np, end := d.convictionAfter(j); np.ok() && d.isPunct(c+1, ',') {
		return attr{ok: true, np: np, verb: j, end: end} // "„…“, ist sich X sicher"
	}
	if auxiliaries.Value(w) {
		// "„…“, hatte VW-Chef Winterkorn in einem Interview erklärt.",
		// "„…“, wird Anna Roth, Leiterin des Labors, zitiert."
		if end := d.participleEnd(j); end >= 0 {
			if np := d.grabNP(j+1, true); np.ok() && np.e <= end {
				return attr{ok: true, np: np, verb: end, end: end}
			}
		}
		return attr{}
	}
	f, ok := d.verbAt(j, false)
	if (!ok || !f.plain) && (w == "gibt" || w == "gab" || w == "geben" || w == "gaben") {
		// "„…“, gibt Ökonomin X zu bedenken"
		if end := d.clauseEnd(j); d.isWord(end) && d.word(end) == "bedenken" && d.isWord(end-1) && d.word(end-1) == "zu" {
			f, ok = verbForm{plain: true, finite: true, plural: w == "geben" || w == "gaben"}, true
		}
	}
	if (!ok || !f.plain) && d.isWord(j+1) && d.word(j+1) == "sich" {
		switch w {
		case "zeigte", "zeigt", "gibt", "gab":
			f, ok = verbForm{plain: true, finite: true}, true // „…“, zeigte sich X zufrieden; gab sich X kämpferisch
		case "zeigten", "zeigen", "geben", "gaben":
			f, ok = verbForm{plain: true, finite: true, plural: true}, true
		}
	}
	if !ok && d.isPunct(c+1, ',') && commentVerbs.Value(w) && d.quoteFrontField(o) {
		// "„…“, erwartet Chefvolkswirt X", "„…“, freute sich die Trainerin":
		// right after the quotation and its comma the verb takes it for
		// its object, the subject after it is the speaker
		f, ok = verbForm{plain: true, finite: true, plural: strings.HasSuffix(w, "n")}, true
	}
	if !ok || !f.finite {
		return attr{}
	}
	// "„X“ meldet Rekordzahlen": without a comma only after a full sentence
	if !d.isPunct(c+1, ',') && !d.innerEndsSentence(c) {
		return attr{}
	}
	end := d.clauseEnd(j)
	if !f.plain && !d.particleAt(end, f.particles) {
		return attr{}
	}
	k := j + 1
	for k < len(d.toks) && d.isWord(k) && (d.is(k, cAdverb) || dativePronoun(d.word(k))) {
		k++ // "„…“, pflichtete ihm die Ökonomin bei"
	}
	np := d.grabNP(k, true)
	if strings.HasPrefix(w, "zitier") {
		// "zitiert ndr.de Polizeisprecher Ralf Meyer", "zitierte die Zeitung den Manager X"
		for m := k; !np.ok() && m < k+4 && m <= end; m++ {
			np = d.grabNP(m, true)
		}
	}
	if !np.ok() {
		return attr{}
	}
	if strings.HasPrefix(w, "zitier") {
		// "zitiert die „Computerwoche“ Lynch", "zitiert die Agentur dpa
		// den Händler X": the person is the first phrase after the medium
		// that no preposition governs
		if np2 := d.objectAfter(np.e, end+1); np2.ok() {
			np = np2
		}
	}
	return attr{ok: true, np: np, verb: j, end: max(np.e-1, end), plural: f.plural}
}

// participleEnd returns the participle of a verb of saying that closes the
// sentence part after the auxiliary at token j ("hatte X in einem Interview
// erklärt", "wird X, Leiterin des Labors, zitiert", "wird X in der „Zeitung“
// zitiert"), or -1. An apposition between commas and a title in marks may
// stand before it; a clause end of another kind ends the search.
func (d *doc) participleEnd(j int) int {
	para := d.toks[j].para
	commas := 0
	for m := j + 1; m < len(d.toks) && m <= j+maxParticipleGap && d.toks[m].para == para; m++ {
		t := &d.toks[m]
		if d.isWord(m) {
			if t.lex&lexQ != 0 {
				continue
			}
			if f, ok := d.verbAt(m, false); ok && f.part {
				if n := m + 1; n >= len(d.toks) || d.toks[n].para != para || !d.isWord(n) {
					return m
				}
			}
			continue
		}
		switch {
		case d.isPunct(m, ','):
			if commas++; commas > 2 {
				return -1
			}
		case t.kind == tMark:
			// a title in marks: "in der „Kleinen Zeitung“"
		default:
			return -1
		}
	}
	return -1
}

// maxParticipleGap bounds how far participleEnd looks for the participle.
const maxParticipleGap = 16

// objectAfter returns the first noun phrase in tokens [i, lim) that no
// preposition governs, or noNP.
func (d *doc) objectAfter(i, lim int) npRange {
	for m := i; m < lim; m++ {
		if !d.isWord(m) || d.toks[m].lex&lexQ != 0 {
			continue
		}
		if d.is(m, cPrep) || d.is(m, cSoPrep) {
			if np := d.grabNP(m+1, false); np.ok() {
				m = np.e - 1
			}
			continue
		}
		if np := d.grabNP(m, true); np.ok() && np.e <= lim {
			return np
		}
	}
	return noNP
}

// clauseEnd returns the last token of the clause that token i starts or is
// in: up to , ; : . ! ? a quotation mark or the paragraph end.
func (d *doc) clauseEnd(i int) int {
	toks := d.toks // a local: the loop visits a clause's tokens
	n := len(toks)
	k := i
	lim := int(d.sent(min(i, n-1)).e)
	if k+1 >= n || k+1 > lim {
		return k
	}
	para := toks[i].para
	for k+1 < n && k+1 <= lim && toks[k+1].para == para {
		t := &toks[k+1]
		if t.kind == tWord {
			k++
			continue
		}
		if t.kind == tMark {
			break
		}
		if t.kind == tPunct {
			c := d.text[t.s]
			if c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')' {
				break
			}
			if c == '.' && d.isSentencePunct(k+1) {
				break
			}
		}
		k++
	}
	return k
}

// particleAt reports whether the word at token k is one of particles.
func (d *doc) particleAt(k int, particles []string) bool {
	if !d.isWord(k) {
		return false
	}
	return slices.Contains(particles, d.word(k))
}

// clauseStart returns the first token of the clause that ends before token
// i: after the previous , ; : sentence start, or quotation mark.
func (d *doc) clauseStart(i int, stopAtComma bool) int {
	b := int(d.sent(min(i, len(d.toks)-1)).b)
	k := i - 1
	for k >= b {
		t := &d.toks[k]
		if t.lex&lexQ != 0 || t.kind == tMark {
			// a quotation inside the clause belongs to it ("als „…“ bezeichnet")
			if t.kind == tMark && k > 0 && d.toks[k-1].lex&lexQ != 0 {
				pi := d.pairOf(k - 1)
				if o := d.pairTok[pi][0]; o < k && k-o <= 8 && !d.innerEndsSentence(k) {
					k = o - 1
					continue
				}
			}
			break
		}
		if t.kind == tPunct {
			c := d.text[t.s]
			if c == ';' || c == ':' || (c == ',' && stopAtComma) {
				break
			}
		}
		k--
	}
	return k + 1
}

// skipStarters skips conjunctions and adverbs that open a clause.
func (d *doc) skipStarters(i, limit int) int {
	for i < limit && d.isWord(i) {
		if d.is(i, cClauseStarter|cAdverb) {
			i++
			continue
		}
		w := d.word(i)
		if d.toks[i].upper && len(w) <= 40 {
			var buf [48]byte
			b := lowerFirst(buf[:0], w)
			if clauseStarters.ValueBytes(b) || adverbs.ValueBytes(b) {
				i++
				continue
			}
		}
		break
	}
	return i
}

// lowerFirst appends w with its first letter in lower case (A–Z, Ä, Ö, Ü).
func lowerFirst(b []byte, w string) []byte {
	switch {
	case w[0] >= 'A' && w[0] <= 'Z':
		b = append(b, w[0]+'a'-'A')
		return append(b, w[1:]...)
	case strings.HasPrefix(w, "Ä"):
		return append(append(b, "ä"...), w[len("Ä"):]...)
	case strings.HasPrefix(w, "Ö"):
		return append(append(b, "ö"...), w[len("Ö"):]...)
	case strings.HasPrefix(w, "Ü"):
		return append(append(b, "ü"...), w[len("Ü"):]...)
	}
	return append(b, w...)
}

// subjectBefore finds the speaker of a clause [cs, ce) that precedes a
// quotation: the subject of its (last) verb of saying, or, with no verb, a
// noun phrase heading the clause (weak).
func (d *doc) subjectBefore(cs, ce int, colon bool) (npRange, int, bool, bool) {
	if colon && ce-cs >= 3 && ce-cs <= 7 && d.toks[cs].kind == tMark && d.toks[cs+1].lex&lexQ != 0 && d.toks[cs+1].upper {
		// a press review: "„Le Monde“: „…“" (a name in marks alone before the colon)
		if pi := d.pairOf(cs + 1); pi >= 0 && d.pairTok[pi][0] == cs && d.pairTok[pi][1] == ce-1 && d.allWordsUpper(cs, ce-1) {
			return npRange{cs, ce}, -1, false, false
		}
	}
	verb := -1
	var vf verbForm
	for k := ce - 1; k >= cs; k-- {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 {
			continue
		}
		f, ok := d.verbAt(k, k == cs)
		if !ok && colon && isLautet(d.word(k)) {
			// "Der Aufruf lautete: „…“": the wording of a text, only
			// before a colon (a title "lautet „…“" is no quotation)
			f, ok = verbForm{plain: true, finite: true}, true
		}
		if !ok {
			continue
		}
		if !f.plain && !d.particleAt(d.clauseEnd(k), f.particles) {
			continue
		}
		verb, vf = k, f
		break
	}
	if verb >= 0 {
		if np := d.mainAfterWie(cs, verb, ce); colon && np.ok() {
			return np, -1, true, false
		}
		np := d.orClauseSubject(d.subjectOfVerb(cs, verb, ce), verb)
		if !np.ok() {
			// "ein Zettel, auf dem geschrieben stand:": no subject, the
			// document holds the words
			if doc := d.documentWording(cs, ce, ce); doc.ok() {
				return doc, -1, false, false
			}
		}
		return np, verb, false, vf.plural
	}
	if np := d.documentSource(cs, ce); np.ok() {
		return np, -1, false, false // "In dem Antrag heißt es:"
	}
	if !colon {
		return noNP, -1, false, false
	}
	if np := d.personBeforeColon(cs, ce); np.ok() {
		return np, -1, false, false // "…, und der Minister Jens Stoltenberg: „…“"
	}
	if np := d.utteranceObjectSubject(cs, ce); np.ok() {
		return np, -1, false, false // "veröffentlichte der Verfasser folgenden Kommentar:"
	}
	if np := d.documentWording(cs, ce, ce); np.ok() {
		return np, -1, false, false // "In dem Entwurf steht der Passus:"
	}
	s := d.skipStarters(cs, ce)
	np := d.grabSubject(s)
	if !np.ok() || !d.personal(np) {
		// "Den Unmut … brachte die Sprecherin …, Annette Widmann-Mauz, zum Ausdruck:"
		for k := s; k < ce; k++ {
			if !d.isWord(k) || !(d.toks[k].upper || d.is(k, cDet)) || k > s && d.isWord(k-1) && (d.toks[k-1].upper || d.is(k-1, cDet)) {
				continue
			}
			if np2 := d.grabNP(k, true); np2.ok() && np2.e <= ce && d.personal(np2) {
				return np2, -1, true, false
			}
		}
	}
	if !np.ok() {
		return noNP, -1, false, false
	}
	if np.e == ce && (np.s == 0 || d.toks[np.s-1].para != d.toks[np.s].para) && np.e-np.s <= 4 {
		return np, -1, false, false // a headline "Nagel: „…“"
	}
	if d.headlineTopic(np, ce) {
		return np, -1, false, false // a headline "Lagarde über die Inflation: „…“"
	}
	// headline "Nadella: „…“", or "X macht einen Vergleich:"
	if np.e == ce || d.isPunct(np.e, ':') || d.isWord(np.e) && !d.toks[np.e].upper ||
		d.isPunct(np.e, ',') && d.isWord(np.e+1) && !d.toks[np.e+1].upper && np.e-np.s >= 2 {
		if !d.personal(np) && d.isWord(np.e) && !d.toks[np.e].upper {
			// "Die Anwendung stellte der SPD-Vorsitzende Franz Müntefering in Frage:"
			if np2 := d.grabNP(np.e+1, true); np2.ok() && d.personal(np2) {
				return np2, -1, true, false
			}
		}
		return np, -1, true, false
	}
	return noNP, -1, false, false
}

// mainAfterWie reads a report nested in another: when the verb of saying
// at token verb ends a fronted "Wie X berichtet," clause opening at cs, the
// main clause after the comma tells who spoke ("Wie der Sender berichtet,
// gab Sprecher Paul Stein eine Antwort: „…“" → Paul Stein, not the
// sender): its subject after the finite verb, when it is a person. noNP
// otherwise.
func (d *doc) mainAfterWie(cs, verb, ce int) npRange {
	if !d.isWord(cs) || !strings.EqualFold(d.word(cs), "wie") || !d.isPunct(verb+1, ',') || !d.isWord(verb+2) {
		return noNP
	}
	k := verb + 3
	for k < ce && d.isWord(k) && d.is(k, cAdverb) {
		k++
	}
	np := d.grabNP(k, true)
	if !np.ok() || np.e > ce || d.is(np.s, cOblique) || !d.personal(np) {
		return noNP
	}
	return np
}

// onlyAdverbs reports whether tokens [a, b) are all adverbs or lower-case
// words of a verb-final clause ("wie Altman später sagte").
func (d *doc) onlyAdverbs(a, b int) bool {
	if b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		if !d.isWord(k) || d.toks[k].upper {
			return false
		}
		if !d.is(k, cAdverb) && !d.is(k, cClauseStarter) {
			// a verb-final subordinate clause may hold other words
			if b-a > 2 {
				return false
			}
		}
	}
	return true
}

// attribute finds the attribution of cands[i] when it has none yet.
func (d *doc) attribute(cands []cand, i int) {
	c := &cands[i]
	if c.np.ok() || c.kind != Direct {
		return
	}
	o := c.open
	if o < 0 {
		return
	}
	// before with a colon, or a comma: "X sagte: „…“", "Er sagte, „…“"
	if o > 0 && (d.toks[o-1].para == d.toks[o].para || d.isPunct(o-1, ':')) && (d.isPunct(o-1, ':') || d.isPunct(o-1, ',')) {
		colon := d.isPunct(o-1, ':')
		cs := int(d.sent(o - 1).b)
		// not before the end of an earlier quote in this sentence
		for j := i - 1; j >= 0; j-- {
			if cands[j].kind == Direct && cands[j].close >= 0 && cands[j].close < o && cands[j].close >= cs {
				cs = cands[j].close + 1
				break
			}
		}
		if !colon {
			cs = d.clauseStart(o-1, true)
			// "„…“, sagte X, „…“": the same speaker around
			if i > 0 && cands[i-1].kind == Direct && cands[i-1].np.ok() && cands[i-1].verbTok >= 0 && cands[i-1].verbTok >= cs-1 && cands[i-1].close < o {
				c.carry = i - 1
				c.outer.s = min(c.outer.s, cands[i-1].outer.s)
				return
			}
		}
		np, verb, weak, plural := d.subjectBefore(cs, o-1, colon)
		if obj := d.quotedObject(np, verb, o-1); obj.ok() {
			np, weak = obj, false // "Die Zeitung zitierte den Vorstandschef mit den Worten:"
		}
		if np.ok() {
			c.np, c.verbTok, c.weak, c.plural = np, verb, weak, plural
			c.outer.s = min(c.outer.s, int(d.toks[min(np.s, max(verb, np.s))].s))
			return
		}
		if verb >= 0 {
			c.verbTok = verb
			// "„…“, und fügt hinzu: „…“": the speaker of the quote before
			if i > 0 && cands[i-1].kind == Direct && cands[i-1].close >= 0 && cands[i-1].close < o && cs > 0 && cands[i-1].close >= cs-1 {
				c.carry = i - 1
				return
			}
		}
	}
	// a quotation in brackets after a name: "…, Anna Weber („Wir sind bereit.“), …"
	if np := d.nameBeforeParen(o); np.ok() {
		c.np = np
		return
	}
	// the headline form with the speaker after: "„…“: Klinikchef X warnt …"
	if np := d.headlineSpeaker(o, c.close); np.ok() {
		c.np = np
		return
	}
	// a quote inside a sentence with a verb of saying
	b, e := int(d.sent(o).b), int(d.sent(o).e)
	if np, k := d.soAttribution(b, e); np.ok() && !d.colonBetween(c.close, k) {
		c.np, c.verbTok = np, k
		return
	}
	if np, k := d.sourcePhraseNear(b, e, o); np.ok() {
		c.np, c.verbTok = np, k
		return
	}
	if np := d.forView(b, o); np.ok() {
		c.np = np // "Für die Ministerin ist der Plan „…“"
		return
	}
	if np := d.wonachSubject(b, o); np.ok() {
		c.np = np // "…, wonach der Minister X den Ländern die Schuld gibt, deren „…“"
		return
	}
	if np := d.speechNounOwner(b, o, e); np.ok() {
		c.np = np // "Auf den Vorwurf der Partei, es handele sich um „…“"
		return
	}
	if np, k := d.heisstSource(b, e); np.ok() {
		c.np, c.verbTok = np, k
		return
	}
	if np := d.topicSource(b, e); np.ok() {
		c.np = np // "In dem Schreiben war von einem „…“ die Rede"
		return
	}
	best := -1
	for k := b; k <= e; k++ {
		if d.toks[k].lex&lexQ != 0 || !d.isWord(k) {
			continue
		}
		f, ok := d.verbAt(k, k == b)
		if !ok {
			continue
		}
		if !f.plain && !d.particleAt(d.clauseEnd(k), f.particles) && !d.particleAcross(k, e, f.particles) {
			continue
		}
		if k < o {
			best = k
		} else if best < 0 {
			best = k
			break
		}
	}
	if best < 0 {
		// no verb of saying: a verb of judging governs the fragment
		// ("hält … für „…“", "als „…“ eingestuft", "beurteilte … als „…“")
		for k := b; k <= e; k++ {
			if d.toks[k].lex&lexQ != 0 || !d.isWord(k) || !judgeVerbs.Value(d.word(k)) {
				continue
			}
			if k < o {
				best = k
			} else if best < 0 {
				best = k
				break
			}
		}
	}
	if best < 0 {
		if np := d.documentWording(b, e+1, o); np.ok() {
			c.np = np // "Auf dem Transparent war die Parole „…“ zu lesen"
			return
		}
		if np, v := d.nextSentenceAttribution(c.close); np.ok() {
			c.np, c.verbTok = np, v
			return
		}
		if np := d.colonSpeakerAfter(o, c.close); np.ok() {
			c.np = np // "„…“ Bürgermeisterin X zog Bilanz: Die Stadt habe versagt."
			return
		}
		// "… sollte „…“ schaffen. Von diesem Versprechen des Präsidenten X …"
		if nb := e + 1; nb < len(d.toks) && d.toks[nb].para == d.toks[e].para && int(d.sent(nb).b) == nb {
			if np := d.demonstrativeOwner(nb, int(d.sent(nb).e)); np.ok() {
				c.np = np
				return
			}
		}
		if np := d.sentenceSubject(o); np.ok() {
			c.np, c.weak = np, true
		}
		return
	}
	c.verbTok = best
	limit := e + 1
	if best < o {
		limit = o // prefer a subject before the quotation
	}
	c.np = d.subjectOfVerb(b, best, limit)
	if !c.np.ok() && best < o {
		c.np = d.subjectOfVerb(b, best, e+1)
	}
	c.np = d.orClauseSubject(c.np, best)
	if obj := d.quotedObject(c.np, best, min(o, e+1)); obj.ok() {
		c.np = obj // "Reuters zitierte den Minister mit den Worten, der Plan sei „…“"
	}
	if g := d.gappedSubject(best, o, c.close); g.ok() {
		c.np = g // "Der Betriebsrat spricht von einem „Kahlschlag“, das Management von einer „…“"
	}
	if u := d.coordinatedVerb(b, best); u > b && (!c.np.ok() || c.np.s > best) {
		// "… zogen die Demonstranten durch die Stadt und skandierten
		// dabei Parolen …": the verb after "und" shares the subject of the
		// first conjunct (what follows it is its object)
		if np := d.orClauseSubject(noNP, u-1); np.ok() {
			c.np = np
		}
	}
	if c.np.ok() && c.np.s <= c.close && c.np.e > c.open {
		c.np = noNP // the quotation is not its own speaker
	}
	if best < o && c.np.ok() && !d.personal(c.np) && !d.orgMentionIn(c.np) {
		// "X kritisiert, die Aktion erinnere „…“": the verb of the reported
		// clause has a thing for subject; the speaker is X
		for k := best - 1; k >= b; k-- {
			if !d.isWord(k) || d.toks[k].lex&lexQ != 0 {
				continue
			}
			if f, ok := d.verbAt(k, k == b); ok && f.plain {
				if np := d.subjectOfVerb(b, k, best); np.ok() && d.personal(np) {
					c.np, c.verbTok = np, k
				}
				break
			}
		}
	}
}

// subjectOfVerb finds the subject of the verb of saying at token verb in
// the sentence part starting at cs; a subject after the verb must start
// before token limit.
func (d *doc) subjectOfVerb(cs, verb, limit int) npRange {
	s := d.skipStarters(cs, verb)
	// "Als Begründung sagte ein Wissenschaftler": a phrase with "als", not a subject
	asPhrase := d.isWord(cs) && strings.EqualFold(d.word(cs), "als") && (!d.isPunct(verb+1, ',') || d.auxSecond(cs, verb))
	if np := d.ownSubjectAfterUnd(s, verb); np.ok() {
		return np // "Die Gäste klatschten und der Sprecher rief:"
	}
	if s < verb && !asPhrase {
		// the whole opening phrase, appositions included
		if np := d.grabSubject(s); np.ok() && np.e < verb && d.ppTail(np.e, verb) && d.canSpeak(np) && !d.is(np.s, cOblique) {
			return np // "Das Komitee in Oslo würdigte …"
		}
		if np := d.grabSubject(s); np.ok() && (np.e == verb || np.e+1 == verb && d.isPunct(np.e, ',')) {
			if np2 := d.namedAfterVerb(np, verb, limit); np2.ok() {
				return np2 // "Vorsichtiger äußerte sich Thomas Reiter:"
			}
			if np2 := d.frontedObject(np, verb, limit); np2.ok() && np.e == verb {
				return np2 // "Die Vorwürfe wies der Vorstand zurück:"
			}
			return np
		}
		// "Miroslav Klose, der … sah, nannte"
		if np := d.grabSubject(s); np.ok() && d.isPunct(np.e, ',') && d.isWord(np.e+1) && d.is(np.e+1, cRelPronoun) && d.commaBeforeVerb(verb) {
			if np2 := d.frontedObject(np, verb, limit); np2.ok() {
				return np2 // "Die Mönche, die …, beschrieb die Agentur als „…“"
			}
			return np
		}
	}
	if np := d.appositionSubject(cs, s, verb); np.ok() {
		return np
	}
	lc0 := d.clauseStart(verb, true)
	lc := d.skipStarters(lc0, verb)
	if lc0 < verb && d.isPunct(lc0-1, ',') && d.isWord(lc0) && d.is(lc0, cRelPronoun) {
		// "…, der diese Maßnahme als „…“ sieht": the relative pronoun is
		// the subject; the speaker is the phrase it refers to
		if np := d.relativeAntecedent(lc0, verb); np.ok() {
			return np
		}
	}
	if lc0 < verb && d.isPunct(lc0-1, ',') && d.isWord(lc0) && (d.is(lc0, cRelPronoun) || d.word(lc0) == "den") && d.isWord(lc0+1) &&
		(d.toks[lc0+1].upper || nominativeArticles.Value(d.word(lc0+1)) || d.word(lc0+1) == "ein" || d.word(lc0+1) == "eine") {
		// "…, die Gerhard Schröder … erklärt hatte:", "…, den die
		// Ministerin als „…“ bezeichnet": the subject after the pronoun
		if np := d.grabSubject(lc0 + 1); np.ok() && np.e < verb && (d.personal(np) || d.canSpeak(np) && !d.toks[lc0+1].upper) {
			return np
		}
	}
	if !asPhrase && lc0 < lc && d.isWord(lc0) && d.isLower(lc0, cSubordLower) && lc < verb {
		// "…, weil die US-Regierung Georgien als „…“ bezeichnet hat"
		if np := d.grabSubject(lc); np.ok() && np.e <= verb && !d.is(np.s, cOblique) {
			return np
		}
	}
	if lc < verb && !(asPhrase && lc == s) {
		if np := d.grabSubject(lc); np.ok() && np.e <= verb && d.onlyAdverbs(np.e, verb) {
			return np
		}
	}
	// "Die Firma bestätigte das nicht und nannte es …": the subject of the first verb
	if d.isWord(verb-1) && d.word(verb-1) == "und" && s < verb {
		if d.isLower(cs, cSubordLower) {
			// "Als …, biss der Randalierer den Fluggast und rief:"
			if cm := d.nextComma(cs, verb); cm > 0 && cm+2 < verb && d.isWord(cm+1) && !d.toks[cm+1].upper {
				if np := d.grabNP(cm+2, true); np.ok() && np.e < verb {
					return np
				}
			}
		} else if np := d.grabSubject(s); np.ok() && np.e < verb && d.isWord(np.e) && !d.toks[np.e].upper && !d.is(np.e, cDet) && !d.is(np.e, cPrep) {
			return np
		} else if np := d.invertedSubject(cs, verb-1, true); np.ok() {
			// "In seiner Rede lobte der Minister X den Plan und nannte ihn „…“"
			return np
		}
	}
	// "hatte Bundeskanzlerin Angela Merkel … verkündet", "biss der Randalierer … und rief"
	for k := cs; k < verb; k++ {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 {
			continue
		}
		if !d.is(k, cAux) && !(k == lc && !d.toks[k].upper && !d.is(k, cClauseStarter|cPrep|cDet)) {
			continue
		}
		if f, ok := d.verbAt(verb, false); ok && f.part && passiveAux.Value(d.word(k)) && !strings.HasPrefix(d.word(verb), "zitiert") {
			break // a passive: what follows "wird" was said or named (passiveAgent); "wird X zitiert" names the speaker
		}
		m := k + 1
		for m < verb && d.isWord(m) && d.is(m, cAdverb) {
			m++
		}
		if np := d.grabNP(m, true); np.ok() && np.e <= verb {
			if d.is(np.s, cOblique) && k > s && d.is(k, cAux) {
				// "Die Regierung hatte den Bericht … zurückgewiesen": an
				// object after the auxiliary, the subject before it
				if sub := d.grabSubject(s); sub.ok() && sub.e == k {
					return sub
				}
			}
			if !d.is(k, cAux) && d.isWord(np.s) && d.is(np.s, cOblique) {
				break // "X, Y, dankte den Helfern und ergänzte": the object of the first verb
			}
			return np
		}
		break
	}
	if np := d.passiveAgent(cs, verb); np.s != -2 {
		return np
	}
	k := verb + 1
	for k < len(d.toks) && d.isWord(k) && d.is(k, cAdverb) {
		k++
	}
	if k < limit {
		if np := d.grabNP(k, true); np.ok() && !d.is(np.s, cOblique) {
			if s < verb && !d.personal(np) {
				// "Kurt von Figura, Präsident …, begrüßte die Entscheidung"
				if first := d.grabSubject(s); first.ok() && first.e < verb && d.personal(first) && !d.isLower(cs, cSubordLower) {
					return first
				}
			}
			return np
		}
	}
	// "Stoiber hatte … betont:": the opening phrase before a finite verb
	// (not an "als" phrase: "Als Grund wurde angegeben, …" has no subject)
	if s < verb && !d.isLower(cs, cSubordLower) && !asPhrase {
		if np := d.grabNP(s, true); np.ok() && np.e < verb && d.finiteAfter(np.e) {
			return np
		}
	}
	return noNP
}

// auxSecond reports whether the clause opening with "als" at token cs puts
// an auxiliary right after the phrase that follows "als" and before the verb
// at token verb: verb-second order, so "als" heads a phrase ("Als Grund
// wurde angegeben, …", "Als Begründung hatte der Vorstand erklärt, …"), not
// a subordinate clause, whose finite verb comes last ("Als der Minister
// erklärte, …").
func (d *doc) auxSecond(cs, verb int) bool {
	np := d.grabNP(cs+1, false)
	return np.ok() && np.e < verb && d.isWord(np.e) && d.is(np.e, cAux)
}

// namedAfterVerb returns the named person after the verb when the phrase
// np before it is one capitalized word that names nobody: an adverb or a
// comparative opening the sentence ("Vorsichtiger äußerte sich Thomas
// Reiter", "Deutlicher wurde die Analystin Eva Roth"). The subject after
// the verb must start before limit and hold a person's name.
func (d *doc) namedAfterVerb(np npRange, verb, limit int) npRange {
	if np.e-np.s != 1 || np.e != verb || !d.toks[np.s].upper || d.is(np.s, cDet) ||
		d.mentionAt(int(d.toks[np.s].s)) != nil || d.personal(np) {
		return noNP
	}
	k := verb + 1
	for k < limit && d.isWord(k) && d.is(k, cAdverb) {
		k++
	}
	if k >= limit {
		return noNP
	}
	np2 := d.grabNP(k, true)
	if !np2.ok() || np2.e > limit || d.is(np2.s, cOblique) {
		return noNP
	}
	for j := np2.s; j < np2.e; j++ {
		if d.isWord(j) && d.toks[j].upper && (d.personMentionAt(j) || d.lx.infos[d.toks[j].lex&lexMask].flags&(lxMale|lxFemale) != 0) {
			return np2
		}
	}
	return noNP
}

// finiteAfter reports whether a finite verb seems to follow a noun phrase
// ending at token e: a lower-case word that is no article or preposition,
// possibly after the comma closing an apposition.
func (d *doc) finiteAfter(e int) bool {
	if d.isPunct(e, ',') {
		e++
	}
	return d.isWord(e) && !d.toks[e].upper && !d.is(e, cDet) && !d.is(e, cPrep) && !d.is(e, cRelPronoun)
}

// sentenceSubject returns the noun phrase opening the sentence of token o
// when a finite verb follows it: a weak guess at the speaker of a quote in
// a sentence without a verb of saying.
func (d *doc) sentenceSubject(o int) npRange {
	b := d.afterLabel(int(d.sent(o).b), o)
	s := d.skipStarters(b, o)
	if np := d.subjectAfterSubjunctive(s, o); np.ok() {
		return np
	}
	if d.isWord(b) && d.isLower(b, cSubordLower) {
		// "Weil …, habe Meier „…“": after the subordinate clause
		if cm := d.nextComma(b, o); cm > 0 {
			if np := d.subjectAfterSubjunctive(d.skipStarters(cm+1, o), o); np.ok() {
				return np
			}
		}
	}
	np := d.grabSubject(s)
	if !np.ok() || np.e >= o {
		return noNP
	}
	if !d.finiteAfter(np.e) {
		return noNP
	}
	if !d.personal(np) && !(np.e-np.s == 1 && d.knownSurnameShape(np.s)) && !d.groupSubject(np, o) {
		return noNP
	}
	return np
}

// subjectAfterSubjunctive reads a sentence of reported speech that opens
// with an adverb and a Konjunktiv I verb, the subject after it ("Deshalb
// habe Weber die Sitzung „…“ vertagt", "Zudem sei die Firma „…“"): a
// person (or a name of the text) there reports on itself. s is the first
// token after the adverbs, o the opening mark.
func (d *doc) subjectAfterSubjunctive(s, o int) npRange {
	if s+1 >= o || !d.isWord(s) || d.toks[s].lex&lexQ != 0 || d.lx.infos[d.toks[s].lex&lexMask].flags&lxSubjunctive == 0 {
		return noNP
	}
	if konjunktivII.Value(d.word(s)) {
		return noNP // "hätte der Sender X „…“": a condition, not a report
	}
	m := s + 1
	for m < o && d.isWord(m) && d.is(m, cAdverb) {
		m++
	}
	np := d.grabNP(m, false)
	if !np.ok() || np.e > o || d.is(np.s, cOblique) {
		return noNP
	}
	if !d.personal(np) && !(np.e-np.s == 1 && d.knownSurnameShape(np.s)) {
		return noNP
	}
	return np
}

// konjunktivII are the Konjunktiv II forms of the auxiliaries: they state
// a condition or a wish more often than they report.
//
// buildKonjunktivII returns the words of the set konjunktivII (generated: see the
// package's zz_generated_sets.go).
func buildKonjunktivII() map[string]bool {
	return map[string]bool{
		"hätte": true, "hätten": true, "wäre": true, "wären": true, "würde": true, "würden": true,
	}
}

// groupSubject reports whether np, opening the sentence of the quotation at
// token o, can speak for a group or body: "Die Partei will hohe Einkommen
// („…“) stärker belasten", "Die Anwohner sehen das gelassen". A sentence in
// reported speech (a Konjunktiv before the quotation) keeps the earlier
// speaker instead.
func (d *doc) groupSubject(np npRange, o int) bool {
	if !(o > np.e && d.subjectAtStart(np) && d.capitalHead(np) && !d.is(np.e, cClauseStarter) && !d.hasSubjunctive(np.e, o)) {
		return false
	}
	// an article or an organization marks a noun phrase; a bare capitalized
	// word at the start of a sentence may be an adverb ("Daran", "Zwar")
	return d.is(np.s, cDet) || d.orgMentionIn(np) || d.capitalizedNear(np.s)
}

// knownSurnameShape reports whether token k could be a bare surname: a
// capitalized word that is no common noun by its ending.
func (d *doc) knownSurnameShape(k int) bool {
	if !d.isWord(k) || !d.toks[k].upper || !d.surnameAt(k) {
		return false
	}
	// named as a person elsewhere, or a speaker of an attribution
	return d.personMentionAt(k) || d.speakerNames[d.word(k)]
}

// nextComma returns the first comma after token k in the sentence ending at
// e, skipping quoted names; -1 when there is none.
func (d *doc) nextComma(k, e int) int {
	for m := k + 1; m <= e && m < len(d.toks); m++ {
		t := &d.toks[m]
		if t.lex&lexQ != 0 || t.kind == tMark {
			continue
		}
		if t.kind == tPunct {
			switch d.text[t.s] {
			case ',':
				return m
			case ';', ':', '(', ')':
				return -1
			}
		}
	}
	return -1
}

// oblique determiners do not start a subject ("begrüßte den Beschluss").
//
// buildOblique returns the words of the table oblique (generated: see the
// package's zz_generated_sets.go).
func buildOblique() map[string]bool {
	return map[string]bool{"den": true, "dem": true, "einen": true, "einem": true, "des": true, "eines": true, "ihn": true, "ihm": true, "ihnen": true,
		"ihre": true, "ihren": true, "seine": true, "seinen": true, "seinem": true, "ihrem": true, "unsere": true}
}

// passiveAgent handles a passive attribution ("wurde von X als „…“
// bezeichnet", "wird X zitiert"): it returns the agent after "von", the
// subject for "zitiert", noNP when a passive has no agent, and {-2,-2} when
// the clause is not passive.
func (d *doc) passiveAgent(cs, verb int) npRange {
	f, ok := d.verbAt(verb, false)
	if !ok && judgeVerbs.Value(d.word(verb)) {
		f, ok = verbForm{part: true}, true // "als „…“ eingestuft"
	}
	if !ok || !f.part || f.finite && !strings.HasPrefix(d.word(verb), "ge") {
		if !(ok && f.part) {
			return npRange{-2, -2}
		}
	}
	passive := false
	for k := cs; k < verb; k++ {
		switch d.word(k) {
		case "wurde", "wurden", "wird", "werden", "worden":
			passive = true
		}
	}
	if !passive {
		return npRange{-2, -2}
	}
	if strings.HasPrefix(d.word(verb), "zitiert") {
		return npRange{-2, -2} // "wird Musk zitiert": the subject is the speaker
	}
	for k := cs; k < verb; k++ {
		if !d.isWord(k) || !agentPrepositions.Value(d.word(k)) || !d.isWord(k+1) {
			continue
		}
		if np := d.grabNP(d.sideOf(k+1), true); np.ok() && np.e <= verb && !(d.isWord(np.e) && d.word(np.e) == "aus") {
			return np // (not a place: "vom Dach aus")
		}
	}
	// no agent: the medium or the document it was said in speaks ("wurde im
	// „Standard“ als „…“ bezeichnet", "In einem Schreiben seiner Anwälte
	// wurde … hingewiesen")
	for k := cs; k+1 < verb; k++ {
		if w := d.word(k); (w == "In" || w == "in" || w == "im" || w == "Im") && d.isWord(k+1) {
			if np := d.documentNP(k+1, verb); np.ok() && d.documentHead(np) >= 0 && !d.commaBetween(np.e, verb) {
				return np
			}
		}
	}
	for k := cs; k+2 < verb; k++ {
		if d.word(k) != "im" || d.toks[k+1].kind != tMark || d.toks[k+1].lex&lexQ != 0 || d.toks[k+2].lex&lexQ == 0 {
			continue
		}
		if p := d.pairOf(k + 2); p >= 0 && p < len(d.pairTok) && d.pairTok[p][0] == k+1 && d.pairTok[p][1] < verb && d.toks[k+2].upper {
			return npRange{k + 1, d.pairTok[p][1] + 1}
		}
	}
	return noNP
}

// sideOf skips "Seiten" in "von Seiten der Gewerkschaft" (token k after
// "von"): the party on whose side something was said follows.
func (d *doc) sideOf(k int) int {
	if d.isWord(k) && d.word(k) == "Seiten" && d.isWord(k+1) && d.is(k+1, cDet) {
		return k + 1
	}
	return k
}

// agentPrepositions open the agent of a passive ("wurde von X als „…“
// bezeichnet", "Von den Grünen wurde der Plan als „…“ bezeichnet",
// "seitens des Ministeriums wurde betont").
//
// buildAgentPrepositions returns the words of the table agentPrepositions (generated: see the
// package's zz_generated_sets.go).
func buildAgentPrepositions() map[string]bool {
	return map[string]bool{
		"von": true, "vom": true, "Von": true, "Vom": true, "seitens": true, "Seitens": true,
	}
}

// orgMentionIn reports whether an entity organization mention starts in np.
func (d *doc) orgMentionIn(np npRange) bool {
	for k := np.s; k < np.e; k++ {
		if m := d.mentionAt(int(d.toks[k].s)); m != nil && m.Kind == entity.Organization {
			return true
		}
	}
	return false
}

// isHeisst reports whether w is a form of "heißen" used in "heißt es".
func isHeisst(w string) bool {
	switch w {
	case "heißt", "hieß", "geheißen", "hiess", "heisst", "verlautet", "verlautete":
		return true // (and "verlautet": "Aus dem Ministerium verlautete, …")
	}
	return false
}

// documentSource finds the document a "heißt es" attribution names: "In
// dem Antrag heißt es", "hieß es in der Rede", "heißt es auf der Webseite
// des Preises". The clause is [cs, ce).
func (d *doc) documentSource(cs, ce int) npRange {
	hk := -1
	for k := cs; k < ce; k++ {
		if d.isWord(k) && isHeisst(d.word(k)) {
			hk = k
			break
		}
	}
	if hk < 0 {
		return noNP
	}
	for k := cs; k < ce; k++ {
		if !d.isWord(k) {
			continue
		}
		var buf [16]byte
		switch string(parse.AppendLower(buf[:0], d.word(k))) {
		case "in", "im", "auf", "aus", "vom", "von", "seitens", "laut", "bei", "beim":
			// ("hieß es beim Roten Kreuz", "heißt es bei der Polizei", "hieß
			// es von Seiten der Gewerkschaft")
			if np := d.documentNP(d.sideOf(k+1), ce); np.ok() && !d.timePhrase(np) && !d.placeAfterIn(k, np) {
				return np
			}
		}
	}
	return noNP
}

// topicSource returns the document of a sentence [b, e] that says what was
// spoken of ("In dem Schreiben war von einem „…“ die Rede", speechTopic):
// the document after "in"/"im", or noNP.
func (d *doc) topicSource(b, e int) npRange {
	topic := false
	for k := b; k <= e && !topic; k++ {
		topic = d.isWord(k) && d.toks[k].lex&lexQ == 0 && d.word(k) == "Rede" && d.speechTopic(k, b, e)
	}
	if !topic {
		return noNP
	}
	for k := b; k < e; k++ {
		if w := d.word(k); d.isWord(k) && (w == "In" || w == "in" || w == "im" || w == "Im") {
			if np := d.documentNP(k+1, e); np.ok() && d.documentHead(np) >= 0 {
				return np
			}
		}
	}
	return noNP
}

// timePhrase reports whether np opens with a word that is never a speaker
// (notSpeakers: "Sonntag", "Jahr", "Ende") and no document noun: "zu den
// Protesten vom Sonntag heißt es" names a time, not a source.
func (d *doc) timePhrase(np npRange) bool {
	for k := np.s; k < np.e; k++ {
		if d.isWord(k) && d.toks[k].upper {
			return d.is(k, cNotSpeaker) && d.documentHead(np) < 0
		}
	}
	return false
}

// placeAfterIn reports whether np, read after the preposition at token k,
// is a place and no source: "hieß es am Montag in Berlin", "In Brüssel
// heißt es, …". It is a place when the preposition is a bare "in" and np
// is a single capitalized word with no article, no genitive after it, no
// organization and no document noun; a plural of a group or of reports
// ("in Regierungskreisen", "in Medienberichten", sourcePlurals) still
// names a source.
func (d *doc) placeAfterIn(k int, np npRange) bool {
	if w := d.word(k); w != "in" && w != "In" || np.s != k+1 || np.e != np.s+1 {
		return false
	}
	if !d.toks[np.s].upper || d.is(np.s, cDet) || d.documentHead(np) >= 0 || d.orgMentionIn(np) {
		return false
	}
	w := d.word(np.s)
	for _, s := range sourcePlurals {
		if len(w) > len(s) && strings.EqualFold(w[len(w)-len(s):], s) {
			return false
		}
	}
	return true
}

// sourcePlurals end the dative plurals that name a group or its reports
// after "in" ("in Regierungskreisen", "in Medienberichten", "in
// Polizeiangaben"): sources, not places.
var sourcePlurals = []string{"kreisen", "berichten", "angaben", "medien", "zeitungen", "quellen",
	"mitteilungen", "erklärungen", "meldungen", "dokumenten", "unterlagen", "papieren", "briefen", "schreiben"}

// documentNP reads the name of a document or medium from token i, before
// token lim: "der Mitteilung des Konzerns", "einem Schreiben der Aufsicht".
func (d *doc) documentNP(i, lim int) npRange {
	k := i
	if d.isWord(k) && d.is(k, cDet) {
		k++
	}
	for a := 0; a < 2 && d.isWord(k) && !d.toks[k].upper && !d.is(k, cPrep); a++ {
		k++
	}
	start := k
	for k < lim && d.isWord(k) && d.toks[k].upper {
		k++
	}
	if k == start {
		return noNP
	}
	for links := 0; links < 2 && k+1 < lim && d.isWord(k); links++ {
		w := d.word(k)
		if w != "des" && w != "der" && w != "von" && w != "vom" && !possessiveGenitive.Value(w) {
			break
		}
		m := k + 1
		if d.isWord(m) && d.is(m, cDet) {
			m++
		}
		e := m
		for e < lim && d.isWord(e) && d.toks[e].upper {
			e++
		}
		if e == m || d.timePhrase(npRange{m, e}) {
			break // "der Erklärung vom Montag": a date, not an author
		}
		k = e
	}
	return npRange{i, k}
}

// appositionSubject finds the subject of a verb standing after the comma
// that closes a long apposition: "Frank Berger, Vorsitzender des Vereins
// für …, sagte" (the named opening phrase) or "Der Vater des Gründers,
// Paul Kern, erklärte" (the name in the last apposition). The clause runs
// from cs, its first word after starters is s.
func (d *doc) appositionSubject(cs, s, verb int) npRange {
	if s >= verb || !d.isPunct(verb-1, ',') || d.isLower(cs, cSubordLower) || !d.isWord(s) {
		return noNP
	}
	// the name between the last two commas
	pc := verb - 2
	for pc > s && !d.isPunct(pc, ',') && verb-pc <= 8 {
		pc--
	}
	if pc > s && d.isPunct(pc, ',') {
		if np := d.grabNP(pc+1, false); np.ok() && np.e == verb-1 && d.namesPerson(np) && d.allCapital(np) {
			return np
		}
	}
	// a named opening phrase with an apposition after it
	np := d.grabSubject(s)
	if !np.ok() || np.e >= verb-1 || !d.isPunct(np.e, ',') || !d.namesPerson(np) && !d.nameBeforeApposition(np) {
		return noNP
	}
	for k := np.e; k < verb; k++ {
		if d.isWord(k) {
			if f, ok := d.verbAt(k, false); ok && f.finite {
				return noNP // another verb of saying in between
			}
		}
	}
	return np
}

// allCapital reports whether every word of np is capitalized or a name
// particle.
func (d *doc) allCapital(np npRange) bool {
	for k := np.s; k < np.e; k++ {
		if d.isWord(k) && !d.toks[k].upper && !d.is(k, cNameParticle) {
			return false
		}
	}
	return true
}

// lautetOwner reads the subject of a form of "lauten" that names what a
// quotation is, from token k on: a noun of saying and its owner in the
// genitive or after "von" ("das Fazit der Ministerin", "die Antwort von
// X", "das Urteil des Trainers"). It returns the owner when it can speak;
// noNP for a title ("der Titel der Studie") or a noun without owner.
func (d *doc) lautetOwner(k int) npRange {
	if d.isWord(k) && d.is(k, cDet) {
		k++
	}
	if !d.isWord(k) || !utteranceObjects.Value(d.word(k)) && !speechNouns.Value(d.word(k)) && !verdictNouns.Value(d.word(k)) {
		return noNP
	}
	k++
	if !d.isWord(k) {
		return noNP
	}
	switch d.word(k) {
	case "von", "vom":
		k++
	case "des", "der", "eines", "einer":
	default:
		return noNP
	}
	np := d.grabNP(k, true)
	if !np.ok() || !d.canSpeak(np) {
		return noNP
	}
	return np
}

// verdictNouns name what somebody concluded or advised, with
// utteranceObjects and speechNouns the nouns of saying after "lautet"
// ("„…“, lautete das Urteil des Trainers").
//
// buildVerdictNouns returns the words of the table verdictNouns (generated: see the
// package's zz_generated_sets.go).
func buildVerdictNouns() map[string]bool {
	return map[string]bool{
		"Urteil": true, "Diagnose": true, "Empfehlung": true, "Reaktion": true, "Credo": true,
	}
}

// isLautet reports whether w is a finite form of "lauten" ("Der Text
// lautete:").
func isLautet(w string) bool {
	return w == "lautet" || w == "lautete" || w == "lauten" || w == "lauteten"
}

// heisstSource finds "heißt es in X" anywhere in the sentence [b, e] outside
// quotations ("In der Mitteilung heißt es, der Preis gehe an …", "…, so
// heißt es in einer Erklärung des Verbands") and returns the document X
// with the token of "heißt".
func (d *doc) heisstSource(b, e int) (npRange, int) {
	for k := b; k <= e; k++ {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 || !isHeisst(d.word(k)) {
			continue
		}
		cs := d.clauseStart(k, true)
		ce := d.clauseEnd(k)
		if np := d.documentSource(cs, ce+1); np.ok() {
			return np, k
		}
		return noNP, -1
	}
	return noNP, -1
}

// headlineSpeaker reads the headline form with the speaker after the
// quotation: „…“: X verb … or „…“ – X verb … ("„Wir sind am Limit“:
// Klinikchef Peter Wolf warnt vor dem Kollaps"). The quotation (opened at
// token o, closed at c) opens its sentence, a colon or a dash follows it,
// and a phrase naming a person is the subject of the clause after it: a
// lower-case word (its verb) follows the name, or an age in brackets and
// then the verb. A phrase with no person ("„Museum“: Aus einem …"), a
// topic before another colon ("„…“: Sängerin X: Anzeige gegen …") give
// noNP.
func (d *doc) headlineSpeaker(o, c int) npRange {
	if o < 0 || c+2 >= len(d.toks) || int(d.sent(o).b) != o {
		return noNP
	}
	j := c + 1
	if !(d.isPunct(j, ':') || d.isDash(j)) || d.toks[j].para != d.toks[c].para || d.toks[j+1].para != d.toks[c].para {
		return noNP
	}
	np := d.grabSubject(j + 1)
	if !np.ok() || !d.namesPerson(np) {
		return noNP
	}
	k := np.e
	if d.isPunct(k, '(') {
		// "Sängerin Eva Stein (30) hat …": an age in brackets
		for m := k + 1; m < k+4 && m < len(d.toks); m++ {
			if d.isPunct(m, ')') {
				k = m + 1
				break
			}
		}
	}
	if !d.isWord(k) || d.toks[k].upper || d.is(k, cPrep|cDet) || d.isLower(k, cSubordLower) || d.word(k) == "und" {
		return noNP
	}
	return np
}

// nameBeforeParen returns the name of a person that stands right before
// the bracket opening at token o-1, which holds the quotation at token o.
func (d *doc) nameBeforeParen(o int) npRange {
	if o < 3 || !d.isPunct(o-1, '(') || !d.isWord(o-2) || !d.toks[o-2].upper || d.toks[o-2].para != d.toks[o].para {
		return noNP
	}
	s := o - 2
	for s > 0 && o-2-s < 4 && d.isWord(s-1) && (d.toks[s-1].upper || d.is(s-1, cNameParticle)) && d.toks[s-1].para == d.toks[o].para {
		s--
	}
	for s < o-2 && !d.toks[s].upper {
		s++
	}
	np := npRange{s, o - 1}
	if !d.personMentionAt(o-2) && !d.namesPerson(np) {
		return noNP
	}
	return np
}

// nextSentenceAttribution reads an attribution in the sentence after a
// quotation that stands alone: "„…“ Das musste der Minister einräumen."
// It returns the subject of the verb of saying there and the verb.
func (d *doc) nextSentenceAttribution(c int) (npRange, int) {
	nb := c + 1
	for nb < len(d.toks) && d.toks[nb].kind == tPunct && nb-c <= 2 {
		nb++
	}
	if !d.isWord(nb) || d.toks[nb].para != d.toks[c].para || int(d.sent(nb).b) != nb || int(d.sent(c).e) >= nb {
		return noNP, -1
	}
	ne := int(d.sent(nb).e)
	if np := d.demonstrativeOwner(nb, ne); np.ok() {
		return np, -1 // "„…“ Diese dem Minister X zugeschriebene Weisheit …"
	}
	if np, v := d.withTheseWords(nb, ne); v >= 0 {
		return np, v // "„…“ Mit diesen Worten eröffnete die Ministerin die Messe."
	}
	if np := d.wordsOf(nb, ne); np.ok() {
		return np, -1 // "„…“ Diese Worte stammen von X.", "Das sind die Worte von X."
	}
	if d.word(nb) == "So" && d.isWord(nb+1) && isLautet(d.word(nb+1)) {
		// "„…“ So lautet das Fazit von X."
		if np := d.lautetOwner(nb + 2); np.ok() && np.e <= ne+1 {
			return np, -1
		}
	}
	switch d.word(nb) {
	case "Davon", "Dessen", "Darin", "Da":
		// "„…“ Davon ist Minister X überzeugt."
		if np, _ := d.convictionAfter(nb + 1); np.ok() && np.e <= ne+1 && (d.personal(np) || d.orgMentionIn(np)) {
			return np, -1
		}
	}
	switch d.word(nb) {
	case "Das", "Dies", "So":
	default:
		return noNP, -1
	}
	if d.word(nb) == "So" && d.isWord(nb+1) && (d.toks[nb+1].upper || d.is(nb+1, cDet)) {
		// "„…“ So Ministerin X (am Abend)." or "So X: „…“": "so X"
		// without a verb, as after a comma
		if np := d.grabNP(nb+1, true); np.ok() && np.e <= ne+1 && d.namesPerson(np) &&
			(np.e > ne || d.isSentencePunct(np.e) || d.isPunct(np.e, ':') || d.isWord(np.e) && (d.is(np.e, cPrep|cAdverb) || d.word(np.e) == "weiter")) {
			return np, -1
		}
	}
	for k := nb + 1; k <= ne && k-nb < 20; k++ {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 {
			continue
		}
		f, ok := d.verbAt(k, false)
		if !ok || !f.plain && !d.particleAt(d.clauseEnd(k), f.particles) {
			continue // ("Das teilte X mit")
		}
		np := d.subjectOfVerb(nb, k, ne+1)
		if np.ok() && (d.personal(np) || d.orgMentionIn(np)) {
			return np, k
		}
		break
	}
	return noNP, -1
}

// colonSpeakerAfter reads a quotation that stands alone as its sentence
// (opened at token o, closed at c) followed in the same paragraph by a
// sentence whose subject names a person and whose clause goes on after a
// colon: "„…“ Bürgermeisterin X zog eine düstere Bilanz: Die Stadt habe
// versagt." The person speaks on after the colon and said the quotation
// too. A sentence without a colon, one that does not open with the
// person, or a quotation inside a longer sentence give noNP.
func (d *doc) colonSpeakerAfter(o, c int) npRange {
	if o < 0 || c+1 >= len(d.toks) || int(d.sent(o).b) != o {
		return noNP
	}
	nb := c + 1
	for nb < len(d.toks) && d.toks[nb].kind == tPunct && nb-c <= 2 {
		nb++
	}
	if !d.isWord(nb) || d.toks[nb].para != d.toks[c].para || int(d.sent(nb).b) != nb || int(d.sent(c).e) >= nb {
		return noNP
	}
	np := d.grabSubject(nb)
	if !np.ok() || !d.namesPerson(np) || !d.isWord(np.e) || d.toks[np.e].upper || d.is(np.e, cPrep|cDet) || d.isLower(np.e, cSubordLower) {
		return noNP
	}
	ne := int(d.sent(nb).e)
	for k := np.e; k <= ne && k-np.e < 25; k++ {
		if d.toks[k].kind == tMark || d.isPunct(k, ',') {
			return noNP // a quotation or another clause before the colon
		}
		if d.isPunct(k, ':') {
			return np
		}
	}
	return noNP
}

// quotedObject returns the person quoted when the verb of saying at token
// verb is an active form of "zitieren" with np, the medium, for subject
// right before or after it: "Die Zeitung zitierte den Vorstandschef mit den
// Worten: „…“", "Der „Standard“ zitiert Wifo-Chef X: „…“". The object, the
// first phrase after the verb and the subject that no preposition governs
// and that can speak, before "mit" or token lim, said it; noNP otherwise.
func (d *doc) quotedObject(np npRange, verb, lim int) npRange {
	if verb < 0 || !np.ok() || !d.isWord(verb) || !strings.HasPrefix(d.word(verb), "zitier") {
		return noNP
	}
	from := verb + 1
	switch {
	case np.e == verb:
	case np.s == verb+1:
		from = np.e
	default:
		return noNP // "wird X zitiert", "wie die Zeitung X zitierte"
	}
	for m := from; m < lim && m-from < 12; m++ {
		if d.isWord(m) && (d.word(m) == "mit" || d.toks[m].lex&lexQ != 0) {
			lim = m
			break
		}
	}
	obj := d.objectAfter(from, lim)
	if !obj.ok() || obj.e > lim || !d.canSpeak(obj) {
		return noNP
	}
	return obj
}

// gappedSubject finds the subject of a second conjunct that leaves out the
// verb of saying at token verb: "Der Betriebsrat spricht von einem
// „Kahlschlag“, das Management von einer „Anpassung“" → das Management.
// Between the last comma (or "und", "während") after the verb and the
// quotation opened at token o and closed at token c, which ends the
// conjunct, stand a phrase opened by a nominative article
// or a name that can speak, then only a preposition, articles and
// adjectives. noNP otherwise.
func (d *doc) gappedSubject(verb, o, c int) npRange {
	if verb < 0 || verb >= o || c+1 >= len(d.toks) {
		return noNP
	}
	// the conjunct ends with the quotation ("…, das Statement zur „…“
	// liege vor" has a verb of its own: a reported clause)
	if a := c + 1; !(d.isSentencePunct(a) || d.isPunct(a, ',') || d.isPunct(a, ';') || d.isWord(a) && d.word(a) == "und") {
		return noNP
	}
	cm := -1
	for k := o - 1; k > verb && o-k < 12; k-- {
		if d.toks[k].lex&lexQ != 0 || d.toks[k].kind == tMark {
			return noNP
		}
		if d.isPunct(k, ',') || d.isWord(k) && (d.word(k) == "und" || d.word(k) == "während") {
			cm = k
			break
		}
	}
	if cm < 0 || !d.isWord(cm+1) || !(nominativeArticles.Value(d.word(cm+1)) || d.toks[cm+1].upper) {
		return noNP
	}
	np := d.grabNP(cm+1, false)
	if !np.ok() || np.e >= o || !d.canSpeak(np) {
		return noNP
	}
	prep := false
	for k := np.e; k < o; k++ {
		if !d.isWord(k) {
			return noNP
		}
		switch {
		case d.is(k, cPrep) && !prep:
			prep = true
		case prep && (d.is(k, cDet) || !d.toks[k].upper && hasAnySuffix(d.word(k), "e", "en", "er", "es", "em")):
		default:
			return noNP
		}
	}
	if !prep {
		return noNP
	}
	return np
}

// wordsOf reads a sentence [nb, ne] that says whose words the quotation
// before it are: "Diese Worte stammen von X", "Der Satz stammt vom
// Minister", "Das sind die Worte von X", "Das waren die Worte des X". It
// returns X, a person or an organization, or noNP.
func (d *doc) wordsOf(nb, ne int) npRange {
	k := nb
	if !d.isWord(k) {
		return noNP
	}
	copula := false
	if d.isWord(k + 1) {
		switch d.word(k + 1) {
		case "sind", "waren", "ist", "war":
			copula = true
		}
	}
	switch w := d.word(k); {
	case copula && (w == "Das" || w == "Dies"):
		// "Das sind die Worte von X"
		k += 2
		if d.isWord(k) && d.is(k, cDet) {
			k++
		}
		if !d.isWord(k) || !utteranceObjects.Value(d.word(k)) && !wordsNoun(d.word(k)) && d.word(k) != "Zitat" {
			return noNP
		}
		k++
	case w == "Diese" || w == "Dieser" || w == "Dieses" || w == "Der" || w == "Die" || w == "Das":
		if !d.isWord(k+1) || !utteranceObjects.Value(d.word(k+1)) && !wordsNoun(d.word(k+1)) && d.word(k+1) != "Zitat" {
			return noNP
		}
		k += 2
		if w == "Diese" && pluralUtterance(d.word(k-1)) && d.isWord(k) && !d.toks[k].upper && !strings.HasSuffix(d.word(k), "en") &&
			!d.is(k, cPrep|cDet|cAdverb) && !strings.HasPrefix(d.word(k), "stamm") {
			// "Diese Worte wählte Trainerin X": a verb in the singular
			// after a plural object; its subject follows ("Diese Worte
			// überraschten die Ministerin": the plural verb's object is none)
			if np := d.grabNP(k+1, true); np.ok() && np.e <= ne+1 && d.namesPerson(np) {
				return np
			}
			return noNP
		}
		if !d.isWord(k) || !strings.HasPrefix(d.word(k), "stamm") {
			return noNP
		}
		k++
	default:
		return noNP
	}
	if !d.isWord(k) {
		return noNP
	}
	switch d.word(k) {
	case "von", "vom":
		k++
	case "des", "der":
	default:
		return noNP
	}
	if np := d.grabNP(k, true); np.ok() && np.e <= ne+1 && (d.personal(np) || d.orgMentionIn(np)) {
		return np
	}
	return noNP
}

// withTheseWords reads a sentence [nb, ne] that opens with a phrase "Mit
// diesen Worten", "Mit dem Satz", "Mit deutlichen Worten" (mit, up to
// three words, a noun of saying): whatever its verb, the quotation before it
// is what the subject after the verb said ("Mit diesen Worten eröffnete die
// Ministerin die Messe", "… verabschiedete sich Vorstandschef X"). It
// returns the subject, a person or an organization, and the verb, or -1.
func (d *doc) withTheseWords(nb, ne int) (npRange, int) {
	if !d.isWord(nb) || d.word(nb) != "Mit" && d.word(nb) != "mit" {
		return noNP, -1
	}
	for m := nb + 1; m <= ne && m <= nb+4; m++ {
		if !d.isWord(m) || d.toks[m].lex&lexQ != 0 {
			return noNP, -1
		}
		if !d.toks[m].upper {
			continue
		}
		w := d.word(m)
		if !utteranceObjects.Value(w) && !speechNouns.Value(w) && !wordsNoun(w) {
			return noNP, -1
		}
		v := m + 1
		if !d.isWord(v) || d.toks[v].upper || v > ne {
			return noNP, -1
		}
		k := v + 1
		for k <= ne && d.isWord(k) && (d.is(k, cAdverb) || dativePronoun(d.word(k))) {
			k++
		}
		if np := d.grabNP(k, true); np.ok() && np.e <= ne+1 && !d.is(np.s, cOblique) && (d.personal(np) || d.orgMentionIn(np)) {
			return np, v
		}
		return noNP, -1
	}
	return noNP, -1
}

// pluralUtterance reports whether w is a plural noun of words said
// ("Worte", "Sätze"), so that a verb in the singular after "Diese w" has
// another subject.
func pluralUtterance(w string) bool {
	switch w {
	case "Worte", "Sätze", "Zeilen", "Aussagen", "Äußerungen", "Bemerkungen":
		return true
	}
	return false
}

// wordsNoun reports whether w is a noun for what somebody said in the
// dative after "mit" that utteranceObjects and speechNouns do not hold
// ("mit diesen Worten", "mit den Sätzen").
func wordsNoun(w string) bool {
	switch w {
	case "Worten", "Sätzen", "Zeilen", "Aussagen", "Bemerkung", "Bemerkungen", "Begründung", "Zitat", "Äußerungen":
		return true
	}
	return false
}

// invertedSubject finds a named person standing right after the finite
// verb of the clause [b, lim) when a phrase opens the clause: "In seiner
// Rede lobte der Minister Kai Brandt …", "Um Zeit zu gewinnen, will Brandt
// …". Pronoun subjects and objects ("traf er Anna Weber") give nothing.
func (d *doc) invertedSubject(b, lim int, orgOK bool) npRange {
	for k := b + 1; k < lim && k-b < 16; k++ {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 || d.toks[k].upper {
			continue
		}
		w := d.word(k)
		if pronounOf(w) != pronNone || w == "es" || w == "man" || w == "wir" || w == "ich" {
			return noNP
		}
		if determiners.Value(w) || prepositions.Value(w) || adverbs.Value(w) || clauseStarters.Value(w) || nameParticles.Value(w) || w == "zu" {
			continue
		}
		m := k + 1
		for m < lim && d.isWord(m) && d.is(m, cAdverb) {
			m++
		}
		if np := d.grabNP(m, true); np.ok() && np.e <= lim && !d.is(np.s, cOblique) && (d.namesPerson(np) || orgOK && d.orgMentionIn(np)) {
			return np
		}
	}
	return noNP
}

// capitalizedNear reports whether the word at token k also stands
// capitalized inside a sentence near it (not first, not after a colon or a
// mark): then it is a noun or a name ("an Ali in Kassel"), not an adverb
// that opens a sentence ("Daran", "Zwar"). The search is bounded to a
// window of the text around the word, so that every call costs a constant.
func (d *doc) capitalizedNear(k int) bool {
	const window = 16 << 10
	w := d.word(k)
	if len(w) < 2 {
		return false
	}
	pos := int(d.toks[k].s)
	lo, hi := max(0, pos-window), min(len(d.text), pos+window)
	seg := d.text[lo:hi]
	for from, tries := 0, 0; tries < 64; tries++ {
		i := strings.Index(seg[from:], w)
		if i < 0 {
			return false
		}
		at := lo + from + i
		from += i + len(w)
		if at == pos || at+len(w) < len(d.text) && isWordByte(d.text[at+len(w)]) {
			continue
		}
		// the byte before must be a space, and the text before it must not
		// end a sentence or open a quotation
		if at == 0 || d.text[at-1] != ' ' {
			continue
		}
		b := at - 1
		for b > 0 && d.text[b-1] == ' ' {
			b--
		}
		if b == 0 {
			continue
		}
		switch d.text[b-1] {
		case '.', '!', '?', ':', '\n', '"':
			continue
		}
		if c := d.text[b-1]; c >= 0x80 {
			continue // a quotation mark or another non-ASCII sign
		}
		return true
	}
	return false
}

// afterLabel skips a label that opens a sentence ("Steuern: Die Partei
// will …"): the first token after the last colon outside quotations in
// [b, lim), or b.
func (d *doc) afterLabel(b, lim int) int {
	out := b
	for k := b; k < lim && k-b < 12; k++ {
		if d.toks[k].lex&lexQ == 0 && d.isPunct(k, ':') && d.isWord(k+1) && d.toks[k+1].upper {
			out = k + 1
		}
	}
	return out
}

// colonBetween reports whether a colon outside quotations stands between
// tokens a and b: a "so X" after it closes another part of the sentence.
func (d *doc) colonBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if d.toks[k].lex&lexQ == 0 && d.isPunct(k, ':') {
			return true
		}
	}
	return false
}

// nameBeforeApposition reports whether np has the shape of a name the
// entity recognizer did not know, followed by an apposition that describes
// it: two or three capitalized words that could be names, then a comma and
// an article or a role noun ("Sadiq Khan, einer der Abgeordneten, …").
func (d *doc) nameBeforeApposition(np npRange) bool {
	np = d.leadingName(np)
	if np.e-np.s < 2 || np.e-np.s > 3 || !d.isPunct(np.e, ',') || !d.isWord(np.e+1) {
		return false
	}
	for k := np.s; k < np.e; k++ {
		if !d.isWord(k) || !d.toks[k].upper || !d.surnameAt(k) || d.is(k, cDet) || d.orgMentionIn(npRange{k, k + 1}) {
			return false
		}
	}
	w := d.word(np.e + 1)
	if partitives.Value(w) || w == "ein" || w == "der" || w == "die" {
		return true
	}
	r, _ := d.roleAt(np.e + 1)
	return r
}

// leadingName returns the part of np before its first comma ("Sadiq Khan"
// of "Sadiq Khan, einer der Abgeordneten").
func (d *doc) leadingName(np npRange) npRange {
	for k := np.s + 1; k < np.e; k++ {
		if d.isPunct(k, ',') {
			return npRange{np.s, k}
		}
	}
	return np
}

// ppTail reports whether tokens [a, b) are one prepositional phrase that
// modifies the noun phrase before it ("in Oslo", "aus dem Vorstand"): a
// preposition and at most five words, no punctuation and no verb of
// saying.
func (d *doc) ppTail(a, b int) bool {
	if b-a < 2 || b-a > 6 || !d.isWord(a) || !d.isLower(a, cPrepLower) || d.toks[a].upper {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 {
			return false
		}
		if _, ok := d.verbAt(k, false); ok || d.is(k, cAux) {
			return false
		}
	}
	return true
}

// headlineTopic reports whether np opens its paragraph and is followed by
// "über"/"zu" and a topic up to the colon at token ce, with no verb: the
// headline form "Lagarde über die Inflation: „…“". The speaker must be
// able to speak.
func (d *doc) headlineTopic(np npRange, ce int) bool {
	if !np.ok() || np.s > 0 && d.toks[np.s-1].para == d.toks[np.s].para || ce-np.e > 8 || !d.isWord(np.e) {
		return false
	}
	switch d.word(np.e) {
	case "über", "zu", "zum", "zur", "zu den":
	default:
		return false
	}
	for k := np.e + 1; k < ce; k++ {
		if !d.isWord(k) {
			return false
		}
		if _, ok := d.verbAt(k, false); ok || d.is(k, cAux) {
			return false
		}
	}
	if d.canSpeak(np) {
		return true
	}
	// a bare name: one to three capitalized words, no article
	if np.e-np.s > 3 || d.is(np.s, cDet|cNotSpeaker) {
		return false
	}
	for k := np.s; k < np.e; k++ {
		if !d.isWord(k) || !d.toks[k].upper {
			return false
		}
	}
	// a first and last name, or one word shaped like a surname (not
	// "Inflation über …")
	return np.e-np.s >= 2 || d.knownSurnameShape(np.s)
}

// bracketSource reads a source in brackets right after the closing mark at
// token c: "„…“ (Bundesbank)". The bracket holds one to four words, the
// first capitalized, no digits (a legal reference "(Artikel 65 GG)" is no
// source) and names someone who can speak; the quotation itself must not
// be shaped like a name (then the bracket is its acronym).
func (d *doc) bracketSource(c int) attr {
	if !d.isPunct(c+1, '(') || !d.isWord(c+2) || !d.toks[c+2].upper || glossWords.Value(d.word(c+2)) {
		return attr{}
	}
	k := c + 2
	for k < len(d.toks) && k < c+7 && d.isWord(k) {
		w := d.word(k)
		if w[0] >= '0' && w[0] <= '9' {
			return attr{}
		}
		if _, ok := d.verbAt(k, false); ok {
			return attr{}
		}
		k++
	}
	if !d.isPunct(k, ')') {
		return attr{}
	}
	np := npRange{c + 2, k}
	if !d.canSpeak(np) {
		return attr{}
	}
	if pi := d.pairOf(c - 1); pi < 0 || d.nameWords(d.pairTok[pi][0], c) || d.properNameShape(d.pairTok[pi][0], c) {
		return attr{}
	}
	return attr{ok: true, np: np, verb: -1, end: k}
}

// relativeAntecedent returns the phrase before the comma that a relative
// pronoun at token rel refers to, when the pronoun is the subject of the
// relative clause (no nominative phrase follows it before the verb): "der
// Fahrgastverband IGEB, der diese Maßnahme als „…“ sieht", "ein Kommentar,
// der die Entscheidung als „…“ bezeichnet". The antecedent must be able to
// speak.
func (d *doc) relativeAntecedent(rel, verb int) npRange {
	switch d.word(rel) {
	case "der", "die", "welcher", "welche":
	default:
		return noNP
	}
	if k := rel + 1; k < verb && d.isWord(k) {
		switch w := d.word(k); {
		case w == "der" || w == "ein" || d.toks[k].upper || pronounOf(w) != pronNone:
			return noNP // "…, die der Verband … nannte": the subject follows
		}
	}
	comma := rel - 1
	best := noNP
	for k := comma - 1; k >= 0 && k >= comma-6 && d.isWord(k) && d.toks[k].lex&lexQ == 0; k-- {
		if np := d.grabNP(k, true); np.ok() && np.e == comma && d.canSpeak(np) {
			best = np
		}
	}
	return best
}

// particleAcross reports whether one of particles closes the clause of the
// verb at token k across the quotation inside it: "wies die Vorwürfe als
// „haltlos“ zurück". It stops at a comma, colon or semicolon outside
// quotations and at the sentence end e.
func (d *doc) particleAcross(k, e int, particles []string) bool {
	for m := k + 1; m <= e; m++ {
		t := &d.toks[m]
		if t.lex&lexQ != 0 || t.kind == tMark {
			continue
		}
		if d.clauseBound(m) {
			// an apposition between commas: "ging X, die Anwältin der
			// Frau, davon aus"
			if n := d.appositionEnd(m, e); n > m {
				m = n
				continue
			}
			return false
		}
		if t.kind == tWord && d.particleAt(m, particles) {
			return m+1 > e || !d.isWord(m+1)
		}
	}
	return false
}

// appositionEnd returns the comma that closes an apposition opened by the
// comma at token m (an article and capitalized words, within twelve
// tokens: ", die Anwältin der Frau,"), or -1.
func (d *doc) appositionEnd(m, e int) int {
	if !d.isPunct(m, ',') || !d.isWord(m+1) || !d.is(m+1, cDet) {
		return -1
	}
	for n := m + 2; n <= e && n <= m+12; n++ {
		if d.isPunct(n, ',') {
			return n
		}
		if !d.isWord(n) || d.toks[n].lex&lexQ != 0 || !d.toks[n].upper && !d.is(n, cDet) && !hasAnySuffix(d.word(n), "e", "en", "er", "es") {
			return -1
		}
	}
	return -1
}

// personBeforeColon returns the person mention that ends right before the
// colon at ce in a clause [cs, ce) without a verb of saying, after a list
// link or a comma, the form "X: „…“" of a list of voices ("…, und der
// Minister Jens Stoltenberg: „…“"); with its role words before it.
func (d *doc) personBeforeColon(cs, ce int) npRange {
	k := ce - 1
	if !d.isWord(k) || k <= cs {
		return noNP
	}
	m := d.mentionAt(int(d.toks[k].s))
	if m == nil || m.Kind != entity.Person || m.End != int(d.toks[k].e) {
		return noNP
	}
	s := d.tokAtFrom(m.Start, cs)
	if s <= cs || s >= ce || int(d.toks[s].s) != m.Start {
		return noNP
	}
	// the role words before the name: "der norwegische Ministerpräsident"
	b := s
	for b-1 > cs && d.isWord(b-1) && d.toks[b-1].lex&lexQ == 0 && (d.toks[b-1].upper && !d.is(b-1, cPrep) ||
		d.is(b-1, cDet) || hasAnySuffix(d.word(b-1), "e", "en", "er", "es")) {
		b--
	}
	if !(d.isPunct(b-1, ',') || d.isWord(b-1) && (d.word(b-1) == "und" || d.word(b-1) == "sowie")) {
		return noNP
	}
	return npRange{b, ce}
}

// speechNouns name something said: the owner of "der Vorwurf der Partei, …"
// said the clause after the comma.
//
// buildSpeechNouns returns the words of the table speechNouns (generated: see the
// package's zz_generated_sets.go).
func buildSpeechNouns() map[string]bool {
	return map[string]bool{
		"Vorwurf": true, "Vorwürfe": true, "Forderung": true, "Forderungen": true, "Behauptung": true,
		"Aussage": true, "Äußerung": true, "Kritik": true, "Warnung": true, "Einschätzung": true,
		"Ankündigung": true, "Hinweis": true, "Vermutung": true, "Befürchtung": true, "Mahnung": true,
		"Appell": true, "Argument": true, "Einwand": true, "Zusage": true, "Versprechen": true,
		"Beteuerung": true, "Eingeständnis": true, "Klage": true, "Drohung": true, "Vorschlag": true,
	}
}

// speechNounOwner returns the owner of a noun of saying whose content
// clause holds the quotation opening at o: "Auf den Vorwurf der CDU, es
// handele sich um einen „…“, entgegnete …" → der CDU. The noun takes a
// genitive or "von" phrase with a capitalized word, a comma follows, and
// the clause after it is reported speech (Konjunktiv or "dass"). No verb of
// saying may stand in the sentence before o (it has its own subject), and
// the sentence is [b, e].
func (d *doc) speechNounOwner(b, o, e int) npRange {
	found := noNP
	for k := b; k < o; k++ {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 {
			continue
		}
		if f, ok := d.verbAt(k, k == b); ok && (f.plain || len(f.particles) > 0) {
			return noNP
		}
		if !speechNouns.Value(d.word(k)) || !d.isWord(k+1) {
			continue
		}
		switch d.word(k + 1) {
		case "der", "des", "von", "vom":
		default:
			continue
		}
		m := k + 2
		if d.word(k+1) == "von" && d.isWord(m) && d.is(m, cDet) {
			m++
		}
		np := d.grabNP(m, false)
		if d.word(k+1) == "der" || d.word(k+1) == "des" {
			np = d.grabNP(k+1, false)
		}
		if !np.ok() || np.e >= o || !d.isPunct(np.e, ',') || !d.isCapitalNP(np) {
			continue
		}
		if d.hasSubjunctive(np.e+1, e) || d.isWord(np.e+1) && d.word(np.e+1) == "dass" {
			found = np
		}
	}
	return found
}

// coordinatedVerb returns the token of "und" or "sowie" that joins the verb
// at token verb to the clause before it with no subject of its own ("… und
// skandierten dabei …", "… und sagte"), adverbs allowed between; or -1.
func (d *doc) coordinatedVerb(b, verb int) int {
	k := verb - 1
	for k > b && d.isWord(k) && d.is(k, cAdverb) {
		k--
	}
	if k > b && d.isWord(k) && (d.word(k) == "und" || d.word(k) == "sowie") {
		return k
	}
	return -1
}

// ownSubjectAfterUnd returns the subject of a clause joined by "und" that
// has its own subject right before the verb at token verb: "Die Gäste
// klatschten und der Sprecher Tim Roth rief: …". The word before "und" must
// end a clause (lower case: a verb, an adverb), not a noun phrase ("Anna
// Roth und Tim Ohm sagten" is one coordinated subject).
func (d *doc) ownSubjectAfterUnd(s, verb int) npRange {
	for k := verb - 1; k > s && k >= verb-16; k-- {
		if !d.isWord(k) || d.word(k) != "und" {
			continue
		}
		if !d.isWord(k-1) || d.toks[k-1].upper || d.toks[k-1].lex&lexQ != 0 {
			return noNP
		}
		np := d.grabSubject(k + 1)
		if np.ok() && np.e == verb && !d.is(np.s, cOblique) && d.canSpeak(np) {
			return np
		}
		return noNP
	}
	return noNP
}

// utteranceObjects are nouns for what somebody says or writes; a verb with
// one of them for object before a colon introduces its subject's words
// ("veröffentlichte der Verfasser folgenden Kommentar:", "gab eine
// Erklärung ab:", "beschrieb den Hergang:").
//
// buildUtteranceObjects returns the words of the table utteranceObjects (generated: see the
// package's zz_generated_sets.go).
func buildUtteranceObjects() map[string]bool {
	return map[string]bool{
		"Kommentar": true, "Erklärung": true, "Stellungnahme": true, "Botschaft": true, "Worte": true,
		"Satz": true, "Sätze": true, "Antwort": true, "Nachricht": true, "Mitteilung": true,
		"Hergang": true, "Warnung": true, "Appell": true, "Tweet": true, "Brief": true, "Zeilen": true,
		"Fazit": true, "Bilanz": true, "Prognose": true, "Einschätzung": true, "Kritik": true,
	}
}

// utteranceObjectSubject returns the subject of a clause [cs, ce) before a
// colon whose verb (no verb of saying) has a noun of saying for object: the
// clause layer's subject of that clause, when it can speak and is not the
// noun itself.
func (d *doc) utteranceObjectSubject(cs, ce int) npRange {
	for k := cs; k < ce; k++ {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 || !utteranceObjects.Value(d.word(k)) {
			continue
		}
		np := d.orClauseSubject(noNP, k)
		if np.ok() && (np.e <= k || np.s > k) && np.e <= ce && (d.canSpeak(np) || d.isCapitalNP(np) && !pronominalAdverbs.Value(d.word(np.s))) {
			return np
		}
		return noNP
	}
	return noNP
}

// pronominalAdverbs stand where a subject could ("Darauf waren die Worte zu
// lesen:") but name a place or a thing, never a speaker.
//
// buildPronominalAdverbs returns the words of the table pronominalAdverbs (generated: see the
// package's zz_generated_sets.go).
func buildPronominalAdverbs() map[string]bool {
	return map[string]bool{
		"Darauf": true, "Darin": true, "Daran": true, "Dazu": true, "Dabei": true, "Darunter": true,
		"Dort": true, "Hier": true, "Dann": true, "Danach": true, "Daneben": true, "Darüber": true,
		"Davor": true, "Dahinter": true, "Damit": true, "Deshalb": true, "Daher": true,
	}
}

// commaBeforeVerb reports whether the verb at token verb follows the comma
// that closes a relative clause, with at most two lower-case adverbs
// between ("Wie X, der …, dazu feststellt"): no article, preposition or
// capitalized word, which would start a clause of their own.
func (d *doc) commaBeforeVerb(verb int) bool {
	for k := verb - 1; k >= 0 && k >= verb-3; k-- {
		if d.isPunct(k, ',') {
			return true
		}
		if !d.isWord(k) || d.toks[k].upper || d.is(k, cDet|cPrep) || d.toks[k].lex&lexQ != 0 {
			return false
		}
	}
	return false
}

// wordingVerbs say what a text holds: "In dem Entwurf steht der Passus:",
// "Das Gesetz enthält folgende Regel:".
//
// buildWordingVerbs returns the words of the table wordingVerbs (generated: see the
// package's zz_generated_sets.go).
func buildWordingVerbs() map[string]bool {
	return map[string]bool{
		"steht": true, "stand": true, "stehen": true, "standen": true, "enthält": true,
		"enthielt": true, "enthalten": true, "lesen": true, "fand": true, "findet": true,
		"fanden": true, "finden": true,
	}
}

// documentWording returns the document whose wording a clause [cs, ce)
// before a colon introduces, with a verb of wording (wordingVerbs) and no
// verb of saying: "in/auf DOC steht …:" (the document after the
// preposition), "DOC enthält …:" (the document as subject), "ein Zettel,
// auf dem … stand:" (the antecedent of the relative pronoun) and "Darin
// steht:" (the last document the sentence before names). The verb may
// stand anywhere in [cs, ce), the document only before docEnd. Otherwise
// noNP.
func (d *doc) documentWording(cs, ce, docEnd int) npRange {
	verb := -1
	for k := cs; k < ce; k++ {
		if d.isWord(k) && d.toks[k].lex&lexQ == 0 && wordingVerbs.Value(d.word(k)) {
			verb = k
			break
		}
	}
	if verb < 0 {
		return noNP
	}
	for k := cs; k < docEnd; k++ {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 {
			continue
		}
		w := d.word(k)
		switch {
		case k == cs && (w == "Darin" || w == "Dort" || w == "Darauf") || k > cs && (w == "dort" || w == "darin"):
			return d.lastDocumentBefore(cs)
		case strings.EqualFold(w, "in") || strings.EqualFold(w, "im") || strings.EqualFold(w, "auf"):
			if d.isPunct(k-1, ',') && d.isWord(k+1) && (d.is(k+1, cRelPronoun) || obliqueRelative(d.word(k+1))) {
				// "ein Zettel, auf dem geschrieben stand:"
				if np := d.relativeDocument(k); np.ok() {
					return np
				}
				continue
			}
			if np := d.documentNP(k+1, ce); np.ok() && (d.documentHead(np) >= 0 || d.wordingHolder(np)) {
				return np
			}
		case d.is(k, cDet) && (k == d.skipStarters(cs, ce) || k == verb+1):
			// the subject: at the start, or right after the verb
			if np := d.documentNP(k, ce); np.ok() && d.documentHead(np) >= 0 && !d.is(k, cOblique) {
				return np
			}
		}
	}
	return noNP
}

// relativeDocument returns the document that a relative clause opened by
// the preposition at token k refers to: "ein Zettel, auf dem geschrieben
// stand", "ein Papier, in dem es heißt" (a comma, the preposition, a
// relative pronoun, and a document noun right before the comma or before
// the verb's last word there, with its article: "legte ein Papier vor, in
// dem"); noNP otherwise.
func (d *doc) relativeDocument(k int) npRange {
	if !d.isPunct(k-1, ',') || !d.isWord(k+1) || !d.is(k+1, cRelPronoun) && !obliqueRelative(d.word(k+1)) {
		return noNP
	}
	m := k - 2
	if d.isWord(m) && !d.toks[m].upper && d.isWord(m-1) && d.toks[m-1].upper {
		m-- // the verb's particle or participle at the clause end: "ein Papier vor, in dem"
	}
	if !d.isWord(m) || d.documentHead(npRange{m, m + 1}) != m {
		return noNP
	}
	if d.isWord(m-1) && d.is(m-1, cDet) {
		return npRange{m - 1, m + 1}
	}
	return npRange{m, m + 1}
}

// obliqueRelative reports whether w is a relative pronoun in the dative
// or accusative after a preposition ("auf dem", "in denen", "in welchem").
func obliqueRelative(w string) bool {
	switch w {
	case "dem", "den", "denen", "welchem", "welchen":
		return true
	}
	return false
}

// lastDocumentBefore returns the last phrase headed by a document noun in
// the sentence before token b, or noNP.
func (d *doc) lastDocumentBefore(b int) npRange {
	if b == 0 {
		return noNP
	}
	ps := int(d.sent(b - 1).b)
	for k := b - 1; k >= ps; k-- {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 || d.documentHead(npRange{k, k + 1}) != k {
			continue
		}
		s := k
		for s-1 >= ps && d.isWord(s-1) && (d.is(s-1, cDet) || !d.toks[s-1].upper && !d.is(s-1, cPrep) && hasAnySuffix(d.word(s-1), "e", "en", "er", "es")) {
			s--
		}
		return npRange{s, k + 1}
	}
	return noNP
}

// wonachSubject returns the person who is the subject of a "wonach" clause
// that holds the quotation opening at o: the clause says what that person
// holds, on the word of the source before it ("zitiert die Zeitung, wonach
// der Minister X den Ländern die Schuld gibt, deren „…“ …" → X). A thing
// for subject gives noNP (the source before "wonach" then speaks).
func (d *doc) wonachSubject(b, o int) npRange {
	for k := o - 1; k > b; k-- {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 || d.word(k) != "wonach" {
			continue
		}
		if !d.isPunct(k-1, ',') {
			return noNP
		}
		s := k + 1
		for s < o && d.isWord(s) && d.is(s, cAdverb) {
			s++
		}
		if np := d.grabSubject(s); np.ok() && np.e < o && d.personal(np) {
			return np
		}
		return noNP
	}
	return noNP
}

// commaBetween reports whether a comma stands among tokens [a, b).
func (d *doc) commaBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if d.isPunct(k, ',') {
			return true
		}
	}
	return false
}

// possessiveGenitive are possessives in the genitive that link an author
// to a document: "ein Schreiben seiner Anwälte".
//
// buildPossessiveGenitive returns the words of the set possessiveGenitive (generated: see the
// package's zz_generated_sets.go).
func buildPossessiveGenitive() map[string]bool {
	return map[string]bool{"seiner": true, "ihrer": true, "seines": true, "ihres": true}
}

// demonstrativeOwner reads a sentence [nb, ne] that opens with a
// demonstrative and a noun of saying pointing back to the quotation before
// it ("Dieses Versprechen des Präsidenten X …", "Von diesem Satz des
// Ministers …", "Diese dem Minister X zugeschriebene Weisheit …") and
// returns the person named between the demonstrative and the noun or in a
// genitive right after it; otherwise noNP.
func (d *doc) demonstrativeOwner(nb, ne int) npRange {
	k := nb
	if d.isWord(k) && d.word(k) == "Von" {
		k++
	}
	if !d.isWord(k) {
		return noNP
	}
	var buf [16]byte
	switch string(parse.AppendLower(buf[:0], d.word(k))) {
	case "diese", "dieser", "dieses", "diesem", "diesen":
	default:
		return noNP
	}
	for m := k + 1; m <= ne && m <= k+10; m++ {
		if !d.isWord(m) || d.toks[m].lex&lexQ != 0 {
			return noNP
		}
		w := d.word(m)
		if !speechNouns.Value(w) && !maximNouns.Value(w) && !utteranceObjects.Value(w) && w != "Zitat" && w != "Worte" {
			continue
		}
		// the person before the noun ("dem Minister X zugeschriebene") or
		// in the genitive after it ("des Präsidenten X")
		for p := k + 1; p < m; p++ {
			if d.personMentionAt(p) {
				if np := d.grabNP(p, false); np.ok() && np.e <= m {
					return np
				}
			}
		}
		if d.isWord(m+1) && (d.word(m+1) == "des" || d.word(m+1) == "der") {
			if np := d.grabNP(m+1, true); np.ok() && d.personal(np) {
				return np
			}
		}
		return noNP
	}
	return noNP
}

// wordingHolder reports whether np, after "in" before a verb of wording,
// is a medium or a statement whose wording is cited ("In der Zeitung fand
// sich die Feststellung „…“", "in der Behauptung zu finden").
func (d *doc) wordingHolder(np npRange) bool {
	for k := np.s; k < np.e; k++ {
		if !d.isWord(k) || !d.toks[k].upper {
			continue
		}
		w := d.word(k)
		return speechNouns.Value(w) || hasTitleSuffix(w)
	}
	return false
}
