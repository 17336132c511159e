package period

import (
	"unicode"
	"unicode/utf8"

	"github.com/finanztext/finanztext/parse"
)

// FindContinuedWith is [Finder.FindContinued] on a text the caller has
// tokenized already: it returns what FindContinued(pd.Text, ref) returns,
// but reads the words of the lines from pd.Tokens instead of scanning
// their bytes again (see [parse.Doc]). A nil pd is an empty text.
//
// The tokens are validated: where they do not fit pd.Text (out of range,
// overlapping, not in order) or do not end where the finder's own words
// end, the finder scans the bytes itself from there on, so the result is
// that of FindContinued for any Doc, and FindContinuedWith never panics.
// It only reads pd (its lazy clause structure is not built).
func (f *Finder) FindContinuedWith(pd *parse.Doc, ref Ref) ([]Expression, Ref) {
	if pd == nil {
		return f.FindContinued("", ref)
	}
	var next Ref
	out, _ := f.findNext(pd.Text, ref, nil, &next, &docCursor{dt: pd.Tokens})
	return out, next
}

// docCursor walks the tokens of a parse.Doc along the lines of its text.
type docCursor struct {
	dt      []parse.Token // nil once they do not fit the text
	i       int           // the next token to read
	prevEnd int           // the end of the last token read
}

// lineTokens appends to dst the tokens that tokenize(chunk) gives, where
// chunk is the line of the Doc's text at offset from, reading the words from the Doc's
// tokens; chunk must not be longer than maxChunk. It reports false (and
// stops using the Doc) when the Doc's tokens do not fit; dst then holds
// no valid tokens of the chunk.
//
// The Doc's tokens give the cut points: the finder's tokens never cross
// the start or the end of a Doc token (a Doc word holds whole runs of
// letters and digits, and the bytes between Doc tokens are spaces and
// joining marks), so each Doc token and each gap between two is
// tokenized alone, a plain word straight from its span. A cut where a
// word of the finder would go on (which a Doc of another text could
// give) makes it fall back.
func (c *docCursor) lineTokens(dst []tok, table *wordHash, chunk string, from int) ([]tok, bool) {
	to := from + len(chunk)
	dt := c.dt
	i := c.i
	// tokens of lines read without the Doc (long lines, read in windows)
	for i < len(dt) && dt[i].Start < from {
		if dt[i].Start < c.prevEnd || dt[i].End < dt[i].Start {
			c.dt = nil
			return dst, false
		}
		c.prevEnd = dt[i].End
		i++
	}
	pos := 0
	for ; i < len(dt) && dt[i].Start < to; i++ {
		t := &dt[i]
		if t.Start < c.prevEnd || t.End < t.Start || t.End > to {
			c.dt = nil
			return dst, false
		}
		c.prevEnd = t.End
		a, b := t.Start-from, t.End-from
		if a > pos {
			if a == pos+1 && chunk[pos] == ' ' {
				// one space: no token
			} else if dst = tokenizeRange(dst, chunk, pos, a); !endsBy(dst, a) {
				c.dt = nil
				return dst, false
			}
		}
		if !cutOK(chunk, a) {
			c.dt = nil
			return dst, false
		}
		if t.Kind == parse.KindWord && t.Flags&(parse.TokNonASCII|parse.TokDigits|parse.TokHyphenEnd) == 0 && plainWord(chunk[a:b]) {
			dst = addWordTo(dst, table, chunk, a, b)
		} else {
			dst = tokenizeRange(dst, chunk, a, b)
		}
		if !endsBy(dst, b) || !cutOK(chunk, b) {
			c.dt = nil
			return dst, false
		}
		pos = b
	}
	c.i = i
	if pos < len(chunk) {
		dst = tokenizeRange(dst, chunk, pos, len(chunk))
	}
	return dst, true
}

// endsBy reports whether the last token of dst ends at or before n.
func endsBy(dst []tok, n int) bool {
	return len(dst) == 0 || int(dst[len(dst)-1].e) <= n
}

// plainWord reports whether w holds only ASCII letters (a Doc word token
// without digits or other bytes can still hold an inner apostrophe or
// dot: "Moody's", "z.B").
func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if byteClass[w[i]] != bLetter {
			return false
		}
	}
	return len(w) > 0
}

// cutOK reports whether the finder's tokenization of text can be cut at
// i: no word of letters and digits goes on across it.
func cutOK(text string, i int) bool {
	if i <= 0 || i >= len(text) {
		return true
	}
	if c := text[i]; byteClass[c] == 0 && (c < 0x80 || !isLetterStart(text, i)) {
		return true // no word goes on at i
	}
	c := text[i-1]
	if c < 0x80 {
		return byteClass[c] == 0
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !unicode.IsLetter(r)
}

// addWordTo is addWord for the word text[i:j], whose end the caller
// knows.
func addWordTo(dst []tok, table *wordHash, text string, i, j int) []tok {
	info, ok := table.lookup(text[i:j])
	if !ok {
		single := int32(0)
		if j == i+1 && text[i] >= 'A' && text[i] <= 'Z' {
			single = 1
		}
		if k := len(dst) - 1; k >= 0 && dst[k].k == tkWord && dst[k].cls == cNone {
			dst[k].v = single
		} else {
			dst = append(dst, tok{s: int32(i), e: int32(j), k: tkWord, up: isUpperAt(text, i), v: single})
		}
		return dst
	}
	return append(dst, tok{s: int32(i), e: int32(j), k: tkWord, up: isUpperAt(text, i), cls: info.cls, v: info.v, v2: info.v2})
}
