package parse

import (
	"errors"
	"math"
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/finanztext/finanztext/internal/swar"
)

// MaxDocLen is the longest text a [Doc] tokenizes: sentence and paragraph
// indexes are stored as int32. [Doc.Reset] returns [ErrDocTooLong] for a
// longer text and leaves the Doc empty.
const MaxDocLen = math.MaxInt32

// ErrDocTooLong is returned by [Doc.Reset] for a text longer than
// [MaxDocLen] bytes.
var ErrDocTooLong = errors.New("parse: text longer than MaxDocLen")

// TokenKind is the coarse class of a [Token].
type TokenKind uint8

// Token kinds.
const (
	KindWord         TokenKind = iota // letters, possibly with digits, inner apostrophes or dots ("Moody's", "B2B", "z.B")
	KindNumber                        // digits with inner . , ' ’ : between digits ("1.234,5", "3.5.2025", "12:30")
	KindPunct                         // . , ; : ! ? … (a run of dots is one token)
	KindQuoteOpen                     // an opening quotation mark („ ‚, or “ » ' " with space before)
	KindQuoteClose                    // a closing quotation mark (” , or “ « ' " with space after)
	KindQuoteAmbig                    // a quotation mark the spacing does not decide
	KindBracketOpen                   // ( [ {
	KindBracketClose                  // ) ] }
	KindDash                          // – — ‒ ―, or a hyphen that joins nothing ("Wien - Die", "-5")
	KindSymbol                        // any other character: % ‰ € $ § & + / • …
	KindInvalid                       // one byte that is not valid UTF-8
)

var tokenKindNames = [...]string{
	KindWord: "word", KindNumber: "number", KindPunct: "punct", KindQuoteOpen: "quote_open",
	KindQuoteClose: "quote_close", KindQuoteAmbig: "quote", KindBracketOpen: "bracket_open",
	KindBracketClose: "bracket_close", KindDash: "dash", KindSymbol: "symbol", KindInvalid: "invalid",
}

// String returns a short lower-case name of k ("word", "quote_open", …).
func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) {
		return tokenKindNames[k]
	}
	return "TokenKind(" + itoa(int(k)) + ")"
}

// Case is the letter case of a word token.
type Case uint8

// Letter cases. A token without letters has CaseNone.
const (
	CaseNone  Case = iota // no letters (numbers, punctuation)
	CaseLower             // starts with a lower-case letter ("stieg", "iPhone")
	CaseUpper             // starts with an upper-case letter and is not all caps ("Umsatz", "McKinsey")
	CaseCaps              // two or more letters, all upper case ("EZB", "SAP", "US")
)

// TokenFlags are facts about a token and its neighbours.
type TokenFlags uint16

// Token flags.
const (
	// TokSpaceBefore: white space (or the start of the text) precedes the token.
	TokSpaceBefore TokenFlags = 1 << iota
	// TokSentenceStart: the first token of a sentence.
	TokSentenceStart
	// TokParagraphStart: the first token of a paragraph (a line).
	TokParagraphStart
	// TokHyphenNext: a hyphen directly joins the token to the next token
	// ("Apple-Chef", "250-Milliarden"); the hyphen belongs to no token.
	TokHyphenNext
	// TokSlashNext: a slash directly joins the token to the next token
	// ("2024/25", "und/oder"); the slash belongs to no token.
	TokSlashNext
	// TokHyphenEnd: the token ends in a dangling hyphen that is part of
	// its span ("Polar-" in "Polar- und Meeresforschung").
	TokHyphenEnd
	// TokAbbrev: a full stop directly follows the token and does not end
	// the sentence: an abbreviation, an initial or an ordinal ("Dr.",
	// "Mio.", "z. B.", "am 3. Mai"). The stop is a separate KindPunct token.
	TokAbbrev
	// TokGenitiveS: a capitalized word ending in s or 's, a candidate for a
	// genitive ("Microsofts", "Moody's"); many such words are not genitives.
	TokGenitiveS
	// TokDigits: a word token that holds digits ("B2B", "3D", "2025er").
	TokDigits
	// TokNonASCII: the token holds bytes outside ASCII.
	TokNonASCII
	// TokInnerMark: a word token holds an apostrophe (' or ’) or a full
	// stop between two letters ("Moody's", "z.B"): a word of letters alone
	// has neither this flag nor TokDigits.
	TokInnerMark
)

