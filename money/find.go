package money

import (
	"sync"

	"github.com/finanztext/finanztext/internal/lazy"
	"github.com/finanztext/finanztext/parse"
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// Finder finds amounts of money in running text. Build one with
// [NewFinder]; the zero Finder has the defaults too, and so has a nil
// *Finder. A Finder is immutable
// and safe for concurrent use by many goroutines.
type Finder struct {
	cfg config
}

// config holds the settings of a Finder; its zero value is the defaults.
type config struct {
	dollar    currency.Unit // the unit of a bare "Dollar"; USD when unset
	setDollar bool
	noVague   bool
}

// Option configures a [Finder] built by [NewFinder].
type Option func(*config)

// WithDefaultDollar sets the currency of a bare "Dollar" or "$". The
// default is [currency.USD]; the zero currency.Unit restores it. Qualified
// forms ("US-Dollar", "kanadische Dollar", "HK$") are not affected.
func WithDefaultDollar(u currency.Unit) Option {
	return func(c *config) { c.dollar, c.setDollar = u, u != currency.Unit{} }
}

// WithVague sets whether vague amounts ("einige Milliarden Euro",
// "Millionenbetrag") are reported. The default is true. Vague amounts never
// carry a Value.
func WithVague(include bool) Option {
	return func(c *config) { c.noVague = !include }
}

// NewFinder returns a Finder configured by opts (nil options are
// ignored). Without options a bare "Dollar" is USD and vague amounts are
// reported, as with the zero Finder.
func NewFinder(opts ...Option) *Finder {
	f := &Finder{}
	for _, o := range opts {
		if o != nil {
			o(&f.cfg)
		}
	}
	return f
}

func defaultFinder() *Finder {
	return defaultFinderV.Get(func() *Finder { return NewFinder() })
}

var defaultFinderV lazy.Value[*Finder]

// Find returns every amount of money in text, ordered by Start and not
// overlapping, using the default [Finder].
func Find(text string) []Amount {
	return defaultFinder().Find(text)
}

// Find returns every amount of money in text, ordered by Start and not
// overlapping.
func (f *Finder) Find(text string) []Amount {
	if f == nil {
		f = &Finder{}
	}
	return f.collect(text, parse.FindNumbers(text))
}

// FindWith is Find reusing the numerals parse.FindNumbers already found in
// text, so that a caller extracting several kinds of facts scans the
// numerals once. nums should come from parse.FindNumbers(text); the
// numerals are checked against text first, and those that do not fit are
// skipped: a span out of bounds, negative or inverted, a Text that is not
// text[Start:End], a numeral that starts before the end of the one before
// it. A qualifier that does not fit is dropped from its numeral. nums is
// never modified, and FindWith never panics, whatever it is given.
func (f *Finder) FindWith(text string, nums []parse.Number) []Amount {
	if f == nil {
		f = &Finder{}
	}
	return f.collect(text, validNumbers(text, nums))
}

// collect returns the amounts built on nums in a slice of the exact length
// (nil when there are none): they are collected in pooled scratch memory,
// one allocation instead of one per doubling of a growing slice.
func (f *Finder) collect(text string, nums []parse.Number) []Amount {
	p := amountScratch.Get().(*[]Amount)
	if cap(*p) == 0 {
		// one buffer for the amounts of most texts, not a series of
		// doublings of as many size classes (fresh memory in a run on one
		// document: a page fault per page)
		*p = make([]Amount, 0, min(len(nums)/2+8, 256))
	}
	found := f.appendIn((*p)[:0], text, nums, true)
	var out []Amount
	if len(found) > 0 {
		out = make([]Amount, len(found))
		copy(out, found)
	}
	clear(found) // the pool keeps nothing of the caller's
	if cap(found) <= maxScratchAmounts {
		*p = found[:0]
		amountScratch.Put(p)
	}
	return out
}

// amountScratch keeps the scratch slices of FindWith.
var amountScratch = sync.Pool{New: func() any { return new([]Amount) }}

// maxScratchAmounts bounds the scratch slices amountScratch keeps.
const maxScratchAmounts = 1 << 12

// validNumbers returns the numerals of nums that fit text (see FindWith).
// When all fit, nums itself is returned; otherwise a filtered copy.
func validNumbers(text string, nums []parse.Number) []parse.Number {
	prevEnd := 0
	for i := range nums {
		if !numberFits(text, &nums[i], prevEnd) || !qualFits(text, &nums[i], prevEnd) {
			return filterNumbers(text, nums, i)
		}
		prevEnd = nums[i].End
	}
	return nums
}

// filterNumbers copies the numerals of nums that fit text; the first
// bad is the index of the first that does not.
func filterNumbers(text string, nums []parse.Number, bad int) []parse.Number {
	out := make([]parse.Number, 0, len(nums))
	out = append(out, nums[:bad]...)
	prevEnd := 0
	if bad > 0 {
		prevEnd = nums[bad-1].End
	}
	for i := bad; i < len(nums); i++ {
		n := nums[i]
		if !numberFits(text, &n, prevEnd) {
			continue
		}
		if !qualFits(text, &n, prevEnd) {
			n.Qual = nil
		}
		out = append(out, n)
		prevEnd = n.End
	}
	return out
}

// numberFits reports whether n has a span inside text, not before
// prevEnd, whose bytes are n.Text.
func numberFits(text string, n *parse.Number, prevEnd int) bool {
	return prevEnd <= n.Start && n.Start < n.End && n.End <= len(text) && text[n.Start:n.End] == n.Text
}

// qualFits reports whether n's qualifier, if any, lies between prevEnd and
// the numeral and holds its own text.
func qualFits(text string, n *parse.Number, prevEnd int) bool {
	q := n.Qual
	return q == nil || prevEnd <= q.Start && q.Start <= q.End && q.End <= n.Start && text[q.Start:q.End] == q.Text
}

// appendIn appends the amounts of text to out. Vague amounts are looked
// for when vague is set and the Finder reports them.
func (f *Finder) appendIn(out []Amount, text string, nums []parse.Number, vague bool) []Amount {
	c := scanCtx{text: text}
	prevEnd := 0
	for i := 0; i < len(nums); i++ {
		n := &nums[i]
		if n.Start < prevEnd || n.Start < 0 || n.End > len(text) || n.Start >= n.End {
			continue
		}
		out = append(out, Amount{})
		a := &out[len(out)-1]
		last, ok := f.amountAt(&c, nums, i, prevEnd, a)
		if !ok && len(out) >= 2 && bracketAmount(text, &out[len(out)-2], n, a) {
			ok, last = true, i // "3,4 Mrd. Euro (Vorjahr: 3,1 Mrd.)"
		}
		if !ok && f.changeAmount(&c, nums, i, prevEnd, a) {
			ok, last = true, i // "von 52 auf 58 Euro"
		}
		if !ok {
			var b Amount
			if end, l2, ok2 := f.innerBracket(&c, nums, i, a, &b); ok2 {
				// "5,2 (Vorjahr: 4,8) Milliarden Euro": two amounts
				out = append(out, b)
				c.spent = append(c.spent, parse.Span{Start: b.End, End: end})
				prevEnd, i = b.End, l2
				continue
			}
			out = out[:len(out)-1]
			continue
		}
		if len(out) >= 2 {
			dollarCents(&c, &out[len(out)-2], a)
		}
		prevEnd = a.End
		if last > i {
			i = last
		}
	}
	if vague && !f.cfg.noVague {
		out = f.addVague(&c, out, nums)
	}
	return out
}

// dollarCents gives a plain "Cent" the dollar of the amount before it in
// its sentence: "291,6 Millionen US-Dollar, was 21 Cent pro Aktie
// entspricht" is 0.21 USD. A plain "Cent" is the euro's otherwise.
func dollarCents(c *scanCtx, prev, a *Amount) {
	if a.Currency != currency.EUR || a.CurrencySpan.End <= a.CurrencySpan.Start || !isCentWord(c.text[a.CurrencySpan.Start:a.CurrencySpan.End]) {
		return
	}
	if e, ok := dollarUnits[prev.Currency]; !ok || !e || c.sentenceOf(a.Start) != c.sentenceOf(prev.Start) {
		return
	}
	a.Currency = prev.Currency
}

// dollarUnits are the currencies whose hundredth is a "Cent" in German text
// beside the euro's.
var dollarUnits = map[currency.Unit]bool{currency.USD: true, currency.CAD: true, currency.AUD: true,
	currency.NZD: true, currency.HKD: true}

// usableNumeral reports whether n may be the numeral of an amount.
func usableNumeral(text string, n *parse.Number) bool {
	if n.Ordinal {
		return false
	}
	if n.Flags&parse.FlagArticle != 0 && n.Flags&(parse.FlagScale|parse.FlagFraction) == 0 {
		return articleMoney(text, n.End) // "einen Euro" is 1 EUR, "ein Euro-Land" no amount
	}
	if pluralScale(n.Text) || vagueWord(n.Text) {
		return false // "Milliarden" alone: a vague amount, handled apart
	}
	// "H100": a numeral glued to letters is a model name, not a count.
	if letterBefore(text, n.Start) > 0 && !dollarGlued(text, n.Start) {
		return false
	}
	return true
}

// articleMoney reports whether the article ein/eine/einen… ending at end
// counts one unit of the currency right after it ("einen Euro", "ein
// US-Dollar", "ein Cent"): the currency must follow after a space and
// must not be the head of a compound ("ein Euro-Land", "ein
// Dollar-Kredit"), where the article belongs to the compound.
func articleMoney(text string, end int) bool {
	q := skipSpaces(text, end, 1)
	if q == end {
		return false
	}
	cm, ok := currencyAt(text, q)
	if !ok || cm.start != q {
		return false
	}
	return !(cm.end < len(text) && text[cm.end] == '-' && letterAt(text, cm.end+1) > 0)
}

// dollarGlued reports whether a currency code or sign is glued to the
// numeral starting at p ("US$5", "EUR850").
func dollarGlued(text string, p int) bool {
	_, ok := currencyBefore(text, p)
	return ok
}

// afterNumeral returns where a currency may start after a numeral ending
// at end: after up to two spaces, after a price dash (",-", ",–"), or after
// the hyphen of a compound ("40-Milliarden-Euro-Auftrag").
func afterNumeral(text string, end int) int {
	if end < len(text) && text[end] == '-' && letterAt(text, end+1) > 0 {
		return end + 1
	}
	if end+1 < len(text) && (text[end] == ',' || text[end] == '.') {
		j := end + 1
		switch {
		case text[j] == '-':
			j++
			if j < len(text) && text[j] == '-' {
				j++
			}
			return skipSpaces(text, j, 2)
		case j+2 < len(text) && text[j:j+3] == "–":
			return skipSpaces(text, j+3, 2)
		}
	}
	return skipSpaces(text, end, 2)
}

// numCurrency finds the currency written after numeral n: directly, or
// after a scale word parse left out. It returns the currency and the power
// of ten to apply to the value.
func numCurrency(text string, n *parse.Number) (curMatch, int32, bool) {
	p := afterNumeral(text, n.End)
	if p == n.End && p < len(text) && letterAt(text, p) > 0 && n.Flags&parse.FlagWords != 0 {
		return curMatch{}, 0, false // "zweiEuro" is no word boundary
	}
	compound := p > n.End && text[p-1] == '-'
	if cm, ok := currencyAt(text, p); ok {
		return cm, 0, compoundOK(text, cm, compound)
	}
	if _, has := trailingScale(n.Text); !has {
		if exp, se, ok := scaleAt(text, p, false); ok {
			if cm, ok := currencyAt(text, afterNumeral(text, se)); ok {
				return cm, exp, compoundOK(text, cm, false)
			}
		}
	}
	return curMatch{}, 0, false
}

// groupHeads are nouns that make "Euro-…" a word about the currency
// area, not money: "19 Euro-Länder", "die 20 Euro-Staaten".
var groupHeads = [...]string{
	"Land", "Länder", "Staat", "Zone", "Raum", "Gruppe", "Gipfel", "Finanzminister",
	"Mitglied", "Partner", "Krise", "Kurs", "Notenbank", "Titel", "Meister",
}

// compoundOK reports whether a currency followed by a hyphen still makes
// an amount. After a compound numeral ("40-Milliarden-Euro-Auftrag") it
// does; after a space, a code joined to a word ("3 DM-Titel") does not,
// nor a name joined to a word about the currency area ("19 Euro-Länder").
func compoundOK(text string, cm curMatch, compound bool) bool {
	if cm.end >= len(text) || text[cm.end] != '-' || letterAt(text, cm.end+1) == 0 || compound {
		return true
	}
	if isUpperASCII(text[cm.start:cm.end]) {
		return false
	}
	rest := nfc(text[cm.end+1 : wordEnd(text, cm.end+1)])
	for _, h := range groupHeads {
		if len(rest) >= len(h) && rest[:len(h)] == h {
			return false
		}
	}
	return true
}

// amountAt tries to build an amount around nums[i] in *a (which is
// zero). It returns the index of the last numeral it used.
func (f *Finder) amountAt(c *scanCtx, nums []parse.Number, i, prevEnd int, a *Amount) (int, bool) {
	text := c.text
	n := &nums[i]
	if !usableNumeral(text, n) {
		return i, false
	}
	lo, hi := n.Value, n.Max
	isRange := n.IsRange
	start, end := n.Start, n.End
	last := i

	cm, exp, ok := numCurrency(text, n)
	before := false
	if ok {
		end = cm.end
	} else if cb, ok2 := currencyBefore(text, n.Start); ok2 && cb.start >= prevEnd {
		cm, ok, before = cb, true, true
		start = cb.start
		if _, has := trailingScale(n.Text); !has {
			// "$1.5 billion", "€ 2,5 Mio" without the dot
			q := skipSpaces(text, n.End, 1)
			if e, se, ok3 := scaleAt(text, q, false); ok3 {
				exp, end = e, se
			} else if e, se, ok3 := scaleAt(text, q, true); ok3 && cb.e.fam == famDollar {
				exp, end = e, se
			}
		}
	} else if i+1 < len(nums) {
		return f.rangeAt(c, nums, i, prevEnd, a)
	}
	if !ok {
		return i, false
	}
	if exp != 0 {
		lo = lo.Shift(exp)
		if isRange {
			hi = hi.Shift(exp)
		}
	}
	if cm.e.minor {
		lo = lo.Shift(-2)
		hi = hi.Shift(-2)
	}
	*a = Amount{
		Span:         parse.Span{Start: start, End: end},
		Value:        lo,
		Qual:         n.Qual,
		CurrencySpan: parse.Span{Start: cm.start, End: cm.end},
	}
	if isRange {
		a.IsRange, a.Min, a.Max = true, lo, hi
	}
	if before && a.Qual == nil {
		a.Qual = qualifierBefore(text, start, prevEnd)
	}
	a.Currency, a.HasCurrency = f.unitOf(c, cm)
	if !before && !isRange && !cm.e.minor && n.Flags&parse.FlagCompound == 0 {
		if v, e2, l2, ok := centsAfter(text, nums, i, cm); ok {
			a.Value, a.End, last = a.Value.Add(v), e2, l2
		}
	}
	a.Text = text[a.Start:a.End]
	a.Per, a.PerSpan = perAfter(text, a.End)
	return last, true
}

// unitOf resolves the unit of a currency match.
func (f *Finder) unitOf(c *scanCtx, cm curMatch) (currency.Unit, bool) {
	if cm.adj {
		return cm.adjUnit, true
	}
	switch cm.e.res {
	case resDollar:
		if f.cfg.setDollar {
			return f.cfg.dollar, true
		}
		return currency.USD, true
	case resSentence:
		return c.countryOf(cm.start, cm.e.fam)
	case resDefault:
		if cm.e.fam == famRupie {
			if u, ok := c.countryOf(cm.start, cm.e.fam); ok {
				return u, true
			}
		}
	}
	return cm.e.unit, true
}

// rangeAt builds a range whose currency is written once, after the second
// numeral, when parse returned the ends as two numerals: "20 bis 25
// Milliarden Euro", "12 Mrd. bis 13 Mrd. Euro", "zwischen 5 und 6 Mio. €".
// A scale written only at the upper end distributes to the lower one.
func (f *Finder) rangeAt(c *scanCtx, nums []parse.Number, i, prevEnd int, a *Amount) (int, bool) {
	text := c.text
	n, m := &nums[i], &nums[i+1]
	if n.IsRange || m.IsRange || m.Ordinal || m.Start < n.End || m.End > len(text) || !usableNumeral(text, m) {
		return i, false
	}
	start := n.Start
	gap := text[n.End:m.Start]
	switch trimSpaces(gap) {
	case "bis", "-", "–", "—":
	case "und":
		ws := n.Start - spaceBefore(text, n.Start)
		if ws < 8 || text[ws-8:ws] != "zwischen" || wordCharBefore(text, ws-8) {
			return i, false
		}
		start = ws - 8
	default:
		return i, false
	}
	if start < prevEnd {
		return i, false
	}
	cm, exp, ok := numCurrency(text, m)
	if !ok {
		return i, false
	}
	lo, hi := n.Value, m.Value
	if _, has := trailingScale(n.Text); !has {
		if e, has := trailingScale(m.Text); has {
			lo = lo.Shift(e)
		}
	}
	if exp != 0 {
		lo, hi = lo.Shift(exp), hi.Shift(exp)
	}
	if cm.e.minor {
		lo, hi = lo.Shift(-2), hi.Shift(-2)
	}
	if lo.GreaterThan(hi) {
		return i, false
	}
	*a = Amount{
		Span:         parse.Span{Start: start, End: cm.end},
		Value:        lo,
		Min:          lo,
		Max:          hi,
		IsRange:      true,
		Qual:         n.Qual,
		CurrencySpan: parse.Span{Start: cm.start, End: cm.end},
	}
	a.Currency, a.HasCurrency = f.unitOf(c, cm)
	a.Text = text[a.Start:a.End]
	a.Per, a.PerSpan = perAfter(text, a.End)
	return i + 1, true
}

func trimSpaces(s string) string {
	for len(s) > 0 {
		if n := spaceAt(s, 0); n > 0 {
			s = s[n:]
			continue
		}
		break
	}
	for len(s) > 0 {
		if n := spaceBefore(s, len(s)); n > 0 {
			s = s[:len(s)-n]
			continue
		}
		break
	}
	return s
}

// centsAfter reads the cents written after a currency name: "zwei Euro
// fünfzig", "13 Euro und 45 Cent". It returns the value to add, the new
// end of the amount and the index of the numeral used.
func centsAfter(text string, nums []parse.Number, i int, cm curMatch) (decimal.Decimal, int, int, bool) {
	if i+1 >= len(nums) || cm.e.res == resDollar && cm.end-cm.start == 1 {
		return decimal.Decimal{}, 0, 0, false
	}
	m := &nums[i+1]
	if m.IsRange || m.Ordinal || m.Flags&(parse.FlagScale|parse.FlagFraction|parse.FlagSigned) != 0 || m.Start < cm.end {
		return decimal.Decimal{}, 0, 0, false
	}
	gap := trimSpaces(text[cm.end:m.Start])
	if gap != "" && gap != "und" {
		return decimal.Decimal{}, 0, 0, false // checked first: the decimal tests below allocate
	}
	if letterAt(text, cm.start) == 0 {
		return decimal.Decimal{}, 0, 0, false // "5 € 50" is not written that way
	}
	if !m.Value.IsInteger() || m.Value.Sign() <= 0 || m.Value.IntPart() > 99 {
		return decimal.Decimal{}, 0, 0, false
	}
	cents := m.Value.Shift(-2)
	switch gap {
	case "":
		if m.Start == cm.end {
			return decimal.Decimal{}, 0, 0, false
		}
		// "zwei Euro fünfzig": two digits or words, then no noun.
		if m.Flags&parse.FlagDigits != 0 && len(m.Text) != 2 {
			return decimal.Decimal{}, 0, 0, false
		}
		q := skipSpaces(text, m.End, 1)
		if wordChar(text, m.End) || q > m.End && q < len(text) && (isUpperLetterAt(text, q) || text[q] >= '0' && text[q] <= '9') {
			return decimal.Decimal{}, 0, 0, false
		}
		if q > m.End {
			if _, _, ok := nameAt(text, q); ok {
				return decimal.Decimal{}, 0, 0, false
			}
		}
		return cents, m.End, i + 1, true
	case "und":
		// "13 Euro und 45 Cent"
		q := skipSpaces(text, m.End, 1)
		if q == m.End {
			return decimal.Decimal{}, 0, 0, false
		}
		e, end, ok := nameAt(text, q)
		if !ok || !e.minor || cm.e.res == resSentence {
			return decimal.Decimal{}, 0, 0, false
		}
		// "13 Euro und 45 Cent"; a plain "Cent" is the hundredth of the
		// dollar before it too: "15 Dollar und 15 Cent" is 15.15 dollars
		if e.unit != cm.e.unit && !(cm.e.fam == famDollar && isCentWord(text[q:end])) {
			return decimal.Decimal{}, 0, 0, false
		}
		return cents, end, i + 1, true
	}
	return decimal.Decimal{}, 0, 0, false
}

// isCentWord reports whether w is the plain word "Cent" (any case, plural
// too), which names the hundredth of a euro or of a dollar.
func isCentWord(w string) bool {
	switch w {
	case "Cent", "Cents", "cent", "cents", "CENT", "CENTS":
		return true
	}
	return false
}

// isUpperLetterAt reports whether an upper-case letter starts at i.
func isUpperLetterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	b := text[i]
	if b < 0x80 {
		return 'A' <= b && b <= 'Z'
	}
	switch {
	case len(text)-i >= 2 && (text[i:i+2] == "Ä" || text[i:i+2] == "Ö" || text[i:i+2] == "Ü"):
		return true
	}
	return false
}

