package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/finanztext/finanztext/internal/strtab"
)

// inLower reports whether set holds the lower-case form of w. It is
// set[strings.ToLower(w)] without the allocation ToLower makes for a
// capitalized word ("Nach", "Wenn"): ASCII words of up to 32 bytes are
// lowered into a buffer on the stack, and GetBytes does not allocate.
func inLower(set *strtab.Table[bool], w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return set.Value(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return set.Value(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, _ := set.GetBytes(buf[:len(w)])
	return v
}
