package money

// The word tables of the package (scaleWords, qualWords, abbreviations,
// quantifiers, acronymCodes) are generated Go data (zz_generated_sets.go,
// written from their literals by `go generate ./money/`; see
// sets_gen_test.go), not maps built at start.
//
//go:generate go test -tags moneygen -count 1 -run ^TestGeneratedSets$ . -args -write-sets

// scaleWords maps a German scale word (with its abbreviation dot where it
// has one) to its power of ten. A German Billion is 10^12.
//
// buildScaleWords returns the words of the table scaleWords (generated: see the
// package's zz_generated_sets.go).
func buildScaleWords() map[string]int32 {
	return map[string]int32{
		"Tsd.": 3, "Tsd": 3, "Tausend": 3,
		"Mio.": 6, "Mio": 6, "Mill.": 6, "Million": 6, "Millionen": 6,
		"Mrd.": 9, "Mrd": 9, "Md.": 9, "Milliarde": 9, "Milliarden": 9,
		"Bio.": 12, "Bio": 12, "Billion": 12, "Billionen": 12,
		"Billiarde": 15, "Billiarden": 15,
	}
}

// englishScale returns the power of ten of a scale word of English-style
// amounts written with a currency sign in front ("$1.5 billion"): the
// short scale.
func englishScale(w string) (int32, bool) {
	switch w {
	case "thousand":
		return 3, true
	case "million", "mn", "m":
		return 6, true
	case "billion", "bn":
		return 9, true
	case "trillion":
		return 12, true
	}
	return 0, false
}

// scaleAt recognizes a scale word starting at p and returns its power of
// ten and its end. With english, it takes the English words instead.
func scaleAt(text string, p int, english bool) (int32, int, bool) {
	we := wordEnd(text, p)
	if we == p || we-p > 12 || wordChar(text, we) {
		return 0, 0, false
	}
	if english {
		e, ok := englishScale(text[p:we])
		return e, we, ok
	}
	if we < len(text) && text[we] == '.' {
		if e, ok := scaleWords.Get(text[p : we+1]); ok {
			return e, we + 1, true
		}
	}
	e, ok := scaleWords.Get(text[p:we])
	return e, we, ok
}

// trailingScale returns the power of ten of the scale word a numeral's
// text ends with ("25 Milliarden" → 9, "13 Mrd." → 9), or false.
func trailingScale(s string) (int32, bool) {
	end := len(s)
	if end > 0 && s[end-1] == '.' {
		end--
	}
	ws := wordStart(s, end)
	if ws == end {
		return 0, false
	}
	if e, ok := scaleWords.Get(s[ws:]); ok {
		return e, true
	}
	e, ok := scaleWords.Get(s[ws:end])
	return e, ok
}

// pluralScale reports whether w is a bare plural scale word, the head of a
// vague amount ("Milliarden von US-Dollar").
func pluralScale(w string) bool {
	switch w {
	case "Millionen", "Milliarden", "Billionen", "Billiarden":
		return true
	}
	return false
}
