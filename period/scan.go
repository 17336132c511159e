package period

import (
	"github.com/finanztext/finanztext/internal/swar"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/finanztext/finanztext/internal/lazy"
)

// Token kinds.
const (
	tkWord uint8 = iota
	tkNum
	tkPunct
)

// Number suffixes ("1990er", "9M").
const (
	sfxNone uint8 = iota
	sfxEr
	sfxM
	sfxOther
)

// tok is one token: a word of the table, a run of other words (the span
// of the first), a run of digits (with the letters glued to it) or one
// punctuation character. Spaces are skipped; a line break is a
// punctuation token '\n'.
type tok struct {
	s, e int32 // byte span in the text (see maxText)
	v    int32 // word: class value; number: its value (-1 when too long)
	v2   int16 // word: second class value
	k    uint8 // tkWord, tkNum, tkPunct
	cls  uint8 // word class (cNone for words not in the table)
	nd   uint8 // number: count of digits
	sfx  uint8 // number: letters glued to it
	ch   byte  // punctuation: the character ('d' for a dash – —, 'q' for a quote mark)
	up   bool  // word: starts with an uppercase letter
}

// tokenize appends the tokens of text to dst. len(text) must not exceed
// maxChunkLen: offsets are int32.
func tokenize(dst []tok, text string) []tok { return tokenizeRange(dst, text, 0, len(text)) }

