package parse

import (
	"flag"
	"strconv"
	"testing"

	"github.com/finanztext/finanztext/internal/strtab"
	"github.com/finanztext/finanztext/internal/strtab/strtabgen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The generator of zz_generated_sets.go. `go generate ./parse/` runs
//
//	go test -tags parsegen -run '^TestGeneratedSets$' . -args -write-sets
//
// which builds the word tables from their literals (buildPctDirWords, …;
// the tag leaves the generated file out, so that a file that no longer
// compiles can be written again) and writes them as Go data, so that no map
// is built at start; without -write-sets the test fails when the checked-in
// file differs from what it would write.

var writeSets = flag.Bool("write-sets", false, "rewrite zz_generated_sets.go from the word literals")

const generatedSets = "zz_generated_sets.go"

func TestGeneratedSets(t *testing.T) {
	src, err := setsSource()
	require.NoError(t, err)
	require.NoError(t, strtabgen.Sync(generatedSets, src, *writeSets, "go generate ./parse/"))
}

// TestGeneratedSetsUsed checks that the tables in use hold exactly the
// words of their literals.
func TestGeneratedSetsUsed(t *testing.T) {
	sameSlots(t, strtab.New(buildPctDirWords()), pctDirWords)
	sameSlots(t, strtab.New(buildPctSepVerbs()), pctSepVerbs)
	sameSlots(t, strtab.New(buildSentAbbrevs()), sentAbbrevs)
	sameSlots(t, strtab.New(buildSentOpeners()), sentOpeners)
	sameSlots(t, strtab.New(buildOrdinalAdjs()), ordinalAdjs)
	sameSlots(t, strtab.New(buildPctPrepositions()), pctPrepositions)
	sameSlots(t, strtab.New(buildPctFwdWords()), pctFwdWords)
	for w, d := range buildPctDirWords() {
		got, ok := pctDirWords.GetBytes([]byte(w))
		assert.True(t, ok, w)
		assert.Equal(t, d, got, w)
	}
	assert.False(t, pctDirWords.Has("umsatz"))
	assert.False(t, sentOpeners.Has("der"), "case matters")
	assert.Equal(t, sentAbbrevNone, sentAbbrevKind("Haus"))
}

// sameSlots checks that a generated table holds the keys and values of
// the one New makes, slot by slot (the lookup filter, made on a table's
// first lookup, is left out).
func sameSlots[V any](t *testing.T, want, got *strtab.Table[V]) {
	t.Helper()
	assert.Equal(t, want.Keys, got.Keys)
	assert.Equal(t, want.Vals, got.Vals)
	assert.Equal(t, want.HasEmpty, got.HasEmpty)
	assert.Equal(t, want.EmptyVal, got.EmptyVal)
}

func setsSource() ([]byte, error) {
	dir := func(d Direction) string { return strconv.Itoa(int(d)) }
	set := func(struct{}) string { return "{}" }
	return strtabgen.File("parse", "parsegen", "go generate ./parse/",
		strtabgen.Decl{Name: "pctDirWords", Doc: "pctDirWords is the table of buildPctDirWords.", Src: strtab.New(buildPctDirWords()).Source("Direction", dir)},
		strtabgen.Decl{Name: "pctSepVerbs", Doc: "pctSepVerbs is the table of buildPctSepVerbs.", Src: strtab.New(buildPctSepVerbs()).Source("Direction", dir)},
		strtabgen.Decl{Name: "sentAbbrevs", Doc: "sentAbbrevs is the table of buildSentAbbrevs.", Src: strtab.New(buildSentAbbrevs()).Source("int", strconv.Itoa)},
		strtabgen.Decl{Name: "sentOpeners", Doc: "sentOpeners is the table of buildSentOpeners.", Src: strtab.New(buildSentOpeners()).Source("struct{}", set)},
		strtabgen.Decl{Name: "ordinalAdjs", Doc: "ordinalAdjs is the table of buildOrdinalAdjs.", Src: strtab.New(buildOrdinalAdjs()).Source("struct{}", set)},
		strtabgen.Decl{Name: "pctPrepositions", Doc: "pctPrepositions is the table of buildPctPrepositions.", Src: strtab.New(buildPctPrepositions()).Source("struct{}", set)},
		strtabgen.Decl{Name: "pctFwdWords", Doc: "pctFwdWords is the table of buildPctFwdWords.", Src: strtab.New(buildPctFwdWords()).Source("Direction", dir)},
	)
}
