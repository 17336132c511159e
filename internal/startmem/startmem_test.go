package startmem_test

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/finanztext/finanztext/internal/startmem"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// kernelRefusals are the errors a kernel or configuration without the
// advice gives (an older kernel or THP switched off: EINVAL; no huge page
// free or a region not all mapped: EAGAIN, ENOMEM): nothing else is
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
	if err := startmem.CollapseHeap(); err != nil {
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

// TestPrefaultExecutable maps the test binary's own code and data: the
// code still runs and the data still reads as it did.
func TestPrefaultExecutable(t *testing.T) {
	if runtime.GOOS != "linux" {
		assert.NoError(t, startmem.PrefaultExecutable())
		return
	}
	maps, err := os.ReadFile("/proc/self/maps")
	require.NoError(t, err)
	exe := startmem.ExecutableMappings(maps)
	require.NotEmpty(t, exe, "the test binary's own mappings")
	var code bool
	for _, m := range exe {
		code = code || m.Perms[2] == 'x'
	}
	assert.True(t, code, "a mapping of code among %v", exe)
	err = startmem.PrefaultExecutable()
	if err != nil {
		assert.Contains(t, kernelRefusals, err)
		return
	}
	// Mapped: the resident size of each prefaulted mapping is all of it.
	smaps, err := os.ReadFile("/proc/self/smaps")
	require.NoError(t, err)
	for _, m := range exe {
		if m.Perms[1] != 'w' && m.Perms[2] != 'x' {
			continue
		}
		rss := residentKiB(t, string(smaps), m.Start)
		assert.GreaterOrEqual(t, rss, int((m.End-m.Start)>>10)*9/10, "resident KiB of %+v", m)
	}
}

// residentKiB returns the Rss of the mapping starting at start in smaps.
func residentKiB(t *testing.T, smaps string, start uintptr) int {
	head := fmt.Sprintf("%08x-", start) // as the kernel prints it
	i := strings.Index(smaps, "\n"+head)
	if !strings.HasPrefix(smaps, head) {
		require.GreaterOrEqual(t, i, 0, "mapping %s in smaps", head)
		smaps = smaps[i+1:]
	}
	j := strings.Index(smaps, "\nRss:")
	require.GreaterOrEqual(t, j, 0)
	f := strings.Fields(smaps[j+len("\nRss:"):])
	require.NotEmpty(t, f)
	kb, err := strconv.Atoi(f[0])
	require.NoError(t, err)
	return kb
}

func TestRegion(t *testing.T) {
	assert.Equal(t, 2<<20, startmem.Region)
	assert.Zero(t, startmem.Region&(startmem.Region-1), "a power of two")
}
