package entity

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/finanztext/finanztext/parse"
	"golang.org/x/text/unicode/norm"
)

// mention is a Mention while the document is read: its token range
// [ts, te), with the role as a token; FindDoc builds the Mention.
type mention struct {
	ent      *Entity
	org      string // the canonical name of the role's organization (persons)
	ts, te   int
	role     int32 // the role's token + 1; 0: none (persons)
	kind     MentionKind
	gender   Gender
	genitive bool // written with a genitive -s ("Microsofts")
	byRule   bool
}

// acronymDef is "Long Name (ACR)" found in the document.
type acronymDef struct {
	ts, te int // the long form's tokens
	ent    *Entity
}

// docState is the working state of one FindDoc call.
type docState struct {
	ix        *index
	text      string
	toks      []token
	buf       []byte
	ms        []mention
	confirmed map[*Entity]bool
	local     map[string]localAlias
	defs      map[int]acronymDef // by start token
	ruleEnts  map[string]*Entity
	persons   map[string]*Entity
	notes     tokenNotes
	added     []mention // persons by surname alone, from resolveSurnames
	wordPos   map[string][]int32
	nameUse   map[string]bool
	repNames  map[string]int32 // repeatRuleOrgs: a name's index, for a document of many names
	// sentMemo holds, per sentence, the answers of sentenceBiz,
	// sentenceFigures, sentenceSports, sentenceMatch and sentenceProducts
	// (memo* bits); empty until first asked.
	sentMemo []uint16
	// localTitle: an acronym in title case was defined ("… Company
	// (Adnoc)"); localFilt holds it and its genitive.
	localTitle bool
	localFilt  *wordFilter
	// wordPosDone: wordPos is built (usedAsName).
	wordPosDone bool
	// legalOK: no token in [legalFrom, legalNext) starts a legal form
	// (wLegalStart), and token legalNext does or is len(toks)
	// (nextLegalStart).
	legalOK              bool
	legalFrom, legalNext int
	// refWords are the tokens that may start a reference (a word of at
	// most seven bytes flagged wRefWord), legalStarts those that may start
	// a legal form (wLegalStart), in text order (noteWords): resolveRefs
	// and nextLegalStart need not read every token again.
	refWords, legalStarts []int32

	// Working memory of the later stages, kept with the state.
	ents  entArena        // the document's own entities (persons, rule organizations)
	whos  []who           // resolveSurnames
	sur   map[string]*who // resolveSurnames
	rs    []rng           // findDoc: the token ranges of the output mentions
	res   refResolver     // resolveRefs
	entIx map[*Entity]int // ownEntities
}

// Bits of docState.sentMemo: for each question a bit telling that the
// answer is known and one holding it.
const (
	memoBiz   = 0 // sentenceBiz
	memoFig   = 2 // sentenceFigures
	memoSport = 4 // sentenceSports
	memoMatch = 6 // sentenceMatch
	memoProd  = 8 // sentenceProducts
)

// sentenceMemo returns the memoized answer of question q (a memo* shift)
// for sentence s, and whether there is one.
func (d *docState) sentenceMemo(s int32, q uint) (v, ok bool) {
	if s < 0 || int(s) >= len(d.sentMemo) {
		return false, false
	}
	b := d.sentMemo[s] >> q
	return b&2 != 0, b&1 != 0
}

// setSentenceMemo keeps the answer v of question q for sentence s.
func (d *docState) setSentenceMemo(s int32, q uint, v bool) {
	if s < 0 || int(s) >= len(d.notes.sents) {
		return
	}
	if len(d.sentMemo) == 0 {
		d.sentMemo = resize(d.sentMemo, len(d.notes.sents))
		clear(d.sentMemo)
	}
	b := uint16(1)
	if v {
		b |= 2
	}
	d.sentMemo[s] |= b << q
}

type localAlias struct {
	ent  *Entity
	from int // active from this token on
}

// entArena hands out the entities a document makes itself (persons, rule
// organizations) from chunks kept between documents. The caller never
// sees them: ownEntities copies every entity of the output.
type entArena struct {
	chunks []*[entChunk]Entity
	n      int // entities handed out
}

const entChunk = 32

// new returns a zeroed entity that stays valid until reset.
func (a *entArena) new() *Entity {
	c, k := a.n/entChunk, a.n%entChunk
	if c == len(a.chunks) {
		a.chunks = append(a.chunks, new([entChunk]Entity))
	}
	a.n++
	e := &a.chunks[c][k]
	*e = Entity{}
	return e
}

// reset forgets the entities handed out (and the strings they hold).
func (a *entArena) reset() {
	for c := 0; c*entChunk < a.n; c++ {
		clear(a.chunks[c][:min(entChunk, a.n-c*entChunk)])
	}
	a.n = 0
}

// statePool keeps docStates, with their buffers and maps, for reuse.
var statePool = sync.Pool{New: func() any { return new(docState) }}

// maxPooled is the largest buffer kept for reuse (in tokens).
const maxPooled = 1 << 16

// maxPooledMap is the largest map kept for reuse (in entries): clearing a
// map costs its capacity.
const maxPooledMap = 256

func newDocState(ix *index, text string) *docState {
	d := getDocState(ix, text)
	d.toks = tokenizeWith(text, d.toks[:0], ix, &d.buf, &d.notes)
	d.sizeMentions()
	return d
}

// newDocStateFrom is newDocState with the tokens derived from ptoks, a
// tokenization of text (see tokensFrom).
func newDocStateFrom(ix *index, text string, ptoks []parse.Token) *docState {
	d := getDocState(ix, text)
	d.toks = tokensFrom(text, ptoks, d.toks[:0], ix, &d.buf, &d.notes)
	d.sizeMentions()
	return d
}

// getDocState returns a docState from the pool for text, its buffers
// sized for it.
func getDocState(ix *index, text string) *docState {
	d := statePool.Get().(*docState)
	d.ix, d.text = ix, text
	d.legalOK = false
	if want := min(len(text)/5+1, maxPooled); cap(d.toks) < want {
		// A guess: about one token per five bytes, at most maxPooled;
		// tokenizeWith grows a longer slice once, as the text so far
		// predicts (growTokens).
		d.toks = make([]token, 0, want)
	}
	if want := len(text)/10 + 1; cap(d.notes.uppers) < want {
		d.notes.uppers = make([]int32, 0, want) // a guess: one per ten bytes
	}
	if want := len(text)/128 + 1; cap(d.notes.sents) < want {
		d.notes.sents = make([]int32, 0, want) // a guess: one per 128 bytes
	}
	return d
}

// sizeMentions sizes the mentions of a long text once.
func (d *docState) sizeMentions() {
	if len(d.toks) >= 1024 {
		// A long text: size the mentions once (a guess: one per 32
		// tokens, at most one per two words in upper case) rather than
		// growing them step by step.
		d.ms = resize(d.ms, min(len(d.toks)/32, len(d.notes.uppers)/2+16))[:0]
	}
}

// meta returns the id and flags of the word info of token i.
func (d *docState) meta(i int) wordMeta { return d.ix.wmeta[d.toks[i].wi] }

// sentOf returns the index of the sentence of token i.
func (d *docState) sentOf(i int) int32 {
	// The last sentence starting at or before i.
	lo, hi := 0, len(d.notes.sents) // sents[lo-1] ≤ i < sents[hi]
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(d.notes.sents[m]) <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return int32(lo - 1)
}

// sentBounds returns the first and the last token of sentence s.
func (d *docState) sentBounds(s int32) (int, int) {
	a, b := int(d.notes.sents[s]), len(d.toks)-1
	if int(s)+1 < len(d.notes.sents) {
		b = int(d.notes.sents[s+1]) - 1
	}
	return a, b
}

func (d *docState) str(i int) string { t := &d.toks[i]; return d.text[t.start:t.end] }

// word returns token i in NFC, for comparisons with words of the tables.
func (d *docState) word(i int) string {
	if d.toks[i].is(fMark) {
		return nfc(d.str(i))
	}
	return d.str(i)
}

// The tests of a token by index below take an index out of range (also
// a negative one: uint) as a token without the property, in one compare.

func (d *docState) flag(i int, f uint32) bool {
	if uint(i) >= uint(len(d.toks)) {
		return false
	}
	wi := d.toks[i].wi
	return wi != 0 && d.ix.wmeta[wi].flags&f != 0 // (wi 0: no word info, no flags)
}

func (d *docState) isWord(i int) bool { return uint(i) < uint(len(d.toks)) && d.toks[i].kind == tkWord }

// isPunct reports whether token i is the punctuation rune s.
func (d *docState) isPunct(i int, s string) bool {
	if uint(i) >= uint(len(d.toks)) {
		return false
	}
	t := &d.toks[i]
	return t.kind == tkPunct && d.text[t.start:t.end] == s
}

// joined reports whether tokens i and i+1 touch (no space between).
func (d *docState) joined(i int) bool {
	return i >= 0 && i+1 < len(d.toks) && d.toks[i].end == d.toks[i+1].start
}

// isUpperWord: a word starting with an upper-case letter.
func (d *docState) isUpperWord(i int) bool {
	return d.isWord(i) && d.toks[i].is(fUpper)
}

// hyphenCont reports whether token i is a hyphen joining i-1 and i+1
// into one compound ("Siemens-Chef").
func (d *docState) hyphenCont(i int) bool {
	// Written out (one bounds test) so that it inlines.
	if i <= 0 || i+1 >= len(d.toks) {
		return false
	}
	t := &d.toks[i]
	return t.flags&fHyphen != 0 && d.toks[i-1].end == t.start && t.end == d.toks[i+1].start && d.toks[i+1].kind == tkWord
}

// nameWord reports whether token i can be part of a name: a capitalized
// word that is not a function word, standing on its own (space before).
func (d *docState) nameWord(i int) bool {
	// Written out (one bounds test) so that it inlines.
	if uint(i) >= uint(len(d.toks)) {
		return false
	}
	t := &d.toks[i]
	return t.kind == tkWord && t.flags&(fUpper|fSpace) == fUpper|fSpace && (t.wi == 0 || d.ix.wmeta[t.wi].flags&wStop == 0)
}

// key returns the matching key of token i (valid until the next call).
func (d *docState) key(i int) []byte {
	if d.ownKey(i) {
		d.buf = append(d.buf[:0], d.str(i)...)
		return d.buf
	}
	d.buf = appendKey(d.buf[:0], d.str(i))
	return d.buf
}

// ownKey reports whether word token i is its own matching key: no
// apostrophe or combining mark, and all caps or nothing appendKey lowers
// after the first rune.
func (d *docState) ownKey(i int) bool {
	t := &d.toks[i]
	return t.kind == tkWord && t.flags&(fMark|fNoKey) == 0 && (t.is(fCaps) || t.flags&(fInnerCaps|fOddCase) == 0)
}

// lowerB returns token i in lower case: the bytes are valid until the
// next use of d.buf.
func (d *docState) lowerB(i int) []byte {
	if t := &d.toks[i]; t.flags&(fASCII|fInnerCaps) == fASCII {
		// ASCII letters and digits, an upper-case letter at most first:
		// appendLower's result is the word with that letter lowered.
		d.buf = append(d.buf[:0], d.text[t.start:t.end]...)
		if t.flags&fUpper != 0 {
			d.buf[0] += 'a' - 'A'
		}
		return d.buf
	}
	d.buf = appendLower(d.buf[:0], d.str(i))
	return d.buf
}

