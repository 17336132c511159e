package parse

// Scale words ("Mio.", "Milliarden"), fractions ("eineinhalb") and the
// other words after the digits of a numeral.

// scaleAfter looks for a scale word after white space or a hyphen at e:
// Tsd., Tausend, Mio., Million(en), Mrd., Milliarde(n), Bio., Billion(en),
// Billiarde(n). It returns the exponent and the end (after an
// abbreviation's dot), or end == e when there is none.
func (s *numScanner) scaleAfter(e int) (int32, int) {
	t := s.text
	j := numSkipSpace(t, e)
	if j == e {
		if e < len(t) && t[e] == '-' {
			j = e + 1
		} else {
			return 0, e
		}
	}
	if ok, _ := numLetterAt(t, j); !ok || !numFirstLetterIn(t, j, "tmb") {
		return 0, e // scale words start with t, m or b
	}
	we := numWordEnd(t, j)
	if we < len(t) && numIsDigit(t[we]) {
		return 0, e
	}
	exp, abbr := numScaleWordAt(t, j, we)
	if exp == 0 {
		return 0, e
	}
	if abbr && we < len(t) && t[we] == '.' {
		we++
	}
	return exp, we
}

// numScaleWordAt is numScaleWord for the word t[j:we]. An ASCII word is
// lower-cased into a small buffer; only other words are folded.
func numScaleWordAt(t string, j, we int) (int32, bool) {
	const maxScaleLen = len("billiarden")
	if we-j <= maxScaleLen {
		var lb [maxScaleLen]byte
		n := 0
		for k := j; k < we; k++ {
			c := t[k]
			if c >= 0x80 {
				n = -1
				break
			}
			lb[n] = c | 0x20
			n++
		}
		if n >= 0 {
			w := lb[:n] // compared in place
			if t[j] == 'b' && (string(w) == "billion" || string(w) == "billions") || t[j] == 't' && (string(w) == "trillion" || string(w) == "trillions") {
				return numEnglishScale(w), false // lower case: English "1.5 billion"
			}
			return numScaleWordAny(w)
		}
	}
	var b numWordBuf
	if !numFold(&b, t, j, we) {
		return 0, false
	}
	return numScaleWordAny(b.bytes())
}

// fractionAfter looks for a fraction noun (Drittel, Viertel, …) after white
// space at e and returns its denominator and end.
func (s *numScanner) fractionAfter(e int) (uint64, int) {
	t := s.text
	j := numSkipSpace(t, e)
	if j == e || j >= len(t) {
		return 0, e
	}
	if !numFirstLetterIn(t, j, "dvfsanzht") {
		return 0, e // no fraction word: drittel, viertel, fünftel …
	}
	we := numWordEnd(t, j)
	if we-j < 6 || we-j > 14 || we < len(t) && numIsDigit(t[we]) {
		return 0, e
	}
	var b numWordBuf
	if !numFold(&b, t, j, we) {
		return 0, e
	}
	if den := numFracWord(b.bytes()); den > 0 {
		return den, we
	}
	return 0, e
}

// numFracWord returns the denominator of a folded fraction noun, or 0.
func numFracWord[S string | []byte](w S) uint64 {
	switch string(w) {
	case "drittel":
		return 3
	case "viertel":
		return 4
	case "fuenftel":
		return 5
	case "sechstel":
		return 6
	case "siebtel":
		return 7
	case "achtel":
		return 8
	case "neuntel":
		return 9
	case "zehntel":
		return 10
	case "zwanzigstel":
		return 20
	case "hundertstel":
		return 100
	case "tausendstel":
		return 1000
	}
	return 0
}

// numScaleWord returns the exponent of a folded scale word and whether it is
// an abbreviation that may take a dot.
func numScaleWord[S string | []byte](w S) (int32, bool) {
	switch string(w) {
	case "tsd":
		return 3, true
	case "tausend":
		return 3, false
	case "mio":
		return 6, true
	case "million", "millionen":
		return 6, false
	case "mrd", "md", "mia":
		return 9, true
	case "milliarde", "milliarden":
		return 9, false
	case "bio":
		return 12, true
	case "billion", "billionen":
		return 12, false
	case "billiarde", "billiarden":
		return 15, false
	}
	return 0, false
}

// numScaleWordAny is numScaleWord plus the scale words of figures written
// the English way in German text ("$1.5 billion", "USD 3bn"). "billion"
// written in lower case is the English 10⁹; the German noun is capitalized
// ("Billion", 10¹²): see numScaleWordAt.
func numScaleWordAny[S string | []byte](w S) (int32, bool) {
	if exp, abbr := numScaleWord(w); exp != 0 {
		return exp, abbr
	}
	switch string(w) {
	case "bn", "bln":
		return 9, true
	case "mn", "mln":
		return 6, true
	case "tn", "trn":
		return 12, true
	case "millions":
		return 6, false
	case "billions":
		return 9, false
	}
	return 0, false
}

// numEnglishScale returns the exponent of an English scale word written in
// lower case: "billion" is 10⁹, "trillion" 10¹².
func numEnglishScale[S string | []byte](w S) int32 {
	if w[0] == 'b' {
		return 9
	}
	return 12
}

// numGluedScale returns the exponent of a scale abbreviation glued to
// digits, t[e:we]: the English "bn", "mn", "tn" ("3bn", "2.1bn") anywhere,
// and the SI letters k/K (10³), M (10⁶) and G (10⁹) only when whole is set
// (the numeral is all of the text): in running text "3M", "5G", "100k" are
// names and codes.
func numGluedScale(t string, e, we int, whole bool) int32 {
	switch we - e {
	case 1:
		if !whole {
			return 0
		}
		switch t[e] {
		case 'k', 'K':
			return 3
		case 'M':
			return 6
		case 'G':
			return 9
		}
	case 2, 3:
		var lb [3]byte
		for k := e; k < we; k++ {
			lb[k-e] = t[k] | 0x20
		}
		switch string(lb[:we-e]) {
		case "bn", "bln":
			return 9
		case "mn", "mln":
			return 6
		case "tn", "trn":
			return 12
		}
	}
	return 0
}

// numIsMonth reports whether the folded word w names a month.
func numIsMonth[S string | []byte](w S) bool {
	switch string(w) {
	case "januar", "jaenner", "februar", "maerz", "april", "mai", "juni", "juli",
		"august", "september", "oktober", "november", "dezember",
		"jan", "feb", "mrz", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez":
		return true
	}
	return false
}

// numIsOrdinalHint reports whether the folded word w, right before "N.",
// makes it an ordinal even before a capitalized noun ("im 3. Quartal").
func numIsOrdinalHint[S string | []byte](w S) bool {
	switch string(w) {
	case "im", "am", "zum", "zur", "vom", "beim", "ins", "der", "die", "das", "den", "dem", "des",
		"jeder", "jede", "jedes", "jeden", "jedem", "sein", "seine", "seinem",
		"seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer", "unser", "unsere", "unserem",
		"ein", "eine", "einem", "einen", "einer":
		return true
	}
	return false
}
