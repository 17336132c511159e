package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// pctFindWordForms adds percentages whose numeral is a word that
// FindNumbers does not report on its own: "ein Prozent", "einen halben
// Prozentpunkt", "zehnprozentige", "Fünf-Prozent-Hürde" when the number
// scanner skipped the compound. ms is ordered; the result is ordered too.
func pctFindWordForms(text string, ms []PercentMatch) []PercentMatch {
	var extra []PercentMatch
	for _, stem := range pctUnitWords {
		mi := 0
		for off := 0; ; {
			k := strings.Index(text[off:], stem)
			if k < 0 {
				break
			}
			p := off + k - 3 // the P/p of Pro
			off += k + len(stem)
			if p < 0 || text[p+1:p+3] != "ro" || text[p] != 'P' && text[p] != 'p' {
				continue
			}
			for mi < len(ms) && ms[mi].End <= p {
				mi++
			}
			if mi < len(ms) && ms[mi].Start <= p {
				continue // already part of a match
			}
			if m, ok := pctWordForm(text, p); ok {
				if len(extra) > 0 && m.Start < extra[len(extra)-1].End {
					continue
				}
				if mi > 0 && m.Start < ms[mi-1].End {
					continue
				}
				extra = append(extra, m)
			}
		}
	}
	if len(extra) == 0 {
		return ms
	}
	return pctMergeSorted(ms, extra)
}

// pctMergeSorted merges two slices ordered by Start, dropping a match that
// overlaps one already taken.
func pctMergeSorted(a, b []PercentMatch) []PercentMatch {
	// b may itself hold matches of several unit words: sort it first
	// (insertion sort; it is short).
	for i := 1; i < len(b); i++ {
		for j := i; j > 0 && b[j].Start < b[j-1].Start; j-- {
			b[j], b[j-1] = b[j-1], b[j]
		}
	}
	out := make([]PercentMatch, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		var m PercentMatch
		if j >= len(b) || i < len(a) && a[i].Start <= b[j].Start {
			m = a[i]
			i++
		} else {
			m = b[j]
			j++
		}
		if len(out) > 0 && m.Start < out[len(out)-1].End {
			continue
		}
		out = append(out, m)
	}
	return out
}

// pctWordForm tries to read a word numeral in front of the unit word that
// starts at text[p].
func pctWordForm(text string, p int) (PercentMatch, bool) {
	// The word that holds the unit: is the unit attached to letters?
	ws := p
	for ws > 0 && p-ws < 48 {
		r, size := utf8.DecodeLastRuneInString(text[:ws])
		if !pctIsWordRune(r) {
			break
		}
		ws -= size
	}
	var m PercentMatch
	switch {
	case ws < p: // "zehnprozentig", "Fünfprozenthürde"
		unit, end, ok := pctUnitAt(text, p, true)
		if !ok || text[p] != 'p' {
			return m, false
		}
		start := ws
		v, ok := pctWordValue(text[ws:p])
		if a := pctWordBefore(text, ws); !ok && pctIsArticle(a) {
			// "einen Viertelprozentpunkt"
			start = pctSkipBlanksBack(text, ws) - len(a)
			v, ok = pctWordValue(text[start:p])
		}
		if !ok {
			return m, false
		}
		m = PercentMatch{Span: Span{start, end}, Value: v, Unit: unit}
	case p > 0 && text[p-1] == '-': // "Fünf-Prozent-Hürde"
		unit, end, ok := pctUnitAt(text, p, true)
		if !ok {
			return m, false
		}
		w := pctWordBefore(text, p-1)
		if w == "" || pctSkipBlanksBack(text, p-1) != p-1 {
			return m, false
		}
		v, ok := pctWordValue(w)
		if !ok {
			return m, false
		}
		m = PercentMatch{Span: Span{p - 1 - len(w), end}, Value: v, Unit: unit}
	default: // "ein Prozent", "einen halben Prozentpunkt", "zehn Prozent"
		unit, end, ok := pctUnitAt(text, p, false)
		if !ok {
			return m, false
		}
		ke := pctSkipBlanksBack(text, p)
		if ke == p {
			return m, false
		}
		w := pctWordBefore(text, p)
		if w == "" {
			return m, false
		}
		start := ke - len(w)
		var v decimal.Decimal
		switch pctFold(w) {
		case "halb", "halbe", "halben", "halber", "halbes", "halbem":
			v = newDecimal(5, -1)
			if a := pctWordBefore(text, start); pctIsArticle(a) {
				start = pctSkipBlanksBack(text, start) - len(a)
			}
		default:
			if pctIsArticle(w) {
				v = newDecimal(1, 0)
				break
			}
			v, ok = pctWordValue(w)
			if !ok {
				return m, false
			}
		}
		m = PercentMatch{Span: Span{start, end}, Value: v, Unit: unit}
	}
	m.Text = text[m.Start:m.End]
	return m, true
}

// pctIsArticle reports whether w is a form of the indefinite article "ein",
// which means one in front of a unit ("ein Prozent", "einen Prozentpunkt").
func pctIsArticle(w string) bool {
	switch w {
	case "ein", "eine", "einen", "einem", "einer", "Ein", "Eine", "Einen", "Einem", "Einer":
		return true
	}
	return false
}

// pctFold returns w in lower case when it is short ASCII-plus-umlaut; it is
// used only on single words in a bounded window.
func pctFold(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// pctWordValue evaluates a number word ("zehn", "Fünf", "fünfzig") with the
// numeral parser. Only words are accepted here: digits are FindNumbers' job.
func pctWordValue(w string) (decimal.Decimal, bool) {
	if w == "" || !pctLetterAt(w, 0) {
		return decimal.Decimal{}, false
	}
	v, err := Decimal(w)
	if err != nil {
		return decimal.Decimal{}, false
	}
	return v, true
}

// Context: direction of change and basis of comparison.
