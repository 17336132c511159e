package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// pctWordBefore returns the word (letters only) that ends before i, skipping
// blanks; "" when there is none.
func pctWordBefore(text string, i int) string {
	i = pctSkipBlanksBack(text, i)
	j := i
	for j > 0 && i-j < 40 {
		r, size := pctLastRune(text, j)
		if !pctIsWordRune(r) {
			break
		}
		j -= size
	}
	return text[j:i]
}

// pctSkipBlanksBack moves i back over spaces (not line breaks).
func pctSkipBlanksBack(text string, i int) int {
	for i > 0 {
		switch {
		case text[i-1] == ' ' || text[i-1] == '\t':
			i--
		case i >= 2 && text[i-2:i] == "\u00a0":
			i -= 2
		case i >= 3 && hSpaceLen(text, i-3) == 3:
			i -= 3
		default:
			return i
		}
	}
	return i
}

// pctIsBlank reports whether r is a space inside a line: ' ', tab, U+00A0,
// U+1680, U+2000…U+200A, U+202F, U+205F, U+3000.
func pctIsBlank(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '\u1680', '\u202f', '\u205f', '\u3000':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

// pctUnitAfter looks for a unit right after a numeral that ends at i: blanks
// or a hyphen ("Fünf-Prozent-Hürde", "27-prozentig") may sit in between.
func pctUnitAfter(text string, i int) (Unit, int, bool) {
	if i >= len(text) {
		return 0, 0, false
	}
	j := i
	compound := false
	if text[j] == '-' {
		j++
		compound = true
	} else {
		for k := 0; k < 2 && j < len(text); k++ {
			n := hSpaceLen(text, j)
			if n == 0 {
				break
			}
			j += n
		}
	}
	return pctUnitAt(text, j, compound)
}

// pctUnitAt recognizes a unit that starts at text[j]. compound says the unit
// is joined to its number by a hyphen or written as one word, which allows a
// noun after it ("Fünf-Prozent-Hürde", "Fünfprozenthürde").
func pctUnitAt(text string, j int, compound bool) (Unit, int, bool) {
	if j >= len(text) {
		return 0, 0, false
	}
	rest := text[j:]
	switch c := rest[0]; c {
	case '%':
		end := j + 1
		if n := pctPointSuffix(text, end, true); n > 0 {
			return Point, end + n, true
		}
		return Percent, end, true
	case 0xE2:
		if strings.HasPrefix(rest, "‰") {
			return Permille, j + len("‰"), true
		}
	case 'P', 'p':
		if pctHasFoldPrefix(rest, "prozent") {
			return pctProzent(text, j+len("prozent"), compound)
		}
		if pctHasFoldPrefix(rest, "promille") {
			end := j + len("promille")
			if pctLetterAt(text, end) && !compound {
				return 0, 0, false
			}
			return Permille, end, true
		}
		if u, end, ok := numUnitAbbrevAt(text, j); ok && !compound { // Pp., PP: num_units.go
			return u, end, true
		}
	case 'B', 'b':
		if pctHasFoldPrefix(rest, "basispunkt") {
			end := j + len("basispunkt")
			if e := pctEnding(text, end, "e", "en", "es", "s"); e >= 0 {
				return BasisPoint, end + e, true
			}
			return 0, 0, false
		}
		// Bp., bp, bps; not "BP" (the company)
		if len(rest) >= 2 && rest[1] == 'p' {
			end := j + 2
			if end < len(text) && text[end] == 's' {
				end++
			}
			if pctLetterAt(text, end) || pctDigitAt(text, end) {
				return 0, 0, false
			}
			if end < len(text) && text[end] == '.' {
				end++
			}
			return BasisPoint, end, true
		}
	case 'v':
		// vH, v.H., v. H., vom Hundert
		k := j + 1
		if k < len(text) && text[k] == '.' {
			k++
			if k < len(text) && text[k] == ' ' {
				k++
			} else if n := hSpaceLen(text, k); n > 1 {
				k += n
			}
		}
		if k < len(text) && text[k] == 'H' && (k == j+1 || text[j+1] == '.') {
			k++
			if pctLetterAt(text, k) {
				return 0, 0, false
			}
			if k < len(text) && text[k] == '.' {
				k++
			}
			return Percent, k, true
		}
		if strings.HasPrefix(rest, "vom Hundert") && !pctLetterAt(text, j+len("vom Hundert")) {
			return Percent, j + len("vom Hundert"), true
		}
	}
	return 0, 0, false
}

// pctProzent classifies what follows "Prozent" at text[k]: nothing
// (Percent), "punkt…" (Point), "ig…" (the adjective "-prozentig"), a
// hyphen compound, or something that is no unit ("Prozentsatz",
// "prozentual").
func pctProzent(text string, k int, compound bool) (Unit, int, bool) {
	if !pctLetterAt(text, k) {
		if n := pctPointSuffix(text, k, false); n > 0 {
			return Point, k + n, true
		}
		return Percent, k, true
	}
	if pctHasFoldPrefix(text[k:], "punkt") {
		end := k + len("punkt")
		if e := pctEnding(text, end, "e", "en", "es", "s"); e >= 0 {
			return Point, end + e, true
		}
		return 0, 0, false
	}
	if strings.HasPrefix(text[k:], "ig") {
		if e := pctEnding(text, k+2, "e", "en", "er", "es", "em"); e >= 0 {
			return Percent, k + 2, true
		}
		return 0, 0, false
	}
	if e := pctEnding(text, k, "e", "en"); e >= 0 {
		return Percent, k + e, true // "Prozente", "in Prozenten"
	}
	if compound && !strings.HasPrefix(text[k:], "ual") && !strings.HasPrefix(text[k:], "satz") &&
		!strings.HasPrefix(text[k:], "sätz") {
		return Percent, k, true // "Fünfprozenthürde"
	}
	return 0, 0, false
}

// pctPointSuffix returns the length of "-Punkt(e|en)" or "-Pkt." at text[i]
// ("0,5 %-Punkte", "2 Prozent-Punkte"), or 0. attached also allows "Pkt"
// and "punkte" without the hyphen, after a "%" sign.
func pctPointSuffix(text string, i int, attached bool) int {
	j := i
	if j < len(text) && text[j] == '-' {
		j++
	} else if !attached {
		return 0
	}
	rest := text[j:]
	switch {
	case pctHasFoldPrefix(rest, "punkt"):
		end := j + len("punkt")
		if e := pctEnding(text, end, "e", "en", "es", "s"); e >= 0 {
			return end + e - i
		}
	case pctHasFoldPrefix(rest, "pkt"):
		end := j + len("pkt")
		if pctLetterAt(text, end) {
			return 0
		}
		if end < len(text) && text[end] == '.' {
			end++
		}
		return end - i
	}
	return 0
}

// pctEnding checks that at text[i] one of the endings (or none) is followed
// by a non-letter, and returns its length; -1 when a longer word follows.
func pctEnding(text string, i int, endings ...string) int {
	if !pctLetterAt(text, i) {
		return 0
	}
	best := -1
	for _, e := range endings {
		if strings.HasPrefix(text[i:], e) && !pctLetterAt(text, i+len(e)) && len(e) > best {
			best = len(e)
		}
	}
	return best
}

// pctHasFoldPrefix reports whether s starts with lower, the first letter
// compared without case (lower is ASCII lower case).
func pctHasFoldPrefix(s, lower string) bool {
	if len(s) < len(lower) {
		return false
	}
	c := s[0]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c == lower[0] && s[1:len(lower)] == lower[1:]
}

// pctLetterAt reports whether a letter starts at text[i].
func pctLetterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return pctIsWordRune(r)
}

// pctRune decodes the rune at text[i], with a fast path for ASCII.
func pctRune(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// pctLastRune decodes the rune that ends at text[i], with a fast path for
// ASCII.
func pctLastRune(text string, i int) (rune, int) {
	if c := text[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(text[:i])
}

// pctIsWordRune reports whether r is part of a word: a letter or a
// combining mark (the diaeresis of a decomposed "ü").
func pctIsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return pctIsWordRuneSlow(r)
}

func pctIsWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// pctDigitAt reports whether an ASCII digit sits at text[i].
func pctDigitAt(text string, i int) bool {
	return i < len(text) && text[i] >= '0' && text[i] <= '9'
}

// pctUnitWords are the tails of the unit words the word-form pass looks
// for: "Prozent", "Promille" (and "prozentig"). The pass searches for the
// tail, which starts with a rarer letter than the whole word, and then checks
// for "Pro"/"pro" in front.
var pctUnitWords = [...]string{"zent", "mille"}