// tokenizeRange appends the tokens of text[i:n] to dst, with offsets into
// text. No token of tokenize(text) may cross n (len(text), an ASCII
// punctuation byte, a word start after a space). With dst empty, i must
// be 0 or a sync point (see syncAt); else dst must end with the tokens
// before i. The tokens are then those tokenize(text) gives in [i, n).
func tokenizeRange(dst []tok, text string, i, n int) []tok {
	table := hashTable()
	// run tells whether the last token of dst is a run of words the table
	// does not know, which the next such word joins (spaces do not end a
	// run; every other token does).
	run := len(dst) > 0 && dst[len(dst)-1].k == tkWord && dst[len(dst)-1].cls == cNone
	slowWords := testSlowWords
	for i < n {
		c := text[i]
		switch {
		case byteClass[c] == bLetter:
			done := false
			if !slowWords {
				dst, i, run, done = addWords(dst, table, text, i, n, run)
			}
			if !done {
				dst, i, run = addLetterWord(dst, table, text, i, run)
			}
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
		case c >= '0' && c <= '9':
			run = false
			j := i
			var v int64
			for j < n && text[j] >= '0' && text[j] <= '9' {
				if v < 1e9 {
					v = v*10 + int64(text[j]-'0')
				}
				j++
			}
			t := tok{s: int32(i), k: tkNum, v: int32(v)}
			if v >= 1e9 {
				t.v = -1
			}
			if j-i > 255 {
				t.nd = 255
			} else {
				t.nd = uint8(j - i)
			}
			if j < n && isLetterStart(text, j) {
				k := wordEnd(text, j)
				switch text[j:k] {
				case "er", "ern": // "die 90er", "in den 90ern"
					t.sfx = sfxEr
				case "M":
					t.sfx = sfxM
				default:
					t.sfx = sfxOther
				}
				j = k
			}
			t.e = int32(j)
			dst = append(dst, t)
			i = j
		case c < 0x80 && !isASCIILetter(c):
			run = false
			dst = append(dst, tok{s: int32(i), e: int32(i + 1), k: tkPunct, ch: c})
			i++
		default:
			// U+2000–U+203F (0xE2 0x80 …: quotation marks, dashes, spaces)
			// holds no letter: those, common in news text, need no rune
			// decode to tell.
			if !(c == 0xe2 && i+1 < len(text) && text[i+1] == 0x80) && isLetterStart(text, i) {
				dst, i = addWord(dst, table, text, i)
				last := &dst[len(dst)-1]
				run = last.k == tkWord && last.cls == cNone
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			t := tok{s: int32(i), e: int32(i + size), k: tkPunct, ch: '?'}
			switch {
			case r == '–' || r == '—' || r == '‒' || r == '−':
				t.ch = 'd'
			case r == '„' || r == '“' || r == '”' || r == '»' || r == '«' || r == '‚' || r == '‘' || r == '’':
				t.ch = 'q'
			case r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007' || r == '\u2002' || r == '\u2003':
				i += size
				continue
			case r == '\u2028' || r == '\u2029':
				t.ch = '\n'
			}
			run = false
			dst = append(dst, t)
			i += size
		}
	}
	return dst
}

// addWords appends the tokens of the words that start at text[i], an
// ASCII letter, and at every ASCII letter after one space that follows
// (before n), and returns the end of the last one, and done true. run
// tells whether the last token of dst is a run of words the table does not
// know, before and after (see tokenizeRange). This is most of the tokens
// of a line, so the loop takes only the usual word, with no call (a call
// would keep the loop's state on the stack): ASCII letters and digits, and
// Latin-1 letters (two bytes each), that end at an ASCII byte, read eight
// bytes at a time (all in text), with room in dst. At any other word it
// stops, with done false and i its start, for addLetterWord; tokenizeRange
// then goes on after it.
func addWords(dst []tok, table *wordHash, text string, i, n int, run bool) (_ []tok, _ int, _, done bool) {
	if i+8 > len(text) {
		return dst, i, run, false
	}
	x := swar.Load8(text, i) // text[i:i+8]; text[i] is an ASCII letter
	// The next word, at k, must start before n and have its first eight
	// bytes in text: k <= last.
	last := min(n-1, len(text)-8)
	for {
		if len(dst) >= cap(dst) {
			return dst, i, run, false
		}
		c := byte(x)
		// The word ends at j, the byte b of y, a load of eight bytes from
		// text whose bytes that are no ASCII letter or digit are marked in
		// m (the high bit of each); its key (see wordKey) is made of its
		// first eight bytes, x.
		y, m := x, swar.NonWord(x)
		var b uint
		var j, wn int
		key := x
		if m != 0 && y&m&-m == 0 {
			// Fewer than eight bytes, ending at an ASCII byte (y&m&-m: the
			// high bit of the lowest byte m marks): c is a letter, so m's
			// lowest byte is clear and b >= 1. The key is the word.
			b = uint(bits.TrailingZeros64(m)) >> 3
			j = i + int(b)
			wn = int(b)
			key &= lowByteMask[b]
		} else {
			// Eight bytes or more, or a Latin-1 letter (ä ö ü ß é …; see
			// isLetterStart): on from p, the place of y.
			p := i
			for m == 0 || y&m&-m != 0 {
				if m == 0 {
					p += 8
				} else {
					// a byte of a character of more bytes
					q := p + bits.TrailingZeros64(m)>>3
					if q+1 >= len(text) || text[q] != 0xc3 {
						return dst, i, run, false
					}
					if d := text[q+1]; d < 0x80 || d > 0xbf || d == 0x97 || d == 0xb7 {
						return dst, i, run, false
					}
					p = q + 2
				}
				if p+8 > len(text) {
					return dst, i, run, false
				}
				y = swar.Load8(text, p)
				m = swar.NonWord(y)
			}
			b = uint(bits.TrailingZeros64(m)) >> 3
			j = p + int(b)
			wn = j - i
			if wn <= 8 {
				key &= lowByteMask[wn]
			} else {
				key ^= (uint64(wn)<<8 | uint64(text[j-1])) * longKeyMix
			}
		}
		h := keyHash(key)
		if f := h >> 16; table.filter[f>>6]&(1<<(f&63)) != 0 {
			// probe, written out: a word of eight bytes or fewer is its
			// key; a longer one is compared eight bytes at a time
		probe:
			for s := h & table.mask; ; s = (s + 1) & table.mask {
				sl := &table.slots[s]
				if sl.n == 0 {
					break
				}
				if int(sl.n) != wn {
					continue
				}
				if o := int(sl.off); wn <= 8 {
					if o+8 > len(table.words) || swar.Load8(table.words, o)&lowByteMask[wn] != key {
						continue
					}
				} else {
					for q := 0; q < wn; q += 8 {
						if o+q+8 > len(table.words) || i+q+8 > len(text) {
							return dst, i, run, false
						}
						d := swar.Load8(table.words, o+q) ^ swar.Load8(text, i+q)
						if wn-q < 8 {
							d &= lowByteMask[wn-q]
						}
						if d != 0 {
							continue probe
						}
					}
				}
				dst = dst[:len(dst)+1]
				t := &dst[len(dst)-1]
				*t = tok{s: int32(i), e: int32(j), k: tkWord, up: c <= 'Z', cls: sl.cls, v: sl.v, v2: sl.v2}
				run = sl.cls == cNone
				goto next
			}
		}
		// Not in the table: see addWord. c is an ASCII letter, so c <=
		// 'Z' tells a capital.
		if run {
			dst[len(dst)-1].v = 0
			if j == i+1 && c <= 'Z' {
				dst[len(dst)-1].v = 1
			}
		} else {
			dst = dst[:len(dst)+1]
			t := &dst[len(dst)-1]
			*t = tok{s: int32(i), e: int32(j), k: tkWord, up: c <= 'Z'}
			if j == i+1 && c <= 'Z' {
				t.v = 1
			}
			run = true
		}
	next:
		// Another word after one space, or after an ASCII punctuation
		// byte (a token of its own, as tokenizeRange makes it) and at most
		// one space, if its first eight bytes are in text: else the
		// caller goes on.
		k := j + 1
		if e := text[j]; e != ' ' { // (in y too, but a shift by a variable costs more)
			if scanKind[e] != kPunct || j >= n || len(dst) >= cap(dst) {
				return dst, j, run, true
			}
			dst = dst[:len(dst)+1]
			dst[len(dst)-1] = tok{s: int32(j), e: int32(k), k: tkPunct, ch: e}
			run = false
			j = k
			if k < len(text) && text[k] == ' ' {
				k++
			}
		}
		if k > last {
			return dst, j, run, true
		}
		x = swar.Load8(text, k)
		if c := byte(x) | 0x20; c < 'a' || c > 'z' {
			return dst, j, run, true
		}
		i = k
	}
}

// testSlowWords makes tokenizeRange take every word with addLetterWord,
// for tests that compare addWords with it.
var testSlowWords = false

// lowByteMask[n] masks the n lowest bytes of a word.
var lowByteMask = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, 0xffffffffffffffff}

