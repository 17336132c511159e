package parse

import "github.com/shopspring/decimal"

// Vulgar fractions (½, ¾, ⅓) and slash fractions ("3/4").

// numVulgars are the vulgar fractions U+2150 … U+215E (⅐ ⅑ ⅒ ⅓ ⅔ ⅕ ⅖ ⅗
// ⅘ ⅙ ⅚ ⅛ ⅜ ⅝ ⅞), indexed by the last byte of their UTF-8 form minus 0x90.
var numVulgars = [...][2]int8{
	{1, 7}, {1, 9}, {1, 10}, {1, 3}, {2, 3}, {1, 5}, {2, 5}, {3, 5},
	{4, 5}, {1, 6}, {5, 6}, {1, 8}, {3, 8}, {5, 8}, {7, 8},
}

// numVulgarAt reads a vulgar fraction character at text[i] (½ ¼ ¾ and
// numVulgars) and returns its value and byte length, or n == 0.
func numVulgarAt(text string, i int) (num, den int64, n int) {
	if !numVulgarLead(text, i) {
		return 0, 0, 0
	}
	if text[i] == 0xC2 {
		switch text[i+1] {
		case 0xBC:
			return 1, 4, 2
		case 0xBD:
			return 1, 2, 2
		case 0xBE:
			return 3, 4, 2
		}
	}
	if i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x85 && text[i+2] >= 0x90 && int(text[i+2]-0x90) < len(numVulgars) {
		v := numVulgars[text[i+2]-0x90]
		return int64(v[0]), int64(v[1]), 3
	}
	return 0, 0, 0
}

// numVulgarLead reports cheaply (inlined) whether text[i:] may start a
// vulgar fraction: the first two bytes of ½ ¼ ¾ or of U+2150…U+215F.
func numVulgarLead(text string, i int) bool {
	return i+1 < len(text) && (text[i] == 0xC2 && text[i+1]-0xBC <= 2 || text[i] == 0xE2 && text[i+1] == 0x85)
}

// slashFraction reads a fraction written with a slash at ds ("1/2", "3/4",
// "2/3-Mehrheit"), the slash at e: a numerator of one digit below a
// denominator of at most ten (a larger pair is an issue number or a
// date: "Heft 10/12"), no further slash, digit or
// letter after it and no slash or digit group before it ("2024/25" is a
// fiscal year, "24/7" no fraction, "1/2/3" a path).
func (s *numScanner) slashFraction(ds, e int) (num, den int64, end int, ok bool) {
	t := s.text
	if e-ds > 1 || ds > 0 && (t[ds-1] == '/' || t[ds-1] == '.' || t[ds-1] == ',') {
		return 0, 0, 0, false
	}
	n := numCountDigits(t, e+1)
	end = e + 1 + n
	if n > 2 || end < len(t) && (t[end] == '/' || t[end] == '.' && end+1 < len(t) && numIsDigit(t[end+1]) || t[end] == ',' && end+1 < len(t) && numIsDigit(t[end+1])) {
		return 0, 0, 0, false
	}
	if l, _ := numLetterAt(t, end); l {
		return 0, 0, 0, false
	}
	for k := ds; k < e; k++ {
		num = num*10 + int64(t[k]-'0')
	}
	for k := e + 1; k < end; k++ {
		den = den*10 + int64(t[k]-'0')
	}
	if num == 0 || num >= den || den > 10 || t[e+1] == '0' {
		return 0, 0, 0, false
	}
	return num, den, end, true
}

// vulgarAt reports whether a vulgar fraction character stands alone at i.
func (s *numScanner) vulgarAt(i int) bool {
	if !numVulgarLead(s.text, i) {
		return false
	}
	_, _, n := numVulgarAt(s.text, i)
	return n > 0 && !numLetterBefore(s.text, i, true)
}

// atVulgar reports a vulgar fraction standing alone: "½ Prozent".
func (s *numScanner) atVulgar(dst []Number, i int) ([]Number, int, bool) {
	t := s.text
	num, den, n := numVulgarAt(t, i)
	if ok, _ := numLetterAt(t, i+n); ok || i+n < len(t) && numIsDigit(t[i+n]) {
		return dst, i + n, true
	}
	c := numCore{start: i, end: i + n, flags: FlagFraction}
	c.val = decimal.New(num, 0).DivRound(decimal.New(den, 0), 20)
	if exp, se := s.scaleAfter(c.end); se > c.end {
		c.val, c.scaleExp, c.end = c.val.Shift(exp), exp, se
		c.flags |= FlagScale
	}
	nb := Number{Span: Span{c.start, c.end}, Text: t[c.start:c.end], Value: c.val, Flags: c.flags}
	nb.Qual = s.qualBefore(c.start)
	return append(dst, nb), c.end, true
}

// atLeadingComma reads a decimal written without its zero, ",77" (0.77),
// with an optional sign at ss and the comma at cs; an SI letter may follow
// when it is the whole text (",0012G"). It must not follow a letter or
// digit and must not run on into letters or more digits groups.
func (s *numScanner) atLeadingComma(dst []Number, ss, cs int) ([]Number, int, bool) {
	t := s.text
	if cs+1 >= len(t) || !numIsDigit(t[cs+1]) || ss > 0 && !s.signOK(ss) {
		return dst, cs, false
	}
	n := numCountDigits(t, cs+1)
	e := cs + 1 + n
	if n > 18 || e < len(t) && (t[e] == ',' || t[e] == '.' && e+1 < len(t) && numIsDigit(t[e+1])) {
		return dst, cs, false
	}
	var d numDigits
	d.errOff = -1
	d.accum(t, cs+1, e)
	d.exp = -int32(n)
	d.end = e
	neg := ss < cs && t[ss] != '+'
	flags := FlagDigits
	if ss < cs {
		flags |= FlagSigned
	}
	var exp int32
	end := e
	if ok, _ := numLetterAt(t, e); ok {
		we := numWordEnd(t, e)
		exp = numGluedScale(t, e, we, s.wholeText(ss, we))
		if exp == 0 || we < len(t) && numIsDigit(t[we]) {
			return dst, cs, false
		}
		end = we
		flags |= FlagScale
	} else if x, se := s.scaleAfter(e); se > e {
		exp, end = x, se
		flags |= FlagScale
	}
	nb := Number{Span: Span{ss, end}, Text: t[ss:end], Value: d.value(t, cs+1, exp, neg), Flags: flags}
	nb.Qual = s.qualBefore(ss)
	return append(dst, nb), end, true
}
