package entity

import "strings"

// Rules for organizations that are neither in the gazetteer nor introduced
// by a legal form or a head noun: parties written as nouns, names before
// "Verlag", city adjectives before an organization noun, universities,
// ministries and acronyms in the context of an organization. Each rule
// runs at a token where nothing else matched.

// recallAt tries the rules of this file at token i, whose word flags
// (wordMeta.flags) the caller has at hand: wf.
func (d *docState) recallAt(i int, wf uint32) int {
	if d.toks[i].is(fCaps) {
		if end := d.universityAt(i); end > i {
			return end
		}
		if end := d.ministryAt(i); end > i {
			return end
		}
		if end := d.nameBeforeNounAt(i); end > i {
			return end
		}
		return d.acronymOrgAt(i)
	}
	if d.toks[i].flags&(fInnerCaps|fUpper|fASCII) == fInnerCaps|fUpper|fASCII {
		if end := d.mixedAcronymAt(i); end > i {
			return end
		}
	}
	// The tokens before and after i (nil at the ends), read once for the
	// tests below.
	var prev, next *token
	if i > 0 {
		prev = &d.toks[i-1]
	}
	if i+1 < len(d.toks) {
		next = &d.toks[i+1]
	}
	// Most rules need a capitalized word next (a name word, a place, an
	// organization noun): that is tested once here, and a rule that
	// cannot match is not called. The order of the rules is kept.
	nextUpper := next != nil && next.kind == tkWord && next.flags&fUpper != 0
	// Others need a word before: a capitalized noun (partnerFirmAt,
	// clubAfterNounAt), "namens" or "von" (namedAsAt, relationOrgAt).
	prevWord := prev != nil && prev.kind == tkWord
	prevUpper := prevWord && prev.flags&fUpper != 0
	// "namens" and "von" told by their length and first byte.
	namens, von := false, false
	if prevWord && prev.flags&fLower != 0 {
		switch c0, n := d.text[prev.start], prev.end-prev.start; {
		case c0 == 'n' && n == 6:
			namens = true
		case c0 == 'v' && n == 3, c0 == 'a' && n == 2, c0 == 'd' && n == 5: // "von", "an", "durch" (relationOrgAt)
			von = true
		}
	}
	// Below, as above, a rule whose first test fails is not called:
	// partyAt needs a word starting with G or L, nameInstitutionAt a
	// hyphen joining the next word, romanceOrgAt a word of five to
	// sixteen bytes starting and ending with one of its bytes,
	// genitiveInstitutionAt "der" or "des" next, titleAcronymAt a word
	// flagged wTitleAcr.
	t := &d.toks[i]
	c := d.text[t.start]
	if c == 'G' || c == 'L' {
		if end := d.partyAt(i); end > i {
			return end
		}
	}
	if namens {
		if end := d.namedAsAt(i); end > i {
			return end
		}
	}
	if d.hyphenCont(i + 1) {
		if end := d.nameInstitutionAt(i); end > i {
			return end
		}
	}
	if prevUpper {
		if end := d.partnerFirmAt(i); end > i { // a firm noun starts with A, K, S or W
			return end
		}
	}
	if n := t.end - t.start; n >= 5 && n <= 16 && romanceStartByte(c) && romanceEndByte(d.text[t.end-1]) {
		if end := d.romanceOrgAt(i); end > i {
			return end
		}
	}
	if nextUpper {
		if end := d.placeInstitutionAt(i); end > i { // needs nameWord(i+1)
			return end
		}
	}
	if next != nil && d.isDerDes(next) {
		if end := d.genitiveInstitutionAt(i); end > i {
			return end
		}
	}
	if nextUpper {
		if end := d.cityTeamAt(i); end > i { // needs a capitalized word ending in s among the next three, from i+1 on
			return end
		}
	}
	if wf&wTitleAcr != 0 {
		if end := d.titleAcronymAt(i); end > i {
			return end
		}
	}
	// universityAt's words not in capitals start so ("TU" is all caps,
	// taken above); ministryAt needs a ministry word at i, i+1 or i+2.
	if c == 'U' || c == 'H' || c == 'F' || c == 'M' || c == 'K' {
		if end := d.universityAt(i); end > i {
			return end
		}
	}
	// isMinistryWord at i, i+1 or i+2: the flags of the three tokens at
	// once (one bounds test).
	minis := t.flags
	if i+2 < len(d.toks) {
		minis |= d.toks[i+1].flags | d.toks[i+2].flags
	} else if i+1 < len(d.toks) {
		minis |= d.toks[i+1].flags
	}
	if minis&fMinistry != 0 {
		if end := d.ministryAt(i); end > i {
			return end
		}
	}
	if nextUpper {
		if end := d.nameBeforeNounAt(i); end > i { // needs "Verlag" or "Stiftung" after capitalized words from i+1 on
			return end
		}
	}
	if prevUpper {
		if end := d.firmNounAfterOrgAt(i); end > i {
			return end
		}
		if end := d.clubAfterNounAt(i); end > i { // a club noun starts with V, K, C, T, F or R
			return end
		}
	}
	if von {
		if end := d.relationOrgAt(i); end > i {
			return end
		}
	}
	// firmActorAt needs a firm verb next to the word: after it at a
	// sentence start or after a comma, before it when that verb starts no
	// sentence (its two cases, the cheap tests first).
	if (t.flags&fSentStart != 0 || d.isPunct(i-1, ",")) && next != nil && d.mayFirmVerbTok(next) ||
		prev != nil && prev.flags&fSentStart == 0 && d.mayFirmVerbTok(prev) {
		if end := d.firmActorAt(i); end > i {
			return end
		}
	}
	if (t.flags&fSentStart != 0 || d.isPunct(i-1, ":")) && (next != nil && next.kind == tkPunct && d.text[next.start] == ',' || nextUpper) {
		if end := d.publisherAt(i); end > i { // needs a comma after one to three words at a sentence start
			return end
		}
	}
	if !nextUpper {
		return i // cityOrgAt needs nameWord(i+1)
	}
	return d.cityOrgAt(i)
}

