package parse

import (
	"math"

	"github.com/shopspring/decimal"
)

// Ranges ("20 bis 25"), qualifiers ("rund", "mehr als") and the words
// before a numeral that change what it means.

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
		switch string(b.bytes()) { // compared in place, not copied to a string
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
func numQualWord[S string | []byte](w S) (Approx, bool) {
	switch string(w) {
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
	w := b.bytes() // compared in place; b is folded again only after its last use
	if dot {
		switch string(w) {
		case "ca", "rd":
			return s.newQual(Qualifier{Span: Span{ws, p}, Text: t[ws:p], Approx: About})
		}
		return nil
	}
	if a, ok := numQualWord(w); ok {
		if string(w) == "ueber" && s.amountNounBefore(ws) {
			return nil // "ein Auftrag über 40 Millionen Euro": the amount itself
		}
		return s.newQual(Qualifier{Span: Span{ws, p}, Text: t[ws:p], Approx: a})
	}
	var first string
	var a Approx
	switch string(w) {
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
	w2 := b.bytes()
	if string(w2) == first || (first == "mehr" && string(w2) == "weniger") {
		if string(w2) == "weniger" {
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
	w := b.bytes()
	for _, n := range numAmountNouns {
		for _, end := range [...]string{"", "e", "en", "n", "s", "es"} {
			if len(w) >= len(n)+len(end) && string(w[len(w)-len(end):]) == end && string(w[len(w)-len(end)-len(n):len(w)-len(end)]) == n {
				return true
			}
		}
	}
	return false
}