// addLetterWord appends the token of the word that starts at text[i], an
// ASCII letter, and returns its end: addWords for the words it leaves
// (see there). run is as in addWords.
func addLetterWord(dst []tok, table *wordHash, text string, i int, run bool) ([]tok, int, bool) {
	c := text[i]
	j := i + 1
	for j < len(text) {
		if j+8 <= len(text) {
			// Eight bytes at once: most words end within them.
			if m := swar.NonWord(swar.Load8(text, j)); m != 0 {
				j += bits.TrailingZeros64(m) >> 3
			} else {
				j += 8
				continue
			}
		} else {
			for j < len(text) && byteClass[text[j]] != 0 {
				j++
			}
		}
		if j >= len(text) {
			break
		}
		b := text[j]
		if b < 0x80 {
			break
		}
		if b == 0xc3 && j+1 < len(text) {
			// Latin-1 letters (ä ö ü ß é …) without a rune decode;
			// see isLetterStart.
			if d := text[j+1]; d >= 0x80 && d <= 0xbf && d != 0x97 && d != 0xb7 {
				j += 2
				continue
			}
			break
		}
		j = wordEndFast(text, j)
		break
	}
	w := text[i:j]
	key := wordKey(w)
	h := keyHash(key)
	if f := h >> 16; len(w) <= maxWordLen && table.filter[f>>6]&(1<<(f&63)) != 0 {
		if info, ok := table.probe(w, key, h); ok {
			dst = append(dst, tok{s: int32(i), e: int32(j), k: tkWord, up: c <= 'Z', cls: info.cls, v: info.v, v2: info.v2})
			return dst, j, info.cls == cNone
		}
	}
	// Not in the table: see addWord. c is an ASCII letter, so c <=
	// 'Z' tells a capital.
	if run {
		dst[len(dst)-1].v = 0
		if j == i+1 && c <= 'Z' {
			dst[len(dst)-1].v = 1
		}
	} else {
		t := tok{s: int32(i), e: int32(j), k: tkWord, up: c <= 'Z'}
		if j == i+1 && c <= 'Z' {
			t.v = 1
		}
		dst = append(dst, t)
	}
	return dst, j, true
}

