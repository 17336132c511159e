package fact

import (
	"slices"
	"strings"
	"sync"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
)

// state is the working memory of one FindWith call: what the call reads
// and where it stands (callState, set anew by each call), and the buffers
// kept in the pool for the next call (stateBufs, emptied by release).
type state struct {
	callState
	stateBufs
}

// callState is what a FindWith call reads and where it stands.
type callState struct {
	text     string
	doc      *parse.Doc          // Input.Doc: its sentences are read when it holds text
	lx       *lexicon            // the word tables and filters
	in       Input               // what the caller gave: the figures' values are read from it (value)
	figs     []figure            // the figures of the text, in figBuf
	periods  []period.Expression // read only: Input.Periods itself when it fits the text, else perBuf
	toks     []token             // of the current sentence: a view of tokBuf
	lo       []byte              // lower-case forms of the words of the current sentence, back to back (a view of loBuf)
	loIdx    []int32             // per token: start of its lower-case form in lo (end is loIdx[i+1]); a view of loIdxBuf
	segs     []segment           // of the current sentence: a view of segBuf
	segOf    []int32             // per token of the current sentence: its segment (a view of segOfBuf)
	sentCues []cue               // the cues of the current sentence: a view of cueBuf

	// how much of drafts and cueBuf this call wrote (their length goes
	// back to zero while the call runs): release clears only that
	draftUsed, cueUsed int

	sentSpan parse.Span // the current sentence
	sentOrgs []org      // its organizations (those of orgs that start in it)

	// per document
	sentNo         int            // number of the current sentence
	lastSubject    string         // the company the sentences before were about
	lastSubjType   entity.Type    // its type
	lastSubjEnt    *entity.Entity // its entity (for its industries), nil when unknown
	lastFact       int            // the index in facts of the last fact finish made, for "Analysten hatten mit … gerechnet" in the sentence after it
	lastFactOK     bool
	lastFactSent   int
	lastFactPara   int
	pronFact       int // the fact a pronoun subject made in sentence pronSent-1 ("Er stieg um 5 Prozent auf …"): its other figures join it
	pronSent       int // 1 + the sentence of pronFact; 0 when none
	para           int // paragraph of the current sentence
	lastSubjPara   int
	lastSubjSent   int
	sentPeriod     int // the period the current sentence's facts used (an index into periods)
	sentPeriodOK   bool
	prevPeriod     int // the period of the sentence before (an index into periods)
	prevPeriodOK   bool
	prevPeriodPara int
	prevPeriodSent int
	prevPeriodEnt  string     // the entity the period of the sentence before was told of ("" when unknown)
	prevPending    bool       // prevPeriod is not read yet: it is the time of prevSpan when that sentence speaks of the economy (economyTopic)
	prevSpan       parse.Span // the sentence before, while prevPending
	sentPeriodEnt  string     // the entity the current sentence's period was told of
}

// stateBufs are the buffers of a state, kept for the next call.
type stateBufs struct {
	figBuf []figure            // the memory of figs (figs may lie in its second half)
	orgs   []org               // the organizations of the text
	refs   []org               // resolved references to organizations: the span of the reference, the name of the organization
	quotes []org               // quotations whose speaker has an organization: the span of the quoted words, that organization
	perBuf []period.Expression // the periods that fit, sorted, when Input.Periods is not all that
	facts  []found             // the facts found, built into Facts by result
	xvals  []Value             // the values of facts that are not a figure's as it is (negated, scaled)
	drafts []draft             // reused per sentence
	ord    []int32             // the order of the facts by Start, when they were found out of it

	// The sentences of a batch are read in two rounds (see run): the
	// first tokenizes each and finds its segments and cues, into these
	// buffers; the second reads its figures from them.
	tokBuf   []token
	loBuf    []byte
	loIdxBuf []int32
	segBuf   []segment
	segOfBuf []int32
	cueBuf   []cue
	sents    []sentRec // the sentences of the batch
}

// org is an organization mention.
type org struct {
	parse.Span
	name    string
	source  bool // a research institute, rating agency, association or medium: it reports figures, they are not its own
	company bool // a company, bank, insurer or asset manager: what "der Konzern" or "das Unternehmen" can refer to
	typ     entity.Type
	ent     *entity.Entity // the gazetteer's entity, nil for a reference or an unknown name
}

// companyTypes are the organizations a definite description such as "der
// Konzern" can refer to, as a set of entity.Type bits (see hasType).
const companyTypes uint64 = 1<<entity.UnknownType | 1<<entity.Company | 1<<entity.Bank |
	1<<entity.Insurer | 1<<entity.AssetManager | 1<<entity.Exchange | 1<<entity.OtherOrg

