package finanztext_test

import (
	"os"
	"slices"
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
//
// "with" minus "without" is what facts cost; "W+F" minus "without" minus
// "F" is the part of it that is not the finder's own warm work.
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
			d := with.Analyze(text)
			fin := fact.Input{
				Numbers: parse.FindNumbers(text), Amounts: d.Amounts, Percents: d.Percentages,
				Mentions: append(append([]entity.Mention(nil), d.Organizations...), d.Persons...),
				Quotes:   d.Quotes, Periods: d.Periods,
			}
			slices.SortFunc(fin.Mentions, func(a, b entity.Mention) int { return a.Start - b.Start })
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
			b.ReportMetric(0, "ns/op") // an op is a round of every variant: not a figure to read
		})
	}
}