// publisherAt: the publisher of a book in a reference, "Bleicher,
// Gerlingen 1991, ISBN …": one to three capitalized words at the start of
// a sentence (after the title), a comma, a place, a year and an ISBN.
func (d *docState) publisherAt(i int) int {
	t := &d.toks[i]
	if !t.is(fSentStart) && !d.isPunct(i-1, ":") || d.flag(i, wStop|wRole|wTitle|wGiven|wPlace) {
		return i
	}
	j := i + 1
	for j < len(d.toks) && j-i < 3 && (d.nameWord(j) || d.hyphenCont(j) && d.isWord(j+1)) {
		if d.hyphenCont(j) {
			j++
		}
		j++
	}
	if !d.isPunct(j, ",") || !d.placeWord(j+1) {
		return i
	}
	k := d.placeEnd(j + 1)
	if !d.isWord(k) || !d.toks[k].is(fDigit) || d.toks[k].end-d.toks[k].start != 4 {
		return i
	}
	if y := d.str(k); y < "1500" || y > "2099" {
		return i
	}
	if !d.isPunct(k+1, ",") || !d.isWord(k+2) || d.str(k+2) != "ISBN" {
		return i
	}
	d.emitRuleOrg(i, j, Media)
	return j
}

// namedAsAt: "eine Gruppe namens Gereformeerde Bond", "eine Firma namens
// Blauwal": after a noun that names a body (bodyNoun, a head noun or
// "Band") and "namens", the capitalized words are its name.
func (d *docState) namedAsAt(i int) int {
	if i < 2 || d.toks[i-1].end-d.toks[i-1].start != 6 || d.text[d.toks[i-1].start] != 'n' {
		return i // the cheap test first
	}
	if d.str(i-1) != "namens" || !d.isUpperWord(i-2) || !d.nameWord(i) || d.flag(i, wGiven|wRole|wTitle|wPlace) {
		return i
	}
	typ, _, ok := d.headType(i - 2)
	if !ok {
		if !d.bodyNoun(i-2) && d.str(i-2) != "Band" {
			return i
		}
		typ = OtherOrg
	}
	end := i + 1
	for end < len(d.toks) && end-i < 5 {
		if d.nameWord(end) {
			end++
		} else if d.isPunct(end, "&") && d.nameWord(end+1) {
			end += 2
		} else {
			break
		}
	}
	if d.hyphenCont(end) {
		return i
	}
	d.emitRuleOrg(i, end, typ)
	return end
}

// compoundInstitutions are the institution words that make one name with a
// name joined before them: "Stanford-Universität", "Guggenheim-Museum".
//
// buildCompoundInstitutions returns the words of the table compoundInstitutions (generated: see the
// package's zz_generated_sets.go).
func buildCompoundInstitutions() map[string]Type {
	return map[string]Type{
		"Universität": ResearchInstitute, "Hochschule": ResearchInstitute, "Akademie": ResearchInstitute,
		"Institut": ResearchInstitute, "Klinik": OtherOrg, "Klinikum": OtherOrg, "Museum": OtherOrg,
		"Gymnasium": OtherOrg, "Stiftung": OtherOrg, "Bibliothek": OtherOrg, "Orchester": OtherOrg,
	}
}

// commonCompoundHeads are common nouns that stand before an institution
// word in a compound without naming it: "eine Elite-Universität".
//
// buildCommonCompoundHeads returns the words of the table commonCompoundHeads (generated: see the
// package's zz_generated_sets.go).
func buildCommonCompoundHeads() map[string]bool {
	return map[string]bool{
		"Elite": true, "Exzellenz": true, "Reform": true, "Privat": true, "Partner": true, "Traditions": true,
		"Massen": true, "Fern": true, "Online": true, "Top": true, "Spitzen": true, "Provinz": true,
		"Staats": true, "Landes": true, "Kunst": true, "Musik": true, "Kinder": true, "Frauen": true,
		"Uni": true, "Bundes": true, "Stadt": true, "Volks": true, "Technik": true, "Medizin": true,
		"Sport": true, "Kultur": true, "Heimat": true, "Design": true, "Mode": true, "Computer": true,
		"Reha": true, "Kur": true, "Tier": true, "Zahn": true, "Augen": true, "Fach": true, "Polizei": true,
	}
}

// nameInstitutionAt: "die Stanford-Universität", "im Guggenheim-Museum": a
// name and an institution word joined by a hyphen are one organization. The
// name is a place or a word no table knows, and no common noun ("eine
// Elite-Universität", "das Technik-Museum").
func (d *docState) nameInstitutionAt(i int) int {
	if !d.hyphenCont(i+1) || d.inCompound(i) || d.hyphenCont(i+3) || !d.toks[i].is(fSpace) && i > 0 {
		return i
	}
	typ, ok := compoundInstitutions.Get(d.str(i + 2))
	if !ok {
		return i
	}
	s := d.str(i)
	if commonCompoundHeads.Value(s) || d.toks[i].is(fCaps) || d.nounLike(i) || d.flag(i, wStop|wRole|wTitle|wGiven|wNonOrg) && !d.flag(i, wPlace) {
		return i
	}
	if lw := d.lowerB(i); len(lw) > 3 && lw[len(lw)-1] == 's' && nounSuffixSet.endsIn(lw[:len(lw)-1], 1) {
		return i // "Forschungs-Klinik": a noun with its linking s
	}
	if lw := d.lowerB(i); endsWith(lw, "ik", 2) {
		return i // "Botanik-Institut", "Physik-Museum": a subject, not a name
	}
	if d.meta(i).id >= 0 && !d.flag(i, wPlace) {
		return i
	}
	d.emitRuleOrg(i, i+3, typ)
	return i + 3
}

// firmNouns stand before the name of a firm of partners: "die Architekten
// Herzog & de Meuron", "das Architektenbüro Skidmore, Owings and Merrill".
//
// buildFirmNouns returns the words of the table firmNouns (generated: see the
// package's zz_generated_sets.go).
func buildFirmNouns() map[string]bool {
	return map[string]bool{
		"Architekten": true, "Architektenbüro": true, "Architektenbüros": true, "Architekturbüro": true,
		"Architekturbüros": true, "Kanzlei": true, "Anwaltskanzlei": true, "Sozietät": true, "Wirtschaftsprüfer": true,
	}
}

