package period

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIntern(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"year", "2025"},
		{"quarter", "2025-Q3"},
		{"duration", "P18M"},
		{"longest kept", "FY2025-H1-and-twenty-more-bytes!"},
		{"too long to keep", "FY2025-H1-and-twenty-more-bytes!!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := []byte(tt.in)
			first := intern(b)
			for i := range b {
				b[i] = 'x' // the caller's bytes may change later
			}
			assert.Equal(t, tt.in, first)
			assert.Equal(t, tt.in, intern([]byte(tt.in)))
		})
	}
}

// TestInternConcurrent stores many values that share slots from several
// goroutines: every call returns exactly its own bytes.
func TestInternConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5000 {
				want := fmt.Sprintf("%d-Q%d", 1900+(i+g)%300, i%4+1)
				if got := intern([]byte(want)); got != want {
					t.Errorf("intern(%q) = %q", want, got)
					return
				}
			}
		}()
	}
	wg.Wait()
}
