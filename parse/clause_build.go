package parse

import "strings"

// Building the clause layer of a Doc, one sentence at a time:
//
//  1. look every word up in the closed-class lexicon and mark verb
//     candidates (table forms, or unknown lower-case words with a finite
//     ending);
//  2. chunk noun phrases and prepositional phrases;
//  3. cut the sentence into clauses at commas, colons, semicolons, dashes,
//     brackets, quotation marks and coordinators that join two clauses,
//     nesting brackets and quotations, and join comma pieces without a verb
//     to their neighbours ("Roland Busch, Chef von Siemens, sagte …", "Der
//     Konzern, der …, senkte …");
//  4. find each clause's kind, finite verb, lexical verb, particle and subject.

// token bound kinds of tokInfo.bound
const (
	bNone uint8 = iota
	bComma
	bSemicolon
	bColon
	bDash
	bEnd
	bOpenBracket
	bCloseBracket
	bOpenQuote
	bCloseQuote
	bAmbigQuote
)

// maxNest bounds the nesting of brackets and quotations the segmenter
// follows; deeper openers are plain bounds.
const maxNest = 32

// buildClauses builds the clause layer once per Reset.
func (d *Doc) buildClauses() {
	cs := &d.cl
	if cs.built {
		return
	}
	cs.built = true
	n := len(d.Tokens)
	if cap(cs.tok) < n {
		cs.tok = make([]tokInfo, n, n+n/4)
	}
	cs.tok = cs.tok[:n]
	// chunks and clauses sized for the text at first use (news text has a
	// chunk per 3 to 4 tokens and a clause per 9 or 10), not grown by
	// doublings of as many size classes: fresh memory, a page fault per
	// page, in a run on one document
	if cap(cs.chunks) == 0 {
		cs.chunks = make([]Chunk, 0, n/3+4)
	}
	if cap(cs.clauses) == 0 {
		cs.clauses = make([]Clause, 0, n/8+4)
	}
	lex, quick := lexTab(), lexQuick()
	for si := range d.Sentences {
		r := d.Sentences[si].Tokens
		// sentence by sentence, so that the tokens stay in the cache
		for i := r.Start; i < r.End; i++ {
			ti := &cs.tok[i]
			*ti = tokInfo{chunk: -1, clause: -1}
			ti.lex = d.lexOf(i, lex, quick)
			ti.bound = d.boundOf(i)
			ti.verb = d.verbShape(i, ti.lex)
		}
		firstChunk := len(cs.chunks)
		d.chunkSentence(r)
		first := len(cs.clauses)
		d.segmentSentence(si, r)
		d.finishSentence(first, firstChunk, r)
	}
}

// lexOf looks token i up in the lexicon. Capitalized words count only where
// a sentence (or a quotation, a bracket, a colon clause) starts; elsewhere
// they are nouns.
func (d *Doc) lexOf(i int, lex *lexTable, quick *lexFilter) lexEntry {
	t := &d.Tokens[i]
	if t.Kind != KindWord || t.Flags&TokDigits != 0 {
		return lexEntry{}
	}
	switch t.Case {
	case CaseLower:
	case CaseUpper:
		if !d.startLike(i) {
			return lexEntry{}
		}
	default:
		return lexEntry{}
	}
	w := d.Text[t.Start:t.End]
	var buf [24]byte
	if len(w) > len(buf) || len(w) > quick.maxLen {
		return lexEntry{}
	}
	if t.Case == CaseLower {
		if !quick.mayHave(w) {
			return lexEntry{}
		}
		return lex.get(w)
	}
	n := copy(buf[:], w)
	switch c := buf[0]; {
	case c >= 'A' && c <= 'Z':
		buf[0] = c + 'a' - 'A'
	case c == 0xC3 && n > 1 && (buf[1] == 0x84 || buf[1] == 0x96 || buf[1] == 0x9C): // Ä Ö Ü
		buf[1] += 0x20
	}
	return lex.get(string(buf[:n]))
}

