package quote

import (
	"math"
	"slices"
	"strings"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/parse"
)

// nounSuffixes end common nouns rather than surnames.
var nounSuffixes = []string{"ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "ment", "chen", "lein", "ik", "ie", "ur", "enz", "anz", "um", "ungen", "isse", "en"}

// nounSuffixesByLast holds nounSuffixes by their last byte: a word need
// only be tested against those ending in its own last byte.
var nounSuffixesByLast = func() (t [256][]string) {
	for _, s := range nounSuffixes {
		t[s[len(s)-1]] = append(t[s[len(s)-1]], s)
	}
	return t
}()

// looksLikeSurname reports whether the word at token k can be a surname:
// no pronoun, number, common noun ending, role noun or verb form. The role
// and the verb come from the token's cached answers (roleAt, verbAt: the
// lexicon entry found at tokenization), not from new lookups of the word.
func (d *doc) looksLikeSurname(k int) bool {
	w := d.word(k)
	if len(w) < 2 || notSpeakers.Value(w) || pronounOf(w) != pronNone || isNumberWord(w) {
		return false
	}
	for _, s := range nounSuffixesByLast[w[len(w)-1]] {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return false
		}
	}
	if r, _ := d.roleAt(k); r {
		return false
	}
	if _, ok := d.verbAt(k, true); ok {
		return false
	}
	return true
}

// newPerson returns a pointer to a copy of p in the document's working
// memory (valid until the call returns).
func (d *doc) newPerson(p person) *person {
	q := d.bufs.persons.alloc()
	*q = p
	return q
}

// newSpeaker returns a pointer to a zero Speaker in the document's working
// memory; resolve copies the speakers it keeps out of it.
func (d *doc) newSpeaker() *Speaker { return d.bufs.speakers.alloc() }

// register adds p under its full name and its surname.
func (d *doc) register(full string, p *person) {
	if full == "" {
		return
	}
	if old, ok := d.people[full]; ok && old.name != "" && strings.Count(old.name, " ") >= strings.Count(p.name, " ") {
		// keep the richer entry, but learn its gender and role
		if old.gender == entity.UnknownGender {
			old.gender = p.gender
		}
		if old.role == "" {
			old.role, old.org = p.role, p.org
		}
		return
	}
	d.people[full] = p
	if i := strings.LastIndexByte(full, ' '); i >= 0 {
		sur := full[i+1:]
		if old, ok := d.people[sur]; !ok || strings.Count(old.name, " ") < strings.Count(p.name, " ") {
			d.people[sur] = p
		}
	}
}

// peopleFilterBits is the size in bits of collectPeople's name filter (a
// power of two): lexHash folded to its low bits.
const peopleFilterBits = 1 << 13

// collectPeople learns the persons of the text: from the entity mentions,
// from given names followed by surnames, from role nouns before names, and
// from the speakers of attributions.
func (d *doc) collectPeople(cands []cand) {
	if d.bufs.people == nil {
		d.bufs.people = make(map[string]*person)
	}
	d.people = d.bufs.people
	d.pmen = d.bufs.pmen[:0]
	defer func() { d.bufs.pmen = d.pmen }()
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.Kind != entity.Person {
			continue
		}
		name := m.Text
		if m.Entity != nil && m.Entity.Name != "" {
			name = m.Entity.Name
		}
		// a person mentioned again: what register does for a known name,
		// without making a person first
		if old, ok := d.people[name]; ok && name != "" && old.name != "" && (old.name == name || strings.Count(old.name, " ") >= strings.Count(name, " ")) {
			if old.gender == entity.UnknownGender {
				old.gender = m.Gender
			}
			if old.role == "" {
				old.role, old.org = m.Role, d.mentionOrg(m)
			}
			continue
		}
		d.register(name, d.newPerson(person{name: name, gender: m.Gender, role: m.Role, org: d.mentionOrg(m), ent: m.Entity}))
	}
	n := len(d.toks)
	skip := 0 // tokens before skip belong to a name already read
	caps := d.caps
	for ci, cw := range caps {
		i := int(cw.i)
		// every rule below wants a capitalized word (upper is set on
		// words only) after this one, which is then the next of caps:
		// most words go on here
		if i < skip || ci+1 == len(caps) || caps[ci+1].i != cw.i+1 {
			continue
		}
		// from here on token i+1 is a capitalized word
		t := &d.toks[i]
		w := d.word(i)
		gen, isFirst := d.givenName(i) // a given name needs a surname after it
		if isFirst {
			// a given name: the following capitalized words are the surname
			e := i + 1
			for e < n && e-i <= 3 && d.isWord(e) && d.toks[e].para == t.para && d.quoteOf(e) == d.quoteOf(i) {
				ew := d.word(e)
				if d.toks[e].upper && (d.surnameAt(e) || e == i+1 && monthSurname(ew)) || e > i+1 && nameParticles.Value(ew) && d.isWord(e+1) && d.toks[e+1].upper {
					e++
					continue
				}
				if nameParticles.Value(ew) && d.isWord(e+1) && d.toks[e+1].upper {
					e++
					continue
				}
				break
			}
			for e > i+1 && !d.toks[e-1].upper {
				e--
			}
			if e == i+1 {
				continue
			}
			full := d.text[t.s:d.toks[e-1].e]
			p := d.newPerson(person{name: full, gender: gen})
			d.roleBefore(i, p)
			d.register(full, p)
			skip = e
			continue
		}
		if w == "Frau" || w == "Herr" {
			// "Frau Dr. Lehmann", "Herr Schneider"
			m := i + 1
			for m+1 < n && d.is(m, cHonorific) && d.isPunct(m+1, '.') && d.isWord(m+2) && d.toks[m+2].upper {
				m += 2
			}
			if sw := d.word(m); d.surnameAt(m) && d.people[sw] == nil {
				p := d.newPerson(person{name: sw, gender: entity.Male})
				if w == "Frau" {
					p.gender = entity.Female
				}
				d.people[sw] = p
			}
			continue
		}
		if d.toks[i+1].para != t.para {
			continue
		}
		if r, fem := d.roleAt(i); r {
			sw := d.word(i + 1)
			if _, first := d.givenName(i + 1); first || !d.surnameAt(i+1) {
				continue
			}
			if d.pluralRole(i) {
				continue // "erhoffen sich die Ermittler Hinweise": a group and its object
			}
			if d.isWord(i+2) && d.toks[i+2].upper {
				continue // "Chef Ausblick Gewinn": not a name
			}
			if strings.HasSuffix(sw, "s") && d.isPunct(i+2, ',') && d.isWord(i+3) && d.toks[i+3].upper && d.isWord(i+4) && d.toks[i+4].upper {
				continue // "der Präsident Israels, Yona Metzger": a genitive, the name after it
			}
			p := d.newPerson(person{name: sw})
			if fem {
				p.gender = entity.Female
			}
			d.roleBefore(i+1, p)
			d.register(sw, p)
		}
	}
	// speakers named by a bare surname in an attribution
	for _, c := range cands {
		if !c.np.ok() || c.weak {
			continue
		}
		for k := c.np.s; k < c.np.e; k++ {
			if !d.isWord(k) || !d.toks[k].upper {
				continue
			}
			w := d.word(k)
			if k == c.np.s || d.word(k-1) == "und" {
				if _, ok := d.people[w]; !ok && d.surnameAt(k) && !determiners.Value(w) && d.mentionAt(int(d.toks[k].s)) == nil {
					if k+1 == c.np.e || d.word(k+1) == "und" {
						d.people[w] = d.newPerson(person{name: w})
					}
				}
			}
		}
	}
	// mentions of the known persons outside quotations; a quick filter on
	// the first and last byte of the known names saves most map lookups
	// (1 KiB, kept with the pooled buffers and cleared word by word after
	// use: on the stack it may make the goroutine's stack grow at first
	// use; it had 1<<17 bits, 16 KiB of fresh pages for the first text,
	// where a text's few dozen names need far fewer)
	filter := &d.bufs.filter // lexHash of every known name, folded
	for k := range d.people {
		if k != "" {
			h := lexHash(k) & (peopleFilterBits - 1)
			filter[h>>6] |= 1 << (h & 63)
		}
	}
	defer func() {
		for k := range d.people { // no name is removed while the filter is in use
			if k != "" {
				filter[(lexHash(k)&(peopleFilterBits-1))>>6] = 0
			}
		}
	}()

	// the mention cursor only moves forward, so visiting the capitalized
	// words alone finds the same mention for each of them
	mi := 0
	toks, ms := d.toks, d.mentions // locals: the loop runs once per capitalized word
	for _, cw := range d.caps {
		i := int(cw.i)
		t := &toks[i]
		for mi < len(ms) && ms[mi].End <= int(t.s) {
			mi++
		}
		if t.lex&lexQ != 0 {
			continue
		}
		if mi < len(ms) && ms[mi].Start <= int(t.s) {
			m := &ms[mi]
			if m.Kind == entity.Person && int(t.e) == m.End {
				name := m.Text
				if m.Entity != nil && m.Entity.Name != "" {
					name = m.Entity.Name
				}
				if p := d.people[name]; p != nil {
					d.pmen = append(d.pmen, pmention{s: m.Start, e: m.End, p: p})
				}
			}
			continue
		}
		var p *person
		if h := cw.h &^ tokEndsS & (peopleFilterBits - 1); filter[h>>6]&(1<<(h&63)) != 0 {
			p = d.people[d.word(i)]
		}
		if p == nil && cw.h&tokEndsS != 0 && t.e-t.s > 1 {
			w := d.word(i)
			if h := lexHash(w[:len(w)-1]) & (peopleFilterBits - 1); filter[h>>6]&(1<<(h&63)) != 0 {
				p = d.people[w[:len(w)-1]]
			}
		}
		if p != nil {
			d.pmen = append(d.pmen, pmention{s: int(t.s), e: int(t.e), p: p})
		}
	}
}

