//go:build linux

package hugeheap

import (
	"syscall"
	"unsafe"
)

// madvCollapse is MADV_COLLAPSE (Linux 6.1), which syscall does not name.
const madvCollapse = 25

// probe is where Collapse allocates its probe object: a package variable,
// so that the object escapes to the heap.
var probe *[16]byte

// Collapse collapses the Region-aligned region of the heap that holds a
// newly allocated small object, the region the runtime is allocating
// from, into one transparent huge page. It returns the kernel's error, if
// any; the heap is the same either way.
func Collapse() error {
	probe = new([16]byte)
	start := uintptr(unsafe.Pointer(probe)) &^ (Region - 1)
	probe = nil
	_, _, e := syscall.Syscall(syscall.SYS_MADVISE, start, Region, madvCollapse)
	if e != 0 {
		return e
	}
	return nil
}
