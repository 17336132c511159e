package quote

import "github.com/finanztext/finanztext/internal/strtab"

// Word classes: which of the closed word sets a token's word belongs to.
// The attribution scanners ask these again and again for the same tokens
// (every subject search walks back over its clause): the lexicon records
// the classes of every word of the sets, so the lookup made for each word
// at tokenization answers them all. The lower-case variants (isLower) are
// computed the first time a token is asked and kept in doc.wc.
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

	cPrepLower   // for isLower: inLower(prepositions, w)
	cSubordLower // for isLower: inLower(subordinators, w)
)

// classSets lists the closed word sets with their class bits; lexicon()
// records the bits of each word.
func classSets() []classSet {
	return []classSet{
		{determiners, cDet}, {prepositions, cPrep}, {notSpeakers, cNotSpeaker},
		{adverbs, cAdverb}, {nameParticles, cNameParticle}, {clauseStarters, cClauseStarter},
		{oblique, cOblique}, {relativePronouns, cRelPronoun}, {honorifics, cHonorific},
		{partitives, cPartitive}, {genitiveLinks, cGenLink}, {auxiliaries, cAux},
		{subordinators, cSubord}, {objectPronouns, cObjPronoun}, {soPrepositions, cSoPrep},
		{sourceNouns, cSourceNoun}, {titleNouns, cTitleNoun},
	}
}

// classSet is one closed word set and its class bit.
type classSet struct {
	set *strtab.Table[bool]
	bit uint32
}

// is reports whether the word of token k is in the set of class bit c (one
// of cDet … cTitleNoun, or several: any of them): set[d.word(k)], answered
// from the lexicon entry found at tokenization. Every word of the sets is a
// single word token, so punctuation and words outside the lexicon belong to
// none.
func (d *doc) is(k int, c uint32) bool {
	return d.lx.infos[d.toks[k].lex&lexMask].cls&c != 0
}

// isLower is inLower(prepositions, d.word(k)) for c == cPrepLower and
// inLower(subordinators, d.word(k)) for c == cSubordLower, cached per token.
func (d *doc) isLower(k int, c uint32) bool {
	v := d.wc[k]
	done, bit, set := wcPrepLowerDone, wcPrepLower, prepositions
	if c == cSubordLower {
		done, bit, set = wcSubordLowerDone, wcSubordLower, subordinators
	}
	if v&done == 0 {
		v |= done
		if inLower(set, d.word(k)) {
			v |= bit
		}
		d.wc[k] = v
	}
	return v&bit != 0
}
