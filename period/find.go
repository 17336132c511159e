package period

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/finanztext/finanztext/parse"
)

// Option configures a [Finder].
type Option func(*config)

type config struct {
	fyStart time.Month
}

// WithFiscalYearStart sets the first month of the fiscal year (the
// default is January: fiscal and calendar year agree). A fiscal year is
// named by the year it ends in: with October, FY2025 runs from 1 October
// 2024 to 30 September 2025. The month decides the From/To interval of
// fiscal values and which fiscal year "das laufende Geschäftsjahr" is.
// Months outside January–December are ignored.
func WithFiscalYearStart(m time.Month) Option {
	return func(c *config) {
		if m >= time.January && m <= time.December {
			c.fyStart = m
		}
	}
}

// Finder finds time expressions. Build one with [NewFinder]; it is
// immutable and safe for concurrent use. The zero Finder (and a nil
// *Finder) behaves like NewFinder().
type Finder struct {
	fyStart time.Month
}

// NewFinder returns a Finder configured by opts.
func NewFinder(opts ...Option) *Finder {
	c := config{fyStart: time.January}
	for _, o := range opts {
		o(&c)
	}
	return &Finder{fyStart: c.fyStart}
}

var defaultFinder = &Finder{fyStart: time.January}

// Find returns the time expressions in text, ordered by Start and not
// overlapping, with values resolved against ref. It is
// NewFinder().Find(text, ref).
func Find(text string, ref Ref) []Expression {
	return defaultFinder.Find(text, ref)
}

// tokPool keeps the matcher's token buffer (the tokens of one line) for
// reuse. A new buffer holds 96 tokens of 20 bytes (it grows for a longer
// line): the lines of news text have fewer (runs of unknown words are one
// token; 64 or fewer in four lines of five of the corpus), and 256 were 5
// KiB of fresh memory in a run on one document.
var tokPool = sync.Pool{New: func() any { s := make([]tok, 0, 96); return &s }}

// hitPool keeps the matcher's buffer of rule hits for reuse. The hits
// are those of one token position, rarely more than two; a hit is about
// 224 bytes, so a new buffer holds four (it grows when a position needs
// more), not sixteen: 4 KiB of fresh memory in a run on one document, and
// cleared whole after every Find.
var hitPool = sync.Pool{New: func() any { s := make([]hit, 0, 4); return &s }}

// Find returns the time expressions in text, ordered by Start and not
// overlapping, with values resolved against ref. It runs in time linear
// in len(text).
func (f *Finder) Find(text string, ref Ref) []Expression {
	out, _ := f.find(text, ref, nil)
	return out
}

// FindContinued is Find for a text that another one continues: besides
// the expressions it returns the Ref to find the next text's expressions
// with, so that a text read in parts (see Ref.Anchor) resolves each part
// as if it were whole. The returned Ref is ref with Anchor set to the
// latest time named up to the end of text (unchanged when it names none).
func (f *Finder) FindContinued(text string, ref Ref) ([]Expression, Ref) {
	var next Ref
	out, _ := f.findNext(text, ref, nil, &next)
	return out, next
}

func (f *Finder) find(text string, ref Ref, outer *[]int) ([]Expression, bool) {
	return f.findNext(text, ref, outer, nil)
}

// findNext is find; when next is not nil, it receives the Ref for the
// text that continues this one (see FindContinued).
func (f *Finder) findNext(text string, ref Ref, outer *[]int, next *Ref) ([]Expression, bool) {
	if f == nil {
		f = defaultFinder
	}
	fy := f.fyStart
	if fy == 0 {
		fy = time.January
	}
	bp := tokPool.Get().(*[]tok)
	m := matcher{full: text, ref: ref, fyStart: fy}
	// about the median density of news text (1.6 per KB), so that most
	// texts do not grow it
	m.out = make([]Expression, 0, 4+len(text)/512)
	hp := hitPool.Get().(*[]hit)
	m.hits = (*hp)[:0]
	defer func() {
		if cap(m.hits) <= 1<<12 {
			clear(m.hits[:cap(m.hits)]) // no values of this text stay in the pool
			*hp = m.hits[:0]
			hitPool.Put(hp)
		}
	}()
	if !ref.Date.IsZero() {
		m.refPt = pointOfDate(ref.Date)
		m.hasRef = true
	}
	if ref.Anchor != "" {
		if p, ok := parseAnchor(ref.Anchor); ok {
			m.anchor, m.hasAnchor = p, true
		}
	}
	// One line at a time (no rule crosses a line break), so that the
	// tokens of a long text need not be held at once.
	toks := (*bp)[:0]
	var scratch []tok
	for from := 0; from < len(text); {
		to := chunkEnd(text, from)
		if to-from <= maxChunkLen {
			chunk := text[from:to]
			m.chunkEnd = to
			if outer != nil {
				// Parse: the whole line, for the prepositions before a match.
				toks = tokenize(toks[:0], chunk)
				m.t, m.text, m.off, m.minTok = toks, chunk, from, 0
				m.run(outer)
			} else {
				toks, scratch = m.runLine(toks, scratch, chunk, from)
			}
		}
		from = to
	}
	if cap(toks) <= 1<<16 {
		*bp = toks[:0]
		tokPool.Put(bp)
	}
	if next != nil {
		*next = ref
		if m.hasAnchor {
			next.Anchor = m.anchor.anchorValue()
		}
	}
	return m.out, true
}