// partnerFirmAt: after a firm noun, surnames joined by "&", a comma, "und"
// or "and" (particles such as "de" or "van" allowed) name one firm when the
// list has "&" or "and" or ends in "Partner": "Herzog & de Meuron",
// "Gerkan, Marg und Partner", "Skidmore, Owings and Merrill". Two names
// joined by "und" alone ("die Architekten Roth und Haas") are two persons.
func (d *docState) partnerFirmAt(i int) int {
	if i == 0 || !d.isWord(i-1) {
		return i
	}
	// Cheap test first: every firm noun starts with A, K, S or W.
	if c := d.text[d.toks[i-1].start]; c != 'A' && c != 'K' && c != 'S' && c != 'W' || d.toks[i-1].end-d.toks[i-1].start < 7 {
		return i
	}
	if !firmNouns.Value(d.str(i-1)) || !d.nameWord(i) || d.flag(i, wGiven|wRole|wTitle|wPlace) {
		return i
	}
	end, firm, joins := i+1, false, 0
	for end < len(d.toks) && end-i < 12 {
		k := end
		switch {
		case d.isPunct(k, "&"):
			firm = true
		case d.isPunct(k, ","), d.isWord(k) && d.str(k) == "und":
		case d.isWord(k) && d.str(k) == "and":
			firm = true
		default:
			k = -1
		}
		if k < 0 {
			break
		}
		n := k + 1
		for d.isWord(n) && d.flag(n, wParticle) && d.toks[n].is(fLower) {
			n++ // "de Meuron"
		}
		if d.str(n) == "Partner" && d.nameWord(n) {
			firm = true // a role word elsewhere, the end of a firm's name here
		} else if !d.nameWord(n) || d.flag(n, wRole|wTitle) {
			break
		}
		end, joins = n+1, joins+1
	}
	if !firm || joins == 0 || d.hyphenCont(end) {
		return i
	}
	d.emitRuleOrg(i, end, Company)
	return end
}

// partyNouns are parties named by a nominalized adjective ("die Grünen",
// "der Linken"), with the canonical name of their gazetteer row.
//
// buildPartyNouns returns the words of the table partyNouns (generated: see
// the package's zz_generated_sets.go).
func buildPartyNouns() map[string]string {
	return map[string]string{
		"Grüne": "Bündnis 90/Die Grünen", "Grünen": "Bündnis 90/Die Grünen",
		"Linke": "Die Linke", "Linken": "Die Linke",
	}
}

// partyAt: "die Grünen", "der Linken" inside a sentence. The article and
// the capital letter in mid-sentence make the adjective a name; a capitalized
// noun after it ("die Grüne Woche") makes it part of another name.
func (d *docState) partyAt(i int) int {
	if c := d.text[d.toks[i].start]; c != 'G' && c != 'L' {
		return i
	}
	name, ok := partyNouns.Get(d.str(i))
	if !ok || d.toks[i].is(fSentStart) || i == 0 || !d.isWord(i-1) || !isDefiniteArticle(d.str(i-1)) {
		return i
	}
	if d.isUpperWord(i+1) && d.toks[i+1].is(fSpace) {
		return i
	}
	if i+1 < len(d.toks) && d.toks[i+1].is(fHyphen) && d.joined(i) {
		// "Grünen-Chefin" yes, "Grünen-Anteil" no.
		if !d.isWord(i+2) || d.roleAt(i+2) == nil {
			return i
		}
	}
	e := d.ix.named(name)
	if e == nil {
		return i
	}
	d.emitOrg(i, i+1, e, false, false)
	return i + 1
}

// trailingOrgNouns follow a proper name and make it an organization:
// "Hirzel Verlag", "Hertie Stiftung".
//
// buildTrailingOrgNouns returns the words of the table trailingOrgNouns
// (generated: see the package's zz_generated_sets.go).
func buildTrailingOrgNouns() map[string]Type {
	return map[string]Type{"Verlag": Media, "Stiftung": OtherOrg}
}

// orgNounSuffixes end the second word of "Hamburger Mieterverein",
// "Kölner Verkehrsbetriebe": an organization named by its city.
var orgNounSuffixes = []struct {
	suffix string
	typ    Type
}{
	{"verein", Association}, {"verband", Association}, {"verlag", Media}, {"sparkasse", Bank},
	{"volksbank", Bank}, {"zeitung", Media}, {"nachrichten", Media}, {"rundschau", Media},
	{"anzeiger", Media}, {"tageblatt", Media}, {"stadtwerke", Company}, {"verkehrsbetriebe", Company},
	{"philharmoniker", OtherOrg}, {"hochschule", ResearchInstitute}, {"universität", ResearchInstitute},
	{"stiftung", OtherOrg}, {"gerichtshof", Government}, {"landesbank", Bank},
	{"akademie", ResearchInstitute}, {"sezession", Association}, {"kreisbahn", Company}, {"vereinigung", Association},
	{"gewerkschaft", Union}, {"kammer", Association}, {"mieterbund", Association}, {"bauernbund", Association},
	{"beamtenbund", Association}, {"sängerbund", Association}, {"turnerbund", Association},
	{"schützenbund", Association}, {"naturschutzbund", Association}, {"steuerzahlerbund", Association},
	{"morgenpost", Media}, {"abendblatt", Media}, {"volksstimme", Media}, {"tagblatt", Media},
	{"staatsoper", OtherOrg}, {"symphoniker", OtherOrg}, {"sinfoniker", OtherOrg}, {"sängerknaben", OtherOrg},
	{"domspatzen", OtherOrg}, {"kantonalbank", Bank},
	// Parliaments and governments of a state or city: "der Bayerische
	// Landtag", "der Berliner Senat", "die Hessische Landesregierung".
	{"landtag", Government}, {"senat", Government}, {"staatsregierung", Government},
	{"landesregierung", Government}, {"bürgerschaft", Government}, {"abgeordnetenhaus", Government},
	// Works named by their product are firms ("Linzer Stahlwerke",
	// "Veitscher Magnesitwerke"); not every "-werke" ("Wiener Kunstwerke",
	// "Bayerische Kraftwerke" are things).
	{"stahlwerke", Company}, {"eisenwerke", Company}, {"hüttenwerke", Company}, {"gusswerke", Company},
	{"walzwerke", Company}, {"motorenwerke", Company}, {"magnesitwerke", Company}, {"elektrizitätswerke", Company},
	{"zementwerke", Company}, {"glaswerke", Company}, {"porzellanwerke", Company}, {"chemiewerke", Company},
	{"maschinenwerke", Company}, {"kaliwerke", Company}, {"kalkwerke", Company}, {"papierwerke", Company},
	{"drahtwerke", Company}, {"metallwerke", Company}, {"aluminiumwerke", Company}, {"kupferwerke", Company},
	{"kabelwerke", Company}, {"flugzeugwerke", Company}, {"ziegelwerke", Company}, {"farbwerke", Company},
	{"textilwerke", Company}, {"graphitwerke", Company}, {"röhrenwerke", Company},
	// Charities named by whom they help ("Hamburger Frauenhilfe", "Deutsche
	// Krebshilfe"); not every "-hilfe" ("Berliner Soforthilfe" is a
	// programme, "Nothilfe" an act).
	{"frauenhilfe", OtherOrg}, {"kinderhilfe", OtherOrg}, {"krebshilfe", OtherOrg}, {"lebenshilfe", OtherOrg},
	{"aidshilfe", OtherOrg}, {"welthungerhilfe", OtherOrg}, {"suchthilfe", OtherOrg}, {"obdachlosenhilfe", OtherOrg},
	{"kinderkrebshilfe", OtherOrg}, {"seniorenhilfe", OtherOrg},
}