// perUnit reports whether w is one of the lower-case unit words accepted
// after "je"/"pro". (Switches here and for the other small word sets of
// the package: nothing is built at start.)
func perUnit(w string) bool {
	switch w {
	case "kg", "t", "l", "g", "m", "km", "qm":
		return true
	}
	return false
}

// perAfter reads "je Aktie" / "pro Barrel" after an amount ending at end.
func perAfter(text string, end int) (string, parse.Span) {
	p := skipSpaces(text, end, 1)
	if p == end {
		return "", parse.Span{}
	}
	var l int
	switch {
	case hasWordAt(text, p, "je"):
		l = 2
	case hasWordAt(text, p, "pro"):
		l = 3
	default:
		return "", parse.Span{}
	}
	q := skipSpaces(text, p+l, 1)
	if q == p+l || letterAt(text, q) == 0 {
		return "", parse.Span{}
	}
	we := wordEnd(text, q)
	for we+1 < len(text) && text[we] == '-' && letterAt(text, we+1) > 0 {
		we = wordEnd(text, we+1) // "Brent-Barrel"
	}
	if we-q > 64 || wordChar(text, we) {
		return "", parse.Span{}
	}
	w := text[q:we]
	if !isUpperLetterAt(text, q) && !perUnit(w) {
		return "", parse.Span{}
	}
	return w, parse.Span{Start: q, End: we}
}
