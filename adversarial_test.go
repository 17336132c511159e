package finanztext_test

// Adversarial inputs for Analyze: huge digit runs, unbalanced and nested
// quote marks, a million scale words, invalid UTF-8, NUL bytes, every
// Unicode space and dash, NFD and CRLF text, a 50 MB document, and one
// Analyzer shared by many goroutines. Each case must finish, keep the span
// invariant and stay within a bounded amount of memory. Cases of several
// megabytes are skipped with -short; with -short every case is cut to
// advtest.SmallCap bytes, under -race to advtest.RaceCap bytes. The 50 MB document
// runs without -short and -race, or when FINANZTEXT_LONG=1.

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/finanztext/finanztext/internal/advtest"

	"github.com/finanztext/finanztext"
	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/quote"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"
	"golang.org/x/text/unicode/norm"
)

// advKnownBugs lists the tests of this file that find a bug not yet fixed.
var advKnownBugs = map[string]string{}

// advCheckSpan fails t when s is out of bounds in text or does not hold
// got.
func advCheckSpan(t *testing.T, text, what string, s parse.Span, got string) {
	t.Helper()
	require.True(t, 0 <= s.Start && s.Start <= s.End && s.End <= len(text), "%s: span [%d,%d) out of bounds (len %d)", what, s.Start, s.End, len(text))
	require.Equal(t, text[s.Start:s.End], got, "%s: text[%d:%d]", what, s.Start, s.End)
}

// advCheckDocument asserts the span invariant of every item and every
// part of an item, and that every list is ordered by Start.
func advCheckDocument(t *testing.T, text string, doc finanztext.Document) {
	t.Helper()
	prev := 0
	for i, n := range doc.Numbers {
		advCheckSpan(t, text, fmt.Sprintf("number %d", i), n.Span, n.Text)
		require.LessOrEqual(t, prev, n.Start, "number %d out of order", i)
		if n.Qual != nil {
			advCheckSpan(t, text, fmt.Sprintf("number %d qualifier", i), n.Qual.Span, n.Qual.Text)
		}
		prev = n.Start
	}
	prev = 0
	for i, a := range doc.Amounts {
		advCheckSpan(t, text, fmt.Sprintf("amount %d", i), a.Span, a.Text)
		require.LessOrEqual(t, prev, a.Start, "amount %d out of order", i)
		if a.Qual != nil {
			advCheckSpan(t, text, fmt.Sprintf("amount %d qualifier", i), a.Qual.Span, a.Qual.Text)
		}
		if a.Per != "" {
			advCheckSpan(t, text, fmt.Sprintf("amount %d per unit", i), a.PerSpan, a.Per)
		}
		prev = a.Start
	}
	prev = 0
	for i, p := range doc.Periods {
		advCheckSpan(t, text, fmt.Sprintf("period %d", i), p.Span, p.Text)
		require.LessOrEqual(t, prev, p.Start, "period %d out of order", i)
		prev = p.End
	}
	prev = 0
	for i, p := range doc.Percentages {
		advCheckSpan(t, text, fmt.Sprintf("percentage %d", i), p.Span, p.Text)
		require.LessOrEqual(t, prev, p.Start, "percentage %d out of order", i)
		if p.Basis != "" {
			advCheckSpan(t, text, fmt.Sprintf("percentage %d basis", i), p.BasisSpan, p.Basis)
		}
		prev = p.Start
	}
	for _, list := range []struct {
		what string
		ms   []entity.Mention
		kind entity.MentionKind
	}{{"organization", doc.Organizations, entity.Organization}, {"person", doc.Persons, entity.Person}} {
		prev = 0
		for i, m := range list.ms {
			advCheckSpan(t, text, fmt.Sprintf("%s %d", list.what, i), m.Span, m.Text)
			require.LessOrEqual(t, prev, m.Start, "%s %d out of order", list.what, i)
			require.Equal(t, list.kind, m.Kind, "%s %d", list.what, i)
			require.NotNil(t, m.Entity, "%s %d", list.what, i)
			prev = m.Start
		}
	}
	prev = 0
	for i, q := range doc.Quotes {
		advCheckSpan(t, text, fmt.Sprintf("quote %d", i), q.Span, q.Text)
		require.LessOrEqual(t, prev, q.Start, "quote %d out of order", i)
		if !q.Outer.Empty() {
			require.True(t, q.Outer.Contains(q.Span) && q.Outer.End <= len(text), "quote %d: outer %v does not hold %v", i, q.Outer, q.Span)
		}
		if q.Speaker != nil && !q.Speaker.Span.Empty() {
			advCheckSpan(t, text, fmt.Sprintf("quote %d speaker", i), q.Speaker.Span, q.Speaker.Text)
		}
		prev = q.Start
	}
}

