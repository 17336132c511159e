package money_test

// Linear-time benchmarks: every finder over inputs of n, 4n and 16n bytes
// (n = 64 KB), so that the ns/byte of the sizes can be compared. Inputs are
// the team's news text repeated and worst cases for the finders. Compare
// ns/op divided by the size, or the MB/s column:
//
//	go test -run '^$' -bench Scale -benchmem ./money

import (
	"testing"

	"github.com/finanztext/finanztext/internal/advtest"

	"github.com/finanztext/finanztext/money"
)

// benchScaleExtra are the worst cases of this package, beside the shared
// ones of advtest.BenchScale.
var benchScaleExtra = []advtest.ScaleInput{
	{Name: "amounts", Unit: "3,5 Mrd. Euro und "},
	{Name: "currency symbols", Unit: "€$£¥ US$ "},
}

func BenchmarkScaleFind(b *testing.B) {
	advtest.BenchScale(b, benchScaleExtra, func(s string) int { return len(money.Find(s)) })
}
