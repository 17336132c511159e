package parse

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/finanztext/finanztext/internal/swar"
)

// TestTokenRunWords pins the word tokens that tokenRun writes to the
// general path: every word token of a Doc is the token scanWord and
// afterWord make from its start (same end, case and flags), and the
// scanner goes on where they say. The texts mix words of every shape
// (capitals inside, umlauts first, inside and last, digits, inner marks,
// hyphens, slashes, abbreviations) with every ASCII byte after a word, at
// every end of a sentence.
func TestTokenRunWords(t *testing.T) {
	words := []string{"Kurs", "kurs", "Kurses", "KURS", "KuRs", "Öl", "Ölpreis", "öl", "Übernahme",
		"Größe", "grüßen", "Maß", "Muß", "für", "Straße", "Ä", "a", "Z", "z", "B2B", "ab3", "Moody's",
		"z.B", "O'Neil", "Polar-", "Apple-Chef", "und/oder", "Dr.", "ca.", "Mio.", "abcdefghijklmnopqrstuvw",
		"Abcdefghijklmnopqrstuvws", "abcdefgh", "Abcdefgs", "ab\u00adcd", "Gru\u0308nde", "Ab\xc3", "Ab\xc3\x97x",
		"Ab\xc3\xb7x", "Ab\xc3\x9fx", "Ab\xc3\x9ex", "\xc3\x97", "\xc3\xb7ab", "x\u2019s", "Dax\"", "Bus\u00a0"}
	var texts []string
	for _, w := range words {
		for c := 0; c < 128; c++ {
			texts = append(texts, w+string(rune(c)), w+string(rune(c))+"b", w+string(rune(c))+" Der", w+string(rune(c))+"\u00a0x")
		}
	}
	r := rand.New(rand.NewSource(5))
	for range 2000 {
		var b strings.Builder
		for range 1 + r.Intn(12) {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteString([]string{" ", "", ". ", ", ", "-", "/", ".", "'", "\"", "  ", "\n", "! ", "3", "„", "“ "}[r.Intn(15)])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		d := Tokenize(s)
		for k, tok := range d.Tokens {
			if tok.Kind != KindWord || !letterAt(s, tok.Start) {
				continue
			}
			e := d.Sentences[tok.Sentence].End
			want := Token{Start: tok.Start, Sentence: tok.Sentence, Paragraph: tok.Paragraph,
				Flags: tok.Flags & (TokSpaceBefore | TokSentenceStart | TokParagraphStart)}
			if tok.Start < e && s[tok.Start] >= 0x80 {
				want.Flags |= TokNonASCII // as tokenizeSentence sets it for a non-ASCII first byte
			}
			i := d.scanWord(&want, tok.Start, e)
			want.End = i
			if i < e && afterWordByte[s[i]] {
				i = d.afterWord(&want, i, e)
			}
			if want != tok {
				t.Fatalf("%q: token %d %+v, scanWord and afterWord make %+v", s, k, tok, want)
			}
			if k+1 < len(d.Tokens) && d.Tokens[k+1].Sentence == tok.Sentence && d.Tokens[k+1].Start < i {
				t.Fatalf("%q: token %d starts at %d, before %d", s, k+1, d.Tokens[k+1].Start, i)
			}
		}
	}
}

// TestByteTests8 pins nonLowerBytes8 and swar.NonWord (which sentBreaks
// reads from its last marked byte) to byte-by-byte tests: every byte value
// at every place among letters, and random mixes (nonLowerBytes8 up to the
// first byte it marks, swar.NonWord at every byte).
func TestByteTests8(t *testing.T) {
	lower := func(c byte) bool { return 'a' <= c && c <= 'z' }
	alnum := func(c byte) bool { return lower(c|0x20) || '0' <= c && c <= '9' }
	check := func(b [8]byte) {
		x := swar.Load8(string(b[:]), 0)
		m := nonLowerBytes8(x)
		for p := 0; p < 8; p++ {
			if got := m>>(8*p+7)&1 == 1; got != !lower(b[p]) {
				t.Fatalf("nonLowerBytes8(% x): byte %d marked %v", b, p, got)
			}
			if !lower(b[p]) {
				break
			}
		}
		a := swar.NonWord(x)
		for p := 0; p < 8; p++ {
			if got := a>>(8*p+7)&1 == 1; got != !alnum(b[p]) {
				t.Fatalf("swar.NonWord(% x): byte %d marked %v", b, p, got)
			}
		}
	}
	for c := 0; c < 256; c++ {
		for p := 0; p < 8; p++ {
			for _, fill := range []byte{'a', 'z', 'Q', '5', 0xFF, 0x80} {
				var b [8]byte
				for q := range b {
					b[q] = fill
				}
				b[p] = byte(c)
				check(b)
			}
		}
	}
	r := rand.New(rand.NewSource(8))
	for range 200000 {
		var b [8]byte
		for q := range b {
			b[q] = "az09AZ@[`{/:\x7f\x80\xc3\xff"[r.Intn(16)]
			if r.Intn(4) == 0 {
				b[q] = byte(r.Intn(256))
			}
		}
		check(b)
	}
}