// advDocSig describes a document item by item with every text in NFC and
// CRLF read as LF, so that an NFD or CRLF text can be compared with its
// NFC or LF original.
func advDocSig(doc finanztext.Document) []string {
	clean := func(s string) string { return strings.ReplaceAll(norm.NFC.String(s), "\r\n", "\n") }
	var out []string
	for _, n := range doc.Numbers {
		out = append(out, fmt.Sprintf("number|%s|%s|%s|%v", clean(n.Text), n.Value, n.Max, n.Ordinal))
	}
	for _, a := range doc.Amounts {
		out = append(out, fmt.Sprintf("amount|%s|%s|%s|%s|%v", clean(a.Text), a.Value, a.Max, a.Currency, a.Vague))
	}
	for _, p := range doc.Percentages {
		out = append(out, fmt.Sprintf("percentage|%s|%s|%s|%s|%s", clean(p.Text), p.Value, p.Unit, p.Direction, clean(p.Basis)))
	}
	for _, m := range append(append([]entity.Mention(nil), doc.Organizations...), doc.Persons...) {
		out = append(out, fmt.Sprintf("mention|%s|%s|%s|%s", clean(m.Text), clean(m.Entity.Name), m.Role, m.Organization))
	}
	for _, q := range doc.Quotes {
		sp := "-"
		if q.Speaker != nil {
			sp = clean(q.Speaker.Name)
		}
		out = append(out, fmt.Sprintf("quote|%s|%d|%s", clean(q.Text), q.Kind, sp))
	}
	return out
}

// advJSON returns the JSON of v, or the error text.
func advJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}

// advAgree fails t when Analyze disagrees with the per-package finders.
func advAgree(t *testing.T, text string, doc finanztext.Document) {
	t.Helper()
	assert.Equal(t, advJSON(parse.SplitRanges(parse.FindNumbers(text))), advJSON(doc.Numbers), "numbers differ from parse.FindNumbers")
	assert.Equal(t, advJSON(parse.FindPercents(text)), advJSON(doc.Percentages), "percentages differ from parse.FindPercents")
	assert.Equal(t, advJSON(money.Find(text)), advJSON(doc.Amounts), "amounts differ from money.Find")
	var orgs, persons []entity.Mention
	for _, m := range entity.Find(text) {
		if m.Kind == entity.Organization {
			orgs = append(orgs, m)
		} else {
			persons = append(persons, m)
		}
	}
	assert.Equal(t, advJSON(orgs), advJSON(doc.Organizations), "organizations differ from entity.Find")
	assert.Equal(t, advJSON(persons), advJSON(doc.Persons), "persons differ from entity.Find")
	assert.Equal(t, advJSON(quote.Find(text)), advJSON(doc.Quotes), "quotes differ from quote.Find")
}

// advCount is the number of items in doc.
func advCount(doc finanztext.Document) int {
	return len(doc.Numbers) + len(doc.Amounts) + len(doc.Percentages) + len(doc.Organizations) + len(doc.Persons) + len(doc.Quotes) + len(doc.Periods)
}

func TestAdversarialAnalyze(t *testing.T) {
	for _, c := range advtest.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			n, ok := advtest.Size(c)
			if !ok {
				t.Skip("multi-megabyte input: skipped with -short")
			}
			text := c.Build(n)
			doc, grew := advtest.Run(t, len(text), func() finanztext.Document { return finanztext.Analyze(text) })
			advtest.Mem(t, grew, len(text), 128, advCount(doc))
			advCheckDocument(t, text, doc)
			if c.Quiet {
				assert.Zero(t, advCount(doc), "findings in a quiet input")
			}
			_, err := json.Marshal(doc)
			require.NoError(t, err)
			// Analyze agrees with the per-package finders: checked on a
			// prefix, since it runs every finder again.
			prefix := text[:min(len(text), advOptionsCap)]
			advAgree(t, prefix, finanztext.Analyze(prefix))
		})
	}
}

