package money

import (
	"sort"
	"strings"

	"github.com/finanztext/finanztext/parse"
)

// Vague amounts name an order of magnitude but no number: "einige
// Milliarden US-Dollar", "Milliarden von Euro", "mehrere Millionen Euro",
// "ein dreistelliger Millionenbetrag", "Milliardenbeträge", "Tausende
// Euro", "mehrere tausend Euro". They are
// reported with Vague set and a zero Value; the finder never invents a
// value for them. A bare scale word counts only with a currency after it
// ("Millionen Menschen" is no amount); a word such as "Millionenbetrag"
// counts by itself, with HasCurrency false unless a currency is joined to
// it ("Euro-Milliardenbetrag").

// quantifiers may stand before a bare scale word in a vague amount.
//
// buildQuantifiers returns the words of the table quantifiers (generated: see the
// package's zz_generated_sets.go).
func buildQuantifiers() map[string]bool {
	return map[string]bool{
		"einige": true, "einigen": true, "einiger": true,
		"mehrere": true, "mehreren": true, "mehrerer": true,
		"etliche": true, "etlichen": true, "etlicher": true,
		"viele": true, "vielen": true, "vieler": true,
		"wenige": true, "wenigen": true, "weniger": true,
		"zig": true, "paar": true,
		// the same at the start of a sentence: "Mehrere Milliarden Dollar flossen ab."
		"Einige": true, "Einigen": true, "Mehrere": true, "Mehreren": true,
		"Etliche": true, "Etlichen": true, "Viele": true, "Vielen": true,
		"Wenige": true, "Wenigen": true, "Zig": true,
		"Hunderte": true, "Hunderten": true, "hunderte": true, "hunderten": true,
		"Dutzende": true, "Dutzenden": true, "dutzende": true, "dutzenden": true,
		"Tausende": true, "Tausenden": true,
	}
}

// vagueSuffixes turn a scale word into a noun for a vague sum of money.
var vagueSuffixes = [...]string{"betrag", "beträge", "beträgen", "betrags", "betrages", "summe", "summen", "höhe"}

// vagueWord reports whether w names a vague sum by itself:
// "Millionenbetrag", "Milliardenbeträge", "Milliardensumme".
func vagueWord(w string) bool {
	if w == "" || w[0] != 'M' && w[0] != 'B' {
		return false // NFC keeps a first letter that is not M or B
	}
	w = nfc(w)
	var rest string
	switch {
	case strings.HasPrefix(w, "Millionen"):
		rest = w[len("Millionen"):]
	case strings.HasPrefix(w, "Milliarden"):
		rest = w[len("Milliarden"):]
	case strings.HasPrefix(w, "Billionen"):
		rest = w[len("Billionen"):]
	default:
		return false
	}
	for _, s := range vagueSuffixes {
		if rest == s {
			return true
		}
	}
	return false
}

// sizeAdjective reports whether w describes the size of a vague sum:
// "dreistelliger", "zweistelligen", "hohen".
func sizeAdjective(w string) bool {
	w = nfc(w)
	for _, suf := range [...]string{"en", "er", "es", "em", "e"} {
		if strings.HasSuffix(w, suf) {
			stem := w[:len(w)-len(suf)]
			if strings.HasSuffix(stem, "stellig") {
				return true
			}
			switch stem {
			case "hoh", "niedrig", "mittler", "groß", "gewaltig", "beträchtlich", "erheblich":
				return true
			}
		}
	}
	return false
}

// numeralAt reports whether one of nums overlaps [s, e). (parse reads no
// number in an article before a plural scale word: "ein Milliarden-…".)
func numeralAt(nums []parse.Number, s, e int) bool {
	k := sort.Search(len(nums), func(i int) bool { return nums[i].End > s })
	return k < len(nums) && nums[k].Start < e
}

