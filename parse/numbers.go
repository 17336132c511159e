package parse

import (
	"math"
	"sync"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// NumberFinder finds numerals in running German text. The zero value is
// ready to use and gives the defaults of [FindNumbers]; [NewNumberFinder]
// with [WithDateParts] or [WithLimit] builds one with opt-ins. A
// NumberFinder is a plain value: safe for concurrent use, and never
// changed by its methods.
//
// # Digits
//
// A dot groups thousands and a comma marks decimals: "1.234" is 1234,
// "4,800" is 4.8. After a first group of one to three digits every group has
// exactly three digits, with one kind of separator throughout: '.', a space
// (U+0020, U+00A0, U+202F, U+2009) or the Swiss apostrophe (' or ’, then '.'
// is the decimal point: "1'250.50"). A space group is taken only when each
// group after the first has exactly three digits ("2024 500" is two
// numbers). A malformed token ("1.2.3,4", "12.34.567", "2,109,998", "3.14")
// is skipped as a whole, never read as a guess. Only right before a percent
// unit (%, Prozent, Prozentpunkte) is a dot followed by one or two digits a
// decimal point: "28.56 %", "3.5 Prozent", "2.5–3.5 %"; "1.099 %" is still
// 1099 %. A sign (+ - −) counts when it
// does not follow a letter or digit; "minus" or "negativ" before a numeral
// is part of it.
// "5,-" is 5. A plain integer with a leading zero ("030", "Mainz 05") is a
// code, not a quantity.
//
// # Words
//
// Number words are read compounded and inflected, in any case, with ss for ß
// and ae/oe/ue for umlauts, soft hyphens and decomposed umlauts (NFD) inside,
// up to 10²⁷ ("Quadrilliarde"): "dreiundzwanzig", "achtzehnhundertzwölf",
// "zwei Milliarden dreihundert Millionen" (one Number), "drei hundert neun
// und achtzig". Only whole words count: "Einheit", "Dreieck", "Zweifel",
// "dreimal" hold no number, "Tausende", "Dutzende" and a plural scale word
// alone ("Millionen Menschen") are vague and skipped. A capitalized cardinal
// inside a sentence is a noun or a name, not a number ("die deutsche Elf",
// "außer Acht", "Claudia Tausend"); at the start of a sentence, after a
// colon, an opening quote or a dateline dash, and in a hyphen compound
// ("an der Fünf-Prozent-Hürde") it counts. After "Komma" the words or digits
// are decimal digits ("eins Komma fünf" = 1.5).
//
// # Articles, null and kein
//
// ein, eine, einer, einem, einen, eines are numbers only when they
// quantify: before a scale word ("eine Milliarde"), a fraction or
// "Dutzend" ("ein Drittel", "ein halbes Dutzend"), "halb" ("eine halbe
// Milliarde"), a unit of percentages (Prozent, Prozentpunkt, Basispunkt,
// Promille), a currency name or symbol ("einen Euro", "ein US-Dollar"), or
// when the text is nothing but that word. "ein Jahr", "ein Sprecher", "eine
// der Banken" hold no number: counting nouns are left out on purpose, for
// precision. Before a plural scale word the article counts something else
// ("ein Milliarden-Dollar-Deal", "eine Milliarden-Investition"): no number. "eins" is always 1. "null" is 0 before such a noun, after "auf",
// "bei", "gegen", "um", "von", or as the whole text; kein/keiner/keinen only
// as the whole text or before "Prozent".
//
// # Scales, fractions, ordinals
//
// A scale word after the numeral (Tsd., Tausend, Mio., Million(en), Mrd.,
// Md., Mia., Milliarde(n), Bio., Billion(en) = 10¹², Billiarde(n) = 10¹⁵, with
// or without the dot, or joined by a hyphen: "250-Milliarden") is part of the
// span and sets FlagScale. halb, anderthalb, eineinhalb, zweieinhalb, Drittel,
// Viertel … Tausendstel (also after digits: "3 Viertel"), the characters
// ½ ¼ ¾ ⅓ ⅔ (alone or glued to digits: "1½") and Dutzend set FlagFraction; a fraction that is not
// a finite decimal is rounded half-up to 20 digits after the point ("ein
// Drittel" = 0.33333333333333333333). Ordinals are never scaled and carry no
// qualifier: ordinal words ("erste", "siebente", "dreiundzwanzigsten"),
// digits with a suffix ("4ter"), and "N." followed by a lower-case word
// ("3. größte"), glued to a word ("2.Weltkrieg"), or followed by a
// capitalized word after a determiner ("im 3. Quartal", "der 2. Platz",
// at most three digits). Otherwise the dot ends a sentence: "seit 2019. Die"
// is the number 2019. "1.1." and "1.1" are no ordinals.
//
// # Ranges and qualifiers
//
// "A bis B", "A–B" or "A-B" between digits, and "zwischen A und B" make one
// Number with IsRange, Value A and Max B, spanning both ends (not
// "zwischen"). The scale of the upper end distributes to the lower end only
// when the lower end has no scale and is smaller: "12 bis 13 Mrd." is 12·10⁹
// to 13·10⁹, "500 bis 1 Mrd." is 500 to 10⁹. An article counts as the lower
// end before a number word: "ein bis zwei Prozent" is 1 to 2. A range whose lower end exceeds
// the upper is no range. A qualifier in front (rund, rd., etwa, ca., circa,
// zirka, ungefähr, fast, beinahe, nahezu, annähernd → About; knapp →
// JustUnder ("knapp 19 Mrd.": a little less); gut → JustOver ("gut 19 Mrd.":
// a little more);
// über, mehr als → MoreThan; unter, weniger als → LessThan; bis zu,
// höchstens, maximal → AtMost; mindestens, wenigstens → AtLeast) is reported
// in Qual with its own span, outside the Number's span. After an amount
// noun "über" names the amount itself: "ein Auftrag über 40 Millionen Euro"
// has no qualifier.
//
// # Not numbers
//
// Digits glued to letters or codes ("H100", "A380", "B2B", "COVID-19",
// "Windows11", ISINs, "5G", "100k"), parts of URLs, paths and e-mail
// addresses, phone numbers, dates ("3.5.2025", "2025-05-03", "am 3. Mai",
// "3. Mai 2025"), clock times ("14:30", "14.30 Uhr", "14 Uhr", "zwölf
// Uhr"), scores ("1:0") and fiscal years ("2024/25") are skipped;
// [WithDateParts] reports the parts of dates and times instead. A numeral right
// after a capitalized word and a slash outside a URL or path counts, as in
// the press code "(31/Bochum/1,5 Mio. Euro …)". A year standing alone
// ("2025", "im Mai 2025") is a number. Vague counts are no numbers:
// "Tausende", "Dutzende", and "hundert" or "tausend" after a quantifier
// ("mehrere tausend Euro", "einige Hundert Gäste").
type NumberFinder struct {
	cfg numberConfig
}

// numberConfig holds the settings of a NumberFinder.
type numberConfig struct {
	dateParts bool
	limit     int
}

// NumberOption configures a [NumberFinder] built by [NewNumberFinder].
type NumberOption func(*numberConfig)

// WithDateParts sets whether the digit parts of dates and clock times are
// reported as plain numbers: "3.5.2025" gives 3, 5 and 2025, "14:30" gives
// 14 and 30, the day in "am 3. Mai" is an ordinal 3. By default (false)
// dates and times are skipped; a year standing alone, "2025", is always a
// number.
func WithDateParts(on bool) NumberOption {
	return func(c *numberConfig) { c.dateParts = on }
}

// WithLimit stops the scan once n numerals are found, so that a caller who
// needs only the first few ("is this exactly one numeral?") does not pay
// for the rest of a long text. Zero or a negative n means no limit, the
// default.
func WithLimit(n int) NumberOption {
	return func(c *numberConfig) { c.limit = max(n, 0) }
}

// NewNumberFinder returns a NumberFinder configured by opts. Without
// options it is the zero NumberFinder, the defaults of [FindNumbers].
func NewNumberFinder(opts ...NumberOption) NumberFinder {
	var f NumberFinder
	for _, o := range opts {
		if o != nil {
			o(&f.cfg)
		}
	}
	return f
}

// FindNumbers returns every numeral in text, ordered by Start and not
// overlapping. It is NumberFinder{}.Find(text); see [NumberFinder.Find] for
// what counts as a numeral.
func FindNumbers(text string) []Number {
	return NumberFinder{}.Find(text)
}

// Find returns every numeral in text, ordered by Start and not overlapping.
// Each Number's Span covers the numeral with its scale word ("34,9
// Milliarden", "1,2 Bio."); a qualifier in front ("rund", "mehr als") has
// its own span in Qual and is not part of the Number's span. A range ("20
// bis 25", "20–25", "zwischen 20 und 25") is one Number with IsRange set,
// Value the lower and Max the upper end, spanning both ends.
//
// Not reported: malformed digit groups ("1.2.3,4", "12.34.567"), digits
// attached to letters ("H100", "COVID-19", "B2B", ISINs), parts of URLs and
// e-mail addresses, dates and clock times (unless [WithDateParts] is set), the
// article ein/eine/… when it does not quantify ("ein Plus", "eine der
// Banken"), and a capitalized number word used as a surname ("Claudia
// Tausend"). See the package documentation for the rules.
//
// Find runs in time linear in len(text); it allocates the result and one
// decimal per numeral, nothing per input byte.
func (f NumberFinder) Find(text string) []Number {
	// The numerals are collected in pooled scratch memory and returned in
	// a slice of the exact length: one allocation instead of one per
	// doubling of a growing slice.
	p := numScratch.Get().(*[]Number)
	if cap(*p) == 0 {
		// one buffer for the numerals of most texts (news text names
		// about 2 to 10 per KB), not a series of doublings, each of a
		// size class of its own: fresh memory, a page fault per page, in
		// a run on one document
		*p = make([]Number, 0, min(len(text)/128+16, 256))
	}
	found := f.Append((*p)[:0], text)
	var out []Number
	if len(found) > 0 {
		out = make([]Number, len(found))
		copy(out, found)
	}
	clear(found) // the pool keeps no values or qualifiers of the caller's
	if cap(found) <= maxScratchNumbers {
		*p = found[:0]
		numScratch.Put(p)
	}
	return out
}

// numScratch keeps the scratch slices of NumberFinder.Find.
var numScratch = sync.Pool{New: func() any { return new([]Number) }}

// maxScratchNumbers bounds the scratch slices numScratch keeps.
const maxScratchNumbers = 1 << 12

// Append appends the numerals of text to dst and returns the extended
// slice, as [NumberFinder.Find] would return them.
func (f NumberFinder) Append(dst []Number, text string) []Number {
	s := numScanner{text: text, f: f}
	stop := math.MaxInt
	if f.cfg.limit > 0 && f.cfg.limit <= math.MaxInt-len(dst) {
		stop = len(dst) + f.cfg.limit
	}
	for i := 0; i < len(text) && len(dst) < stop; {
		c := text[i]
		switch {
		case numIsDigit(c):
			var ok bool
			dst, i, ok = s.atDigits(dst, i, i)
			if !ok {
				i = s.skipAt(i)
			}
		case c == '+' || c == '-':
			if i+1 < len(text) && numIsDigit(text[i+1]) && s.signOK(i) {
				var ok bool
				dst, i, ok = s.atDigits(dst, i, i+1)
				if ok {
					continue
				}
			}
			if i+1 < len(text) && text[i+1] == ',' && s.signOK(i) {
				if out, end, ok := s.atLeadingComma(dst, i, i+1); ok {
					dst, i = out, end
					continue
				}
			}
			if n := dst; i+2 < len(text) && text[i+1] == ' ' && numIsDigit(text[i+2]) && numSkipSpaceAllBack(text, i) == 0 {
				// "- 1.200.000" standing alone: a sign set apart
				if out, end, ok := s.atDigits(dst, i, i+2); ok && len(out) == len(n)+1 && s.wholeText(i, out[len(n)].End) {
					dst, i = out, end
					continue
				}
				dst = n
			}
			i++
		case (c == 0xC2 || c == 0xE2) && s.vulgarAt(i):
			var ok bool
			dst, i, ok = s.atVulgar(dst, i)
			if !ok {
				i++
			}
		case c == 0xE2:
			// U+2212 MINUS SIGN
			if i+3 < len(text) && text[i+1] == 0x88 && text[i+2] == 0x92 && numIsDigit(text[i+3]) && s.signOK(i) {
				var ok bool
				dst, i, ok = s.atDigits(dst, i, i+3)
				if ok {
					continue
				}
			}
			if i+2 < len(text) && text[i+1] == 0x80 && text[i+2]&0xC0 == 0x80 {
				i += 3 // punctuation U+2000…U+203F: quotes, dashes, spaces
				continue
			}
			i++
		case c < 0x80 && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'):
			if c == ',' && i+1 < len(text) && numIsDigit(text[i+1]) && (i == 0 || s.signOK(i)) {
				var ok bool
				if dst, i, ok = s.atLeadingComma(dst, i, i); !ok { // ",77"
					i = s.skipAt(i + 1)
				}
				continue
			}
			i++
		default:
			// a word (or a non-ASCII non-letter)
			if c >= 0x80 {
				if isL, n := numLetterAt(text, i); !isL {
					i += n
					continue
				}
			}
			we := numWordEnd(text, i)
			if we < len(text) && numIsDigit(text[we]) {
				i = numAlnumEnd(text, we) // "H100", "Windows11"
				continue
			}
			if numWordCandidate(text, i, we) || we-i >= 7 && we-i <= 9 && (c|0x20 == 'm' || c|0x20 == 'b') && s.wholeText(i, we) { // "Million" alone
				var ok bool
				dst, i, ok = s.atWord(dst, i, we)
				if ok {
					continue
				}
			}
			i = we
		}
	}
	if len(dst) > stop {
		dst = dst[:stop] // a date gives its parts at once
	}
	return dst
}

// numScanner carries the text and the options through one scan.
type numScanner struct {
	text  string
	f     NumberFinder
	quals []Qualifier // a slab the qualifiers of the numbers found point into
}

// newQual returns a pointer to a copy of q. The qualifiers of one scan
// share slabs of growing size instead of one allocation each; a slab is
// never appended to beyond its capacity, so earlier pointers stay valid.
func (s *numScanner) newQual(q Qualifier) *Qualifier {
	if len(s.quals) == cap(s.quals) {
		s.quals = make([]Qualifier, 0, min(max(4, 2*cap(s.quals)), 256))
	}
	s.quals = append(s.quals, q)
	return &s.quals[len(s.quals)-1]
}

// numCore is one numeral without qualifier and range: digits or words,
// possibly with a scale word.
type numCore struct {
	start, end int
	val        decimal.Decimal
	scaleExp   int32 // exponent of the scale word, 0 when none
	flags      NumberFlags
	ordinal    bool
	words      bool
	// unscaled is the value before the scale word when it is not
	// val/10^scaleExp ("eine halbe Milliarde"); see unscaledValue.
	unscaled    decimal.Decimal
	hasUnscaled bool
}

// unscaledValue returns the value before the scale word: "13" for "13
// Mrd.". It is derived from val when needed, so that the common numeral
// costs one decimal, not two.
func (c *numCore) unscaledValue() decimal.Decimal {
	switch {
	case c.hasUnscaled:
		return c.unscaled
	case c.scaleExp == 0:
		return c.val
	}
	return c.val.Shift(-c.scaleExp)
}

// signOK reports whether a sign character at i may start a signed number:
// it must not follow a letter, digit or another sign ("COVID-19", "2025-26").
func (s *numScanner) signOK(i int) bool {
	if i == 0 {
		return true
	}
	c := s.text[i-1]
	switch c {
	case ' ', '\t', '\n', '\r', '(', '[', '"':
		return true
	}
	if c >= 0x80 {
		// NBSP, thin space, opening quotes
		if numSkipSpaceBack(s.text, i) < i {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(s.text[:i])
		return r == '„' || r == '“' || r == '»' || r == '«' || r == '‚'
	}
	return false
}

// skipAt returns where to go on after a digit at i that gave no numeral:
// past the whole digit/separator/letter run.
func (s *numScanner) skipAt(i int) int {
	t := s.text
	j := numTokenEnd(t, i)
	for j < len(t) {
		switch {
		case numIsDigit(t[j]):
			j = numTokenEnd(t, j)
		case (t[j] == ':' || t[j] == '/' || t[j] == '-' || t[j] == '.' || t[j] == '_' || t[j] == '@') && j+1 < len(t) && numIsDigit(t[j+1]):
			j++
		default:
			if ok, _ := numLetterAt(t, j); ok {
				j = numAlnumEnd(t, j)
				continue
			}
			return max(j, i+1)
		}
	}
	return max(j, i+1)
}

// digitsPrefixOK reports whether digits may start at ds (after an optional
// sign at ss): not glued to a letter, a code or a URL.
func (s *numScanner) digitsPrefixOK(ss, ds int) bool {
	t := s.text
	if ss == 0 {
		return true
	}
	if numLetterBefore(t, ss, true) {
		return false
	}
	switch t[ss-1] {
	case '/':
		return numSlashWordBefore(t, ss-1) // "(31/Bochum/1,5 Mio. Euro)"
	case '@', '_', '#', '=', '&', '?', '~', '\\', '%':
		return false
	case '.', ',', ':', '-':
		// "www.x.5", "Seite-3", "COVID-19", "v1.2"
		if ss >= 2 && (numLetterBefore(t, ss-1, true)) {
			return false
		}
		if t[ss-1] == '-' && ss == ds && !(ss >= 3 && t[ss-3:ss-1] == "+/") {
			return false // a digit right after a hyphen with no sign role; "+/-0,5" is a tolerance
		}
	}
	return true
}

// atDigits handles a digit numeral whose sign (if any) starts at ss and
// digits at ds. It returns the new scan position and whether a numeral (or
// a skip) was handled.
func (s *numScanner) atDigits(dst []Number, ss, ds int) ([]Number, int, bool) {
	t := s.text
	if !s.digitsPrefixOK(ss, ds) {
		return dst, s.skipAt(ds), true
	}
	if s.f.cfg.dateParts && ss == ds {
		if out, end, ok := s.dateParts(dst, ds); ok {
			return out, end, true
		}
	}
	c, ok, skip := s.digitsCore(ss, ds)
	if !ok {
		if skip > ds {
			return dst, skip, true
		}
		return dst, ds, false
	}
	s.kommaAfter(&c)
	n := Number{Span: Span{c.start, c.end}, Value: c.val, Ordinal: c.ordinal, Flags: c.flags}
	end := c.end
	if !c.ordinal {
		if s.rangeAfter(&c, &n) {
			end = n.End
		} else if end+1 < len(t) && t[end] == '-' && numIsDigit(t[end+1]) {
			return dst, s.skipAt(ds), true // "2025-05-03", "030-12345"
		}
	}
	n.Text = t[n.Start:n.End]
	if !n.Ordinal {
		n.Qual = s.qualBefore(n.Start)
	}
	return append(dst, n), end, true
}

// digitsCore parses a digit numeral with sign, ordinal dot and scale word.
// skip > 0 tells where to continue when the digits are not a numeral.
func (s *numScanner) digitsCore(ss, ds int) (c numCore, ok bool, skip int) {
	t := s.text
	d := scanDigits(t, ds)
	if d.err != nil {
		pd, ok := pointPercentDigits(t, ds) // "28.56 %", "1.5 billion"
		if !ok {
			return c, false, max(s.skipAt(ds), d.end)
		}
		d = pd
	}
	e := d.end
	neg := ss < ds && t[ss] != '+'
	c.start, c.end = ss, e
	c.flags = FlagDigits
	if ss < ds {
		c.flags |= FlagSigned
	}
	// what follows the digits
	if e < len(t) {
		switch t[e] {
		case ':', '/':
			if e+1 < len(t) && numIsDigit(t[e+1]) {
				if t[e] == '/' && d.plain && !s.f.cfg.dateParts {
					if num, den, fe, ok := s.slashFraction(ds, e); ok { // "1/2", "3/4"
						c.end = fe
						c.flags |= FlagFraction
						c.val = decimal.New(num, 0).DivRound(decimal.New(den, 0), 20)
						if neg {
							c.val = c.val.Neg()
						}
						if exp, se := s.scaleAfter(fe); se > fe {
							c.val, c.scaleExp, c.end = c.val.Shift(exp), exp, se
							c.flags |= FlagScale
						}
						return c, true, 0
					}
				}
				return c, false, s.skipDate(ds) // 14:30, 2024/25
			}
		case '-':
			if e+1 < len(t) && numIsDigit(t[e+1]) && ss < ds {
				return c, false, s.skipAt(ds)
			}
		case '@', '_':
			return c, false, s.skipAt(ds)
		case ',':
			// "5,-" and "5,–" (German price style): the dash belongs to the numeral
			if d.plain || !d.decMark {
				if e+1 < len(t) && t[e+1] == '-' {
					c.end = e + 2
					e = c.end
				} else if e+3 < len(t) && t[e+1] == 0xE2 && t[e+2] == 0x80 && t[e+3] == 0x93 {
					c.end = e + 4
					e = c.end
				}
			}
		}
		if ok, _ := numLetterAt(t, e); ok {
			we := numWordEnd(t, e)
			// "3bn", "2.1bn" (English scale abbreviations glued to the
			// digits); "100K", "3M" only when the numeral is the whole text
			if exp := numGluedScale(t, e, we, s.wholeText(ss, we)); exp != 0 && !(we < len(t) && numIsDigit(t[we])) {
				c.end = we
				c.scaleExp = exp
				c.flags |= FlagScale
				c.val = d.value(t, ds, exp, neg)
				return c, true, 0
			}
			// "4ter", "3te": an ordinal written with a suffix
			if d.plain && ss == ds && we < len(t)+1 && !(we < len(t) && numIsDigit(t[we])) {
				var b numWordBuf
				if numFold(&b, t, e, we) {
					switch b.str() {
					case "te", "ten", "ter", "tes", "tem", "ste", "sten", "ster", "stes", "stem":
						c.end = we
						c.ordinal = true
						c.val = d.value(t, ds, 0, false)
						return c, true, 0
					}
				}
			}
			return c, false, s.skipAt(ds) // "5G", "100k", "3M"
		}
	}
	// "030 1234", "Mainz 05": a leading zero marks a code, not a quantity
	if d.plain && d.ndig > 1 && t[ds] == '0' && !s.wholeText(ss, e) {
		// skip the rest of a phone number too: "030 1234 5678"
		j := s.skipAt(ds)
		for k := 0; k < 8; k++ {
			sp := numSkipSpace(t, j)
			if sp == j || sp >= len(t) || !numIsDigit(t[sp]) {
				break
			}
			j = s.skipAt(sp)
		}
		return c, false, j
	}
	// clock time "14 Uhr", "14.30 Uhr" is malformed anyway
	if d.plain && d.nint <= 2 && s.followedByWord(e, "uhr") && !s.f.cfg.dateParts {
		return c, false, numWordEnd(t, numSkipSpace(t, e))
	}
	// ordinal "3." before a noun, or a date "3. Mai"
	if d.plain && ss == ds && e < len(t) && t[e] == '.' && d.nint <= 4 {
		kind := s.ordinalAfterDot(ds, e)
		switch kind {
		case numDotSkip:
			return c, false, numAlnumEnd(t, e+1)
		case numDotDate:
			if !s.f.cfg.dateParts {
				return c, false, s.skipDayMonth(e)
			}
			fallthrough
		case numDotOrdinal:
			c.end = e + 1
			c.ordinal = true
			c.val = d.value(t, ds, 0, false)
			return c, true, 0
		}
	}
	// a vulgar fraction glued to the digits: "1½"
	if d.plain {
		var num, den int64
		var n int
		if numVulgarLead(t, e) {
			num, den, n = numVulgarAt(t, e)
		}
		if n > 0 {
			v := d.value(t, ds, 0, false).Add(decimal.New(num, 0).DivRound(decimal.New(den, 0), 20))
			if neg {
				v = v.Neg()
			}
			c.end = e + n
			c.flags |= FlagFraction
			c.val = v
			if exp, se := s.scaleAfter(c.end); se > c.end { // "1½ Mio."
				c.val, c.scaleExp, c.end = c.val.Shift(exp), exp, se
				c.flags |= FlagScale
			}
			return c, true, 0
		}
		// a fraction after a blank: "2 1/2" is 2.5, "3 ¾" 3.75
		if k := e + numSpaceSep(t, e); k > e && k < len(t) && d.ndig <= 3 && !s.f.cfg.dateParts {
			var num, den int64
			fe := 0
			if fn, fd, n := numVulgarAt(t, k); n > 0 && (k+n >= len(t) || !numLetterBefore(t, k+n+1, true)) {
				if l, _ := numLetterAt(t, k+n); !l && !(k+n < len(t) && numIsDigit(t[k+n])) {
					num, den, fe = fn, fd, k+n
				}
			} else if numIsDigit(t[k]) && k+1 < len(t) && t[k+1] == '/' && k+2 < len(t) && numIsDigit(t[k+2]) {
				if fn, fd, end, ok := s.slashFraction(k, k+1); ok {
					num, den, fe = fn, fd, end
				}
			}
			if fe > 0 {
				v := d.value(t, ds, 0, false).Add(decimal.New(num, 0).DivRound(decimal.New(den, 0), 20))
				if neg {
					v = v.Neg()
				}
				c.end = fe
				c.flags |= FlagFraction
				c.val = v
				if exp, se := s.scaleAfter(c.end); se > c.end {
					c.val, c.scaleExp, c.end = c.val.Shift(exp), exp, se
					c.flags |= FlagScale
				}
				return c, true, 0
			}
		}
	}
	// a fraction word: "3 Viertel"
	if d.plain {
		if den, fe := s.fractionAfter(e); fe > e {
			c.end = fe
			c.flags |= FlagFraction
			c.val = d.value(t, ds, 0, neg).DivRound(decimal.New(int64(den), 0), 20)
			return c, true, 0
		}
	}
	// scale word
	exp, se := s.scaleAfter(e)
	if se > e {
		c.scaleExp = exp
		c.end = se
		c.flags |= FlagScale
		if t[e] == '-' {
			c.flags |= FlagCompound
		}
	}
	c.val = d.value(t, ds, c.scaleExp, neg)
	if c.end < len(t) && t[c.end] == '-' {
		if ok, _ := numLetterAt(t, c.end+1); ok {
			c.flags |= FlagCompound
		}
	}
	return c, true, 0
}

// followedByWord reports whether, after white space at i, the folded word w
// follows.
func (s *numScanner) followedByWord(i int, w string) bool {
	j := numSkipSpace(s.text, i)
	if j == i {
		return false
	}
	we := numWordEnd(s.text, j)
	return we > j && numFoldEq(s.text, j, we, w)
}

// skipDate skips a date or time token such as "14:30", "2024/25",
// "2025-05-03" and returns where to go on. With WithDateParts it returns the
// position after the first digit group so that the parts are read one by one.
func (s *numScanner) skipDate(ds int) int {
	if s.f.cfg.dateParts {
		return ds // handled by the caller: emit nothing here
	}
	return s.skipAt(ds)
}

// dateParts reads a dotted date ("3.5.2025", "03.05.25", "3.5."), a clock
// time ("14:30", "14:30:15", "14.30 Uhr") or an ISO date ("2025-05-03")
// at ds and appends its digit groups as plain numbers.
func (s *numScanner) dateParts(dst []Number, ds int) ([]Number, int, bool) {
	t := s.text
	var groups [3]Span
	ng := 0
	var sep byte
	i := ds
	for ng < 3 {
		n := numCountDigits(t, i)
		if n == 0 || n > 4 {
			return dst, ds, false
		}
		groups[ng] = Span{i, i + n}
		ng++
		i += n
		if i+1 >= len(t) || !numIsDigit(t[i+1]) {
			break
		}
		c := t[i]
		if c != '.' && c != ':' && c != '-' || sep != 0 && c != sep {
			break
		}
		sep = c
		i++
	}
	if ng < 2 || i < len(t) && (numIsDigit(t[i]) || isASCIILetter(t[i])) {
		return dst, ds, false
	}
	l0, l1 := groups[0].Len(), groups[1].Len()
	ok := false
	switch sep {
	case '.':
		if l0 <= 2 && l1 <= 2 {
			if ng == 3 {
				ok = groups[2].Len() == 2 || groups[2].Len() == 4
			} else {
				ok = l1 == 2 && s.followedByWord(i, "uhr") || i < len(t) && t[i] == '.'
			}
		}
	case ':':
		ok = l0 <= 2 && l1 == 2 && (ng == 2 || groups[2].Len() == 2)
	case '-':
		ok = ng == 3 && l0 == 4 && l1 == 2 && groups[2].Len() == 2
	}
	if !ok {
		return dst, ds, false
	}
	for _, g := range groups[:ng] {
		d := scanDigits(t[:g.End], g.Start)
		dst = append(dst, Number{Span: g, Text: t[g.Start:g.End], Value: d.value(t, g.Start, 0, false), Flags: FlagDigits})
	}
	if sep == '.' && ng == 2 && i < len(t) && t[i] == '.' {
		i++
	}
	return dst, i, true
}

// skipDayMonth skips "3. Mai" and a year right after it; e is the dot.
func (s *numScanner) skipDayMonth(e int) int {
	t := s.text
	j := numSkipSpace(t, e+1)
	j = numWordEnd(t, j)
	k := numSkipSpace(t, j)
	if k > j && k < len(t) && numIsDigit(t[k]) {
		n := numCountDigits(t, k)
		if n == 4 && (k+n == len(t) || !numIsDigit(t[k+n])) {
			if ok, _ := numLetterAt(t, k+n); !ok {
				return k + n
			}
		}
	}
	return j
}

// Results of ordinalAfterDot.
const (
	numDotPlain   = iota // the dot ends a sentence: a plain number
	numDotOrdinal        // "im 3. Quartal"
	numDotDate           // "am 3. Mai"
	numDotSkip           // "3.example.org"
)

// ordinalAfterDot decides what "N." means: ds is the first digit, e the dot.
// Before a month name it is a date; before a lower-case word an ordinal
// ("3. größte"); before a capitalized word an ordinal only when a determiner
// stands in front ("im 3. Quartal", "der 2. Platz") and the number has at
// most three digits; otherwise the dot ends a sentence.
func (s *numScanner) ordinalAfterDot(ds, e int) int {
	t := s.text
	j := numSkipSpace(t, e+1)
	if j == len(t) && s.wholeText(ds, e+1) {
		return numDotOrdinal // the whole text is "3."
	}
	if ok, _ := numLetterAt(t, j); !ok {
		return numDotPlain
	}
	we := numWordEnd(t, j)
	var b numWordBuf
	if numFold(&b, t, j, we) && numIsMonth(b.str()) {
		return numDotDate
	}
	if j == e+1 {
		// "2.Weltkrieg": an ordinal glued to its noun; "3.de" is a domain
		if we < len(t) && (t[we] == '.' || t[we] == '@' || t[we] == '/') || e-ds > 3 || we-j < 3 {
			return numDotSkip // "3.example.org", "7203.T"
		}
		return numDotOrdinal
	}
	if numIsLowerAt(t, j) {
		// "10. bis 12. März", "2. und 3. Mai": days of a date
		if w := b.str(); w == "bis" || w == "und" || w == "oder" {
			k := numSkipSpace(t, we)
			if n := numCountDigits(t, k); n > 0 && n <= 2 && k+n < len(t) && t[k+n] == '.' {
				m := numSkipSpace(t, k+n+1)
				me := numWordEnd(t, m)
				if me > m && numFold(&b, t, m, me) && numIsMonth(b.str()) {
					return numDotDate
				}
			}
		}
		return numDotOrdinal
	}
	// a capitalized word: ordinal only after a determiner ("im 3. Quartal");
	// "bis 2025. Danach" is a number ending a sentence
	p := numSkipSpaceBack(t, ds)
	if p == ds || e-ds > 3 {
		return numDotPlain
	}
	ws := numWordStart(t, p)
	if ws < p && numFold(&b, t, ws, p) {
		if numIsOrdinalHint(b.str()) {
			return numDotOrdinal
		}
		// "vom 10. bis 12. Platz": the end of a range of ordinals
		if w := b.str(); w == "bis" || w == "und" || w == "oder" {
			q := numSkipSpaceBack(t, ws)
			if q < ws && q >= 2 && t[q-1] == '.' && numIsDigit(t[q-2]) {
				return numDotOrdinal
			}
		}
	}
	return numDotPlain
}

// wholeText reports whether text[i:j] is all of the text but white space.
func (s *numScanner) wholeText(i, j int) bool {
	return numSkipSpaceAll(s.text, j) == len(s.text) && numSkipSpaceAllBack(s.text, i) == 0
}

func numSkipSpaceAll(t string, i int) int {
	for i < len(t) {
		n := hSpaceLen(t, i)
		if n == 0 && (t[i] == '\n' || t[i] == '\r') {
			n = 1
		}
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

func numSkipSpaceAllBack(t string, i int) int {
	for i > 0 {
		j := numSkipSpaceBack(t, i)
		if j == i && (t[i-1] == '\n' || t[i-1] == '\r') {
			j = i - 1
		}
		if j == i {
			break
		}
		i = j
	}
	return i
}

// scaleAfter looks for a scale word after white space or a hyphen at e:
// Tsd., Tausend, Mio., Million(en), Mrd., Milliarde(n), Bio., Billion(en),
// Billiarde(n). It returns the exponent and the end (after an
// abbreviation's dot), or end == e when there is none.
func (s *numScanner) scaleAfter(e int) (int32, int) {
	t := s.text
	j := numSkipSpace(t, e)
	if j == e {
		if e < len(t) && t[e] == '-' {
			j = e + 1
		} else {
			return 0, e
		}
	}
	if ok, _ := numLetterAt(t, j); !ok || !numFirstLetterIn(t, j, "tmb") {
		return 0, e // scale words start with t, m or b
	}
	we := numWordEnd(t, j)
	if we < len(t) && numIsDigit(t[we]) {
		return 0, e
	}
	exp, abbr := numScaleWordAt(t, j, we)
	if exp == 0 {
		return 0, e
	}
	if abbr && we < len(t) && t[we] == '.' {
		we++
	}
	return exp, we
}

// numScaleWordAt is numScaleWord for the word t[j:we]. An ASCII word is
// lower-cased into a small buffer; only other words are folded.
func numScaleWordAt(t string, j, we int) (int32, bool) {
	const maxScaleLen = len("billiarden")
	if we-j <= maxScaleLen {
		var lb [maxScaleLen]byte
		n := 0
		for k := j; k < we; k++ {
			c := t[k]
			if c >= 0x80 {
				n = -1
				break
			}
			lb[n] = c | 0x20
			n++
		}
		if n >= 0 {
			w := string(lb[:n])
			if t[j] == 'b' && (w == "billion" || w == "billions") || t[j] == 't' && (w == "trillion" || w == "trillions") {
				return numEnglishScale(w), false // lower case: English "1.5 billion"
			}
			return numScaleWordAny(w)
		}
	}
	var b numWordBuf
	if !numFold(&b, t, j, we) {
		return 0, false
	}
	return numScaleWordAny(b.str())
}

// fractionAfter looks for a fraction noun (Drittel, Viertel, …) after white
// space at e and returns its denominator and end.
func (s *numScanner) fractionAfter(e int) (uint64, int) {
	t := s.text
	j := numSkipSpace(t, e)
	if j == e || j >= len(t) {
		return 0, e
	}
	if !numFirstLetterIn(t, j, "dvfsanzht") {
		return 0, e // no fraction word: drittel, viertel, fünftel …
	}
	we := numWordEnd(t, j)
	if we-j < 6 || we-j > 14 || we < len(t) && numIsDigit(t[we]) {
		return 0, e
	}
	var b numWordBuf
	if !numFold(&b, t, j, we) {
		return 0, e
	}
	if den := numFracWord(b.str()); den > 0 {
		return den, we
	}
	return 0, e
}

// numFracWord returns the denominator of a folded fraction noun, or 0.
func numFracWord(w string) uint64 {
	switch w {
	case "drittel":
		return 3
	case "viertel":
		return 4
	case "fuenftel":
		return 5
	case "sechstel":
		return 6
	case "siebtel":
		return 7
	case "achtel":
		return 8
	case "neuntel":
		return 9
	case "zehntel":
		return 10
	case "zwanzigstel":
		return 20
	case "hundertstel":
		return 100
	case "tausendstel":
		return 1000
	}
	return 0
}

// numScaleWord returns the exponent of a folded scale word and whether it is
// an abbreviation that may take a dot.
func numScaleWord(w string) (int32, bool) {
	switch w {
	case "tsd":
		return 3, true
	case "tausend":
		return 3, false
	case "mio":
		return 6, true
	case "million", "millionen":
		return 6, false
	case "mrd", "md", "mia":
		return 9, true
	case "milliarde", "milliarden":
		return 9, false
	case "bio":
		return 12, true
	case "billion", "billionen":
		return 12, false
	case "billiarde", "billiarden":
		return 15, false
	}
	return 0, false
}

// numScaleWordAny is numScaleWord plus the scale words of figures written
// the English way in German text ("$1.5 billion", "USD 3bn"). "billion"
// written in lower case is the English 10⁹; the German noun is capitalized
// ("Billion", 10¹²): see numScaleWordAt.
func numScaleWordAny(w string) (int32, bool) {
	if exp, abbr := numScaleWord(w); exp != 0 {
		return exp, abbr
	}
	switch w {
	case "bn", "bln":
		return 9, true
	case "mn", "mln":
		return 6, true
	case "tn", "trn":
		return 12, true
	case "millions":
		return 6, false
	case "billions":
		return 9, false
	}
	return 0, false
}

// numEnglishScale returns the exponent of an English scale word written in
// lower case: "billion" is 10⁹, "trillion" 10¹².
func numEnglishScale(w string) int32 {
	if w[0] == 'b' {
		return 9
	}
	return 12
}

// numGluedScale returns the exponent of a scale abbreviation glued to
// digits, t[e:we]: the English "bn", "mn", "tn" ("3bn", "2.1bn") anywhere,
// and the SI letters k/K (10³), M (10⁶) and G (10⁹) only when whole is set
// (the numeral is all of the text): in running text "3M", "5G", "100k" are
// names and codes.
func numGluedScale(t string, e, we int, whole bool) int32 {
	switch we - e {
	case 1:
		if !whole {
			return 0
		}
		switch t[e] {
		case 'k', 'K':
			return 3
		case 'M':
			return 6
		case 'G':
			return 9
		}
	case 2, 3:
		var lb [3]byte
		for k := e; k < we; k++ {
			lb[k-e] = t[k] | 0x20
		}
		switch string(lb[:we-e]) {
		case "bn", "bln":
			return 9
		case "mn", "mln":
			return 6
		case "tn", "trn":
			return 12
		}
	}
	return 0
}

// numIsMonth reports whether the folded word w names a month.
func numIsMonth(w string) bool {
	switch w {
	case "januar", "jaenner", "februar", "maerz", "april", "mai", "juni", "juli",
		"august", "september", "oktober", "november", "dezember",
		"jan", "feb", "mrz", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez":
		return true
	}
	return false
}

// numIsOrdinalHint reports whether the folded word w, right before "N.",
// makes it an ordinal even before a capitalized noun ("im 3. Quartal").
func numIsOrdinalHint(w string) bool {
	switch w {
	case "im", "am", "zum", "zur", "vom", "beim", "ins", "der", "die", "das", "den", "dem", "des",
		"jeder", "jede", "jedes", "jeden", "jedem", "sein", "seine", "seinem",
		"seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer", "unser", "unsere", "unserem",
		"ein", "eine", "einem", "einen", "einer":
		return true
	}
	return false
}

// rangeAfter looks for the upper end of a range after c: "bis N",
// "–N"/"-N" between digits, or "und N" after "zwischen". When there is
// one it stores the range in *out (Text and Qual not set) and reports true;
// otherwise *out is left alone.
func (s *numScanner) rangeAfter(c *numCore, out *Number) bool {
	t := s.text
	e := c.end
	var k int // start of the upper end
	dash := false
	switch {
	case !c.words && e+1 < len(t) && t[e] == '-' && numIsDigit(t[e+1]):
		k, dash = e+1, true
	default:
		j := numSkipSpace(t, e)
		if j+3 < len(t) && t[j] == 0xE2 && t[j+1] == 0x80 && (t[j+2] == 0x93 || t[j+2] == 0x94) {
			if c.words {
				return false
			}
			k = numSkipSpace(t, j+3)
			dash = true
			break
		}
		if j == e {
			return false
		}
		if !numFirstLetterIn(t, j, "bu") {
			return false // neither "bis" nor "und"
		}
		we := numWordEnd(t, j)
		var b numWordBuf
		if we == j || !numFold(&b, t, j, we) {
			return false
		}
		switch b.str() {
		case "bis":
		case "und":
			if !s.precededBy(c.start, "zwischen") {
				return false
			}
		default:
			return false
		}
		k = numSkipSpace(t, we)
		if k == we {
			return false
		}
	}
	if k >= len(t) {
		return false
	}
	var c2 numCore
	var ok bool
	ds := k // a sign before the upper end: "-5 bis -3"
	if !dash {
		if (t[k] == '-' || t[k] == '+') && k+1 < len(t) && numIsDigit(t[k+1]) {
			ds = k + 1
		} else if k+3 < len(t) && t[k] == 0xE2 && t[k+1] == 0x88 && t[k+2] == 0x92 && numIsDigit(t[k+3]) {
			ds = k + 3
		}
	}
	switch {
	case numIsDigit(t[ds]):
		if !s.digitsPrefixOK(k, ds) && !dash {
			return false
		}
		c2, ok, _ = s.digitsCore(k, ds)
		if ok && dash && c2.end < len(t) && t[c2.end] == '-' && c2.end+1 < len(t) && numIsDigit(t[c2.end+1]) {
			return false // 2025-05-03
		}
	default:
		if dash {
			return false
		}
		if ok2, _ := numLetterAt(t, k); !ok2 {
			return false
		}
		we := numWordEnd(t, k)
		if !numWordCandidate(t, k, we) {
			return false
		}
		c2, ok = s.wordCore(k, we, true)
	}
	if !ok || c2.ordinal {
		return false
	}
	lo := c.val
	flags := c.flags | c2.flags
	if c.scaleExp == 0 && c2.scaleExp != 0 && c.val.LessThan(c2.unscaledValue()) {
		lo = c.val.Shift(c2.scaleExp) // "12 bis 13 Mrd."
	}
	if lo.GreaterThan(c2.val) {
		return false
	}
	*out = Number{
		Span:    Span{c.start, c2.end},
		Value:   lo,
		Max:     c2.val,
		IsRange: true,
		Flags:   flags,
	}
	if lo, hi := c.end-c.start, c2.end-c2.start; uint64(lo) <= math.MaxUint32 && uint64(hi) <= math.MaxUint32 {
		out.minLen, out.maxLen = uint32(lo), uint32(hi)
	}
	return true
}

// precededBy reports whether the folded word w stands right before i
// (separated by white space).
func (s *numScanner) precededBy(i int, w string) bool {
	p := numSkipSpaceBack(s.text, i)
	if p == i {
		return false
	}
	ws := numWordStart(s.text, p)
	return ws < p && numFoldEq(s.text, ws, p, w)
}

// Qualifier words. Two-word qualifiers are found by their second word.
func numQualWord(w string) (Approx, bool) {
	switch w {
	case "rund", "etwa", "circa", "zirka", "fast", "nahezu", "annaehernd",
		"ungefaehr", "beinahe":
		return About, true
	case "knapp":
		return JustUnder, true
	case "gut":
		return JustOver, true
	case "ueber":
		return MoreThan, true
	case "unter":
		return LessThan, true
	case "mindestens", "wenigstens":
		return AtLeast, true
	case "hoechstens", "maximal":
		return AtMost, true
	}
	return Exact, false
}

// qualBefore returns the qualifier right in front of i, or nil.
func (s *numScanner) qualBefore(i int) *Qualifier {
	t := s.text
	p := numSkipSpaceBack(t, i)
	if p == i || p == 0 {
		return nil
	}
	var b numWordBuf
	dot := false
	q := p
	if t[p-1] == '.' {
		dot = true
		q = p - 1
	}
	ws := numWordStart(t, q)
	if ws == q || !numFold(&b, t, ws, q) {
		return nil
	}
	if numLetterBefore(t, ws, true) {
		return nil
	}
	w := b.str()
	if dot {
		switch w {
		case "ca", "rd":
			return s.newQual(Qualifier{Span: Span{ws, p}, Text: t[ws:p], Approx: About})
		}
		return nil
	}
	if a, ok := numQualWord(w); ok {
		if w == "ueber" && s.amountNounBefore(ws) {
			return nil // "ein Auftrag über 40 Millionen Euro": the amount itself
		}
		return s.newQual(Qualifier{Span: Span{ws, p}, Text: t[ws:p], Approx: a})
	}
	var first string
	var a Approx
	switch w {
	case "als":
		first = "mehr"
		a = MoreThan
	case "zu":
		first = "bis"
		a = AtMost
	default:
		return nil
	}
	p2 := numSkipSpaceBack(t, ws)
	if p2 == ws {
		return nil
	}
	ws2 := numWordStart(t, p2)
	if ws2 == p2 || !numFold(&b, t, ws2, p2) {
		return nil
	}
	w2 := b.str()
	if w2 == first || (first == "mehr" && w2 == "weniger") {
		if w2 == "weniger" {
			a = LessThan
		}
		return s.newQual(Qualifier{Span: Span{ws2, p}, Text: t[ws2:p], Approx: a})
	}
	return nil
}

// kommaAfter extends c by a spoken decimal part: "eins Komma fünf",
// "tausendvierhundertsechzehn Komma fünfzehn" (the words after "Komma" are
// read as digits: 1416.15), "3 Komma 25 Millionen".
func (s *numScanner) kommaAfter(c *numCore) {
	t := s.text
	if c.ordinal || c.scaleExp != 0 || c.flags&FlagFraction != 0 || !s.followedByWord(c.end, "komma") {
		return
	}
	if !c.val.IsInteger() { // IsInteger allocates for a fraction: ask last
		return
	}
	j := numSkipSpace(t, c.end)
	k := numSkipSpace(t, numWordEnd(t, j))
	var digits [40]byte
	nd := 0
	end := c.end
	if k < len(t) && numIsDigit(t[k]) {
		n := numCountDigits(t, k)
		if n > len(digits) || k+n < len(t) && (isASCIILetter(t[k+n]) || t[k+n] == ',' && k+n+1 < len(t) && numIsDigit(t[k+n+1])) {
			return
		}
		nd = copy(digits[:], t[k:k+n])
		end = k + n
	} else {
		var b numWordBuf
		for w := 0; w < 12; w++ {
			we := numWordEnd(t, k)
			if we == k || !numFold(&b, t, k, we) {
				break
			}
			v, ok := numWordParse(b.bytes())
			if !ok || v.ordinal || v.frac || v.scale || v.np > 0 || v.group > 0 || v.cur > 99 || v.onlyArt && !v.zero {
				break
			}
			if v.cur >= 10 {
				digits[nd] = byte('0' + v.cur/10)
				nd++
			}
			digits[nd] = byte('0' + v.cur%10)
			nd++
			end = we
			next := numSkipSpace(t, we)
			if next == we || nd+2 > len(digits) {
				break
			}
			k = next
		}
	}
	if nd == 0 {
		return
	}
	frac, err := decimal.NewFromString("0." + string(digits[:nd]))
	if err != nil {
		return
	}
	if c.val.IsNegative() {
		frac = frac.Neg()
	}
	c.val = c.val.Add(frac)
	c.end = end
	if exp, se := s.scaleAfter(end); se > end {
		c.scaleExp = exp
		c.val = c.val.Shift(exp)
		c.end = se
		c.flags |= FlagScale
	}
}

// numAmountNouns are nouns after which "über" names the amount itself
// ("ein Auftrag über 40 Millionen Euro", "eine Anleihe über 1 Mrd."), not a
// lower bound. Compounds match by their last part ("Milliardenauftrag").
var numAmountNouns = [...]string{
	"auftrag", "kredit", "darlehen", "anleihe", "vertrag", "rechnung", "scheck", "gutschein",
	"buergschaft", "angebot", "deal", "transaktion", "zahlung", "ueberweisung", "spende",
	"strafe", "bussgeld", "klage", "forderung", "vergleich", "paket", "investition",
	"finanzierung", "kapitalerhoehung", "emission", "platzierung", "bestellung", "order",
	"kreditlinie", "lizenz", "summe", "betrag", "budget", "etat", "hilfspaket", "programm",
	"garantie", "bond", "schuldschein",
}

// amountNounBefore reports whether one of numAmountNouns, possibly inflected
// (-e, -en, -n, -s, -es), stands right before the word at i.
func (s *numScanner) amountNounBefore(i int) bool {
	t := s.text
	p := numSkipSpaceBack(t, i)
	if p == i {
		return false
	}
	ws := numWordStart(t, p)
	var b numWordBuf
	if ws == p || !numIsUpperAt(t, ws) || !numFold(&b, t, ws, p) {
		return false
	}
	w := b.str()
	for _, n := range numAmountNouns {
		for _, end := range [...]string{"", "e", "en", "n", "s", "es"} {
			if len(w) >= len(n)+len(end) && w[len(w)-len(end):] == end && w[len(w)-len(end)-len(n):len(w)-len(end)] == n {
				return true
			}
		}
	}
	return false
}

// numVulgars are the vulgar fractions U+2150 … U+215E (⅐ ⅑ ⅒ ⅓ ⅔ ⅕ ⅖ ⅗
// ⅘ ⅙ ⅚ ⅛ ⅜ ⅝ ⅞), indexed by the last byte of their UTF-8 form minus 0x90.
var numVulgars = [...][2]int8{
	{1, 7}, {1, 9}, {1, 10}, {1, 3}, {2, 3}, {1, 5}, {2, 5}, {3, 5},
	{4, 5}, {1, 6}, {5, 6}, {1, 8}, {3, 8}, {5, 8}, {7, 8},
}

// numVulgarAt reads a vulgar fraction character at text[i] (½ ¼ ¾ and
// numVulgars) and returns its value and byte length, or n == 0.
func numVulgarAt(text string, i int) (num, den int64, n int) {
	if !numVulgarLead(text, i) {
		return 0, 0, 0
	}
	if text[i] == 0xC2 {
		switch text[i+1] {
		case 0xBC:
			return 1, 4, 2
		case 0xBD:
			return 1, 2, 2
		case 0xBE:
			return 3, 4, 2
		}
	}
	if i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x85 && text[i+2] >= 0x90 && int(text[i+2]-0x90) < len(numVulgars) {
		v := numVulgars[text[i+2]-0x90]
		return int64(v[0]), int64(v[1]), 3
	}
	return 0, 0, 0
}

// numVulgarLead reports cheaply (inlined) whether text[i:] may start a
// vulgar fraction: the first two bytes of ½ ¼ ¾ or of U+2150…U+215F.
func numVulgarLead(text string, i int) bool {
	return i+1 < len(text) && (text[i] == 0xC2 && text[i+1]-0xBC <= 2 || text[i] == 0xE2 && text[i+1] == 0x85)
}

// slashFraction reads a fraction written with a slash at ds ("1/2", "3/4",
// "2/3-Mehrheit"), the slash at e: a numerator of one digit below a
// denominator of at most ten (a larger pair is an issue number or a
// date: "Heft 10/12"), no further slash, digit or
// letter after it and no slash or digit group before it ("2024/25" is a
// fiscal year, "24/7" no fraction, "1/2/3" a path).
func (s *numScanner) slashFraction(ds, e int) (num, den int64, end int, ok bool) {
	t := s.text
	if e-ds > 1 || ds > 0 && (t[ds-1] == '/' || t[ds-1] == '.' || t[ds-1] == ',') {
		return 0, 0, 0, false
	}
	n := numCountDigits(t, e+1)
	end = e + 1 + n
	if n > 2 || end < len(t) && (t[end] == '/' || t[end] == '.' && end+1 < len(t) && numIsDigit(t[end+1]) || t[end] == ',' && end+1 < len(t) && numIsDigit(t[end+1])) {
		return 0, 0, 0, false
	}
	if l, _ := numLetterAt(t, end); l {
		return 0, 0, 0, false
	}
	for k := ds; k < e; k++ {
		num = num*10 + int64(t[k]-'0')
	}
	for k := e + 1; k < end; k++ {
		den = den*10 + int64(t[k]-'0')
	}
	if num == 0 || num >= den || den > 10 || t[e+1] == '0' {
		return 0, 0, 0, false
	}
	return num, den, end, true
}

// vulgarAt reports whether a vulgar fraction character stands alone at i.
func (s *numScanner) vulgarAt(i int) bool {
	if !numVulgarLead(s.text, i) {
		return false
	}
	_, _, n := numVulgarAt(s.text, i)
	return n > 0 && !numLetterBefore(s.text, i, true)
}

// atVulgar reports a vulgar fraction standing alone: "½ Prozent".
func (s *numScanner) atVulgar(dst []Number, i int) ([]Number, int, bool) {
	t := s.text
	num, den, n := numVulgarAt(t, i)
	if ok, _ := numLetterAt(t, i+n); ok || i+n < len(t) && numIsDigit(t[i+n]) {
		return dst, i + n, true
	}
	c := numCore{start: i, end: i + n, flags: FlagFraction}
	c.val = decimal.New(num, 0).DivRound(decimal.New(den, 0), 20)
	if exp, se := s.scaleAfter(c.end); se > c.end {
		c.val, c.scaleExp, c.end = c.val.Shift(exp), exp, se
		c.flags |= FlagScale
	}
	nb := Number{Span: Span{c.start, c.end}, Text: t[c.start:c.end], Value: c.val, Flags: c.flags}
	nb.Qual = s.qualBefore(c.start)
	return append(dst, nb), c.end, true
}

// atLeadingComma reads a decimal written without its zero, ",77" (0.77),
// with an optional sign at ss and the comma at cs; an SI letter may follow
// when it is the whole text (",0012G"). It must not follow a letter or
// digit and must not run on into letters or more digits groups.
func (s *numScanner) atLeadingComma(dst []Number, ss, cs int) ([]Number, int, bool) {
	t := s.text
	if cs+1 >= len(t) || !numIsDigit(t[cs+1]) || ss > 0 && !s.signOK(ss) {
		return dst, cs, false
	}
	n := numCountDigits(t, cs+1)
	e := cs + 1 + n
	if n > 18 || e < len(t) && (t[e] == ',' || t[e] == '.' && e+1 < len(t) && numIsDigit(t[e+1])) {
		return dst, cs, false
	}
	var d numDigits
	d.errOff = -1
	d.accum(t, cs+1, e)
	d.exp = -int32(n)
	d.end = e
	neg := ss < cs && t[ss] != '+'
	flags := FlagDigits
	if ss < cs {
		flags |= FlagSigned
	}
	var exp int32
	end := e
	if ok, _ := numLetterAt(t, e); ok {
		we := numWordEnd(t, e)
		exp = numGluedScale(t, e, we, s.wholeText(ss, we))
		if exp == 0 || we < len(t) && numIsDigit(t[we]) {
			return dst, cs, false
		}
		end = we
		flags |= FlagScale
	} else if x, se := s.scaleAfter(e); se > e {
		exp, end = x, se
		flags |= FlagScale
	}
	nb := Number{Span: Span{ss, end}, Text: t[ss:end], Value: d.value(t, cs+1, exp, neg), Flags: flags}
	nb.Qual = s.qualBefore(ss)
	return append(dst, nb), end, true
}
