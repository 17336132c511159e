package quote

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is an internal half-open byte range.
type span struct{ s, e int }

// paragraphs splits text at line breaks. Each paragraph is trimmed of
// surrounding spaces; empty lines are dropped.
func paragraphs(text string, out []span) []span {
	out = out[:0]
	i := 0
	for i < len(text) {
		j := len(text)
		if nl := strings.IndexByte(text[i:], '\n'); nl >= 0 {
			j = i + nl
		}
		s, e := i, j
		for s < e && isASCIISpace(text[s]) {
			s++
		}
		for e > s && isASCIISpace(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, span{s, e})
		}
		i = j + 1
	}
	return out
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

// tokKind classifies a token.
type tokKind uint8

const (
	tWord  tokKind = iota + 1
	tPunct         // one punctuation character
	tMark          // a quotation mark
)

// token is one word or punctuation character of the text.
type token struct {
	s, e int32
	para int32 // index of its paragraph
	// lex&lexMask: words: index into lexicon().infos (0: not in the
	// lexicon); lex&lexQ: the token lies in the inner text of a pair (see
	// doc.pairOf for which)
	lex   uint16
	kind  tokKind
	upper bool // a word starting with an upper-case letter
}

// Bits of token.lex.
const (
	lexQ    uint16 = 1 << 15
	lexMask uint16 = lexQ - 1
)

// capWord is a capitalized word: its token index and the lexHash of the
// word, with tokEndsS set when it ends in "s".
type capWord struct {
	i int32
	h uint32
}

// tokEndsS is the bit of capWord.h telling a word that ends in "s".
const tokEndsS = 1 << 31

// tokenize splits the paragraphs b.paras of text into words and
// punctuation, b.toks. Words hold letters, digits, inner hyphens, inner
// apostrophes and inner dots of numbers. On the way it lists the
// capitalized words (b.caps), the words indirectSpeech looks at (b.cues:
// verb forms, so, laut, zufolge, source nouns, heißt), the marks and the
// punctuation starting with . ! ? or 0xE2 (b.ends: the tokens that may end
// a sentence, see sentences), and the first token of each paragraph
// followed by the number of tokens (b.paraTok).
//
// The inner loop runs once per token of the text and makes no call: Go
// keeps no register across a call, and a call anywhere in the loop (even
// on a rare path) made it store and reload its live values on every turn.
// It takes the usual tokens: white space, one ASCII punctuation byte, and
// a word of ASCII letters and digits (and letters U+00C0–U+00FF, the
// hyphens of a compound, the dots and commas of a number) followed by a
// byte that cannot continue it (wordStop), whose runs of ASCII letters it
// reads eight bytes at a time; the lexicon's filter and the probe of its
// table are inline. The slices it fills have room for fastRoom more
// entries, made before it starts, so that it needs no append; it stops
// when the room is used up and at any other token, which the outer loop
// reads with the calls it needs (scanWordFrom for a word that goes on past
// another joiner or a non-ASCII byte, addWordAt for a word of more than
// sixteen bytes in the lexicon's filter, nonASCIIToken for a token
// starting with a non-ASCII byte).
//
// The words are read from the bytes, not from the shared parse.Doc: the
// package's words differ from parse's (a hyphen compound is one word
// here, "z.B" three tokens, "12:30" three), and taking parse's tokens
// where both provably agree costs more than finding the ends: the test
// that a token of parse is one of the package's (every byte of the word,
// eight at a time, and the bytes after it) is the test that finds the
// end. A loop like scanRun over parse's tokens (tried in round four, with
// scanRun for the tokens it left) cost 19.3M instructions per Analyze of
// 600 KB of news where scanRun alone costs 16.0M.
func (b *docBufs) tokenize(text string, lx *lexiconT) {
	toks := b.toks[:0]
	b.caps = b.caps[:0]
	b.cues = b.cues[:0]
	b.ends = b.ends[:0]
	paraTok := b.paraTok[:0]
	// a first guess for short texts; a long text starts with tokStartCap
	// tokens and growTokens extrapolates the density it has measured, so
	// that a text of dense tokens (runs of marks) is not first given a
	// buffer of the wrong size that is then copied
	if want := max(min(len(text)/5+8, tokStartCap), fastRoom); cap(toks) < want {
		toks = make([]token, 0, want)
	}
	for pi, p := range b.paras {
		paraTok = append(paraTok, int32(len(toks)))
		i, pe := p.s, p.e
		para := text[:pe] // indexed below pe without a bounds check
		for i < len(para) {
			if cap(toks)-len(toks) < fastRoom {
				toks = growTokens(toks, i, len(text))
			}
			if cap(b.caps)-len(b.caps) < fastRoom {
				b.caps = slices.Grow(b.caps, fastRoom)
			}
			if cap(b.cues)-len(b.cues) < fastRoom {
				b.cues = slices.Grow(b.cues, fastRoom)
			}
			if cap(b.ends)-len(b.ends) < fastRoom {
				b.ends = slices.Grow(b.ends, fastRoom)
			}
			// the room of the loop: toks's capacity, which it tests anyway
			// when it writes a token
			all := toks
			var j int
			toks, i, j = b.scanRun(toks[:len(toks):len(toks)+fastRoom], para, i, int32(pi), lx)
			full := len(toks) == cap(toks)
			toks = all[:len(toks)]
			if i >= len(para) || full {
				continue // (room: made again at the top)
			}
			// the token at i that scanRun leaves: a word that may go on past
			// its ASCII run para[i:j] (or ends at j: scanWordFrom returns
			// j then), or a token starting with a non-ASCII byte
			if byteClass[para[i]] == bWord {
				j := scanWordFrom(text, i, j, pe)
				toks = b.addWordAt(toks, para, i, j, int32(pi), para[i]-'A' < 26, lx)
				i = j
				continue
			}
			j, k, upper := nonASCIIToken(text, i, pe)
			switch {
			case k == tWord:
				toks = b.addWordAt(toks, para, i, j, int32(pi), upper, lx)
			case k != 0:
				if k == tMark || k == tPunct && sentenceLead[text[i]] {
					b.ends = append(b.ends, int32(len(toks)))
				}
				toks = append(toks, token{s: int32(i), e: int32(j), kind: k, para: int32(pi)})
			}
			i = j
		}
	}
	b.toks, b.paraTok = toks, append(paraTok, int32(len(toks)))
}

