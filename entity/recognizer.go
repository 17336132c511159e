package entity

import (
	"math"
	"slices"

	"github.com/finanztext/finanztext/internal/lazy"
	"github.com/finanztext/finanztext/parse"
	"strings"
	"unicode/utf8"
)

// Option configures a [Recognizer].
type Option func(*config)

type config struct {
	extra      []Entity
	noBuiltins bool
}

// WithEntities adds the caller's organizations (a watch list) to the
// gazetteer. Each entity is found by its Name and its Aliases, like the
// built-in ones; an alias starting with "?" is found only with evidence
// (a legal form, a head noun, business words in the sentence). A zero Type
// becomes OtherOrg. The entities are copied.
func WithEntities(extra ...Entity) Option {
	return func(c *config) { c.extra = append(c.extra, extra...) }
}

// WithoutBuiltins drops the built-in organizations, so that only the
// entities given by [WithEntities] and the rules (legal forms, head nouns,
// defined acronyms) find organizations. Persons are still found.
func WithoutBuiltins() Option {
	return func(c *config) { c.noBuiltins = true }
}

// Recognizer finds organizations and persons. It is immutable and safe for
// concurrent use; build it once and reuse it. The zero Recognizer (and a
// nil *Recognizer) uses the built-in gazetteer, like [NewRecognizer]
// without options.
type Recognizer struct {
	ix *index
}

// index returns the matcher of r: the default one for a zero Recognizer.
func (r *Recognizer) index() *index {
	if r == nil || r.ix == nil {
		return defaultIndex()
	}
	return r.ix
}

// NewRecognizer returns a Recognizer with the built-in gazetteer, changed by
// the options. Without options it shares the package's default tables;
// with [WithEntities] or [WithoutBuiltins] it builds its own matcher (a few
// milliseconds).
func NewRecognizer(opts ...Option) *Recognizer {
	var c config
	for _, o := range opts {
		o(&c)
	}
	if len(c.extra) == 0 && !c.noBuiltins {
		return &Recognizer{ix: defaultIndex()}
	}
	return &Recognizer{ix: buildIndex(loadTables(), !c.noBuiltins, c.extra)}
}

// defaultRecognizer returns the Recognizer of the package's functions,
// made on the first call.
func defaultRecognizer() *Recognizer { return defaultRecognizerV.Get(newDefaultRecognizer) }

var defaultRecognizerV lazy.Value[*Recognizer]

func newDefaultRecognizer() *Recognizer { return NewRecognizer() }

// FindDoc reads text as one document with the built-in gazetteer and
// returns its mentions and references.
func FindDoc(text string) *Doc { return defaultRecognizer().FindDoc(text) }

// Find returns the organization and person mentions in text, ordered by
// Start and not overlapping, using the built-in gazetteer.
func Find(text string) []Mention { return defaultRecognizer().Find(text) }

// Find returns the organization and person mentions in text, ordered by
// Start and not overlapping.
func (r *Recognizer) Find(text string) []Mention { return r.FindDoc(text).Mentions }

// Doc is the result of reading one document: its mentions, with persons
// mentioned by surname alone resolved to the full name introduced elsewhere
// in the document.
//
// Refs are the pronouns and definite descriptions of the document that
// refer to one of its mentions ("das Unternehmen" → Nestlé): see [Ref],
// [Doc.Resolve]. The zero Doc is an empty document.
type Doc struct {
	Text     string    // the document as given
	Mentions []Mention // ordered by Start, not overlapping
	Refs     []Ref     // resolved references, ordered by Start, not overlapping each other
	// Parse is the shared tokenization of Text the mentions were found in,
	// when the caller gave one (see [Recognizer.FindDocWith]); nil
	// otherwise. Readers such as the quote finder use it instead of
	// tokenizing Text again. It belongs to the caller, who may reuse it
	// after the Doc's last use.
	Parse *parse.Doc
}

// Persons returns the person mentions of the document in text order.
func (d *Doc) Persons() []Mention { return d.filter(Person) }

// Organizations returns the organization mentions of the document in text order.
func (d *Doc) Organizations() []Mention { return d.filter(Organization) }

func (d *Doc) filter(k MentionKind) []Mention {
	var out []Mention
	for _, m := range d.Mentions {
		if m.Kind == k {
			out = append(out, m)
		}
	}
	return out
}

