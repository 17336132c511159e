package parse

import (
	"testing"
	"unicode"
)

// TestLatin1Letters checks the two-byte fast path of scanWord against the
// unicode tables it stands for: every rune U+00C0…U+00FF but × and ÷ is a
// letter, upper case up to U+00DE, never title case.
func TestLatin1Letters(t *testing.T) {
	for r := rune(0xC0); r <= 0xFF; r++ {
		letter := r != 0xD7 && r != 0xF7
		if got := isWordRune(r); got != letter {
			t.Errorf("isWordRune(%U) = %v, want %v", r, got, letter)
		}
		if !letter {
			continue
		}
		if up := unicode.IsUpper(r) || unicode.IsTitle(r); up != (r <= 0xDE) {
			t.Errorf("%U upper = %v", r, up)
		}
		if !unicode.IsLetter(r) {
			t.Errorf("%U is no letter", r)
		}
	}
	for _, w := range []string{"Übergang", "ÄRA", "größer", "Ärger×2", "É", "Öl", "müßig", "SÜD", "x÷y"} {
		d := Tokenize(w)
		if len(d.Tokens) == 0 {
			t.Fatalf("%q: no tokens", w)
		}
	}
}
