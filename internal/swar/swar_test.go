package swar

import (
	"fmt"
	"testing"
)

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// TestNonWord checks NonWord against the byte test for every byte value at
// every position, next to letters, digits and other marked bytes.
func TestNonWord(t *testing.T) {
	for _, fill := range []string{"qrstuvwx", "ABCDEFGH", "01234567", "a.b-c d\xc3"} {
		for c := 0; c < 256; c++ {
			for pos := 0; pos < 8; pos++ {
				b := []byte(fill)
				b[pos] = byte(c)
				got := NonWord(Load8(string(b), 0))
				var want uint64
				for k, x := range b {
					if !isWordByte(x) {
						want |= 0x80 << (8 * k)
					}
				}
				if got != want {
					t.Fatalf("%q: got %#x, want %#x", b, got, want)
				}
			}
		}
	}
}

// TestLoad8 checks the byte order and the offset.
func TestLoad8(t *testing.T) {
	if got := Load8("xx\x01\x02\x03\x04\x05\x06\x07\x08", 2); got != 0x0807060504030201 {
		t.Fatalf("got %#x", got)
	}
}

func ExampleNonWord() {
	m := NonWord(Load8("Bank AG,", 0))
	for k := range 8 {
		if m>>(8*k+7)&1 == 1 {
			fmt.Println("no word byte at", k)
		}
	}
	// Output:
	// no word byte at 4
	// no word byte at 7
}
