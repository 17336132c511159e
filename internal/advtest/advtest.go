// Package advtest holds the adversarial inputs and helpers shared by the
// hardening tests of every package (adversarial_test.go): the same hostile
// inputs for every finder, run with a time limit and a heap bound. It is
// test support, not API.
package advtest

import (
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
	"unicode/utf8"
)

// RaceEnabled reports whether the test binary was built with -race.
var RaceEnabled = sync.OnceValue(func() bool {
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

// Long reports whether the long tests run: the full-size adversarial
// inputs, the 50 MB document and the timing tests. They run when the
// environment sets FINANZTEXT_LONG=1 (CI does) and never with -short or
// under the race detector, which is there for data races, not for scale.
// Without them `go test ./...` stays under a minute on two cores.
func Long() bool {
	return os.Getenv("FINANZTEXT_LONG") == "1" && !testing.Short() && !RaceEnabled()
}

// SkipUnlessLong skips t unless [Long] reports true.
func SkipUnlessLong(t testing.TB) {
	t.Helper()
	if !Long() {
		t.Skip("long test: set FINANZTEXT_LONG=1 (without -short and -race) to run it")
	}
}

// Timeout is how long one finder may take on one adversarial input
// before the test fails: generous, since the machine may be busy. A
// quadratic finder on a megabyte input takes far longer.
const Timeout = 90 * time.Second

// SmallCap is the largest input used with -short, RaceCap the
// largest under the race detector, which is there for data races, not for
// scale, and slows the finders down tenfold.
const (
	SmallCap = 256 << 10
	RaceCap  = 64 << 10
)

// News returns the team's news text, or a short text written here when
// it is absent.
func News() string {
	for _, p := range []string{"../testdata/news.txt", "testdata/news.txt"} {
		if b, err := os.ReadFile(p); err == nil && len(b) > 0 {
			return string(b)
		}
	}
	return "Die Nordwind AG steigerte den Umsatz um 12,5 Prozent auf 3,4 Milliarden Euro.\n\n" +
		"„Wir sind zufrieden“, sagte Vorstandschefin Jana Petersen. Der Gewinn sank um 2 % auf 410 Mio. €.\n"
}

// Repeat repeats s until the result has at least n bytes.
func Repeat(s string, n int) string {
	return strings.Repeat(s, (n+len(s)-1)/len(s))
}

// Nested returns n quote marks of mixed kinds, each opening a deeper
// level, followed by the n matching closing marks in reverse order.
func Nested(n int) string {
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

// RandomBytes returns n pseudo-random bytes from a fixed seed, drawn
// from [lo, hi].
func RandomBytes(n int, lo, hi byte, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 7))
	b := make([]byte, n)
	for i := range b {
		b[i] = lo + byte(r.IntN(int(hi)-int(lo)+1))
	}
	return string(b)
}

// Sprinkle replaces every k-th byte of s by c.
func Sprinkle(s string, k int, c byte) string {
	b := []byte(s)
	for i := k - 1; i < len(b); i += k {
		b[i] = c
	}
	return string(b)
}

// Case is one adversarial input. size is the wanted length in bytes;
// build makes an input of about that length. quiet cases must give no
// findings at all.
type Case struct {
	Name  string
	Size  int
	Build func(n int) string
	Quiet bool
}

// Cases lists the adversarial inputs. The same list is used in every
// package of the module, so that each finder sees every kind of attack.
func Cases() []Case {
	news := News()
	return []Case{
		{"10 MB of digits", 10 << 20, func(n int) string { return Repeat("1234567890", n) }, false},
		{"100 KB of digits", 100 << 10, func(n int) string { return Repeat("9876543210", n) }, false},
		{"1 MB of „ without closing mark", 1 << 20, func(n int) string { return Repeat("„", n) }, true},
		{"1 MB of closing marks", 1 << 20, func(n int) string { return Repeat("“", n) }, true},
		{"100000 nested quote marks", 1600000, func(n int) string { return Nested(n / 16) }, true},
		{"a million Milliarden", 11 << 20, func(n int) string { return Repeat("Milliarden ", n) }, false},
		{"10000 Milliarden", 110000, func(n int) string { return Repeat("Milliarden ", n) }, false},
		{"random continuation bytes", 1 << 20, func(n int) string { return RandomBytes(n, 0x80, 0xbf, 1) }, true},
		{"random high bytes", 1 << 20, func(n int) string { return RandomBytes(n, 0x80, 0xff, 2) }, false},
		{"random bytes", 1 << 20, func(n int) string { return RandomBytes(n, 0, 0xff, 3) }, false},
		{"news with invalid bytes", 1 << 20, func(n int) string { return Sprinkle(Repeat(news, n), 37, 0xff) }, false},
		{"1 MB of NUL", 1 << 20, func(n int) string { return strings.Repeat("\x00", n) }, true},
		{"news with NUL bytes", 1 << 20, func(n int) string { return Sprinkle(Repeat(news, n), 11, 0) }, false},
		{"news with NUL for space", 1 << 20, func(n int) string { return strings.ReplaceAll(Repeat(news, n), " ", "\x00") }, false},
		{"endless grouping", 1 << 20, func(n int) string { return "1" + Repeat(".000", n) }, false},
		{"endless space grouping", 1 << 20, func(n int) string { return "1" + Repeat("\u202f000", n) }, false},
		{"endless ordinals", 1 << 20, func(n int) string { return Repeat("1.", n) }, false},
		{"endless ranges", 1 << 20, func(n int) string { return Repeat("1 bis ", n) }, false},
		{"endless dash ranges", 1 << 20, func(n int) string { return Repeat("1–", n) }, false},
		{"endless percent signs", 1 << 20, func(n int) string { return Repeat("5 % ", n) }, false},
		{"endless Prozent", 1 << 20, func(n int) string { return Repeat("Prozent ", n) }, true},
		{"endless qualifiers", 1 << 20, func(n int) string { return Repeat("mehr als rund bis zu ", n) }, true},
		{"endless number words", 1 << 20, func(n int) string { return Repeat("dreiundzwanzig", n) }, false},
		{"endless und", 1 << 20, func(n int) string { return Repeat("und", n) }, true},
		{"one long word", 1 << 20, func(n int) string { return strings.Repeat("a", n) }, true},
		{"1 MB of no-break spaces", 1 << 20, func(n int) string { return Repeat("\u00a0", n) }, true},
		{"1 MB of dashes", 1 << 20, func(n int) string { return Repeat("-–—−", n) }, true},
		{"1 MB of full stops", 1 << 20, func(n int) string { return strings.Repeat(".", n) }, true},
		{"1 MB of line breaks", 1 << 20, func(n int) string { return Repeat("\r\n", n) }, true},
		{"endless currency symbols", 1 << 20, func(n int) string { return Repeat("€$£¥ US$ ", n) }, false},
		{"endless amounts", 1 << 20, func(n int) string { return Repeat("3,5 Mrd. Euro und ", n) }, false},
		{"endless per-unit amounts", 1 << 20, func(n int) string { return Repeat("1,10 € je Aktie, ", n) }, false},
		{"endless currency names", 1 << 20, func(n int) string { return Repeat("schwedische Kronen US-Dollar Euro ", n) }, true},
		{"endless company names", 1 << 20, func(n int) string { return Repeat("Müller AG ", n) }, false},
		{"endless capitalised words", 1 << 20, func(n int) string { return Repeat("Xyz ", n) }, false},
		{"endless legal forms", 1 << 20, func(n int) string { return Repeat("GmbH & Co. KG ", n) }, false},
		{"endless acronym definitions", 1 << 20, func(n int) string { return Repeat("Nordwind Energie (NWE) ", n) }, false},
		{"endless role compounds", 1 << 20, func(n int) string { return Repeat("Siemens-Chef Roland Busch, ", n) }, false},
		{"endless attributions", 1 << 20, func(n int) string { return Repeat("„Wort“, sagte Hans Meier. ", n) }, false},
		{"endless colon openers", 1 << 20, func(n int) string { return Repeat("Er sagte: „", n) }, false},
		{"endless indirect speech", 1 << 20, func(n int) string { return Repeat("Er sagte, die Lage sei gut, ", n) }, false},
		{"alternating marks", 1 << 20, func(n int) string { return Repeat("„»“«‚‘\"", n) }, false},
		{"endless apostrophes", 1 << 20, func(n int) string { return Repeat("‚'‘’ ", n) }, false},
		{"1 MB of combining marks", 1 << 20, func(n int) string { return Repeat("\u0308", n) }, true},
		{"letters with 40 combining marks", 1 << 20, func(n int) string { return Repeat("U"+strings.Repeat("\u0308", 40)+" ", n) }, false},
		{"decomposed umlauts", 1 << 20, func(n int) string { return Repeat("Mu\u0308ller AG za\u0308hlt 3,5 Mrd. \u20ac. ", n) }, false},
		{"news with zero-width characters", 1 << 20, func(n int) string { return strings.ReplaceAll(Repeat(News(), n), ",", "\u200b,\u2060") }, false},
		{"news with CR line endings", 1 << 20, func(n int) string { return strings.ReplaceAll(Repeat(News(), n), "\n", "\r") }, false},
		{"overlong and surrogate encodings", 1 << 20, func(n int) string { return Repeat("\xc0\x80 5 \xed\xa0\x80 Mio. \xef\xbb\xbf Euro ", n) }, false},
		{"4 MB of news", 4 << 20, func(n int) string { return Repeat(news, n) }, false},
	}
}

// Size returns the size to build case c at: unchanged in [Long] runs, at
// most SmallCap otherwise (where cases of several megabytes are skipped:
// ok is false) and at most RaceCap under the race detector.
func Size(c Case) (n int, ok bool) {
	n = c.Size
	if Long() {
		return n, true
	}
	if n > 2<<20 {
		return 0, false
	}
	if n > SmallCap {
		n = SmallCap
	}
	if RaceEnabled() && n > RaceCap {
		n = RaceCap
	}
	return n, true
}

// Heap returns the bytes held by heap objects, live or not yet swept.
func Heap() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// Run calls f on its own goroutine, fails t if f panics or has not
// returned within Timeout, and returns f's result with the peak growth
// of the heap during the call.
func Run[T any](t *testing.T, inputLen int, f func() T) (T, uint64) {
	t.Helper()
	runtime.GC()
	base := Heap()
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
	deadline := time.NewTimer(Timeout)
	defer deadline.Stop()
	for {
		select {
		case o := <-done:
			peak = max(peak, Heap())
			if o.panic != nil {
				t.Fatalf("panic: %v\n%s", o.panic, o.stack)
			}
			return o.v, peak - min(peak, base)
		case <-tick.C:
			peak = max(peak, Heap())
		case <-deadline.C:
			t.Fatalf("did not finish within %v on %d bytes of input", Timeout, inputLen)
		}
	}
}

// Mem fails t when the heap grew by more than perByte bytes for each
// input byte plus 1 KB for each finding plus 16 MB: the results themselves
// may be large (a million amounts), the scratch space may not. The token
// based finders need more per byte on inputs where every byte is a token
// (1 MB of full stops).
func Mem(t *testing.T, grew uint64, inputLen, perByte, findings int) {
	t.Helper()
	limit := uint64(perByte)*uint64(inputLen) + 1024*uint64(findings) + 16<<20
	if grew > limit {
		t.Errorf("heap grew by %d MB on %d bytes of input with %d findings, limit %d MB", grew>>20, inputLen, findings, limit>>20)
	}
}

// Run2 is Run for a function with an error result.
func Run2[T any](t *testing.T, inputLen int, f func() (T, error)) (T, error) {
	t.Helper()
	type pair struct {
		v   T
		err error
	}
	p, grew := Run(t, inputLen, func() pair {
		v, err := f()
		return pair{v, err}
	})
	Mem(t, grew, inputLen, 256, 0)
	return p.v, p.err
}

// Spaces are the Unicode white space characters a text may hold between
// words: space, no-break space, ogham space, the typographic spaces
// U+2000–U+200A, narrow no-break space, medium mathematical space and the
// ideographic space.
var Spaces = []rune{
	' ', '\u00a0', '\u1680',
	'\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a',
	'\u202f', '\u205f', '\u3000',
}

// Dashes are hyphen, non-breaking hyphen, figure dash, en dash, em dash,
// horizontal bar, minus sign and hyphen bullet.
var Dashes = []rune{'‐', '‑', '‒', '–', '—', '―', '−', '⁃'}

// SkipKnownBug skips t when it is listed in advKnownBugs: a bug found
// by these tests, reported in the hardening notes and not yet fixed. The
// entry is removed with the fix. FINANZTEXT_KNOWN_BUGS=1 runs them anyway.
func SkipKnownBug(t *testing.T, bugs map[string]string) {
	t.Helper()
	if why, ok := bugs[t.Name()]; ok && os.Getenv("FINANZTEXT_KNOWN_BUGS") != "1" {
		t.Skip("known bug: " + why)
	}
}

// SameSig fails t when got and want, lists of finding signatures, are
// not the same; it names the first differences only, not both whole lists.
func SameSig(t *testing.T, what string, want, got []string) {
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

// ScaleN is the smallest input size of the scale benchmarks.
const ScaleN = 64 << 10

// ScaleInput is one kind of input of a scale benchmark: Unit is repeated to
// the wanted size.
type ScaleInput struct {
	Name string
	Unit string
}

// ScaleText repeats unit to n bytes, less the bytes of a rune cut at the end.
func ScaleText(unit string, n int) string {
	s := strings.Repeat(unit, n/len(unit)+1)[:n]
	for len(s) > 0 {
		if r, size := utf8.DecodeLastRuneInString(s); r != utf8.RuneError || size > 1 {
			break
		}
		s = s[:len(s)-1]
	}
	return s
}

// BenchScale runs find over the team's news text, the worst cases every
// finder shares, and the package's own worst cases (extra), each at n, 4n
// and 16n bytes, so that the ns/byte of the sizes can be compared. It skips
// b when the news text is absent.
func BenchScale(b *testing.B, extra []ScaleInput, find func(string) int) {
	news := ""
	for _, p := range []string{"../testdata/news.txt", "testdata/news.txt"} {
		if data, err := os.ReadFile(p); err == nil && len(data) > 0 {
			news = string(data)
			break
		}
	}
	if news == "" {
		b.Skip("testdata/news.txt is absent")
	}
	inputs := append([]ScaleInput{
		{"news", news},
		{"digits", "1234567890"},
		{"marks", "„"},
		{"Milliarden", "Milliarden "},
	}, extra...)
	for _, in := range inputs {
		for _, k := range []int{1, 4, 16} {
			text := ScaleText(in.Unit, k*ScaleN)
			b.Run(fmt.Sprintf("%s/%dn", in.Name, k), func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					find(text)
				}
			})
		}
	}
}
