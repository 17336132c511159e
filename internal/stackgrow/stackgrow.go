// Package stackgrow grows the stack of the goroutine that runs the
// package initializers, the main goroutine, to 16 KiB in one step when it
// is initialized. A command that analyzes a document imports it for that
// effect alone:
//
//	import _ "github.com/finanztext/finanztext/internal/stackgrow"
//
// A goroutine starts with a 2 KiB stack, and the runtime doubles it when
// a call needs more: the analysis of a news article needs 16 KiB, so the
// main goroutine would grow to 4 KiB while the standard library
// initializes (internal/godebug), and later to 16 KiB, each time copying
// its stack and taking fresh stack memory (a 32 KiB span carved into
// stacks of the new size, every one of them touched once: eight pages for
// the 4 KiB stacks). One step from 2 KiB to 16 KiB, taken before the
// other packages' initializers run, costs one copy of a shallow stack and
// two pages of a span.
//
// The package has no imports, so that it is initialized as early as the
// Go specification allows: among the packages whose imports are
// initialized, in the order of their import paths, before internal/godebug
// and every package that imports it.
package stackgrow

// Frame is the size of the frame Grow takes: with what the initializing
// goroutine has used, its stack becomes 16 KiB.
const Frame = 12 << 10

func init() { Grow(0) }

// Grow takes a frame of Frame bytes, so that the calling goroutine's stack
// grows to hold it in one step unless it is large enough already. It
// returns a byte of the frame so that the frame is not optimized away;
// i is any index.
//
//go:noinline
func Grow(i int) byte {
	var b [Frame]byte
	b[i&(Frame-1)] = 1
	return b[(Frame-1-i)&(Frame-1)]
}
