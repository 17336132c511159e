package parse_test

// Adversarial inputs for the parse finders: huge digit runs, unbalanced and
// nested quote marks, a million scale words, invalid UTF-8, NUL bytes, every
// Unicode space and dash, NFD and CRLF text. Each case must finish, keep
// the span invariant and stay within a bounded amount of memory. Cases of
// several megabytes are skipped with -short and shrunk under -race (the race
// detector is there for data races, not for scale).

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

	"github.com/finanztext/finanztext/parse"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// advCheckNumbers asserts the span invariant, order and qualifier spans of
// FindNumbers results.
func advCheckNumbers(t *testing.T, text string, ns []parse.Number) {
	t.Helper()
	prev := 0
	for i, n := range ns {
		require.True(t, prev <= n.Start && n.Start < n.End && n.End <= len(text),
			"number %d: span [%d,%d) after %d (len %d)", i, n.Start, n.End, prev, len(text))
		require.Equal(t, text[n.Start:n.End], n.Text, "number %d", i)
		if n.Qual != nil {
			require.True(t, prev <= n.Qual.Start && n.Qual.Start <= n.Qual.End && n.Qual.End <= n.Start,
				"number %d: qualifier [%d,%d) not before [%d,%d)", i, n.Qual.Start, n.Qual.End, n.Start, n.End)
			require.Equal(t, text[n.Qual.Start:n.Qual.End], n.Qual.Text, "number %d qualifier", i)
		}
		prev = n.End
	}
}

// advCheckPercents asserts the span invariant, order, basis and qualifier
// spans of FindPercents results.
func advCheckPercents(t *testing.T, text string, ps []parse.PercentMatch) {
	t.Helper()
	prev := 0
	for i, p := range ps {
		require.True(t, prev <= p.Start && p.Start < p.End && p.End <= len(text),
			"percent %d: span [%d,%d) after %d (len %d)", i, p.Start, p.End, prev, len(text))
		require.Equal(t, text[p.Start:p.End], p.Text, "percent %d", i)
		if p.Qual != nil {
			require.True(t, 0 <= p.Qual.Start && p.Qual.Start <= p.Qual.End && p.Qual.End <= p.Start,
				"percent %d: qualifier [%d,%d) not before [%d,%d)", i, p.Qual.Start, p.Qual.End, p.Start, p.End)
			require.Equal(t, text[p.Qual.Start:p.Qual.End], p.Qual.Text, "percent %d qualifier", i)
		}
		if p.Basis != "" {
			require.True(t, 0 <= p.BasisSpan.Start && p.BasisSpan.End <= len(text) && p.BasisSpan.Start < p.BasisSpan.End,
				"percent %d: basis span %v", i, p.BasisSpan)
			require.Equal(t, text[p.BasisSpan.Start:p.BasisSpan.End], p.Basis, "percent %d basis", i)
		}
		prev = p.End
	}
}

// advCheckSentences asserts that sentence spans are in bounds, non-empty,
// ordered and disjoint.
func advCheckSentences(t *testing.T, text string, ss []parse.Span) {
	t.Helper()
	prev := 0
	for i, s := range ss {
		require.True(t, prev <= s.Start && s.Start < s.End && s.End <= len(text),
			"sentence %d: span [%d,%d) after %d (len %d)", i, s.Start, s.End, prev, len(text))
		prev = s.End
	}
}

func TestAdversarialFindNumbers(t *testing.T) {
	for _, c := range advCases() {
		t.Run(c.name, func(t *testing.T) {
			advSkipKnownBug(t)
			n, ok := advSize(c)
			if !ok {
				t.Skip("multi-megabyte input: skipped with -short")
			}
			text := c.build(n)
			got, grew := advRun(t, len(text), func() []parse.Number { return parse.FindNumbers(text) })
			advMem(t, grew, len(text), 32, len(got))
			advCheckNumbers(t, text, got)
			if c.quiet {
				assert.Empty(t, got)
			}
		})
	}
}

func TestAdversarialFindPercents(t *testing.T) {
	for _, c := range advCases() {
		t.Run(c.name, func(t *testing.T) {
			advSkipKnownBug(t)
			n, ok := advSize(c)
			if !ok {
				t.Skip("multi-megabyte input: skipped with -short")
			}
			text := c.build(n)
			got, grew := advRun(t, len(text), func() []parse.PercentMatch { return parse.FindPercents(text) })
			advMem(t, grew, len(text), 32, len(got))
			advCheckPercents(t, text, got)
			if c.quiet {
				assert.Empty(t, got)
			}
			// PercentsIn over the numbers found first gives the same.
			nums := parse.FindNumbers(text)
			advSameSig(t, "PercentsIn", advPctSig(got), advPctSig(parse.PercentsIn(text, nums)))
		})
	}
}

