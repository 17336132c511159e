package quote_test

// Adversarial inputs for the quote finder: huge digit runs, unbalanced and
// nested quote marks, a million scale words, invalid UTF-8, NUL bytes,
// every Unicode space and dash, NFD and CRLF text. Each case must finish,
// keep the span invariant and stay within a bounded amount of memory.
// Cases of several megabytes are skipped with -short; with -short every
// case is cut to advtest.SmallCap bytes, under -race to advtest.RaceCap bytes.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/finanztext/finanztext/internal/advtest"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/quote"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// advKnownBugs lists the tests of this file that find a bug not yet fixed.
var advKnownBugs = map[string]string{}

// advCheckQuotes asserts the span invariant of quotes and speakers, that
// the outer span holds the quote, and that quotes are ordered and disjoint.
func advCheckQuotes(t *testing.T, text string, qs []quote.Quote) {
	t.Helper()
	prev := 0
	for i, q := range qs {
		require.True(t, prev <= q.Start && q.Start <= q.End && q.End <= len(text),
			"quote %d: span [%d,%d) after %d (len %d)", i, q.Start, q.End, prev, len(text))
		require.Equal(t, text[q.Start:q.End], q.Text, "quote %d", i)
		require.True(t, q.Kind == quote.Direct || q.Kind == quote.Indirect, "quote %d: kind %d", i, q.Kind)
		if !q.Outer.Empty() {
			require.True(t, q.Outer.Contains(q.Span) && q.Outer.End <= len(text), "quote %d: outer %v does not hold %v", i, q.Outer, q.Span)
		}
		if sp := q.Speaker; sp != nil {
			require.NotEmpty(t, sp.Name, "quote %d: speaker without a name", i)
			if !sp.Span.Empty() {
				require.True(t, 0 <= sp.Start && sp.End <= len(text), "quote %d: speaker span %v", i, sp.Span)
				require.Equal(t, text[sp.Start:sp.End], sp.Text, "quote %d speaker", i)
			}
		}
		prev = q.End
	}
}

// advQuoteSig describes quotes by text, kind and speaker, with every text
// in NFC.
func advQuoteSig(qs []quote.Quote) []string {
	var out []string
	for _, q := range qs {
		sp := "-"
		if q.Speaker != nil {
			sp = fmt.Sprintf("%s/%d/%s/%s/%v", norm.NFC.String(q.Speaker.Name), q.Speaker.How, q.Speaker.Role, q.Speaker.Organization, q.Speaker.IsOrganization)
		}
		out = append(out, fmt.Sprintf("%s|%d|%s", norm.NFC.String(q.Text), q.Kind, sp))
	}
	return out
}

func TestAdversarialFind(t *testing.T) {
	f := quote.NewFinder()
	for _, c := range advtest.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			n, ok := advtest.Size(c)
			if !ok {
				t.Skip("multi-megabyte input: skipped with -short")
			}
			text := c.Build(n)
			got, grew := advtest.Run(t, len(text), func() []quote.Quote { return quote.Find(text) })
			advtest.Mem(t, grew, len(text), 96, len(got))
			advCheckQuotes(t, text, got)
			if c.Quiet {
				assert.Empty(t, got)
			}
			// FindWithDoc over the document read first gives the same.
			doc := entity.NewRecognizer().FindDoc(text)
			with, _ := advtest.Run(t, len(text), func() []quote.Quote { return f.FindWithDoc(doc) })
			advtest.SameSig(t, "FindWithDoc", advQuoteSig(got), advQuoteSig(with))
		})
	}
}

// TestAdversarialSpaces puts every Unicode space around quotation marks
// and between the words of the attribution.
func TestAdversarialSpaces(t *testing.T) {
	for _, sp := range advtest.Spaces {
		s := string(sp)
		t.Run(fmt.Sprintf("U+%04X", sp), func(t *testing.T) {
			tests := []struct{ name, in string }{
				{"speaker before", "Vorstandschef" + s + "Hans" + s + "Meier" + s + "sagte:" + s + "„Wir" + s + "wachsen" + s + "weiter.“"},
				{"speaker after", "„Wir" + s + "wachsen" + s + "weiter“," + s + "sagte" + s + "Vorstandschef" + s + "Hans" + s + "Meier."},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					advtest.SkipKnownBug(t, advKnownBugs)
					got := quote.Find(tt.in)
					advCheckQuotes(t, tt.in, got)
					require.Len(t, got, 1, "quotes %v", advQuoteSig(got))
					assert.True(t, strings.HasPrefix(got[0].Text, "Wir"+s+"wachsen"+s+"weiter"), "quote %q", got[0].Text)
					require.NotNil(t, got[0].Speaker)
					assert.Equal(t, "Hans Meier", got[0].Speaker.Name)
				})
			}
		})
	}
}

