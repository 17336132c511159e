//go:build linux

package finanztext_test

import (
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/finanztext/finanztext"
	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/fact"
	"github.com/finanztext/finanztext/internal/advtest"
	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
	"github.com/finanztext/finanztext/quote"
)

// benchScaleMeasure returns the least CPU time of three runs of calls
// calls of f. With pauseGC the collector is off during each run (and
// collects between runs), so that the measure shows the finder's own work:
// a small input never reaches the runtime's first heap goal (4 MB) and so
// runs without collections, a large one pays for several, which on inputs
// dense with tokens makes the time per byte of 16n up to 2.5 times that of
// n even for a linear finder.
func benchScaleMeasure(t *testing.T, calls int, pauseGC bool, f func()) time.Duration {
	t.Helper()
	if pauseGC {
		defer debug.SetGCPercent(debug.SetGCPercent(-1))
	}
	best := time.Duration(1<<63 - 1)
	for range 3 {
		runtime.GC()
		start := advtest.CPUTime(t)
		for range calls {
			f()
		}
		best = min(best, advtest.CPUTime(t)-start)
	}
	return best
}

// TestLinearTime checks that every finder is linear in its input: the
// CPU time per byte on 16n bytes, with the garbage collector paused (see
// benchScaleMeasure), is less than 3 times the time per byte on n bytes (the issue asks for 1.5 in the benchmarks; the slack is for
// noise, a quadratic finder is 16 times slower). The n-byte input is run
// 16 times and the 4n-byte input 4 times, so that every measure covers the
// same number of bytes. Inputs are the news text and worst cases (digits,
// quote marks, scale words, ...). With -v it logs one "linear | …" table
// row per case: CPU ns per byte at n, 4n and 16n, and the ratio 16n ÷ n.
// A long test (FINANZTEXT_LONG=1, see advtest.Long).
func TestLinearTime(t *testing.T) {
	advtest.SkipUnlessLong(t)
	const n = 32 << 10
	news, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Skipf("testdata/news.txt: %v", err)
	}
	inputs := []struct{ name, unit string }{
		{"news", string(news)},
		{"digits", "1234567890"},
		{"marks", "„"},
		{"Milliarden", "Milliarden "},
		{"nested marks", advtest.Nested(2 << 10)},
		{"percent signs", "5 % "},
		{"ranges", "1 bis "},
		{"amounts", "3,5 Mrd. Euro und "},
		{"company names", "Müller AG "},
		{"attributions", "„Wort“, sagte Hans Meier. "},
		{"colon openers", "Er sagte: „"},
		{"NUL", "\x00"},
		{"invalid UTF-8", advtest.RandomBytes(4<<10, 0x80, 0xff, 5)},
	}
	finders := []struct {
		name string
		find func(string)
	}{
		{"parse.FindNumbers", func(s string) { parse.FindNumbers(s) }},
		{"parse.FindPercents", func(s string) { parse.FindPercents(s) }},
		{"parse.Sentences", func(s string) { parse.Sentences(s) }},
		{"money.Find", func(s string) { money.Find(s) }},
		{"entity.Find", func(s string) { entity.Find(s) }},
		{"quote.Find", func(s string) { quote.Find(s) }},
		{"period.Find", func(s string) { period.Find(s, benchRef) }},
		{"fact.Find", func(s string) { fact.Find(s, benchRef) }},
		{"parse.Tokenize+Clauses", func(s string) { parse.Tokenize(s).Clauses() }},
		{"Analyze", func(s string) { finanztext.Analyze(s) }},
		{"Analyze, no periods/facts", func(s string) { benchNoPeriods.Analyze(s) }},
		{"Analyze, no facts", func(s string) { benchNoFacts.Analyze(s) }},
	}
	for _, f := range finders {
		t.Run(f.name, func(t *testing.T) {
			for _, in := range inputs {
				t.Run(in.name, func(t *testing.T) {
					advtest.SkipKnownBug(t, advKnownBugs)
					small := advtest.ScaleText(in.unit, n)
					mid := strings.Repeat(small, 4)
					large := strings.Repeat(small, 16)
					tSmall := benchScaleMeasure(t, 16, true, func() { f.find(small) })
					tMid := benchScaleMeasure(t, 4, true, func() { f.find(mid) })
					tLarge := benchScaleMeasure(t, 1, true, func() { f.find(large) })
					perByte := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / float64(len(large)) }
					// One line per case, for the table in BENCHMARKS.md.
					t.Logf("linear | %s | %s | %.1f | %.1f | %.1f | %.2f |", f.name, in.name,
						perByte(tSmall), perByte(tMid), perByte(tLarge), perByte(tLarge)/max(perByte(tSmall), 1e-9))
					if tSmall < time.Millisecond {
						// Too fast to measure: nothing super-linear can hide in
						// a millisecond per megabyte.
						tSmall = time.Millisecond
					}
					ratio := float64(tLarge) / float64(tSmall)
					if ratio >= 3 {
						// One more measure of both before calling it
						// super-linear: a spike of a shared machine (steal
						// time, page faults of a neighbour) passes, a
						// super-linear finder is slow again.
						tSmall = max(min(tSmall, benchScaleMeasure(t, 16, true, func() { f.find(small) })), time.Millisecond)
						tLarge = min(tLarge, benchScaleMeasure(t, 1, true, func() { f.find(large) }))
						ratio = float64(tLarge) / float64(tSmall)
					}
					if ratio >= 3 {
						t.Errorf("%s is not linear on %s: time per byte grows %.1f× from %d to %d bytes", f.name, in.name, ratio, len(small), len(large))
					}
				})
			}
		})
	}
}