func TestAdversarialSentences(t *testing.T) {
	for _, c := range advCases() {
		t.Run(c.name, func(t *testing.T) {
			advSkipKnownBug(t)
			n, ok := advSize(c)
			if !ok {
				t.Skip("multi-megabyte input: skipped with -short")
			}
			text := c.build(n)
			got, grew := advRun(t, len(text), func() []parse.Span { return parse.Sentences(text) })
			advMem(t, grew, len(text), 16, len(got))
			advCheckSentences(t, text, got)
			i := 0
			for s := range parse.SentenceSeq(text) {
				require.Less(t, i, len(got), "SentenceSeq yields more than Sentences")
				require.Equal(t, got[i], s, "sentence %d", i)
				i++
			}
			assert.Equal(t, len(got), i, "SentenceSeq yields fewer than Sentences")
		})
	}
}

// TestAdversarialParse feeds the strict parsers whole adversarial inputs:
// each must return a value or a *NumError, never panic or hang.
func TestAdversarialParse(t *testing.T) {
	for _, c := range advCases() {
		t.Run(c.name, func(t *testing.T) {
			advSkipKnownBug(t)
			n, ok := advSize(c)
			if !ok {
				t.Skip("multi-megabyte input: skipped with -short")
			}
			text := c.build(n)
			checkErr := func(what string, err error) {
				if err == nil {
					return
				}
				var ne *parse.NumError
				require.True(t, errors.As(err, &ne), "%s: error %T is not a *NumError", what, err)
				assert.True(t, errors.Is(err, parse.ErrSyntax) || errors.Is(err, parse.ErrRange) || errors.Is(err, parse.ErrEmpty),
					"%s: error %v wraps no sentinel", what, err)
				assert.True(t, 0 <= ne.Offset && ne.Offset <= len(text), "%s: offset %d out of range", what, ne.Offset)
				assert.Equal(t, len(text), len(ne.Num), "%s: Num is not the caller's input", what)
			}
			v, err := advRun2(t, len(text), func() (decimal.Decimal, error) { return parse.Decimal(text) })
			checkErr("Decimal", err)
			if err == nil {
				assert.False(t, c.quiet, "Decimal accepted a quiet input: %s", v)
			}
			num, err := advRun2(t, len(text), func() (parse.Number, error) { return parse.ParseNumber(text) })
			checkErr("ParseNumber", err)
			if err == nil {
				require.True(t, 0 <= num.Start && num.Start <= num.End && num.End <= len(text), "ParseNumber span %v", num.Span)
				assert.Equal(t, text[num.Start:num.End], num.Text)
			}
			pm, err := advRun2(t, len(text), func() (parse.PercentMatch, error) { return parse.ParsePercent(text) })
			if err == nil {
				require.True(t, 0 <= pm.Start && pm.Start <= pm.End && pm.End <= len(text), "ParsePercent span %v", pm.Span)
				assert.Equal(t, text[pm.Start:pm.End], pm.Text)
			}
		})
	}
}

// TestAdversarialSpaces puts every Unicode space around numbers and
// percentages: the value must be found with a span that excludes the space.
func TestAdversarialSpaces(t *testing.T) {
	for _, sp := range advSpaces {
		s := string(sp)
		t.Run(fmt.Sprintf("U+%04X", sp), func(t *testing.T) {
			tests := []struct {
				name, in, num, value string
			}{
				{"digits", "Der Konzern beschäftigt" + s + "412" + s + "Leute.", "412", "412"},
				{"decimal comma", "Die Quote lag bei" + s + "3,75" + s + "im Mittel.", "3,75", "3.75"},
				{"scale word", "Es geht um" + s + "12" + s + "Millionen" + s + "Kunden.", "12" + s + "Millionen", "12000000"},
				{"number word", "Es waren" + s + "dreiundzwanzig" + s + "Filialen.", "dreiundzwanzig", "23"},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					advSkipKnownBug(t)
					got := parse.FindNumbers(tt.in)
					advCheckNumbers(t, tt.in, got)
					require.Len(t, got, 1, "numbers: %v", got)
					assert.Equal(t, tt.num, got[0].Text)
					assert.Equal(t, tt.value, got[0].Value.String())
				})
			}
			t.Run("percent", func(t *testing.T) {
				advSkipKnownBug(t)
				in := "Der Absatz stieg um" + s + "7,5" + s + "Prozent" + s + "im Jahr."
				got := parse.FindPercents(in)
				advCheckPercents(t, in, got)
				require.Len(t, got, 1)
				assert.Equal(t, "7.5", got[0].Value.String())
				assert.Equal(t, "7,5"+s+"Prozent", got[0].Text)
			})
			t.Run("percent sign", func(t *testing.T) {
				advSkipKnownBug(t)
				in := "Die Marge betrug" + s + "9" + s + "%" + s + "zuletzt."
				got := parse.FindPercents(in)
				advCheckPercents(t, in, got)
				require.Len(t, got, 1)
				assert.Equal(t, "9", got[0].Value.String())
				assert.Equal(t, "9"+s+"%", got[0].Text)
			})
			t.Run("sentences", func(t *testing.T) {
				advSkipKnownBug(t)
				in := "Der Umsatz stieg." + s + "Der Gewinn sank."
				got := parse.Sentences(in)
				advCheckSentences(t, in, got)
				require.Len(t, got, 2)
				assert.Equal(t, "Der Gewinn sank.", in[got[1].Start:got[1].End])
			})
		})
	}
}