// TestAdversarialDashes puts every dash inside a quotation and between a
// quotation and its attribution.
func TestAdversarialDashes(t *testing.T) {
	for _, d := range advtest.Dashes {
		s := string(d)
		t.Run(fmt.Sprintf("U+%04X", d), func(t *testing.T) {
			t.Run("inside the quote", func(t *testing.T) {
				advtest.SkipKnownBug(t, advKnownBugs)
				in := "„Wir wachsen " + s + " und zwar kräftig“, sagte Vorstandschef Hans Meier."
				got := quote.Find(in)
				advCheckQuotes(t, in, got)
				require.Len(t, got, 1, "quotes %v", advQuoteSig(got))
				assert.Equal(t, "Wir wachsen "+s+" und zwar kräftig", got[0].Text)
				require.NotNil(t, got[0].Speaker)
				assert.Equal(t, "Hans Meier", got[0].Speaker.Name)
			})
			t.Run("before the opening mark", func(t *testing.T) {
				advtest.SkipKnownBug(t, advKnownBugs)
				in := "Vorstandschef Hans Meier sagte " + s + " sichtlich gelöst " + s + ": „Wir wachsen weiter.“"
				got := quote.Find(in)
				advCheckQuotes(t, in, got)
				require.Len(t, got, 1, "quotes %v", advQuoteSig(got))
				assert.True(t, strings.HasPrefix(got[0].Text, "Wir wachsen weiter"), "quote %q", got[0].Text)
			})
		})
	}
}

// advNFCTexts are quotations whose speakers or verbs of saying have
// letters with umlauts.
var advNFCTexts = []struct{ name, in string }{
	{"speaker with umlaut", "Geschäftsführerin Bärbel Hollstein sagte: „Wir prüfen Zukäufe.“"},
	{"verb with umlaut", "„Die Lage bleibt schwierig“, erklärte Finanzvorstand Jörg Kessler. „Wir sparen“, fügte er hinzu."},
	{"quote with umlauts", "„Über die Höhe der Zölle können wir nur spekulieren“, sagte Vorstandschef Hans Meier."},
	{"indirect speech", "Finanzvorstand Jörg Kessler sagte, die Nachfrage sei in Südeuropa gestiegen."},
	{"pronoun", "Bärbel Hollstein führt den Konzern seit 2020. Sie sagte: „Das Geschäft läuft.“"},
}

// TestAdversarialNFD checks that text in NFD gives the quotes of the same
// text in NFC, with spans into the NFD text.
func TestAdversarialNFD(t *testing.T) {
	cases := append([]struct{ name, in string }{}, advNFCTexts...)
	cases = append(cases, struct{ name, in string }{"news", advtest.News()})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			nfc := norm.NFC.String(c.in)
			nfd := norm.NFD.String(nfc)
			require.NotEqual(t, nfc, nfd, "the case has no decomposable letter")
			want, got := quote.Find(nfc), quote.Find(nfd)
			advCheckQuotes(t, nfd, got)
			require.NotEmpty(t, want)
			advtest.SameSig(t, "quotes", advQuoteSig(want), advQuoteSig(got))
		})
	}
}

// TestAdversarialCRLF checks that CRLF line endings give the quotes of the
// same text with LF, with spans into the CRLF text.
func TestAdversarialCRLF(t *testing.T) {
	cases := []struct{ name, in string }{
		{"one quote a line", "„Wir wachsen weiter“, sagte Vorstandschef Hans Meier.\nDer Kurs stieg.\n„Wir stellen ein“, sagte er.\n"},
		{"paragraph after sagt", "Vorstandschef Hans Meier sagt:\nWir wachsen weiter, auch im Ausland.\n\nDer Kurs stieg.\n"},
		{"quote carried over", "„Wir wachsen weiter, sagte Vorstandschef Hans Meier.\n\n„Und wir stellen ein.“\n"},
		{"news", advtest.News()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			lf := c.in
			crlf := strings.ReplaceAll(lf, "\n", "\r\n")
			want, got := quote.Find(lf), quote.Find(crlf)
			advCheckQuotes(t, crlf, got)
			require.NotEmpty(t, want)
			sig := advQuoteSig(got)
			for i := range sig {
				sig[i] = strings.ReplaceAll(sig[i], "\r\n", "\n")
			}
			advtest.SameSig(t, "quotes", advQuoteSig(want), sig)
		})
	}
}

