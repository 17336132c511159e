package parse

import (
	"sync/atomic"

	"github.com/shopspring/decimal"
)

// Small decimals are shared. A decimal.Decimal holds a pointer to a
// math/big.Int, so decimal.New allocates twice per value; most numerals of
// news text have a small mantissa ("12", "2025", "34,9 Milliarden" is 349
// with exponent 8). decimal.Decimal is immutable through its API (every
// method copies the big.Int before changing it), so one value per
// (mantissa, exponent) can be handed to every caller and goroutine.

const (
	decCacheYears = 4096 // mantissas 0..4095 with exponent 0 (counts, years)
	decCacheMant  = 1024 // mantissas 0..1023 with the exponents below
	decCacheMinE  = -3   // "1,234"
	decCacheMaxE  = 12   // "3,4 Billionen"
)

var (
	decCacheInt   [decCacheYears]atomic.Pointer[decimal.Decimal]
	decCacheOther [(decCacheMaxE - decCacheMinE + 1) * decCacheMant]atomic.Pointer[decimal.Decimal]
)

// newDecimal returns decimal.New(m, exp), shared for small non-negative
// mantissas: it allocates only the first time a value is asked for.
func newDecimal(m int64, exp int32) decimal.Decimal {
	var p *atomic.Pointer[decimal.Decimal]
	switch {
	case exp == 0 && m >= 0 && m < decCacheYears:
		p = &decCacheInt[m]
	case exp >= decCacheMinE && exp <= decCacheMaxE && m >= 0 && m < decCacheMant:
		p = &decCacheOther[int(exp-decCacheMinE)*decCacheMant+int(m)]
	default:
		return decimal.New(m, exp)
	}
	if d := p.Load(); d != nil {
		return *d
	}
	d := decimal.New(m, exp)
	p.Store(&d) // two goroutines may both build it: equal values, either wins
	return d
}
