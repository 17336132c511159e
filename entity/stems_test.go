package entity

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/finanztext/finanztext/parse"
)

// The fast paths of the scan must answer exactly as the loops they
// replace; these tests compare them on made-up words.

func TestStemSetMatchesContains(t *testing.T) {
	stems := []string{"ab", "abc", "xyz", "äb", "q"}
	set := newStemSet(stems, []string{"mno"})
	words := []string{"", "a", "ab", "zab", "xxyz", "äbc", "qq", "mn", "lmnop", "ä", "kein", "zzzq"}
	for _, w := range words {
		want := false
		for _, s := range append(stems, "mno") {
			want = want || bytes.Contains([]byte(w), []byte(s))
		}
		if got := set.in([]byte(w)); got != want {
			t.Errorf("in(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestSuffixSetFindsFirstInListOrder(t *testing.T) {
	sufs := []string{"ung", "ng", "heit", "g", "ät"}
	set := newSuffixSet(sufs)
	words := []string{"", "g", "ng", "ung", "zeitung", "schönheit", "qualität", "rot", "bürg"}
	for _, rest := range []int{-1, 0, 2} {
		for _, w := range words {
			want := -1
			for k, s := range sufs {
				if endsWith([]byte(w), s, rest) {
					want = k
					break
				}
			}
			if got := set.find([]byte(w), rest); got != want {
				t.Errorf("find(%q, %d) = %d, want %d", w, rest, got, want)
			}
		}
	}
}

func TestASCIIWordFlagsMatchesByteLoop(t *testing.T) {
	const alphabet = "aZbY09zA mM-'.\xc3\xa4"
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.IntN(24); k >= 0; k-- {
			b.WriteByte(alphabet[r.IntN(len(alphabet))])
		}
		text := b.String()
		s := r.IntN(len(text))
		if !asciiWord[text[s]&0x7F] || text[s] >= 0x80 {
			continue
		}
		e := s + 1 + r.IntN(len(text)-s)
		f1, x, ok1 := asciiWordFlags(text, s, e, fSpace)
		f2, _, ok2 := asciiWordFlagsSlow(text, s, e, fSpace)
		if ok1 != ok2 || ok1 && f1 != f2 {
			t.Fatalf("asciiWordFlags(%q, %d, %d) = %x %v, byte loop %x %v", text, s, e, f1, ok1, f2, ok2)
		}
		if ok1 && x != 0 {
			if k, _ := packKey(text[s:e]); k != x {
				t.Fatalf("asciiWordFlags(%q, %d, %d) packs %x, packKey %x", text, s, e, x, k)
			}
		}
	}
}

func TestAppendLowerMatchesParse(t *testing.T) {
	words := []string{"", "ABC", "Straße", "ÄRGER", "Mu\u0308ller", "x\xffY", "İstanbul", "KELVIN\u212a", "abc"}
	for _, w := range words {
		src := w // the former appendLower: composed only with a combining mark
		if strings.IndexByte(w, 0xCC) >= 0 || strings.IndexByte(w, 0xCD) >= 0 {
			src = nfc(w)
		}
		want := string(parse.AppendLower([]byte("pre"), src))
		if got := string(appendLower([]byte("pre"), w)); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestAppendLowerLatin1 checks appendLower's own path for U+00C0–U+00FF
// against parse.AppendLower, with ASCII, other runes and broken bytes
// around it.
func TestAppendLowerLatin1(t *testing.T) {
	var words []string
	for r := rune(0xC0); r <= 0xFF; r++ {
		c := string(r)
		words = append(words, c, "Xy"+c, c+"QZ"+c, "ab"+c+"\u0308c", c+"Ωx", "k"+c+"\xc3", c+"\xc3A", "\xc3"+c)
	}
	for _, w := range words {
		src := w
		if strings.IndexByte(w, 0xCC) >= 0 || strings.IndexByte(w, 0xCD) >= 0 {
			src = nfc(w)
		}
		want := string(parse.AppendLower([]byte("pre"), src))
		if got := string(appendLower([]byte("pre"), w)); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, want)
		}
	}
}
