package parse_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/finanztext/finanztext/parse"
)

// tokView renders the tokens of d as "text/kind" joined by spaces.
func tokView(d *parse.Doc) string {
	var b strings.Builder
	for i, t := range d.Tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(d.Word(i))
		b.WriteByte('/')
		b.WriteString(t.Kind.String())
	}
	return b.String()
}

func TestTokenizeKinds(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Der Umsatz stieg.", "Der/word Umsatz/word stieg/word ./punct"},
		{"decimal comma", "um 3,5 Prozent", "um/word 3,5/number Prozent/word"},
		{"grouped", "1.234.567,89 €", "1.234.567,89/number €/symbol"},
		{"date", "am 3.5.2025 in", "am/word 3.5.2025/number in/word"},
		{"swiss", "1’250 Franken", "1’250/number Franken/word"},
		{"percent sign", "27 %", "27/number %/symbol"},
		{"hyphen compound", "Apple-Chef Cook", "Apple/word Chef/word Cook/word"},
		{"number compound", "40-Milliarden-Euro-Auftrag", "40/number Milliarden/word Euro/word Auftrag/word"},
		{"slash", "2024/25", "2024/number 25/number"},
		{"dangling hyphen", "Polar- und Meeresforschung", "Polar-/word und/word Meeresforschung/word"},
		{"german quotes", "„Gut“, sagte er.", "„/quote_open Gut/word “/quote_close ,/punct sagte/word er/word ./punct"},
		{"guillemets", "er sagte »nein« dazu", "er/word sagte/word »/quote_open nein/word «/quote_close dazu/word"},
		{"straight quotes", `den "Rechner" an`, `den/word "/quote_open Rechner/word "/quote_close an/word`},
		{"brackets", "die EZB (Frankfurt) hat", "die/word EZB/word (/bracket_open Frankfurt/word )/bracket_close hat/word"},
		{"dash", "Wien – Die Bank", "Wien/word –/dash Die/word Bank/word"},
		{"range dash", "20–25 %", "20/number –/dash 25/number %/symbol"},
		{"apostrophe", "Moody's senkte", "Moody's/word senkte/word"},
		{"ellipsis dots", "Nun ... ja", "Nun/word .../punct ja/word"},
		{"mixed digits", "B2B und 3D", "B2B/word und/word 3D/word"},
		{"umlaut", "Über Änderungen", "Über/word Änderungen/word"},
		{"decomposed umlaut", "Gru\u0308nde", "Gru\u0308nde/word"},
		{"invalid byte", "a\xffb", "a/word \xff/invalid b/word"},
		{"domain", "auf finanztext.de lesen", "auf/word finanztext.de/word lesen/word"},
		{"abbreviation", "z. B. Mio.", "z/word ./punct B/word ./punct Mio/word ./punct"},
		{"empty", "", ""},
		{"only space", " \n\t ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parse.Tokenize(tt.in)
			assert.Equal(t, tt.want, tokView(d))
			checkDoc(t, d)
		})
	}
}

func TestTokenizeFlags(t *testing.T) {
	d := parse.Tokenize("Der Siemens-Chef sagte am 3. Mai z. B. zu Microsofts Plänen, die EZB und iPhone-Verkäufe.\nNeue Zeile.")
	find := func(w string) parse.Token {
		for i, tk := range d.Tokens {
			if d.Word(i) == w {
				return tk
			}
		}
		require.Failf(t, "no token", "%q", w)
		return parse.Token{}
	}
	assert.True(t, find("Der").Is(parse.TokSentenceStart|parse.TokParagraphStart|parse.TokSpaceBefore))
	assert.True(t, find("Siemens").Is(parse.TokHyphenNext))
	assert.False(t, find("Chef").Is(parse.TokSpaceBefore))
	assert.True(t, find("3").Is(parse.TokAbbrev))
	assert.True(t, find("z").Is(parse.TokAbbrev))
	assert.True(t, find("B").Is(parse.TokAbbrev))
	assert.True(t, find("Microsofts").Is(parse.TokGenitiveS))
	assert.False(t, find("sagte").Is(parse.TokGenitiveS))
	assert.Equal(t, parse.CaseCaps, find("EZB").Case)
	assert.Equal(t, parse.CaseLower, find("iPhone").Case)
	assert.Equal(t, parse.CaseUpper, find("Plänen").Case)
	assert.Equal(t, parse.CaseNone, find("3").Case)
	assert.True(t, find("Verkäufe").Is(parse.TokNonASCII))
	nz := find("Neue")
	assert.True(t, nz.Is(parse.TokParagraphStart|parse.TokSentenceStart))
	assert.Equal(t, int32(1), nz.Paragraph)
	assert.Equal(t, int32(1), nz.Sentence)
	require.Len(t, d.Paragraphs, 2)
	assert.Equal(t, parse.Range{Start: 0, End: d.Paragraphs[1].Tokens.Start}, d.Paragraphs[0].Tokens)
	assert.Equal(t, "Siemens-Chef", d.Text[d.RangeSpan(d.Compound(2)).Start:d.RangeSpan(d.Compound(2)).End])
	assert.Equal(t, 3, d.Compound(1).End)
}

