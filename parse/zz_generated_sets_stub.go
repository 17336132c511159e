//go:build parsegen

package parse

import "github.com/finanztext/finanztext/internal/strtab"

// Built with the tag parsegen, as `go generate ./parse/` does to write
// zz_generated_sets.go again, the word tables are built from their
// literals at initialization.
var (
	pctDirWords = strtab.New(buildPctDirWords())
	pctSepVerbs = strtab.New(buildPctSepVerbs())
	sentAbbrevs = strtab.New(buildSentAbbrevs())
	sentOpeners = strtab.New(buildSentOpeners())

	ordinalAdjs     = strtab.New(buildOrdinalAdjs())
	pctPrepositions = strtab.New(buildPctPrepositions())
	pctFwdWords     = strtab.New(buildPctFwdWords())
)
