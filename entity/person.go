package entity

import (
	"slices"
	"strings"
	"unicode"
)

// surnameWord: a capitalized word that can be a surname.
func (d *docState) surnameWord(i int) bool {
	return d.nameWord(i) && !d.toks[i].is(fCaps) && !d.flag(i, wRole|wTitle|wPlace|wStop)
}

// personAt: given name(s) + particles + surname: "Amy Hood", "Ursula von
// der Leyen", "Karl-Theodor zu Guttenberg", "Frank-Walter Steinmeier".
func (d *docState) personAt(i int) int {
	t := &d.toks[i]
	if d.meta(i).flags&wGiven == 0 || !t.is(fUpper) || t.is(fCaps) || d.inCompound(i) {
		return i
	}
	if i > 0 && d.isWord(i-1) && placePrefixes.Value(d.str(i-1)) {
		return i // "San Antonio Spurs", "St. Paul"
	}
	if i > 0 && slices.Contains(nounGivenNames, d.str(i)) && (d.toks[i-1].is(fDigit) || d.isWord(i-1) && isDeterminer(d.str(i-1))) {
		return i // "100 Mark Kaution", "eine Mark": the noun, not the given name
	}
	gender := d.meta(i).gender
	j := i + 1
	for k := 0; k < 3 && d.hyphenCont(j) && d.isUpperWord(j+1) && d.flag(j+1, wGiven); k++ {
		j += 2
	}
	if j < len(d.toks) && d.toks[j].is(fHyphen) && d.joined(j-1) {
		return i // "Amy-…" compound
	}
	for k := 0; k < 4; k++ {
		if d.isInitial(j) {
			j += 2
			continue
		}
		if d.flag(j, wGiven) && d.nameWord(j) && d.surnameWord(j+1) {
			j++
			continue
		}
		break
	}
	p := j
	for j-p < 3 && d.isWord(j) && d.toks[j].is(fLower) && d.flag(j, wParticle) {
		j++
	}
	if !d.surnameWord(j) && !(j == p && d.calendarSurname(i, j)) || d.toks[j].end-d.toks[j].start < 2 {
		return i
	}
	if j == p && !d.toks[j].is(fSpace) {
		return i
	}
	j++
	for k := 0; k < 3 && d.hyphenCont(j) && d.isUpperWord(j+1); k++ {
		j += 2
	}
	if _, head := englishOrgHeads.Get(d.str(j - 1)); head && j == p+1 && d.str(j-1) != "Post" {
		return i // "Carter Orchestra", "Lindsey School": the head of an English name, no surname
	}
	if j == p+1 && gender == UnknownGender && d.shortNamePart(i) && d.shortNamePart(j-1) && d.nameWord(j) && d.shortNamePart(j) && !d.isUpperWord(j+1) && !d.nounLike(j) {
		j++ // "Kim Jong Un", "Kim Yo Jong": an East Asian given name of two parts after the family name
	} else if j > p+1 && d.surnameWord(j) && !d.isUpperWord(j+1) && !d.nounLike(j) {
		j++ // "Jaap de Hoop Scheffer"
	} else if j == p+1 && d.surnameWord(j) && d.toks[j].is(fSpace) && !d.isUpperWord(j+1) && !d.hyphenCont(j+1) &&
		!d.nounLike(j) && d.meta(j).id < 0 && (d.foreignLetter(j) || d.foreignLetter(j-1)) {
		j++ // "Gabriel García Márquez", "Recep Tayyip Erdoğan": a second surname, told by letters German has not
	}
	j = d.particleSurname(j)
	d.emitPerson(i, j, gender)
	return j
}

// particleSurname returns the end of a person's name that ends before
// token j, extended over a Romance particle and a second surname after it
// ("Lula da Silva", "Luiz Inácio Lula da Silva"), or j.
func (d *docState) particleSurname(j int) int {
	if foreignParticle(d, j) && d.toks[j].is(fSpace) && d.surnameWord(j+1) && !d.isUpperWord(j+2) && !d.nounLike(j+1) {
		return j + 2
	}
	return j
}

// nounGivenNames are given names that are also German nouns: after a
// number or a determiner they are the noun ("zehn Mark Gebühr").
var nounGivenNames = []string{"Mark"}

