package period

import (
	"unicode/utf8"

	"github.com/finanztext/finanztext/internal/lazy"
)

// Most text holds no time expression. The finder therefore looks for
// cheap triggers first and tokenizes only a window around them. A trigger
// is a digit or a core word: a table word of a class that every match
// holds (a month, a unit, "Vorjahr", "heute", …); a byte-pair table over
// the first two bytes of the core words turns most other words away
// before a lookup. A match may start a few tokens before its core word
// ("etwa Ende des vergangenen Jahres") and its rules look back a few
// tokens more.
//
// A window starts and ends at an ASCII punctuation byte, which is always
// a token of its own and never continues a run of other words, so its
// tokens are exactly those the whole line gives there. It holds at least
// backTokens tokens before its first trigger and fwdReach tokens after
// its last token that can start a match (or reaches the line's start or
// end), more than any rule looks back or ahead. The rules therefore see
// what they would see on the whole line, and a token that can start a
// match outside every window has no core word in its reach.

const (
	// backTokens is the count of tokens a window holds before its first
	// trigger: a match starts at most five tokens before its core word
	// ("mehr als ein Jahr"), and the rules look back at most three tokens
	// from the token that starts it.
	backTokens = 10
	// fwdReach is the count of tokens a window holds after its last
	// token that can start a match.
	fwdReach = 24

	// maxBackSegment bounds the text between two sync points that
	// backStart counts the tokens of.
	maxBackSegment = 1 << 10
)

// Tuning of the windows (variables so that tests can force windows on
// every line and tiny token buffers).
var (
	// windowMin is the length of a line above which it is read in
	// windows; shorter lines are tokenized whole. On news text, where
	// triggers are dense, windows cost more instructions than they save
	// (counting tokens back from each trigger, looking for the next):
	// with 4 KiB the corpus's lines of 4 to 12 KiB took 0.7M instructions
	// more per 600 KB. The token buffer of a 16 KiB line holds about 2.5K
	// tokens (50 KB).
	windowMin = 16 << 10
	// maxWindowToks bounds the tokens of a window held at once.
	maxWindowToks = 4 << 10
)

// coreClass tells the word classes that are triggers: every match holds a
// number or a word of one of them. The other classes that start a match
// (cNum, cRel, cOrd, cPos, cEach, cApprox, cMore) only do so before one.
var coreClass = func() (s [64]bool) {
	for _, c := range []uint8{cMonth, cUnit, cSeason, cWeekday, cRelNoun, cDeixis, cRefWord, cLater, cSet,
		cPart, cDecade, cHoliday, cQH, cDur, cTimeNoun, cLaufe, cUhr, cClockWord, cLongTime, cSaison} {
		s[c] = true
	}
	return s
}()

// scanKind classifies bytes for the trigger scan.
var scanKind = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = kLetter, kLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = kDigit
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = kHigh
	}
	for c := 0; c < 0x80; c++ {
		if t[c] == 0 {
			switch c {
			case ' ', '\t', '\r', '\f', '\v':
			default:
				t[c] = kPunct
			}
		}
	}
	return t
}()

const (
	kSpace  = 0
	kLetter = 1
	kDigit  = 2
	kHigh   = 3 // a byte of a multi-byte character
	kPunct  = 4 // an ASCII byte that is a token of its own
)

// triggerSet holds the first two bytes of every core word (one bit per
// byte pair), and the one-byte core words.
type triggerSet struct {
	pair [1 << 16 / 64]uint64
	one  [256]bool
}

// triggers returns the trigger set of the word table: the generated one
// (zz_generated_words.go), or, with the tag periodgen, built from
// hashTable.
func triggers() *triggerSet {
	return triggersV.Get(makeTriggers)
}

var triggersV lazy.Value[*triggerSet]

func makeTriggers() *triggerSet {
	if genTriggers != nil {
		return genTriggers
	}
	return buildTriggers(hashTable())
}

func buildTriggers(w *wordHash) *triggerSet {
	ts := &triggerSet{}
	for i, sl := range w.slots {
		k := w.word(i)
		if k == "" || !coreClass[sl.cls] {
			continue
		}
		if len(k) == 1 {
			ts.one[k[0]] = true
			continue
		}
		p := uint32(k[0])<<8 | uint32(k[1])
		ts.pair[p>>6] |= 1 << (p & 63)
	}
	return ts
}

// nextTrigger returns the offset of the first trigger in text[i:], or -1:
// a digit, or the first byte of a core word. A word start is a letter
// byte after a byte that is no ASCII letter or digit (after a multi-byte
// character every letter counts as a start, which finds more, never
// less).
func nextTrigger(ts *triggerSet, table *wordHash, text string, i int) int {
	n := len(text)
	prevWord := false
	if i > 0 {
		k := scanKind[text[i-1]]
		prevWord = k == kLetter || k == kDigit
	}
	for i < n {
		c := text[i]
		switch scanKind[c] {
		case kDigit:
			return i
		case kLetter:
			if prevWord {
				i++
				continue
			}
		case kHigh:
			if c < 0xc0 || prevWord {
				// A continuation byte, or a character after an ASCII
				// letter: no word starts here.
				prevWord = false
				i++
				continue
			}
		default:
			prevWord = false
			i++
			continue
		}
		hit := ts.one[c]
		if !hit && i+1 < n {
			p := uint32(c)<<8 | uint32(text[i+1])
			hit = ts.pair[p>>6]&(1<<(p&63)) != 0
		}
		if !hit {
			i++
			prevWord = c < 0x80
			continue
		}
		if !isLetterStart(text, i) {
			i++
			continue
		}
		first := 1
		if c >= 0x80 {
			_, first = utf8.DecodeRuneInString(text[i:])
		}
		j := wordEndFast(text, i+first)
		if info, ok := table.lookup(text[i:j]); ok && coreClass[info.cls] {
			return i
		}
		i, prevWord = j, true
	}
	return -1
}

