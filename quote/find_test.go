package quote_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/quote"
)

// checkSpans asserts the span contract for every quote and speaker.
func checkSpans(t *testing.T, text string, qs []quote.Quote) {
	t.Helper()
	prev := -1
	for _, q := range qs {
		require.True(t, q.Start >= 0 && q.Start <= q.End && q.End <= len(text), "span %v out of range", q.Span)
		assert.Equal(t, text[q.Start:q.End], q.Text)
		assert.True(t, q.Outer.Start <= q.Start && q.End <= q.Outer.End && q.Outer.Start >= 0 && q.Outer.End <= len(text), "outer %v around %v", q.Outer, q.Span)
		assert.GreaterOrEqual(t, q.Start, prev, "not ordered by Start")
		prev = q.Start
		if s := q.Speaker; s != nil {
			require.True(t, s.Start >= 0 && s.Start <= s.End && s.End <= len(text), "speaker span %v", s.Span)
			assert.Equal(t, text[s.Start:s.End], s.Text)
			assert.NotEmpty(t, s.Name)
		}
	}
}

// match finds the quote of kind k whose text holds sub.
func match(qs []quote.Quote, sub string, k quote.Kind, used []bool) int {
	for i, q := range qs {
		if !used[i] && q.Kind == k && strings.Contains(q.Text, sub) {
			return i
		}
	}
	return -1
}

func kindOf(w wantQuote) quote.Kind {
	if w.kind == "i" {
		return quote.Indirect
	}
	return quote.Direct
}

func speakerOK(q quote.Quote, want string) bool {
	if want == "" {
		return q.Speaker == nil
	}
	return q.Speaker != nil && strings.Contains(q.Speaker.Name, want)
}

// TestPassages runs every passage of the corpus, checks the span contract,
// and measures precision, recall and speaker accuracy over all of them.
func TestPassages(t *testing.T) {
	require.GreaterOrEqual(t, len(passages), 150)
	var tp, fp, fn, spkOK, spkN int
	for _, p := range passages {
		qs := quote.Find(p.in)
		t.Run(p.name, func(t *testing.T) {
			checkSpans(t, p.in, qs)
		})
		used := make([]bool, len(qs))
		for _, w := range p.want {
			i := match(qs, w.sub, kindOf(w), used)
			if i < 0 {
				if w.kind != "i" {
					fn++
				}
				t.Logf("%s: missed %q (%s)", p.name, w.sub, w.kind)
				continue
			}
			used[i] = true
			if w.kind != "i" {
				tp++
			}
			spkN++
			if speakerOK(qs[i], w.speaker) {
				spkOK++
			} else {
				got := "<nil>"
				if qs[i].Speaker != nil {
					got = qs[i].Speaker.Name
				}
				t.Logf("%s: %q speaker %q, want %q", p.name, w.sub, got, w.speaker)
			}
		}
		for i, q := range qs {
			if !used[i] && q.Kind == quote.Direct {
				fp++
				t.Logf("%s: extra quote %q", p.name, q.Text)
			}
		}
	}
	precision := float64(tp) / float64(tp+fp)
	recall := float64(tp) / float64(tp+fn)
	speaker := float64(spkOK) / float64(spkN)
	t.Logf("passages=%d direct tp=%d fp=%d fn=%d precision=%.3f recall=%.3f speaker=%.3f (%d/%d)",
		len(passages), tp, fp, fn, precision, recall, speaker, spkOK, spkN)
	assert.GreaterOrEqual(t, precision, 0.95, "precision")
	assert.GreaterOrEqual(t, recall, 0.95, "recall")
	assert.GreaterOrEqual(t, speaker, 0.9, "speaker accuracy")
}

// TestFind checks the patterns of the issue one by one, exactly.
func TestFind(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		text    string // the quoted words, exactly
		speaker string // resolved name, "" for none
		how     quote.How
		kind    quote.Kind
	}{
		{"after sagte", "„Wir wachsen“, sagte Roland Busch.", "Wir wachsen", "Roland Busch", quote.Named, quote.Direct},
		{"after so", "„Wir wachsen“, so Roland Busch.", "Wir wachsen", "Roland Busch", quote.Named, quote.Direct},
		{"before colon", "Roland Busch sagte: „Wir wachsen.“", "Wir wachsen.", "Roland Busch", quote.Named, quote.Direct},
		{"headline", "Busch: „Wir wachsen“", "Wir wachsen", "Busch", quote.Named, quote.Direct},
		{"pronoun", "Roland Busch ist zufrieden. Er sagte: „Wir wachsen.“", "Wir wachsen.", "Roland Busch", quote.Pronoun, quote.Direct},
		{"role noun", "DIW-Chef Marcel Fratzscher warnt. „Es wird eng“, sagte der DIW-Chef.", "Es wird eng", "Marcel Fratzscher", quote.RoleNoun, quote.Direct},
		{"carried over", "„Es wird eng“, sagte Christine Lagarde. „Wir handeln.“", "Wir handeln.", "Christine Lagarde", quote.CarriedOver, quote.Direct},
		{"spokesman", "„Kein Kommentar“, teilte ein Sprecher der Deutschen Bank mit.", "Kein Kommentar", "ein Sprecher der Deutschen Bank", quote.Named, quote.Direct},
		{"indirect dass", "Roland Busch sagte, dass der Konzern wachse.", "der Konzern wachse", "Roland Busch", quote.Named, quote.Indirect},
		{"indirect laut", "Laut Roland Busch wächst der Konzern.", "wächst der Konzern", "Roland Busch", quote.Named, quote.Indirect},
		{"no speaker", "„Wir wachsen.“", "Wir wachsen.", "", 0, quote.Direct},
		{"guillemets", "»Wir wachsen«, sagte Roland Busch.", "Wir wachsen", "Roland Busch", quote.Named, quote.Direct},
		{"swiss guillemets", "«Wir wachsen», sagte Roland Busch.", "Wir wachsen", "Roland Busch", quote.Named, quote.Direct},
		{"ascii", "\"Wir wachsen\", sagte Roland Busch.", "Wir wachsen", "Roland Busch", quote.Named, quote.Direct},
		{"english", "“Wir wachsen”, sagte Roland Busch.", "Wir wachsen", "Roland Busch", quote.Named, quote.Direct},
		{"mis-encoded", "„Wir wachsen”, sagte Roland Busch.", "Wir wachsen", "Roland Busch", quote.Named, quote.Direct},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := quote.Find(tt.in)
			checkSpans(t, tt.in, qs)
			require.NotEmpty(t, qs)
			var q *quote.Quote
			for i := range qs {
				if qs[i].Kind == tt.kind && qs[i].Text == tt.text {
					q = &qs[i]
					break
				}
			}
			require.NotNil(t, q, "no quote of kind %v in %v", tt.kind, qs)
			assert.Equal(t, tt.text, q.Text)
			if tt.speaker == "" {
				assert.Nil(t, q.Speaker)
				return
			}
			require.NotNil(t, q.Speaker)
			assert.Equal(t, tt.speaker, q.Speaker.Name)
			assert.Equal(t, tt.how, q.Speaker.How)
		})
	}
}

