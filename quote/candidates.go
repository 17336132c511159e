package quote

import (
	"slices"
	"strings"
)

// sentenceHasCue reports whether the sentence around token i holds a verb of
// saying, a subjunctive form, "so X", "laut" or "zufolge" outside quotes.
func (d *doc) sentenceHasCue(i int) bool {
	if uint(i) >= uint(len(d.toks)) {
		return false
	}
	b, e := int(d.sent(i).b), int(d.sent(i).e)
	for k := b; k <= e; k++ {
		t := &d.toks[k]
		if t.lex&lexQ != 0 || t.kind != tWord {
			continue
		}
		fl := d.lx.infos[t.lex&lexMask].flags
		if fl&(lxSubjunctive|lxCue|lxVerb) == 0 {
			continue // not a subjunctive, laut, zufolge, so or a verb form
		}
		w := d.word(k)
		if fl&lxSubjunctive != 0 || w == "laut" || w == "zufolge" || w == "Laut" {
			return true
		}
		if w == "so" && d.isPunct(k-1, ',') {
			return true
		}
		if f, ok := d.verbAt(k, k == b); ok && f.plain {
			return true
		}
	}
	return false
}

// classify decides whether pair pi is a quotation or a name, title or scare
// quote.
func (d *doc) classify(pi int) (cand, bool) {
	p := d.pairs[pi]
	o, c := d.pairTok[pi][0], d.pairTok[pi][1]
	if o >= len(d.toks) || c >= len(d.toks) || c <= o {
		return cand{}, false
	}
	words := 0
	firstLower := false
	upperWords := 0
	for k := o + 1; k < c; k++ {
		if d.toks[k].kind == tWord {
			if words == 0 {
				firstLower = startsLower(d.word(k))
			}
			words++
			if d.toks[k].upper {
				upperWords++
			}
		}
	}
	if words == 0 {
		return cand{}, false
	}
	inner := strings.TrimRight(d.text[p.innerStart:p.innerEnd], " ")
	endPunct := false
	if inner != "" {
		last := inner[len(inner)-1]
		endPunct = last == '.' || last == '!' || last == '?' || strings.HasSuffix(inner, "…")
		if !endPunct && (last == '\'' || strings.HasSuffix(inner, "‘") || strings.HasSuffix(inner, "“")) {
			t := strings.TrimRight(strings.TrimRight(strings.TrimRight(inner, "'"), "‘"), "“")
			if t != "" {
				l := t[len(t)-1]
				endPunct = l == '.' || l == '!' || l == '?'
			}
		}
	}
	colonBefore := d.isPunct(o-1, ':') && d.toks[o-1].para == d.toks[o].para
	commaBefore := d.isPunct(o-1, ',')
	paraStart := o == 0 || d.toks[o-1].para != d.toks[o].para
	after := d.afterAttribution(o, c)
	if after.ok && (d.titleHead(after.np) && !d.speakingTitle(after) || d.acronymOf(o, c, after.np)) {
		// "„…“, so lautet der Titel der Studie": the span is named
		return cand{}, false
	}
	titleBefore := false
	nameBefore := false
	if d.isWord(o-1) && d.toks[o-1].para == d.toks[o].para {
		w := d.word(o - 1)
		titleBefore = titleNouns.Value(w)
		lw := w
		nameBefore = determiners.Value(lw) || prepositions.Value(lw) || strings.HasSuffix(lw, "s") && d.toks[o-1].upper
	}
	followedByParen := d.isPunct(c+1, '(') || d.isPunct(c+1, '[')
	// "„…“, hieß es.", "„…“, heißt es weiter": words in the front field of
	// an impersonal verb of saying are speech
	heisstEs := d.isPunct(c+1, ',') && d.isWord(c+2) && d.toks[c+2].lex&lexQ == 0 &&
		d.lx.infos[d.toks[c+2].lex&lexMask].flags&lxHeisst != 0 && d.isWord(c+3) && d.word(c+3) == "es" &&
		d.sent(o).b == int32(o) && d.toks[c+2].para == d.toks[c].para
	cue := d.sentenceHasCue(o)
	if d.isWord(o - 1) {
		w := d.word(o - 1)
		if !titleBefore && d.toks[o-1].upper {
			titleBefore = titleNouns.Value(strings.TrimSuffix(w, "s")) || titleNouns.Value(strings.TrimSuffix(w, "es")) || hasTitleSuffix(w)
		}
		switch w {
		case "genannte", "genannten", "genannter", "sogenannte", "sogenannten", "sogenannter", "bezeichnete", "bezeichneten":
			titleBefore = true // "die so genannte „…“"
		}
		// "laut „tagesschau.de“", "wie „heise online“ berichtet": a medium
		if w == "laut" || w == "Laut" || w == "Wie" || w == "wie" && words <= 3 {
			nameBefore, titleBefore = true, words <= 4
		}
	}
	// a list of titles: „A“, „B“ oder „C“
	list := !endPunct && !firstLower && (words <= 6 || d.pairFollows(c) && (d.pairPrecedes(o) || d.listIntro(o-1))) && (d.pairFollows(c) || d.pairPrecedes(o))
	// „heise online“ berichtet: the quoted words are the subject
	if d.isWord(c+1) && d.toks[c+1].para == d.toks[c].para && (words <= 4 || d.isWord(o-1) && nominativeArticles.Value(d.word(o-1))) && !endPunct && (!firstLower || d.isWord(o-1) && strings.EqualFold(d.word(o-1), "wie")) {
		// „…“ berichtete, die „…“ heute mitteilte: the subject of the verb
		k := c + 1
		if d.is(k, cAdverb) && d.isWord(k+1) {
			k++
		}
		if f, ok := d.verbAt(k, false); ok && (f.plain || len(f.particles) > 0) && !f.part {
			titleBefore = true
		}
	}
	label := d.labelled(o)
	naming := !after.ok && d.namingSlot(o, c)
	// governed: the sentence reports speech (sentenceHasCue or a verb of
	// judging); asked only for fragments
	governed := func() bool { return cue || d.judgedSentence(o) }

	mostlyUpper := upperWords*10 >= words*7
	accept := false
	switch {
	case d.utteranceList(o):
		accept = true // "skandierten Parolen wie „…“"
	case titleBefore && !colonBefore && !(after.ok && endPunct):
		accept = false
	case followedByParen && !endPunct && !after.ok:
		accept = false
	case list && !after.ok:
		accept = false
	case after.ok:
		accept = true
	case heisstEs && words >= 2 && !d.foreignFragment(o, c):
		accept = true
	case naming:
		accept = false
	case !endPunct && d.foreignFragment(o, c):
		accept = false // a title in another language
	case colonBefore:
		accept = d.headline(o) || endPunct || words >= 3 && !mostlyUpper || cue && words >= 3 || firstLower && words >= 2
	case paraStart:
		accept = words >= 3 && !mostlyUpper || endPunct
	case endPunct && words >= 2:
		accept = !(nameBefore && !firstLower && !cue)
	case words >= 5:
		accept = !(nameBefore && !firstLower && !governed()) && !(mostlyUpper && !cue)
	case label && words <= 4:
		accept = true
	default:
		// a fragment: speech when the clause reports what somebody said
		// or judged, unless it fills a naming slot
		accept = governed() && !d.nameShape(o, c) && (firstLower || d.clauseGoverned(o, c) && (words > 1 || d.labelSlot(o) || d.clauseHasVerb(o, c)))
	}
	if commaBefore && words >= 2 && !accept && cue && !list && !naming {
		accept = true
	}
	if !accept {
		return cand{}, false
	}
	cd := cand{
		inner: span{p.innerStart, p.innerEnd}, outer: span{p.open, p.close},
		open: o, close: c, kind: Direct, np: noNP, verbTok: -1, carry: -1,
	}
	if after.ok {
		cd.np, cd.verbTok, cd.plural = after.np, after.verb, after.plural
		cd.outer.e = max(cd.outer.e, int(d.toks[after.end].e))
	}
	return cd, true
}

