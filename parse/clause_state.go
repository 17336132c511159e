package parse

// clauseState holds the lazily built clause layer of a Doc. Its slices are
// kept across Resets.
type clauseState struct {
	built   bool
	chunks  []Chunk
	clauses []Clause
	tok     []tokInfo       // one per token
	stack   []frame         // open brackets and quotation marks while segmenting
	scratch []clauseScratch // per clause of the current sentence
	remap   []int32         // clause renumbering after merges
}

// reset empties the clause layer, keeping its memory.
func (c *clauseState) reset() {
	c.built = false
	c.chunks = c.chunks[:0]
	c.clauses = c.clauses[:0]
	c.tok = c.tok[:0]
}

// tokInfo is what the clause layer knows of one token.
type tokInfo struct {
	lex    lexEntry
	verb   uint8 // vf… flags: a verb candidate and its shape
	bound  uint8 // the kind of clause bound the token is (bNone when none)
	chunk  int32 // the chunk holding the token, -1
	clause int32 // the innermost clause holding the token, -1
}

// verb candidate flags of tokInfo.verb
const (
	vfCand     uint8 = 1 << iota // may be a verb form
	vfSg                         // singular finite form
	vfPl                         // plural finite form (or an infinitive)
	vfPart                       // shaped like a participle (ge…t, ge…en)
	vfAux                        // an auxiliary or modal
	vfParticle                   // a separable particle candidate (a preposition without a noun phrase, zurück, fest)
	vfAhead                      // a verb candidate follows before the next bound
)

// frame is an open bracket or quotation mark: the clause it interrupts.
type frame struct {
	owner int32 // the clause before the opener, -1
	quote bool  // a quotation mark (else a bracket)
}

// clauseScratch is per-clause working state while a sentence is segmented.
type clauseScratch struct {
	hasCand bool // holds a verb candidate
	dead    bool // merged into another clause
}