// startLike reports whether token i stands where a capital letter does not
// mark a noun: the start of a sentence, or after an opening quotation mark
// or bracket, a colon or a dash.
func (d *Doc) startLike(i int) bool {
	t := &d.Tokens[i]
	if t.Flags&TokSentenceStart != 0 {
		return true
	}
	if i == 0 {
		return true
	}
	p := &d.Tokens[i-1]
	switch p.Kind {
	case KindQuoteOpen, KindQuoteAmbig, KindBracketOpen, KindDash:
		return true
	case KindPunct:
		return d.Text[p.Start] == ':'
	}
	return false
}

// boundOf classifies token i as a clause bound.
func (d *Doc) boundOf(i int) uint8 {
	t := &d.Tokens[i]
	switch t.Kind {
	case KindPunct:
		switch d.Text[t.Start] {
		case ',':
			return bComma
		case ';':
			return bSemicolon
		case ':':
			return bColon
		case '.':
			if t.End-t.Start == 1 && i > 0 && d.Tokens[i-1].Flags&TokAbbrev != 0 && d.Tokens[i-1].End == t.Start {
				return bNone // the stop of "Dr.", "Mio.", "3."
			}
		}
		return bEnd
	case KindQuoteOpen:
		return bOpenQuote
	case KindQuoteClose:
		return bCloseQuote
	case KindQuoteAmbig:
		return bAmbigQuote
	case KindBracketOpen:
		return bOpenBracket
	case KindBracketClose:
		return bCloseBracket
	case KindDash:
		if t.Flags&TokSpaceBefore != 0 && (i+1 >= len(d.Tokens) || d.Tokens[i+1].Flags&TokSpaceBefore != 0) {
			return bDash
		}
	}
	return bNone
}

// verbShape marks token i as a verb candidate: a finite form from the
// tables, or an unknown lower-case word with a verb ending.
func (d *Doc) verbShape(i int, e lexEntry) uint8 {
	t := &d.Tokens[i]
	if t.Kind != KindWord {
		return 0
	}
	var v uint8
	switch e.cls {
	case wAux, wModal:
		v = vfCand | vfAux
	case wVerb:
		v = vfCand
	case wNone:
		if t.Case != CaseLower || t.Flags&TokDigits != 0 || t.Flags&(TokHyphenNext|TokSlashNext|TokHyphenEnd) != 0 {
			return 0
		}
		return unknownVerbShape(d.Text[t.Start:t.End])
	default:
		if e.flags&lxPartic != 0 {
			return vfParticle
		}
		return 0
	}
	if e.flags&lxSg != 0 {
		v |= vfSg
	}
	if e.flags&lxPl != 0 {
		v |= vfPl
	}
	return v
}

// unknownVerbShape guesses from its ending whether an unknown lower-case
// word is a verb form: -t, -te (singular), -en, -ten, -ern, -eln (plural
// or infinitive); ge…t and ge…en are participles.
func unknownVerbShape(w string) uint8 {
	if len(w) < 4 {
		return 0
	}
	var v uint8
	switch {
	case strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ern") || strings.HasSuffix(w, "eln"):
		v = vfCand | vfPl
	case strings.HasSuffix(w, "te"):
		v = vfCand | vfSg
	case strings.HasSuffix(w, "t"):
		if (strings.HasSuffix(w, "ant") || strings.HasSuffix(w, "ent")) && !strings.HasSuffix(w, "ennt") {
			return 0 // relevant, effizient
		}
		if strings.HasSuffix(w, "st") && !strings.HasSuffix(w, "sst") && !strings.HasSuffix(w, "ßt") {
			return 0 // meist, zumindest
		}
		v = vfCand | vfSg
	default:
		return 0
	}
	if strings.HasPrefix(w, "ge") && len(w) >= 6 {
		v |= vfPart
	}
	return v
}