// sourceTypes are the organizations that report figures rather than own
// them, as a set of entity.Type bits (see hasType).
const sourceTypes uint64 = 1<<entity.ResearchInstitute | 1<<entity.RatingAgency |
	1<<entity.Media | 1<<entity.Association | 1<<entity.Union | 1<<entity.Regulator |
	1<<entity.InternationalOrg

// hasType reports whether set (companyTypes, sourceTypes) holds t.
func hasType(set uint64, t entity.Type) bool { return t < 64 && set&(1<<t) != 0 }

// statePool keeps the working memory of FindWith calls, so that a call
// allocates little more than the facts it returns.
var statePool = sync.Pool{New: func() any { return new(state) }}

// maxPooledFigures bounds the states kept in statePool (by the figures of
// their text), so that one huge text does not pin its memory.
const maxPooledFigures = 1 << 14

// newState returns a state for text from the pool, its buffers emptied.
func newState(text string, in Input) *state {
	s := statePool.Get().(*state) // its buffers are empty (release)
	s.callState = callState{text: text, doc: in.Doc, lx: lexicons(), in: in}
	n := len(in.Amounts) + len(in.Percents) + len(in.Numbers)
	if cap(s.figBuf) < 2*n {
		s.figBuf = make([]figure, 0, 2*n) // mergeFigures merges behind the amounts and percentages
	}
	s.figs = collectFigures(s.figBuf[:0], text, in)
	numberChanges(s.figs, text, in.Numbers)
	end := -1
	for _, m := range in.Mentions {
		if m.Kind != entity.Organization || !fits(text, m.Span, m.Text) || m.Start < end {
			continue
		}
		name := m.Text
		src, comp, typ := false, true, entity.UnknownType
		if m.Entity != nil {
			if m.Entity.Name != "" {
				name = m.Entity.Name
			}
			typ = m.Entity.Type
			src = hasType(sourceTypes, typ)
			comp = hasType(companyTypes, typ)
		}
		src = src || pollster(text, m.Span)
		s.orgs = append(s.orgs, org{Span: m.Span, name: name, source: src, company: comp, typ: typ, ent: m.Entity})
		end = m.End
	}
	end = -1
	for _, r := range in.Refs {
		if !fits(text, r.Span, r.Text) || r.Start < end || r.Target < 0 || r.Target >= len(in.Mentions) ||
			in.Mentions[r.Target].Kind != entity.Organization || r.Name == "" {
			continue
		}
		m := in.Mentions[r.Target]
		comp := m.Entity == nil || hasType(companyTypes, m.Entity.Type)
		s.refs = append(s.refs, org{Span: r.Span, name: r.Name, company: comp})
		end = r.End
	}
	end = -1
	for _, q := range in.Quotes {
		if !fits(text, q.Span, q.Text) || q.Start < end || q.Speaker == nil {
			continue
		}
		name := q.Speaker.Organization
		if q.Speaker.IsOrganization {
			name = q.Speaker.Name
		}
		if name != "" && !s.companyNamed(name) {
			name = "" // "laut einer Umfrage von Bloomberg": a source, or words the quote finder could only describe
		}
		if name != "" {
			s.quotes = append(s.quotes, org{Span: q.Span, name: name, company: true})
			end = q.End
		}
	}
	s.periods = in.Periods // as the finder returns them: all fit, in order; no copy
	if !periodsFit(text, in.Periods) {
		for _, p := range in.Periods {
			if fits(text, p.Span, p.Text) {
				s.perBuf = append(s.perBuf, p)
			}
		}
		slices.SortStableFunc(s.perBuf, func(a, b period.Expression) int { return a.Start - b.Start })
		s.periods = s.perBuf
	}
	return s
}

// pollster reports whether the organization at sp is named as the one
// that asked the analysts: "von LSEG befragte Analysten", "laut einer
// Umfrage von Bloomberg", "eine Befragung des Dienstes FactSet". It
// reports a figure, it does not own it.
func pollster(text string, sp parse.Span) bool {
	if e := sp.End; e+9 <= len(text) && text[e] == ' ' && (text[e+1:e+9] == "befragte" || text[e+1:e+9] == "erhobene") {
		return true
	}
	// the word before: "von", "der" or "des", and before it the poll
	p := sp.Start - 1
	if p < 4 || text[p] != ' ' {
		return false
	}
	w := text[p-3 : p]
	if w != "von" && w != "der" && w != "des" || text[p-4] != ' ' {
		return false
	}
	before := text[max(0, p-14) : p-4]
	for _, n := range [...]string{"Umfrage", "Befragung", "Erhebung", "Daten"} {
		if strings.HasSuffix(before, n) {
			return true
		}
	}
	return false
}

