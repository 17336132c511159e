package parse

// Dates and times inside the numeral scanner: tokens to skip ("14:30",
// "2025-05-03"), their parts with WithDateParts, and ordinals before a dot.

// skipDate skips a date or time token such as "14:30", "2024/25",
// "2025-05-03" and returns where to go on. With WithDateParts it returns the
// position after the first digit group so that the parts are read one by one.
func (s *numScanner) skipDate(ds int) int {
	if s.f.cfg.dateParts {
		return ds // handled by the caller: emit nothing here
	}
	return s.skipAt(ds)
}

// dateParts reads a dotted date ("3.5.2025", "03.05.25", "3.5."), a clock
// time ("14:30", "14:30:15", "14.30 Uhr") or an ISO date ("2025-05-03")
// at ds and appends its digit groups as plain numbers.
func (s *numScanner) dateParts(dst []Number, ds int) ([]Number, int, bool) {
	t := s.text
	var groups [3]Span
	ng := 0
	var sep byte
	i := ds
	for ng < 3 {
		n := numCountDigits(t, i)
		if n == 0 || n > 4 {
			return dst, ds, false
		}
		groups[ng] = Span{i, i + n}
		ng++
		i += n
		if i+1 >= len(t) || !numIsDigit(t[i+1]) {
			break
		}
		c := t[i]
		if c != '.' && c != ':' && c != '-' || sep != 0 && c != sep {
			break
		}
		sep = c
		i++
	}
	if ng < 2 || i < len(t) && (numIsDigit(t[i]) || isASCIILetter(t[i])) {
		return dst, ds, false
	}
	l0, l1 := groups[0].Len(), groups[1].Len()
	ok := false
	switch sep {
	case '.':
		if l0 <= 2 && l1 <= 2 {
			if ng == 3 {
				ok = groups[2].Len() == 2 || groups[2].Len() == 4
			} else {
				ok = l1 == 2 && s.followedByWord(i, "uhr") || i < len(t) && t[i] == '.'
			}
		}
	case ':':
		ok = l0 <= 2 && l1 == 2 && (ng == 2 || groups[2].Len() == 2)
	case '-':
		ok = ng == 3 && l0 == 4 && l1 == 2 && groups[2].Len() == 2
	}
	if !ok {
		return dst, ds, false
	}
	for _, g := range groups[:ng] {
		d := scanDigits(t[:g.End], g.Start)
		dst = append(dst, Number{Span: g, Text: t[g.Start:g.End], Value: d.value(t, g.Start, 0, false), Flags: FlagDigits})
	}
	if sep == '.' && ng == 2 && i < len(t) && t[i] == '.' {
		i++
	}
	return dst, i, true
}

// skipDayMonth skips "3. Mai" and a year right after it; e is the dot.
func (s *numScanner) skipDayMonth(e int) int {
	t := s.text
	j := numSkipSpace(t, e+1)
	j = numWordEnd(t, j)
	k := numSkipSpace(t, j)
	if k > j && k < len(t) && numIsDigit(t[k]) {
		n := numCountDigits(t, k)
		if n == 4 && (k+n == len(t) || !numIsDigit(t[k+n])) {
			if ok, _ := numLetterAt(t, k+n); !ok {
				return k + n
			}
		}
	}
	return j
}

// Results of ordinalAfterDot.
const (
	numDotPlain   = iota // the dot ends a sentence: a plain number
	numDotOrdinal        // "im 3. Quartal"
	numDotDate           // "am 3. Mai"
	numDotSkip           // "3.example.org"
)

// ordinalAfterDot decides what "N." means: ds is the first digit, e the dot.
// Before a month name it is a date; before a lower-case word an ordinal
// ("3. größte"); before a capitalized word an ordinal only when a determiner
// stands in front ("im 3. Quartal", "der 2. Platz") and the number has at
// most three digits; otherwise the dot ends a sentence.
func (s *numScanner) ordinalAfterDot(ds, e int) int {
	t := s.text
	j := numSkipSpace(t, e+1)
	if j == len(t) && s.wholeText(ds, e+1) {
		return numDotOrdinal // the whole text is "3."
	}
	if ok, _ := numLetterAt(t, j); !ok {
		return numDotPlain
	}
	we := numWordEnd(t, j)
	var b numWordBuf
	if numFold(&b, t, j, we) && numIsMonth(b.bytes()) {
		return numDotDate
	}
	if j == e+1 {
		// "2.Weltkrieg": an ordinal glued to its noun; "3.de" is a domain
		if we < len(t) && (t[we] == '.' || t[we] == '@' || t[we] == '/') || e-ds > 3 || we-j < 3 {
			return numDotSkip // "3.example.org", "7203.T"
		}
		return numDotOrdinal
	}
	if numIsLowerAt(t, j) {
		// "10. bis 12. März", "2. und 3. Mai": days of a date
		if w := b.bytes(); string(w) == "bis" || string(w) == "und" || string(w) == "oder" {
			k := numSkipSpace(t, we)
			if n := numCountDigits(t, k); n > 0 && n <= 2 && k+n < len(t) && t[k+n] == '.' {
				m := numSkipSpace(t, k+n+1)
				me := numWordEnd(t, m)
				if me > m && numFold(&b, t, m, me) && numIsMonth(b.bytes()) {
					return numDotDate
				}
			}
		}
		return numDotOrdinal
	}
	// a capitalized word: ordinal only after a determiner ("im 3. Quartal");
	// "bis 2025. Danach" is a number ending a sentence
	p := numSkipSpaceBack(t, ds)
	if p == ds || e-ds > 3 {
		return numDotPlain
	}
	ws := numWordStart(t, p)
	if ws < p && numFold(&b, t, ws, p) {
		if numIsOrdinalHint(b.bytes()) {
			return numDotOrdinal
		}
		// "ein volles 13. Monatsgehalt", "zum vollendeten 60. Lebensjahr":
		// a determiner, then an adjective
		if w := b.bytes(); len(w) >= 4 && numIsLowerAt(t, ws) && numAdjEnding(w) {
			if q := numSkipSpaceBack(t, ws); q < ws {
				var d numWordBuf
				if qs := numWordStart(t, q); qs < q && numFold(&d, t, qs, q) && numIsOrdinalHint(d.bytes()) {
					return numDotOrdinal
				}
			}
		}
		// "vom 10. bis 12. Platz": the end of a range of ordinals
		if w := b.bytes(); string(w) == "bis" || string(w) == "und" || string(w) == "oder" {
			q := numSkipSpaceBack(t, ws)
			if q < ws && q >= 2 && t[q-1] == '.' && numIsDigit(t[q-2]) {
				return numDotOrdinal
			}
		}
	}
	return numDotPlain
}

// numAdjEnding reports whether the folded word w ends like an inflected
// adjective: -e, -en, -em, -er, -es.
func numAdjEnding(w []byte) bool {
	n := len(w)
	return w[n-1] == 'e' || n >= 2 && w[n-2] == 'e' && (w[n-1] == 'n' || w[n-1] == 'm' || w[n-1] == 'r' || w[n-1] == 's')
}

// wholeText reports whether text[i:j] is all of the text but white space.
func (s *numScanner) wholeText(i, j int) bool {
	return numSkipSpaceAll(s.text, j) == len(s.text) && numSkipSpaceAllBack(s.text, i) == 0
}
