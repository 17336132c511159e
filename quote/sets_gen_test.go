package quote

import (
	"flag"
	"testing"

	"github.com/finanztext/finanztext/internal/strtab/strtabgen"
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
func wordSets() []strtabgen.Table[bool] {
	return []strtabgen.Table[bool]{
		strtabgen.NewTable("notSpeakers", buildNotSpeakers, notSpeakers),
		strtabgen.NewTable("titleNouns", buildTitleNouns, titleNouns),
		strtabgen.NewTable("clauseStarters", buildClauseStarters, clauseStarters),
		strtabgen.NewTable("determiners", buildDeterminers, determiners),
		strtabgen.NewTable("judgeVerbs", buildJudgeVerbs, judgeVerbs),
		strtabgen.NewTable("subjunctive", buildSubjunctive, subjunctive),
		strtabgen.NewTable("adverbs", buildAdverbs, adverbs),
		strtabgen.NewTable("abbreviations", buildAbbreviations, abbreviations),
		strtabgen.NewTable("prepositions", buildPrepositions, prepositions),
		strtabgen.NewTable("germanWords", buildGermanWords, germanWords),
		strtabgen.NewTable("approxWords", buildApproxWords, approxWords),
		strtabgen.NewTable("foreignWords", buildForeignWords, foreignWords),
		strtabgen.NewTable("speechNouns", buildSpeechNouns, speechNouns),
		strtabgen.NewTable("auxiliaries", buildAuxiliaries, auxiliaries),
		strtabgen.NewTable("sourceNouns", buildSourceNouns, sourceNouns),
		strtabgen.NewTable("utteranceObjects", buildUtteranceObjects, utteranceObjects),
		strtabgen.NewTable("legalForms", buildLegalForms, legalForms),
		strtabgen.NewTable("namingVerbs", buildNamingVerbs, namingVerbs),
		strtabgen.NewTable("subordinators", buildSubordinators, subordinators),
		strtabgen.NewTable("pronominalAdverbs", buildPronominalAdverbs, pronominalAdverbs),
		strtabgen.NewTable("viewVerbs", buildViewVerbs, viewVerbs),
		strtabgen.NewTable("stanceNouns", buildStanceNouns, stanceNouns),
		strtabgen.NewTable("oblique", buildOblique, oblique),
		strtabgen.NewTable("konjunktiv2", buildKonjunktiv2, konjunktiv2),
		strtabgen.NewTable("ersatzKonjunktiv", buildErsatzKonjunktiv, ersatzKonjunktiv),
		strtabgen.NewTable("leaderOffices", buildLeaderOffices, leaderOffices),
		strtabgen.NewTable("agentPrepositions", buildAgentPrepositions, agentPrepositions),
		strtabgen.NewTable("verdictNouns", buildVerdictNouns, verdictNouns),
		strtabgen.NewTable("nameParticles", buildNameParticles, nameParticles),
		strtabgen.NewTable("maximNouns", buildMaximNouns, maximNouns),
		strtabgen.NewTable("soPrepositions", buildSoPrepositions, soPrepositions),
		strtabgen.NewTable("topLevelDomains", buildTopLevelDomains, topLevelDomains),
		strtabgen.NewTable("namingFillers", buildNamingFillers, namingFillers),
		strtabgen.NewTable("wordingVerbs", buildWordingVerbs, wordingVerbs),
		strtabgen.NewTable("objectPronouns", buildObjectPronouns, objectPronouns),
		strtabgen.NewTable("konjunktivII", buildKonjunktivII, konjunktivII),
		strtabgen.NewTable("possessiveGenitive", buildPossessiveGenitive, possessiveGenitive),
		strtabgen.NewTable("nominativeArticles", buildNominativeArticles, nominativeArticles),
		strtabgen.NewTable("partitives", buildPartitives, partitives),
		strtabgen.NewTable("relativePronouns", buildRelativePronouns, relativePronouns),
		strtabgen.NewTable("finiteAux", buildFiniteAux, finiteAux),
		strtabgen.NewTable("passiveAux", buildPassiveAux, passiveAux),
		strtabgen.NewTable("glossWords", buildGlossWords, glossWords),
		strtabgen.NewTable("mediumPreps", buildMediumPreps, mediumPreps),
		strtabgen.NewTable("performVerbs", buildPerformVerbs, performVerbs),
		strtabgen.NewTable("meaningVerbs", buildMeaningVerbs, meaningVerbs),
		strtabgen.NewTable("statusVerbs", buildStatusVerbs, statusVerbs),
		strtabgen.NewTable("genitiveLinks", buildGenitiveLinks, genitiveLinks),
		strtabgen.NewTable("honorifics", buildHonorifics, honorifics),
		strtabgen.NewTable("commentVerbs", buildCommentVerbs, commentVerbs),
		strtabgen.NewTable("interrogatives", buildInterrogatives, interrogatives),
	}
}

func TestGeneratedSets(t *testing.T) {
	src, err := strtabgen.File("quote", "quotegen", "go generate ./quote/", strtabgen.SetDecls(wordSets())...)
	require.NoError(t, err)
	require.NoError(t, strtabgen.Sync(generatedSets, src, *writeSets, "go generate ./quote/"))
}

// TestGeneratedSetsUsed checks that the sets in use hold exactly the words
// of their literals, and nothing else.
func TestGeneratedSetsUsed(t *testing.T) {
	strtabgen.CheckTables(t, wordSets()...)
}
