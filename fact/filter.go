package fact

import (
	"bytes"

	"github.com/finanztext/finanztext/internal/lazy"
	"github.com/finanztext/finanztext/internal/strtab"
)

// tri3 is a set of three-letter strings of ASCII lower-case letters, 2 KiB:
// a filter in front of a word table that answers "surely not in the table"
// for most words without hashing them.
type tri3 [(26*26*26 + 7) / 8]byte

// tri3Index returns the index of the three bytes at s[i:i+3] in a tri3 and
// whether they are all ASCII lower-case letters.
func tri3Index(s string, i int) (int, bool) {
	a, b, c := s[i]-'a', s[i+1]-'a', s[i+2]-'a'
	if a >= 26 || b >= 26 || c >= 26 {
		return 0, false
	}
	return (int(a)*26+int(b))*26 + int(c), true
}

func (t *tri3) add(s string, i int) bool {
	k, ok := tri3Index(s, i)
	if ok {
		t[k>>3] |= 1 << (k & 7)
	}
	return ok
}

func (t *tri3) has(k int) bool { return t[k>>3]&(1<<(k&7)) != 0 }

// endsLike reports whether w (at least three bytes long) may end like a
// string of t: its last three bytes are in t, or are not all ASCII
// lower-case letters (which t cannot tell).
func (t *tri3) endsLike(w string) bool {
	k, ok := tri3Index(w, len(w)-3)
	return !ok || t.has(k)
}

// wordFilters are the filters in front of the word tables: generated
// Go data (see filters).
type wordFilters struct {
	tails tri3 // the ASCII keys of tails(): the last three bytes of the metric words
	heads tri3 // the first three bytes of the metric words (ASCII letters only)
	// verbs holds one bit per word of the verb table, at its hash: a word
	// whose bit is clear is not in the table. seg and refs are the same
	// for segLexicon and referenceWords.
	verbs, seg, refs bloom
}

// bloom is a set of words as one bit each at their wordHash: a word whose
// bit is clear is surely not in the set.
type bloom [verbBits / 8]byte

func (b *bloom) add(w string) {
	h := wordHash(w)
	b[h/8] |= 1 << (h % 8)
}

func (b *bloom) has(w string) bool {
	h := wordHash(w)
	return b[h/8]&(1<<(h%8)) != 0
}

// hasBytes is has for a word given as bytes (no conversion, which would
// allocate for a long word).
func (b *bloom) hasBytes(w []byte) bool { return b.hasHash(strtab.Hash(w)) }

// hasHash is has for a word whose strtab.Hash is h.
func (b *bloom) hasHash(h uint32) bool {
	h = (h ^ h>>16) % verbBits
	return b[h/8]&(1<<(h%8)) != 0
}

// filters returns the word filters: the generated ones
// (zz_generated_tables.go), or, when the package is built with the tag
// factgen, built from the tables.
func filters() *wordFilters { return filtersV.Get(makeFilters) }

var filtersV lazy.Value[*wordFilters]

func makeFilters() *wordFilters {
	if genFilters != nil {
		return genFilters
	}
	return buildFilters()
}

// buildFilters builds the word filters from the word tables.
func buildFilters() *wordFilters {
	f := new(wordFilters)
	for k := range tails().All() {
		if len(k) == 3 {
			f.tails.add(k, 0)
		}
	}
	for w := range metricTable().All() {
		if len(w) >= 3 {
			f.heads.add(w, 0)
		}
	}
	for w := range verbTable().All() {
		f.verbs.add(w)
	}
	for w := range segLexicon().All() {
		f.seg.add(w)
	}
	for w := range referenceWords.All() {
		f.refs.add(w)
	}
	return f
}

// notMetric reports whether the lower-case word w is surely no metric word
// for lookupMetric: it has no hyphen, and its last three bytes are ASCII
// letters that no table word ends with. (A word of the metric table is in
// tails by its last three bytes, and every other reading of lookupMetric
// needs them there as well.)
func notMetric(w string) bool { return lexicons().notMetric(w) }

// notMetric is the package-level notMetric.
func (lx *lexicon) notMetric(w string) bool {
	if len(w) < 3 {
		return false
	}
	k, ok := tri3Index(w, len(w)-3)
	if !ok || lx.f.tails.has(k) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] == '-' {
			return false
		}
	}
	return true
}