// addVague finds the vague amounts of c.text and merges them into out,
// which holds the amounts with a value. A vague amount that overlaps one
// of them is dropped.
func (f *Finder) addVague(c *scanCtx, out []Amount, nums []parse.Number) []Amount {
	text := c.text
	var vs []Amount
	lastEnd := 0
	var anchors vagueAnchors
	for i := 0; i < len(text); {
		pos, n := anchors.next(text, i)
		if pos < 0 {
			break
		}
		ws, we := wordStart(text, pos), wordEnd(text, pos)
		if we <= pos {
			we = pos + n
		}
		i = we
		if ws < lastEnd || ws == pos || we-ws > 40 {
			continue
		}
		var a Amount
		var ok bool
		w := text[ws:we]
		switch {
		case pluralScale(w):
			a, ok = f.vagueScale(c, nums, ws, we, false)
		case vagueWord(w):
			a, ok = f.vagueNoun(c, ws, we)
		default:
			if plural, isCount := vagueCount(w); isCount {
				a, ok = f.vagueScale(c, nums, ws, we, !plural)
			}
		}
		if ok && !spentIn(c.spent, a.Span) {
			vs = append(vs, a)
			lastEnd = a.End
		}
	}
	if len(vs) == 0 {
		return out
	}
	merged := make([]Amount, 0, len(out)+len(vs))
	j := 0
	for _, v := range vs {
		for j < len(out) && out[j].End <= v.Start {
			merged = append(merged, out[j])
			j++
		}
		if j < len(out) && out[j].Start < v.End {
			continue // overlaps an amount with a value
		}
		merged = append(merged, v)
	}
	return append(merged, out[j:]...)
}

// spentIn reports whether sp lies in one of the spans of spent (they are
// few: one per "X (Vorjahr: Y) Milliarden Euro").
func spentIn(spent []parse.Span, sp parse.Span) bool {
	for _, s := range spent {
		if s.Start <= sp.Start && sp.End <= s.End {
			return true
		}
	}
	return false
}

// vagueAnchors finds the places where a vague amount may be: the scale
// words ("Milliarden", "Millionenbetrag") hold "illi", the counts
// ("Tausende", "Hunderte", "tausend") "usend" or "undert", found in one
// search for their common first byte. Each kind's next position is
// remembered, so the search stays linear.
type vagueAnchors struct {
	at       [2]int  // next position of each kind; -1: none left
	searched [2]bool // at[k] holds a search result
}

// next returns the first anchor position at or after i and the anchor's
// length, or -1.
func (v *vagueAnchors) next(text string, i int) (int, int) {
	best, n := -1, 0
	for k := range v.at {
		if !v.searched[k] || v.at[k] >= 0 && v.at[k] < i {
			v.searched[k] = true
			if k == 0 {
				v.at[k] = illiAnchor(text, i)
			} else {
				v.at[k] = countAnchor(text, i)
			}
		}
		if p := v.at[k]; p >= 0 && (best < 0 || p < best) {
			best, n = p, 4
		}
	}
	return best, n
}

// illiAnchor returns the position of the next "illi" at or after i, or
// -1: the same as strings.Index(text[i:], "illi")+i. strings.Index
// searches for the first byte, and 'i' is so frequent in German that its
// search stops every dozen bytes; 'l' is half as frequent, so the search
// goes for the first 'l' of "illi" and checks the bytes around it.
func illiAnchor(text string, i int) int {
	for j := i + 1; j+2 < len(text); {
		k := strings.IndexByte(text[j:len(text)-2], 'l')
		if k < 0 {
			return -1
		}
		j += k
		if text[j+1] == 'l' && text[j-1] == 'i' && text[j+2] == 'i' {
			return j - 1
		}
		j++
	}
	return -1
}

// countAnchor returns the position of the next "usend" or "undert" at or
// after i, or -1.
func countAnchor(text string, i int) int {
	for i < len(text) {
		j := strings.IndexByte(text[i:], 'u')
		if j < 0 {
			return -1
		}
		i += j
		// the byte after the 'u' rules out most of them ("und", "auf")
		// before any comparison
		if i+1 < len(text) && (text[i+1] == 's' && strings.HasPrefix(text[i:], "usend") ||
			text[i+1] == 'n' && strings.HasPrefix(text[i:], "undert")) {
			return i
		}
		i++
	}
	return -1
}

// vagueCount reports whether w is a count word of a vague amount:
// plural "Tausende", "Hunderte", "Zehntausende", "Hunderttausenden"
// (plural true), or singular "tausend", "Hundert", "hunderttausend",
// which count only after a quantifier ("mehrere tausend Euro").
func vagueCount(w string) (plural, ok bool) {
	for _, stem := range [...]string{"tausend", "hundert"} {
		for _, end := range [...]string{"", "e", "en"} {
			if len(w) < len(stem)+len(end) || w[len(w)-len(end):] != end {
				continue
			}
			body := w[:len(w)-len(end)]
			k := len(body) - len(stem)
			if !foldFirstEq(body[k:], stem, k == 0) {
				continue
			}
			rest := body[:k]
			if rest == "" || foldFirstEq(rest, "zehn", true) || foldFirstEq(rest, "hundert", true) ||
				foldFirstEq(rest, "zehntausend", true) {
				return end != "", true
			}
		}
	}
	return false, false
}