// shortNamePart reports whether token k is a capitalized word of two to
// four ASCII letters ("Kim", "Jong", "Un"), as the parts of East
// Asian names written in Latin letters are.
func (d *docState) shortNamePart(k int) bool {
	if !d.isUpperWord(k) || !d.toks[k].is(fASCII) || d.toks[k].is(fCaps) || d.flag(k, wStop|wRole|wTitle|wPlace) {
		return false
	}
	n := d.toks[k].end - d.toks[k].start
	return n >= 2 && n <= 4
}

// surnameBeforeParticle returns the first of two surnames joined by a
// Romance particle that end the person mention m ("Lula" of "Luiz Inácio
// Lula da Silva"), or -1.
func (d *docState) surnameBeforeParticle(m *mention) int {
	k := m.te - 3
	if k <= m.ts || !foreignParticle(d, m.te-2) || !d.surnameWord(k) || d.flag(k, wGiven) {
		return -1
	}
	return k
}

// foreignParticles join two surnames of a Romance name ("Lula da Silva",
// "Ruiz de la Torre"); German "von" and "zu" after a name are
// prepositions ("Müller von Siemens").
var foreignParticles = []string{"da", "de", "dos", "do", "di", "del", "della"}

// foreignParticle reports whether token k is a lower-case word of
// foreignParticles.
func foreignParticle(d *docState, k int) bool {
	return d.isWord(k) && d.toks[k].is(fLower) && slices.Contains(foreignParticles, d.str(k))
}

// firstSurname returns the first of two surnames of the person mention m
// ("Pérez" of "Adolfo Pérez Esquivel", who is "Pérez" later), or -1: the
// name ends in two surname words, one with a letter German has not, and the
// first is no given name.
func (d *docState) firstSurname(m *mention) int {
	k := m.te - 2
	if m.te-m.ts < 3 || !d.surnameWord(k) || d.flag(k, wGiven) || !d.toks[m.te-1].is(fSpace) ||
		!d.foreignLetter(k) && !d.foreignLetter(m.te-1) {
		return -1
	}
	return k
}

// foreignLetter reports whether the word at token k holds a letter that
// German words do not have ("í", "ğ", "ñ", "ł"; not "ä", "ö", "ü", "ß"):
// a foreign name, never a German common noun.
func (d *docState) foreignLetter(k int) bool {
	if !d.isWord(k) || d.toks[k].is(fASCII) {
		return false
	}
	for _, r := range d.str(k) {
		if r >= 0x80 && unicode.IsLetter(r) {
			switch r {
			case 'ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü', 'ß':
			default:
				return true
			}
		}
	}
	return false
}

// calendarSurnames are names of days and months that are also surnames:
// "Bernd Montag", "Hannes Freitag", "Stefan Mai".
var calendarSurnames = []string{"Montag", "Freitag", "Sonntag", "Mai", "August", "März"}

// calendarSurname reports whether token j, a day or month after the given
// name at token i, is a surname: a role stands right before the given
// name ("Siemens Healthineers-Chef Bernd Montag"), and no number or
// article is near ("Chef Paul Montag" yes; a date has neither a role
// before a given name nor the given name itself).
func (d *docState) calendarSurname(i, j int) bool {
	if !d.isUpperWord(j) || !d.toks[j].is(fSpace) || !slices.Contains(calendarSurnames, d.str(j)) || d.isWord(j+1) && d.toks[j+1].is(fDigit) {
		return false
	}
	return i >= 1 && d.toks[i-1].is(fUpper) && d.roleAt(i-1) != nil
}

// rolePersonAt: a name after a role without a known given name:
// "Der Chef von Microsoft, Satya Nadella", "OpenAI-Chef Altman", "der
// 40-jährige Altman".
//
// Its first test is the caller's (tryAt makes it on the flags it has):
// token i is a surnameWord, no given name, and starts no sentence.
func (d *docState) rolePersonAt(i int) int {
	// The calls below are made only when the token each tests first
	// allows a match: roleContext needs a capitalized word or a comma
	// before, appositionAfter a comma two on, ageContext a hyphen two back.
	// (The token before, read once.)
	prevUpper, prevComma := false, false
	if i > 0 {
		p := &d.toks[i-1]
		prevUpper = p.kind == tkWord && p.flags&fUpper != 0
		prevComma = p.kind == tkPunct && d.text[p.start:p.end] == ","
	}
	role := false
	if prevUpper || prevComma {
		role = d.roleContext(i)
	}
	if !role {
		if d.isPunct(i+2, ",") && d.appositionAfter(i) {
			// "Huang Renxun, der Chef von Nvidia, sagt": two name words and a role after them.
			d.emitPerson(i, i+2, UnknownGender)
			return i + 2
		}
		if !(i >= 3 && d.toks[i-2].is(fHyphen) && d.ageContext(i) && d.usedAsName(i)) {
			return i
		}
	}
	if s := d.str(i); strings.HasSuffix(s, "s") || d.ix.orgWords.inflected(d.lowerB(i), 0) >= 0 {
		return i // "Ministerpräsident Thailands", "Premier League"
	}
	if _, _, ok := d.headType(i - 1); ok && role {
		return i // "Finanzinvestor Cerberus": an organization head, not a role
	}
	if r := d.roleAt(i - 1); r != nil && collectiveRoles.Value(r.Base) {
		return i // "der Microsoft-Vorstand Zweifel": the board, not a person
	}
	end := i + 1
	if d.surnameWord(end) {
		end++
	}
	if d.isUpperWord(end) && d.toks[end].is(fSpace) {
		return i
	}
	if end < len(d.toks) && d.toks[end].is(fHyphen) && d.joined(end-1) {
		return i
	}
	if end == i+1 && d.nounLike(i) {
		return i
	}
	if prevComma && end == i+1 && !d.isPunct(end, ",") {
		return i // "Politiker, Bankenaufsicht, Justiz": a list, not an apposition
	}
	if m, ok := d.matchOrg(i); ok && m.end > i {
		return i
	}
	end = d.particleSurname(end)
	d.emitPerson(i, end, UnknownGender)
	return end
}

// roleContext reports whether a role introduces the name at token i.
func (d *docState) roleContext(i int) bool {
	if i < 1 {
		return false
	}
	if d.roleAt(i-1) != nil && d.toks[i-1].is(fUpper) {
		return true
	}
	if !d.isPunct(i-1, ",") {
		return false
	}
	if d.roleAt(i-2) != nil && d.toks[i-2].is(fUpper) {
		return true
	}
	if om := d.mentionEndingAt(i - 1); om != nil && om.kind == Organization {
		return d.flag(om.ts-1, wConnector) && d.roleAt(om.ts-2) != nil && d.toks[om.ts-2].is(fUpper)
	}
	return false
}

// ageContext: "der 40-jährige Altman".
func (d *docState) ageContext(i int) bool {
	if i < 3 || !d.isWord(i-1) {
		return false
	}
	if !d.toks[i-2].is(fHyphen) || !d.toks[i-3].is(fDigit) {
		return false
	}
	s := d.word(i - 1)
	return s == "jährige" || s == "jährigen" || s == "Jährige"
}

func (d *docState) emitPerson(ts, te int, g Gender) {
	if !d.freeFrom(ts) || te <= ts {
		return
	}
	b := d.spanName(ts, te)
	e := d.persons[string(b)]
	if e == nil {
		if d.persons == nil {
			d.persons = make(map[string]*Entity)
		}
		name := d.nameString(ts, te, b)
		e = d.ents.new()
		e.Name, e.Type = name, PersonType
		d.persons[name] = e
	}
	d.ms = append(d.ms, mention{kind: Person, ent: e, gender: g, ts: ts, te: te})
}

// mentionEndingAt returns the mention whose last token is te-1.
func (d *docState) mentionEndingAt(te int) *mention {
	k, found := slices.BinarySearchFunc(d.ms, te, func(m mention, te int) int { return m.te - te })
	if !found {
		return nil
	}
	return &d.ms[k]
}

// mentionStartingAt returns the mention whose first token is ts.
func (d *docState) mentionStartingAt(ts int) *mention {
	k, found := slices.BinarySearchFunc(d.ms, ts, func(m mention, ts int) int { return m.ts - ts })
	if !found {
		return nil
	}
	return &d.ms[k]
}