// monthSurname reports whether w, a month's name, is also a surname
// after a given name ("Jörg Mai", "Theresa May").
func monthSurname(w string) bool {
	switch w {
	case "Mai", "May", "April", "August", "Juni", "Juli", "März":
		return true
	}
	return false
}

// pluralRole reports whether the role noun at token k stands in the plural
// after "die" ("die Ermittler", "die Analysten"): a feminine role in the
// singular ends in -in or, made from an adjective, in -e ("die Sprecherin",
// "die Vorsitzende"), or is one of the feminine nouns of kinship ("die
// Konzerntochter IFR").
func (d *doc) pluralRole(k int) bool {
	if k == 0 || !d.isWord(k-1) {
		return false
	}
	if a := d.word(k - 1); a != "die" && a != "Die" {
		return false
	}
	w := d.word(k)
	return !strings.HasSuffix(w, "in") && !strings.HasSuffix(w, "e") &&
		!strings.HasSuffix(w, "Tochter") && !strings.HasSuffix(w, "tochter") && !strings.HasSuffix(w, "Mutter") && !strings.HasSuffix(w, "Schwester")
}

// mentionOrg returns the organization of a person mention: the
// recognizer's, or the part before the hyphen of the role word right
// before the name when the recognizer gives the role alone ("Südbank-Chef
// Lars Brink" → Südbank), so that the person is no other company's chief.
func (d *doc) mentionOrg(m *entity.Mention) string {
	if m.Organization != "" || m.Role == "" {
		return m.Organization
	}
	k := d.tokAt(m.Start) - 1
	if k < 0 || !d.isWord(k) || int(d.toks[k].e) > m.Start || m.Start-int(d.toks[k].e) > 3 {
		return ""
	}
	w := d.word(k)
	if h := len(w) - len(m.Role) - 1; h > 0 && w[h] == '-' && w[h+1:] == m.Role {
		return w[:h]
	}
	return ""
}

// roleBefore fills the role and organization of the person whose name
// starts at token i from "Analyst Peter Schmidt", "Siemens-Chef Roland
// Busch" or "Microsofts Finanzvorstand, Amy Hood".
func (d *doc) roleBefore(i int, p *person) {
	k := i - 1
	if d.isPunct(k, ',') {
		k--
		// "Der Chef von Microsoft, Satya Nadella": look back a few words
		for m := k; m >= 0 && m > k-5 && d.isWord(m) && d.toks[m].para == d.toks[i].para; m-- {
			if r, fem := d.roleAt(m); r && d.toks[m].upper {
				d.setRole(m, p, fem)
				return
			}
		}
		return
	}
	if d.isWord(k) && d.toks[k].upper && d.toks[k].para == d.toks[i].para {
		if r, fem := d.roleAt(k); r {
			d.setRole(k, p, fem)
		}
	}
}

func (d *doc) setRole(k int, p *person, fem bool) {
	w := d.word(k)
	p.role = w
	if fem && p.gender == entity.UnknownGender {
		p.gender = entity.Female
	}
	if h := strings.LastIndexByte(w, '-'); h > 0 {
		p.org = w[:h]
		p.role = w[h+1:]
		return
	}
	if d.isWord(k-1) && d.toks[k-1].upper {
		if pw := d.word(k - 1); strings.HasSuffix(pw, "s") && len(pw) > 3 && !determiners.Value(pw) {
			p.org = pw[:len(pw)-1]
			return
		}
	}
	if d.isWord(k+1) && (d.word(k+1) == "von" || d.word(k+1) == "der" || d.word(k+1) == "des") && d.isWord(k+2) && d.toks[k+2].upper {
		p.org = d.orgName(k+2, k+5)
	}
}

// orgName reads the capitalized words from token s (at most to lim) and
// turns a dative or genitive adjective ending back into the nominative
// ("Deutschen Bank" → "Deutsche Bank").
func (d *doc) orgName(s, lim int) string {
	e := s
	for e < len(d.toks) && e < lim && d.isWord(e) && d.toks[e].upper {
		e++
	}
	if e == s {
		return ""
	}
	name := d.text[d.toks[s].s:d.toks[e-1].e]
	if e-s >= 2 {
		first := d.word(s)
		if strings.HasSuffix(first, "schen") || strings.HasSuffix(first, "chen") || strings.HasSuffix(first, "ten") || strings.HasSuffix(first, "ischen") || strings.HasSuffix(first, "alen") || strings.HasSuffix(first, "ralen") {
			name = first[:len(first)-1] + name[len(first):]
		}
	}
	return name
}

// mentionAt returns the entity mention covering byte pos, if any.
func (d *doc) mentionAt(pos int) *entity.Mention {
	// i: the first mention that starts at t or after; the callers mostly
	// ask near their last question, so a few steps from the last answer
	// (d.mentHint) find it, farther off the binary search
	t := int32(min(pos+1, math.MaxInt32))
	ms := d.mstart
	i := min(d.mentHint, len(ms))
	for n := 0; ; n++ {
		if n == 4 {
			i, _ = slices.BinarySearch(ms, t)
			break
		}
		if i > 0 && ms[i-1] >= t {
			i--
		} else if i < len(ms) && ms[i] < t {
			i++
		} else {
			break
		}
	}
	d.mentHint = i
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if d.mentions[j].Start <= pos && pos < d.mentions[j].End {
			return &d.mentions[j]
		}
	}
	return nil
}

