// Package startmem makes the first milliseconds of a short command run
// cheaper where page faults are dear. The command imports it for the
// effect of its initializer:
//
//	import _ "github.com/finanztext/finanztext/internal/startmem"
//
// A run of the command on one news article touches its code and word
// tables here and there across a 10 MB executable, and some 200 pages of
// fresh heap memory, most of them once. Every first touch of a page is a
// page fault. On bare metal a fault costs about a microsecond, but on the
// virtual machines this project is built and measured on (Firecracker) a
// fault on the executable costs about 40 µs (the kernel maps 16 pages of
// it at once) and one on fresh heap memory about 11 µs: faults were over
// a third of a one-document run. On Linux, the initializer therefore
//
//   - maps the executable's code and writable data (the word tables) in
//     one system call each (madvise MADV_POPULATE_READ, Linux 5.14 and
//     later) instead of a fault at a time: about 0.5 ms for all of them
//     against some 50 faults of 40 µs; the read-only data, mostly tables
//     for stack unwinding and data the run never reads, is left alone;
//   - collapses the 2 MiB-aligned region of the heap that the runtime is
//     allocating from into one transparent huge page (MADV_COLLAPSE, Linux
//     6.1 and later): the kernel copies the pages written so far into it,
//     and the rest of the region costs no fault at all; at most 2 MiB of
//     resident memory more.
//
// Nothing changes but when memory is mapped: the heap's contents and what
// the runtime may do with its memory afterwards (returning parts of it
// splits the huge page again) stay as they are. The Go runtime itself
// asks for neither (it stopped asking for huge pages in Go 1.21.1: a
// long-running server that frees memory keeps less of it without), which
// suits a library embedded in a server; a command that runs for
// milliseconds is the other case. Where the kernel cannot do either (an
// older kernel, transparent huge pages switched off, no /proc) nothing
// happens; on other systems the package does nothing.
package startmem

// Region is the size and alignment of the heap region CollapseHeap asks
// for: the size of a huge page on the 64-bit architectures Go supports on
// Linux.
const Region = 2 << 20

func init() {
	_ = PrefaultExecutable()
	_ = CollapseHeap()
}
