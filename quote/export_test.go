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

// SentenceCheck reads text into a doc and compares its sentences with
// those of sentencesByToken ("" when they are the same).
func SentenceCheck(text string) string {
	if hasCombining(text) {
		return "" // the finder reads such a text in NFC
	}
	b := getBufs()
	defer b.release()
	d := newDoc(text, nil, nil, b)
	idx, rs := d.sentencesByToken()
	if fmt.Sprint(rs) != fmt.Sprint(d.sentR) {
		return fmt.Sprintf("sentences %v, by token %v", d.sentR, rs)
	}
	if fmt.Sprint(idx) != fmt.Sprint(d.sentIdx) {
		return "sentence indices differ"
	}
	return ""
}

// sentencesByToken is sentences as it was written before it visited only
// the tokens that may end a sentence: every token in turn.
func (d *doc) sentencesByToken() ([]int32, []sentRange) {
	n := len(d.toks)
	sentIdx := make([]int32, n)
	var sentR []sentRange
	beg := 0
	for i := 0; i < n; i++ {
		t := &d.toks[i]
		end := i == n-1 || d.toks[i+1].para != t.para
		if !end && t.kind != tWord && t.lex&lexQ == 0 {
			if t.kind == tPunct && d.isSentencePunct(i) {
				nx := d.toks[i+1]
				if nx.upper || nx.kind == tMark || nx.kind == tPunct && d.text[nx.s] == '(' {
					end = true
				}
			}
			if !end && t.kind == tMark && i > 0 && d.toks[i-1].lex&lexQ != 0 && d.isSentencePunct(i-1) {
				nx := d.toks[i+1]
				if nx.upper || nx.kind == tMark {
					end = true
				}
			}
		}
		if !end && i-beg >= maxSentenceTokens && t.lex&lexQ == 0 && t.kind != tMark {
			end = true
		}
		if end {
			for k := beg; k <= i; k++ {
				sentIdx[k] = int32(len(sentR))
			}
			sentR = append(sentR, sentRange{int32(beg), int32(i)})
			beg = i + 1
		}
	}
	return sentIdx, sentR
}
