package fact

import (
	"encoding/binary"
	"github.com/finanztext/finanztext/internal/swar"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// token is one word, figure or punctuation mark of the text.
type token struct {
	start, end int32 // bytes of the text (at most maxText long)
	fig        int32 // index into the figures, -1 for a word or mark
	kind       uint8
	upper      bool // a word that starts with an upper-case letter
	glued      bool // a word glued to the figure before it by a hyphen ("…-Dollar-Vorabkaufvertrag")
}

const (
	tWord uint8 = iota
	tFigure
	tBreak // , ; : – — and a free-standing hyphen: a clause boundary
	tOpen  // ( [
	tClose // ) ]
	tMark  // any other mark (quotes, dots, slashes)
)

// tokenize splits text[i:end] into s.toks and writes the lower-case form
// of each word to s.lo (token k's form is s.lo[s.loIdx[k]:s.loIdx[k+1]];
// figures and marks have none). The three are appended to the batch's
// buffers (tokBuf, loBuf, loIdxBuf) and are views of them. Figures (s.figs from index fi on, sorted
// by start, not overlapping) become one token each; the rest is split
// into words (letters, digits and inner hyphens, apostrophes and periods)
// and marks. A byte that is not valid UTF-8 is a mark, never a letter.
//
// A word of ASCII letters and digits is lowered as it is scanned; any
// other word is scanned by wordEnd and lowered by appendLower.
func (s *state) tokenize(i, end, fi int) {
	text, figs := s.text[:end], s.figs
	// appended to the batch's buffers; the sentence's views are set at the end
	t0, l0, x0 := len(s.tokBuf), len(s.loBuf), len(s.loIdxBuf)
	toks, lo, loIdx := s.tokBuf, s.loBuf, s.loIdxBuf
	next := limit(figs, fi, len(text)) // the start of figure fi: no word reaches past it
	for i < len(text) {
		for next < i { // figures that start before i (none: words end where a figure starts)
			fi++
			next = limit(figs, fi, len(text))
		}
		if next == i && fi < len(figs) {
			f := &figs[fi]
			toks = append(toks, token{start: int32(f.span.Start), end: int32(f.span.End), fig: int32(fi), kind: tFigure})
			loIdx = append(loIdx, int32(len(lo)-l0))
			i = f.span.End
			fi++
			next = limit(figs, fi, len(text))
			// a compound's head glued to the figure
			if i+1 < len(text) && text[i] == '-' {
				r, _ := utf8.DecodeRuneInString(text[i+1:])
				if unicode.IsLetter(r) {
					j := wordEnd(text, i+1, next)
					toks = append(toks, token{start: int32(i + 1), end: int32(j), fig: -1, kind: tWord, glued: true, upper: unicode.IsUpper(r)})
					loIdx = append(loIdx, int32(len(lo)-l0))
					lo = appendLower(lo, text[i+1:j])
					i = j
				}
			}
			if i < len(text) && text[i] == ' ' && i != next {
				i++ // the space after the figure, without another round
			}
			continue
		}
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		lim := next
		if wordByte[c] == 1 { // an ASCII letter or digit: the common case, without decoding
			for {
				n := len(lo)
				j, lim := i, min(next, len(text))
				// eight bytes at a time: an ASCII letter or digit is lowered
				// by setting bit 5 (a digit has it set), and the bytes after
				// the word's end are cut off again
			ascii:
				for j+8 <= lim {
					x := swar.Load8(text, j)
					lo = binary.LittleEndian.AppendUint64(lo, x|0x2020202020202020)
					if m := swar.NonWord(x); m != 0 {
						k := bits.TrailingZeros64(m) >> 3
						lo = lo[:len(lo)-8+k]
						j += k
						goto scanned
					}
					j += 8
				}
				for j < lim {
					b := text[j]
					if wordByte[b] != 1 {
						break
					}
					// an ASCII letter or digit: setting bit 5 lowers a letter
					// and leaves a digit as it is
					lo = append(lo, b|0x20)
					j++
				}
			scanned:
				if j+1 < lim && text[j] == 0xc3 {
					// a Latin-1 letter (ä ö ü ß é …, not × ÷) goes on the
					// word as wordEnd reads it; U+00C0–U+00DE lower by
					// adding 0x20, the others are lower-case
					if d := text[j+1]; d >= 0x80 && d <= 0xbf && d != 0x97 && d != 0xb7 {
						if d <= 0x9e {
							d += 0x20
						}
						lo = append(lo, 0xc3, d)
						j += 2
						goto ascii
					}
				}
				if j < lim && !asciiWordEnd(text, j) {
					// the word may go on: a hyphen, an apostrophe, a digit
					// group or a character that is not ASCII
					// (text[i:j] is lowered in lo already)
					k := j
					j = wordEndFrom(text, i, k, lim)
					lo = appendLower(lo, text[k:j])
				}
				toks = append(toks, token{start: int32(i), end: int32(j), fig: -1, kind: tWord, upper: 'A' <= c && c <= 'Z'})
				loIdx = append(loIdx, int32(n-l0))
				i = j
				if j < len(text) && text[j] == ' ' && j != next {
					i++ // the space after the word, without another round
					// and the word after it: the word ended before next, so
					// no figure starts before i
					if i < len(text) && i != next && wordByte[text[i]] == 1 {
						c = text[i]
						continue
					}
				}
				break
			}
			continue
		}
		if c < utf8.RuneSelf { // any other ASCII byte: a space or a mark, without decoding
			if c == '\v' || c == '\f' {
				i++ // the spaces of unicode.IsSpace not tested above
				continue
			}
			k := asciiMark[c]
			if c == '-' && i > 0 && text[i-1] == ' ' && i+1 < len(text) && text[i+1] == ' ' {
				k = tBreak
			}
			toks = append(toks, token{start: int32(i), end: int32(i + 1), fig: -1, kind: k})
			loIdx = append(loIdx, int32(len(lo)-l0))
			i++
			if i < len(text) && text[i] == ' ' && i != next {
				i++ // the space after the mark
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			toks = append(toks, token{start: int32(i), end: int32(i + 1), fig: -1, kind: tMark})
			loIdx = append(loIdx, int32(len(lo)-l0))
			i++
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(text, i, lim)
			up := 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
			toks = append(toks, token{start: int32(i), end: int32(j), fig: -1, kind: tWord, upper: up})
			loIdx = append(loIdx, int32(len(lo)-l0))
			lo = appendLower(lo, text[i:j])
			i = j
		default:
			k := tMark
			switch r {
			case ',', ';', ':', '–', '—':
				k = tBreak
			case '-':
				if i > 0 && text[i-1] == ' ' && i+1 < len(text) && text[i+1] == ' ' {
					k = tBreak
				}
			case '(', '[':
				k = tOpen
			case ')', ']':
				k = tClose
			}
			toks = append(toks, token{start: int32(i), end: int32(i + size), fig: -1, kind: k})
			loIdx = append(loIdx, int32(len(lo)-l0))
			i += size
		}
	}
	loIdx = append(loIdx, int32(len(lo)-l0))
	s.tokBuf, s.loBuf, s.loIdxBuf = toks, lo, loIdx
	s.toks, s.lo, s.loIdx = toks[t0:len(toks):len(toks)], lo[l0:len(lo):len(lo)], loIdx[x0:len(loIdx):len(loIdx)]
}

// asciiWordEnd reports whether a word of ASCII letters and digits that
// reaches text[j] (an ASCII letter or digit before it, j before the
// limit) ends there for wordEnd: at a byte that always ends a word, at
// any other ASCII byte but a hyphen, an apostrophe, or a period or comma
// after a digit (which may join a digit group).
func asciiWordEnd(text string, j int) bool {
	switch c := text[j]; {
	case c >= utf8.RuneSelf || c == '-' || c == '\'':
		return false
	case c == '.' || c == ',':
		return !('0' <= text[j-1] && text[j-1] <= '9')
	}
	return true
}

func limit(figs []figure, fi, n int) int {
	if fi < len(figs) {
		return figs[fi].span.Start
	}
	return n
}

// wordEnd returns the end of the word starting at i: letters and digits,
// with a hyphen, apostrophe, period or comma inside when a letter or digit
// follows (periods and commas only between digits), never beyond lim.
func wordEnd(text string, i, lim int) int { return wordEndFrom(text, i, i, lim) }

// wordEndFrom is wordEnd for a word whose bytes text[i:from] are known to
// be letters and digits (as wordEnd reads them): the scan starts at from.
func wordEndFrom(text string, i, from, lim int) int {
	lim = min(lim, len(text))
	j := from
scan:
	for j < lim {
		switch wordByte[text[j]] { // ASCII fast path
		case 1:
			j++
			continue
		case 2:
			break scan
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\u00ad' {
			j += size
			continue
		}
		if (r == '-' || r == '\'' || r == '’' || r == '.' || r == ',') && j+size < lim {
			n, _ := utf8.DecodeRuneInString(text[j+size:])
			if r == '.' || r == ',' {
				p, _ := utf8.DecodeLastRuneInString(text[i:j])
				if unicode.IsDigit(p) && unicode.IsDigit(n) {
					j += size
					continue
				}
				break
			}
			if unicode.IsLetter(n) || unicode.IsDigit(n) {
				j += size
				continue
			}
		}
		break
	}
	if j == i { // never an empty word
		_, size := utf8.DecodeRuneInString(text[i:])
		j = i + size
	}
	return j
}

// asciiMark is the kind of an ASCII byte that is no letter, digit or
// space: what the decoding path gives it (a hyphen between spaces is a
// break, which the caller tests).
var asciiMark = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		t[c] = tMark
	}
	for _, c := range ",;:" {
		t[c] = tBreak
	}
	t['('], t['['], t[')'], t[']'] = tOpen, tOpen, tClose, tClose
	return t
}()

// wordByte classifies bytes for wordEnd: 1 for an ASCII letter or digit
// (the word goes on), 2 for an ASCII byte that always ends a word, 0 for
// the rest (decoded and looked at).
var wordByte = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = 1
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = 1, 1
	}
	for _, c := range " \n;:()\"!?" {
		t[c] = 2
	}
	return t
}()

// appendLower appends the lower-case form of s to buf and returns it.
// Soft hyphens are dropped.
func appendLower(buf []byte, s string) []byte {
	// the common case: ASCII, lowered in place after one copy
	n := len(buf)
	buf = append(buf, s...)
	ascii := true
	for k, c := range buf[n:] {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			buf[n+k] = c + 'a' - 'A'
		}
	}
	if ascii {
		return buf
	}
	buf = buf[:n]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == '\u00ad' {
			continue
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}
