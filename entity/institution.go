package entity

import (
	"strings"
)

// Rules for organizations named by a pattern of German naming rather
// than by the gazetteer: regional banks named by their place ("Volksbank
// Mittelhessen"), institutions named after a person ("Otto-Schott-
// Gymnasium"), sports clubs ("FC Carl Zeiss Jena", "Stoke City") and
// bodies with a prepositional name ("Bundesstiftung zur Aufarbeitung der
// SED-Diktatur"). Each rule is one mechanism over a table of words.

// regionalBankHeads are the words that make a regional bank with the place
// after them: "Sparkasse Hannover", "Volksbank Mittelhessen eG".
//
// buildRegionalBankHeads returns the words of the table regionalBankHeads (generated: see the
// package's zz_generated_sets.go).
func buildRegionalBankHeads() map[string]bool {
	return map[string]bool{
		"Sparkasse": true, "Stadtsparkasse": true, "Kreissparkasse": true, "Bezirkssparkasse": true,
		"Verbandssparkasse": true, "Landessparkasse": true, "Zweckverbandssparkasse": true,
		"Volksbank": true, "Raiffeisenbank": true, "Landesbank": true, "Raiffeisenlandesbank": true,
		"Genossenschaftsbank": true, "Bürgerbank": true,
	}
}

// regionalBankPrefixes start a two-word bank head: "VR-Bank", "VR Bank",
// "Sparda-Bank", "PSD Bank".
//
// buildRegionalBankPrefixes returns the words of the table regionalBankPrefixes (generated: see the
// package's zz_generated_sets.go).
func buildRegionalBankPrefixes() map[string]bool {
	return map[string]bool{"VR": true, "PSD": true, "Sparda": true}
}

// placeSuffixes end German place and region names: "Mittelhessen",
// "Pforzheim", "Göttingen", "Kraichgau". Endings that also end common
// nouns of business news ("-tal" as in Kapital, "-land" as in Ausland)
// are left out.
var placeSuffixes = []string{
	"hausen", "heim", "burg", "berg", "dorf", "feld", "felde", "stadt", "furt", "bach", "ingen",
	"hessen", "sachsen", "franken", "pfalz", "westfalen", "holstein", "schwaben", "bayern",
	"friesland", "gau", "gäu", "brück", "brücken", "hagen", "kirchen", "rode", "wald", "münde",
}

// clubWords are words that start a sports club's name when a place follows:
// "Fortuna Köln", "Dynamo Dresden"; "Fortuna war ihm hold" is no club.
//
// buildClubWords returns the words of the table clubWords (generated: see the
// package's zz_generated_sets.go).
func buildClubWords() map[string]bool {
	return map[string]bool{
		"Eintracht": true, "Borussia": true, "Fortuna": true, "Hertha": true, "Dynamo": true,
		"Werder": true, "Arminia": true, "Alemannia": true, "Kickers": true, "Viktoria": true, "Germania": true,
	}
}

// englishClubSuffixes end English club names after a place: "Stoke City",
// "Leeds United", "Blackburn Rovers".
//
// buildEnglishClubSuffixes returns the words of the table englishClubSuffixes (generated: see the
// package's zz_generated_sets.go).
func buildEnglishClubSuffixes() map[string]bool {
	return map[string]bool{
		"City": true, "United": true, "Town": true, "Rovers": true, "Wanderers": true,
		"Athletic": true, "Rangers": true, "Albion": true, "County": true, "Hotspur": true,
	}
}

// englishNonClubs are names ending in a club suffix that are places,
// games or films: "New York City", "Mexico City", "Cape Town". The key
// is the word before the suffix.
//
// buildEnglishNonClubs returns the words of the table englishNonClubs (generated: see the
// package's zz_generated_sets.go).
func buildEnglishNonClubs() map[string]bool {
	return map[string]bool{
		"York": true, "Mexico": true, "Kansas": true, "Lake": true, "Panama": true, "Vatican": true,
		"Minh": true, "Guatemala": true, "Carson": true, "Atlantic": true, "Jersey": true, "Quezon": true,
		"Iowa": true, "Sioux": true, "Ocean": true, "Sin": true, "Sim": true, "Gotham": true, "Emerald": true,
		"Cape": true, "George": true, "China": true, "Down": true, "Old": true, "Island": true, "Culver": true,
		"Dodge": true, "Rapid": true, "Mega": true, "Kuwait": true, "Manila": true, "Orange": true,
		"Big": true, "Inner": true,
	}
}

