package stackgrow_test

import (
	"fmt"
	"testing"

	"github.com/finanztext/finanztext/internal/stackgrow"
	"github.com/stretchr/testify/assert"
)

func TestGrow(t *testing.T) {
	tests := []struct {
		name string
		i    int
	}{
		{"zero", 0},
		{"inside the frame", 100},
		{"last byte", stackgrow.Frame - 1},
		{"beyond the frame wraps", stackgrow.Frame + 7},
		{"negative wraps", -3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Only the byte written is set; it is read back only where the
			// two indexes meet.
			got := stackgrow.Grow(tt.i)
			want := byte(0)
			if tt.i&(stackgrow.Frame-1) == (stackgrow.Frame-1-tt.i)&(stackgrow.Frame-1) {
				want = 1
			}
			assert.Equal(t, want, got)
		})
	}
}

// Grow returns a byte of its frame; the index only keeps the frame alive.
func ExampleGrow() {
	fmt.Println(stackgrow.Grow(0), stackgrow.Frame)
	// Output: 0 12288
}