// TestCPUThroughput logs, for BENCHMARKS.md, the throughput of every
// finder in MB per CPU second and its allocations per KB, on the team's
// news text and on the shared corpus when present. CPU time, unlike the
// wall clock of a benchmark, is not inflated by other work on the
// machine. It only logs; it runs when FINANZTEXT_BENCH=1:
//
//	FINANZTEXT_BENCH=1 go test -run TestCPUThroughput -v .
//
// The reference date and the Analyzers of TestCPUThroughput.
var (
	benchRef       = period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	benchNoPeriods = finanztext.New(finanztext.WithKinds(finanztext.AllKinds &^ (finanztext.Periods | finanztext.Facts)))
	benchNoFacts   = finanztext.New(finanztext.WithKinds(finanztext.AllKinds &^ finanztext.Facts))
)

func TestCPUThroughput(t *testing.T) {
	if os.Getenv("FINANZTEXT_BENCH") != "1" {
		t.Skip("set FINANZTEXT_BENCH=1 to measure")
	}
	inputs := []struct{ name, path string }{
		{"news", "testdata/news.txt"},
		{"corpus", "../shared/corpus/news_de.txt"},
	}
	finders := []struct {
		name string
		find func(string)
	}{
		{"parse.FindNumbers", func(s string) { parse.FindNumbers(s) }},
		{"parse.FindPercents", func(s string) { parse.FindPercents(s) }},
		{"parse.Sentences", func(s string) { parse.Sentences(s) }},
		{"money.Find", func(s string) { money.Find(s) }},
		{"entity.Find", func(s string) { entity.Find(s) }},
		{"quote.Find", func(s string) { quote.Find(s) }},
		{"period.Find", func(s string) { period.Find(s, benchRef) }},
		{"fact.Find", func(s string) { fact.Find(s, benchRef) }},
		{"parse.Tokenize+Clauses", func(s string) { parse.Tokenize(s).Clauses() }},
		{"Analyze", func(s string) { finanztext.Analyze(s) }},
		{"Analyze, no periods/facts", func(s string) { benchNoPeriods.Analyze(s) }},
		{"Analyze, no facts", func(s string) { benchNoFacts.Analyze(s) }},
	}
	for _, in := range inputs {
		data, err := os.ReadFile(in.path)
		if err != nil {
			t.Logf("%s: %v", in.path, err)
			continue
		}
		text := string(data)
		calls := max(1, (4<<20)/len(text)) // about 4 MB per measure
		for _, f := range finders {
			d := benchScaleMeasure(t, calls, false, func() { f.find(text) })
			bytes := float64(calls * len(text))
			allocs := testing.AllocsPerRun(1, func() { f.find(text) })
			t.Logf("throughput | %s | %s | %.1f | %.1f | %.1f |", f.name, in.name,
				bytes/d.Seconds()/1e6, float64(d.Nanoseconds())/bytes, allocs/(float64(len(text))/1024))
		}
	}
}