// chunkSentence finds the noun and prepositional phrases of the tokens r.
func (d *Doc) chunkSentence(r Range) {
	cs := &d.cl
	for i := r.Start; i < r.End; {
		ti := &cs.tok[i]
		t := &d.Tokens[i]
		if ti.bound != bNone || (t.Kind != KindWord && t.Kind != KindNumber && t.Kind != KindSymbol) {
			i++
			continue
		}
		if ti.lex.cls == wPrep && !(ti.lex.flags&lxSubPrep != 0 && d.afterComma(i)) {
			np, ok := d.parseNP(i+1, r.End, true, ti.lex.flags&lxPrepDet != 0)
			if !ok {
				if ti.lex.flags&lxPartic != 0 {
					ti.verb |= vfParticle
				}
				i++
				continue
			}
			ch := Chunk{Kind: ChunkPP, Flags: np.flags, Tokens: Range{i, np.end}, Head: np.head, Det: np.det, Prep: i, Readings: np.rd}
			if ti.lex.flags&lxPrepDet != 0 {
				ch.Det = i
				ch.Readings = ti.lex.drd
				ch.Flags &^= ChunkBare
			} else if np.rd&ti.lex.rd != 0 {
				ch.Readings = np.rd & ti.lex.rd
			}
			d.addChunk(ch)
			i = np.end
			continue
		}
		np, ok := d.parseNP(i, r.End, false, false)
		if !ok {
			i++
			continue
		}
		ch := Chunk{Kind: ChunkNP, Flags: np.flags, Tokens: Range{i, np.end}, Head: np.head, Det: np.det, Prep: -1, Readings: np.rd}
		if np.det >= 0 && np.flags&ChunkPronoun == 0 {
			// a genitive after the phrase before it: "der Umsatz des Konzerns"
			if np.rd.Only(ReadGen) {
				ch.Flags |= ChunkGenitive
			} else if np.rd&ReadGen != 0 && len(cs.chunks) > 0 {
				p := &cs.chunks[len(cs.chunks)-1]
				if p.Tokens.End == i && p.Flags&ChunkPronoun == 0 && p.Head >= 0 && d.Tokens[p.Head].Kind == KindWord {
					ch.Flags |= ChunkGenitive
				}
			}
		}
		d.addChunk(ch)
		i = np.end
	}
	d.markSecondSlot(r)
}

// markSecondSlot marks an unknown lower-case word right after the first
// phrase of a sentence (or of a quotation or a colon clause) as a finite
// verb: the second slot of a German main clause holds the finite verb, so
// "Die EZB beließ …" and "Gestern beließ …" make "beließ" a verb even
// though it has no verb ending.
func (d *Doc) markSecondSlot(r Range) {
	cs := &d.cl
	for i := r.Start; i < r.End; i++ {
		if !d.startLike(i) || cs.tok[i].bound != bNone {
			continue
		}
		j := i + 1
		if c := cs.tok[i].chunk; c >= 0 {
			j = cs.chunks[c].Tokens.End
			// the first phrase may hold attached phrases: "In die Diskussion
			// um den Verkehr mische …", "Der Chef der Bank räumte …"
			for n := 0; n < 4 && j < r.End; n++ {
				c2 := cs.tok[j].chunk
				if c2 < 0 || cs.chunks[c2].Tokens.Start != j || (cs.chunks[c2].Kind != ChunkPP && cs.chunks[c2].Flags&ChunkGenitive == 0) {
					break
				}
				j = cs.chunks[c2].Tokens.End
			}
		} else if cs.tok[i].lex.cls != wAdv {
			continue
		}
		if j >= r.End {
			continue
		}
		t, tj := &d.Tokens[j], &cs.tok[j]
		if t.Kind == KindWord && t.Case == CaseLower && tj.lex.cls == wNone && tj.chunk < 0 && tj.verb&vfCand == 0 && t.Flags&(TokHyphenNext|TokSlashNext|TokDigits) == 0 &&
			t.End-t.Start >= 3 && !nameConnector(d.Text[t.Start:t.End]) {
			tj.verb |= vfCand | vfSg
		}
	}
}

