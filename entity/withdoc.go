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
// tokenization of text, where they fit: a token appendPlain knows, after
// white space. Everything else, and white space that is not the
// recognizer's, is read from the bytes with tokenizeRange. The result is
// always tokenizeWith's.
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
				var ok bool
				if toks, pos, flags, ok = gapTokens(text, pos, p.Start, flags, toks, ix, buf, notes); ok {
					if len(toks) == cap(toks) {
						toks = growTokens(toks, pos, len(text))
					}
					if toks, ok = appendPlain(text, p.Start, p.End, flags, toks, ix, buf); ok {
						noteToken(text, toks, len(toks)-1, notes)
						flags = 0
						pos = int(toks[len(toks)-1].end)
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
	// The word's flags, as scanWord sets them for ASCII letters and digits.
	f := flags | fLower
	letters, uppers := 0, 0
	switch cl := wordClass[c]; {
	case cl&cUpper != 0:
		f, letters, uppers = flags|fUpper, 1, 1
	case cl&cDigit != 0:
		f = flags | fDigit
	default:
		letters = 1
	}
	for i := s + 1; i < e; i++ {
		cl := wordClass[text[i]]
		if cl&(cLetter|cDigit) == 0 {
			return toks, false
		}
		letters += int(cl & cLetter)
		if cl&cUpper != 0 {
			uppers++
			f |= fInnerCaps
		}
	}
	if !wordEnds(text, e) {
		return toks, false
	}
	if letters >= 2 && uppers == letters {
		f |= fCaps
	}
	if e-s > 13 {
		if w := text[s:e]; strings.HasSuffix(w, "ministerium") || strings.HasSuffix(w, "ministeriums") {
			f |= fMinistry
		}
	}
	toks = append(toks, token{start: int32(s), end: int32(e), kind: tkWord, flags: f})
	if ix != nil {
		t := &toks[len(toks)-1]
		t.wi = ix.lookupWord(text, text[s:e], t, buf)
	}
	return toks, true
}

// findDocTokens is findDoc with the tokens derived from ptoks.
func (r *Recognizer) findDocTokens(text string, ptoks []parse.Token) *Doc {
	return r.findDocFrom(newDocStateFrom(r.index(), text, ptoks))
}