// nameBeforeNounAt: "Hirzel Verlag", "Leipziger Hirzel Verlag": one to
// three name words and a trailing organization noun.
func (d *docState) nameBeforeNounAt(i int) int {
	if !d.isUpperWord(i) || d.toks[i].is(fCaps) && d.toks[i].end-d.toks[i].start > 5 {
		return i
	}
	// Cheap test first: a trailing noun within the next three tokens.
	found := false
	for k := i + 1; k < len(d.toks) && k <= i+3; k++ {
		if s := d.str(k); s == "Verlag" || s == "Stiftung" {
			found = true
			break
		}
		if !d.isUpperWord(k) {
			break
		}
	}
	if !found {
		return i
	}
	j := i
	for j < len(d.toks) && j-i < 3 && d.isUpperWord(j) && !d.flag(j, wStop|wRole|wTitle|wPlace|wLegalStart) &&
		(j == i || d.toks[j].is(fSpace)) {
		if trailingOrgNouns.Has(d.str(j)) {
			break
		}
		if d.nounLike(j) {
			return i
		}
		j++
	}
	if j == i || j >= len(d.toks) || !d.toks[j].is(fSpace) {
		return i
	}
	typ, ok := trailingOrgNouns.Get(d.str(j))
	if !ok {
		return i
	}
	if d.toks[i].is(fSentStart) && adjectiveEnding(d.str(i)) && j-i == 1 && !d.placeAdjective(i) {
		return i // "Großer Verlag sucht …": a sentence-initial adjective
	}
	if d.hyphenCont(j + 1) {
		return i // "Hirzel Verlag-Gruppe"
	}
	return d.emitNamed(i, j+1, typ) // "Rowohlt Theater Verlag", "Merzenich Stiftung für Denkmalpflege"
}

// emitNamed reports the organization i..end found by a rule on its head
// noun. An organization mention ending right before i joins it ("Rowohlt
// Theater Verlag", "Frankfurter Allgemeinen Sonntagszeitung": one name),
// and a prepositional tail extends it ("Hamburger Stiftung für Kunst und
// Wissenschaft"). It returns the end of the mention.
func (d *docState) emitNamed(i, end int, typ Type) int {
	start := i
	if n := len(d.ms); n > 0 && d.ms[n-1].te == i && d.ms[n-1].kind == Organization && d.toks[i].is(fSpace) && !d.toks[i].is(fSentStart) {
		start = d.ms[n-1].ts
		d.ms = d.ms[:n-1]
	}
	if t := d.prepTailEnd(end); t > end {
		end = t
	} else if d.placeWord(end) && !d.isUpperWord(end+1) && !d.hyphenCont(end+1) {
		end = d.placeEnd(end) // "Mitteldeutscher Verlag Halle", "Hamburger Mieterverein Altona"
	}
	d.emitRuleOrg(start, end, typ)
	return end
}

// placeAdjective reports whether token i is the adjective of a known
// place: "Hamburger", "Leipziger", "Kölner".
func (d *docState) placeAdjective(i int) bool {
	s := d.str(i)
	if len(s) < 5 || !strings.HasSuffix(s, "er") {
		return false
	}
	w := d.ix.lookup(s[:len(s)-2])
	return w != nil && w.flags&wPlace != 0
}

// cityOrgAt: "Hamburger Mieterverein", "Evangelischen Presseverbandes": a
// capitalized adjective (a place adjective, or any adjective written with
// a capital inside the sentence, as only names are) before a word that
// ends in an organization noun.
func (d *docState) cityOrgAt(i int) int {
	if !d.isUpperWord(i) || d.toks[i].is(fCaps) || d.flag(i, wStop|wRole|wTitle) || !d.nameWord(i+1) || d.toks[i+1].is(fCaps) {
		return i
	}
	if d.inCompound(i) {
		switch d.str(i - 2) {
		case "Grün", "Rot", "Schwarz", "Gelb", "Blau", "Rosa":
			return i // "der Grün-Roten Landesregierung": a coalition's colours, not a place
		}
	}
	s := d.str(i)
	if !adjectiveEnding(s) && !strings.HasSuffix(s, "er") {
		return i
	}
	noun := i + 1
	typ, found := d.orgNounType(noun)
	if !found && adjectiveEnding(d.str(noun)) && d.nameWord(noun+1) && !d.toks[noun+1].is(fCaps) {
		noun++ // "Frankfurter Allgemeine Zeitung"
		typ, found = d.orgNounType(noun)
		if found && d.nounLike(noun-1) {
			return i
		}
	}
	if !found || d.hyphenCont(noun+1) {
		return i
	}
	if !d.placeAdjective(i) && (d.toks[i].is(fSentStart) || !adjectiveEnding(s) || d.flag(i, wGiven)) {
		return i
	}
	if m, ok := d.matchOrg(i + 1); ok && m.term.ent >= 0 && !(m.end == noun+1 && m.term.amb) {
		return i // "Medizinischen Universität Wien"; but "der Bayerische Landtag" is more than any "Landtag"
	}
	if noun+1 < len(d.toks) && d.toks[noun+1].is(fSpace) && d.startsOrg(noun+1) {
		return i // "die Schweizer Gewerkschaft Unia": the adjective and noun describe the name
	}
	return d.emitNamed(i, noun+1, typ)
}

