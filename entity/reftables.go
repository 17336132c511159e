package entity

import (
	"slices"

	"github.com/finanztext/finanztext/internal/lazy"
)

// Word tables of the reference resolution. Facts about German, written
// for this project.

// genders is a set of grammatical genders (singular).
type genders uint8

const (
	gMasc genders = 1 << iota
	gFem
	gNeut
)

// typeSet is a set of organization Types.
type typeSet uint32

func typesOf(ts ...Type) typeSet {
	var s typeSet
	for _, t := range ts {
		s |= 1 << t
	}
	return s
}

func (s typeSet) has(t Type) bool { return s&(1<<t) != 0 }

var (
	companyish = typesOf(Company, Bank, Insurer, AssetManager, Exchange, Media, RatingAgency)
	// sourceish are the organizations that report on others: as the first
	// part of a compound ("laut einer Reuters-Umfrage", "eine
	// Moody's-Analyse") such a mention names a source, not what a later
	// description refers to
	sourceish = typesOf(Media, RatingAgency, ResearchInstitute)
	anyOrg    = typesOf(Company, Bank, Insurer, AssetManager, RatingAgency, Exchange, CentralBank, Regulator,
		Government, InternationalOrg, ResearchInstitute, Association, Union, Media, OtherOrg, UnknownType)
)

// descHead is a head noun of a definite description: its grammatical
// gender and the kinds of organization it can refer to.
type descHead struct {
	g     genders
	kinds typeSet
}

// descHeads are the head nouns of definite descriptions that refer to an
// organization named before ("das Unternehmen", "die Notenbank"), keyed
// on the lower-case singular nominative.
//
// buildDescHeads returns the words of the table descHeads (generated: see the
// package's zz_generated_sets.go).
func buildDescHeads() map[string]descHead {
	return map[string]descHead{
		"unternehmen":         {gNeut, companyish},
		"konzern":             {gMasc, companyish},
		"firma":               {gFem, companyish},
		"gruppe":              {gFem, companyish},
		"holding":             {gFem, companyish},
		"hersteller":          {gMasc, typesOf(Company)},
		"anbieter":            {gMasc, companyish},
		"riese":               {gMasc, companyish},
		"bank":                {gFem, typesOf(Bank)},
		"geldhaus":            {gNeut, typesOf(Bank)},
		"bankhaus":            {gNeut, typesOf(Bank)},
		"kreditinstitut":      {gNeut, typesOf(Bank)},
		"geldinstitut":        {gNeut, typesOf(Bank)},
		"institut":            {gNeut, typesOf(Bank, ResearchInstitute)},
		"notenbank":           {gFem, typesOf(CentralBank)},
		"zentralbank":         {gFem, typesOf(CentralBank)},
		"versicherer":         {gMasc, typesOf(Insurer)},
		"versicherung":        {gFem, typesOf(Insurer)},
		"regierung":           {gFem, typesOf(Government)},
		"ministerium":         {gNeut, typesOf(Government)},
		"behörde":             {gFem, typesOf(Regulator, Government)},
		"aufsicht":            {gFem, typesOf(Regulator)},
		"kommission":          {gFem, typesOf(Government, InternationalOrg, Regulator)},
		"agentur":             {gFem, typesOf(RatingAgency, Media)},
		"ratingagentur":       {gFem, typesOf(RatingAgency)},
		"nachrichtenagentur":  {gFem, typesOf(Media)},
		"börse":               {gFem, typesOf(Exchange)},
		"börsenbetreiber":     {gMasc, typesOf(Exchange)},
		"verband":             {gMasc, typesOf(Association)},
		"gewerkschaft":        {gFem, typesOf(Union)},
		"verein":              {gMasc, typesOf(Association, OtherOrg)},
		"klub":                {gMasc, typesOf(OtherOrg, Association)},
		"club":                {gMasc, typesOf(OtherOrg, Association)},
		"vermögensverwalter":  {gMasc, typesOf(AssetManager)},
		"fondsgesellschaft":   {gFem, typesOf(AssetManager)},
		"finanzinvestor":      {gMasc, typesOf(AssetManager, Company)},
		"sender":              {gMasc, typesOf(Media)},
		"verlag":              {gMasc, typesOf(Media)},
		"zeitung":             {gFem, typesOf(Media)},
		"organisation":        {gFem, typesOf(InternationalOrg, Association, OtherOrg)},
		"forschungsinstitut":  {gNeut, typesOf(ResearchInstitute)},
		"wirtschaftsinstitut": {gNeut, typesOf(ResearchInstitute)},
		"fluggesellschaft":    {gFem, typesOf(Company)},
		"airline":             {gFem, typesOf(Company)},
		"reederei":            {gFem, typesOf(Company)},
		"brauerei":            {gFem, typesOf(Company)},
	}
}

