package parse

import (
	"unicode"
	"unicode/utf8"
)

// Small text helpers of the numeral scanner. They work on bytes and decode
// runes only above ASCII; none of them allocates.

// numWordRune reports whether r belongs inside a word: a letter, a
// combining mark, or the soft hyphen.
func numWordRune(r rune) bool {
	return r == 0xAD || unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// numLetterAt reports whether a word character starts at text[i] and
// returns its size.
func numLetterAt(text string, i int) (bool, int) {
	if i >= len(text) {
		return false, 0
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z', 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	return numWordRune(r), n
}

// numLetterBefore reports whether a word character (or digit, when digits is
// set) ends just before text[i].
func numLetterBefore(text string, i int, digits bool) bool {
	if i <= 0 {
		return false
	}
	c := text[i-1]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || digits && numIsDigit(c)
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return numWordRune(r)
}

// numASCIILetter marks the ASCII letters.
var numASCIILetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// numWordEnd returns the end of the run of word characters starting at i.
func numWordEnd(text string, i int) int {
	for i < len(text) {
		// a run of ASCII letters, in a loop of its own (bit 0x20 folds
		// 'A'…'Z' onto 'a'…'z' and no other byte into them)
		for i < len(text) && (text[i]|0x20)-'a' < 26 {
			i++
		}
		if i >= len(text) {
			break
		}
		c := text[i]
		if c < utf8.RuneSelf {
			return i
		}
		if c == 0xC3 && i+1 < len(text) && text[i+1] >= 0x80 && text[i+1] <= 0xBF && text[i+1] != 0x97 && text[i+1] != 0xB7 {
			i += 2 // U+00C0…U+00FF but × and ÷: ä ö ü ß é …
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !numWordRune(r) {
			return i
		}
		i += n
	}
	return i
}

// numAlnumEnd returns the end of the run of word characters and digits
// starting at i (a product code such as "H100" or "5G").
func numAlnumEnd(text string, i int) int {
	for i < len(text) {
		if numIsDigit(text[i]) {
			i++
			continue
		}
		j := numWordEnd(text, i)
		if j == i {
			return i
		}
		i = j
	}
	return i
}

// numWordStart returns the start of the word that ends at i.
func numWordStart(text string, i int) int {
	for i > 0 {
		c := text[i-1]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				i--
				continue
			}
			return i
		}
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !numWordRune(r) {
			return i
		}
		i -= n
	}
	return i
}

// numSkipSpace skips horizontal white space (at most a few characters).
func numSkipSpace(text string, i int) int {
	for k := 0; k < 4; k++ {
		n := hSpaceLen(text, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// numSkipSpaceBack skips horizontal white space backwards from i.
func numSkipSpaceBack(text string, i int) int {
	for k := 0; k < 4 && i > 0; k++ {
		switch {
		case text[i-1] == ' ' || text[i-1] == '\t':
			i--
		case i >= 2 && text[i-2] == 0xC2 && text[i-1] == 0xA0:
			i -= 2
		case i >= 3 && hSpaceLen(text, i-3) == 3:
			i -= 3
		default:
			return i
		}
	}
	return i
}

// numFoldEq reports whether the word text[i:j], folded (lower case, umlauts
// as ae/oe/ue, ß as ss), equals the folded ASCII word w. It does not
// allocate.
func numFoldEq(text string, i, j int, w string) bool {
	if j-i > len(w)+8 || j-i < len(w)/2 || text[i] < 0x80 && text[i]|0x20 != w[0] {
		return false // the first letter differs: no need to fold
	}
	var b numWordBuf
	if !b.add(text, i, j) {
		return false
	}
	return string(b.b[:b.n]) == w
}

// numFold folds text[i:j] into b; it reports false when the word holds a
// character no German number or keyword has.
func numFold(b *numWordBuf, text string, i, j int) bool {
	b.n = 0
	return b.add(text, i, j)
}

// numIsUpperAt reports whether the word at text[i] starts with an upper-case
// letter.
func numIsUpperAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// numIsLowerAt reports whether the word at text[i] starts with a lower-case
// letter.
func numIsLowerAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLower(r)
}

// numAllUpper reports whether text[i:j] has no lower-case letter.
func numAllUpper(text string, i, j int) bool {
	for _, r := range text[i:j] {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// numSentenceStart reports whether position i (the start of a word) opens a
// sentence: only white space, opening quotes or brackets stand between it
// and the start of the text or a sentence-ending mark.
func numSentenceStart(text string, i int) bool {
	for k := 0; k < 8; k++ {
		if i <= 0 {
			return true
		}
		r, n := utf8.DecodeLastRuneInString(text[:i])
		switch r {
		case ' ', '\t', 0xA0, '(', '[', '*':
			i -= n
			continue
		case '.', '!', '?', ':', '\n', '\r', ';', '…',
			// an opening quote starts a title or a quotation: „Drei Engel“
			'"', '\'', '„', '“', '»', '«', '‚', '‘':
			return true
		case '-', '–', '—':
			// a dateline or a dash between clauses: "Wien – Zwei Tage …"
			return i-n > 0 && text[i-n-1] == ' '
		}
		return false
	}
	return false
}

// numFirstLetterIn reports whether the word at text[j] may start with one of
// the folded ASCII letters in set: false only when its first byte is an
// ASCII character whose lower case is not in set. It lets a caller skip
// folding a word that cannot be the keyword it looks for.
func numFirstLetterIn(text string, j int, set string) bool {
	if j >= len(text) || text[j] >= 0x80 {
		return true
	}
	c := text[j] | 0x20
	for k := 0; k < len(set); k++ {
		if set[k] == c {
			return true
		}
	}
	return false
}
