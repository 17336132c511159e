package quote

import (
	"math/bits"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// scanWordByteByByte is scanWord as it was before its table-driven inner
// loop: the reference the tests compare with.
func scanWordByteByByte(text string, i, end int) int {
	j := i
	for j < end {
		c := text[j]
		if c < utf8.RuneSelf {
			if isWordByte(c) {
				j++
				continue
			}
			if (c == '-' || c == '\'' || c == '.' || c == ',') && j+1 < end && j > i {
				n := text[j+1]
				if c == '-' && (isWordByte(n) || n >= utf8.RuneSelf) {
					j++
					continue
				}
				if c == '\'' && isWordByte(n) && isWordByte(text[j-1]) {
					j++
					continue
				}
				if (c == '.' || c == ',') && n >= '0' && n <= '9' && text[j-1] >= '0' && text[j-1] <= '9' {
					j++
					continue
				}
				if c == '.' && isWordByte(text[j-1]) {
					if t := domainEnd(text, j+1, end); t > 0 {
						j = t // a web medium: "ndr.de", "heise.de"
						continue
					}
				}
			}
			return j
		}
		r, w := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += w
			continue
		}
		if r == '’' && j > i && j+w < end {
			n, _ := utf8.DecodeRuneInString(text[j+w:])
			if unicode.IsLetter(n) {
				j += w
				continue
			}
		}
		return j
	}
	return j
}

// TestScanWordReference checks scanWord against the byte-by-byte reference
// at every offset of hostile and ordinary words.
func TestScanWordReference(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"plain", "Wort und Zahl 123 abc"},
		{"compound", "Siemens-Chef A-„B“ A- -x x-"},
		{"apostrophe", "Moody's 3'a a'1 a' 'a a''b"},
		{"numbers", "1.234,5 1,5 1. 1.a 1,a"},
		{"domains", "ndr.de heise.de abc.xyz x.de1 x.deä"},
		{"non-ASCII", "Über Straße ä١ a’b a’ ’a Ba\u0308rbel"},
		{"invalid", "a\xffb \xc3 a\x80"},
		{"long", strings.Repeat("abc", 100)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for i := range len(tc.in) {
				for _, end := range []int{len(tc.in), (i + len(tc.in)) / 2, i} {
					assert.Equal(t, scanWordByteByByte(tc.in, i, end), scanWord(tc.in, i, end), "at %d, end %d", i, end)
				}
			}
		})
	}
}

// FuzzScanWord compares scanWord with the byte-by-byte reference.
func FuzzScanWord(f *testing.F) {
	f.Add("Siemens-Chef sagte, ndr.de 1.234,5 Moody's", 0)
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		if got, want := scanWord(s, i, len(s)), scanWordByteByByte(s, i, len(s)); got != want {
			t.Fatalf("scanWord(%q, %d) = %d, want %d", s, i, got, want)
		}
	})
}

// TestWordBytes8 checks wordBytes8 against isWordByte byte by byte, on
// every byte value at every place before a run of word bytes, and on
// mixes of word bytes and others.
func TestWordBytes8(t *testing.T) {
	want := func(b []byte) int {
		n := 0
		for n < len(b) && isWordByte(b[n]) {
			n++
		}
		return n
	}
	b := make([]byte, 8)
	for pos := range 8 {
		for c := range 256 {
			for k := range b {
				b[k] = 'q'
			}
			b[pos] = byte(c)
			if got := wordBytes8(load8(string(b))); got != want(b) {
				t.Fatalf("%q: %d, want %d", b, got, want(b))
			}
		}
	}
	x := uint64(0x9E3779B97F4A7C15)
	pick := []byte("aAzZ09_@[`{/:\x7f\x80\xc3\xff- .,'")
	for range 100000 {
		for k := range b {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			b[k] = pick[x%uint64(len(pick))]
		}
		if got := wordBytes8(load8(string(b))); got != want(b) {
			t.Fatalf("%q: %d, want %d", b, got, want(b))
		}
	}
}

// TestNonLetterBytes8 checks that the first byte nonLetterBytes8 marks is
// the first that is no ASCII letter, on every byte value at every place
// after letters, and on mixes of letters and others.
func TestNonLetterBytes8(t *testing.T) {
	want := func(b []byte) int {
		n := 0
		for n < len(b) && (b[n]|0x20)-'a' < 26 {
			n++
		}
		return n
	}
	got := func(b []byte) int { return bits.TrailingZeros64(nonLetterBytes8(load8(string(b)))) / 8 }
	b := make([]byte, 8)
	for pos := range 8 {
		for c := range 256 {
			for k := range b {
				b[k] = 'Q'
			}
			b[pos] = byte(c)
			if got(b) != want(b) {
				t.Fatalf("%q: %d, want %d", b, got(b), want(b))
			}
		}
	}
	x := uint64(0x2545F4914F6CDD1D)
	pick := []byte("aAzZ09_@[`{/:\x7f\x80\xc3\xff- .,'")
	for range 100000 {
		for k := range b {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			b[k] = pick[x%uint64(len(pick))]
		}
		if got(b) != want(b) {
			t.Fatalf("%q: %d, want %d", b, got(b), want(b))
		}
	}
}

// TestScanWordLatin1 checks scanWord's fast path for the two-byte runes
// U+00C0–U+00FF against the byte-by-byte reference, for every second
// byte after 0xC3, inside a word, at its end and cut off by end.
func TestScanWordLatin1(t *testing.T) {
	for c := range 256 {
		s := "ab\xc3" + string(rune(0)) + "cd"
		s = s[:3] + string([]byte{byte(c)}) + s[4:]
		for end := 1; end <= len(s); end++ {
			for i := 0; i < end; i++ {
				assert.Equal(t, scanWordByteByByte(s, i, end), scanWord(s, i, end), "%q at %d, end %d", s, i, end)
			}
		}
	}
}

// TestWordHead checks wordHead's loads against the bytes of every word of
// up to ten bytes cut from one string.
func TestWordHead(t *testing.T) {
	const s = "Grüße, Ölpreis\x00\xff!"
	for i := 0; i <= len(s); i++ {
		for j := i; j <= len(s) && j-i <= 10; j++ {
			w := s[i:j]
			var want uint64
			for k := min(len(w), 8) - 1; k >= 0; k-- {
				want = want<<8 | uint64(w[k])
			}
			if got := wordHead(w); got != want {
				t.Fatalf("wordHead(%q) = %#x, want %#x", w, got, want)
			}
		}
	}
}
