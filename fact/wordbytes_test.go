package fact

import "testing"

// TestNonWordBytes checks the eight-byte test against wordByte for every
// byte value at every position.
func TestNonWordBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("qrstuvwx")
			b[pos] = byte(c)
			got := nonWordBytes(load8(string(b), 0))
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
