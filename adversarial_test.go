package finanztext_test

// Adversarial inputs for Analyze: huge digit runs, unbalanced and nested
// quote marks, a million scale words, invalid UTF-8, NUL bytes, every
// Unicode space and dash, NFD and CRLF text, a 50 MB document, and one
// Analyzer shared by many goroutines. Each case must finish, keep the span
// invariant and stay within a bounded amount of memory. Cases of several
// megabytes are skipped with -short; with -short every case is cut to
// advSmallCap bytes, under -race to advRaceCap bytes. The 50 MB document
// runs without -short and -race, or when FINANZTEXT_LONG=1.

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

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

// advRaceEnabled reports whether the test binary was built with -race.
var advRaceEnabled = sync.OnceValue(func() bool {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return false
	}
	for _, s := range bi.Settings {
		if s.Key == "-race" {
			return s.Value == "true"
		}
	}
	return false
})

// advTimeout is how long one finder may take on one adversarial input
// before the test fails: generous, since the machine may be busy. A
// quadratic finder on a megabyte input takes far longer.
const advTimeout = 90 * time.Second

// advSmallCap is the largest input used with -short, advRaceCap the
// largest under the race detector, which is there for data races, not for
// scale, and slows the finders down tenfold.
const (
	advSmallCap = 256 << 10
	advRaceCap  = 64 << 10
)

// advNews returns the team's news text, or a short text written here when
// it is absent.
func advNews() string {
	if b, err := os.ReadFile("testdata/news.txt"); err == nil && len(b) > 0 {
		return string(b)
	}
	return "Die Nordwind AG steigerte den Umsatz um 12,5 Prozent auf 3,4 Milliarden Euro.\n\n" +
		"„Wir sind zufrieden“, sagte Vorstandschefin Jana Petersen. Der Gewinn sank um 2 % auf 410 Mio. €.\n"
}

// advRepeat repeats s until the result has at least n bytes.
func advRepeat(s string, n int) string {
	return strings.Repeat(s, (n+len(s)-1)/len(s))
}

// advNested returns n quote marks of mixed kinds, each opening a deeper
// level, followed by the n matching closing marks in reverse order.
func advNested(n int) string {
	open := []string{"„", "‚", "»", "“", "\"", "«", "‹"}
	closing := []string{"“", "‘", "«", "”", "\"", "»", "›"}
	var b strings.Builder
	for i := range n {
		b.WriteString(open[i%len(open)])
		b.WriteString("Wort ")
	}
	for i := n - 1; i >= 0; i-- {
		b.WriteString(" Wort")
		b.WriteString(closing[i%len(closing)])
	}
	return b.String()
}

// advRandomBytes returns n pseudo-random bytes from a fixed seed, drawn
// from [lo, hi].
func advRandomBytes(n int, lo, hi byte, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 7))
	b := make([]byte, n)
	for i := range b {
		b[i] = lo + byte(r.IntN(int(hi)-int(lo)+1))
	}
	return string(b)
}

// advSprinkle replaces every k-th byte of s by c.
func advSprinkle(s string, k int, c byte) string {
	b := []byte(s)
	for i := k - 1; i < len(b); i += k {
		b[i] = c
	}
	return string(b)
}

// advCase is one adversarial input. size is the wanted length in bytes;
// build makes an input of about that length. quiet cases must give no
// findings at all.
type advCase struct {
	name  string
	size  int
	build func(n int) string
	quiet bool
}

