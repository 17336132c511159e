package money

import (
	"strings"

	"github.com/finanztext/finanztext/parse"
)

// A comparison value in brackets: "Der Umsatz stieg auf 3,4 Mrd. Euro
// (Vorjahr: 3,1 Mrd.)". The bracketed numeral names no currency, but it
// is the same kind of money as the amount right before the bracket, so it
// takes that amount's currency. The look-back is bounded: the bracket must
// open right after the amount (only spaces between), the label inside it
// before the numeral is short ("Vorjahr:", "2023:", "zuvor"), the numeral
// carries a scale word and the bracket closes (or a ';' or ',' follows)
// right after it. "3,1 Mrd. Menschen" is no money, in brackets or not.

// carryMaxLabel bounds the label between "(" and the numeral.
const carryMaxLabel = 24

// carryLabels are the labels without a colon that introduce a comparison
// value in brackets.
var carryLabels = [...]string{"zuvor", "vorher", "davor", "Vorjahr", "im Vorjahr", "Vj.", "nach", "von"}

// bracketAmount builds in *a the amount of numeral n written in brackets
// right after prev, with prev's currency. It reports whether n is such a
// comparison value.
func bracketAmount(text string, prev *Amount, n *parse.Number, a *Amount) bool {
	if !prev.HasCurrency || prev.Vague || n.Flags&parse.FlagScale == 0 || !usableNumeral(text, n) {
		return false
	}
	s := n.Start
	if n.Qual != nil {
		s = n.Qual.Start
	}
	pe := prev.End
	if prev.Per != "" {
		pe = prev.PerSpan.End
	}
	// the opening bracket: at most carryMaxLabel bytes before the numeral
	open := -1
	for k := s - 1; k >= pe && k >= s-carryMaxLabel-1; k-- {
		if c := text[k]; c == '(' {
			open = k
			break
		} else if c == ')' || c == '\n' || c == '\r' || c == ';' {
			return false
		}
	}
	if open < 0 || skipSpaces(text, pe, 2) != open {
		return false
	}
	if !carryLabel(trimSpaces(text[open+1 : s])) {
		return false
	}
	q := skipSpaces(text, n.End, 1)
	if q >= len(text) || text[q] != ')' && text[q] != ';' && text[q] != ',' {
		return false
	}
	*a = Amount{
		Span:        n.Span,
		Text:        n.Text,
		Value:       n.Value,
		Qual:        n.Qual,
		Currency:    prev.Currency,
		HasCurrency: true,
	}
	if n.IsRange {
		a.IsRange, a.Min, a.Max = true, n.Value, n.Max
	}
	return true
}

// carryLabel reports whether the text between "(" and a numeral introduces
// a comparison value: nothing, a short label ending in a colon
// ("Vorjahr:", "2023:", "Q3 2024:") or one of carryLabels.
func carryLabel(l string) bool {
	if l == "" {
		return true
	}
	if strings.ContainsAny(l, "()\"„“") {
		return false
	}
	if l[len(l)-1] == ':' {
		return true
	}
	for _, w := range carryLabels {
		if l == w {
			return true
		}
	}
	return false
}
