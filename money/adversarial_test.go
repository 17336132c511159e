package money_test

// Adversarial inputs for the money finder and parser: huge digit runs,
// unbalanced and nested quote marks, a million scale words, invalid UTF-8,
// NUL bytes, every Unicode space and dash, NFD and CRLF text. Each case must
// finish, keep the span invariant and stay within a bounded amount of
// memory. Cases of several megabytes are skipped with -short; with -short
// every case is cut to advSmallCap bytes, under -race to advRaceCap bytes.

import (
	"errors"
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

	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/shopspring/decimal"
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
	if b, err := os.ReadFile("../testdata/news.txt"); err == nil && len(b) > 0 {
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

// advCheckAmounts asserts the span invariant, order and the spans of the
// qualifier, currency and per-unit phrase of every amount.
func advCheckAmounts(t *testing.T, text string, as []money.Amount) {
	t.Helper()
	prev := 0
	for i, a := range as {
		require.True(t, prev <= a.Start && a.Start < a.End && a.End <= len(text),
			"amount %d: span [%d,%d) after %d (len %d)", i, a.Start, a.End, prev, len(text))
		require.Equal(t, text[a.Start:a.End], a.Text, "amount %d", i)
		if a.Qual != nil {
			require.True(t, 0 <= a.Qual.Start && a.Qual.Start <= a.Qual.End && a.Qual.End <= a.Start,
				"amount %d: qualifier [%d,%d) not before [%d,%d)", i, a.Qual.Start, a.Qual.End, a.Start, a.End)
			require.Equal(t, text[a.Qual.Start:a.Qual.End], a.Qual.Text, "amount %d qualifier", i)
		}
		if !a.CurrencySpan.Empty() {
			require.True(t, a.Span.Contains(a.CurrencySpan), "amount %d: currency span %v outside %v", i, a.CurrencySpan, a.Span)
		}
		if a.Per != "" {
			require.True(t, 0 <= a.PerSpan.Start && a.PerSpan.Start < a.PerSpan.End && a.PerSpan.End <= len(text), "amount %d: per span %v", i, a.PerSpan)
			require.Equal(t, text[a.PerSpan.Start:a.PerSpan.End], a.Per, "amount %d per unit", i)
		}
		if a.Vague {
			require.True(t, a.Value.IsZero(), "amount %d: vague with value %s", i, a.Value)
		}
		prev = a.End
	}
}

// advAmountSig describes amounts by value, currency, qualifier and unit,
// with every text in NFC.
func advAmountSig(as []money.Amount) []string {
	var out []string
	for _, a := range as {
		q := ""
		if a.Qual != nil {
			q = a.Qual.Approx.String() + ":" + norm.NFC.String(a.Qual.Text)
		}
		out = append(out, fmt.Sprintf("%s|%s|%s|%s|%v|%v|%v|%v|%s|%s",
			norm.NFC.String(a.Text), a.Value, a.Min, a.Max, a.IsRange, a.Currency, a.HasCurrency, a.Vague, q, norm.NFC.String(a.Per)))
	}
	return out
}

func TestAdversarialFind(t *testing.T) {
	f := money.NewFinder()
	for _, c := range advCases() {
		t.Run(c.name, func(t *testing.T) {
			advSkipKnownBug(t)
			n, ok := advSize(c)
			if !ok {
				t.Skip("multi-megabyte input: skipped with -short")
			}
			text := c.build(n)
			got, grew := advRun(t, len(text), func() []money.Amount { return money.Find(text) })
			advMem(t, grew, len(text), 128, len(got))
			advCheckAmounts(t, text, got)
			if c.quiet {
				assert.Empty(t, got)
			}
			// FindIn over the numbers found first gives the same.
			nums := parse.FindNumbers(text)
			in, _ := advRun(t, len(text), func() []money.Amount { return f.FindIn(text, nums) })
			advSameSig(t, "FindIn", advAmountSig(got), advAmountSig(in))
		})
	}
}

// TestAdversarialParse feeds Parse whole adversarial inputs: it must
// return an amount or a *money.ParseError, never panic or hang.
func TestAdversarialParse(t *testing.T) {
	for _, c := range advCases() {
		t.Run(c.name, func(t *testing.T) {
			advSkipKnownBug(t)
			n, ok := advSize(c)
			if !ok {
				t.Skip("multi-megabyte input: skipped with -short")
			}
			text := c.build(n)
			a, err := advRun2(t, len(text), func() (money.Amount, error) { return money.Parse(text) })
			if err != nil {
				var pe *money.ParseError
				require.True(t, errors.As(err, &pe), "error %T is not a *money.ParseError", err)
				assert.True(t, 0 <= pe.Offset && pe.Offset <= len(text), "offset %d out of range", pe.Offset)
				assert.Equal(t, len(text), len(pe.Input), "Input is not the caller's input")
				return
			}
			assert.False(t, c.quiet, "Parse accepted a quiet input: %s", a.Text)
			advCheckAmounts(t, text, []money.Amount{a})
		})
	}
}

// TestAdversarialSpaces puts every Unicode space between the parts of an
// amount and around it.
func TestAdversarialSpaces(t *testing.T) {
	for _, sp := range advSpaces {
		s := string(sp)
		t.Run(fmt.Sprintf("U+%04X", sp), func(t *testing.T) {
			tests := []struct {
				name, in, text, value, cur string
			}{
				{"number and name", "Der Auftrag hat einen Wert von" + s + "42" + s + "Euro" + s + "netto.", "42" + s + "Euro", "42", "EUR"},
				{"scale and name", "Die Anleihe brachte" + s + "3,5" + s + "Mrd." + s + "US-Dollar" + s + "ein.", "3,5" + s + "Mrd." + s + "US-Dollar", "3500000000", "USD"},
				{"symbol first", "Der Preis stieg auf" + s + "€" + s + "12" + s + "je Stück.", "€" + s + "12", "12", "EUR"},
				{"code first", "Geplant sind" + s + "EUR" + s + "850" + s + "Mio." + s + "für Zukäufe.", "EUR" + s + "850" + s + "Mio.", "850000000", "EUR"},
				{"two-word currency", "Die Bank verlor" + s + "7" + s + "Millionen" + s + "Schweizer" + s + "Franken.", "7" + s + "Millionen" + s + "Schweizer" + s + "Franken", "7000000", "CHF"},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					advSkipKnownBug(t)
					got := money.Find(tt.in)
					advCheckAmounts(t, tt.in, got)
					require.Len(t, got, 1, "amounts %v", advAmountSig(got))
					assert.Equal(t, tt.text, got[0].Text)
					assert.Equal(t, tt.value, got[0].Value.String())
					assert.Equal(t, tt.cur, got[0].Currency.String())
				})
			}
		})
	}
}

