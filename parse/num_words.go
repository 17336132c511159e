package parse

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// The word side of the numeral scanner: number words, joined word runs
// ("zwei Milliarden dreihundert Millionen"), articles used as numbers,
// "minus", and the surname check.

// numFirst3 is the set of folded three-letter prefixes that can begin a
// number word, "minus" or "kein…"; every other word is skipped at once.
// Bit 1 marks a word start, bit 2 any morpheme (a word joined to a number
// word before it: "Milliarden", "Drittel", "und"), bit 4 the start of an
// ordinal scale word, a start only with an ordinal ending ("milliardste").
// The table is generated Go data (numFirst3 in zz_generated_tables.go,
// written by `go generate ./parse/` from buildNumFirst3, packed by
// packFirst3), so that the package does not compute it at initialization.
func buildNumFirst3() (t [26 * 26 * 26]uint8) {
	add := func(s string, bit uint8) { t[(int(s[0]-'a')*26+int(s[1]-'a'))*26+int(s[2]-'a')] |= bit }
	for _, m := range numMorphList {
		if len(m.s) < 3 {
			continue
		}
		add(m.s, 2)
		switch m.kind {
		case nmScale, nmUnd, nmHalf, nmDutzend, nmFrac, nmEinhalb:
			if m.ord {
				add(m.s, 4) // "milliardste": a start only with an ordinal ending
			}
			continue // never the first morpheme
		}
		add(m.s, 1)
	}
	add("minus", 1)
	add("negativ", 1)
	add("keiner", 1)
	return t
}

// first3Table is the table of buildNumFirst3 packed and indexed by the low
// five bits of the letters' bytes (1 for 'a' and 'A' … 26 for 'z' and
// 'Z'): row[b0&31<<5|b1&31] is 0 when no entry starts with the letters b0
// b1, else one more than the index of the row in vals, whose entry b2&31
// is that of b0 b1 b2. Every word of a text is looked up: 2 KiB in place
// of 17 KiB of mostly zeros, which the words of a text touched all over, a
// page of the executable and a cache miss each. Five bits fold the case
// with no subtraction and keep every index inside the arrays without a
// test; a byte that is no letter gives a meaningless entry, so the callers
// look up letters only.
type first3Table struct {
	row  [32 * 32]uint8
	vals [][32]uint8
}

// get returns the entry of the ASCII letters b0 b1 b2, of either case.
func (t *first3Table) get(b0, b1, b2 byte) uint8 {
	if r := t.row[int(b0&31)<<5|int(b1&31)]; r != 0 {
		return t.vals[r-1][b2&31]
	}
	return 0
}

// packFirst3 packs the table of buildNumFirst3 (at most 255 rows hold
// entries; buildNumFirst3 fills a few dozen).
func packFirst3(dense *[26 * 26 * 26]uint8) *first3Table {
	t := &first3Table{}
	for r := range 26 * 26 {
		var row [32]uint8
		copy(row[1:27], dense[r*26:r*26+26])
		if row == ([32]uint8{}) {
			continue
		}
		t.vals = append(t.vals, row)
		t.row[(r/26+1)<<5|(r%26+1)] = uint8(len(t.vals))
	}
	return t
}

// numWordCandidate reports cheaply whether the word text[i:we] may be a
// number word: its first three letters, folded, begin some number word.
func numWordCandidate(text string, i, we int) bool {
	return numPrefix3(text, i, we)&1 != 0
}

// numOrdinalTail reports whether the word text[i:we] ends like an ordinal
// of a scale word, in ASCII: "-ste", "-sten", "-ster", "-stes", "-stem"
// ("milliardsten"). It keeps "Millionen" and "Militär" from the parser.
func numOrdinalTail(text string, i, we int) bool {
	n := we - i
	if n >= 3 && text[we-3]|0x20 == 's' && text[we-2]|0x20 == 't' && text[we-1]|0x20 == 'e' {
		return true
	}
	if n < 4 || text[we-4]|0x20 != 's' || text[we-3]|0x20 != 't' || text[we-2]|0x20 != 'e' {
		return false
	}
	switch text[we-1] | 0x20 {
	case 'n', 'r', 's', 'm':
		return true
	}
	return false
}