// foldFirstEq reports whether s equals the lower-case t, where the first
// byte of s may be upper case when first is set ("Tausend", "tausend").
func foldFirstEq(s, t string, first bool) bool {
	if len(s) != len(t) || s == "" {
		return false
	}
	c := s[0]
	if first && 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c == t[0] && s[1:] == t[1:]
}

// vagueScale reads "einige Milliarden US-Dollar" around the scale word at
// [ws, we). needQuant asks for a quantifier before it ("mehrere tausend
// Euro", where "tausend Euro" alone is the numeral 1000).
func (f *Finder) vagueScale(c *scanCtx, nums []parse.Number, ws, we int, needQuant bool) (Amount, bool) {
	text := c.text
	if numeralAt(nums, ws, we) {
		return Amount{}, false // "zwei Milliarden": a numeral, not vague
	}
	start := ws
	if p := ws - spaceBefore(text, ws); p < ws {
		if p > 0 && text[p-1] >= '0' && text[p-1] <= '9' {
			return Amount{}, false
		}
		qs := wordStart(text, p)
		if qs < p && !wordCharBefore(text, qs) {
			// a singular count between the quantifier and the scale word:
			// "einige hundert Millionen Euro", "mehrere Tausend Milliarden"
			if plural, isCount := vagueCount(text[qs:p]); isCount && !plural {
				if r := qs - spaceBefore(text, qs); r < qs {
					if q2 := wordStart(text, r); q2 < r && quantifiers.Value(text[q2:r]) && !wordCharBefore(text, q2) {
						qs, p = q2, r
					}
				}
			}
		}
		if qs < p && quantifiers.Value(text[qs:p]) && !wordCharBefore(text, qs) {
			start = qs
			if text[qs:p] == "paar" {
				if r := qs - spaceBefore(text, qs); r < qs && r >= 3 && (text[r-3:r] == "ein" || text[r-3:r] == "Ein") && !wordCharBefore(text, r-3) {
					start = r - 3
				}
			}
		}
	} else if ws > 0 && text[ws-1] == '-' {
		return Amount{}, false // inside a compound: "Euro-Milliarden"
	}
	if needQuant && start == ws {
		return Amount{}, false
	}
	var q int
	if we+1 < len(text) && text[we] == '-' {
		q = we + 1 // "Milliarden-Dollar-Deal"
	} else {
		q = skipSpaces(text, we, 1)
		if q == we {
			return Amount{}, false
		}
		if hasWordAt(text, q, "von") {
			if r := skipSpaces(text, q+3, 1); r > q+3 {
				q = r
			}
		}
	}
	cm, ok := currencyAt(text, q)
	if !ok || cm.e.minor {
		return Amount{}, false
	}
	a := Amount{
		Span:         parse.Span{Start: start, End: cm.end},
		Vague:        true,
		CurrencySpan: parse.Span{Start: cm.start, End: cm.end},
	}
	a.Currency, a.HasCurrency = f.unitOf(c, cm)
	a.Text = text[a.Start:a.End]
	return a, true
}

// vagueNoun reads "ein dreistelliger Millionenbetrag" or
// "Euro-Milliardenbetrag" around the word at [ws, we).
func (f *Finder) vagueNoun(c *scanCtx, ws, we int) (Amount, bool) {
	text := c.text
	if wordChar(text, we) {
		return Amount{}, false
	}
	a := Amount{Span: parse.Span{Start: ws, End: we}, Vague: true}
	if ws >= 2 && text[ws-1] == '-' {
		// a currency joined in front: "Euro-Milliardenbetrag"
		cs := wordStart(text, ws-1)
		if cs < ws-1 {
			if cm, ok := currencyAt(text, cs); ok && cm.end == ws-1 && !cm.e.minor {
				a.Start = cs
				a.CurrencySpan = parse.Span{Start: cm.start, End: cm.end}
				a.Currency, a.HasCurrency = f.unitOf(c, cm)
			}
		}
		if a.Start == ws {
			return Amount{}, false
		}
	}
	if p := a.Start - spaceBefore(text, a.Start); p < a.Start {
		as := wordStart(text, p)
		if as < p && sizeAdjective(text[as:p]) && !wordCharBefore(text, as) {
			a.Start = as
		}
	}
	a.Text = text[a.Start:a.End]
	return a, true
}
