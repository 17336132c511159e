package parse

import "math/bits"

// asciiLettersEnd returns the end of the run of ASCII letters at i. It
// tests eight bytes at once while eight remain (the letter loop was the
// numeral scanner's costliest line); the tail goes byte by byte.
func asciiLettersEnd(text string, i int) int {
	const (
		lo = 0x0101010101010101
		hi = 0x8080808080808080
	)
	for i >= 0 && i+8 <= len(text) {
		t := text[i : i+8]
		x := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		// per byte: y = (b|0x20)&0x7F folds 'A'…'Z' onto 'a'…'z' and keeps
		// the sums below from carrying into the next byte; y+0x1F has bit 7
		// iff y >= 'a', y+0x05 iff y > 'z'; a byte above ASCII never counts
		y := (x | 0x20*lo) &^ hi
		m := (y + 0x1F*lo) &^ (y + 0x05*lo) &^ x & hi
		if m != hi {
			return i + bits.TrailingZeros64(^m&hi)>>3
		}
		i += 8
	}
	for i < len(text) && (text[i]|0x20)-'a' < 26 {
		i++
	}
	return i
}

// nonLowerBytes8 returns the high bit of every byte of x (eight bytes of
// text, little-endian) that is no lower-case ASCII letter, and perhaps of
// bytes after the first such byte: the first set bit ends a run of a-z.
// Per byte b below 0x80, b+0x1F has bit 7 iff b >= 'a' and b+0x05 iff
// b > 'z', and neither sum carries; a byte from 0x80 on is no letter
// (&^ x), and the carries of its sums reach only the bytes after it.
func nonLowerBytes8(x uint64) uint64 {
	const (
		lo = 0x0101010101010101
		hi = 0x8080808080808080
	)
	return ^((x + 0x1F*lo) &^ (x + 0x05*lo) &^ x) & hi
}
