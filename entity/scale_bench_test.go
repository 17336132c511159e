package entity_test

// Linear-time benchmarks: every finder over inputs of n, 4n and 16n bytes
// (n = 64 KB), so that the ns/byte of the sizes can be compared. Inputs are
// the team's news text repeated and worst cases for the finders. Compare
// ns/op divided by the size, or the MB/s column:
//
//	go test -run '^$' -bench Scale -benchmem ./entity

import (
	"testing"

	"github.com/finanztext/finanztext/internal/advtest"

	"github.com/finanztext/finanztext/entity"
)

// benchScaleExtra are the worst cases of this package, beside the shared
// ones of advtest.BenchScale.
var benchScaleExtra = []advtest.ScaleInput{
	{Name: "company names", Unit: "Müller AG "},
	{Name: "capitalised words", Unit: "Xyz "},
}

func BenchmarkScaleFind(b *testing.B) {
	advtest.BenchScale(b, benchScaleExtra, func(s string) int { return len(entity.Find(s)) })
}
