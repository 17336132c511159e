package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	if len(f) > 2 && pctIsArticleWord(f[1].low[:f[1].n]) && !f[1].is("die") {
		switch {
		case f[0].is("über"):
			return Up // "1,1 % über dem Vorjahr"
		case f[0].is("unter"):
			return Down
		}
	}
	fDir, fDist := NoDirection, 1<<30
	sep := false // a separable verb with its particle closes the clause
	for i := range f {
		t := &f[i]
		if t.num {
			continue
		}
		if i == 0 && pctIsArticleWord(t.low[:t.n]) {
			break // "1,25 % des auf 9.000 Euro reduzierten Kapitals": a noun phrase follows
		}
		if d, ok := pctDirWords.GetBytes(t.low[:t.n]); ok {
			fDir, fDist = d, i+1
			break
		}
		if i == 0 {
			if d, ok := pctFwdWords.GetBytes(t.low[:t.n]); ok {
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
				fDir, fDist, sep = d, i+1, true
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
		if pctTolerance(b, i) {
			break // "plus/minus 3 Prozent", "plus oder minus 0,5 Prozentpunkte": a width, no change
		}
		if d, ok := pctDirWords.GetBytes(t.low[:t.n]); ok {
			bDir, bDist = d, i+1
			break
		}
		if d, ok := pctSuffixDir(t); ok {
			bDir, bDist = d, i+1
			break
		}
	}
	if sep && fDir == NoDirection {
		return NoDirection // "fiel mit 60 % deutlich aus": the particle makes the verb before another one
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
		if d, ok := pctSepVerbs.GetBytes(key[:k]); ok {
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
			if pctIsSubordinator(t.low[:t.n]) {
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
			w := t.low[:t.n]
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

// pctTolerance reports whether b[i] (tokens before a percentage, nearest
// first) is the "minus" of a tolerance: "plus minus", "plus/minus", "plus
// oder minus".
func pctTolerance(b []pctTok, i int) bool {
	if !b[i].is("minus") || i+1 >= len(b) {
		return false
	}
	return b[i+1].is("plus") || (b[i+1].is("oder") && i+2 < len(b) && b[i+2].is("plus"))
}
