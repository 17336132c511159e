package parse

import "testing"

// TestSwarRuns compares the word-at-a-time runs with a byte loop on every
// byte value at every position of a window.
func TestSwarRuns(t *testing.T) {
	isLower := func(c byte) bool { return c >= 'a' && c <= 'z' }
	isLetter := func(c byte) bool { return isLower(c) || c >= 'A' && c <= 'Z' }
	slow := func(s string, i, e int, f func(byte) bool) int {
		for i < e && f(s[i]) {
			i++
		}
		return i
	}
	base := []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
	for pos := 0; pos < 20; pos++ {
		for c := 0; c < 256; c++ {
			b := append([]byte(nil), base...)
			b[pos] = byte(c)
			s := string(b)
			for e := 0; e <= len(s); e += 3 {
				for i := 0; i <= e && i < 12; i++ {
					if got, want := lowerRun(s, i, e), slow(s, i, e, isLower); got != want {
						t.Fatalf("lowerRun(%q, %d, %d) = %d, want %d", s, i, e, got, want)
					}
					if got, want := letterRun(s, i, e), slow(s, i, e, isLetter); got != want {
						t.Fatalf("letterRun(%q, %d, %d) = %d, want %d", s, i, e, got, want)
					}
				}
			}
		}
	}
}
