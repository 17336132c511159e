package parse

import (
	"strings"
)

// FindPercents returns every percentage phrase in text: a numeral followed
// by a unit (%, Prozent, v. H., Prozentpunkte, Basispunkte, Promille, ‰), in
// running text, ordered by Start and not overlapping. It runs [FindNumbers]
// once and hands the numbers to [FindPercentsWith]; a caller that already
// has the numbers should call FindPercentsWith directly.
//
// A range whose unit follows the second end ("20 bis 25 Prozent", "20–25 %")
// is one match with IsRange set; so is "20 % bis 25 %". The direction of a
// change is read from a sign ("−1,4 %") or from words of the same clause
// (stieg, legte … zu, Anstieg, Rückgang, …); a level ("auf 6,3 Prozent",
// "bei 2,3 Prozent") has no direction. A basis of comparison in the same
// clause ("gegenüber dem Vorjahr", "im Vergleich zum Vorquartal", "im
// Jahresvergleich"), after the percentage or else in front of it, is
// returned in Basis and BasisSpan.
func FindPercents(text string) []PercentMatch {
	return FindPercentsWith(text, FindNumbers(text))
}

// FindPercentsWith is [FindPercents] for a caller that already holds
// FindNumbers(text): it reuses those numbers instead of scanning the text for
// numerals again. nums should come from the same text, ordered by Start.
// The numbers are validated, never trusted: one whose span is negative,
// inverted, out of range, overlapping the one before, or whose Text is not
// text[Start:End] is skipped (a qualifier that does not fit is dropped), so
// no input makes it panic. Number words that FindNumbers does not report on
// their own (the article in "ein Prozent", "einen halben Prozentpunkt",
// "zehnprozentig") are recognized in front of a unit word.
func FindPercentsWith(text string, nums []Number) []PercentMatch {
	return pctFind(text, nums)
}

// PercentsIn is the old name of [FindPercentsWith], kept so that code
// written against it still builds.
//
// Deprecated: use FindPercentsWith, which has the same behaviour.
func PercentsIn(text string, nums []Number) []PercentMatch {
	return FindPercentsWith(text, nums)
}

// pctValid reports whether number n fits text: a span inside text, not
// before prevEnd, whose Text is the bytes it covers.
func pctValid(text string, n *Number, prevEnd int) bool {
	return n.Start >= prevEnd && n.Start >= 0 && n.Start < n.End && n.End <= len(text) && text[n.Start:n.End] == n.Text
}

// pctQual returns the qualifier of n when it fits text right in front of
// n, else nil.
func pctQual(text string, n *Number) *Qualifier {
	q := n.Qual
	if q == nil || q.Start < 0 || q.Start > q.End || q.End > n.Start || text[q.Start:q.End] != q.Text {
		return nil
	}
	return q
}

// FindPercentsWithDoc is [FindPercentsWith] on a text already tokenized in
// d (d.Text is the text): the direction of a change is read from d's
// clauses instead of tokenizing the text again. nums are validated against
// d.Text.
func FindPercentsWithDoc(d *Doc, nums []Number) []PercentMatch {
	if d == nil {
		return nil
	}
	return pctFindDoc(d.Text, nums, d)
}

// pctFind is FindPercentsWith.
func pctFind(text string, nums []Number) []PercentMatch {
	return pctFindDoc(text, nums, nil)
}

// pctFindDoc finds the percentages of text with the numbers nums; d is the
// tokenized text, or nil to tokenize it when needed.
func pctFindDoc(text string, nums []Number, d *Doc) []PercentMatch {
	var out []PercentMatch
	prevEnd := 0
	for i := range nums {
		n := &nums[i]
		if !pctValid(text, n, prevEnd) || n.Ordinal {
			continue
		}
		unit, uEnd, ok := pctUnitAfter(text, n.End)
		if !ok {
			continue
		}
		m := PercentMatch{
			Span:    Span{n.Start, uEnd},
			Value:   n.Value,
			Max:     n.Max,
			IsRange: n.IsRange,
			Unit:    unit,
			Qual:    pctQual(text, n),
		}
		signed := n.Flags&FlagSigned != 0
		if !signed && !m.IsRange {
			signed = pctAttachSign(text, &m)
		}
		if !signed && !m.IsRange && i > 0 && pctValid(text, &nums[i-1], prevEnd) {
			pctJoinRange(text, &m, &nums[i-1], prevEnd)
		}
		if signed {
			m.Direction = pctSignDirection(text, m.Start, m.Value)
		}
		m.Text = text[m.Start:m.End]
		if out == nil {
			// room for the percentages of most texts at once, rather than
			// a doubling per append of as many size classes
			out = make([]PercentMatch, 0, min(len(nums)-i, 8))
		}
		out = append(out, m)
		prevEnd = m.End
	}
	out = pctFindWordForms(text, out)
	out = pctMergeRanges(text, out)
	for i := range out {
		lo, hi, prevDir, levelNext := 0, len(text), NoDirection, false
		if i > 0 {
			lo, prevDir = out[i-1].End, out[i-1].Direction
		}
		if i+1 < len(out) {
			hi = out[i+1].Start
			if next := &out[i+1]; pctLeft(next)-out[i].End < 16 && pctWordBefore(text, pctLeft(next)) == "auf" {
				// "um 0,25 Punkte auf 3,25 Prozent gesenkt": the verb lies beyond the level
				levelNext = true
				hi = len(text)
				if i+2 < len(out) {
					hi = out[i+2].Start
				}
			}
		}
		pctContext(text, &out[i], lo, hi, prevDir, levelNext)
	}
	// "Der Umsatz stieg um 5 %, der Gewinn um 3 %": the second clause has no
	// verb of its own.
	for i := 1; i < len(out); i++ {
		a, b := &out[i-1], &out[i]
		if b.Direction == NoDirection && a.Direction != NoDirection && pctElliptic(text[a.End:pctLeft(b)]) {
			b.Direction = a.Direction
		}
	}
	// "um 0,3 % und im Jahresabstand um 1,0 % gewachsen": the verb after the
	// second change is the verb of the first too.
	for i := len(out) - 2; i >= 0; i-- {
		a, b := &out[i], &out[i+1]
		if a.Direction == NoDirection && b.Direction != NoDirection &&
			pctWordBefore(text, pctLeft(a)) == "um" && pctWordBefore(text, pctLeft(b)) == "um" &&
			pctIsAndGap(text[a.End:pctLeft(b)]) {
			a.Direction = b.Direction
		}
	}
	out = pctCarryUnits(text, nums, out)
	if d != nil {
		pctDocDirections(d, out)
	} else {
		pctClauseDirections(text, out)
	}
	return out
}

// ParsePercent parses s, which must be exactly one percentage expression
// such as "27 %", "rund 32,5 Prozent", "−0,25 Prozentpunkte", "20–25 %" or
// "Fünf-Prozent", optionally preceded by a qualifier. Surrounding white space
// is not allowed. On failure it returns a [*NumError] with Func
// "ParsePercent" wrapping [ErrEmpty] (no text) or [ErrSyntax] (anything else),
// and the offset of the first byte that is not part of the percentage.
func ParsePercent(s string) (PercentMatch, error) {
	if strings.TrimSpace(s) == "" {
		return PercentMatch{}, &NumError{Func: "ParsePercent", Num: s, Err: ErrEmpty}
	}
	// No single percentage is longer than pctMaxExpr bytes: look no further,
	// so that a huge input fails fast.
	ms := FindPercents(s[:min(len(s), pctMaxExpr)])
	if len(ms) == 0 {
		return PercentMatch{}, &NumError{Func: "ParsePercent", Num: s, Err: ErrSyntax}
	}
	m := ms[0]
	start := m.Start
	if m.Qual != nil && m.Qual.Start < start {
		start = m.Qual.Start
	}
	if start != 0 {
		return PercentMatch{}, &NumError{Func: "ParsePercent", Num: s, Err: ErrSyntax}
	}
	if m.End != len(s) {
		return PercentMatch{}, &NumError{Func: "ParsePercent", Num: s, Offset: m.End, Err: ErrSyntax}
	}
	return m, nil
}

// pctMaxExpr bounds the length of one percentage expression for
// ParsePercent ("mehr als zweihundertdreiundzwanzig bis … Prozentpunkte").
const pctMaxExpr = 512
