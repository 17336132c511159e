package entity

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/finanztext/finanztext/parse"
	"github.com/stretchr/testify/require"
)

// hostileTexts are inputs whose bytes the shared tokens and the
// recognizer's read differently: invalid UTF-8, NUL, CR, combining marks,
// every dash and space, inner dots and apostrophes, numbers with
// separators, soft hyphens, digits of other scripts.
var hostileTexts = []struct{ name, text string }{
	{"empty", ""},
	{"spaces only", " \t\r\n\f\v\x00\u00a0\u2009\u3000\u0085\u2028"},
	{"invalid bytes", "Die Hans\xff AG und \xe2\x80 die M\xc3ller GmbH\xff"},
	{"nul", "Siemens\x00AG\x00 sagte\x00\x00Roland Busch"},
	{"cr", "Die Bahn\rAG\r\nmeldet\r\rDer Chef"},
	{"combining", "Ju\u0308rgen Mu\u0308ller, Chef der Su\u0308dzucker AG, sagte\u0301 es."},
	{"dashes", "A-B A\u2010B A\u2011B A\u2012B A\u2013B A\u2014B A\u2015B A\u2212B - -5 Polar- und Meeresforschung"},
	{"spaces", "a\u00a0b\u1680c\u2000d\u2001e\u2002f\u2003g\u2004h\u2005i\u2006j\u2007k\u2008l\u2009m\u200an\u2028o\u2029p\u202fq\u205fr\u3000s\u0085t\u200bu"},
	{"inner dots", "z.B. u.a. d.h. Dr.Müller e.V. 1.234,5 3.5.2025 12:30 Uhr"},
	{"apostrophes", "Moody's, Moody’s, O'Neill, rock 'n' roll, '90er, Jahr' ,'a"},
	{"numbers", "1.234,56 Euro, 2024/25, 3D-Druck, 2025er, 40-jährige, 1’000, 5%-Marke, 0,5"},
	{"soft hyphen", "Bundes\u00adbank und Deutsche Bank\u00ad AG"},
	{"other digits", "Werk\u0663 \u0661\u0662\u0663 abc\u0966def Ⅻ½"},
	{"title case", "ǅemal ǈubo NJ ǋ Der ǅ"},
	{"quotes", "„Wir wachsen“, sagte er. »Nein« ‚ja‘ \"so\" 'so' ”x“"},
	{"brackets", "Kreditanstalt für Wiederaufbau (KfW) [x] {y} (ots) - AP –"},
	{"dots", "Ende... Anfang… Mio. Euro. Nr. 5. Platz!?"},
	{"slashes", "und/oder Frankfurt/Main 2024/2025 /x x/ a//b"},
	{"emoji and symbols", "Siemens 🚀 AG € $ £ % ‰ § & + • © ™"},
	{"hyphen ends", "Anfang- und End-, Polar-\nMeer - Wien - Die"},
	{"long word", strings.Repeat("a", 300) + " " + strings.Repeat("Ä", 100)},
	{"mixed", "McKinsey&Company, iPhone-Hersteller, OpenAI-Chef, EZB-Präsidentin, KfW’s"},
	{"punctuation runs", "Echt?! Nein... gut.. – „Ja“ —so»x«y… ©2025 •Punkt (a)(b) ((c)) -- --x ?(\n–\n„Z" + "\n\n… ‚q‘ x–y"},
}

// TestPunctRune checks what punctTokens relies on: tokenizeRange makes
// each rune of punctRune a punctuation token of its own, without fHyphen.
func TestPunctRune(t *testing.T) {
	for _, r := range "–—„“”‚‘»«…©•" {
		require.True(t, punctRune(r), string(r))
		require.False(t, unicode.IsSpace(r) || isWordRune(r) || isHyphenRune(r) || isApostrophe(r), string(r))
	}
	require.False(t, punctRune('-') || punctRune('’') || punctRune('\u2010') || punctRune('a'))
}

// derivedTexts returns the texts the derived tokens are checked on: the
// hostile ones, the package's and the repository's testdata, the fuzz
// corpus and, when present, the shared news corpus.
func derivedTexts(t testing.TB) map[string]string {
	out := make(map[string]string)
	for _, h := range hostileTexts {
		out["hostile/"+h.name] = h.text
	}
	for _, p := range []string{"testdata/golden_news.txt", "../testdata/news.txt", "../testdata/artikel.txt", "../../shared/corpus/news_de.txt"} {
		if raw, err := os.ReadFile(p); err == nil {
			out[p] = string(raw)
		}
	}
	files, _ := filepath.Glob("testdata/fuzz/FuzzFind/*")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, line := range strings.Split(string(raw), "\n") {
			if s, ok := strings.CutPrefix(line, "string("); ok {
				if v, err := strconv.Unquote(strings.TrimSuffix(s, ")")); err == nil {
					out["fuzz/"+filepath.Base(f)] = v
				}
			}
		}
	}
	for _, tt := range institutionTests {
		out["institution/"+tt.in] = tt.in
	}
	return out
}