// endsWith reports whether b ends in s with more than rest bytes before it.
func endsWith(b []byte, s string, rest int) bool {
	return len(b) > len(s)+rest && string(b[len(b)-len(s):]) == s
}

// genitiveInfo returns the id and flags of the word info of token i
// without a final -s (id -1 when there is none).
func (d *docState) genitiveInfo(i int) wordMeta {
	s := d.str(i)
	if len(s) < 3 || s[len(s)-1] != 's' || d.toks[i].is(fCaps) || len(s) < 5 && !capitalsBefore(s, len(s)-1) {
		return d.ix.wmeta[0]
	}
	return d.stemInfo(i, s[:len(s)-1])
}

// genitiveForm reports whether token t (a word) may be a name with the
// genitive -s: a capitalized word of five bytes or more ending in s
// ("Apples", "Teslas"), or an acronym of two or three capitals with an s
// ("SAPs", "VWs", "RWEs"). Shorter words take no genitive -s: "Uns", "Bus".
func (d *docState) genitiveForm(t *token) bool {
	if t.flags&(fUpper|fCaps) != fUpper || d.text[t.end-1] != 's' {
		return false
	}
	n := int(t.end - t.start)
	return n >= 5 || n >= 3 && capitalsBefore(d.text[t.start:t.end], n-1)
}

// capitalsBefore reports whether s[:n] is all ASCII capitals.
func capitalsBefore(s string, n int) bool {
	for k := range n {
		if s[k] < 'A' || s[k] > 'Z' {
			return false
		}
	}
	return true
}

// stemInfo returns the word info of stem, the start of token i (id -1
// when there is none).
func (d *docState) stemInfo(i int, stem string) wordMeta {
	if !d.toks[i].is(fInnerCaps) && !d.ix.mayHave(stem, false, d.toks[i].is(fMark)) {
		return d.ix.wmeta[0]
	}
	if d.ownKey(i) {
		// Not all caps: the stem has no upper case after the first rune.
		if len(stem) <= 8 {
			return d.ix.wmeta[d.ix.vtab.getSmall(packText(d.text, int(d.toks[i].start), len(stem)))]
		}
		return d.ix.wmeta[d.ix.vtab.get(stem)]
	}
	d.buf = appendKey(d.buf[:0], stem)
	return d.ix.wmeta[d.ix.vtab.get(string(d.buf))]
}

// genitiveEsTerm finds the organization whose alias ends at token j of a
// match that starts at token i (node its trie node before j) when j is
// written with the genitive -es: "des Bundestages", "des Statistischen
// Bundesamtes", "des Kanzleramtes". Only a name that needs no evidence,
// and not the first part of a compound ("Bundes-Innenminister"), not a
// place or product, and not after a place adjective that names a local
// body ("des Hamburger Mieterbundes", a construction of its own).
func (d *docState) genitiveEsTerm(i, j int, node int32) (term, bool) {
	s := d.str(j)
	if len(s) < 6 || s[len(s)-2] != 'e' || s[len(s)-1] != 's' || d.toks[j].is(fCaps) || d.hyphenCont(j+1) {
		return term{}, false
	}
	switch s[len(s)-3] {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return term{}, false // a stem ending in a vowel takes -s ("Citis"): "Cities" is no "Citi"
	}
	w := d.stemInfo(j, s[:len(s)-2])
	if w.id < 0 {
		return term{}, false
	}
	nx, ok := d.ix.orgs.next(node, w.id)
	if !ok {
		return term{}, false
	}
	ti := d.ix.orgs.term[nx]
	if ti < 0 {
		return term{}, false
	}
	t := d.ix.terms[ti]
	if t.ent < 0 || t.amb || t.endsS || i > 0 && d.placeAdjective(i-1) {
		return term{}, false
	}
	return t, true
}

// orgMatch is the longest gazetteer match at a token.
type orgMatch struct {
	end      int // token end (exclusive); 0 when there is none
	term     term
	genitive bool
}

func (d *docState) matchOrg(i int) (orgMatch, bool) {
	if i < len(d.toks) {
		// Most words start no alias: neither the word nor, for a
		// capitalized word ending in s, its genitive stem has a word id.
		if t := &d.toks[i]; d.ix.wmeta[t.wi].id < 0 &&
			!(t.kind == tkWord && d.genitiveForm(t)) {
			return orgMatch{}, false
		}
	}
	return d.matchOrgWalk(i)
}

// matchOrgWalk is matchOrg after its first test (a word id at token i, or
// a genitive stem to try), which tryAt makes itself.
func (d *docState) matchOrgWalk(i int) (orgMatch, bool) {
	tr := &d.ix.orgs
	node := int32(0)
	var best orgMatch
	found := false
	// A hyphen that is an alias word itself ("Daimler-Benz") may also
	// just join the words of another alias ("Daimler-Truck-Aktie"): when
	// the walk through it finds no alias beyond it, a second walk goes on
	// from the word before it as after a joining hyphen.
	start, altJ, altNode, retried := i, -1, int32(0), false
	var first orgMatch // the first walk's result
	firstFound := false
	for {
		for j := start; j < len(d.toks) && j-i < tr.maxLen; j++ {
			if w := d.meta(j); w.id >= 0 {
				if nx, ok := tr.next(node, w.id); ok {
					if !retried && altJ < 0 && j > i && node != 0 && d.hyphenCont(j) {
						altJ, altNode = j, node
					}
					if tr.term[nx] < 0 && d.toks[j].kind == tkWord && (j > i || d.toks[j].is(fUpper)) {
						// "Porsches" is also the start of a longer alias: keep
						// the genitive of "Porsche" in case that one fails.
						if g := d.genitiveInfo(j); g.id >= 0 {
							if gx, ok := tr.next(node, g.id); ok {
								if ti := tr.term[gx]; ti >= 0 && !d.ix.terms[ti].endsS {
									best = orgMatch{end: j + 1, term: d.ix.terms[ti], genitive: true}
									found = true
								}
							}
						}
					}
					node = nx
					if ti := tr.term[node]; ti >= 0 {
						best = orgMatch{end: j + 1, term: d.ix.terms[ti]}
						found = true
					}
					continue
				}
			}
			if j > i && d.hyphenCont(j) && node != 0 {
				continue // "Deutsche-Bank-Tochter": the hyphen joins alias words
			}
			if d.toks[j].kind == tkWord && (j > i || d.toks[j].is(fUpper)) {
				if w := d.genitiveInfo(j); w.id >= 0 {
					if nx, ok := tr.next(node, w.id); ok {
						if ti := tr.term[nx]; ti >= 0 && !d.ix.terms[ti].endsS {
							best = orgMatch{end: j + 1, term: d.ix.terms[ti], genitive: true}
							found = true
						}
					}
				} else if t, ok := d.genitiveEsTerm(i, j, node); ok {
					best = orgMatch{end: j + 1, term: t, genitive: true}
					found = true
				}
			}
			break
		}
		if retried {
			if best.end > altJ && best.end < len(d.toks) && d.flag(best.end, wPlace) {
				best, found = first, firstFound // "Carl-Zeiss Jena": a club's name with its city, not the company
			}
			break
		}
		if altJ < 0 || best.end > altJ {
			break
		}
		first, firstFound = best, found
		start, node, retried = altJ+1, altNode, true
	}
	if found && best.term.variant && d.spacedDotVariant(i, best.end) {
		return orgMatch{}, false // "E. on": the lower-case variant of "E.ON" is one word
	}
	if found && d.isDomain(best.end) {
		// "t-online.de", "spiegel.de": a web address, not the organization.
		best.term.ent = -1
	}
	return best, found
}

// spacedDotVariant reports whether tokens i to end-1, a generated
// variant of an alias, hold a dot with a space on either side before a
// lower-case word: the variants of an acronym glued by a dot ("E.on" for
// "E.ON") are one word, and "E. on" is none.
func (d *docState) spacedDotVariant(i, end int) bool {
	for k := i + 1; k+1 < end; k++ {
		if d.isPunct(k, ".") && d.isWord(k+1) && !d.toks[k+1].is(fUpper) && (!d.joined(k-1) || !d.joined(k)) {
			return true
		}
	}
	return false
}

// legalAt returns the end of the longest legal form starting at token j,
// or j when there is none.
func (d *docState) legalAt(j int) int {
	if j >= len(d.toks) || !d.flag(j, wLegalStart) {
		return j
	}
	if !d.toks[j].is(fSpace) && !(d.isPunct(j, "&")) && !(d.toks[j].is(fHyphen)) {
		return j
	}
	tr := &d.ix.legal
	node := int32(0)
	best := j
	for k := j; k < len(d.toks) && k-j < tr.maxLen; k++ {
		w := d.meta(k)
		if w.id < 0 {
			break
		}
		if k > j && d.isPunct(k, ".") && !d.joined(k-1) {
			break // "Ltd ." is not "Ltd."
		}
		nx, ok := tr.next(node, w.id)
		if !ok {
			break
		}
		node = nx
		if tr.term[node] >= 0 {
			best = k + 1
		}
	}
	if best > j {
		// The form must end the word: "AG-Chef" is not "… AG".
		if best < len(d.toks) && d.isWord(best) && d.joined(best-1) {
			return j
		}
		if best < len(d.toks) && d.toks[best].is(fHyphen) && d.joined(best-1) && d.joined(best) {
			return j
		}
	}
	return best
}

// scan walks the tokens left to right and records mentions.
func (d *docState) scan() {
	for i := 0; i < len(d.toks); {
		t := &d.toks[i]
		if t.kind != tkWord {
			i++
			continue
		}
		if t.flags&(fUpper|fDigit|fDefStart) == 0 {
			// A lower-case word in no alias starts nothing (tryAt would
			// return i). Nor does one that starts no alias and is no club
			// word or place: for a word not capitalized, tryAt's rules
			// before it returns i need a gazetteer match (matchOrg, which
			// takes no genitive at its first word) or one of these flags.
			// (wi 0, no word info, has no id.)
			if t.wi == 0 {
				i++
				continue
			}
			if m := &d.ix.wmeta[t.wi]; m.id < 0 || m.flags&(wClub|wPlace) == 0 && !d.ix.orgs.starts(m.id) {
				i++
				continue
			}
		}
		if end := d.tryAt(i); end > i {
			i = end
			continue
		}
		i++
	}
}

// noteWords fills refWords and legalStarts in one walk over the tokens,
// before the rules run: the word flags of every token, read once.
func (d *docState) noteWords() {
	toks, wmeta := d.toks, d.ix.wmeta
	refs, legal := d.refWords[:0], d.legalStarts[:0]
	for i, t := range toks {
		if t.wi == 0 {
			continue // no word info (winfo[0]: no flags), as most names have
		}
		f := wmeta[t.wi].flags
		if f&(wRefWord|wLegalStart) == 0 {
			continue
		}
		if f&wLegalStart != 0 {
			legal = append(legal, int32(i))
		}
		if f&wRefWord != 0 && t.kind == tkWord && t.end-t.start <= 7 {
			refs = append(refs, int32(i))
		}
	}
	d.refWords, d.legalStarts = refs, legal
}

