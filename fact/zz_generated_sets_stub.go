//go:build factgen

package fact

import "github.com/finanztext/finanztext/internal/strtab"

// Built with the tag factgen, as `go generate ./fact/` does to write
// zz_generated_sets.go again, the word tables are built from their
// literals at initialization.
var (
	forecastWords     = strtab.New(buildForecastWords())
	referenceWords    = strtab.New(buildReferenceWords())
	estimateWords     = strtab.New(buildEstimateWords())
	prepWords         = strtab.New(buildPrepWords())
	hypotheticalWords = strtab.New(buildHypotheticalWords())
	valuedAssets      = strtab.New(buildValuedAssets())
	conjunctVerbs     = strtab.New(buildConjunctVerbs())
	changeNouns       = strtab.New(buildChangeNouns())
	basisWords        = strtab.New(buildBasisWords())
)
