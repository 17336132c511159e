package parse

import "iter"

// ChunkKind is the kind of a [Chunk].
type ChunkKind uint8

// Chunk kinds.
const (
	// ChunkNP is a noun phrase: an optional determiner, adjectives and
	// numbers, and a noun or a run of names ("der neue Vorstandschef",
	// "Siemens-Chef Roland Busch", "2,3 Mrd. Euro", "27 %"), or a pronoun.
	ChunkNP ChunkKind = iota
	// ChunkPP is a prepositional phrase: a preposition and its noun phrase
	// ("am Dienstag", "um 5 %", "auf die Spanne").
	ChunkPP
)

// ChunkFlags describe a [Chunk].
type ChunkFlags uint8

// Chunk flags.
const (
	// ChunkPronoun: the noun phrase is a pronoun (er, sie, es, or a bare
	// der/die/das used as a demonstrative or relative pronoun).
	ChunkPronoun ChunkFlags = 1 << iota
	// ChunkGenitive: a genitive attached to the phrase before it ("der
	// Umsatz des Konzerns", "der Chef der Bank").
	ChunkGenitive
	// ChunkNumber: the phrase holds a number ("um 5 %", "2,3 Mrd. Euro").
	ChunkNumber
	// ChunkBare: a noun phrase without a determiner ("Siemens", "Anleger").
	ChunkBare
)

// Chunk is a noun phrase or a prepositional phrase of a [Doc].
type Chunk struct {
	Kind     ChunkKind  // noun phrase or prepositional phrase
	Flags    ChunkFlags // see the Chunk… flag constants
	Tokens   Range      // the tokens of the phrase
	Head     int        // the head: the last noun (last part of a compound), the pronoun, or the number; -1 for none
	Det      int        // the determiner token, or the preposition with a fused article ("im", "zur"); -1
	Prep     int        // the preposition of a ChunkPP; -1 for a ChunkNP
	Readings Readings   // case, gender and number the determiner or pronoun allows (0: unknown); a PP's are limited to the cases its preposition governs
	Clause   int        // the clause that holds the phrase
}

// ClauseKind is the kind of a [Clause].
type ClauseKind uint8

// Clause kinds.
const (
	// ClauseMain: a main clause, the finite verb second ("Der Konzern senkte
	// …", "Am Dienstag sagte die Bank …") or first ("…, sagte der Chef").
	ClauseMain ClauseKind = iota
	// ClauseSub: a clause opened by a subordinator, verb final ("…, weil
	// die Nachfrage sank", "wie die Bank mitteilte").
	ClauseSub
	// ClauseRel: a relative clause, verb final ("…, der in Stuttgart sitzt").
	ClauseRel
)

// Bound says what opened a clause.
type Bound uint8

// Clause bounds.
const (
	BoundSentence  Bound = iota // the start of a sentence
	BoundComma                  // a comma
	BoundCoord                  // a coordinator: und, oder, aber, sondern, …
	BoundQuote                  // a quotation mark
	BoundBracket                // a bracket
	BoundColon                  // a colon
	BoundSemicolon              // a semicolon
	BoundDash                   // a dash between spaces
)

// Clause is a shallow clause of a [Doc]: its tokens, finite verb, kind and
// subject under German word order.
type Clause struct {
	Kind     ClauseKind // main, subordinate or relative
	Open     Bound      // what opened the clause
	Tokens   Range      // from the first to the last token of the clause, embedded clauses included
	Sentence int        // index into Doc.Sentences
	Parent   int        // the clause this one is embedded in (brackets, quotations, a relative clause inside a main clause); -1
	Intro    int        // the subordinator, relative pronoun or coordinator that opens the clause; -1
	Verb     int        // the finite verb; -1 when the clause has none
	Lexical  int        // the lexical verb: Verb, or the participle or infinitive when Verb is an auxiliary or modal; -1
	Particle int        // the separable particle at the end of a main clause ("wies … zurück"); -1
	Subject  int        // the subject chunk (index into Doc.Chunks()); -1 when none is found
	// SubjectShared: the clause has no subject of its own and shares that of
	// the clause it is coordinated with ("Der Konzern senkte die Kosten und
	// hob die Prognose an").
	SubjectShared bool
	// Chunks spans the indexes of the clause's chunks; chunks of embedded
	// clauses may lie in between (their Clause differs).
	Chunks Range
}

// Main reports whether c is a main clause.
func (c Clause) Main() bool { return c.Kind == ClauseMain }

// Clauses returns the clauses of d in text order, building the clause
// layer on first use. The slice belongs to d: it is valid until the next
// Reset and must not be modified.
func (d *Doc) Clauses() []Clause {
	d.buildClauses()
	return d.cl.clauses
}

// Chunks returns the noun and prepositional phrases of d in text order,
// building the clause layer on first use. The slice belongs to d.
func (d *Doc) Chunks() []Chunk {
	d.buildClauses()
	return d.cl.chunks
}

// ClauseOf returns the index of the innermost clause that holds token i,
// or -1 for a token outside any clause (punctuation between clauses, an
// index out of range).
func (d *Doc) ClauseOf(i int) int {
	d.buildClauses()
	if i < 0 || i >= len(d.cl.tok) {
		return -1
	}
	return int(d.cl.tok[i].clause)
}

// ChunkOf returns the index of the chunk that holds token i, or -1.
func (d *Doc) ChunkOf(i int) int {
	d.buildClauses()
	if i < 0 || i >= len(d.cl.tok) {
		return -1
	}
	return int(d.cl.tok[i].chunk)
}

// SubjectOf returns the subject chunk of clause c and whether it has one.
func (d *Doc) SubjectOf(c int) (Chunk, bool) {
	d.buildClauses()
	if c < 0 || c >= len(d.cl.clauses) {
		return Chunk{}, false
	}
	s := d.cl.clauses[c].Subject
	if s < 0 {
		return Chunk{}, false
	}
	return d.cl.chunks[s], true
}

// ClauseChunks yields the indexes of the chunks of clause c itself (not
// those of clauses embedded in it), in text order.
func (d *Doc) ClauseChunks(c int) iter.Seq[int] {
	d.buildClauses()
	return func(yield func(int) bool) {
		if c < 0 || c >= len(d.cl.clauses) {
			return
		}
		r := d.cl.clauses[c].Chunks
		for k := r.Start; k < r.End; k++ {
			if d.cl.chunks[k].Clause == c && !yield(k) {
				return
			}
		}
	}
}
