package quote

import (
	"fmt"
)

// TokenCheck tokenizes text and describes the first word whose fast paths
// in tokenize disagree with the plain functions ("" when none does): each
// word must end where scanWord ends it and have the lexicon entry and hash
// of lexiconT.lookup; the capitalized words must be listed in order.
func TokenCheck(text string) string {
	lx := lexicon()
	var a docBufs
	a.paras = paragraphs(text, nil)
	a.tokenize(text, lx)
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
	return ""
}
