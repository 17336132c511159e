//go:build factgen

package fact

import "github.com/finanztext/finanztext/internal/strtab"

// The generated tables are nil when the package is built with the tag
// factgen, as `go generate ./fact/` does to write zz_generated_tables.go
// again: the tables are then built from the word lists.
var (
	genMetricTable    *strtab.Table[metricWord]
	genTails          *strtab.Table[bool]
	genVerbTable      *strtab.Table[verbCue]
	genDirectionWords *strtab.Table[int8]
	genSegLexicon     *strtab.Table[segWord]
	genFilters        *wordFilters
)