// unmarkedParagraphs finds "X sagt begeistert:" + line break + a paragraph
// without quotation marks: that paragraph is a direct quotation of X. It
// appends them to out.
func (d *doc) unmarkedParagraphs(out []cand) []cand {
	// a colon ending a paragraph: only the last token of each paragraph
	// (but the last of the text) can be one
	for pi := 0; pi+1 < len(d.paraTok); pi++ {
		i := int(d.paraTok[pi+1]) - 1
		if i < int(d.paraTok[pi]) || i+1 >= len(d.toks) {
			continue // a paragraph without tokens, or the last token
		}
		t := &d.toks[i]
		if t.kind != tPunct || d.text[t.s] != ':' || t.lex&lexQ != 0 {
			continue
		}
		next := &d.toks[i+1]
		if next.kind == tMark || next.kind == tPunct {
			continue
		}
		cs := int(d.sent(i).b)
		np, verb, _, plural := d.subjectBefore(cs, i, false)
		if verb < 0 || !np.ok() {
			continue
		}
		if i-cs > 12 {
			continue
		}
		p := d.paras[next.para]
		// the paragraph must not already hold a quotation
		if d.pairInside(p) {
			continue
		}
		last := d.tokAt(p.e) - 1
		out = append(out, cand{
			inner: span{p.s, p.e}, outer: span{int(d.toks[cs].s), p.e},
			open: -1, close: last, kind: Direct, np: np, verbTok: verb, plural: plural, carry: -1,
		})
	}
	return out
}