// advHostileMentions returns mention lists that break every promise of
// an entity finder: spans out of bounds, reversed or empty, overlapping,
// unordered, cutting runes, with the wrong Text, without an Entity.
func advHostileMentions(text string) map[string][]entity.Mention {
	n := len(text)
	person := &entity.Entity{Name: "Hans Meier", Type: entity.PersonType}
	org := &entity.Entity{Name: "Kessler Logistik", Type: entity.Company}
	m := func(start, end int, kind entity.MentionKind, e *entity.Entity) entity.Mention {
		s := ""
		if 0 <= start && start <= end && end <= n {
			s = text[start:end]
		}
		return entity.Mention{Span: parse.Span{Start: start, End: end}, Text: s, Kind: kind, Entity: e}
	}
	real := entity.Find(text)
	reversed := append([]entity.Mention(nil), real...)
	for i, j := 0, len(reversed)-1; i < j; i, j = i+1, j-1 {
		reversed[i], reversed[j] = reversed[j], reversed[i]
	}
	wrongText := append([]entity.Mention(nil), real...)
	for i := range wrongText {
		wrongText[i].Text = "Falsch"
	}
	noEntity := append([]entity.Mention(nil), real...)
	for i := range noEntity {
		noEntity[i].Entity = nil
	}
	var every []entity.Mention
	for i := 0; i+3 <= n && len(every) < 5000; i += 3 {
		every = append(every, m(i, i+3, entity.Person, person))
	}
	return map[string][]entity.Mention{
		"none":            nil,
		"out of bounds":   {m(-5, 3, entity.Person, person), m(n, n+10, entity.Person, person), m(n-1, n+1, entity.Organization, org)},
		"reversed spans":  {m(min(10, n), 0, entity.Person, person), m(n, max(0, n-4), entity.Organization, org)},
		"empty spans":     {m(0, 0, entity.Person, person), m(n/2, n/2, entity.Person, person), m(n, n, entity.Organization, org)},
		"whole text":      {m(0, n, entity.Person, person), m(0, n, entity.Organization, org)},
		"overlapping":     {m(0, n/2, entity.Person, person), m(n/4, 3*n/4, entity.Person, person), m(n/3, n, entity.Organization, org)},
		"unordered":       reversed,
		"wrong text":      wrongText,
		"no entity":       noEntity,
		"zero kind":       {m(0, min(5, n), 0, person), m(min(5, n), min(10, n), 99, org)},
		"every 3 bytes":   every,
		"rune cut":        {m(1, min(2, n), entity.Person, person), m(min(2, n), min(4, n), entity.Person, person)},
		"person with org": {m(0, min(4, n), entity.Person, org), m(min(4, n), min(8, n), entity.Organization, person)},
	}
}

// TestAdversarialEntityFinder gives FindWith, and a Finder built with
// WithEntityFinder, mention lists that break every promise of an entity
// finder: the quotes must still keep their invariants, and speakers must
// point into the text.
func TestAdversarialEntityFinder(t *testing.T) {
	texts := map[string]string{
		"news":  advtest.News(),
		"short": "„Wir wachsen“, sagte Hans Meier. Er sagte: „Weiter so.“ Meier sagte, es laufe gut.",
		"empty": "",
		"nfd":   norm.NFD.String("„Wir prüfen Zukäufe“, sagte Bärbel Hollstein."),
	}
	for tn, text := range texts {
		for mn, ms := range advHostileMentions(text) {
			t.Run(tn+"/"+mn, func(t *testing.T) {
				advtest.SkipKnownBug(t, advKnownBugs)
				f := quote.NewFinder()
				got, _ := advtest.Run(t, len(text), func() []quote.Quote { return f.FindWith(text, ms) })
				advCheckQuotes(t, text, got)
				g := quote.NewFinder(quote.WithEntityFinder(func(string) []entity.Mention { return ms }))
				got, _ = advtest.Run(t, len(text), func() []quote.Quote { return g.Find(text) })
				advCheckQuotes(t, text, got)
			})
		}
	}
}