// resolve turns candidates into quotes with resolved speakers.
func (d *doc) resolve(cands []cand) []Quote {
	out := make([]Quote, 0, len(cands))
	resolved := slices.Grow(d.bufs.resolved[:0], len(cands))[:len(cands)]
	clear(resolved)
	d.bufs.resolved = resolved
	nsp := 0 // quotations with a speaker
	var last *Speaker
	lastPos, lastPara := -1, -1
	for i := range cands {
		c := &cands[i]
		var sp *Speaker
		switch {
		case c.carry >= 0 && c.carry < i:
			if r := resolved[c.carry]; r != nil {
				sp = d.newSpeaker()
				*sp = *r
			}
		case c.np.ok():
			sp = d.speakerFor(c, lastPos)
			if sp != nil && c.chained {
				sp.How = CarriedOver
			}
		}
		para := d.paraOf(c.inner.s)
		if sp != nil && last != nil && sp.Entity == nil && sp.How == Named && lastPara >= 0 && para >= lastPara && para-lastPara <= 1 &&
			c.carry < 0 && d.headAnaphor(c.np, sp.Name, last.Name) {
			// "die SPD-Landtagsfraktion erklärte … Außerdem halte die
			// Fraktion …": the speaker named before, by the head of its name
			sp.Name, sp.Role, sp.Organization, sp.IsOrganization, sp.Entity = last.Name, last.Role, last.Organization, last.IsOrganization, last.Entity
			sp.How = Reference
		}
		// a weak guess that named nobody counts as no attribution
		noAttr := !c.np.ok() || c.weak && c.verbTok < 0
		if sp == nil && c.kind == Direct && noAttr && c.carry < 0 && c.open >= 0 {
			// a Konjunktiv sentence goes on with the report of the sentence before
			sp = d.previousReporter(c, lastPos)
		}
		if sp == nil && c.kind == Direct && noAttr && (c.verbTok < 0 || d.impersonalVerb(c.verbTok) || !d.failedSubject(c.verbTok)) && c.carry < 0 && last != nil && lastPara >= 0 && para-lastPara <= 1 && para >= lastPara {
			if !d.otherPersonBetween(lastPos, c.inner.s, last) || d.reportedContinuation(c, lastPos) {
				sp = d.newSpeaker()
				*sp = *last
				sp.How = CarriedOver
			}
		}
		if sp == nil && c.kind == Direct && noAttr && c.verbTok < 0 && c.carry < 0 && c.open >= 0 {
			sp = d.previousSubject(c.open)
		}
		if c.kind != Direct && sp == nil {
			continue
		}
		resolved[i] = sp
		if sp != nil {
			last = sp
			lastPos = max(c.outer.e, c.inner.e)
			if c.close >= 0 && c.close < len(d.toks) {
				// names in the rest of the attribution's sentence do not interrupt
				lastPos = max(lastPos, int(d.toks[d.sent(c.close).e].e))
			}
			lastPara = d.paraOf(lastPos - 1)
		}
		if c.kind == speechEvent {
			continue // a speaker for what follows, not a quotation
		}
		q := Quote{
			Span:    parse.Span{Start: c.inner.s, End: c.inner.e},
			Text:    d.text[c.inner.s:c.inner.e],
			Outer:   parse.Span{Start: min(c.outer.s, c.inner.s), End: max(c.outer.e, c.inner.e)},
			Kind:    c.kind,
			Speaker: sp,
		}
		out = append(out, q)
		if sp != nil {
			nsp++
		}
	}
	// the speakers live in the working memory: one slice of them for the
	// caller, a speaker of its own for every quotation
	if nsp > 0 {
		sps := make([]Speaker, 0, nsp)
		for i := range out {
			if sp := out[i].Speaker; sp != nil {
				sps = append(sps, *sp)
				out[i].Speaker = &sps[len(sps)-1]
			}
		}
	}
	return out
}

// paraOf returns the index of the paragraph holding byte pos.
//
// i below is the first paragraph that ends after pos. resolve asks in text
// order, so it is found by a few steps from the last answer (d.paraHint)
// where the binary search took a dozen; farther off, the binary search.
func (d *doc) paraOf(pos int) int {
	ps := d.paras
	i := min(d.paraHint, len(ps))
	for n := 0; n < 4; n++ {
		switch {
		case i > 0 && ps[i-1].e > pos:
			i--
		case i < len(ps) && ps[i].e <= pos:
			i++
		default:
			d.paraHint = i
			if i < len(ps) && ps[i].s <= pos {
				return i
			}
			return i - 1
		}
	}
	i = d.paraOfSearch(pos)
	d.paraHint = max(i, 0)
	return i
}

// paraOfSearch is paraOf by binary search.
func (d *doc) paraOfSearch(pos int) int {
	i, found := slices.BinarySearchFunc(d.paras, pos, func(p span, x int) int {
		if p.e <= x {
			return -1
		}
		if p.s > x {
			return 1
		}
		return 0
	})
	if found {
		return i
	}
	return i - 1
}

// otherPersonBetween reports whether a person other than sp is named
// outside quotations in [a, b).
func (d *doc) otherPersonBetween(a, b int, sp *Speaker) bool {
	i, _ := slices.BinarySearchFunc(d.pmen, a, func(m pmention, x int) int { return m.s - x })
	for ; i < len(d.pmen) && d.pmen[i].s < b; i++ {
		if d.pmen[i].p.name != sp.Name {
			return true
		}
	}
	return false
}

// appositionName returns the token where a person's name in apposition
// starts in np ("der Sprecher von Kanzler X, Y": Y), or -1: the name
// follows the phrase's last comma directly, and the phrase opens with a
// role noun (after an article), the words that the name identifies.
func (d *doc) appositionName(np npRange) int {
	k := np.s
	if d.isWord(k) && d.is(k, cDet) {
		k++
	}
	if !d.isWord(k) || !d.toks[k].upper {
		return -1
	}
	if r, _ := d.roleAt(k); !r {
		return -1
	}
	for c := np.e - 2; c > k; c-- {
		if d.isPunct(c, ',') {
			if d.personMentionAt(c + 1) {
				return c + 1
			}
			return -1
		}
	}
	return -1
}

// apposedName returns the tokens [a, ae) of a name in apposition at the end
// of the role phrase np, after its last comma: two to four capitalized
// words (a name particle between them), none of them a role, a word that
// names no speaker or an organization, and a short bracket after them
// ("…, Peter Adrian (FDP)") left out. It returns 0, 0 when there is none.
func (d *doc) apposedName(np npRange) (int, int) {
	ae := np.e
	if d.isPunct(ae-1, ')') {
		for m := ae - 2; m > np.s && m > ae-8; m-- {
			if d.isPunct(m, '(') {
				ae = m
				break
			}
		}
	}
	c := ae - 1
	for c > np.s && !d.isPunct(c, ',') {
		c--
	}
	if c <= np.s || ae-c-1 < 2 || ae-c-1 > 4 {
		return 0, 0
	}
	for k := c + 1; k < ae; k++ {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 {
			return 0, 0
		}
		if d.is(k, cNameParticle) && k > c+1 && k < ae-1 {
			continue
		}
		if !d.toks[k].upper || d.is(k, cNotSpeaker|cDet) {
			return 0, 0
		}
		if r, _ := d.roleAt(k); r {
			return 0, 0
		}
		if m := d.mentionAt(int(d.toks[k].s)); m != nil && m.Kind == entity.Organization {
			return 0, 0
		}
	}
	return c + 1, ae
}

