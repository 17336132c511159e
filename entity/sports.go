package entity

// Rules for clubs named alone in sentences about sports: a name after a
// club noun ("der Verein Ascoli", "das Team Movistar") and a city that
// plays ("das Spiel gegen Freiburg", "der Rückstand auf Bremen").

// clubNouns name a club before its name in a sentence about sports, in
// their singular forms.
//
// buildClubNouns returns the words of the table clubNouns (generated: see the
// package's zz_generated_sets.go).
func buildClubNouns() map[string]bool {
	return map[string]bool{
		"Verein": true, "Vereins": true, "Klub": true, "Klubs": true, "Club": true, "Clubs": true,
		"Team": true, "Teams": true, "Traditionsverein": true, "Traditionsvereins": true,
		"Fußballverein": true, "Fußballvereins": true, "Fußballklub": true, "Fußballklubs": true,
		"Rennstall": true, "Rennstalls": true,
	}
}

// clubAfterNounAt: in a sentence about sports, one or two name words after
// a club noun are the club: "sein neuer Verein Ascoli", "das Team
// Movistar", "der Klub Hajduk Split". A person ("das Team Müller
// gewann" with a given name), a common noun or a role is none.
func (d *docState) clubAfterNounAt(i int) int {
	if i == 0 || !d.isWord(i-1) || !clubNounByte(d.text[d.toks[i-1].start]) || !clubNouns.Value(d.word(i-1)) || !d.toks[i].is(fSpace) {
		return i
	}
	if !d.clubNameWord(i) || d.flag(i, wGiven) || !d.freeFrom(i) {
		return i
	}
	end := i + 1
	if d.isWord(end) && d.toks[end].is(fSpace) && d.clubNameWord(end) && (d.flag(end, wPlace) || isASCIIWord(d.str(end))) {
		end++ // "Hajduk Split", "Lokomotiv Sofia"
	}
	if d.hyphenCont(end) || d.isPunct(end, "/") || d.isUpperWord(end) && d.toks[end].is(fSpace) && !d.flag(end, wStop) && !d.nounLike(end) {
		return i // a longer name, a compound or one of two sponsors
	}
	if !d.sentenceMatch(i) {
		return i
	}
	d.emitRuleOrg(i, end, OtherOrg)
	return end
}

// clubNameWord reports whether token k can be a word of a club's name:
// capitalized, no stop word, role, title or common noun by its ending.
func (d *docState) clubNameWord(k int) bool {
	if !d.isUpperWord(k) || d.toks[k].is(fCaps) && d.toks[k].end-d.toks[k].start > 5 {
		return false
	}
	return !d.flag(k, wStop|wRole|wTitle|wLegalStart) && d.roleAt(k) == nil && !d.nounLike(k)
}

// opponentBefore are the words that put the city after them into a match
// as a team: "gegen Freiburg"; "über" and "auf" only after a word of the
// result ("Sieg über Mainz", "Rückstand auf Bremen").
//
// buildOpponentBefore returns the words of the table opponentBefore (generated: see the
// package's zz_generated_sets.go).
func buildOpponentBefore() map[string]bool {
	return map[string]bool{"gegen": true, "Gegen": true}
}

// resultNouns end the nouns before "über"/"auf" that make the city after
// it a team.
var resultNouns = []string{"sieg", "erfolg", "rückstand", "vorsprung", "punkte", "niederlage"}

