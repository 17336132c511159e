package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// pctAttachSign extends m over a sign written directly in front of a
// number that FindNumbers reported without it: "+3 %", "−1,4 %". It reports
// whether a sign was found.
func pctAttachSign(text string, m *PercentMatch) bool {
	s := m.Start
	if m.Qual != nil || s == 0 {
		return false
	}
	c := text[s]
	if c < '0' || c > '9' {
		return false
	}
	neg := false
	switch {
	case text[s-1] == '+':
		s--
	case text[s-1] == '-':
		if s >= 3 && text[s-3:s-1] == "+/" {
			return false // "+/-0,5 %": a tolerance, not a sign
		}
		neg = true
		s--
	case s >= 3 && text[s-3:s] == "−": // U+2212 MINUS SIGN
		neg = true
		s -= 3
	case s >= 3 && text[s-3:s] == "–": // an en dash used as a minus: "(–1,4 %)", not "20 –25 %"
		if k := pctSkipBlanksBack(text, s-3); k > 0 && pctDigitAt(text, k-1) {
			return false
		}
		neg = true
		s -= 3
	default:
		return false
	}
	if s > 0 {
		switch text[s-1] {
		case ' ', '(', '[', '/', '\t', '\n', ':':
		default:
			if !(s >= 2 && text[s-2:s] == "\u00a0") {
				return false
			}
		}
	}
	m.Start = s
	if neg {
		m.Value = m.Value.Neg()
		if m.IsRange {
			m.Max = m.Max.Neg()
		}
	}
	return true
}

// pctSignDirection returns Up or Down for a signed value; "+0 %" is Up,
// "−0 %" Down.
func pctSignDirection(text string, start int, v decimal.Decimal) Direction {
	switch v.Sign() {
	case 1:
		return Up
	case -1:
		return Down
	}
	if strings.HasPrefix(text[start:], "+") {
		return Up
	}
	return Down
}

// pctJoinRange turns m into a range when the number before it is joined by
// "bis" or a dash and has no unit of its own: FindNumbers may report
// "20 bis 25" as two numbers.
func pctJoinRange(text string, m *PercentMatch, prev *Number, prevEnd int) {
	if prev.Start < prevEnd || prev.End > m.Start || prev.IsRange || prev.Ordinal || m.Qual != nil {
		return
	}
	if !pctIsRangeGap(text[prev.End:m.Start], false) {
		return
	}
	if !prev.Value.LessThan(m.Value) {
		return
	}
	m.Max = m.Value
	m.Value = prev.Value
	m.IsRange = true
	m.Start = prev.Start
	m.Qual = pctQual(text, prev)
}

// pctIsRangeGap reports whether gap, the text between two numerals, joins
// them into a range: "bis", "-", "–", "—", and "und" when und is true.
func pctIsRangeGap(gap string, und bool) bool {
	g := strings.TrimFunc(gap, pctIsBlank)
	switch g {
	case "bis", "-", "–", "—", "bis zu":
		return true
	case "und":
		return und
	}
	return false
}

// pctElliptic reports whether gap, the text between two percentages, ends
// in a clause without a verb that ends in "um": ", der Gewinn um", "und das
// Ergebnis um", "; Europa um", ", in der Krankensparte um".
func pctElliptic(gap string) bool {
	if len(gap) > 120 {
		return false
	}
	k := strings.LastIndexAny(gap, ",;")
	if u := strings.LastIndex(gap, " und "); u > k {
		k = u + len(" und") - 1
	}
	if k < 0 || strings.ContainsAny(gap[k+1:], ".:!?()–—\n") {
		return false
	}
	words := strings.Fields(gap[k+1:])
	n := len(words)
	if n < 2 || n > 6 || words[n-1] != "um" {
		return false
	}
	noun := false
	for i, w := range words[:n-1] {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			noun = true
		case pctIsArticleWord(w) || pctPrepositions.Has(w):
		case i > 0 && (pctIsArticleWord(words[i-1]) || pctPrepositions.Has(words[i-1])) && i+1 < n-1 && pctStartsUpper(words[i+1]):
			// an adjective: "die operative Marge um", "gegen laufende Prämie um"
		default:
			return false // a verb or an adverb of its own
		}
	}
	return noun
}

// pctStartsUpper reports whether w starts with an upper-case letter.
func pctStartsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// pctPrepositions may open the phrase of an elliptic clause.
//
// buildPctPrepositions returns the words of the table pctPrepositions
// (generated: see the package's zz_generated_sets.go).
func buildPctPrepositions() map[string]struct{} {
	return map[string]struct{}{
		"in": {}, "im": {}, "bei": {}, "beim": {}, "für": {}, "an": {}, "am": {}, "aus": {},
		"von": {}, "vom": {}, "zu": {}, "zum": {}, "zur": {}, "nach": {}, "vor": {}, "mit": {},
		"gegen": {}, "ohne": {}, "je": {},
	}
}

// pctIsAndGap reports whether gap, the text between two percentages, joins
// them with "und", "sowie" or "oder" inside one clause.
func pctIsAndGap(gap string) bool {
	if len(gap) > 80 || strings.ContainsAny(gap, ",;:.!?()–—\n") {
		return false
	}
	return strings.Contains(gap, " und ") || strings.Contains(gap, " sowie ") || strings.Contains(gap, " oder ")
}

// pctMergeRanges joins "20 % bis 25 %" and "zwischen 20 % und 25 %" into one
// range match.
func pctMergeRanges(text string, ms []PercentMatch) []PercentMatch {
	if len(ms) < 2 {
		return ms
	}
	out := ms[:1]
	for _, b := range ms[1:] {
		a := &out[len(out)-1]
		// the decimal comparison (which allocates) comes last
		if !a.IsRange && !b.IsRange && a.Unit == b.Unit && b.Qual == nil && a.Direction == b.Direction &&
			pctIsRangeGap(text[a.End:b.Start], pctWordBefore(text, pctLeft(a)) == "zwischen") &&
			a.Value.LessThan(b.Value) {
			a.Max = b.Value
			a.IsRange = true
			a.End = b.End
			a.Text = text[a.Start:a.End]
			continue
		}
		out = append(out, b)
	}
	return out
}

// pctLeft returns where m begins, its qualifier included.
func pctLeft(m *PercentMatch) int {
	if m.Qual != nil && m.Qual.Start < m.Start {
		return m.Qual.Start
	}
	return m.Start
}