// advCases lists the adversarial inputs. The same list is used in every
// package of the module, so that each finder sees every kind of attack.
func advCases() []advCase {
	news := advNews()
	return []advCase{
		{"10 MB of digits", 10 << 20, func(n int) string { return advRepeat("1234567890", n) }, false},
		{"100 KB of digits", 100 << 10, func(n int) string { return advRepeat("9876543210", n) }, false},
		{"1 MB of „ without closing mark", 1 << 20, func(n int) string { return advRepeat("„", n) }, true},
		{"1 MB of closing marks", 1 << 20, func(n int) string { return advRepeat("“", n) }, true},
		{"100000 nested quote marks", 1600000, func(n int) string { return advNested(n / 16) }, true},
		{"a million Milliarden", 11 << 20, func(n int) string { return advRepeat("Milliarden ", n) }, false},
		{"10000 Milliarden", 110000, func(n int) string { return advRepeat("Milliarden ", n) }, false},
		{"random continuation bytes", 1 << 20, func(n int) string { return advRandomBytes(n, 0x80, 0xbf, 1) }, true},
		{"random high bytes", 1 << 20, func(n int) string { return advRandomBytes(n, 0x80, 0xff, 2) }, false},
		{"random bytes", 1 << 20, func(n int) string { return advRandomBytes(n, 0, 0xff, 3) }, false},
		{"news with invalid bytes", 1 << 20, func(n int) string { return advSprinkle(advRepeat(news, n), 37, 0xff) }, false},
		{"1 MB of NUL", 1 << 20, func(n int) string { return strings.Repeat("\x00", n) }, true},
		{"news with NUL bytes", 1 << 20, func(n int) string { return advSprinkle(advRepeat(news, n), 11, 0) }, false},
		{"news with NUL for space", 1 << 20, func(n int) string { return strings.ReplaceAll(advRepeat(news, n), " ", "\x00") }, false},
		{"endless grouping", 1 << 20, func(n int) string { return "1" + advRepeat(".000", n) }, false},
		{"endless space grouping", 1 << 20, func(n int) string { return "1" + advRepeat("\u202f000", n) }, false},
		{"endless ordinals", 1 << 20, func(n int) string { return advRepeat("1.", n) }, false},
		{"endless ranges", 1 << 20, func(n int) string { return advRepeat("1 bis ", n) }, false},
		{"endless dash ranges", 1 << 20, func(n int) string { return advRepeat("1–", n) }, false},
		{"endless percent signs", 1 << 20, func(n int) string { return advRepeat("5 % ", n) }, false},
		{"endless Prozent", 1 << 20, func(n int) string { return advRepeat("Prozent ", n) }, true},
		{"endless qualifiers", 1 << 20, func(n int) string { return advRepeat("mehr als rund bis zu ", n) }, true},
		{"endless number words", 1 << 20, func(n int) string { return advRepeat("dreiundzwanzig", n) }, false},
		{"endless und", 1 << 20, func(n int) string { return advRepeat("und", n) }, true},
		{"one long word", 1 << 20, func(n int) string { return strings.Repeat("a", n) }, true},
		{"1 MB of no-break spaces", 1 << 20, func(n int) string { return advRepeat("\u00a0", n) }, true},
		{"1 MB of dashes", 1 << 20, func(n int) string { return advRepeat("-–—−", n) }, true},
		{"1 MB of full stops", 1 << 20, func(n int) string { return strings.Repeat(".", n) }, true},
		{"1 MB of line breaks", 1 << 20, func(n int) string { return advRepeat("\r\n", n) }, true},
		{"endless currency symbols", 1 << 20, func(n int) string { return advRepeat("€$£¥ US$ ", n) }, false},
		{"endless amounts", 1 << 20, func(n int) string { return advRepeat("3,5 Mrd. Euro und ", n) }, false},
		{"endless per-unit amounts", 1 << 20, func(n int) string { return advRepeat("1,10 € je Aktie, ", n) }, false},
		{"endless currency names", 1 << 20, func(n int) string { return advRepeat("schwedische Kronen US-Dollar Euro ", n) }, true},
		{"endless company names", 1 << 20, func(n int) string { return advRepeat("Müller AG ", n) }, false},
		{"endless capitalised words", 1 << 20, func(n int) string { return advRepeat("Xyz ", n) }, false},
		{"endless legal forms", 1 << 20, func(n int) string { return advRepeat("GmbH & Co. KG ", n) }, false},
		{"endless acronym definitions", 1 << 20, func(n int) string { return advRepeat("Nordwind Energie (NWE) ", n) }, false},
		{"endless role compounds", 1 << 20, func(n int) string { return advRepeat("Siemens-Chef Roland Busch, ", n) }, false},
		{"endless attributions", 1 << 20, func(n int) string { return advRepeat("„Wort“, sagte Hans Meier. ", n) }, false},
		{"endless colon openers", 1 << 20, func(n int) string { return advRepeat("Er sagte: „", n) }, false},
		{"endless indirect speech", 1 << 20, func(n int) string { return advRepeat("Er sagte, die Lage sei gut, ", n) }, false},
		{"alternating marks", 1 << 20, func(n int) string { return advRepeat("„»“«‚‘\"", n) }, false},
		{"endless apostrophes", 1 << 20, func(n int) string { return advRepeat("‚'‘’ ", n) }, false},
		{"1 MB of combining marks", 1 << 20, func(n int) string { return advRepeat("\u0308", n) }, true},
		{"letters with 40 combining marks", 1 << 20, func(n int) string { return advRepeat("U"+strings.Repeat("\u0308", 40)+" ", n) }, false},
		{"decomposed umlauts", 1 << 20, func(n int) string { return advRepeat("Mu\u0308ller AG za\u0308hlt 3,5 Mrd. \u20ac. ", n) }, false},
		{"news with zero-width characters", 1 << 20, func(n int) string { return strings.ReplaceAll(advRepeat(advNews(), n), ",", "\u200b,\u2060") }, false},
		{"news with CR line endings", 1 << 20, func(n int) string { return strings.ReplaceAll(advRepeat(advNews(), n), "\n", "\r") }, false},
		{"overlong and surrogate encodings", 1 << 20, func(n int) string { return advRepeat("\xc0\x80 5 \xed\xa0\x80 Mio. \xef\xbb\xbf Euro ", n) }, false},
		{"4 MB of news", 4 << 20, func(n int) string { return advRepeat(news, n) }, false},
	}
}