// namedAfterRole returns the tokens [a, ae) of a name right after the
// role noun at roleTok that opens np (after an article at most) and ends
// it: one to three capitalized words, none of them a role, a word that
// names no speaker or an organization ("UN-Generalsekretär Ban Ki-moon").
// It returns 0, 0 when there is none.
func (d *doc) namedAfterRole(np npRange, roleTok int) (int, int) {
	if roleTok != np.s && !(roleTok == np.s+1 && d.is(np.s, cDet)) {
		return 0, 0
	}
	a, ae := roleTok+1, np.e
	if d.isPunct(ae-1, ')') {
		for m := ae - 2; m > a && m > ae-8; m-- {
			if d.isPunct(m, '(') {
				ae = m
				break
			}
		}
	}
	if ae-a < 1 || ae-a > 3 {
		return 0, 0
	}
	if w := d.word(a); ae-a == 1 && strings.HasSuffix(w, "s") && d.people[w[:len(w)-1]] != nil {
		return 0, 0 // the owner in the genitive: "die Verteidiger Strauss-Kahns"
	}
	for k := a; k < ae; k++ {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 || !d.toks[k].upper || d.is(k, cNotSpeaker|cDet) {
			return 0, 0
		}
		if r, _ := d.roleAt(k); r {
			return 0, 0
		}
		if m := d.mentionAt(int(d.toks[k].s)); m != nil && m.Kind == entity.Organization {
			return 0, 0
		}
	}
	return a, ae
}

// speakerFor resolves the attribution noun phrase of c.
func (d *doc) speakerFor(c *cand, lastPos int) *Speaker {
	np := d.throughMention(c.np)
	s, e := int(d.toks[np.s].s), int(d.toks[np.e-1].e)
	sp := d.newSpeaker()
	*sp = Speaker{Span: parse.Span{Start: s, End: e}, Text: d.text[s:e], How: Named}
	// a reference the entity package resolved: "das Unternehmen", "Er"
	// (pronouns keep the finder's own rules below: a speaker is a person
	// the quotation context knows, and they agree with its role nouns)
	if r := d.refIn(np); r != nil && r.kind == entity.Description && !d.personal(npRange{np.s + 1, np.e}) {
		if d.speakerFromRef(sp, r) {
			return sp
		}
	}
	// "Seine Zuversicht …:", "Ihre Antwort …": the owner is the last person who fits
	if pr := possessiveOf(d.word(np.s)); pr != pronNone && np.e-np.s <= 3 && !d.personal(np) {
		if p := d.personBefore(s, pr); p != nil {
			fillPerson(sp, p)
			sp.How = Pronoun
			return sp
		}
		return nil
	}
	// "der 52-Jährige", "die 47-Jährige": the last person who fits, as
	// for a pronoun; the phrase when nobody does
	if pr := d.ageEpithet(np); pr != pronNone {
		if p := d.personBefore(s, pr); p != nil {
			fillPerson(sp, p)
			sp.How = Pronoun
			return sp
		}
		sp.Name = d.withoutDeterminer(np)
		return sp
	}
	// a pronoun: the last person who fits
	if np.e-np.s == 1 {
		if pr := d.pronounAt(np.s); pr != pronNone {
			if pr == pronShe && c.plural {
				// "Die Anwohner klagen über den Lärm. „…“, sagten sie.": the
				// plural subject of the sentence before
				ps := d.pluralSubjectBefore(np.s)
				if !ps.ok() {
					return nil
				}
				rc := cand{np: ps, carry: -1, open: -1}
				r := d.speakerFor(&rc, lastPos)
				if r == nil {
					return nil
				}
				sp.Name, sp.Role, sp.Organization, sp.Entity, sp.IsOrganization = r.Name, r.Role, r.Organization, r.Entity, r.IsOrganization
				sp.How = Pronoun
				return sp
			}
			p := d.personBefore(s, pr)
			if rs := d.roleSubjectBefore(np.s, pr); rs.ok() {
				// "Ein Sprecher des Konzerns bestätigte … „…“, sagte er."
				// (a definite role that names nobody may be the person
				// named before: "Der Vorstandschef bestätigte …")
				rc := cand{np: rs, carry: -1}
				r := d.speakerFor(&rc, lastPos)
				if r != nil && (p == nil || r.How == RoleNoun || indefiniteArticle(d.word(rs.s))) {
					sp.Name, sp.Role, sp.Organization, sp.Entity, sp.IsOrganization = r.Name, r.Role, r.Organization, r.Entity, r.IsOrganization
					sp.How = Pronoun
					return sp
				}
			}
			if p == nil {
				return nil
			}
			fillPerson(sp, p)
			sp.How = Pronoun
			return sp
		}
	}
	// an entity mention inside the phrase; a role phrase followed by a
	// name in apposition is that person, not the one its genitive or "von"
	// names ("der Sprecher von Kanzler X, Y" → Y)
	var org *entity.Mention
	from := np.s
	if a := d.appositionName(np); a > np.s {
		from = a
	}
	for k := from; k < np.e; k++ {
		m := d.mentionAt(int(d.toks[k].s))
		if m == nil {
			continue
		}
		if m.Kind == entity.Person {
			name := m.Text
			if m.Entity != nil && m.Entity.Name != "" {
				name = m.Entity.Name
			}
			if int(d.toks[k].s) == m.Start && strings.IndexByte(m.Text, ' ') < 0 && d.otherGivenName(np, k, &person{name: name}) {
				// "Sein Bruder Jonas Brand" after "Peter Brand": another person
				sp.Name = d.text[d.toks[k-1].s:m.End]
				d.roleFromNP(sp, np)
				return sp
			}
			if p := d.people[name]; p != nil {
				fillPerson(sp, p)
			} else {
				sp.Name, sp.Role, sp.Organization, sp.Entity = name, m.Role, m.Organization, m.Entity
			}
			d.roleFromNP(sp, np)
			return sp
		}
		if org == nil {
			org = m
		}
	}
	// a person known by name; a full name wins over a bare one
	var known *person
	for k := np.s; k < np.e; k++ {
		if !d.isWord(k) || !d.toks[k].upper {
			continue
		}
		if p := d.people[d.word(k)]; p != nil && (known == nil || strings.IndexByte(known.name, ' ') < 0 && strings.IndexByte(p.name, ' ') >= 0) && !d.otherGivenName(np, k, p) {
			known = p
		}
	}
	if known != nil {
		fillPerson(sp, known)
		d.roleFromNP(sp, np)
		return sp
	}
	// a name the recognizer missed, described by an apposition
	if d.nameBeforeApposition(np) {
		ln := d.leadingName(np)
		sp.Name = d.text[d.toks[ln.s].s:d.toks[ln.e-1].e]
		d.roleFromNP(sp, np)
		return sp
	}
	// a role noun without a name: the person introduced with that role
	roleTok := -1
	for k := np.s; k < np.e; k++ {
		if d.isWord(k) && d.toks[k].upper {
			if r, _ := d.roleAt(k); r {
				roleTok = k
				break
			}
		}
	}
	if roleTok >= 0 {
		if d.is(np.s, cDet) && (d.word(np.s) == "der" || d.word(np.s) == "die" || d.word(np.s) == "Der" || d.word(np.s) == "Die") && roleTok == np.e-1 {
			canon := ""
			if m := d.mentionAt(int(d.toks[roleTok].s)); m != nil && m.Kind == entity.Organization {
				canon = orgMentionName(m)
			}
			if p := d.personWithRole(d.word(roleTok), canon, s); p != nil {
				fillPerson(sp, p)
				sp.How = RoleNoun
				return sp
			}
			if p := d.partyPolitician(d.word(roleTok), s); p != nil {
				fillPerson(sp, p)
				sp.How = RoleNoun
				return sp
			}
			if p := d.leaderEpithet(d.word(roleTok), d.word(np.s) == "die" || d.word(np.s) == "Die", roleTok); p != nil {
				fillPerson(sp, p)
				sp.How = RoleNoun
				return sp
			}
		}
		if a, ae := d.namedAfterRole(np, roleTok); a > 0 {
			// "UN-Generalsekretär Ban Ki-moon": a name the recognizer does
			// not know, right after the role
			sp.Name = d.text[d.toks[a].s:d.toks[ae-1].e]
			d.roleFromNP(sp, np)
			return sp
		}
		if a, ae := d.apposedName(np); a > 0 {
			// "der stellvertretende Direktor der Agentur, Bambang Suryo Aji":
			// a name the recognizer does not know, in apposition to the role
			sp.Name = d.text[d.toks[a].s:d.toks[ae-1].e]
			d.roleFromNP(sp, np)
			return sp
		}
		sp.Name = sp.Text
		switch d.word(np.s) {
		case "der", "die", "das", "den", "dem", "des", "Der", "Die", "Das", "Den", "Dem", "Des":
			sp.Name = d.withoutDeterminer(np) // "der Sprecher" → "Sprecher"; "ein Sprecher der X" stays
		case "eines", "einer":
			// "nach Angaben eines Sprechers der Werft" → "Sprecher der Werft"
			// (not one of a group: "einer der Sprecher")
			if np.s+1 >= np.e || !d.is(np.s+1, cDet) {
				sp.Name = d.withoutDeterminer(np)
			}
		}
		if d.word(np.s) == "eines" && roleTok == np.s+1 {
			// the role in the genitive: "eines Unternehmenssprechers" →
			// "Unternehmenssprecher"
			rw := d.word(roleTok)
			if base := genitiveBase(rw); base != rw && strings.HasPrefix(sp.Name, rw) {
				if r, _ := isRoleNoun(base); r {
					sp.Name = base + sp.Name[len(rw):]
				}
			}
		}
		sp.Role = d.word(roleTok)
		if h := strings.LastIndexByte(sp.Role, '-'); h > 0 {
			sp.Organization = sp.Role[:h]
			sp.Role = sp.Role[h+1:]
		}
		if org != nil {
			sp.Organization = orgMentionName(org)
		} else if roleTok+1 < np.e && (d.word(roleTok+1) == "der" || d.word(roleTok+1) == "des" || d.word(roleTok+1) == "von" || d.word(roleTok+1) == "vom") {
			k := roleTok + 2
			if d.isWord(k) && d.is(k, cDet) {
				k++
			}
			sp.Organization = d.orgName(k, np.e)
		}
		return sp
	}
	// "laut Reuters-Informationen", "laut dpa-Angaben": the medium or body
	// before the hyphen is the source
	if np.e-np.s == 1 {
		w := d.word(np.s)
		if h := strings.LastIndexByte(w, '-'); h > 0 && h < len(w)-1 && sourceNouns.Value(w[h+1:]) {
			sp.Name, sp.IsOrganization = w[:h], true
			return sp
		}
	}
	// "einer Mitteilung des Ministeriums" → the ministry; "dem Papier" → the
	// document, no person
	if d.documentSpeaker(sp, np) {
		return sp
	}
	if org != nil {
		sp.IsOrganization = true
		sp.Entity = org.Entity
		if org.Start <= d.firstHead(np) && org.End >= e {
			sp.Name = orgMentionName(org)
			return sp
		}
		// "die SPD-Landtagsfraktion": the phrase names more than the party
		sp.Organization = orgMentionName(org)
		sp.Name = d.withoutDeterminer(np)
		return sp
	}
	if c.weak && d.groupSubject(np, c.open) {
		// a group or body as the subject of the sentence: "Die Firma
		// empfindet die Kritik als ungerecht: „…“"
		sp.Name = d.withoutDeterminer(np)
		sp.How = Named
		return sp
	}
	if c.weak && !(np.e-np.s == 1 && d.knownSurnameShape(np.s) && (np.s == 0 || !d.isWord(np.s-1) || !d.toks[np.s-1].upper)) && !d.nameBeforeApposition(np) {
		return nil // a weak guess needs a person
	}
	// a name the text gives no more about
	name := sp.Text
	marked := d.toks[np.s].kind == tMark || np.e-np.s > 1 && d.toks[np.s+1].kind == tMark
	if marked {
		from := np.s
		if d.toks[from].kind != tMark {
			from++ // "die „Computerwoche“" → Computerwoche
		}
		name = strings.Trim(d.text[d.toks[from].s:e], "„“”\"»«")
		sp.IsOrganization = true
	}
	if !marked && d.is(np.s, cDet) && np.e-np.s > 1 && !(d.is(np.s, cPartitive) && d.isWord(np.s+1) && d.is(np.s+1, cDet)) {
		name = d.text[d.toks[np.s+1].s:e]
	}
	sp.Name = withoutAge(name)
	return sp
}