// descSuffixes are the endings of compound head nouns ("Chemiekonzern",
// "Autobauer", "Investmentbank"); the longest that fits wins, and at
// least three letters must stand before it.
var descSuffixes = []struct {
	suffix string
	h      descHead
}{
	{"notenbank", descHead{gFem, typesOf(CentralBank)}},
	{"zentralbank", descHead{gFem, typesOf(CentralBank)}},
	{"versicherungskonzern", descHead{gMasc, typesOf(Insurer)}},
	{"konzern", descHead{gMasc, companyish}},
	{"unternehmen", descHead{gNeut, companyish}},
	{"hersteller", descHead{gMasc, typesOf(Company)}},
	{"bauer", descHead{gMasc, typesOf(Company)}},
	{"händler", descHead{gMasc, typesOf(Company)}},
	{"anbieter", descHead{gMasc, companyish}},
	{"produzent", descHead{gMasc, typesOf(Company)}},
	{"zulieferer", descHead{gMasc, typesOf(Company)}},
	{"dienstleister", descHead{gMasc, companyish}},
	{"versorger", descHead{gMasc, typesOf(Company)}},
	{"riese", descHead{gMasc, companyish}},
	{"gigant", descHead{gMasc, companyish}},
	{"rückversicherer", descHead{gMasc, typesOf(Insurer)}},
	{"versicherer", descHead{gMasc, typesOf(Insurer)}},
	{"versicherung", descHead{gFem, typesOf(Insurer)}},
	{"bank", descHead{gFem, typesOf(Bank)}},
	{"fluggesellschaft", descHead{gFem, typesOf(Company)}},
	{"fondsgesellschaft", descHead{gFem, typesOf(AssetManager)}},
	{"airline", descHead{gFem, typesOf(Company)}},
	{"reederei", descHead{gFem, typesOf(Company)}},
	{"brauerei", descHead{gFem, typesOf(Company)}},
	{"kette", descHead{gFem, typesOf(Company)}},
	{"discounter", descHead{gMasc, typesOf(Company)}},
	{"regierung", descHead{gFem, typesOf(Government)}},
	{"ministerium", descHead{gNeut, typesOf(Government)}},
	{"behörde", descHead{gFem, typesOf(Regulator, Government)}},
	{"aufsicht", descHead{gFem, typesOf(Regulator)}},
	{"ratingagentur", descHead{gFem, typesOf(RatingAgency)}},
	{"verband", descHead{gMasc, typesOf(Association)}},
	{"gewerkschaft", descHead{gFem, typesOf(Union)}},
	{"institut", descHead{gNeut, typesOf(ResearchInstitute, Bank)}},
	{"sender", descHead{gMasc, typesOf(Media)}},
	{"verlag", descHead{gMasc, typesOf(Media)}},
	{"gruppe", descHead{gFem, companyish}},
}

// sectorSuffixes are compound endings that name an industry themselves
// when the first part names none: "die Billigfluggesellschaft", "der
// Einzelhändler", "der Energieversorger".
var sectorSuffixes = map[string]string{
	"fluggesellschaft": "airline", "airline": "airline", "reederei": "shipping", "versorger": "energy",
	"händler": "retail", "discounter": "retail", "brauerei": "beverages",
}

