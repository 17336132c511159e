package entity

import (
	"unicode"
	"unicode/utf8"

	"github.com/finanztext/finanztext/parse"
)

// FindDocWith is [Recognizer.FindDoc] for the text of pd, a shared
// tokenization the caller made anyway (see [parse.Doc]): it returns the
// same mentions and references as FindDoc(pd.Text), with [Doc.Parse] set
// to pd so that readers of the Doc (the quote finder) need not tokenize
// the text again. The recognizer's own tokens are derived from pd.Tokens
// where they agree with them (plain words, numbers and punctuation), and
// read from the bytes elsewhere; tokens that do not fit pd.Text are never
// trusted, so any pd gives FindDoc's result. A nil pd gives what
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

// tokensFrom is tokenizeWith that takes the tokens of ptoks, a
// tokenization of text, where they fit: a token of ASCII letters and
// digits, or one ASCII punctuation byte, after white space, that ends
// where a word must end (wordEnds). Everything else, and white space that
// is not the recognizer's, is read from the bytes with tokenizeRange. The
// result is always tokenizeWith's.
func tokensFrom(text string, ptoks []parse.Token, toks []token, ix *index, buf *[]byte, notes *tokenNotes) []token {
	if len(text) > maxWindow {
		return tokenizeWith(text, toks, ix, buf, notes)
	}
	flags := fNewline
	pos, k := 0, 0
	for pos < len(text) {
		for k < len(ptoks) && ptoks[k].End <= pos {
			k++
		}
		if k < len(ptoks) {
			if p := &ptoks[k]; p.Start >= pos && p.End <= len(text) && p.Start < p.End {
				if f, ok := spaceFlags(text, pos, p.Start, flags); ok {
					if end, ok2 := plainToken(text, p.Start, p.End); ok2 {
						flags = f
						if len(toks) == cap(toks) {
							toks = growTokens(toks, pos, len(text))
						}
						toks = appendPlain(text, p.Start, end, flags, toks, ix, buf)
						noteToken(text, toks, len(toks)-1, notes)
						flags = 0
						pos = end
						k++
						continue
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
	}
	return toks
}

// wordEnds reports whether every token of the recognizer ends at or
// before byte i: text[i] is an ASCII byte that neither is nor continues a
// word (white space or punctuation other than an apostrophe).
func wordEnds(text string, i int) bool {
	return i >= len(text) || wordClass[text[i]] == 0
}

// spaceFlags reads text[i:j], which must be white space to the
// recognizer, and returns flags with fSpace (and fNewline for a line
// break) added; ok is false when a byte there is not white space.
func spaceFlags(text string, i, j int, flags uint16) (uint16, bool) {
	for i < j {
		c := text[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ', '\t', '\r', '\f', '\v', 0:
				flags |= fSpace
			case '\n':
				flags |= fSpace | fNewline
			default:
				return flags, false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:j])
		if r == utf8.RuneError && size <= 1 || !unicode.IsSpace(r) {
			return flags, false
		}
		flags |= fSpace
		i += size
	}
	return flags, true
}

// plainToken reports whether text[s:e] is one token of the recognizer that
// appendPlain can build: ASCII letters and digits ending where a word must
// end, or a single ASCII punctuation byte other than an apostrophe. It
// returns the token's end.
func plainToken(text string, s, e int) (int, bool) {
	c := text[s]
	if c >= utf8.RuneSelf {
		return 0, false
	}
	if !asciiWord[c] {
		// One punctuation byte; white space and apostrophes are not
		// tokens of their own here.
		return s + 1, e == s+1 && wordClass[c] == 0 && !tokenSpace[c]
	}
	for i := s + 1; i < e; i++ {
		if wordClass[text[i]]&(cLetter|cDigit) == 0 {
			return 0, false
		}
	}
	return e, wordEnds(text, e)
}

// tokenSpace marks the ASCII bytes the recognizer's tokens skip as white
// space (a NUL too).
var tokenSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\r': true, '\f': true, '\v': true, 0: true, '\n': true}

// appendPlain appends the token text[s:e] that plainToken accepted, with
// the space flags before it, as tokenizeRange builds it.
func appendPlain(text string, s, e int, flags uint16, toks []token, ix *index, buf *[]byte) []token {
	k := len(toks)
	toks = append(toks, token{start: int32(s)})
	t := &toks[k]
	c := text[s]
	if !asciiWord[c] {
		t.end, t.kind, t.flags = int32(s+1), tkPunct, flags
		if c == '-' {
			t.flags |= fHyphen
		}
		if ix != nil {
			t.wi = ix.tok1[c]
		}
		return toks
	}
	kind := fLower
	switch {
	case 'A' <= c && c <= 'Z':
		kind = fUpper
	case c <= '9':
		kind = fDigit
	}
	scanWord(text, s, t, flags|kind, c >= 'A', kind == fUpper, 1)
	if ix != nil {
		t.wi = ix.lookupWord(text, text[t.start:t.end], t, buf)
	}
	return toks
}

// findDocTokens is findDoc with the tokens derived from ptoks.
func (r *Recognizer) findDocTokens(text string, ptoks []parse.Token) *Doc {
	return r.findDocFrom(newDocStateFrom(r.index(), text, ptoks))
}
