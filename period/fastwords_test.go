package period

import (
	"slices"
	"strings"
	"testing"
)

// tokenizeBoth returns the tokens of text by addWords (the fast loop, with
// addLetterWord for the words it leaves) and by addLetterWord alone.
func tokenizeBoth(text string) (fast, slow []tok) {
	fast = tokenize(nil, text)
	testSlowWords = true
	defer func() { testSlowWords = false }()
	slow = tokenize(nil, text)
	return fast, slow
}

// fastWordTexts are texts around the cases addWords tells apart: words of
// seven, eight and nine bytes and more (table words among them), words
// that end within eight bytes of the end of the text, words with letters
// of more than one byte, a single capital, chains of table words and
// other words, and words after punctuation.
var fastWordTexts = []string{
	"im laufende Jahr", "des laufenden Jahres", "Quartal Quartals Quartale Halbjahr Halbjahres",
	"Geschäftsjahr Geschäftsjahres und Frühjahr", "A 2019 B C d", "Ende Dezember",
	"abcdefg abcdefgh abcdefghi abcdefghijklmnopq", "Mitte der Neunzigerjahre", "x",
	"Vorjahreszeitraum gegenüber dem Vorjahr", "zwanzigminütigen Pause", "Jahr", "Jahr ",
	"seit Anfang Mai über dem Niveau", "Montag,Dienstag.Mittwoch", "im Jahr\u00a0zuvor",
	"vierzehnminütig vierzehnminütige", "Moody's z.B. US-Dollar 3D B2B Q3 H1", "Wochen\u2028lang",
	"Umsatz, Gewinn. Jahr;Monat\n(Quartal) Mai-Juni, 2019. Tage.\tWochen,\rJahre: fünf", "a,b.c d,,e. .f",
}

func TestAddWordsFastSameTokens(t *testing.T) {
	for _, s := range fastWordTexts {
		for pad := 0; pad < 9; pad++ {
			for _, text := range []string{strings.Repeat(" ", pad) + s, s + strings.Repeat(".", pad), s + " " + strings.Repeat("a", pad)} {
				fast, slow := tokenizeBoth(text)
				if !slices.Equal(fast, slow) {
					t.Fatalf("%q:\nfast %+v\nslow %+v", text, fast, slow)
				}
			}
		}
	}
}

// FuzzAddWords checks that addWords gives the tokens addLetterWord gives.
func FuzzAddWords(f *testing.F) {
	for _, s := range fastWordTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > maxChunkLen {
			return
		}
		fast, slow := tokenizeBoth(text)
		if !slices.Equal(fast, slow) {
			t.Fatalf("%q:\nfast %+v\nslow %+v", text, fast, slow)
		}
	})
}

// TestNoLetterInGeneralPunctuation checks what tokenizeRange assumes of
// the characters U+2000–U+203F (0xE2 0x80 …): none is a letter.
func TestNoLetterInGeneralPunctuation(t *testing.T) {
	for r := rune(0x2000); r <= 0x203f; r++ {
		s := string(r)
		if s[0] != 0xe2 || s[1] != 0x80 {
			t.Fatalf("%U: encoded as % x", r, s)
		}
		if isLetterStart(s, 0) {
			t.Fatalf("%U is a letter", r)
		}
	}
}