// institutionSuffixes end words that name an institution: after a
// person's name ("Otto-Schott-Gymnasium", "Max-Planck-Institut") and
// before a prepositional name ("Bundesstiftung zur Aufarbeitung …",
// "Zentrum für Europäische Wirtschaftsforschung").
var institutionSuffixes = []string{
	"stiftung", "gymnasium", "schule", "institut", "klinikum", "klinik", "krankenhaus", "museum",
	"universität", "hochschule", "akademie", "gesellschaft", "zentrum", "zentrale", "bibliothek",
	"kolleg", "archiv", "anstalt", "orchester",
	// Bodies and offices with a prepositional name: "Verein für
	// Socialpolitik", "Landesamt für Umwelt", "Agentur für Arbeit",
	// "Behörde für Wirtschaft", "Ausschuss für Wirtschaft und Energie".
	"verein", "verband", "amt", "agentur", "behörde", "kommission", "ausschuss",
}

// notInstitutions end in an institution word but are common nouns:
// "Anstiftung zur …", "Konzernzentrale für Europa".
//
// buildNotInstitutions returns the words of the table notInstitutions (generated: see the
// package's zz_generated_sets.go).
func buildNotInstitutions() map[string]bool {
	return map[string]bool{
		"Anstiftung": true, "Brandstiftung": true, "Stadtzentrum": true, "Ortszentrum": true,
		"Einkaufszentrum": true, "Konzernzentrale": true, "Firmenzentrale": true, "Unternehmenszentrale": true,
		"Zivilgesellschaft": true, "Informationsgesellschaft": true, "Wissensgesellschaft": true,
		"Konsumgesellschaft": true, "Mehrheitsgesellschaft": true, "Tochtergesellschaft": true,
		"Muttergesellschaft": true, "Zweckgesellschaft": true,
		"Ehrenamt": true, "Hauptamt": true, "Nebenamt": true, "Insgesamt": true, "Gesamt": true, "Samt": true,
	}
}

// phraseNouns after "für", "zur", "zum" make a set phrase, not a name:
// "stellt die Stiftung zur Verfügung", "sorgte das Institut für
// Aufsehen", "die Schule zum Beginn der Ferien".
//
// buildPhraseNouns returns the words of the table phraseNouns (generated: see the
// package's zz_generated_sets.go).
func buildPhraseNouns() map[string]bool {
	return map[string]bool{
		"Verfügung": true, "Zeit": true, "Teil": true, "Beispiel": true, "Schluss": true, "Folge": true,
		"Ausdruck": true, "Sprache": true, "Einsatz": true, "Kasse": true, "Opfer": true, "Stelle": true,
		"Seite": true, "Glück": true, "Vergleich": true, "Not": true, "Beginn": true, "Start": true,
		"Auftakt": true, "Abschluss": true, "Jahresende": true, "Zeitpunkt": true, "Stichtag": true,
		"Debatte": true, "Diskussion": true, "Abstimmung": true, "Wahl": true, "Last": true, "Rede": true,
		"Hilfe": true, "Rettung": true, "Kenntnis": true, "Ruhe": true, "Wehr": true, "Anwendung": true,
		"Welt": true, "Prüfung": true, "Entscheidung": true, "Aufsehen": true, "Unruhe": true, "Kritik": true,
		"Ärger": true, "Schlagzeilen": true, "Klarheit": true, "Empörung": true, "Verwirrung": true,
		"Diskussionen": true, "Gesprächsstoff": true, "Furore": true, "Stimmung": true, "Überraschung": true,
		"Irritationen": true, "Entlastung": true, "Aufregung": true, "Verunsicherung": true, "Spekulationen": true,
		"Jahr": true, "Jahre": true, "Jahren": true, "Monat": true, "Monate": true, "Tag": true, "Woche": true,
		"Quartal": true, "Geschäftsjahr": true, "Mittag": true, "Abend": true, "Morgen": true, "Ende": true,
		"Anfang": true, "Mitte": true, "Auszahlung": true, "Verlängerung": true, "Unterschrift": true,
	}
}

