package money

import (
	"strings"

	"github.com/finanztext/finanztext/parse"
	"github.com/shopspring/decimal"
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

// A comparison value in brackets between a numeral and its scale and
// currency: "Der Umsatz stieg auf 5,2 (Vorjahr: 4,8) Milliarden Euro". The
// words after the bracket belong to both numerals, as the unit does in
// "6,6 (Vorjahr: 5,4) Prozent". The bracket must follow the first numeral
// (one space at most), hold a short label (see carryLabel) and the second
// numeral, and close right after it; the currency, with or without a
// scale word, follows the bracket. Neither numeral may have a scale of its
// own: "3 (Vorjahr: 2) Mio. Euro" shares it, "3 Mio. (2 Mio.) Euro" is read
// by bracketAmount.

// innerBracket builds in *a and *b the amounts of nums[i] and nums[i+1]
// written as "5,2 (Vorjahr: 4,8) Milliarden Euro", each with the span of
// its numeral. It returns the end of the currency after the bracket and
// the index of the second numeral.
func (f *Finder) innerBracket(c *scanCtx, nums []parse.Number, i int, a, b *Amount) (end, last int, ok bool) {
	text := c.text
	last = i + 1
	if last < len(nums) && nums[last].End < len(text) && text[nums[last].End] == ':' {
		last++ // a year as the label: "2,1 (2024: 2,6) Mrd. $"
	}
	if last >= len(nums) {
		return 0, 0, false
	}
	n, m := &nums[i], &nums[last]
	open := skipSpaces(text, n.End, 1)
	if open >= len(text) || text[open] != '(' {
		return 0, 0, false // most numerals: no bracket after them
	}
	if n.IsRange || m.IsRange || n.Flags&parse.FlagScale != 0 || m.Flags&parse.FlagScale != 0 ||
		n.End > m.Start || m.End > len(text) || !usableNumeral(text, n) || !usableNumeral(text, m) {
		return 0, 0, false
	}
	ms := m.Start
	if q := m.Qual; q != nil && open < q.Start && q.Start < m.Start {
		ms = q.Start
	}
	if open >= ms || ms-open-1 > carryMaxLabel || !carryLabel(trimSpaces(text[open+1:ms])) {
		return 0, 0, false
	}
	q := skipSpaces(text, m.End, 1)
	if q >= len(text) || text[q] != ')' {
		return 0, 0, false
	}
	p := skipSpaces(text, q+1, 2)
	var exp int32
	if e, se, ok := scaleAt(text, p, false); ok {
		exp, p = e, afterNumeral(text, se)
	}
	cm, found := currencyAt(text, p)
	if !found || !compoundOK(text, cm, false) {
		return 0, 0, false
	}
	unit, known := f.unitOf(c, cm)
	if !known {
		return 0, 0, false
	}
	for k, x := range [2]*parse.Number{n, m} {
		v := x.Value.Shift(exp)
		if cm.e.minor {
			v = v.Shift(-2)
		}
		am := Amount{Span: x.Span, Text: x.Text, Value: v, Qual: x.Qual, Currency: unit, HasCurrency: true}
		if k == 0 {
			*a = am
		} else {
			*b = am
		}
	}
	return cm.end, last, true
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

// A change from one value to another, with the currency written once at
// the end: "Die Bank hob das Kursziel von 52 auf 58 Euro an", "Der Preis
// stieg um 3 auf 45 Dollar". The first numeral names no currency, but it
// is the same kind of money as the second, so it takes that amount's
// currency, and its scale word when it has none of its own: "von 3,1 auf
// 3,4 Mrd. Euro" is 3.1 and 3.4 billion euros. The look is bounded: "von"
// or "um" right before the first numeral, "auf" alone between the two, and
// the currency after the second. "von 2019 auf 2020" and "von 3 auf 4
// Spuren" name no currency and give nothing. Two numerals joined in a list
// ("360.000 bzw. 1 Mio. Euro", "3 oder 4 Mrd. Euro") are read the same
// way, with any word but a label ("Platz 3 oder 4") before the first.

// sameSize reports whether a and b are within a factor of ten of each
// other, so that the first numeral of a change takes the scale word of
// the second: "von 3,1 auf 3,4 Mrd." does, "von 800 auf 1,2 Mrd." does not
// make 800 billion.
func sameSize(a, b decimal.Decimal) bool {
	a, b = a.Abs(), b.Abs()
	if !a.IsPositive() || !b.IsPositive() {
		return false
	}
	return a.LessThan(b.Mul(ten)) && b.LessThan(a.Mul(ten))
}

var ten = decimal.New(10, 0)

// listJoiner reports whether w joins two numerals in a list: "3 bzw. 4
// Mrd. Euro", "3 oder 4 Euro", "300 und 400 Dollar".
func listJoiner(w string) bool {
	switch w {
	case "bzw.", "beziehungsweise", "oder", "und", "sowie":
		return true
	}
	return false
}

// qualStart returns where numeral m begins with its qualifier ("bzw.
// etwa 1 Mio. Euro"), given the numeral n before it.
func qualStart(text string, n, m *parse.Number) int {
	if q := m.Qual; q != nil && n.End <= q.Start && q.Start <= q.End && q.End <= m.Start && text[q.Start:q.End] == q.Text {
		return q.Start
	}
	return m.Start
}

// labelledList reports whether nums[i] goes on a list joined by commas
// whose first numeral follows a label noun (see labelNouns): "Plätze 3, 4
// und 5", "in den Jahren 2019, 2020 und 2021".
func labelledList(text string, nums []parse.Number, i int) bool {
	j := i
	for j > 0 && i-j < maxList && nums[j-1].End <= nums[j].Start && trimSpaces(text[nums[j-1].End:nums[j].Start]) == "," {
		j--
	}
	if j == i {
		return false
	}
	s := nums[j].Start
	if q := nums[j].Qual; q != nil && q.Start < s {
		s = q.Start
	}
	p := s - spaceBefore(text, s)
	if p != s-1 {
		return false
	}
	ws := wordStart(text, p)
	return ws < p && labelNouns[text[ws:p]]
}

// labelNouns are the nouns that name things by number: the numerals of a
// list after them are labels, no amounts ("die Plätze 3, 4 und 5"); a
// noun that ends a phrase ("je nach Entfernung 250, 400 und 600 Euro") is
// none.
var labelNouns = map[string]bool{
	"Platz": true, "Plätze": true, "Plätzen": true, "Rang": true, "Ränge": true, "Rängen": true,
	"Jahr": true, "Jahre": true, "Jahren": true, "Jahres": true, "Nummer": true, "Nummern": true, "Nr.": true,
	"Seite": true, "Seiten": true, "Artikel": true, "Paragraf": true, "Paragrafen": true, "Kapitel": true,
	"Stufe": true, "Stufen": true, "Runde": true, "Runden": true, "Tag": true, "Tage": true, "Tagen": true,
	"Woche": true, "Wochen": true, "Gruppe": true, "Gruppen": true, "Gleis": true, "Linie": true, "Linien": true,
	"Version": true, "Punkt": true, "Punkte": true, "Punkten": true, "Ziffer": true, "Ziffern": true,
	"Klasse": true, "Klassen": true, "Band": true, "Bände": true, "Bänden": true, "Folge": true, "Folgen": true,
}

// maxList bounds the numerals of a list joined by commas.
const maxList = 8

// commaList returns the index of the last numeral of a list that starts
// at nums[i] with a comma: "250, 400 und 600 Euro" (nums[i] is 250, the
// result is 600's). Every numeral but the last is followed by a comma,
// the one before the last by a list joiner (see listJoiner); none after
// the first is a range.
func commaList(text string, nums []parse.Number, i int) (int, bool) {
	for k := i + 1; k < len(nums) && k <= i+maxList; k++ {
		p, m := &nums[k-1], &nums[k]
		if m.IsRange || m.Start < p.End || m.End > len(text) {
			return 0, false
		}
		switch b := trimSpaces(text[p.End:qualStart(text, p, m)]); {
		case b == ",":
		case listJoiner(b):
			return k, k > i+1
		default:
			return 0, false
		}
	}
	return 0, false
}

// changeWords are the words before the first numeral of a change.
var changeWords = [...]string{"von", "um", "Von"}

// changeAmount builds in *a the amount of the numeral nums[i] that is the
// start of a change "von N auf M CUR", given the Finder's amount for the
// numeral after it. It reports whether nums[i] is such a start.
func (f *Finder) changeAmount(c *scanCtx, nums []parse.Number, i, prevEnd int, a *Amount) bool {
	text := c.text
	if i+1 >= len(nums) {
		return false
	}
	n, m := &nums[i], &nums[i+1]
	mi := i + 1 // the numeral whose currency n takes
	if n.IsRange || m.IsRange || m.Start < n.End+1 || m.End > len(text) || n.End < 0 {
		return false
	}
	between := trimSpaces(text[n.End:qualStart(text, n, m)])
	list := listJoiner(between)
	if between == "," {
		// "250, 400 und 600 Euro": the currency after the list's last
		k, ok := commaList(text, nums, i)
		if !ok {
			return false
		}
		m, mi, list = &nums[k], k, true
	}
	if between != "auf" && !list || n.Flags&parse.FlagArticle != 0 || !usableNumeral(text, n) {
		return false
	}
	s := n.Start
	if n.Qual != nil {
		s = n.Qual.Start
	}
	p := s - spaceBefore(text, s)
	if p == s && !list {
		return false
	}
	ws := wordStart(text, p)
	if ws < prevEnd || wordCharBefore(text, ws) {
		return false
	}
	if list {
		// "360.000 bzw. 1 Mio. Euro": any numeral but a label's ("Platz 3
		// oder 4 Euro"), nor one in a list after a label ("Plätze 3, 4 und
		// 5 Euro"); see labelNouns
		if p < s && p == s-1 && ws < p && labelNouns[text[ws:p]] || labelledList(text, nums, i) {
			return false
		}
	} else {
		found := false
		for _, w := range changeWords {
			if text[ws:p] == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	var to Amount
	if _, ok := f.amountAt(c, nums, mi, nums[mi-1].End, &to); !ok || to.Vague || to.IsRange || !to.HasCurrency ||
		to.Start != m.Start || to.CurrencySpan.Start < m.End {
		return false // the currency must follow the second numeral
	}
	v := n.Value
	if !m.Value.IsZero() && to.Value.Equal(m.Value.Shift(-2)) {
		v = v.Shift(-2) // "von 10 auf 20 Cent", "zehn oder 20 Rappen": the first in cents too
	}
	if _, has := trailingScale(n.Text); !has && n.Flags&parse.FlagScale == 0 {
		if exp, has := trailingScale(m.Text); has && sameSize(v, m.Value.Shift(-exp)) {
			v = v.Shift(exp) // "von 3,1 auf 3,4 Mrd. Euro"
		}
	}
	*a = Amount{
		Span:        n.Span,
		Text:        n.Text,
		Value:       v,
		Qual:        n.Qual,
		Currency:    to.Currency,
		HasCurrency: true,
		Per:         to.Per,
		PerSpan:     to.PerSpan,
	}
	return true
}
