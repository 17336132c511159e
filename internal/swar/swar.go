// Package swar holds the eight-bytes-at-a-time tests that the tokenizers of
// the fact and period finders share: eight bytes of a text loaded as one
// word, and the bytes of such a word that are no ASCII letter or digit.
package swar

// Load8 returns the eight bytes text[i:i+8] as a little-endian word.
func Load8(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// NonWord returns x (eight bytes) with the high bit set in every byte that
// is no ASCII letter or digit, and no other bit. For a byte b below 0x80,
// b+(0x80-lo) has its high bit set when b >= lo, and no carry leaves the
// byte; b|0x20 folds capitals onto small letters. A byte of 0x80 or more
// (part of a multi-byte character) is always marked.
func NonWord(x uint64) uint64 {
	const (
		ones = 0x0101010101010101
		high = 0x80 * ones
	)
	x7 := x &^ high
	y := x7 | 0x20*ones
	letter := (y + (0x80-'a')*ones) &^ (y + (0x7f-'z')*ones)
	digit := (x7 + (0x80-'0')*ones) &^ (x7 + (0x7f-'9')*ones)
	return (^(letter | digit) | x) & high
}