// TestAdversarial50MB analyzes 50 MB of news text, the team's news
// repeated. It runs in long runs only (FINANZTEXT_LONG=1, see advtest.Long).
func TestAdversarial50MB(t *testing.T) {
	advtest.SkipUnlessLong(t)
	advtest.SkipKnownBug(t, advKnownBugs)
	news := advtest.News()
	text := advtest.Repeat(news, 50<<20)
	one := finanztext.Analyze(news)
	start := time.Now()
	doc, grew := advtest.Run(t, len(text), func() finanztext.Document { return finanztext.Analyze(text) })
	t.Logf("%d MB in %v, heap grew by %d MB, %d findings", len(text)>>20, time.Since(start).Round(time.Millisecond), grew>>20, advCount(doc))
	advtest.Mem(t, grew, len(text), 128, advCount(doc))
	advCheckDocument(t, text, doc)
	// The copies are separated by nothing but the end of the news text, so
	// every copy yields at least nearly what one copy yields.
	copies := (len(text) + len(news) - 1) / len(news)
	assert.GreaterOrEqual(t, len(doc.Amounts), (copies-1)*len(one.Amounts), "amounts")
	assert.GreaterOrEqual(t, len(doc.Numbers), (copies-1)*len(one.Numbers), "numbers")
}

// TestAdversarialSpaces writes one short report with every Unicode space
// in place of the ordinary one: all kinds of findings must still be there.
func TestAdversarialSpaces(t *testing.T) {
	for _, sp := range advtest.Spaces {
		s := string(sp)
		t.Run(fmt.Sprintf("U+%04X", sp), func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			in := strings.ReplaceAll("Der Umsatz der Deutsche Bank stieg um 12 Prozent auf 3,5 Mrd. Euro. "+
				"Vorstandschef Hans Meier sagte: „Wir wachsen weiter.“", " ", s)
			doc := finanztext.Analyze(in)
			advCheckDocument(t, in, doc)
			sig := strings.Join(advDocSig(doc), "\n")
			require.Len(t, doc.Amounts, 1, sig)
			assert.Equal(t, "3500000000", doc.Amounts[0].Value.String())
			require.Len(t, doc.Percentages, 1, sig)
			assert.Equal(t, "12", doc.Percentages[0].Value.String())
			require.Len(t, doc.Organizations, 1, sig)
			assert.Equal(t, "Deutsche Bank", doc.Organizations[0].Entity.Name)
			require.Len(t, doc.Persons, 1, sig)
			assert.Equal(t, "Hans Meier", doc.Persons[0].Entity.Name)
			require.Len(t, doc.Quotes, 1, sig)
			require.NotNil(t, doc.Quotes[0].Speaker, sig)
			assert.Equal(t, "Hans Meier", doc.Quotes[0].Speaker.Name)
		})
	}
}

// TestAdversarialDashes writes a short report with every dash as a range
// dash, a separator and a dash inside a quotation.
func TestAdversarialDashes(t *testing.T) {
	for _, d := range advtest.Dashes {
		s := string(d)
		t.Run(fmt.Sprintf("U+%04X", d), func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			in := "Die Deutsche Bank " + s + " größter Kreditgeber der Branche " + s + " erwartet 20" + s + "25 Mio. Euro Gewinn. " +
				"„Wir wachsen " + s + " und zwar kräftig“, sagte Vorstandschef Hans Meier."
			doc := finanztext.Analyze(in)
			advCheckDocument(t, in, doc)
			sig := strings.Join(advDocSig(doc), "\n")
			require.NotEmpty(t, doc.Amounts, sig)
			last := doc.Amounts[len(doc.Amounts)-1]
			assert.True(t, strings.HasSuffix(last.Text, "25 Mio. Euro"), sig)
			require.Len(t, doc.Organizations, 1, sig)
			assert.Equal(t, "Deutsche Bank", doc.Organizations[0].Entity.Name)
			require.Len(t, doc.Quotes, 1, sig)
			assert.Equal(t, "Wir wachsen "+s+" und zwar kräftig", doc.Quotes[0].Text)
		})
	}
}