// advSize returns the size to build case c at: unchanged normally, at
// most advSmallCap with -short (where cases of several megabytes are
// skipped: ok is false) and at most advRaceCap under the race detector.
func advSize(c advCase) (n int, ok bool) {
	n = c.size
	if n > 2<<20 && testing.Short() {
		return 0, false
	}
	if testing.Short() && n > advSmallCap {
		n = advSmallCap
	}
	if advRaceEnabled() && n > advRaceCap {
		n = advRaceCap
	}
	return n, true
}

// advHeap returns the bytes held by heap objects, live or not yet swept.
func advHeap() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// advRun calls f on its own goroutine, fails t if f panics or has not
// returned within advTimeout, and returns f's result with the peak growth
// of the heap during the call.
func advRun[T any](t *testing.T, inputLen int, f func() T) (T, uint64) {
	t.Helper()
	runtime.GC()
	base := advHeap()
	type outcome struct {
		v     T
		panic any
		stack []byte
	}
	done := make(chan outcome, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- outcome{panic: r, stack: debug.Stack()}
			}
		}()
		done <- outcome{v: f()}
	}()
	peak := base
	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	deadline := time.NewTimer(advTimeout)
	defer deadline.Stop()
	for {
		select {
		case o := <-done:
			peak = max(peak, advHeap())
			if o.panic != nil {
				t.Fatalf("panic: %v\n%s", o.panic, o.stack)
			}
			return o.v, peak - min(peak, base)
		case <-tick.C:
			peak = max(peak, advHeap())
		case <-deadline.C:
			t.Fatalf("did not finish within %v on %d bytes of input", advTimeout, inputLen)
		}
	}
}

// advMem fails t when the heap grew by more than perByte bytes for each
// input byte plus 1 KB for each finding plus 16 MB: the results themselves
// may be large (a million amounts), the scratch space may not. The token
// based finders need more per byte on inputs where every byte is a token
// (1 MB of full stops).
func advMem(t *testing.T, grew uint64, inputLen, perByte, findings int) {
	t.Helper()
	limit := uint64(perByte)*uint64(inputLen) + 1024*uint64(findings) + 16<<20
	if grew > limit {
		t.Errorf("heap grew by %d MB on %d bytes of input with %d findings, limit %d MB", grew>>20, inputLen, findings, limit>>20)
	}
}

// advRun2 is advRun for a function with an error result.
func advRun2[T any](t *testing.T, inputLen int, f func() (T, error)) (T, error) {
	t.Helper()
	type pair struct {
		v   T
		err error
	}
	p, grew := advRun(t, inputLen, func() pair {
		v, err := f()
		return pair{v, err}
	})
	advMem(t, grew, inputLen, 256, 0)
	return p.v, p.err
}

// advSpaces are the Unicode white space characters a text may hold between
// words: space, no-break space, ogham space, the typographic spaces
// U+2000–U+200A, narrow no-break space, medium mathematical space and the
// ideographic space.
var advSpaces = []rune{
	' ', '\u00a0', '\u1680',
	'\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a',
	'\u202f', '\u205f', '\u3000',
}

// advDashes are hyphen, non-breaking hyphen, figure dash, en dash, em dash,
// horizontal bar, minus sign and hyphen bullet.
var advDashes = []rune{'‐', '‑', '‒', '–', '—', '―', '−', '⁃'}

// advSkipKnownBug skips t when it is listed in advKnownBugs: a bug found
// by these tests, reported in the hardening notes and not yet fixed. The
// entry is removed with the fix. FINANZTEXT_KNOWN_BUGS=1 runs them anyway.
func advSkipKnownBug(t *testing.T) {
	t.Helper()
	if why, ok := advKnownBugs[t.Name()]; ok && os.Getenv("FINANZTEXT_KNOWN_BUGS") != "1" {
		t.Skip("known bug: " + why)
	}
}

// advSameSig fails t when got and want, lists of finding signatures, are
// not the same; it names the first differences only, not both whole lists.
func advSameSig(t *testing.T, what string, want, got []string) {
	t.Helper()
	if strings.Join(want, "\n") == strings.Join(got, "\n") {
		return
	}
	n := 0
	for i := 0; i < max(len(want), len(got)) && n < 8; i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			t.Errorf("%s %d: want %q, got %q", what, i, w, g)
			n++
		}
	}
	t.Errorf("%s: %d wanted, %d found", what, len(want), len(got))
}

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
	assert.Equal(t, advJSON(parse.FindNumbers(text)), advJSON(doc.Numbers), "numbers differ from parse.FindNumbers")
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
	return len(doc.Numbers) + len(doc.Amounts) + len(doc.Percentages) + len(doc.Organizations) + len(doc.Persons) + len(doc.Quotes)
}

