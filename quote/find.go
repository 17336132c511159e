package quote

import (
	"slices"
	"strings"
	"sync"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/parse"
)

// Option configures a [Finder].
type Option func(*Finder)

// WithEntityFinder sets the function that finds the persons and
// organizations of a text, such as the Find method of an entity recognizer.
// The default is [entity.Find].
func WithEntityFinder(find func(text string) []entity.Mention) Option {
	return func(f *Finder) { f.entities = find }
}

// WithIndirect turns the reporting of indirect speech (Kind [Indirect]) on
// or off. It is on by default.
func WithIndirect(on bool) Option {
	return func(f *Finder) { f.indirect = on }
}

// Finder finds quotations and their speakers. It is immutable and safe for
// concurrent use.
type Finder struct {
	entities func(string) []entity.Mention
	indirect bool
}

// NewFinder returns a Finder configured by opts.
func NewFinder(opts ...Option) *Finder {
	f := &Finder{entities: entity.Find, indirect: true}
	for _, o := range opts {
		o(f)
	}
	return f
}

var defaultFinder = sync.OnceValue(func() *Finder { return NewFinder() })

// Find returns the quotations in text with their speakers, ordered by
// Start, using the default entity recognizer. It is NewFinder().Find(text).
func Find(text string) []Quote {
	return defaultFinder().Find(text)
}

// Find returns the quotations in text, ordered by Start.
func (f *Finder) Find(text string) []Quote {
	var ms []entity.Mention
	if f.entities != nil {
		ms = f.entities(text)
	}
	return f.FindWith(text, ms)
}

// FindWith returns the quotations in text, resolving speakers against
// mentions, the entity mentions already found in the same text (so that a
// caller who needs both runs the recognizer once). Mentions whose spans do
// not fit text are ignored.
func (f *Finder) FindWith(text string, mentions []entity.Mention) []Quote {
	if len(text) == 0 {
		return nil
	}
	if hasCombining(text) {
		return f.findNFD(text, mentions)
	}
	b := getBufs()
	defer b.release()
	d := newDoc(text, mentions, b)
	return d.run(f.indirect)
}

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
	npMemo  [npMemoSize]npMemoEntry
	ms      []entity.Mention // mentions remapped or filtered for the doc
	people  map[string]*person
	pmen    []pmention
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
	clear(b.people)
	clear(b.pmen)
	b.pmen = b.pmen[:0]
	if cap(b.toks) > maxPooledTokens {
		*b = docBufs{}
	}
	bufPool.Put(b)
}

// speechEvent marks a sentence with a verb of saying and a speaker but no
// quotation ("Die Deutsche Welle berichtet von …"): it is not reported, but
// its speaker keeps the floor for the quotations that follow.
const speechEvent Kind = 255