// TestAdversarialDashes puts every dash around numbers: between the ends
// of a range, between words and a number, and as a sign.
func TestAdversarialDashes(t *testing.T) {
	for _, d := range advDashes {
		s := string(d)
		t.Run(fmt.Sprintf("U+%04X", d), func(t *testing.T) {
			t.Run("range ends are found", func(t *testing.T) {
				advSkipKnownBug(t)
				in := "Die Spanne reicht von 20" + s + "25 Prozent."
				nums := parse.FindNumbers(in)
				advCheckNumbers(t, in, nums)
				var values []string
				for _, n := range nums {
					values = append(values, n.Value.String())
					if n.IsRange {
						values = append(values, n.Max.String())
					}
				}
				assert.Contains(t, values, "25", "numbers %v", nums)
				ps := parse.FindPercents(in)
				advCheckPercents(t, in, ps)
				require.NotEmpty(t, ps)
				last := ps[len(ps)-1]
				assert.True(t, strings.HasSuffix(last.Text, "25 Prozent"), "percent %q", last.Text)
				assert.True(t, last.Value.String() == "25" || last.Max.String() == "25", "percent %q = %s..%s", last.Text, last.Value, last.Max)
			})
			t.Run("dash between words and number", func(t *testing.T) {
				advSkipKnownBug(t)
				in := "Der Umsatz " + s + " 4,2 Millionen " + s + " war ein Rekord."
				nums := parse.FindNumbers(in)
				advCheckNumbers(t, in, nums)
				require.Len(t, nums, 1, "numbers %v", nums)
				assert.Equal(t, "4,2 Millionen", nums[0].Text)
				assert.Equal(t, "4200000", nums[0].Value.String())
			})
			t.Run("parenthesised", func(t *testing.T) {
				advSkipKnownBug(t)
				in := "Der Gewinn (" + s + "8 %) blieb aus."
				ps := parse.FindPercents(in)
				advCheckPercents(t, in, ps)
				require.Len(t, ps, 1)
				assert.Equal(t, "8", ps[0].Value.Abs().String())
			})
		})
	}
}

// advNFCTexts are sentences whose findings depend on letters with umlauts:
// number words, a basis phrase and direction words.
var advNFCTexts = []struct{ name, in string }{
	{"number words", "Es waren fünfundzwanzig Filialen und zwölf Lager, dazu fünfhundert Stellen."},
	{"scale after umlaut", "Die Rücklage betrug zwölf Millionen, die Schuld fünf Milliarden."},
	{"basis gegenüber", "Der Umsatz stieg gegenüber dem Vorjahr um 4,5 Prozent."},
	{"direction Rückgang", "Es gab einen Rückgang um 3 Prozent und einen Zuwachs von 2 Prozentpunkten."},
	{"fraction word", "Der Anteil lag bei einem Fünftel, später bei anderthalb Prozent."},
	{"ordinal", "Im fünften Jahr wuchs das Geschäft um 6 %."},
}

// advNFD returns text in NFD: every ü as u + U+0308 and so on.
func advNFD(text string) string { return norm.NFD.String(text) }

// advNumSig describes numbers by value and flags, and their texts in NFC.
func advNumSig(ns []parse.Number) []string {
	var out []string
	for _, n := range ns {
		out = append(out, fmt.Sprintf("%s|%s|%s|%v|%v", norm.NFC.String(n.Text), n.Value, n.Max, n.IsRange, n.Ordinal))
	}
	return out
}

