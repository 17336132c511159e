package quote_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/quote"
)

// hostileTokenTexts are inputs where the package's words and parse's
// tokens part ways: compounds, abbreviations, numbers with separators, web
// domains, apostrophes, invalid UTF-8, NUL, CR, combining marks, every
// dash, space and quotation mark.
var hostileTokenTexts = []string{
	"",
	"Siemens-Chef Roland Busch sagte, z.B. am 3.Mai um 12:30 Uhr.",
	"Die Aktie stieg um 1.234,5 Punkte auf 2'500 Franken (plus 3,2%).",
	"Wie ndr.de und heise.de berichten, ist abc.xyz offline; siehe www.example.org/seite.",
	"Moody's senkte, Moody’s hob. Der 3'a-Plan, B2.5 und 3.de.",
	"Polar- und Meeresforschung; 250-Milliarden-Euro-Auftrag; 2024/25; und/oder; A-„B“; A-",
	"Wort\x00Wort \xff\xfeWort a\xffb Gr\xc3 \x80x",
	"Zeile eins\r\nZeile zwei\rdrei\n\n  \n\u00a0\nvier",
	"Die U\u0308bernahme, Ba\u0308rbel sagte: „Ja.“",
	"A–B A—B A‒B A―B A−B A‐B A‑B A - B -5 – 6",
	"a\u00a0b\u2009c\u202fd\u3000e\u200bf\u2028g\u2029h\u0085i\u1680j\u205fk",
	"„a“ ‚b‘ »c« ›d‹ «e» ‹f› \"g\" “h” 'i' ’j’ „k” \"l“ “m“",
	"Wort\u00adtrennung, soft\u00ad-hyphen, A١٢ 12٣, ߀x, Ⅻ Kapitel",
	"z.B. u.a. d.h. Dr. Prof. Mio. Mrd. Nr. 5. Januar, i.d.R.",
	"12:30:45, 1,5, 1..5, 1,,5, 1.-5, a.,b, x.-y, 3.,4",
	"Er sagte:„Nein“. Sie sagte,„Ja“! DAX-Konzern; US-Notenbank Fed's Chef.",
	"e-Mail E-Mail-Adresse eBay iPhone 3D 2025er A4-Blatt 5-Jahres-Hoch",
	"Hans'Wort a'1 1'a ''' a'' 'a",
	"a'ä ä'a ä'ä Bär’s Bär’ 50’000 ä50’000 5’a Wört\u00adchen í ä.b ä:b äx٣ ä١ ǅemal ä\u0951b \u0951a",
	"Ära. Öl, Über- und Ölpreis; Straße’n ä'' äb'c ä-",
	"Ende.",
	"Grüße Maßnahmenpaketgrößenänderung Maß×2 a÷b Teeßüx\xc3\nGr\xc3\x97n Grün\xc3 übergrößeß a\xc3\xc3\xa4 Straßen-Bahn Bär.de Öläöü",
	"x",
	strings.Repeat("Wort ", 50) + "\n\n" + strings.Repeat("- ", 30),
	// joiners on both sides of an eight-byte boundary, words of 8, 9, 16 and
	// 17 bytes and longer, verb forms of the lexicon, at a paragraph's end
	"EU-Kommissionssprecherin-Wort a-b ab-c abcdefg-h abcdefgh-i 1.234,56 7,5. 12,3\nmitgeteilt angekündigt Unternehmenssprecherin erklärten auseinandergesetzt Bundeswirtschaftsministerium-Sprecher x-\n-y --a a--b a-.b 1.,2 ,1 1,a a,1 A-Ä a-„b“ 12345678,9 abcdefgh abcdefghi abcdefghijklmnop abcdefghijklmnopq",
}