// TestAdversarialDashes puts every dash next to amounts: as a separator in
// the sentence and between the ends of a range.
func TestAdversarialDashes(t *testing.T) {
	for _, d := range advDashes {
		s := string(d)
		t.Run(fmt.Sprintf("U+%04X", d), func(t *testing.T) {
			t.Run("separator", func(t *testing.T) {
				advSkipKnownBug(t)
				in := "Der Umsatz " + s + " 3,5 Mrd. Euro " + s + " war ein Rekord."
				got := money.Find(in)
				advCheckAmounts(t, in, got)
				require.Len(t, got, 1, "amounts %v", advAmountSig(got))
				assert.Equal(t, "3,5 Mrd. Euro", got[0].Text)
				assert.Equal(t, "3500000000", got[0].Value.String())
			})
			t.Run("range", func(t *testing.T) {
				advSkipKnownBug(t)
				in := "Erwartet werden 20" + s + "25 Mio. Euro Gewinn."
				got := money.Find(in)
				advCheckAmounts(t, in, got)
				require.NotEmpty(t, got)
				last := got[len(got)-1]
				assert.True(t, strings.HasSuffix(last.Text, "25 Mio. Euro"), "amount %q", last.Text)
				assert.True(t, last.Max.String() == "25000000" || last.Value.Abs().String() == "25000000",
					"amount %q = %s..%s", last.Text, last.Value, last.Max)
				assert.Equal(t, "EUR", last.Currency.String())
			})
		})
	}
}

// advNFCTexts are sentences whose amounts depend on letters with umlauts:
// number words, currency adjectives and qualifiers.
var advNFCTexts = []struct{ name, in string }{
	{"number words", "Die Rücklage betrug zwölf Millionen Euro, die Schuld fünfhundert Euro."},
	{"currency adjective dänisch", "Der Versorger verlor 120 Mio. dänische Kronen im Quartal."},
	{"currency adjective türkisch", "Die Notenbank verkaufte 4 Mrd. türkische Lira."},
	{"qualifier über", "Der Auftrag ist über 3 Mio. Euro wert, höchstens aber 4 Mio. Euro."},
	{"per unit", "Die Dividende steigt auf 1,20 € je Aktie für Aktionäre."},
	{"range with umlaut", "Die Kosten lägen zwischen fünf und sieben Milliarden US-Dollar."},
}

