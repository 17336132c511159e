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

// TestScanWordFastPath pins scanWord's fast path (a letter and a run of
// small letters that ends at a blank, a comma or the sentence end) to the
// general loop, scanWordRest from the first letter: the same end, case
// and flags for words of every shape, at every end of the sentence.
func TestScanWordFastPath(t *testing.T) {
	texts := []string{"Anteil", "anteil", "Anleihen,", "Kurses ", "Bis", "es", "Es", "A", "a.",
		"ABC", "AbC", "Ab-", "Kurs's", "Bus", "Ups!", "Zins;", "xyz)", "Grüße", "Maße ", "iPhone",
		"O'Neil", "z.B.", "Aa1", "Aas\u00a0", "Mais\u2019", "Dax\"", "Bus/Bahn", "Herbst\n"}
	for c := 0; c < 128; c++ {
		texts = append(texts, "Kurs"+string(rune(c)), "kurs"+string(rune(c))+"e")
	}
	for _, s := range texts {
		// from the start, and after digits (scanNumber hands on "2Bus"
		// with the token's start at the digits)
		for _, pre := range []string{"", "2", "12"} {
			s := pre + s
			i := len(pre)
			for e := i + 1; e <= len(s); e++ {
				d := &Doc{Text: s}
				fast := Token{Start: 0}
				gotEnd := d.scanWord(&fast, i, e)
				slow := Token{Start: 0, Kind: KindWord}
				wantEnd := d.scanWordRest(&slow, i, e, 0, 0, true)
				if gotEnd != wantEnd || fast != slow {
					t.Errorf("scanWord(%q, %d, e=%d) = %d %+v, want %d %+v", s, i, e, gotEnd, fast, wantEnd, slow)
				}
			}
		}
	}
}

// TestSpaceLenTables pins the tables of hSpaceLen and sentSpaceLen to
// hSpaceLenRest, which decides every byte by its switch: for each byte at
// the end of a text and before the tails of the wide blanks.
func TestSpaceLenTables(t *testing.T) {
	lineBreak := func(c byte) bool { return c == '\n' || c == '\r' || c == '\v' || c == '\f' }
	for c := 0; c < 256; c++ {
		for _, tail := range []string{"", "x", "\xa0", "\x80\x80", "\x80\x8a", "\x80\xaf", "\x81\x9f", "\x9a\x80"} {
			s := string([]byte{byte(c)}) + tail
			want := hSpaceLenRest(s, 0)
			if got := hSpaceLen(s, 0); got != want {
				t.Errorf("hSpaceLen(%q) = %d, want %d", s, got, want)
			}
			if lineBreak(byte(c)) {
				want = 1
			}
			if got := sentSpaceLen(s, 0); got != want {
				t.Errorf("sentSpaceLen(%q) = %d, want %d", s, got, want)
			}
		}
	}
	if hSpaceLen("ab", 2) != 0 || hSpaceLen("", 0) != 0 {
		t.Error("hSpaceLen at the end of a text is not 0")
	}
}