// cityAsTeamAt: in a sentence about sports, a known place after "gegen",
// or after "über"/"auf" that follows a result noun, is that place's team:
// "im Spiel gegen Freiburg", "der 3:1-Sieg über Mainz", "der Rückstand
// auf Bremen". The place is a place where no match is named ("Proteste
// gegen Berlin" outside sports), or when a club word follows ("gegen
// Freiburgs Reserve" is a genitive, still the team).
func (d *docState) cityAsTeamAt(i int) int {
	if i < 1 || d.toks[i].is(fCaps) || !d.isWord(i-1) {
		return i
	}
	p := d.word(i - 1)
	if !opponentBefore.Value(p) && p != "über" && p != "auf" || !d.placeWord(i) || d.flag(i, wCountry) {
		return i // a country after "gegen" is its national team, no club: "im Spiel gegen Spanien"
	}
	ok := opponentBefore.Value(p)
	if !ok && (p == "über" || p == "auf") && i >= 2 && d.isWord(i-2) {
		lw := d.lowerB(i - 2)
		for _, s := range resultNouns {
			if endsWith(lw, s, -1) {
				ok = true
				break
			}
		}
	}
	if !ok || d.hyphenCont(i+1) || d.isUpperWord(i+1) && d.toks[i+1].is(fSpace) && !d.flag(i+1, wStop) || !d.freeFrom(i) {
		return i
	}
	if !d.sentenceMatch(i) {
		return i
	}
	d.emitRuleOrg(i, i+1, OtherOrg)
	return i + 1
}

// clubStems are the sports stems that a club noun itself has; they do not
// make a sentence one about a match.
//
// buildClubStems returns the words of the table clubStems (generated: see the
// package's zz_generated_sets.go).
func buildClubStems() map[string]bool {
	return map[string]bool{"verein": true, "klub": true, "club": true, "team": true}
}

// sentenceMatch reports whether the sentence of token i talks about a game:
// a score or a sports word other than a club noun ("Der Verein Kinderhilfe
// sammelt Spenden" does not). The answer is kept per sentence.
func (d *docState) sentenceMatch(i int) bool {
	return d.sentenceHasSport(i, memoMatch, true)
}

// teamPrep is a cheap first test for the words before a team in
// cityAsTeamAt ("gegen", "Gegen", "über", "auf", in NFC), on token p: its
// first byte and length. "über" in NFD starts with a plain u and has a
// mark (fMark); a word without a mark is its own NFC form.
func (d *docState) teamPrep(p *token) bool {
	switch n := p.end - p.start; d.text[p.start] {
	case 'g', 'G':
		return n == 5
	case 'a':
		return n == 3
	case 0xc3:
		return n == 5
	case 'u':
		return p.flags&fMark != 0
	}
	return false
}

// clubNounByte is a cheap first test for clubNouns: their first bytes.
func clubNounByte(c byte) bool {
	return c == 'V' || c == 'K' || c == 'C' || c == 'T' || c == 'F' || c == 'R'
}

// placeDescriptors are nouns that stand before a city without naming a
// club: "die Hauptstadt Berlin", "im Stadion Köln", "der Landkreis Kassel".
//
// buildPlaceDescriptors returns the words of the table placeDescriptors
// (generated: see the package's zz_generated_sets.go).
func buildPlaceDescriptors() map[string]bool {
	return map[string]bool{
		"Stadt": true, "Hauptstadt": true, "Landeshauptstadt": true, "Innenstadt": true, "Altstadt": true,
		"Kreis": true, "Landkreis": true, "Region": true, "Raum": true, "Großraum": true, "Metropole": true,
		"Bezirk": true, "Kanton": true, "Bistum": true, "Erzbistum": true, "Diözese": true, "Gemeinde": true,
		"Flughafen": true, "Airport": true, "Bahnhof": true, "Hauptbahnhof": true, "Hafen": true,
		"Stadion": true, "Olympiastadion": true, "Arena": true, "Halle": true, "Sporthalle": true, "Park": true,
		"Universität": true, "Uni": true, "Hochschule": true, "Messe": true, "Zoo": true, "Dom": true,
		"Rathaus": true, "Landtag": true, "Senat": true, "Heimat": true, "Wahlkreis": true, "Standort": true,
		"Derby": true, "Finale": true, "Endspiel": true, "Turnier": true, "Marathon": true, "Open": true,
		"Masters": true, "Grand": true, "Prix": true, "Rallye": true, "Weltcup": true, "Spieltag": true,
	}
}