func isArticle(s string) bool {
	switch s {
	case "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer":
		return true
	}
	return false
}

// attachRoles finds the role and organization around each person mention.
func (d *docState) attachRoles() {
	for k := range d.ms {
		m := &d.ms[k]
		if m.kind != Person {
			continue
		}
		p := m.ts
		for {
			if p >= 2 && d.isPunct(p-1, ".") && d.flag(p-2, wTitle) {
				p -= 2
				continue
			}
			if p >= 1 && d.flag(p-1, wTitle) && d.isWord(p-1) {
				p--
				continue
			}
			break
		}
		ri, org := -1, ""
		switch {
		case d.roleAt(p-1) != nil && d.toks[p-1].is(fUpper):
			ri = p - 1
		case d.isPunct(p-1, ",") && d.roleAt(p-2) != nil && d.toks[p-2].is(fUpper):
			ri = p - 2
		case d.isPunct(p-1, ","):
			if om := d.mentionEndingAt(p - 1); om != nil && om.kind == Organization {
				// "Der Chef von Nordwind, …"; "Die Chefin des Verbands BDEW, …"
				c := d.headBefore(om.ts) - 1
				if d.flag(c, wConnector) && d.roleAt(c-1) != nil {
					ri, org = c-1, om.ent.Name
				}
			}
		}
		if ri >= 0 && org == "" {
			org = d.roleOrgBefore(ri)
		}
		if ri >= 0 && org == "" {
			org = d.orgAfterName(m.te) // "Finanzchefin Petra Lang von der Nordwind AG"
		}
		if ri < 0 && d.isPunct(m.te, ",") {
			// "Amy Hood, Finanzchefin von Microsoft,"
			r := m.te + 1
			if d.isWord(r) && isArticle(d.str(r)) {
				r++
			}
			if d.roleAt(r) != nil && d.toks[r].is(fUpper) {
				ri = r
				org = d.roleOrgBefore(r)
				if org == "" && d.flag(r+1, wConnector) {
					om := d.mentionStartingAt(r + 2)
					if om == nil && d.headBefore(r+3) == r+2 {
						om = d.mentionStartingAt(r + 3) // "Chefin des Energieverbands BDEW"
					}
					if om != nil && om.kind == Organization {
						org = om.ent.Name
					}
				}
			}
		}
		if ri < 0 {
			continue
		}
		role := d.roleAt(ri)
		m.role = int32(ri) + 1
		m.org = org
		if m.gender == UnknownGender {
			m.gender = role.Gender
		}
	}
}

// headBefore returns ts-1 when the word before token ts is a head noun
// that names the kind of the organization at ts ("des Energieverbands
// BDEW"), else ts.
func (d *docState) headBefore(ts int) int {
	if ts >= 1 && ts < len(d.toks) && d.toks[ts].is(fSpace) {
		if _, _, ok := d.headType(ts - 1); ok {
			return ts - 1
		}
	}
	return ts
}

// orgAfterName returns the organization named right after a person
// mention that ends at token te, introduced by "von", "vom", "bei" or
// "beim" and perhaps an article: "Finanzchefin Petra Lang von der Nordwind
// AG", "Analystin Eva Roth bei der Commerzbank". A bare "der" is left out:
// "sagte Chefin Lang der Zeitung" names whom she told.
func (d *docState) orgAfterName(te int) string {
	if !d.isWord(te) {
		return ""
	}
	switch d.str(te) {
	case "von", "vom", "bei", "beim":
	default:
		return ""
	}
	t := te + 1
	if d.isWord(t) && isArticle(d.str(t)) {
		t++
	}
	if om := d.mentionStartingAt(t); om != nil && om.kind == Organization {
		return om.ent.Name
	}
	return ""
}

// roleOrgBefore returns the organization a role word at token r belongs
// to by its form: "Siemens-Chef" (compound) or "Microsofts Finanzvorstand"
// (genitive).
func (d *docState) roleOrgBefore(r int) string {
	if r >= 2 && d.inCompound(r) {
		if om := d.mentionEndingAt(r - 1); om != nil && om.kind == Organization {
			return om.ent.Name
		}
		return ""
	}
	if om := d.mentionEndingAt(r); om != nil && om.kind == Organization && om.genitive {
		return om.ent.Name
	}
	return ""
}

