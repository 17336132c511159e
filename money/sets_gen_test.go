package money

import (
	"flag"
	"strconv"
	"testing"

	"github.com/finanztext/finanztext/internal/strtab"
	"github.com/finanztext/finanztext/internal/strtab/strtabgen"
	"github.com/finanztext/finanztext/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The generator of zz_generated_sets.go. `go generate ./money/` runs
//
//	go test -tags moneygen -run '^TestGeneratedSets$' . -args -write-sets
//
// which builds the word tables from their literals
// (buildAbbreviations, …; the tag leaves the generated file out, so that a
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
		{"abbreviations", buildAbbreviations, abbreviations},
		{"quantifiers", buildQuantifiers, quantifiers},
		{"acronymCodes", buildAcronymCodes, acronymCodes},
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
		strtabgen.Decl{Name: "scaleWords", Doc: "scaleWords is the table of buildScaleWords.", Src: strtab.New(buildScaleWords()).Source("int32", func(v int32) string { return strconv.Itoa(int(v)) })},
		strtabgen.Decl{Name: "qualWords", Doc: "qualWords is the table of buildQualWords.", Src: strtab.New(buildQualWords()).Source("parse.Approx", func(v parse.Approx) string { return strconv.Itoa(int(v)) }), Imports: []string{"github.com/finanztext/finanztext/parse"}},
	)
	src, err := strtabgen.File("money", "moneygen", "go generate ./money/", decls...)
	require.NoError(t, err)
	require.NoError(t, strtabgen.Sync(generatedSets, src, *writeSets, "go generate ./money/"))
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
	checkGenerated(t, []genTable[int32]{{"scaleWords", buildScaleWords, scaleWords}})
	checkGenerated(t, []genTable[parse.Approx]{{"qualWords", buildQualWords, qualWords}})
}
