package parse

import (
	"iter"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/finanztext/finanztext/internal/swar"
)

// Sentences splits German running text into sentences and returns their
// spans, ordered and not overlapping, each trimmed of surrounding white
// space. Empty sentences are dropped.
//
// A sentence ends at a line break (a headline or a paragraph ends there too),
// or at '.', '!', '?' or '…' (with any closing quotes or brackets after it)
// when white space and the start of a new sentence follow. A full stop does
// not end a sentence after an abbreviation from the package table (z. B.,
// ca., Nr., Dr., Mio., Jan., …), after a single letter (initials such as
// "Peter F. Müller", "v. H."), after an ordinal of up to three digits
// ("im 3. Quartal", "am 3. Mai"), inside a number or date ("3,5", "3.5.2025"),
// or when the next word is written in lower case (", sagte er." after a
// quotation). Abbreviations that often close a sentence (Mio., usw., Inc., …)
// and ordinals do end one when a typical sentence opener such as "Der" or
// "Es" follows; abbreviations that are nouns too ("Art.", "Abs.") stand
// for the abbreviation only in front of a number ("Art. 5").
//
// Sentences runs in time linear in len(text) and allocates only the result.
func Sentences(text string) []Span {
	spans := make([]Span, 0, len(text)/120+1)
	stops := newSentStops()
	for pos := 0; ; {
		s, next, ok := sentNext(text, pos, &stops)
		if !ok {
			return spans
		}
		spans = append(spans, s)
		pos = next
	}
}

// SentenceSeq is the iterator form of [Sentences]: it yields the same spans
// in the same order without building a slice.
func SentenceSeq(text string) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		stops := newSentStops()
		for pos := 0; ; {
			s, next, ok := sentNext(text, pos, &stops)
			if !ok || !yield(s) {
				return
			}
			pos = next
		}
	}
}

// sentNext finds the first non-empty sentence that starts at or after pos.
// It returns the trimmed span, the position to continue from and whether a
// sentence was found. stops belongs to text (see newSentStops).
func sentNext(text string, pos int, stops *sentStops) (Span, int, bool) {
	for pos < len(text) {
		end, next := sentEnd(text, pos, stops)
		s := sentTrim(text, pos, end)
		if !s.Empty() {
			return s, next, true
		}
		pos = next
	}
	return Span{}, len(text), false
}

// sentStopBytes are the bytes sentEnd must look at: a line break, the
// terminators . ! ? and the first byte of "…" (and of every other rune
// starting with 0xE2).
var sentStopBytes = [5]byte{'\n', '.', '!', '?', 0xE2} // (sentStops.next has them written out)

// sentStops finds the stop bytes of one text in text order. It keeps for
// each stop byte where it occurs next, so that strings.IndexByte (a vector
// scan) runs once per occurrence of the byte, not once per sentence, and
// the bytes between two stops are not looked at one by one.
type sentStops struct {
	// at[k] is the first occurrence of sentStopBytes[k] at or after the
	// position its search started from (at most last), or len(text); -1
	// before the first search
	at   [len(sentStopBytes)]int
	last int // the position of the latest call of next
}

// newSentStops returns the sentStops of a text not searched yet.
func newSentStops() sentStops {
	var st sentStops
	for k := range st.at {
		st.at[k] = -1
	}
	return st
}

// next returns the first stop byte of text at or after i, or len(text).
// While calls go forward, a known position at or after i is the first one
// after i too (its search started at or before i); a call that goes back
// forgets them all.
func (st *sentStops) next(text string, i int) int {
	if i < st.last {
		for k := range st.at {
			st.at[k] = -1
		}
	}
	st.last = i
	// written out for the five bytes of sentStopBytes (a loop over them
	// kept its index and bounds checks)
	at := &st.at
	if at[0] < i {
		at[0] = indexByteFrom(text, i, '\n')
	}
	if at[1] < i {
		at[1] = indexByteFrom(text, i, '.')
	}
	if at[2] < i {
		at[2] = indexByteFrom(text, i, '!')
	}
	if at[3] < i {
		at[3] = indexByteFrom(text, i, '?')
	}
	if at[4] < i {
		at[4] = indexByteFrom(text, i, 0xE2)
	}
	return min(at[0], at[1], at[2], at[3], at[4])
}