// numJoinCandidate reports cheaply whether the word text[i:we] may continue
// a number word before it.
func numJoinCandidate(text string, i, we int) bool {
	return numPrefix3(text, i, we)&2 != 0
}

// numPrefix3 returns the numFirst3 entry of the word text[i:we].
func numPrefix3(text string, i, we int) uint8 {
	if we-i < 3 {
		return 0 // no number word is shorter than "elf"/"ein"/"zwo"
	}
	c0, c1, c2 := text[i], text[i+1], text[i+2]
	if c0|c1|c2 < 0x80 {
		// three ASCII letters (a word holds no other ASCII bytes)
		p := numFirst3.get(c0, c1, c2)
		if p&4 != 0 && numOrdinalTail(text, i, we) {
			p |= 1 // "milliardste" is a start
		}
		return p
	}
	// an umlaut or ß as the first or the second letter, ASCII around it
	// ("für", "über", "Größe"): numPrefix3Loop's answer for these two
	// shapes, without its loop
	switch {
	case c0 < 0x80 && c1 == 0xC3:
		if l, l2 := numUmlaut(c2); l != 0 && c0|0x20-'a' < 26 {
			return numFirst3.get(c0, l, l2)
		}
		return 0
	case c0 == 0xC3 && c2 < 0x80:
		if l, l2 := numUmlaut(c1); l != 0 && c2|0x20-'a' < 26 {
			return numFirst3.get(l, l2, c2)
		}
		return 0
	}
	return numPrefix3Loop(text, i, we)
}

// numUmlaut returns the two folded letters of the character 0xC3 b: "ae",
// "oe", "ue" for ä ö ü (either case), "ss" for ß; 0 for any other.
func numUmlaut(b byte) (byte, byte) {
	switch b {
	case 0xA4, 0x84:
		return 'a', 'e'
	case 0xB6, 0x96:
		return 'o', 'e'
	case 0xBC, 0x9C:
		return 'u', 'e'
	case 0x9F:
		return 's', 's'
	}
	return 0, 0
}

// numPrefix3Loop is numPrefix3 for a word of three bytes or more whose
// first three bytes are not all ASCII: it folds the first three letters
// (umlauts, ß, soft hyphens, combining diaeresis) and looks them up.
func numPrefix3Loop(text string, i, we int) uint8 {
	var p [4]byte
	n := 0
	for j := i; n < 3 && j < we; {
		c := text[j]
		if c < 0x80 {
			p[n] = c | 0x20
			n++
			j++
			continue
		}
		if c == 0xC2 && j+1 < we && text[j+1] == 0xAD { // soft hyphen
			j += 2
			continue
		}
		if c == 0xCC && j+1 < we && text[j+1] == 0x88 { // combining diaeresis
			p[n] = 'e'
			n++
			j += 2
			continue
		}
		if c != 0xC3 || j+1 >= we {
			return 0
		}
		switch text[j+1] {
		case 0xA4, 0x84:
			p[n] = 'a'
		case 0xB6, 0x96:
			p[n] = 'o'
		case 0xBC, 0x9C:
			p[n] = 'u'
		case 0x9F:
			p[n] = 's'
		default:
			return 0
		}
		p[n+1] = 'e'
		if text[j+1] == 0x9F {
			p[n+1] = 's'
		}
		n += 2
		j += 2
	}
	if n < 3 {
		return 0
	}
	for _, c := range p[:3] {
		if c < 'a' || c > 'z' {
			return 0
		}
	}
	return numFirst3.get(p[0], p[1], p[2])
}