func (d *docState) tryAt(i int) int {
	t := &d.toks[i]
	// quotedMediaAt's and quotedBodyAt's first test: a capitalized word
	// after a quotation mark (isQuoteMark: '"', '\'' or a rune outside
	// ASCII, told by the first byte).
	if i >= 2 && t.flags&fUpper != 0 && d.toks[i-1].kind == tkPunct && quoteByte(d.text[d.toks[i-1].start]) {
		if end := d.quotedMediaAt(i); end > i {
			return end
		}
		if end := d.quotedBodyAt(i); end > i {
			return end
		}
	}
	// matchOrg's first test, made here without the call: most words
	// start no alias (no word id, and no genitive stem to try).
	wm := wordMeta{id: -1} // winfo[0], no word info: no flags
	if t.wi != 0 {
		wm = d.ix.wmeta[t.wi]
	}
	var m orgMatch
	ok := false
	if wm.id >= 0 || d.genitiveForm(t) {
		m, ok = d.matchOrgWalk(i)
	}
	// A gazetteer name of one word: the rules on it (relationAt's first
	// test among them).
	oneWordOrg := ok && m.end == i+1 && m.term.ent >= 0
	if oneWordOrg {
		if end := d.parenAcronymAt(i); end > i {
			return end
		}
	}
	if t.is(fDefStart) {
		if def, dok := d.defs[i]; dok && (!ok || m.end < def.te) {
			d.emitOrg(i, def.te, def.ent, false, false)
			return def.te
		}
	}
	upper := t.is(fUpper) || t.is(fDigit)
	wf := wm.flags
	if wf&(wGiven|wBankHead) != 0 && t.is(fUpper) && !d.inCompound(i) {
		if wf&wGiven != 0 && d.hyphenCont(i+1) {
			if end := d.personCompoundAt(i, m, ok); end > i {
				return end
			}
		}
		if wf&wBankHead != 0 {
			if end := d.bankAt(i, m, ok); end > i {
				return end
			}
		}
	}
	if oneWordOrg {
		if rel, parent := d.relationAt(i, m, ok); parent != nil {
			// "die Volkswagen-Tochter Porsche AG": the parent, then the name.
			if end, le, lok := d.legalAhead(rel); lok && !d.headBeforeName(rel) {
				d.emitOrg(i, i+1, parent, false, false)
				if m2, ok2 := d.matchOrg(rel); ok2 && m2.end == end && m2.term.ent >= 0 {
					d.emitOrg(rel, le, d.ix.ents[m2.term.ent], false, true)
					return le
				}
				d.emitRuleOrg(rel, le, d.legalType(rel, le))
				// A rule entity belongs to this document: it may learn its parent.
				if last := &d.ms[len(d.ms)-1]; last.ts == rel && d.ruleEnts[last.ent.Name] == last.ent && last.ent.Name != parent.Name {
					last.ent.Parent = parent.Name
				}
				return le
			}
		}
	}
	if upper && wf&wStop == 0 && !d.inCompound(i) && !d.noLegalNear(i) {
		if end, le, lok := d.legalAhead(i); lok && (!ok || m.end <= end) &&
			!d.headBeforeName(i) && !(d.nounSuffix(i) && d.nameWord(i+1) && !d.nameHead(i)) {
			if i+1 < end && d.toks[i+1].is(fCaps) && d.toks[i+1].is(fSpace) && d.placeAdjective(i) {
				return i // "der Schweizer SAM Group": the place adjective describes the name
			}
			if ok && m.end == end && m.term.ent >= 0 {
				d.emitOrg(i, le, d.ix.ents[m.term.ent], false, true)
				return le
			}
			d.emitRuleOrg(i, le, d.legalType(i, le))
			return le
		}
	}
	if ok && m.end-i >= 2 {
		return d.takeMatch(i, m)
	}
	if wf&wClub != 0 && t.flags&(fCaps|fInnerCaps) == 0 {
		// A club word before persons: "Viktoria Aschaffenburg" is a club.
		if end := d.clubAt(i); end > i {
			return end
		}
	}
	if upper && wf&wGiven != 0 { // personAt's first test: a given name
		if end := d.personOrgAt(i); end > i {
			return end // "die Dave Matthews Band" before "Dave Matthews"
		}
		if end := d.personAt(i); end > i {
			d.firmOfPerson(i, end)
			return end
		}
	}
	if wf&wPlace != 0 { // placeBeforeFairAt's first test
		if end := d.placeBeforeFairAt(i); end > i {
			return end // "Hannover Messe" before "Hannover" alone
		}
	}
	if i > 0 && t.is(fUpper) && d.toks[i-1].kind == tkWord && d.teamPrep(&d.toks[i-1]) {
		if end := d.cityAsTeamAt(i); end > i {
			return end // "gegen Freiburg" in a match
		}
	}
	if ok && m.term.ent < 0 && wf&wPlace != 0 {
		if end := d.cityTeamAt(i); end > i {
			return end // "die Chicago Bulls" before "Chicago" alone
		}
		if end := d.nameInstitutionAt(i); end > i {
			return end // "das Hamburg-Museum"
		}
	}
	if ok && m.end == i+1 && m.term.ent >= 0 && len(d.local) > 0 {
		// "Der VdP …" after "Verband der Pflegekräfte (VdP)": the text's
		// own definition of an acronym wins over the gazetteer's.
		if la, found := d.local[string(d.key(i))]; found && i >= la.from && la.ent != d.ix.ents[m.term.ent] {
			if end := d.localAt(i); end > i {
				return end
			}
		}
	}
	if ok {
		return d.takeMatch(i, m)
	}
	if !t.is(fUpper) {
		return i
	}
	// Below, a rule whose first test fails on a neighbour is not called:
	// each test here is one the rule makes first (the order is kept).
	if d.isPunct(i-1, "(") {
		if end := d.parenAcronymAt(i); end > i {
			return end
		}
	}
	// localAt's first test: an acronym, a word with inner capitals, or a
	// title-case acronym the text defined (localTitle; its filter is asked
	// in localAt).
	if len(d.local) > 0 && (t.flags&(fCaps|fInnerCaps) != 0 || d.localTitle) {
		if end := d.localAt(i); end > i {
			return end
		}
	}
	if wf&wClub != 0 {
		if end := d.clubAt(i); end > i {
			return end
		}
	}
	if wf&wClubSuffix != 0 {
		if end := d.englishClubAt(i); end > i {
			return end
		}
	}
	if d.isUpperWord(i - 1) {
		if end := d.englishOrgAt(i); end > i {
			return end
		}
	}
	if d.prepNext(i) {
		if end := d.institutionAt(i); end > i {
			return end
		}
	}
	place2 := d.flag(i+2, wPlace) // asked again below
	if place2 {
		if end := d.govAt(i); end > i {
			return end
		}
	}
	if d.mayHead(i - 1) {
		if end := d.headAt(i); end > i {
			return end
		}
	}
	if end := d.recallAt(i, wf); end > i {
		return end
	}
	if d.flag(i+1, wPlace) || place2 || d.flag(i+3, wPlace) {
		if end := d.clubCityAt(i); end > i {
			return end // "Hansa Rostock", "Sparta Prag" in a match
		}
	}
	// rolePersonAt's first test, which it leaves to its caller
	// (surnameWord, no given name, no sentence start), on the flags held
	// here: a capitalized word after a space, not all caps, and no role,
	// title, place, function word or given name (token i is a word: scan
	// calls tryAt for words only).
	if t.flags&(fUpper|fSpace|fCaps|fSentStart) == fUpper|fSpace && wf&(wRole|wTitle|wPlace|wStop|wGiven) == 0 {
		if end := d.rolePersonAt(i); end > i {
			return end
		}
	}
	return i
}

// inCompound reports whether token i continues a hyphen compound.
func (d *docState) inCompound(i int) bool {
	// Written out (one bounds test) so that it inlines.
	if i < 2 || i >= len(d.toks) {
		return false
	}
	h := &d.toks[i-1]
	return h.flags&fHyphen != 0 && h.end == d.toks[i].start && d.toks[i-2].end == h.start
}

// takeMatch handles a gazetteer match: skip non-organizations, check the
// evidence an ambiguous name needs, extend over a following legal form.
func (d *docState) takeMatch(i int, m orgMatch) int {
	if m.term.ent < 0 {
		return m.end
	}
	e := d.ix.ents[m.term.ent]
	amb := m.term.amb
	if m.end == i+1 && d.countBefore(i) {
		return m.end // "sieben RBI", "zwei BMW": things counted, not the organization
	}
	if m.end-i >= 2 && d.streetSense(i, m.end) {
		return m.end // "in der Wall Street 40": the street, not the market it names
	}
	if d.familyBefore(i) && (m.end == i+1 || d.isWord(m.end) && d.str(m.end) == "und") {
		return m.end // "die Familie Porsche", "die Familien Porsche und Piëch": a family name
	}
	if e.Country == "DE" && !businessType(e.Type) && d.foreignPrefix(i) {
		return m.end // "die US-Bundespolizei FBI": another country's body, not the German one
	}
	if amb && m.end == i+1 && m.end < len(d.toks) && d.toks[m.end].is(fSpace) && d.englishNameWord(m.end) {
		return m.end // "der Sender Swiss Music Radio": a longer name the gazetteer does not know
	}
	if e.Type == Media && m.end-i >= 2 && d.toks[i].is(fSentStart) && d.flag(i, wStop) {
		// "Die Zeit drängt": a title starting with an article, at the
		// start of a sentence, is a title only with evidence.
		amb = true
	}
	if amb && !d.evidence(i, m.end, e) {
		if end := d.ministryAt(i); end > i {
			return end // "das Finanzministerium" of some country
		}
		return m.end
	}
	end := m.end
	if e.Type == Media && !m.genitive && d.hyphenCont(end) && d.isUpperWord(end+1) && !d.hyphenCont(end+2) &&
		hasSuffixIn(d.lowerB(end+1), programSuffixes, 4) {
		// "im ZDF-Morgenmagazin": a broadcaster's program is a title of its own.
		d.emitRuleOrg(i, end+2, Media)
		if last := &d.ms[len(d.ms)-1]; last.ts == i && d.ruleEnts[last.ent.Name] == last.ent {
			last.ent.Parent = e.Name
		}
		return end + 2
	}
	if !m.genitive {
		if le := d.legalAt(end); le > end {
			end = le
		} else if e.Type == OtherOrg && clubPrefixes.Value(d.str(i)) && d.flag(end, wPlace) && d.toks[end].is(fSpace) && !d.isUpperWord(end+1) {
			end++ // "des FC Chelsea London": a club and its city
		}
	}
	if m.end-i >= 2 && d.toks[i].is(fLower) && isDefiniteArticle(d.str(i)) {
		i++ // "für die tageszeitung": an article in lower case is the sentence's, not the title's ("Die Zeit")
	}
	d.emitOrg(i, end, e, m.genitive, false)
	return end
}