// firmNounAfterOrgAt: "die Basler Kantonalbank", "der Mannesmann
// Röhrenwerke": a firm or bank noun of orgNounSuffixes right after a one
// word organization found before (a name that is also a place adjective or
// a company) makes one name with it. Not after a sentence start, not
// before a hyphen ("Basler Kantonalbank-Chef" keeps its compound).
func (d *docState) firmNounAfterOrgAt(i int) int {
	n := len(d.ms)
	if n == 0 || d.ms[n-1].te != i || d.ms[n-1].ts != i-1 || d.ms[n-1].kind != Organization ||
		!d.toks[i].is(fSpace) || d.toks[i].is(fSentStart) || d.toks[i].is(fCaps) {
		return i
	}
	typ, ok := d.orgNounType(i)
	if !ok || typ != Company && typ != Bank || d.hyphenCont(i+1) {
		return i
	}
	return d.emitNamed(i, i+1, typ)
}

// orgNounType reports whether token j ends in an organization noun of
// orgNounSuffixes (also inflected: "-verbandes", "-zeitungen") and its Type.
func (d *docState) orgNounType(j int) (Type, bool) {
	if !d.isWord(j) {
		return 0, false
	}
	// Singular forms only: "Bayerische Vereine" are many, not one name.
	if k, _ := d.ix.orgNouns.inflectedWith(d.lowerB(j), 0, singularEndings[:]); k >= 0 {
		return orgNounSuffixes[k].typ, true
	}
	return 0, false
}

// universityAt: "Universität Passau", "Hochschule für Technik und
// Wirtschaft", "TU Ilmenau".
func (d *docState) universityAt(i int) int {
	s := d.str(i)
	switch s {
	case "TU", "TH", "FH":
		if d.nameWord(i+1) && (d.flag(i+1, wPlace) || !d.flag(i+1, wStop|wRole|wGiven) && !d.nounLike(i+1)) && !d.isUpperWord(i+2) {
			d.emitRuleOrg(i, i+2, ResearchInstitute)
			return i + 2
		}
		return i
	case "Universität", "Hochschule", "Fachhochschule", "Musikhochschule", "Kunsthochschule":
	default:
		return i
	}
	j := i + 1
	if d.isWord(j) && (d.str(j) == "für" || d.str(j) == "der") && d.nameWord(j+1) && !d.flag(j+1, wStop) {
		// "Hochschule für Technik und Wirtschaft", "Universität der Künste"
		j += 2
		for j+1 < len(d.toks) && (d.str(j) == "und" || d.isPunct(j, ",")) && d.nameWord(j+1) && !d.flag(j+1, wStop) {
			j += 2
		}
		if d.nameWord(j) && d.flag(j, wPlace) {
			j++ // "… Berlin"
		}
	} else if d.nameWord(j) && !d.flag(j, wStop|wRole|wGiven) && !d.nounLike(j) {
		j++
		if d.hyphenCont(j) && d.isUpperWord(j+1) {
			j += 2 // "Universität Halle-Wittenberg"
		}
	} else {
		return i
	}
	d.emitRuleOrg(i, j, ResearchInstitute)
	return j
}

// ministryAt: "Wirtschaftsministerium", "US-Finanzministerium",
// "Bayerischen Staatsministerium für Unterricht und Kultus": a word ending
// in -ministerium (not "Ministerium" alone), with its complement.
func (d *docState) ministryAt(i int) int {
	if !d.isMinistryWord(i) && !d.isMinistryWord(i+1) && !d.isMinistryWord(i+2) {
		return i // the cheap test first
	}
	if !d.isUpperWord(i) || d.toks[i].is(fCaps) && !d.hyphenCont(i+1) {
		return i
	}
	j := i
	if d.hyphenCont(i+1) && d.toks[i].is(fCaps) {
		j = i + 2 // "US-Finanzministerium"
	} else if d.toks[i].is(fSpace) && !d.toks[i].is(fSentStart) && adjectiveEnding(d.str(i)) && d.nameWord(i+1) {
		j = i + 1 // "Bayerischen Staatsministerium"
	}
	if !d.isUpperWord(j) || !d.isMinistryWord(j) {
		return i
	}
	if j == i+2 && i > 0 && d.toks[i-1].is(fHyphen) && d.joined(i-1) {
		return i
	}
	end := j + 1
	if d.hyphenCont(end) {
		return i // "Ministeriumssprecher" is one word; "Finanzministerium-Chef" a compound
	}
	if d.isWord(end) && d.nameWord(end+1) && !d.flag(end+1, wStop|wPlace) && !d.startsOrg(end+1) {
		switch d.str(end) {
		case "für":
			// "für Wirtschaft und Klimaschutz"
			end += 2
			for end+1 < len(d.toks) && (d.str(end) == "und" || d.isPunct(end, ",")) && d.nameWord(end+1) && !d.flag(end+1, wStop) {
				end += 2
			}
		case "der", "des":
			// "der Finanzen", "des Innern"; not "der Deutschen Presse-Agentur"
			if !d.isUpperWord(end+2) && !d.hyphenCont(end+2) {
				end += 2
			}
		}
	}
	d.emitRuleOrg(i, end, Government)
	return end
}