// resolveSurnames adds the mentions of introduced persons by surname
// alone ("Nadella", genitive "Altmans") and gives them the full name.
func (d *docState) resolveSurnames() {
	// The surnames by key, each with its person, or nil when two persons
	// share it.
	sur := d.sur
	whos := d.whos[:0]
	for k := range d.ms {
		m := &d.ms[k]
		if m.kind != Person {
			continue
		}
		if sur == nil {
			sur = make(map[string]*who)
			d.sur = sur
		}
		if cap(whos) < 2*(len(d.ms)-k) {
			// The pointers in sur point into whos: it never grows
			// once the first is taken (two surnames at most a person).
			whos = make([]who, 0, 2*(len(d.ms)-k))
		}
		for _, st := range [3]int{m.te - 1, d.firstSurname(m), d.surnameBeforeParticle(m)} {
			if st < 0 {
				continue
			}
			d.buf = d.key(st)
			if prev, ok := sur[string(d.buf)]; ok {
				if prev == nil {
					continue
				}
				if prev.e != m.ent {
					sur[string(d.buf)] = nil // a clash
					continue
				}
				if prev.g == UnknownGender {
					prev.g = m.gender
				}
				continue
			}
			whos = append(whos, who{m.ent, m.gender})
			sur[d.keyString(st)] = &whos[len(whos)-1]
		}
	}
	d.whos = whos
	if len(sur) == 0 {
		return
	}
	for k := range d.ms {
		if m := &d.ms[k]; m.kind == Person && m.gender == UnknownGender {
			if w := sur[string(d.key(m.te-1))]; w != nil && w.e == m.ent {
				m.gender = w.g
			}
		}
	}
	// A filter over (length, first and last byte) of the surnames and
	// their genitives spares the map lookup for most capitalized words.
	var filt wordFilter
	for k, w := range sur {
		if w == nil {
			continue
		}
		filt.add(k)
		filt.addGenitive(k)
	}
	added := d.added[:0]
	mi, skip := 0, 0
	for _, i32 := range d.notes.uppers {
		i := int(i32)
		t := &d.toks[i]
		if t.is(fCaps) {
			continue
		}
		s := d.str(i)
		// A word without inner capitals, marks or apostrophes is its own key.
		plain := t.flags&(fInnerCaps|fMark|fNoKey) == 0
		if plain {
			// filt.has(s), written here (the call costs more than the test).
			n := len(s)
			if h := wordFilterHash(n, s[0], s[min(1, n-1)], s[max(n-2, 0)], s[n-1]); filt[h>>6]&(1<<(h&63)) == 0 {
				continue
			}
		}
		for mi < len(d.ms) && d.ms[mi].te <= i {
			mi++
		}
		if mi < len(d.ms) && d.ms[mi].ts <= i || i < skip {
			continue
		}
		if d.flag(i, wStop) || d.inCompound(i) || d.hyphenCont(i+1) {
			continue
		}
		var w *who
		if plain {
			w = sur[s]
		} else {
			w = sur[string(d.key(i))]
		}
		if w == nil {
			if len(s) > 3 && s[len(s)-1] == 's' {
				if plain {
					w = sur[s[:len(s)-1]]
				} else {
					w = sur[string(appendKey(d.buf[:0], s[:len(s)-1]))]
				}
			}
		}
		if w == nil {
			continue
		}
		te := i + 1
		if e := d.particleSurname(te); e > te {
			// "Lula da Silva" after "Luiz Inácio Lula da Silva": both surnames.
			if w2 := sur[string(d.key(e-1))]; w2 != nil && w2.e == w.e {
				te = e
				skip = e
			}
		}
		added = append(added, mention{kind: Person, ent: w.e, gender: w.g, ts: i, te: te})
	}
	d.added = added
}

// who is a person and the gender known of them, by surname
// (resolveSurnames).
type who struct {
	e *Entity
	g Gender
}