// cand is an accepted direct quotation or a reported clause.
type cand struct {
	inner   span // quoted words
	outer   span
	open    int // token index of the opening mark (-1 for unmarked)
	close   int // token index of the closing mark, or of the last token
	kind    Kind
	np      npRange // attribution noun phrase; np.s < 0 when none
	verbTok int     // speech verb of the attribution, -1 when none
	weak    bool    // attribution without a verb of saying: needs a person
	plural  bool    // the verb is plural (for "sie")
	carry   int     // index of a previous cand whose speaker this one shares, -1
	id      int     // index before the indirect clauses are merged in; carry refers to it
	// a speech event whose subject keepEvents still has to find: the
	// clause before token evEnd (see indirectSpeech)
	pending bool
	evEnd   int
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
	bufs         *docBufs  // where toks, sentIdx, sentR and pairTok live
	wc           []uint16  // per token: cached answers (wc… bits)
	mstart       []int32   // Start of each of mentions, for binary search
	caps         []capWord // the tokens with upper set (words), in order
	paraTok      []int32   // paraTok[p]: first token of paragraph p; paraTok[len(paras)] = len(toks)
	cues         []int32   // tokens whose lexicon flags have lxIndirectCue, in order
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
func newDoc(text string, mentions []entity.Mention, b *docBufs) *doc {
	d := &doc{text: text, bufs: b}
	d.lx = lexicon()
	b.paras = paragraphs(text, b.paras)
	d.paras = b.paras
	b.tokenize(text, d.lx)
	d.toks, d.caps, d.cues, d.paraTok = b.toks, b.caps, b.cues, b.paraTok
	d.pairs = findPairs(text, d.paras)
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
	clear(b.npMemo[:])
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

// surnameAt is looksLikeSurname of the word at token k, computed once per
// token.
func (d *doc) surnameAt(k int) bool {
	c := d.wc[k]
	if c&wcSurDone == 0 {
		c |= wcSurDone
		if looksLikeSurname(d.word(k)) {
			c |= wcSurname
		}
		d.wc[k] = c
	}
	return c&wcSurname != 0
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
	i, _ := slices.BinarySearchFunc(d.toks, pos, func(t token, p int) int { return int(t.s) - p })
	return i
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
	i, _ := slices.BinarySearchFunc(d.toks[lo:hi], pos, func(t token, p int) int { return int(t.s) - p })
	return lo + i
}

// pairOf returns the index of the pair whose inner tokens hold token k
// (one with lexQ set): of the pairs opening before k, the last that holds
// it, as markPairs marked them in order. The pairs are ordered and their
// token ranges do not overlap, so the first candidate is the one.
func (d *doc) pairOf(k int) int {
	pi, _ := slices.BinarySearchFunc(d.pairTok, k, func(p [2]int, k int) int { return p[0] - k })
	for pi--; pi >= 0 && d.pairTok[pi][0] < k; pi-- {
		if k < d.pairTok[pi][1] {
			return pi
		}
	}
	return -1
}

// quoteOf returns 1 + the index of the pair whose inner tokens hold token
// k, or 0 outside quotations.
func (d *doc) quoteOf(k int) int {
	if d.toks[k].lex&lexQ == 0 {
		return 0
	}
	return d.pairOf(k) + 1
}

// markPairs records, for every token inside a pair, the pair index.
func (d *doc) markPairs() {
	d.pairTok = slices.Grow(d.bufs.pairTok[:0], len(d.pairs))[:len(d.pairs)]
	d.bufs.pairTok = d.pairTok
	from := 0
	for pi, p := range d.pairs {
		o := d.tokAtFrom(p.open, from)
		c := d.tokAtFrom(p.innerEnd, o)
		from = c
		d.pairTok[pi] = [2]int{o, c}
		for k := o + 1; k < c && k < len(d.toks); k++ {
			d.toks[k].lex |= lexQ
		}
	}
}

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"Dr": true, "Prof": true, "St": true, "Nr": true, "ca": true, "bzw": true, "vgl": true,
	"z": true, "B": true, "u": true, "a": true, "d": true, "h": true, "Mio": true, "Mrd": true,
	"Tsd": true, "Bio": true, "Jh": true, "usw": true, "etc": true, "Inc": true, "Co": true,
	"Corp": true, "Ltd": true, "evtl": true, "ggf": true, "inkl": true, "exkl": true, "zB": true,
	"Abs": true, "Art": true, "Hr": true, "Fr": true, "Mr": true, "Mrs": true, "Ms": true, "Jr": true,
	"Sen": true, "Gen": true, "Str": true, "bspw": true, "sog": true, "lt": true, "geb": true,
	"engl": true, "frz": true, "dt": true, "ehem": true, "Mrd.": true, "Std": true, "Min": true,
}

// maxAbbrevLen is the length of the longest key of abbreviations (checked
// by a test): longer words need no lookup.
const maxAbbrevLen = 4

// sentences computes sentence bounds over tokens; marks inside pairs never
// end a sentence.
func (d *doc) sentences() {
	n := len(d.toks)
	d.sentIdx = slices.Grow(d.bufs.sentIdx[:0], n)[:n]
	d.sentR = d.bufs.sentR[:0]
	defer func() { d.bufs.sentIdx, d.bufs.sentR = d.sentIdx, d.sentR }()
	beg := 0
	for i := 0; i < n; i++ {
		t := d.toks[i]
		end := i == n-1 || d.toks[i+1].para != t.para
		if !end && t.lex&lexQ == 0 && t.kind == tPunct && d.isSentencePunct(i) {
			nx := d.toks[i+1]
			if nx.upper || nx.kind == tMark || nx.kind == tPunct && d.text[nx.s] == '(' {
				end = true
			}
			// a closing mark right after the dot belongs to the sentence
		}
		if !end && t.kind == tMark && t.lex&lexQ == 0 && i > 0 && d.toks[i-1].lex&lexQ != 0 && d.isSentencePunct(i-1) {
			nx := d.toks[i+1]
			if nx.upper || nx.kind == tMark {
				end = true
			}
		}
		if !end && i-beg >= maxSentenceTokens && t.lex&lexQ == 0 && t.kind != tMark {
			end = true // a bound on every scan over a sentence
		}
		if end {
			for k := beg; k <= i; k++ {
				d.sentIdx[k] = int32(len(d.sentR))
			}
			d.sentR = append(d.sentR, sentRange{int32(beg), int32(i)})
			beg = i + 1
		}
	}
}

// maxSentenceTokens bounds a sentence; longer runs are cut so that every
// scan over a sentence stays short.
const maxSentenceTokens = 120

// isSentencePunct reports whether token i is . ! ? or … ending a sentence.
func (d *doc) isSentencePunct(i int) bool {
	t := d.toks[i]
	if t.kind != tPunct {
		return false
	}
	c := d.text[t.s]
	switch {
	case c == '!' || c == '?':
		return true
	case c == '.':
		if i > 0 {
			p := d.toks[i-1]
			if p.e == t.s && p.kind == tWord {
				w := d.word(i - 1)
				if len(w) <= maxAbbrevLen && abbreviations[w] || len(w) == 1 && p.upper {
					return false
				}
				if isRoman(w) && !(i+1 < len(d.toks) && d.toks[i+1].kind == tMark && d.toks[i+1].lex&lexQ == 0 && i+2 < len(d.toks) && d.toks[i+2].lex&lexQ != 0) {
					return false // "Benedikt XVI. sagte", but "… Benedikt XVI. „Unter ihm …“"
				}
				if w[0] >= '0' && w[0] <= '9' && len(w) <= 2 && !d.sentenceOpener(i+1) {
					return false // an ordinal or a date: "3."
				}
			}
		}
		return true
	case d.text[t.s:t.e] == "…":
		return true
	}
	return false
}

func (d *doc) word(i int) string {
	t := d.toks[i]
	return d.text[t.s:t.e]
}

func (d *doc) isWord(i int) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tWord
}

func (d *doc) isPunct(i int, c byte) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tPunct && d.text[d.toks[i].s] == c
}

// run finds the quotations.
func (d *doc) run(indirect bool) []Quote {
	var cands []cand
	for pi := range d.pairs {
		if c, ok := d.classify(pi); ok {
			cands = append(cands, c)
		}
	}
	cands = append(cands, d.unmarkedParagraphs()...)
	slices.SortFunc(cands, func(a, b cand) int { return a.inner.s - b.inner.s })
	for i := range cands {
		d.attribute(cands, i)
	}
	d.speakerNames = make(map[string]bool)
	for _, c := range cands {
		if c.np.ok() && !c.weak && c.np.e-c.np.s == 1 && d.toks[c.np.s].upper {
			d.speakerNames[d.word(c.np.s)] = true
		}
	}
	if indirect {
		for i := range cands {
			cands[i].id = i
		}
		nd := len(cands)
		ind := d.indirectSpeech(cands)
		for i := range ind {
			ind[i].id = -1
		}
		cands = append(cands, ind...)
		slices.SortStableFunc(cands, func(a, b cand) int { return a.inner.s - b.inner.s })
		// carry holds indices into the list before the merge
		at := make([]int, nd)
		for i, c := range cands {
			if c.id >= 0 {
				at[c.id] = i
			}
		}
		for i := range cands {
			if c := &cands[i]; c.carry >= 0 && c.carry < nd {
				c.carry = at[c.carry]
			}
		}
	}
	d.collectPeople(cands)
	return d.resolve(cands)
}

