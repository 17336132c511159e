package hugeheap_test

import (
	"runtime"
	"syscall"
	"testing"

	"github.com/finanztext/finanztext/internal/hugeheap"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// kernelRefusals are the errors a kernel or configuration without
// collapse gives (an older kernel or THP switched off: EINVAL; no huge
// page free or a region not all mapped: EAGAIN, ENOMEM): nothing else is
// expected.
var kernelRefusals = []error{syscall.EINVAL, syscall.EAGAIN, syscall.ENOMEM, syscall.EPERM, syscall.EBUSY}

// TestCollapseKeepsHeap writes a pattern into objects of many sizes,
// collapses the region again and checks that every byte is still there
// and that the heap is usable after it.
func TestCollapseKeepsHeap(t *testing.T) {
	sizes := []int{8, 24, 100, 1000, 5000, 40000}
	var objs [][]byte
	for i := range 200 {
		b := make([]byte, sizes[i%len(sizes)])
		for j := range b {
			b[j] = byte(i + j)
		}
		objs = append(objs, b)
	}
	if err := hugeheap.Collapse(); err != nil {
		assert.Contains(t, kernelRefusals, err)
	}
	for i, b := range objs {
		for j := range b {
			require.Equal(t, byte(i+j), b[j], "object %d byte %d", i, j)
		}
	}
	runtime.GC()
	more := make([]int64, 1<<16)
	for i := range more {
		more[i] = int64(i)
	}
	assert.Equal(t, int64(1<<16-1), more[len(more)-1])
}

func TestRegion(t *testing.T) {
	assert.Equal(t, 2<<20, hugeheap.Region)
	assert.Zero(t, hugeheap.Region&(hugeheap.Region-1), "a power of two")
}