// streetSense reports whether the name of tokens [i, end), a street that
// names a market or a government ("Wall Street", "Downing Street"), stands
// for the street itself: after "in", "durch" or "auf" and an article, or
// before a house number ("in der Wall Street", "Wall Street 40"). "an der
// Wall Street" is the market. A street as the first part of a compound
// ("Wall-Street-Banken") describes the rest and is not reported.
func (d *docState) streetSense(i, end int) bool {
	if end-i < 2 || d.str(end-1) != "Street" {
		return false
	}
	if d.isWord(end) && d.toks[end].is(fDigit) || end < len(d.toks) && d.toks[end].is(fHyphen) && d.joined(end-1) {
		return true // "Wall Street 40"; "Wall Street-Analysten", "Wall-Street-Banken" describe the analysts
	}
	if i < 2 || !d.isWord(i-1) || !d.isWord(i-2) {
		return false
	}
	switch d.str(i - 1) {
	case "der", "die":
	default:
		return false
	}
	switch d.str(i - 2) {
	case "in", "In", "durch", "Durch", "auf", "Auf":
		return true
	}
	return false
}

// familyBefore reports whether the word before token i names a family
// ("die Familie Porsche", "der Quandt-Clan" is left to the compound
// rules): a company of the family's name is not meant.
func (d *docState) familyBefore(i int) bool {
	if i < 1 || !d.isWord(i-1) || !d.toks[i].is(fSpace) {
		return false
	}
	switch d.str(i - 1) {
	case "Familie", "Familien", "Eigentümerfamilie", "Gründerfamilie", "Unternehmerfamilie", "Clan", "Dynastie",
		"Eheleute", "Geschwister", "Brüder", "Schwestern":
		return true
	}
	return false
}

// foreignPrefix reports whether token i ends a hyphen compound whose first
// part names a country: "US-Bundespolizei", "Frankreich-Regierung".
func (d *docState) foreignPrefix(i int) bool {
	if !d.inCompound(i) {
		return false
	}
	p := i - 2
	if d.flag(p, wPlace) {
		return true
	}
	switch d.str(p) {
	case "US", "UK", "USA":
		return true
	}
	return false
}

// isDash reports whether token k is a hyphen or dash standing alone.
func (d *docState) isDash(k int) bool {
	return d.isPunct(k, "-") || d.isPunct(k, "–") || d.isPunct(k, "—")
}

// freeFrom reports whether no mention covers token ts or any after it.
func (d *docState) freeFrom(ts int) bool {
	return len(d.ms) == 0 || d.ms[len(d.ms)-1].te <= ts
}

func (d *docState) emitOrg(ts, te int, e *Entity, genitive, byRule bool) {
	if !d.freeFrom(ts) || te <= ts {
		return // never overlap an earlier mention
	}
	d.ms = append(d.ms, mention{kind: Organization, ent: e, ts: ts, te: te, genitive: genitive, byRule: byRule})
	if d.confirmed == nil {
		d.confirmed = make(map[*Entity]bool)
	}
	d.confirmed[e] = true
}

// emitRuleOrg records an organization found by a rule; the same name in
// one document shares one Entity.
func (d *docState) emitRuleOrg(ts, te int, typ Type) {
	if te-ts >= 2 {
		// "Industrie- und Handelskammer München" is one chamber; "des
		// Innen- und Justizministeriums" are two ministries.
		ts = d.truncatedStart(ts)
	}
	b := d.spanName(ts, te)
	e := d.ruleEnts[string(b)]
	if e == nil {
		e = d.shortFormOf(b)
	}
	if e == nil {
		if d.ruleEnts == nil {
			d.ruleEnts = make(map[string]*Entity)
		}
		name := d.nameString(ts, te, b)
		e = d.ents.new()
		e.Name, e.Type = name, typ
		d.ruleEnts[name] = e
	}
	d.emitOrg(ts, te, e, false, true)
}

// truncatedStart returns the start of a name whose first word is shared
// with a word before it, cut at a hyphen: "Industrie- und Handelskammer
// München" names one chamber, so the name starts at "Industrie". It
// returns ts when no such word stands before token ts.
func (d *docState) truncatedStart(ts int) int {
	if ts < 3 || !d.isWord(ts-1) || !d.toks[ts-1].is(fSpace) {
		return ts
	}
	if s := d.str(ts - 1); s != "und" && s != "oder" {
		return ts
	}
	h := ts - 2
	if !d.toks[h].is(fHyphen) || !d.joined(h-1) || d.joined(h) || !d.isUpperWord(h-1) || d.inCompound(h-1) || !d.freeFrom(h-1) {
		return ts
	}
	return h - 1
}

// shortFormOf returns the organization named before whose name begins with
// the one word name and a space: a later "Nordwind" is the short form of
// "Nordwind Energie AG" named before it, as a surname is of a person's full
// name. It returns nil for a name of several words or when no earlier
// organization's name begins so.
func (d *docState) shortFormOf(name []byte) *Entity {
	if len(name) < 3 || bytes.IndexByte(name, ' ') >= 0 {
		return nil
	}
	for i := len(d.ms) - 1; i >= 0; i-- {
		m := &d.ms[i]
		if m.kind != Organization || m.ent == nil {
			continue
		}
		n := m.ent.Name
		if len(n) > len(name) && n[len(name)] == ' ' && n[:len(name)] == string(name) {
			return m.ent
		}
	}
	return nil
}

// spanName returns the text of tokens [ts, te) as a name: the words
// joined by single spaces, in NFC (valid until the next use of d.buf).
// It is nfc(strings.Join(strings.Fields(…), " ")) without allocations.
func (d *docState) spanName(ts, te int) []byte {
	d.buf = appendFields(d.buf[:0], d.text[d.toks[ts].start:d.toks[te-1].end])
	if !belowMarks(d.buf) && !norm.NFC.IsNormal(d.buf) {
		d.buf = append(d.buf[:0], norm.NFC.Bytes(d.buf)...)
	}
	return d.buf
}

// nameString returns b, the name of tokens [ts, te) from spanName, as a
// string: the text itself when it is written so (no copy), else a copy.
func (d *docState) nameString(ts, te int, b []byte) string {
	if w := d.text[d.toks[ts].start:d.toks[te-1].end]; w == string(b) {
		return w
	}
	return string(b)
}

// keyString returns the matching key of token i as a string: the word
// itself when it is its own key (no copy).
func (d *docState) keyString(i int) string {
	if d.ownKey(i) {
		return d.str(i)
	}
	return string(appendKey(d.buf[:0], d.str(i)))
}

// appendFields appends the fields of s (as strings.Fields splits them)
// joined by single spaces.
func appendFields(buf []byte, s string) []byte {
	n := 0 // fields so far
	for i := 0; i < len(s); {
		// Skip white space.
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if !asciiSpace[c] {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
		}
		start := i
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += size
		}
		if i > start {
			if n > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, s[start:i]...)
			n++
		}
	}
	return buf
}

// asciiSpace marks the ASCII white space of unicode.IsSpace.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// isDomain reports whether tokens at j continue a web address (".de").
func (d *docState) isDomain(j int) bool {
	if !d.isPunct(j, ".") || !d.joined(j-1) || !d.joined(j) || !d.isWord(j+1) {
		return false
	}
	switch d.str(j + 1) {
	case "de", "com", "at", "ch", "org", "net", "eu", "io", "fr", "uk", "info":
		return true
	}
	return false
}

// businessType reports whether organizations of type t are recognized by
// business words in the sentence.
func businessType(t Type) bool {
	switch t {
	case Company, Bank, Insurer, AssetManager, RatingAgency, Exchange:
		return true
	}
	return false
}

// quoteByte reports whether a token starting with byte c may be a
// quotation mark (isQuoteMark): a double quote, an apostrophe or the
// first byte of a rune outside ASCII.
func quoteByte(c byte) bool { return c == '"' || c == '\'' || c >= utf8.RuneSelf }

func isQuoteMark(s string) bool {
	switch s {
	case "\"", "„", "“", "”", "»", "«", "‚", "‘", "'", "›", "‹":
		return true
	}
	return false
}

