package quote

import (
	"slices"
)

// pairOf returns the index of the pair whose inner tokens hold token k
// (one with lexQ set): of the pairs opening before k, the last that holds
// it, as markPairs marked them in order. The pairs are ordered and their
// token ranges do not overlap, so the first candidate is the one.
func (d *doc) pairOf(k int) int {
	pi, _ := slices.BinarySearchFunc(d.pairTok, k, func(p [2]int, k int) int { return p[0] - k })
	for pi--; pi >= 0 && d.pairTok[pi][0] < k; pi-- {
		if k < d.pairTok[pi][1] {
			return pi
		}
	}
	return -1
}

// quoteOf returns 1 + the index of the pair whose inner tokens hold token
// k, or 0 outside quotations.
func (d *doc) quoteOf(k int) int {
	if d.toks[k].lex&lexQ == 0 {
		return 0
	}
	return d.pairOf(k) + 1
}

// markPairs records, for every token inside a pair, the pair index.
func (d *doc) markPairs() {
	d.pairTok = slices.Grow(d.bufs.pairTok[:0], len(d.pairs))[:len(d.pairs)]
	d.bufs.pairTok = d.pairTok
	from := 0
	for pi, p := range d.pairs {
		// a mark that no token starts at (a caller's Doc joined it into a
		// word) maps to the token after it, past the last one at the end of
		// the text: keep the indices on tokens
		o := min(d.tokAtFrom(p.open, from), len(d.toks)-1)
		c := min(d.tokAtFrom(p.innerEnd, o), len(d.toks)-1)
		from = c
		d.pairTok[pi] = [2]int{o, c}
		for k := o + 1; k < c && k < len(d.toks); k++ {
			d.toks[k].lex |= lexQ
		}
	}
}

// abbreviations end with a dot that does not end a sentence.
//
// buildAbbreviations returns the words of the table abbreviations (generated: see the
// package's zz_generated_sets.go).
func buildAbbreviations() map[string]bool {
	return map[string]bool{
		"Dr": true, "Prof": true, "St": true, "Nr": true, "ca": true, "bzw": true, "vgl": true,
		"z": true, "B": true, "u": true, "a": true, "d": true, "h": true, "Mio": true, "Mrd": true,
		"Tsd": true, "Bio": true, "Jh": true, "usw": true, "etc": true, "Inc": true, "Co": true,
		"Corp": true, "Ltd": true, "evtl": true, "ggf": true, "inkl": true, "exkl": true, "zB": true,
		"Abs": true, "Art": true, "Hr": true, "Fr": true, "Mr": true, "Mrs": true, "Ms": true, "Jr": true,
		"Sen": true, "Gen": true, "Str": true, "bspw": true, "sog": true, "lt": true, "geb": true,
		"engl": true, "frz": true, "dt": true, "ehem": true, "Mrd.": true, "Std": true, "Min": true,
		// academic degrees after "Dr.": "Dr. med.", "Dr. rer. nat.", "Dr. phil."
		"med": true, "rer": true, "nat": true, "phil": true, "jur": true, "dent": true, "vet": true, "oec": true, "iur": true,
	}
}

// maxAbbrevLen is the length of the longest key of abbreviations (checked
// by a test): longer words need no lookup.
const maxAbbrevLen = 4

