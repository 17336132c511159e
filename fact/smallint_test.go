package fact

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

func TestSmallInt(t *testing.T) {
	tests := []struct {
		name string
		in   decimal.Decimal
		want int64
		ok   bool
	}{
		{"zero value", decimal.Decimal{}, 0, true},
		{"year", decimal.New(2025, 0), 2025, true},
		{"positive exponent", decimal.New(2, 3), 2000, true},
		{"trailing zeros after the point", decimal.New(20250, -1), 2025, true},
		{"negative", decimal.New(-19, 0), -19, true},
		{"not an integer", decimal.New(20255, -1), 0, false},
		{"too many digits", decimal.New(1, 30), 0, false},
		{"overflow by exponent", decimal.New(999999999, 12), 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := smallInt(tt.in)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}