// evidence decides whether an ambiguous name at [i, end) is the organization.
func (d *docState) evidence(i, end int, e *Entity) bool {
	if end+1 < len(d.toks) && d.toks[end].is(fHyphen) && d.joined(end-1) && d.joined(end) {
		// A compound decides, whatever article stands before it:
		// "die frühere Conti-Sparte", "Allianz-Aktie", "Post-Chef" yes;
		// "Post-Pandemie" no.
		return d.isWord(end+1) && (d.bizWord(end+1) || d.roleAt(end+1) != nil)
	}
	p := i - 1
	if p > 0 && d.isWord(p) && d.toks[p].is(fLower) && adjectiveEnding(d.str(p)) && d.isWord(p-1) && isDeterminer(d.str(p-1)) {
		// "eine neue Allianz", "die schiefe Bahn": an adjective between
		// determiner and name marks a common noun.
		return false
	}
	if p >= 0 && d.isWord(p) {
		switch d.str(p) {
		case "ein", "eine", "einer", "einem", "einen", "eines", "kein", "keine", "keiner", "keinem", "keinen",
			"Ein", "Eine", "Kein", "Keine", "an", "a", "the", "An", "A", "The",
			"ihr", "ihre", "ihren", "ihrem", "sein", "seine", "seinen", "seinem", "unser", "unsere", "mein", "meine", "dessen", "deren",
			"wir", "uns", "Wir":
			return false // "ein Zebra", "an apple", "ihr Target", "wir Linke": a common noun
		}
	}
	if end-i == 1 && p >= 0 && !d.toks[i].is(fCaps) && d.isWord(p) && isDefiniteArticle(d.str(p)) && d.str(p) != "des" &&
		d.isWord(end) && d.toks[end].is(fSpace) {
		if s := d.str(end); s == "der" || s == "des" {
			// "das Target der Notenbank", "die Allianz der Willigen": an
			// article, the name and a genitive make a common noun.
			return false
		}
	}
	if e.Type == Media && d.byline(i, end) {
		return true // "Frankfurt (AP) –": a news agency's byline
	}
	if i >= 2 && d.isPunct(i-1, "(") && d.isPunct(end, ")") {
		if n := len(d.ms); n > 0 && d.ms[n-1].kind == Person && d.ms[n-1].te == i-1 {
			return true // "Steffi Lemke (Grüne)": the party or employer of the person before
		}
	}
	if d.confirmed[e] {
		return true
	}
	if i > 0 && d.toks[i].is(fSpace) {
		if _, _, ok := d.headType(i - 1); ok {
			return true
		}
	}
	if le := d.legalAt(end); le > end {
		return true
	}
	if d.inCompound(i) {
		return false // "Info-Post"
	}
	if s := d.str(end - 1); end-1 == i && len(s) > 3 && s[len(s)-1] == 's' && d.isUpperWord(end) && d.toks[end].is(fSpace) &&
		(d.roleAt(end) != nil || d.bizWord(end)) {
		if w := d.meta(i); w.id < 0 {
			return true // "Porsches Finanzchef": a genitive before a role or business noun
		}
	}
	if i > 0 && end < len(d.toks) && d.toks[i-1].kind == tkPunct && d.toks[end].kind == tkPunct &&
		isQuoteMark(d.str(i-1)) && isQuoteMark(d.str(end)) {
		return true // the name in quotes: „Zeit“
	}
	if d.toks[i].is(fSentStart) && end < len(d.toks) && d.isWord(end) && d.flag(end, wParticle) {
		return false // "Allianz der Willigen …" at the start of a sentence
	}
	if e.Type == Media && d.mediaSource(i) {
		return true // "laut Spiegel", "nach Informationen des Spiegel"
	}
	if i >= 2 && d.isWord(i-1) && (d.str(i-1) == "der" || d.str(i-1) == "des") && d.isWord(i-2) && !(e.Type == Media && d.flag(i-2, wStop)) {
		if d.toks[i-2].is(fUpper) && d.roleAt(i-2) != nil {
			return true // "ein Sprecher der Post", "Chef der Allianz"
		}
		if !d.bizWord(i-2) && (d.toks[i-2].is(fUpper) || d.str(i-1) == "des") &&
			!(e.Type == OtherOrg && !d.nounGoesOn(end) && !(d.str(i-1) == "der" && strings.HasSuffix(d.str(end-1), "e")) && d.sentencePolitics(i)) {
			return false // "Erneuerung der Allianz": a genitive after a plain noun (not "hält künftig der Bund": a subject; not "nach Angaben der Union" beside the SPD: a party; but "der Grüne" is a person)
		}
	}
	if d.coordinatedCompany(end, 1, e.Type) || d.coordinatedCompany(i-1, -1, e.Type) {
		return true // "gegen Apple und Meta", "Post und Telekom", "SPD und Grüne"
	}
	if i >= 2 && e.Type != Government && d.isWord(i-1) && d.isWord(i-2) && reportingVerbs.Value(d.str(i-2)) && !d.nounGoesOn(end) {
		switch d.str(i - 1) {
		case "die", "der", "das":
			return true // "teilte die Bahn mit", "erklärte die Union": the subject of a report
		}
	}
	switch {
	case e.Type == Media:
		// "Welt", "Zeit": only quotes, a head noun, a compound or a verb
		// of reporting tell.
		if end-i >= 2 && d.isPunct(end, ":") && d.toks[i].is(fSentStart) && !d.isPunct(end+1, "„") && !d.isPunct(end+1, "\"") {
			return true // "Der Tagesspiegel: FDP bleibt hart …": a source before its headline
		}
		if end < len(d.toks) && d.isWord(end) {
			switch d.str(end) {
			case "berichtet", "berichtete", "schreibt", "schrieb", "meldet", "meldete", "zitiert", "zitierte",
				"titelt", "titelte", "kommentiert", "kommentierte", "enthüllte", "berichten", "berichteten":
				return true
			}
		}
		return false
	case e.Type == OtherOrg && clubEntity(e) && d.sentenceMatch(i):
		return true // "für Schalke", "gegen Gladbach" in a sentence about a match
	case !businessType(e.Type):
		// A party, government or union needs figures in the sentence; a
		// party ("die Union", "Volt") also a political sentence: another
		// party or a word of parliaments and elections ("Die Union legte in
		// der Umfrage zu, die SPD verlor").
		return d.sentenceFigures(i) || e.Type == OtherOrg && d.sentencePolitics(i)
	}
	return d.sentenceBiz(i) || d.firmEvidence(i, end, e)
}

// clubEntity reports whether the gazetteer organization e is a sports club
// by its name: a club prefix or club word first ("FC Schalke 04",
// "Borussia Mönchengladbach", "Werder Bremen").
func clubEntity(e *Entity) bool {
	first, _, _ := strings.Cut(e.Name, " ")
	if first == "1." {
		return true
	}
	return clubPrefixes.Value(first) || clubWords.Value(first)
}

// nounGoesOn reports whether token k continues a common noun phrase
// before it with a preposition or a genitive: "die Allianz gegen
// Waffenexporte", "die Union der Vertriebenen".
func (d *docState) nounGoesOn(k int) bool {
	if !d.isWord(k) {
		return false
	}
	switch d.str(k) {
	case "gegen", "für", "der", "des", "zur", "zum", "von", "aus", "ohne", "wider":
		return true
	}
	return false
}

// bizWord reports whether token i contains a business word stem.
func (d *docState) bizWord(i int) bool {
	if businessWords.Value(d.str(i)) {
		return true
	}
	return businessStemSet.in(d.lowerB(i))
}

// sentenceBiz reports whether the sentence of token i talks business: a
// business word, a percentage or an amount, or figures presented ("hat
// die Zahlen vorgelegt"; "Zahlen" alone tells nothing).
func (d *docState) sentenceBiz(i int) bool {
	s := d.sentOf(i)
	if v, ok := d.sentenceMemo(s, memoBiz); ok {
		return v
	}
	a, b := d.sentBounds(s)
	v := false
	var figures, present bool // "Zahlen" with a verb of presenting: "hat die Zahlen vorgelegt"
	for k := a; k <= b && !v; k++ {
		if k >= i && k < i+1 {
			continue
		}
		t := &d.toks[k]
		if t.kind == tkPunct {
			switch d.str(k) {
			case "%", "€", "$", "£":
				v = true
			}
			continue
		}
		v = d.bizWord(k)
		switch d.str(k) {
		case "Zahlen", "Jahreszahlen", "Halbjahreszahlen":
			figures = true
		case "vorgelegt", "vorlegen", "vorlegte", "legte", "legt", "legten", "veröffentlicht", "veröffentlichte",
			"präsentiert", "präsentierte", "präsentieren":
			present = true
		}
		v = v || figures && present
	}
	d.setSentenceMemo(s, memoBiz, v)
	return v
}

// headType reports whether token i is a head noun naming a kind of
// organization ("Softwarekonzern", "Ratingagentur", "Start-up") and
// whether it is generic ("Unternehmen").
func (d *docState) headType(i int) (Type, bool, bool) {
	if !d.isWord(i) {
		return 0, false, false
	}
	t := &d.toks[i]
	s := d.str(i)
	if t.is(fLower) {
		// "Start-up", "Start-ups": the head is the compound.
		if (s == "up" || s == "ups") && i >= 2 && d.toks[i-1].is(fHyphen) && d.joined(i-1) && d.joined(i-2) && d.str(i-2) == "Start" {
			return Company, false, true
		}
		return 0, false, false
	}
	if !t.is(fUpper) || t.is(fCaps) || len(s) < 4 {
		return 0, false, false
	}
	compound := i >= 2 && d.toks[i-1].is(fHyphen) && d.joined(i-1) && d.joined(i-2)
	if s == "Band" {
		// "die Band Kraftwerk", "die Pop-Band Herbstrock"; not "der Band"
		// (a volume) nor "das Band". With an adjective the article's
		// ending tells the feminine: "die britische Band", "der
		// britischen Band" (a volume: "der zweite Band", "dem zweiten
		// Band").
		if compound || i > 0 && d.isWord(i-1) && (d.str(i-1) == "die" || d.str(i-1) == "Die") || d.feminineBeforeBand(i) {
			return OtherOrg, false, true
		}
		return 0, false, false
	}
	d.buf = appendLower(d.buf[:0], s)
	// Singular forms only ("Softwarekonzerns"): plural heads ("den
	// Vereinen") do not stand before one name.
	k, cut := d.ix.heads.inflectedWith(d.buf, 0, singularEndings[:])
	if k < 0 {
		if endsWith(d.buf, "ligisten", 0) && d.singularOblique(i) {
			return OtherOrg, false, true // "dem Erstligisten": a weak noun's -en
		}
		return 0, false, false
	}
	suf := headSuffixes[k].suffix
	bare := len(d.buf)-cut == len(suf) // the head alone, not a compound
	generic := !compound && (genericHeads.Value(d.word(i)) || bare && genericHeads.Value(capitalize(suf)))
	return headSuffixes[k].typ, generic, true
}

// theNameAfterHead: after a head noun, "The" and one to four English
// words name the organization with its article: "die Band The Minds",
// "die Zeitung The Jakarta Post" (a gazetteer name after "The" keeps its
// entity: "die Tageszeitung The Daily Telegraph").
func (d *docState) theNameAfterHead(i int) int {
	typ, _, ok := d.headType(i - 1)
	if !ok || !d.toks[i].is(fSpace) {
		return i
	}
	end := i + 1
	for end < len(d.toks) && end-i <= 4 && d.nameWord(end) && d.toks[end].is(fSpace) && isASCIIWord(d.str(end)) {
		end++
	}
	if end > i+1 && d.isWord(end) && d.str(end) == "of" && d.isWord(end+1) && d.toks[end+1].is(fSpace) &&
		(d.nameWord(end+1) && isASCIIWord(d.str(end+1)) || d.toks[end+1].is(fDigit)) {
		end += 2 // "die Band The Minds of 99"
	}
	if end == i+1 || end < len(d.toks) && d.toks[end].is(fHyphen) && d.joined(end-1) {
		return i
	}
	if m, ok := d.matchOrg(i + 1); ok && m.end == end && m.term.ent >= 0 {
		d.emitOrg(i, end, d.ix.ents[m.term.ent], false, false)
		return end
	}
	d.emitRuleOrg(i, end, typ)
	return end
}

// feminineBeforeBand reports whether the words before "Band" at token i
// are a feminine article and one or two adjectives: "die britische",
// "der britischen", "einer jungen", "eine neue" (the music band, die Band;
// the volume, der Band, would be "der zweite", "dem zweiten").
func (d *docState) feminineBeforeBand(i int) bool {
	if i >= 2 && d.str(i-1) == "der" && d.isWord(i-2) {
		// "in der Band", "Sänger der Band": a dative or genitive, which the
		// volume makes with "dem" and "des" (after any noun "der Band" may
		// be a dative object: "dass der Lockdown der Band Zeit gab")
		p := d.str(i - 2)
		return dativeGenitivePrep(p) || d.toks[i-2].is(fUpper) && (d.roleAt(i-2) != nil || acronymOrgNouns.Value(p) || bandNouns.Value(p))
	}
	k := i - 1
	for n := 0; n < 2 && k > 0 && d.isWord(k) && d.toks[k].is(fLower) && adjectiveEnding(d.str(k)); n++ {
		k--
	}
	if k == i-1 || !d.isWord(k) {
		return false
	}
	adj := d.str(i - 1)
	switch d.str(k) {
	case "die", "Die", "eine", "Eine":
		return strings.HasSuffix(adj, "e")
	case "der", "einer":
		return strings.HasSuffix(adj, "en")
	}
	return false
}

// bandNouns are what a music band has, before "der Band" in the
// genitive: "Sänger der Band", "das neue Album der Band".
//
// buildBandNouns returns the words of the table bandNouns (generated: see the
// package's zz_generated_sets.go).
func buildBandNouns() map[string]bool {
	return map[string]bool{
		"Sänger": true, "Sängerin": true, "Leadsänger": true, "Frontmann": true, "Frontfrau": true,
		"Gitarrist": true, "Gitarristin": true, "Bassist": true, "Bassistin": true, "Schlagzeuger": true,
		"Schlagzeugerin": true, "Keyboarder": true, "Gründungsmitglied": true, "Album": true, "Albums": true,
		"Debütalbum": true, "Single": true, "Konzert": true, "Konzerte": true, "Tournee": true, "Auftritt": true,
		"Fans": true, "Hits": true,
	}
}

