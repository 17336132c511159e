//go:build entitygen

package entity

import "github.com/finanztext/finanztext/internal/strtab"

// Built with the tag entitygen, as `go generate ./entity/` does to write
// zz_generated_sets.go again, the word tables of the rules are built from
// their literals at initialization.
var (
	jargonAcronyms       = strtab.New(buildJargonAcronyms())
	phraseNouns          = strtab.New(buildPhraseNouns())
	prepositions         = strtab.New(buildPrepositions())
	clubPrefixes         = strtab.New(buildClubPrefixes())
	expletiveAfterEs     = strtab.New(buildExpletiveAfterEs())
	genericHeads         = strtab.New(buildGenericHeads())
	commonCompoundHeads  = strtab.New(buildCommonCompoundHeads())
	englishNonClubs      = strtab.New(buildEnglishNonClubs())
	movementVerbs        = strtab.New(buildMovementVerbs())
	commonTitleWords     = strtab.New(buildCommonTitleWords())
	carMakers            = strtab.New(buildCarMakers())
	sentenceAdverbs      = strtab.New(buildSentenceAdverbs())
	reportingVerbs       = strtab.New(buildReportingVerbs())
	bankObjects          = strtab.New(buildBankObjects())
	notPluralVerb        = strtab.New(buildNotPluralVerb())
	firmVerbs            = strtab.New(buildFirmVerbs())
	bankPrepositions     = strtab.New(buildBankPrepositions())
	romanceConnectors    = strtab.New(buildRomanceConnectors())
	businessWords        = strtab.New(buildBusinessWords())
	acronymAgentVerbs    = strtab.New(buildAcronymAgentVerbs())
	frontedStarts        = strtab.New(buildFrontedStarts())
	countWords           = strtab.New(buildCountWords())
	clubNouns            = strtab.New(buildClubNouns())
	articleBeforeAcronym = strtab.New(buildArticleBeforeAcronym())
	placePrefixes        = strtab.New(buildPlacePrefixes())
	notInstitutions      = strtab.New(buildNotInstitutions())
	acronymOrgVerbs      = strtab.New(buildAcronymOrgVerbs())
	acronymOrgNouns      = strtab.New(buildAcronymOrgNouns())
	carArticles          = strtab.New(buildCarArticles())
	weakLegal            = strtab.New(buildWeakLegal())
	regionalBankHeads    = strtab.New(buildRegionalBankHeads())
	bareInstitutions     = strtab.New(buildBareInstitutions())
	relationNouns        = strtab.New(buildRelationNouns())
	relationWords        = strtab.New(buildRelationWords())
	clubWords            = strtab.New(buildClubWords())
	regionWords          = strtab.New(buildRegionWords())
	englishClubSuffixes  = strtab.New(buildEnglishClubSuffixes())
	compoundInstitutions = strtab.New(buildCompoundInstitutions())
	englishOrgHeads      = strtab.New(buildEnglishOrgHeads())
	descHeads            = strtab.New(buildDescHeads())
)
