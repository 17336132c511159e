package parse

import (
	"slices"
	"strings"
	"sync"
)

// The last stages of the percentage finder: units that carry back to a
// bare numeral, and the direction of change read from the clause.
//
//   - "von 2,9 auf 2,4 Prozent": the unit of the target carries back to the
//     starting value, which becomes a percentage of its own (no direction:
//     both are levels).
//   - "bei 6,6 (Vorjahr: 5,4) Prozent": the unit after the bracket belongs
//     to the numeral in front of it and to the numeral inside it.
//   - "um 3 bzw. 4 Prozent", "2, 3 und 4 Prozent": numerals joined in a
//     list by a conjunction share the unit written after the last.
//   - Direction belongs to the change phrase, not to a level: the
//     percentage after "um" takes the direction of its clause's verb
//     (wherever the verb stands: second, at the end after an auxiliary, in
//     a subordinate clause), and a level after "auf" or "bei" ("auf die
//     Spanne von 4,75 bis 5,00 Prozent") has none.

// docPool holds Docs for finders that tokenize a text of their own.
var docPool = sync.Pool{New: func() any { return new(Doc) }}

// pctCarryUnits adds the percentages whose unit is written only after a
// later numeral ("von 2,9 auf 2,4 Prozent", "6,6 (Vorjahr: 5,4) Prozent",
// "3 bzw. 4 Prozent").
// out must be ordered by Start; the result is too.
func pctCarryUnits(text string, nums []Number, out []PercentMatch) []PercentMatch {
	n0 := len(out)
	// "von X auf Y %"
	for i := 0; i < n0; i++ {
		m := &out[i]
		if m.IsRange {
			continue
		}
		a := pctSkipBlanksBack(text, pctLeft(m))
		if a < 3 || text[a-3:a] != "auf" || (a > 3 && pctLetterBefore(text, a-3)) {
			continue
		}
		j := pctSkipBlanksBack(text, a-3)
		k := pctNumberEndingAt(text, nums, j)
		if k < 0 {
			continue
		}
		n := &nums[k]
		left := n.Start
		if q := pctQual(text, n); q != nil {
			left = q.Start
		}
		v := pctSkipBlanksBack(text, left)
		if v < 3 || text[v-3:v] != "von" || (v > 3 && pctLetterBefore(text, v-3)) {
			continue
		}
		out = pctAddBare(text, out, n0, n, m.Unit)
	}
	// "X (Vorjahr: Y) %"
	for k := range nums {
		n := &nums[k]
		if !pctValid(text, n, 0) || n.Ordinal {
			continue
		}
		o := n.End
		for s := hSpaceLen(text, o); s > 0; s = hSpaceLen(text, o) {
			o += s
		}
		if o >= len(text) || text[o] != '(' {
			continue
		}
		c := -1
		for j := o + 1; j < len(text) && j-o < 40; j++ { // a short bracket: a label and a value
			if ch := text[j]; ch == ')' {
				c = j
				break
			} else if ch == '(' || ch == '\n' {
				break
			}
		}
		if c < 0 {
			continue
		}
		unit, _, ok := pctUnitAfter(text, c+1)
		if !ok {
			continue
		}
		before := len(out)
		out = pctAddBare(text, out, n0, n, unit)
		if len(out) == before {
			continue
		}
		for j := k + 1; j < len(nums) && nums[j].Start < c; j++ {
			in := &nums[j]
			if !pctValid(text, in, o) || in.End > c || in.Ordinal {
				continue
			}
			e := in.End
			for s := hSpaceLen(text, e); s > 0; s = hSpaceLen(text, e) {
				e += s
			}
			if e < len(text) && text[e] == ':' {
				continue // a label: "(2024: 5,4)"
			}
			out = pctAddBare(text, out, n0, in, unit)
		}
	}
	// "3 bzw. 4 %", "2, 3 und 4 %": numerals joined to a percentage by a
	// conjunction (commas only further back in the list) share its unit
	for i := 0; i < n0; i++ {
		m := &out[i]
		if m.IsRange {
			continue
		}
		left := pctLeft(m)
		for step := 0; step < maxListNumerals; step++ {
			b, ok := pctListJoinBefore(text, pctSkipBlanksBack(text, left), step > 0)
			if !ok {
				break
			}
			k := pctNumberEndingAt(text, nums, pctSkipBlanksBack(text, b))
			if k < 0 {
				break
			}
			n := &nums[k]
			nl := n.Start
			if q := pctQual(text, n); q != nil {
				nl = q.Start
			}
			if w := pctWordBefore(text, nl); w != "" && w[0] >= 'A' && w[0] <= 'Z' && pctSkipBlanksBack(text, nl) == nl-1 {
				break // "Platz 3 sowie 5 %", "Artikel 2 und …": a label's number
			}
			before := len(out)
			out = pctAddBare(text, out, n0, n, m.Unit)
			if len(out) == before {
				break
			}
			left = nl
		}
	}
	if len(out) > n0 {
		slices.SortFunc(out, func(a, b PercentMatch) int { return a.Start - b.Start })
	}
	return out
}

