package entity

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tkWord  uint8 = iota + 1 // letters and digits, inner apostrophes
	tkPunct                  // one punctuation or symbol rune
)

// Token flags.
const (
	fSpace     uint16 = 1 << iota // whitespace before the token
	fNewline                      // a line break before the token
	fUpper                        // a word starting with an upper-case letter
	fCaps                         // a word of ≥ 2 letters, all upper case (an acronym)
	fDigit                        // a word starting with a digit
	fLower                        // a word starting with a lower-case letter
	fSentStart                    // the first token of a sentence
	fHyphen                       // a hyphen token ("-", U+2010, U+2011)
	fInnerCaps                    // an upper-case letter after the first rune ("OpenAI", "KfW")
	fMark                         // a word holding a combining mark (text in NFD)
	fDefStart                     // the first token of an acronym's long form (set by findAcronyms)
	fNoKey                        // a word holding an apostrophe or a byte 0xE2 (not isKeyForm)
	fOddCase                      // a letter after the first rune that is neither upper nor lower case but lowers ("ǅ")
	fMinistry                     // a word of more than 13 bytes ending in "ministerium" or "ministeriums"
	fASCII                        // a word of ASCII letters and digits only
)

// token is one word or punctuation rune of the text, with byte offsets into
// the caller's string.
type token struct {
	start, end int32
	wi         int32 // index into index.winfo of the token's word info; 0: none
	flags      uint16
	kind       uint8
}

func (t *token) is(f uint16) bool { return t.flags&f != 0 }

func isHyphenRune(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

// tokenize splits text into word and punctuation tokens. It is linear in
// len(text), never fails, and appends to toks (which may be nil). The
// tokens carry no word info (wi 0).
func tokenize(text string, toks []token) []token {
	return tokenizeWith(text, toks, nil, nil, nil)
}

// tokenNotes are token positions noted while tokenizing, so that rules
// looking for rare tokens need not walk all tokens again.
type tokenNotes struct {
	parens []int32 // "(" tokens
	ages   []int32 // words starting with j or J after a digit and a hyphen ("40-jährige")
	uppers []int32 // words starting with an upper-case letter (fUpper)
	sents  []int32 // the first token of each sentence (fSentStart)
}

// tokenizeWith is tokenize that also looks each token up in the
// vocabulary of ix (when ix is not nil) and marks the sentences, in the
// same pass. buf is scratch space for keys; notes, when not nil, receives
// the positions of tokenNotes.
func tokenizeWith(text string, toks []token, ix *index, buf *[]byte, notes *tokenNotes) []token {
	if len(text) > math.MaxInt32 {
		return toks
	}
	toks, _ = tokenizeRange(text, 0, len(text), fNewline, toks, ix, buf, notes)
	return toks
}

// tokenizeRange is tokenizeWith over text[i:end], where end is where no
// token goes on (see wordEnds) and toks hold the tokens of text[:i]. flags
// are the space flags of the white space before i (fNewline at the start
// of the text); it returns those of the white space before end.
func tokenizeRange(text string, i, end int, flags uint16, toks []token, ix *index, buf *[]byte, notes *tokenNotes) ([]token, uint16) {
	for i < end {
		if len(toks) == cap(toks) {
			toks = growTokens(toks, i, len(text))
		}
		c := text[i]
		// The token is built in place (a token returned by value costs a
		// store-forwarding stall).
		var t *token
		k := len(toks)
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0:
				flags |= fSpace
				i++
				continue
			case c == '\n':
				flags |= fSpace | fNewline
				i++
				continue
			}
			toks = append(toks, token{})
			t = &toks[k]
			t.start = int32(i)
			if !asciiWord[c] {
				// One ASCII punctuation or symbol byte.
				t.end, t.kind, t.flags = int32(i+1), tkPunct, flags
				if c == '-' {
					t.flags |= fHyphen
				}
				if ix != nil {
					t.wi = ix.tok1[c]
				}
				i++
				goto emit
			}
			kind := fLower
			switch {
			case 'A' <= c && c <= 'Z':
				kind = fUpper
			case c <= '9':
				kind = fDigit
			}
			i = scanWord(text, i, t, flags|kind, c >= 'A', kind == fUpper, 1)
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && size <= 1 {
				// A byte that is not UTF-8: a punctuation token of its
				// own, so that it ends a name and is never part of one
				// ("Die Hans\xff AG" names no company).
				toks = append(toks, token{start: int32(i), end: int32(i + 1), kind: tkPunct, flags: flags})
				i++
				goto emit
			}
			if unicode.IsSpace(r) {
				flags |= fSpace
				i += size
				continue
			}
			toks = append(toks, token{})
			t = &toks[k]
			t.start = int32(i)
			if !isWordRune(r) {
				t.end, t.kind, t.flags = int32(i+size), tkPunct, flags
				if isHyphenRune(r) {
					t.flags |= fHyphen
				}
				if ix != nil {
					t.wi = ix.lookupPunct(text[i:i+size], buf)
				}
				i += size
				goto emit
			}
			kind := fLower
			switch {
			case unicode.IsUpper(r) || unicode.IsTitle(r):
				kind = fUpper
			case unicode.IsDigit(r):
				kind = fDigit
			}
			letter := unicode.IsLetter(r)
			i = scanWord(text, i, t, flags|kind, letter, letter && unicode.IsUpper(r), size)
		}
		if ix != nil {
			t.wi = ix.lookupWord(text, text[t.start:t.end], t, buf)
		}
	emit:
		flags = 0
		noteToken(text, toks, k, notes)
	}
	return toks, flags
}