// addWord appends the word that starts at text[i] (where isLetterStart
// holds) and returns its end.
func addWord(dst []tok, table *wordHash, text string, i int) ([]tok, int) {
	first := 1
	if c := text[i]; c == 0xc3 {
		first = 2 // a letter of U+00C0–U+00FF (see isLetterStart): no rune decode
	} else if c >= 0x80 {
		_, first = utf8.DecodeRuneInString(text[i:])
	}
	j := wordEndFast(text, i+first)
	info, ok := table.lookup(text[i:j])
	if !ok {
		// A run of words the table does not know is one token: the span
		// of its first word, v = 1 when its last word is a single capital
		// ("A 2019").
		single := int32(0)
		if j == i+1 && text[i] >= 'A' && text[i] <= 'Z' {
			single = 1
		}
		if k := len(dst) - 1; k >= 0 && dst[k].k == tkWord && dst[k].cls == cNone {
			dst[k].v = single
		} else {
			dst = append(dst, tok{s: int32(i), e: int32(j), k: tkWord, up: isUpperAt(text, i), v: single})
		}
		return dst, j
	}
	return append(dst, tok{s: int32(i), e: int32(j), k: tkWord, up: isUpperAt(text, i), cls: info.cls, v: info.v, v2: info.v2}), j
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isLetterStart reports whether a letter starts at text[i].
func isLetterStart(text string, i int) bool {
	c := text[i]
	if c < 0x80 {
		return isASCIILetter(c)
	}
	if c == 0xc3 && i+1 < len(text) { // Latin-1 letters: ä ö ü ß é …
		d := text[i+1]
		return d >= 0x80 && d <= 0xbf && d != 0x97 && d != 0xb7 // not × ÷
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	return size > 1 && unicode.IsLetter(r)
}

// wordEnd returns the end of the word that starts at text[i]: letters and
// digits.
func wordEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < 0x80 {
			if isASCIILetter(c) || c >= '0' && c <= '9' {
				i++
				continue
			}
			return i
		}
		if !isLetterStart(text, i) {
			return i
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return i
}

// byteClass classifies ASCII bytes: bLetter, bDigit, or 0 (and 0 for
// every byte of a multi-byte character, which takes the slow path).
var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = bLetter, bLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = bDigit
	}
	return t
}()

const (
	bLetter = 1
	bDigit  = 2
)

