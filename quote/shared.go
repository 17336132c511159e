package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/finanztext/finanztext/parse"
)

// Tokens from the shared layer. When the caller hands in the parse.Doc of
// the text (entity.Doc.Parse, as finanztext.Analyze does), tokenize takes
// the end of a plain word from it instead of scanning the word's bytes
// again. The package's own words differ from parse's (a hyphen compound
// is one word here, "z.B" three tokens, "12:30" three), so a parse token
// is taken only where both tokenizers provably agree, and the word is
// scanned as before everywhere else: the token stream is the same with
// and without the Doc (a test and a fuzz target compare them).

// wordEnds reads the word ends of a parse.Doc in text order. The zero
// value (no Doc) knows no word.
type wordEnds struct {
	toks  []parse.Token
	text  string
	k     int // the first token not yet passed
	dot   int // the next '.' at or after the last position asked for; len(text): none
	colon int // the same for ':'
	apos  int // the same for '\''
	shy   int // the same for the byte 0xAD (the end of a soft hyphen, and of other runes)
}

// newWordEnds returns the cursor over pd's tokens, or the zero cursor when
// pd is nil or holds another text.
func newWordEnds(pd *parse.Doc, text string) wordEnds {
	if pd == nil || len(pd.Tokens) == 0 || pd.Text != text {
		return wordEnds{}
	}
	return wordEnds{toks: pd.Tokens, text: text, dot: -1, colon: -1, apos: -1, shy: -1}
}

// next returns the offset of the first byte c at or after i, or len(text).
func (w *wordEnds) next(c byte, i int) int {
	if x := strings.IndexByte(w.text[i:], c); x >= 0 {
		return i + x
	}
	return len(w.text)
}

// end returns where the word that starts at byte i (an ASCII letter or
// digit, or a letter) of a paragraph ending at pe ends, as scanWord(text,
// i, pe) would find it, when a parse token tells it; -1 otherwise. The
// calls must come with growing i.
//
// A parse word or number without joining hyphen or slash holds letters,
// combining marks, digits, soft hyphens, inner apostrophes (' ’) before a
// letter, inner dots before a letter and, in a number, . , ' ’ : between
// digits. scanWord takes all of these but soft hyphens, the dots of a word,
// the colons and ’ of a number (a web domain aside) and an apostrophe
// before a non-ASCII letter, so a token holding '.' or ':', and a token
// with non-ASCII bytes holding digits, an apostrophe or the byte 0xAD, is
// left to scanWord. Where the parse token ends scanWord stops too, unless the next
// byte is one it may go on over (a word byte, a hyphen, an apostrophe, a
// dot or comma before a word byte or a non-ASCII byte, a letter, digit,
// combining mark or ’): then scanWord decides.
func (w *wordEnds) end(i, pe int) int {
	toks, k := w.toks, w.k
	for k < len(toks) && toks[k].Start < i {
		k++
	}
	w.k = k
	if k >= len(toks) {
		return -1
	}
	t := &toks[k]
	const notPlain = parse.TokHyphenNext | parse.TokSlashNext | parse.TokHyphenEnd
	e := t.End
	if t.Start != i || e <= i || e > pe || t.Kind > parse.KindNumber || t.Flags&notPlain != 0 {
		return -1
	}
	if w.dot < i {
		w.dot = w.next('.', i)
	}
	if w.colon < i {
		w.colon = w.next(':', i)
	}
	if w.dot < e || w.colon < e {
		return -1
	}
	if t.Flags&parse.TokNonASCII != 0 {
		if t.Kind == parse.KindNumber || t.Flags&parse.TokDigits != 0 {
			return -1 // a number may hold ’ between digits ("50’000")
		}
		if w.apos < i {
			w.apos = w.next('\'', i)
		}
		if w.shy < i {
			w.shy = w.next(0xAD, i)
		}
		if w.apos < e || w.shy < e {
			return -1
		}
	}
	if e == pe {
		return e
	}
	text := w.text
	c := text[e]
	if c < utf8.RuneSelf {
		switch {
		case isWordByte(c) || c == '-' || c == '\'':
			return -1
		case c == '.' || c == ',':
			if e+1 < pe && (isWordByte(text[e+1]) || text[e+1] >= utf8.RuneSelf) {
				return -1
			}
		}
		return e
	}
	r, _ := utf8.DecodeRuneInString(text[e:])
	if r == '’' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
		return -1
	}
	return e
}
