package period

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tkWord uint8 = iota
	tkNum
	tkPunct
)

// Number suffixes ("1990er", "9M").
const (
	sfxNone uint8 = iota
	sfxEr
	sfxM
	sfxOther
)

// tok is one token: a word, a run of digits (with the letters glued to
// it) or one punctuation character. Spaces are skipped; a line break is a
// punctuation token '\n'.
type tok struct {
	s, e int   // byte span in the text
	v    int32 // word: class value; number: its value (-1 when too long)
	v2   int16 // word: second class value
	k    uint8 // tkWord, tkNum, tkPunct
	cls  uint8 // word class (cNone for words not in the table)
	nd   uint8 // number: count of digits
	sfx  uint8 // number: letters glued to it
	ch   byte  // punctuation: the character ('d' for a dash – —, 'q' for a quote mark)
	up   bool  // word: starts with an uppercase letter
}

// tokenize appends the tokens of text to dst.
func tokenize(dst []tok, text string) []tok {
	table := wordTable()
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c >= '0' && c <= '9':
			j := i
			var v int64
			for j < n && text[j] >= '0' && text[j] <= '9' {
				if v < 1e9 {
					v = v*10 + int64(text[j]-'0')
				}
				j++
			}
			t := tok{s: i, k: tkNum, v: int32(v)}
			if v >= 1e9 {
				t.v = -1
			}
			if j-i > 255 {
				t.nd = 255
			} else {
				t.nd = uint8(j - i)
			}
			if j < n && isLetterStart(text, j) {
				k := wordEnd(text, j)
				switch text[j:k] {
				case "er":
					t.sfx = sfxEr
				case "M":
					t.sfx = sfxM
				default:
					t.sfx = sfxOther
				}
				j = k
			}
			t.e = j
			dst = append(dst, t)
			i = j
		case c < 0x80 && !isASCIILetter(c):
			dst = append(dst, tok{s: i, e: i + 1, k: tkPunct, ch: c})
			i++
		default:
			if isLetterStart(text, i) {
				j := wordEnd(text, i)
				t := tok{s: i, e: j, k: tkWord, up: isUpperAt(text, i)}
				if j-i <= 32 {
					if info, ok := table[text[i:j]]; ok {
						t.cls, t.v, t.v2 = info.cls, info.v, info.v2
					}
				}
				dst = append(dst, t)
				i = j
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			t := tok{s: i, e: i + size, k: tkPunct, ch: '?'}
			switch {
			case r == '–' || r == '—' || r == '‒' || r == '−':
				t.ch = 'd'
			case r == '„' || r == '“' || r == '”' || r == '»' || r == '«' || r == '‚' || r == '‘' || r == '’':
				t.ch = 'q'
			case r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007' || r == '\u2002' || r == '\u2003':
				i += size
				continue
			case r == '\u2028' || r == '\u2029':
				t.ch = '\n'
			}
			dst = append(dst, t)
			i += size
		}
	}
	return dst
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isLetterStart reports whether a letter starts at text[i].
func isLetterStart(text string, i int) bool {
	c := text[i]
	if c < 0x80 {
		return isASCIILetter(c)
	}
	if c == 0xc3 && i+1 < len(text) { // Latin-1 letters: ä ö ü ß é …
		d := text[i+1]
		return d >= 0x80 && d <= 0xbf && d != 0x97 && d != 0xb7 // not × ÷
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	return size > 1 && unicode.IsLetter(r)
}

// wordEnd returns the end of the word that starts at text[i]: letters and
// digits.
func wordEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < 0x80 {
			if isASCIILetter(c) || c >= '0' && c <= '9' {
				i++
				continue
			}
			return i
		}
		if !isLetterStart(text, i) {
			return i
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return i
}

func isUpperAt(text string, i int) bool {
	c := text[i]
	if c < 0x80 {
		return 'A' <= c && c <= 'Z'
	}
	if c == 0xc3 && i+1 < len(text) {
		d := text[i+1]
		return d >= 0x80 && d <= 0x9e
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}
