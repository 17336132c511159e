package fact

import (
	"github.com/finanztext/finanztext/internal/swar"
	"sort"
	"testing"

	"github.com/finanztext/finanztext/period"
)

// TestNonWordBytes checks swar.NonWord against wordByte for every
// byte value at every position.
func TestNonWordBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("qrstuvwx")
			b[pos] = byte(c)
			got := swar.NonWord(swar.Load8(string(b), 0))
			var want uint64
			if wordByte[c] != 1 {
				want = 0x80 << (8 * pos)
			}
			if got != want {
				t.Fatalf("byte %#x at %d: got %#x, want %#x", c, pos, got, want)
			}
		}
	}
}

// TestPeriodFrom checks periodFrom against sort.Search, on sorted and
// unsorted starts.
func TestPeriodFrom(t *testing.T) {
	for _, starts := range [][]int{nil, {5}, {1, 3, 3, 8, 20}, {9, 2, 7, 7, 1, 30}} {
		ps := make([]period.Expression, len(starts))
		for i, st := range starts {
			ps[i].Start = st
		}
		for x := -1; x <= 31; x++ {
			want := sort.Search(len(ps), func(i int) bool { return ps[i].Start >= x })
			if got := periodFrom(ps, x); got != want {
				t.Errorf("starts %v, x %d: got %d, want %d", starts, x, got, want)
			}
		}
	}
}