// throughMention extends np to the end of an organization mention that its
// last word begins or stands in and that goes on after it: a name with a
// lower-case word inside ("die Hilfsorganisation Ärzte ohne Grenzen", "ein
// Sprecher von Reporter ohne Grenzen") is not cut before that word.
func (d *doc) throughMention(np npRange) npRange {
	if !np.ok() || np.e > len(d.toks) {
		return np
	}
	last := &d.toks[np.e-1]
	m := d.mentionAt(int(last.s))
	if m == nil || m.Kind != entity.Organization || m.End <= int(last.e) || m.Start < int(d.toks[np.s].s) {
		return np
	}
	k := np.e
	for k < len(d.toks) && int(d.toks[k].e) <= m.End {
		if d.toks[k].kind == tMark || d.toks[k].para != last.para {
			return np
		}
		k++
	}
	if int(d.toks[k-1].e) != m.End {
		return np // the mention does not end with a word of its own
	}
	return npRange{np.s, k}
}

// withoutAge drops a person's age in brackets after the name: "Mislintat
// (48)" → "Mislintat".
func withoutAge(name string) string {
	i := strings.LastIndex(name, " (")
	if i <= 0 || !strings.HasSuffix(name, ")") {
		return name
	}
	for _, c := range name[i+2 : len(name)-1] {
		if c < '0' || c > '9' {
			return name
		}
	}
	if len(name)-1 == i+2 {
		return name
	}
	return name[:i]
}

// ageEpithet tells the gender of a phrase "der 52-Jährige" (pronHe) or
// "die 47-Jährige" (pronShe), a person's age for the person; pronNone for
// any other phrase, a plural among them ("die 30-Jährigen").
func (d *doc) ageEpithet(np npRange) int {
	if np.e-np.s != 2 || !d.isWord(np.s+1) || !ageNoun(d.word(np.s+1)) || !strings.HasSuffix(d.word(np.s+1), "Jährige") {
		return pronNone
	}
	switch d.word(np.s) {
	case "der", "Der":
		return pronHe
	case "die", "Die":
		return pronShe
	}
	return pronNone
}

// otherGivenName reports whether the known person p, found by the surname
// at token k of np, is someone else than np names: a capitalized word
// right before the surname that is a given name not in p's name names
// another person ("Peter Brand" … "Sein Bruder Jonas Brand").
func (d *doc) otherGivenName(np npRange, k int, p *person) bool {
	g := k - 1
	if g < np.s || !d.isWord(g) || !d.toks[g].upper || d.is(g, cDet|cHonorific|cNameParticle) || strings.IndexByte(p.name, ' ') < 0 {
		return false
	}
	if r, _ := d.roleAt(g); r {
		return false
	}
	w := d.word(g)
	switch w {
	case "Frau", "Herr", "Herrn":
		return false
	}
	if strings.Contains(p.name, w) {
		return false
	}
	_, ok := d.givenName(g) // (not any capitalized word: "Ehemann", "Frontmann", "Punklady")
	return ok
}

func orgMentionName(m *entity.Mention) string {
	if m.Entity != nil && m.Entity.Name != "" {
		return m.Entity.Name
	}
	return m.Text
}

// roleFromNP adds a role written in the phrase ("Siemens-Chef Roland Busch").
func (d *doc) roleFromNP(sp *Speaker, np npRange) {
	if sp.Role != "" {
		return
	}
	for k := np.s; k < np.e; k++ {
		if d.isWord(k) && d.toks[k].upper {
			if r, _ := d.roleAt(k); r {
				sp.Role = d.word(k)
				if h := strings.LastIndexByte(sp.Role, '-'); h > 0 {
					sp.Organization = sp.Role[:h]
					sp.Role = sp.Role[h+1:]
				}
				return
			}
		}
	}
}