// sentenceHasCue reports whether the sentence around token i holds a verb of
// saying, a subjunctive form, "so X", "laut" or "zufolge" outside quotes.
func (d *doc) sentenceHasCue(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	b, e := int(d.sent(i).b), int(d.sent(i).e)
	for k := b; k <= e; k++ {
		t := d.toks[k]
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
	after := d.afterAttribution(c)
	titleBefore := false
	nameBefore := false
	if d.isWord(o-1) && d.toks[o-1].para == d.toks[o].para {
		w := d.word(o - 1)
		titleBefore = titleNouns[w]
		lw := w
		nameBefore = determiners[lw] || prepositions[lw] || strings.HasSuffix(lw, "s") && d.toks[o-1].upper
	}
	followedByParen := d.isPunct(c+1, '(') || d.isPunct(c+1, '[')
	cue := d.sentenceHasCue(o)
	if d.isWord(o - 1) {
		w := d.word(o - 1)
		if !titleBefore && d.toks[o-1].upper {
			titleBefore = titleNouns[strings.TrimSuffix(w, "s")] || titleNouns[strings.TrimSuffix(w, "es")] || hasTitleSuffix(w)
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
	list := !endPunct && !firstLower && words <= 6 && (d.pairFollows(c) || d.pairPrecedes(o))
	// „heise online“ berichtet: the quoted words are the subject
	if d.isWord(c+1) && d.toks[c+1].para == d.toks[c].para && words <= 4 && !endPunct && (!firstLower || d.isWord(o-1) && strings.EqualFold(d.word(o-1), "wie")) {
		if f, ok := d.verbAt(c+1, false); ok && f.plain && !f.part {
			titleBefore = true
		}
	}
	label := d.labelled(o)

	mostlyUpper := upperWords*10 >= words*7
	accept := false
	switch {
	case titleBefore && !after.ok && !colonBefore:
		accept = false
	case followedByParen && !endPunct:
		accept = false
	case list && !after.ok:
		accept = false
	case after.ok:
		accept = true
	case colonBefore:
		accept = d.headline(o) || endPunct || words >= 3 && !mostlyUpper || cue && words >= 3 || firstLower && words >= 2
	case paraStart:
		accept = words >= 3 && !mostlyUpper || endPunct
	case endPunct && words >= 2:
		accept = !(nameBefore && !firstLower && !cue)
	case words >= 5:
		accept = !(nameBefore && !firstLower) && !(mostlyUpper && !cue)
	case label && words <= 4:
		accept = true
	default:
		accept = cue && firstLower
	}
	if commaBefore && words >= 2 && !accept && cue && !list {
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

// attr is an attribution found next to a quote.
type attr struct {
	ok     bool
	np     npRange
	verb   int
	end    int // last token of the attribution
	plural bool
}

// adverbs may stand between a verb of saying and its subject or after it.
var adverbs = map[string]bool{
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

// objectPronouns stand between a verb and its inverted subject ("so
// nannte ihn der Minister").
var objectPronouns = map[string]bool{"ihn": true, "ihm": true, "ihr": true, "ihnen": true, "es": true, "sich": true, "dies": true, "das": true, "uns": true}

// soPrepositions may follow the speaker of "„…“, so X": "so Vereinschef
// Max Roth zu den Gründen", "so die Sprecherin gegenüber der Zeitung".
var soPrepositions = map[string]bool{"zu": true, "zum": true, "zur": true, "gegenüber": true, "im": true, "in": true, "bei": true, "beim": true, "am": true, "auf": true, "vor": true, "nach": true, "über": true, "mit": true}

// afterAttribution looks for ", sagte X" / ", so X" after the closing mark
// at token c.
func (d *doc) afterAttribution(c int) attr {
	j := c + 1
	if j >= len(d.toks) || d.toks[j].para != d.toks[c].para {
		return attr{}
	}
	if d.isPunct(j, ',') {
		j++
	}
	if !d.isWord(j) {
		return attr{}
	}
	w := d.word(j)
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
	if auxiliaries[w] {
		// "„…“, hatte VW-Chef Winterkorn in einem Interview erklärt."
		end := d.clauseEnd(j)
		if d.isWord(end) {
			if f, ok := d.verbAt(end, false); ok && f.part {
				if np := d.grabNP(j+1, true); np.ok() && np.e <= end {
					return attr{ok: true, np: np, verb: end, end: end}
				}
			}
		}
		return attr{}
	}
	f, ok := d.verbAt(j, false)
	if !ok && (w == "zeigte" || w == "zeigt") && d.isWord(j+1) && d.word(j+1) == "sich" {
		f, ok = verbForm{plain: true, finite: true}, true // „…“, zeigte sich X zufrieden
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
	for k < len(d.toks) && d.isWord(k) && d.is(k, cAdverb) {
		k++
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
		// "zitiert die „Computerwoche“ Lynch": the person after the medium
		if np2 := d.grabNP(np.e, true); np2.ok() && np2.e <= end+1 {
			np = np2
		}
	}
	return attr{ok: true, np: np, verb: j, end: max(np.e-1, end), plural: f.plural}
}

// clauseEnd returns the last token of the clause that token i starts or is
// in: up to , ; : . ! ? a quotation mark or the paragraph end.
func (d *doc) clauseEnd(i int) int {
	n := len(d.toks)
	k := i
	lim := int(d.sent(min(i, n-1)).e)
	for k+1 < n && k+1 <= lim && d.toks[k+1].para == d.toks[i].para {
		t := d.toks[k+1]
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

// grabNP reads a noun phrase that can name a speaker starting at token i:
// a pronoun, or an optional determiner, adjectives, capitalized words with
// name particles, a genitive or "von" phrase after a role noun, and an
// apposition with a name ("Der Chef von Microsoft, Satya Nadella").
func (d *doc) grabNP(i int, allowCoord bool) npRange {
	return d.grabNPx(i, allowCoord, false)
}

// grabSubject reads a noun phrase standing before its verb, where a
// genitive "der …" belongs to the phrase ("Die Veranstalter der Demo").
func (d *doc) grabSubject(i int) npRange {
	return d.grabNPx(i, true, true)
}

func (d *doc) grabNPx(i int, allowCoord, preverbal bool) npRange {
	// the phrase depends only on the tokens: remember the last answers,
	// since the attribution scanners ask for the same start again and again
	key := int64(i)<<2 + 1
	if allowCoord {
		key |= 2
	}
	if preverbal {
		key += 1 << 62 // distinct from every i<<2 in range
	}
	slot := &d.bufs.npMemo[uint64(key^key>>9)%npMemoSize]
	if slot.key == key {
		return slot.np
	}
	np := d.grabNPxUncached(i, allowCoord, preverbal)
	*slot = npMemoEntry{key: key, np: np}
	return np
}

// npMemoSize is the number of grabNPx answers a doc remembers.
const npMemoSize = 251

// npMemoEntry is one remembered grabNPx answer; key 0 is empty.
type npMemoEntry struct {
	key int64
	np  npRange
}

func (d *doc) grabNPxUncached(i int, allowCoord, preverbal bool) npRange {
	n := len(d.toks)
	if i < 0 || i >= n || d.toks[i].lex&lexQ != 0 {
		return noNP
	}
	if d.toks[i].kind == tMark && i+1 < n && d.toks[i+1].lex&lexQ != 0 {
		pi := d.pairOf(i + 1)
		prevOK := false
		if i > 0 && d.isWord(i-1) {
			if _, isVerb := d.verbAt(i-1, false); isVerb || d.word(i-1) == "von" || d.word(i-1) == "vom" {
				prevOK = true
			}
		}
		if ct := d.pairTok[pi][1]; prevOK && ct > i && ct-i <= 6 && d.pairTok[pi][0] == i && d.toks[i+1].upper {
			return npRange{i, ct + 1}
		}
		return noNP
	}
	if !d.isWord(i) {
		return noNP
	}
	para := d.toks[i].para
	w := d.word(i)
	if pronounOf(w) != pronNone {
		return npRange{i, i + 1}
	}
	if w == "Von" && i+3 < n && d.isWord(i+1) && d.word(i+1) == "der" && d.isWord(i+2) && d.toks[i+2].upper && d.isWord(i+3) && !d.toks[i+3].upper {
		return npRange{i, i + 3} // "Von der Leyen betonte"
	}
	if d.toks[i].upper && strings.HasSuffix(w, "end") && d.isWord(i+1) && d.is(i+1, cPrep) {
		return noNP // "Passend zu den Gefahren …"
	}
	detNext := d.is(i, cDet) && i+1 < n && d.isWord(i+1) && d.toks[i+1].para == d.toks[i].para
	if d.isLower(i, cPrepLower) || d.is(i, cNotSpeaker) && !detNext || isNumberWord(w) {
		return noNP
	}
	k := i
	hasDet := false
	if d.is(i, cDet) {
		hasDet = true
		k++
	}
	if d.is(i, cPartitive) && d.isWord(k) && (d.word(k) == "der" || d.word(k) == "des") {
		// "Einer der beteiligten Feuerwehrleute": one of a group
		k++
		for a := 0; a < 3 && d.isWord(k) && !d.toks[k].upper && !d.is(k, cPrep); a++ {
			k++ // numbers and adjectives
		}
		if !d.isWord(k) || !d.toks[k].upper || d.is(k, cNotSpeaker) {
			return noNP
		}
		return npRange{i, k + 1}
	}
	// a medium named in marks: „Die Zeit“
	if k < n && d.toks[k].kind == tMark && k+1 < n && d.toks[k+1].lex&lexQ != 0 {
		pi := d.pairOf(k + 1)
		if ct := d.pairTok[pi][1]; ct > k && ct-k <= 6 && d.pairTok[pi][0] == k {
			return npRange{i, ct + 1}
		}
	}
	for adj := 0; adj < 3 && d.isWord(k) && !d.toks[k].upper && hasDet; adj++ {
		aw := d.word(k)
		if !(strings.HasSuffix(aw, "e") || strings.HasSuffix(aw, "en") || strings.HasSuffix(aw, "er") || strings.HasSuffix(aw, "es") || strings.HasSuffix(aw, "em")) || d.is(k, cNameParticle) || d.is(k, cDet) {
			break
		}
		k++
	}
	start := k
	heads := 0
	role := false
	hadRole := false
	links := 0
	for k < n && d.toks[k].para == para && k-i < 12 {
		t := d.toks[k]
		if t.lex&lexQ != 0 {
			break
		}
		if t.kind == tWord && t.upper {
			cw := d.word(k)
			// a feminine medium as subject takes "die" or "eine"; "der" is dative
			media := preverbal && hasDet && heads == 0 && (cw == "Zeitung" || cw == "Erklärung" || cw == "Mitteilung") &&
				(strings.EqualFold(w, "die") || strings.EqualFold(w, "eine"))
			if d.is(k, cNotSpeaker) && heads == 0 && !media {
				return noNP // "der Zeitung" after a verb is whom it was said to
			}
			if !media && (d.is(k, cNotSpeaker) || d.isLower(k, cPrepLower) && heads > 0) {
				break
			}
			if r, _ := d.roleAt(k); r || d.is(k, cSourceNoun) || cw == "Fazit" {
				role = true
				hadRole = true
			}
			heads++
			k++
			// "Dr." "Prof." and initials
			if d.isPunct(k, '.') && (honorifics[cw] || len(cw) == 1) && d.isWord(k+1) && d.toks[k+1].upper {
				k++
			} else if d.isPunct(k, '.') && isRoman(cw) && !d.isSentencePunct(k) {
				k++ // "Papst Leo XIV."
			}
			continue
		}
		if t.kind == tWord && heads > 0 {
			lw := d.word(k)
			// name particles inside names: "Ursula von der Leyen"
			if d.is(k, cNameParticle) && !role && !hasDet {
				m := k + 1
				for m < n && d.isWord(m) && d.is(m, cNameParticle) && m-k < 3 {
					m++
				}
				if d.isWord(m) && d.toks[m].upper && !d.is(m, cNotSpeaker) && (lw == "von" || lw == "van" || lw == "de" || lw == "zu" || lw == "bin" || lw == "al" || lw == "del" || lw == "di" || lw == "da") {
					k = m
					continue
				}
			}
			// genitive or "von" phrase after a role noun, "vom Bankhaus X" after a name
			if (role && (d.is(k, cGenLink) || lw == "aus" || lw == "für" || lw == "in") || (lw == "vom" || lw == "von") && allowCoord || (lw == "des" || preverbal && lw == "der") && links < 2) && links < 3 {
				m := k + 1
				if d.isWord(m) && d.is(m, cDet) {
					m++
				}
				for a := 0; a < 2 && d.isWord(m) && !d.toks[m].upper; a++ {
					m++
				}
				if d.isWord(m) && d.toks[m].upper && !d.is(m, cNotSpeaker) {
					k = m
					links++
					continue
				}
			}
			if lw == "und" && allowCoord {
				m := k + 1
				if d.isWord(m) && d.toks[m].upper && !d.is(m, cNotSpeaker) && !d.isLower(m, cPrepLower) {
					if _, ok := d.verbAt(m, false); !ok {
						k = m
						continue
					}
				}
			}
		}
		break
	}
	if heads == 0 {
		return noNP
	}
	if hasDet && start == i+1 && !d.toks[start].upper {
		return noNP
	}
	k = d.skipParen(k)
	// apposition: ", Satya Nadella,"
	if d.isPunct(k, ',') && d.isWord(k+1) && d.toks[k+1].upper && allowCoord {
		m := k + 1
		if _, ok := genders()[d.word(m)]; ok || d.is(m, cHonorific) || d.personMentionAt(m) {
			e := m
			for e < n && e-m < 5 && d.isWord(e) && (d.toks[e].upper || d.isPunct(e+1, '.') || d.is(e, cNameParticle) && d.isWord(e+1) && d.toks[e+1].upper) && d.toks[e].para == para {
				e++
				if d.isPunct(e, '.') && d.isWord(e+1) && d.toks[e+1].upper {
					e++
				}
			}
			if e-m >= 2 && (e >= n || d.toks[e].kind != tWord) {
				k = d.skipParen(e)
			}
		} else if hadRole || role {
			// "Die Sprecherin der Stiftung, Heike van Laak, sagte"
			e := m
			for e < n && e-m < 5 && d.isWord(e) && d.toks[e].para == para && (d.toks[e].upper || d.is(e, cNameParticle) && d.isWord(e+1) && d.toks[e+1].upper) {
				e++
			}
			if e > m && d.toks[e-1].upper && (d.isPunct(e, ',') || d.isPunct(e, ':') || d.isPunct(e, '(')) {
				if _, isVerb := d.verbAt(m, false); !isVerb {
					k = d.skipParen(e)
				}
			}
		} else if !role {
			// ", Präsident des Verbands," after a name
			if sub := d.grabNP(m, false); sub.ok() && d.personal(sub) && (d.isPunct(sub.e, ',') || d.isPunct(sub.e, ':') || d.isWord(sub.e) && !d.toks[sub.e].upper && !d.is(sub.e, cPrep) && !d.is(sub.e, cDet)) {
				k = sub.e
			}
		}
	} else if d.isPunct(k, ',') && d.isWord(k+1) && d.is(k+1, cDet) && !role && allowCoord {
		if sub := d.grabNPx(k+1, false, true); sub.ok() && d.personal(sub) && (d.isPunct(sub.e, ',') || d.isWord(sub.e) && !d.toks[sub.e].upper && !d.is(sub.e, cPrep) && !d.is(sub.e, cDet)) {
			k = d.skipParen(sub.e)
		}
	}
	return npRange{i, k}
}

// skipParen returns the token after a short parenthesis starting at k
// ("(SPD)"), or k.
func (d *doc) skipParen(k int) int {
	if !d.isPunct(k, '(') {
		return k
	}
	for m := k + 1; m < len(d.toks) && m-k <= 8 && d.toks[m].para == d.toks[k].para; m++ {
		if d.isPunct(m, ')') {
			return m + 1
		}
		if d.isPunct(m, '(') {
			break
		}
	}
	return k
}

// clauseStart returns the first token of the clause that ends before token
// i: after the previous , ; : sentence start, or quotation mark.
func (d *doc) clauseStart(i int, stopAtComma bool) int {
	b := int(d.sent(min(i, len(d.toks)-1)).b)
	k := i - 1
	for k >= b {
		t := d.toks[k]
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
			if clauseStarters[string(b)] || adverbs[string(b)] {
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
		return d.subjectOfVerb(cs, verb, ce), verb, false, vf.plural
	}
	if np := d.documentSource(cs, ce); np.ok() {
		return np, -1, false, false // "In dem Antrag heißt es:"
	}
	if !colon {
		return noNP, -1, false, false
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
	// a quote inside a sentence with a verb of saying
	b, e := int(d.sent(o).b), int(d.sent(o).e)
	if np, k := d.soAttribution(b, e); np.ok() && !d.colonBetween(c.close, k) {
		c.np, c.verbTok = np, k
		return
	}
	if np, k := d.sourcePhrase(b, e); np.ok() {
		c.np, c.verbTok = np, k
		return
	}
	if np, k := d.heisstSource(b, e); np.ok() {
		c.np, c.verbTok = np, k
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
		if !f.plain && !d.particleAt(d.clauseEnd(k), f.particles) {
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
		if np, v := d.nextSentenceAttribution(c.close); np.ok() {
			c.np, c.verbTok = np, v
			return
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
	asPhrase := d.isWord(cs) && strings.EqualFold(d.word(cs), "als") && !d.isPunct(verb+1, ',')
	if s < verb && !asPhrase {
		// the whole opening phrase, appositions included
		if np := d.grabSubject(s); np.ok() && (np.e == verb || np.e+1 == verb && d.isPunct(np.e, ',')) {
			if np2 := d.namedAfterVerb(np, verb, limit); np2.ok() {
				return np2 // "Vorsichtiger äußerte sich Thomas Reiter:"
			}
			return np
		}
		// "Miroslav Klose, der … sah, nannte"
		if np := d.grabSubject(s); np.ok() && d.isPunct(np.e, ',') && d.isWord(np.e+1) && d.is(np.e+1, cRelPronoun) && d.isPunct(verb-1, ',') {
			return np
		}
	}
	if np := d.appositionSubject(cs, s, verb); np.ok() {
		return np
	}
	lc0 := d.clauseStart(verb, true)
	lc := d.skipStarters(lc0, verb)
	if lc0 < verb && d.isPunct(lc0-1, ',') && d.isWord(lc0) && d.is(lc0, cRelPronoun) && d.isWord(lc0+1) && d.toks[lc0+1].upper {
		// "…, die Gerhard Schröder … erklärt hatte:"
		if np := d.grabSubject(lc0 + 1); np.ok() && np.e < verb && d.personal(np) {
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
	if s < verb && !d.isLower(cs, cSubordLower) {
		if np := d.grabNP(s, true); np.ok() && np.e < verb && d.finiteAfter(np.e) {
			return np
		}
	}
	return noNP
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

// unmarkedParagraphs finds "X sagt begeistert:" + line break + a paragraph
// without quotation marks: that paragraph is a direct quotation of X.
func (d *doc) unmarkedParagraphs() []cand {
	var out []cand
	// a colon ending a paragraph: only the last token of each paragraph
	// (but the last of the text) can be one
	for pi := 0; pi+1 < len(d.paraTok); pi++ {
		i := int(d.paraTok[pi+1]) - 1
		if i < int(d.paraTok[pi]) || i+1 >= len(d.toks) {
			continue // a paragraph without tokens, or the last token
		}
		t := d.toks[i]
		if t.kind != tPunct || d.text[t.s] != ':' || t.lex&lexQ != 0 {
			continue
		}
		next := d.toks[i+1]
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

// indirectSpeech finds reported speech: "X sagte, dass …", "X sagte, die
// Nachfrage sei …", "laut X …", "X zufolge …", "nach Angaben von X …".
func (d *doc) indirectSpeech(direct []cand) []cand {
	var out, events []cand
	n := len(d.toks)
	di := 0
	// the sentences of the direct quotations, ordered: keepEvents drops an
	// event in them, so it need not be looked for
	dsent := make([]int32, 0, len(direct))
	for _, q := range direct {
		if q.close >= 0 && q.close < n {
			dsent = append(dsent, d.sent(q.close).b)
		}
	}
	slices.Sort(dsent)
	ds := 0
	// only verb forms, source nouns, so, laut, zufolge and heißt start a
	// report or an event: the other tokens are skipped
	for _, cue := range d.cues {
		k := int(cue)
		t := d.toks[k]
		if t.lex&lexQ != 0 || t.kind != tWord {
			continue
		}
		b, e := int(d.sent(k).b), int(d.sent(k).e)
		w := d.word(k)
		var c cand
		found := false
		switch {
		case w == "so" && d.isPunct(k-1, ',') && k-1 > b:
			np := d.grabNP(k+1, true)
			if !np.ok() || np.e <= e && d.isWord(np.e) || !d.hasSubjunctive(b, k-1) {
				continue
			}
			c = d.reported(b, k-2, np, k)
			found = true
		case w == "laut" || w == "Laut":
			np := d.grabNP(k+1, true)
			if !np.ok() || !d.isCapitalNP(np) {
				continue
			}
			s := np.e
			if d.isPunct(s, ',') {
				s++
			}
			if s > e {
				continue
			}
			c = d.reported(s, e, np, k)
			if k > b {
				// "Die Wirtschaft wächst laut Bundesbank kaum": the whole sentence
				c = d.reported(b, e, np, k)
			}
			found = true
		case w == "zufolge":
			s := d.skipStarters(b, k)
			np := d.grabNP(s, true)
			if !np.ok() || np.e != k || !d.isCapitalNP(np) {
				continue
			}
			if k+1 > e {
				continue
			}
			c = d.reported(k+1, e, np, k)
			found = true
		case d.lx.infos[t.lex&lexMask].flags&lxSource != 0 && k > 0 && (strings.EqualFold(d.word(k-1), "nach") || d.is(k-1, cDet) && k > 1 && strings.EqualFold(d.word(k-2), "nach")):
			m := k + 1
			if d.isWord(m) && (d.word(m) == "von" || d.word(m) == "vom" || d.word(m) == "des" || d.word(m) == "der") {
				if d.word(m) == "von" || d.word(m) == "vom" {
					m++
				}
				np := d.grabNP(m, true)
				if !np.ok() {
					continue
				}
				s := np.e
				if d.isPunct(s, ',') {
					s++
				}
				if s > e {
					continue
				}
				c = d.reported(s, e, np, k)
				if k-1 > b {
					// mid-sentence: the whole sentence is the report
					c = d.reported(b, e, np, k)
				}
				found = true
			}
		case d.lx.infos[t.lex&lexMask].flags&lxHeisst != 0:
			// "In dem Bericht heißt es, die Lage sei ernst."
			ce := d.clauseEnd(k)
			np := d.documentSource(d.clauseStart(k, true), ce+1)
			if !np.ok() {
				continue
			}
			if d.isPunct(ce+1, ',') && ce+2 <= e && d.hasSubjunctive(ce+2, e) {
				c = d.reported(ce+2, e, np, k)
				found = true
			} else {
				events = append(events, cand{inner: span{int(t.s), int(t.e)}, outer: span{int(t.s), int(t.e)},
					open: -1, close: k, kind: speechEvent, np: np, verbTok: k, carry: -1})
				continue
			}
		default:
			f, ok := d.verbAt(k, k == b)
			if !ok {
				continue
			}
			if !f.plain && !d.particleAt(d.clauseEnd(k), f.particles) {
				continue
			}
			ce := d.clauseEnd(k)
			if cm := d.nextComma(k, e); cm > ce && cm-k <= 12 {
				ce = cm - 1 // "sagte der „Zeitung“, er sei …"
			}
			// "X sagte, dass …" / "X sagte, die Nachfrage sei …"
			if d.isPunct(ce+1, ',') && ce+2 <= e {
				s := ce + 2
				if d.isWord(s) && (d.word(s) == "dass" || d.word(s) == "ob") {
					s++
					if s <= e {
						np, _, _, _ := d.subjectBefore(b, ce+1, false)
						if np.ok() {
							c = d.reported(s, e, np, k)
							found = true
						}
					}
				} else if d.hasSubjunctive(s, e) {
					np, _, _, _ := d.subjectBefore(b, ce+1, false)
					if np.ok() {
						c = d.reported(s, e, np, k)
						found = true
					}
				}
			}
			// "Die Nachfrage sei gestiegen, sagte X."
			if !found && d.isPunct(k-1, ',') && k-1 > b && d.hasSubjunctive(b, k-1) {
				m := k + 1
				for m < n && d.isWord(m) && d.is(m, cAdverb) {
					m++
				}
				np := d.grabNP(m, true)
				if np.ok() {
					c = d.reported(b, k-2, np, k)
					found = true
				}
			}
		}
		if !found && t.kind == tWord && !d.toks[k].upper {
			// a sentence of saying without a reported clause
			if f, ok := d.verbAt(k, false); ok && f.plain && f.finite && k-b < 30 && !d.eventDropped(events, dsent, &ds, b) {
				// its subject is looked for only if keepEvents needs it
				events = append(events, cand{inner: span{int(t.s), int(t.e)}, outer: span{int(t.s), int(t.e)},
					open: -1, close: k, kind: speechEvent, np: noNP, verbTok: k, carry: -1,
					pending: true, evEnd: min(d.clauseEnd(k)+1, e+1)})
			}
		}
		if !found || c.inner.e <= c.inner.s {
			continue
		}
		// never over a direct quotation; both lists are ordered
		clash := false
		for di < len(direct) && direct[di].outer.e <= c.inner.s {
			di++
		}
		for j := di; j < len(direct) && direct[j].outer.s < c.inner.e; j++ {
			if direct[j].kind == Direct && direct[j].outer.s < c.inner.e && c.inner.s < direct[j].outer.e {
				clash = true
				break
			}
		}
		if n := len(out); n > 0 && out[n-1].inner.e > c.inner.s {
			clash = true
		}
		if clash {
			continue
		}
		c.outer = span{min(c.outer.s, c.inner.s), max(c.outer.e, c.inner.e)}
		out = append(out, c)
	}
	return d.keepEvents(out, events, direct)
}

// isCapitalNP reports whether np names someone: it holds a capitalized word
// that is not a generic source word.
func (d *doc) isCapitalNP(np npRange) bool {
	for k := np.s; k < np.e; k++ {
		if d.isWord(k) && d.toks[k].upper && !d.is(k, cNotSpeaker) {
			return true
		}
	}
	return false
}

// hasSubjunctive reports whether tokens [a, b] hold a Konjunktiv form.
func (d *doc) hasSubjunctive(a, b int) bool {
	for k := a; k <= b && k < len(d.toks); k++ {
		if d.isWord(k) && d.toks[k].lex&lexQ == 0 && d.lx.infos[d.toks[k].lex&lexMask].flags&lxSubjunctive != 0 {
			return true
		}
	}
	return false
}

// reported builds an indirect cand over tokens [s, e].
func (d *doc) reported(s, e int, np npRange, verb int) cand {
	in := d.trimSpan(span{int(d.toks[s].s), int(d.toks[e].e)})
	out := span{min(in.s, int(d.toks[np.s].s)), max(in.e, int(d.toks[np.e-1].e))}
	return cand{inner: in, outer: out, open: -1, close: e, kind: Indirect, np: np, verbTok: verb, carry: -1}
}

// trimSpan drops final punctuation and spaces.
func (d *doc) trimSpan(s span) span {
	for s.e > s.s {
		c := d.text[s.e-1]
		if c == '.' || c == ' ' || c == ',' || c == ';' || c == ':' {
			s.e--
			continue
		}
		break
	}
	for s.s < s.e && (d.text[s.s] == ' ' || d.text[s.s] == ',') {
		s.s++
	}
	return s
}

var _ = parse.Span{}

// personal reports whether np looks like a person: a pronoun, a given name
// or a role noun.
func (d *doc) personal(np npRange) bool {
	g := genders()
	caps := 0
	for k := np.s; k < np.e; k++ {
		if !d.isWord(k) {
			continue
		}
		w := d.word(k)
		if pronounOf(w) != pronNone {
			return true
		}
		if !d.toks[k].upper {
			continue
		}
		caps++
		// "Stoibers Äußerungen": a name in the genitive owns the head
		genitive := strings.HasSuffix(w, "s") && k+1 < np.e && d.isWord(k+1) && d.toks[k+1].upper
		if _, ok := g[w]; ok {
			return true
		}
		if !genitive && d.personMentionAt(k) {
			return true
		}
		if r, _ := d.roleAt(k); r && caps <= 2 {
			return true
		}
	}
	return false
}

// soAttribution finds ", so X" closing the sentence that ends at token e.
func (d *doc) soAttribution(b, e int) (npRange, int) {
	for k := e; k > b; k-- {
		if d.toks[k].lex&lexQ != 0 || !d.isWord(k) || d.word(k) != "so" || !d.isPunct(k-1, ',') {
			continue
		}
		np := d.grabNP(k+1, true)
		if np.ok() && (np.e > e || !d.isWord(np.e)) {
			return np, k
		}
		break
	}
	return noNP, -1
}

// personMentionAt reports whether an entity person mention covers token k.
func (d *doc) personMentionAt(k int) bool {
	m := d.mentionAt(int(d.toks[k].s))
	return m != nil && m.Kind == entity.Person
}

// auxiliaries are finite verbs after which an inverted subject follows
// ("hatte Merkel verkündet", "wird Musk zitiert").
var auxiliaries = map[string]bool{
	"wird": true, "wurde": true, "hat": true, "hatte": true, "ist": true, "war": true,
	"will": true, "wollte": true, "soll": true, "sollte": true, "muss": true, "musste": true,
	"kann": true, "konnte": true, "darf": true, "durfte": true, "möchte": true, "ließ": true,
	"lässt": true, "werden": true, "wurden": true, "haben": true, "hatten": true,
}

// subordinators open a subordinate clause whose subject is not the speaker.
var subordinators = map[string]bool{
	"als": true, "wenn": true, "nachdem": true, "weil": true, "da": true, "ob": true,
	"dass": true, "obwohl": true, "während": true, "bevor": true, "sobald": true, "falls": true,
	"zumal": true, "obgleich": true, "indem": true, "wobei": true, "sodass": true, "seit": true,
}

// sourceNouns head "nach den Worten von X", "nach Ansicht des X".
var sourceNouns = map[string]bool{
	"Worten": true, "Ansicht": true, "Auffassung": true, "Einschätzung": true, "Meinung": true,
	"Angaben": true, "Aussage": true, "Aussagen": true, "Darstellung": true, "Überzeugung": true,
	"Darstellungen": true, "Idee": true, "Einschätzungen": true, "Schätzung": true,
}

// sourcePhrase finds "laut X", "X zufolge" or "nach (den Worten|Ansicht|…)
// (von|des|der) X" in the sentence [b, e].
func (d *doc) sourcePhrase(b, e int) (npRange, int) {
	for k := b; k <= e; k++ {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 {
			continue
		}
		w := d.word(k)
		switch {
		case w == "laut" || w == "Laut":
			if np := d.grabNP(k+1, true); np.ok() && d.isCapitalNP(np) {
				return np, k
			}
		case w == "zufolge":
			s := d.skipStarters(b, k)
			for m := s; m < k; m++ {
				if np := d.grabNP(m, true); np.ok() && np.e == k && d.isCapitalNP(np) {
					return np, k
				}
			}
		case (w == "Für" || w == "für") && k == b:
			np := d.grabNP(k+1, true)
			if np.ok() && d.personal(np) && d.hasSubjunctive(np.e, e) {
				return np, k
			}
		case (w == "nach" || w == "Nach") && k+2 <= e && d.isWord(k+1) && d.toks[k+1].upper && strings.HasSuffix(d.word(k+1), "s") && d.isWord(k+2) && d.is(k+2, cSourceNoun):
			// "Nach Schäubles Idee"
			return npRange{k + 1, k + 2}, k
		case (w == "nach" || w == "Nach") && k+2 <= e:
			m := k + 1
			if d.isWord(m) && d.is(m, cDet) {
				m++
			}
			if !d.isWord(m) || !d.is(m, cSourceNoun) {
				continue
			}
			m++
			if d.isWord(m) && (d.word(m) == "von" || d.word(m) == "vom") {
				m++
			}
			if np := d.grabNP(m, true); np.ok() && d.isCapitalNP(np) {
				return np, k
			}
		}
	}
	return noNP, -1
}

// partitives open "Einer der Experten", "Eine der Sprecherinnen".
var partitives = map[string]bool{"Einer": true, "Eine": true, "Eines": true, "einer": true, "eine": true, "eines": true}

// relativePronouns open a relative clause after a name.
var relativePronouns = map[string]bool{"der": true, "die": true, "das": true, "welcher": true, "welche": true, "dessen": true, "deren": true}

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
	return k > c+1 && k < len(d.toks) && d.toks[k].kind == tMark && k+1 < len(d.toks) && d.toks[k+1].lex&lexQ != 0
}

// pairPrecedes reports whether a pair closes just before the opening mark
// at o, separated by a comma, "und", "oder" or "sowie".
func (d *doc) pairPrecedes(o int) bool {
	k := o - 1
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
	"film", "buch", "serie", "sendung", "show", "roman", "studie", "projekt", "aktion", "schiff", "fähre"}

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
	p := d.toks[c-1]
	if p.kind != tPunct {
		return false
	}
	switch d.text[p.s] {
	case '.', '!', '?':
		return true
	}
	return d.text[p.s:p.e] == "…"
}

// nextComma returns the first comma after token k in the sentence ending at
// e, skipping quoted names; -1 when there is none.
func (d *doc) nextComma(k, e int) int {
	for m := k + 1; m <= e && m < len(d.toks); m++ {
		t := d.toks[m]
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

// isRoman reports whether w is a short Roman numeral ("XVI" in "Benedikt XVI.").
func isRoman(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L', 'C':
		default:
			return false
		}
	}
	return true
}

// oblique determiners do not start a subject ("begrüßte den Beschluss").
var oblique = map[string]bool{"den": true, "dem": true, "einen": true, "einem": true, "des": true, "eines": true, "ihn": true, "ihm": true, "ihnen": true,
	"ihre": true, "ihren": true, "seine": true, "seinen": true, "seinem": true, "ihrem": true, "unsere": true}

// passiveAgent handles a passive attribution ("wurde von X als „…“
// bezeichnet", "wird X zitiert"): it returns the agent after "von", the
// subject for "zitiert", noNP when a passive has no agent, and {-2,-2} when
// the clause is not passive.
func (d *doc) passiveAgent(cs, verb int) npRange {
	f, ok := d.verbAt(verb, false)
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
		if w := d.word(k); (w == "von" || w == "vom") && d.isWord(k+1) {
			if np := d.grabNP(k+1, true); np.ok() && np.e <= verb {
				return np
			}
		}
	}
	return noNP
}

// eventDropped reports whether keepEvents would drop any further event in
// the sentence starting at token b: an event with a subject is found there
// already (only the first counts), or a direct quotation ends in it. dsent
// are the sentence starts of the direct quotations, ordered; *ds is a
// cursor into them that only moves forward, as b does.
func (d *doc) eventDropped(events []cand, dsent []int32, ds *int, b int) bool {
	if n := len(events); n > 0 && !events[n-1].pending && int(d.sent(events[n-1].close).b) == b {
		return true
	}
	for *ds < len(dsent) && int(dsent[*ds]) < b {
		*ds++
	}
	return *ds < len(dsent) && int(dsent[*ds]) == b
}

// keepEvents adds the speech events that lie outside every quotation and
// reported clause, at most one per sentence: the first of the sentence
// whose subject is a person or an organization. The subject of a pending
// event is looked for here, so only in the sentences that need one.
func (d *doc) keepEvents(out, events, direct []cand) []cand {
	if len(events) == 0 {
		return out
	}
	covered := make(map[int32]bool, len(direct)+len(out))
	for _, list := range [][]cand{direct, out} {
		for _, q := range list {
			if q.close >= 0 && q.close < len(d.toks) {
				covered[d.sent(q.close).b] = true
			}
		}
	}
	for _, ev := range events {
		st := d.sent(ev.close).b
		if covered[st] {
			continue
		}
		if ev.pending {
			np, _, _, _ := d.subjectBefore(int(st), ev.evEnd, false)
			if !np.ok() || !d.personal(np) && !d.orgMentionIn(np) {
				continue
			}
			ev.np, ev.pending = np, false
		}
		covered[st] = true
		out = append(out, ev)
	}
	return out
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
	case "heißt", "hieß", "geheißen", "hiess", "heisst":
		return true
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
		switch strings.ToLower(d.word(k)) {
		case "in", "im", "auf", "aus", "vom", "von", "laut":
			if np := d.documentNP(k+1, ce); np.ok() {
				return np
			}
		}
	}
	return noNP
}

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
		if w != "des" && w != "der" && w != "von" && w != "vom" {
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
		if e == m {
			break
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

// sentenceOpener reports whether token i is a capitalized article or
// pronoun, which never follows an ordinal ("das Modell 3. Ein Sprecher").
func (d *doc) sentenceOpener(i int) bool {
	if !d.isWord(i) {
		return false
	}
	switch d.word(i) {
	case "Ein", "Eine", "Einer", "Der", "Die", "Das", "Dem", "Den", "Er", "Sie", "Es", "Wir", "Ich", "Man", "Dies", "Diese", "Dieser":
		return true
	}
	return false
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
	switch d.word(nb) {
	case "Das", "Dies", "So":
	default:
		return noNP, -1
	}
	ne := int(d.sent(nb).e)
	for k := nb + 1; k <= ne && k-nb < 20; k++ {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 {
			continue
		}
		f, ok := d.verbAt(k, false)
		if !ok || !f.plain {
			continue
		}
		np := d.subjectOfVerb(nb, k, ne+1)
		if np.ok() && (d.personal(np) || d.orgMentionIn(np)) {
			return np, k
		}
		break
	}
	return noNP, -1
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
		if determiners[w] || prepositions[w] || adverbs[w] || clauseStarters[w] || nameParticles[w] || w == "zu" {
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
	if partitives[w] || w == "ein" || w == "der" || w == "die" {
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
