//go:build linux

package startmem

import (
	"errors"
	"syscall"
	"unsafe"
)

// The madvise advice values syscall does not name.
const (
	madvPopulateRead = 22 // Linux 5.14
	madvCollapse     = 25 // Linux 6.1
)

// PrefaultExecutable maps the pages of the executable's code and writable
// data, read from /proc/self/maps, in one madvise(MADV_POPULATE_READ) call
// per mapping. It returns the first error; what was mapped stays mapped.
func PrefaultExecutable() error {
	var buf [16 << 10]byte // the maps of a Go command: about 30 lines
	maps, err := readMaps(buf[:])
	if err != nil {
		return err
	}
	var first error
	for _, m := range ExecutableMappings(maps) {
		if m.Perms[1] != 'w' && m.Perms[2] != 'x' {
			continue // read-only data: unwinding tables, data the run never reads
		}
		if err := madvise(m.Start, m.End-m.Start, madvPopulateRead); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// readMaps reads /proc/self/maps into buf with plain system calls (the
// package is initialized before os). A file longer than buf is cut; the
// executable's mappings come first.
func readMaps(buf []byte) ([]byte, error) {
	fd, err := syscall.Open("/proc/self/maps", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	n := 0
	for n < len(buf) {
		k, err := syscall.Read(fd, buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, err
		}
		if k <= 0 {
			break
		}
		n += k
	}
	if n == 0 {
		return nil, errors.New("startmem: /proc/self/maps is empty")
	}
	return buf[:n], nil
}

// probe is where CollapseHeap allocates its probe object: a package
// variable, so that the object escapes to the heap.
var probe *[16]byte

// CollapseHeap collapses the Region-aligned region of the heap that holds
// a newly allocated small object, the region the runtime is allocating
// from, into one transparent huge page. It returns the kernel's error, if
// any; the heap is the same either way.
func CollapseHeap() error {
	probe = new([16]byte)
	start := uintptr(unsafe.Pointer(probe)) &^ (Region - 1)
	probe = nil
	return madvise(start, Region, madvCollapse)
}

func madvise(start, n uintptr, advice int) error {
	_, _, e := syscall.Syscall(syscall.SYS_MADVISE, start, n, uintptr(advice))
	if e != 0 {
		return e
	}
	return nil
}