// bareInstitutions are institution words that alone are common nouns: a
// prepositional name after them needs an article or a capitalized
// adjective before ("das Zentrum für Kunst", "Deutsche Gesellschaft für
// …"), never "ein Zentrum für Kinder".
//
// buildBareInstitutions returns the words of the table bareInstitutions (generated: see the
// package's zz_generated_sets.go).
func buildBareInstitutions() map[string]bool {
	return map[string]bool{
		"Stiftung": true, "Zentrum": true, "Zentrale": true, "Institut": true, "Akademie": true,
		"Gesellschaft": true, "Museum": true, "Archiv": true, "Anstalt": true, "Bibliothek": true,
		"Schule": true, "Klinik": true, "Kolleg": true,
		"Verein": true, "Verband": true, "Amt": true, "Agentur": true, "Behörde": true, "Kommission": true,
		"Ausschuss": true,
	}
}

// namedAfterSuffixes end compounds named after a person that are no
// organization: streets, places, prizes, buildings ("Carl-Zeiss-Straße",
// "Werner-von-Siemens-Ring").
var namedAfterSuffixes = []string{
	"straße", "strasse", "platz", "allee", "weg", "ring", "preis", "medaille", "plakette", "arena",
	"stadion", "halle", "brücke", "denkmal", "turm", "park", "haus", "saal", "bau", "ufer", "damm",
	"gasse", "tunnel", "kaserne", "steg", "hafen", "bad", "garten", "hof", "tag", "jahr", "zeit",
}

// hasSuffixIn reports whether lw (lower case) ends in one of sufs with at
// least rest bytes before it.
func hasSuffixIn(lw []byte, sufs []string, rest int) bool {
	for _, s := range sufs {
		// The last bytes first: a compare of one byte rejects most. (An
		// empty suffix ends every word.)
		if n := len(s); len(lw) >= n+rest && (n == 0 || lw[len(lw)-1] == s[n-1]) && string(lw[len(lw)-n:]) == s {
			return true
		}
	}
	return false
}

// bankHeadEnd returns the end of a regional bank head word starting at
// token i ("Sparkasse", "VR-Bank", "PSD Bank"), or i.
func (d *docState) bankHeadEnd(i int) int {
	if !d.isUpperWord(i) {
		return i
	}
	s := d.word(i)
	if regionalBankHeads.Value(s) {
		return i + 1
	}
	if !regionalBankPrefixes.Value(s) {
		return i
	}
	if d.hyphenCont(i+1) && d.str(i+2) == "Bank" {
		return i + 3
	}
	if d.isWord(i+1) && d.toks[i+1].is(fSpace) && d.str(i+1) == "Bank" {
		return i + 2
	}
	return i
}

// placeWord reports whether token j reads as the name of a place: a known
// place, a word with a place-name ending, or a compound of capitalized
// words that are no common nouns ("Köln-Bonn", "Rhein-Neckar").
func (d *docState) placeWord(j int) bool {
	if !d.nameWord(j) && !(j > 0 && d.isPunct(j-1, "/") && d.isUpperWord(j)) {
		return false
	}
	if d.flag(j, wPlace) {
		return true
	}
	if d.toks[j].is(fCaps) || d.flag(j, wRole|wTitle|wLegalStart|wGiven|wNonOrg) {
		return false
	}
	if hasSuffixIn(d.lowerB(j), placeSuffixes, 2) && !d.bizWord(j) {
		return true
	}
	if d.hyphenCont(j + 1) {
		for k := j; ; k += 2 {
			if !d.isUpperWord(k) || d.toks[k].is(fCaps) || d.nounLike(k) || d.flag(k, wStop) {
				return false
			}
			if !d.hyphenCont(k + 1) {
				return true
			}
		}
	}
	return false
}

