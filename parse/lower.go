package parse

import (
	"slices"
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
	// The ASCII bytes are written in place after one check of the
	// capacity, not appended one by one.
	n := len(b)
	b = slices.Grow(b, len(s))[:n+len(s)]
	w := b[n:]
	for i := 0; i < len(s) && i < len(w); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			b = b[:n+i]
			for _, r := range s[i:] {
				if r < utf8.RuneSelf {
					if 'A' <= r && r <= 'Z' {
						r += 'a' - 'A'
					}
					b = append(b, byte(r)) // unicode.ToLower, for ASCII
					continue
				}
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			return b
		}
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		w[i] = c
	}
	return b
}