// wordEndFast is wordEnd with a table lookup per ASCII byte. The inner
// loop runs over ASCII letters and digits, most of every word.
func wordEndFast(text string, i int) int {
	for {
		for uint(i) < uint(len(text)) && byteClass[text[i]] != 0 {
			i++
		}
		if uint(i) >= uint(len(text)) || text[i] < 0x80 {
			return i
		}
		if text[i] == 0xc3 && i+1 < len(text) {
			// Latin-1 letters (ä ö ü ß é …) without a rune decode; see
			// isLetterStart.
			if d := text[i+1]; d >= 0x80 && d <= 0xbf && d != 0x97 && d != 0xb7 {
				i += 2
				continue
			}
			return i
		}
		if !isLetterStart(text, i) {
			return i
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
}

// wordKey is the key a word is hashed by: its first eight bytes as a
// little-endian word (a shorter word's, padded with zero bytes: the key of
// a word of eight bytes or fewer is the word), and for a longer word its
// length and last byte mixed in. addWords reads it from the load that
// finds the end of most words.
func wordKey(s string) uint64 {
	var k uint64
	if len(s) >= 8 {
		k = swar.Load8(s, 0)
		if len(s) > 8 {
			k ^= (uint64(len(s))<<8 | uint64(s[len(s)-1])) * longKeyMix
		}
		return k
	}
	for i := len(s) - 1; i >= 0; i-- {
		k = k<<8 | uint64(s[i])
	}
	return k
}

const longKeyMix = 0xc2b2ae3d27d4eb4f

// keyHash hashes a word's key (see wordKey): both halves of its product
// with an odd constant, so that every bit of the hash depends on every
// byte of the key.
func keyHash(k uint64) uint32 {
	hi, lo := bits.Mul64(k, 0x9e3779b97f4a7c15)
	return uint32(hi ^ lo>>32)
}

// wordHash is the word table as an open-addressing hash table, with a
// one-bit-per-hash filter (the top 16 bits of the hash) that turns most
// other words away before a probe.
//
// A slot holds its word as a place in one string of all the words, and
// its info, in 12 bytes: the generated table is read from the executable,
// and a document's words touch few of its pages (a string and an info per
// slot took 28 bytes, and the words lay among all the strings of the
// program).
type wordHash struct {
	slots  []wordSlot
	words  string // the words of the slots, one after another
	mask   uint32
	filter [1 << 16 / 64]uint64
}

// wordSlot is one slot of a wordHash: the word words[off:off+n] (n == 0:
// an empty slot) and its wordInfo{cls, v, v2}.
type wordSlot struct {
	off uint32
	v   int32
	v2  int16
	n   uint8
	cls uint8
}

const maxWordLen = 32

func (w *wordHash) lookup(s string) (wordInfo, bool) {
	if len(s) > maxWordLen || len(s) == 0 {
		return wordInfo{}, false
	}
	k := wordKey(s)
	h := keyHash(k)
	if f := h >> 16; w.filter[f>>6]&(1<<(f&63)) == 0 {
		return wordInfo{}, false
	}
	return w.probe(s, k, h)
}

// probe looks s (not empty) up in the slots, from the slot of its hash h;
// k is its key (see wordKey). A word of eight bytes or fewer is its key:
// it is compared in one load from words (which ends in seven zero bytes so
// that the load stays in range).
func (w *wordHash) probe(s string, k uint64, h uint32) (wordInfo, bool) {
	for i := h & w.mask; ; i = (i + 1) & w.mask {
		sl := &w.slots[i]
		if sl.n == 0 {
			return wordInfo{}, false
		}
		if int(sl.n) != len(s) {
			continue
		}
		if len(s) <= 8 {
			if int(sl.off)+8 <= len(w.words) && swar.Load8(w.words, int(sl.off))&lowByteMask[len(s)] == k {
				return wordInfo{sl.cls, sl.v, sl.v2}, true
			}
		} else if w.words[sl.off:sl.off+uint32(sl.n)] == s {
			return wordInfo{sl.cls, sl.v, sl.v2}, true
		}
	}
}

// word returns the word of slot i ("" for an empty slot).
func (w *wordHash) word(i int) string {
	sl := &w.slots[i]
	return w.words[sl.off : sl.off+uint32(sl.n)]
}

// hashTable returns the word table as a wordHash: the generated one
// (zz_generated_words.go, written by `go generate ./period/`), or, when the
// package is built with the tag periodgen to write that file again, built
// from wordTable.
//
//go:generate go test -tags periodgen -count 1 -run ^TestGeneratedWords$ . -args -write-words
func hashTable() *wordHash {
	return hashTableV.Get(makeHashTable)
}

var hashTableV lazy.Value[*wordHash]

func makeHashTable() *wordHash {
	if genHashTable != nil {
		return genHashTable
	}
	return buildHashTable(wordTable())
}

// buildHashTable builds the wordHash of m, inserting the words in byte
// order so that the table does not depend on the order of map iteration.
func buildHashTable(m map[string]wordInfo) *wordHash {
	size := 1
	// At most half full: the generated table is read from the executable,
	// and every 64 KiB of it a document touches is a page fault on the
	// first use.
	for size < 2*len(m) {
		size <<= 1
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w := &wordHash{slots: make([]wordSlot, size), mask: uint32(size - 1)}
	var words strings.Builder
	for _, k := range keys {
		if len(k) > maxWordLen || k == "" {
			continue
		}
		h := keyHash(wordKey(k))
		i := h & w.mask
		for w.slots[i].n != 0 {
			i = (i + 1) & w.mask
		}
		e := m[k]
		w.slots[i] = wordSlot{off: uint32(words.Len()), n: uint8(len(k)), cls: e.cls, v: e.v, v2: e.v2}
		words.WriteString(k)
		f := h >> 16
		w.filter[f>>6] |= 1 << (f & 63)
	}
	words.WriteString("\x00\x00\x00\x00\x00\x00\x00") // for probe's eight-byte loads
	w.words = words.String()
	return w
}

func isUpperAt(text string, i int) bool {
	c := text[i]
	if c < 0x80 {
		return 'A' <= c && c <= 'Z'
	}
	if c == 0xc3 && i+1 < len(text) {
		d := text[i+1]
		return d >= 0x80 && d <= 0x9e
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}
