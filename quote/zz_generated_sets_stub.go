//go:build quotegen

package quote

import "github.com/finanztext/finanztext/internal/strtab"

// Built with the tag quotegen, as `go generate ./quote/` does to write
// zz_generated_sets.go again, the word sets are built from their literals
// at initialization.
var (
	notSpeakers       = strtab.New(buildNotSpeakers())
	titleNouns        = strtab.New(buildTitleNouns())
	clauseStarters    = strtab.New(buildClauseStarters())
	determiners       = strtab.New(buildDeterminers())
	judgeVerbs        = strtab.New(buildJudgeVerbs())
	subjunctive       = strtab.New(buildSubjunctive())
	adverbs           = strtab.New(buildAdverbs())
	abbreviations     = strtab.New(buildAbbreviations())
	prepositions      = strtab.New(buildPrepositions())
	germanWords       = strtab.New(buildGermanWords())
	approxWords       = strtab.New(buildApproxWords())
	foreignWords      = strtab.New(buildForeignWords())
	speechNouns       = strtab.New(buildSpeechNouns())
	auxiliaries       = strtab.New(buildAuxiliaries())
	sourceNouns       = strtab.New(buildSourceNouns())
	utteranceObjects  = strtab.New(buildUtteranceObjects())
	legalForms        = strtab.New(buildLegalForms())
	namingVerbs       = strtab.New(buildNamingVerbs())
	subordinators     = strtab.New(buildSubordinators())
	pronominalAdverbs = strtab.New(buildPronominalAdverbs())
	viewVerbs         = strtab.New(buildViewVerbs())
	stanceNouns       = strtab.New(buildStanceNouns())
	oblique           = strtab.New(buildOblique())
	konjunktiv2       = strtab.New(buildKonjunktiv2())
	nameParticles     = strtab.New(buildNameParticles())
	maximNouns        = strtab.New(buildMaximNouns())
	soPrepositions    = strtab.New(buildSoPrepositions())
	topLevelDomains   = strtab.New(buildTopLevelDomains())
	namingFillers     = strtab.New(buildNamingFillers())
	wordingVerbs      = strtab.New(buildWordingVerbs())
)
