package parse

// Span is a half-open range of byte offsets [Start, End) into the caller's
// original string. For every match m returned by this module,
// text[m.Start:m.End] == m.Text.
type Span struct {
	Start int `json:"start"` // the first byte
	End   int `json:"end"`   // one past the last byte
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }
