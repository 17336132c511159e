package money

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/currency"
)

// curMatch is a currency written in the text.
type curMatch struct {
	start, end int
	e          nameEntry
	adj        bool          // a country adjective decided the unit
	adjUnit    currency.Unit // the unit it decided
}

// lookupName returns the entry of a currency word. The most frequent
// words are answered without the map.
func lookupName(w string) (nameEntry, bool) {
	switch w {
	case "Euro", "€":
		return entEuro, true
	case "US-Dollar":
		return entUSDollar, true
	case "Dollar", "$":
		return entDollar, true
	}
	r, ok := names.Get(nfc(w))
	if !ok && len(w) > 1 && len(w) <= maxFoldLen && foldStarts[foldPair(w)] {
		// "17 dollar", "fünfzig cent", "20 EURO": a name written in
		// another case
		var buf [maxFoldLen]byte
		if n := caseFold(&buf, w); n > 0 {
			r, ok = names.GetBytes(buf[:n])
		}
	}
	if !ok {
		return nameEntry{}, false
	}
	return r.entry(), true
}

// maxFoldLen bounds the words caseFold rewrites; currency names are short.
const maxFoldLen = 32

// foldPair indexes the first two bytes of w, ASCII letters folded to lower
// case, into the table of foldStarts (other bytes share one slot).
func foldPair(w string) int {
	return int(foldByte(w[0]))*27 + int(foldByte(w[1]))
}

// foldByte maps an ASCII letter to 1…26 and any other byte to 0.
func foldByte(c byte) byte {
	c |= 0x20
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 1
	}
	return 0
}

// foldStarts (generated: see the package's zz_generated_sets.go) marks
// the first two letters of every currency name, so that a word that
// starts like none ("und", "neue") is not case-folded and looked up again.
//
// buildFoldStarts returns it, from the words of buildNames.
func buildFoldStarts() *[27 * 27]bool {
	var t [27 * 27]bool
	for name := range buildNames() {
		if len(name) > 1 {
			t[foldPair(name)] = true
		}
	}
	return &t
}

// lowerOnlyWords are lower-case words that are no currency even right
// after a numeral ("5 real" is not Brazilian money in German text; "mark"
// and "rand" are verbs and nouns of their own).
var lowerOnlyWords = [...]string{"mark", "rand", "real", "won", "leu", "lei", "lew", "dirham"}

// caseFold writes w into buf in the case the names table uses,
// capitalized ("dollar", "DOLLAR" → "Dollar"), and returns its length, or
// 0 when w needs no such rewrite or must not get one: a word of mixed case,
// a hyphenated word, one of lowerOnlyWords, or one of three capitals (an
// ISO code, read elsewhere). Only ASCII letters change case; umlauts are
// left as written.
func caseFold(buf *[maxFoldLen]byte, w string) int {
	lower, upper := true, true
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z':
			upper = false
		case 'A' <= c && c <= 'Z':
			lower = false
		case c >= 0x80:
		default:
			return 0
		}
	}
	switch {
	case lower:
		for _, x := range lowerOnlyWords {
			if w == x {
				return 0
			}
		}
	case upper && len(w) > 3:
	default:
		return 0
	}
	n := copy(buf[:], w)
	for i := 0; i < n; i++ {
		c := buf[i]
		switch {
		case i == 0 && 'a' <= c && c <= 'z':
			buf[i] = c - 'a' + 'A'
		case i > 0 && 'A' <= c && c <= 'Z':
			buf[i] = c + 'a' - 'A'
		}
	}
	return n
}

