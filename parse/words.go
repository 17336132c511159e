package parse

import (
	"sync/atomic"

	"github.com/finanztext/finanztext/internal/lazy"
)

// Number-word tables and the grammar of German compound number words.
//
// A word (or a run of words joined for parsing, "drei hundert" →
// "dreihundert") is first folded into a small ASCII buffer: lower case,
// ä/ö/ü → ae/oe/ue, ß → ss, a decomposed umlaut (u + U+0308) → ue, soft
// hyphens dropped. The folded word is then cut into morphemes by longest
// match against numMorphTable and the morpheme sequence is checked and
// evaluated by numWordParse.

// numMorphKind classifies a morpheme of a number word.
type numMorphKind uint8

const (
	nmUnit    numMorphKind = iota + 1 // 1…9 (ein, eins, zwei, zwo, …)
	nmZero                            // null
	nmTeen                            // 10…19
	nmTens                            // 20, 30, …, 90
	nmUnd                             // "und" between unit and tens
	nmHundert                         // hundert
	nmTausend                         // tausend
	nmScale                           // million, milliarde, … (val = exponent)
	nmEinhalb                         // "einhalb" after a number: +0.5
	nmOneHalf                         // eineinhalb, anderthalb: 1.5
	nmHalf                            // halb, halbe, halben … after an article: 0.5
	nmDutzend                         // dutzend: ×12
	nmFrac                            // drittel, viertel, …: /val
	nmArticle                         // eine, einer, einem, einen, eines: 1, only first
	nmFracPre                         // viertel, dreiviertel before a scale word: val/100 of it
)

// numMorph is one entry of the morpheme table.
type numMorph struct {
	s    string
	kind numMorphKind
	val  uint64
	ord  bool // an ordinal stem: must be followed by an ending e/en/er/es/em
	last bool // must be the last morpheme ("eins")
}