// isDerDes reports whether token t is the word "der" or "des"
// (genitiveInstitutionAt's test on the token after its word).
func (d *docState) isDerDes(t *token) bool {
	if t.kind != tkWord || t.end-t.start != 3 {
		return false
	}
	g := d.text[t.start:t.end]
	return g == "der" || g == "des"
}

// isMinistryWord: a word ending in "ministerium" (or its genitive) with at
// least three letters before it.
func (d *docState) isMinistryWord(j int) bool {
	return j < len(d.toks) && d.toks[j].flags&fMinistry != 0 // set by the tokenizer
}

// acronymOrgNouns are nouns that take an organization in the genitive:
// "Mitglieder der ISAF", "die Spitze der UMP".
//
// buildAcronymOrgNouns returns the words of the table acronymOrgNouns (generated: see the
// package's zz_generated_sets.go).
func buildAcronymOrgNouns() map[string]bool {
	return map[string]bool{
		"Mitglied": true, "Mitglieder": true, "Mitgliedern": true, "Truppen": true, "Soldaten": true,
		"Führung": true, "Spitze": true, "Fraktion": true, "Zentrale": true, "Delegation": true,
		"Gründung": true, "Satzung": true, "Vorstand": true, "Vorsitz": true, "Generalsekretär": true,
	}
}

// bodyNounSuffixes end nouns that name a body, before its short name in
// brackets: "der portugiesischen Liga (LPFP)", "die Arbeiterpartei (PT)".
var bodyNounSuffixes = []string{
	"liga", "partei", "bewegung", "organisation", "kommission", "behörde", "agentur", "komitee",
	"vereinigung", "föderation", "gewerkschaft", "verband", "verein", "bund", "union", "allianz",
	"front", "institut", "zentrum", "gesellschaft", "stiftung", "akademie", "universität", "hochschule",
	"kammer", "bank", "versicherung", "gruppe", "amt", "ministerium", "bahn", "beirat", "sicherheitsrat",
	"stadtrat", "gemeinderat", "betriebsrat", "aufsichtsrat", "bundesrat", "nationalrat", "europarat",
	"museum", "archiv", "bibliothek", "orchester", "theater",
}

// bodyNoun reports whether token k is a capitalized noun ending in a word
// of bodyNounSuffixes (also inflected: "Verbandes", "Kommissionen" not).
func (d *docState) bodyNoun(k int) bool {
	lw := d.lowerB(k)
	for _, cut := range [...]int{0, 1, 2} {
		if len(lw) <= cut {
			break
		}
		if cut > 0 {
			if e := string(lw[len(lw)-cut:]); e != "s" && e != "es" {
				continue
			}
		}
		if hasSuffixIn(lw[:len(lw)-cut], bodyNounSuffixes, 0) {
			return true
		}
	}
	return false
}

// acronymOrgVerbs after an acronym make it the acting organization:
// "die UMP forderte …", "ABC teilte mit".
//
// buildAcronymOrgVerbs returns the words of the table acronymOrgVerbs (generated: see the
// package's zz_generated_sets.go).
func buildAcronymOrgVerbs() map[string]bool {
	return map[string]bool{
		"teilte": true, "erklärte": true, "berichtete": true, "meldete": true, "forderte": true,
		"kritisierte": true, "kündigte": true, "warnte": true, "verlangte": true, "bestätigte": true,
		"dementierte": true, "verkündete": true, "beschloss": true, "lehnte": true, "rief": true,
	}
}

// acronymAgentVerbs after "der/die/das ACR" make the acronym an acting
// body: "das BLM will …", "der DRB muss …" is not enough ("das BIP muss
// wachsen"), but intending, announcing and deciding are.
//
// buildAcronymAgentVerbs returns the words of the table acronymAgentVerbs (generated: see the
// package's zz_generated_sets.go).
func buildAcronymAgentVerbs() map[string]bool {
	return map[string]bool{
		"will": true, "wolle": true, "wollte": true, "plant": true, "plante": true, "fordert": true,
		"kritisiert": true, "warnt": true, "verlangt": true, "beschließt": true, "teilt": true,
		"klagt": true, "klagte": true, "verklagte": true, "übernahm": true, "übernimmt": true,
		"gründete": true, "vertritt": true, "genehmigte": true, "sagt": true, "sagte": true,
	}
}

// jargonAcronyms are acronyms of business and everyday language that are
// not organizations.
//
// buildJargonAcronyms returns the words of the table jargonAcronyms (generated: see the
// package's zz_generated_sets.go).
func buildJargonAcronyms() map[string]bool {
	return map[string]bool{
		"KI": true, "AI": true, "IT": true, "EBIT": true, "EBITA": true, "KGV": true, "ETF": true, "IPO": true,
		"CDS": true, "PMI": true, "HV": true, "ESG": true, "BIP": true, "GDP": true, "CPI": true, "CEO": true,
		"CFO": true, "COO": true, "CTO": true, "USA": true, "UK": true, "US": true, "GPS": true, "PDF": true,
		"SMS": true, "DNA": true, "TV": true, "PC": true, "CD": true, "DVD": true, "WM": true, "EM": true,
		"AGB": true, "NAV": true, "LNG": true, "PKW": true, "LKW": true, "SUV": true, "EV": true, "API": true,
		"HR": true, "PR": true, "IR": true, "OTC": true, "IFRS": true, "HGB": true, "GAAP": true, "ISIN": true,
		"WKN": true, "URL": true, "KMU": true, "MWST": true, "NRW": true, "DDR": true, "BRD": true, "OP": true,
		"WLAN": true, "ID": true, "OK": true, "PS": true, "KW": true, "MW": true, "GW": true, "KWH": true,
		"ISBN": true, "ISSN": true, "RNA": true, "HIV": true, "AIDS": true, "PIN": true, "TAN": true, "IBAN": true,
		"BIC": true, "SDK": true, "CPU": true, "GPU": true, "RAM": true, "ROM": true, "LED": true, "LCD": true,
		"USB": true, "HTML": true, "HTTP": true, "GPL": true, "MBA": true, "PLZ": true, "UKW": true, "FCKW": true,
		"MDAX": true, "SDAX": true, "DAX": true, "TECDAX": true, "ATX": true, "SMI": true, "EBITDA": true,
		"UDSSR": true, "GUS": true, "UAE": true, "VAE": true, "EDV": true, "ABS": true, "ESP": true,
		"AGI": true, "LLM": true, "NFT": true, "ICO": true, "ATM": true, "CRM": true, "ERP": true, "OEM": true,
		"CAD": true, "BEV": true, "PHEV": true, "KFZ": true, "AKW": true, "KKW": true, "BMI": true, "BGB": true,
		"ZPO": true, "KWG": true, "AMG": true, "MRT": true, "EKG": true,
		// laws and units written with small letters inside (mixedAcronymAt)
		"StGB": true, "StPO": true, "StVO": true, "StVG": true, "StGG": true, "MaBV": true, "MHz": true, "GHz": true,
		"WiFi": true, "PhD": true, "MdB": true, "MdL": true, "MdEP": true, "DiGA": true,
		// treaties, materials, technical standards, illnesses and drugs, which take no article
		// after a preposition either ("im Rahmen von TTIP", "aus PVC", "bei ADHS")
		"TTIP": true, "CETA": true, "PVC": true, "PET": true, "LTE": true, "UMTS": true, "HDMI": true, "OLED": true,
		"RFID": true, "ADHS": true, "COPD": true, "SARS": true, "MERS": true, "THC": true, "CBD": true,
		"LSD": true, "DSGVO": true, "COVID": true, "ALS": true, "PTBS": true, "IPTV": true, "HDTV": true,
		"VPN": true, "DSL": true, "ISDN": true, "GSM": true, "GPRS": true,
	}
}

