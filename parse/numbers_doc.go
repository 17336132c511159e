package parse

// The numeral scanner guided by a Doc: the words the tokenizer found are
// not read again. A word of letters alone that cannot begin a numeral (the
// most words of a text by far) is stepped over by its token; everything
// else (digits, signs, punctuation, candidate words, tokens the scanner
// would cut differently) is read by the byte scanner as without a Doc.

// FindNumbersWithDoc returns FindNumbers(text), reading the words from d
// when d is the tokenization of text that [Doc.Reset] made (d.Text ==
// text): the scanner steps over the words d already found instead of
// finding their ends again. A nil d, or a Doc of another text, gives
// FindNumbers(text) as well. A Doc whose tokens were changed after Reset
// may give other numerals, never a panic.
func FindNumbersWithDoc(text string, d *Doc) []Number {
	return NumberFinder{}.FindWithDoc(text, d)
}

// FindWithDoc is [NumberFinder.Find] reading the words from d when d is
// the tokenization of text (see [FindNumbersWithDoc]); it returns what
// Find(text) returns.
func (f NumberFinder) FindWithDoc(text string, d *Doc) []Number {
	return f.find(text, d)
}

// AppendWithDoc is [NumberFinder.Append] reading the words from d when d
// is the tokenization of text (see [FindNumbersWithDoc]).
func (f NumberFinder) AppendWithDoc(dst []Number, text string, d *Doc) []Number {
	if d == nil || d.Text != text {
		return f.Append(dst, text)
	}
	s := numScanner{text: text, f: f, lim: len(text)}
	stop := f.stop(len(dst))
	dst = s.scanDoc(dst, d.Tokens, stop)
	if len(dst) > stop {
		dst = dst[:stop] // a date gives its parts at once
	}
	return dst
}

// scanDoc is scan over all of s.text, guided by toks, a tokenization of
// s.text: the tokens at which the byte scanner would only step on, without
// a numeral (see numDocSteps), are stepped over by their spans, and the
// byte scanner reads what lies between them (numerals, candidate words,
// tokens it would cut otherwise). Where scan goes on depends only on where
// it stands, so when it stops right at the start of such a token, the
// token's end is where it would stand after it. When it stops inside or
// after the token, the token was its own.
//
// A text of one token is scanned as it is: a scale word standing alone
// ("Million") is the one word atLetter reads besides the candidates of
// numPrefix3.
func (s *numScanner) scanDoc(dst []Number, toks []Token, stop int) []Number {
	text := s.text
	i := 0 // where the byte scanner stands
	if len(toks) < 2 {
		toks = nil
	}
	for k := 0; ; k++ {
		var cand bool
		if k, i, cand = numDocSteps(text, toks, k, i); k >= len(toks) {
			break
		}
		t := &toks[k]
		if t.Start > i && (t.Start != i+1 || text[i] != ' ') {
			s.lim = t.Start
			if dst, i = s.scan(dst, i, t.Start, stop); len(dst) >= stop {
				return dst
			}
		}
		if i != t.Start && (i+1 != t.Start || text[i] != ' ') {
			continue // the scanner read into the token or past it
		}
		if !cand {
			i = t.End
			continue
		}
		// atLetter at the word would read it as one word and give it to
		// atWord, a candidate: here without reading the word again
		out, end, ok := s.atWord(dst, t.Start, t.End)
		if !ok {
			i = t.End
			continue
		}
		if dst, i = out, end; len(dst) >= stop {
			return dst
		}
	}
	s.lim = len(text)
	dst, _ = s.scan(dst, i, len(text), stop)
	return dst
}

// numDocSteps goes through toks from k on with the byte scanner standing
// at i, and steps over each token at which the scanner would step on
// without a numeral, when it lies at i or after one blank. It returns the
// index of the first such token after anything else (the scanner reads up
// to it) and the scanner's place, or len(toks) at the end; or, with cand
// set, the index of the next word that atLetter would read as one word
// and hand to atWord, a candidate of numPrefix3. Tokens before i (the
// scanner read them) and other tokens are passed by: they lie between
// steps, and the scanner reads them.
//
// The scanner steps over a token without a numeral when it is
//   - a word that atLetter, called at its start, reads as one word ending
//     at the token's end and finds no numeral in: a word of letters alone
//     (no digits, no inner apostrophe or full stop, no dangling hyphen; the
//     Doc's word characters are the scanner's) that ends before an ASCII
//     byte that is no letter or digit (not cut at a sentence end), starts
//     with an ASCII or Latin-1 letter (not a mark atOther takes as a
//     fraction), and is no candidate of numPrefix3;
//   - one ASCII byte of numPlainByte, or a comma before no digit;
//   - a character U+2000…U+203F (quotation marks, dashes, blanks).
//
// Bounds are checked: a token that does not fit text is passed by.
func numDocSteps(text string, toks []Token, k, i int) (int, int, bool) {
	for ; k < len(toks); k++ {
		t := &toks[k]
		ts, te := t.Start, t.End
		if ts < i || ts >= te || te > len(text) {
			continue
		}
		if t.Kind == KindWord {
			if t.Flags&(TokDigits|TokInnerMark|TokHyphenEnd) != 0 || te < len(text) && !numAfterWord[text[te]] {
				continue
			}
			slow := false // numPrefix3 decides
			if te-ts < 3 {
				if c := text[ts]; c >= 0x80 && c != 0xC3 {
					continue
				}
			} else if w3 := text[ts : ts+3]; w3[0]|w3[1]|w3[2] < 0x80 {
				c0, c1, c2 := w3[0], w3[1], w3[2]
				// numPrefix3's first case, inline (the three bytes are
				// letters: the word has no others)
				p := numFirst3.get(c0, c1, c2)
				if p&1 != 0 {
					return k, i, true
				}
				slow = p&4 != 0 // a candidate with an ordinal ending
			} else {
				slow = true
			}
			// one call for both cases, so that the loop keeps its values
			// in registers on the common path
			if slow {
				switch numDocSlowWord(text, ts, te) {
				case numDocCand:
					return k, i, true
				case numDocOther:
					continue
				}
			}
		} else if te-ts == 1 {
			if c := text[ts]; !numPlainByte[c] && (c != ',' || te < len(text) && numIsDigit(text[te])) {
				continue
			}
		} else if te-ts != 3 || text[ts] != 0xE2 || text[ts+1] != 0x80 {
			continue
		}
		if ts != i && (ts != i+1 || text[i] != ' ') {
			return k, i, false
		}
		i = te
	}
	return k, i, false
}

// numDocSlowWord is numDocSteps' test of a word text[ts:te] of three bytes
// or more (in text) whose first three bytes are not all ASCII or that may
// be an ordinal scale word: numDocPlain when the word starts with an ASCII
// or Latin-1 letter and is no candidate of numPrefix3, numDocCand when it
// is one, numDocOther for another first letter (the scanner decides).
func numDocSlowWord(text string, ts, te int) int {
	if te-ts < 3 || te > len(text) || ts < 0 || text[ts] >= 0x80 && text[ts] != 0xC3 {
		return numDocOther
	}
	if numPrefix3(text, ts, te)&1 != 0 {
		return numDocCand
	}
	return numDocPlain
}

// The answers of numDocSlowWord.
const (
	numDocPlain = iota
	numDocCand
	numDocOther
)

// numAfterWord marks the bytes after a word at which the scanner's word
// surely ends: the ASCII bytes but letters and digits.
var numAfterWord = func() (t [256]bool) {
	for c := 0; c < 0x80; c++ {
		t[c] = !numASCIILetter[c] && !numIsDigit(byte(c))
	}
	return t
}()
