package entity

import (
	"math/bits"
	"unicode/utf8"
)

// tokenizeBytes is tokenizeWith for a text of at most maxWindow bytes
// (ix and notes not nil) that finds the usual tokens in the bytes
// itself, eight at a time: an ASCII word right after the token before or
// after one space, its end where the first byte that is no ASCII letter
// or digit stands (swarClasses), or one ASCII punctuation byte. A word
// with letters of U+00C0–U+00FF goes to latinWord, anything else
// (other white space, other runes, apostrophes, the last bytes of the
// text) to tokenizeRange, up to the next place where no token goes on.
// Reading the shared tokens instead (tokensFrom's loop before) cost more:
// each must be checked against the bytes before it is trusted.
func tokenizeBytes(text string, toks []token, ix *index, buf *[]byte, notes *tokenNotes) []token {
	flags := fNewline
	pos := 0
	for pos < len(text) {
		if len(toks) < cap(toks) {
			f := flags
			s := pos
			c := text[s]
			if c == ' ' {
				s++
				if s == len(text) {
					goto slow
				}
				c = text[s]
				f |= fSpace
			}
			n := len(toks)
			t := &toks[:n+1][n]
			cl := wordClass[c]
			if cl&(cLetter|cDigit) == 0 && c != 0xC3 {
				// One punctuation byte (wordClass 0: ASCII, no letter, digit
				// or apostrophe) that is no white space: a token of its own.
				if cl != 0 || tokenSpace[c&0x7F] {
					goto slow
				}
				if c == '-' {
					f |= fHyphen
				}
				*t = token{start: int32(s), end: int32(s + 1), wi: ix.tok1[c&0x7F], kind: tkPunct, flags: f}
				toks = toks[:n+1]
				// noteToken, with what it notes of a punctuation token.
				if n == 0 || f&fNewline != 0 || f&fSpace != 0 && toks[n-1].kind == tkPunct {
					noteToken(text, toks, n, notes)
				} else if c == '(' {
					notes.parens = append(notes.parens, int32(n))
				}
				flags, pos = 0, s+1
				continue
			}
			var e, wn int
			var x, letter, up uint64
			if cl&(cLetter|cDigit) == 0 || s+8 > len(text) {
				goto latin // (cl: the first byte is 0xC3)
			}
			{
				x = load64(text, s)
				var digit uint64
				letter, up, digit = swarClasses(x)
				// The first byte that is no ASCII letter or digit: a byte
				// of 0x80 or more stops too (the classes of the bytes
				// before it are right: a sum carries only upwards).
				stop := (^(letter | digit) | x) & swarHigh
				f |= kindFlag(cl)
				if stop != 0 {
					wn = bits.TrailingZeros64(stop) >> 3 // ≥ 1: byte 0 is a letter or digit
					if x>>(8*wn)&0x80 != 0 {
						goto latin // a rune outside ASCII: the word may go on
					}
					keep := uint64(1)<<(8*wn) - 1
					x, letter, up = x&keep, letter&keep, up&keep
					e = s + wn
					f |= shortCaseFlags(letter, up)
				} else {
					// Eight letters or digits: asciiWordFlags's counts on,
					// eight bytes at a time, to the word's end.
					letters, uppers := swarCount(letter), swarCount(up)
					inner := up &^ 0x80 // the upper-case letters after the first byte
					for i := s + 8; ; i += 8 {
						if i+8 > len(text) {
							goto latin
						}
						x := load64(text, i)
						letter, up, digit := swarClasses(x)
						stop := (^(letter | digit) | x) & swarHigh
						if stop == 0 {
							letters += swarCount(letter)
							uppers += swarCount(up)
							inner |= up
							continue
						}
						k := bits.TrailingZeros64(stop) >> 3
						if x>>(8*k)&0x80 != 0 {
							goto latin
						}
						keep := uint64(1)<<(8*k) - 1
						letters += swarCount(letter & keep)
						uppers += swarCount(up & keep)
						inner |= up & keep
						e = i + k
						break
					}
					wn = e - s
					x = 0 // (no packed key: above eight bytes)
					if wn == 8 {
						x = load64(text, s)
					}
					if inner != 0 {
						f |= fInnerCaps
					}
					if letters >= 2 && uppers == letters {
						f |= fCaps
					}
					if wn > 13 {
						if w := text[s:e]; hasMinistrySuffix(w) {
							f |= fMinistry
						}
					}
				}
				// text[e] is ASCII, no letter or digit: the word ends here
				// unless it is an apostrophe (scanWord's case).
				if wordClass[text[e]] != 0 {
					goto slow
				}
				f |= fASCII
				*t = token{start: int32(s), end: int32(e), kind: tkWord, flags: f}
				switch {
				case wn == 1:
					t.wi = ix.tok1[c&0x7F]
				case x != 0 && (f&fCaps != 0 || f&fInnerCaps == 0):
					// lookupWord's path for a word of two to eight bytes
					// that is its own key (ASCII: no mark, no apostrophe),
					// packed already.
					t.wi = ix.vtab.getSmall(x)
				default:
					// lookupWord's filter first (mayHave for a word of two
					// bytes or more without a mark): most such words fail it.
					b1, bl := text[s+1], text[e-1]
					if f&fCaps == 0 {
						b1, bl = asciiLower(b1), asciiLower(bl)
					}
					if h := filterHash(c, b1, bl, wn); ix.filter[h>>6]&(1<<(h&63)) != 0 {
						t.wi = ix.lookupWord(text, text[s:e], t, buf)
					}
				}
				goto noted
			}
		latin:
			// A word with letters of U+00C0–U+00FF, or one near the end of
			// the text: latinWord finds its end.
			{
				var ok bool
				if e, ok = latinWord(text, s, flags|f&fSpace, t, ix, buf); !ok {
					goto slow
				}
			}
			f = t.flags
		noted:
			toks = toks[:n+1]
			// noteToken for a word (no "(" to note), written here: a call per
			// word costs more than the tests. After a space and punctuation,
			// only a capitalized word or a number may start a sentence
			// (markSentence); a lower-case one after a comma does not.
			// (Most words are lower case inside a line: one test for them.)
			if f&(fNewline|fUpper|fDigit) == 0 && n != 0 {
				if c|0x20 == 'j' && n >= 2 && toks[n-1].flags&fHyphen != 0 && toks[n-2].flags&fDigit != 0 {
					notes.ages = append(notes.ages, int32(n))
				}
			} else if n == 0 || f&fNewline != 0 || f&fSpace != 0 && toks[n-1].kind == tkPunct {
				noteToken(text, toks, n, notes)
			} else {
				if f&fUpper != 0 {
					notes.uppers = append(notes.uppers, int32(n))
				}
				if c|0x20 == 'j' && n >= 2 && toks[n-1].flags&fHyphen != 0 && toks[n-2].flags&fDigit != 0 {
					notes.ages = append(notes.ages, int32(n))
				}
			}
			flags, pos = 0, e
			continue
		}
	slow:
		toks, pos, flags = byteStep(text, pos, flags, toks, ix, buf, notes)
	}
	return toks
}

