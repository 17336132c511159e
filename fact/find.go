package fact

import (
	"math"
	"slices"
	"strings"
	"time"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/internal/lazy"
	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
	"github.com/finanztext/finanztext/quote"
	"github.com/shopspring/decimal"
)

// Input holds what other finders already found in a text, for FindWith.
// Every slice must come from the same text; items that do not fit it (out
// of range, inverted, or whose Text differs from text[Start:End]) are
// skipped. Nil slices mean "none found".
type Input struct {
	Numbers  []parse.Number       // parse.FindNumbers(text)
	Amounts  []money.Amount       // money.Find(text)
	Percents []parse.PercentMatch // parse.FindPercents(text)
	Mentions []entity.Mention     // entity.Find(text): organizations are read, persons ignored
	// Refs are resolved references ("das Unternehmen", "sein"), as in
	// entity.Doc.Refs; each Target indexes Mentions. Without them a
	// reference takes the subject of the sentences before.
	Refs []entity.Ref
	// Quotes are the quotations with their speakers, as quote.Find finds
	// them: a fact inside a quote belongs to the speaker's organization
	// ("„Wir haben den Umsatz um 12 Prozent gesteigert“, sagte
	// Siemens-Chef Roland Busch").
	Quotes  []quote.Quote
	Periods []period.Expression // period.Find(text, ref): time expressions with their values
	// Doc is the text tokenized by parse.Tokenize (or a Doc Reset to it),
	// for a caller that has it anyway: when set and Doc.Text is the text,
	// FindWith reads its sentences and paragraphs instead of splitting the
	// text again. A Doc of another text is ignored; nil
	// means FindWith splits the text itself. FindWith only reads the Doc.
	Doc *parse.Doc
	// Date is the document's date (the Date of the period.Ref the periods
	// were found with); the zero time means unknown. A fact whose period
	// lies after it and whose words make no outlook is still a plan: "Der
	// Konzern investiert 2026 rund 3 Mrd. Euro" in a text of 2025 is a
	// forecast.
	Date time.Time
}

// Option configures a Finder.
type Option func(*config)

type config struct {
	money    *money.Finder
	entities *entity.Recognizer
	periods  *period.Finder
}

// WithMoneyFinder makes Find read amounts with f (for example one with
// another default dollar) instead of the default money finder.
func WithMoneyFinder(f *money.Finder) Option {
	return func(c *config) { c.money = f }
}

// WithRecognizer makes Find read organizations with r (for example one with
// extra gazetteer entries) instead of the default recognizer.
func WithRecognizer(r *entity.Recognizer) Option {
	return func(c *config) { c.entities = r }
}

// WithPeriodFinder makes Find read time expressions with f (for example
// one with another fiscal year start) instead of the default period finder.
func WithPeriodFinder(f *period.Finder) Option {
	return func(c *config) { c.periods = f }
}

// Finder finds facts. Build one with NewFinder; the zero Finder (and a nil
// *Finder) uses the default money finder and entity recognizer. A Finder is
// immutable and safe for concurrent use.
type Finder struct {
	money    *money.Finder
	entities *entity.Recognizer
	periods  *period.Finder
}

// NewFinder returns a Finder configured by opts.
func NewFinder(opts ...Option) *Finder {
	var c config
	for _, o := range opts {
		o(&c)
	}
	return &Finder{money: c.money, entities: c.entities, periods: c.periods}
}

// Find returns the facts of text, ordered by Start. ref is the document's
// date (and domain) that relative time expressions ("im letzten Quartal")
// resolve against; the zero Ref leaves them without a value. Find runs the
// numeral, money, percentage, organization and time-expression finders
// itself; use FindWith when their results are already at hand.
func Find(text string, ref period.Ref) []Fact {
	var f Finder
	return f.Find(text, ref)
}

// Find is the package-level Find with the settings of f.
func (f *Finder) Find(text string, ref period.Ref) []Fact {
	nums := parse.FindNumbers(text)
	mf := money.NewFinder()
	var rec *entity.Recognizer
	var pf *period.Finder
	if f != nil {
		if f.money != nil {
			mf = f.money
		}
		rec = f.entities
		pf = f.periods
	}
	if rec == nil {
		rec = defaultRecognizer()
	}
	edoc := rec.FindDoc(text)
	quotes := quote.NewFinder(quote.WithEntityFinder(rec.Find)).FindWith(text, edoc.Mentions)
	return FindWith(text, Input{
		Numbers:  nums,
		Amounts:  mf.FindWith(text, nums),
		Percents: parse.FindPercentsWith(text, nums),
		Mentions: edoc.Mentions,
		Refs:     edoc.Refs,
		Quotes:   quotes,
		Periods:  pf.Find(text, ref),
		Date:     ref.Date,
	})
}

