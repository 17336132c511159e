package quote

import (
	"github.com/finanztext/finanztext/internal/strtab"
	"github.com/finanztext/finanztext/parse"
)

// inLower reports whether set holds the lower-case form of w. It is
// set[strings.ToLower(w)] without the allocation ToLower makes for a
// capitalized word ("Nach", "Wenn"): the word is lowered into a buffer on
// the stack (a longer one than fits is no key of the package's tables but
// is looked up all the same), and GetBytes does not allocate.
func inLower(set *strtab.Table[bool], w string) bool {
	var buf [64]byte
	v, _ := set.GetBytes(parse.AppendLower(buf[:0], w))
	return v
}