// Token is one token of a [Doc]: a small fixed-size record that indexes the
// Doc's text. Tokens never contain white space and never overlap.
type Token struct {
	Start     int        // first byte, into Doc.Text
	End       int        // one past the last byte
	Sentence  int32      // index into Doc.Sentences
	Paragraph int32      // index into Doc.Paragraphs
	Kind      TokenKind  // coarse class
	Case      Case       // letter case of a word
	Flags     TokenFlags // see the Tok constants
}

// Span returns the byte span of t.
func (t Token) Span() Span { return Span{t.Start, t.End} }

// Is reports whether t has all flags f.
func (t Token) Is(f TokenFlags) bool { return t.Flags&f == f }

// Range is a half-open range [Start, End) of token indexes into Doc.Tokens.
type Range struct {
	Start int // first token
	End   int // one past the last token
}

// Len returns the number of tokens in r.
func (r Range) Len() int { return r.End - r.Start }

// Contains reports whether token index i lies in r.
func (r Range) Contains(i int) bool { return r.Start <= i && i < r.End }

// Segment is a sentence or a paragraph: its byte span and its tokens.
type Segment struct {
	Span         // bytes, trimmed of surrounding white space
	Tokens Range // tokens inside Span
}

// Doc is one tokenized text: the token stream every package reads, its
// sentences and paragraphs, and (built on first use) its clause structure.
//
// The zero Doc is empty and ready for [Doc.Reset]. A Doc keeps its slices
// between Resets, so a Doc reused for many texts (from a sync.Pool, or one
// per worker) allocates nothing once its slices have grown. A Doc is not
// safe for concurrent mutation; once built, concurrent reads are safe except
// for the lazy clause methods, which a caller must call once before sharing
// the Doc (or guard).
type Doc struct {
	// Text is the tokenized text; every span indexes it.
	Text string
	// Tokens are the tokens in text order.
	Tokens []Token
	// Sentences are the sentences in text order. Their spans are exactly
	// those of [Sentences](Text).
	Sentences []Segment
	// Paragraphs are the paragraphs in text order. A line break ends a
	// paragraph (and a sentence); blank lines are skipped.
	Paragraphs []Segment

	cl clauseState
}

// Tokenize returns a new Doc for text. A text longer than [MaxDocLen]
// yields an empty Doc. To reuse memory across texts, keep a Doc and call
// [Doc.Reset] instead.
func Tokenize(text string) *Doc {
	d := new(Doc)
	_ = d.Reset(text)
	return d
}

// Reset tokenizes text into d, reusing d's memory. It returns
// [ErrDocTooLong] (and leaves d empty) when text is longer than
// [MaxDocLen]. It runs in time linear in len(text) and allocates only when
// d's slices must grow.
func (d *Doc) Reset(text string) error {
	d.Tokens = d.Tokens[:0]
	d.Sentences = d.Sentences[:0]
	d.Paragraphs = d.Paragraphs[:0]
	d.cl.reset()
	if len(text) > MaxDocLen {
		d.Text = ""
		return ErrDocTooLong
	}
	d.Text = text
	if cap(d.Tokens) == 0 {
		d.Tokens = make([]Token, 0, len(text)/5+8)
	}
	// Sentences and paragraphs too are sized for the text at first use
	// (news text has a sentence per 60 to 120 bytes), not grown by
	// doublings of as many size classes: fresh memory, a page fault per
	// page, in a run on one document.
	if cap(d.Sentences) == 0 {
		d.Sentences = make([]Segment, 0, len(text)/64+4)
	}
	if cap(d.Paragraphs) == 0 {
		d.Paragraphs = make([]Segment, 0, len(text)/256+4)
	}
	para := -1
	lineStart := true
	prevEnd := 0
	stops := newSentStops()
	for pos := 0; ; {
		s, next, ok := sentNext(text, pos, &stops)
		if !ok {
			break
		}
		// a line break between the last sentence and this one starts a paragraph
		if !lineStart {
			for i := prevEnd; i < s.Start; i++ {
				if text[i] == '\n' {
					lineStart = true
					break
				}
			}
		}
		if lineStart || para < 0 {
			if para >= 0 {
				p := &d.Paragraphs[para]
				p.Tokens.End = len(d.Tokens)
			}
			d.Paragraphs = append(d.Paragraphs, Segment{Span: s, Tokens: Range{len(d.Tokens), len(d.Tokens)}})
			para++
			lineStart = false
		}
		d.Paragraphs[para].End = s.End
		first := len(d.Tokens)
		d.tokenizeSentence(s, int32(len(d.Sentences)), int32(para))
		if len(d.Tokens) > first {
			d.Tokens[first].Flags |= TokSentenceStart
			if d.Paragraphs[para].Tokens.Start == first {
				d.Tokens[first].Flags |= TokParagraphStart
			}
		}
		d.Sentences = append(d.Sentences, Segment{Span: s, Tokens: Range{first, len(d.Tokens)}})
		prevEnd = s.End
		// a sentence that ended at a line break ends its paragraph
		if next > 0 && next <= len(text) && text[next-1] == '\n' {
			lineStart = true
		}
		pos = next
	}
	if para >= 0 {
		d.Paragraphs[para].Tokens.End = len(d.Tokens)
	}
	return nil
}

