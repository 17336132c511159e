package fact

import (
	"flag"
	"strconv"
	"testing"

	"github.com/finanztext/finanztext/internal/strtab/strtabgen"
	"github.com/stretchr/testify/require"
)

// The generator of zz_generated_sets.go. `go generate ./fact/` runs
//
//	go test -tags factgen -run '^TestGeneratedSets$' . -args -write-sets
//
// which builds the word tables from their literals
// (buildForecastWords, …; the tag leaves the generated file out, so that a
// file that no longer compiles can be written again) and writes them as Go
// data, so that no map is built at start; without -write-sets the test
// fails when the checked-in file differs from what it would write.

var writeSets = flag.Bool("write-sets", false, "rewrite zz_generated_sets.go from the word literals")

const generatedSets = "zz_generated_sets.go"

// wordSets lists the generated sets of words.
func wordSets() []strtabgen.Table[bool] {
	return []strtabgen.Table[bool]{
		strtabgen.NewTable("forecastWords", buildForecastWords, forecastWords),
		strtabgen.NewTable("referenceWords", buildReferenceWords, referenceWords),
		strtabgen.NewTable("estimateWords", buildEstimateWords, estimateWords),
		strtabgen.NewTable("prepWords", buildPrepWords, prepWords),
		strtabgen.NewTable("hypotheticalWords", buildHypotheticalWords, hypotheticalWords),
		strtabgen.NewTable("valuedAssets", buildValuedAssets, valuedAssets),
		strtabgen.NewTable("conjunctVerbs", buildConjunctVerbs, conjunctVerbs),
	}
}

func TestGeneratedSets(t *testing.T) {
	decls := append(strtabgen.SetDecls(wordSets()),
		changeTable().Decl("int8", func(v int8) string { return strconv.Itoa(int(v)) }),
		basisTable().Decl("Basis", func(v Basis) string { return strconv.Itoa(int(v)) }),
	)
	src, err := strtabgen.File("fact", "factgen", "go generate ./fact/", decls...)
	require.NoError(t, err)
	require.NoError(t, strtabgen.Sync(generatedSets, src, *writeSets, "go generate ./fact/"))
}

// TestGeneratedSetsUsed checks that the tables in use hold exactly the
// words of their literals, and nothing else.
func TestGeneratedSetsUsed(t *testing.T) {
	strtabgen.CheckTables(t, wordSets()...)
	strtabgen.CheckTables(t, changeTable())
	strtabgen.CheckTables(t, basisTable())
}

func changeTable() strtabgen.Table[int8] {
	return strtabgen.NewTable("changeNouns", buildChangeNouns, changeNouns)
}

func basisTable() strtabgen.Table[Basis] {
	return strtabgen.NewTable("basisWords", buildBasisWords, basisWords)
}