// dativeGenitivePrep reports whether s is a preposition that takes the
// dative or the genitive only ("in" takes both dative and accusative: an
// accusative feminine is "die").
func dativeGenitivePrep(s string) bool {
	switch s {
	case "in", "mit", "von", "bei", "aus", "zu", "nach", "seit", "vor", "an", "auf", "unter", "über", "neben",
		"hinter", "zwischen", "gegenüber", "wegen", "trotz", "laut", "während", "innerhalb", "außerhalb",
		"In", "Mit", "Von", "Bei", "Aus", "Nach", "Seit", "Vor", "Neben":
		return true
	}
	return false
}

// mayHead reports false when headType(i) is sure to report none: token i
// is no word, or a capitalized one of fewer than four bytes or all caps, or
// a lower-case word other than "up" and "ups".
func (d *docState) mayHead(i int) bool {
	if uint(i) >= uint(len(d.toks)) {
		return false
	}
	t := &d.toks[i]
	if t.kind != tkWord {
		return false
	}
	if t.flags&fLower != 0 {
		return d.text[t.start] == 'u' && t.end-t.start <= 3
	}
	return t.flags&(fUpper|fCaps) == fUpper && t.end-t.start >= 4
}

// headAt: "der Softwarekonzern Xyz" → Xyz is an organization.
func (d *docState) headAt(i int) int {
	if i > 0 && d.isWord(i) && d.str(i) == "The" && !d.toks[i].is(fSentStart) {
		return d.theNameAfterHead(i)
	}
	if i == 0 || !d.nameWord(i) || d.toks[i].is(fSentStart) || d.flag(i, wPlace|wRole|wTitle|wLegalStart) {
		return i
	}
	typ, generic, ok := d.headType(i - 1)
	if !ok || d.afterBankHead(i) {
		return i // after "Sparkasse" only a place makes a name (bankAt)
	}
	if n := len(d.ms); n > 0 && d.ms[n-1].te == i && d.ms[n-1].ts == i-1 && d.ms[n-1].kind == Organization {
		return i // "muss die Commerzbank Strafe zahlen": the head word is a name itself, its object follows
	}
	t := &d.toks[i]
	s := d.str(i)
	strong := t.is(fCaps) || t.is(fInnerCaps) || strings.ContainsAny(s, "0123456789")
	if generic && !strong && !(d.nameWord(i+1) && d.flag(i+1, wNamePart)) {
		return i // "das Unternehmen Gewinne …"; but "der Konzern Jindal Steel"
	}
	if !strong && d.nounLike(i) && (generic || !d.ernOnly(i)) {
		return i // but "die Reederei Nordstern": a specific head, a word that only ends like "Ländern"
	}
	if !strong && strings.HasSuffix(s, "s") {
		k := i - 1
		for k >= 2 && d.inCompound(k) {
			k -= 2
		}
		if p := k - 1; p >= 0 && d.isWord(p) && d.toks[p].is(fLower) && adjectiveEnding(d.str(p)) && !isDeterminer(d.str(p)) {
			return i // "der größte Dienstleister Nordeuropas": a genitive, not a name
		}
	}
	end := i + 1
	for end < len(d.toks) {
		if d.hyphenCont(end) && d.isUpperWord(end+1) {
			end += 2
			continue
		}
		if d.isPunct(end, "&") && d.nameWord(end+1) {
			end += 2
			continue
		}
		if d.nameWord(end) && (d.toks[end].is(fCaps) || d.flag(end, wNamePart)) {
			end++
			continue
		}
		break
	}
	// "der Autobauer Tesla-Chef …": the compound is not the name.
	if end < len(d.toks) && d.toks[end].is(fHyphen) && d.joined(end-1) {
		return i
	}
	// "Biobauer Renzo Blumenthal": two plain capitalized words after a head
	// that also names a person are a person; after "Fluggesellschaft" they
	// are the name ("Air One").
	if d.nameWord(end) && !d.flag(end, wLegalStart) {
		lw := d.lowerB(i - 1)
		for _, p := range personHeads {
			if hasSuffixFormB(lw, p) {
				return i
			}
		}
		if d.flag(end, wPlace) && typ == OtherOrg && isClubHead(d.lowerB(i-1)) && !d.nameWord(end+1) {
			end++ // "der Drittligist Blau-Weiß Lohne": a club and its town, and no more
		} else if d.flag(i, wGiven) || d.nameWord(end+1) || d.flag(end, wPlace) {
			return i
		} else if !strong && !d.nounLike(end) {
			end++ // "Fluggesellschaft Air One"; not "ISRO Bodentests"
		}
	}
	if !strong && end-1 > i && d.nounLike(end-1) && !d.flag(end-1, wNamePart) {
		return i // but "die Firma Grohmann Automation": a word of company names
	}
	legal := false
	if le := d.legalAt(end); le > end {
		end, legal = le, true
	}
	if !strong && weakHead(d.lowerB(i-1)) {
		return i // "einen Handelsbetrieb Kaufkraft binden": an object, not a name
	}
	if end == i+1 {
		if e := d.titleAcronymEntity(i); e != nil {
			d.emitOrg(i, end, e, false, false) // "die Raumfahrtagentur Esa" is the ESA
			return end
		}
	}
	start := i
	if legal && d.nameHead(i-1) && !d.toks[i].is(fSentStart) || end-i >= 2 && d.genitivePluralName(i) {
		start = i - 1 // "Weingärtnergenossenschaft Metzingen", "Dachverband Deutscher Immobilienverwalter"
		if len(d.ms) > 0 && d.ms[len(d.ms)-1].te > start {
			start = i
		}
	}
	d.emitRuleOrg(start, end, typ)
	return end
}

// bodyHeadSuffixes end the heads of bodies whose name is a genitive plural
// after them: "Verband Deutscher Reeder", "Vereinigung Bayerischer
// Milchbauern".
var bodyHeadSuffixes = []string{"verband", "verein", "vereinigung", "bund", "gemeinschaft", "kammer", "genossenschaft"}

// genitivePluralName reports whether the name at token i, after the head
// at i-1, starts with an adjective of a genitive plural ("Deutscher",
// "Freier"): it depends on the head, which is then part of the name
// ("Dachverband Deutscher Immobilienverwalter").
func (d *docState) genitivePluralName(i int) bool {
	s := d.str(i)
	if len(s) < 5 || s[len(s)-2:] != "er" || !d.toks[i].is(fSpace) || d.nounLike(i) || d.flag(i, wPlace|wGiven|wRole) {
		return false
	}
	return hasSuffixIn(d.lowerB(i-1), bodyHeadSuffixes, 0)
}

// weakHead reports whether the lower-case head noun lw is one that names
// a body in a descriptor ("der Weinbaubetrieb Buena Vista Winery") but is
// as often followed by its object ("einen Handelsbetrieb Kaufkraft
// binden"): only a name in capitals or with digits is taken after it.
func weakHead(lw []byte) bool {
	return endsWith(lw, "betrieb", 0) || endsWith(lw, "betriebs", 0) || endsWith(lw, "betriebes", 0)
}

// singularOblique reports whether the noun at token i follows, perhaps
// after lower-case adjectives, a determiner of a singular case other than
// the nominative: "dem bulgarischen Erstligisten", "des Zweitligisten".
func (d *docState) singularOblique(i int) bool {
	k := i - 1
	for n := 0; n < 3 && d.isWord(k) && d.toks[k].is(fLower) && adjectiveEnding(d.str(k)); n++ {
		k--
	}
	if !d.isWord(k) {
		return false
	}
	switch d.str(k) {
	case "den", "dem", "des", "einen", "einem", "eines", "beim", "vom", "zum":
		return true
	}
	return false
}

// nounSuffix reports whether token i ends like a common German noun
// ("Abteilung", "Gesellschaft").
func (d *docState) nounSuffix(i int) bool {
	if !d.isUpperWord(i) || d.toks[i].is(fCaps) {
		return false
	}
	return nounSuffixSet.endsIn(d.lowerB(i), 2)
}

// ernOnly reports whether token i looks like a common noun only by the
// ending -ern of a dative plural ("Ländern"), which names share
// ("Nordstern").
func (d *docState) ernOnly(i int) bool {
	lw := d.lowerB(i)
	if !endsWith(lw, "ern", 2) || d.bizWord(i) {
		return false
	}
	lw = d.lowerB(i)
	for _, s := range nounSuffixes {
		if s != "ern" && endsWith(lw, s, 2) {
			return false
		}
	}
	return true
}

// isClubHead reports whether the lower-case head noun lw names a club:
// "Drittligist", "Fußballverein", "Klub", also inflected ("dem
// Erstligisten", "des Vereins").
func isClubHead(lw []byte) bool {
	for _, cut := range [...]int{0, 1, 2} {
		if len(lw) <= cut {
			break
		}
		if cut > 0 {
			e := string(lw[len(lw)-cut:])
			if e != "s" && e != "n" && e != "en" && e != "es" {
				continue
			}
		}
		w := lw[:len(lw)-cut]
		for _, s := range [...]string{"ligist", "verein", "klub", "club"} {
			if len(w) >= len(s) && string(w[len(w)-len(s):]) == s {
				return true
			}
		}
	}
	return false
}

// nounLike reports whether token i looks like a common German noun.
func (d *docState) nounLike(i int) bool {
	// bizWord, with the lower-case word made once.
	lw := d.lowerB(i)
	return nounSuffixSet.endsIn(lw, 2) || businessWords.Value(d.str(i)) || businessStemSet.in(lw)
}

// govAt: "Generalstaatsanwaltsbüro von Kalifornien", "Finanzministerium
// von Bayern": a government body named by its place.
func (d *docState) govAt(i int) int {
	if !d.nameWord(i) && !(d.isUpperWord(i) && d.toks[i].is(fSentStart)) {
		return i
	}
	if i+2 >= len(d.toks) || !d.flag(i+2, wPlace) {
		return i
	}
	if s := d.str(i + 1); s != "von" && s != "des" {
		return i
	}
	lw := d.lowerB(i)
	for _, suf := range govSuffixes {
		if endsWith(lw, suf, 2) {
			end := i + 3
			d.emitRuleOrg(i, end, Government)
			return end
		}
	}
	return i
}