// numMorphList is the source of the morpheme table. Spellings are the folded
// forms (ae/oe/ue/ss).
var numMorphList = []numMorph{
	{s: "null", kind: nmZero},
	{s: "ein", kind: nmUnit, val: 1},
	{s: "eins", kind: nmUnit, val: 1, last: true},
	{s: "eine", kind: nmArticle, val: 1},
	{s: "einer", kind: nmArticle, val: 1},
	{s: "einem", kind: nmArticle, val: 1},
	{s: "einen", kind: nmArticle, val: 1},
	{s: "eines", kind: nmArticle, val: 1},
	{s: "zwei", kind: nmUnit, val: 2},
	{s: "zwo", kind: nmUnit, val: 2},
	{s: "drei", kind: nmUnit, val: 3},
	{s: "vier", kind: nmUnit, val: 4},
	{s: "fuenf", kind: nmUnit, val: 5},
	{s: "sechs", kind: nmUnit, val: 6},
	{s: "sieben", kind: nmUnit, val: 7},
	{s: "acht", kind: nmUnit, val: 8},
	{s: "neun", kind: nmUnit, val: 9},
	{s: "zehn", kind: nmTeen, val: 10},
	{s: "elf", kind: nmTeen, val: 11},
	{s: "zwoelf", kind: nmTeen, val: 12},
	{s: "dreizehn", kind: nmTeen, val: 13},
	{s: "vierzehn", kind: nmTeen, val: 14},
	{s: "fuenfzehn", kind: nmTeen, val: 15},
	{s: "sechzehn", kind: nmTeen, val: 16},
	{s: "sechszehn", kind: nmTeen, val: 16},
	{s: "siebzehn", kind: nmTeen, val: 17},
	{s: "siebenzehn", kind: nmTeen, val: 17},
	{s: "achtzehn", kind: nmTeen, val: 18},
	{s: "neunzehn", kind: nmTeen, val: 19},
	{s: "zwanzig", kind: nmTens, val: 20},
	{s: "dreissig", kind: nmTens, val: 30},
	{s: "vierzig", kind: nmTens, val: 40},
	{s: "fuenfzig", kind: nmTens, val: 50},
	{s: "sechzig", kind: nmTens, val: 60},
	{s: "siebzig", kind: nmTens, val: 70},
	{s: "achtzig", kind: nmTens, val: 80},
	{s: "neunzig", kind: nmTens, val: 90},
	{s: "und", kind: nmUnd},
	{s: "hundert", kind: nmHundert, val: 100},
	{s: "tausend", kind: nmTausend, val: 1000},
	{s: "million", kind: nmScale, val: 6},
	{s: "millionen", kind: nmScale, val: 6},
	{s: "milliarde", kind: nmScale, val: 9},
	{s: "milliarden", kind: nmScale, val: 9},
	{s: "billion", kind: nmScale, val: 12},
	{s: "billionen", kind: nmScale, val: 12},
	{s: "billiarde", kind: nmScale, val: 15},
	{s: "billiarden", kind: nmScale, val: 15},
	{s: "trillion", kind: nmScale, val: 18},
	{s: "trillionen", kind: nmScale, val: 18},
	{s: "trilliarde", kind: nmScale, val: 21},
	{s: "trilliarden", kind: nmScale, val: 21},
	{s: "quadrillion", kind: nmScale, val: 24},
	{s: "quadrillionen", kind: nmScale, val: 24},
	{s: "quadrilliarde", kind: nmScale, val: 27},
	{s: "quadrilliarden", kind: nmScale, val: 27},
	{s: "einhalb", kind: nmEinhalb},
	{s: "eineinhalb", kind: nmOneHalf},
	{s: "anderthalb", kind: nmOneHalf},
	{s: "halb", kind: nmHalf},
	{s: "halbe", kind: nmHalf},
	{s: "halben", kind: nmHalf},
	{s: "halber", kind: nmHalf},
	{s: "halbes", kind: nmHalf},
	{s: "halbem", kind: nmHalf},
	{s: "dutzend", kind: nmDutzend, val: 12},
	{s: "drittel", kind: nmFrac, val: 3},
	{s: "viertel", kind: nmFrac, val: 4},
	{s: "fuenftel", kind: nmFrac, val: 5},
	{s: "sechstel", kind: nmFrac, val: 6},
	{s: "siebtel", kind: nmFrac, val: 7},
	{s: "achtel", kind: nmFrac, val: 8},
	{s: "neuntel", kind: nmFrac, val: 9},
	{s: "zehntel", kind: nmFrac, val: 10},
	{s: "zwanzigstel", kind: nmFrac, val: 20},
	{s: "hundertstel", kind: nmFrac, val: 100},
	{s: "tausendstel", kind: nmFrac, val: 1000},
	// a fraction joined to a scale word: "eine Dreiviertelmillion", "eine Viertelmilliarde"
	{s: "viertel", kind: nmFracPre, val: 25},
	{s: "dreiviertel", kind: nmFracPre, val: 75},
	// ordinal stems
	{s: "erst", kind: nmUnit, val: 1, ord: true},
	{s: "zweit", kind: nmUnit, val: 2, ord: true},
	{s: "dritt", kind: nmUnit, val: 3, ord: true},
	{s: "viert", kind: nmUnit, val: 4, ord: true},
	{s: "fuenft", kind: nmUnit, val: 5, ord: true},
	{s: "sechst", kind: nmUnit, val: 6, ord: true},
	{s: "siebt", kind: nmUnit, val: 7, ord: true},
	{s: "siebent", kind: nmUnit, val: 7, ord: true},
	{s: "neunt", kind: nmUnit, val: 9, ord: true},
	{s: "zehnt", kind: nmTeen, val: 10, ord: true},
	{s: "elft", kind: nmTeen, val: 11, ord: true},
	{s: "zwoelft", kind: nmTeen, val: 12, ord: true},
	{s: "dreizehnt", kind: nmTeen, val: 13, ord: true},
	{s: "vierzehnt", kind: nmTeen, val: 14, ord: true},
	{s: "fuenfzehnt", kind: nmTeen, val: 15, ord: true},
	{s: "sechzehnt", kind: nmTeen, val: 16, ord: true},
	{s: "siebzehnt", kind: nmTeen, val: 17, ord: true},
	{s: "achtzehnt", kind: nmTeen, val: 18, ord: true},
	{s: "neunzehnt", kind: nmTeen, val: 19, ord: true},
	{s: "zwanzigst", kind: nmTens, val: 20, ord: true},
	{s: "dreissigst", kind: nmTens, val: 30, ord: true},
	{s: "vierzigst", kind: nmTens, val: 40, ord: true},
	{s: "fuenfzigst", kind: nmTens, val: 50, ord: true},
	{s: "sechzigst", kind: nmTens, val: 60, ord: true},
	{s: "siebzigst", kind: nmTens, val: 70, ord: true},
	{s: "achtzigst", kind: nmTens, val: 80, ord: true},
	{s: "neunzigst", kind: nmTens, val: 90, ord: true},
	{s: "hundertst", kind: nmHundert, val: 100, ord: true},
	{s: "tausendst", kind: nmTausend, val: 1000, ord: true},
	{s: "millionst", kind: nmScale, val: 6, ord: true},
	{s: "milliardst", kind: nmScale, val: 9, ord: true},
}