// requireSameTokens checks that the tokens derived from ptoks are those
// tokenizeWith reads, every field, and so are the notes.
func requireSameTokens(t testing.TB, text string, ptoks []parse.Token) {
	ix := defaultIndex()
	var buf []byte
	var want, got tokenNotes
	a := tokenizeWith(text, nil, ix, &buf, &want)
	b := tokensFrom(text, ptoks, nil, ix, &buf, &got)
	if len(a) != len(b) {
		t.Fatalf("%d tokens derived, %d read, in %q", len(b), len(a), text)
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("token %d: derived %+v, read %+v (%q) in %q", i, b[i], a[i], text[a[i].start:a[i].end], text)
		}
	}
	require.Equal(t, want, got)
}

func TestTokensFromParse(t *testing.T) {
	for name, text := range derivedTexts(t) {
		t.Run(name, func(t *testing.T) {
			requireSameTokens(t, text, parse.Tokenize(text).Tokens)
		})
	}
}

// TestTokensFromBadParse gives token lists that do not fit the text: the
// tokens are the recognizer's all the same.
func TestTokensFromBadParse(t *testing.T) {
	text := "Die Siemens-Chefin Petra Lindqvist (KfW) sagte: 1.234,5 Euro."
	good := parse.Tokenize(text).Tokens
	shift := func(d int) []parse.Token {
		out := make([]parse.Token, len(good))
		for i, p := range good {
			p.Start += d
			p.End += d
			out[i] = p
		}
		return out
	}
	for _, tt := range []struct {
		name  string
		ptoks []parse.Token
	}{
		{"none", nil},
		{"shifted right", shift(1)},
		{"shifted left", shift(-1)},
		{"far out", shift(len(text) * 2)},
		{"reversed", func() []parse.Token {
			out := append([]parse.Token(nil), good...)
			for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
				out[i], out[j] = out[j], out[i]
			}
			return out
		}()},
		{"inverted", []parse.Token{{Start: 10, End: 4}, {Start: -3, End: 2}, {Start: 4, End: 4}}},
		{"one span", []parse.Token{{Start: 0, End: len(text)}}},
		{"split words", func() []parse.Token {
			var out []parse.Token
			for i := 0; i < len(text); i += 2 {
				out = append(out, parse.Token{Start: i, End: min(i+2, len(text))})
			}
			return out
		}()},
		{"other text", parse.Tokenize("Ein ganz anderer Text mit anderen Grenzen, sagte Anna.").Tokens},
	} {
		t.Run(tt.name, func(t *testing.T) {
			requireSameTokens(t, text, tt.ptoks)
		})
	}
}

func TestFindDocWith(t *testing.T) {
	r := NewRecognizer()
	for name, text := range derivedTexts(t) {
		if len(text) > 1<<16 {
			continue // the corpus: its tokens are checked above
		}
		t.Run(name, func(t *testing.T) {
			pd := parse.Tokenize(text)
			want := r.FindDoc(text)
			got := r.FindDocWith(pd)
			require.Same(t, pd, got.Parse)
			got.Parse = nil
			require.Equal(t, want, got)
		})
	}
	t.Run("nil", func(t *testing.T) {
		require.Equal(t, r.FindDoc(""), r.FindDocWith(nil))
	})
	t.Run("empty", func(t *testing.T) {
		pd := new(parse.Doc)
		got := r.FindDocWith(pd)
		require.Same(t, pd, got.Parse)
		got.Parse = nil
		require.Equal(t, r.FindDoc(""), got)
	})
	t.Run("zero recognizer", func(t *testing.T) {
		var zero *Recognizer
		text := "Die Vorständin Petra Lindqvist sagte, Siemens wachse."
		got := zero.FindDocWith(parse.Tokenize(text))
		got.Parse = nil
		require.Equal(t, FindDoc(text), got)
	})
}

// TestFindDocWithWindows reads a text longer than the window in pieces,
// as FindDoc does.
func TestFindDocWithWindows(t *testing.T) {
	old := maxWindow
	maxWindow = 64
	defer func() { maxWindow = old }()
	text := "Die Vorständin Petra Lindqvist sagte am Montag etwas.\nSiemens hob die Prognose an. Lindqvist lachte.\nDas Unternehmen wächst."
	r := NewRecognizer()
	got := r.FindDocWith(parse.Tokenize(text))
	got.Parse = nil
	require.Equal(t, r.FindDoc(text), got)
}

// FuzzTokensFrom checks that the tokens derived from the shared
// tokenization are always the recognizer's own.
func FuzzTokensFrom(f *testing.F) {
	for _, text := range derivedTexts(f) {
		if len(text) <= 1<<12 {
			f.Add(text)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		requireSameTokens(t, text, parse.Tokenize(text).Tokens)
	})
}