// placeEnd returns the end of the place name starting at token j (one or
// two place words, hyphen compounds, "Bad Homburg", "Rhein/Main"), or j.
func (d *docState) placeEnd(j int) int {
	end := j
	for n := 0; n < 2; n++ {
		k := end
		if d.nameWord(k) && d.str(k) == "Bad" && d.placeWordOrName(k+1) {
			k++ // "Bad Homburg"
		} else if !d.placeWord(k) && !(n > 0 && d.regionWord(k)) {
			break
		}
		k++
		for d.hyphenCont(k) && d.isUpperWord(k+1) {
			k += 2
		}
		for d.isPunct(k, "/") && d.joined(k-1) && d.joined(k) && d.isUpperWord(k+1) {
			k += 2 // "Rhein/Main", "Odenhausen/Lahn"
			for d.hyphenCont(k) && d.isUpperWord(k+1) {
				k += 2
			}
		}
		end = k
	}
	return end
}

// placeWordOrName is placeWord or any capitalized name word that is no
// common noun (after "Bad").
func (d *docState) placeWordOrName(j int) bool {
	return d.placeWord(j) || d.nameWord(j) && !d.nounLike(j) && !d.flag(j, wStop|wRole|wGiven)
}

// nameSlot reports whether a capitalized word after the bank head at i
// can only be part of its name: the head opens the sentence, with or
// without an article, or follows a preposition or a noun ("bei der
// Sparkasse …", "Chef der Volksbank …"). After a verb or a conjunction
// ("zahlt die Sparkasse Zinsen", "dass die Sparkasse Gebühren …") an
// object may follow instead.
func (d *docState) nameSlot(i int) bool {
	p := i - 1
	if p >= 0 && d.isWord(p) && isDefiniteArticle(d.str(p)) {
		if d.toks[p].is(fSentStart) {
			return true
		}
		p--
	}
	if d.toks[p+1].is(fSentStart) {
		return true
	}
	if p < 0 || !d.isWord(p) && !d.isPunct(p, ",") {
		return false
	}
	if d.isUpperWord(p) && !d.flag(p, wStop) {
		return true // "Chef der Volksbank …"
	}
	if p+1 < i && (d.isPunct(p, ",") || d.str(p) == "und" || d.str(p) == "sowie" || d.str(p) == "oder") {
		return true // a list: "…, die Volksbank Etruria sowie …"
	}
	return bankPrepositions.Value(d.word(p))
}

// bankPrepositions stand before "(der) Sparkasse …" as a name.
//
// buildBankPrepositions returns the words of the table bankPrepositions (generated: see the
// package's zz_generated_sets.go).
func buildBankPrepositions() map[string]bool {
	return map[string]bool{
		"bei": true, "von": true, "mit": true, "an": true, "in": true, "für": true, "gegen": true, "über": true,
		"durch": true, "aus": true, "nach": true, "vor": true, "zu": true, "zur": true, "beim": true, "vom": true,
		"Bei": true, "Von": true, "Mit": true, "Gegen": true, "Für": true, "Zur": true, "Beim": true, "Vom": true,
		"laut": true, "Laut": true, "seitens": true, "Seitens": true,
	}
}

// bankObjects are nouns that follow a bank as the object of a verb at the
// end ("… die Sparkasse Gebühren erhöht"), not as its place.
//
// buildBankObjects returns the words of the table bankObjects (generated: see the
// package's zz_generated_sets.go).
func buildBankObjects() map[string]bool {
	return map[string]bool{
		"Geld": true, "Kapital": true, "Gebühren": true, "Konten": true, "Einlagen": true, "Darlehen": true,
		"Hypotheken": true, "Provisionen": true, "Mitglieder": true, "Stellen": true, "Personal": true,
		"Immobilien": true, "Anteile": true, "Vermögen": true, "Boni": true, "Sparer": true, "Anleihen": true,
		"Zins": true, "Gebühr": true, "Bargeld": true, "Kapitalpuffer": true, "Rücklagen": true, "Reserven": true,
		"Bank": true, "Banken": true, "Sparkasse": true, "Sparkassen": true, "Volksbank": true,
	}
}

// regionWords follow a place in the name of a regional bank: "Sparkasse
// Wuppertal Nord", "Sparda-Bank Südwest".
//
// buildRegionWords returns the words of the table regionWords (generated: see the
// package's zz_generated_sets.go).
func buildRegionWords() map[string]bool {
	return map[string]bool{
		"Nord": true, "Süd": true, "Ost": true, "West": true, "Nordwest": true, "Südwest": true,
		"Nordost": true, "Südost": true, "Mittelrhein": true, "Oberrhein": true, "Niederrhein": true,
	}
}

