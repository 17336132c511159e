package parse

import (
	"unicode"
	"unicode/utf8"
)

// AppendLower appends strings.ToLower(s) to b and returns the extended
// slice: every rune through unicode.ToLower, an invalid byte as U+FFFD (as
// strings.ToLower writes it). Lowering a word into a buffer on the stack
// this way does not allocate, where strings.ToLower allocates for every
// word with an upper-case or non-ASCII letter; finders use it for the
// look-up of a word in their lower-case tables.
func AppendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			return b
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