// noteToken marks the sentence start of token k, the last of toks, and
// notes it in notes (when not nil).
func noteToken(text string, toks []token, k int, notes *tokenNotes) {
	t := &toks[k]
	// Only a first token, a line break or a punctuation token before
	// can start a sentence.
	if k == 0 || t.flags&fNewline != 0 || t.flags&fSpace != 0 && toks[k-1].kind == tkPunct {
		if markSentence(text, toks[:k], t) && notes != nil {
			notes.sents = append(notes.sents, int32(k))
		}
	}
	if notes == nil {
		return
	}
	if t.flags&fUpper != 0 {
		notes.uppers = append(notes.uppers, int32(k))
	}
	switch text[t.start] {
	case '(':
		if t.kind == tkPunct {
			notes.parens = append(notes.parens, int32(k))
		}
	case 'j', 'J':
		if k >= 2 && toks[k-1].flags&fHyphen != 0 && toks[k-2].flags&fDigit != 0 {
			notes.ages = append(notes.ages, int32(k))
		}
	}
}

// growTokens returns toks with room for the tokens of the rest of a text
// of n bytes, of which i are read: as many tokens per byte as so far, and
// a sixteenth more, but at most one per byte. A long text is so copied about
// once, rather than grown by a quarter again and again (which allocates
// five times the final slice and holds two at its peak).
func growTokens(toks []token, i, n int) []token {
	k := len(toks)
	want := uint64(k) + uint64(k)/4 + 16
	if i > 0 && k > 0 {
		est := uint64(k) * uint64(n) / uint64(i) // k ≤ i ≤ n < 2³¹: no overflow
		est += est/16 + 16
		want = max(want, est)
	}
	want = max(min(want, uint64(n)), uint64(k)+1)
	out := make([]token, k, int(want))
	copy(out, toks)
	return out
}

// Byte classes of wordClass.
const (
	cLetter = 1 << iota // an ASCII letter
	cUpper              // an ASCII upper-case letter
	cDigit              // an ASCII digit
	cSlow               // a non-ASCII byte or an apostrophe: decode the rune
)

// wordClass classifies the bytes inside a word; 0 ends it.
var wordClass = func() (a [256]uint8) {
	for c := range a {
		switch {
		case 'a' <= c && c <= 'z':
			a[c] = cLetter
		case 'A' <= c && c <= 'Z':
			a[c] = cLetter | cUpper
		case '0' <= c && c <= '9':
			a[c] = cDigit
		case c == '\'' || c >= utf8.RuneSelf:
			a[c] = cSlow
		}
	}
	return a
}()

// asciiWord marks the ASCII bytes that start or continue a word.
var asciiWord = func() (a [utf8.RuneSelf]bool) {
	for c := range a {
		a[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return a
}()

// scanWord scans the word starting at byte i whose first rune (size
// bytes) is a letter, an upper-case letter, as told, into t: flags hold
// its fUpper, fDigit or fLower; fNoKey marks a word that is not its own
// key (an apostrophe). It sets t's kind, flags and end and returns the
// end.
func scanWord(text string, i int, t *token, flags uint16, letter, upperLetter bool, size int) int {
	t.kind = tkWord
	f := flags // the flags are kept in a register while scanning
	letters, uppers := 0, 0
	if letter {
		letters++
		if upperLetter {
			uppers++
		}
	}
	if size > 1 && text[i] == 0xE2 {
		f |= fNoKey
	}
	ascii := size == 1 // no rune outside ASCII (nor an apostrophe) so far
	i += size
	for i < len(text) {
		// ASCII fast path: letters and digits counted without branches.
		if cl := wordClass[text[i]]; cl&(cLetter|cDigit) != 0 {
			letters += int(cl & cLetter)
			if cl&cUpper != 0 {
				uppers++
				f |= fInnerCaps
			}
			i++
			continue
		} else if cl == 0 {
			break
		}
		{
			r, size := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				if r >= 0x300 && unicode.Is(unicode.Mn, r) {
					f |= fMark
				}
				if unicode.IsLetter(r) {
					letters++
					if unicode.IsUpper(r) {
						uppers++
						f |= fInnerCaps
					} else if !unicode.IsLower(r) && unicode.ToLower(r) != r {
						f |= fOddCase
					}
				}
				if text[i] == 0xE2 {
					f |= fNoKey
				}
				ascii = false
				i += size
				continue
			}
			if isApostrophe(r) && i+size < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[i+size:])
				if unicode.IsLetter(r2) {
					f |= fNoKey
					ascii = false
					i += size
					continue
				}
			}
		}
		break
	}
	if ascii {
		f |= fASCII
	}
	if letters >= 2 && uppers == letters {
		f |= fCaps
	}
	if i-int(t.start) > 13 {
		if w := text[t.start:i]; strings.HasSuffix(w, "ministerium") || strings.HasSuffix(w, "ministeriums") {
			f |= fMinistry
		}
	}
	t.end, t.flags = int32(i), f
	return i
}