// addChunk appends ch and marks its tokens.
func (d *Doc) addChunk(ch Chunk) {
	cs := &d.cl
	k := int32(len(cs.chunks))
	ch.Clause = -1
	cs.chunks = append(cs.chunks, ch)
	for j := ch.Tokens.Start; j < ch.Tokens.End; j++ {
		cs.tok[j].chunk = k
		cs.tok[j].verb &^= vfCand | vfParticle
	}
}

// afterComma reports whether token i follows a comma (or a coordinator
// after a comma).
func (d *Doc) afterComma(i int) bool {
	if i == 0 {
		return false
	}
	p := &d.cl.tok[i-1]
	if p.bound == bComma {
		return true
	}
	return p.lex.cls == wCoord && i >= 2 && d.cl.tok[i-2].bound == bComma
}

// npResult is a noun phrase found by parseNP.
type npResult struct {
	end, head, det int
	rd             Readings
	flags          ChunkFlags
	named          bool // the run went on past its first noun: a name follows a role
}

// parseNP parses a noun phrase starting at token j, before token e.
// afterPrep says a preposition precedes (so any lower-case word before a
// noun is an adjective); fused says the preposition holds the article.
func (d *Doc) parseNP(j, e int, afterPrep, fused bool) (npResult, bool) {
	cs := &d.cl
	res := npResult{head: -1, det: -1}
	k := j
	if k >= e {
		return res, false
	}
	if !fused && cs.tok[k].lex.cls == wDet && d.Tokens[k].Kind == KindWord {
		res.det, res.rd = k, cs.tok[k].lex.rd
		k++
		if a := d.extendedAttribute(res.det, e); a > k {
			k = a // "der als Sanierer bekannte Manager": on to the adjective
		}
	}
	lastNum := -1
	loose := afterPrep || fused || res.det >= 0
	for k < e {
		t := &d.Tokens[k]
		ti := &cs.tok[k]
		if ti.bound != bNone {
			break
		}
		if d.nounUnitAt(k, e) {
			break
		}
		if t.Kind == KindNumber || ti.lex.cls == wNumWord {
			lastNum = k
			k = d.skipDot(k+1, e)
			loose = true
			continue
		}
		if t.Kind == KindSymbol && lastNum >= 0 && unitSymbol(d.Text[t.Start:t.End]) {
			break // the unit is the head
		}
		if t.Kind == KindWord && (t.Case == CaseLower || t.Case == CaseUpper && ti.lex.cls == wAdv) {
			switch {
			case ti.lex.cls == wNone && (loose || bareAdjective(d.Text[t.Start:t.End])):
				k++
				continue
			case ti.lex.cls == wAdv && ti.lex.flags&lxAdvLike != 0 && (loose || k+1 < e && d.Tokens[k+1].Kind == KindNumber):
				k++ // "die rund 500 Mitarbeiter", "rund 300 Beschäftigte"
				continue
			}
		}
		break
	}
	// the head: a noun, a run of names, or a unit after a number
	h := k
	end := h
	for end < e {
		if d.nounUnitAt(end, e) && (res.head < 0 || d.nameRunGoesOn(res, end)) {
			if res.head >= 0 {
				res.named = true
			}
			r := d.compoundFrom(end, e)
			res.head = r - 1
			end = d.skipDot(r, e)
			continue
		}
		t := &d.Tokens[end]
		if t.Kind == KindSymbol && (lastNum >= 0 || res.head >= 0) && unitSymbol(d.Text[t.Start:t.End]) && cs.tok[end].bound == bNone {
			res.head = end
			end++
			continue
		}
		if res.head >= 0 && end+1 < e && nameConnector(d.Text[t.Start:t.End]) && d.nounUnitAt(end+1, e) {
			end++ // "Bank of England", "Procter & Gamble"
			res.named = true
			continue
		}
		break
	}
	switch {
	case res.head >= 0:
		res.end = end
	case lastNum >= 0:
		res.head = lastNum
		res.end = d.skipDot(lastNum+1, e)
	case res.det >= 0:
		res.end = res.det + 1
		res.head = res.det
		res.flags |= ChunkPronoun
		return res, true
	default:
		if j < e && (cs.tok[j].lex.cls == wPron || cs.tok[j].lex.cls == wRel) {
			res.end, res.head, res.rd = j+1, j, cs.tok[j].lex.rd
			res.flags |= ChunkPronoun
			return res, true
		}
		return res, false
	}
	if lastNum >= 0 {
		res.flags |= ChunkNumber
	}
	if res.det < 0 && !fused {
		res.flags |= ChunkBare
	}
	return res, true
}