// scanRun is tokenize's inner loop: it appends to toks the usual tokens of
// para (text up to the end of paragraph pi) from byte i, as long as toks
// has room, and returns toks, the byte after them and, when it stops at a
// word that may go on past its run of ASCII letters and digits para[i:j]
// (or at a word para[i:j] of more than sixteen bytes that passes the
// lexicon's filter), the end j of that run. See tokenize.
func (b *docBufs) scanRun(toks []token, para string, i int, pi int32, lx *lexiconT) ([]token, int, int) {
	// (uint: i is not negative, and para[i] needs no bounds check)
	for uint(i) < uint(len(para)) && len(toks) < cap(toks) {
		c := para[i]
		var j int
		switch byteClass[c] {
		case bSpace:
			i++
			continue
		case bPunct, bMark:
			kind := tPunct
			if c == '"' || c == '\'' {
				kind = tMark // the ASCII quotation marks (see byteClass)
			}
			n := len(toks)
			toks = toks[:n+1]
			toks[n] = token{s: int32(i), e: int32(i + 1), kind: kind, para: pi}
			if asciiEnds[c] {
				k := len(b.ends)
				b.ends = b.ends[:k+1]
				b.ends[k] = int32(n)
			}
			i++
			if i < len(para) && para[i] == ' ' {
				i++ // the space after a comma or full stop, as after a word
			}
			continue
		case bWord:
			// the run of ASCII letters and digits: eight bytes at a
			// time while the paragraph holds eight more
			j = i + 1
			for {
				if j > len(para)-8 {
					for j < len(para) && asciiWordByte[para[j]] {
						j++
					}
				} else {
					// letters only (fewer values than with the digits):
					// a digit steps on below
					m := nonLetterBytes8(load8(para[j:]))
					if m == 0 {
						j += 8
						continue
					}
					// m is not 0 here: the count of trailing zeros
					// needs no test for 0
					j += bits.TrailingZeros64(m) / 8
				}
				// scanWord stops at j too unless the byte there may go
				// on: a non-ASCII byte, or one of - ' . , that is not
				// the paragraph's last byte nor before a wordStop byte
				// (these go on only before a letter or digit, or a
				// non-ASCII byte). Most words end before a wordStop byte.
				// A digit (after the letters, which the run above reads
				// alone) goes on at once.
				if j >= len(para) {
					break
				}
				if k := afterRun[para[j]]; k == runStop {
					break
				} else if k == runDigit {
					// a word with digits (a number): the rest of its
					// letters and digits byte by byte, so that a long run
					// of digits is not read a turn of this loop per byte
					j++
					for j < len(para) && asciiWordByte[para[j]] {
						j++
					}
					continue
				}
				// a letter of U+00C0–U+00FF but × and ÷ (ä ö ü ß é
				// …) goes on as in scanWordFrom, without its call:
				// one word in ten has one
				c := para[j]
				if c == 0xC3 && j+1 < len(para) && para[j+1]&0xC0 == 0x80 && para[j+1] != 0x97 && para[j+1] != 0xB7 {
					j += 2
					continue
				}
				// the joiners that go on as in scanWordFrom, without its
				// call: the hyphen of a compound ("EU-Kommission"), before
				// a letter or digit or a non-ASCII byte, and a dot or comma
				// between digits ("1.234,5")
				if j+1 < len(para) {
					if n := para[j+1]; c == '-' && (asciiWordByte[n] || n >= utf8.RuneSelf) ||
						(c == '.' || c == ',') && n-'0' < 10 && para[j-1]-'0' < 10 {
						j++
						continue
					}
				}
				if !(c <= '.' && (j+1 == len(para) || wordStop[para[j+1]])) {
					return toks, i, j // the word may go on: scanWordFrom decides
				}
				break
			}
		default:
			return toks, i, 0 // a token starting with a non-ASCII byte
		}
		// the word para[i:j]: addWordAt, written out (a call here
		// would cost the loop its registers)
		n := j - i
		var head uint64
		if len(para)-i >= 8 {
			head = load8(para[i:]) & lowBytes[min(n, 8)]
		} else {
			head = wordHead(para[i:j])
		}
		tail := head
		if n > 8 {
			tail = load8(para[j-8:])
		}
		h := wordHash(head, tail, n)
		k := len(toks)
		var lex uint16
		if lx.filter[h>>6]&(1<<(h&63)) != 0 {
			if n > 16 {
				// a long word in the lexicon's filter (few): addWordAt
				// probes it, where sameTail's loop costs no registers
				return toks, i, j
			}
			// probeAt for a word of up to sixteen bytes: its length, head
			// and last eight bytes decide (tail is head up to eight)
			for s := h; ; s++ {
				sl := &lx.slots[s&lexSlotMask]
				if sl.n == 0 {
					break
				}
				if int(sl.n) == n && sl.head == head && (n <= 8 || load8(lx.words[int(sl.off)+n-8:]) == tail) {
					lex = sl.idx
					break
				}
			}
			if lx.infos[lex].flags&lxIndirectCue != 0 {
				q := len(b.cues)
				b.cues = b.cues[:q+1]
				b.cues[q] = int32(k)
			}
		}
		upper := para[i]-'A' < 26 // here, not kept in a register from above
		if upper {
			if para[j-1] == 's' {
				h |= tokEndsS
			}
			q := len(b.caps)
			b.caps = b.caps[:q+1]
			b.caps[q] = capWord{int32(k), h}
		}
		toks = toks[:k+1]
		t := &toks[k]
		t.s, t.e, t.para, t.lex, t.kind, t.upper = int32(i), int32(j), pi, lex, tWord, upper
		i = j
		if i < len(para) && para[i] == ' ' {
			i++ // the space after a word, without a turn of the loop
		}
	}
	return toks, i, 0
}

