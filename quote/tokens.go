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
// This loop runs once per token of the text, so it avoids calls on the
// common path: Go keeps no register across a call, and every call made
// the loop store and reload its dozen live values. A run of ASCII letters
// and digits followed by a byte that cannot continue a word (wordStop) is
// a whole word without asking scanWord, and the lexicon's filter is
// tested inline, before the call that probes its table.
//
// The words are read from the bytes, not from the shared parse.Doc: the
// package's words differ from parse's (a hyphen compound is one word
// here, "z.B" three tokens, "12:30" three), and taking the end of a word
// from parse's token where both provably agree cost more (a cursor over
// parse's tokens and the checks) than the fast path above, which decides
// four of five words, and scanWordFrom for the rest.
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
	if want := min(len(text)/5+8, tokStartCap); cap(toks) < want {
		toks = make([]token, 0, want)
	}
	for pi, p := range b.paras {
		paraTok = append(paraTok, int32(len(toks)))
		i, pe := p.s, p.e
		para := text[:pe] // indexed below pe without a bounds check
		for i < len(para) {
			if len(toks) == cap(toks) {
				toks = growTokens(toks, i, len(text))
			}
			c := para[i]
			var j int
			var upper bool
			switch byteClass[c] {
			case bSpace:
				i++
				continue
			case bPunct, bMark:
				kind := tPunct
				if c == '"' || c == '\'' {
					kind = tMark // the ASCII quotation marks (see byteClass)
				}
				toks = toks[:len(toks)+1]
				toks[len(toks)-1] = token{s: int32(i), e: int32(i + 1), kind: kind, para: int32(pi)}
				if asciiEnds[c] {
					b.ends = append(b.ends, int32(len(toks)-1))
				}
				i++
				continue
			case bWord:
				upper = c-'A' < 26 // here, before the call below: c need not live across it
				// the run of ASCII letters and digits: eight bytes at a
				// time while the paragraph holds eight more
				j = i + 1
				for {
					if j > len(para)-8 {
						for j < len(para) && asciiWordByte[para[j]] {
							j++
						}
					} else {
						m := nonWordBytes8(load8(para[j:]))
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
					if j >= len(para) || wordStop[para[j]] {
						break
					}
					// a letter of U+00C0–U+00FF but × and ÷ (ä ö ü ß é
					// …) goes on as in scanWordFrom, without its call:
					// one word in ten has one
					if para[j] == 0xC3 && j+1 < len(para) && para[j+1]&0xC0 == 0x80 && para[j+1] != 0x97 && para[j+1] != 0xB7 {
						j += 2
						continue
					}
					if !(para[j] <= '.' && (j+1 == len(para) || wordStop[para[j+1]])) {
						j = scanWordFrom(text, i, j, pe)
					}
					break
				}
			default:
				var k tokKind
				j, k, upper = nonASCIIToken(text, i, pe)
				if k != tWord {
					if k == tMark || k == tPunct && sentenceLead[text[i]] {
						b.ends = append(b.ends, int32(len(toks)))
					}
					if k != 0 {
						toks = toks[:len(toks)+1]
						toks[len(toks)-1] = token{s: int32(i), e: int32(j), kind: k, para: int32(pi)}
					}
					i = j
					continue
				}
			}
			// the word para[i:j]: lx.lookup, inline: its wordHead with one
			// load where the paragraph goes on for eight bytes (a shift by 64
			// or more gives 0: no mask), its last eight bytes with another
			tok := token{s: int32(i), e: int32(j), kind: tWord, upper: upper, para: int32(pi)}
			n := j - i
			var head uint64
			if len(para)-i >= 8 {
				head = load8(para[i:]) & (1<<(8*uint(n)) - 1)
			} else {
				head = wordHead(para[i:j])
			}
			tail := head
			if n > 8 {
				tail = load8(para[j-8:])
			}
			h := wordHash(head, tail, n)
			if lx.filter[h>>6]&(1<<(h&63)) != 0 {
				tok.lex = lx.probeAt(para, i, n, h, head)
				if lx.infos[tok.lex].flags&lxIndirectCue != 0 {
					b.cues = append(b.cues, int32(len(toks)))
				}
			}
			if upper {
				if para[j-1] == 's' {
					h |= tokEndsS
				}
				b.caps = append(b.caps, capWord{int32(len(toks)), h})
			}
			toks = toks[:len(toks)+1] // room made at the top of the loop
			toks[len(toks)-1] = tok
			i = j
			if i < len(para) && para[i] == ' ' {
				i++ // the space after a word, without a turn of the loop
			}
		}
	}
	b.toks, b.paraTok = toks, append(paraTok, int32(len(toks)))
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

// tokStartCap is the capacity the tokens of a long text start with (1 MB).
const tokStartCap = 1 << 16

// growTokens makes room in toks, which holds the tokens of text[:pos] of a
// text of n bytes, for the tokens of the rest: as many again per byte as so
// far, and an eighth more. One step instead of the many small ones of
// append keeps the peak memory of a text made of one-byte tokens (a
// megabyte of full stops) low.
func growTokens(toks []token, pos, n int) []token {
	want := len(toks)/8 + 16
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