// sentences computes sentence bounds over tokens; marks inside pairs never
// end a sentence.
func (d *doc) sentences() {
	// Only the marks and the punctuation that may be isSentencePunct
	// (d.bufs.ends) and the last token of each paragraph can end a
	// sentence, besides the bound maxSentenceTokens: these are visited,
	// not every token. The bound cuts at the other tokens (words, commas,
	// …) as at words.
	toks := d.toks
	n := len(toks)
	sentIdx := slices.Grow(d.bufs.sentIdx[:0], n)[:n]
	sentR := d.bufs.sentR[:0]
	puncts := d.bufs.ends
	x := 0 // the next of puncts
	beg := 0
	for p := 0; p+1 < len(d.paraTok); p++ {
		first, last := int(d.paraTok[p]), min(int(d.paraTok[p+1]), n)-1
		if last < first {
			continue // a paragraph of no token
		}
		for x < len(puncts) && int(puncts[x]) < first {
			x++
		}
		from := first // the tokens before from are past the tests below
		for {
			i := last // the next token that may end a sentence
			if x < len(puncts) && int(puncts[x]) < last {
				i = int(puncts[x])
				x++
			}
			// the words from from to i: a cut at the first one from the
			// bound on that is outside quotations
			for {
				k := max(beg+maxSentenceTokens, from)
				if k >= i {
					break
				}
				for k < i && toks[k].lex&lexQ != 0 {
					k++
				}
				if k == i {
					break
				}
				sentR = closeSentence(sentIdx, sentR, beg, k)
				beg = k + 1
			}
			t := &toks[i]
			end := i == last
			// only punctuation and marks outside quotations end a sentence
			// before its paragraph does
			if !end && t.kind != tWord && t.lex&lexQ == 0 {
				if t.kind == tPunct && d.isSentencePunct(i) {
					nx := toks[i+1]
					if nx.upper || nx.kind == tMark || nx.kind == tPunct && d.text[nx.s] == '(' {
						end = true
					}
					// a closing mark right after the dot belongs to the sentence
				}
				if !end && t.kind == tMark && i > 0 && toks[i-1].lex&lexQ != 0 && d.isSentencePunct(i-1) {
					nx := toks[i+1]
					if nx.upper || nx.kind == tMark {
						end = true
					}
				}
			}
			if end || i-beg >= maxSentenceTokens && t.lex&lexQ == 0 && t.kind != tMark {
				sentR = closeSentence(sentIdx, sentR, beg, i)
				beg = i + 1
			}
			if i == last {
				break
			}
			from = i + 1
		}
	}
	d.sentIdx, d.sentR = sentIdx, sentR
	d.bufs.sentIdx, d.bufs.sentR = sentIdx, sentR
}

// closeSentence records tokens beg to i as the next sentence of sentR and
// returns it.
func closeSentence(sentIdx []int32, sentR []sentRange, beg, i int) []sentRange {
	si := int32(len(sentR))
	seg := sentIdx[beg : i+1]
	// four at a time (one bounds check each), then the rest: a sentence
	// has a score of tokens
	for len(seg) >= 4 {
		q := seg[:4:4]
		q[0], q[1], q[2], q[3] = si, si, si, si
		seg = seg[4:]
	}
	for k := range seg {
		seg[k] = si
	}
	return append(sentR, sentRange{int32(beg), int32(i)})
}

// maxSentenceTokens bounds a sentence; longer runs are cut so that every
// scan over a sentence stays short.
const maxSentenceTokens = 120

// isSentencePunct reports whether token i is . ! ? or … ending a sentence.
// The test of the first byte is inlined in the callers: most punctuation
// (commas) and words need no call. (The test of the kind is in
// sentencePunct: with it here, isSentencePunct cost more than the inliner
// takes.)
func (d *doc) isSentencePunct(i int) bool {
	return sentenceLead[d.text[d.toks[i].s]] && d.sentencePunct(i)
}

// sentenceLead holds the first bytes of . ! ? and … (0xE2).
var sentenceLead = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

// sentencePunct is isSentencePunct for a token starting with one of . ! ?
// and 0xE2.
func (d *doc) sentencePunct(i int) bool {
	t := &d.toks[i]
	if t.kind != tPunct {
		return false
	}
	c := d.text[t.s]
	switch {
	case c == '!' || c == '?':
		return true
	case c == '.':
		if i > 0 {
			p := &d.toks[i-1]
			if p.e == t.s && p.kind == tWord {
				w := d.word(i - 1)
				if len(w) <= maxAbbrevLen && abbreviations.Value(w) || len(w) == 1 && p.upper {
					return false
				}
				if isRoman(w) && !(i+1 < len(d.toks) && d.toks[i+1].kind == tMark && d.toks[i+1].lex&lexQ == 0 && i+2 < len(d.toks) && d.toks[i+2].lex&lexQ != 0) {
					return false // "Benedikt XVI. sagte", but "… Benedikt XVI. „Unter ihm …“"
				}
				if w[0] >= '0' && w[0] <= '9' && len(w) <= 2 && !d.sentenceOpener(i+1) {
					return false // an ordinal or a date: "3."
				}
			}
		}
		return true
	case d.text[t.s:t.e] == "…":
		return true
	}
	return false
}

// isRoman reports whether w is a short Roman numeral ("XVI" in "Benedikt XVI.").
func isRoman(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L', 'C':
		default:
			return false
		}
	}
	return true
}

// sentenceOpener reports whether token i is a capitalized article or
// pronoun, which never follows an ordinal ("das Modell 3. Ein Sprecher").
func (d *doc) sentenceOpener(i int) bool {
	if !d.isWord(i) {
		return false
	}
	switch d.word(i) {
	case "Ein", "Eine", "Einer", "Der", "Die", "Das", "Dem", "Den", "Er", "Sie", "Es", "Wir", "Ich", "Man", "Dies", "Diese", "Dieser":
		return true
	}
	return false
}
