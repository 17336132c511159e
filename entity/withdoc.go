package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/finanztext/finanztext/parse"
)

// FindDocWith is [Recognizer.FindDoc] for the text of pd, a shared
// tokenization the caller made anyway (see [parse.Doc]): it returns the
// same mentions and references as FindDoc(pd.Text), with [Doc.Parse] set
// to pd so that readers of the Doc (the quote finder) need not tokenize
// the text again. The recognizer reads its own tokens from pd.Text (its
// fast byte reader, see tokensFrom); pd.Tokens are not trusted, so any pd
// gives FindDoc's result. A nil pd gives what
// FindDoc("") gives. pd must not change while FindDocWith runs; the Doc
// refers to it afterwards.
func (r *Recognizer) FindDocWith(pd *parse.Doc) *Doc {
	if pd == nil {
		return r.FindDoc("")
	}
	text := pd.Text
	var doc *Doc
	if len(text) > maxWindow {
		doc = r.FindDoc(text)
	} else {
		doc = r.findDocTokens(text, pd.Tokens)
	}
	doc.Parse = pd
	return doc
}

// tokensFrom is tokenizeWith for a text whose shared tokenization ptoks
// the caller has. With an index and notes (always, in a Recognizer) it
// reads the text's bytes itself (tokenizeBytes): reading ptoks instead,
// as it did, cost more, since each shared token must be checked against
// the bytes before it is trusted. Without, it takes the tokens of ptoks
// where they fit, a token appendPlain knows after white space, and reads
// everything else with tokenizeRange (tokenStep). The result is always
// tokenizeWith's.
func tokensFrom(text string, ptoks []parse.Token, toks []token, ix *index, buf *[]byte, notes *tokenNotes) []token {
	if len(text) > maxWindow {
		return tokenizeWith(text, toks, ix, buf, notes)
	}
	flags := fNewline
	pos, k := 0, 0
	if ix == nil || notes == nil {
		for pos < len(text) {
			toks, k, pos, flags = tokenStep(text, ptoks, k, pos, flags, toks, ix, buf, notes)
		}
		return toks
	}
	return tokenizeBytes(text, toks, ix, buf, notes)
}

// tokenStep is one step of tokensFrom for any token from ptoks[k] at byte
// pos (with the space flags before it): the token of ptoks[k] when it fits,
// after white space, else the bytes up to the next place where no token
// goes on. It returns toks, k, pos and flags after it.
func tokenStep(text string, ptoks []parse.Token, k, pos int, flags uint16, toks []token, ix *index, buf *[]byte, notes *tokenNotes) ([]token, int, int, uint16) {
	for k < len(ptoks) && ptoks[k].End <= pos {
		k++
	}
	if k < len(ptoks) {
		if p := &ptoks[k]; p.Start >= pos && p.End <= len(text) && p.Start < p.End {
			ok := true
			switch {
			case p.Start == pos:
			case p.Start == pos+1 && text[pos] == ' ':
				// The usual gap, one space: gapTokens in short.
				flags |= fSpace
				pos++
			default:
				toks, pos, flags, ok = gapTokens(text, pos, p.Start, flags, toks, ix, buf, notes)
			}
			if ok {
				if len(toks) == cap(toks) {
					toks = growTokens(toks, pos, len(text))
				}
				if c := text[p.Start]; c < utf8.RuneSelf && asciiWord[c] {
					// An ASCII word, appendPlain's usual case, built in
					// place (there is room for it).
					n := len(toks)
					if plainWord(text, p.Start, p.End, flags, &toks[:n+1][n], ix, buf) {
						toks = toks[:n+1]
						// noteToken for a word (no "(" to note), written
						// here: a call per word costs more than the tests.
						if t := &toks[n]; n == 0 || t.flags&fNewline != 0 || t.flags&fSpace != 0 && toks[n-1].kind == tkPunct {
							noteToken(text, toks, n, notes)
						} else if notes != nil {
							if t.flags&fUpper != 0 {
								notes.uppers = append(notes.uppers, int32(n))
							}
							if c|0x20 == 'j' && n >= 2 && toks[n-1].flags&fHyphen != 0 && toks[n-2].flags&fDigit != 0 {
								notes.ages = append(notes.ages, int32(n))
							}
						}
						flags = 0
						pos = p.End
						k++
						return toks, k, pos, flags
					}
				} else if toks, ok = appendPlain(text, p.Start, p.End, flags, toks, ix, buf); ok {
					noteToken(text, toks, len(toks)-1, notes)
					flags = 0
					pos = int(toks[len(toks)-1].end)
					k++
					return toks, k, pos, flags
				}
			}
		}
	}
	// Read from the bytes up to the next place where no token goes on.
	end := len(text)
	if k < len(ptoks) {
		end = min(max(ptoks[k].End, pos+1), len(text))
		for end < len(text) && !wordEnds(text, end) {
			end++
		}
	}
	toks, flags = tokenizeRange(text, pos, end, flags, toks, ix, buf, notes)
	pos = end
	// The tokens of ptoks read over are skipped now, so that the next
	// step starts at one that may fit.
	for k < len(ptoks) && ptoks[k].End <= pos {
		k++
	}
	return toks, k, pos, flags
}