// collectiveRoles name a body as well as a member: they do not introduce
// a surname on its own.
//
// buildCollectiveRoles returns the words of the table collectiveRoles (generated: see the
// package's zz_generated_sets.go).
func buildCollectiveRoles() map[string]bool {
	return map[string]bool{"Vorstand": true, "Aufsichtsrat": true, "Verwaltungsrat": true, "Beirat": true, "Rat": true, "Präsidium": true, "Direktorium": true, "Management": true}
}

// placePrefixes start place and team names: a given name after them is
// not a person ("San Antonio", "Santa Monica").
//
// buildPlacePrefixes returns the words of the table placePrefixes (generated: see the
// package's zz_generated_sets.go).
func buildPlacePrefixes() map[string]bool {
	return map[string]bool{"San": true, "Santa": true, "Santo": true, "São": true, "Los": true, "Las": true, "St": true, "Sankt": true, "Saint": true, "New": true, "Fort": true, "Port": true, "Bad": true, "Mount": true, "Lake": true, "Cape": true}
}

// usedAsName reports whether the word of token i also stands elsewhere in
// the document without an article or adjective before it ("Altman sagte"),
// as names do and common nouns ("der 38-jährige Mann") do not.
func (d *docState) usedAsName(i int) bool {
	if !d.wordPosDone {
		// Index only the words that stand after an age ("der 40-jährige
		// X"): a few per document.
		d.wordPosDone = true
		if d.wordPos == nil {
			d.wordPos = make(map[string][]int32)
		}
		var filt wordFilter
		var lens uint64 // bit n: a word of n bytes (bit 63: 63 or more) is indexed, or its genitive
		for _, j := range d.notes.ages {
			k := int(j) + 1 // the word after "40-jährige"
			if k >= 3 && k < len(d.toks) && d.toks[k].flags&fUpper != 0 && d.toks[k-2].flags&fHyphen != 0 && d.ageContext(k) {
				s := d.str(k)
				d.wordPos[s] = nil
				filt.add(s)
				filt.addGenitive(s)
				lens |= 1<<min(len(s), 63) | 1<<min(len(s)+1, 63)
			}
		}
		for _, k32 := range d.notes.uppers {
			if len(d.wordPos) == 0 {
				break
			}
			k := int(k32) // an upper-case word
			// Only a word of an indexed length or one more can be
			// indexed (below): the length first, then the filter.
			t := &d.toks[k]
			if lens&(1<<min(int(t.end-t.start), 63)) == 0 {
				continue
			}
			s := d.str(k)
			if !filt.has(s) {
				continue
			}
			if _, ok := d.wordPos[s]; !ok && len(s) > 3 && s[len(s)-1] == 's' {
				s = s[:len(s)-1]
			}
			if ps, ok := d.wordPos[s]; ok {
				d.wordPos[s] = append(ps, int32(k))
			}
		}
	}
	w := d.str(i)
	if v, ok := d.nameUse[w]; ok {
		return v
	}
	v := d.usedAsNameScan(i, w)
	if d.nameUse == nil {
		d.nameUse = make(map[string]bool)
	}
	d.nameUse[w] = v
	return v
}

func (d *docState) usedAsNameScan(i int, w string) bool {
	for _, k32 := range d.wordPos[w] {
		k := int(k32)
		if k == i || d.ageContext(k) {
			continue
		}
		if v := d.str(k); v != w && v != w+"s" {
			continue
		}
		p := k - 1
		if p < 0 || d.toks[k].is(fSentStart) {
			return true
		}
		if d.isWord(p) && (isDeterminer(d.str(p)) || isQuantifier(d.str(p)) || d.toks[p].is(fLower) && adjectiveEnding(d.str(p)) || d.toks[p].is(fDigit)) {
			continue
		}
		return true
	}
	return false
}

func isQuantifier(s string) bool {
	switch s {
	case "Beide", "beide", "beiden", "alle", "Alle", "viele", "Viele", "einige", "Einige", "mehrere", "Mehrere",
		"zwei", "drei", "vier", "fünf", "zahlreiche", "Zahlreiche", "weitere", "andere", "manche":
		return true
	}
	return false
}

