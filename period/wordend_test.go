package period

import (
	"github.com/finanztext/finanztext/internal/swar"
	"strings"
	"testing"
)

// TestNonWordBytes checks swar.NonWord against byteClass for every
// byte value at every position.
func TestNonWordBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("abcdefgh")
			b[pos] = byte(c)
			got := swar.NonWord(swar.Load8(string(b), 0))
			var want uint64
			if byteClass[c] == 0 {
				want = 0x80 << (8 * pos)
			}
			if got != want {
				t.Fatalf("byte %#x at %d: got %#x, want %#x", c, pos, got, want)
			}
		}
	}
}

// TestAddWordsEnds checks word ends across the eight-byte steps, the end
// of the text and letters of more than one byte.
func TestAddWordsEnds(t *testing.T) {
	for _, w := range []string{"a", "Zwölf", "Geschäftsjahres", "Straßenbahnhaltestelle", "Ärger", "x1y2z3w4v5", "Überraschungsmomentß", "Jahr"} {
		for pad := 0; pad < 10; pad++ {
			for _, after := range []string{"", " ", ",", "×", "é", " und"} {
				text := strings.Repeat(" ", pad) + w + after
				toks := tokenize(nil, text)
				want := wordEnd(text, pad)
				if len(toks) == 0 || toks[0].k != tkWord || int(toks[0].s) != pad {
					t.Fatalf("%q: first token %+v", text, toks)
				}
				if int(toks[0].e) != want {
					t.Fatalf("%q: end %d, want %d", text, toks[0].e, want)
				}
			}
		}
	}
}
