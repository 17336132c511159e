package parse

import (
	"sync"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

func TestNewDecimalShared(t *testing.T) {
	tests := []struct {
		name string
		m    int64
		exp  int32
	}{
		{"zero", 0, 0},
		{"year", 2025, 0},
		{"largest shared count", 4095, 0},
		{"count past the shared ones", 4096, 0},
		{"billions", 349, 8},
		{"thousandths", 1023, -3},
		{"mantissa past the shared ones", 1024, 8},
		{"exponent past the shared ones", 5, 13},
		{"exponent below the shared ones", 5, -4},
		{"negative, never shared", -12, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := decimal.New(tt.m, tt.exp)
			for range 2 { // the first call fills the cache, the second reads it
				got := newDecimal(tt.m, tt.exp)
				assert.True(t, want.Equal(got), "got %s, want %s", got, want)
				assert.Equal(t, want.Exponent(), got.Exponent())
				// arithmetic on a shared value leaves it as it was
				_ = got.Add(decimal.New(1, 0)).Round(0).Neg()
				_ = got.Round(-1)
				assert.True(t, want.Equal(newDecimal(tt.m, tt.exp)))
			}
		})
	}
}

func TestNewDecimalConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := int64(0); m < 300; m++ {
				e := int32(g%3) - 1
				if d := newDecimal(m, e); !d.Equal(decimal.New(m, e)) {
					t.Errorf("newDecimal(%d, %d) = %s", m, e, d)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// Values that share a slot take it in turn; each call returns its own value.
func TestNewDecimalSlots(t *testing.T) {
	seen := make(map[*decEntry]bool)
	for m := int64(0); m < decCacheYears; m++ {
		for _, e := range []int32{0, decCacheMinE, 8, decCacheMaxE} {
			if e != 0 && m >= decCacheMant {
				continue
			}
			d := newDecimal(m, e)
			if !d.Equal(decimal.New(m, e)) || d.Exponent() != e {
				t.Fatalf("newDecimal(%d, %d) = %s", m, e, d)
			}
		}
	}
	for i := range decCache {
		if p := decCache[i].Load(); p != nil {
			assert.False(t, seen[p])
			seen[p] = true
			assert.True(t, p.d.Equal(decimal.New(p.m, p.exp)))
		}
	}
	assert.NotEmpty(t, seen)
	assert.LessOrEqual(t, len(seen), decCacheSize)
}