// syncAt reports whether the full tokenization of the line text starts a
// token at i that no earlier byte can change: an ASCII punctuation byte,
// a number, or a table word (a run of other words never continues across
// one), each after a space or at a punctuation byte.
func syncAt(table *wordHash, text string, i int) bool {
	c := text[i]
	switch scanKind[c] {
	case kPunct:
		return true
	case kSpace:
		return false
	}
	if i == 0 || scanKind[text[i-1]] != kSpace {
		return false
	}
	if scanKind[c] == kDigit {
		return true
	}
	if !isLetterStart(text, i) {
		return false
	}
	first := 1
	if c >= 0x80 {
		_, first = utf8.DecodeRuneInString(text[i:])
	}
	_, ok := table.lookup(text[i:wordEndFast(text, i+first)])
	return ok
}

// backStart returns where a window for the trigger at q starts: at a
// sync point (see syncAt) with at least backTokens tokens before q, not
// before lo; else lo, and ok false. scratch is a buffer to count tokens
// in.
func backStart(table *wordHash, text string, q, lo int, scratch []tok) (s int, ok bool, _ []tok) {
	count := 0
	end := q
	for i := q - 1; i >= lo; i-- {
		if !syncAt(table, text, i) {
			continue
		}
		if end-i > maxBackSegment {
			return lo, false, scratch // too long to count: start at lo
		}
		scratch = tokenizeRange(scratch[:0], text, i, end)
		count += len(scratch)
		if count >= backTokens {
			return i, true, scratch
		}
		end = i
	}
	return lo, false, scratch
}

// nextBoundary returns the offset of the first punctuation character or
// word start after a space in text[i:], or len(text): no token crosses
// it.
func nextBoundary(text string, i int) int {
	for ; i < len(text); i++ {
		switch scanKind[text[i]] {
		case kPunct:
			return i
		case kHigh:
			if c := text[i]; c >= 0xc0 && !isLetterStart(text, i) {
				return i // a character that is a token of its own, or a space
			}
		case kSpace:
			for i+1 < len(text) && scanKind[text[i+1]] == kSpace {
				i++
			}
			if i+1 < len(text) {
				return i + 1
			}
		}
	}
	return len(text)
}

// isStartTok reports whether the rules run at t.
func isStartTok(t *tok) bool {
	return t.k == tkNum || t.k == tkWord && startClass[t.cls]
}

// runLine runs the matcher over the windows of the line text (at offset
// off in the whole text), reusing the buffers toks and scratch.
func (m *matcher) runLine(toks, scratch []tok, text string, off int) ([]tok, []tok) {
	ts, table := triggers(), hashTable()
	m.text, m.off = text, off
	if len(text) <= windowMin {
		// Short lines are tokenized whole: on news text triggers are
		// dense, and looking for them would cost more than it saves.
		toks = tokenize(toks[:0], text)
		m.t, m.minTok = toks, 0
		m.run(nil)
		return toks, scratch
	}
	q := nextTrigger(ts, table, text, 0)
	lo := 0
	for q >= 0 {
		var s int
		s, _, scratch = backStart(table, text, q, lo, scratch)
		toks = toks[:0]
		m.t, m.minTok = toks, 0
		last := -1 // index of the last token that can start a match
		from := 0  // the next token the rules run at
		a := s
		next := -2 // the next trigger after the window, when looked for
		for {
			b := nextBoundary(text, min(a+windowStep, len(text)))
			k := len(toks)
			toks = tokenizeRange(toks, text, a, b)
			for ; k < len(toks); k++ {
				if isStartTok(&toks[k]) {
					last = k
				}
			}
			if len(toks) >= maxWindowToks {
				// A long window: run the rules up to fwdReach tokens
				// before its end and drop the tokens they no longer
				// see, keeping backTokens before the next one.
				m.t = toks
				from = m.runRange(from, len(toks)-fwdReach)
				if shift := from - backTokens; shift > 0 {
					toks = toks[:copy(toks, toks[shift:])]
					from -= shift
					last -= shift
					m.minTok -= shift
				}
			}
			a = b
			if a >= len(text) {
				q = -1
				break
			}
			if a <= next || len(toks)-1-last < fwdReach || !syncAt(table, text, a) {
				continue // the next trigger is too close: it joins this window
			}
			// Enough tokens after the last start token: end the window at
			// a if the next trigger is far enough away.
			if next < a {
				next = nextTrigger(ts, table, text, a)
			}
			if next < 0 {
				q = -1
				break
			}
			var ok bool
			if _, ok, scratch = backStart(table, text, next, a, scratch); ok {
				q = next
				break
			}
		}
		m.t = toks
		m.runRange(from, len(toks))
		lo = a
	}
	return toks, scratch
}

// windowStep is the least count of bytes a window grows by at a time: it
// ends at the first boundary after that (see nextBoundary), so that on
// news text, where triggers are dense, a window is tokenized a few
// sentences at a time rather than word by word.
var windowStep = 128
