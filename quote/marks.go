package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// markRole is what a quotation mark may do at a given place.
type markRole uint8

const (
	roleOpen markRole = 1 << iota
	roleClose
)

// mark describes one quotation mark character: the family it belongs to
// (opening and closing marks of one family pair up) and what it may do.
type mark struct {
	r      rune
	family uint8
	role   markRole
	ascii  bool // " or ': needs context to tell opening from closing
}

// Families of pairs. A closing mark closes an opening mark of the same
// family; the German low-9 marks and the English double marks share a family
// so that mis-encoded pairs („…”, “…“, "…“) still close.
const (
	famDouble uint8 = iota + 1 // „ “ ” "
	famSingle                  // ‚ ‘ ’ '
	famGuil                    // » « (German: » opens)
	famGuilS                   // › ‹
)

// markAt returns the quotation mark starting at text[i], if any.
func markAt(text string, i int) (mark, int, bool) {
	c := text[i]
	switch c {
	case '"':
		return mark{r: '"', family: famDouble, role: roleOpen | roleClose, ascii: true}, 1, true
	case 0xC2: // « »
		if i+1 < len(text) {
			switch text[i+1] {
			case 0xAB:
				return mark{r: '«', family: famGuil, role: roleClose}, 2, true
			case 0xBB:
				return mark{r: '»', family: famGuil, role: roleOpen}, 2, true
			}
		}
	case 0xE2: // U+2018..U+201E, U+2039, U+203A
		if i+2 < len(text) && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x9E: // „
				return mark{r: '„', family: famDouble, role: roleOpen}, 3, true
			case 0x9C: // “
				return mark{r: '“', family: famDouble, role: roleOpen | roleClose}, 3, true
			case 0x9D: // ”
				return mark{r: '”', family: famDouble, role: roleOpen | roleClose}, 3, true
			case 0x9A: // ‚
				return mark{r: '‚', family: famSingle, role: roleOpen}, 3, true
			case 0x98: // ‘
				return mark{r: '‘', family: famSingle, role: roleOpen | roleClose}, 3, true
			case 0x99: // ’ (also the apostrophe)
				return mark{r: '’', family: famSingle, role: roleClose}, 3, true
			case 0xB9: // ‹
				return mark{r: '‹', family: famGuilS, role: roleClose}, 3, true
			case 0xBA: // ›
				return mark{r: '›', family: famGuilS, role: roleOpen}, 3, true
			}
		}
	}
	return mark{}, 0, false
}

// reversed swaps the roles of guillemets for texts written in the Swiss and
// French style («…», ‹…›).
func (m mark) reversed() mark {
	switch m.r {
	case '«', '‹':
		m.role = roleOpen
	case '»', '›':
		m.role = roleClose
	}
	return m
}