// verbBits is the size of a bloom in bits (1 KiB, small enough to stay in
// the cache): with the hundred verb forms, a word not in the table passes
// with a chance of about one in eighty; with the few hundred words of
// segLexicon, one in twenty or so.
const verbBits = 1 << 13

// wordHash is FNV-1a of w, folded to an index into the verb filter.
func wordHash(w string) uint32 {
	h := strtab.Hash(w)
	return (h ^ h>>16) % verbBits
}

// notVerb reports whether the lower-case word w is surely not in the verb
// table.
func notVerb(w string) bool { return !filters().verbs.has(w) }

// lookupVerbBytes is verbTable()[w] for a word given as bytes, skipping
// the table for a word the filter rules out. The word is hashed once, for
// the filter and the table.
func (lx *lexicon) lookupVerbBytes(w []byte) (verbCue, bool) {
	if len(w) == 0 {
		return lx.verbs.getBytes(w)
	}
	h := strtab.Hash(w)
	if !lx.f.verbs.hasHash(h) {
		return verbCue{}, false
	}
	return lx.verbs.getBytesHashed(w, h)
}

// lookupMetricBytes is lookupMetric for a word given as bytes: the word
// is made a string only when notMetric lets it through.
func (lx *lexicon) lookupMetricBytes(w []byte) (mw metricWord, dir int8, forecast, ok bool) {
	if n := len(w); n >= 3 && w[n-1]-'a' < 26 && w[n-2]-'a' < 26 && w[n-3]-'a' < 26 &&
		!lx.f.tails.has((int(w[n-3]-'a')*26+int(w[n-2]-'a'))*26+int(w[n-1]-'a')) && bytes.IndexByte(w, '-') < 0 {
		return metricWord{}, 0, false, false // what notMetric says, without the copy
	}
	return lx.lookupMetricTables(string(w)) // notMetric(w) is false: tested above
}

// lookupSeg is segLexicon()[w], skipping the table for a word the filter
// rules out.
func lookupSeg(w []byte) (segWord, bool) {
	return lexicons().lookupSeg(w)
}

// lookupSeg is the package-level lookupSeg. The word is hashed once, for
// the filter and the table.
func (lx *lexicon) lookupSeg(w []byte) (segWord, bool) {
	if len(w) == 0 {
		return lx.seg.getBytes(w)
	}
	h := strtab.Hash(w)
	if !lx.f.seg.hasHash(h) {
		return segWord{}, false
	}
	return lx.seg.getBytesHashed(w, h)
}

// isReferenceWord is referenceWords[w], skipping the table for a word the
// filter rules out.
func isReferenceWord(w []byte) bool { return lexicons().isReferenceWord(w) }

// isReferenceWord is the package-level isReferenceWord.
func (lx *lexicon) isReferenceWord(w []byte) bool {
	return lx.f.refs.hasBytes(w) && referenceWords.ValueBytes(w)
}

// notMetricAt reports whether w[k:] surely is no word of the metric table:
// its first three bytes are ASCII letters that start no table word.
func notMetricAt(w string, k int) bool { return lexicons().notMetricAt(w, k) }

// notMetricAt is the package-level notMetricAt.
func (lx *lexicon) notMetricAt(w string, k int) bool {
	if k+3 > len(w) {
		return false
	}
	h, ok := tri3Index(w, k)
	return ok && !lx.f.heads.has(h)
}

// headFilters hold the first three bytes of the words of the verb table
// and of segLexicon (those that start with three ASCII lower-case
// letters), built from the tables on first use: a word that starts with
// three such letters and is not in the set is in neither table, found
// without hashing the whole word as the blooms do.
type headFilters struct {
	verbs, seg tri3
}

func heads() *headFilters { return headsV.Get(makeHeads) }

var headsV lazy.Value[*headFilters]

func makeHeads() *headFilters {
	h := new(headFilters)
	for w := range verbTable().All() {
		if len(w) >= 3 {
			h.verbs.add(w, 0)
		}
	}
	for w := range segLexicon().All() {
		if len(w) >= 3 {
			h.seg.add(w, 0)
		}
	}
	return h
}

// rulesOut reports whether the lower-case word w surely starts like no
// word of t: its first three bytes are ASCII lower-case letters not in t.
func (t *tri3) rulesOut(w []byte) bool {
	if len(w) < 3 {
		return false
	}
	a, b, c := w[0]-'a', w[1]-'a', w[2]-'a'
	if a >= 26 || b >= 26 || c >= 26 {
		return false
	}
	return !t.has((int(a)*26+int(b))*26 + int(c))
}