// LastPerson returns the last person mention that ends at or before offset
// and whose gender is g (any gender when g is UnknownGender; a person of
// unknown gender fits every g). It is how a pronoun ("Er", "Sie") finds its
// person.
func (d *Doc) LastPerson(offset int, g Gender) (Mention, bool) {
	for i := len(d.Mentions) - 1; i >= 0; i-- {
		m := d.Mentions[i]
		if m.Kind != Person || m.End > offset {
			continue
		}
		if g == UnknownGender || m.Gender == UnknownGender || m.Gender == g {
			return m, true
		}
	}
	return Mention{}, false
}

// MaxWindow is the longest text read as one piece: offsets inside a
// window are kept in 32 bits. A longer text is read in windows of at most
// MaxWindow bytes, cut at a line break (else at a space, else between
// runes); names, surnames and references do not reach across a cut.
const MaxWindow = math.MaxInt32

// maxWindow is MaxWindow, lowered by tests.
var maxWindow = MaxWindow

// FindDoc reads text as one document and returns its mentions and
// references. A text longer than [MaxWindow] bytes is read in windows.
func (r *Recognizer) FindDoc(text string) *Doc {
	if len(text) <= maxWindow {
		return r.findDoc(text)
	}
	doc := &Doc{Text: text}
	for base := 0; base < len(text); {
		end := windowEnd(text, base, maxWindow)
		sub := r.findDoc(text[base:end])
		n := len(doc.Mentions)
		for _, m := range sub.Mentions {
			m.Start += base
			m.End += base
			doc.Mentions = append(doc.Mentions, m)
		}
		for _, rf := range sub.Refs {
			rf.Start += base
			rf.End += base
			rf.Target += n
			doc.Refs = append(doc.Refs, rf)
		}
		base = end
	}
	return doc
}

// windowEnd returns the end of the window of at most max bytes starting
// at base: after the last line break in it, else after its last space,
// else at the last rune start.
func windowEnd(text string, base, max int) int {
	end := base + max
	if end >= len(text) {
		return len(text)
	}
	w := text[base:end]
	if k := strings.LastIndexByte(w, '\n'); k > 0 {
		return base + k + 1
	}
	if k := strings.LastIndexByte(w, ' '); k > 0 {
		return base + k + 1
	}
	for end > base+1 && !utf8.RuneStart(text[end]) {
		end--
	}
	return end
}

// findDoc reads text, at most maxWindow bytes, as one document.
func (r *Recognizer) findDoc(text string) *Doc {
	return r.findDocFrom(newDocState(r.index(), text))
}

// findDocFrom reads the document of d, tokenized, and releases d.
func (r *Recognizer) findDocFrom(d *docState) *Doc {
	text := d.text
	d.noteWords()
	d.findAcronyms()
	d.scan()
	d.repeatRuleOrgs()
	d.mergeJoined()
	d.senseChecks()
	d.attachRoles()
	d.resolveSurnames()
	doc, out, room := newDoc(len(d.ms) + len(d.added))
	rs := resize(d.rs, len(out))
	d.rs = rs
	a, b := 0, 0
	for i := range out {
		// Both lists are sorted: merge them.
		var m *mention
		if b == len(d.added) || a < len(d.ms) && d.ms[a].ts < d.added[b].ts {
			m = &d.ms[a]
			a++
		} else {
			m = &d.added[b]
			b++
		}
		start, end := int(d.toks[m.ts].start), int(d.toks[m.te-1].end)
		rs[i] = rng{ts: m.ts, te: m.te, role: int(m.role) - 1}
		out[i] = Mention{
			Span:         parse.Span{Start: start, End: end},
			Text:         text[start:end],
			Kind:         m.kind,
			Entity:       m.ent,
			Organization: m.org,
			Gender:       m.gender,
		}
		if m.role > 0 {
			out[i].Role = nfc(d.str(int(m.role) - 1))
		}
	}
	d.entIx = ownEntities(out, d.entIx, room)
	refs := d.resolveRefs(out, rs)
	d.release()
	doc.Text, doc.Mentions, doc.Refs = text, out, refs
	return doc
}

// A document with few mentions is one allocation: the Doc, its mentions
// and its entities in one object (most paragraphs name one to four).
type (
	docRoom1 struct {
		doc  Doc
		ms   [1]Mention
		ents [1]Entity
	}
	docRoom2 struct {
		doc  Doc
		ms   [2]Mention
		ents [2]Entity
	}
	docRoom4 struct {
		doc  Doc
		ms   [4]Mention
		ents [4]Entity
	}
)

