package entity

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/finanztext/finanztext/internal/strtab"
	"github.com/finanztext/finanztext/internal/strtab/strtabgen"
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

// wordSets lists the generated sets of words.
func wordSets() []strtabgen.Table[bool] {
	return []strtabgen.Table[bool]{
		strtabgen.NewTable("jargonAcronyms", buildJargonAcronyms, jargonAcronyms),
		strtabgen.NewTable("phraseNouns", buildPhraseNouns, phraseNouns),
		strtabgen.NewTable("prepositions", buildPrepositions, prepositions),
		strtabgen.NewTable("clubPrefixes", buildClubPrefixes, clubPrefixes),
		strtabgen.NewTable("expletiveAfterEs", buildExpletiveAfterEs, expletiveAfterEs),
		strtabgen.NewTable("genericHeads", buildGenericHeads, genericHeads),
		strtabgen.NewTable("commonCompoundHeads", buildCommonCompoundHeads, commonCompoundHeads),
		strtabgen.NewTable("englishNonClubs", buildEnglishNonClubs, englishNonClubs),
		strtabgen.NewTable("movementVerbs", buildMovementVerbs, movementVerbs),
		strtabgen.NewTable("commonTitleWords", buildCommonTitleWords, commonTitleWords),
		strtabgen.NewTable("carMakers", buildCarMakers, carMakers),
		strtabgen.NewTable("sentenceAdverbs", buildSentenceAdverbs, sentenceAdverbs),
		strtabgen.NewTable("reportingVerbs", buildReportingVerbs, reportingVerbs),
		strtabgen.NewTable("bankObjects", buildBankObjects, bankObjects),
		strtabgen.NewTable("notPluralVerb", buildNotPluralVerb, notPluralVerb),
		strtabgen.NewTable("firmVerbs", buildFirmVerbs, firmVerbs),
		strtabgen.NewTable("productNouns", buildProductNouns, productNouns),
		strtabgen.NewTable("mediaSourceNouns", buildMediaSourceNouns, mediaSourceNouns),
		strtabgen.NewTable("bandNouns", buildBandNouns, bandNouns),
		strtabgen.NewTable("bankPrepositions", buildBankPrepositions, bankPrepositions),
		strtabgen.NewTable("romanceConnectors", buildRomanceConnectors, romanceConnectors),
		strtabgen.NewTable("businessWords", buildBusinessWords, businessWords),
		strtabgen.NewTable("acronymAgentVerbs", buildAcronymAgentVerbs, acronymAgentVerbs),
		strtabgen.NewTable("frontedStarts", buildFrontedStarts, frontedStarts),
		strtabgen.NewTable("countWords", buildCountWords, countWords),
		strtabgen.NewTable("clubNouns", buildClubNouns, clubNouns),
		strtabgen.NewTable("articleBeforeAcronym", buildArticleBeforeAcronym, articleBeforeAcronym),
		strtabgen.NewTable("placePrefixes", buildPlacePrefixes, placePrefixes),
		strtabgen.NewTable("notInstitutions", buildNotInstitutions, notInstitutions),
		strtabgen.NewTable("acronymOrgVerbs", buildAcronymOrgVerbs, acronymOrgVerbs),
		strtabgen.NewTable("acronymOrgNouns", buildAcronymOrgNouns, acronymOrgNouns),
		strtabgen.NewTable("carArticles", buildCarArticles, carArticles),
		strtabgen.NewTable("weakLegal", buildWeakLegal, weakLegal),
		strtabgen.NewTable("regionalBankHeads", buildRegionalBankHeads, regionalBankHeads),
		strtabgen.NewTable("bareInstitutions", buildBareInstitutions, bareInstitutions),
		strtabgen.NewTable("relationNouns", buildRelationNouns, relationNouns),
		strtabgen.NewTable("relationWords", buildRelationWords, relationWords),
		strtabgen.NewTable("clubWords", buildClubWords, clubWords),
		strtabgen.NewTable("regionWords", buildRegionWords, regionWords),
		strtabgen.NewTable("englishClubSuffixes", buildEnglishClubSuffixes, englishClubSuffixes),
		strtabgen.NewTable("needsFirmObject", buildNeedsFirmObject, needsFirmObject),
		strtabgen.NewTable("regionalBankPrefixes", buildRegionalBankPrefixes, regionalBankPrefixes),
		strtabgen.NewTable("speechVerbs", buildSpeechVerbs, speechVerbs),
		strtabgen.NewTable("collectiveRoles", buildCollectiveRoles, collectiveRoles),
		strtabgen.NewTable("firmNouns", buildFirmNouns, firmNouns),
		strtabgen.NewTable("bareExcluded", buildBareExcluded, bareExcluded),
		strtabgen.NewTable("pluralVerbs", buildPluralVerbs, pluralVerbs),
		strtabgen.NewTable("opponentBefore", buildOpponentBefore, opponentBefore),
		strtabgen.NewTable("clubStems", buildClubStems, clubStems),
		strtabgen.NewTable("possessives", buildPossessives, possessives),
		strtabgen.NewTable("contractedArticles", buildContractedArticles, contractedArticles),
		strtabgen.NewTable("sportWords", buildSportWords, sportWords),
		strtabgen.NewTable("placeDescriptors", buildPlaceDescriptors, placeDescriptors),
	}
}

