package quote_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/quote"
)

// FuzzFind checks that Find never panics, keeps the span contract and
// orders its results, on the corpus passages and on random mixes of all
// quotation marks.
func FuzzFind(f *testing.F) {
	for _, p := range passages {
		f.Add(p.in)
	}
	marks := []string{"„", "“", "”", "\"", "‚", "‘", "’", "'", "»", "«", "›", "‹", ":", ",", "\n\n", " sagte ", " so ", " Er ", "\u0308", "a\u0308", "\r\n"}
	for i := range 40 {
		var sb strings.Builder
		for j := range 30 {
			sb.WriteString(marks[(i*7+j*j)%len(marks)])
			sb.WriteString("Wort ")
		}
		f.Add(sb.String())
	}
	f.Add("„unbalanced")
	f.Add("unbalanced“")
	f.Add("«a» »b« ‹c› ›d‹")
	f.Add("„Wir pru\u0308fen“, sagte Ba\u0308rbel Holl.\u0308\u0308")
	local := quote.NewFinder(quote.WithEntityFinder(func(string) []entity.Mention { return nil }))
	rec := entity.NewRecognizer()
	other := rec.FindDoc("Nestlé senkt die Prognose. Das Unternehmen sagte: „Wir sparen.“ Er sagte es auch.")
	// a document of another text: its mentions and references do not fit
	mismatched := func(text string) []quote.Quote {
		return local.FindWithDoc(&entity.Doc{Text: text, Mentions: other.Mentions, Refs: other.Refs})
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, find := range []func(string) []quote.Quote{quote.Find, local.Find, mismatched} {
			prev := -1
			for _, q := range find(text) {
				if q.Start < 0 || q.Start > q.End || q.End > len(text) || text[q.Start:q.End] != q.Text {
					t.Fatalf("bad span %v %q", q.Span, q.Text)
				}
				if q.Outer.Start > q.Start || q.Outer.End < q.End || q.Outer.Start < 0 || q.Outer.End > len(text) {
					t.Fatalf("bad outer %v around %v", q.Outer, q.Span)
				}
				if q.Start < prev {
					t.Fatalf("not ordered: %d after %d", q.Start, prev)
				}
				prev = q.Start
				if q.Kind != quote.Direct && q.Kind != quote.Indirect {
					t.Fatalf("bad kind %d", q.Kind)
				}
				if s := q.Speaker; s != nil {
					if s.Start < 0 || s.Start > s.End || s.End > len(text) || text[s.Start:s.End] != s.Text || s.Name == "" {
						t.Fatalf("bad speaker %+v", s)
					}
				}
				if utf8.ValidString(text) && !utf8.ValidString(q.Text) {
					t.Fatalf("quote splits a rune: %q", q.Text)
				}
			}
		}
	})
}
