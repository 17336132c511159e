package fact

import (
	"flag"
	"strconv"
	"testing"

	"github.com/finanztext/finanztext/internal/strtab"
	"github.com/finanztext/finanztext/internal/strtab/strtabgen"
	"github.com/stretchr/testify/assert"
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

// genTable is one generated table: its name, its literal, the table in use.
type genTable[V any] struct {
	name  string
	build func() map[string]V
	table *strtab.Table[V]
}

// wordSets lists the generated sets of words.
func wordSets() []genTable[bool] {
	return []genTable[bool]{
		{"forecastWords", buildForecastWords, forecastWords},
		{"referenceWords", buildReferenceWords, referenceWords},
		{"estimateWords", buildEstimateWords, estimateWords},
		{"prepWords", buildPrepWords, prepWords},
		{"hypotheticalWords", buildHypotheticalWords, hypotheticalWords},
		{"valuedAssets", buildValuedAssets, valuedAssets},
	}
}

func builderName(name string) string {
	return "build" + string(name[0]-'a'+'A') + name[1:]
}

func TestGeneratedSets(t *testing.T) {
	var decls []strtabgen.Decl
	for _, s := range wordSets() {
		decls = append(decls, strtabgen.Decl{Name: s.name, Doc: s.name + " is the set of " + builderName(s.name) + ".", Src: strtab.New(s.build()).Source("bool", strconv.FormatBool)})
	}
	decls = append(decls,
		strtabgen.Decl{Name: "changeNouns", Doc: "changeNouns is the table of buildChangeNouns.", Src: strtab.New(buildChangeNouns()).Source("int8", func(v int8) string { return strconv.Itoa(int(v)) })},
		strtabgen.Decl{Name: "basisWords", Doc: "basisWords is the table of buildBasisWords.", Src: strtab.New(buildBasisWords()).Source("Basis", func(v Basis) string { return strconv.Itoa(int(v)) })},
	)
	src, err := strtabgen.File("fact", "factgen", "go generate ./fact/", decls...)
	require.NoError(t, err)
	require.NoError(t, strtabgen.Sync(generatedSets, src, *writeSets, "go generate ./fact/"))
}

func checkGenerated[V comparable](t *testing.T, tabs []genTable[V]) {
	var zero V
	for _, s := range tabs {
		t.Run(s.name, func(t *testing.T) {
			assert.Empty(t, strtabgen.Mismatch(s.build(), s.table))
			assert.Equal(t, zero, s.table.Value("Quartalsumsatzprognose"), "not a word of any table")
		})
	}
}

// TestGeneratedSetsUsed checks that the tables in use hold exactly the
// words of their literals, and nothing else.
func TestGeneratedSetsUsed(t *testing.T) {
	checkGenerated(t, wordSets())
	checkGenerated(t, []genTable[int8]{{"changeNouns", buildChangeNouns, changeNouns}})
	checkGenerated(t, []genTable[Basis]{{"basisWords", buildBasisWords, basisWords}})
}