func defaultRecognizer() *entity.Recognizer {
	return defaultRecognizerV.Get(func() *entity.Recognizer { return entity.NewRecognizer() })
}

var defaultRecognizerV lazy.Value[*entity.Recognizer]

// maxText is the longest text FindWith reads (1 GiB): its word offsets are
// kept as int32. A longer text yields no facts.
const maxText = 1 << 30

// FindWith returns the facts of text from results the caller already has
// (see Input), ordered by Start. It validates them and never panics: pieces
// that do not fit text are ignored. Texts longer than 1 GiB yield no facts.
func FindWith(text string, in Input) []Fact {
	if len(text) > maxText {
		return nil // offsets of the lower-case forms are int32
	}
	s := newState(text, in)
	s.run()
	facts := s.result()
	s.release()
	return facts
}

// figure is one amount, percentage or count of the text.
//
// It holds no pointers (no decimals, no text): its value is read from the
// amount, percentage or number it was made of when a fact takes it (see
// figValue), so that the figures of a call are small and their buffer
// holds nothing of the caller's.
type figure struct {
	span      parse.Span
	qualStart int   // start of the qualifier in front, or span.Start
	src       int32 // its index in Input.Amounts, Percents or Numbers (by kind)
	kind      Kind
	unit      parse.Unit // Percent only
	dir       int8       // the direction parse read for a percentage
	year      bool       // a bare number that may be a year
	words     bool       // a count written in words without a scale ("zwei")
	frac      bool       // a number read as a percentage of change: "um ein Viertel", "um 0,1 Punkte" (see numberChanges)
}

// figValue returns the value of figure f, read from the input it was
// made of.
func figValue(f *figure, in *Input) Value {
	var v Value
	var q *parse.Qualifier
	kind := f.kind
	if f.frac {
		kind = Count // read from Input.Numbers (see numberChanges)
	}
	switch kind {
	case Money:
		a := &in.Amounts[f.src]
		v = Value{Kind: Money, Value: a.Value, Span: a.Span, Currency: a.Currency}
		if a.IsRange {
			v.IsRange, v.Max = true, a.Max
			if !a.Min.IsZero() {
				v.Value = a.Min
			}
		}
		q = a.Qual
	case Percent:
		p := &in.Percents[f.src]
		v = Value{Kind: Percent, Value: p.Value, Unit: p.Unit, Span: p.Span, IsRange: p.IsRange, Max: p.Max}
		q = p.Qual
	case Count:
		n := &in.Numbers[f.src]
		v = Value{Kind: Count, Value: n.Value, Span: n.Span, IsRange: n.IsRange, Max: n.Max}
		q = n.Qual
		if f.frac {
			pv := n.Value
			if f.unit == parse.Percent {
				pv = pv.Shift(2) // a fraction: "ein Viertel" is 25 %
			}
			v = Value{Kind: Percent, Value: pv, Unit: f.unit, Span: n.Span}
		}
	default:
		return v
	}
	if q != nil && q.Start >= 0 && q.Start < v.Span.Start {
		v.Approx = q.Approx
	}
	return v
}

func fits(text string, sp parse.Span, t string) bool {
	return sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(text) && text[sp.Start:sp.End] == t
}

// collectFigures merges amounts, percentages and plain numbers into one
// list, ordered by start and not overlapping; amounts and percentages win.
// It appends to figs[:0], reusing its memory; with a capacity of twice the
// figures given, the merge needs no more. A number becomes a figure only
// when it is kept: most numbers lie inside an amount or a percentage.
func collectFigures(figs []figure, text string, in Input) []figure {
	figs = figs[:0]
	for i := range in.Amounts {
		a := &in.Amounts[i]
		if a.Vague || !fits(text, a.Span, a.Text) {
			continue
		}
		f := figure{span: a.Span, qualStart: a.Start, src: int32(i), kind: Money}
		if q := a.Qual; q != nil && q.Start >= 0 && q.Start < a.Start {
			f.qualStart = q.Start
		}
		figs = append(figs, f)
	}
	nA := len(figs)
	for i := range in.Percents {
		p := &in.Percents[i]
		if !fits(text, p.Span, p.Text) {
			continue
		}
		f := figure{span: p.Span, qualStart: p.Start, src: int32(i), kind: Percent, unit: p.Unit}
		switch p.Direction {
		case parse.Up:
			f.dir = 1
		case parse.Down:
			f.dir = -1
		}
		if q := p.Qual; q != nil && q.Start >= 0 && q.Start < p.Start {
			f.qualStart = q.Start
		}
		figs = append(figs, f)
	}
	nP := len(figs)
	// each list is sorted by itself (as the finders return them): a
	// linear merge; amounts win over percentages over numbers at equal
	// spans. Lists out of order are sorted as a whole.
	if !inOrder(figs[:nA]) || !inOrder(figs[nA:nP]) || !numbersInOrder(text, in.Numbers) {
		for i := range in.Numbers {
			if n := &in.Numbers[i]; usableNumber(text, n) {
				figs = append(figs, numberFigure(n, i))
			}
		}
		slices.SortFunc(figs, func(a, b figure) int { return cmpFigures(&a, &b) })
		return dropOverlaps(figs)
	}
	return mergeFigures(figs, nA, text, in.Numbers)
}

