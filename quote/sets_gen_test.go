package quote

import (
	"flag"
	"strconv"
	"testing"

	"github.com/finanztext/finanztext/internal/strtab"
	"github.com/finanztext/finanztext/internal/strtab/strtabgen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The generator of zz_generated_sets.go. `go generate ./quote/` runs
//
//	go test -tags quotegen -run '^TestGeneratedSets$' . -args -write-sets
//
// which builds the word sets from their literals (buildNotSpeakers, …; the
// tag leaves the generated file out, so that a file that no longer compiles
// can be written again) and writes them as Go data, so that no map is built
// at start; without -write-sets the test fails when the checked-in file
// differs from what it would write.

var writeSets = flag.Bool("write-sets", false, "rewrite zz_generated_sets.go from the word literals")

const generatedSets = "zz_generated_sets.go"

// wordSets lists the generated sets: name, literal, table in use.
func wordSets() []struct {
	name  string
	build func() map[string]bool
	table *strtab.Table[bool]
} {
	return []struct {
		name  string
		build func() map[string]bool
		table *strtab.Table[bool]
	}{
		{"notSpeakers", buildNotSpeakers, notSpeakers},
		{"titleNouns", buildTitleNouns, titleNouns},
		{"clauseStarters", buildClauseStarters, clauseStarters},
		{"determiners", buildDeterminers, determiners},
		{"judgeVerbs", buildJudgeVerbs, judgeVerbs},
		{"subjunctive", buildSubjunctive, subjunctive},
		{"adverbs", buildAdverbs, adverbs},
		{"abbreviations", buildAbbreviations, abbreviations},
		{"prepositions", buildPrepositions, prepositions},
		{"germanWords", buildGermanWords, germanWords},
		{"approxWords", buildApproxWords, approxWords},
		{"foreignWords", buildForeignWords, foreignWords},
		{"speechNouns", buildSpeechNouns, speechNouns},
		{"auxiliaries", buildAuxiliaries, auxiliaries},
		{"sourceNouns", buildSourceNouns, sourceNouns},
		{"utteranceObjects", buildUtteranceObjects, utteranceObjects},
		{"legalForms", buildLegalForms, legalForms},
		{"namingVerbs", buildNamingVerbs, namingVerbs},
		{"subordinators", buildSubordinators, subordinators},
		{"pronominalAdverbs", buildPronominalAdverbs, pronominalAdverbs},
		{"viewVerbs", buildViewVerbs, viewVerbs},
		{"stanceNouns", buildStanceNouns, stanceNouns},
		{"oblique", buildOblique, oblique},
		{"konjunktiv2", buildKonjunktiv2, konjunktiv2},
		{"nameParticles", buildNameParticles, nameParticles},
		{"maximNouns", buildMaximNouns, maximNouns},
		{"soPrepositions", buildSoPrepositions, soPrepositions},
		{"topLevelDomains", buildTopLevelDomains, topLevelDomains},
		{"namingFillers", buildNamingFillers, namingFillers},
		{"wordingVerbs", buildWordingVerbs, wordingVerbs},
	}
}

func TestGeneratedSets(t *testing.T) {
	var decls []strtabgen.Decl
	for _, s := range wordSets() {
		decls = append(decls, strtabgen.Decl{Name: s.name, Doc: s.name + " is the set of " + "build" + string(s.name[0]-'a'+'A') + s.name[1:] + ".", Src: strtab.New(s.build()).Source("bool", strconv.FormatBool)})
	}
	src, err := strtabgen.File("quote", "quotegen", "go generate ./quote/", decls...)
	require.NoError(t, err)
	require.NoError(t, strtabgen.Sync(generatedSets, src, *writeSets, "go generate ./quote/"))
}

// TestGeneratedSetsUsed checks that the sets in use hold exactly the words
// of their literals, and nothing else.
func TestGeneratedSetsUsed(t *testing.T) {
	for _, s := range wordSets() {
		t.Run(s.name, func(t *testing.T) {
			assert.Empty(t, strtabgen.Mismatch(s.build(), s.table))
			assert.False(t, s.table.Value("Quartalsumsatzprognose"), "not a word of any set")
		})
	}
}