// sectorPrefixes are the first parts of compound heads that name an
// industry ("Autobauer", "Chemiekonzern", "Softwarehersteller"); the
// longest that starts the compound wins. A description that names an
// industry refers only to a company of it (Entity.Sectors) or to one
// whose industries are unknown.
var sectorPrefixes = map[string]string{
	"auto": "auto", "fahrzeug": "auto", "sportwagen": "auto", "elektroauto": "auto", "pkw": "auto",
	"lkw": "trucks", "lastwagen": "trucks", "nutzfahrzeug": "trucks", "truck": "trucks", "reifen": "tyres",
	"chemie": "chemicals", "spezialchemie": "chemicals", "chemikalien": "chemicals", "gase": "chemicals",
	"industriegase": "chemicals", "kunststoff": "chemicals", "düngemittel": "chemicals", "klebstoff": "chemicals",
	"pharma": "pharma", "arzneimittel": "pharma", "medikamenten": "pharma", "generika": "pharma",
	"biotech": "biotech", "biotechnologie": "biotech", "impfstoff": "biotech",
	"medizintechnik": "medtech", "dialyse": "medtech", "laborausrüster": "medtech", "hörgeräte": "medtech",
	"gesundheits": "health", "klinik": "health", "krankenhaus": "health",
	"software": "software", "technologie": "tech", "tech": "tech", "elektronik": "electronics", "computer": "tech",
	"internet": "internet", "online": "internet", "suchmaschinen": "internet", "streaming": "media",
	"chip": "semiconductors", "halbleiter": "semiconductors", "speicherchip": "semiconductors",
	"telekom": "telecom", "telekommunikations": "telecom", "mobilfunk": "telecom", "kabelnetz": "telecom",
	"energie": "energy", "strom": "energy", "öl": "energy", "erdöl": "energy", "mineralöl": "energy",
	"gas": "energy", "wind": "energy", "windkraft": "energy", "windanlagen": "energy", "solar": "energy",
	"atom": "energy", "kohle": "energy", "stahl": "steel", "metall": "metals", "kupfer": "metals",
	"elektro": "electrical", "industrie": "industrial", "maschinenbau": "industrial", "maschinen": "industrial",
	"anlagenbau": "industrial", "rüstungs": "defense", "rüstung": "defense", "waffen": "defense",
	"panzer": "defense", "munitions": "defense", "verteidigungs": "defense", "luftfahrt": "aerospace",
	"flugzeug": "aerospace", "triebwerks": "aerospace", "raumfahrt": "aerospace", "logistik": "logistics",
	"paket": "logistics", "post": "logistics", "fracht": "logistics", "container": "shipping",
	"schifffahrts": "shipping", "handels": "retail", "einzelhandels": "retail", "sportartikel": "sporting_goods",
	"sport": "sporting_goods", "mode": "fashion", "bekleidungs": "fashion", "textil": "fashion",
	"luxus": "luxury", "luxusgüter": "luxury", "konsumgüter": "consumer", "markenartikel": "consumer",
	"kosmetik": "cosmetics", "lebensmittel": "food", "nahrungsmittel": "food", "zucker": "food",
	"schokoladen": "food", "süßwaren": "food", "getränke": "beverages", "bier": "beverages", "brau": "beverages",
	"spirituosen": "beverages", "tabak": "tobacco", "zigaretten": "tobacco", "immobilien": "real_estate",
	"wohnungs": "real_estate", "wohnimmobilien": "real_estate", "bau": "construction", "baustoff": "construction",
	"zement": "construction", "medien": "media", "fernseh": "media", "tv": "media", "touristik": "travel",
	"reise": "travel", "tourismus": "travel", "kreuzfahrt": "travel", "hotel": "travel", "zahlungs": "payments",
	"bezahl": "payments", "kreditkarten": "payments", "bergbau": "mining", "rohstoff": "mining",
	"minen": "mining", "kali": "mining", "agrar": "agriculture", "saatgut": "agriculture", "spiele": "gaming",
	"videospiel": "gaming", "krypto": "crypto", "bahn": "rail", "zug": "rail", "flughafen": "airports",
	"drogerie": "retail", "supermarkt": "retail", "baumarkt": "retail", "kaffee": "food", "restaurant": "food",
	"fastfood": "food", "burger": "food",
}

