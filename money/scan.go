package money

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/currency"
	"golang.org/x/text/unicode/norm"
)

// Byte-level helpers. Every function here looks at a bounded number of
// bytes around a position; none of them walks the whole text.

// spaceAt returns the byte length of the horizontal space at i: an ASCII
// space or tab, or a Unicode space separator (U+00A0, U+1680, U+2000 to
// U+200A, U+202F, U+205F, U+3000). It returns 0 when there is none.
func spaceAt(text string, i int) int {
	if i < 0 || i >= len(text) {
		return 0
	}
	switch b := text[i]; {
	case b == ' ' || b == '\t':
		return 1
	case b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3:
		r, n := utf8.DecodeRuneInString(text[i:])
		if isSpaceRune(r) {
			return n
		}
	}
	return 0
}

// spaceBefore returns the byte length of the horizontal space ending at i.
func spaceBefore(text string, i int) int {
	if i <= 0 || i > len(text) {
		return 0
	}
	b := text[i-1]
	if b == ' ' || b == '\t' {
		return 1
	}
	if b < utf8.RuneSelf {
		return 0
	}
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if isSpaceRune(r) {
		return n
	}
	return 0
}

// isSpaceRune reports whether r is a non-ASCII horizontal space.
func isSpaceRune(r rune) bool {
	return r == 0xA0 || r == 0x1680 || 0x2000 <= r && r <= 0x200A || r == 0x202F || r == 0x205F || r == 0x3000
}

// skipSpaces skips at most max spaces (a line break counts as one) from i.
func skipSpaces(text string, i, max int) int {
	for k := 0; k < max; k++ {
		if n := spaceAt(text, i); n > 0 {
			i += n
			continue
		}
		if i < len(text) && (text[i] == '\n' || text[i] == '\r') {
			i++
			continue
		}
		break
	}
	return i
}

// letterAt returns the byte length of the letter at i, or 0. A combining
// mark counts as a letter, so that decomposed text ("da\u0308nisch") keeps
// its words whole.
func letterAt(text string, i int) int {
	if i < 0 || i >= len(text) {
		return 0
	}
	b := text[i]
	if b < utf8.RuneSelf {
		if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
		return n
	}
	return 0
}

// letterBefore returns the byte length of the letter ending at i, or 0.
func letterBefore(text string, i int) int {
	if i <= 0 || i > len(text) {
		return 0
	}
	b := text[i-1]
	if b < utf8.RuneSelf {
		if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
		return n
	}
	return 0
}

// nfc returns w composed (NFC) when it holds a combining mark of the
// U+0300 block ("a\u0308" for "ä" in decomposed text), and w itself
// otherwise, without allocating. Word tables are composed.
func nfc(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] == 0xCC || w[i] == 0xCD {
			return norm.NFC.String(w)
		}
	}
	return w
}

// wordChar reports whether a letter or digit starts at i.
func wordChar(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return false
	}
	if b := text[i]; '0' <= b && b <= '9' {
		return true
	}
	return letterAt(text, i) > 0
}

// wordCharBefore reports whether a letter or digit ends at i.
func wordCharBefore(text string, i int) bool {
	if i <= 0 || i > len(text) {
		return false
	}
	if b := text[i-1]; '0' <= b && b <= '9' {
		return true
	}
	return letterBefore(text, i) > 0
}

// wordEnd returns the end of the run of letters starting at i. A run is
// cut at 64 bytes: no currency word is longer.
func wordEnd(text string, i int) int {
	for i < len(text) {
		if b := text[i]; b < utf8.RuneSelf {
			if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' {
				i++
				continue
			}
			break
		}
		n := letterAt(text, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// wordStart returns the start of the run of letters ending at i.
func wordStart(text string, i int) int {
	for i > 0 {
		n := letterBefore(text, i)
		if n == 0 {
			break
		}
		i -= n
	}
	return i
}

// isUpperASCII reports whether s is all ASCII capitals.
func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// notCode reports whether w is one of the ISO 4217 codes that are far more
// often something else in German text: "TOP 5" is an item of an agenda,
// not 5 paʻanga.
func notCode(w string) bool {
	switch w {
	case "XXX", "XTS", "TOP", "ALL":
		return true
	}
	return false
}

// acronymCodes are ISO 4217 codes that are common acronyms in German
// text ("SAR 71" is a rescue helicopter, "AMD" a chip maker). They count
// only after a numeral, never in front of one.
//
// buildAcronymCodes returns the words of the table acronymCodes (generated: see the
// package's zz_generated_sets.go).
func buildAcronymCodes() map[string]bool {
	return map[string]bool{
		"SAR": true, "AMD": true, "BOB": true, "PEN": true, "MOP": true, "CUP": true,
		"GEL": true, "BAM": true, "SOS": true, "MAD": true,
	}
}

// isoCode returns the currency whose ISO 4217 code is w, which must be
// three ASCII capitals. The test codes and the codes of notCode do not count.
func isoCode(w string) (currency.Unit, bool) {
	if len(w) != 3 || !isUpperASCII(w) || notCode(w) {
		return currency.Unit{}, false
	}
	u, err := currency.ParseISO(w)
	if err != nil {
		return currency.Unit{}, false
	}
	return u, true
}

// symbolRune reports whether r is a currency sign that stands alone.
func symbolRune(r rune) bool {
	switch r {
	case '€', '£', '¥', '₹', '₽', '₺', '₩', '₪', '₴':
		return true
	}
	return false
}
