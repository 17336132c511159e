package quote

import (
	"fmt"

	"github.com/finanztext/finanztext/parse"
)

// TokenDiff tokenizes text with and without pd (its parse.Doc) and
// describes the first difference of the two token streams ("" when they
// are the same): tokens, capitalized words, cues and paragraph starts. It
// checks first that each word is the one scanWord reads, with the entry
// and hash of lexiconT.lookup.
func TokenDiff(text string, pd *parse.Doc) string {
	lx := lexicon()
	var a, b docBufs
	a.paras = paragraphs(text, nil)
	b.paras = paragraphs(text, nil)
	a.tokenize(text, lx, nil)
	b.tokenize(text, lx, pd)
	// the fast paths of tokenize against the plain functions: every word
	// ends where scanWord ends it and has the entry and hash lookup gives
	ci := 0
	for i, t := range a.toks {
		if t.kind != tWord {
			continue
		}
		if e := scanWord(text, int(t.s), a.paras[t.para].e); e != int(t.e) {
			return fmt.Sprintf("token %d: %q, scanWord ends it at %d", i, text[t.s:t.e], e)
		}
		lex, h := lx.lookup(text[t.s:t.e])
		if lex != t.lex&lexMask {
			return fmt.Sprintf("token %d: %q has entry %d, lookup %d", i, text[t.s:t.e], t.lex&lexMask, lex)
		}
		if t.upper {
			if ci >= len(a.caps) || a.caps[ci] != (capWord{int32(i), h}) {
				return fmt.Sprintf("token %d: %q is no capitalized word %v", i, text[t.s:t.e], capWord{int32(i), h})
			}
			ci++
		}
	}
	if ci != len(a.caps) {
		return fmt.Sprintf("%d capitalized words, %d listed", ci, len(a.caps))
	}
	for i := range min(len(a.toks), len(b.toks)) {
		if a.toks[i] != b.toks[i] {
			x, y := a.toks[i], b.toks[i]
			return fmt.Sprintf("token %d: %q %+v, derived %q %+v", i, text[x.s:x.e], x, text[y.s:y.e], y)
		}
	}
	switch {
	case len(a.toks) != len(b.toks):
		return fmt.Sprintf("%d tokens, derived %d", len(a.toks), len(b.toks))
	case fmt.Sprint(a.caps) != fmt.Sprint(b.caps):
		return "capitalized words differ"
	case fmt.Sprint(a.cues) != fmt.Sprint(b.cues):
		return "cues differ"
	case fmt.Sprint(a.paraTok) != fmt.Sprint(b.paraTok):
		return "paragraph starts differ"
	}
	return ""
}

// DerivedWords counts the words of text whose end tokenize takes from pd.
func DerivedWords(text string, pd *parse.Doc) (derived, words int) {
	we := newWordEnds(pd, text)
	var b docBufs
	b.paras = paragraphs(text, nil)
	b.tokenize(text, lexicon(), nil)
	for _, t := range b.toks {
		if t.kind == tWord {
			words++
			if we.end(int(t.s), b.paras[t.para].e) == int(t.e) {
				derived++
			}
		}
	}
	return derived, words
}