// TestAdversarialNFDAndCRLF checks that the news text in NFD, with CRLF
// line endings, and both, gives the findings of the original, with spans
// into the text analyzed.
func TestAdversarialNFDAndCRLF(t *testing.T) {
	news := norm.NFC.String(advtest.News())
	want := advDocSig(finanztext.Analyze(news))
	require.NotEmpty(t, want)
	crlf := func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }
	tests := []struct {
		name string
		text string
	}{
		{"NFD", norm.NFD.String(news)},
		{"CRLF", crlf(news)},
		{"NFD and CRLF", crlf(norm.NFD.String(news))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			doc := finanztext.Analyze(tt.text)
			advCheckDocument(t, tt.text, doc)
			advtest.SameSig(t, "findings", want, advDocSig(doc))
		})
	}
}

// advArticles splits the news text into its articles.
func advArticles() []string {
	return strings.Split(advtest.News(), "\n\n---\n\n")
}

// TestAdversarialConcurrentAnalyzers shares Analyzers among many
// goroutines, under -race in CI: several Analyzers with different options
// are built at the same time, each used by several goroutines on a mix of
// documents (articles, NFD, CRLF, invalid UTF-8, nested marks, empty),
// alongside the package-level functions. Every result must equal the one
// computed sequentially.
func TestAdversarialConcurrentAnalyzers(t *testing.T) {
	docs := advArticles()
	news := advtest.News()
	docs = append(docs,
		"",
		norm.NFD.String(docs[0]),
		strings.ReplaceAll(docs[len(docs)-1], "\n", "\r\n"),
		advtest.Sprinkle(news[:min(len(news), 8<<10)], 17, 0xff),
		advtest.Sprinkle(news[:min(len(news), 8<<10)], 23, 0),
		advtest.Nested(300),
		advtest.Repeat("Milliarden ", 4<<10),
		"Der Bau kostet 40 Dollar je Tonne, sagte Ida Quastenberg von Nordwind Energie.",
	)
	extra := []entity.Entity{
		{Name: "Nordwind Energie", Type: entity.Company, Aliases: []string{"Nordwind"}},
		{Name: "Ida Quastenberg", Type: entity.PersonType},
	}
	configs := []struct {
		name string
		opts []finanztext.Option
	}{
		{"default", nil},
		{"extra entities", []finanztext.Option{finanztext.WithEntities(extra...)}},
		{"Canadian dollar", []finanztext.Option{finanztext.WithDefaultDollar(currency.CAD)}},
		{"amounts and quotes", []finanztext.Option{finanztext.WithKinds(finanztext.Amounts | finanztext.Quotes)}},
	}
	// The sequential results, from Analyzers of their own.
	want := make([][]string, len(configs))
	for i, c := range configs {
		a := finanztext.New(c.opts...)
		for _, d := range docs {
			want[i] = append(want[i], advJSON(a.Analyze(d)))
		}
	}
	wantDefault := want[0]
	wantNumbers := make([]string, len(docs))
	for k, d := range docs {
		wantNumbers[k] = advJSON(parse.SplitRanges(parse.FindNumbers(d)))
	}

	rounds := 1
	if advtest.Long() {
		rounds = 3
	}
	// The Analyzers are built concurrently, each by the first goroutine that
	// needs it, to catch races in lazily built tables.
	analyzers := make([]func() *finanztext.Analyzer, len(configs))
	for i, c := range configs {
		analyzers[i] = sync.OnceValue(func() *finanztext.Analyzer { return finanztext.New(c.opts...) })
	}
	const workers = 12
	errs := make(chan string, workers*len(docs))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(w), 11))
			for range rounds * len(docs) {
				k := r.IntN(len(docs))
				ci := r.IntN(len(configs) + 2)
				var got, wantK string
				switch {
				case ci < len(configs):
					got, wantK = advJSON(analyzers[ci]().Analyze(docs[k])), want[ci][k]
				case ci == len(configs):
					got, wantK = advJSON(finanztext.Analyze(docs[k])), wantDefault[k]
				default:
					got, wantK = advJSON(parse.SplitRanges(parse.FindNumbers(docs[k]))), wantNumbers[k]
				}
				if got != wantK {
					errs <- fmt.Sprintf("worker %d, config %d, document %d: result differs from the sequential one", w, ci, k)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// advOptionsCap is the input size for the tests of options and hostile
// configurations, which run every input several times.
const advOptionsCap = 16 << 10

// TestAdversarialAnalyzerOptions builds Analyzers with hostile gazetteer
// entries (organizations and persons with empty, one-letter, blank,
// NUL, invalid UTF-8 and huge names) and every kind mask, and runs them
// over the adversarial inputs (at most advOptionsCap bytes each).
func TestAdversarialAnalyzerOptions(t *testing.T) {
	var hostile []entity.Entity
	for _, typ := range []entity.Type{entity.Company, entity.PersonType} {
		for _, name := range []string{"", " ", "e", "s", "Der", "„", "\x00", "\xff", "Mu\u0308ller", strings.Repeat("Lang ", 1000), "Hans Meier", "Euro"} {
			hostile = append(hostile, entity.Entity{Name: name, Type: typ, Aliases: []string{name + "s", "", "?" + name}})
		}
	}
	analyzers := []*finanztext.Analyzer{
		finanztext.New(finanztext.WithEntities(hostile...)),
		finanztext.New(finanztext.WithKinds(0)),
		finanztext.New(finanztext.WithKinds(finanztext.Quotes)),
		finanztext.New(finanztext.WithKinds(finanztext.Percentages | finanztext.Persons)),
		finanztext.New(finanztext.WithDefaultDollar(currency.Unit{})),
	}
	for _, c := range advtest.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			text := c.Build(min(c.Size, advOptionsCap))
			for i, a := range analyzers {
				doc, _ := advtest.Run(t, len(text), func() finanztext.Document { return a.Analyze(text) })
				advCheckDocument(t, text, doc)
				_, err := json.Marshal(doc)
				require.NoError(t, err, "analyzer %d", i)
				if i == 1 {
					assert.Zero(t, advCount(doc), "an Analyzer with no kinds found something")
				}
			}
		})
	}
}

