package parse

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// FindPercents returns every percentage phrase in text: a numeral followed
// by a unit (%, Prozent, v. H., Prozentpunkte, Basispunkte, Promille, ‰), in
// running text, ordered by Start and not overlapping. It runs [FindNumbers]
// once and hands the numbers to [PercentsIn]; a caller that already has the
// numbers should call PercentsIn directly.
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
	return PercentsIn(text, FindNumbers(text))
}

// PercentsIn is [FindPercents] for a caller that already holds
// FindNumbers(text): it reuses those numbers instead of scanning the text for
// numerals again. nums must come from the same text, ordered by Start;
// numbers whose spans do not fit text are ignored. Number words that
// FindNumbers does not report on their own (the article in "ein Prozent",
// "einen halben Prozentpunkt", "zehnprozentig") are recognized in front of a
// unit word.
func PercentsIn(text string, nums []Number) []PercentMatch {
	var out []PercentMatch
	prevEnd := 0
	for i := range nums {
		n := &nums[i]
		if n.Start < prevEnd || n.End > len(text) || n.Start >= n.End || n.Ordinal {
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
			Qual:    n.Qual,
		}
		signed := n.Flags&FlagSigned != 0
		if !signed && !m.IsRange {
			signed = pctAttachSign(text, &m)
		}
		if !signed && !m.IsRange && i > 0 {
			pctJoinRange(text, &m, &nums[i-1], prevEnd)
		}
		if signed {
			m.Direction = pctSignDirection(text, m.Start, m.Value)
		}
		m.Text = text[m.Start:m.End]
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

// pctJSON is the JSON shape of a PercentMatch: the CLI's "percentages" item.
type pctJSON struct {
	Text      string    `json:"text"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Value     string    `json:"value"`
	Unit      Unit      `json:"unit"`
	Direction Direction `json:"direction,omitempty"`
	Basis     string    `json:"basis,omitempty"`
	Approx    Approx    `json:"approx,omitempty"`
	Min       string    `json:"min,omitempty"`
	Max       string    `json:"max,omitempty"`
}

// MarshalJSON encodes m as
// {"text","start","end","value","unit","direction","basis","approx","min","max"}
// with exact decimal strings; direction, basis and approx are left out when
// empty, min and max appear only for a range (whose value is its min).
func (m PercentMatch) MarshalJSON() ([]byte, error) {
	j := pctJSON{
		Text:      m.Text,
		Start:     m.Start,
		End:       m.End,
		Value:     m.Value.String(),
		Unit:      m.Unit,
		Direction: m.Direction,
		Basis:     m.Basis,
	}
	if m.Qual != nil {
		j.Approx = m.Qual.Approx
	}
	if m.IsRange {
		j.Min = j.Value
		j.Max = m.Max.String()
	}
	return json.Marshal(j)
}

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
	m.Qual = prev.Qual
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
		case pctIsArticleWord(w) || pctPrepositions[w]:
		case i > 0 && (pctIsArticleWord(words[i-1]) || pctPrepositions[words[i-1]]) && i+1 < n-1 && pctStartsUpper(words[i+1]):
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
var pctPrepositions = map[string]bool{
	"in": true, "im": true, "bei": true, "beim": true, "für": true, "an": true, "am": true, "aus": true,
	"von": true, "vom": true, "zu": true, "zum": true, "zur": true, "nach": true, "vor": true, "mit": true,
	"gegen": true, "ohne": true, "je": true,
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
		if !a.IsRange && !b.IsRange && a.Unit == b.Unit && b.Qual == nil &&
			a.Value.LessThan(b.Value) && a.Direction == b.Direction &&
			pctIsRangeGap(text[a.End:b.Start], pctWordBefore(text, pctLeft(a)) == "zwischen") {
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

// pctWordBefore returns the word (letters only) that ends before i, skipping
// blanks; "" when there is none.
func pctWordBefore(text string, i int) string {
	i = pctSkipBlanksBack(text, i)
	j := i
	for j > 0 && i-j < 40 {
		r, size := pctLastRune(text, j)
		if !pctIsWordRune(r) {
			break
		}
		j -= size
	}
	return text[j:i]
}

// pctSkipBlanksBack moves i back over spaces (not line breaks).
func pctSkipBlanksBack(text string, i int) int {
	for i > 0 {
		switch {
		case text[i-1] == ' ' || text[i-1] == '\t':
			i--
		case i >= 2 && text[i-2:i] == "\u00a0":
			i -= 2
		case i >= 3 && hSpaceLen(text, i-3) == 3:
			i -= 3
		default:
			return i
		}
	}
	return i
}

// pctIsBlank reports whether r is a space inside a line: ' ', tab, U+00A0,
// U+1680, U+2000…U+200A, U+202F, U+205F, U+3000.
func pctIsBlank(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '\u1680', '\u202f', '\u205f', '\u3000':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

// pctUnitAfter looks for a unit right after a numeral that ends at i: blanks
// or a hyphen ("Fünf-Prozent-Hürde", "27-prozentig") may sit in between.
func pctUnitAfter(text string, i int) (Unit, int, bool) {
	if i >= len(text) {
		return 0, 0, false
	}
	j := i
	compound := false
	if text[j] == '-' {
		j++
		compound = true
	} else {
		for k := 0; k < 2 && j < len(text); k++ {
			n := hSpaceLen(text, j)
			if n == 0 {
				break
			}
			j += n
		}
	}
	return pctUnitAt(text, j, compound)
}

// pctUnitAt recognizes a unit that starts at text[j]. compound says the unit
// is joined to its number by a hyphen or written as one word, which allows a
// noun after it ("Fünf-Prozent-Hürde", "Fünfprozenthürde").
func pctUnitAt(text string, j int, compound bool) (Unit, int, bool) {
	if j >= len(text) {
		return 0, 0, false
	}
	rest := text[j:]
	switch c := rest[0]; c {
	case '%':
		end := j + 1
		if n := pctPointSuffix(text, end, true); n > 0 {
			return Point, end + n, true
		}
		return Percent, end, true
	case 0xE2:
		if strings.HasPrefix(rest, "‰") {
			return Permille, j + len("‰"), true
		}
	case 'P', 'p':
		if pctHasFoldPrefix(rest, "prozent") {
			return pctProzent(text, j+len("prozent"), compound)
		}
		if pctHasFoldPrefix(rest, "promille") {
			end := j + len("promille")
			if pctLetterAt(text, end) && !compound {
				return 0, 0, false
			}
			return Permille, end, true
		}
		if u, end, ok := numUnitAbbrevAt(text, j); ok && !compound { // Pp., PP: num_units.go
			return u, end, true
		}
	case 'B', 'b':
		if pctHasFoldPrefix(rest, "basispunkt") {
			end := j + len("basispunkt")
			if e := pctEnding(text, end, "e", "en", "es", "s"); e >= 0 {
				return BasisPoint, end + e, true
			}
			return 0, 0, false
		}
		// Bp., bp, bps; not "BP" (the company)
		if len(rest) >= 2 && rest[1] == 'p' {
			end := j + 2
			if end < len(text) && text[end] == 's' {
				end++
			}
			if pctLetterAt(text, end) || pctDigitAt(text, end) {
				return 0, 0, false
			}
			if end < len(text) && text[end] == '.' {
				end++
			}
			return BasisPoint, end, true
		}
	case 'v':
		// vH, v.H., v. H., vom Hundert
		k := j + 1
		if k < len(text) && text[k] == '.' {
			k++
			if k < len(text) && text[k] == ' ' {
				k++
			} else if n := hSpaceLen(text, k); n > 1 {
				k += n
			}
		}
		if k < len(text) && text[k] == 'H' && (k == j+1 || text[j+1] == '.') {
			k++
			if pctLetterAt(text, k) {
				return 0, 0, false
			}
			if k < len(text) && text[k] == '.' {
				k++
			}
			return Percent, k, true
		}
		if strings.HasPrefix(rest, "vom Hundert") && !pctLetterAt(text, j+len("vom Hundert")) {
			return Percent, j + len("vom Hundert"), true
		}
	}
	return 0, 0, false
}

// pctProzent classifies what follows "Prozent" at text[k]: nothing
// (Percent), "punkt…" (Point), "ig…" (the adjective "-prozentig"), a
// hyphen compound, or something that is no unit ("Prozentsatz",
// "prozentual").
func pctProzent(text string, k int, compound bool) (Unit, int, bool) {
	if !pctLetterAt(text, k) {
		if n := pctPointSuffix(text, k, false); n > 0 {
			return Point, k + n, true
		}
		return Percent, k, true
	}
	if pctHasFoldPrefix(text[k:], "punkt") {
		end := k + len("punkt")
		if e := pctEnding(text, end, "e", "en", "es", "s"); e >= 0 {
			return Point, end + e, true
		}
		return 0, 0, false
	}
	if strings.HasPrefix(text[k:], "ig") {
		if e := pctEnding(text, k+2, "e", "en", "er", "es", "em"); e >= 0 {
			return Percent, k + 2, true
		}
		return 0, 0, false
	}
	if e := pctEnding(text, k, "e", "en"); e >= 0 {
		return Percent, k + e, true // "Prozente", "in Prozenten"
	}
	if compound && !strings.HasPrefix(text[k:], "ual") && !strings.HasPrefix(text[k:], "satz") &&
		!strings.HasPrefix(text[k:], "sätz") {
		return Percent, k, true // "Fünfprozenthürde"
	}
	return 0, 0, false
}

// pctPointSuffix returns the length of "-Punkt(e|en)" or "-Pkt." at text[i]
// ("0,5 %-Punkte", "2 Prozent-Punkte"), or 0. attached also allows "Pkt"
// and "punkte" without the hyphen, after a "%" sign.
func pctPointSuffix(text string, i int, attached bool) int {
	j := i
	if j < len(text) && text[j] == '-' {
		j++
	} else if !attached {
		return 0
	}
	rest := text[j:]
	switch {
	case pctHasFoldPrefix(rest, "punkt"):
		end := j + len("punkt")
		if e := pctEnding(text, end, "e", "en", "es", "s"); e >= 0 {
			return end + e - i
		}
	case pctHasFoldPrefix(rest, "pkt"):
		end := j + len("pkt")
		if pctLetterAt(text, end) {
			return 0
		}
		if end < len(text) && text[end] == '.' {
			end++
		}
		return end - i
	}
	return 0
}

// pctEnding checks that at text[i] one of the endings (or none) is followed
// by a non-letter, and returns its length; -1 when a longer word follows.
func pctEnding(text string, i int, endings ...string) int {
	if !pctLetterAt(text, i) {
		return 0
	}
	best := -1
	for _, e := range endings {
		if strings.HasPrefix(text[i:], e) && !pctLetterAt(text, i+len(e)) && len(e) > best {
			best = len(e)
		}
	}
	return best
}

// pctHasFoldPrefix reports whether s starts with lower, the first letter
// compared without case (lower is ASCII lower case).
func pctHasFoldPrefix(s, lower string) bool {
	if len(s) < len(lower) {
		return false
	}
	c := s[0]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c == lower[0] && s[1:len(lower)] == lower[1:]
}

// pctLetterAt reports whether a letter starts at text[i].
func pctLetterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return pctIsWordRune(r)
}

// pctRune decodes the rune at text[i], with a fast path for ASCII.
func pctRune(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// pctLastRune decodes the rune that ends at text[i], with a fast path for
// ASCII.
func pctLastRune(text string, i int) (rune, int) {
	if c := text[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(text[:i])
}

// pctIsWordRune reports whether r is part of a word: a letter or a
// combining mark (the diaeresis of a decomposed "ü").
func pctIsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return pctIsWordRuneSlow(r)
}

func pctIsWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// pctDigitAt reports whether an ASCII digit sits at text[i].
func pctDigitAt(text string, i int) bool {
	return i < len(text) && text[i] >= '0' && text[i] <= '9'
}

// pctUnitWords are the tails of the unit words the word-form pass looks
// for: "Prozent", "Promille" (and "prozentig"). The pass searches for the
// tail, which starts with a rarer letter than the whole word, and then checks
// for "Pro"/"pro" in front.
var pctUnitWords = [...]string{"zent", "mille"}

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
			v = decimal.New(5, -1)
			if a := pctWordBefore(text, start); pctIsArticle(a) {
				start = pctSkipBlanksBack(text, start) - len(a)
			}
		default:
			if pctIsArticle(w) {
				v = decimal.NewFromInt(1)
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

// pctMaxBack and pctMaxFwd bound the look-around window, in words.
const (
	pctMaxBack = 14
	pctMaxFwd  = 10
)

// pctTok is one word or number of the look-around window.
type pctTok struct {
	start, end int
	num        bool // a number written in digits
	far        bool // behind a comma or a subordinating word (backward scan)
	brk        bool // a clause boundary follows directly (forward scan)
	noun       bool // written with a capital letter
	n          uint8
	low        [32]byte // the word in lower case; n == 0 when too long
}

// fold stores text[t.start:t.end] in t.low, lower-cased (ASCII and German
// umlauts) and with decomposed umlauts composed: "Ru\u0308ckgang" and
// "RÜCKGANG" both become "rückgang".
func (t *pctTok) fold(text string) {
	w := text[t.start:t.end]
	t.n = 0
	if len(w) > len(t.low) {
		return
	}
	t.noun = w[0] >= 'A' && w[0] <= 'Z' || w[0] == 0xC3 && len(w) > 1 && (w[1] == 0x84 || w[1] == 0x96 || w[1] == 0x9C)
	o := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xC3 && i+1 < len(w) && (w[i+1] == 0x84 || w[i+1] == 0x96 || w[i+1] == 0x9C):
			// Ä Ö Ü → ä ö ü
			t.low[o] = c
			t.low[o+1] = w[i+1] + 0x20
			o += 2
			i++
			continue
		case c == 0xCC && i+1 < len(w) && w[i+1] == 0x88 && o > 0: // U+0308 COMBINING DIAERESIS
			var u byte
			switch t.low[o-1] {
			case 'a':
				u = 0xA4
			case 'o':
				u = 0xB6
			case 'u':
				u = 0xBC
			}
			if u != 0 {
				t.low[o-1] = 0xC3
				t.low[o] = u
				o++
				i++
				continue
			}
		}
		t.low[o] = c
		o++
	}
	t.n = uint8(o)
}

// is reports whether the folded word equals s.
func (t *pctTok) is(s string) bool { return string(t.low[:t.n]) == s }

// upper reports whether the word starts with an upper-case letter (a noun).
func (t *pctTok) upper(text string) bool {
	r, _ := utf8.DecodeRuneInString(text[t.start:])
	return unicode.IsUpper(r)
}

// pctContext fills in m.Direction (unless a sign set it) and m.Basis from
// the words of the clause around m, looking no further than [lo, hi). When
// the clause goes back to the previous percentage unbroken and m is a
// change ("um 3 %"), m shares prevDir, the direction of that percentage:
// "stieg um 5 % und der Gewinn um 3 %". levelNext says that the next
// percentage is a target level right after m ("um 2 % auf 6 %").
func pctContext(text string, m *PercentMatch, lo, hi int, prevDir Direction, levelNext bool) {
	var back [pctMaxBack]pctTok
	var fwd [pctMaxFwd]pctTok
	nb, open := pctScanBack(text, pctLeft(m), lo, back[:])
	nf := pctScanFwd(text, m.End, hi, fwd[:])
	b, f := back[:nb], fwd[:nf]
	if !pctBasis(text, m, f, true) {
		// "Im Vergleich zum Vorjahr stieg der Umsatz um 5 %": the same
		// clause, in front
		var rev [pctMaxBack]pctTok
		k := 0
		for k < len(b) && !b[k].far {
			k++
		}
		for j := 0; j < k; j++ {
			rev[k-1-j] = b[j]
		}
		pctBasis(text, m, rev[:k], false)
	}
	if m.Direction == NoDirection {
		m.Direction = pctDirection(text, b, f, levelNext)
	}
	if m.Direction == NoDirection && open && lo > 0 && nb > 0 && b[0].is("um") {
		m.Direction = prevDir
	}
}

// pctDirection decides the direction of change from the words before (b,
// nearest first) and after (f) a percentage.
// levelNext says that the next percentage follows as a target level
// ("auf 6 %").
func pctDirection(text string, b, f []pctTok, levelNext bool) Direction {
	if len(b) > 0 && !b[0].far {
		switch {
		case b[0].is("auf"), b[0].is("bei"):
			return NoDirection // a level: "stieg auf 6,3 Prozent", "lag bei 2,3 Prozent"
		case b[0].is("von") && levelNext:
			return NoDirection // "von 5 % auf 6 %": both are levels; not "Plus von 1 % auf 13 Euro"
		}
	}
	if len(f) > 1 && f[0].is("nach") {
		switch {
		case f[1].is("oben"):
			return Up // "um 2 % nach oben"
		case f[1].is("unten"):
			return Down
		}
	}
	if len(f) > 2 && f[0].is("in") && f[1].is("die") && f[2].is("höhe") {
		return Up // "um 20 % in die Höhe"
	}
	if len(f) > 0 && f[0].is("hoch") && f[0].brk {
		return Up // "ging es um 3 % hoch."
	}
	if len(f) > 2 && pctIsArticleWord(string(f[1].low[:f[1].n])) && !f[1].is("die") {
		switch {
		case f[0].is("über"):
			return Up // "1,1 % über dem Vorjahr"
		case f[0].is("unter"):
			return Down
		}
	}
	fDir, fDist := NoDirection, 1<<30
	for i := range f {
		t := &f[i]
		if t.num {
			continue
		}
		if i == 0 && pctIsArticleWord(string(t.low[:t.n])) {
			break // "1,25 % des auf 9.000 Euro reduzierten Kapitals": a noun phrase follows
		}
		if d, ok := pctDirWords[string(t.low[:t.n])]; ok {
			fDir, fDist = d, i+1
			break
		}
		if i == 0 {
			if d, ok := pctFwdWords[string(t.low[:t.n])]; ok {
				fDir, fDist = d, 1
				break
			}
		}
		if d, ok := pctSuffixDir(t); ok {
			fDir, fDist = d, i+1
			break
		}
		if t.brk {
			// a particle closing the clause: "legte um 2 % zu"
			if d, ok := pctParticleDir(t, b); ok {
				fDir, fDist = d, i+1
			}
			break
		}
	}
	bDir, bDist := NoDirection, 1<<30
	for i := range b {
		t := &b[i]
		if t.far {
			break
		}
		if t.num {
			continue
		}
		if d, ok := pctDirWords[string(t.low[:t.n])]; ok {
			bDir, bDist = d, i+1
			break
		}
		if d, ok := pctSuffixDir(t); ok {
			bDir, bDist = d, i+1
			break
		}
	}
	if bDist <= fDist {
		return bDir
	}
	return fDir
}

// pctParticleDir checks whether particle p, at the end of a clause, and a
// separable verb among the words before (b) form a verb of change:
// "legte … zu", "gab … nach", "brach … ein".
func pctParticleDir(p *pctTok, b []pctTok) (Direction, bool) {
	if p.n == 0 || p.n > 8 {
		return NoDirection, false
	}
	var key [48]byte
	for i := range b {
		v := &b[i]
		if v.num || v.n == 0 || int(v.n)+1+int(p.n) > len(key) {
			continue
		}
		k := copy(key[:], v.low[:v.n])
		key[k] = ' '
		k++
		k += copy(key[k:], p.low[:p.n])
		if d, ok := pctSepVerbs[string(key[:k])]; ok {
			return d, true
		}
	}
	return NoDirection, false
}

// pctSuffixDir recognizes compound nouns that end in a word of change:
// "Umsatzplus", "Gewinnrückgang", "Kurseinbruch".
func pctSuffixDir(t *pctTok) (Direction, bool) {
	if t.n < 7 || !t.noun {
		return NoDirection, false
	}
	w := t.low[:t.n]
	for _, s := range pctDirSuffixes {
		if len(w) > len(s.suffix)+2 && string(w[len(w)-len(s.suffix):]) == s.suffix {
			return s.dir, true
		}
	}
	return NoDirection, false
}

// pctScanBack collects up to len(toks) words before i (nearest first),
// not crossing lo or a sentence boundary. Words behind a comma, bracket,
// dash or subordinating conjunction are marked far. open reports that the
// scan reached lo without crossing any boundary.
func pctScanBack(text string, i, lo int, toks []pctTok) (n int, open bool) {
	far := false
	defer func() { open = !far && i <= lo }()
	for i > lo && n < len(toks) {
		r, size := pctLastRune(text, i)
		switch {
		case pctIsBlank(r) || r == '-' || r == '%' || r == '‰':
			i -= size
		case pctIsWordRune(r):
			j := pctWordStart(text, i, lo)
			t := &toks[n]
			*t = pctTok{start: j, end: i, far: far}
			t.fold(text)
			if pctIsSubordinator(string(t.low[:t.n])) {
				far = true
				t.far = true
			}
			n++
			i = j
		case r >= '0' && r <= '9':
			j := i
			for j > lo && (pctDigitAt(text, j-1) || (text[j-1] == ',' || text[j-1] == '.') && j-1 > lo && pctDigitAt(text, j-2)) {
				j--
			}
			toks[n] = pctTok{start: j, end: i, num: true, far: far}
			n++
			i = j
		case r == '.':
			// an abbreviation or initial does not end the clause
			w := pctWordBefore(text, i-1)
			if w != "" && pctSkipBlanksBack(text, i-1) == i-1 &&
				(utf8.RuneCountInString(w) == 1 || sentAbbrevKind(w) != sentAbbrevNone) {
				i -= size
				continue
			}
			return n, false
		case r == ')':
			// "gegenüber dem Vorjahr (1,7 Mio. Passagiere) um 31,5 %": step over a short aside
			j := strings.LastIndexByte(text[max(lo, i-100):i-1], '(')
			if j < 0 || strings.IndexByte(text[max(lo, i-100)+j:i], '\n') >= 0 {
				far = true
				i -= size
				continue
			}
			i = max(lo, i-100) + j
		case r == ',' || r == '(' || r == '–' || r == '—' || r == '„' || r == '“' || r == '"' || r == '»' || r == '«':
			far = true
			i -= size
		case r == ';' || r == ':' || r == '!' || r == '?' || r == '\n' || r == '\r' || r == '…':
			far = true
			return n, false
		default:
			i -= size
		}
	}
	return n, false
}

// pctWordStart returns the start of the word that ends at j, not going
// below lo. Hyphens between letters belong to the word ("Kfz-Geschäft").
func pctWordStart(text string, j, lo int) int {
	for j > lo {
		c := text[j-1]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' && j-1 > lo && pctLetterBefore(text, j-1) {
				j--
				continue
			}
			return j
		}
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !pctIsWordRuneSlow(r) {
			return j
		}
		j -= size
	}
	return j
}

// pctWordEnd returns the end of the word that starts at j, not going
// beyond hi.
func pctWordEnd(text string, j, hi int) int {
	for j < hi {
		c := text[j]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' && j+1 < hi && pctLetterAt(text, j+1) {
				j++
				continue
			}
			return j
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if !pctIsWordRuneSlow(r) {
			return j
		}
		j += size
	}
	return j
}

// pctLetterBefore reports whether a letter ends at text[:i].
func pctLetterBefore(text string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return pctIsWordRune(r)
}

// pctScanFwd collects up to len(toks) words from i on, stopping at hi, at a
// clause boundary or at a coordinating or subordinating conjunction. The
// word before such a stop is marked brk.
func pctScanFwd(text string, i, hi int, toks []pctTok) int {
	n := 0
	stop := func() int {
		if n > 0 {
			toks[n-1].brk = true
		}
		return n
	}
	for i < hi && n < len(toks) {
		r, size := pctRune(text, i)
		switch {
		case pctIsBlank(r) || r == '-' || r == '%' || r == '‰':
			i += size
		case pctIsWordRune(r):
			j := pctWordEnd(text, i, hi)
			t := &toks[n]
			*t = pctTok{start: i, end: j}
			t.fold(text)
			w := string(t.low[:t.n])
			if pctIsSubordinator(w) || pctIsCoordinator(w) {
				return stop()
			}
			n++
			i = j
			if i < len(text) && text[i] == '.' && (utf8.RuneCountInString(text[t.start:t.end]) == 1 || sentAbbrevKind(text[t.start:t.end]) != sentAbbrevNone) {
				i++ // "Mio.", "v. H."
			}
		case r >= '0' && r <= '9':
			j := i
			for j < hi && (pctDigitAt(text, j) || (text[j] == ',' || text[j] == '.') && pctDigitAt(text, j+1)) {
				j++
			}
			toks[n] = pctTok{start: i, end: j, num: true}
			n++
			i = j
		case r == '(':
			// "um 17 % (von 370.000 auf 432.500) gestiegen": step over a short aside
			j := strings.IndexByte(text[i:min(hi, i+100)], ')')
			if j < 0 || strings.IndexByte(text[i:i+j], '\n') >= 0 {
				return stop()
			}
			i += j + 1
		case r == ',' || r == ';' || r == ':' || r == '.' || r == '!' || r == '?' || r == ')' ||
			r == '–' || r == '—' || r == '„' || r == '“' || r == '"' || r == '»' || r == '«' || r == '\n' || r == '\r' || r == '…':
			return stop()
		default:
			i += size
		}
	}
	if i >= len(text) {
		return stop()
	}
	return n
}

// pctBasis finds a basis of comparison among the words after a percentage:
// "gegenüber dem Vorjahr", "im Vergleich zum Vorquartal", "im
// Jahresvergleich", "zum Vorjahr", "seit Jahresbeginn".
//
// after says that f follows the percentage; "1,1 % über dem Vorjahr" is
// read only there. It reports whether a basis was found.
func pctBasis(text string, m *PercentMatch, f []pctTok, after bool) bool {
	next := func(i int) string {
		if i < len(f) {
			return string(f[i].low[:f[i].n])
		}
		return ""
	}
	for i := range f {
		t := &f[i]
		if t.num || t.n < 2 || t.n > 10 {
			continue // no trigger word is shorter or longer
		}
		end := -1
		switch string(t.low[:t.n]) {
		case "gegenüber":
			end = pctBasisHead(text, f, i+1, false)
		case "verglichen":
			if next(i+1) == "mit" {
				end = pctBasisHead(text, f, i+2, false)
			}
		case "im":
			w := next(i + 1)
			switch {
			case w == "vergleich":
				switch next(i + 2) {
				case "zum", "zur":
					end = pctBasisHead(text, f, i+3, true)
				case "zu", "mit":
					end = pctBasisHead(text, f, i+3, false)
				}
			case len(w) > len("vergleich") && strings.HasSuffix(w, "vergleich"),
				len(w) > len("abstand") && strings.HasSuffix(w, "abstand"):
				end = f[i+1].end // "im Jahresvergleich", "im Vorjahresvergleich", "im Jahresabstand"
			}
		case "über", "unter":
			if w := next(i + 1); after && i == 0 && w != "die" && pctIsArticleWord(w) {
				end = pctBasisHead(text, f, i+1, false) // "1,1 % über dem Vorjahr"
			}
		case "vor", "binnen":
			if next(i+1) == "jahresfrist" {
				end = f[i+1].end
			}
		case "zum", "zur", "vom":
			end = pctBasisHead(text, f, i+1, true)
		case "seit":
			if w := next(i + 1); w == "jahresbeginn" || w == "jahresanfang" {
				end = f[i+1].end
			}
		case "auf":
			if next(i+1) == "jahressicht" {
				end = f[i+1].end
			}
		}
		if end > 0 {
			m.BasisSpan = Span{t.start, end}
			m.Basis = text[t.start:end]
			return true
		}
	}
	return false
}

// pctBasisHead reads the object of a comparison starting at f[i]: an
// optional article and adjective, then a noun (or a year); with strict only
// a noun that starts with "Vor" (Vorjahr, Vormonat, Vorquartal). It returns
// the end of the phrase or -1.
func pctBasisHead(text string, f []pctTok, i int, strict bool) int {
	if i < len(f) && !f[i].num && pctIsArticleWord(string(f[i].low[:f[i].n])) {
		i++
	}
	for k := 0; k < 2 && i < len(f); k, i = k+1, i+1 {
		t := &f[i]
		if t.num {
			if strict || t.end-t.start != 4 {
				return -1
			}
			return t.end // "gegenüber 2023"
		}
		w := string(t.low[:t.n])
		if strings.HasPrefix(w, "vor") && len(w) >= 6 && t.upper(text) {
			return t.end
		}
		if strict {
			return -1
		}
		if t.upper(text) {
			if i+1 < len(f) && f[i+1].num && f[i+1].end-f[i+1].start == 4 {
				return f[i+1].end // "gegenüber dem dritten Quartal 2023"
			}
			return t.end
		}
		// an adjective ("dem entsprechenden Vorjahreszeitraum"): go on
	}
	return -1
}

// pctIsArticleWord reports whether w is an article that may open the
// object of a comparison or a noun phrase.
func pctIsArticleWord(w string) bool {
	switch w {
	case "dem", "der", "den", "des", "die", "das", "einem", "einer":
		return true
	}
	return false
}

// pctIsSubordinator reports whether w opens a new clause; words behind one
// belong elsewhere.
func pctIsSubordinator(w string) bool {
	switch w {
	case "während", "wobei", "nachdem", "weil", "dass", "obwohl", "aber", "doch", "sondern", "jedoch",
		"wohingegen", "da", "denn", "bevor", "sodass", "womit", "wodurch":
		return true
	}
	return false
}

// pctIsCoordinator reports whether w joins clauses; coordinators stop the
// forward look only, so that "stieg um 5 % und der Gewinn um 3 %" still
// gives both an up.
func pctIsCoordinator(w string) bool {
	return w == "und" || w == "oder" || w == "sowie"
}

// pctDirWords are words of change, in lower case.
var pctDirWords = map[string]Direction{
	// up
	"stieg": Up, "stiegen": Up, "steigt": Up, "steigen": Up, "gestiegen": Up, "angestiegen": Up,
	"ansteigen": Up, "anstieg": Up, "anstiege": Up, "anstiegs": Up, "steigende": Up, "steigenden": Up,
	"wuchs": Up, "wuchsen": Up, "wächst": Up, "wachsen": Up, "gewachsen": Up, "wachsende": Up,
	"zugelegt": Up, "zulegen": Up, "zulegte": Up, "zulegten": Up, "angezogen": Up, "anziehen": Up,
	"erhöhte": Up, "erhöhten": Up, "erhöht": Up, "erhöhung": Up, "verbesserte": Up, "verbesserten": Up,
	"verbessert": Up, "verbesserung": Up, "kletterte": Up, "kletterten": Up, "klettert": Up,
	"geklettert": Up, "sprang": Up, "sprangen": Up, "springt": Up, "gesprungen": Up, "plus": Up,
	"zuwachs": Up, "zuwächse": Up, "zuwachses": Up, "wachstum": Up, "wachstums": Up, "höher": Up,
	"höhere": Up, "höheren": Up, "höheres": Up, "höherer": Up, "steigerung": Up, "steigerte": Up,
	"steigerten": Up, "gesteigert": Up, "steigern": Up, "zunahme": Up, "zugenommen": Up, "zunehmen": Up,
	"kurssprung": Up, "erholte": Up, "erholten": Up, "erholt": Up, "verteuerte": Up, "verteuerten": Up,
	"verteuert": Up, "teurer": Up, "gewann": Up, "gewannen": Up, "gewinnt": Up, "gewonnen": Up,
	"schnellte": Up, "hochgeschnellt": Up, "aufwärts": Up, "aufgewertet": Up, "verteuerung": Up,
	"erhöhen": Up, "angehoben": Up, "anheben": Up, "anhebung": Up, "zulegt": Up,
	"anzog": Up, "anzogen": Up, "anhebt": Up, "anhob": Up, "anhoben": Up, "stärker": Up, "stärkere": Up, "stärkeren": Up, "stärkerer": Up,
	// down
	"sank": Down, "sanken": Down, "sinkt": Down, "sinken": Down, "gesunken": Down, "sinkende": Down,
	"sinkenden": Down, "fiel": Down, "fielen": Down, "fällt": Down, "fallen": Down, "gefallen": Down,
	"fallende": Down, "fallenden": Down, "verlor": Down, "verloren": Down, "verliert": Down,
	"verlieren": Down, "nachgegeben": Down, "nachgeben": Down, "zurückgegangen": Down,
	"zurückging": Down, "zurückgingen": Down, "zurückgehen": Down, "eingebrochen": Down,
	"einbrechen": Down, "einbrach": Down, "schrumpfte": Down, "schrumpften": Down, "schrumpft": Down,
	"geschrumpft": Down, "schrumpfen": Down, "eingebüßt": Down, "einbüßte": Down, "einbüßten": Down,
	"minus": Down, "rückgang": Down, "rückgangs": Down, "rückgänge": Down, "einbruch": Down,
	"einbruchs": Down, "verlust": Down, "verluste": Down, "verlusten": Down, "niedriger": Down,
	"niedrigere": Down, "niedrigeren": Down, "abgesackt": Down, "abgerutscht": Down, "gesenkt": Down,
	"senkte": Down, "senkten": Down, "senkung": Down, "verringerte": Down, "verringerten": Down,
	"verringert": Down, "verringerung": Down, "reduzierte": Down, "reduzierten": Down, "reduziert": Down,
	"reduzierung": Down, "abnahme": Down, "abgenommen": Down, "verschlechterte": Down,
	"verschlechterten": Down, "verschlechtert": Down, "verschlechterung": Down, "verbilligte": Down,
	"verbilligten": Down, "verbilligt": Down, "billiger": Down, "tiefer": Down, "schwächer": Down,
	"geringer": Down, "stürzte": Down, "stürzten": Down, "abgestürzt": Down, "absturz": Down,
	"einbußen": Down, "einbuße": Down, "kürzte": Down, "gekürzt": Down, "kürzung": Down,
	"schrumpfung": Down, "abwärts": Down, "abgewertet": Down, "verbilligung": Down,
	"senkt": Down, "senken": Down, "einbrachen": Down, "einbricht": Down, "nachgibt": Down,
	"nachgab": Down, "nachgaben": Down, "einbräche": Down, "drosselt": Down, "drosselte": Down,
	"drosselten": Down, "gedrosselt": Down, "zurückgeht": Down, "verringern": Down, "reduzieren": Down,
	"abschlag": Down, "abschläge": Down, "abschlägen": Down, "abgeschwächt": Down, "ermäßigt": Down, "ermäßigte": Down, "ermäßigten": Down,
}

// pctFwdWords are words of change only directly after the percentage:
// "5 % mehr Umsatz", "3 % weniger Kunden" ("mehr als 5 %" is a qualifier),
// "schloss 1 % fester".
var pctFwdWords = map[string]Direction{
	"mehr": Up, "weniger": Down, "fester": Up, "leichter": Down, "größer": Up, "kleiner": Down,
	"günstiger": Down,
}

// pctDirSuffixes end compound nouns of change ("Umsatzplus").
var pctDirSuffixes = [...]struct {
	suffix string
	dir    Direction
}{
	{"anstieg", Up}, {"zuwachs", Up}, {"wachstum", Up}, {"plus", Up}, {"steigerung", Up}, {"sprung", Up},
	{"rückgang", Down}, {"einbruch", Down}, {"minus", Down}, {"verlust", Down}, {"verluste", Down},
	{"abschwung", Down}, {"absturz", Down}, {"abbau", Down}, {"verfall", Down}, {"rutsch", Down},
	{"sturz", Down}, {"abschlag", Down}, {"erhöhung", Up}, {"anhebung", Up},
	{"senkung", Down}, {"kürzung", Down}, {"zunahme", Up}, {"abnahme", Down},
}

// pctSepVerbs are separable verbs of change, keyed "verb particle".
var pctSepVerbs = map[string]Direction{
	"legte zu": Up, "legten zu": Up, "legt zu": Up, "legen zu": Up,
	"zog an": Up, "zogen an": Up, "zieht an": Up, "ziehen an": Up,
	"stieg an": Up, "stiegen an": Up, "steigt an": Up,
	"nahm zu": Up, "nahmen zu": Up, "nimmt zu": Up, "nehmen zu": Up,
	"hob an": Up, "hoben an": Up, "hebt an": Up,
	"schoss hoch": Up, "schossen hoch": Up, "schießt hoch": Up,
	"gab nach": Down, "gaben nach": Down, "gibt nach": Down, "geben nach": Down,
	"gab ab": Down, "gaben ab": Down, "gibt ab": Down,
	"ging zurück": Down, "gingen zurück": Down, "geht zurück": Down, "gehen zurück": Down,
	"brach ein": Down, "brachen ein": Down, "bricht ein": Down, "brechen ein": Down,
	"büßte ein": Down, "büßten ein": Down, "büßt ein": Down, "büßen ein": Down,
	"nahm ab": Down, "nahmen ab": Down, "nimmt ab": Down, "nehmen ab": Down,
	"sackte ab": Down, "sackten ab": Down, "sackt ab": Down,
	"rutschte ab": Down, "rutschten ab": Down, "rutscht ab": Down,
	"fiel zurück": Down, "fielen zurück": Down,
	"weitete aus": Up, "weiteten aus": Up, "weitet aus": Up, "weiten aus": Up, // spreads: "weiteten sich um 25 bp aus"
	"engte ein": Down, "engten ein": Down, "engt ein": Down, "engen ein": Down,
}