// regionWord reports whether token j is a word of regionWords standing on
// its own.
func (d *docState) regionWord(j int) bool {
	return d.isUpperWord(j) && d.toks[j].is(fSpace) && regionWords.Value(d.word(j))
}

// afterBankHead reports whether token i follows a regional bank head
// ("Sparkasse", "Sparda-Bank", "PSD Bank").
func (d *docState) afterBankHead(i int) bool {
	if i < 1 || d.meta(i-1).flags&wBankHead == 0 && d.str(i-1) != "Bank" {
		return false
	}
	for h := max(0, i-3); h < i; h++ {
		if d.bankHeadEnd(h) == i {
			return true
		}
	}
	return false
}

// bankAt: a regional bank head and its place make one bank: "Volksbank
// Mittelhessen", "Sparkasse Köln-Bonn", "VR-Bank Rhein-Neckar eG". A
// head without a place ("die Sparkasse hat geöffnet") is any savings bank,
// a common noun, and not reported. A gazetteer name at least as long wins.
func (d *docState) bankAt(i int, m orgMatch, ok bool) int {
	h := d.bankHeadEnd(i)
	if h == i {
		return i
	}
	end := d.placeEnd(h)
	if end == h {
		// An unknown place ("Wuppertal", "Südwest") is taken where no
		// object can stand after the bank ("Die Sparkasse Wuppertal
		// schließt …", "bei der Volksbank Lahr", not "dann verlangt die
		// Sparkasse Gebühren"), or when a cooperative's legal form
		// follows ("… Volksbank Lahr eG").
		if d.nameWord(h) && !d.nounLike(h) && !d.flag(h, wStop|wRole|wGiven|wTitle|wLegalStart) && !bankObjects.Value(d.word(h)) &&
			(d.nameSlot(i) || d.legalAt(h+1) > h+1) {
			end = h + 1
			if d.placeWord(end) || d.regionWord(end) {
				end++ // "Sparkasse Wuppertal Nord"
			}
		}
		if end == h {
			return i
		}
	}
	if le := d.legalAt(end); le > end {
		end = le
	}
	if ok && m.end >= end {
		return i // the gazetteer knows it
	}
	d.emitRuleOrg(i, end, Bank)
	return end
}

// personCompoundAt: a hyphen compound of three or more parts starting
// with a given name is named after a person. With an institution head it
// is one organization ("Otto-Schott-Gymnasium", "Max-Planck-Institut für
// Kernphysik"); with a street, place or prize head it is none, and the
// company in it is not that company ("Carl-Zeiss-Straße",
// "Werner-von-Siemens-Ring"). Other heads ("Mercedes-Benz-Aktie") are left
// to the other rules; a gazetteer name covering the whole compound
// ("Robert-Bosch-Stiftung") wins.
func (d *docState) personCompoundAt(i int, m orgMatch, ok bool) int {
	j, parts := i, 1
	for parts < 6 && d.hyphenCont(j+1) {
		j += 2
		parts++
	}
	if parts < 3 || !d.isUpperWord(j) || d.toks[j].is(fCaps) {
		return i
	}
	end := j + 1
	if end < len(d.toks) && d.toks[end].is(fHyphen) && d.joined(j) {
		return i // "Otto-Hahn-Gymnasium-Schüler" is longer than six parts or dangling
	}
	if ok && m.end >= end {
		return i
	}
	lw := d.lowerB(j)
	switch {
	case institutionSet.endsIn(lw, -1):
		typ := institutionType(lw) // before d.buf is used again
		if tail := d.prepTailEnd(end); tail > end {
			end = tail
		} else if d.placeWordOrName(end) && !d.isUpperWord(end+1) && !d.startsOrg(end) {
			end++ // "Friedrich-Schiller-Universität Jena"
		}
		// "Robert-Bosch-Stiftung" is the gazetteer's "Robert Bosch Stiftung".
		b := d.spanName(i, end)
		for k, c := range b {
			if c == '-' {
				b[k] = ' '
			}
		}
		if e := d.ix.named(string(b)); e != nil {
			d.emitOrg(i, end, e, false, true)
			return end
		}
		d.emitRuleOrg(i, end, typ)
		return end
	case hasSuffixIn(lw, namedAfterSuffixes, 0):
		return end // nothing in it is reported
	}
	return i
}

