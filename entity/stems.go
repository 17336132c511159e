package entity

import "sort"

// stemSet answers whether a lower-case word holds any of a fixed list of
// stems (bytes.Contains for each stem, as one question). The stems are
// grouped by their first byte, so that a byte of the word no stem starts
// with costs one table read instead of a compare for every stem: rules ask
// this for most capitalized words (bizWord, nounLike, the sports tests).
type stemSet struct {
	first  [256]uint8 // 1 + the index in stems of the first stem starting with the byte; 0: none
	stems  []string   // sorted by first byte
	minLen int        // the length of the shortest stem
}

// newStemSet returns the stemSet of stems (each non-empty, at most 254
// of them).
func newStemSet(stems ...[]string) *stemSet {
	s := &stemSet{minLen: 1 << 30}
	for _, l := range stems {
		s.stems = append(s.stems, l...)
	}
	sort.SliceStable(s.stems, func(a, b int) bool { return s.stems[a][0] < s.stems[b][0] })
	for k := len(s.stems) - 1; k >= 0; k-- {
		st := s.stems[k]
		s.first[st[0]] = uint8(k + 1)
		s.minLen = min(s.minLen, len(st))
	}
	return s
}

// in reports whether b holds one of the stems.
func (s *stemSet) in(b []byte) bool {
	for i := 0; i+s.minLen <= len(b); i++ {
		k := int(s.first[b[i]])
		if k == 0 {
			continue
		}
		for k--; k < len(s.stems); k++ {
			st := s.stems[k]
			if st[0] != b[i] {
				break
			}
			// The second byte before the string compare: it rejects most.
			if len(st) <= len(b)-i && (len(st) < 2 || st[1] == b[i+1]) && string(b[i:i+len(st)]) == st {
				return true
			}
		}
	}
	return false
}

// suffixSet answers whether a lower-case word ends in any of a fixed list
// of suffixes (endsWith for each, as one question), grouped by their last
// byte like stemSet.
type suffixSet struct {
	last [256]uint8 // 1 + the index in sufs of the first suffix ending in the byte; 0: none
	sufs []string   // sorted by last byte, in list order for each byte
	idx  []int      // the index of each of sufs in the list
}

// newSuffixSet returns the suffixSet of sufs (each non-empty, at most 254).
func newSuffixSet(sufs []string) *suffixSet {
	s := &suffixSet{}
	for k := range sufs {
		s.idx = append(s.idx, k)
	}
	lastByte := func(k int) byte { return sufs[k][len(sufs[k])-1] }
	sort.SliceStable(s.idx, func(a, b int) bool { return lastByte(s.idx[a]) < lastByte(s.idx[b]) })
	for _, k := range s.idx {
		s.sufs = append(s.sufs, sufs[k])
	}
	for k := len(s.sufs) - 1; k >= 0; k-- {
		s.last[lastByte(s.idx[k])] = uint8(k + 1)
	}
	return s
}

// endsIn reports whether endsWith(b, s, rest) holds for one of the
// suffixes s: b ends in s with more than rest bytes before it.
func (s *suffixSet) endsIn(b []byte, rest int) bool { return s.find(b, rest) >= 0 }

// find returns the index in the list of the first suffix s for which
// endsWith(b, s, rest) holds, or -1. Every suffix b ends in ends in b's
// last byte, so the first of that byte's group is the first of the list.
func (s *suffixSet) find(b []byte, rest int) int {
	if len(b) == 0 {
		return -1
	}
	c := b[len(b)-1]
	k := int(s.last[c])
	if k == 0 {
		return -1
	}
	for k--; k < len(s.sufs); k++ {
		suf := s.sufs[k]
		if suf[len(suf)-1] != c {
			break
		}
		if endsWith(b, suf, rest) {
			return s.idx[k]
		}
	}
	return -1
}

// mayEnd reports whether token i, lowered (lowerB), may end in one of the
// suffixes: false when its last byte is ASCII and, lowered, ends none. A
// last byte that is ASCII stays the last byte of the lowered word (NFC
// composes nothing with an ASCII letter before it).
func (s *suffixSet) mayEnd(d *docState, i int) bool {
	t := &d.toks[i]
	c := d.text[t.end-1]
	if c >= 0x80 {
		return true
	}
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return s.last[c] != 0
}

// The stem and suffix sets of the word lists the rules test most.
var (
	businessStemSet     = newStemSet(businessStems)
	sportStemSet        = newStemSet(sportStems)
	sportNoClubStemSet  = newStemSet(withoutClubStems(sportStems))
	sportRivalStemSet   = newStemSet(sportStems, rivalStems)
	nounSuffixSet       = newSuffixSet(nounSuffixes)
	descriptorSuffixSet = newSuffixSet(descriptorSuffixes)
	placeInstitutionSet = newSuffixSet(suffixesOf(placeInstitutionSuffixes))
	genitiveHeadSet     = newSuffixSet(suffixesOf(genitiveHeads))
	institutionSet      = newSuffixSet(institutionSuffixes)
)

// typedSuffix is a suffix of a word table and the Type it gives.
type typedSuffix struct {
	suffix string
	typ    Type
}

// suffixesOf returns the suffixes of a table of typed suffixes, in order.
func suffixesOf(l []typedSuffix) []string {
	out := make([]string, len(l))
	for k, s := range l {
		out[k] = s.suffix
	}
	return out
}

// withoutClubStems returns the stems that are no club noun's (clubStems).
func withoutClubStems(stems []string) []string {
	var out []string
	for _, s := range stems {
		if !clubStems.Value(s) {
			out = append(out, s)
		}
	}
	return out
}