// nounUnitAt reports whether a noun (or a hyphen compound ending in one)
// starts at token k: a capitalized word that is no function word.
func (d *Doc) nounUnitAt(k, e int) bool {
	t := &d.Tokens[k]
	if d.cl.tok[k].bound != bNone {
		return false
	}
	if t.Flags&(TokHyphenNext|TokSlashNext) != 0 && (t.Kind == KindWord || t.Kind == KindNumber) {
		last := d.compoundFrom(k, e) - 1
		lt := &d.Tokens[last]
		return last > k && lt.Kind == KindWord && lt.Case >= CaseUpper
	}
	return t.Kind == KindWord && t.Case >= CaseUpper && d.cl.tok[k].lex.cls == wNone
}

// compoundFrom returns the end of the hyphen or slash compound starting at
// token k, not beyond e and at most MaxCompound tokens long.
func (d *Doc) compoundFrom(k, e int) int {
	for s := k; k+1 < e && k+1-s < MaxCompound && d.Tokens[k].Flags&(TokHyphenNext|TokSlashNext) != 0; {
		k++
	}
	return k + 1
}

// skipDot returns k+1 when token k is the stop of an abbreviation, else k.
func (d *Doc) skipDot(k, e int) int {
	if k < e && k > 0 && d.Tokens[k].Kind == KindPunct && d.cl.tok[k].bound == bNone {
		return k + 1
	}
	return k
}

// unitSymbol reports whether s is a unit or currency sign that heads a
// number phrase.
func unitSymbol(s string) bool {
	switch s {
	case "%", "‰", "€", "$", "£", "¥", "₣", "₤":
		return true
	}
	return false
}

// nameConnector reports whether w joins the parts of a name.
func nameConnector(w string) bool {
	switch w {
	case "of", "&", "de", "du", "la", "van", "y", "and", "et":
		return true
	}
	return false
}

// ordinalAdjs are ordinals and similar adjectives that end in -te.
//
// buildOrdinalAdjs returns the words of the table ordinalAdjs (generated:
// see the package's zz_generated_sets.go).
func buildOrdinalAdjs() map[string]struct{} {
	return map[string]struct{}{
		"erste": {}, "zweite": {}, "dritte": {}, "vierte": {}, "fünfte": {}, "sechste": {},
		"siebte": {}, "achte": {}, "neunte": {}, "zehnte": {}, "letzte": {}, "nächste": {},
		"größte": {}, "höchste": {}, "beste": {}, "meiste": {}, "neueste": {}, "jüngste": {},
	}
}

// bareAdjective reports whether a lower-case word without an article in
// front can be an attributive adjective ("hohe Kosten", "neue Aufträge"):
// an ending -e, -er, -es or -em, and not the -te of a verb.
func bareAdjective(w string) bool {
	if len(w) < 3 {
		return false
	}
	switch {
	case strings.HasSuffix(w, "te"):
		return ordinalAdjs.Has(w) || strings.HasSuffix(w, "ste")
	case strings.HasSuffix(w, "e"), strings.HasSuffix(w, "er"), strings.HasSuffix(w, "es"), strings.HasSuffix(w, "em"):
		return true
	}
	return false
}