// newDoc returns a new Doc, n mentions for it and room for their
// entities (nil when there is none: ownEntities makes it).
func newDoc(n int) (*Doc, []Mention, []Entity) {
	switch {
	case n == 0:
		return new(Doc), make([]Mention, 0), nil
	case n == 1:
		r := new(docRoom1)
		return &r.doc, r.ms[:n:n], r.ents[:]
	case n == 2:
		r := new(docRoom2)
		return &r.doc, r.ms[:n:n], r.ents[:]
	case n <= 4:
		r := new(docRoom4)
		return &r.doc, r.ms[:n:n], r.ents[:]
	}
	return new(Doc), make([]Mention, n), nil
}

// Lookup returns the built-in organization with canonical name name.
func Lookup(name string) (*Entity, bool) {
	e := defaultIndex().named(name)
	if e == nil {
		return nil, false
	}
	c := *e
	c.Aliases = slices.Clone(e.Aliases)
	return &c, true
}

// IsGivenName reports whether word is a known given name ("Amy",
// "Christine", "Satya") and the gender it usually has. The first letter
// must be upper case.
func IsGivenName(word string) (Gender, bool) {
	w := defaultIndex().lookup(string(appendKey(nil, word)))
	if w == nil || w.flags&wGiven == 0 {
		return UnknownGender, false
	}
	return w.gender, true
}

// LookupRole reports whether word is a role or job title ("Chef",
// "Präsidentin", "Finanzvorstand"), also as the end of a compound
// ("Konzernchefin", "EZB-Präsidentin", "DIW-Chef"). The gender comes from
// the form: "Chefin" is Female.
func LookupRole(word string) (Role, bool) {
	r, ok := defaultIndex().lookupRole(word)
	if !ok {
		return Role{}, false
	}
	return *r, true
}

// lookupRole finds a role by its word or the end of a compound word.
func (ix *index) lookupRole(word string) (*Role, bool) {
	if i := strings.LastIndexAny(word, "-\u2010\u2011"); i >= 0 {
		_, size := utf8.DecodeRuneInString(word[i:])
		r, ok := ix.lookupRole(word[i+size:])
		if !ok {
			return nil, false
		}
		c := *r
		c.Name = word
		return &c, true
	}
	if w := ix.lookup(string(appendKey(nil, word))); w != nil && w.role != nil {
		c := *w.role
		c.Name = word
		return &c, true
	}
	r := ix.roleSuffixOf(word)
	if r == nil {
		return nil, false
	}
	c := *r
	c.Name = word
	return &c, true
}

// roleSuffixOf returns the role that ends a compound word ("Konzernchef" →
// "Chef"), or nil. The rest before it must be at least three letters.
func (ix *index) roleSuffixOf(word string) *Role {
	if len(ix.roleList) == 0 || len(word) < 6 {
		return nil
	}
	var buf [64]byte
	lw := appendLower(buf[:0], word)
	// The longest role key ending lw with at least three bytes before it
	// and at least three bytes long. (A key starts with a rune start.)
	t := ix.roleTrie
	n := int32(0)
	best := int32(-1)
	for i := len(lw) - 1; i >= 3; i-- {
		next := t.step(n, lw[i])
		if next < 0 {
			break
		}
		n = next
		if v := t.nodes[n].val; v > 0 && len(lw)-i >= 3 {
			best = v - 1
		}
	}
	if best < 0 {
		return nil
	}
	return ix.roleList[best]
}

// ownEntities gives the mentions copies of their entities, one per entity
// and document (aliases included), so that a caller who changes a
// returned Entity changes neither the gazetteer nor other results. idx is
// a map to reuse (nil or empty); ownEntities returns it, cleared. The
// copies go to room when it is large enough.
func ownEntities(out []Mention, idx map[*Entity]int, room []Entity) map[*Entity]int {
	if len(out) == 0 {
		return idx
	}
	if idx == nil {
		idx = make(map[*Entity]int, 8)
	}
	for _, m := range out {
		if _, ok := idx[m.Entity]; !ok {
			idx[m.Entity] = len(idx)
		}
	}
	var ents []Entity
	if len(idx) <= len(room) {
		ents = room[:len(idx):len(idx)]
	} else {
		ents = make([]Entity, len(idx))
	}
	n := 0
	for e, k := range idx {
		ents[k] = *e
		n += len(e.Aliases)
	}
	if n > 0 {
		al := make([]string, 0, n)
		for k := range ents {
			if a := ents[k].Aliases; len(a) > 0 {
				s := len(al)
				al = append(al, a...)
				ents[k].Aliases = al[s:len(al):len(al)]
			}
		}
	}
	for i := range out {
		out[i].Entity = &ents[idx[out[i].Entity]]
	}
	return reuseMap(idx)
}
