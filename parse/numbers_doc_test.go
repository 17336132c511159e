package parse

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// numView writes the numerals the way a test compares them: span, text,
// value, upper end, qualifier, flags.
func numView(ns []Number) string {
	var b strings.Builder
	for _, n := range ns {
		fmt.Fprintf(&b, "%d-%d %q %s", n.Start, n.End, n.Text, n.Value)
		if n.IsRange {
			fmt.Fprintf(&b, "..%s", n.Max)
		}
		if n.Qual != nil {
			fmt.Fprintf(&b, " q%d-%d:%q:%d", n.Qual.Start, n.Qual.End, n.Qual.Text, n.Qual.Approx)
		}
		fmt.Fprintf(&b, " o%t f%d %d/%d\n", n.Ordinal, n.Flags, n.minLen, n.maxLen)
	}
	return b.String()
}

// checkWithDoc checks that f reading the words of text's Doc finds what it
// finds in the bytes.
func checkWithDoc(t *testing.T, f NumberFinder, text string) {
	t.Helper()
	d := Tokenize(text)
	assert.Equal(t, numView(f.Find(text)), numView(f.FindWithDoc(text, d)), "%q", text)
	pre := []Number{{Span: Span{0, 0}}}
	assert.Equal(t, numView(f.Append(pre, text)), numView(f.AppendWithDoc(pre, text, d)), "%q", text)
}

func TestFindNumbersWithDoc(t *testing.T) {
	tests := []struct{ name, in string }{
		{"plain words", "Der Verein hat im Sommer viele neue Mitglieder gewonnen."},
		{"digits and words", "Gut 1.250 Gäste kamen, drei Viertel davon zum ersten Mal."},
		{"scale after words", "Es geht um zwei Milliarden dreihundert Millionen Euro."},
		{"article quantifies", "Das kostet eine halbe Million und ein Prozent mehr."},
		{"scale word alone", "Millionen"},
		{"scale word alone with blanks", "  Million \n"},
		{"one word", "dreizehn"},
		{"ordinal scale", "zum milliardsten Mal"},
		{"inner apostrophe", "Bei O'zwei und d'acht stand nichts."},
		{"inner full stop", "Siehe x.drei und u.a. die Liste."},
		{"typographic apostrophe", "Hans’ drei Hunde und d’acht"},
		{"umlauts", "Für fünf Jahre führte er über zwölf Filialen."},
		{"decomposed umlaut", "Fu\u0308nf Mal fu\u0308r alle"},
		{"soft hyphen", "Drei\u00adhundert Gäste und Mil\u00adlionen Fans"},
		{"sharp s", "Ein großes Maß, dreißig Stück"},
		{"glued digits", "Der A380 und H100 sowie Windows11 zählen nicht."},
		{"letters after digits", "Das 5G-Netz und 3D-Druck sowie 2025er Jahrgang"},
		{"dangling hyphen", "Drei- und Vierzimmerwohnungen, Fünf- bis Sechsfache"},
		{"hyphen compound", "die Fünf-Prozent-Hürde und ein 250-Milliarden-Auftrag"},
		{"leading comma", "Es blieben ,77 und -,5 sowie , 8"},
		{"signs", "Wien - Die Zahl lag bei -5 und +3, – 7 und −2."},
		{"sign alone", "- 1.200.000"},
		{"vulgar fractions", "Rund ½ Prozent, 1½ Mio. und ⅓ der Stimmen"},
		{"quotes and dashes", "„Zwei“, sagte sie – „oder drei…“"},
		{"guillemets", "»Sieben« und «acht» Punkte"},
		{"sentence cut in a word", "Ende.Der Umsatz stieg.Drei Tage"},
		{"line breaks", "Zeile eins\nZeile zwei\r\nund drei"},
		{"urls", "Auf www.drei.de/vier und mail@fuenf.de steht nichts."},
		{"dates and times", "Am 3. Mai 2025 um 14:30 Uhr, am 1.1. und 2024/25"},
		{"range", "zwischen 20 und 25 Prozent, 12 bis 13 Mrd."},
		{"latin-1 letters", "Café, Señor, Ørsted und naïve Zahlen: zwei"},
		{"other scripts", "Ολυμπία drei Москва vier 東京 fünf"},
		{"invalid bytes", "drei\xff vier \xc3 fünf\xe2\x80"},
		{"blanks", "zwei\u00a0Millionen\u202fEuro\u2009und\tdrei"},
		{"candidates after marks", "(drei) „zwei“ –vier– /fünf/ sechs, sieben. Acht und x-neun"},
		{"candidates that are none", "Für sie war es zwar viel, aber die neuen Sieger sehen ersten Erfolg."},
		{"articles", "Ein Euro, eine Milliarde, einer der Gäste, ein bis zwei Prozent, zwischen einem und drei"},
		{"qualifier and range words", "rund drei bis vier Milliarden, mehr als zehn, knapp elf Mio."},
		{"capitalized cardinals", "Die Elf gewann. Drei Tore fielen: Zwei davon spät."},
		{"empty", ""},
		{"only blanks", " \n\t "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkWithDoc(t, NumberFinder{}, tt.in)
			checkWithDoc(t, NewNumberFinder(WithDateParts(true)), tt.in)
			checkWithDoc(t, NewNumberFinder(WithLimit(1)), tt.in)
		})
	}
}