// TestFind_notQuotes lists scare quotes, titles and names that must not come
// out as quotations.
func TestFind_notQuotes(t *testing.T) {
	tests := []struct{ name, in string }{
		{"no governing verb", "Der Konzern verbuchte ein „Rekordquartal“."},
		{"zum", "Azure wird zum „Heiligtum“ für Entwickler."},
		{"ein anderer", "Ihm bringt ein anderer „Kind“ Freude."},
		{"adjective noun", "Die flexiblen „Elastischen Cluster“ dienen jedem."},
		{"coinage", "Die „Doppelstruktur“ bietet einen Weg."},
		{"book title", "Das Buch „Die Macht der Zinsen“ erschien im Mai."},
		{"product", "Der Konzern verkauft das Modell „ID.7“ ab Herbst."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, q := range quote.Find(tt.in) {
				assert.NotEqual(t, quote.Direct, q.Kind, "found %q", q.Text)
			}
		})
	}
}

// TestFindWith checks that the speaker comes from the given entity
// mentions when they cover the attribution.
func TestFindWith(t *testing.T) {
	text := "„Wir liefern“, sagte der Chef."
	i := strings.Index(text, "der Chef")
	ms := []entity.Mention{{
		Kind: entity.Person,
		Text: "der Chef",
		Entity: &entity.Entity{
			Name: "Max Muster",
			Type: entity.PersonType,
		},
		Gender: entity.Male,
	}}
	ms[0].Start, ms[0].End = i, i+len("der Chef")
	f := quote.NewFinder(quote.WithEntityFinder(func(string) []entity.Mention { return nil }))
	qs := f.FindWith(text, ms)
	require.Len(t, qs, 1)
	require.NotNil(t, qs[0].Speaker)
	assert.Equal(t, "Max Muster", qs[0].Speaker.Name)
	assert.NotNil(t, qs[0].Speaker.Entity)

	// mentions outside the text are ignored
	bad := []entity.Mention{{Kind: entity.Person, Text: "x"}}
	bad[0].Start, bad[0].End = 100, 200
	assert.NotPanics(t, func() { f.FindWith(text, bad) })
}

// TestFind_badInput feeds inputs that must neither panic nor hang.
func TestFind_badInput(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"invalid utf8", "„\xff\xfe“, sagte \xc3 X."},
		{"nul bytes", "„a\x00b“, sagte\x00 Max Bauer."},
		{"only marks", strings.Repeat("„“”»«‚‘’\"", 1000)},
		{"many openers", strings.Repeat("„Wir ", 20000)},
		{"many closers", strings.Repeat("wir“ ", 20000)},
		{"long word", strings.Repeat("a", 1<<20)},
		{"repeated verb", strings.Repeat("sagte ", 100000)},
		{"repeated colon", strings.Repeat("Max Bauer sagte: ", 20000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := quote.Find(tt.in)
			checkSpans(t, tt.in, qs)
		})
	}
}

func TestQuote_MarshalJSON(t *testing.T) {
	qs := quote.Find("„Wir wachsen“, sagte Roland Busch.")
	require.Len(t, qs, 1)
	b, err := qs[0].MarshalJSON()
	require.NoError(t, err)
	assert.JSONEq(t, `{"text":"Wir wachsen","start":3,"end":14,"kind":"direct","speaker":"Roland Busch",
		"speaker_text":"Roland Busch","speaker_start":25,"speaker_end":37,"how":"named"}`, string(b))

	q := quote.Quote{Text: "x", Kind: quote.Indirect}
	q.Start, q.End = 1, 2
	b, err = q.MarshalJSON()
	require.NoError(t, err)
	assert.JSONEq(t, `{"text":"x","start":1,"end":2,"kind":"indirect"}`, string(b))
}