// maxChunk is the longest piece of text tokenized at once when a line is
// longer; such a line is cut at a space, or else after an ASCII byte that
// is no letter or digit.
const maxChunk = 1 << 16

// maxChunkLen bounds a piece of text that has no such byte for that long
// (token offsets are int32): a single "word" of more than 2 GiB holds no
// time expression.
const maxChunkLen = math.MaxInt32

// chunkEnd returns the end of the line that starts at from (after its
// line break), or of a piece of at most about maxChunk bytes cut after a
// space.
func chunkEnd(text string, from int) int {
	limit := min(len(text), from+maxChunk)
	if i := strings.IndexByte(text[from:limit], '\n'); i >= 0 {
		return from + i + 1
	}
	if limit == len(text) {
		return limit
	}
	if i := strings.LastIndexByte(text[from:limit], ' '); i > 0 {
		return from + i + 1
	}
	// No space in maxChunk bytes: cut after an ASCII byte that is neither
	// a letter nor a digit, so that no word is cut.
	for i := limit - 1; i > from; i-- {
		if c := text[i]; c < 0x80 && !isASCIILetter(c) && (c < '0' || c > '9') {
			return i + 1
		}
	}
	for i := limit; i < len(text); i++ {
		if c := text[i]; c < 0x80 && !isASCIILetter(c) && (c < '0' || c > '9') {
			return i + 1
		}
	}
	return len(text)
}

// Sentinel errors wrapped by [*ParseError]. Test with errors.Is.
var (
	// ErrSyntax reports that the input is not exactly one time expression.
	ErrSyntax = errors.New("not a single time expression")
	// ErrEmpty reports an input without any time expression.
	ErrEmpty = errors.New("no time expression")
)

// ParseError records a failed [Parse]. It has the shape of
// [strconv.NumError] plus the byte offset of the problem.
type ParseError struct {
	Func   string // the failing function ("Parse")
	Input  string // the caller's input, unchanged
	Offset int    // byte offset into Input where the problem was found
	Err    error  // ErrSyntax or ErrEmpty
}

// Error implements the error interface:
// `period.Parse: parsing "im Jahr x": no time expression at byte 0`.
func (e *ParseError) Error() string {
	return "period." + e.Func + ": parsing " + strconv.Quote(e.Input) + ": " + e.Err.Error() +
		" at byte " + strconv.Itoa(e.Offset)
}

// Unwrap returns the underlying sentinel, so errors.Is(err, ErrSyntax) works.
func (e *ParseError) Unwrap() error { return e.Err }

// Parse parses s, which must be exactly one time expression, optionally
// with the preposition that governs it ("im Jahr 2019", "seit 2020", "bis
// Ende 2030") and surrounding spaces. The returned Expression's span is
// the one [Find] reports, so it may leave out that preposition. The error
// is a *[ParseError].
func Parse(s string, ref Ref) (Expression, error) { return defaultFinder.Parse(s, ref) }

// Parse is like the package-level [Parse] with f's configuration.
func (f *Finder) Parse(s string, ref Ref) (Expression, error) {
	var outer []int
	es, _ := f.find(s, ref, &outer)
	if len(es) == 0 {
		return Expression{}, &ParseError{Func: "Parse", Input: s, Offset: 0, Err: ErrEmpty}
	}
	e := es[0]
	lead := outer[0]
	for i := 0; i < lead; i++ {
		if !isSpaceByte(s[i]) {
			return Expression{}, &ParseError{Func: "Parse", Input: s, Offset: i, Err: ErrSyntax}
		}
	}
	if len(es) > 1 {
		return Expression{}, &ParseError{Func: "Parse", Input: s, Offset: es[1].Start, Err: ErrSyntax}
	}
	for i := e.End; i < len(s); i++ {
		if !isSpaceByte(s[i]) {
			return Expression{}, &ParseError{Func: "Parse", Input: s, Offset: i, Err: ErrSyntax}
		}
	}
	return e, nil
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// spanOf is the span of tokens [a, b).
func spanOf(t []tok, a, b int) parse.Span { return parse.Span{Start: int(t[a].s), End: int(t[b-1].e)} }