// articleBeforeAcronym are articles and contractions that make an
// unknown acronym after them a name: "der DRB", "beim KSV", "vom WDR".
//
// buildArticleBeforeAcronym returns the words of the table articleBeforeAcronym (generated: see the
// package's zz_generated_sets.go).
func buildArticleBeforeAcronym() map[string]bool {
	return map[string]bool{
		"der": true, "die": true, "das": true, "des": true, "dem": true, "Der": true, "Die": true, "Das": true,
		"beim": true, "vom": true, "zum": true, "zur": true, "Beim": true, "Vom": true, "Zum": true, "Zur": true,
	}
}

// acronymStandsAlone reports whether the acronym at token i is a word of
// its own: no capitalized word, number or hyphen joins it ("der GNU
// General Public License", "der GTX 480", "die DNA-Probe"), and no verb
// of a figure or of a rule follows ("das KGV stieg", "die BOP gilt für").
func (d *docState) acronymStandsAlone(i int) bool {
	if i+1 >= len(d.toks) {
		return true
	}
	n := &d.toks[i+1]
	if n.is(fHyphen) || n.is(fDigit) || n.kind == tkWord && n.is(fUpper) && !n.is(fSentStart) {
		return false
	}
	if n.kind != tkWord {
		return true
	}
	if w := d.str(i + 1); w == "gilt" || w == "galt" {
		// "die BOP gilt nicht mehr nur für …": a rule or law applies; a body
		// "gilt als" something ("die GKN gilt als solide").
		return d.isWord(i+2) && d.str(i+2) == "als"
	}
	return !movementVerbs.Value(d.str(i + 1))
}

// coordinatedAcronym reports whether the acronym at token i is joined by
// "und", "oder" or "sowie" to the acronym of a known organization written
// the same way, both with an article or both without: "KV und TK", "die
// KV und die TK", "die TK und die KV". A verb of movement after it makes
// it a figure ("das KGV und das EPS stiegen" is left alone by the
// jargon table and acronymStandsAlone).
func (d *docState) coordinatedAcronym(i int) bool {
	if !d.acronymStandsAlone(i) {
		return false
	}
	art := i >= 1 && d.isWord(i-1) && articleBeforeAcronym.Value(d.str(i-1))
	// The known one after: "KV und TK".
	if k := i + 1; d.isWord(k) && isListWord(d.str(k)) {
		j := k + 1
		if art {
			if !d.isWord(j) || !articleBeforeAcronym.Value(d.str(j)) {
				return false
			}
			j++
		}
		if m, ok := d.matchOrg(j); ok && m.end == j+1 && m.term.ent >= 0 && !m.term.amb && d.toks[j].is(fCaps) {
			return true
		}
		return false
	}
	// The known one before: "TK und KV".
	k := i - 1
	if art {
		k--
	}
	if k < 1 || !d.isWord(k) || !isListWord(d.str(k)) || len(d.ms) == 0 {
		return false
	}
	last := &d.ms[len(d.ms)-1]
	p := k - 1
	if last.kind != Organization || last.te != k || last.ts != p || !d.toks[p].is(fCaps) {
		return false
	}
	pa := p >= 1 && d.isWord(p-1) && articleBeforeAcronym.Value(d.str(p-1))
	return pa == art
}

// bareAcronymPrep reports whether s is a preposition after which a body
// named by its acronym stands without an article, as firms and clubs do:
// "bei GAIS", "von RISM", "mit EOS". Things named by an acronym stand
// there too ("aus PVC", "mit LTE"): jargonAcronyms keeps them out.
func bareAcronymPrep(s string) bool {
	switch s {
	case "von", "bei", "mit", "Von", "Bei", "Mit":
		return true
	}
	return false
}

// isListWord reports whether s joins the items of a list.
func isListWord(s string) bool { return s == "und" || s == "oder" || s == "sowie" }

// movementVerbs say that a quantity moves or stands at a level: an
// acronym before them names a figure or an index ("das KVPR wuchs", "der
// ZKLB lag bei"), not a body.
//
// buildMovementVerbs returns the words of the table movementVerbs (generated: see the
// package's zz_generated_sets.go).
func buildMovementVerbs() map[string]bool {
	return map[string]bool{
		"wuchs": true, "wächst": true, "stieg": true, "steigt": true, "sank": true, "sinkt": true, "fiel": true,
		"fällt": true, "lag": true, "liegt": true, "betrug": true, "beträgt": true, "legte": true, "legt": true,
		"schrumpfte": true, "schrumpft": true, "kletterte": true, "klettert": true, "verlor": true, "verliert": true,
		"gewann": true, "gewinnt": true, "notierte": true, "notiert": true, "erreichte": true, "ging": true,
		"gab": true, "zog": true, "brach": true, "drehte": true, "schloss": true, "beendete": true,
	}
}

