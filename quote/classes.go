package quote

import "sync"

// Word classes: which of the closed word sets a token's word belongs to.
// The attribution scanners ask these again and again for the same tokens
// (every subject search walks back over its clause), so doc.cls answers
// them from one lookup per token, made the first time the token is asked.
const (
	cDet           uint32 = 1 << iota // determiners
	cPrep                             // prepositions
	cNotSpeaker                       // notSpeakers
	cAdverb                           // adverbs
	cNameParticle                     // nameParticles
	cClauseStarter                    // clauseStarters
	cOblique                          // oblique
	cRelPronoun                       // relativePronouns
	cHonorific                        // honorifics
	cPartitive                        // partitives
	cGenLink                          // genitiveLinks
	cAux                              // auxiliaries
	cSubord                           // subordinators
	cObjPronoun                       // objectPronouns
	cSoPrep                           // soPrepositions
	cSourceNoun                       // sourceNouns
	cTitleNoun                        // titleNouns

	cPrepLower   // inLower(prepositions, w)
	cSubordLower // inLower(subordinators, w)

	cLowerDone uint32 = 1 << 30 // the …Lower bits are computed
	cDone      uint32 = 1 << 31 // the set bits are computed
)

// wordClassSets maps every word of the closed sets to its class bits.
var wordClassSets = sync.OnceValue(func() map[string]uint32 {
	m := make(map[string]uint32, 1024)
	for _, s := range []struct {
		set map[string]bool
		bit uint32
	}{
		{determiners, cDet}, {prepositions, cPrep}, {notSpeakers, cNotSpeaker},
		{adverbs, cAdverb}, {nameParticles, cNameParticle}, {clauseStarters, cClauseStarter},
		{oblique, cOblique}, {relativePronouns, cRelPronoun}, {honorifics, cHonorific},
		{partitives, cPartitive}, {genitiveLinks, cGenLink}, {auxiliaries, cAux},
		{subordinators, cSubord}, {objectPronouns, cObjPronoun}, {soPrepositions, cSoPrep},
		{sourceNouns, cSourceNoun}, {titleNouns, cTitleNoun},
	} {
		for w, ok := range s.set {
			if ok {
				m[w] |= s.bit
			}
		}
	}
	return m
})

// is reports whether the word of token k is in the set of class bit c (one
// of cDet … cTitleNoun): set[d.word(k)], answered from a per-token cache.
func (d *doc) is(k int, c uint32) bool {
	v := d.cls[k]
	if v&cDone == 0 {
		v |= wordClassSets()[d.word(k)] | cDone
		d.cls[k] = v
	}
	return v&c != 0
}

// isLower is inLower(prepositions, d.word(k)) for c == cPrepLower and
// inLower(subordinators, d.word(k)) for c == cSubordLower, cached per token.
func (d *doc) isLower(k int, c uint32) bool {
	v := d.cls[k]
	if v&cLowerDone == 0 {
		w := d.word(k)
		v |= cLowerDone
		if inLower(prepositions, w) {
			v |= cPrepLower
		}
		if inLower(subordinators, w) {
			v |= cSubordLower
		}
		d.cls[k] = v
	}
	return v&c != 0
}