// latinWord sets *t to the token of the word at text[s] (s < len(text)),
// with the space flags before it, as tokenizeRange builds it (scanWord,
// then lookupWord), when that is a word of ASCII letters and digits and
// letters of U+00C0–U+00FF (ä, ö, ü, ß, é …: 0xC3 and one byte more) that
// ends where a word must end (wordEnds), and returns its end; otherwise it
// leaves *t unset and reports false. All those letters are upper or lower
// case (no fOddCase), no mark, no apostrophe; × and ÷ are no letters. The
// word's end is found in the same walk that reads its classes.
func latinWord(text string, s int, flags uint16, t *token, ix *index, buf *[]byte) (int, bool) {
	f := flags
	// The first rune tells the kind; the counts below need no test per
	// rune (cLetter is bit 0 and cUpper bit 1 of a class).
	cl, n := latinClass(text, s, len(text))
	if n == 0 {
		return 0, false
	}
	f |= kindFlag(cl)
	letters, uppers := int(cl&cLetter), int(cl>>1&1)
	inner := 0 // the upper-case letters after the first rune
	wide := n  // 2 once a rune has two bytes
	e := s + n
	for e < len(text) {
		cl, n = latinClass(text, e, len(text))
		if n == 0 {
			break
		}
		letters += int(cl & cLetter)
		inner += int(cl >> 1 & 1)
		wide |= n
		e += n
	}
	if !wordEnds(text, e) {
		return 0, false // an apostrophe, another rune: tokenizeRange's case
	}
	uppers += inner
	if inner != 0 {
		f |= fInnerCaps
	}
	if letters >= 2 && uppers == letters {
		f |= fCaps
	}
	if e-s > 13 && hasMinistrySuffix(text[s:e]) {
		f |= fMinistry
	}
	if wide == 1 {
		f |= fASCII
	}
	*t = token{start: int32(s), end: int32(e), kind: tkWord, flags: f}
	t.wi = ix.lookupWord(text, text[s:e], t, buf)
	return e, true
}

// latinClass returns the class (wordClass: cLetter, cUpper, cDigit) and
// the size of the rune at text[i] (i < e) for latinWord: an ASCII letter
// or digit (size 1) or a letter of U+00C0–U+00FF (size 2; U+00C0–U+00DE
// upper case, × and ÷ none); size 0 for any other rune or byte.
func latinClass(text string, i, e int) (uint8, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		cl := wordClass[c]
		if cl&(cLetter|cDigit) == 0 {
			return 0, 0
		}
		return cl, 1
	}
	if c != 0xC3 || i+1 >= e {
		return 0, 0
	}
	c2 := text[i+1]
	if c2-0x80 > 0x3F || c2 == 0x97 || c2 == 0xB7 { // (c2 < 0x80 or > 0xBF)
		return 0, 0 // no continuation byte, or × or ÷
	}
	if c2 <= 0x9E {
		return cLetter | cUpper, 2
	}
	return cLetter, 2
}

// wordEnds reports whether every token of the recognizer ends at or
// before byte i: text[i] is an ASCII byte that neither is nor continues a
// word (white space or punctuation other than an apostrophe).
func wordEnds(text string, i int) bool {
	return i >= len(text) || wordClass[text[i]] == 0
}