// clubCityAt: in a sentence about sports, a name and the city after it
// are a club, the German way to name a club by its city: "Hansa Rostock",
// "Lazio Rom", "Sparta Prag", "Roter Stern Belgrad", "Rot-Weiss Essen".
// The city is one of the place table (a country is a national team:
// "Weltmeister Spanien"); the name is one or two capitalized words or a
// hyphen compound, none a common noun by its ending, role, title, given
// name, place, sports word or place descriptor ("die Hauptstadt Berlin",
// "im Stadion Köln"), and nothing capitalized goes on after the city.
// The caller has seen a place among the next three tokens.
func (d *docState) clubCityAt(i int) int {
	// The tests on the tokens' flags come first, clubCityWord (a dozen
	// table lookups) after them: all are tests without side effects, so
	// the order does not change the answer, and most words fail here.
	if d.inCompound(i) || !d.freeFrom(i) {
		return i
	}
	k := i + 1
	for d.hyphenCont(k) && d.isUpperWord(k+1) && !d.flag(k+1, wPlace) {
		k += 2 // "Rot-Weiss"
	}
	// "Roter Stern": only a place after the second word makes it worth
	// asking clubCityWord about it (without one, the test below fails).
	if k == i+1 && !d.flag(k, wPlace) && d.flag(k+1, wPlace) && d.clubCityWord(k) {
		k++
	}
	if !d.flag(k, wPlace) || d.flag(k, wCountry) || !d.nameWord(k) {
		return i
	}
	end := k + 1
	if d.hyphenCont(end) || d.isUpperWord(end) && d.toks[end].is(fSpace) && !d.flag(end, wStop) {
		return i // "Rot-Weiss Essen-Nord", a longer name
	}
	if !d.clubCityWord(i) {
		return i
	}
	if p := i - 1; d.isUpperWord(p) && !d.toks[i].is(fSentStart) && d.clubCityWord(p) {
		return i // inside a longer name; but "Titelverteidiger Eisbären Berlin"
	}
	if !d.sentenceMatch(i) {
		return i
	}
	d.emitRuleOrg(i, end, OtherOrg)
	return end
}

// clubCityWord reports whether token k can be a word of a club's name
// before its city (see clubCityAt).
func (d *docState) clubCityWord(k int) bool {
	if !d.nameWord(k) && !(d.isUpperWord(k) && d.toks[k].is(fSentStart)) {
		return false
	}
	if d.flag(k, wStop|wRole|wTitle|wGiven|wPlace|wLegalStart|wNonOrg|wParticle) || d.nounLike(k) || d.roleAt(k) != nil {
		return false
	}
	s := d.str(k)
	if sportWords.Value(s) || placeDescriptors.Value(s) {
		return false
	}
	if _, _, ok := d.headType(k); ok {
		return false // "der Verein", "das Team": club nouns are clubAfterNounAt's
	}
	lw := d.lowerB(k)
	if sportRivalStemSet.in(lw) {
		return false // "Pokalsieger", "Bundesliga"; "Erzrivale Real Madrid", "Titelverteidiger Alba Berlin"
	}
	return !descriptorSuffixSet.endsIn(lw, -1) // "Finanzplatz Zürich", "Landgericht Bonn"
}

// rivalStems are the stems of nouns that name a club by its place in a
// contest and stand before its name: "Erzrivale", "Titelverteidiger",
// "Tabellenführer", "Aufsteiger", "Gegner".
var rivalStems = []string{"rivale", "verteidiger", "führer", "aufsteiger", "absteiger", "gegner", "favorit",
	"neuling", "konkurrent", "spitzenreiter", "schlusslicht", "gastgeber"}

// descriptorSuffixes end nouns that stand before a place without naming a
// club: "Finanzplatz Zürich", "Bundesland Berlin", "den Flughäfen
// Frankfurt", "des Amtsgerichts Bonn".
var descriptorSuffixes = []string{"platz", "land", "landes", "hafen", "häfen", "stadt", "kreis", "bezirk",
	"region", "gericht", "gerichts", "zentrum", "viertel", "ort"}