// appositionAfter reports whether tokens i, i+1 are two name words
// followed by ", [der|die] Role von|der|bei Organization".
func (d *docState) appositionAfter(i int) bool {
	if !d.isPunct(i+2, ",") || !d.surnameWord(i+1) || d.nounLike(i) || d.nounLike(i+1) {
		// (A comma at i+2 is not an upper-case word.)
		return false
	}
	r := i + 3
	if d.isWord(r) && isArticle(d.str(r)) {
		r++
	}
	if d.roleAt(r) == nil || !d.toks[r].is(fUpper) || !d.flag(r+1, wConnector) {
		return false
	}
	if m, ok := d.matchOrg(r + 2); !ok || m.term.ent < 0 {
		return false
	}
	if m, ok := d.matchOrg(i); ok && m.end > i {
		return false
	}
	return true
}

// wordFilter is a one-hash Bloom filter over (length, first two and last
// two bytes) of a few words: a cheap "certainly not" before a map lookup.
type wordFilter [1 << 10]uint64

func wordFilterHash(n int, b0, b1, bl2, bl byte) uint32 {
	h := uint32(b0)*0x9E3779B1 ^ uint32(b1)*0x85EBCA77 ^ uint32(bl2)*0x165667B1 ^ uint32(bl)*0xC2B2AE3D ^ uint32(n)*0x27D4EB2F
	return (h ^ h>>16) & (1<<16 - 1)
}

func (f *wordFilter) set(h uint32) { f[h>>6] |= 1 << (h & 63) }

// add adds the non-empty word s.
func (f *wordFilter) add(s string) {
	n := len(s)
	f.set(wordFilterHash(n, s[0], s[min(1, n-1)], s[max(n-2, 0)], s[n-1]))
}

// addGenitive adds s+"s" for the non-empty word s.
func (f *wordFilter) addGenitive(s string) {
	n := len(s)
	b1 := byte('s')
	if n >= 2 {
		b1 = s[1]
	}
	f.set(wordFilterHash(n+1, s[0], b1, s[n-1], 's'))
}

// has reports whether the non-empty word s may have been added.
func (f *wordFilter) has(s string) bool {
	n := len(s)
	h := wordFilterHash(n, s[0], s[min(1, n-1)], s[max(n-2, 0)], s[n-1])
	return f[h>>6]&(1<<(h&63)) != 0
}

// personFirm reports whether w, a word before a person's name, makes the
// name a firm or body named after that person ("im Verlag Klaus
// Wagenbach", "die Galerie Max Hetzler", "das Bankhaus Carl Spängler"),
// and the Type the firm gets.
func personFirm(w string) (Type, bool) {
	switch w {
	case "Verlag", "Musikverlag", "Buchverlag", "Kunstverlag", "Fachverlag":
		return Media, true
	case "Bankhaus", "Privatbank":
		return Bank, true
	case "Galerie", "Kunstgalerie", "Buchhandlung", "Druckerei", "Kanzlei", "Anwaltskanzlei", "Autohaus",
		"Modehaus", "Kaufhaus", "Möbelhaus", "Auktionshaus", "Antiquariat", "Weingut", "Reederei", "Spedition",
		"Brauerei", "Privatbrauerei", "Architekturbüro", "Ingenieurbüro":
		return Company, true
	}
	return 0, false
}

// firmOfPerson: a person's name [i, end) just found after a word of
// personFirm is the name of a firm, and the word is part of it: "im
// Verlag Klaus Wagenbach", "die Galerie Max Hetzler" (an organization;
// the person named in it is not reported). Not across a comma or a line
// ("der Verlag, Klaus Wagenbach …").
func (d *docState) firmOfPerson(i, end int) {
	h := i - 1
	if h < 0 || !d.isWord(h) || !d.toks[i].is(fSpace) || !d.toks[h].is(fUpper) || len(d.ms) == 0 {
		return
	}
	typ, ok := personFirm(d.str(h))
	if !ok {
		return
	}
	last := &d.ms[len(d.ms)-1]
	if last.kind != Person || last.ts != i || last.te != end || len(d.ms) >= 2 && d.ms[len(d.ms)-2].te > h {
		return
	}
	d.ms = d.ms[:len(d.ms)-1]
	d.emitRuleOrg(h, end, typ)
}