// nameAt recognizes a currency name, code or symbol starting exactly at p
// (no country adjective). It returns the entry and the end of the word.
func nameAt(text string, p int) (nameEntry, int, bool) {
	if p < 0 || p >= len(text) {
		return nameEntry{}, 0, false
	}
	b := text[p]
	if b == '$' {
		e, _ := lookupName("$")
		return e, p + 1, true
	}
	if b >= utf8.RuneSelf && letterAt(text, p) == 0 {
		r, n := utf8.DecodeRuneInString(text[p:])
		if symbolRune(r) {
			e, ok := lookupName(text[p : p+n])
			return e, p + n, ok
		}
		return nameEntry{}, 0, false
	}
	if letterAt(text, p) == 0 {
		return nameEntry{}, 0, false
	}
	we := wordEnd(text, p)
	if we-p > 24 {
		return nameEntry{}, 0, false
	}
	if we < len(text) {
		switch text[we] {
		case '$': // US$, HK$, C$
			if e, ok := lookupName(text[p : we+1]); ok {
				return e, we + 1, true
			}
		case '-':
			if we+1 < len(text) && text[we+1] == '$' { // US-$
				if e, ok := lookupName(text[p : we+2]); ok {
					return e, we + 2, true
				}
			}
			if letterAt(text, we+1) > 0 { // US-Dollar, Euro-Cent, D-Mark
				we2 := wordEnd(text, we+1)
				if we2-p <= 32 {
					if e, ok := lookupName(text[p:we2]); ok && !wordChar(text, we2) {
						return e, we2, true
					}
				}
			}
		case '.': // Fr., SFr.
			if e, ok := lookupName(text[p : we+1]); ok {
				return e, we + 1, true
			}
		}
	}
	if wordChar(text, we) {
		return nameEntry{}, 0, false // a digit glued to the word
	}
	w := text[p:we]
	if 'a' <= w[0] && w[0] <= 'z' && we < len(text) && text[we] == '-' {
		return nameEntry{}, 0, false // "5 euro-artige Summen": an adjective
	}
	if e, ok := lookupName(w); ok {
		if e.fam == famPfund && w == "Pfund" {
			// "Pfund Sterling"
			if q := skipSpaces(text, we, 1); q > we && hasWordAt(text, q, "Sterling") {
				return e, q + len("Sterling"), true
			}
			if weighedAfter(text, we) {
				return nameEntry{}, 0, false // "750 Pfund Mehl": a weight
			}
		}
		return e, we, true
	}
	if u, ok := isoCode(w); ok {
		return fixed(u, famNone), we, true
	}
	return nameEntry{}, 0, false
}

// hasWordAt reports whether the whole word w stands at p.
func hasWordAt(text string, p int, w string) bool {
	return len(text)-p >= len(w) && text[p:p+len(w)] == w && !wordChar(text, p+len(w))
}

// adjectiveAt recognizes a country adjective at p ("schwedischen",
// "Schweizer", "US-amerikanische") and returns what it selects and its end.
func adjectiveAt(text string, p int) ([]countryCur, int, bool) {
	we := wordEnd(text, p)
	if we == p || we-p > 40 {
		return nil, 0, false
	}
	end := we
	if we+1 < len(text) && text[we] == '-' && letterAt(text, we+1) > 0 {
		end = wordEnd(text, we+1) // US-amerikanische, saudi-arabischen
	}
	if wordChar(text, end) || end < len(text) && text[end] == '-' {
		return nil, 0, false
	}
	w := nfc(text[p:end])
	if !mayBeAdjective(w) {
		return nil, 0, false // most words: the table is not built for them
	}
	adj := adjectives()
	if cs, ok := adj[w]; ok {
		return cs, end, true
	}
	for _, suf := range [...]string{"en", "er", "es", "em", "e"} {
		if len(w) > len(suf)+3 && w[len(w)-len(suf):] == suf {
			if cs, ok := adj[w[:len(w)-len(suf)]]; ok {
				return cs, end, true
			}
		}
	}
	return nil, 0, false
}

// adjectiveExceptions are the keys of adjectives that do not end in
// "isch" ("kanadisch").
var adjectiveExceptions = [...]string{"deutsch", "Deutsch", "Schweizer", "Hongkonger"}

// mayBeAdjective reports whether w can be a key of adjectives, or one with
// an inflection ending (as adjectiveAt looks them up): every key ends in
// "isch" or is one of adjectiveExceptions (TestMayBeAdjective), so a text
// whose words after numerals are units and nouns ("Menschen", "Tonnen")
// never builds the table.
func mayBeAdjective(w string) bool {
	if adjectiveKeyLike(w) {
		return true
	}
	for _, suf := range [...]string{"en", "er", "es", "em", "e"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && adjectiveKeyLike(stem) {
			return true
		}
	}
	return false
}

// adjectiveKeyLike reports whether s ends in "isch" or is one of
// adjectiveExceptions.
func adjectiveKeyLike(s string) bool {
	if strings.HasSuffix(s, "isch") {
		return true
	}
	for _, x := range adjectiveExceptions {
		if s == x {
			return true
		}
	}
	return false
}