// indexByteFrom returns the first occurrence of b in text at or after i,
// or len(text).
func indexByteFrom(text string, i int, b byte) int {
	if i < len(text) {
		if n := strings.IndexByte(text[i:], b); n >= 0 {
			return i + n
		}
	}
	return len(text)
}

// sentEnd scans from start for the end of the sentence. It returns the end
// of the sentence (exclusive, untrimmed) and where the next one starts.
func sentEnd(text string, start int, stops *sentStops) (end, next int) {
	i := start
	for i < len(text) {
		// skip bytes that can neither end a sentence nor start "…"
		i = stops.next(text, i)
		if i >= len(text) {
			break
		}
		c := text[i]
		switch {
		case c == '\n':
			return i, i + 1
		case c == '.' || c == '!' || c == '?':
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0xA6: // …
		default:
			i++
			continue
		}
		// A terminator run: . ! ? … in any mix ("?!", "...").
		j := sentSkipTerminators(text, i)
		j = sentSkipClosers(text, j)
		if j >= len(text) {
			return j, j
		}
		if !sentIsSpace(text, j) {
			// "3.5.2025", "finanztext.de", "„Gut.“, sagte er"
			i = j
			continue
		}
		k := sentSkipBlanks(text, j)
		if k >= len(text) {
			return j, k
		}
		if text[k] == '\n' {
			// the line break ends the sentence on the next round
			i = k
			continue
		}
		if sentBreaks(text, i, k) {
			return j, k
		}
		i = j
	}
	return len(text), len(text)
}

// sentBreaks decides whether the terminator at text[dot] ends a sentence
// when the next sentence would start at text[next] (after white space).
func sentBreaks(text string, dot, next int) bool {
	r, _ := utf8.DecodeRuneInString(text[next:])
	if !sentIsStart(r) {
		return false // lower case or punctuation: "z. B. der", "„Gut.“ sagte er"
	}
	if text[dot] != '.' || (dot+1 < len(text) && (text[dot+1] == '.' || text[dot+1] == '!' || text[dot+1] == '?')) {
		return true // '!', '?', '…', "..."
	}
	// A single full stop: look at the word in front of it.
	ws := dot
	// eight ASCII letters and digits at a time while the word goes on
	// that far (within its 24 bytes; swar.NonWord decides each byte on
	// its own, so its last marked byte is exact); a byte above ASCII is
	// left to the loop below
	for ws >= 8 && dot-ws <= 16 {
		if m := swar.NonWord(swar.Load8(text, ws-8)); m != 0 {
			// the last byte that is no ASCII letter or digit
			ws -= 7 - (63-bits.LeadingZeros64(m))>>3
			if text[ws-1] < utf8.RuneSelf {
				break
			}
		} else {
			ws -= 8
			continue
		}
		break
	}
	for ws > 0 && dot-ws < 24 {
		if c := text[ws-1]; c < utf8.RuneSelf {
			// ASCII: a letter or a digit, as the test below decides
			if !sentASCIIAlnum[c] {
				break
			}
			ws--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:ws])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !(r >= '0' && r <= '9') {
			break
		}
		ws -= size
	}
	word := text[ws:dot]
	if word == "" {
		return true // ")." or "“."
	}
	if word[0] >= '0' && word[0] <= '9' {
		if !sentAllDigits(word) {
			return true
		}
		if ws > 0 && text[ws-1] == '.' {
			return true // the end of a date "3.5.2025." or "3.5."
		}
		if len(word) <= 3 {
			// "im 3. Quartal", "am 3. Mai": an ordinal, unless an opener follows
			return sentOpener(text, next)
		}
		return true // "im Jahr 2024. Dann"
	}
	// one letter: one byte, or one rune of up to four (a word longer than
	// that is not counted rune by rune)
	if (len(word) == 1 || len(word) <= utf8.UTFMax && utf8.RuneCountInString(word) == 1) && (ws == 0 || text[ws-1] != '/') {
		return false // initials and "z. B.", "v. H.", "u. a."; not "km/h."
	}
	switch sentAbbrevKind(word) {
	case sentAbbrevNever:
		return false
	case sentAbbrevMayEnd:
		return sentOpener(text, next)
	case sentAbbrevNumber:
		return !(text[next] >= '0' && text[next] <= '9')
	}
	return true
}

// sentASCIIAlnum marks the ASCII letters and digits.
var sentASCIIAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// sentSkipTerminators returns the index after a run of . ! ? … at i.
func sentSkipTerminators(text string, i int) int {
	for i < len(text) {
		switch c := text[i]; {
		case c == '.' || c == '!' || c == '?':
			i++
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0xA6:
			i += 3
		default:
			return i
		}
	}
	return i
}