// typeTables lists the generated tables of words with a Type.
func typeTables() []strtabgen.Table[Type] {
	return []strtabgen.Table[Type]{
		strtabgen.NewTable("compoundInstitutions", buildCompoundInstitutions, compoundInstitutions),
		strtabgen.NewTable("englishOrgHeads", buildEnglishOrgHeads, englishOrgHeads),
		strtabgen.NewTable("trailingOrgNouns", buildTrailingOrgNouns, trailingOrgNouns),
	}
}

func TestGeneratedSets(t *testing.T) {
	decls := strtabgen.SetDecls(wordSets())
	for _, s := range typeTables() {
		decls = append(decls, s.Decl("Type", func(v Type) string { return strconv.Itoa(int(v)) }))
	}
	decls = append(decls, descTable().Decl("descHead", func(h descHead) string { return fmt.Sprintf("{%#x, %#x}", h.g, h.kinds) }))
	decls = append(decls, partyTable().Decl("string", strconv.Quote))
	decls = append(decls, roleKindTable().Decl("typeSet", func(s typeSet) string { return fmt.Sprintf("%#x", uint32(s)) }))
	decls = append(decls, gateDecl("firmVerbGate", "guards lookups in firmVerbs, asked at most tokens", buildFirmVerbs()))
	src, err := strtabgen.File("entity", "entitygen", "go generate ./entity/", decls...)
	require.NoError(t, err)
	require.NoError(t, strtabgen.Sync(generatedSets, src, *writeSets, "go generate ./entity/"))
}

// TestGeneratedSetsUsed checks that the tables in use hold exactly the
// words of their literals, and nothing else.
func TestGeneratedSetsUsed(t *testing.T) {
	strtabgen.CheckTables(t, wordSets()...)
	strtabgen.CheckTables(t, typeTables()...)
	strtabgen.CheckTables(t, descTable())
	strtabgen.CheckTables(t, partyTable())
	strtabgen.CheckTables(t, roleKindTable())
}

func partyTable() strtabgen.Table[string] {
	return strtabgen.NewTable("partyNouns", buildPartyNouns, partyNouns)
}

func roleKindTable() strtabgen.Table[typeSet] {
	return strtabgen.NewTable("roleKindTypes", buildRoleKindTypes, roleKindTypes)
}

// gateDecl declares the wordGate of the words of set whose value is true,
// as newWordGate builds it.
func gateDecl(name, doc string, set map[string]bool) strtabgen.Decl {
	g := newWordGate(strtab.New(set))
	var b strings.Builder
	b.WriteString("&wordGate{first: [256]bool{")
	for c, ok := range g.first {
		if ok {
			fmt.Fprintf(&b, "%#x: true, ", c)
		}
	}
	fmt.Fprintf(&b, "}, lens: %#x}", g.lens)
	return strtabgen.Decl{Name: name, Doc: name + " " + doc + " (newWordGate of the set).", Src: b.String()}
}

func descTable() strtabgen.Table[descHead] {
	return strtabgen.NewTable("descHeads", buildDescHeads, descHeads)
}