// companyNamed reports whether name is the canonical name of an
// organization mentioned in the text (s.orgs) that is no source: the
// organization a quotation's figures can belong to.
func (s *state) companyNamed(name string) bool {
	for k := range s.orgs {
		if o := &s.orgs[k]; o.name == name {
			return !o.source
		}
	}
	return false
}

// periodsFit reports whether every expression of ps fits text and they are
// ordered by start.
func periodsFit(text string, ps []period.Expression) bool {
	for i := range ps {
		if !fits(text, ps[i].Span, ps[i].Text) || i > 0 && ps[i].Start < ps[i-1].Start {
			return false
		}
	}
	return true
}

// value returns the value of figure f.
func (s *state) value(f *figure) Value { return figValue(f, &s.in) }

// found is a fact as finish finds it, until result builds the Fact: its
// spans, the figures its values are read from (indexes into s.figs, -1
// for none; a value that is not a figure's as it is lies in s.xvals), and
// its period (an index into s.periods, -1 for none). Far smaller than a
// Fact, it keeps the working memory of a call small.
type found struct {
	start, end, mStart, mEnd int32 // the fact's and the metric's span
	val, by, fr              int32 // the figures of the value, the change and the earlier value
	valX, frX                int32 // the value and the earlier value in s.xvals, -1 when they are the figure's
	period                   int32
	basisPer                 int32 // 1 + the index in s.periods of the comparison period, 0 when none (see basisPeriod): a found made elsewhere has none
	entity, target           string
	metric                   Metric
	status                   Status
	valKind                  Kind // the kind of the value (NoValue when there is none)
	dir                      parse.Direction
	basis                    Basis
}

// addFact appends r to the facts found, in the pooled buffer s.facts;
// result builds them.
func (s *state) addFact(r *found) {
	s.facts = append(s.facts, *r)
}

// build writes the Fact of r to f, a zero Fact.
func (s *state) build(f *Fact, r *found) {
	f.Span = parse.Span{Start: int(r.start), End: int(r.end)}
	f.Text = s.text[r.start:r.end]
	f.Metric = r.metric
	f.MetricSpan = parse.Span{Start: int(r.mStart), End: int(r.mEnd)}
	f.MetricText = s.text[r.mStart:r.mEnd]
	f.Entity, f.Target, f.Status = r.entity, r.target, r.status
	switch {
	case r.valX >= 0:
		f.Value = s.xvals[r.valX]
	case r.val >= 0:
		f.Value = s.value(&s.figs[r.val])
	}
	if r.by >= 0 {
		f.Change.By = s.value(&s.figs[r.by])
	}
	switch {
	case r.frX >= 0:
		f.Change.From = s.xvals[r.frX]
	case r.fr >= 0:
		f.Change.From = s.value(&s.figs[r.fr])
	}
	f.Change.Direction, f.Change.Basis = r.dir, r.basis
	if r.basisPer > 0 {
		f.Change.BasisPeriod = s.periods[r.basisPer-1].Value
	}
	if r.period >= 0 {
		p := &s.periods[r.period]
		f.Period, f.PeriodText, f.PeriodSpan = p.Value, p.Text, p.Span
		if v, end, ok := s.monthRange(int(r.period)); ok {
			f.Period, f.PeriodSpan.End = v, end
			f.PeriodText = s.text[f.PeriodSpan.Start:end]
		}
	}
}

// monthRange reads the period at index k of s.periods as the first month
// of a range of months ("von Januar bis September", "zwischen Juli und
// September 2025"): the months of one year joined by "bis" or "und". It
// returns the value of the whole range when it is a quarter, a half or
// the year ("2025-Q3", "2025-H1", "2025"), else "" (no TIMEX3 value names
// it: January to September is no single period), and where the range ends.
func (s *state) monthRange(k int) (string, int, bool) {
	if k+1 >= len(s.periods) {
		return "", 0, false
	}
	p, q := &s.periods[k], &s.periods[k+1]
	if p.Type != period.Date || q.Type != period.Date || len(p.Value) != 7 || len(q.Value) != 7 ||
		p.Value[4] != '-' || q.Value[4] != '-' || p.Value[:4] != q.Value[:4] || p.Mod != period.NoMod {
		return "", 0, false
	}
	if mid := s.text[p.End:q.Start]; mid != " bis " && mid != " und " {
		return "", 0, false
	}
	m1, m2 := atoi2(p.Value[5:]), atoi2(q.Value[5:])
	if m1 < 1 || m2 > 12 || m1 >= m2 {
		return "", 0, false
	}
	y := p.Value[:4]
	switch {
	case m1 == 1 && m2 == 12:
		return y, q.End, true
	case m2 == m1+2 && m1%3 == 1:
		return y + "-Q" + string(rune('0'+(m1+2)/3)), q.End, true
	case m2 == m1+5 && (m1 == 1 || m1 == 7):
		return y + "-H" + string(rune('0'+(m1+5)/6)), q.End, true
	}
	return "", q.End, true
}