// advPctSig describes percentages by value, unit, direction and basis.
func advPctSig(ps []parse.PercentMatch) []string {
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s|%s", norm.NFC.String(p.Text), p.Value, p.Max, p.Unit, p.Direction, norm.NFC.String(p.Basis)))
	}
	return out
}

// TestAdversarialNFD checks that text in NFD gives the findings of the
// same text in NFC, with spans into the NFD text.
func TestAdversarialNFD(t *testing.T) {
	cases := append([]struct{ name, in string }{}, advNFCTexts...)
	cases = append(cases, struct{ name, in string }{"news", advNews()})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			advSkipKnownBug(t)
			nfc := norm.NFC.String(c.in)
			nfd := advNFD(nfc)
			require.NotEqual(t, nfc, nfd, "the case has no decomposable letter")

			wantN, gotN := parse.FindNumbers(nfc), parse.FindNumbers(nfd)
			advCheckNumbers(t, nfd, gotN)
			advSameSig(t, "numbers", advNumSig(wantN), advNumSig(gotN))

			wantP, gotP := parse.FindPercents(nfc), parse.FindPercents(nfd)
			advCheckPercents(t, nfd, gotP)
			advSameSig(t, "percentages", advPctSig(wantP), advPctSig(gotP))

			wantS, gotS := parse.Sentences(nfc), parse.Sentences(nfd)
			advCheckSentences(t, nfd, gotS)
			require.Equal(t, len(wantS), len(gotS), "sentence count")
			for i := range wantS {
				assert.Equal(t, nfc[wantS[i].Start:wantS[i].End], norm.NFC.String(nfd[gotS[i].Start:gotS[i].End]), "sentence %d", i)
			}
		})
	}
}

// TestAdversarialCRLF checks that CRLF line endings give the findings of
// the same text with LF, with spans into the CRLF text.
func TestAdversarialCRLF(t *testing.T) {
	cases := []struct{ name, in string }{
		{"headline and body", "Umsatz steigt um 8 Prozent\n\nDer Umsatz stieg im Quartal um 8 Prozent auf 1,2 Milliarden.\nDer Gewinn sank um 2 %.\n"},
		{"number at line end", "Es waren 4.500\nStellen, dazu 12\nMillionen Kunden.\n"},
		{"news", advNews()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			advSkipKnownBug(t)
			lf := c.in
			crlf := strings.ReplaceAll(lf, "\n", "\r\n")
			fix := func(s []string) []string {
				for i := range s {
					s[i] = strings.ReplaceAll(s[i], "\r\n", "\n")
				}
				return s
			}
			gotN := parse.FindNumbers(crlf)
			advCheckNumbers(t, crlf, gotN)
			advSameSig(t, "numbers", advNumSig(parse.FindNumbers(lf)), fix(advNumSig(gotN)))

			gotP := parse.FindPercents(crlf)
			advCheckPercents(t, crlf, gotP)
			advSameSig(t, "percentages", advPctSig(parse.FindPercents(lf)), fix(advPctSig(gotP)))

			wantS, gotS := parse.Sentences(lf), parse.Sentences(crlf)
			advCheckSentences(t, crlf, gotS)
			require.Equal(t, len(wantS), len(gotS), "sentence count")
			for i := range wantS {
				assert.Equal(t, lf[wantS[i].Start:wantS[i].End], strings.ReplaceAll(crlf[gotS[i].Start:gotS[i].End], "\r\n", "\n"), "sentence %d", i)
			}
		})
	}
}

// TestAdversarialDateParts runs a NumberFinder that reports the parts of
// dates and times on the adversarial inputs (at most advRaceCap bytes
// each), and checks Append against Find.
func TestAdversarialDateParts(t *testing.T) {
	f := parse.NumberFinder{DateParts: true}
	for _, c := range advCases() {
		t.Run(c.name, func(t *testing.T) {
			advSkipKnownBug(t)
			text := c.build(min(c.size, advRaceCap))
			got, _ := advRun(t, len(text), func() []parse.Number { return f.Find(text) })
			advCheckNumbers(t, text, got)
			if c.quiet {
				assert.Empty(t, got)
			}
			prefix := []parse.Number{{Text: "vorher"}}
			app := f.Append(prefix, text)
			require.Len(t, app, len(got)+1)
			assert.Equal(t, "vorher", app[0].Text)
			advSameSig(t, "Append", advNumSig(got), advNumSig(app[1:]))
		})
	}
}
