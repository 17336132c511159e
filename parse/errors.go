package parse

import (
	"errors"
	"strconv"
)

// Sentinel errors wrapped by [*NumError]. Test with errors.Is.
var (
	// ErrSyntax reports that the input is not a well-formed German numeral:
	// malformed digit grouping ("1.2.3,4", "12.34.567"), a stray character,
	// an unknown number word, or trailing text.
	ErrSyntax = errors.New("invalid syntax")
	// ErrRange reports that the numeral is too large to handle: more than
	// 1000 digits, or a word numeral whose value overflows.
	ErrRange = errors.New("value out of range")
	// ErrEmpty reports that the input holds no numeral at all (only spaces).
	ErrEmpty = errors.New("empty input")
)

// NumError records a failed conversion. It has the shape of
// [strconv.NumError] plus the byte offset of the problem.
type NumError struct {
	Func   string // the failing function ("Decimal", "ParseNumber")
	Num    string // the caller's input, unchanged
	Offset int    // byte offset into Num where the problem was found
	Err    error  // ErrSyntax, ErrRange or ErrEmpty
}

// Error implements the error interface:
// `parse.Decimal: parsing "1.2.3": invalid syntax at byte 3`.
func (e *NumError) Error() string {
	return "parse." + e.Func + ": parsing " + strconv.Quote(e.Num) + ": " + e.Err.Error() +
		" at byte " + strconv.Itoa(e.Offset)
}

// Unwrap returns the underlying sentinel, so errors.Is(err, ErrSyntax) works.
func (e *NumError) Unwrap() error { return e.Err }

func numErr(fn, s string, off int, err error) *NumError {
	return &NumError{Func: fn, Num: s, Offset: off, Err: err}
}