// numMorphTable indexes numMorphList by first letter, longest entries
// first: the generated table (zz_generated_tables.go, written by `go
// generate ./parse/`), or, with the tag parsegen, built from the list.
func numMorphTable() *[26][]numMorph {
	return numMorphTableV.Get(makeNumMorphTable)
}

var numMorphTableV lazy.Value[*[26][]numMorph]

func makeNumMorphTable() *[26][]numMorph {
	if genNumMorphTable != nil {
		return genNumMorphTable
	}
	return buildNumMorphTable()
}

func buildNumMorphTable() *[26][]numMorph {
	var t [26][]numMorph
	for _, m := range numMorphList {
		c := m.s[0] - 'a'
		t[c] = append(t[c], m)
	}
	for i := range t {
		l := t[i]
		// insertion sort by length, descending
		for a := 1; a < len(l); a++ {
			for b := a; b > 0 && len(l[b].s) > len(l[b-1].s); b-- {
				l[b], l[b-1] = l[b-1], l[b]
			}
		}
	}
	return &t
}

// numWordMax is the longest folded word (or joined word run) we parse.
// Longer runs are not numbers; the bound keeps the scan linear.
const numWordMax = 160

// numWordBuf holds a folded word.
type numWordBuf struct {
	b [numWordMax]byte
	n int
}

// bytes returns the folded word. The word tests take it as it is
// (string(b) in a comparison or switch is not copied).
func (w *numWordBuf) bytes() []byte { return w.b[:w.n] }

// add appends the folded form of the word text[start:end]. It reports false
// when the word holds a character that cannot appear in a number word or the
// buffer is full.
func (w *numWordBuf) add(text string, start, end int) bool {
	for i := start; i < end; {
		c := text[i]
		if c < 0x80 {
			switch {
			case 'a' <= c && c <= 'z':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				return false
			}
			if w.n >= numWordMax {
				return false
			}
			w.b[w.n] = c
			w.n++
			i++
			continue
		}
		var rep string
		size := 2
		if i+1 >= end {
			return false
		}
		switch {
		case c == 0xC3:
			switch text[i+1] {
			case 0xA4, 0x84: // ä Ä
				rep = "ae"
			case 0xB6, 0x96: // ö Ö
				rep = "oe"
			case 0xBC, 0x9C: // ü Ü
				rep = "ue"
			case 0x9F: // ß
				rep = "ss"
			default:
				return false
			}
		case c == 0xC2 && text[i+1] == 0xAD: // soft hyphen
			rep = ""
		case c == 0xCC && text[i+1] == 0x88: // combining diaeresis
			if w.n == 0 {
				return false
			}
			switch w.b[w.n-1] {
			case 'a', 'o', 'u':
				rep = "e"
			default:
				return false
			}
		case c == 0xE1 && i+2 < end && text[i+1] == 0xBA && text[i+2] == 0x9E: // ẞ
			rep, size = "ss", 3
		default:
			return false
		}
		if w.n+len(rep) > numWordMax {
			return false
		}
		w.n += copy(w.b[w.n:], rep)
		i += size
	}
	return true
}

// numWordVal is the result of parsing a folded number word.
type numWordVal struct {
	parts   [10]numPart // scale groups, decreasing exponents
	np      int
	group   uint64 // the value below one million (thousands included)
	cur     uint64 // the value below one thousand
	half    bool   // + 0.5 on the current group
	den     uint64 // fraction denominator, 0 when none
	ordinal bool
	article bool // the first morpheme is ein/eine/… (possibly an article)
	artUse  bool // that article is what makes the number ("eine Milliarde")
	onlyArt bool // the whole word is just ein/eine/einer/… or null
	zero    bool // the word is "null"
	scale   bool // a scale word million+ occurred
	frac    bool // halb, einhalb, Drittel …, Dutzend
	morphs  int
	lastExp int // exponent of the last scale word, 0 when none
}

// numPart is mult × 10^exp.
type numPart struct {
	mult uint64
	exp  int32
}

// numParseState is the state of numWordParse between morphemes.
type numParseState struct {
	v          numWordVal
	prev       numMorphKind // 0 = start
	undAfter   numMorphKind
	tensViaUnd bool
	prevOrd    bool
	prevLast   bool
	thousand   bool
	lastExp    int
	first      bool
	fracPre    uint64 // hundredths of the scale word to come (nmFracPre)
}

// numParseBudget bounds the backtracking of one numWordParse call; with
// words of at most numWordMax bytes it is never reached by real words.
const numParseBudget = 400

// numWordParse parses a folded number word. It reports false when the word
// is not a complete, well-formed German number word. Morphemes are tried
// longest first, backtracking when the rest does not parse ("einem" +
// "illiarde" fails, so "eine" + "milliarde" is tried).
func numWordParse(w []byte) (numWordVal, bool) {
	if k := numCommonIndex(w); k >= 0 {
		r := &numCommonTable()[k]
		return r.v, r.ok
	}
	return numWordParseAll(w)
}

// numWordParseAll is numWordParse without the table of common words.
func numWordParseAll(w []byte) (numWordVal, bool) {
	st := numParseState{lastExp: 1 << 30, first: true}
	budget := numParseBudget
	return st.run(w, 0, &budget)
}

// numCommonWords are the folded words that reach numWordParse most often
// in news text: the article ein/eine/…, small numbers, and words that
// share their first letters with a number word ("für" with "fünf", "sie"
// with "sieben", "neue" with "neun", "erst" with "erste"). Their results
// come from a table that numWordParseAll fills on first use, so that they
// are the parser's own; the backtracking parse of "einem" or "fuer" costs
// a hundred times the lookup.
var numCommonWords = [...]string{
	"fuer", "eine", "ein", "sie", "einer", "einen", "einem", "zwei", "drei", "eines",
	"viel", "neuen", "neue", "ersten", "viele", "anderen", "erst", "andere", "fuenf", "zwar",
	"sieht", "zehn", "einmal", "vier",
}

// numCommonIndex returns the index of w in numCommonWords, or -1.
func numCommonIndex(w []byte) int {
	switch string(w) {
	case "fuer":
		return 0
	case "eine":
		return 1
	case "ein":
		return 2
	case "sie":
		return 3
	case "einer":
		return 4
	case "einen":
		return 5
	case "einem":
		return 6
	case "zwei":
		return 7
	case "drei":
		return 8
	case "eines":
		return 9
	case "viel":
		return 10
	case "neuen":
		return 11
	case "neue":
		return 12
	case "ersten":
		return 13
	case "viele":
		return 14
	case "anderen":
		return 15
	case "erst":
		return 16
	case "andere":
		return 17
	case "fuenf":
		return 18
	case "zwar":
		return 19
	case "sieht":
		return 20
	case "zehn":
		return 21
	case "einmal":
		return 22
	case "vier":
		return 23
	}
	return -1
}

// numParsed is one result of numWordParse.
type numParsed struct {
	v  numWordVal
	ok bool
}

// numCommonParsed holds the results of numCommonWords, made on first use.
var numCommonParsed atomic.Pointer[[len(numCommonWords)]numParsed]

// numCommonTable returns the results of numCommonWords. Two goroutines
// may both build the table on first use: equal tables, either wins. (An
// atomic load, where a lazy.Value costs a closure and sync.Once per call.)
func numCommonTable() *[len(numCommonWords)]numParsed {
	if t := numCommonParsed.Load(); t != nil {
		return t
	}
	t := new([len(numCommonWords)]numParsed)
	for k, w := range numCommonWords {
		t[k].v, t[k].ok = numWordParseAll([]byte(w))
	}
	numCommonParsed.Store(t)
	return t
}