// descSector returns the industry a description's head noun lw names: by
// the longest first part of sectorPrefixes before an ending of
// descSuffixes ("Onlinehändler": internet, "Chemikalienhändler":
// chemicals), else by the ending (sectorSuffixes: "Einzelhändler" is
// retail); "" for none ("der Konzern", "der Dax-Konzern", "die
// Hotelkette").
func descSector(lw []byte) string {
	if s, ok := sectorSuffixes[string(lw)]; ok {
		return s // the head itself: "die Fluggesellschaft"
	}
	x := descIx()
	v := x.suffix.longest(lw, 3)
	if v < 0 {
		return ""
	}
	suf := descSuffixes[v].suffix
	pre := lw[:len(lw)-len(suf)]
	for n := len(pre); n >= 2; n-- {
		if s, ok := sectorPrefixes[string(pre[:n])]; ok {
			return s
		}
	}
	return sectorSuffixes[suf]
}

// DescriptionSector returns the industry (one of the sectors of
// Entity.Sectors) that noun names as the head of a definite description:
// "Autobauer" → "auto", "Chiphersteller" → "semiconductors",
// "Fluggesellschaft" → "airline", "Onlinehändler" → "internet"; "" when it
// names none ("Konzern", "Unternehmen", "Bank") or is no such head.
func DescriptionSector(noun string) string {
	var buf [64]byte
	if len(noun) > len(buf) {
		return ""
	}
	lw := appendLower(buf[:0], noun)
	if _, ok := lookupDescHead(lw); !ok {
		return ""
	}
	return descSector(lw)
}

// SectorFits reports whether e can be what a description naming the
// industry sector refers to: sector is empty, e has no known industries,
// or sector is one of them.
func SectorFits(sector string, e *Entity) bool { return sectorFits(sector, e) }

// sectorFits reports whether an organization with the industries of e
// can be what a description naming the industry sector refers to.
func sectorFits(sector string, e *Entity) bool {
	if sector == "" || e == nil || len(e.Sectors) == 0 {
		return true
	}
	return slices.Contains(e.Sectors, sector)
}

// otherEntityPrefixes start compound heads that name another organization
// than the one talked about: "der Mutterkonzern", "die Tochterbank", "der
// Konkurrenzkonzern".
var otherEntityPrefixes = []string{"mutter", "tochter", "konkurrenz", "partner", "ex", "staats", "welt"}

// bareExcluded are compound endings that are no description alone: "der
// Bauer" is a farmer, "der Händler" a trader.
//
// buildBareExcluded returns the words of the table bareExcluded (generated: see the
// package's zz_generated_sets.go).
func buildBareExcluded() map[string]bool {
	return map[string]bool{"bauer": true, "händler": true, "gigant": true, "produzent": true, "kette": true}
}

// descIndex holds the description heads and compound endings as suffix
// tries, read from the end of a word.
type descIndex struct {
	exact, suffix *suffixTrie
	heads         []descHead // values of exact
}

// descIx returns the description index: the generated one
// (zz_generated_index.go), or, with the tag entitygen, built from the
// tables.
func descIx() *descIndex { return descIxV.Get(makeDescIndex) }

var descIxV lazy.Value[*descIndex]

func makeDescIndex() *descIndex {
	if genDescIx != nil {
		// (Once, under descIxV: the literal has no first tables.)
		genDescIx.exact.finish()
		genDescIx.suffix.finish()
		return genDescIx
	}
	return buildDescIndex()
}

