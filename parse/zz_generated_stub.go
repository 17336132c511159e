//go:build parsegen

package parse

// The generated tables are nil when the package is built with the tag
// parsegen, as `go generate ./parse/` does to write zz_generated_tables.go
// again: the lexicon table and its filter are then built from
// buildLexicon (see lexTab in clause_words.go), the morpheme table from
// numMorphList.
var (
	genLexTab        *lexTable
	genLexQuick      *lexFilter
	genNumMorphTable *[26][]numMorph
)

// numFirst3 is computed at initialization with the tag parsegen (see
// buildNumFirst3).
var numFirst3 = func() *first3Table { t := buildNumFirst3(); return packFirst3(&t) }()