// prepNext is the cheap test of institutionAt: token i+1 has the first
// byte and the length of "für" (NFC or NFD), "zur" or "zum".
func (d *docState) prepNext(i int) bool {
	if i+1 >= len(d.toks) {
		return false
	}
	t := &d.toks[i+1]
	switch d.text[t.start] {
	case 'f':
		return t.end-t.start == 4 || t.end-t.start == 5
	case 'z':
		return t.end-t.start == 3
	}
	return false
}

// institutionAt: an institution word and a prepositional name,
// "Bundesstiftung zur Aufarbeitung der SED-Diktatur", "Zentrum für
// Europäische Wirtschaftsforschung", "Deutsche Gesellschaft für
// Ernährung". A bare word ("Stiftung", "Zentrum") needs a definite
// article or a capitalized adjective before it; after "ein", "sein" and
// the like it is a common noun.
func (d *docState) institutionAt(i int) int {
	if !d.prepNext(i) || !d.isWord(i+1) || !isNamePrep(d.word(i+1)) {
		return i
	}
	if !d.isUpperWord(i) || d.toks[i].is(fCaps) || d.flag(i, wStop|wRole|wTitle) || d.inCompound(i) {
		return i
	}
	w := d.word(i)
	word := w
	gen := i >= 1 && len(w) >= 5 && w[len(w)-1] == 's' && d.isWord(i-1) && d.str(i-1) == "des"
	if !gen && !institutionSet.mayEnd(d, i) {
		return i // the cheap test first: the last byte
	}
	lw := d.lowerB(i)
	if gen {
		// The genitive: "des Vereins für …", "des Amtes für …".
		n := 1
		if !institutionSet.endsIn(lw[:len(lw)-1], -1) && w[len(w)-2] == 'e' {
			n = 2
		}
		w, lw = w[:len(w)-n], lw[:len(lw)-n]
	}
	if !institutionSet.endsIn(lw, -1) || notInstitutions.Value(w) {
		return i
	}
	typ := institutionType(lw) // before d.buf is used again
	end := d.prepTailEnd(i + 1)
	if end == i+1 {
		return i
	}
	start := i
	adj := i >= 1 && d.isUpperWord(i-1) && !d.toks[i-1].is(fCaps) && d.toks[i].is(fSpace) &&
		adjectiveEnding(d.str(i-1)) && !d.flag(i-1, wStop|wRole|wTitle|wGiven) && d.freeFrom(i-1) && !d.nounLike(i-1)
	if adj {
		start = i - 1 // "Deutsche Gesellschaft für …"
	}
	p := start - 1
	if p >= 0 && d.isWord(p) && (isDeterminer(d.str(p)) && !isDefiniteArticle(d.str(p)) || possessives.Value(d.str(p))) {
		return i // "ein Zentrum für Kinder", "seine Stiftung für …"
	}
	if bareInstitutions.Value(w) && !adj {
		// "das Zentrum für …" at the start or after a preposition, "im
		// Zentrum für …"; not "sorgte das Institut für …".
		if p < 0 || !d.isWord(p) || !(isDefiniteArticle(d.str(p)) && d.nameSlot(i) || contractedArticles.Value(d.str(p))) {
			return i
		}
	}
	if d.nameWord(end) && d.flag(end, wPlace) {
		end = max(end+1, d.placeEnd(end)) // "… Mannheim", "… Berlin-Brandenburg"
	}
	if start == i && len(w) < len(word) {
		// "des Bundesamtes für Verfassungsschutz" is the gazetteer's
		// "Bundesamt für Verfassungsschutz".
		if b := d.spanName(i, end); len(b) > len(word) && string(b[:len(word)]) == word {
			if e := d.ix.named(w + string(b[len(word):])); e != nil {
				d.emitOrg(i, end, e, true, false)
				return end
			}
		}
	}
	d.emitRuleOrg(start, end, typ)
	return end
}