// currencyAt recognizes a currency written after a numeral, starting at p:
// a symbol, an ISO code, a name, or a country adjective and a name.
func currencyAt(text string, p int) (curMatch, bool) {
	if e, end, ok := nameAt(text, p); ok {
		return curMatch{start: p, end: end, e: e}, true
	}
	if letterAt(text, p) == 0 {
		return curMatch{}, false
	}
	cs, aend, ok := adjectiveAt(text, p)
	if !ok {
		return curMatch{}, false
	}
	q := skipSpaces(text, aend, 1)
	if q == aend {
		return curMatch{}, false
	}
	e, end, ok := nameAt(text, q)
	if !ok {
		return curMatch{}, false
	}
	for _, c := range cs {
		if c.fam == e.fam && e.fam != famNone {
			return curMatch{start: p, end: end, e: e, adj: true, adjUnit: c.unit}, true
		}
	}
	return curMatch{}, false
}

// currencyBefore recognizes a symbol or ISO code that ends at or one space
// before p, the start of a numeral: "€ 2,5 Mio.", "US$5", "EUR 850 Mio.",
// "CHF 1'250", "SFr. 20". Names are not accepted in front of a numeral.
func currencyBefore(text string, p int) (curMatch, bool) {
	q := p - spaceBefore(text, p)
	if q <= 0 {
		return curMatch{}, false
	}
	b := text[q-1]
	switch {
	case b == '$':
		s := q - 1
		if s > 0 && text[s-1] == '-' {
			s--
		}
		ws := s
		for ws > 0 && s-ws < 3 && isASCIILetter(text[ws-1]) {
			ws--
		}
		if ws < s && !wordCharBefore(text, ws) {
			if e, ok := lookupName(text[ws:q]); ok {
				return curMatch{start: ws, end: q, e: e}, true
			}
		}
		if wordCharBefore(text, q-1) {
			return curMatch{}, false
		}
		e, _ := lookupName("$")
		return curMatch{start: q - 1, end: q, e: e}, true
	case b >= utf8.RuneSelf:
		r, n := utf8.DecodeLastRuneInString(text[:q])
		if symbolRune(r) {
			if e, ok := lookupName(text[q-n : q]); ok {
				return curMatch{start: q - n, end: q, e: e}, true
			}
		}
	case b == '.':
		ws := wordStart(text, q-1)
		if ws < q-1 && q-ws <= 5 && !wordCharBefore(text, ws) {
			if e, ok := lookupName(text[ws:q]); ok {
				return curMatch{start: ws, end: q, e: e}, true
			}
		}
	case 'A' <= b && b <= 'Z':
		if q >= 3 && !wordCharBefore(text, q-3) && !acronymCodes.Value(text[q-3:q]) {
			if u, ok := isoCode(text[q-3 : q]); ok {
				return curMatch{start: q - 3, end: q, e: fixed(u, famNone)}, true
			}
		}
	}
	return curMatch{}, false
}

func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// weighedGoods are goods sold by weight and words of weight: after
// "Pfund" they make it the old unit of weight (500 g), not the British
// pound ("750 Pfund Mehl", "zehn Pfund schwerer").
var weighedGoods = [...]string{
	"Mehl", "Zucker", "Butter", "Kaffee", "Tee", "Fleisch", "Hackfleisch", "Wurst", "Käse",
	"Brot", "Salz", "Reis", "Nudeln", "Kartoffeln", "Äpfel", "Tomaten", "Obst", "Gemüse",
	"Fisch", "Bohnen", "Erbsen", "Linsen", "Quark", "Trauben", "Kirschen", "Erdbeeren",
	"Benzin", "Heu", "Stroh", "Futter", "Gewicht", "Körpergewicht", "Übergewicht",
	// words of weight
	"schwer", "schwerer", "leichter", "abgenommen", "zugenommen",
}

// weighedAfter reports whether one of weighedGoods follows "Pfund" ending
// at we (one space between).
func weighedAfter(text string, we int) bool {
	q := skipSpaces(text, we, 1)
	if q == we || letterAt(text, q) == 0 {
		return false
	}
	qe := wordEnd(text, q)
	if qe-q > 40 || wordChar(text, qe) || qe < len(text) && text[qe] == '-' {
		return false
	}
	w := nfc(text[q:qe])
	for _, g := range weighedGoods {
		if w == g {
			return true
		}
	}
	return false
}
