//go:build !unix

package advtest

import (
	"testing"
	"time"
)

var start = time.Now()

// CPUTime returns the time since the test binary started where the
// process's CPU time cannot be read.
func CPUTime(t testing.TB) time.Duration { return time.Since(start) }
