package lazy_test

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/finanztext/finanztext/internal/lazy"
	"github.com/stretchr/testify/assert"
)

func TestValue(t *testing.T) {
	tests := []struct {
		name  string
		calls int
	}{
		{"one call", 1},
		{"many calls", 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v lazy.Value[[]string]
			made := 0
			mk := func() []string { made++; return []string{"Umsatz", "Gewinn"} }
			for range tt.calls {
				assert.Equal(t, []string{"Umsatz", "Gewinn"}, v.Get(mk))
			}
			assert.Equal(t, 1, made, "made once")
		})
	}
}

func TestValueConcurrent(t *testing.T) {
	var v lazy.Value[*int]
	var made atomic.Int32
	mk := func() *int { made.Add(1); n := 42; return &n }
	var wg sync.WaitGroup
	got := make([]*int, 16)
	for i := range got {
		wg.Add(1)
		go func() { defer wg.Done(); got[i] = v.Get(mk) }()
	}
	wg.Wait()
	assert.Equal(t, int32(1), made.Load())
	for _, p := range got {
		assert.Same(t, got[0], p, "every goroutine sees the one value")
	}
}

func TestValuePanics(t *testing.T) {
	var v lazy.Value[int]
	assert.Panics(t, func() { v.Get(func() int { panic("no table") }) })
	assert.Zero(t, v.Get(func() int { return 7 }), "made once: the zero value after a panic")
}

func ExampleValue() {
	var table lazy.Value[map[string]int] // package level in real use: no work at start
	build := func() map[string]int {
		fmt.Println("building")
		return map[string]int{"Mio": 6, "Mrd": 9}
	}
	fmt.Println(table.Get(build)["Mrd"])
	fmt.Println(table.Get(build)["Mio"])
	// Output:
	// building
	// 9
	// 6
}
