package period

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/finanztext/finanztext/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// compareDocTokens checks, line by line as the finder reads a text, that
// the tokens read from the text's parse.Doc are those tokenize gives. It
// returns the number of lines on which the Doc's tokens did not fit and
// the finder fell back to its own scan.
func compareDocTokens(t testing.TB, text string) (fellBack int) {
	t.Helper()
	dc := &docCursor{dt: parse.Tokenize(text).Tokens}
	table := hashTable()
	for from := 0; from < len(text); {
		to := chunkEnd(text, from)
		chunk := text[from:to]
		if len(chunk) <= windowMin && dc.dt != nil {
			got, ok := dc.lineTokens(nil, table, chunk, from)
			if !ok {
				fellBack++
			} else if want := tokenize(nil, chunk); !equalToks(got, want) {
				t.Fatalf("line at %d: tokens from the Doc differ from tokenize:\n got %v\nwant %v\nline %q",
					from, got, want, chunk)
			}
		}
		from = to
	}
	return fellBack
}

func equalToks(a, b []tok) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// hostileTexts are inputs at the edges of the two tokenizers.
var hostileTexts = []string{
	"",
	"\x00",
	"im Jahr\x002019 und\x00 2020",
	"\xff2019\xfe im \xc3 Mai \xe2\x80 2025",
	"Ende 2024\r\nAnfang 2025\r\n",
	"\r\r\n\n\v\f 3. Mai",
	"Mu\u0308ller sagte am 3. Ma\u0308rz 2025, im Fru\u0308hjahr",
	"e\u0301te\u0301 2019, \u0301 2020",
	"2019\u00ad2020 Ge\u00adschäfts\u00adjahr 2024",
	"2020–2024, 2020—2024, 2020‒2024, 2020―2024, 2020−2024, 2020‐2024, 2020‑2024, 2020-2024, 2020 - 2024",
	"am\u00a03.\u00a0Mai\u202f2025\u2009und\u2007im\u2002Juni\u2003 2026\u3000 Juli\u2028August\u2029 2027\u200b2028",
	"z.B. im 3.Quartal 2025, Moody's 2019, Moody’s 2020, O'Neill 2021",
	"1.234,5 Mio. im Jahr 2.025; 12:30 Uhr; 1’250 und 1'250; 3.5.2025",
	"2024/25 2024/2025 H1/2025 Q3/24 und/oder 9M2025 2025er 1990er-Jahre",
	"Polar- und Meeresforschung 2019, Vor- und Nachteile im Vorjahr",
	"„2019“ ‚2020‘ »2021« «2022» \"2023\" '2024'",
	"…2019… ...2020... 2021.2022.2023",
	"B2B 3D 4K2025 A2019 Z 2019 A 2019",
	"Am 1. Januar. Am 2. Februar.Am 3. März!Im April?Ende Mai",
	strings.Repeat("Umsatz ", 700) + "im Jahr 2025",
	strings.Repeat("a", 5000) + " 2025",
	strings.Repeat("2", 300) + " im Jahr 2019 " + strings.Repeat("9", 20),
	"⁵ ² ½ ٣ ३ 2019 ２０１９",
	"ǅ Ǉ ﬁ ß ẞ 2019 İ ı",
}