// nameRunGoesOn reports whether the capitalized word at token k continues
// the noun phrase res whose head so far is res.head. Without a determiner
// a run of capitalized words is one name ("Konzernchef Roland Busch");
// after a determiner it goes on only after a role noun ("der Vorstandschef
// Roland Busch"), a capitalized adjective ("die Deutsche Bank") or before
// an acronym or legal form ("die Kolbe AG"); "die Firma Stellen" and "dem
// Konzern Aufträge" are two phrases.
func (d *Doc) nameRunGoesOn(res npResult, k int) bool {
	if res.det < 0 || res.named {
		return true
	}
	t := &d.Tokens[k]
	if t.Case == CaseCaps || t.Kind != KindWord {
		return true
	}
	h := &d.Tokens[res.head]
	w := d.Text[h.Start:h.End]
	if roleNoun(w) {
		return true
	}
	// a capitalized adjective: "Deutsche", "Europäischen"
	return h.Case == CaseUpper && !strings.HasSuffix(w, "te") && (strings.HasSuffix(w, "sche") || strings.HasSuffix(w, "schen") ||
		strings.HasSuffix(w, "ische") || strings.HasSuffix(w, "ale") || strings.HasSuffix(w, "alen") || strings.HasSuffix(w, "sche"))
}

// roleSuffixes end nouns of roles and titles that a name may follow.
var roleSuffixes = []string{
	"chef", "chefin", "vorstand", "vorständin", "minister", "ministerin", "sprecher", "sprecherin",
	"präsident", "präsidentin", "direktor", "direktorin", "leiter", "leiterin", "gründer", "gründerin",
	"analyst", "analystin", "ökonom", "ökonomin", "manager", "managerin", "gouverneur", "gouverneurin",
	"kanzler", "kanzlerin", "vorsitzende", "vorsitzender", "experte", "expertin", "berater", "beraterin",
	"eigentümer", "eigentümerin", "aktionär", "aktionärin", "investor", "investorin", "anwalt", "anwältin",
	"herr", "frau", "kollege", "kollegin", "nachfolger", "nachfolgerin", "vorgänger", "vorgängerin",
}

// roleNoun reports whether w ends in a role suffix (any case of the first letter).
func roleNoun(w string) bool {
	if len(w) < 3 {
		return false
	}
	switch w[len(w)-1] {
	case 'f', 'n', 'd', 'r', 't', 'e', 'm': // the last letters of roleSuffixes
	default:
		return false
	}
	for _, s := range roleSuffixes {
		if len(w) >= len(s) && strings.EqualFold(w[len(w)-len(s):], s) {
			return true
		}
	}
	return false
}

// extendedAttribute looks past an extended attribute between determiner
// det and its noun ("der als Sanierer bekannte Manager", "die im Vorjahr
// erzielten Erlöse"): a few words with no determiner, verb or bound among
// them, then an adjective (-e, -en, -er, -es, -em) right before a noun.
// It returns the index of that adjective, or -1. A determiner after a
// comma is left alone: there it is a relative pronoun (", die im Mai
// höhere Preise verlangte").
func (d *Doc) extendedAttribute(det, e int) int {
	cs := &d.cl
	if det > 0 && cs.tok[det-1].bound == bComma {
		return -1
	}
	if det+1 < e && (d.nounUnitAt(det+1, e) || d.Tokens[det+1].Case == CaseLower && cs.tok[det+1].lex.cls == wNone) {
		return -1 // a plain phrase: "der neue Chef", "die Bank"
	}
	for j := det + 1; j < e && j-det <= 8; j++ {
		t, tj := &d.Tokens[j], &cs.tok[j]
		if tj.bound != bNone || (t.Kind != KindWord && t.Kind != KindNumber && t.Kind != KindPunct) {
			return -1
		}
		switch tj.lex.cls {
		case wSub:
			if d.Text[t.Start:t.End] != "als" {
				return -1
			}
		case wDet, wCoord, wAux, wModal, wVerb, wPron, wRel:
			return -1
		}
		if t.Kind == KindWord && t.Case == CaseLower && tj.lex.cls == wNone && j+1 < e && d.nounUnitAt(j+1, e) && j > det+1 {
			w := d.Text[t.Start:t.End]
			if strings.HasSuffix(w, "e") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "er") ||
				strings.HasSuffix(w, "es") || strings.HasSuffix(w, "em") {
				return j
			}
		}
	}
	return -1
}