// atoi2 reads two ASCII digits ("09"), -1 when they are none.
func atoi2(d string) int {
	if n, ok := atoiN(d); ok && len(d) == 2 {
		return n
	}
	return -1
}

// result returns the facts found, ordered by Start (stably: facts with
// the same Start keep the order they were found in), in a new slice of
// their exact length (nil when there are none), so that the pooled buffer
// stays with s. Each Fact is built once, in its place.
func (s *state) result() []Fact {
	facts := s.facts
	if len(facts) == 0 {
		return nil
	}
	out := make([]Fact, len(facts))
	sorted := true
	for i := 1; i < len(facts); i++ {
		if facts[i].start < facts[i-1].start {
			sorted = false
			break
		}
	}
	if sorted {
		for i := range facts {
			s.build(&out[i], &facts[i])
		}
		return out
	}
	ord := s.ord[:0]
	for i := range facts {
		ord = append(ord, int32(i))
	}
	slices.SortFunc(ord, func(a, b int32) int {
		if d := facts[a].start - facts[b].start; d != 0 {
			return int(d)
		}
		return int(a) - int(b)
	})
	for i, k := range ord {
		s.build(&out[i], &facts[k])
	}
	s.ord = ord
	return out
}

// release returns s to the pool. What the call wrote to its buffers is
// cleared, so that the pool holds no decimals, names or text of the
// caller's; the facts found belong to the caller. (Figures, tokens,
// lower-case forms and segments hold no pointers: they are left as they
// are.) The rest of each buffer
// is zero already (cleared by an earlier release, or new), so a short text
// does not clear the memory a long one made the buffers grow to.
func (s *state) release() {
	if cap(s.figBuf) > maxPooledFigures {
		return
	}
	clear(s.facts)
	clear(s.xvals)
	clear(s.orgs)
	clear(s.refs)
	clear(s.quotes)
	clear(s.perBuf)
	clear(s.drafts[:s.draftUsed])
	clear(s.cueBuf[:s.cueUsed])
	s.callState = callState{}
	b := &s.stateBufs
	b.figBuf, b.facts, b.xvals = b.figBuf[:0], b.facts[:0], b.xvals[:0]
	b.orgs, b.refs, b.quotes, b.perBuf = b.orgs[:0], b.refs[:0], b.quotes[:0], b.perBuf[:0]
	b.drafts, b.ord = b.drafts[:0], b.ord[:0]
	b.tokBuf, b.loBuf, b.loIdxBuf, b.segBuf = b.tokBuf[:0], b.loBuf[:0], b.loIdxBuf[:0], b.segBuf[:0]
	b.segOfBuf, b.cueBuf, b.sents = b.segOfBuf[:0], b.cueBuf[:0], b.sents[:0]
	statePool.Put(s)
}

// w returns the lower-case form of token i of the current sentence ("" for
// figures and marks and out of range). The conversion to string does not
// allocate where the result is only compared or used as a map key.
func (s *state) wb(i int) []byte {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	return s.lo[s.loIdx[i]:s.loIdx[i+1]]
}

// is reports whether token i is one of words.
//
// Figures, marks and tokens out of range have no lower-case form: they are
// none of words (which are never empty), found without a comparison.
//
// It is not inlined: the rules call it at about 340 places, and inlined
// there it made a third of the package's machine code (93 of 336 KB),
// which Analyze paid for in instruction-cache misses of every finder
// (BenchmarkFindWith/news ran 567 µs inlined, 536 µs called).
//
//go:noinline
func (s *state) is(i int, words ...string) bool {
	b := s.wb(i)
	if len(b) == 0 {
		return false
	}
	for _, w := range words {
		if len(w) == len(b) && w[0] == b[0] && string(b) == w {
			return true
		}
	}
	return false
}

func (s *state) isWord(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].kind == tWord }

