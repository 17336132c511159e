// Package jsonw appends JSON to byte slices without reflection: the one
// writer behind every result type's AppendJSON method, so that a Document,
// the command-line tool and json.Marshal of a single value print the same
// bytes. Strings are escaped as encoding/json escapes them with HTML
// escaping off (invalid UTF-8 becomes U+FFFD; U+2028 and U+2029 are
// escaped). It is not API.
package jsonw

import (
	"strconv"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

const hex = "0123456789abcdef"

// String appends s as a JSON string.
func String(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// Object appends the members of one JSON object. Begin it with [Begin],
// add members in order, and finish with [Object.End].
type Object struct {
	b     []byte
	first bool
}

// Begin starts an object at the end of dst.
func Begin(dst []byte) Object { return Object{b: append(dst, '{'), first: true} }

// key appends the member name k, which must need no escaping.
func (o *Object) key(k string) {
	if !o.first {
		o.b = append(o.b, ',')
	}
	o.first = false
	o.b = append(o.b, '"')
	o.b = append(o.b, k...)
	o.b = append(o.b, '"', ':')
}

// Str adds the member k with the string value v.
func (o *Object) Str(k, v string) {
	o.key(k)
	o.b = String(o.b, v)
}

// StrOmit adds k: v unless v is empty.
func (o *Object) StrOmit(k, v string) {
	if v != "" {
		o.Str(k, v)
	}
}

// Int adds the member k with the integer value v.
func (o *Object) Int(k string, v int) {
	o.key(k)
	o.b = strconv.AppendInt(o.b, int64(v), 10)
}

// Bool adds the member k with the value v.
func (o *Object) Bool(k string, v bool) {
	o.key(k)
	o.b = strconv.AppendBool(o.b, v)
}

// Raw adds the member k with v, which must be one valid JSON value.
func (o *Object) Raw(k string, v []byte) {
	o.key(k)
	o.b = append(o.b, v...)
}

// Member starts the member k and returns the buffer to append its value
// to; hand the grown buffer back with [Object.Set].
func (o *Object) Member(k string) []byte {
	o.key(k)
	return o.b
}

// Set takes back the buffer returned by [Object.Member] after the value
// was appended.
func (o *Object) Set(b []byte) { o.b = b }

// End closes the object and returns the grown buffer.
func (o *Object) End() []byte { return append(o.b, '}') }

// Dec adds the member k with the exact decimal d as a JSON string ("1.5").
func (o *Object) Dec(k string, d decimal.Decimal) {
	o.key(k)
	o.b = append(o.b, '"')
	o.b = Decimal(o.b, d)
	o.b = append(o.b, '"')
}

// Decimal appends d as d.String() writes it: the exact value, no
// exponent, no trailing zeros after the point. A coefficient of up to 15
// digits is written without allocating; larger ones go through String.
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