// Word returns the text of token i.
func (d *Doc) Word(i int) string {
	t := &d.Tokens[i]
	return d.Text[t.Start:t.End]
}

// MaxCompound bounds the parts of a compound that [Doc.Compound] joins on
// each side of a token, so that a chain such as "a-a-a-…" costs constant
// time per call.
const MaxCompound = 12

// Compound returns the token range of the hyphen or slash compound that
// holds token i ("Siemens-Chef", "250-Milliarden-Euro-Auftrag", "2024/25"):
// the tokens joined by TokHyphenNext or TokSlashNext, at most MaxCompound
// on each side of i. A token outside a compound is its own range; an index
// out of range gives an empty range.
func (d *Doc) Compound(i int) Range {
	if i < 0 || i >= len(d.Tokens) {
		return Range{}
	}
	s, e := i, i+1
	const join = TokHyphenNext | TokSlashNext
	for s > 0 && i-s < MaxCompound && d.Tokens[s-1].Flags&join != 0 {
		s--
	}
	for e < len(d.Tokens) && e-i < MaxCompound && d.Tokens[e-1].Flags&join != 0 {
		e++
	}
	return Range{s, e}
}

// RangeSpan returns the byte span from the first to the last token of r;
// an empty range gives an empty span.
func (d *Doc) RangeSpan(r Range) Span {
	if r.Start >= r.End || r.Start < 0 || r.End > len(d.Tokens) {
		return Span{}
	}
	return Span{d.Tokens[r.Start].Start, d.Tokens[r.End-1].End}
}

// RangeText returns the text from the first to the last token of r ("" for
// an empty or invalid range).
func (d *Doc) RangeText(r Range) string {
	s := d.RangeSpan(r)
	return d.Text[s.Start:s.End]
}