func TestAdversarialAnalyze(t *testing.T) {
	for _, c := range advCases() {
		t.Run(c.name, func(t *testing.T) {
			advSkipKnownBug(t)
			n, ok := advSize(c)
			if !ok {
				t.Skip("multi-megabyte input: skipped with -short")
			}
			text := c.build(n)
			doc, grew := advRun(t, len(text), func() finanztext.Document { return finanztext.Analyze(text) })
			advMem(t, grew, len(text), 128, advCount(doc))
			advCheckDocument(t, text, doc)
			if c.quiet {
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
// repeated. It runs when FINANZTEXT_LONG=1, or without -short and -race.
func TestAdversarial50MB(t *testing.T) {
	if os.Getenv("FINANZTEXT_LONG") != "1" && (testing.Short() || advRaceEnabled()) {
		t.Skip("50 MB document: set FINANZTEXT_LONG=1, or run without -short and -race")
	}
	advSkipKnownBug(t)
	news := advNews()
	text := advRepeat(news, 50<<20)
	one := finanztext.Analyze(news)
	start := time.Now()
	doc, grew := advRun(t, len(text), func() finanztext.Document { return finanztext.Analyze(text) })
	t.Logf("%d MB in %v, heap grew by %d MB, %d findings", len(text)>>20, time.Since(start).Round(time.Millisecond), grew>>20, advCount(doc))
	advMem(t, grew, len(text), 128, advCount(doc))
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
	for _, sp := range advSpaces {
		s := string(sp)
		t.Run(fmt.Sprintf("U+%04X", sp), func(t *testing.T) {
			advSkipKnownBug(t)
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
	for _, d := range advDashes {
		s := string(d)
		t.Run(fmt.Sprintf("U+%04X", d), func(t *testing.T) {
			advSkipKnownBug(t)
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
	news := norm.NFC.String(advNews())
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
			advSkipKnownBug(t)
			doc := finanztext.Analyze(tt.text)
			advCheckDocument(t, tt.text, doc)
			advSameSig(t, "findings", want, advDocSig(doc))
		})
	}
}

// advArticles splits the news text into its articles.
func advArticles() []string {
	return strings.Split(advNews(), "\n\n---\n\n")
}

// TestAdversarialConcurrentAnalyzers shares Analyzers among many
// goroutines, under -race in CI: several Analyzers with different options
// are built at the same time, each used by several goroutines on a mix of
// documents (articles, NFD, CRLF, invalid UTF-8, nested marks, empty),
// alongside the package-level functions. Every result must equal the one
// computed sequentially.
func TestAdversarialConcurrentAnalyzers(t *testing.T) {
	docs := advArticles()
	news := advNews()
	docs = append(docs,
		"",
		norm.NFD.String(docs[0]),
		strings.ReplaceAll(docs[len(docs)-1], "\n", "\r\n"),
		advSprinkle(news[:min(len(news), 8<<10)], 17, 0xff),
		advSprinkle(news[:min(len(news), 8<<10)], 23, 0),
		advNested(300),
		advRepeat("Milliarden ", 4<<10),
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
		wantNumbers[k] = advJSON(parse.FindNumbers(d))
	}

	rounds := 3
	if testing.Short() || advRaceEnabled() {
		rounds = 1
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
					got, wantK = advJSON(parse.FindNumbers(docs[k])), wantNumbers[k]
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
	for _, c := range advCases() {
		t.Run(c.name, func(t *testing.T) {
			advSkipKnownBug(t)
			text := c.build(min(c.size, advOptionsCap))
			for i, a := range analyzers {
				doc, _ := advRun(t, len(text), func() finanztext.Document { return a.Analyze(text) })
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
	if advRaceEnabled() {
		size = 4 << 10
	}
	texts := []struct{ name, text string }{{"news", advNews()}}
	for _, c := range advCases() {
		texts = append(texts, struct{ name, text string }{c.name, c.build(min(c.size, size))})
	}
	full := finanztext.New()
	for _, k := range kinds {
		one := finanztext.New(finanztext.WithKinds(k.k))
		t.Run(k.name, func(t *testing.T) {
			for _, tt := range texts {
				advSkipKnownBug(t)
				want := advJSON(k.part(full.Analyze(tt.text)))
				doc := one.Analyze(tt.text)
				assert.Equal(t, want, advJSON(k.part(doc)), "%s: %s differ", tt.name, k.name)
				assert.Equal(t, k.n(doc), advCount(doc), "%s: other kinds present", tt.name)
			}
		})
	}
}
