package quote

import (
	"math"
	"slices"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/internal/lazy"
)

// Option configures a [Finder] built by [NewFinder].
type Option func(*config)

// config is what the options set. Its zero value is the default: the
// package's entity recognizer ([entity.Find]) and indirect speech on.
type config struct {
	entities   func(text string) []entity.Mention // set by WithEntityFinder
	rec        *entity.Recognizer                 // set by WithRecognizer; nil: the default one
	noEntities bool                               // WithEntityFinder(nil): no recognizer
	noIndirect bool                               // WithIndirect(false)
}

// WithRecognizer sets the entity recognizer whose documents ([entity.Doc]:
// mentions and references) resolve the speakers. The default is
// entity.NewRecognizer().
func WithRecognizer(r *entity.Recognizer) Option {
	return func(c *config) { c.rec, c.entities, c.noEntities = r, nil, false }
}

// WithEntityFinder sets the function that finds the persons and
// organizations of a text, such as the Find method of an entity recognizer.
// Its mentions come without references, so "das Unternehmen" and pronouns
// are resolved by the finder's own rules; prefer [WithRecognizer]. nil
// means no recognizer (speakers are resolved from the text alone).
func WithEntityFinder(find func(text string) []entity.Mention) Option {
	return func(c *config) { c.entities, c.noEntities, c.rec = find, find == nil, nil }
}

// WithIndirect turns the reporting of indirect speech (Kind [Indirect]) on
// or off. It is on by default.
func WithIndirect(on bool) Option {
	return func(c *config) { c.noIndirect = !on }
}

// Finder finds quotations and their speakers. It is immutable and safe for
// concurrent use. The zero Finder is ready to use and works as
// NewFinder() does: the default entity recognizer, indirect speech on.
type Finder struct {
	cfg config
}

// NewFinder returns a Finder configured by opts.
func NewFinder(opts ...Option) *Finder {
	f := &Finder{}
	for _, o := range opts {
		o(&f.cfg)
	}
	return f
}

// MaxLen is the length in bytes of the longest text a Finder reads: byte
// offsets are kept as 32-bit integers inside a call. For a longer text
// Find and FindWith return nil (no quotation), never a wrong offset or a
// panic; split such a text into documents first.
const MaxLen = math.MaxInt32

// withinMaxLen reports whether a text of n bytes fits under limit (MaxLen;
// the tests pass a small limit to findWith).
func withinMaxLen(n, limit int) bool { return n <= limit }

func defaultFinder() *Finder {
	return defaultFinderV.Get(func() *Finder { return NewFinder() })
}

var defaultFinderV lazy.Value[*Finder]

// Find returns the quotations in text with their speakers, ordered by
// Start, using the default entity recognizer. It is NewFinder().Find(text).
func Find(text string) []Quote {
	return defaultFinder().Find(text)
}

// Find returns the quotations in text, ordered by Start.
func (f *Finder) Find(text string) []Quote {
	if !withinMaxLen(len(text), MaxLen) {
		return nil
	}
	switch {
	case f.cfg.entities != nil:
		return f.FindWith(text, f.cfg.entities(text))
	case f.cfg.noEntities:
		return f.FindWith(text, nil)
	}
	rec := f.cfg.rec
	if rec == nil {
		rec = defaultRecognizer()
	}
	return f.FindWithDoc(rec.FindDoc(text))
}

// defaultRecognizer is entity.NewRecognizer(), which shares the built-in
// gazetteer index.
func defaultRecognizer() *entity.Recognizer {
	return defaultRecognizerV.Get(func() *entity.Recognizer { return entity.NewRecognizer() })
}

var defaultRecognizerV lazy.Value[*entity.Recognizer]

// FindWithDoc returns the quotations of doc.Text, resolving speakers
// against the document an entity recognizer read: its mentions and its
// references, so that "das Unternehmen", "die Notenbank" and "er" name the
// entity package's antecedent (see [entity.Doc.Refs]). References whose span
// or target does not fit the text are ignored. doc.Parse is not read (the
// finder's words differ from parse's tokens, and reading them from the
// bytes costs less than checking where the two agree): the quotations are
// the same with any Parse or none. A nil doc gives nil.
func (f *Finder) FindWithDoc(doc *entity.Doc) []Quote {
	if doc == nil {
		return nil
	}
	return f.findWith(doc.Text, doc.Mentions, doc.Refs, MaxLen)
}

// FindWith returns the quotations in text, resolving speakers against
// mentions, the entity mentions already found in the same text (so that a
// caller who needs both runs the recognizer once). Mentions whose spans do
// not fit text are ignored. A text longer than [MaxLen] gives nil.
func (f *Finder) FindWith(text string, mentions []entity.Mention) []Quote {
	return f.findWith(text, mentions, nil, MaxLen)
}

// findWith is FindWith for texts of at most limit bytes, with the
// references of the mentions' document (nil: none).
func (f *Finder) findWith(text string, mentions []entity.Mention, refs []entity.Ref, limit int) []Quote {
	if len(text) == 0 || !withinMaxLen(len(text), limit) {
		return nil
	}
	if hasCombining(text) {
		return f.findNFD(text, mentions, refs)
	}
	b := getBufs()
	defer b.release()
	d := newDoc(text, mentions, refs, b)
	return d.run(!f.cfg.noIndirect)
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
	// reported speech that continues the report before it in Konjunktiv
	// without an attribution of its own: its speaker is carried over
	chained bool
}

// run finds the quotations.
func (d *doc) run(indirect bool) []Quote {
	defer d.releaseClauses()
	b := d.bufs
	cands := b.cands[:0]
	defer func() { b.cands = cands }()
	for pi := range d.pairs {
		if c, ok := d.classify(pi); ok {
			cands = append(cands, c)
		}
	}
	cands = d.unmarkedParagraphs(cands)
	slices.SortFunc(cands, func(a, b cand) int { return a.inner.s - b.inner.s })
	for i := range cands {
		d.attribute(cands, i)
	}
	if b.spNames == nil {
		b.spNames = make(map[string]bool)
	}
	d.speakerNames = b.spNames
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
		at := slices.Grow(b.at[:0], nd)[:nd]
		b.at = at
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