// gapTokens reads text[i:j], the bytes between two tokens of the shared
// tokenization (white space, a joining hyphen or slash), from i, where a
// token of the recognizer may start: it adds white space to flags and
// appends a token for each ASCII punctuation byte (not an apostrophe), as
// tokenizeRange does. It stops at any other byte and reports false; the
// returned position and flags are where it stopped.
func gapTokens(text string, i, j int, flags uint16, toks []token, ix *index, buf *[]byte, notes *tokenNotes) ([]token, int, uint16, bool) {
	for i < j {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				flags |= fSpace | fNewline
			case tokenSpace[c]:
				flags |= fSpace
			case wordClass[c] == 0:
				if len(toks) == cap(toks) {
					toks = growTokens(toks, i, len(text))
				}
				toks, _ = appendPlain(text, i, i+1, flags, toks, ix, buf)
				noteToken(text, toks, len(toks)-1, notes)
				flags = 0
			default:
				return toks, i, flags, false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:j])
		if r == utf8.RuneError && size <= 1 || !unicode.IsSpace(r) {
			return toks, i, flags, false
		}
		flags |= fSpace
		i += size
	}
	return toks, i, flags, true
}

// tokenSpace marks the ASCII bytes the recognizer's tokens skip as white
// space (a NUL too).
var tokenSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\r': true, '\f': true, '\v': true, 0: true, '\n': true}

// appendPlain appends text[s:e] as one token, with the space flags
// before it, as tokenizeRange builds it, when it is one of the tokens it
// knows the recognizer reads so: ASCII letters and digits ending where a
// word must end (wordEnds), or a single ASCII punctuation byte other than
// an apostrophe. Otherwise it appends nothing and reports false.
func appendPlain(text string, s, e int, flags uint16, toks []token, ix *index, buf *[]byte) ([]token, bool) {
	c := text[s]
	if c >= utf8.RuneSelf {
		return toks, false
	}
	if !asciiWord[c] {
		// One punctuation byte; white space and apostrophes are not
		// tokens of their own here.
		if e != s+1 || wordClass[c] != 0 || tokenSpace[c] {
			return toks, false
		}
		t := token{start: int32(s), end: int32(s + 1), kind: tkPunct, flags: flags}
		if c == '-' {
			t.flags |= fHyphen
		}
		if ix != nil {
			t.wi = ix.tok1[c]
		}
		return append(toks, t), true
	}
	n := len(toks)
	if n == cap(toks) {
		toks = growTokens(toks, s, len(text))
	}
	if plainWord(text, s, e, flags, &toks[:n+1][n], ix, buf) {
		return toks[:n+1], true
	}
	return toks, false
}

// plainWord sets *t to the token of text[s:e], with the space flags
// before it, when that is a word of ASCII letters and digits ending where
// a word must end (wordEnds), as tokenizeRange builds it; otherwise it
// leaves *t unset and reports false.
func plainWord(text string, s, e int, flags uint16, t *token, ix *index, buf *[]byte) bool {
	// The word's flags, as scanWord sets them for ASCII letters and digits.
	f, x, ok := asciiWordFlags(text, s, e, flags)
	if !ok || !wordEnds(text, e) {
		return false
	}
	if e-s > 13 {
		if w := text[s:e]; strings.HasSuffix(w, "ministerium") || strings.HasSuffix(w, "ministeriums") {
			f |= fMinistry
		}
	}
	f |= fASCII
	*t = token{start: int32(s), end: int32(e), kind: tkWord, flags: f}
	if ix != nil {
		if x != 0 && (f&fCaps != 0 || f&fInnerCaps == 0) {
			// lookupWord's path for a word of two to eight bytes that is
			// its own key (ASCII: no mark, no apostrophe), with the key
			// packed already.
			t.wi = ix.vtab.getSmall(x)
		} else {
			t.wi = ix.lookupWord(text, text[s:e], t, buf)
		}
	}
	return true
}

// SWAR constants: a byte of ones, a byte of high bits, in every byte.
const (
	swarOnes = 0x0101010101010101
	swarHigh = 0x8080808080808080
)

// swarRange returns 0x80 in each byte of x that is in [lo, hi] and 0 in
// the others; every byte of x is below 0x80 (so no sum carries into the
// next byte).
func swarRange(x uint64, lo, hi uint64) uint64 {
	return (x + (0x80-lo)*swarOnes) &^ (x + (0x7F-hi)*swarOnes) & swarHigh
}

// swarClasses returns 0x80 in each byte of x (all below 0x80) that is an
// ASCII letter, an upper-case letter, a digit. Setting bit 5 lowers a
// letter (and makes no other byte a letter); a letter is upper case when
// its bit 5 is clear (x<<2 moves bit 5 to bit 7 of the same byte).
func swarClasses(x uint64) (letter, upper, digit uint64) {
	letter = swarRange(x|0x2020202020202020, 'a', 'z')
	return letter, letter &^ (x << 2), swarRange(x, '0', '9')
}

