package jsonw

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// Decimal appends d as d.String() writes it: the exact value, no
// exponent, no trailing zeros after the point. A coefficient of up to 15
// digits is written here without allocating; larger ones go through
// String.
func Decimal(dst []byte, d decimal.Decimal) []byte {
	e := d.Exponent()
	if d.NumDigits() > 15 || e > 30 || e < -40 {
		return append(dst, d.String()...)
	}
	c := d.CoefficientInt64()
	if c < 0 {
		dst = append(dst, '-')
		c = -c
	}
	var buf [64]byte
	digits := strconv.AppendInt(buf[:0], c, 10)
	if e >= 0 {
		dst = append(dst, digits...)
		if c != 0 {
			for ; e > 0; e-- {
				dst = append(dst, '0')
			}
		}
		return dst
	}
	frac := int(-e)
	if len(digits) <= frac { // 0.00ddd
		pad := frac - len(digits) + 1
		copy(buf[pad:], digits)
		for k := 0; k < pad; k++ {
			buf[k] = '0'
		}
		digits = buf[:pad+len(digits)]
	}
	ip, fp := digits[:len(digits)-frac], digits[len(digits)-frac:]
	for len(fp) > 0 && fp[len(fp)-1] == '0' {
		fp = fp[:len(fp)-1]
	}
	dst = append(dst, ip...)
	if len(fp) > 0 {
		dst = append(dst, '.')
		dst = append(dst, fp...)
	}
	return dst
}