// maxListNumerals bounds the numerals of a list that take the unit of the
// percentage after them ("2, 3, 4 und 5 %"): lists are short, and the
// bound keeps the walk back linear.
const maxListNumerals = 8

// pctListJoinBefore reports whether the text ending at e (blanks skipped
// already) ends with a word that joins numerals in a list, "bzw.",
// "beziehungsweise", "oder", "und", "sowie", "statt", "anstatt" ("um 0,5
// statt 0,4 Prozent") (or a comma, when comma is true: only further back
// in a list), and returns where it starts.
func pctListJoinBefore(text string, e int, comma bool) (int, bool) {
	if comma && e > 0 && text[e-1] == ',' {
		return e - 1, true
	}
	for _, w := range [...]string{"bzw.", "beziehungsweise", "oder", "und", "sowie", "statt", "anstatt"} {
		if b := e - len(w); b >= 0 && text[b:e] == w && !pctLetterBefore(text, b) {
			return b, true
		}
	}
	return 0, false
}

// pctNumberEndingAt returns the index of the valid number in nums that ends
// at byte end, or -1.
func pctNumberEndingAt(text string, nums []Number, end int) int {
	k, _ := slices.BinarySearchFunc(nums, end, func(n Number, e int) int { return n.Start - e })
	for k--; k >= 0 && k < len(nums); k-- {
		n := &nums[k]
		if n.End == end && pctValid(text, n, 0) && !n.Ordinal {
			return k
		}
		if n.End <= end {
			break
		}
	}
	return -1
}

// pctAddBare appends number n as a percentage of unit u unless it overlaps
// a match found before (the first n0 of out are ordered by Start).
func pctAddBare(text string, out []PercentMatch, n0 int, n *Number, u Unit) []PercentMatch {
	k, _ := slices.BinarySearchFunc(out[:n0], n.Start, func(m PercentMatch, s int) int { return m.Start - s })
	if k < n0 && out[k].Start < n.End || k > 0 && out[k-1].End > n.Start {
		return out
	}
	for _, m := range out[n0:] {
		if m.Start == n.Start {
			return out
		}
	}
	return append(out, PercentMatch{
		Span: n.Span, Text: text[n.Start:n.End], Value: n.Value, Max: n.Max, IsRange: n.IsRange,
		Unit: u, Qual: pctQual(text, n),
	})
}

// Roles of a percentage in its clause.
const (
	pctRoleNone   = iota
	pctRoleChange // "um 5 %"
	pctRoleLevel  // "auf 5 %", "bei 5 %", "auf die Spanne von 4 bis 5 %"
)

// pctMaxSentence bounds the sentence that pctClauseDirections tokenizes
// for a percentage; in a longer one the direction stays as the word
// window found it.
const pctMaxSentence = 4096

// pctClauseDirections corrects the direction of each percentage from the
// clause it stands in: a change phrase takes the direction of the clause's
// verb, a level has none. It tokenizes only the sentences that hold a
// percentage, so its memory is bounded by pctMaxSentence.
func pctClauseDirections(text string, out []PercentMatch) {
	if len(out) == 0 {
		return
	}
	d := docPool.Get().(*Doc)
	defer docPool.Put(d)
	pos, loaded := 0, -1
	stops := newSentStops()
	var s Span
	ok := false
	for i := range out {
		left := pctLeft(&out[i])
		if !pctMayChange(text, &out[i], left) {
			continue
		}
		for !ok || s.End <= left {
			if s, pos, ok = sentNext(text, pos, &stops); !ok {
				d.Text = ""
				return
			}
		}
		if left < s.Start || out[i].End > s.End || s.Len() > pctMaxSentence {
			continue
		}
		if loaded != s.Start {
			_ = d.Reset(text[s.Start:s.End])
			loaded = s.Start
		}
		pctDirectionOne(d, s.Start, out, i)
	}
	d.Text = "" // do not keep the caller's text alive in the pool
}

// pctMayChange reports whether the clause can change the direction of m,
// whose words start at left: a change after "um" without a direction, or a
// direction on a phrase after "auf", "bei" or "von" that may be a level.
// It saves tokenizing the sentences of all other percentages.
func pctMayChange(text string, m *PercentMatch, left int) bool {
	switch w := pctWordBefore(text, left); w {
	case "um", "Um":
		return m.Direction == NoDirection
	case "auf", "bei", "von", "Auf", "Bei", "Von":
		return m.Direction != NoDirection
	}
	return false
}

// pctDocDirections is pctClauseDirections on a text tokenized whole.
func pctDocDirections(d *Doc, out []PercentMatch) {
	for i := range out {
		pctDirectionOne(d, 0, out, i)
	}
}

