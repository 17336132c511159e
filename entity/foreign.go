package entity

import "strings"

// Rules for organizations named in English inside German text: a run of
// capitalized English words that ends in a word naming a kind of body
// ("Forestry Commission", "Kuwait National Airways", "Buena Vista
// Winery"), with an optional "of" tail ("Board of Governors").

// englishOrgHeads end English names of organizations, with the type they
// give.
//
// buildEnglishOrgHeads returns the words of the table englishOrgHeads (generated: see the
// package's zz_generated_sets.go).
func buildEnglishOrgHeads() map[string]Type {
	return map[string]Type{
		"Commission": Government, "Council": Government, "Board": OtherOrg, "Authority": Government,
		"Agency": Government, "Bureau": OtherOrg, "Department": Government, "Office": Government,
		"Airways": Company, "Airlines": Company, "Railway": Company, "Railways": Company, "Railroad": Company,
		"Hotel": Company, "Theatre": OtherOrg, "School": OtherOrg, "College": ResearchInstitute,
		"Academy": OtherOrg, "Institute": ResearchInstitute, "Foundation": OtherOrg, "Society": Association,
		"Association": Association, "Federation": Association, "League": Association, "Union": Association,
		"Winery": Company, "Brewery": Company, "Company": Company, "Corporation": Company,
		"Records": Company, "Studios": Company, "Pictures": Company, "Partners": Company,
		"Band": OtherOrg, "Orchestra": OtherOrg, "Museum": OtherOrg, "Gallery": OtherOrg,
		"Hospital": OtherOrg, "Systems": Company, "Technologies": Company, "Industries": Company,
		"Holdings": Company, "Motors": Company, "Magazine": Media, "Times": Media, "Post": Media,
		"Worldwide": Company, "Comics": Media, "Radio": Media,
	}
}

// germanAdjectiveEndings end capitalized German adjectives that stand
// before an English head without being part of its name ("Neues Hotel").
var germanAdjectiveEndings = []string{"isches", "ische", "ischen", "liche", "lichen", "liches", "es", "en", "em"}

// englishOrgAt: at an English head word, one to four capitalized English
// words before it (not German nouns, not roles, titles or stop words; an
// English "and" or "&" between two of them: "Chicago and Paducah
// Railroad") and
// an optional "of" with one to three capitalized words after it name an
// organization. A head with no name before it ("das Board") or German
// words before it ("das neue Board", "Berliner Hotel") is none.
func (d *docState) englishOrgAt(i int) int {
	t := &d.toks[i]
	if i == 0 || !t.is(fUpper) || t.is(fCaps) || !d.isUpperWord(i-1) {
		return i
	}
	typ, ok := englishOrgHeads.Get(d.str(i))
	if !ok || d.hyphenCont(i+1) {
		return i
	}
	start, plain := i, -1 // plain: the start before an "and" was crossed
	for k := i - 1; k >= 0 && i-k <= 5; k-- {
		if k >= 1 && start == k+1 && (d.isWord(k) && d.str(k) == "and" || d.isPunct(k, "&")) && d.toks[k].is(fSpace) &&
			d.toks[k+1].is(fSpace) && d.englishNameWord(k-1) && !d.toks[k-1].is(fSentStart) {
			if plain < 0 {
				plain = start
			}
			continue // "Chicago and North Western Railway": in German text an English "and" is inside a name
		}
		if !d.englishNameWord(k) || !d.toks[k+1].is(fSpace) {
			break
		}
		if _, _, head := d.headType(k); head {
			break // "die Band Tokio Hotel": a German head before the name
		}
		if s := d.str(k); s == "New" && k+1 < i && strings.HasSuffix(d.str(k+1), "er") {
			break
		}
		start = k
		if d.toks[k].is(fSentStart) {
			break
		}
	}
	if start < i && start > 0 && d.toks[start].is(fSpace) && (d.str(start-1) == "The" || d.codeWord(start-1)) {
		start-- // "The Dave Matthews Band", "3S Swiss Solar Systems"
	}
	if start < i && plain >= 2 && start < plain-1 && len(d.ms) > 0 {
		// "Lindsey School & Community Arts College": an English name
		// that ends in a head, an "&" and a second one name one body.
		if last := &d.ms[len(d.ms)-1]; last.te == plain-1 && last.kind == Organization && last.byRule && d.isPunct(plain-1, "&") && englishOrgHeads.Has(d.str(last.te-1)) {
			start = last.ts
			d.ms = d.ms[:len(d.ms)-1]
			plain = -1
		}
	}
	if start < i && plain >= 0 && (start >= plain || !d.freeFrom(start)) {
		start = plain // the words before "and" were no name, or another name holds them
	}
	if start == i || !d.freeFrom(start) {
		return i
	}
	end := i + 1
	if d.isWord(end) && d.str(end) == "of" {
		k := end + 1
		for k < len(d.toks) && k-end <= 3 && d.isUpperWord(k) && isASCIIWord(d.str(k)) && !d.flag(k, wStop) {
			k++
		}
		if k > end+1 {
			end = k
		}
	}
	if d.isUpperWord(end) && d.toks[end].is(fSpace) && isASCIIWord(d.str(end)) && !d.flag(end, wStop) {
		return i // the name goes on in words this rule does not know
	}
	d.emitRuleOrg(start, end, typ)
	return end
}