// anyFigure reports whether a figure from index fi on, before end, can be
// the figure of a fact: money, a percentage, or a count that is no year, no
// number word and no part of a time expression.
func (s *state) anyFigure(fi, end int) bool {
	for ; fi < len(s.figs) && s.figs[fi].span.Start < end; fi++ {
		f := &s.figs[fi]
		if f.kind != Count || !f.year && !f.words && !s.inPeriod(f.span) {
			return true
		}
		if f.year && f.span.End+1 < len(s.text) && s.text[f.span.End] == ' ' {
			if c := s.text[f.span.End+1]; 'A' <= c && c <= 'Z' || c >= 0x80 {
				return true // "2000 Mitarbeiter"
			}
		}
	}
	return false
}

// run walks the sentences of the text (those of Input.Doc when it is the
// text's); only those with a figure are tokenized. It reads them in
// batches of about batchTokens tokens, in two rounds: the first tokenizes
// the sentences of a batch and finds their segments and cues (prepare),
// the second finds their facts (sentence) and notes their subjects, in
// text order. Each round runs its own code over many sentences, where it
// stays in the instruction cache, instead of all of the finder's code for
// each sentence in turn.
func (s *state) run() {
	if len(s.figs) == 0 {
		return
	}
	var w walk
	if d := s.doc; d != nil && d.Text == s.text && len(s.text) > 0 && len(d.Sentences) > 0 {
		for _, sg := range d.Sentences {
			if sg.Start < w.prevEnd || sg.End > len(s.text) || sg.Start > sg.End {
				break // not a Doc of this text after all: nothing more is read
			}
			s.visit(&w, sg.Span)
		}
		s.flush()
		return
	}
	for sp := range parse.SentenceSeq(s.text) {
		s.visit(&w, sp)
	}
	s.flush()
}

// batchTokens is about how many tokens the sentences of a batch hold
// before run's second round reads them: enough for the code of each round
// to be reused over many sentences, few enough to keep the buffers small.
const batchTokens = 512

// sentRec is a sentence of a batch, as the first round of run leaves it
// for the second.
type sentRec struct {
	sp       parse.Span
	para, fi int   // its paragraph and its first figure
	oLo, oHi int32 // its organizations: s.orgs[oLo:oHi]
	// where prepare left its tokens, lower-case forms, their offsets,
	// segments, segment indexes and cues in the batch's buffers
	tA, tB, lA, lB, xA, xB, gA, gB, sA, sB, cA, cB int32

	read     bool // it has a figure: tokenized, its segments and cues found (prepare)
	segsRead bool // readSegments has read its segments
}

// flush is run's second round over the sentences of the batch; then the
// batch's buffers are reused.
func (s *state) flush() {
	for k := range s.sents {
		r := &s.sents[k]
		orgs := s.orgs[r.oLo:r.oHi]
		if r.read {
			s.view(r)
			s.para = r.para
			s.sentSpan, s.sentOrgs = r.sp, orgs
			s.sentence(r)
		}
		s.noteSubject(r.sp, r.para, orgs)
	}
	s.sents = s.sents[:0]
	s.tokBuf, s.loBuf, s.loIdxBuf = s.tokBuf[:0], s.loBuf[:0], s.loIdxBuf[:0]
	s.segBuf, s.segOfBuf, s.cueBuf = s.segBuf[:0], s.segOfBuf[:0], s.cueBuf[:0]
}

// walk is where run stands in the text.
type walk struct {
	para, prevEnd, fi int
	oi                int // the first organization not before the current sentence
}

// visit reads sentence sp in run's first round.
func (s *state) visit(w *walk, sp parse.Span) {
	for k := w.prevEnd; k < sp.Start && k < len(s.text); k++ {
		if s.text[k] == '\n' {
			w.para++
			break
		}
	}
	w.prevEnd = sp.End
	for w.fi < len(s.figs) && s.figs[w.fi].span.Start < sp.Start {
		w.fi++
	}
	para, fi := w.para, w.fi
	// the organizations of the sentence: sentences come in text order, so a
	// cursor finds them (what orgsIn(sp.Start, sp.End) returns)
	for w.oi < len(s.orgs) && s.orgs[w.oi].Start < sp.Start {
		w.oi++
	}
	oe := w.oi
	for oe < len(s.orgs) && s.orgs[oe].Start < sp.End {
		oe++
	}
	// the record is made in place (prepare does not append to s.sents)
	s.sents = append(s.sents, sentRec{sp: sp, para: para, fi: fi, oLo: int32(w.oi), oHi: int32(oe)})
	if fi < len(s.figs) && s.figs[fi].span.Start < sp.End && s.anyFigure(fi, sp.End) {
		s.prepare(&s.sents[len(s.sents)-1])
	}
	if len(s.tokBuf) >= batchTokens {
		s.flush()
	}
}
