package money

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/currency"
)

// Byte-level helpers. Every function here looks at a bounded number of
// bytes around a position; none of them walks the whole text.

// spaceAt returns the byte length of the horizontal space at i: an ASCII
// space or tab, U+00A0, U+202F or U+2009. It returns 0 when there is none.
func spaceAt(text string, i int) int {
	if i < 0 || i >= len(text) {
		return 0
	}
	switch text[i] {
	case ' ', '\t':
		return 1
	case 0xC2:
		if i+1 < len(text) && text[i+1] == 0xA0 {
			return 2
		}
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xAF || text[i+2] == 0x89) {
			return 3
		}
	}
	return 0
}

// spaceBefore returns the byte length of the horizontal space ending at i.
func spaceBefore(text string, i int) int {
	if i <= 0 || i > len(text) {
		return 0
	}
	switch text[i-1] {
	case ' ', '\t':
		return 1
	case 0xA0:
		if i >= 2 && text[i-2] == 0xC2 {
			return 2
		}
	case 0xAF, 0x89:
		if i >= 3 && text[i-3] == 0xE2 && text[i-2] == 0x80 {
			return 3
		}
	}
	return 0
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

// letterAt returns the byte length of the letter at i, or 0.
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
	if r != utf8.RuneError && unicode.IsLetter(r) {
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
	if r != utf8.RuneError && unicode.IsLetter(r) {
		return n
	}
	return 0
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

// notCodes are ISO 4217 codes that are far more often something else in
// German text: "TOP 5" is an item of an agenda, not 5 paʻanga.
var notCodes = map[string]bool{"XXX": true, "XTS": true, "TOP": true, "ALL": true}

// acronymCodes are ISO 4217 codes that are common acronyms in German
// text ("SAR 71" is a rescue helicopter, "AMD" a chip maker). They count
// only after a numeral, never in front of one.
var acronymCodes = map[string]bool{
	"SAR": true, "AMD": true, "BOB": true, "PEN": true, "MOP": true, "CUP": true,
	"GEL": true, "BAM": true, "SOS": true, "MAD": true,
}

// isoCode returns the currency whose ISO 4217 code is w, which must be
// three ASCII capitals. The test codes and the codes in notCodes do not count.
func isoCode(w string) (currency.Unit, bool) {
	if len(w) != 3 || !isUpperASCII(w) || notCodes[w] {
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