// possessives and contracted articles before an institution word.
//
// buildPossessives returns the words of the table possessives (generated:
// see the package's zz_generated_sets.go).
func buildPossessives() map[string]bool {
	return map[string]bool{"ihr": true, "ihre": true, "ihrem": true, "ihren": true, "ihrer": true, "sein": true, "seine": true, "seinem": true, "seinen": true, "seiner": true, "unser": true, "unsere": true, "eines": true, "keiner": true, "keinem": true}
}

// buildContractedArticles returns the words of the table contractedArticles
// (generated: see the package's zz_generated_sets.go).
func buildContractedArticles() map[string]bool {
	return map[string]bool{"im": true, "vom": true, "zum": true, "beim": true, "am": true, "zur": true, "Im": true, "Vom": true, "Zum": true, "Beim": true, "Zur": true, "Am": true}
}

// institutionType gives the Type of an institution word (lower case).
func institutionType(lw []byte) Type {
	switch {
	case hasSuffixIn(lw, []string{"institut", "universität", "hochschule", "akademie"}, 0):
		return ResearchInstitute
	case hasSuffixIn(lw, []string{"amt", "behörde", "kommission", "ausschuss"}, 0):
		return Government
	case hasSuffixIn(lw, []string{"verein", "verband"}, 0):
		return Association
	}
	return OtherOrg
}

// prepTailEnd returns the end of a prepositional name starting at token j
// ("für Technik und Wirtschaft", "zur Aufarbeitung der SED-Diktatur",
// "für politische Bildung"), or j when there is none. It reads at most a
// few noun phrases, so it is linear.
func (d *docState) prepTailEnd(j int) int {
	if !d.isWord(j) || !d.toks[j].is(fSpace) {
		return j
	}
	if !isNamePrep(d.word(j)) {
		return j
	}
	end, ok := d.tailNoun(j + 1)
	if !ok {
		return j
	}
	for n := 0; n < 4; n++ {
		if !d.isWord(end) && !d.isPunct(end, ",") {
			break
		}
		s := d.str(end)
		if s == "und" || s == "," {
			e, ok := d.tailNoun(end + 1)
			if !ok || s == "," && !d.listGoesOn(e) {
				break
			}
			end = e
			continue
		}
		if s == "der" || s == "des" {
			// A genitive: "zur Aufarbeitung der SED-Diktatur", but not an
			// organization of its own ("… der Bundesagentur für Arbeit").
			e, ok := d.tailNoun(end + 1)
			if !ok || d.isInstitutionWord(e-1) {
				break
			}
			if m, mok := d.matchOrg(end + 1); mok && m.end >= e {
				break
			}
			end = e
			continue
		}
		break
	}
	return end
}

// isNamePrep reports whether s (NFC) starts a prepositional name.
func isNamePrep(s string) bool { return s == "für" || s == "zur" || s == "zum" }

// listGoesOn reports whether a list in a name continues after token e:
// "für Wirtschaft, Arbeit und Verkehr".
func (d *docState) listGoesOn(e int) bool {
	return d.isPunct(e, ",") || d.isWord(e) && d.str(e) == "und"
}

// isInstitutionWord reports whether token k ends in an institution word.
func (d *docState) isInstitutionWord(k int) bool {
	return d.isUpperWord(k) && institutionSet.mayEnd(d, k) && institutionSet.endsIn(d.lowerB(k), -1)
}

// tailNoun reads a noun phrase of a prepositional name at token k: up to
// two lower-case adjectives ("politische") or capitalized ones
// ("Europäische") and a capitalized noun, which may be a hyphen compound.
func (d *docState) tailNoun(k int) (int, bool) {
	for n := 0; n < 2 && d.isWord(k) && d.toks[k].is(fLower) && adjectiveEnding(d.str(k)) && d.isWord(k+1); n++ {
		if d.flag(k, wStop|wParticle|wConnector) || isDeterminer(d.str(k)) {
			return k, false
		}
		k++
	}
	if !d.nameWord(k) || d.toks[k].is(fSentStart) || phraseNouns.Value(d.word(k)) {
		return k, false
	}
	if d.isUpperWord(k+1) && d.toks[k+1].is(fSpace) && adjectiveEnding(d.str(k)) && !d.flag(k+1, wStop) {
		k++ // "Europäische Wirtschaftsforschung"
	}
	k++
	for d.hyphenCont(k) && d.isWord(k+1) {
		k += 2
	}
	if k+1 < len(d.toks) && d.toks[k].is(fHyphen) && d.joined(k-1) && !d.joined(k) && d.isWord(k+1) {
		if s := d.str(k + 1); s == "und" || s == "oder" {
			k++ // "für Polar- und Meeresforschung"
		}
	}
	return k, true
}

