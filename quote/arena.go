package quote

// slab hands out pointers to values of T from chunks that it keeps between
// documents: the people of a text and the speakers the attribution rules
// try are many small values, and allocating each one cost a third of the
// package's allocations. A pointer stays valid until reset: a chunk is
// never grown in place, a full one is followed by a new, larger one.
// Nothing a slab holds reaches the caller: resolve copies the speakers it
// returns into one slice of their own.
type slab[T any] struct {
	chunks [][]T
	ci     int // the chunk in use
	n      int // values used in chunks[ci]
}

// slabFirst is the length of a slab's first chunk; each next one doubles.
const slabFirst = 32

// slabMaxKept bounds the values a slab keeps for reuse after reset (the
// chunks beyond are left to the collector).
const slabMaxKept = 1 << 14

// alloc returns a pointer to a zero T.
func (s *slab[T]) alloc() *T {
	if s.ci >= len(s.chunks) || s.n == len(s.chunks[s.ci]) {
		if s.ci+1 < len(s.chunks) {
			s.ci++ // a chunk kept from an earlier document
		} else {
			size := slabFirst
			if len(s.chunks) > 0 {
				size = 2 * len(s.chunks[len(s.chunks)-1])
			}
			s.chunks = append(s.chunks, make([]T, size))
			s.ci = len(s.chunks) - 1
		}
		s.n = 0
	}
	p := &s.chunks[s.ci][s.n]
	s.n++
	return p
}

// reset zeroes the values handed out (they may hold the caller's text and
// entities) and makes them available again.
func (s *slab[T]) reset() {
	kept := 0
	for i := range s.chunks {
		if i < s.ci {
			clear(s.chunks[i])
		} else if i == s.ci {
			clear(s.chunks[i][:s.n])
		}
		kept += len(s.chunks[i])
		if kept > slabMaxKept {
			clear(s.chunks[i+1:])
			s.chunks = s.chunks[:i+1]
			break
		}
	}
	s.ci, s.n = 0, 0
}
