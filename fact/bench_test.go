package fact_test

import (
	"os"
	"testing"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/fact"
	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
)

// BenchmarkFind measures Find (all finders) and FindWith (the fact finder
// alone, with the other results at hand) on the module's news text:
//
//	go test -run '^$' -bench . -cpu 1 ./fact
func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile("../testdata/news.txt")
	if err != nil {
		b.Skip(err)
	}
	text := string(data)
	b.Run("Find", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			fact.Find(text, tableRef)
		}
	})
	b.Run("FindWith", func(b *testing.B) {
		nums := parse.FindNumbers(text)
		edoc := entity.NewRecognizer().FindDoc(text)
		in := fact.Input{Numbers: nums, Amounts: money.NewFinder().FindWith(text, nums),
			Percents: parse.FindPercents(text), Mentions: edoc.Mentions, Refs: edoc.Refs,
			Periods: period.Find(text, tableRef)}
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			fact.FindWith(text, in)
		}
	})
}