// legalAhead looks for a legal form after a run of name tokens starting at
// i: "Müller Logistik GmbH & Co. KG". It returns the end of the name, the
// end of the legal form, and whether one was found.
func (d *docState) legalAhead(i int) (int, int, bool) {
	// The walk below asks legalAt only at i+1 … i+7 and finds nothing
	// without a legal-form start there (most capitalized words).
	if d.nextLegalStart(i+1) > i+7 {
		return 0, 0, false
	}
	j := i
	bestEnd, bestLe, found := 0, 0, false
	conn := false // a connector crossed: only a registered society's name has one
	for k := 0; k < 7 && j < len(d.toks); k++ {
		if !d.isWord(j) || !(d.toks[j].is(fUpper) || d.toks[j].is(fDigit)) || (j > i && d.flag(j, wStop) && !d.bankBeforeLegal(j)) {
			break
		}
		j++
		// legalAt's first test is made here, without the call: most
		// words start no legal form.
		if d.flag(j, wLegalStart) {
			if le := d.legalAt(j); le > j {
				if !d.weakName(i, j, le) || conn && !d.societyForm(j, le) {
					break
				}
				bestEnd, bestLe, found = j, le, true
				if weakLegal.Value(d.str(j)) && le == j+1 && d.nameWord(le) {
					// "OpenAI Group Public Benefit Corporation": a longer form may follow.
					continue
				}
				break
			}
		}
		switch {
		case d.hyphenCont(j) && d.isUpperWord(j+1):
			j++
		case d.isPunct(j, "&") && d.isUpperWord(j+1):
			j++
		case d.isPunct(j, "+") && d.isUpperWord(j+1):
			j++
		case j < len(d.toks) && d.isUpperWord(j) && d.toks[j].is(fSpace) && (!d.flag(j, wStop) || d.bankBeforeLegal(j)):
		case d.isWord(j) && d.toks[j].is(fLower) && societyConnector(d.str(j)) && d.nameWord(j+1) && !found &&
			hasSuffixIn(d.lowerB(j-1), societyHeads, 0):
			j++ // "Freunde des Stadtmuseums e.V.", "Gesellschaft für Heimatpflege e.V."
			conn = true
		default:
			return bestEnd, bestLe, found
		}
	}
	return bestEnd, bestLe, found
}

// societyHeads end the words before a connector in a registered
// society's name: "Freunde und Förderer des Theaters e.V.", "Verein für
// Heimatkunde e.V.", "Gesellschaft der Musikfreunde e.V." (not "Geld der
// Tafel e.V.", where the society is the Tafel).
var societyHeads = []string{
	"freunde", "freunden", "förderer", "verein", "gesellschaft", "verband", "bund", "kreis", "initiative", "stiftung",
	"vereinigung", "gemeinschaft",
}

// societyConnector reports whether s joins the words of a registered
// society's name: "Freunde des Museums e.V.", "Verein für Heimatkunde e.V.".
func societyConnector(s string) bool {
	switch s {
	case "der", "des", "für", "zur", "zum", "und", "von":
		return true
	}
	return false
}

// societyForm reports whether the legal form of tokens [j, le) is that of
// a registered society: "e.V.", "e. V.".
func (d *docState) societyForm(j, le int) bool {
	return d.str(j) == "e" && le-j >= 3 && d.str(j+2) == "V"
}

// bankBeforeLegal reports whether token j is the word "Bank" inside a name
// right before its legal form: "die Südwest Bank AG", "der Nordholz Bank
// GmbH" ("Bank" alone starts no name, see nameStops).
func (d *docState) bankBeforeLegal(j int) bool {
	return d.toks[j].is(fSpace) && d.str(j) == "Bank" && d.flag(j+1, wLegalStart) && d.legalAt(j+1) > j+1
}

// noLegalNear reports that no token in i+1 … i+7 may start a legal form
// (legalAhead's first test), when the answer nextLegalStart keeps tells it
// (most capitalized words); false when it does not.
func (d *docState) noLegalNear(i int) bool {
	return d.legalOK && d.legalFrom <= i+1 && i+1 <= d.legalNext && d.legalNext > i+7
}

// nextLegalStart returns the first token at or after from (≥ 0) that may
// start a legal form (wLegalStart), or len(d.toks). The answer is kept:
// the callers ask for ascending positions, mostly before the same one.
func (d *docState) nextLegalStart(from int) int {
	if d.legalOK && d.legalFrom <= from && from <= d.legalNext {
		return d.legalNext
	}
	// The first of legalStarts at or after from (a binary search).
	from = max(from, 0)
	ls := d.legalStarts
	lo, hi := 0, len(ls)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(ls[m]) < from {
			lo = m + 1
		} else {
			hi = m
		}
	}
	j := len(d.toks)
	if lo < len(ls) {
		j = int(ls[lo])
	}
	d.legalOK, d.legalFrom, d.legalNext = true, from, j
	return j
}

// weakName checks the name [i, j) before a legal form [j, le): after a
// weak form ("Holding", "Group", "SA") the name must not be a lone common
// noun, function word or place.
func (d *docState) weakName(i, j, le int) bool {
	if d.flag(i, wRole|wTitle) {
		return false
	}
	if _, generic, ok := d.headType(i); ok && generic && j-i == 1 {
		return false // "die Bank AG"
	}
	d.buf = appendFields(d.buf[:0], d.text[d.toks[j].start:d.toks[le-1].end])
	if !weakLegal.ValueBytes(d.buf) {
		return true
	}
	if j-i == 1 {
		if d.flag(i, wPlace|wGiven) || d.nounLike(i) {
			return false
		}
	}
	return true
}

// legalType guesses the type of a rule organization from its words.
func (d *docState) legalType(ts, te int) Type {
	for k := ts; k < te; k++ {
		s := d.str(k)
		switch s {
		case "e.V", "eV", "VVaG":
			return Association
		}
		if d.isUpperWord(k) && !d.toks[k].is(fCaps) {
			if h := d.ix.heads.inflected(d.lowerB(k), 0); h >= 0 && headSuffixes[h].typ != Company {
				return headSuffixes[h].typ // "Volksbanken AG" is a bank
			}
		}
	}
	if d.isPunct(te-1, ".") && te >= 4 && d.str(te-2) == "V" && d.str(te-4) == "e" {
		return Association
	}
	return Company
}

// localAt matches an acronym defined earlier in the document.
func (d *docState) localAt(i int) int {
	if t := &d.toks[i]; len(d.local) == 0 || !(t.is(fCaps) || t.is(fInnerCaps) || d.localTitle && t.is(fUpper) && d.localFilt.has(d.str(i))) {
		return i // (a local alias in title case comes from a definition: "… Company (Adnoc)")
	}
	la, ok := d.local[string(d.key(i))]
	if !ok {
		if w := d.str(i); len(w) > 2 && w[len(w)-1] == 's' {
			la, ok = d.local[string(appendKey(d.buf[:0], w[:len(w)-1]))]
		}
	}
	if !ok || i < la.from {
		return i
	}
	d.emitOrg(i, i+1, la.ent, false, true)
	return i + 1
}

// roleAt returns the role of token i, or nil.
func (d *docState) roleAt(i int) *Role {
	if !d.isWord(i) || !(d.toks[i].is(fUpper) || d.toks[i].is(fLower)) {
		return nil
	}
	if r := d.meta(i).role; r != 0 {
		return &d.ix.roles[r-1] // the word's role (wordInfo.role), read from the compact metas
	}
	if !d.toks[i].is(fUpper) {
		return nil
	}
	return d.ix.roleSuffixOf(d.str(i))
}

// isInitial: "W." as a middle initial.
func (d *docState) isInitial(i int) bool {
	return d.isUpperWord(i) && utf8.RuneCountInString(d.str(i)) == 1 && d.isPunct(i+1, ".") && d.joined(i)
}

// parenAcronymAt: "OpenAI Group Public Benefit Corporation (PBC)": an
// acronym in brackets right after an organization names the same one, here
// and for the rest of the document.
func (d *docState) parenAcronymAt(i int) int {
	t := &d.toks[i]
	if !d.isPunct(i-1, "(") || !d.isPunct(i+1, ")") || !t.is(fUpper) || len(d.ms) == 0 {
		return i
	}
	prev := &d.ms[len(d.ms)-1]
	if prev.te != i-1 || prev.kind != Organization {
		return i
	}
	if !(t.is(fCaps) || t.is(fInnerCaps)) && (prev.te-prev.ts < 4 || t.end-t.start < 3) {
		return i // a word in title case only after a long name ("Abu Dhabi National Oil Company (Adnoc)")
	}
	acr := d.str(i)
	if !subsequenceAnywhere(strings.ToLower(acr), strings.ToLower(d.text[d.toks[prev.ts].start:d.toks[prev.te-1].end])) {
		return i
	}
	if d.local == nil {
		d.local = make(map[string]localAlias)
	}
	if !(t.is(fCaps) || t.is(fInnerCaps)) {
		d.addLocalTitle(acr)
	}
	d.local[string(appendKey(nil, acr))] = localAlias{ent: prev.ent, from: i}
	d.emitOrg(i, i+1, prev.ent, false, true)
	return i + 1
}

// headBeforeName reports whether token i is a head noun followed by a
// name: "Containerreederei Royal … NV" starts the name after the head.
func (d *docState) headBeforeName(i int) bool {
	if !d.nameWord(i+1) && !d.isUpperWord(i+1) {
		return false
	}
	if d.nameHead(i) {
		return false // "Förderverein Stadtbad Lindenau e.V.": the head is part of the name
	}
	if d.legalAt(i+1) > i+1 {
		return false // "Volksbanken AG": the head word is the name
	}
	_, _, ok := d.headType(i)
	return ok
}

// clubNameGoesOn reports whether name word k continues a club's name: a
// given name only before two more name words ("FC Carl Zeiss Jena", not
// "FC Bayern Thomas Müller"), a gazetteer name only when it is no club of
// its own and the name goes on after it ("Carl Zeiss" in "FC Carl Zeiss
// Jena", not "Borussia Dortmund" after "FC Valencia"), unless it is the
// same club whose prefix at token p started the name ("Hoffenheim" in
// "TSG 1899 Hoffenheim").
func (d *docState) clubNameGoesOn(p, k int) bool {
	if d.flag(k, wGiven) && !(d.nameWord(k+1) && d.nameWord(k+2)) {
		return false
	}
	m, ok := d.matchOrg(k)
	if !ok || m.term.ent < 0 {
		return true
	}
	e := d.ix.ents[m.term.ent]
	if pre := d.str(p); len(e.Name) > len(pre) && e.Name[len(pre)] == ' ' && e.Name[:len(pre)] == pre && !d.nameWord(m.end) {
		return true
	}
	return e.Type != OtherOrg && d.nameWord(m.end)
}