// TestAdversarialKindsAgree checks that an Analyzer restricted to one
// kind finds exactly what the full Analyzer finds of that kind, on the
// news text and on the adversarial inputs (at most advOptionsCap bytes,
// 4 KB under the race detector).
func TestAdversarialKindsAgree(t *testing.T) {
	kinds := []struct {
		name string
		k    finanztext.Kinds
		part func(finanztext.Document) any
		n    func(finanztext.Document) int
	}{
		{"numbers", finanztext.Numbers, func(d finanztext.Document) any { return d.Numbers }, func(d finanztext.Document) int { return len(d.Numbers) }},
		{"amounts", finanztext.Amounts, func(d finanztext.Document) any { return d.Amounts }, func(d finanztext.Document) int { return len(d.Amounts) }},
		{"percentages", finanztext.Percentages, func(d finanztext.Document) any { return d.Percentages }, func(d finanztext.Document) int { return len(d.Percentages) }},
		{"organizations", finanztext.Organizations, func(d finanztext.Document) any { return d.Organizations }, func(d finanztext.Document) int { return len(d.Organizations) }},
		{"persons", finanztext.Persons, func(d finanztext.Document) any { return d.Persons }, func(d finanztext.Document) int { return len(d.Persons) }},
		{"quotes", finanztext.Quotes, func(d finanztext.Document) any { return d.Quotes }, func(d finanztext.Document) int { return len(d.Quotes) }},
	}
	size := advOptionsCap
	if advtest.RaceEnabled() {
		size = 4 << 10
	}
	texts := []struct{ name, text string }{{"news", advtest.News()}}
	for _, c := range advtest.Cases() {
		texts = append(texts, struct{ name, text string }{c.Name, c.Build(min(c.Size, size))})
	}
	full := finanztext.New()
	for _, k := range kinds {
		one := finanztext.New(finanztext.WithKinds(k.k))
		t.Run(k.name, func(t *testing.T) {
			for _, tt := range texts {
				advtest.SkipKnownBug(t, advKnownBugs)
				want := advJSON(k.part(full.Analyze(tt.text)))
				doc := one.Analyze(tt.text)
				assert.Equal(t, want, advJSON(k.part(doc)), "%s: %s differ", tt.name, k.name)
				assert.Equal(t, k.n(doc), advCount(doc), "%s: other kinds present", tt.name)
			}
		})
	}
}