// TokenAt returns the index of the token that contains byte offset off, or
// of the first token after it when off falls between tokens; len(d.Tokens)
// when none follows. It runs in O(log n).
func (d *Doc) TokenAt(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// tokenizeSentence appends the tokens of the sentence span s. tokenRun
// takes the usual tokens; the loop here takes each token it leaves.
func (d *Doc) tokenizeSentence(s Span, sent, para int32) {
	text := d.Text
	i, e := s.Start, s.End
	space := true
	for i < e {
		var j int
		d.Tokens, i, j, space = tokenRun(d.Tokens, text[:e], i, space, sent, para)
		if i >= e {
			break
		}
		if j < 0 {
			// the word token tokenRun wrote last ends at i, before a
			// byte at which afterWord may join it to the next
			i = d.afterWord(&d.Tokens[len(d.Tokens)-1], i, e)
			space = false
			if i < e && text[i] == ' ' {
				i++
				space = true
			}
			continue
		}
		c := text[i]
		// ASCII white space is told by its class (one load, no call);
		// only a byte above ASCII may start a wider blank (U+00A0, …)
		var cls uint8
		if c < utf8.RuneSelf {
			if cls = asciiClass[c]; cls == acSpace {
				i++
				space = true
				continue
			}
		} else if n := hSpaceLenRest(text, i); n > 0 { // hSpaceLen from 0x80 on
			i += n
			space = true
			continue
		}
		t := Token{Start: i, Sentence: sent, Paragraph: para}
		if space {
			t.Flags |= TokSpaceBefore
		}
		space = false
		switch {
		case c < utf8.RuneSelf:
			switch cls {
			case acLetter:
				// scanWord, its common word here without a call (tokenRun
				// leaves one that plainWordEnd does not end, with the end
				// j of its run of lower-case letters)
				if j > i {
					i = d.wordAfterRun(&t, c, i, j, e)
				} else if j, ok := plainWordEnd(text, i, e); ok {
					t.setPlainWord(text, c, j)
					i = j
				} else {
					i = d.wordAfterRun(&t, c, i, j, e)
				}
			case acDigit:
				i = d.scanNumber(&t, i, e)
			case acDot:
				j := i + 1
				for j < e && text[j] == '.' {
					j++
				}
				t.Kind, i = KindPunct, j
			case acPunct:
				t.Kind, i = KindPunct, i+1
			case acOpen:
				t.Kind, i = KindBracketOpen, i+1
			case acClose:
				t.Kind, i = KindBracketClose, i+1
			case acQuote:
				t.Kind, i = quoteKind(text, i, i+1, e, qFlex), i+1
			case acHyphen:
				t.Kind, i = KindDash, i+1
			default:
				t.Kind, i = KindSymbol, i+1
			}
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			t.Flags |= TokNonASCII
			switch {
			case r == utf8.RuneError && n <= 1:
				t.Kind, i = KindInvalid, i+1
			case isWordRune(r):
				i = d.scanWord(&t, i, e)
			default:
				if q := quoteRune(r); q != 0 {
					t.Kind = quoteKind(text, i, i+n, e, q)
				} else if isDashRune(r) {
					t.Kind = KindDash
				} else if r == '…' {
					t.Kind = KindPunct
				} else {
					t.Kind = KindSymbol
				}
				i += n
			}
		}
		t.End = i
		if (t.Kind == KindWord || t.Kind == KindNumber) && i < e && afterWordByte[text[i]] {
			// afterWord looks only at these bytes (a hyphen, U+2010 and
			// U+2011, a slash, a full stop); most words end at a blank
			i = d.afterWord(&t, i, e)
		}
		d.Tokens = append(d.Tokens, t)
		if i < e && text[i] == ' ' {
			i++ // the blank after most tokens, as the loop's first test would
			space = true
		}
	}
}

// tokenRun is tokenizeSentence's inner loop: it appends to toks the usual
// tokens of w (the text up to the sentence's end) from byte i, as long as
// toks has room, and returns toks, the byte after them and the blank
// before it (space). It takes white space, the common word (below), the
// full stop after a word and the one-byte punctuation, brackets and
// symbols of ASCII; it stops at any other token, and then j tells what it
// left at i: j < 0, the word written last ends at i before a byte of
// afterWordByte that is not an abbreviation's full stop (afterWord
// decides); j > i, a word at i of ASCII letters whose run of lower-case
// letters ends at j where the word does not end; else a token
// tokenizeSentence reads in full. The loop makes no call: Go keeps no
// register across a call, and a call even on a rare path made it store and
// reload its values on every turn. A token is written field by field
// (every field: the slice's room holds old tokens); a literal was built on
// the stack and copied.
//
// The common word is a letter (ASCII, or U+00C0–U+00FF but ×) and a run of
// lower-case letters (a–z, read eight bytes at a time while eight remain,
// and U+00DF–U+00FF but ÷: ä ö ü ß é …), ending before an ASCII byte at
// which scanWordRest stops at once, or before a full stop, apostrophe or
// '"' not followed by a letter, or at the sentence's end. scanWordRest
// would give it the first letter's case (one capital at most: never all
// caps), TokNonASCII for a letter of two bytes, and TokGenitiveS to a
// capitalized word of three bytes or more ending in s; so does tokenRun.
func tokenRun(toks []Token, w string, i int, space bool, sent, para int32) ([]Token, int, int, bool) {
	// the flag of a blank before the token (fewer values to keep than a
	// bool and the flags made from it)
	var sp TokenFlags
	if space {
		sp = TokSpaceBefore
	}
	// (uint: i is not negative, and w[i] needs no bounds check)
	for uint(i) < uint(len(w)) && len(toks) < cap(toks) {
		c := w[i]
		f := sp
		n := len(toks)
		j := i + 1
		if c < utf8.RuneSelf && asciiClass[c] != acLetter {
			switch cls := asciiClass[c]; cls {
			case acSpace:
				i++
				sp = TokSpaceBefore
				continue
			case acDot:
				for j < len(w) && w[j] == '.' {
					j++
				}
				toks = toks[:n+1]
				t := &toks[n]
				t.Start, t.End, t.Sentence, t.Paragraph, t.Kind, t.Case, t.Flags = i, j, sent, para, KindPunct, CaseNone, f
				i = j
			case acPunct, acOpen, acClose, acHyphen, acSymbol:
				toks = toks[:n+1]
				t := &toks[n]
				t.Start, t.End, t.Sentence, t.Paragraph, t.Kind, t.Case, t.Flags = i, j, sent, para, oneByteKind[cls], CaseNone, f
				i = j
			default: // a digit, a quotation mark
				return toks, i, 0, sp != 0
			}
		} else {
			if c >= utf8.RuneSelf {
				if c != 0xC3 || j >= len(w) || !latin1Letter[w[j]] {
					return toks, i, 0, sp != 0
				}
				// a first letter of two bytes ("Ölpreis", "Übernahme")
				c = 'a'
				if w[j] <= 0x9E {
					c = 'A'
				}
				j++
				f |= TokNonASCII
			}
			// the run of lower-case letters; the byte after it decides
			// (runEnd) whether the word ends there
			after := byte(' ') // (the sentence's end: no byte to look at)
		run:
			for {
				if j > len(w)-8 {
					for j < len(w) && w[j]-'a' < 26 {
						j++
					}
				} else if m := nonLowerBytes8(swar.Load8(w[j:], 0)); m != 0 {
					j += bits.TrailingZeros64(m) >> 3
				} else {
					j += 8
					continue
				}
				if j >= len(w) {
					break
				}
				after = w[j]
				switch runEnd[after] {
				case reEnd:
					break run
				case reLatin1:
					if j+1 < len(w) && latin1Lower[w[j+1]] {
						j += 2
						f |= TokNonASCII
						continue
					}
				case reJoin:
					// a full stop, an apostrophe or '"' joins two letters
					// only (scanWordRest: not '"')
					if after == '"' || j+1 >= len(w) || w[j+1] < utf8.RuneSelf && asciiClass[w[j+1]] != acLetter {
						break run
					}
				}
				// the word goes on
				if f&TokNonASCII != 0 {
					return toks, i, 0, sp != 0 // (scanWordRest from i sets TokNonASCII)
				}
				return toks, i, j, sp != 0
			}
			cs := CaseLower
			if c <= 'Z' {
				cs = CaseUpper
				if j-i >= 3 && w[j-1] == 's' {
					f |= TokGenitiveS
				}
			}
			toks = toks[:n+1]
			t := &toks[n]
			t.Start, t.End, t.Sentence, t.Paragraph, t.Kind, t.Case, t.Flags = i, j, sent, para, KindWord, cs, f
			i = j
			if afterWordByte[after] {
				// afterWord: a full stop before a blank (an ASCII one
				// here) that is not the sentence's end is an
				// abbreviation's; the joiners it leaves to afterWord
				if after != '.' || j+1 < len(w) && w[j+1] >= 0xC2 {
					return toks, i, -1, false
				}
				if j+1 < len(w) && sentSpaceByte[w[j+1]] > 0 {
					t.Flags |= TokAbbrev
				}
			}
		}
		sp = 0
		if i < len(w) && w[i] == ' ' {
			i++ // the blank after most tokens, as the loop's first test would
			sp = TokSpaceBefore
		}
	}
	return toks, i, 0, sp != 0
}

// runEnd classifies the byte after a run of lower-case letters for
// tokenRun: reEnd, an ASCII byte at which scanWordRest stops at once (the
// word ends); reLatin1, 0xC3 (a letter of two bytes may go on); reJoin, a
// full stop, an apostrophe or '"' (the word ends unless a letter follows);
// reOn for any other (the word goes on: a letter, a digit, a non-ASCII
// byte).
var runEnd = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		if asciiEndsWord[asciiClass[c]] {
			t[c] = reEnd
		}
	}
	t['.'], t['\''], t['"'] = reJoin, reJoin, reJoin
	t[0xC3] = reLatin1
	return t
}()

