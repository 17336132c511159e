package finanztext_test

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/finanztext/finanztext"
	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/fact"
	"github.com/finanztext/finanztext/parse"
)

// BenchmarkFactsCost splits what facts cost inside Analyze into the fact
// finder's own work and what it costs the finders around it. Each
// iteration runs the variants below in turn, a block of calls each, and
// timing every call; the metrics are the medians over all iterations, so
// the variants share whatever the machine does meanwhile:
//
//   - without: Analyze without facts (W)
//   - with: Analyze with facts
//   - W+F: W, then fact.FindWith on the same text with inputs computed
//     beforehand (the finder's work in the pipeline's company)
//   - F: fact.FindWith alone, again and again (its work with its code and
//     tables warm)
//   - W+flush: W, then a read of 1 MiB of other memory (what a call costs
//     when the cache lost everything between calls)
//   - W+F2, F2: the same as W+F and F for fact.FindWith on a text of two
//     sentences: the finder runs the same code on little data
//
// "with" minus "without" is what facts cost; "W+F" minus "without" minus
// "F" is the part of it that is not the finder's own warm work
// (µs-interference); "W+F2" minus "without" minus "F2" is that part for a
// call with almost no data (µs-cold-call).
//
//	go test -run '^$' -bench FactsCost -benchtime 40x -cpu 1 .
func BenchmarkFactsCost(b *testing.B) {
	for _, in := range benchInputs[:2] {
		data, err := os.ReadFile(in.path)
		text := string(data)
		b.Run(in.name, func(b *testing.B) {
			if err != nil {
				b.Skipf("%s: %v", in.path, err)
			}
			with := finanztext.New()
			without := finanztext.New(finanztext.WithKinds(finanztext.AllKinds &^ finanztext.Facts))
			fin := factInput(with, text)
			fin2 := factInput(with, twoSentences)
			if got := fact.FindWith(twoSentences, fin2); len(got) != 2 {
				b.Fatalf("the two sentences give %d facts, want 2: %+v", len(got), got)
			}
			flush := make([]byte, 1<<20)
			var sink byte
			variants := []struct {
				name string
				run  func()
			}{
				{"without", func() { without.Analyze(text) }},
				{"with", func() { with.Analyze(text) }},
				{"W+F", func() { without.Analyze(text); fact.FindWith(text, fin) }},
				{"F", func() { fact.FindWith(text, fin) }},
				{"W+F2", func() { without.Analyze(text); fact.FindWith(twoSentences, fin2) }},
				{"F2", func() { fact.FindWith(twoSentences, fin2) }},
				{"W+flush", func() {
					without.Analyze(text)
					for i := 0; i < len(flush); i += 64 {
						sink += flush[i]
					}
				}},
			}
			calls := max(1, 60000/len(text)) // a block: about 60 KB of text
			times := make([][]time.Duration, len(variants))
			for b.Loop() {
				for k, v := range variants {
					for range calls {
						t0 := time.Now()
						v.run()
						times[k] = append(times[k], time.Since(t0))
					}
				}
			}
			_ = sink
			med := make(map[string]float64, len(variants))
			for k, v := range variants {
				slices.Sort(times[k])
				med[v.name] = float64(times[k][len(times[k])/2].Nanoseconds()) / 1e3
				b.ReportMetric(med[v.name], "µs-"+v.name)
			}
			b.ReportMetric(med["without"]/med["with"], "speed-ratio")
			b.ReportMetric(med["W+F"]-med["without"]-med["F"], "µs-interference")
			b.ReportMetric(med["W+F2"]-med["without"]-med["F2"], "µs-cold-call")
			b.ReportMetric(0, "ns/op") // an op is a round of every variant: not a figure to read
		})
	}
}

// twoSentences is a short text with two facts, for BenchmarkFactsCost.
const twoSentences = "Die Siemens AG steigerte den Umsatz im dritten Quartal um 5 Prozent auf 19,4 Milliarden Euro. " +
	"Der Gewinn sank auf 2,1 Mrd. Euro."

// factInput is what Analyze hands the fact finder for text, computed
// once: the results of the other kinds.
func factInput(a *finanztext.Analyzer, text string) fact.Input {
	d := a.Analyze(text)
	in := fact.Input{
		Numbers: parse.FindNumbers(text), Amounts: d.Amounts, Percents: d.Percentages,
		Mentions: append(append([]entity.Mention(nil), d.Organizations...), d.Persons...),
		Quotes:   d.Quotes, Periods: d.Periods,
	}
	slices.SortFunc(in.Mentions, func(a, b entity.Mention) int { return a.Start - b.Start })
	return in
}

// BenchmarkFactsCostCorpus is the speed of Analyze with facts against
// without on the shared corpus, text that differs from call to call: its
// documents analyzed one by one (as the CLI's -jsonl mode sees news) and
// the corpus as one text. BenchmarkFactsCost repeats one text, whose
// paths through every finder's code and tables stay in the caches when
// facts are off; news that varies does not keep them, so its ratio is the
// one users see (BENCHMARKS.md, thirteenth session).
//
// Each iteration analyzes the input once without and once with facts, in
// turns (the order swaps every iteration, so that neither always runs
// after the other); speed-ratio is the median time without over the
// median time with.
//
//	go test -run '^$' -bench FactsCostCorpus -benchtime 10x -cpu 1 .
func BenchmarkFactsCostCorpus(b *testing.B) {
	data, err := os.ReadFile(benchInputs[2].path)
	if err != nil {
		b.Skipf("%s: %v", benchInputs[2].path, err)
	}
	text := string(data)
	with := finanztext.New()
	without := finanztext.New(finanztext.WithKinds(finanztext.AllKinds &^ finanztext.Facts))
	for _, in := range []struct {
		name  string
		texts []string
	}{
		{"documents", strings.Split(text, "\n\n")},
		{"one-text", []string{text}},
	} {
		b.Run(in.name, func(b *testing.B) {
			pass := func(a *finanztext.Analyzer) time.Duration {
				t0 := time.Now()
				for _, t := range in.texts {
					a.Analyze(t)
				}
				return time.Since(t0)
			}
			var tw, tf []time.Duration
			for i := 0; b.Loop(); i++ {
				if i%2 == 0 {
					tw = append(tw, pass(without))
					tf = append(tf, pass(with))
				} else {
					tf = append(tf, pass(with))
					tw = append(tw, pass(without))
				}
			}
			slices.Sort(tw)
			slices.Sort(tf)
			mw, mf := tw[len(tw)/2], tf[len(tf)/2]
			b.ReportMetric(float64(mw)/float64(mf), "speed-ratio")
			b.ReportMetric(float64(mw.Microseconds())/1e3, "ms-without")
			b.ReportMetric(float64(mf.Microseconds())/1e3, "ms-with")
			b.ReportMetric(0, "ns/op") // an op is one pass of each: not a figure to read
		})
	}
}