// acronymOrgAt: an unknown acronym of two to five capitals in the context
// of an organization: a role or a membership noun with "der"/"des" before
// it ("Sprecher der UMP", "Truppen der ISAF"), a compound with a role
// ("UMP-Chef"), or a verb of announcing after it ("die UMP forderte").
func (d *docState) acronymOrgAt(i int) int {
	t := &d.toks[i]
	if !t.is(fCaps) || d.flag(i, wStop|wRole|wTitle|wPlace|wLegalStart|wNonOrg|wGiven) {
		return i
	}
	s := d.str(i)
	if len(s) < 2 || len(s) > 5 {
		return i
	}
	for k := 0; k < len(s); k++ {
		if s[k] < 'A' || s[k] > 'Z' {
			return i
		}
	}
	if w := d.meta(i); w.id >= 0 {
		return i // part of a gazetteer name or a non-organization
	}
	if jargonAcronyms.Value(s) {
		return i
	}
	ok := false
	switch {
	case i >= 1 && d.isWord(i-1) && isDefiniteArticle(d.str(i-1)) && d.isWord(i+1) && d.toks[i+1].is(fSpace) &&
		(acronymAgentVerbs.Value(d.str(i+1)) || acronymOrgVerbs.Value(d.str(i+1))):
		ok = true // "das BLM will", "die KVPR teilte … mit"
	case i >= 1 && (d.str(i-1) == "laut" || d.str(i-1) == "Laut"):
		ok = true // "laut CIBJO"
	case i >= 2 && d.isWord(i-1) && (d.str(i-1) == "der" || d.str(i-1) == "des") && d.isUpperWord(i-2) &&
		(d.roleAt(i-2) != nil || acronymOrgNouns.Value(d.str(i-2))):
		ok = true
	case i+2 < len(d.toks) && d.toks[i+1].is(fHyphen) && d.joined(i) && d.joined(i+1) && d.isUpperWord(i+2) &&
		d.roleAt(i+2) != nil && !d.hyphenCont(i+3):
		ok = true
	case i+1 < len(d.toks) && d.isWord(i+1) && acronymOrgVerbs.Value(d.str(i+1)) && d.toks[i+1].is(fSpace):
		ok = true
	case len(s) >= 3 && i >= 1 && d.isWord(i-1) && articleBeforeAcronym.Value(d.str(i-1)) && d.acronymStandsAlone(i):
		ok = true // "der DRB", "beim KSV", "die GKN": an unknown acronym with an article names a body
	case len(s) >= 3 && i >= 1 && d.isWord(i-1) && bareAcronymPrep(d.str(i-1)) && d.acronymStandsAlone(i) &&
		!(d.isPunct(i+1, ".") && d.joined(i) && d.joined(i+1)) && !(i >= 2 && d.flag(i-2, wGiven)):
		ok = true // "bei GAIS", "von RISM": a body named by its acronym takes no article after these
	case d.coordinatedAcronym(i):
		ok = true // "KV und TK", "die BDA und der DGB": beside a known acronym, in the same form
	case len(s) >= 3 && i >= 4 && d.isPunct(i-1, "(") && d.isPunct(i+1, ")") && d.isUpperWord(i-2) && d.bodyNoun(i-2) &&
		d.isWord(i-3) && d.toks[i-3].is(fLower) && adjectiveEnding(d.str(i-3)) && d.isWord(i-4) && isDefiniteArticle(d.str(i-4)):
		// "der portugiesischen Liga ( LPFP )": the short name of the body
		// just named, by its definite article and adjective; not "eine
		// Nichtregierungsorganisation (NGO)", a class of bodies.
		ok = true
	}
	if !ok {
		return i
	}
	d.emitRuleOrg(i, i+1, OtherOrg)
	return i + 1
}

// mixedAcronymAt: an unknown acronym that keeps a small letter of a
// function word or a syllable ("GdP", "VdK", "RFdS", "WKStA": der, des,
// Staats-), after a definite article or contraction and standing alone
// (acronymStandsAlone), is a body, as acronymOrgAt takes "der DRB": "die
// GdP fordert …", "beim VdK". A camel-case word ("die PlayStation"), a
// plural ("die IDs"), a law that jargonAcronyms names ("nach der StVO")
// or a known word is not.
func (d *docState) mixedAcronymAt(i int) int {
	s := d.str(i)
	if !mixedAcronym(s) || i < 1 || !d.isWord(i-1) || !articleBeforeAcronym.Value(d.str(i-1)) ||
		d.flag(i, wStop|wRole|wTitle|wPlace|wLegalStart|wNonOrg|wGiven|wClub) || d.meta(i).id >= 0 ||
		jargonAcronyms.Value(s) || !d.acronymStandsAlone(i) {
		return i
	}
	d.emitRuleOrg(i, i+1, OtherOrg)
	return i + 1
}

// mixedAcronym reports whether s is an acronym of three to six ASCII
// letters with small letters inside: it starts with two capitals or a
// capital and one small letter, holds at least two capitals, and no two
// small letters stand together ("GdP", "RFdS", "VKSt"; not "BaFin",
// "PlayStation", nor a plural "IDs" or "PCs").
func mixedAcronym(s string) bool {
	if len(s) < 3 || len(s) > 6 || s[0] < 'A' || s[0] > 'Z' || s[len(s)-1] == 's' {
		return false
	}
	caps, lower := 0, false
	for k := 0; k < len(s); k++ {
		switch c := s[k]; {
		case 'A' <= c && c <= 'Z':
			caps++
			lower = false
		case 'a' <= c && c <= 'z':
			if lower {
				return false
			}
			lower = true
		default:
			return false
		}
	}
	return caps >= 2
}