// atWord handles a word at i..we that passed numWordCandidate.
func (s *numScanner) atWord(dst []Number, i, we int) ([]Number, int, bool) {
	t := s.text
	// not inside a URL, an e-mail address or a code
	if i > 0 {
		switch t[i-1] {
		case '/', '@', '_', '.', '#', '=', '&', '\\':
			if i >= 2 && numLetterBefore(t, i-1, true) || t[i-1] != '.' {
				return dst, we, false
			}
		}
	}
	if we < len(t) && (t[we] == '@' || t[we] == '_' || t[we] == '.' && we+1 < len(t) && isASCIILetter(t[we+1])) {
		return dst, we, false
	}
	var b numWordBuf
	if !numFold(&b, t, i, we) {
		return dst, we, false
	}
	switch string(b.bytes()) { // compared in place, not copied to a string
	case "minus", "negativ":
		return s.atMinus(dst, i, we)
	case "hundert", "tausend", "hunderttausend":
		if s.afterQuantifier(i) {
			return dst, we, false // "mehrere tausend Euro": vague, not 1000
		}
	}
	c, ok := s.wordCoreFolded(&b, i, we, false) // b holds text[i:we] folded
	if !ok {
		return dst, we, false
	}
	s.kommaAfter(&c)
	s.mixedFraction(&c)
	n := Number{Span: Span{c.start, c.end}, Value: c.val, Ordinal: c.ordinal, Flags: c.flags}
	if !c.ordinal {
		s.rangeAfter(&c, &n)
	}
	n.Text = t[n.Start:n.End]
	if !n.Ordinal {
		n.Qual = s.qualBefore(n.Start)
	}
	return append(dst, n), n.End, true
}

// mixedFraction extends a whole number of words by "und" and a fraction
// below one: "fünf und drei Viertel" (5.75), "zwei und ein halb" is not
// German but "zwei und ein Drittel Milliarden" is (2⅓ · 10⁹): a scale word
// after the fraction scales the whole sum. "zwischen zwei und drei Viertel"
// is a range, not a sum.
func (s *numScanner) mixedFraction(c *numCore) {
	t := s.text
	if c.ordinal || c.scaleExp != 0 || c.flags&FlagFraction != 0 || !s.followedByWord(c.end, "und") || s.precededBy(c.start, "zwischen") {
		return
	}
	j := numSkipSpace(t, c.end)
	k := numSkipSpace(t, numWordEnd(t, j))
	if k >= len(t) || k == numWordEnd(t, j) {
		return
	}
	if ok, _ := numLetterAt(t, k); !ok {
		return
	}
	ke := numWordEnd(t, k)
	if !numWordCandidate(t, k, ke) {
		return
	}
	f, ok := s.wordCore(k, ke, false)
	if !ok || f.ordinal || f.flags&FlagFraction == 0 {
		return
	}
	part := f.unscaledValue()
	if !part.IsPositive() || !part.LessThan(decimal.New(1, 0)) || !c.val.IsInteger() {
		return
	}
	c.val = c.val.Add(part)
	if f.scaleExp != 0 {
		c.val = c.val.Shift(f.scaleExp)
		c.scaleExp = f.scaleExp
	}
	c.end = f.end
	c.flags |= f.flags & (FlagFraction | FlagScale | FlagCompound)
}

// numQuantifiers make a following "hundert" or "tausend" a vague count:
// "einige hundert", "mehrere tausend", "ein paar hunderttausend".
var numQuantifiers = [...]string{
	"einige", "einigen", "einiger", "mehrere", "mehreren", "mehrerer", "etliche", "etlichen",
	"viele", "vielen", "wenige", "wenigen", "paar", "zig",
}