func TestFindNumbersWithDocOtherDoc(t *testing.T) {
	text := "Es kamen drei Gäste und 40 Mio. Euro."
	want := numView(FindNumbers(text))
	assert.Equal(t, want, numView(FindNumbersWithDoc(text, nil)), "nil Doc")
	assert.Equal(t, want, numView(FindNumbersWithDoc(text, Tokenize("Ein anderer Text."))), "Doc of another text")
	// a Doc whose tokens were changed: no panic, spans in the text
	d := Tokenize(text)
	d.Tokens = append(d.Tokens,
		Token{Start: 3, End: 1000, Kind: KindWord},
		Token{Start: -5, End: 2, Kind: KindWord},
		Token{Start: 30, End: 31, Kind: KindPunct},
		Token{Start: 9, End: 12, Kind: KindWord},
		Token{Start: 4, End: 4, Kind: KindWord},
		Token{Start: len(text) - 1, End: len(text), Kind: KindWord},
	)
	d.Tokens[0] = Token{Start: 0, End: len(text), Kind: KindWord}
	for _, n := range FindNumbersWithDoc(text, d) {
		assert.Equal(t, text[n.Start:n.End], n.Text)
	}
}

// TestNumPrefix3Umlaut pins numPrefix3's two umlaut shapes to
// numPrefix3Loop: every byte before or after an 0xC3 pair, the pair's
// every second byte, in words of three bytes and more.
func TestNumPrefix3Umlaut(t *testing.T) {
	var texts []string
	for b := 0x80; b < 0xC0; b++ {
		for c := 0; c < 0x80; c++ {
			u := string([]byte{0xC3, byte(b)})
			texts = append(texts, string(rune(c))+u, string(rune(c))+u+"nf", u+string(rune(c)), u+string(rune(c))+"ber")
		}
		u := string([]byte{0xC3, byte(b)})
		texts = append(texts, "f"+u+"\u00adnf", u+"\u00adber", u+u+"x", "z"+u+u, "u\u0308"+u)
	}
	for _, s := range texts {
		if got, want := numPrefix3(s, 0, len(s)), numPrefix3Loop(s, 0, len(s)); got != want {
			t.Errorf("numPrefix3(%q) = %d, numPrefix3Loop %d", s, got, want)
		}
	}
	assert.NotZero(t, numPrefix3("für", 0, len("für"))&1, "für begins like fünf")
	assert.NotZero(t, numPrefix3("Fünf", 0, len("Fünf"))&1)
	assert.Zero(t, numPrefix3("über", 0, len("über"))&1)
}

// TestQuantityFirstLetters pins the first letters quantityAfter and
// articleRange test before they fold a word to the words they look for.
func TestQuantityFirstLetters(t *testing.T) {
	words := []string{"prozentpunkt", "basispunkte", "us", "eu", "tsd", "tausend", "mio", "millionen",
		"mrd", "md", "mia", "milliarden", "bio", "billionen", "billiarde"}
	for _, w := range words {
		assert.True(t, numFirstLetterIn(w, 0, "pbecdufyrklwztm"), w)
	}
	for _, w := range []string{"prozent", "euro", "cent", "dollar", "franken", "pfund", "yen", "yuan", "renminbi",
		"rubel", "krone", "rupien", "lira", "peso", "won", "rand", "zloty", "forint", "bitcoin"} {
		require.True(t, numQuantityNoun(w), w)
		assert.True(t, numFirstLetterIn(w, 0, "pbecdufyrklwztm"), w)
	}
	for _, w := range words[4:] {
		exp, _ := numScaleWord(w)
		require.NotZero(t, exp, w)
	}
	for c := 'a'; c <= 'z'; c++ {
		for _, w := range []string{"prozent", "promille", "basispunkt", "euro", "eurocent", "cent", "dollar",
			"usdollar", "franken", "pfund", "yen", "yuan", "renminbi", "rubel", "krone", "kronen", "rupie",
			"rupien", "lira", "peso", "won", "rand", "zloty", "forint", "bitcoin"} {
			if w[0] == byte(c) {
				assert.True(t, numFirstLetterIn(string(c), 0, "pbecdufyrklwztm"), w)
			}
		}
	}
	checkWithDoc(t, NumberFinder{}, "Ein Prozent, eine Mio., ein US-Dollar, ein Tsd. Euro, ein Bitcoin, ein Won")
	checkWithDoc(t, NumberFinder{}, "ein \u00adbis zwei, ein bis drei, zwischen einem und vier Prozent")
}