// buildDescIndex builds the description index, the heads in byte order so
// that it does not depend on the order of map iteration.
func buildDescIndex() *descIndex {
	x := &descIndex{exact: newSuffixTrie(), suffix: newSuffixTrie()}
	heads := buildDescHeads()
	keys := make([]string, 0, len(heads))
	for k := range heads {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		x.exact.add(k, int32(len(x.heads)))
		x.heads = append(x.heads, heads[k])
	}
	for i, s := range descSuffixes {
		x.suffix.add(s.suffix, int32(i))
	}
	return x
}

// whole returns the value of the key equal to w, or -1.
func (t *suffixTrie) whole(w []byte) int32 {
	n := int32(0)
	for i := len(w) - 1; i >= 0; i-- {
		next := t.step(n, w[i])
		if next < 0 {
			return -1
		}
		n = next
	}
	return t.nodes[n].val - 1
}

// lookupDescHead returns the description head of the lower-case noun lw:
// a head of descHeads, or a compound with an ending of descSuffixes (the
// longest) and at least three bytes before it that does not start with
// one of otherEntityPrefixes.
func lookupDescHead(lw []byte) (descHead, bool) {
	x := descIx()
	if v := x.exact.whole(lw); v >= 0 {
		return x.heads[v], true
	}
	v := x.suffix.longest(lw, 3)
	if v < 0 {
		return descHead{}, false
	}
	for _, p := range otherEntityPrefixes {
		if len(lw) >= len(p) && string(lw[:len(p)]) == p {
			return descHead{}, false
		}
	}
	return descSuffixes[v].h, true
}

// refWords are the words descDeterminer and pronounOf know, in lower case.
var refWords = []string{
	"der", "die", "das", "des", "dem", "den", "dieser", "diese", "dieses", "diesem", "diesen",
	"er", "ihn", "ihm", "sie", "es", "sein", "seine", "seiner", "seinem", "seinen", "seines",
	"ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres",
}

// descDeterminer reports whether the lower-case word w is a definite
// determiner a description starts with, with the genders of its singular
// readings and whether it takes a genitive noun ("des Konzerns").
func descDeterminer(w []byte) (genders, bool, bool) {
	switch string(w) {
	case "der", "dieser":
		return gMasc | gFem, false, true
	case "die", "diese":
		return gFem, false, true
	case "das":
		return gNeut, false, true
	case "des", "dieses":
		return gMasc | gNeut, true, true
	case "dem", "diesem":
		return gMasc | gNeut, false, true
	case "den", "diesen":
		return gMasc, false, true
	}
	return 0, false, false
}

// pronounOf reports whether the lower-case word w is a pronoun or
// possessive that can refer to a mention, with its genders: "er" is
// masculine, "sie" feminine (or plural), "es" neuter; possessives follow
// their owner.
func pronounOf(w []byte) (g genders, poss, ok bool) {
	switch string(w) {
	case "er", "ihn":
		return gMasc, false, true
	case "ihm":
		return gMasc | gNeut, false, true
	case "sie":
		return gFem, false, true
	case "es":
		return gNeut, false, true
	case "sein", "seine", "seiner", "seinem", "seinen", "seines":
		return gMasc | gNeut, true, true
	case "ihr", "ihre", "ihrer", "ihrem", "ihren", "ihres":
		return gFem, true, true
	}
	return 0, false, false
}