// personOrgAt: "die Dave Matthews Band", "am Lee Strasberg Theatre": a
// given name, one or two surnames and an English organization head name an
// organization after a person. An optional "The" before belongs to it. The
// name must end at the head ("Dave Matthews Band Tour" is left alone).
func (d *docState) personOrgAt(i int) int {
	if !d.flag(i, wGiven) || !d.nameWord(i+1) {
		return i
	}
	h := i + 1
	for ; h <= i+3; h++ {
		if !d.nameWord(h) || d.flag(h, wRole|wTitle|wLegalStart) || !isASCIIWord(d.str(h)) && h > i+1 {
			return i
		}
		if _, ok := englishOrgHeads.Get(d.str(h)); ok {
			if h == i+1 {
				return i // no surname: "Lindsey School"
			}
			break
		}
	}
	if h > i+3 {
		return i
	}
	typ := englishOrgHeads.Value(d.str(h))
	end := h + 1
	if d.hyphenCont(end) || d.nameWord(end) && !d.flag(end, wStop) {
		return i
	}
	start := i
	if i > 0 && d.isWord(i-1) && d.str(i-1) == "The" && d.toks[i].is(fSpace) && d.freeFrom(i-1) {
		start = i - 1
	}
	d.emitRuleOrg(start, end, typ)
	return end
}

// romanceOrgHead reports whether s starts names of organizations in
// French, Italian, Spanish or Portuguese, with the type it gives (a switch,
// not a map: it runs at every capitalized word no other rule took).
func romanceOrgHead(s string) (Type, bool) {
	switch s {
	case "Compagnia", "Compañía", "Companhia", "Compagnie", "Société", "Sociedad", "Società", "Sociedade", "Groupe", "Gruppo", "Grupo":
		return Company, true
	case "Banca", "Banco":
		return Bank, true
	case "Fédération", "Federación", "Federazione", "Federação", "Associazione", "Asociación", "Associação", "Confédération", "Confederación", "Confederazione":
		return Association, true
	case "Partido", "Partito", "Parti", "Unión", "Unione", "Agence", "Agencia", "Agenzia", "Fundación", "Fondazione", "Fundação", "Fondation", "Consejo", "Consiglio", "Conseil":
		return OtherOrg, true
	case "Istituto", "Instituto":
		return ResearchInstitute, true
	}
	return 0, false
}

// romanceConnectors join the words of such a name: "Banca di Roma".
//
// buildRomanceConnectors returns the words of the table romanceConnectors (generated: see the
// package's zz_generated_sets.go).
func buildRomanceConnectors() map[string]bool {
	return map[string]bool{
		"de": true, "del": true, "della": true, "delle": true, "dei": true, "des": true, "du": true, "di": true,
		"la": true, "le": true, "les": true, "el": true, "los": true, "las": true, "y": true, "e": true, "et": true,
		"per": true, "pour": true, "do": true, "da": true, "dos": true, "d'": true, "l'": true,
	}
}

// romanceAdjectiveEndings end lower-case adjectives that may follow such a
// head directly: "Fédération romande", "Compagnia italiana".
var romanceAdjectiveEndings = []string{"ande", "aise", "ana", "ano", "ale", "ica", "ico", "ese", "ina", "ino", "ense", "ola", "ais", "al"}

// romanceStartByte reports whether c may start a head word of
// romanceOrgAt (its first test, which recallAt makes too).
func romanceStartByte(c byte) bool {
	switch c {
	case 'A', 'B', 'C', 'F', 'G', 'I', 'P', 'S', 'U':
		return true
	}
	return false
}

