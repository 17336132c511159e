//go:build moneygen

package money

import "github.com/finanztext/finanztext/internal/strtab"

// Built with the tag moneygen, as `go generate ./money/` does to write
// zz_generated_sets.go again, the word tables are built from their
// literals at initialization.
var (
	abbreviations = strtab.New(buildAbbreviations())
	quantifiers   = strtab.New(buildQuantifiers())
	acronymCodes  = strtab.New(buildAcronymCodes())
	scaleWords    = strtab.New(buildScaleWords())
	qualWords     = strtab.New(buildQualWords())
	names         = strtab.New(buildNames())
	foldStarts    = *buildFoldStarts()
)