// expletiveAfterEs are verbs with which "es" is usually a dummy subject
// ("es gibt", "es geht um", "es sei denn").
//
// buildExpletiveAfterEs returns the words of the table expletiveAfterEs (generated: see the
// package's zz_generated_sets.go).
func buildExpletiveAfterEs() map[string]bool {
	return map[string]bool{
		"gibt": true, "gab": true, "geben": true, "geht": true, "ging": true, "heißt": true, "hieß": true,
		"handelt": true, "handelte": true, "handele": true, "kommt": true, "kam": true, "fehlt": true, "fehlte": true,
		"bleibt": true, "blieb": true, "sei": true, "ist": true, "war": true, "wäre": true, "wird": true,
		"würde": true, "wurde": true, "lohnt": true, "reicht": true, "regnet": true, "hat": true, "hatte": true,
		"hätte": true, "kann": true, "könnte": true, "dürfte": true, "soll": true, "sollte": true, "muss": true,
		"zeigt": true, "stellt": true, "klingt": true, "braucht": true, "bedarf": true, "gelte": true, "gilt": true,
	}
}

// notPluralVerb are words ending in -en after "sie" that are no plural verb.
//
// buildNotPluralVerb returns the words of the table notPluralVerb (generated: see the
// package's zz_generated_sets.go).
func buildNotPluralVerb() map[string]bool {
	return map[string]bool{
		"den": true, "einen": true, "diesen": true, "jenen": true, "ihren": true, "seinen": true, "keinen": true,
		"allen": true, "denen": true, "neben": true, "gegen": true, "zwischen": true, "oben": true, "unten": true,
		"eben": true, "jeden": true, "unseren": true, "meinen": true, "deren": true, "wegen": true, "trotzen": true,
		"dagegen": true, "morgen": true, "übermorgen": true, "nahezu": true, "zufolge": true, "sehr": true,
	}
}

// pluralVerbs are plural verb forms after "sie" that do not end in -en.
//
// buildPluralVerbs returns the words of the table pluralVerbs (generated: see the
// package's zz_generated_sets.go).
func buildPluralVerbs() map[string]bool {
	return map[string]bool{"sind": true, "seien": true, "tun": true, "tuen": true}
}

// orgGenderSuffixes give the grammatical gender of an organization name
// by its last word ("Deutsche Bank" is feminine, "Nordwind AG" too).
var orgGenderSuffixes = []struct {
	suffix string
	g      genders
}{
	{"bank", gFem}, {"kasse", gFem}, {"ag", gFem}, {"se", gFem}, {"gmbh", gFem}, {"kgaa", gFem},
	{"holding", gFem}, {"gruppe", gFem}, {"group", gFem}, {"gesellschaft", gFem}, {"versicherung", gFem},
	{"agentur", gFem}, {"börse", gFem}, {"regierung", gFem}, {"kommission", gFem}, {"union", gFem},
	{"organisation", gFem}, {"stiftung", gFem}, {"universität", gFem}, {"hochschule", gFem},
	{"gewerkschaft", gFem}, {"vereinigung", gFem}, {"partei", gFem}, {"aufsicht", gFem}, {"behörde", gFem},
	{"konzern", gMasc}, {"verband", gMasc}, {"bund", gMasc}, {"verein", gMasc}, {"fonds", gMasc},
	{"rat", gMasc}, {"club", gMasc}, {"klub", gMasc}, {"versicherer", gMasc},
	{"institut", gNeut}, {"unternehmen", gNeut}, {"ministerium", gNeut}, {"amt", gNeut}, {"haus", gNeut},
	{"zentrum", gNeut}, {"museum", gNeut}, {"theater", gNeut}, {"klinikum", gNeut}, {"gericht", gNeut},
}

// roleKindTypes are the organizations a role of each kind (roles.tsv)
// can belong to, for a person whose organization the text gives only by
// the sentence around them. Analysts, politicians and others get none.
//
// buildRoleKindTypes returns the words of the table roleKindTypes
// (generated: see the package's zz_generated_sets.go).
func buildRoleKindTypes() map[string]typeSet {
	return map[string]typeSet{
		"exec":           anyOrg &^ typesOf(Government),
		"board":          anyOrg &^ typesOf(Government),
		"spokesperson":   anyOrg,
		"central_banker": typesOf(CentralBank),
		"official":       typesOf(Government, Regulator, InternationalOrg, CentralBank, Association, Union),
	}
}