// prevRune and nextRune return the rune before i and the rune at j, or 0 at
// the ends of text.
func prevRune(text string, i int) rune {
	if i <= 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

func nextRune(text string, j int) rune {
	if j >= len(text) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return r
}

func isSpaceRune(r rune) bool {
	return r == 0 || unicode.IsSpace(r)
}

// canOpenHere reports whether a symmetric mark (" “ ” ‘) at [i,j) may open:
// preceded by space, start, an opening bracket, a dash or a colon, and
// followed by a non-space.
func canOpenHere(text string, i, j int) bool {
	p := prevRune(text, i)
	n := nextRune(text, j)
	if isSpaceRune(n) {
		return false
	}
	return isSpaceRune(p) || p == '(' || p == '[' || p == '–' || p == '—' || p == '/' || p == ':'
}

// canCloseHere reports whether a symmetric mark may close: preceded by a
// non-space and followed by space, end or punctuation.
func canCloseHere(text string, i, j int) bool {
	p := prevRune(text, i)
	if isSpaceRune(p) {
		return false
	}
	n := nextRune(text, j)
	if isSpaceRune(n) {
		return true
	}
	return !unicode.IsLetter(n) && !unicode.IsDigit(n)
}

// pair is one balanced top-level quotation: open mark at [open, innerStart),
// close mark at [innerEnd, close). Multi-paragraph quotes span several
// paragraphs; reopen marks inside stay part of the inner text.
type pair struct {
	open, innerStart, innerEnd, close int
	multi                             bool
	hasInnerQuote                     bool
}

// maxQuoteLen bounds a quotation that runs over several paragraphs.
const maxQuoteLen = 20000

// maxDepth bounds nesting; deeper marks are ignored.
const maxDepth = 4

// leadScan finds the first bytes of the quotation marks that findPairs
// looks at: '"' and the lead bytes of the two- and three-byte marks (0xC2:
// U+00AB, U+00BB; 0xE2: U+2018–U+203A). pos holds the next offset of each
// at or after the last position asked for (len(text): none left), so that
// strings.IndexByte skips the text between marks and a whole scan stays
// linear.
type leadScan struct {
	text string
	pos  [3]int
}

var markLeads = [3]byte{'"', 0xC2, 0xE2}

func newLeadScan(text string) leadScan {
	return leadScan{text: text, pos: [3]int{-1, -1, -1}}
}

// next returns the offset of the first lead byte at or after i, or
// len(text). Successive calls must not ask for a smaller i.
func (l *leadScan) next(i int) int {
	best := len(l.text)
	for k, c := range markLeads {
		p := l.pos[k]
		if p < i {
			p = len(l.text)
			if i < len(l.text) {
				if x := strings.IndexByte(l.text[i:], c); x >= 0 {
					p = i + x
				}
			}
			l.pos[k] = p
		}
		best = min(best, p)
	}
	return best
}

type openMark struct {
	m   mark
	pos int // byte offset of the mark
	end int // byte offset after the mark
}

// findPairs pairs the quotation marks of text paragraph by paragraph. Only
// top-level pairs are appended to out, ordered by position. A quote never crosses a
// paragraph break unless the next paragraph reopens with the same mark.
func findPairs(text string, paras []span, out []pair) []pair {
	swiss := swissStyle(text)
	leads := newLeadScan(text)
	var stack [maxDepth]openMark
	// pending multi-paragraph quote: its opening and the paragraph it reached
	pendOpen, pendInner := -1, -1
	var pendMark mark
	for pi, p := range paras {
		depth := 0
		inner := false
		reopened := false
		if pendOpen >= 0 {
			// the paragraph must start with the same opening mark
			m, w, ok := markAt(text, p.s)
			if ok && swiss {
				m = m.reversed()
			}
			if ok && m.r == pendMark.r && m.role&roleOpen != 0 && p.e-pendOpen < maxQuoteLen {
				stack[0] = openMark{m: pendMark, pos: pendOpen, end: pendInner}
				depth = 1
				reopened = true
				_ = w
			}
			pendOpen = -1
		}
		i := p.s
		if reopened {
			_, w, _ := markAt(text, p.s)
			i += w
		}
		for i < p.e {
			i = leads.next(i)
			if i >= p.e {
				break
			}
			c := text[i]
			if c == '\'' {
				// ASCII single marks only inside a quote, as nested marks;
				// they never change the top level.
				i++
				continue
			}
			m, w, ok := markAt(text, i)
			if !ok {
				i++
				continue
			}
			if swiss {
				m = m.reversed()
			}
			j := i + w
			closed := false
			if m.role&roleClose != 0 && depth > 0 {
				// close the innermost open mark of the same family
				for d := depth - 1; d >= 0; d-- {
					if stack[d].m.family != m.family {
						continue
					}
					if m.role&roleOpen != 0 && !canCloseHere(text, i, j) {
						break
					}
					if m.r == '’' && unicode.IsLetter(nextRune(text, j)) {
						break // an apostrophe inside a word
					}
					if d == 0 {
						out = append(out, pair{open: stack[0].pos, innerStart: stack[0].end, innerEnd: i, close: j, multi: stack[0].pos < p.s, hasInnerQuote: inner})
						inner = false
					} else {
						inner = true
					}
					depth = d
					closed = true
					break
				}
			}
			if !closed && m.role&roleOpen != 0 {
				canOpen := true
				if m.role&roleClose != 0 || m.ascii {
					canOpen = canOpenHere(text, i, j)
				}
				if m.r == '‘' && depth == 0 {
					canOpen = canOpen && !unicode.IsLetter(prevRune(text, i))
				}
				if canOpen && depth < maxDepth {
					stack[depth] = openMark{m: m, pos: i, end: j}
					depth++
				}
			}
			i = j
		}
		if depth > 0 && stack[0].pos >= 0 {
			// unclosed at paragraph end: continue only when the next paragraph
			// reopens with the same mark
			if pi+1 < len(paras) {
				pendOpen, pendInner, pendMark = stack[0].pos, stack[0].end, stack[0].m
			}
		}
	}
	return out
}

// swissStyle reports whether the text uses «…» rather than »…«: the first
// guillemet decides.
func swissStyle(text string) bool {
	// strings.IndexByte skips the text between lead bytes 0xC2 (most texts
	// have none: a byte loop cost the package 5 % of its instructions)
	for i := 0; ; i++ {
		x := strings.IndexByte(text[i:], 0xC2)
		if x < 0 {
			return false
		}
		i += x
		if i+1 >= len(text) {
			return false
		}
		switch text[i+1] {
		case 0xAB:
			return true
		case 0xBB:
			return false
		}
	}
}