// tokenTexts are the texts the token streams are compared on: the
// passages of this package's tests, the hostile inputs, the fuzz corpus,
// the team's news text and the shared corpus when present.
func tokenTexts(t *testing.T) []string {
	var texts []string
	for _, p := range passages {
		texts = append(texts, p.in)
	}
	texts = append(texts, hostileTokenTexts...)
	files, err := filepath.Glob(filepath.Join("testdata", "fuzz", "*", "*"))
	require.NoError(t, err)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, line := range strings.Split(string(data), "\n") {
			if s, ok := strings.CutPrefix(line, "string("); ok {
				if v, err := strconv.Unquote(strings.TrimSuffix(s, ")")); err == nil {
					texts = append(texts, v)
				}
			}
		}
	}
	for _, path := range []string{"../testdata/news.txt", "../../shared/corpus/news_de.txt"} {
		if data, err := os.ReadFile(path); err == nil {
			texts = append(texts, string(data))
		}
	}
	return texts
}

// TestTokensFastPaths checks that the words tokenize reads on its fast
// paths are exactly those of scanWord and lexiconT.lookup, and the
// sentences those found token by token.
func TestTokensFastPaths(t *testing.T) {
	texts := append(tokenTexts(t),
		strings.Repeat("wort ", 300)+"„"+strings.Repeat("wort, ", 200)+"“ "+strings.Repeat("wort ", 130),
		strings.Repeat("„a“ ", 150)+"\n"+strings.Repeat("x ", 119)+"„"+strings.Repeat("y ", 5)+"“ z",
		strings.Repeat("\" ", 200)+strings.Repeat("w ", 250))
	for i, text := range texts {
		require.Empty(t, quote.TokenCheck(text), "text %d: %.80q", i, text)
		require.Empty(t, quote.SentenceCheck(text), "text %d: %.80q", i, text)
	}
}

// TestFindWithDocParse checks that FindWithDoc finds the same quotations
// with and without the parse.Doc, and with a Doc of another text.
func TestFindWithDocParse(t *testing.T) {
	f := quote.NewFinder()
	rec := entity.NewRecognizer()
	other := parse.Tokenize("Ein ganz anderer Text, sagte niemand.")
	for i, text := range tokenTexts(t) {
		if len(text) > 100000 {
			continue // the corpus is compared by the root package's output
		}
		edoc := rec.FindDoc(text)
		want := f.FindWithDoc(edoc)
		withParse := *edoc
		withParse.Parse = parse.Tokenize(text)
		assert.Equal(t, want, f.FindWithDoc(&withParse), "text %d: %.80q", i, text)
		withOther := *edoc
		withOther.Parse = other
		assert.Equal(t, want, f.FindWithDoc(&withOther), "text %d, another Doc: %.80q", i, text)
	}
}

// FuzzTokensFromParse checks tokenize's fast paths against scanWord and
// lookup (TokenCheck) on any input, and runs the finder on a parse.Doc
// changed by the caller.
func FuzzTokensFromParse(f *testing.F) {
	for _, s := range hostileTokenTexts {
		f.Add(s)
	}
	for _, p := range passages {
		f.Add(p.in)
	}
	local := quote.NewFinder(quote.WithEntityFinder(nil))
	f.Fuzz(func(t *testing.T, text string) {
		pd := parse.Tokenize(text)
		if d := quote.TokenCheck(text); d != "" {
			t.Fatalf("%q: %s", text, d)
		}
		if d := quote.SentenceCheck(text); d != "" {
			t.Fatalf("%q: %s", text, d)
		}
		// a Doc the caller changed (tokens joined over the space between
		// them, flags dropped) may change what is found, but never makes
		// the finder panic or return a span outside the text
		for i := 0; i+1 < len(pd.Tokens); i += 2 {
			pd.Tokens[i].End = pd.Tokens[i+1].End
			pd.Tokens[i].Flags = 0
			pd.Tokens[i].Kind = parse.KindWord
		}
		for _, q := range local.FindWithDoc(&entity.Doc{Text: text, Parse: pd}) {
			if q.Start < 0 || q.Start > q.End || q.End > len(text) || text[q.Start:q.End] != q.Text {
				t.Fatalf("bad span %v %q", q.Span, q.Text)
			}
			if s := q.Speaker; s != nil && (s.Start < 0 || s.Start > s.End || s.End > len(text) || text[s.Start:s.End] != s.Text) {
				t.Fatalf("bad speaker %+v", s)
			}
		}
	})
}