// lookupWord returns the word info index of word token w (0: none): the
// filter, then the table, with the key built only when the word is not
// its own key.
func (ix *index) lookupWord(text, w string, t *token, buf *[]byte) int32 {
	n := len(w)
	if n == 1 {
		return ix.tok1[w[0]]
	}
	own := (t.is(fCaps) || !t.is(fInnerCaps)) && !t.is(fMark) && !t.is(fNoKey)
	if own && n <= 8 {
		// The word is its own key, of at most eight bytes: the integer
		// table is as cheap as the filter, which passes every word that
		// is its own key and in the table.
		return ix.vtab.getSmall(packText(text, int(t.start), n))
	}
	if !ix.mayHave(w, t.is(fCaps), t.is(fMark)) {
		return 0
	}
	if own {
		return ix.vtab.get(w)
	}
	*buf = appendKey((*buf)[:0], w)
	return ix.vtab.get(string(*buf))
}

// packText packs text[s:s+n] (2 ≤ n ≤ 8, no NUL byte) as packKey does.
func packText(text string, s, n int) uint64 {
	var x uint64
	if s+8 <= len(text) {
		b := text[s : s+8]
		x = uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		return x & (1<<(8*n) - 1) // all bits for n == 8 (1<<64 is 0)
	}
	for i := s + n - 1; i >= s; i-- {
		x = x<<8 | uint64(text[i])
	}
	return x
}

// lookupPunct returns the word info index of a punctuation token of one
// non-ASCII rune.
func (ix *index) lookupPunct(w string, buf *[]byte) int32 {
	if !ix.mayHave(w, false, false) {
		return 0
	}
	*buf = appendKey((*buf)[:0], w)
	return ix.vtab.get(string(*buf))
}

// isAbbrev reports whether s is an abbreviation whose final dot does not
// end a sentence.
func isAbbrev(s string) bool {
	switch s {
	case "Dr", "Prof", "Inc", "Co", "Corp", "Ltd",
		"St", "Nr", "ca", "bzw", "vgl", "Mio",
		"Mrd", "Tsd", "Hr", "Fr", "Jr", "Sr",
		"Abs", "Art", "evtl", "ggf", "inkl", "usw",
		"etc", "Mag", "Dipl", "Ing", "bspw", "Bd":
		return true
	}
	return false
}

// markSentence sets fSentStart on token t, which follows toks, and
// reports whether it starts a sentence.
func markSentence(text string, toks []token, t *token) bool {
	k := len(toks)
	if k == 0 {
		t.flags |= fSentStart
	} else if t.is(fNewline) && toks[k-1].kind == tkPunct && text[toks[k-1].start] != ',' {
		t.flags |= fSentStart
	} else if t.is(fNewline) && t.kind == tkWord && t.is(fUpper) && isBlankLineBefore(text, int(t.start)) {
		t.flags |= fSentStart
	} else if k >= 2 && t.is(fSpace) && (t.is(fUpper) || t.is(fDigit) || t.kind == tkPunct) {
		p := &toks[k-1]
		if p.kind == tkPunct && p.end-p.start == 1 {
			switch text[p.start] {
			case '!', '?':
				t.flags |= fSentStart
			case '.':
				w := &toks[k-2]
				if w.kind != tkWord || w.end != p.start {
					t.flags |= fSentStart
				} else if ws := text[w.start:w.end]; !(utf8.RuneCountInString(ws) == 1 || isAbbrev(ws)) {
					t.flags |= fSentStart
				}
			}
		}
	}
	return t.is(fSentStart)
}

func isBlankLineBefore(text string, pos int) bool {
	n := 0
	for i := pos - 1; i >= 0; i-- {
		switch text[i] {
		case '\n':
			n++
			if n == 2 {
				return true
			}
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}
