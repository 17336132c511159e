// Package hugeheap backs the heap of a short command run with a huge
// page where page faults are dear. The command imports it for the effect
// of its initializer:
//
//	import _ "github.com/finanztext/finanztext/internal/hugeheap"
//
// A run of the command on one news article writes to some 200 pages of
// fresh heap memory, most of them once: the first small object of each
// size class takes a page of its own. Every first write to a page is a
// page fault. On bare metal a fault costs well under a microsecond, but on
// the virtual machines this project is built and measured on
// (Firecracker) one on fresh memory costs about 11 µs: heap faults were a
// sixth of a one-document run. On Linux, the initializer collapses the
// 2 MiB-aligned region of the heap that the runtime is allocating from
// into one transparent huge page (madvise MADV_COLLAPSE, Linux 6.1 and
// later): the kernel copies the pages written so far into it, and the rest
// of the region costs no fault at all. It takes about 0.3–0.7 ms and at
// most 2 MiB of resident memory, and saves about 1 ms of a one-document
// run here (BENCHMARKS.md, sixth session).
//
// Nothing changes but when memory is mapped: the heap's contents and what
// the runtime may do with its memory afterwards (returning parts of it
// splits the huge page again) stay as they are. The Go runtime itself does
// not ask for huge pages (it stopped in Go 1.21.1: a long-running server
// that frees memory keeps less of it without), which suits a library
// embedded in a server; a command that runs for milliseconds is the other
// case. Where the kernel cannot collapse the region (an older kernel,
// transparent huge pages switched off, no huge page free) nothing happens;
// on other systems the package does nothing.
package hugeheap

// Region is the size and alignment of the heap region Collapse asks for:
// the size of a huge page on the 64-bit architectures Go supports on
// Linux.
const Region = 2 << 20

func init() { _ = Collapse() }
