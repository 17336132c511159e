package period

import (
	"sync/atomic"

	"github.com/finanztext/finanztext/internal/strtab"
)

// Value strings repeat: a news text names "2025", "2025-Q3" or "P1Y" many
// times. intern returns a string for the bytes b from a small lossy cache,
// so that a value built again costs no allocation. The cache is a fixed
// array of atomic pointers to immutable strings, indexed by a hash of the
// bytes: a slot holds the last value stored there, and readers compare
// before they use it, so it is safe for concurrent use and never wrong.
var internCache [1024]atomic.Pointer[string]

// maxInterned bounds the values kept in the cache (TIMEX3 values are short).
const maxInterned = 32

func intern(b []byte) string {
	if len(b) > maxInterned {
		return string(b)
	}
	p := &internCache[strtab.Hash(b)%uint32(len(internCache))]
	if s := p.Load(); s != nil && *s == string(b) {
		return *s
	}
	s := string(b)
	p.Store(&s)
	return s
}