// run parses w[i:] from state st.
func (st numParseState) run(w []byte, i int, budget *int) (numWordVal, bool) {
	*budget--
	if *budget < 0 {
		return st.v, false
	}
	if i == len(w) {
		return st.finish()
	}
	if st.prevLast {
		return st.v, false
	}
	if st.prevOrd {
		if numOrdEnding(string(w[i:])) {
			st.v.ordinal = true
			return st.v, st.v.finishOrdinal()
		}
		return st.v, false
	}
	c := w[i]
	if c < 'a' || c > 'z' {
		return st.v, false
	}
	for _, m := range numMorphTable()[c-'a'] {
		// the last byte first: most morphemes of the letter differ there,
		// and the comparison of the whole is a call
		if n := len(m.s); n > len(w)-i || w[i+n-1] != m.s[n-1] || string(w[i:i+n]) != m.s {
			continue
		}
		if m.ord && !numOrdEnding(string(w[i+len(m.s):])) {
			continue // "zweit" in "zweitausend"
		}
		next := st
		if !next.apply(m, i+len(m.s) == len(w)) {
			continue
		}
		if v, ok := next.run(w, i+len(m.s), budget); ok {
			return v, true
		}
		if *budget < 0 {
			return st.v, false
		}
	}
	// "acht" + ordinal ending: achte, achten …
	if st.prev == nmUnit && st.v.cur%10 == 8 && numOrdEnding(string(w[i:])) {
		st.v.ordinal = true
		return st.v, st.v.finishOrdinal()
	}
	return st.v, false
}

// finish validates the state at the end of the word.
func (st *numParseState) finish() (numWordVal, bool) {
	v := &st.v
	if st.prevOrd || st.prev == nmUnd || st.prev == 0 {
		return *v, false
	}
	if v.morphs == 1 && v.article {
		v.onlyArt, v.artUse = true, true
	}
	if v.np == 0 && v.group == 0 && v.cur == 0 && !v.half && !v.zero {
		return *v, false
	}
	return *v, true
}