func fillPerson(sp *Speaker, p *person) {
	sp.Name = p.name
	sp.Role = p.role
	sp.Organization = p.org
	sp.Entity = p.ent
	sp.IsOrganization = p.isOrg
}

// personBefore finds the last person named before byte pos who fits the
// pronoun.
func (d *doc) personBefore(pos int, pr int) *person {
	i, _ := slices.BinarySearchFunc(d.pmen, pos, func(m pmention, x int) int { return m.s - x })
	for j := i - 1; j >= 0 && pos-d.pmen[j].s < 4000; j-- {
		p := d.pmen[j].p
		if p.isOrg {
			continue
		}
		switch {
		case pr == pronHe && p.gender != entity.Female:
			return p
		case pr == pronShe && p.gender != entity.Male:
			return p
		}
	}
	return nil
}

// roleSubjectBefore returns the subject of the sentence before the one
// holding token k when it names a person by a role alone whose gender fits
// the pronoun pr ("Ein Sprecher von Thyssenkrupp bestätigte den Eingang.
// „…“, sagte er."; "Die Sprecherin der Bank …" for "sie"), in the same
// paragraph, and no person is named after it before k; else noNP. The
// pronoun refers to that subject, not to a person named before it.
func (d *doc) roleSubjectBefore(k int, pr int) npRange {
	b := int(d.sent(k).b)
	if b == 0 || d.toks[b-1].para != d.toks[k].para {
		return noNP
	}
	pb := int(d.sent(b - 1).b)
	if d.toks[pb].kind != tWord || d.toks[pb].lex&lexQ != 0 {
		return noNP
	}
	np := d.grabSubject(d.skipStarters(pb, b))
	if !np.ok() || np.e >= b || !d.isWord(np.e) || d.toks[np.e].upper {
		return noNP // a subject, followed by its verb
	}
	h := np.s
	if d.is(h, cDet) {
		h++
	}
	if h >= np.e || !d.isWord(h) || !d.toks[h].upper {
		return noNP
	}
	if r, fem := d.roleAt(h); !r || fem != (pr == pronShe) {
		return noNP
	}
	if d.namesPerson(np) || d.nameBeforeApposition(np) || d.appositionName(np) > 0 {
		return noNP
	}
	if a, _ := d.apposedName(np); a > 0 {
		return noNP
	}
	// nobody named between the phrase and the pronoun
	i, _ := slices.BinarySearchFunc(d.pmen, int(d.toks[np.s].s), func(m pmention, x int) int { return m.s - x })
	if i < len(d.pmen) && d.pmen[i].s < int(d.toks[k].s) {
		return noNP
	}
	return np
}

// partyPolitician resolves "der SPD-Politiker", "die Grünen-Politikerin"
// (role, before byte pos): news refers back with it to the last person
// named, of the gender of the noun, whose party in brackets after a
// mention ("Olaf Scholz (SPD)") is that party or not given. It returns nil
// for other roles ("der SPD-Chef" may be somebody not named yet).
func (d *doc) partyPolitician(role string, pos int) *person {
	h := strings.LastIndexByte(role, '-')
	if h <= 0 {
		return nil
	}
	party, base := role[:h], role[h+1:]
	pr := pronHe
	switch base {
	case "Politiker":
	case "Politikerin":
		pr = pronShe
	default:
		return nil
	}
	i, _ := slices.BinarySearchFunc(d.pmen, pos, func(m pmention, x int) int { return m.s - x })
	for j := i - 1; j >= 0 && pos-d.pmen[j].s < 4000; j-- {
		p := d.pmen[j].p
		if p.isOrg || pr == pronHe && p.gender == entity.Female || pr == pronShe && p.gender == entity.Male {
			continue
		}
		if tag := d.partyAfter(d.pmen[j].e); tag != "" && !strings.HasPrefix(tag, party) && !strings.HasPrefix(party, tag) {
			continue // "Friedrich Merz (CDU)" is no SPD-Politiker
		}
		return p
	}
	return nil
}

// leaderEpithet resolves "der FDP-Vorsitzende", "die SPD-Chefin", "der
// Siemens-Chef" (the role token k, with "die" female): news names a
// leader and then refers back to them by the office with the party or
// company before the hyphen. The office may also be held by somebody not
// named at all, so the person must be plain: the last sentence before
// the phrase's sentence that names people, in the same or the paragraph
// before, names exactly one who fits in gender and whose organization,
// where given, is the one of the office. Two who fit ("Christian Lindner
// traf Friedrich Merz.") leave the phrase unresolved, and a person with a
// party in brackets ("Jens Mahler (SPD)") is introduced as a member, not
// as the holder of an office.
func (d *doc) leaderEpithet(role string, female bool, k int) *person {
	h := strings.LastIndexByte(role, '-')
	if h <= 0 || !leaderOffices.Value(role[h+1:]) {
		return nil
	}
	org := role[:h]
	b := int(d.sent(k).b)
	if b == 0 {
		return nil
	}
	pos := int(d.toks[b].s)
	i, _ := slices.BinarySearchFunc(d.pmen, pos, func(m pmention, x int) int { return m.s - x })
	if i == 0 {
		return nil
	}
	// the sentence of the last person named before the phrase's sentence
	t := d.tokAt(d.pmen[i-1].s)
	if t >= len(d.toks) || d.toks[t].para+1 < d.toks[k].para {
		return nil
	}
	sb := int(d.toks[d.sent(t).b].s)
	var found *person
	for j := i - 1; j >= 0 && d.pmen[j].s >= sb; j-- {
		p := d.pmen[j].p
		if p.isOrg || female && p.gender == entity.Male || !female && p.gender == entity.Female {
			continue
		}
		if d.partyAfter(d.pmen[j].e) != "" {
			// "Jens Mahler (SPD)" is introduced as a member of the party,
			// not as its chief: "der SPD-Chef" may be somebody else
			continue
		}
		if p.org != "" && p.org != org {
			continue // "Bosch-Chef Stefan Hartung" is no Siemens-Chef
		}
		if found != nil && found.name != p.name {
			return nil // two who fit
		}
		found = p
	}
	return found
}

// leaderOffices are the offices of a party, a company or a body that news
// uses to refer back to the person who holds one ("der FDP-Vorsitzende",
// "die SPD-Chefin"): leaderEpithet. A spokesperson ("Sprecher") is
// another person; "Politiker" is partyPolitician's.
//
// buildLeaderOffices returns the words of the table leaderOffices (generated: see the
// package's zz_generated_sets.go).
func buildLeaderOffices() map[string]bool {
	return map[string]bool{
		"Chef": true, "Chefin": true, "Vorsitzende": true, "Vorsitzender": true,
		"Parteichef": true, "Parteichefin": true, "Parteivorsitzende": true, "Parteivorsitzender": true,
		"Fraktionschef": true, "Fraktionschefin": true, "Fraktionsvorsitzende": true, "Fraktionsvorsitzender": true,
		"Landeschef": true, "Landeschefin": true, "Landesvorsitzende": true, "Landesvorsitzender": true,
		"Generalsekretär": true, "Generalsekretärin": true, "Spitzenkandidat": true, "Spitzenkandidatin": true,
		"Kanzlerkandidat": true, "Kanzlerkandidatin": true, "Präsident": true, "Präsidentin": true,
		"Boss": true, "Vorstandschef": true, "Vorstandschefin": true,
	}
}

// partyAfter returns the short word in brackets right after byte e ("
// (SPD)", " (Grüne)"), or "".
func (d *doc) partyAfter(e int) string {
	t := d.text[e:]
	if !strings.HasPrefix(t, " (") {
		return ""
	}
	t = t[2:]
	c := strings.IndexByte(t, ')')
	if c <= 0 || c > 12 || strings.IndexByte(t[:c], ' ') >= 0 {
		return ""
	}
	return t[:c]
}

