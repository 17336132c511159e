package quote

import (
	"unicode"
	"unicode/utf8"

	"github.com/finanztext/finanztext/internal/strtab"
)

// appendLower appends strings.ToLower(w) to b: every rune through
// unicode.ToLower, an invalid byte as U+FFFD (as strings.Map writes it).
// Into a buffer on the stack it lowers a word without the allocation
// strings.ToLower makes for a capitalized or non-ASCII word.
func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			for _, r := range w[i:] {
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

// inLower reports whether set holds the lower-case form of w. It is
// set[strings.ToLower(w)] without the allocation ToLower makes for a
// capitalized word ("Nach", "Wenn"): the word is lowered into a buffer on
// the stack (a longer one than fits is no key of the package's tables but
// is looked up all the same), and GetBytes does not allocate.
func inLower(set *strtab.Table[bool], w string) bool {
	var buf [64]byte
	v, _ := set.GetBytes(appendLower(buf[:0], w))
	return v
}