// pairInside reports whether a pair starts inside s.
func (d *doc) pairInside(s span) bool {
	i, _ := slices.BinarySearchFunc(d.pairs, s.s, func(p pair, pos int) int { return p.open - pos })
	return i < len(d.pairs) && d.pairs[i].open < s.e
}

// nominativeArticles may open a subject.
//
// buildNominativeArticles returns the words of the set nominativeArticles (generated: see the
// package's zz_generated_sets.go).
func buildNominativeArticles() map[string]bool {
	return map[string]bool{"der": true, "die": true, "das": true, "Der": true, "Die": true, "Das": true}
}

// pairFollows reports whether another pair follows the closing mark at c
// after a comma, "und", "oder" or "sowie".
func (d *doc) pairFollows(c int) bool {
	k := c + 1
	if k < len(d.toks) && (d.isPunct(k, ',') || d.isWord(k) && (d.word(k) == "und" || d.word(k) == "oder" || d.word(k) == "sowie")) {
		k++
	}
	if d.isWord(k) && (d.word(k) == "oder" || d.word(k) == "und") {
		k++
	}
	if k > c+1 && d.isWord(k) && d.is(k, cDet) {
		k++ // "„A“, die „B“"
	}
	return k > c+1 && k < len(d.toks) && d.toks[k].kind == tMark && k+1 < len(d.toks) && d.toks[k+1].lex&lexQ != 0
}

// pairPrecedes reports whether a pair closes just before the opening mark
// at o, separated by a comma, "und", "oder" or "sowie".
func (d *doc) pairPrecedes(o int) bool {
	k := o - 1
	if d.isWord(k) && d.is(k, cDet) {
		k-- // "„A“, das „B“"
	}
	if k >= 0 && (d.isPunct(k, ',') || d.isWord(k) && (d.word(k) == "und" || d.word(k) == "oder" || d.word(k) == "sowie")) {
		k--
	}
	return k < o-1 && k >= 1 && d.toks[k].kind == tMark && d.toks[k-1].lex&lexQ != 0
}

// labelVerbs give something a name: "bezeichnete … als „…“", "nannte … einen „…“".
var labelVerbs = []string{"bezeichn", "nannte", "nennt", "nennen", "wertet", "werteten", "kritisiert", "charakterisiert", "beurteilt", "stufte", "stuft", "zurückgewiesen"}

// labelled reports whether the quote at o is a label given by a speaker:
// after "als" or an article, in a sentence with a labelling verb, or after
// "als" in a sentence with a verb of saying.
func (d *doc) labelled(o int) bool {
	k := o - 1
	if d.isWord(k) && d.is(k, cDet) {
		k--
	}
	afterAls := d.isWord(k) && d.word(k) == "als"
	indefinite := d.isWord(o-1) && strings.HasPrefix(d.word(o-1), "ein")
	if !afterAls && !indefinite {
		return false
	}
	b, e := int(d.sent(o).b), int(d.sent(o).e)
	for m := b; m <= e; m++ {
		if d.toks[m].lex&lexQ != 0 || !d.isWord(m) {
			continue
		}
		w := d.word(m)
		for _, lv := range labelVerbs {
			if strings.HasPrefix(w, lv) {
				// naming, not quoting: "nennt sich", "nennt man", "… genannt wird"
				for x := max(b, m-3); x <= min(e, m+3); x++ {
					if d.isWord(x) {
						switch d.word(x) {
						case "sich", "man", "wird", "werden", "wurde":
							return false
						}
					}
				}
				return true
			}
		}
		if afterAls && w != "sprach" && w != "spricht" && w != "sprechen" {
			if f, ok := d.verbAt(m, m == b); ok && f.plain {
				return true
			}
		}
	}
	return false
}