// shortCaseFlags returns fInnerCaps and fCaps for a word of at most eight
// ASCII letters and digits, from its letter and upper-case masks
// (swarClasses): an upper-case letter after the first byte, and letters ≥
// 2 all upper case (no lower-case letter, two upper-case ones or more).
func shortCaseFlags(letter, up uint64) uint16 {
	var f uint16
	if up&^0x80 != 0 {
		f |= fInnerCaps
	}
	if letter == up && up&(up-1) != 0 {
		f |= fCaps
	}
	return f
}

// swarCount returns the number of bytes of m (each 0x80 or 0) that are set.
func swarCount(m uint64) int { return int((m >> 7) * swarOnes >> 56) }

// asciiWordFlags returns flags with the flags scanWord adds for
// text[s:e] (s < e), when its bytes are ASCII letters and digits, and
// reports false otherwise. For a word of two to eight bytes it also
// returns the word packed as packKey does (else 0). Words are read eight
// bytes at a time (a branch-free class test per eight bytes, rather than
// per byte); a word whose last eight bytes would read past the text is
// read byte by byte.
func asciiWordFlags(text string, s, e int, flags uint16) (uint16, uint64, bool) {
	n := e - s
	if n <= 0 || s+(n+7)&^7 > len(text) {
		return asciiWordFlagsSlow(text, s, e, flags)
	}
	// The first eight bytes (at most), as most words are.
	x := load64(text, s)
	want := uint64(swarHigh)
	if n < 8 {
		x &= 1<<(8*n) - 1 // bytes past the word read as 0: no class
		want &= 1<<(8*n) - 1
	}
	if x&swarHigh != 0 {
		return flags, 0, false
	}
	letter, up, digit := swarClasses(x)
	if letter|digit != want {
		return flags, 0, false
	}
	switch {
	case up&0x80 != 0:
		flags |= fUpper
	case letter&0x80 != 0:
		flags |= fLower
	default:
		flags |= fDigit
	}
	if n <= 8 {
		flags |= shortCaseFlags(letter, up)
		if n == 1 {
			x = 0
		}
		return flags, x, true
	}
	letters, uppers := swarCount(letter), swarCount(up)
	inner := up &^ 0x80 // the upper-case letters after the first byte
	for i := s + 8; i < e; i += 8 {
		x := load64(text, i)
		want := uint64(swarHigh)
		if k := e - i; k < 8 {
			x &= 1<<(8*k) - 1
			want &= 1<<(8*k) - 1
		}
		if x&swarHigh != 0 {
			return flags, 0, false
		}
		letter, up, digit := swarClasses(x)
		if letter|digit != want {
			return flags, 0, false
		}
		letters += swarCount(letter)
		uppers += swarCount(up)
		inner |= up
	}
	if inner != 0 {
		flags |= fInnerCaps
	}
	if letters >= 2 && uppers == letters {
		flags |= fCaps
	}
	return flags, 0, true
}

// load64 returns text[i:i+8] as a little-endian integer.
func load64(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// asciiWordFlagsSlow is asciiWordFlags byte by byte (no packed word).
func asciiWordFlagsSlow(text string, s, e int, flags uint16) (uint16, uint64, bool) {
	f := flags | fLower
	letters, uppers := 0, 0
	switch cl := wordClass[text[s]]; {
	case cl&cUpper != 0:
		f, letters, uppers = flags|fUpper, 1, 1
	case cl&cDigit != 0:
		f = flags | fDigit
	case cl&cLetter == 0:
		return flags, 0, false
	default:
		letters = 1
	}
	for i := s + 1; i < e; i++ {
		cl := wordClass[text[i]]
		if cl&(cLetter|cDigit) == 0 {
			return flags, 0, false
		}
		letters += int(cl & cLetter)
		if cl&cUpper != 0 {
			uppers++
			f |= fInnerCaps
		}
	}
	if letters >= 2 && uppers == letters {
		f |= fCaps
	}
	return f, 0, true
}

// findDocTokens is findDoc with the tokens derived from ptoks.
func (r *Recognizer) findDocTokens(text string, ptoks []parse.Token) *Doc {
	return r.findDocFrom(newDocStateFrom(r.index(), text, ptoks))
}

// kindFlag is the token flag of a word whose first rune has class cl: an
// upper-case letter, a lower-case letter or a digit.
func kindFlag(cl uint8) uint16 {
	switch {
	case cl&cUpper != 0:
		return fUpper
	case cl&cLetter != 0:
		return fLower
	}
	return fDigit
}