// The classes of runEnd.
const (
	reOn = iota
	reEnd
	reLatin1
	reJoin
)

// latin1Letter marks the second bytes of the two-byte letters
// U+00C0–U+00FF but × and ÷ (after 0xC3), as scanWordRest tells them;
// latin1Lower those of the lower-case ones, U+00DF–U+00FF but ÷.
var latin1Letter, latin1Lower = func() (l, lo [256]bool) {
	for b := 0x80; b <= 0xBF; b++ {
		l[b] = b != 0x97 && b != 0xB7
		lo[b] = l[b] && b > 0x9E
	}
	return
}()

// oneByteKind is the kind of a token of one ASCII byte of class acPunct,
// acOpen, acClose, acHyphen or acSymbol.
var oneByteKind = [...]TokenKind{acSymbol: KindSymbol, acPunct: KindPunct, acOpen: KindBracketOpen, acClose: KindBracketClose, acHyphen: KindDash, acSpace: KindSymbol}

// afterWordByte marks the bytes after a word or number at which afterWord
// may find a joining hyphen or slash or an abbreviation's full stop: '-',
// 0xE2 (U+2010, U+2011), '/' and '.' (one load where a switch compared).
var afterWordByte = [256]bool{'-': true, 0xE2: true, '/': true, '.': true}

