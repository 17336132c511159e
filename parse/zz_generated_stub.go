//go:build parsegen

package parse

// genLexTab and genLexQuick are nil when the package is built with the tag
// parsegen, as `go generate ./parse/` does to write
// zz_generated_lexicon.go again: the lexicon table and its filter are then
// built from buildLexicon (see lexTab in clause_words.go).
var (
	genLexTab   *lexTable
	genLexQuick *lexFilter
)