// usableNumber reports whether n can be a figure: no ordinal, and it fits
// the text.
func usableNumber(text string, n *parse.Number) bool {
	return !n.Ordinal && fits(text, n.Span, n.Text)
}

// numberChanges reads two kinds of plain numbers after "um" as the
// percentage of a change:
//   - a fraction in words: "sank um ein Viertel" is a fall of 25 %, "um ein
//     Fünftel" 20 %; only fractions whose percentage is exact in two
//     decimals ("ein Drittel" stays a number), and only after "um" ("ein
//     Viertel der Belegschaft" is a part of something, no change);
//   - points before a level in percent: "stieg um 0,1 Punkte auf 6,3
//     Prozent" is a change of 0.1 percentage points (not "um 200 Punkte
//     auf 19.500 Punkte": index points).
func numberChanges(figs []figure, text string, nums []parse.Number) {
	for k := range figs {
		f := &figs[k]
		if f.kind != Count || int(f.src) >= len(nums) {
			continue
		}
		n := &nums[f.src]
		if st := f.qualStart; st < 3 || st > len(text) || text[st-3:st] != "um " && (text[st-3:st] != "Um " || st > 3 && !sentenceGap(text[:st-3])) {
			// "um ein Viertel", and "Um ein Viertel …" opening a sentence;
			// else a fraction before "mehr" or "weniger": "ein Drittel mehr
			// als im Vorjahr"
			if e := n.End; n.Flags&parse.FlagFraction == 0 || e > len(text) ||
				!strings.HasPrefix(text[e:], " mehr ") && !strings.HasPrefix(text[e:], " weniger ") {
				continue
			}
		}
		if n.IsRange || !n.Value.IsPositive() {
			continue
		}
		switch {
		case n.Flags&parse.FlagFraction != 0 && n.Flags&parse.FlagWords != 0:
			if n.Value.GreaterThanOrEqual(decimal.NewFromInt(1)) || !n.Value.Shift(2).Equal(n.Value.Shift(2).Truncate(2)) {
				continue
			}
			f.kind, f.unit, f.frac, f.words = Percent, parse.Percent, true, false
		case pointsToPercent(text, n.End, figs[k+1:]):
			f.kind, f.unit, f.frac = Percent, parse.Point, true
		}
	}
}

// sentenceGap reports whether text ends where a sentence may start: after
// a full stop, question or exclamation mark and blanks, or a line break.
func sentenceGap(text string) bool {
	i := len(text)
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	return i == 0 || text[i-1] == '.' || text[i-1] == '!' || text[i-1] == '?' || text[i-1] == '\n' || text[i-1] == ':'
}

// pointsToPercent reports whether the number ending at end is followed by
// "Punkte" (or "Punkt", "Prozentpunkte" written apart) and " auf " with a
// percentage: "um 0,1 Punkte auf 6,3 Prozent". next are the figures after
// the number.
func pointsToPercent(text string, end int, next []figure) bool {
	rest := text[end:]
	var w string
	for _, p := range [...]string{" Punkte", " Punkten", " Punkt"} {
		if strings.HasPrefix(rest, p) {
			w = p
			break
		}
	}
	if w == "" {
		return false
	}
	after := end + len(w)
	if !strings.HasPrefix(text[after:], " auf ") || len(next) == 0 {
		return false
	}
	g := &next[0]
	return g.kind == Percent && g.unit == parse.Percent && g.qualStart == after+5
}

// numberFigure makes a count figure of n, Input.Numbers[i].
func numberFigure(n *parse.Number, i int) figure {
	f := figure{span: n.Span, qualStart: n.Start, src: int32(i), kind: Count}
	if q := n.Qual; q != nil && q.Start >= 0 && q.Start < n.Start {
		f.qualStart = q.Start
	}
	f.words = n.Flags&parse.FlagWords != 0 && n.Flags&parse.FlagScale == 0
	if n.Flags&(parse.FlagScale|parse.FlagWords|parse.FlagFraction) == 0 && !n.IsRange {
		y, ok := smallInt(n.Value)
		f.year = ok && 1900 <= y && y <= 2100 && !strings.ContainsAny(n.Text, ". ")
	}
	return f
}

// inOrder reports whether figs are ordered by cmpFigures.
func inOrder(figs []figure) bool {
	for i := 1; i < len(figs); i++ {
		if cmpFigures(&figs[i-1], &figs[i]) > 0 {
			return false
		}
	}
	return true
}