// afterWord sets the joining flags of a word or number token that ends at
// i and returns where scanning goes on (after a joining hyphen or slash).
func (d *Doc) afterWord(t *Token, i, e int) int {
	text := d.Text
	if i >= e {
		return i
	}
	c := text[i]
	hl := 0
	switch {
	case c == '-':
		hl = 1
	case c == 0xE2 && i+2 < e && text[i+1] == 0x80 && (text[i+2] == 0x90 || text[i+2] == 0x91): // U+2010, U+2011
		hl = 3
	case c == '/':
		if i+1 < e && wordStartAt(text, i+1) {
			t.Flags |= TokSlashNext
			return i + 1
		}
		return i
	case c == '.':
		// a single full stop, then white space, and the sentence goes on
		if i+1 < e && text[i+1] != '.' && sentSpaceLen(text, i+1) > 0 {
			t.Flags |= TokAbbrev
		}
		return i
	default:
		return i
	}
	j := i + hl
	if j < e && wordStartAt(text, j) {
		t.Flags |= TokHyphenNext
		return j
	}
	if j >= e || sentSpaceLen(text, j) > 0 || text[j] == ',' {
		if t.Kind == KindWord {
			t.Flags |= TokHyphenEnd
			t.End = j
			return j
		}
	}
	return i
}

// scanWord scans a word from i (a letter) and fills t.
func (d *Doc) scanWord(t *Token, i, e int) int {
	text := d.Text
	t.Kind = KindWord
	// The common word first: an ASCII letter and a run of lower-case ASCII
	// letters ("Umsatz", "stieg"). When the byte after the run is an ASCII
	// byte at which the general loop (scanWordRest) would stop at once (a
	// blank, a comma) or the sentence ends, the word is decided here as
	// that loop would decide it: its case is the first letter's, it is
	// never all caps (one capital at most), and an upper-case word may end
	// in a genitive s.
	if c := text[i]; c-'a' < 26 || c-'A' < 26 {
		j, ok := plainWordEnd(text, i, e)
		if ok {
			t.setPlainWord(text, c, j)
			return j
		}
		return d.wordAfterRun(t, c, i, j, e)
	}
	return d.scanWordRest(t, i, e, 0, 0, true)
}

// plainWordEnd is scanWord's test of the common word at i, whose first
// byte is an ASCII letter: the end j of the run of lower-case ASCII letters
// after it, and whether the word ends at j as scanWordRest would end it (j
// is the sentence end e, or an ASCII byte at which it stops at once).
func plainWordEnd(text string, i, e int) (j int, ok bool) {
	j = i + 1
	for w := text[:e]; j < len(w) && w[j]-'a' < 26; j++ {
	}
	return j, j >= e || text[j] < utf8.RuneSelf && asciiEndsWord[asciiClass[text[j]]]
}

