package entity

import "strings"

// Rules for organizations named by their construction: an institution and
// its place ("Realschule Spaichingen", "Hannover Messe"), a team of a city
// in a sentence about sports ("Chicago Bulls"), a known acronym written
// as a word ("die Esa"), two organizations joined into one name
// ("McLaren-Mercedes") and a subsidiary named by its parent ("die
// Volkswagen-Tochter Porsche AG").

// placeInstitutionSuffixes end the words of institutions that a place
// after them names: "Realschule Spaichingen", "Klinikum Ingolstadt",
// "Maximilianmuseum Augsburg", "Kraftwerk Lippendorf".
var placeInstitutionSuffixes = []struct {
	suffix string
	typ    Type
}{
	{"schule", OtherOrg}, {"gymnasium", OtherOrg}, {"museum", OtherOrg}, {"theater", OtherOrg},
	{"klinikum", OtherOrg}, {"klinik", OtherOrg}, {"krankenhaus", OtherOrg}, {"bibliothek", OtherOrg},
	{"kraftwerk", Company}, {"messe", OtherOrg}, {"zoo", OtherOrg}, {"oper", OtherOrg}, {"akademie", ResearchInstitute},
	{"kolleg", OtherOrg}, {"archiv", OtherOrg}, {"orchester", OtherOrg}, {"stadtwerke", Company},
	{"werft", Company}, {"brauerei", Company}, {"sternwarte", ResearchInstitute},
}

// placeInstitutionAt: an institution word and the place after it make one
// organization: "Realschule Spaichingen", "das Klinikum Ingolstadt". The
// place must read as one (a known place, a place-name ending, a compound
// of names), not any capitalized word ("die Schule Kunst" is no name).
func (d *docState) placeInstitutionAt(i int) int {
	t := &d.toks[i]
	if !t.is(fUpper) || t.is(fCaps) || d.inCompound(i) || !d.placeWord(i+1) || d.flag(i, wStop|wPlace|wGiven|wRole) {
		return i
	}
	lw := d.lowerB(i)
	typ, found := OtherOrg, false
	for _, s := range placeInstitutionSuffixes {
		if len(lw) >= len(s.suffix) && string(lw[len(lw)-len(s.suffix):]) == s.suffix {
			typ, found = s.typ, true
			break
		}
	}
	if !found || notInstitutions[d.str(i)] {
		return i
	}
	end := d.placeEnd(i + 1)
	if end <= i+1 || d.hyphenCont(end) {
		return i
	}
	d.emitRuleOrg(i, end, typ)
	return end
}

// placeBeforeFairAt: a place before "Messe" names a trade fair that acts
// like a company: "die Hannover Messe meldet …".
func (d *docState) placeBeforeFairAt(i int) int {
	if !d.flag(i, wPlace) || !d.nameWord(i+1) || d.str(i+1) != "Messe" || d.hyphenCont(i+2) {
		return i
	}
	d.emitRuleOrg(i, i+2, OtherOrg)
	return i + 2
}

// cityTeamAt: in a sentence about sports, a city and one or two
// capitalized English words ending in -s name a team: "Chicago Bulls",
// "San Antonio Spurs", "Detroit Red Wings".
func (d *docState) cityTeamAt(i int) int {
	j := i
	if placePrefixes[d.str(i)] && d.nameWord(i+1) {
		j = i + 1 // "San Antonio", "Los Angeles"
	} else if !d.flag(i, wPlace) || d.toks[i].is(fCaps) {
		return i
	}
	k := j + 1
	if !d.nameWord(k) || d.flag(k, wPlace|wStop|wRole) {
		return i
	}
	end := k + 1
	if d.nameWord(end) && !d.flag(end, wPlace|wStop|wRole) {
		end++ // "Red Wings"
	}
	last := d.str(end - 1)
	if len(last) < 4 || last[len(last)-1] != 's' || last[len(last)-2] == 's' || d.nounLike(end-1) || d.hyphenCont(end) {
		return i
	}
	for w := k; w < end; w++ {
		if !isASCIIWord(d.str(w)) {
			return i // a German noun after a city ("Berlin Nachrichten") is no team
		}
	}
	if d.isUpperWord(end) && !d.flag(end, wStop) || !d.sentenceSports(i) {
		return i
	}
	d.emitRuleOrg(i, end, OtherOrg)
	return end
}

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// commonTitleWords are words that are also a gazetteer acronym written in
// title case ("die Welt" is the world, not the newspaper WELT).
var commonTitleWords = map[string]bool{
	"Welt": true, "Bild": true, "Focus": true, "Safe": true, "Ice": true, "Art": true, "Leg": true, "Bag": true,
	"Bat": true, "Man": true, "Mad": true, "Mit": true, "Bis": true, "Who": true, "Tim": true, "Vat": true,
	"Sas": true, "Ing": true, "Ufo": true, "Ergo": true, "Lego": true, "Nada": true, "Mas": true, "Nam": true,
	"Gea": true, "Dia": true, "Sed": true, "Tass": true, "Mol": true, "Neos": true, "Nio": true, "Bam": true,
}

