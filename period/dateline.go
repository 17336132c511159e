package period

// datelineWindow is how far into a text Dateline looks.
const datelineWindow = 400

// Dateline returns the date of a dateline at the top of text: a full date
// (day, month and year) on one of the first three lines, preceded on its
// line by at most a place ("Frankfurt, 3. November 2025", "2025-11-03
// 08:20", "Berlin, 05.03.2025"). It returns the date's expression (its
// From is the day) and whether there is one.
func Dateline(text string) (Expression, bool) {
	head := text[:min(len(text), datelineWindow)]
	lineStart, lines := 0, 0
	for _, e := range Find(head, Ref{}) {
		for i := lineStart; i < e.Start; i++ {
			if head[i] == '\n' {
				lineStart = i + 1
				if i > 0 && head[i-1] != '\n' || i == 0 {
					lines++
				}
			}
		}
		if lines >= 3 {
			return Expression{}, false
		}
		if e.Type != Date || len(e.Value) != len("2006-01-02") || e.From.IsZero() {
			continue
		}
		if placePrefix(head[lineStart:e.Start]) {
			return e, true
		}
	}
	return Expression{}, false
}

// placePrefix reports whether s can be the place before a dateline's date:
// nothing, or a short run of letters, spaces, hyphens, slashes and
// parentheses ending in a comma ("Frankfurt am Main, ").
func placePrefix(s string) bool {
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	if len(s) == 0 {
		return true
	}
	if len(s) > 60 || s[len(s)-1] != ',' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80, isASCIILetter(c), c == ' ', c == '\t', c == ',', c == '-', c == '/', c == '(', c == ')', c == '.':
		default:
			return false
		}
	}
	return true
}
