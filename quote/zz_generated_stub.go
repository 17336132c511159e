//go:build quotegen

package quote

// genLexicon is nil when the package is built with the tag quotegen, as
// `go generate ./quote/` does to write zz_generated_lexicon.go again: the
// lexicon is then built from the tables (see lexicon in verbs.go).
var genLexicon *lexiconT

// genRoleFilters is nil with the tag quotegen: the role filters are built
// from the tables.
var genRoleFilters *roleFilters
