package parse

// A decimal point before a percent unit.
//
// German writes a decimal comma, and "1.099" is 1099. English-style
// percentages still turn up in German news ("28.56 %", "3.5 Prozent"):
// a dot followed by one or two digits is no thousands group, so such a
// token is malformed by the German rules and would be skipped. It is read
// as a decimal point only when a percent unit follows directly (after at
// most one blank): "%", "Prozent" or "Prozentpunkt(e)". Nowhere else: a
// dot before three digits still groups thousands ("1.099 %" is 1099 %),
// and "3.5" alone stays malformed. The same holds before a scale word,
// glued or after one blank, as English-style figures are written in German
// text: "1.5 billion", "2.1bn", "2.1 Mrd.".

// numPointMaxInt is the longest integer part read before a decimal point.
const numPointMaxInt = 15

// pointPercentDigits reads "I.F" at ds (I up to 15 digits, F one or two
// digits) when a percent unit follows it, or when it is the lower end of a
// range whose upper end is followed by one ("2.5–3.5 %", "2.5 bis 3
// Prozent"). ok is false otherwise.
func pointPercentDigits(t string, ds int) (d numDigits, ok bool) {
	e, ok := numPointToken(t, ds)
	if !ok {
		return d, false
	}
	if !numPercentAfter(t, e) && !numPercentRangeAfter(t, e) && !numPointScaleAfter(t, e) {
		return d, false
	}
	d.errOff = -1
	d.decMark = true
	d.accum(t, ds, e-numPointFracLen(t, e)-1)
	d.nint = d.ndig
	nf := numPointFracLen(t, e)
	d.accum(t, e-nf, e)
	d.exp = -int32(nf)
	d.end = e
	d.tokEnd = e
	return d, true
}

// numPointToken returns the end of "I.F" at ds (see pointPercentDigits) when
// nothing digit-like continues it.
func numPointToken(t string, ds int) (int, bool) {
	n := numCountDigits(t, ds)
	if n == 0 || n > numPointMaxInt || ds+n+1 >= len(t) || t[ds+n] != '.' {
		return 0, false
	}
	f := numCountDigits(t, ds+n+1)
	if f == 0 || f > 2 {
		return 0, false
	}
	e := ds + n + 1 + f
	if st, sz := numSepAt(t, e); st != 0 && st != numStyleSpace && e+sz < len(t) && numIsDigit(t[e+sz]) {
		return 0, false // "3.5.2025", "1.5,3"
	}
	return e, true
}

// numPointFracLen returns the number of digits right before e (1 or 2).
func numPointFracLen(t string, e int) int {
	if e >= 2 && numIsDigit(t[e-2]) {
		return 2
	}
	return 1
}

// numPercentAfter reports whether "%", "Prozent" or "Prozentpunkt(e)"
// follows e directly or after one blank.
func numPercentAfter(t string, e int) bool {
	j := e
	if n := hSpaceLen(t, j); n > 0 {
		j += n
	}
	if j >= len(t) || t[j] != '%' && t[j] != 'P' && t[j] != 'p' {
		return false
	}
	u, _, ok := pctUnitAt(t, j, false)
	return ok && (u == Percent || u == Point) && (t[j] == '%' || pctHasFoldPrefix(t[j:], "prozent"))
}

// numPercentRangeAfter reports whether a range dash or "bis" and an upper
// end with a percent unit follow e: "2.5–3.5 %", "2.5 bis 3 Prozent".
func numPercentRangeAfter(t string, e int) bool {
	k := -1
	j := numSkipSpace(t, e)
	switch {
	case j < len(t) && t[j] == '-':
		k = j + 1
	case j+2 < len(t) && t[j] == 0xE2 && t[j+1] == 0x80 && (t[j+2] == 0x93 || t[j+2] == 0x94):
		k = j + 3
	case j > e && j+3 < len(t) && t[j:j+3] == "bis" && hSpaceLen(t, j+3) > 0:
		k = j + 3
	default:
		return false
	}
	k = numSkipSpace(t, k)
	if k >= len(t) || !numIsDigit(t[k]) {
		return false
	}
	if pe, ok := numPointToken(t, k); ok {
		return numPercentAfter(t, pe)
	}
	n := numCountDigits(t, k)
	if n > numPointMaxInt {
		return false
	}
	pe := k + n
	if pe+1 < len(t) && t[pe] == ',' && numIsDigit(t[pe+1]) {
		pe += 1 + numCountDigits(t, pe+1)
	}
	return numPercentAfter(t, pe)
}

// numPointScaleAfter reports whether a scale word follows e, glued
// ("2.1bn") or after one blank ("1.5 billion", "2.1 Mrd."): the dot before
// it is a decimal point.
func numPointScaleAfter(t string, e int) bool {
	if ok, _ := numLetterAt(t, e); ok {
		we := numWordEnd(t, e)
		return numGluedScale(t, e, we, false) != 0
	}
	j := e + hSpaceLen(t, e)
	if j == e {
		return false
	}
	if ok, _ := numLetterAt(t, j); !ok {
		return false
	}
	we := numWordEnd(t, j)
	if we < len(t) && numIsDigit(t[we]) {
		return false
	}
	exp, _ := numScaleWordAt(t, j, we)
	return exp != 0
}
