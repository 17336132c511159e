package parse

import (
	"math/rand/v2"
	"testing"
)

// TestSentStops checks the cached stop search against a byte loop, with
// positions that go forward, stay and go back.
func TestSentStops(t *testing.T) {
	slow := func(text string, i int) int {
		for ; i < len(text); i++ {
			switch text[i] {
			case '\n', '.', '!', '?', 0xE2:
				return i
			}
		}
		return len(text)
	}
	texts := []string{"", "ohne Halt", ".", "a.b!c?d\ne…f „g“ h", "Zwei Sätze. Noch einer! Und?\n\nEnde…"}
	r := rand.New(rand.NewPCG(1, 2))
	for _, text := range texts {
		st := newSentStops()
		for range 200 {
			i := r.IntN(len(text) + 2)
			if got, want := st.next(text, i), slow(text, i); got != want {
				t.Fatalf("next(%q, %d) = %d, want %d", text, i, got, want)
			}
		}
	}
}
