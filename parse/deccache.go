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
//
// The shared values sit in a small hash table of decCacheSize slots (16
// KiB, four pages): a text touches few of its pages, where a slot for
// every shareable value (160 KiB) had a text's numerals touch a page each.
// A slot holds the value last asked for among those that hash to it.

const (
	decCacheYears = 4096 // mantissas 0..4095 with exponent 0 (counts, years)
	decCacheMant  = 1024 // mantissas 0..1023 with the exponents below
	decCacheMinE  = -3   // "1,234"
	decCacheMaxE  = 12   // "3,4 Billionen"

	decCacheBits = 11
	decCacheSize = 1 << decCacheBits
)

// decEntry is a shared value with its key.
type decEntry struct {
	m   int64
	exp int32
	d   decimal.Decimal
}

var decCache [decCacheSize]atomic.Pointer[decEntry]

// newDecimal returns decimal.New(m, exp), shared for small non-negative
// mantissas: it allocates only the first time a value is asked for (and
// again when another value took its slot in between).
func newDecimal(m int64, exp int32) decimal.Decimal {
	if !(exp == 0 && m >= 0 && m < decCacheYears ||
		exp >= decCacheMinE && exp <= decCacheMaxE && m >= 0 && m < decCacheMant) {
		return decimal.New(m, exp)
	}
	p := &decCache[(uint64(m)*0x9E3779B97F4A7C15+uint64(exp-decCacheMinE)*0xC2B2AE3D27D4EB4F)>>(64-decCacheBits)]
	if e := p.Load(); e != nil && e.m == m && e.exp == exp {
		return e.d
	}
	e := &decEntry{m: m, exp: exp, d: decimal.New(m, exp)}
	p.Store(e) // two goroutines may both build it: equal values, either wins
	return e.d
}