// hasMinistrySuffix reports whether w ends in "ministerium" or
// "ministeriums" (fMinistry).
func hasMinistrySuffix(w string) bool {
	n := len(w)
	return n >= 11 && w[n-11:] == "ministerium" || n >= 12 && w[n-12:] == "ministeriums"
}

// byteStep is tokenizeBytes's step for any other token at pos (with the
// space flags before it): ASCII white space, a common punctuation rune outside ASCII ("–",
// "„") without tokenizeRange's rune tests (punctRuneAt), else the bytes up
// to the next place where no token goes on, read by tokenizeRange. It
// returns toks, pos and flags after it. (A call, so that the loop keeps
// its values in registers.)
func byteStep(text string, pos int, flags uint16, toks []token, ix *index, buf *[]byte, notes *tokenNotes) ([]token, int, uint16) {
	// ASCII white space (a line break, two spaces): its flags, as
	// tokenizeRange sets them.
	if c := text[pos]; c < utf8.RuneSelf && tokenSpace[c] {
		for ; pos < len(text) && text[pos] < utf8.RuneSelf && tokenSpace[text[pos]]; pos++ {
			flags |= fSpace
			if text[pos] == '\n' {
				flags |= fNewline
			}
		}
		return toks, pos, flags
	}
	if c := text[pos]; c >= utf8.RuneSelf || c == ' ' && pos+1 < len(text) && text[pos+1] >= utf8.RuneSelf {
		if toks, end, ok := punctRuneAt(text, pos, flags, toks, ix, buf, notes); ok {
			return toks, end, 0
		}
	}
	end := pos + 1
	for end < len(text) && !wordEnds(text, end) {
		end++
	}
	toks, flags = tokenizeRange(text, pos, end, flags, toks, ix, buf, notes)
	return toks, end, flags
}

// punctRuneAt appends the token of a rune of punctRune at pos, or after
// one space there, as tokenizeRange makes it (with the space flags before
// it and noteToken's notes), and returns the position after it; it
// reports false, and appends nothing, for any other rune or when toks is
// full. ix and notes are not nil.
func punctRuneAt(text string, pos int, flags uint16, toks []token, ix *index, buf *[]byte, notes *tokenNotes) ([]token, int, bool) {
	s, f := pos, flags
	if text[s] == ' ' {
		s++
		f |= fSpace
	}
	if s >= len(text) || text[s] < utf8.RuneSelf || len(toks) == cap(toks) {
		return toks, pos, false
	}
	r, size := utf8.DecodeRuneInString(text[s:])
	if !punctRune(r) {
		return toks, pos, false
	}
	e := s + size
	toks = append(toks, token{start: int32(s), end: int32(e), wi: ix.lookupPunct(text[s:e], buf), kind: tkPunct, flags: f})
	// noteToken, with what it notes of such a token (no "(").
	if n := len(toks) - 1; n == 0 || f&fNewline != 0 || f&fSpace != 0 && toks[n-1].kind == tkPunct {
		noteToken(text, toks, n, notes)
	}
	return toks, e, true
}

// punctRune reports whether r is one of the punctuation runes outside
// ASCII that news texts use most (dashes, quotation marks, the ellipsis,
// the copyright sign): tokenizeRange makes each a token of its own. None
// is white space, a word rune, a hyphen (fHyphen) or an apostrophe.
func punctRune(r rune) bool {
	switch r {
	case '–', '—', '„', '“', '”', '‚', '‘', '»', '«', '…', '©', '•':
		return true
	}
	return false
}