// indefiniteArticle reports whether w is "ein" or "eine": a person
// introduced anew ("Ein Sprecher", "Eine Sprecherin").
func indefiniteArticle(w string) bool {
	return w == "Ein" || w == "ein" || w == "Eine" || w == "eine"
}

// personWithRole finds the last person before pos introduced with role
// ("DIW-Chef", or "Chef" of the organization canon).
func (d *doc) personWithRole(role, canon string, pos int) *person {
	base, orgPart := role, ""
	if h := strings.LastIndexByte(role, '-'); h > 0 {
		base, orgPart = role[h+1:], role[:h]
	}
	var found *person
	i, _ := slices.BinarySearchFunc(d.pmen, pos, func(m pmention, x int) int { return m.s - x })
	for j := i - 1; j >= 0 && j >= i-200; j-- {
		p := d.pmen[j].p
		if p.role == "" || !strings.EqualFold(p.role, base) && p.role != role {
			continue
		}
		if orgPart == "" || p.org == "" || p.org == orgPart || canon != "" && p.org == canon {
			if found != nil && found != p && found.name != p.name {
				return nil // two persons hold the role: the phrase stays unresolved
			}
			found = p
		}
	}
	return found
}

// firstHead returns the byte offset of the first capitalized word of np.
func (d *doc) firstHead(np npRange) int {
	for k := np.s; k < np.e; k++ {
		if d.isWord(k) && d.toks[k].upper {
			return int(d.toks[k].s)
		}
	}
	return int(d.toks[np.s].s)
}

// withoutDeterminer returns the text of np without a leading determiner.
func (d *doc) withoutDeterminer(np npRange) string {
	k, e := np.s, np.e-1
	if k < e && d.isWord(k) && d.is(k, cDet) {
		k++
	}
	if k+1 < e && d.toks[k].kind == tMark && d.toks[e].kind == tMark {
		k, e = k+1, e-1 // a medium in marks: „Reuters“ → Reuters
	}
	return d.text[d.toks[k].s:d.toks[e].e]
}

// previousSubject gives a quotation without attribution the person who is
// the subject of the sentence before it in the same paragraph ("Sadiq Khan
// verurteilte die Haltung der Regierung. „…“"), when nobody else is named
// in between. A sentence without a verb of saying hands on a named person
// (who takes the floor from an earlier speaker), or an organization before
// a quotation standing alone.
func (d *doc) previousSubject(o int) *Speaker {
	b := int(d.sent(o).b)
	if b == 0 || d.toks[b-1].para != d.toks[o].para && !(b == o && d.toks[b-1].para+1 == d.toks[o].para) {
		return nil
	}
	pb := int(d.sent(b - 1).b)
	if d.toks[pb].lex&lexQ != 0 || d.toks[pb].kind == tMark {
		return nil
	}
	// only a sentence with a verb of saying hands its subject on
	saying := false
	for k := pb; k < b; k++ {
		if d.isWord(k) && d.toks[k].lex&lexQ == 0 {
			if f, ok := d.verbAt(k, k == pb); ok && f.plain {
				saying = true
				break
			}
		}
	}
	s := d.skipStarters(d.afterLabel(pb, b), b)
	np := d.grabSubject(s)
	if !np.ok() || np.e >= b {
		np = noNP
	}
	// the subject is followed by its finite verb, or by the comma of an
	// apposition after a name ("Sadiq Khan, einer der …, verurteilte")
	named := np.ok() && (d.namesPerson(np) || d.nameBeforeApposition(np))
	if np.ok() && !(d.isWord(np.e) && !d.toks[np.e].upper && !d.is(np.e, cDet) && !d.is(np.e, cPrep) || named && d.isPunct(np.e, ',')) {
		np = noNP
	}
	if !np.ok() {
		// an inverted subject: "Im Landtag nahm der Ministerpräsident,
		// Kai Brandt, dazu Stellung."
		if np = d.invertedSubject(pb, b, false); !np.ok() {
			return nil
		}
		named = true
	}
	// a sentence of saying hands its subject on; so does a sentence about
	// a named person or an organization before a quotation standing alone
	if !saying && !named && b != o {
		return nil
	}
	c := cand{np: np, weak: true}
	sp := d.speakerFor(&c, -1)
	if sp == nil || sp.IsOrganization && b != o {
		return nil
	}
	if !saying && !named && !sp.IsOrganization {
		return nil
	}
	// nobody else named between the subject and the quotation
	i, _ := slices.BinarySearchFunc(d.pmen, int(d.toks[np.e-1].e), func(m pmention, x int) int { return m.s - x })
	for ; i < len(d.pmen) && d.pmen[i].s < int(d.toks[o].s); i++ {
		if d.pmen[i].p.name != sp.Name {
			return nil
		}
	}
	sp.How = CarriedOver
	return sp
}