// cmpSpans orders spans as cmpFigures orders figures of one kind: by
// start, the longest first.
func cmpSpans(a, b parse.Span) int {
	if a.Start != b.Start {
		return a.Start - b.Start
	}
	return b.End - a.End
}

// numbersInOrder reports whether the usable numbers are ordered as
// cmpFigures orders their figures.
func numbersInOrder(text string, nums []parse.Number) bool {
	prev := -1
	for i := range nums {
		if !usableNumber(text, &nums[i]) {
			continue
		}
		if prev >= 0 && cmpSpans(nums[prev].Span, nums[i].Span) > 0 {
			return false
		}
		prev = i
	}
	return true
}

// dropOverlaps keeps, of figures ordered by cmpFigures, each one that
// starts at or after the end of the one kept before (and is not empty).
func dropOverlaps(figs []figure) []figure {
	out := figs[:0]
	end := -1
	for i := range figs {
		f := &figs[i]
		if f.span.Start < end || f.span.End <= f.span.Start {
			continue
		}
		if len(out) != i {
			out = append(out, *f)
		} else {
			out = out[:i+1]
		}
		end = f.span.End
	}
	return out
}

// cmpFigures orders figures by start, the longest first, then amounts
// before percentages before counts.
func cmpFigures(a, b *figure) int {
	if a.span.Start != b.span.Start {
		return a.span.Start - b.span.Start
	}
	if a.span.End != b.span.End {
		return b.span.End - a.span.End
	}
	return int(a.kind) - int(b.kind)
}

// mergeFigures merges the amounts figs[:nA], the percentages figs[nA:]
// and the usable numbers of nums (each run ordered by cmpFigures) and drops
// overlaps as dropOverlaps does. The result is written behind figs, in its
// spare capacity (else a new slice); a number is made a figure only when
// it is kept.
func mergeFigures(figs []figure, nA int, text string, nums []parse.Number) []figure {
	runs := [2][]figure{figs[:nA], figs[nA:]}
	out := figs[len(figs):] // the spare capacity behind figs, else a new slice
	if need := len(figs) + len(nums); cap(out) < need {
		out = make([]figure, 0, need)
	}
	end := -1
	ni := 0 // the next number
	for {
		best := -1 // the run of the first amount or percentage left
		switch {
		case len(runs[0]) > 0 && (len(runs[1]) == 0 || cmpFigures(&runs[0][0], &runs[1][0]) <= 0):
			best = 0
		case len(runs[1]) > 0:
			best = 1
		}
		// the numbers before it
		for ; ni < len(nums); ni++ {
			n := &nums[ni]
			if !usableNumber(text, n) {
				continue
			}
			if best >= 0 && cmpNumber(n, &runs[best][0]) >= 0 {
				break
			}
			if n.Start >= end && n.End > n.Start {
				out = append(out, numberFigure(n, ni))
				end = n.End
			}
		}
		if best < 0 {
			return out
		}
		if f := &runs[best][0]; f.span.Start >= end && f.span.End > f.span.Start {
			out = append(out, *f)
			end = f.span.End
		}
		runs[best] = runs[best][1:]
	}
}

// cmpNumber is cmpFigures of the figure of number n and f.
func cmpNumber(n *parse.Number, f *figure) int {
	if c := cmpSpans(n.Span, f.span); c != 0 {
		return c
	}
	return int(Count) - int(f.kind)
}

// smallInt returns d as an int64 when it is an integer of at most 18
// digits, without allocating (decimal's IsInteger and Cmp allocate).
func smallInt(d decimal.Decimal) (int64, bool) {
	if d.Sign() == 0 {
		return 0, true
	}
	if d.NumDigits() > 18 {
		return 0, false
	}
	c, e := d.CoefficientInt64(), d.Exponent()
	for ; e < 0; e++ {
		if c%10 != 0 {
			return 0, false
		}
		c /= 10
	}
	for ; e > 0; e-- {
		if c > math.MaxInt64/10 || c < math.MinInt64/10 {
			return 0, false
		}
		c *= 10
	}
	return c, true
}

var scaleWords = []struct {
	w string
	e int32
}{
	{"Billion", 12}, {"Bio", 12}, {"Milliarde", 9}, {"Mrd", 9}, {"Mia", 9}, {"Md", 9}, {"Million", 6}, {"Mio", 6},
	{"Tausend", 3}, {"Tsd", 3},
}

// scaleOf returns 10^e for the scale word written in a figure, zero when
// there is none.
func scaleOf(t string) decimal.Decimal {
	for _, s := range scaleWords {
		if strings.Contains(t, s.w) {
			return decimal.New(1, s.e)
		}
	}
	return decimal.Decimal{}
}