// romanceOrgAt: "Compagnia Aerea Italiana", "Fédération romande", "Banca
// di Cividale": a Romance head word and the capitalized words after it
// (joined by de, di, della, …), or one Romance adjective in lower case.
func (d *docState) romanceOrgAt(i int) int {
	t := &d.toks[i]
	if n := t.end - t.start; n < 5 || n > 16 {
		return i
	}
	// Cheap test first: the first and last bytes of the head words.
	if !romanceStartByte(d.text[t.start]) {
		return i
	}
	if !romanceEndByte(d.text[t.end-1]) {
		return i
	}
	typ, ok := romanceOrgHead(d.str(i))
	if !ok || d.hyphenCont(i+1) {
		return i
	}
	end := i + 1
	for end < len(d.toks) && end-i < 9 {
		if d.nameWord(end) {
			end++
			continue
		}
		if d.isWord(end) && romanceConnectors.Value(d.str(end)) && d.nameWord(end+1) {
			end += 2
			continue
		}
		break
	}
	if end == i+1 && d.isWord(end) && d.toks[end].is(fLower) && d.toks[end].is(fSpace) &&
		hasSuffixIn(d.lowerB(end), romanceAdjectiveEndings, 2) && !d.isUpperWord(end+1) {
		end++ // "Fédération romande"
	}
	if end == i+1 || d.hyphenCont(end) {
		return i
	}
	d.emitRuleOrg(i, end, typ)
	return end
}

// romanceEndByte is a cheap test of the last byte of romanceOrgAt's head
// words (à and é end in A0 and A9).
func romanceEndByte(c byte) bool {
	switch c {
	case 'a', 'd', 'e', 'i', 'l', 'n', 'o', 0xA0, 0xA9:
		return true
	}
	return false
}

// englishNameWord reports whether token k can be a word of an English
// name: capitalized ASCII, no German noun by its ending, no role, title,
// given name or stop word, no place adjective ("Berliner").
func (d *docState) englishNameWord(k int) bool {
	if !d.isUpperWord(k) {
		return false
	}
	s := d.str(k)
	if !isASCIIWord(s) || len(s) < 2 || d.flag(k, wStop|wRole|wTitle|wLegalStart) || d.roleAt(k) != nil {
		return false
	}
	if d.toks[k].is(fSentStart) && d.flag(k, wPlace) {
		return true
	}
	if _, _, head := d.headType(k); head {
		return false // "Weinbaubetrieb Buena Vista Winery": the descriptor stays out
	}
	if k > 0 && d.str(k-1) == "New" && len(s) > 4 && s[len(s)-2:] == "er" {
		return false // "New Yorker": a place adjective
	}
	return !d.nounLike(k) && !d.placeAdjective(k) && !isGermanNameWord(s)
}

// isGermanNameWord reports capitalized German words that often stand before
// an English head in German text without being part of the name ("Neues
// Hotel"): adjectives by their endings.
func isGermanNameWord(s string) bool {
	n := len(s)
	for _, suf := range germanAdjectiveEndings {
		if n > len(suf)+2 && s[n-len(suf):] == suf {
			return true
		}
	}
	return false
}

// countWords are cardinal number words that count the noun after them.
//
// buildCountWords returns the words of the table countWords (generated: see the
// package's zz_generated_sets.go).
func buildCountWords() map[string]bool {
	return map[string]bool{
		"zwei": true, "drei": true, "vier": true, "fünf": true, "sechs": true, "sieben": true, "acht": true,
		"neun": true, "zehn": true, "elf": true, "zwölf": true, "zwanzig": true, "dreißig": true, "hundert": true,
		"tausend": true, "mehrere": true, "etliche": true, "einige": true,
	}
}

// countBefore reports whether the word before token i counts it: a number
// word or a figure that is no year ("sieben RBI", "12 PS", but "seit 2019
// BASF …" keeps its organization).
func (d *docState) countBefore(i int) bool {
	if i == 0 || !d.isWord(i-1) || !d.toks[i].is(fSpace) {
		return false
	}
	s := d.str(i - 1)
	if d.toks[i-1].is(fDigit) {
		for k := 0; k < len(s); k++ {
			if s[k] < '0' || s[k] > '9' {
				return false
			}
		}
		return len(s) != 4 || s[0] != '1' && s[0] != '2'
	}
	return countWords.Value(s)
}

// codeWord reports whether token k is a short code of digits and capitals
// that starts a company name ("3S", "4K").
func (d *docState) codeWord(k int) bool {
	if !d.isWord(k) || !d.toks[k].is(fDigit) {
		return false
	}
	s := d.str(k)
	if len(s) < 2 || len(s) > 4 || s[0] < '1' || s[0] > '9' {
		return false
	}
	for j := 1; j < len(s); j++ {
		if c := s[j]; !('0' <= c && c <= '9' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return s[len(s)-1] >= 'A'
}
