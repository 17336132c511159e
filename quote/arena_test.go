package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSlab checks that a slab's pointers stay valid while it grows, that
// reset zeroes what it handed out, and that the chunks are reused.
func TestSlab(t *testing.T) {
	var s slab[Speaker]
	var ps []*Speaker
	for i := range 1000 {
		p := s.alloc()
		require.Zero(t, *p, "value %d", i)
		p.Name, p.Start = "X", i
		ps = append(ps, p)
	}
	for i, p := range ps {
		assert.Equal(t, i, p.Start, "value %d moved", i)
	}
	chunks := len(s.chunks)
	s.reset()
	for i := range 1000 {
		p := s.alloc()
		require.Zero(t, *p, "value %d after reset", i)
	}
	assert.Len(t, s.chunks, chunks, "chunks reused")

	var big slab[person]
	for range slabMaxKept * 3 {
		big.alloc().name = "Y"
	}
	big.reset()
	kept := 0
	for _, c := range big.chunks {
		kept += len(c)
		for i := range c {
			require.Zero(t, c[i])
		}
	}
	assert.LessOrEqual(t, kept, 2*slabMaxKept, "a huge text's chunks are not all kept")
}
