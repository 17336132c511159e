package money

import (
	"strings"
	"testing"
)

// TestIlliAnchor pins illiAnchor to strings.Index at every start.
func TestIlliAnchor(t *testing.T) {
	texts := []string{
		"", "i", "illi", "illilli", "lllli", "xillix", "ll illi ill illli",
		"Die Firma zahlt zwei Milliarden und drei Millionen.",
		"billig, willig, Billionen", "illl", "iilii", "lil ilil illi",
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			want := strings.Index(s[i:], "illi")
			if want >= 0 {
				want += i
			}
			if got := illiAnchor(s, i); got != want {
				t.Errorf("illiAnchor(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