// englishClubAt: at an English club suffix ("City", "United"), the one or
// two capitalized words before it make a club: "Stoke City", "West Ham
// United". Places ("New York City", "Mexico City") and the German "City"
// of a town ("die Kölner City") are not.
func (d *docState) englishClubAt(i int) int {
	if !englishClubSuffixes.Value(d.str(i)) || !d.toks[i].is(fSpace) || i == 0 || !d.isUpperWord(i-1) || d.flag(i-1, wStop) {
		return i
	}
	if d.hyphenCont(i+1) || d.isUpperWord(i+1) && d.toks[i+1].is(fSpace) && !d.flag(i+1, wStop|wRole) {
		return i // "Stoke-City-Fans"; "Oklahoma City Thunder" is a longer name
	}
	start := i - 1
	if englishNonClubs.Value(d.str(start)) || d.flag(start, wRole|wTitle|wGiven|wLegalStart) || d.nounLike(start) {
		return i
	}
	if d.placeAdjective(start) {
		return i // "die Kölner City"
	}
	if strings.HasSuffix(d.str(start), "er") && start >= 1 && d.isWord(start-1) && isDeterminer(d.str(start-1)) {
		return i // "der Münchner City"
	}
	if start >= 1 && d.nameWord(start-1) && !d.flag(start-1, wRole|wTitle|wLegalStart) && !d.toks[start].is(fSentStart) {
		if englishNonClubs.Value(d.str(start - 1)) {
			return i
		}
		start-- // "West Ham United", "Queens Park Rangers"
	}
	if !d.freeFrom(start) || !d.sentenceSports(i) {
		return i // "Canning Town" is a district of London
	}
	d.emitRuleOrg(start, i+1, OtherOrg)
	return i + 1
}

// sportStems mark a sentence as talking sports (lower case, anywhere in a
// word); sportWords are whole words.
var sportStems = []string{"spiel", "liga", "league", "trainer", "saison", "verein", "stürmer", "torwart", "mannschaft",
	"pokal", "meister", "verlor", "sieg", "wechsel", "verlieh", "ausgelieh", "transfer", "fußball", "klub", "club",
	"kader", "remis", "unentschieden", "abstieg", "aufstieg", "tabelle", "finale", "playoff", "team"}

// buildSportWords returns the words of the table sportWords (generated: see
// the package's zz_generated_sets.go).
func buildSportWords() map[string]bool {
	return map[string]bool{"Tor": true, "Tore": true, "Toren": true, "Cup": true, "Elf": true, "FA": true}
}

// sentenceSports reports whether the sentence of token i talks sports: a
// sports word or a score ("1:1"). The answer is kept per sentence.
func (d *docState) sentenceSports(i int) bool {
	return d.sentenceHasSport(i, memoSport, false)
}

// sentenceHasSport reports whether the sentence of token i holds a score
// ("1:1"), a sports word or a word with a sports stem; with noClubs a club
// noun's stem (clubStems) does not count. The answer is kept per sentence
// under the sentence memo bits q.
func (d *docState) sentenceHasSport(i int, q uint, noClubs bool) bool {
	s := d.sentOf(i)
	if v, ok := d.sentenceMemo(s, q); ok {
		return v
	}
	a, b := d.sentBounds(s)
	v := false
	for k := a; k <= b && !v; k++ {
		if !d.isWord(k) {
			continue
		}
		if d.toks[k].is(fDigit) {
			v = d.isPunct(k+1, ":") && d.joined(k) && d.joined(k+1) && d.isWord(k+2) && d.toks[k+2].is(fDigit)
			continue
		}
		if sportWords.Value(d.str(k)) {
			v = true
			break
		}
		if noClubs {
			v = sportNoClubStemSet.in(d.lowerB(k))
		} else {
			v = sportStemSet.in(d.lowerB(k))
		}
	}
	d.setSentenceMemo(s, q, v)
	return v
}