func TestDocTokens(t *testing.T) {
	defer setWindowMin(windowMin)
	type input struct{ name, text string }
	var inputs []input
	for i, s := range hostileTexts {
		inputs = append(inputs, input{"hostile/" + strconv.Itoa(i), s})
	}
	for _, p := range []string{"../testdata/artikel.txt", "../testdata/news.txt"} {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		inputs = append(inputs, input{filepath.Base(p), string(data)})
	}
	if data, err := os.ReadFile("../../shared/corpus/news_de.txt"); err == nil {
		inputs = append(inputs, input{"corpus", string(data)})
	}
	// the seeds of every fuzz corpus of the module
	files, _ := filepath.Glob("../*/testdata/fuzz/*/*")
	more, _ := filepath.Glob("../testdata/fuzz/*/*")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, line := range strings.Split(string(data), "\n") {
			if v, ok := strings.CutPrefix(line, "string("); ok {
				if s, err := strconv.Unquote(strings.TrimSuffix(v, ")")); err == nil {
					inputs = append(inputs, input{"fuzz/" + filepath.Base(f), s})
				}
			}
		}
	}
	require.Greater(t, len(inputs), len(hostileTexts)+2)
	for _, in := range inputs {
		t.Run(in.name, func(t *testing.T) {
			fb := compareDocTokens(t, in.text)
			if !strings.HasPrefix(in.name, "hostile/") && !strings.HasPrefix(in.name, "fuzz/") {
				assert.Zero(t, fb, "lines read without the Doc") // news text: every line from the Doc
			}
			ref := Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
			want, wantNext := defaultFinder.FindContinued(in.text, ref)
			got, gotNext := defaultFinder.FindContinuedWith(parse.Tokenize(in.text), ref)
			assert.Equal(t, want, got)
			assert.Equal(t, wantNext, gotNext)
		})
	}
}

func setWindowMin(n int) { windowMin = n }

func TestFindContinuedWithBadDoc(t *testing.T) {
	text := "Im Jahr 2019 stieg der Umsatz.\nAm 3. Mai 2025 und im Vorjahr."
	ref := Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	want, wantNext := defaultFinder.FindContinued(text, ref)
	good := parse.Tokenize(text)
	tests := []struct {
		name string
		edit func(d *parse.Doc)
	}{
		{"out of range", func(d *parse.Doc) { d.Tokens[2].End = len(text) + 5 }},
		{"negative", func(d *parse.Doc) { d.Tokens[1].Start = -3 }},
		{"inverted", func(d *parse.Doc) { d.Tokens[3].Start, d.Tokens[3].End = d.Tokens[3].End, d.Tokens[3].Start }},
		{"overlapping", func(d *parse.Doc) { d.Tokens[4].Start = d.Tokens[3].Start }},
		{"reversed", func(d *parse.Doc) {
			d.Tokens[0], d.Tokens[len(d.Tokens)-1] = d.Tokens[len(d.Tokens)-1], d.Tokens[0]
		}},
		{"cut inside a word", func(d *parse.Doc) { d.Tokens[0].End = 1; d.Tokens[1].Start = 1 }},
		{"none", func(d *parse.Doc) { d.Tokens = nil }},
		{"empty spans", func(d *parse.Doc) {
			for i := range d.Tokens {
				d.Tokens[i].End = d.Tokens[i].Start
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &parse.Doc{Text: text, Tokens: append([]parse.Token(nil), good.Tokens...)}
			tt.edit(d)
			got, gotNext := defaultFinder.FindContinuedWith(d, ref)
			assert.Equal(t, want, got)
			assert.Equal(t, wantNext, gotNext)
		})
	}
	t.Run("nil", func(t *testing.T) {
		got, next := defaultFinder.FindContinuedWith(nil, ref)
		assert.Empty(t, got)
		assert.Equal(t, ref, next)
	})
}

// FuzzDocTokens checks that the finder's tokens read from a parse.Doc are
// those of its own scan, and that FindContinuedWith finds what
// FindContinued finds.
func FuzzDocTokens(f *testing.F) {
	for _, s := range hostileTexts {
		f.Add(s)
	}
	ref := Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	f.Fuzz(func(t *testing.T, text string) {
		compareDocTokens(t, text)
		want, wantNext := defaultFinder.FindContinued(text, ref)
		got, gotNext := defaultFinder.FindContinuedWith(parse.Tokenize(text), ref)
		if len(want) != len(got) || wantNext != gotNext {
			t.Fatalf("FindContinuedWith %v %v, FindContinued %v %v", got, gotNext, want, wantNext)
		}
		for i := range want {
			if want[i].Span != got[i].Span || want[i].Value != got[i].Value || want[i].Type != got[i].Type || want[i].Mod != got[i].Mod {
				t.Fatalf("expression %d: FindContinuedWith %v, FindContinued %v", i, got[i], want[i])
			}
		}
	})
}