// pctDirectionOne corrects the direction of out[i] from d, which holds the
// text from byte base of the caller's text on.
func pctDirectionOne(d *Doc, base int, out []PercentMatch, i int) {
	m := &out[i]
	lt := d.TokenAt(pctLeft(m) - base)
	if lt >= len(d.Tokens) || d.Tokens[lt].Start != pctLeft(m)-base {
		return
	}
	switch pctRole(d, base, lt, out, i) {
	case pctRoleLevel:
		if !pctSigned(d.Text, m, base) {
			m.Direction = NoDirection
		}
	case pctRoleChange:
		if m.Direction == NoDirection {
			m.Direction = pctVerbDirection(d, d.ClauseOf(lt))
		}
	}
}

// pctSigned reports whether m is written with a sign; text holds the
// caller's text from byte base on.
func pctSigned(text string, m *PercentMatch, base int) bool {
	if m.Value.Sign() < 0 {
		return true
	}
	st := m.Start - base
	if st < 0 || st >= len(text) {
		return false
	}
	switch c := text[st]; {
	case c == '+' || c == '-':
		return true
	case c == 0xE2 && st+2 < len(text) && text[st+1] == 0x88 && text[st+2] == 0x92: // −
		return true
	}
	return false
}

// pctRole decides whether the percentage whose first token is lt is a
// change ("um"), a level ("auf", "bei", "auf die Spanne von", the "von" of
// "von … auf …") or neither.
func pctRole(d *Doc, base, lt int, out []PercentMatch, i int) int {
	p := lt - 1
	if p < 0 || d.Tokens[p].Kind != KindWord || d.Tokens[p].Sentence != d.Tokens[lt].Sentence {
		return pctRoleNone
	}
	switch pctFoldTok(d, p) {
	case "um":
		return pctRoleChange
	case "auf", "bei":
		return pctRoleLevel
	case "von":
		// "von 2,9 auf 2,4 Prozent": the starting level
		if i+1 < len(out) {
			nt := d.TokenAt(pctLeft(&out[i+1]) - base)
			if nt > 0 && nt < len(d.Tokens) && pctFoldTok(d, nt-1) == "auf" && d.Tokens[nt-1].Start >= out[i].End-base {
				e := pctSkipBlanksBack(d.Text, d.Tokens[nt-1].Start)
				if e == out[i].End-base {
					return pctRoleLevel
				}
			}
		}
		// "auf die Spanne von 4,75 bis 5,00 Prozent", "bei einer Quote von 3 %"
		if q := p - 1; q >= 0 {
			if c := d.ChunkOf(q); c >= 0 {
				ch := &d.cl.chunks[c]
				if ch.Kind == ChunkPP && ch.Tokens.End == p && ch.Head >= 0 && pctLevelNoun(d.Word(ch.Head)) {
					switch pctFoldTok(d, ch.Prep) {
					case "auf", "bei":
						return pctRoleLevel
					}
				}
			}
		}
	}
	return pctRoleNone
}

// pctVerbDirection reads the direction of change from the verb of clause
// c ("gesenkt", "stieg", "legte … zu"), going up to the enclosing clause
// when c has no verb.
func pctVerbDirection(d *Doc, c int) Direction {
	cls := d.Clauses()
	for hops := 0; c >= 0 && hops < 4; hops++ {
		cl := &cls[c]
		if cl.Particle >= 0 && cl.Verb >= 0 {
			var key [64]byte
			v, p := pctFoldTok(d, cl.Verb), pctFoldTok(d, cl.Particle)
			if len(v)+1+len(p) <= len(key) {
				n := copy(key[:], v)
				key[n] = ' '
				n++
				n += copy(key[n:], p)
				if dir, ok := pctSepVerbs.GetBytes(key[:n]); ok {
					return dir
				}
			}
		}
		for _, t := range [...]int{cl.Lexical, cl.Verb} {
			if t < 0 {
				continue
			}
			if dir, ok := pctDirWords.Get(pctFoldTok(d, t)); ok {
				return dir
			}
		}
		if cl.Verb >= 0 || cl.Lexical >= 0 {
			return NoDirection
		}
		c = cl.Parent
	}
	return NoDirection
}

// pctFoldTok returns token i in lower case (ASCII and Ä Ö Ü), without
// allocating for words already in lower case.
func pctFoldTok(d *Doc, i int) string {
	t := &d.Tokens[i]
	w := d.Text[t.Start:t.End]
	if t.Case == CaseLower || t.Case == CaseNone {
		return w
	}
	return pctFold(w)
}

// pctLevelNouns name a level a value is set to or stays at ("auf die
// Spanne von …", "bei einer Quote von …"); compounds ending in them count
// ("Zielspanne", "Rekordniveau"). A change noun ("Plus bei den Kunden von
// 7 %") is not among them.
var pctLevelNouns = []string{
	"spanne", "niveau", "wert", "stand", "marke", "höhe", "bereich", "korridor", "quote", "rate",
	"satz", "zins", "hoch", "tief", "band", "schwelle", "grenze", "linie",
}

// pctLevelNoun reports whether noun w ends in a level noun.
func pctLevelNoun(w string) bool {
	for _, s := range pctLevelNouns {
		if len(w) >= len(s) && strings.EqualFold(w[len(w)-len(s):], s) {
			return true
		}
	}
	return false
}
