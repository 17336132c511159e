package parse

import "testing"

// TestASCIILettersEnd pins asciiLettersEnd to a byte-by-byte loop.
func TestASCIILettersEnd(t *testing.T) {
	slow := func(s string, i int) int {
		for i < len(s) && ('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
			i++
		}
		return i
	}
	texts := []string{"", "a", "abcdefgh", "abcdefghijklmnopq", "Zahlen und Worte",
		"abcdefg@", "abcdefg[", "abcdefg`", "abcdefg{", "ABCDEFGZ1", "Größenordnung",
		"abc\xc1defghij", "abcdefghijklmno\xe1", "XYZxyzAB-CD", "\x80\xff\x7a\x41\x5a\x61\x40\x60\x5b\x7b"}
	for c := 0; c < 256; c++ {
		texts = append(texts, "abcdefg"+string(rune(c))+"hijklmnop", "abcdefg"+string([]byte{byte(c)})+"xyz")
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			if got, want := asciiLettersEnd(s, i), slow(s, i); got != want {
				t.Errorf("asciiLettersEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