// clubAt: "VfL Osnabrück", "1. FC Nürnberg", "SV Wehen-Wiesbaden", "FC
// Carl Zeiss Jena": a club prefix (clubPrefixes) or a club word
// (clubWords) before a place, and all the capitalized words after it.
func (d *docState) clubAt(i int) int {
	if !d.isWord(i+1) || !d.toks[i+1].is(fSpace) || d.flag(i+1, wStop) {
		return i
	}
	if d.toks[i].is(fCaps) || d.toks[i].is(fInnerCaps) {
		if !clubPrefixes.Value(d.str(i)) {
			return i
		}
	} else if !clubWords.Value(d.str(i)) || !d.placeWord(i+1) {
		return i // "Fortuna Köln"; not "Fortuna war ihm hold"
	}
	if !d.isUpperWord(i+1) && !(d.toks[i+1].is(fDigit) && d.nameWord(i+2)) {
		return i
	}
	start := i
	if i >= 2 && d.isPunct(i-1, ".") && d.toks[i-2].is(fDigit) && d.joined(i-2) && d.freeFrom(i-2) {
		start = i - 2 // "1. FC"
	}
	end := i + 2
	for d.hyphenCont(end) && d.isUpperWord(end+1) {
		end += 2
	}
	const clubMax = 5 // name words after the prefix
	for k := 0; k < clubMax && end < len(d.toks); k++ {
		switch {
		case d.isPunct(end, "/") && d.joined(end-1) && d.joined(end) && d.isUpperWord(end+1):
			end += 2 // "TSV Odenhausen/Lahn"
		case d.nameWord(end) && !d.flag(end, wLegalStart|wRole|wStop) && d.clubNameGoesOn(i, end) && !genitiveS(d.str(end-1)):
			end++ // "FC Carl Zeiss Jena"; not "AS Roms Trainer"
		case d.isWord(end) && d.toks[end].is(fDigit) && d.toks[end].is(fSpace) && d.toks[end].end-d.toks[end].start <= 4 &&
			!(d.isPunct(end+1, ":") && d.joined(end)):
			end++ // "FC Schalke 04", "TSG 1899 Hoffenheim"; not "FC Valencia 1:0"
			if !d.nameWord(end) || d.toks[end-2].kind == tkWord && d.toks[end-2].is(fDigit) {
				k = clubMax
			}
			if end-3 >= i && d.isUpperWord(end-2) && d.nameWord(end) {
				k = clubMax // "Mainz 05 Borussia": the number ends the name
			}
		case d.isPunct(end, ".") && d.joined(end-1) && d.nameWord(end+1) && d.str(end-1) == "St":
			end += 2 // "FC St. Pauli"
		default:
			k = clubMax
		}
	}
	d.emitRuleOrg(start, end, OtherOrg)
	return end
}

// genitiveS reports whether s ends in a genitive -s ("Roms"), not in
// "-ss" ("Zeiss").
func genitiveS(s string) bool {
	return strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss")
}

func adjectiveEnding(s string) bool {
	return len(s) > 3 && (strings.HasSuffix(s, "e") || strings.HasSuffix(s, "en") || strings.HasSuffix(s, "er") || strings.HasSuffix(s, "es"))
}

func isDefiniteArticle(s string) bool {
	switch s {
	case "der", "die", "das", "den", "dem", "des", "Der", "Die", "Das", "Den", "Dem", "Des":
		return true
	}
	return false
}

func isDeterminer(s string) bool {
	switch s {
	case "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines",
		"Der", "Die", "Das", "Ein", "Eine", "ihr", "ihre", "seine", "sein", "unsere", "keine", "kein":
		return true
	}
	return false
}

// sentenceFigures reports whether the sentence of token i holds a
// percentage or an amount of money.
func (d *docState) sentenceFigures(i int) bool {
	s := d.sentOf(i)
	if v, ok := d.sentenceMemo(s, memoFig); ok {
		return v
	}
	v := d.sentenceFiguresScan(i, s)
	d.setSentenceMemo(s, memoFig, v)
	return v
}

func (d *docState) sentenceFiguresScan(i int, s int32) bool {
	a, b := d.sentBounds(s)
	for k := i - 1; k >= a; k-- {
		if d.figureAt(k) {
			return true
		}
	}
	for k := i + 1; k <= b; k++ {
		if d.figureAt(k) {
			return true
		}
	}
	return false
}

// politicsWords name parties, parliaments and elections: a sentence with
// one of them is about politics, and a party's name that is also a word
// ("Union") is the party there.
var politicsWords = map[string]bool{
	"SPD": true, "CDU": true, "CSU": true, "FDP": true, "AfD": true, "BSW": true, "Grüne": true, "Grünen": true,
	"Linke": true, "Linken": true, "Sozialdemokraten": true, "Liberalen": true, "ÖVP": true, "SPÖ": true, "FPÖ": true,
	"Koalition": true, "Koalitionspartner": true, "Koalitionsvertrag": true, "Ampel": true, "Regierungskoalition": true,
	"Fraktion": true, "Bundestagsfraktion": true, "Unionsfraktion": true, "Opposition": true,
	"Bundestag": true, "Bundestages": true, "Bundestags": true, "Landtag": true, "Parlament": true,
	"Kanzler": true, "Kanzlerin": true, "Kanzlerkandidat": true, "Kanzlerkandidatin": true, "Kanzleramt": true,
	"Wahl": true, "Bundestagswahl": true, "Landtagswahl": true, "Wahlkampf": true, "Wähler": true, "Wählern": true,
	"Umfrage": true, "Umfragen": true, "Partei": true, "Parteien": true, "Parteitag": true, "Parteichef": true,
	"Sondierungen": true, "Koalitionsverhandlungen": true, "Abgeordneten": true, "Abgeordnete": true,
}

// sentencePolitics reports whether the sentence of token i, outside the
// token, holds a word of politicsWords.
func (d *docState) sentencePolitics(i int) bool {
	a, b := d.sentBounds(d.sentOf(i))
	for k := a; k <= b; k++ {
		if k != i && d.isWord(k) && politicsWords[d.str(k)] {
			return true
		}
	}
	return false
}

func (d *docState) figureAt(k int) bool {
	switch d.str(k) {
	case "%", "€", "$", "£", "Prozent", "Euro", "Dollar", "Milliarden", "Millionen", "Milliarde", "Million", "Mrd", "Mio":
		return true
	}
	return false
}

// nameHead reports whether token i is a compound head that belongs to the
// name it introduces: "Förderverein …", "Siedlungsgenossenschaft …".
func (d *docState) nameHead(i int) bool {
	if !d.isUpperWord(i) {
		return false
	}
	lw := d.lowerB(i)
	for _, suf := range [...]string{"verein", "genossenschaft"} {
		if endsWith(lw, suf, 2) {
			return true
		}
	}
	return false
}

// startsOrg reports whether a gazetteer organization starts at token i.
func (d *docState) startsOrg(i int) bool {
	m, ok := d.matchOrg(i)
	return ok && m.term.ent >= 0
}

// coordinatedCompany reports whether the token at k is "und", "oder",
// "sowie" or a comma and a gazetteer organization of the same kind (any
// company for a company) stands right beyond it (dir +1: after, -1:
// before): "Apple und Meta", "SPD und Grüne".
func (d *docState) coordinatedCompany(k, dir int, typ Type) bool {
	fits := func(t Type) bool { return t == typ || businessType(t) && businessType(typ) }
	if k < 0 || k >= len(d.toks) {
		return false
	}
	switch d.str(k) {
	case "und", "oder", "sowie", ",", "&":
	default:
		return false
	}
	if dir > 0 {
		m, ok := d.matchOrg(k + 1)
		return ok && m.term.ent >= 0 && fits(d.ix.ents[m.term.ent].Type)
	}
	if k < 1 || !d.isUpperWord(k-1) {
		return false
	}
	if len(d.ms) > 0 {
		if last := &d.ms[len(d.ms)-1]; last.te == k && last.kind == Organization && fits(last.ent.Type) {
			return true
		}
	}
	// An ambiguous company before, not taken: look it up again.
	for s := k - 1; s >= 0 && s >= k-4; s-- {
		if m, ok := d.matchOrg(s); ok && m.end == k && m.term.ent >= 0 && fits(d.ix.ents[m.term.ent].Type) {
			return true
		}
	}
	return false
}

// release returns d, with its buffers and maps, to the pool; d must not
// be used after. It forgets everything that points into the text or the
// results, so that the pool keeps no caller's data alive; the buffers of
// a long text are not kept.
func (d *docState) release() {
	if d.ix == nil {
		return // released already
	}
	if !d.pooled() {
		return // a huge document: let it go
	}
	small := func(x []int32) []int32 {
		if cap(x) > maxPooled {
			return nil
		}
		return x[:0]
	}
	// Slices holding pointers or strings are cleared up to their
	// capacity (stages shrink them in place).
	ms := d.ms[:cap(d.ms)]
	clear(ms)
	added := d.added[:cap(d.added)]
	clear(added)
	whos := d.whos[:cap(d.whos)]
	clear(whos)
	d.ents.reset()
	res := d.res.reset()
	keep := docState{
		toks:     d.toks[:0],
		notes:    tokenNotes{parens: small(d.notes.parens), ages: small(d.notes.ages), uppers: small(d.notes.uppers), sents: small(d.notes.sents)},
		refWords: small(d.refWords), legalStarts: small(d.legalStarts),
		ms:    ms[:0],
		added: added[:0],
		whos:  whos[:0],
		rs:    d.rs[:0],
		ents:  d.ents,
		res:   res,

		sentMemo:  d.sentMemo[:0],
		confirmed: reuseMap(d.confirmed),
		local:     reuseMap(d.local),
		defs:      reuseMap(d.defs),
		ruleEnts:  reuseMap(d.ruleEnts),
		persons:   reuseMap(d.persons),
		wordPos:   reuseMap(d.wordPos),
		nameUse:   reuseMap(d.nameUse),
		repNames:  reuseMap(d.repNames),
		sur:       reuseMap(d.sur),
		entIx:     reuseMap(d.entIx),
	}
	if cap(d.buf) <= 1<<12 {
		keep.buf = d.buf[:0]
	}
	if d.localFilt != nil {
		*d.localFilt = wordFilter{}
		keep.localFilt = d.localFilt
	}
	*d = keep
	statePool.Put(d)
}

// resize returns s with length n, reusing its memory when it has room;
// the elements are left as they are (or zero in new memory): the caller
// sets them.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// pooled reports whether release will keep d for reuse: not the state of
// a huge document.
func (d *docState) pooled() bool { return cap(d.toks) <= maxPooled }

// reuseMap returns m cleared for the next document, or nil when it grew
// too large to clear cheaply.
func reuseMap[K comparable, V any](m map[K]V) map[K]V {
	if len(m) > maxPooledMap {
		return nil
	}
	clear(m)
	return m
}

// addLocalTitle notes an acronym in title case defined in the document.
func (d *docState) addLocalTitle(acr string) {
	d.localTitle = true
	if d.localFilt == nil {
		d.localFilt = new(wordFilter)
	}
	d.localFilt.add(acr)
	d.localFilt.addGenitive(acr)
}

// byline reports whether tokens [i, end) stand in brackets at the start
// of a line, perhaps after a place of up to three words: "Berlin (AP) –",
// "Frankfurt/Main (AP)", "(AP) Die …".
func (d *docState) byline(i, end int) bool {
	if (i == 0 || d.toks[i].is(fNewline)) && d.isDash(end) {
		return true // "AP – Die Regierung …" at the start of a line
	}
	if !d.isPunct(i-1, "(") || !d.isPunct(end, ")") {
		return false
	}
	if d.isDash(end + 1) {
		return true // "Berlin (ots) - …", also where the line break got lost
	}
	k := i - 1
	if k == 0 || d.toks[k].is(fNewline) {
		return true
	}
	for n := 0; n < 3; n++ {
		k--
		if k < 0 {
			return false
		}
		if !d.isPunct(k, "/") && !d.isPunct(k, "-") && !(d.isUpperWord(k) && !d.flag(k, wStop)) {
			return false
		}
		if k == 0 || d.toks[k].is(fNewline) {
			return true
		}
	}
	return false
}