// setPlainWord fills in the word token t that ends at j, a word
// plainWordEnd decided with the first letter c: its case is the first
// letter's, it is never all caps (one capital at most), and an upper-case
// word may end in a genitive s.
func (t *Token) setPlainWord(text string, c byte, j int) {
	t.Kind = KindWord
	if c <= 'Z' {
		t.Case = CaseUpper
		if j-t.Start >= 3 && text[j-1] == 's' {
			t.Flags |= TokGenitiveS
		}
	} else {
		t.Case = CaseLower
	}
}

// wordAfterRun goes on with the word at i (first letter c) after the run
// of lower-case letters up to j that plainWordEnd did not end the word at,
// the run counted as scanWordRest would count it.
func (d *Doc) wordAfterRun(t *Token, c byte, i, j, e int) int {
	t.Kind = KindWord
	if c <= 'Z' {
		t.Case = CaseUpper
		return d.scanWordRest(t, j, e, 1, j-i-1, false)
	}
	t.Case = CaseLower
	return d.scanWordRest(t, j, e, 0, j-i, false)
}

// scanWordRest goes on with a word at i, after upper upper-case and lower
// lower-case letters (first: none yet), and fills t.
func (d *Doc) scanWordRest(t *Token, i, e, upper, lower int, first bool) int {
	text := d.Text
	for i < e {
		c := text[i]
		if c-'a' < 26 && !first {
			// a run of lower-case ASCII letters
			j := i + 1
			for w := text[:e]; j < len(w) && w[j]-'a' < 26; j++ {
			}
			lower += j - i
			i = j
			continue
		}
		// a letter of one byte (ASCII) or two (U+00C0…U+00FF: ä ö ü ß é
		// …, the non-ASCII letters of German text, decided here as the
		// unicode tests below decide them: letters but × and ÷, upper
		// case up to U+00DE); isUp tells its case
		size, isUp := 0, false
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case acLetter:
				size, isUp = 1, c <= 'Z'
			case acDigit:
				t.Flags |= TokDigits
				first = false
				i++
				continue
			case acQuote, acDot:
				// an inner apostrophe or dot between letters: "Moody's", "z.B"
				if c != '"' && i+1 < e && letterAt(text, i+1) {
					t.Flags |= TokInnerMark
					i++
					continue
				}
			}
			if size == 0 {
				break
			}
		} else if c == 0xC3 && i+1 < len(text) {
			if b := text[i+1]; b >= 0x80 && b <= 0xBF && b != 0x97 && b != 0xB7 {
				t.Flags |= TokNonASCII
				size, isUp = 2, b <= 0x9E
			}
		}
		if size > 0 {
			if isUp {
				upper++
				if first {
					t.Case = CaseUpper
				}
			} else {
				lower++
				if first {
					t.Case = CaseLower
				}
			}
			first = false
			i += size
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		if r == '’' && i+n < e && letterAt(text, i+n) {
			t.Flags |= TokNonASCII | TokInnerMark
			i += n
			continue
		}
		if !isWordRune(r) && r != 0xAD { // soft hyphen stays inside a word
			break
		}
		t.Flags |= TokNonASCII
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			upper++
			if first {
				t.Case = CaseUpper
			}
		} else if unicode.IsLetter(r) {
			lower++
			if first {
				t.Case = CaseLower
			}
		}
		if r != 0xAD && unicode.IsLetter(r) {
			first = false
		}
		i += n
	}
	if upper >= 2 && lower == 0 {
		t.Case = CaseCaps
	}
	if t.Case >= CaseUpper && i-t.Start >= 3 && text[i-1] == 's' {
		t.Flags |= TokGenitiveS
	}
	return i
}