// afterQuantifier reports whether the word before i is one of numQuantifiers.
func (s *numScanner) afterQuantifier(i int) bool {
	for _, q := range numQuantifiers {
		if s.precededBy(i, q) {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// atMinus handles "minus" (or "negativ") followed by a numeral: the sign
// word is part of the Number's span.
func (s *numScanner) atMinus(dst []Number, i, we int) ([]Number, int, bool) {
	t := s.text
	if numIsUpperAt(t, i) && !numSentenceStart(t, i) && !numAllUpper(t, i, we) {
		return dst, we, false // "ein Minus von 5 Prozent"
	}
	k := numSkipSpace(t, we)
	if k == we || k >= len(t) {
		return dst, we, false
	}
	var c numCore
	var ok bool
	if numIsDigit(t[k]) {
		c, ok, _ = s.digitsCore(k, k)
	} else if l, _ := numLetterAt(t, k); l {
		ke := numWordEnd(t, k)
		if numWordCandidate(t, k, ke) {
			c, ok = s.wordCore(k, ke, true)
		}
	}
	if !ok {
		return dst, we, false
	}
	if s.toleranceBefore(i) {
		// "plus oder minus eine Milliarde": a tolerance, not a sign
		n := Number{Span: Span{c.start, c.end}, Text: t[c.start:c.end], Value: c.val, Ordinal: c.ordinal, Flags: c.flags}
		return append(dst, n), c.end, true
	}
	n := Number{
		Span:    Span{i, c.end},
		Text:    t[i:c.end],
		Value:   c.val.Neg(),
		Ordinal: c.ordinal,
		Flags:   c.flags | FlagSigned,
	}
	if !n.Ordinal {
		n.Qual = s.qualBefore(i)
	}
	return append(dst, n), c.end, true
}

// toleranceBefore reports whether the "minus" at i ends a tolerance: "plus
// oder minus", "plus minus", "plus/minus", "plus-minus" (the value that follows is a
// width, not a negative number).
func (s *numScanner) toleranceBefore(i int) bool {
	t := s.text
	if i >= 5 && (t[i-1] == '/' || t[i-1] == '-') {
		ws := numWordStart(t, i-1)
		return numFoldEq(t, ws, i-1, "plus")
	}
	if s.precededBy(i, "plus") {
		return true // "plus minus 5"
	}
	if !s.precededBy(i, "oder") {
		return false
	}
	p := numSkipSpaceBack(t, i)
	ws := numWordStart(t, p)
	return s.precededBy(ws, "plus")
}

// numQuantityNoun reports whether the folded word w is a noun an article
// quantifies: "ein Prozent", "einen Euro", "eine Milliarde".
func numQuantityNoun[S string | []byte](w S) bool {
	switch string(w) {
	case "prozent", "prozentpunkt", "prozentpunkte", "prozentpunkten", "promille",
		"basispunkt", "basispunkte", "basispunkten",
		"euro", "eurocent", "cent", "dollar", "usdollar", "franken", "pfund", "yen", "yuan",
		"renminbi", "rubel", "krone", "kronen", "rupie", "rupien", "lira", "peso", "won", "rand",
		"zloty", "forint", "bitcoin":
		return true
	}
	return false
}

// quantityAfter reports whether a quantity noun, a currency symbol or a
// percent sign follows the article that ends at e.
func (s *numScanner) quantityAfter(e int) bool {
	t := s.text
	j := numSkipSpace(t, e)
	if j == e || j >= len(t) {
		return false
	}
	switch t[j] {
	case '%', '$':
		return true
	case 0xE2:
		if j+2 < len(t) && t[j+1] == 0x82 && t[j+2] == 0xAC { // €
			return true
		}
	}
	// the first letters of numQuantityNoun's words, of "us-" and "eu-",
	// and of numScaleWord's: another word is not read and folded
	if !numFirstLetterIn(t, j, "pbecdufyrklwztm") {
		return false
	}
	we := numWordEnd(t, j)
	if we == j {
		return false
	}
	var b numWordBuf
	if !numFold(&b, t, j, we) {
		return false
	}
	w := b.bytes() // compared in place; b is folded again after the test
	if (string(w) == "us" || string(w) == "eu") && we+1 < len(t) && t[we] == '-' {
		we2 := numWordEnd(t, we+1)
		if !numFold(&b, t, we+1, we2) {
			return false
		}
		w, we = b.bytes(), we2
	}
	if numQuantityNoun(w) {
		// "ein Euro-Land", "einen Dollar-Kredit": the article goes with
		// the compound, no count
		return !(we+1 < len(t) && t[we] == '-' && isASCIILetter(t[we+1]) || we+2 < len(t) && t[we] == '-' && t[we+1] >= 0xC3)
	}
	exp, _ := numScaleWord(w)
	return exp != 0 && !numPluralScale(w) // "eine Milliarden-Investition" is no count
}

// numPluralScale reports whether the folded scale word w is a plural
// ("millionen", "milliarden"): an article before it counts something else
// ("ein Milliarden-Dollar-Deal"), so it is no number.
func numPluralScale[S string | []byte](w S) bool {
	return len(w) > 2 && string(w[len(w)-2:]) == "en"
}

// wordCore parses a run of number words starting with the word i..we.
// inner is set for the upper end of a range or the numeral after "minus",
// where a bare article is not a number.
func (s *numScanner) wordCore(i, we int, inner bool) (c numCore, ok bool) {
	var b numWordBuf
	if !numFold(&b, s.text, i, we) {
		return c, false
	}
	return s.wordCoreFolded(&b, i, we, inner)
}

// wordCoreFolded is wordCore with the word text[i:we] already folded into
// b (atWord has folded it for its own checks); b is changed.
func (s *numScanner) wordCoreFolded(b *numWordBuf, i, we int, inner bool) (c numCore, ok bool) {
	t := s.text
	switch string(b.bytes()) { // compared in place, not copied to a string
	case "kein", "keine", "keiner", "keinen", "keines", "keinem":
		if !inner && (s.wholeText(i, we) || s.followedByWord(we, "prozent")) {
			c.start, c.end = i, we
			c.flags = FlagWords
			c.val = decimal.Zero
			c.words = true
			return c, true
		}
		return c, false
	}
	v, ok := numWordParse(b.bytes())
	if !ok {
		// a lone singular scale word as the whole text: "Million" (the
		// word is compared in place; most words that get here are no
		// number at all, "für", "sie")
		if inner {
			return c, false
		}
		switch string(b.bytes()) {
		case "million", "milliarde", "billion", "billiarde":
			if exp, _ := numScaleWord(b.bytes()); exp >= 6 && s.wholeText(i, we) {
				c.start, c.end, c.words = i, we, true
				c.flags = FlagWords | FlagScale
				c.val = newDecimal(1, exp)
				c.scaleExp = exp
				return c, true
			}
		}
		return c, false
	}
	end := we
	// join following words while the run stays a valid number word
	hyphen := false
	for !v.ordinal && v.den == 0 {
		j := numSkipSpace(t, end)
		h := false
		if j == end && j+1 < len(t) && t[j] == '-' {
			j, h = j+1, true // "Zwei-Drittel-Mehrheit", "Drei-Milliarden-Paket"
		}
		if j == end || j >= len(t) {
			break
		}
		je := numWordEnd(t, j)
		if je == j || je < len(t) && numIsDigit(t[je]) || !numJoinCandidate(t, j, je) {
			break
		}
		save := b.n
		if !b.add(t, j, je) {
			b.n = save
			break
		}
		if string(b.b[save:b.n]) == "und" {
			k := numSkipSpace(t, je)
			ke := numWordEnd(t, k)
			if k == je || ke == k || !b.add(t, k, ke) {
				b.n = save
				break
			}
			je = ke
		}
		v2, ok2 := numWordParse(b.bytes())
		if !ok2 || (v2.ordinal && numIsUpperAt(t, j)) {
			b.n = save
			break
		}
		v, end = v2, je
		hyphen = hyphen || h
	}
	c.start, c.end = i, end
	c.words = true
	c.flags = FlagWords
	if hyphen {
		c.flags |= FlagCompound
	}
	c.ordinal = v.ordinal
	whole := s.wholeText(i, end)
	if v.onlyArt {
		switch {
		case whole && !inner: // the text is just "Eine", "null"
		case s.quantityAfter(end):
		case v.zero && !inner && s.nullContext(i):
		case !inner && !v.zero && s.articleRange(i, end):
			// "ein bis zwei Prozent", "zwischen einer und zwei Milliarden"
		default:
			return c, false
		}
	}
	if v.artUse && !v.zero {
		c.flags |= FlagArticle
	}
	// A capitalized cardinal inside a sentence is a noun or a name: "die
	// deutsche Elf", "Die Drei von der Tankstelle", "Claudia Tausend",
	// "außer Acht lassen". Hyphen compounds ("an der Fünf-Prozent-Hürde")
	// and ordinals ("im Zweiten Weltkrieg") are capitalized as nouns and stay.
	if !whole && !v.ordinal && numIsUpperAt(t, i) && !numAllUpper(t, i, we) && !numSentenceStart(t, i) &&
		!(end < len(t) && t[end] == '-') && !hyphen {
		return c, false
	}
	if v.frac {
		c.flags |= FlagFraction
	}
	if v.scale {
		c.flags |= FlagScale
		c.scaleExp = int32(v.lastExp)
	}
	val, ok := v.decimal()
	if !ok {
		return c, false
	}
	c.val = val
	if v.scale && !(v.np == 1 && v.group == 0 && v.cur == 0 && !v.half) {
		// "eine halbe Milliarde", "zwei Milliarden dreihundert Millionen":
		// not a multiple of the last scale word alone
		c.unscaled, c.hasUnscaled = val, true
	}
	// a clock time: "um zwölf Uhr"
	if !v.ordinal && !v.frac && !v.scale && v.np == 0 && v.group == 0 && v.cur <= 24 && !s.f.cfg.dateParts && s.followedByWord(end, "uhr") {
		return c, false
	}
	// a scale word after a fraction: "drei Viertel Milliarden", "ein
	// Drittel Mio." (the value is that part of the scale)
	if !v.scale && v.den > 0 {
		if exp, se := s.scaleAfter(end); se > end {
			c.scaleExp = exp
			c.val = val.Shift(exp)
			c.end = se
			c.flags |= FlagScale
		}
	}
	// a scale abbreviation after number words: "zwei Mrd."
	if !v.scale && !v.ordinal && !v.frac && !v.zero {
		if exp, se := s.scaleAfter(end); se > end {
			c.scaleExp = exp
			c.val = val.Shift(exp)
			c.end = se
			c.flags |= FlagScale
		}
	}
	if c.end < len(t) && t[c.end] == '-' {
		if ok, _ := numLetterAt(t, c.end+1); ok {
			c.flags |= FlagCompound
		}
	}
	return c, true
}

// articleRange reports whether the article i..end is the lower end of a
// range of numbers: "ein bis zwei", "zwischen einer und drei".
func (s *numScanner) articleRange(i, end int) bool {
	t := s.text
	j := numSkipSpace(t, end)
	if j == end || j >= len(t) {
		return false
	}
	// "bis" and "und" fold only from a word that starts with b or u, or
	// with a soft hyphen (0xC2 0xAD): most next words are ruled out here
	// before they are read and folded
	if c := t[j]; c|0x20 != 'b' && c|0x20 != 'u' && c != 0xC2 {
		return false
	}
	we := numWordEnd(t, j)
	var b numWordBuf
	if we == j || !numFold(&b, t, j, we) {
		return false
	}
	switch string(b.bytes()) { // compared in place, not copied to a string
	case "bis":
	case "und":
		if !s.precededBy(i, "zwischen") {
			return false
		}
	default:
		return false
	}
	k := numSkipSpace(t, we)
	if k == we || k >= len(t) {
		return false
	}
	ke := numWordEnd(t, k) // words only: "einen bis 2024 gültigen Vertrag" is no range
	if ke == k || !numWordCandidate(t, k, ke) || !numFold(&b, t, k, ke) {
		return false
	}
	v, ok := numWordParse(b.bytes())
	return ok && !v.onlyArt && !v.ordinal
}

// nullContext reports whether "null" at i reads as a number after a
// preposition ("auf null", "bei null").
func (s *numScanner) nullContext(i int) bool {
	for _, w := range [...]string{"auf", "bei", "gegen", "um", "von", "unter", "ueber", "nahe"} {
		if s.precededBy(i, w) {
			return true
		}
	}
	return false
}

// numPow10 holds 10^0 … 10^19.
var numPow10 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// decimal returns the value of a parsed number word. Fractions (Drittel …)
// are divided out and rounded half-up to 20 digits after the point.
func (v *numWordVal) decimal() (decimal.Decimal, bool) {
	sum := v.group + v.cur
	fits := true
	var exp int32
	for k := 0; k < v.np && fits; k++ {
		p := v.parts[k]
		if p.exp < 0 || int(p.exp) >= len(numPow10) {
			fits = false
			break
		}
		hi, lo := bits.Mul64(p.mult, numPow10[p.exp])
		var carry uint64
		sum, carry = bits.Add64(sum, lo, 0)
		if hi != 0 || carry != 0 {
			fits = false
		}
	}
	if fits && v.half {
		hi, lo := bits.Mul64(sum, 10)
		var carry uint64
		sum, carry = bits.Add64(lo, 5, 0)
		exp = -1
		fits = hi == 0 && carry == 0
	}
	var d decimal.Decimal
	if fits && sum <= math.MaxInt64 {
		d = newDecimal(int64(sum), exp)
	} else {
		d = decimal.NewFromUint64(v.group + v.cur)
		for k := 0; k < v.np; k++ {
			p := v.parts[k]
			d = d.Add(decimal.NewFromUint64(p.mult).Shift(p.exp))
		}
		if v.half {
			d = d.Add(decimal.New(5, -1))
		}
	}
	if v.den > 1 {
		d = d.DivRound(decimal.NewFromUint64(v.den), 20)
	}
	return d, true
}
