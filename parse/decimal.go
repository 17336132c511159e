package parse

import (
	"github.com/shopspring/decimal"
)

// Decimal parses s, which must hold exactly one German numeral (white space
// around it is ignored), and returns its exact value.
//
// It reads digits with German grouping ("1.234.567,89", "4,800" = 4.8,
// "1.099" = 1099), space groups ("1 250 000"), Swiss groups ("1'250.50"),
// a sign (+ - −), a scale word ("34,9 Milliarden", "1,2 Bio."), and number
// words ("dreiundzwanzig", "zwei Milliarden dreihundert Millionen",
// "eineinhalb", "ein Drittel"). An ordinal ("3.", "dritte") gives its
// cardinal value; use [ParseNumber] to see the flags.
//
// The error, if any, is a [*NumError] wrapping [ErrSyntax] (malformed
// grouping such as "1.2.3,4", unknown words, trailing text, a qualifier or a
// range), [ErrRange] (more than 1000 digits) or [ErrEmpty].
func Decimal(s string) (decimal.Decimal, error) {
	a, b := numTrim(s)
	if a == b {
		return decimal.Decimal{}, numErr("Decimal", s, a, ErrEmpty)
	}
	// fast path: sign, digits, an optional scale word
	i, neg := a, false
	switch {
	case s[i] == '+' || s[i] == '-':
		neg = s[i] == '-'
		i++
	case i+2 < b && s[i] == 0xE2 && s[i+1] == 0x88 && s[i+2] == 0x92:
		neg = true
		i += 3
	}
	if i < b && numIsDigit(s[i]) {
		t := s[:b]
		d := scanDigits(t, i)
		if d.err != nil {
			if _, ok := pointPercentDigits(t, i); !ok { // "1.5 billion" reads on below
				return decimal.Decimal{}, numErr("Decimal", s, d.errOff, d.err)
			}
		} else if d.end == b {
			return d.value(t, i, 0, neg), nil
		} else {
			sc := numScanner{text: t}
			if exp, se := sc.scaleAfter(d.end); se == b {
				return d.value(t, i, exp, neg), nil
			}
		}
	}
	n, err := ParseNumber(s)
	if err != nil {
		err.(*NumError).Func = "Decimal"
		return decimal.Decimal{}, err
	}
	if n.IsRange || n.Qual != nil {
		return decimal.Decimal{}, numErr("Decimal", s, a, ErrSyntax)
	}
	return n.Value, nil
}

// ParseNumber parses s, which must hold exactly one numeral, possibly with
// a qualifier in front ("rund 5 Mio.") or as a range ("20 bis 25",
// "zwischen 20 und 25"), and returns it as [FindNumbers] would report it,
// with flags: the span of a "zwischen" range leaves out "zwischen". Span
// offsets are into s. A bare article ("eine") or "null" is the number 1 or 0 here.
//
// The error, if any, is a [*NumError] wrapping [ErrSyntax], [ErrRange] or
// [ErrEmpty], with the byte offset where reading stopped.
func ParseNumber(s string) (Number, error) {
	a, b := numTrim(s)
	if a == b {
		return Number{}, numErr("ParseNumber", s, a, ErrEmpty)
	}
	// Two numerals are already one too many: stop there.
	nums := NewNumberFinder(WithLimit(2)).Find(s)
	if len(nums) == 1 {
		n := nums[0]
		start := n.Start
		if n.Qual != nil {
			start = n.Qual.Start
		}
		if (start == a || n.IsRange && rangeLead(s, a, start)) && n.End == b {
			return n, nil
		}
	}
	// find an offset for the error
	for i := a; i < b; i++ {
		if numIsDigit(s[i]) {
			if d := scanDigits(s[:b], i); d.err != nil {
				return Number{}, numErr("ParseNumber", s, d.errOff, d.err)
			}
			break
		}
	}
	off := a
	if len(nums) > 0 {
		n := nums[0]
		start := n.Start
		if n.Qual != nil {
			start = n.Qual.Start
		}
		if start == a {
			off = n.End
		}
	}
	return Number{}, numErr("ParseNumber", s, off, ErrSyntax)
}

// numTrim returns the bounds of s without surrounding white space.
func numTrim(s string) (int, int) {
	a, b := numSkipSpaceAll(s, 0), numSkipSpaceAllBack(s, len(s))
	return a, max(a, b)
}

// rangeLead reports whether s[a:start] is the word "zwischen" and blanks:
// the lead of a range "zwischen 5 und 7", which is not part of the range's
// span.
func rangeLead(s string, a, start int) bool {
	p := numSkipSpaceBack(s, start)
	return p < start && numWordStart(s, p) == a && numFoldEq(s, a, p, "zwischen")
}