// lowBytes[n] masks the first n bytes of a little-endian number (a load
// from a table: the mask 1<<(8*n)-1 took a test for a shift by 64).
var lowBytes = [9]uint64{0, 0xFF, 0xFFFF, 0xFF_FFFF, 0xFFFF_FFFF, 0xFF_FFFF_FFFF, 0xFFFF_FFFF_FFFF, 0xFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF_FFFF_FFFF}

// fastRoom is the number of tokens tokenize's inner loop takes at most
// before it makes room again: the room it makes first in each of the slices
// it fills.
const fastRoom = 64

// addWordAt appends to toks the word para[i:j] of paragraph pi (upper: it
// is capitalized), with its lexicon entry, and lists it in b.caps and
// b.cues, where the room for one more entry is made already (tokenize).
// It is lx.lookup, inline: the word's wordHead with one load where the
// paragraph goes on for eight bytes (masked by lowBytes), its last eight
// bytes with another, and the lexicon's filter before the probe of its
// table. tokenize's inner loop, which reads most words, has the same lines
// written out, with probeAt's loop for a word of up to sixteen bytes,
// which compares its last eight bytes in one load where sameTail loops.
func (b *docBufs) addWordAt(toks []token, para string, i, j int, pi int32, upper bool, lx *lexiconT) []token {
	n := j - i
	var head uint64
	if len(para)-i >= 8 {
		head = load8(para[i:]) & lowBytes[min(n, 8)]
	} else {
		head = wordHead(para[i:j])
	}
	tail := head
	if n > 8 {
		tail = load8(para[j-8:])
	}
	h := wordHash(head, tail, n)
	k := len(toks)
	var lex uint16
	if lx.filter[h>>6]&(1<<(h&63)) != 0 {
		lex = lx.probeAt(para, i, n, h, head)
		if lx.infos[lex].flags&lxIndirectCue != 0 {
			q := len(b.cues)
			b.cues = b.cues[:q+1]
			b.cues[q] = int32(k)
		}
	}
	if upper {
		if para[j-1] == 's' {
			h |= tokEndsS
		}
		q := len(b.caps)
		b.caps = b.caps[:q+1]
		b.caps[q] = capWord{int32(k), h}
	}
	toks = toks[:k+1]
	toks[k] = token{s: int32(i), e: int32(j), kind: tWord, upper: upper, lex: lex, para: pi}
	return toks
}

// nonASCIIToken reads the token at text[i], a byte from 0x80 on, in a
// paragraph ending at pe: a word (tWord, and whether it is capitalized),
// punctuation (tPunct) or a quotation mark (tMark), or no token (kind 0: a
// space or an invalid byte); j is its end. One call out of tokenize's loop
// for these rarer tokens.
func nonASCIIToken(text string, i, pe int) (j int, kind tokKind, upper bool) {
	r, w := utf8.DecodeRuneInString(text[i:])
	switch {
	case unicode.IsLetter(r):
		return scanWordFrom(text, i, i, pe), tWord, unicode.IsUpper(r)
	case unicode.IsSpace(r) || r == utf8.RuneError:
		return i + w, 0, false
	}
	if _, _, ok := markAt(text, i); ok {
		return i + w, tMark, false
	}
	return i + w, tPunct, false
}

// Classes of the first byte of a token (byteClass).
const (
	bSpace = iota // an ASCII space (isASCIISpace)
	bWord         // an ASCII letter or digit (isWordByte)
	bPunct        // other ASCII: one punctuation token
	bMark         // " and ': a quotation mark token
	bHigh         // the first byte of a multi-byte rune (or an invalid byte)
)

// byteClass is the class of every byte as the first byte of a token.
var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		switch b := byte(c); {
		case b >= utf8.RuneSelf:
			t[c] = bHigh
		case isASCIISpace(b):
			t[c] = bSpace
		case isWordByte(b):
			t[c] = bWord
		case b == '"' || b == '\'':
			t[c] = bMark
		default:
			t[c] = bPunct
		}
	}
	return t
}()

// asciiEnds holds the ASCII bytes of the tokens tokenize lists in b.ends:
// the quotation marks " and ' and the sentenceLead bytes . ! ?.
var asciiEnds = [256]bool{'"': true, '\'': true, '.': true, '!': true, '?': true}

// wordStop holds the ASCII bytes before which scanWord ends a word in any
// case: all but letters, digits and the joiners - ' . , (and the bytes of
// multi-byte runes, which may be letters).
var wordStop = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		b := byte(c)
		t[c] = !isWordByte(b) && b != '-' && b != '\'' && b != '.' && b != ','
	}
	return t
}()

// Classes of the byte after a run of letters in scanRun (afterRun).
const (
	runOther = iota // a byte that may go on with the word: a joiner, a non-ASCII byte
	runStop         // a wordStop byte: the word ends
	runDigit        // an ASCII digit: the word goes on
)

// afterRun is the class of every byte after a run of letters.
var afterRun = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case wordStop[c]:
			t[c] = runStop
		case c >= '0' && c <= '9':
			t[c] = runDigit
		}
	}
	return t
}()

// tokStartCap is the capacity the tokens of a long text start with (1 MB).
const tokStartCap = 1 << 16

// growTokens makes room in toks, which holds the tokens of text[:pos] of a
// text of n bytes, for the tokens of the rest: as many again per byte as so
// far, and an eighth more. One step instead of the many small ones of
// append keeps the peak memory of a text made of one-byte tokens (a
// megabyte of full stops) low.
func growTokens(toks []token, pos, n int) []token {
	want := len(toks)/8 + fastRoom
	if pos > 0 {
		want += int(int64(len(toks)) * int64(n-pos) / int64(pos))
	}
	return slices.Grow(toks, want)
}

// asciiWordByte is isWordByte as a table, for scanWord's inner loop.
var asciiWordByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isWordByte(byte(c))
	}
	return t
}()