func TestDocParagraphs(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		paras []string
	}{
		{"one line two sentences", "Der Kurs fiel. Die Bank schwieg.", []string{"Der Kurs fiel. Die Bank schwieg."}},
		{"blank line", "Titel\n\nDer Kurs fiel. Die Bank schwieg.\n\nEnde.", []string{"Titel", "Der Kurs fiel. Die Bank schwieg.", "Ende."}},
		{"single line breaks", "Eins.\nZwei.\r\nDrei", []string{"Eins.", "Zwei.", "Drei"}},
		{"leading space", "  \n Eins. ", []string{"Eins."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parse.Tokenize(tt.in)
			var got []string
			for _, p := range d.Paragraphs {
				got = append(got, tt.in[p.Start:p.End])
			}
			assert.Equal(t, tt.paras, got)
			checkDoc(t, d)
		})
	}
}

// The sentences of a Doc are exactly those of parse.Sentences.
func TestDocSentencesAgree(t *testing.T) {
	texts := []string{
		"Der Umsatz stieg im 3. Quartal um 5 %. Die Aktie fiel. „Gut.“, sagte er. Dr. Müller kam z. B. nicht.",
		"Am 3. Mai. Der Kurs stieg auf 3,5 Mio. Euro. Die Bank von England (BoE) hob an!",
	}
	if b, err := os.ReadFile("../testdata/news.txt"); err == nil {
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		d := parse.Tokenize(text)
		want := parse.Sentences(text)
		require.Len(t, d.Sentences, len(want))
		for i, s := range d.Sentences {
			assert.Equal(t, want[i], s.Span)
		}
		checkDoc(t, d)
	}
}

func TestDocReset(t *testing.T) {
	var d parse.Doc // the zero Doc is usable
	assert.Empty(t, d.Tokens)
	require.NoError(t, d.Reset("Eins zwei drei."))
	assert.Len(t, d.Tokens, 4)
	require.NoError(t, d.Reset("Vier."))
	assert.Equal(t, "Vier/word ./punct", tokView(&d))
	assert.Equal(t, 0, d.TokenAt(0))
	assert.Equal(t, 1, d.TokenAt(4))
	assert.Equal(t, 2, d.TokenAt(5))
	allocs := testing.AllocsPerRun(20, func() { _ = d.Reset("Der Umsatz stieg um 5 %. Die Aktie fiel.") })
	assert.Zero(t, allocs)
	allocs = testing.AllocsPerRun(20, func() {
		_ = d.Reset("Die Vorwürfe wies der Vorstand zurück, weil die Prüfer nichts fanden. „Gut“, sagte er (am Montag).")
		d.Clauses()
	})
	assert.Zero(t, allocs, "a reused Doc builds its clause layer without allocating")
}

// checkDoc asserts the invariants of a Doc: tokens in order, inside the
// text, not overlapping, without white space; sentences and paragraphs
// cover their tokens.
func checkDoc(t testing.TB, d *parse.Doc) {
	t.Helper()
	prev := 0
	for i, tk := range d.Tokens {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(d.Text) {
			t.Fatalf("token %d [%d,%d) out of order or bounds (prev end %d, len %d)", i, tk.Start, tk.End, prev, len(d.Text))
		}
		prev = tk.End
		for _, c := range []byte(d.Text[tk.Start:tk.End]) {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
				t.Fatalf("token %d %q holds white space", i, d.Word(i))
			}
		}
		if int(tk.Sentence) >= len(d.Sentences) || !d.Sentences[tk.Sentence].Tokens.Contains(i) {
			t.Fatalf("token %d not in its sentence %d", i, tk.Sentence)
		}
		if int(tk.Paragraph) >= len(d.Paragraphs) || !d.Paragraphs[tk.Paragraph].Tokens.Contains(i) {
			t.Fatalf("token %d not in its paragraph %d", i, tk.Paragraph)
		}
		if !d.Sentences[tk.Sentence].Contains(tk.Span()) {
			t.Fatalf("token %d outside its sentence's bytes", i)
		}
	}
	for _, segs := range [][]parse.Segment{d.Sentences, d.Paragraphs} {
		end := 0
		for i, s := range segs {
			if s.Tokens.Start != end || s.Tokens.End < s.Tokens.Start {
				t.Fatalf("segment %d tokens %v do not follow %d", i, s.Tokens, end)
			}
			end = s.Tokens.End
		}
		if end != len(d.Tokens) {
			t.Fatalf("segments end at token %d of %d", end, len(d.Tokens))
		}
	}
}

// The invariants hold on whole news texts.
func TestDocNewsInvariants(t *testing.T) {
	for _, path := range []string{"../testdata/news.txt", "../../shared/corpus/news_de.txt"} {
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		d := parse.Tokenize(string(b))
		checkDoc(t, d)
		checkClauses(t, d)
	}
}

func TestTokenizeInnerMark(t *testing.T) {
	d := parse.Tokenize("Bei O'Hara, Hans’ Laden und in d’Arc, z.B in Köln.")
	marked := map[string]bool{}
	for i, tk := range d.Tokens {
		if tk.Kind == parse.KindWord {
			marked[d.Word(i)] = tk.Is(parse.TokInnerMark)
		}
	}
	assert.Equal(t, map[string]bool{
		"Bei": false, "O'Hara": true, "Hans": false, "Laden": false, "und": false, "in": false,
		"d’Arc": true, "z.B": true, "Köln": false,
	}, marked)
}
