package hugeheap_test

import (
	"fmt"

	"github.com/finanztext/finanztext/internal/hugeheap"
)

// A command imports the package for its initializer. Collapse may be
// called again, for example after a phase that grew the heap into a new
// region; its error only tells whether the kernel did it, the heap is the
// same either way.
func ExampleCollapse() {
	_ = hugeheap.Collapse()
	fmt.Printf("regions of %d MiB\n", hugeheap.Region>>20)
	// Output: regions of 2 MiB
}
