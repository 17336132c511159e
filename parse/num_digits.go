package parse

import (
	"math"
	"strings"

	"github.com/shopspring/decimal"
)

// numMaxDigits is the largest number of digits a numeral may have.
const numMaxDigits = 1000

// Grouping styles of a digit numeral.
const (
	numStyleNone  = iota // no group separator
	numStyleDot          // 1.234.567,89
	numStyleSpace        // 1 234 567,89 (U+0020, U+00A0, U+202F, U+2009)
	numStyleSwiss        // 1'234'567.89 or 1’234’567.89
)

// numDigits is a scanned digit numeral: value = mant × 10^exp, or, when big
// is set, the decimal of the de-grouped digits (more than 18 digits).
type numDigits struct {
	end     int // end of the numeral
	mant    uint64
	exp     int32
	big     bool
	ndig    int  // digits in the numeral
	nint    int  // digits before the decimal mark
	plain   bool // only digits: no separator, no decimal mark
	style   int
	errOff  int   // offset of the error, -1 when none
	err     error // ErrSyntax or ErrRange
	tokEnd  int   // end of the whole digit-and-separator token (for skipping)
	decMark bool  // has a decimal part
}

func numIsDigit(c byte) bool { return '0' <= c && c <= '9' }

// numSpaceSep returns the byte length of a group-separating space at
// text[i] (U+0020, U+00A0, U+202F, U+2009), or 0.
func numSpaceSep(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	switch text[i] {
	case ' ':
		return 1
	case 0xC2:
		if i+1 < len(text) && text[i+1] == 0xA0 {
			return 2
		}
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0xAF || text[i+2] == 0x89) {
			return 3
		}
	}
	return 0
}

// numSepAt classifies a possible separator at text[i]: its grouping style
// (or -1 for the decimal comma, 0 for none) and its byte length.
func numSepAt(text string, i int) (style, size int) {
	if i >= len(text) {
		return 0, 0
	}
	switch text[i] {
	case '.':
		return numStyleDot, 1
	case ',':
		return -1, 1
	case '\'':
		return numStyleSwiss, 1
	case 0xE2:
		if i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x99 { // ’
			return numStyleSwiss, 3
		}
	}
	if n := numSpaceSep(text, i); n > 0 {
		return numStyleSpace, n
	}
	return 0, 0
}

// numCountDigits returns the number of ASCII digits starting at text[i].
func numCountDigits(text string, i int) int {
	j := i
	for j < len(text) && numIsDigit(text[j]) {
		j++
	}
	return j - i
}

// numTokenEnd returns the end of the run of digits and inner separators
// (., , ' ’) starting at i: the stretch a finder skips when the numeral is
// malformed ("3.5.2025", "1.2.3,4").
func numTokenEnd(text string, i int) int {
	for i < len(text) {
		if numIsDigit(text[i]) {
			i++
			continue
		}
		st, n := numSepAt(text, i)
		if st == 0 || st == numStyleSpace || i+n >= len(text) || !numIsDigit(text[i+n]) {
			break
		}
		i += n
	}
	return i
}

// scanDigits scans the digit numeral that starts at text[i] (a digit).
// German rules: '.' groups and ',' is the decimal mark; a space group or a
// Swiss apostrophe group (with '.' as the decimal mark) is also read. After
// the first group (1–3 digits) every group has exactly three digits. On a
// malformed numeral errOff is set and tokEnd tells how far to skip.
func scanDigits(text string, i int) (d numDigits) {
	d.errOff = -1
	d.plain = true
	start := i
	n1 := numCountDigits(text, i)
	d.accum(text, i, i+n1)
	i += n1
	d.nint = n1
	// groups
	for {
		st, n := numSepAt(text, i)
		if st <= 0 || i+n >= len(text) || !numIsDigit(text[i+n]) {
			break
		}
		k := numCountDigits(text, i+n)
		if d.style == numStyleNone {
			if st == numStyleSpace {
				if n1 > 3 || k != 3 || d.swissOrDecimalAfter(text, i+n+k) {
					break // "2025 500": two numbers
				}
			}
			if n1 > 3 {
				return d.fail(text, start, start, ErrSyntax) // "1234.567"
			}
			d.style = st
		} else if st != d.style {
			if d.style == numStyleSwiss && st == numStyleDot {
				break // the Swiss decimal point
			}
			if d.style == numStyleSpace || st == numStyleSpace {
				break // "1.250 000": the number ends before the space
			}
			return d.fail(text, start, i, ErrSyntax)
		}
		if k != 3 {
			if d.style == numStyleSpace {
				break // "1 250 12": the space group ends before
			}
			return d.fail(text, start, i+n, ErrSyntax)
		}
		d.plain = false
		d.accum(text, i+n, i+n+k)
		i += n + k
		d.nint += k
	}
	// decimal part
	if i+1 < len(text) && numIsDigit(text[i+1]) {
		c := text[i]
		if (c == ',' && d.style != numStyleSwiss) || (c == '.' && d.style == numStyleSwiss) {
			k := numCountDigits(text, i+1)
			d.plain = false
			d.decMark = true
			d.accum(text, i+1, i+1+k)
			d.exp = -int32(k)
			i += 1 + k
		}
	}
	d.end = i
	// a further separator followed by a digit makes the token malformed:
	// "2,109,998", "1.234,5.6", "1'250,50"
	if st, n := numSepAt(text, i); st != 0 && st != numStyleSpace && i+n < len(text) && numIsDigit(text[i+n]) {
		return d.fail(text, start, i, ErrSyntax)
	}
	if d.ndig > numMaxDigits {
		d.fail(text, start, start, ErrRange)
		d.end = max(d.tokEnd, i)
		return d
	}
	return d
}

// swissOrDecimalAfter reports whether a Swiss or dotted group continues at
// i, which rules out a space group before it.
func (d *numDigits) swissOrDecimalAfter(text string, i int) bool {
	st, n := numSepAt(text, i)
	return (st == numStyleDot || st == numStyleSwiss) && i+n < len(text) && numIsDigit(text[i+n])
}

// fail records an error at off; the numeral started at start.
func (d *numDigits) fail(text string, start, off int, err error) numDigits {
	d.errOff, d.err = off, err
	d.tokEnd = numTokenEnd(text, start)
	d.end = d.tokEnd
	return *d
}

// accum adds the digits text[i:j] to the mantissa.
func (d *numDigits) accum(text string, i, j int) {
	d.ndig += j - i
	if d.big {
		return
	}
	for ; i < j; i++ {
		if d.mant > (math.MaxInt64-9)/10 {
			d.big = true
			return
		}
		d.mant = d.mant*10 + uint64(text[i]-'0')
	}
}

// value returns the decimal value of the numeral text[start:d.end] times
// 10^shift, negated when neg is set.
func (d *numDigits) value(text string, start int, shift int32, neg bool) decimal.Decimal {
	if !d.big {
		m := int64(d.mant)
		if neg {
			m = -m
		}
		return newDecimal(m, d.exp+shift)
	}
	var b strings.Builder
	b.Grow(d.ndig + 2)
	if neg {
		b.WriteByte('-')
	}
	for i := start; i < d.end; i++ {
		c := text[i]
		if numIsDigit(c) {
			b.WriteByte(c)
		} else if (c == ',' && d.style != numStyleSwiss) || (c == '.' && d.style == numStyleSwiss) {
			b.WriteByte('.')
		}
	}
	v, err := decimal.NewFromString(b.String())
	if err != nil {
		return decimal.Decimal{}
	}
	if shift != 0 {
		v = v.Shift(shift)
	}
	return v
}
