package quote

import (
	"slices"
	"sync"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/parse"
)

// docBufs are the large per-document slices. They never outlive a call:
// FindWith takes them from bufPool and puts them back when it returns, so
// that a text of n bytes does not allocate its tokens anew on every call.
// Nothing returned to the caller points into them, and release drops every
// reference to the caller's text and mentions.
type docBufs struct {
	paras   []span
	toks    []token
	sentIdx []int32
	sentR   []sentRange
	pairTok [][2]int
	wc      []uint16  // per token: the answers of roleAt, surnameAt and isLower
	mstart  []int32   // Start of every mention
	caps    []capWord // the capitalized words
	paraTok []int32   // first token of each paragraph, and len(toks)
	cues    []int32   // the words indirectSpeech looks at
	ends    []int32   // the marks and the punctuation starting with . ! ? or 0xE2, in order
	npMemo  [npMemoSize]npMemoEntry
	// npMemoUsed: npMemo holds answers (of the last text); the memo of a
	// fresh docBufs is zero already and is not cleared, so that the first
	// text touches only the slots it writes
	npMemoUsed bool
	ms         []entity.Mention // mentions remapped or filtered for the doc
	refs       []refTarget      // the caller's references that fit the text
	people     map[string]*person
	pmen       []pmention
	filter     [peopleFilterBits / 64]uint64 // collectPeople's name filter, all zero between uses

	d        doc             // the document of the call
	pairs    []pair          // findPairs' result
	cands    []cand          // run's candidates
	ind      []cand          // indirectSpeech's reports
	events   []cand          // indirectSpeech's speech events
	chained  []cand          // chainReported's continued reports
	starts   []cand          // chainReported's reports and attributed quotations that start a chain
	sents    []int32         // sentence starts (indirectSpeech, chainReported)
	covered  []bool          // keepEvents: per sentence, whether it holds a quotation or event
	at       []int           // run: new index of each candidate after the merge
	resolved []*Speaker      // resolve: the speaker of each candidate
	spNames  map[string]bool // doc.speakerNames
	persons  slab[person]    // the people of the text
	speakers slab[Speaker]   // the speakers resolve tries; copied out at its end
}

var bufPool = sync.Pool{New: func() any { return new(docBufs) }}

// maxPooledTokens bounds the buffers kept for reuse: those of a text of more
// than about 10 MB (2M tokens, 40 MB of tokens) are left to the collector.
const maxPooledTokens = 1 << 21

func getBufs() *docBufs { return bufPool.Get().(*docBufs) }

// release clears what refers to caller data and returns b to the pool.
func (b *docBufs) release() {
	clear(b.ms)
	b.ms = b.ms[:0]
	clear(b.refs)
	b.refs = b.refs[:0]
	clear(b.people)
	clear(b.pmen)
	b.pmen = b.pmen[:0]
	b.d = doc{}
	clear(b.resolved)
	clear(b.spNames)
	b.persons.reset()
	b.speakers.reset()
	if cap(b.toks) > maxPooledTokens {
		*b = docBufs{}
	}
	bufPool.Put(b)
}

// sentRange is the first (b) and last (e) token of a sentence.
type sentRange struct{ b, e int32 }

// sent returns the sentence of token k.
func (d *doc) sent(k int) sentRange { return d.sentR[d.sentIdx[k]] }

// npRange is a noun phrase [s, e) in token indices.
type npRange struct{ s, e int }

func (n npRange) ok() bool { return n.s >= 0 && n.e > n.s }

var noNP = npRange{-1, -1}

// doc holds the analysis of one text.
type doc struct {
	pdoc     *parse.Doc // the clause layer, built on first use (clause.go)
	pdocSent int        // first token of the sentence pdoc holds; -1 none
	text     string
	paras    []span
	toks     []token
	sentIdx  []int32     // per token: the index of its sentence in sentR
	sentR    []sentRange // per sentence: its first and last token
	pairs    []pair
	pairTok  [][2]int // token indices of open and close mark per pair
	mentions []entity.Mention
	people   map[string]*person // surname or full name → person
	// bare names that stand as speakers of attributions
	speakerNames map[string]bool
	pmen         []pmention // person mentions outside quotes, by position
	lx           *lexiconT
	bufs         *docBufs    // where toks, sentIdx, sentR and pairTok live
	wc           []uint16    // per token: cached answers (wc… bits)
	mstart       []int32     // Start of each of mentions, for binary search
	caps         []capWord   // the tokens with upper set (words), in order
	paraTok      []int32     // paraTok[p]: first token of paragraph p; paraTok[len(paras)] = len(toks)
	cues         []int32     // tokens whose lexicon flags have lxIndirectCue, in order
	refs         []refTarget // references resolved by the entity package, by Start
	paraHint     int         // paraOf's last answer, where it starts looking
	refHint      int         // refIn's last index into refs, where it starts looking
	mentHint     int         // mentionAt's last index into mstart, where it starts looking
}

// person is someone the text names.
type person struct {
	name   string
	gender entity.Gender
	role   string
	org    string
	ent    *entity.Entity
	isOrg  bool
}

// pmention is one mention of a person outside quotations.
type pmention struct {
	s, e int
	p    *person
}

// newDoc tokenizes text into the slices of b. The doc only reads mentions;
// when they all fit text and are ordered by Start (as a recognizer returns
// them) it uses them as they are, otherwise a filtered, sorted copy.
func newDoc(text string, mentions []entity.Mention, refs []entity.Ref, b *docBufs) *doc {
	b.d = doc{text: text, bufs: b}
	d := &b.d
	d.lx = lexicon()
	b.paras = paragraphs(text, b.paras)
	d.paras = b.paras
	b.tokenize(text, d.lx)
	d.toks, d.caps, d.cues, d.paraTok = b.toks, b.caps, b.cues, b.paraTok
	b.pairs = findPairs(text, d.paras, b.pairs[:0])
	d.pairs = b.pairs
	b.refs = b.refs[:0]
	for _, r := range refs {
		if r.Start < 0 || r.End > len(text) || r.Start >= r.End || text[r.Start:r.End] != r.Text ||
			r.Target < 0 || r.Target >= len(mentions) || !validMention(text, &mentions[r.Target]) ||
			len(b.refs) > 0 && b.refs[len(b.refs)-1].s >= r.Start {
			continue
		}
		b.refs = append(b.refs, refTarget{s: r.Start, e: r.End, kind: r.Kind, m: mentions[r.Target]})
	}
	d.refs = b.refs
	if usableAsIs(text, mentions) {
		d.mentions = mentions
	} else {
		ms := b.ms[:0]
		for _, m := range mentions {
			if validMention(text, &m) {
				ms = append(ms, m)
			}
		}
		slices.SortStableFunc(ms, func(a, b entity.Mention) int { return a.Start - b.Start })
		b.ms = ms
		d.mentions = ms
	}
	b.mstart = b.mstart[:0]
	for i := range d.mentions {
		b.mstart = append(b.mstart, int32(d.mentions[i].Start))
	}
	d.mstart = b.mstart
	d.markPairs()
	d.sentences()
	n := len(d.toks)
	if b.npMemoUsed {
		clear(b.npMemo[:])
		b.npMemoUsed = false
	}
	b.wc = slices.Grow(b.wc[:0], n)[:n]
	clear(b.wc)
	d.wc = b.wc
	return d
}

// Bits of doc.wc: whether isRoleNoun, looksLikeSurname and the inLower
// tests of isLower were asked for a token, and their answers.
const (
	wcRoleDone uint16 = 1 << iota
	wcRole
	wcRoleFem
	wcSurDone
	wcSurname
	wcPrepLowerDone
	wcPrepLower
	wcSubordLowerDone
	wcSubordLower
)

// roleAt is isRoleNoun of the word at token k, computed once per token.
func (d *doc) roleAt(k int) (role, fem bool) {
	c := d.wc[k]
	if c&wcRoleDone == 0 {
		c |= wcRoleDone
		if r, f := isRoleNoun(d.word(k)); r {
			c |= wcRole
			if f {
				c |= wcRoleFem
			}
		}
		d.wc[k] = c
	}
	return c&wcRole != 0, c&wcRoleFem != 0
}

// surnameAt is looksLikeSurname of token k, computed once per token.
func (d *doc) surnameAt(k int) bool {
	if c := d.wc[k]; c&wcSurDone != 0 {
		return c&wcSurname != 0 // the answer cached
	}
	sur := d.looksLikeSurname(k) // may set the role bits of wc[k]
	d.wc[k] |= wcSurDone
	if sur {
		d.wc[k] |= wcSurname
	}
	return d.wc[k]&wcSurname != 0
}

// validMention reports whether m is a person or organization whose span
// fits text.
func validMention(text string, m *entity.Mention) bool {
	return m.Start >= 0 && m.End <= len(text) && m.Start < m.End && (m.Kind == entity.Person || m.Kind == entity.Organization)
}

// usableAsIs reports whether every mention is valid and they are ordered by
// Start, so that filtering and a stable sort would leave them unchanged.
func usableAsIs(text string, ms []entity.Mention) bool {
	prev := 0
	for i := range ms {
		m := &ms[i]
		if !validMention(text, m) || m.Start < prev {
			return false
		}
		prev = m.Start
	}
	return true
}

// tokAt returns the index of the first token starting at or after pos.
func (d *doc) tokAt(pos int) int {
	return searchTokStart(d.toks, pos)
}

// searchTokStart returns the index of the first of toks (in text order)
// that starts at or after pos: slices.BinarySearchFunc written out, whose
// comparison was a call per step.
func searchTokStart(toks []token, pos int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(toks[m].s) < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// tokAtFrom is tokAt for a pos at or after the start of token from (a
// hint): it gallops forward from there, so that ordered positions cost
// little; it falls back to tokAt otherwise.
func (d *doc) tokAtFrom(pos, from int) int {
	n := len(d.toks)
	if from <= 0 || from >= n || int(d.toks[from].s) > pos {
		return d.tokAt(pos)
	}
	// toks[lo].s <= pos; find hi with toks[hi].s >= pos
	lo, step := from, 1
	hi := lo + step
	for hi < n && int(d.toks[hi].s) < pos {
		lo = hi
		step *= 2
		hi = lo + step
	}
	hi = min(hi, n)
	return lo + searchTokStart(d.toks[lo:hi], pos)
}

func (d *doc) word(i int) string {
	t := &d.toks[i] // (a copy of the token went through the stack)
	return d.text[t.s:t.e]
}

func (d *doc) isWord(i int) bool {
	// one unsigned comparison for 0 <= i < len(d.toks), which the index
	// then needs no bounds check for
	return uint(i) < uint(len(d.toks)) && d.toks[i].kind == tWord
}

func (d *doc) isPunct(i int, c byte) bool {
	return uint(i) < uint(len(d.toks)) && d.toks[i].kind == tPunct && d.text[d.toks[i].s] == c
}