// TestAdversarialNFD checks that text in NFD gives the amounts of the same
// text in NFC, with spans into the NFD text.
func TestAdversarialNFD(t *testing.T) {
	cases := append([]struct{ name, in string }{}, advNFCTexts...)
	cases = append(cases, struct{ name, in string }{"news", advNews()})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			advSkipKnownBug(t)
			nfc := norm.NFC.String(c.in)
			nfd := norm.NFD.String(nfc)
			require.NotEqual(t, nfc, nfd, "the case has no decomposable letter")
			want, got := money.Find(nfc), money.Find(nfd)
			advCheckAmounts(t, nfd, got)
			require.NotEmpty(t, want)
			advSameSig(t, "amounts", advAmountSig(want), advAmountSig(got))
		})
	}
}

// TestAdversarialCRLF checks that CRLF line endings give the amounts of the
// same text with LF, with spans into the CRLF text.
func TestAdversarialCRLF(t *testing.T) {
	cases := []struct{ name, in string }{
		{"amount across a line break", "Der Gewinn lag bei 4,5\nMrd. Euro nach 3\nMio. US-Dollar.\n"},
		{"headline and body", "Umsatz: 1,2 Mrd. Euro\n\nDer Umsatz betrug 1,2 Mrd. Euro, rund 80 Mio. € mehr.\n"},
		{"news", advNews()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			advSkipKnownBug(t)
			lf := c.in
			crlf := strings.ReplaceAll(lf, "\n", "\r\n")
			want, got := money.Find(lf), money.Find(crlf)
			advCheckAmounts(t, crlf, got)
			require.NotEmpty(t, want)
			sig := advAmountSig(got)
			for i := range sig {
				sig[i] = strings.ReplaceAll(sig[i], "\r\n", "\n")
			}
			advSameSig(t, "amounts", advAmountSig(want), sig)
		})
	}
}

// advOptionsCap is the input size for the tests of options and hostile
// configurations, which run every input several times.
const advOptionsCap = 16 << 10

// TestAdversarialOptions runs Finders with every option on the
// adversarial inputs (at most advOptionsCap bytes each).
func TestAdversarialOptions(t *testing.T) {
	finders := []struct {
		name string
		f    *money.Finder
	}{
		{"no vague amounts", money.NewFinder(money.WithVague(false))},
		{"zero default dollar", money.NewFinder(money.WithDefaultDollar(currency.Unit{}))},
		{"Canadian dollar", money.NewFinder(money.WithDefaultDollar(currency.CAD))},
	}
	for _, c := range advCases() {
		t.Run(c.name, func(t *testing.T) {
			advSkipKnownBug(t)
			text := c.build(min(c.size, advOptionsCap))
			for _, fd := range finders {
				got, _ := advRun(t, len(text), func() []money.Amount { return fd.f.Find(text) })
				advCheckAmounts(t, text, got)
				for _, a := range got {
					if fd.name == "no vague amounts" {
						require.False(t, a.Vague, "%s: vague amount %q", fd.name, a.Text)
					}
				}
			}
		})
	}
}

// TestAdversarialFormat formats extreme amounts in every style: huge and
// tiny values, negative ones, many decimals, currencies with no decimals
// or no name. The text must parse back to the same value and currency.
func TestAdversarialFormat(t *testing.T) {
	values := []string{
		"0", "1", "-1", "0.01", "-0.005", "123456789012345678901234567890", "1e40", "-1e40", "1e-30",
		"999999999999.999999", "1000000000000000", "0.000000001", "-2500000000",
	}
	units := []currency.Unit{currency.EUR, currency.USD, currency.JPY, currency.CHF, currency.SEK, currency.MustParseISO("XAU"), currency.MustParseISO("KWD")}
	var formatters []*money.Formatter
	for _, cs := range []money.CurrencyStyle{money.CurrencyName, money.CurrencySymbol, money.CurrencyCode} {
		for _, ss := range []money.ScaleStyle{money.ScaleShort, money.ScaleLong, money.ScaleNone} {
			formatters = append(formatters, money.NewFormatter(money.WithCurrencyStyle(cs), money.WithScale(ss)))
		}
	}
	for _, v := range values {
		for _, u := range units {
			t.Run(v+" "+u.String(), func(t *testing.T) {
				advSkipKnownBug(t)
				a := money.Amount{Value: decimal.RequireFromString(v), Currency: u, HasCurrency: true}
				for i, f := range formatters {
					s := f.Format(a)
					require.NotEmpty(t, s, "formatter %d", i)
					back, err := money.Parse(s)
					require.NoError(t, err, "formatter %d: Parse(%q)", i, s)
					assert.True(t, back.Value.Equal(a.Value), "formatter %d: %q parses to %s, want %s", i, s, back.Value, a.Value)
					if u != currency.USD || i/3 != 1 { // "$" is the default dollar
						assert.Equal(t, u, back.Currency, "formatter %d: %q", i, s)
					}
				}
			})
		}
	}
}
