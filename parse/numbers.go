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
	return f.find(text, nil)
}

// find is Find, reading the words from d when it is the tokenization of
// text (AppendWithDoc).
func (f NumberFinder) find(text string, d *Doc) []Number {
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
	found := f.AppendWithDoc((*p)[:0], text, d)
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
	s := numScanner{text: text, f: f, lim: len(text)}
	stop := f.stop(len(dst))
	dst, _ = s.scan(dst, 0, len(text), stop)
	if len(dst) > stop {
		dst = dst[:stop] // a date gives its parts at once
	}
	return dst
}

// stop returns the length of a result slice of n numerals before the scan
// at which the scan stops (WithLimit).
func (f NumberFinder) stop(n int) int {
	if f.cfg.limit > 0 && f.cfg.limit <= math.MaxInt-n {
		return n + f.cfg.limit
	}
	return math.MaxInt
}

// scan runs Append's loop from i while i < end and len(dst) < stop, and
// returns the numerals and where the loop stopped: at end or after it (a
// numeral or a word read across end), or before it when stop was reached.
// Where the loop goes on depends only on i, never on how it got there, so
// a scan from 0 to len(text) may be cut into scans of consecutive parts.
func (s *numScanner) scan(dst []Number, i, end, stop int) ([]Number, int) {
	text := s.text
	end = min(end, len(text))
	for i < end && len(dst) < stop {
		c := text[i]
		switch {
		case numPlainByte[c]:
			i++ // a blank or a mark that starts no numeral: the common byte
		case numASCIILetter[c]:
			dst, i = s.atLetter(dst, i, c) // the other common byte
		default:
			dst, i = s.atOther(dst, i, c)
		}
	}
	return dst, i
}

// atOther is the rest of scan's loop: the byte c at i is a digit, a sign,
// a comma or above ASCII. It returns where the loop goes on.
func (s *numScanner) atOther(dst []Number, i int, c byte) ([]Number, int) {
	text := s.text
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
				return dst, i
			}
		}
		if i+1 < len(text) && text[i+1] == ',' && s.signOK(i) {
			if out, end, ok := s.atLeadingComma(dst, i, i+1); ok {
				return out, end
			}
		}
		if n := dst; i+2 < len(text) && text[i+1] == ' ' && numIsDigit(text[i+2]) && numSkipSpaceAllBack(text, i) == 0 {
			// "- 1.200.000" standing alone: a sign set apart
			if out, end, ok := s.atDigits(dst, i, i+2); ok && len(out) == len(n)+1 && s.wholeText(i, out[len(n)].End) {
				return out, end
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
				return dst, i
			}
		}
		if i+2 < len(text) && text[i+1] == 0x80 && text[i+2]&0xC0 == 0x80 {
			return dst, i + 3 // punctuation U+2000…U+203F: quotes, dashes, spaces
		}
		i++
	case c < 0x80 && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'):
		if c == ',' && i+1 < len(text) && numIsDigit(text[i+1]) && (i == 0 || s.signOK(i)) {
			var ok bool
			if dst, i, ok = s.atLeadingComma(dst, i, i); !ok { // ",77"
				i = s.skipAt(i + 1)
			}
			return dst, i
		}
		i++
	default:
		// a word (or a non-ASCII non-letter)
		if c >= 0x80 {
			if isL, n := numLetterAt(text, i); !isL {
				return dst, i + n
			}
		}
		dst, i = s.atLetter(dst, i, c)
	}
	return dst, i
}

// numPlainByte marks the ASCII bytes at which scan only steps on: all
// but letters, digits, the signs '+' and '-' and the comma (",77"). For
// them atOther would return i+1 at once.
var numPlainByte = func() (t [256]bool) {
	for c := 0; c < 0x80; c++ {
		t[c] = !numASCIILetter[c] && !numIsDigit(byte(c)) && c != '+' && c != '-' && c != ','
	}
	return t
}()

// atLetter reads the word that starts at i with the letter c and returns
// where scan goes on. While the words it reads hold no numeral and the
// next one starts with an ASCII letter right after a blank, before s.lim,
// it reads that one too, as scan would (one call and one round of scan's
// loop per run of plain words, not per word).
func (s *numScanner) atLetter(dst []Number, i int, c byte) ([]Number, int) {
	text := s.text
	n0 := len(dst)
	for {
		var we, ascii int // the word's end and the end of its first ASCII letters
		if c < utf8.RuneSelf {
			// the ASCII letters here, numWordEnd only from a byte above
			// ASCII on (an umlaut, a soft hyphen); 0x20 folds 'A'…'Z'
			// onto 'a'…'z' and no other byte into them
			we = asciiLettersEnd(text, i+1)
			ascii = we
			if we < len(text) && text[we] >= utf8.RuneSelf {
				we = numWordEnd(text, we)
			}
		} else {
			we = numWordEnd(text, i)
		}
		if we < len(text) && numIsDigit(text[we]) {
			return dst, numAlnumEnd(text, we) // "H100", "Windows11"
		}
		var cand bool
		if ascii-i >= 3 && ascii <= len(text) {
			// numWordCandidate on three ASCII letters: numPrefix3's first
			// case, here without a call for every word of the text
			p := numFirst3.get(c, text[i+1], text[i+2])
			if p&4 != 0 && numOrdinalTail(text, i, we) {
				p |= 1 // "milliardste"
			}
			cand = p&1 != 0
		} else {
			cand = numWordCandidate(text, i, we)
		}
		if cand || we-i >= 7 && we-i <= 9 && (c|0x20 == 'm' || c|0x20 == 'b') && s.wholeText(i, we) { // "Million" alone
			var end int
			var ok bool
			if dst, end, ok = s.atWord(dst, i, we); ok {
				return dst, end
			}
		}
		if we < len(text) && text[we] == ' ' {
			// scan would step over the blank (numPlainByte) and call
			// atLetter at an ASCII letter after it; no numeral found
			// means that its limit is not reached either
			if j := we + 1; j < s.lim && j < len(text) && numASCIILetter[text[j]] && len(dst) == n0 {
				i, c = j, text[j]
				continue
			}
			return dst, we + 1
		}
		return dst, we
	}
}

// numScanner carries the text and the options through one scan.
type numScanner struct {
	text  string
	f     NumberFinder
	quals []Qualifier // a slab the qualifiers of the numbers found point into
	// lim bounds the run of words atLetter reads in one call: len(text),
	// or in a scan guided by a Doc the start of the next word the Doc
	// lets scanDoc skip.
	lim int
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
					switch string(b.bytes()) {
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
	if j == i || j < len(s.text) && s.text[j] < 0x80 && s.text[j]|0x20 != w[0] {
		return false // numFoldEq's first test, before the word is read
	}
	we := numWordEnd(s.text, j)
	return we > j && numFoldEq(s.text, j, we, w)
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
