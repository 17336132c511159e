package money

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"testing"

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

// wordSets lists the generated sets of words.
func wordSets() []strtabgen.Table[bool] {
	return []strtabgen.Table[bool]{
		strtabgen.NewTable("abbreviations", buildAbbreviations, abbreviations),
		strtabgen.NewTable("quantifiers", buildQuantifiers, quantifiers),
		strtabgen.NewTable("acronymCodes", buildAcronymCodes, acronymCodes),
	}
}

func TestGeneratedSets(t *testing.T) {
	decls := append(strtabgen.SetDecls(wordSets()),
		scaleTable().Decl("int32", func(v int32) string { return strconv.Itoa(int(v)) }),
		qualTable().Decl("parse.Approx", func(v parse.Approx) string { return strconv.Itoa(int(v)) }, "github.com/finanztext/finanztext/parse"),
		namesTable().Decl("nameRec", func(r nameRec) string {
			return fmt.Sprintf("{%q, %d, %d, %t}", r.code, r.fam, r.res, r.minor)
		}),
		foldStartsDecl(),
	)
	src, err := strtabgen.File("money", "moneygen", "go generate ./money/", decls...)
	require.NoError(t, err)
	require.NoError(t, strtabgen.Sync(generatedSets, src, *writeSets, "go generate ./money/"))
}

func scaleTable() strtabgen.Table[int32] {
	return strtabgen.NewTable("scaleWords", buildScaleWords, scaleWords)
}

func namesTable() strtabgen.Table[nameRec] {
	return strtabgen.NewTable("names", buildNames, names)
}

// foldStartsDecl is the declaration of foldStarts: the indexes of its true
// entries.
func foldStartsDecl() strtabgen.Decl {
	var b strings.Builder
	b.WriteString("[27 * 27]bool{")
	for i, v := range buildFoldStarts() {
		if v {
			fmt.Fprintf(&b, "%d: true, ", i)
		}
	}
	b.WriteString("}")
	return strtabgen.Decl{Name: "foldStarts", Doc: "foldStarts is the table of buildFoldStarts.", Src: b.String()}
}

func qualTable() strtabgen.Table[parse.Approx] {
	return strtabgen.NewTable("qualWords", buildQualWords, qualWords)
}

// TestGeneratedSetsUsed checks that the tables in use hold exactly the
// words of their literals, and nothing else.
func TestGeneratedSetsUsed(t *testing.T) {
	strtabgen.CheckTables(t, wordSets()...)
	strtabgen.CheckTables(t, scaleTable())
	strtabgen.CheckTables(t, qualTable())
	strtabgen.CheckTables(t, namesTable())
	assert.Equal(t, *buildFoldStarts(), foldStarts)
}
