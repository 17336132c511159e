package entity

import (
	"flag"
	"fmt"
	"strconv"
	"testing"

	"github.com/finanztext/finanztext/internal/strtab"
	"github.com/finanztext/finanztext/internal/strtab/strtabgen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The generator of zz_generated_sets.go. `go generate ./entity/` runs
//
//	go test -tags entitygen -run '^TestGeneratedSets$' . -args -write-sets
//
// which builds the word tables of the rules from their literals
// (buildJargonAcronyms, …; the tag leaves the generated file out, so that a
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
		{"jargonAcronyms", buildJargonAcronyms, jargonAcronyms},
		{"phraseNouns", buildPhraseNouns, phraseNouns},
		{"prepositions", buildPrepositions, prepositions},
		{"clubPrefixes", buildClubPrefixes, clubPrefixes},
		{"expletiveAfterEs", buildExpletiveAfterEs, expletiveAfterEs},
		{"genericHeads", buildGenericHeads, genericHeads},
		{"commonCompoundHeads", buildCommonCompoundHeads, commonCompoundHeads},
		{"englishNonClubs", buildEnglishNonClubs, englishNonClubs},
		{"movementVerbs", buildMovementVerbs, movementVerbs},
		{"commonTitleWords", buildCommonTitleWords, commonTitleWords},
		{"carMakers", buildCarMakers, carMakers},
		{"sentenceAdverbs", buildSentenceAdverbs, sentenceAdverbs},
		{"reportingVerbs", buildReportingVerbs, reportingVerbs},
		{"bankObjects", buildBankObjects, bankObjects},
		{"notPluralVerb", buildNotPluralVerb, notPluralVerb},
		{"firmVerbs", buildFirmVerbs, firmVerbs},
		{"bankPrepositions", buildBankPrepositions, bankPrepositions},
		{"romanceConnectors", buildRomanceConnectors, romanceConnectors},
		{"businessWords", buildBusinessWords, businessWords},
		{"acronymAgentVerbs", buildAcronymAgentVerbs, acronymAgentVerbs},
		{"frontedStarts", buildFrontedStarts, frontedStarts},
		{"countWords", buildCountWords, countWords},
		{"clubNouns", buildClubNouns, clubNouns},
		{"articleBeforeAcronym", buildArticleBeforeAcronym, articleBeforeAcronym},
		{"placePrefixes", buildPlacePrefixes, placePrefixes},
		{"notInstitutions", buildNotInstitutions, notInstitutions},
		{"acronymOrgVerbs", buildAcronymOrgVerbs, acronymOrgVerbs},
		{"acronymOrgNouns", buildAcronymOrgNouns, acronymOrgNouns},
		{"carArticles", buildCarArticles, carArticles},
		{"weakLegal", buildWeakLegal, weakLegal},
		{"regionalBankHeads", buildRegionalBankHeads, regionalBankHeads},
		{"bareInstitutions", buildBareInstitutions, bareInstitutions},
		{"relationNouns", buildRelationNouns, relationNouns},
		{"relationWords", buildRelationWords, relationWords},
		{"clubWords", buildClubWords, clubWords},
		{"regionWords", buildRegionWords, regionWords},
		{"englishClubSuffixes", buildEnglishClubSuffixes, englishClubSuffixes},
	}
}

// typeTables lists the generated tables of words with a Type.
func typeTables() []genTable[Type] {
	return []genTable[Type]{
		{"compoundInstitutions", buildCompoundInstitutions, compoundInstitutions},
		{"englishOrgHeads", buildEnglishOrgHeads, englishOrgHeads},
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
	for _, s := range typeTables() {
		decls = append(decls, strtabgen.Decl{Name: s.name, Doc: s.name + " is the table of " + builderName(s.name) + ".", Src: strtab.New(s.build()).Source("Type", func(v Type) string { return strconv.Itoa(int(v)) })})
	}
	decls = append(decls, strtabgen.Decl{Name: "descHeads", Doc: "descHeads is the table of buildDescHeads.", Src: strtab.New(buildDescHeads()).Source("descHead", func(h descHead) string { return fmt.Sprintf("{%#x, %#x}", h.g, h.kinds) })})
	src, err := strtabgen.File("entity", "entitygen", "go generate ./entity/", decls...)
	require.NoError(t, err)
	require.NoError(t, strtabgen.Sync(generatedSets, src, *writeSets, "go generate ./entity/"))
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
	checkGenerated(t, typeTables())
	checkGenerated(t, []genTable[descHead]{{"descHeads", buildDescHeads, descHeads}})
}
