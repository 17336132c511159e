package jsonw

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

func TestDecimal(t *testing.T) {
	for _, s := range []string{"0", "1", "-1", "1.1", "1.10", "0.005", "-0.5", "100", "34900000000", "1e10", "1.5e-3",
		"123456789012345", "1234567890123456", "99999999999999999999.5", "0.33333333333333333333", "-0", "5e30", "5e31",
		"1e-41", "7.000", "-12.340", "-999999999999999", "0.000000000000001"} {
		d := decimal.RequireFromString(s)
		assert.Equal(t, d.String(), string(Decimal(nil, d)), s)
		assert.Equal(t, "x"+d.String(), string(Decimal([]byte("x"), d)), s)
	}
	assert.Equal(t, "0", string(Decimal(nil, decimal.Decimal{})))
	assert.Equal(t, "2.5", string(Decimal(nil, decimal.New(25, -1))))
}

func FuzzDecimal(f *testing.F) {
	f.Add(int64(12345), int32(-2))
	f.Add(int64(-7), int32(9))
	f.Fuzz(func(t *testing.T, m int64, e int32) {
		e %= 60
		d := decimal.New(m, e)
		if got, want := string(Decimal(nil, d)), d.String(); got != want {
			t.Fatalf("Decimal(%d e%d) = %s, want %s", m, e, got, want)
		}
	})
}
