package parse

// hSpaceLen returns the length of a horizontal white-space character at
// text[i], or 0: space, tab, U+00A0, U+1680, U+2000…U+200A, U+202F, U+205F,
// U+3000. It is the one definition of a blank for numerals, percentages and
// sentences.
func hSpaceLen(text string, i int) int {
	// an ASCII byte (a blank, a letter) or a Latin-1 tail byte is decided
	// by a table where the call inlines (the budget allows no more); from
	// 0xC2 on, the first bytes of wider blanks and of letters, it goes on
	if i < len(text) && text[i] < 0xC2 {
		return hSpaceByte[text[i]]
	}
	return hSpaceLenRest(text, i)
}

// hSpaceByte is hSpaceLen of a byte below 0xC2: 1 for ' ' and '\t', 0 for
// any other (no wider blank starts below 0xC2).
var hSpaceByte = [0xC2]int{' ': 1, '\t': 1}

// hSpaceLenRest is hSpaceLen for a byte from 0xC2 on or i at the end of
// text.
func hSpaceLenRest(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	switch text[i] {
	case ' ', '\t':
		return 1
	case 0xC2:
		if i+1 < len(text) && text[i+1] == 0xA0 {
			return 2
		}
	case 0xE2:
		if i+2 < len(text) && (text[i+1] == 0x80 && (text[i+2] <= 0x8A || text[i+2] == 0xAF) ||
			text[i+1] == 0x81 && text[i+2] == 0x9F) { // U+2000…U+200A, U+202F, U+205F
			return 3
		}
	case 0xE1:
		if i+2 < len(text) && text[i+1] == 0x9A && text[i+2] == 0x80 { // U+1680
			return 3
		}
	case 0xE3:
		if i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x80 { // U+3000
			return 3
		}
	}
	return 0
}
