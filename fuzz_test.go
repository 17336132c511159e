package finanztext_test

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/finanztext/finanztext"
	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/quote"
)

// checkSpan reports a span that is out of bounds or does not hold its text.
func checkSpan(t testing.TB, text, what string, s parse.Span, got string) {
	t.Helper()
	if s.Start < 0 || s.End < s.Start || s.End > len(text) {
		t.Errorf("%s: span [%d,%d) out of bounds (len %d)", what, s.Start, s.End, len(text))
		return
	}
	if text[s.Start:s.End] != got {
		t.Errorf("%s: text[%d:%d] = %q, want %q", what, s.Start, s.End, text[s.Start:s.End], got)
	}
}

// checkOrder reports spans that are not ordered by Start.
func checkOrder(t testing.TB, what string, spans []parse.Span) {
	t.Helper()
	for i := 1; i < len(spans); i++ {
		if spans[i].Start < spans[i-1].Start {
			t.Errorf("%s: item %d starts at %d, before item %d at %d", what, i, spans[i].Start, i-1, spans[i-1].Start)
		}
	}
}

func checkQual(t testing.TB, text, what string, q *parse.Qualifier) {
	t.Helper()
	if q != nil && !q.Span.Empty() {
		checkSpan(t, text, what+" qualifier", q.Span, q.Text)
	}
}

// checkDocument asserts the invariants of every Document: all spans in
// bounds and holding their text, every list ordered by Start, and the
// document marshals to valid JSON.
func checkDocument(t testing.TB, text string, doc finanztext.Document) {
	t.Helper()
	var spans []parse.Span
	spans = spans[:0]
	for _, n := range doc.Numbers {
		checkSpan(t, text, "number", n.Span, n.Text)
		checkQual(t, text, "number", n.Qual)
		spans = append(spans, n.Span)
	}
	checkOrder(t, "numbers", spans)
	spans = spans[:0]
	for _, a := range doc.Amounts {
		checkSpan(t, text, "amount", a.Span, a.Text)
		checkQual(t, text, "amount", a.Qual)
		spans = append(spans, a.Span)
	}
	checkOrder(t, "amounts", spans)
	spans = spans[:0]
	for _, p := range doc.Percentages {
		checkSpan(t, text, "percentage", p.Span, p.Text)
		checkQual(t, text, "percentage", p.Qual)
		if p.Basis != "" && !p.BasisSpan.Empty() {
			checkSpan(t, text, "percentage basis", p.BasisSpan, p.Basis)
		}
		spans = append(spans, p.Span)
	}
	checkOrder(t, "percentages", spans)
	for _, list := range []struct {
		what string
		ms   []entity.Mention
		kind entity.MentionKind
	}{{"organization", doc.Organizations, entity.Organization}, {"person", doc.Persons, entity.Person}} {
		spans = spans[:0]
		for _, m := range list.ms {
			checkSpan(t, text, list.what, m.Span, m.Text)
			if m.Kind != list.kind {
				t.Errorf("%s %q has kind %d", list.what, m.Text, m.Kind)
			}
			spans = append(spans, m.Span)
		}
		checkOrder(t, list.what+"s", spans)
	}
	spans = spans[:0]
	for _, q := range doc.Quotes {
		checkSpan(t, text, "quote", q.Span, q.Text)
		if !q.Outer.Empty() && !q.Outer.Contains(q.Span) {
			t.Errorf("quote %q: outer span [%d,%d) does not contain [%d,%d)", q.Text, q.Outer.Start, q.Outer.End, q.Start, q.End)
		}
		if q.Speaker != nil && !q.Speaker.Span.Empty() {
			checkSpan(t, text, "quote speaker", q.Speaker.Span, q.Speaker.Text)
		}
		spans = append(spans, q.Span)
	}
	checkOrder(t, "quotes", spans)

	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatalf("marshal: %v", err)
	}
	if !json.Valid(b) {
		t.Fatalf("invalid JSON: %s", b)
	}
}

func jsonOf(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}

// FuzzAnalyze checks that Analyze never panics, that every span is valid,
// and that the shared passes of Analyze give what the per-package finders
// give on their own.
func FuzzAnalyze(f *testing.F) {
	seeds := []string{
		"",
		"Der Umsatz stieg gegenüber dem Vorjahr um 14 Prozent auf 2,3 Milliarden Euro.",
		"Bis 2030 will das Unternehmen 12 Mrd. bis 14 Mrd. Euro investieren.",
		"„Wir haben geliefert“, sagte Vorstandschefin Katrin Albers.",
		"Finanzvorstand Markus Feldmann sagte: „Die Bücher sind voll.“ Er sagte, die Nachfrage sei hoch.",
		"Die Europäische Zentralbank (EZB) senkte den Satz um 25 Basispunkte.",
		"Verträge über mehr als 600 Millionen US-Dollar; 1.099 € je Aktie; EUR 850 Mio.",
		"Umsatz \xff\xfe 3,5 Mrd. \xc3 Euro",
		"Plus\x00 4 Prozent\x00„Zitat\x00“",
		"„»‚“«‘ sagte: „",
		strings.Repeat("1.", 200),
	}
	if b, err := readArticleBytes(); err == nil {
		seeds = append(seeds, string(b))
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := finanztext.Analyze(text)
		checkDocument(t, text, doc)

		if got, want := jsonOf(doc.Numbers), jsonOf(parse.SplitRanges(parse.FindNumbers(text))); got != want {
			t.Errorf("numbers differ from parse.FindNumbers:\n got %s\nwant %s", got, want)
		}
		if got, want := jsonOf(doc.Percentages), jsonOf(parse.FindPercents(text)); got != want {
			t.Errorf("percentages differ from parse.FindPercents:\n got %s\nwant %s", got, want)
		}
		if got, want := jsonOf(doc.Amounts), jsonOf(money.Find(text)); got != want {
			t.Errorf("amounts differ from money.Find:\n got %s\nwant %s", got, want)
		}
		var orgs, persons []entity.Mention
		for _, m := range entity.Find(text) {
			switch m.Kind {
			case entity.Organization:
				orgs = append(orgs, m)
			case entity.Person:
				persons = append(persons, m)
			}
		}
		if got, want := jsonOf(doc.Organizations), jsonOf(orgs); got != want {
			t.Errorf("organizations differ from entity.Find:\n got %s\nwant %s", got, want)
		}
		if got, want := jsonOf(doc.Persons), jsonOf(persons); got != want {
			t.Errorf("persons differ from entity.Find:\n got %s\nwant %s", got, want)
		}
		if got, want := jsonOf(doc.Quotes), jsonOf(quote.Find(text)); got != want {
			t.Errorf("quotes differ from quote.Find:\n got %s\nwant %s", got, want)
		}
		if utf8.ValidString(text) {
			// The JSON of a valid text holds every item's text unchanged.
			var back struct {
				Numbers []struct{ Text string } `json:"numbers"`
			}
			if err := json.Unmarshal([]byte(jsonOf(doc)), &back); err != nil {
				t.Fatalf("unmarshal: %v", err)
			}
			for i, n := range back.Numbers {
				if n.Text != doc.Numbers[i].Text {
					t.Errorf("number %d: JSON text %q, want %q", i, n.Text, doc.Numbers[i].Text)
				}
			}
		}
	})
}
