package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/finanztext/finanztext/parse"
	"golang.org/x/text/unicode/norm"
)

// appendKey appends the matching key of one token to buf. Acronyms (all
// upper case) keep their case; other words keep their first rune and lower
// the rest, so "SIEMENS" ≠ "Siemens" and "sap" ≠ "SAP" but "OpenAI" and
// "Openai" meet. Apostrophes and hyphens are unified.
func appendKey(buf []byte, s string) []byte {
	if len(s) == 0 {
		return buf
	}
	r, size := utf8.DecodeRuneInString(s)
	if size == len(s) {
		switch {
		case isHyphenRune(r):
			return append(buf, '-')
		case isApostrophe(r) || r == '`' || r == '\u00b4':
			return append(buf, '\'')
		}
	}
	caps := isAllCaps(s)
	start := len(buf)
	mark := false
	buf = utf8.AppendRune(buf, r)
	for _, r := range s[size:] {
		if r >= 0x300 && unicode.Is(unicode.Mn, r) {
			mark = true
		}
		switch {
		case isApostrophe(r):
			buf = append(buf, '\'')
			continue
		case caps:
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		default:
			r = unicode.ToLower(r)
		}
		buf = utf8.AppendRune(buf, r)
	}
	if mark {
		// Decomposed umlauts ("u" + U+0308): keys are in NFC.
		nfc := norm.NFC.Bytes(buf[start:])
		buf = append(buf[:start], nfc...)
	}
	return buf
}

// nfc returns s in Unicode NFC (composed umlauts).
func nfc(s string) string {
	if belowMarks(s) || norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// belowMarks reports whether every rune of s is below U+0300, where the
// combining marks begin: such a text is in NFC (no rune there changes
// under NFC or composes with the one before), which the check for it
// (allocating for its interface) need not be asked.
func belowMarks[T ~string | ~[]byte](s T) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			continue
		}
		// U+0080…U+02FF: a lead byte 0xC2…0xCB and one continuation byte.
		if c < 0xC2 || c > 0xCB || i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
			return false
		}
		i++
	}
	return true
}

// isAllCaps reports whether s has at least two letters, all upper case.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// appendLower appends s in lower case (parse.AppendLower), composed (NFC)
// when it holds combining marks.
func appendLower(buf []byte, s string) []byte {
	// The ASCII bytes written in place (no append per byte), up to the
	// first other byte; parse.AppendLower writes the rest the same way.
	n := len(buf)
	buf = slices.Grow(buf, len(s))
	b := buf[n : n+len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return appendLowerRest(buf, n, s, i)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return buf[:n+len(s)]
}

// appendLowerRest is appendLower from s[i], a non-ASCII byte, with s[:i]
// written lowered to buf[n:] already (buf has room for s).
func appendLowerRest(buf []byte, n int, s string, i int) []byte {
	b := buf[n : n+len(s)]
	for ; i < len(s); i++ {
		c := s[i]
		if c == 0xC3 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// U+00C0–U+00FF (ä, ö, ü, ß, é …), lowered here as
			// unicode.ToLower does: the upper-case letters U+00C0–U+00DE
			// but × (U+00D7) to the rune 0x20 above; the others stay.
			c2 := s[i+1]
			if c2 <= 0x9E && c2 != 0x97 {
				c2 += 0x20
			}
			b[i], b[i+1] = c, c2
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			if strings.IndexByte(s[i:], 0xCC) >= 0 || strings.IndexByte(s[i:], 0xCD) >= 0 {
				// U+0300–U+036F combining marks: the whole word composed.
				return parse.AppendLower(buf[:n], nfc(s))
			}
			return parse.AppendLower(buf[:n+i], s[i:])
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return buf[:n+len(s)]
}

// capitalize returns s with its first rune in upper case.
func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// isKeyForm reports whether word w (no upper case after the first rune, or
// all caps) is its own key: no apostrophe to unify. The tokenizer records
// the opposite of it as the token flag fNoKey (the tests compare the two).
func isKeyForm(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '\'', 0xE2: // ' and the first byte of ’
			return false
		}
	}
	return true
}
