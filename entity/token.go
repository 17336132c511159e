package entity

import (
	"math"
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
)

// token is one word or punctuation rune of the text, with byte offsets into
// the caller's string.
type token struct {
	start, end int32
	sent       int32 // index of the sentence the token belongs to
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
// len(text), never fails, and appends to toks (which may be nil).
func tokenize(text string, toks []token) []token {
	if len(text) > math.MaxInt32 {
		return toks
	}
	flags := fNewline
	i := 0
	for i < len(text) {
		c := text[i]
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
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size <= 1 {
			flags |= fSpace
			i++
			continue
		}
		if unicode.IsSpace(r) {
			flags |= fSpace
			i += size
			continue
		}
		start := i
		if !isWordRune(r) {
			t := token{start: int32(start), end: int32(i + size), kind: tkPunct, flags: flags}
			if isHyphenRune(r) {
				t.flags |= fHyphen
			}
			toks = append(toks, t)
			flags = 0
			i += size
			continue
		}
		// A word: letters, digits, marks; an apostrophe between letters.
		t := token{start: int32(start), kind: tkWord, flags: flags}
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			t.flags |= fUpper
		case unicode.IsDigit(r):
			t.flags |= fDigit
		default:
			t.flags |= fLower
		}
		letters, uppers := 0, 0
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
			}
		}
		i += size
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				// ASCII fast path.
				switch {
				case 'a' <= c && c <= 'z':
					letters++
					i++
					continue
				case 'A' <= c && c <= 'Z':
					letters++
					uppers++
					t.flags |= fInnerCaps
					i++
					continue
				case '0' <= c && c <= '9':
					i++
					continue
				case c != '\'':
					goto done
				}
			}
			r, size = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				if r >= 0x300 && unicode.Is(unicode.Mn, r) {
					t.flags |= fMark
				}
				if unicode.IsLetter(r) {
					letters++
					if unicode.IsUpper(r) {
						uppers++
						t.flags |= fInnerCaps
					}
				}
				i += size
				continue
			}
			if isApostrophe(r) && i+size < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[i+size:])
				if unicode.IsLetter(r2) {
					i += size
					continue
				}
			}
			break
		}
	done:
		t.end = int32(i)
		if letters >= 2 && uppers == letters {
			t.flags |= fCaps
		}
		toks = append(toks, t)
		flags = 0
	}
	markSentences(text, toks)
	return toks
}

// abbreviations whose final dot does not end a sentence.
var abbrevs = map[string]bool{
	"Dr": true, "Prof": true, "Inc": true, "Co": true, "Corp": true, "Ltd": true,
	"St": true, "Nr": true, "ca": true, "bzw": true, "vgl": true, "Mio": true,
	"Mrd": true, "Tsd": true, "Hr": true, "Fr": true, "Jr": true, "Sr": true,
	"Abs": true, "Art": true, "evtl": true, "ggf": true, "inkl": true, "usw": true,
	"etc": true, "Mag": true, "Dipl": true, "Ing": true, "bspw": true, "Bd": true,
}

// markSentences sets fSentStart and the sentence index of each token.
func markSentences(text string, toks []token) {
	sent := int32(0)
	for k := range toks {
		t := &toks[k]
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
					} else if ws := text[w.start:w.end]; !(utf8.RuneCountInString(ws) == 1 || abbrevs[ws]) {
						t.flags |= fSentStart
					}
				}
			}
		}
		if t.is(fSentStart) && k > 0 {
			sent++
		}
		t.sent = sent
	}
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