// namesPerson reports whether np holds the name of a person at its head:
// an entity person mention or a name the text introduced, possibly after a
// role noun ("Finanzchefin Eva Kühn"), but not in a phrase headed by a
// thing ("Die Prognose von Eva Kühn").
func (d *doc) namesPerson(np npRange) bool {
	for k := np.s; k < np.e; k++ {
		if !d.isWord(k) || !d.toks[k].upper || d.is(k, cDet) {
			continue
		}
		w := d.word(k)
		if d.personMentionAt(k) || d.people[w] != nil {
			return true
		}
		if _, ok := d.givenName(k); ok {
			return true
		}
		if r, _ := d.roleAt(k); r {
			// a role noun heads the phrase: a name in it or in its
			// apposition ("Der Chef der Kasse, Georg Linde") is the person
			for m := k + 1; m < np.e; m++ {
				if d.isWord(m) && d.toks[m].upper && (d.personMentionAt(m) || d.people[d.word(m)] != nil) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// possessiveOf tells the gender of a possessive determiner at the start of
// a phrase ("Seine Meinung", "Ihre Antwort").
func possessiveOf(w string) int {
	switch w {
	case "Sein", "Seine", "Seiner", "Seinem", "Seinen", "Seines":
		return pronHe
	case "Ihr", "Ihre", "Ihrer", "Ihrem", "Ihren", "Ihres":
		return pronShe
	}
	return pronNone
}

// impersonalVerb reports whether the verb at token v has "es" for subject
// ("Es heißt", "es sei"), so that no new speaker stands in the attribution.
func (d *doc) impersonalVerb(v int) bool {
	for _, k := range []int{v - 1, v + 1} {
		if d.isWord(k) && (d.word(k) == "es" || d.word(k) == "Es") {
			return true
		}
	}
	return false
}

// failedSubject reports whether the clause of the verb at token v holds a
// capitalized word before the verb that could not be read as a speaker
// ("Einer der Feuerwehrmänner sagte"): someone new speaks, unknown.
func (d *doc) failedSubject(v int) bool {
	cs := d.clauseStart(v, true)
	for k := d.skipStarters(cs, v); k < v; k++ {
		if d.toks[k].lex&lexQ != 0 {
			continue // quoted words are no subject ("kurz „PACs“ genannt")
		}
		if d.isWord(k) && d.toks[k].upper && !d.isLower(k, cPrepLower) {
			return true
		}
		if d.isWord(k) && d.is(k, cPrep) {
			return false
		}
	}
	return false
}

// subjectAtStart reports whether np opens its sentence, after conjunctions
// and adverbs, and a finite verb follows it.
func (d *doc) subjectAtStart(np npRange) bool {
	b := d.afterLabel(int(d.sent(np.s).b), np.s)
	return d.skipStarters(b, np.s) == np.s && d.finiteAfter(np.e)
}

// capitalHead reports whether np holds a capitalized word that can name a
// group or body ("Die Demonstranten", "das Ministerium").
func (d *doc) capitalHead(np npRange) bool {
	for k := np.s; k < np.e; k++ {
		if d.isWord(k) && d.toks[k].upper && !d.is(k, cNotSpeaker) && !d.is(k, cDet) && !isNumberWord(d.word(k)) {
			return true
		}
	}
	return false
}

// reportedContinuation reports whether the direct quotation c stands in a
// sentence that goes on with the report before it: a Konjunktiv outside the
// quotation and no verb of saying, right after the sentence where the last
// speaker was named (lastPos ends it). The people such a sentence names are
// what the speaker talks about ("„…“, so Suttner. Außerdem hätte der Sender
// Roßmüller „…“"), not new speakers.
func (d *doc) reportedContinuation(c *cand, lastPos int) bool {
	if c.open <= 0 || lastPos <= 0 {
		return false
	}
	b := int(d.sent(c.open).b)
	if b == 0 || int(d.toks[b-1].e) > lastPos || int(d.toks[d.sent(b-1).b].s) >= lastPos {
		return false // the last speaker is not named in the sentence before
	}
	return d.continuesInSubjunctive(c.open)
}

// continuesInSubjunctive reports whether the sentence of token o holds a
// Konjunktiv outside quotations and no verb of saying: it goes on with a
// report made before it.
func (d *doc) continuesInSubjunctive(o int) bool {
	sr := d.sent(o)
	b, e := int(sr.b), int(sr.e)
	subj := false
	for k := b; k <= e; k++ {
		t := &d.toks[k]
		if t.lex&lexQ != 0 || t.kind != tWord {
			continue
		}
		if _, ok := d.verbAt(k, k == b); ok {
			return false
		}
		subj = subj || d.lx.infos[t.lex&lexMask].flags&lxSubjunctive != 0
	}
	return subj
}

// pairInSentence reports whether a quotation mark stands in the sentence
// of token k.
func (d *doc) pairInSentence(k int) bool {
	sr := d.sent(k)
	for m := int(sr.b); m <= int(sr.e); m++ {
		if d.toks[m].kind == tMark {
			return true
		}
	}
	return false
}

// previousReporter gives a quotation without attribution, in a sentence
// that goes on in Konjunktiv (continuesInSubjunctive), the speaker of the
// sentence right before it in the same paragraph, or of the one before
// that across up to two Konjunktiv sentences without quotations: its "so X" attribution or
// the subject of its verb of saying, also when that sentence quotes nothing
// ("Figeľ bekräftigte das Engagement … Die Pflichten seien festgelegt:
// „…“"). Otherwise nil.
func (d *doc) previousReporter(c *cand, lastPos int) *Speaker {
	b := int(d.sent(c.open).b)
	if b == 0 || d.toks[b-1].para != d.toks[b].para || !d.continuesInSubjunctive(c.open) {
		return nil
	}
	// the report may lie two sentences back, across sentences that go on
	// in Konjunktiv themselves ("Die Ministerin weist auf Risiken hin. Dazu
	// gehöre X. Die Daten seien „…“")
	var np npRange
	k := -1
	for hop := 0; ; hop++ {
		pb, pe := int(d.sent(b-1).b), b-1
		np, k = d.soAttribution(pb, pe)
		if np.ok() {
			break
		}
		k = -1
		for m := pb; m <= pe; m++ {
			if !d.isWord(m) || d.toks[m].lex&lexQ != 0 {
				continue
			}
			if f, ok := d.verbAt(m, m == pb); ok && f.finite && (f.plain || d.particleAt(d.clauseEnd(m), f.particles)) {
				k = m
				break
			}
		}
		if k >= 0 {
			np = d.orClauseSubject(d.subjectOfVerb(pb, k, pe+1), k)
			break
		}
		b = pb
		if hop == 2 || b == 0 || d.toks[b-1].para != d.toks[b].para || d.pairInSentence(pb) || !d.continuesInSubjunctive(pb) {
			return nil
		}
	}
	if !np.ok() || !d.canSpeak(np) && !(d.isCapitalNP(np) && !pronominalAdverbs.Value(d.word(np.s))) {
		return nil
	}
	tmp := cand{np: np, verbTok: k, carry: -1, kind: Direct, open: -1, close: -1}
	sp := d.speakerFor(&tmp, lastPos)
	if sp != nil {
		sp.How = CarriedOver
	}
	return sp
}

// pluralSubjectBefore returns the subject of the sentence before the one
// of token k when it is plural and can speak, the antecedent of a plural
// "sie" ("Die Schüler warten auf den Bus. „…“, sagten sie."): the phrase
// opening that sentence, no object in the accusative or dative, followed
// by a finite verb in the plural ("-en", "sind"). It returns noNP
// otherwise: a singular subject ("Die Ministerin traf die Landwirte.")
// names nobody the plural fits.
func (d *doc) pluralSubjectBefore(k int) npRange {
	sb := int(d.sent(k).b)
	if sb <= 0 {
		return noNP
	}
	ps := d.sent(sb - 1)
	pe := int(ps.e)
	s := d.skipStarters(d.afterLabel(int(ps.b), pe), pe)
	if s >= pe || !d.isWord(s) || d.toks[s].lex&lexQ != 0 || d.obliqueAt(s) {
		return noNP
	}
	np := d.grabSubject(s)
	if !np.ok() || np.e >= pe {
		return noNP
	}
	v := np.e
	if !d.isWord(v) || d.toks[v].upper || d.toks[v].lex&lexQ != 0 || d.is(v, cDet|cPrep|cRelPronoun|cAdverb) {
		return noNP
	}
	if w := d.word(v); !(strings.HasSuffix(w, "en") || w == "sind") || !d.canSpeak(np) && !d.pluralBody(np) {
		return noNP
	}
	return np
}

// pluralBody reports whether the last capitalized word of np is the plural
// of a role noun or of the head of a body that speaks ("die
// Gewerkschaften", "die Lehrerinnen", "die Vorstände" are not: an umlaut
// plural is not read).
func (d *doc) pluralBody(np npRange) bool {
	for k := np.e - 1; k >= np.s; k-- {
		if !d.isWord(k) || !d.toks[k].upper {
			continue
		}
		if r, _ := d.roleAt(k); r {
			return true
		}
		w := d.word(k)
		for _, suf := range [...]string{"nen", "en", "n", "e"} {
			if st := strings.TrimSuffix(w, suf); len(st) < len(w) && len(st) > 2 {
				if r, _ := isRoleNoun(st); r {
					return true
				}
				var buf [48]byte
				if len(st) <= 40 && speakerHeadWord(lowerFirst(buf[:0], st)) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// headAnaphor reports whether np, a definite article and one noun that
// resolved to name, takes up the speaker named before (lastName) by the
// head of that name: the last part of a compound ("die Fraktion" after
// "SPD-Landtagsfraktion", "der Verband" after "Bauernverband") or the last
// word of a name ("die Bank" after "Deutsche Bank").
func (d *doc) headAnaphor(np npRange, name, lastName string) bool {
	if np.e-np.s != 2 || !d.isWord(np.s) || !d.isWord(np.s+1) || !d.toks[np.s+1].upper || d.word(np.s+1) != name {
		return false
	}
	switch d.word(np.s) {
	case "der", "die", "das", "Der", "Die", "Das":
	default:
		return false
	}
	if len(lastName) <= len(name)+1 {
		return false
	}
	if lastName[len(lastName)-len(name):] == name {
		c := lastName[len(lastName)-len(name)-1]
		return c == ' ' || c == '-'
	}
	// a compound: the head is written in lower case inside it
	var buf [48]byte
	if len(name) > 40 {
		return false
	}
	lw := lowerFirst(buf[:0], name)
	if strings.HasSuffix(lastName, string(lw)) {
		c := lastName[len(lastName)-len(lw)-1]
		return c >= 'a' && c <= 'z' || c >= 0x80
	}
	return false
}
