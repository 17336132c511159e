package parse

import "math/bits"

// Word-at-a-time byte tests for the hottest loops (the tokenizer, the
// numeral scanner and the sentence splitter): eight bytes are loaded as one
// little-endian word and classified with a few arithmetic operations
// instead of one load, compare and branch per byte.

const (
	swarOnes = 0x0101010101010101 // 0x01 in every byte
	swarHigh = 0x8080808080808080 // the high bit of every byte
)

// load8 returns the first eight bytes of s (len(s) >= 8) as a
// little-endian word; the compiler merges the loads into one.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// swarLower returns the high bit of each byte of x that is 'a'…'z'. The
// additions cannot carry into the next byte: each adds at most 0x7F+0x1F.
func swarLower(x uint64) uint64 {
	y := x &^ swarHigh
	ge := y + (0x80-'a')*swarOnes   // high bit set where y >= 'a'
	gt := y + (0x80-'z'-1)*swarOnes // high bit set where y > 'z'
	return ge &^ gt &^ x & swarHigh // and x itself is ASCII
}

// swarLetter returns the high bit of each byte of x that is an ASCII letter:
// setting bit 0x20 maps 'A'…'Z' onto 'a'…'z' and no other byte into it.
func swarLetter(x uint64) uint64 {
	return swarLower(x | 0x20*swarOnes)
}

// swarRun returns the number of leading bytes (0…8) whose high bit is set
// in mask.
func swarRun(mask uint64) int {
	return bits.TrailingZeros64(^mask&swarHigh) >> 3
}

// lowerRun returns the end of the run of ASCII lower-case letters that
// starts at i, at most e.
func lowerRun(text string, i, e int) int {
	for i+8 <= e {
		n := swarRun(swarLower(load8(text[i:])))
		i += n
		if n < 8 {
			return i
		}
	}
	for i < e && text[i]-'a' < 26 {
		i++
	}
	return i
}

// letterRun returns the end of the run of ASCII letters that starts at i,
// at most e.
func letterRun(text string, i, e int) int {
	for i+8 <= e {
		n := swarRun(swarLetter(load8(text[i:])))
		i += n
		if n < 8 {
			return i
		}
	}
	for i < e && (text[i]|0x20)-'a' < 26 {
		i++
	}
	return i
}