// sentSkipClosers returns the index after closing quotes and brackets at i.
func sentSkipClosers(text string, i int) int {
	for i < len(text) {
		switch c := text[i]; c {
		case '"', '\'', ')', ']':
			i++
			continue
		case 0xE2: // “ ” ‘ ’ ‹ ›
			if i+2 < len(text) && text[i+1] == 0x80 {
				switch text[i+2] {
				case 0x9C, 0x9D, 0x98, 0x99, 0xB9, 0xBA:
					i += 3
					continue
				}
			}
		case 0xC2: // « »
			if i+1 < len(text) && (text[i+1] == 0xAB || text[i+1] == 0xBB) {
				i += 2
				continue
			}
		}
		return i
	}
	return i
}

// sentIsSpace reports whether a white-space character (not only a line
// break) starts at text[i].
func sentIsSpace(text string, i int) bool {
	return sentSpaceLen(text, i) > 0
}

// sentSkipBlanks skips white space other than '\n' starting at i.
func sentSkipBlanks(text string, i int) int {
	for i < len(text) && text[i] != '\n' {
		n := sentSpaceLen(text, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// sentTrim trims white space from both ends of text[start:end].
func sentTrim(text string, start, end int) Span {
	for start < end {
		n := sentSpaceLen(text, start)
		if n == 0 || start+n > end {
			break
		}
		start += n
	}
	for end > start {
		c := text[end-1]
		if c < utf8.RuneSelf && sentSpaceByte[c] == 0 {
			break // an ASCII byte that is no blank (a blank of two or three bytes ends above ASCII)
		}
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			end--
			continue
		case c == 0xA0 && end-2 >= start && text[end-2] == 0xC2:
			end -= 2
			continue
		case end-3 >= start && sentSpaceLen(text, end-3) == 3:
			end -= 3
			continue
		}
		break
	}
	return Span{start, end}
}

// sentIsStart reports whether r can start a sentence: an upper-case letter,
// a digit, an opening quote or bracket, or a dash.
func sentIsStart(r rune) bool {
	switch {
	case r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return true
	case r >= 'a' && r <= 'z':
		return false
	}
	switch r {
	case '"', '\'', '(', '[', '„', '“', '‚', '‘', '»', '«', '›', '‹', '–', '—', '-', '¿', '¡', '•', '*':
		return true
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// sentAllDigits reports whether s consists of ASCII digits only.
func sentAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// sentOpener reports whether the word at text[i] is one that typically
// opens a German sentence ("Der", "Es", "Im", …).
func sentOpener(text string, i int) bool {
	j := i
	for j < len(text) && j-i < 16 {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	ok := sentOpeners.Has(text[i:j])
	return ok
}

// sentOpeners are capitalized function words that start a sentence but are
// not nouns, so a full stop in front of them is a sentence end even after an
// ordinal or an abbreviation such as "Mio.".
//
// buildSentOpeners returns the words of the table sentOpeners (generated: see the
// package's zz_generated_sets.go).
func buildSentOpeners() map[string]struct{} {
	return map[string]struct{}{
		"Der": {}, "Die": {}, "Das": {}, "Dem": {}, "Den": {}, "Des": {}, "Ein": {}, "Eine": {}, "Einer": {},
		"Es": {}, "Er": {}, "Sie": {}, "Wir": {}, "Ich": {}, "Ihr": {}, "Man": {}, "Im": {}, "In": {},
		"Am": {}, "An": {}, "Auf": {}, "Aus": {}, "Auch": {}, "Aber": {}, "Doch": {}, "Dies": {}, "Diese": {},
		"Dieser": {}, "Dieses": {}, "Damit": {}, "Dabei": {}, "Dazu": {}, "Dann": {}, "Danach": {},
		"Zudem": {}, "Außerdem": {}, "Nach": {}, "Mit": {}, "Seit": {}, "Bei": {}, "Für": {}, "Wie": {},
		"Was": {}, "Wer": {}, "Wenn": {}, "Als": {}, "So": {}, "Laut": {}, "Demnach": {}, "Trotz": {},
		"Allerdings": {}, "Jedoch": {}, "Nun": {}, "Heute": {}, "Gestern": {}, "Zum": {}, "Zur": {},
		"Vom": {}, "Von": {}, "Um": {}, "Unter": {}, "Über": {}, "Insgesamt": {}, "Deshalb": {},
		"Daher": {}, "Darüber": {}, "Hier": {}, "Dort": {}, "Vor": {}, "Zuletzt": {}, "Zuvor": {},
		"Angeblich": {}, "Offiziell": {}, "Inzwischen": {}, "Mittlerweile": {}, "Schließlich": {},
		"Immerhin": {}, "Bisher": {}, "Künftig": {}, "Derzeit": {}, "Bereits": {}, "Gleichzeitig": {},
		"Stattdessen": {}, "Ebenso": {}, "Ebenfalls": {}, "Nachdem": {}, "Weil": {}, "Obwohl": {}, "Da": {},
		"Denn": {}, "Zwar": {}, "Sowohl": {}, "Weder": {}, "Nicht": {}, "Kein": {}, "Keine": {}, "Alle": {},
		"Viele": {}, "Einige": {}, "Jetzt": {}, "Damals": {}, "Später": {}, "Erst": {}, "Noch": {}, "Nur": {},
		"Sein": {}, "Seine": {}, "Ihre": {}, "Unser": {}, "Unsere": {}, "Jeder": {}, "Jede": {}, "Jedes": {},
		"Wo": {}, "Warum": {}, "Wann": {}, "Welche": {}, "Welcher": {}, "Ob": {}, "Anders": {}, "Trotzdem": {},
	}
}

// Abbreviation kinds of sentAbbrevs.
const (
	sentAbbrevNone   = iota // not an abbreviation
	sentAbbrevNever         // never ends a sentence: a title, "ca.", "Nr."
	sentAbbrevMayEnd        // often closes a sentence: "Mio.", "usw.", "Inc."
	sentAbbrevNumber        // a noun too, abbreviated only before a number: "Art. 5"
)

// sentAbbrevKind looks up word (without its dot) in the abbreviation table.
func sentAbbrevKind(word string) int {
	if len(word) > 8 {
		return sentAbbrevNone
	}
	return sentAbbrevs.Value(word)
}

// sentAbbrevs lists German (and a few English) abbreviations written with a
// full stop, keyed without the stop. Single letters ("z", "B", "v", "H") are
// handled by rule, not by this table. Case matters: "So." is Sonntag, "so."
// ends a sentence.
//
// buildSentAbbrevs returns the words of the table sentAbbrevs (generated: see the
// package's zz_generated_sets.go).
func buildSentAbbrevs() map[string]int {
	return map[string]int{
		// scales and units
		"Mio": sentAbbrevMayEnd, "Mrd": sentAbbrevMayEnd, "Bio": sentAbbrevMayEnd, "Tsd": sentAbbrevMayEnd,
		"Mia": sentAbbrevMayEnd, "Mill": sentAbbrevMayEnd, "Bp": sentAbbrevMayEnd, "Pkt": sentAbbrevMayEnd,
		"Std": sentAbbrevMayEnd, "Min": sentAbbrevMayEnd, "Sek": sentAbbrevMayEnd, "Stk": sentAbbrevMayEnd,
		// closing lists and company forms
		"usw": sentAbbrevMayEnd, "usf": sentAbbrevMayEnd, "etc": sentAbbrevMayEnd, "Co": sentAbbrevMayEnd,
		"Inc": sentAbbrevMayEnd, "Corp": sentAbbrevMayEnd, "Ltd": sentAbbrevMayEnd, "Plc": sentAbbrevMayEnd,
		"Bros": sentAbbrevMayEnd, "Chr": sentAbbrevMayEnd, "Jr": sentAbbrevMayEnd, "Sr": sentAbbrevMayEnd,
		// titles and forms of address
		"Dr": sentAbbrevNever, "Prof": sentAbbrevNever, "Dipl": sentAbbrevNever, "Ing": sentAbbrevNever,
		"Mag": sentAbbrevMayEnd, "Hr": sentAbbrevNever, "Fr": sentAbbrevNever, "Frl": sentAbbrevNever,
		"Mr": sentAbbrevNever, "Mrs": sentAbbrevNever, "Ms": sentAbbrevNever, "St": sentAbbrevNever,
		"Gebr": sentAbbrevNever, "Fa": sentAbbrevNever, "Gen": sentAbbrevMayEnd, "Hon": sentAbbrevNever,
		"Kfm": sentAbbrevNever, "Abg": sentAbbrevNever, "Präs": sentAbbrevNever,
		"med": sentAbbrevNever, "rer": sentAbbrevNever, "nat": sentAbbrevNever, "phil": sentAbbrevNever,
		"jur": sentAbbrevNever, "habil": sentAbbrevNever, "theol": sentAbbrevNever, "oec": sentAbbrevNever,
		// references and places
		"Nr": sentAbbrevNever, "Str": sentAbbrevNever, "Abs": sentAbbrevNumber, "Art": sentAbbrevNumber,
		"Bd": sentAbbrevNumber, "Kap": sentAbbrevNumber, "Abb": sentAbbrevNumber, "Tab": sentAbbrevNumber,
		"Anm": sentAbbrevNever, "Hrsg": sentAbbrevNever, "Jg": sentAbbrevNumber, "Jh": sentAbbrevNever,
		"Jhd": sentAbbrevNever, "Tel": sentAbbrevNever, "Ziff": sentAbbrevNumber, "Pos": sentAbbrevNumber,
		"Vol": sentAbbrevNumber, "Hbf": sentAbbrevNever, "Bhf": sentAbbrevNever, "Abt": sentAbbrevNever,
		// adverbs and connectives
		"ca": sentAbbrevNever, "Ca": sentAbbrevNever, "bzw": sentAbbrevNever, "evtl": sentAbbrevNever,
		"Evtl": sentAbbrevNever, "ggf": sentAbbrevNever, "Ggf": sentAbbrevNever, "inkl": sentAbbrevNever,
		"Inkl": sentAbbrevNever, "exkl": sentAbbrevNever, "zzgl": sentAbbrevNever, "vgl": sentAbbrevNever,
		"Vgl": sentAbbrevNever, "sog": sentAbbrevNever, "bspw": sentAbbrevNever, "Bsp": sentAbbrevNever,
		"insb": sentAbbrevNever, "ggü": sentAbbrevNever, "rd": sentAbbrevNever, "max": sentAbbrevNever,
		"min": sentAbbrevNever, "zzt": sentAbbrevNever, "zz": sentAbbrevNever, "vs": sentAbbrevNever,
		"ehem": sentAbbrevNever, "gegr": sentAbbrevNever, "geb": sentAbbrevNever, "gest": sentAbbrevNever,
		"allg": sentAbbrevNever, "lt": sentAbbrevNever, "Lt": sentAbbrevNever, "urspr": sentAbbrevNever,
		"zit": sentAbbrevNever, "Verf": sentAbbrevNever, "sek": sentAbbrevNever, "resp": sentAbbrevNever,
		"zB": sentAbbrevNever, "uvm": sentAbbrevNever,
		// adjectives and roles before a name ("Dt. Bank", "stv. Vorsitzende")
		"Dt": sentAbbrevNever, "dt": sentAbbrevNever, "stv": sentAbbrevNever, "Stv": sentAbbrevNever,
		"Vors": sentAbbrevNever, "Ges": sentAbbrevNever,
		// months and weekdays
		"Jan": sentAbbrevNever, "Feb": sentAbbrevNever, "Mär": sentAbbrevNever, "Apr": sentAbbrevNever,
		"Jun": sentAbbrevNever, "Jul": sentAbbrevNever, "Aug": sentAbbrevNever, "Sep": sentAbbrevNever,
		"Sept": sentAbbrevNever, "Okt": sentAbbrevNever, "Nov": sentAbbrevNever, "Dez": sentAbbrevNever,
		"Mo": sentAbbrevNever, "Di": sentAbbrevNever, "Mi": sentAbbrevNever, "Do": sentAbbrevNever,
		"Sa": sentAbbrevNever, "So": sentAbbrevNever,
	}
}

// sentSpaceLen returns the length of a white-space character at text[i],
// line breaks included, or 0.
func sentSpaceLen(text string, i int) int {
	if c := text[i]; c < 0xC2 {
		return sentSpaceByte[c] // as hSpaceLen, a table where the call inlines
	}
	return hSpaceLenRest(text, i)
}

// sentSpaceByte is sentSpaceLen of a byte below 0xC2: 1 for ' ', '\t' and
// the line breaks '\n', '\r', '\v', '\f', 0 for any other.
var sentSpaceByte = [0xC2]int{' ': 1, '\t': 1, '\n': 1, '\r': 1, '\v': 1, '\f': 1}