// wordBytes8 returns how many of the eight bytes of x (little-endian),
// from the first, are ASCII letters or digits (isWordByte).
func wordBytes8(x uint64) int {
	return bits.TrailingZeros64(nonWordBytes8(x)) / 8
}

// nonWordBytes8 returns the high bit of every byte of x that is no ASCII
// letter or digit (isWordByte), and perhaps of bytes after the first such
// byte. It tests the bytes in parallel: for a byte c < 0x80, c+(0x80-lo)
// has its high bit set when c >= lo, c+(0x7F-hi) when c > hi, and neither
// sum carries into the next byte. A byte from 0x80 on is no word byte; the
// carries of its sums reach only later bytes, past the first one that is
// not a word byte.
func nonWordBytes8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	l := x | 0x20*ones // A-Z onto a-z, as in isWordByte
	letter := (l + (0x80-'a')*ones) &^ (l + (0x7F-'z')*ones)
	digit := (x + (0x80-'0')*ones) &^ (x + (0x7F-'9')*ones)
	word := (letter | digit) &^ x & high
	return ^word & high
}

// nonLetterBytes8 is nonWordBytes8 for ASCII letters alone: the high bit
// of every byte of x that is no ASCII letter, and perhaps of bytes after
// the first such byte.
func nonLetterBytes8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	l := x | 0x20*ones // A-Z onto a-z
	letter := (l + (0x80-'a')*ones) &^ (l + (0x7F-'z')*ones)
	return ^(letter &^ x) & high
}

// isWordByte reports whether c is an ASCII letter or digit. (c|0x20) maps
// A–Z onto a–z and no other byte into a–z.
func isWordByte(c byte) bool {
	return (c|0x20)-'a' < 26 || c-'0' < 10
}

// scanWord returns the end of the word starting at i.
func scanWord(text string, i, end int) int {
	return scanWordFrom(text, i, i, end)
}

// scanWordFrom is scanWord for a word whose bytes text[i:j] are ASCII
// letters and digits: it goes on at j.
func scanWordFrom(text string, i, j, end int) int {
	s := text[:end]
	for j < len(s) {
		// the common case: a run of ASCII letters and digits
		for j < len(s) && asciiWordByte[s[j]] {
			j++
		}
		if j == len(s) {
			return j
		}
		c := text[j]
		if c < utf8.RuneSelf {
			if (c == '-' || c == '\'' || c == '.' || c == ',') && j+1 < end && j > i {
				n := text[j+1]
				if c == '-' && (isWordByte(n) || n >= utf8.RuneSelf) {
					j++
					continue
				}
				if c == '\'' && isWordByte(n) && isWordByte(text[j-1]) {
					j++
					continue
				}
				if (c == '.' || c == ',') && n >= '0' && n <= '9' && text[j-1] >= '0' && text[j-1] <= '9' {
					j++
					continue
				}
				if c == '.' && isWordByte(text[j-1]) {
					if t := domainEnd(text, j+1, end); t > 0 {
						j = t // a web medium: "ndr.de", "heise.de"
						continue
					}
				}
			}
			return j
		}
		if c == 0xC3 && j+1 < len(text) && text[j+1]&0xC0 == 0x80 && text[j+1] != 0x97 && text[j+1] != 0xB7 {
			// U+00C0–U+00FF but × and ÷: a letter (ä ö ü ß é …), without
			// the decoding and the Unicode tables
			j += 2
			continue
		}
		r, w := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += w
			continue
		}
		if r == '’' && j > i && j+w < end {
			n, _ := utf8.DecodeRuneInString(text[j+w:])
			if unicode.IsLetter(n) {
				j += w
				continue
			}
		}
		return j
	}
	return j
}

// topLevelDomains end the name of a web medium ("ndr.de", "orf.at").
//
// buildTopLevelDomains returns the words of the table topLevelDomains (generated: see the
// package's zz_generated_sets.go).
func buildTopLevelDomains() map[string]bool {
	return map[string]bool{
		"de": true, "at": true, "ch": true, "com": true, "org": true, "net": true, "eu": true,
		"info": true, "online": true, "fr": true, "uk": true, "it": true, "nl": true,
	}
}

// domainEnd returns the end of a top-level domain starting at j (lower-case
// ASCII letters that are not followed by a word byte), or 0.
func domainEnd(text string, j, end int) int {
	t := j
	for t < end && text[t] >= 'a' && text[t] <= 'z' {
		t++
	}
	if t == j || t < end && (isWordByte(text[t]) || text[t] >= utf8.RuneSelf) || !topLevelDomains.Value(text[j:t]) {
		return 0
	}
	return t
}