// scanNumber scans digits from i with inner separators; letters right after
// the digits make the token a word ("3D", "2025er").
func (d *Doc) scanNumber(t *Token, i, e int) int {
	text := d.Text
	t.Kind = KindNumber
	for i < e {
		c := text[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		switch {
		case c == '.' || c == ',' || c == '\'' || c == ':':
			if i+1 < e && text[i+1] >= '0' && text[i+1] <= '9' {
				i++
				continue
			}
		case c == 0xE2 && i+3 < e && text[i+1] == 0x80 && text[i+2] == 0x99 && text[i+3] >= '0' && text[i+3] <= '9': // ’
			i += 3
			t.Flags |= TokNonASCII
			continue
		}
		break
	}
	if i < e && letterAt(text, i) {
		t.Flags |= TokDigits
		return d.scanWord(t, i, e)
	}
	return i
}

// letterAt reports whether a letter starts at text[i].
func letterAt(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return asciiClass[c] == acLetter
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError && n <= 1 {
		return false
	}
	return unicode.IsLetter(r)
}

// wordStartAt reports whether a letter or digit starts at text[i].
func wordStartAt(text string, i int) bool {
	c := text[i]
	if c >= '0' && c <= '9' {
		return true
	}
	return letterAt(text, i)
}

// isWordRune reports whether r continues a word: a letter or a combining
// mark (a decomposed umlaut).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// isDashRune reports whether r is a dash or a minus sign.
func isDashRune(r rune) bool {
	switch r {
	case '–', '—', '‒', '―', '−', '‐', '‑':
		return true
	}
	return false
}

// ASCII classes for the tokenizer.
const (
	acSymbol = iota
	acLetter
	acDigit
	acDot
	acPunct
	acOpen
	acClose
	acQuote
	acHyphen
	acSpace // ' ', '\t', '\n', '\r', '\v', '\f': the ASCII blanks of sentSpaceLen
)

// asciiClass maps an ASCII byte to its tokenizer class.
var asciiClass = func() (t [128]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = acLetter
		t[c-'a'+'A'] = acLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = acDigit
	}
	t['.'] = acDot
	for _, c := range ",;:!?" {
		t[c] = acPunct
	}
	for _, c := range "([{" {
		t[c] = acOpen
	}
	for _, c := range ")]}" {
		t[c] = acClose
	}
	t['"'], t['\''] = acQuote, acQuote
	t['-'] = acHyphen
	for _, c := range " \t\n\r\v\f" {
		t[c] = acSpace
	}
	return t
}()

// asciiEndsWord marks the ASCII classes at which scanWord stops at once:
// all but letters, digits and the apostrophe or dot that may join two
// letters ("Moody's", "z.B").
var asciiEndsWord = [...]bool{
	acSymbol: true, acLetter: false, acDigit: false, acDot: false, acPunct: true,
	acOpen: true, acClose: true, acQuote: false, acHyphen: true, acSpace: true,
}

// Quotation mark classes: a German opener, a closer, or a mark whose role
// the spacing decides.
const (
	qOpen = iota + 1
	qClose
	qFlex
)

// quoteRune classifies the non-ASCII quotation marks: their class, 0 for
// any other rune. (A switch, not a map: nothing to build at start.)
func quoteRune(r rune) uint8 {
	switch r {
	case '„', '‚':
		return qOpen
	case '”':
		return qClose
	case '“', '‘', '’', '»', '«', '›', '‹':
		return qFlex
	}
	return 0
}

// quoteKind decides whether the mark text[s:e] opens or closes a quotation,
// from its class and the spacing around it (sentence bound se).
func quoteKind(text string, s, e, se int, q uint8) TokenKind {
	switch q {
	case qOpen:
		return KindQuoteOpen
	case qClose:
		return KindQuoteClose
	}
	before := s == 0 || sentSpaceLen(text, s-1) > 0 || text[s-1] == '(' || text[s-1] == '[' || spaceEndsAt(text, s)
	after := e >= se || sentSpaceLen(text, e) > 0 || closerPunct(text[e])
	switch {
	case before && !after:
		return KindQuoteOpen
	case after && !before:
		return KindQuoteClose
	}
	return KindQuoteAmbig
}

// spaceEndsAt reports whether a multi-byte white-space character ends at
// text[i] (exclusive).
func spaceEndsAt(text string, i int) bool {
	return i >= 2 && sentSpaceLen(text, i-2) == 2 || i >= 3 && sentSpaceLen(text, i-3) == 3
}

// closerPunct reports whether c may follow a closing quotation mark.
func closerPunct(c byte) bool {
	switch c {
	case '.', ',', ';', ':', '!', '?', ')', ']':
		return true
	}
	return false
}

// itoa formats a small non-negative int.
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