// titleSuffixes end nouns that introduce a name in marks ("Tageszeitung
// „…“", "Radiosender „…“").
var titleSuffixes = []string{"zeitung", "zeitschrift", "sender", "agentur", "website", "webseite", "gruppe",
	"magazin", "blatt", "programm", "partei", "verband", "enzyklika", "musical", "operation", "begriff",
	"distribution", "stern", "festival", "turnier", "kampagne", "initiative", "motto", "titel", "album",
	"woche", "kurier", "rundschau", "nachrichten", "news", "times", "post", "anzeiger", "bote",
	"film", "buch", "serie", "sendung", "show", "roman", "studie", "projekt", "aktion", "schiff", "fähre",
	"werk"}

func hasTitleSuffix(w string) bool {
	if len(w) < 4 || len(w) > 60 {
		return false
	}
	var buf [64]byte
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	for _, suf := range titleSuffixes {
		if len(b) >= len(suf) && string(b[len(b)-len(suf):]) == suf {
			return true
		}
	}
	return false
}

// headline reports whether the opening mark at o follows "Name:" at the
// start of its paragraph ("Nagel: „…“").
func (d *doc) headline(o int) bool {
	c := o - 1 // the colon
	k := c - 1
	for k >= 0 && c-k <= 4 && d.toks[k].para == d.toks[c].para && (d.isWord(k) && (d.toks[k].upper || d.word(k) == "und")) {
		k--
	}
	return k < c-1 && (k < 0 || d.toks[k].para != d.toks[c].para) && d.toks[k+1].upper
}

// innerEndsSentence reports whether the quote closed by the mark at token c
// ends with ! ? … or a dot.
func (d *doc) innerEndsSentence(c int) bool {
	if c < 1 {
		return false
	}
	p := &d.toks[c-1]
	if p.kind != tPunct {
		return false
	}
	switch d.text[p.s] {
	case '.', '!', '?':
		return true
	}
	return d.text[p.s:p.e] == "…"
}

// speakingTitle reports whether the attribution a after a quotation has a
// verb of saying and a subject whose first noun, though a title noun
// elsewhere ("die Partei „…“"), names a body that speaks: „…“, sagte die
// Gewerkschaft", "kritisierte die Partei", "erklärte der Verband". Such a
// subject is the speaker, not the name the span is given ("„…“, so
// lautet der Titel der Studie"). An impersonal "heißt es" is a verb of
// saying too ("„…“, hieß es bei der Gewerkschaft"; not "„…“, so heißt der
// Verband", which names it).
func (d *doc) speakingTitle(a attr) bool {
	if _, ok := d.verbAt(a.verb, false); !ok && !commentVerbs.Value(d.word(a.verb)) && !d.heisstEs(a.verb) {
		return false
	}
	k := d.firstNoun(a.np)
	return k >= 0 && d.speakerHead(npRange{s: k, e: k + 1})
}

// heisstEs reports whether token k is a form of "heißen" followed by "es"
// ("hieß es", "heißt es").
func (d *doc) heisstEs(k int) bool {
	return d.isWord(k) && isHeisst(d.word(k)) && d.isWord(k+1) && d.word(k+1) == "es"
}

// titleHead reports whether the first noun of np is a title or maxim noun
// ("der Titel einer Studie", "das Motto").
func (d *doc) titleHead(np npRange) bool {
	k := d.firstNoun(np)
	return k >= 0 && (d.is(k, cTitleNoun) || maximNouns.Value(d.word(k)))
}

// firstNoun returns the first capitalized word of np that is no
// determiner and stands in no extended attribute before the head, or -1.
func (d *doc) firstNoun(np npRange) int {
	if !np.ok() {
		return -1
	}
	from := np.s
	if d.isWord(from) && d.is(from, cDet) {
		// "der an der Studie beteiligte Forscher": past the attribute
		if k := d.participleAttribute(from + 1); k > from+1 && k < np.e {
			from = k
		}
	}
	for k := from; k < np.e && k < len(d.toks); k++ {
		if d.isWord(k) && d.toks[k].upper && !d.is(k, cDet) {
			return k
		}
	}
	return -1
}