// apply adds morpheme m to the state; atEnd tells whether m ends the word.
// It reports false when m cannot follow what came before.
func (st *numParseState) apply(m numMorph, atEnd bool) bool {
	v := &st.v
	prev := st.prev
	v.morphs++
	switch m.kind {
	case nmZero:
		if !st.first || !atEnd {
			return false
		}
		v.zero, v.onlyArt = true, true
	case nmArticle:
		if !st.first && prev != nmScale {
			return false
		}
		if st.first {
			v.article = true
		}
		v.cur = 1
	case nmUnit:
		switch prev {
		case 0, nmHundert, nmTausend, nmScale:
		case nmUnd:
			if st.undAfter != nmHundert && st.undAfter != nmTausend {
				return false
			}
		default:
			return false
		}
		if st.first && m.s == "ein" {
			v.article = true
		}
		v.cur += m.val
	case nmTeen:
		switch prev {
		case 0, nmHundert, nmTausend, nmScale:
		case nmUnd:
			if st.undAfter != nmHundert && st.undAfter != nmTausend {
				return false
			}
		default:
			return false
		}
		v.cur += m.val
	case nmTens:
		switch prev {
		case 0, nmHundert, nmTausend, nmScale, nmUnd:
		default:
			return false
		}
		st.tensViaUnd = prev == nmUnd && st.undAfter == nmUnit
		v.cur += m.val
	case nmUnd:
		switch prev {
		case nmUnit:
			if st.prevLast || v.cur%100 == 0 || v.cur%100 > 9 {
				return false
			}
		case nmHundert, nmTausend:
		default:
			return false
		}
		st.undAfter = prev
	case nmHundert:
		switch prev {
		case 0, nmTausend, nmScale:
			v.cur = 100
		case nmUnit, nmTeen:
			if v.cur >= 100 || v.half {
				return false
			}
			v.cur *= 100
		case nmTens:
			// "fünfundvierzighundert" (4500) but not "sechzighundert"
			if !st.tensViaUnd || v.cur >= 100 || v.cur%10 == 0 {
				return false
			}
			v.cur *= 100
		default:
			return false
		}
	case nmTausend:
		if st.thousand {
			return false
		}
		switch prev {
		case 0, nmScale:
			v.cur = 1
		case nmUnit, nmTeen, nmTens, nmHundert, nmArticle, nmEinhalb, nmOneHalf:
			if v.cur >= 1000 {
				return false
			}
		default:
			return false
		}
		v.group = v.cur * 1000
		if v.half {
			v.group += 500
			v.half = false
		}
		v.cur = 0
		st.thousand = true
	case nmScale:
		switch prev {
		case nmUnit, nmTeen, nmTens, nmHundert, nmTausend, nmArticle, nmEinhalb, nmOneHalf, nmHalf, nmFracPre:
		case 0:
			if !m.ord {
				return false // "Millionen" alone is vague
			}
			v.cur = 1
		default:
			return false
		}
		if v.morphs == 2 && v.article {
			if numPluralScale(m.s) {
				return false // "ein Milliarden-Dollar-Deal" counts deals, not billions
			}
			v.artUse = true
		}
		exp := int(m.val)
		if exp >= st.lastExp || v.np+2 > len(v.parts) {
			return false
		}
		st.lastExp = exp
		if mult := v.group + v.cur; mult > 0 {
			v.parts[v.np] = numPart{mult, int32(exp)}
			v.np++
		}
		if v.half {
			v.parts[v.np] = numPart{5, int32(exp - 1)}
			v.np++
			v.half = false
		}
		if st.fracPre > 0 {
			if m.ord || exp < 2 {
				return false
			}
			v.parts[v.np] = numPart{st.fracPre, int32(exp - 2)}
			v.np++
			st.fracPre = 0
		}
		v.group, v.cur, st.thousand = 0, 0, false
		v.scale = true
		v.lastExp = exp
	case nmEinhalb:
		switch prev {
		case nmUnit, nmTeen, nmTens, nmHundert:
		default:
			return false
		}
		if v.half {
			return false
		}
		v.half, v.frac = true, true
	case nmOneHalf:
		switch prev {
		case 0, nmHundert, nmTausend, nmScale:
		default:
			return false
		}
		v.cur++
		v.half, v.frac = true, true
	case nmHalf:
		// only "ein halber", "eine halbe", "einen halben" …
		if (prev != nmUnit && prev != nmArticle) || v.morphs != 2 || !v.article || v.cur != 1 {
			return false
		}
		v.cur = 0
		v.half, v.frac, v.artUse = true, true, true
	case nmDutzend:
		switch prev {
		case nmUnit, nmTeen, nmTens, nmHundert, nmArticle, nmHalf:
		default:
			return false
		}
		if v.np > 0 || v.group > 0 || !atEnd {
			return false
		}
		if v.morphs == 2 && v.article {
			v.artUse = true
		}
		v.cur *= 12
		if v.half {
			v.cur += 6
			v.half = false
		}
		v.frac = true
	case nmFracPre:
		// "Dreiviertelmillion", "eine Viertelmilliarde": first or after the article
		if atEnd || prev != 0 && !(prev == nmArticle || prev == nmUnit && v.article && v.cur == 1 && v.morphs == 2) {
			return false
		}
		if prev != 0 {
			v.artUse = true
		}
		v.cur = 0
		st.fracPre = m.val
		v.frac = true
	case nmFrac:
		switch prev {
		case nmUnit, nmTeen, nmTens, nmHundert, nmArticle:
		default:
			return false
		}
		if v.np > 0 || v.group > 0 || v.half || !atEnd {
			return false
		}
		if v.morphs == 2 && v.article {
			v.artUse = true
		}
		v.den = m.val
		v.frac = true
	}
	st.prev = m.kind
	st.prevOrd, st.prevLast = m.ord, m.last
	st.first = false
	return true
}

// finishOrdinal validates a word that ended in an ordinal ending.
func (v *numWordVal) finishOrdinal() bool {
	return !v.half && v.den == 0 && !v.onlyArt && !v.frac
}

// numOrdEnding reports whether s is an adjective ending of an ordinal.
func numOrdEnding(s string) bool {
	switch s {
	case "e", "en", "er", "es", "em":
		return true
	}
	return false
}