// titleAcronymAt: the acronym of a gazetteer institution written as a
// word after an article ("die Esa", "der Adac", "die Opec") is that
// organization; companies are not written so.
func (d *docState) titleAcronymAt(i int) int {
	t := &d.toks[i]
	if t.flags&(fUpper|fCaps|fInnerCaps) != fUpper || t.end-t.start < 3 || t.end-t.start > 6 || i == 0 {
		return i
	}
	if !d.isWord(i-1) || !articleBeforeAcronym[d.str(i-1)] || !d.acronymStandsAlone(i) {
		return i
	}
	s := d.str(i)
	if !isASCIIWord(s) || commonTitleWords[s] || d.flag(i, wStop|wRole|wPlace|wTitle) {
		return i
	}
	w := d.ix.vocab[strings.ToUpper(s)]
	if w == nil || w.id < 0 {
		return i
	}
	nx, ok := d.ix.orgs.next(0, w.id)
	if !ok {
		return i
	}
	ti := d.ix.orgs.term[nx]
	if ti < 0 || d.ix.terms[ti].ent < 0 {
		return i
	}
	e := d.ix.ents[d.ix.terms[ti].ent]
	if businessType(e.Type) {
		return i // companies keep their capitals ("SAP"); "der Sap" is something else
	}
	d.emitOrg(i, i+1, e, false, false)
	return i + 1
}

// relationWords, the last part of a compound after an organization, name
// another organization related to it: "die Volkswagen-Tochter Porsche AG".
var relationWords = map[string]bool{
	"Tochter": true, "Tochterfirma": true, "Tochtergesellschaft": true, "Schwester": true,
	"Schwesterfirma": true, "Schwestergesellschaft": true, "Beteiligung": true, "Marke": true,
	"Sparte": true, "Ableger": true, "Einheit": true, "Division": true,
}

// relationAt reports whether tokens i, i+1, i+2 are "Org-Tochter" and
// returns the token after the relation word and the parent's entity, or
// i and nil.
func (d *docState) relationAt(i int, m orgMatch, ok bool) (int, *Entity) {
	if !ok || m.end != i+1 || m.term.ent < 0 || !d.hyphenCont(i+1) || !relationWords[d.str(i+2)] || i+3 >= len(d.toks) || !d.toks[i+3].is(fSpace) {
		return i, nil
	}
	return i + 3, d.ix.ents[m.term.ent]
}

// mergeJoined makes two organizations joined by a hyphen into one when
// the compound ends there: "McLaren-Mercedes", "Renault-Nissan" (but not
// "Bayer-Monsanto-Deal").
func (d *docState) mergeJoined() {
	out := d.ms[:0]
	for k := 0; k < len(d.ms); k++ {
		m := d.ms[k]
		if k+1 < len(d.ms) && m.kind == Organization && d.ms[k+1].kind == Organization && d.ms[k+1].ts == m.te+1 &&
			d.hyphenCont(m.te) && !d.hyphenCont(d.ms[k+1].te) && !m.genitive && !d.ms[k+1].genitive &&
			m.ent != d.ms[k+1].ent {
			n := d.ms[k+1]
			b := d.spanName(m.ts, n.te)
			e := d.ruleEnts[string(b)]
			if e == nil {
				if d.ruleEnts == nil {
					d.ruleEnts = make(map[string]*Entity)
				}
				e = &Entity{Name: string(b), Type: m.ent.Type}
				d.ruleEnts[e.Name] = e
			}
			m.te, m.ent, m.byRule = n.te, e, true
			k++
		}
		out = append(out, m)
	}
	d.ms = out
}
