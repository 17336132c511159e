package entity

import (
	"fmt"
	"slices"
	"strings"

	"github.com/finanztext/finanztext/parse"
)

// RefKind tells how a reference names what it refers to.
type RefKind uint8

// Reference kinds.
const (
	// Pronoun is a personal pronoun: "er", "sie", "es", "ihm", "ihn".
	Pronoun RefKind = iota + 1
	// Possessive is a possessive determiner: "sein", "seine", "ihr", "ihre", …
	Possessive
	// Description is a definite description by a head noun: "das
	// Unternehmen", "der Münchner Autobauer", "die Notenbank", "des Konzerns".
	Description
)

// String returns "pronoun", "possessive" or "description".
func (k RefKind) String() string {
	switch k {
	case Pronoun:
		return "pronoun"
	case Possessive:
		return "possessive"
	case Description:
		return "description"
	}
	return fmt.Sprintf("RefKind(%d)", uint8(k))
}

// Ref is a reference in the text, a pronoun or a definite description,
// resolved to the mention it refers to: the nearest earlier mention that
// fits it. Only resolved references are reported.
type Ref struct {
	parse.Span
	Text   string  // text[Start:End]: "das Unternehmen", "Er", "seinen"
	Kind   RefKind // pronoun, possessive or description
	Target int     // index into Doc.Mentions of the mention referred to
	Name   string  // canonical name of the target's entity ("Nestlé", "Amy Hood")
}

// MentionAt returns the mention whose span holds byte offset.
func (d *Doc) MentionAt(offset int) (Mention, bool) {
	if d == nil {
		return Mention{}, false
	}
	k := searchSpans(len(d.Mentions), offset, func(i int) parse.Span { return d.Mentions[i].Span })
	if k < 0 {
		return Mention{}, false
	}
	return d.Mentions[k], true
}

// RefAt returns the reference whose span holds byte offset.
func (d *Doc) RefAt(offset int) (Ref, bool) {
	if d == nil {
		return Ref{}, false
	}
	k := searchSpans(len(d.Refs), offset, func(i int) parse.Span { return d.Refs[i].Span })
	if k < 0 {
		return Ref{}, false
	}
	return d.Refs[k], true
}

// Resolve returns what the noun phrase at byte offset names: the mention
// there ("Nestlé"), or the mention that the reference there refers to
// ("das Unternehmen" → Nestlé, "Sie" → Christine Lagarde). Any offset
// inside the mention or reference will do, its first byte included.
func (d *Doc) Resolve(offset int) (Mention, bool) {
	if m, ok := d.MentionAt(offset); ok {
		return m, true
	}
	r, ok := d.RefAt(offset)
	if !ok || r.Target < 0 || r.Target >= len(d.Mentions) {
		return Mention{}, false
	}
	return d.Mentions[r.Target], true
}

// searchSpans returns the index of the span (of n, sorted by Start, not
// overlapping) holding offset, or -1.
func searchSpans(n, offset int, at func(int) parse.Span) int {
	lo, hi := 0, n // spans before lo start at or before offset
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if at(m).Start <= offset {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return -1
	}
	if s := at(lo - 1); offset < s.End {
		return lo - 1
	}
	return -1
}

// rng is the token range of a mention of the output and its role token
// (-1: none).
type rng struct {
	ts, te int
	role   int
}

// antecedent is something a reference can point to: a mention of the
// output or an earlier resolved description (which stands for its target).
type antecedent struct {
	filled  bool // g and oblique are set (they are computed when first needed)
	ts, te  int
	sent    int32 // the sentence of token ts (sentOf)
	g       genders
	types   typeSet // organizations: their Type; persons: none
	person  bool
	oblique bool // after a preposition, inside a compound, a genitive attribute
	target  int  // index into the output mentions
}

// refResolver holds the state of resolving the references of one document.
type refResolver struct {
	d     *docState
	out   []Mention
	ants  []antecedent // mentions, by ts
	descs []antecedent // resolved descriptions so far, by ts
	refs  []Ref
}

// resolveRefs finds the references of the document and resolves them
// against the mentions out (with their token ranges rs), and gives persons
// with a role but no organization the organization of the sentence around
// them.
func (d *docState) resolveRefs(out []Mention, rs []rng) []Ref {
	if len(out) == 0 {
		return nil
	}
	r := &d.res
	r.d, r.out = d, out
	r.ants = resize(r.ants, len(out))
	r.descs, r.refs = r.descs[:0], r.refs[:0]
	// The sentence of each mention, in one walk over the sentence starts
	// (the mentions are in text order; sentOf for one that is not).
	sents := d.notes.sents
	si, prev := 0, 0
	for k := range out {
		m := &out[k]
		a := antecedent{ts: rs[k].ts, te: rs[k].te, target: k}
		if a.ts >= prev {
			for si < len(sents) && int(sents[si]) <= a.ts {
				si++
			}
			a.sent, prev = int32(si-1), a.ts
		} else {
			a.sent = d.sentOf(a.ts)
		}
		if m.Kind == Person {
			a.person = true
			switch m.Gender {
			case Male:
				a.g = gMasc
			case Female:
				a.g = gFem
			default:
				a.g = gMasc | gFem
			}
		} else {
			t := UnknownType
			if m.Entity != nil {
				t = m.Entity.Type
			}
			a.types = typesOf(t)
		}
		r.ants[k] = a
	}
	// The words that may start a reference, as scan noted them (every
	// word flagged wRefWord of at most seven bytes); a description read
	// is skipped.
	next := 0
	for _, i32 := range d.refWords {
		i := int(i32)
		if i < next {
			continue
		}
		// The word (at most seven bytes) with ASCII capitals lowered, in
		// an array: no append per byte.
		var b [8]byte
		n := copy(b[:7], d.str(i))
		if d.toks[i].flags&(fLower|fInnerCaps) != fLower { // (else no capital)
			for k := range n {
				if c := b[k]; 'A' <= c && c <= 'Z' {
					b[k] = c + 'a' - 'A'
				}
			}
		}
		lw := b[:n]
		if g, gen, ok := descDeterminer(lw); ok {
			if e := r.description(i, g, gen); e > i {
				next = e
			}
			continue
		}
		if g, poss, ok := pronounOf(lw); ok {
			r.pronoun(i, string(lw), g, poss)
		}
	}
	r.personOrgs(rs)
	if len(r.refs) == 0 {
		return nil
	}
	if !d.pooled() {
		// d is not kept for reuse: its refs can be the caller's.
		refs := r.refs
		r.refs = nil
		return refs
	}
	return slices.Clone(r.refs) // the caller's, of the right size
}

// reset returns r's buffers, emptied of everything that points into a
// document, for the next document.
func (r *refResolver) reset() refResolver {
	clear(r.refs[:cap(r.refs)])
	return refResolver{ants: r.ants[:0], descs: r.descs[:0], refs: r.refs[:0]}
}

// mentionOf returns the index of the output mention holding token i, or -1.
func (r *refResolver) mentionOf(i int) int {
	lo, hi := 0, len(r.ants)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if r.ants[m].ts <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo > 0 && i < r.ants[lo-1].te {
		return lo - 1
	}
	return -1
}

// description reads a definite description starting with the determiner
// at token i and resolves it; it returns the token after it, or i.
func (r *refResolver) description(i int, dg genders, gen bool) int {
	d := r.d
	j := i + 1
	country := "" // the country an adjective names: "der französische Autobauer"
	for n := 0; n < 3 && d.isWord(j); n++ {
		s := d.str(j)
		if d.toks[j].is(fLower) && adjectiveEnding(s) && !isDeterminer(s) {
			if c := nationality(s); c != "" {
				country = c
			}
			j++ // "der bayerische Autobauer"
			continue
		}
		if d.toks[j].is(fUpper) && len(s) > 4 && strings.HasSuffix(s, "er") && d.isUpperWord(j+1) && !d.toks[j+1].is(fSentStart) {
			if _, ok := lookupDescHead(d.lowerB(j)); !ok {
				if s == "Schweizer" {
					country = "CH"
				}
				j++ // "der Münchner Konzern"
				continue
			}
		}
		break
	}
	h := j
	if !d.isUpperWord(h) || d.toks[h].is(fCaps) {
		return i
	}
	for d.hyphenCont(h+1) && d.isUpperWord(h+2) {
		h += 2 // "der Dax-Konzern": the last part is the head
	}
	if h+1 < len(d.toks) && d.toks[h+1].is(fHyphen) && d.joined(h) {
		return i // "des Konzern-Chefs", "der Konzern- und …"
	}
	lw := d.lowerB(h)
	head, ok := lookupDescHead(lw)
	hw := lw // the head as looked up: without a genitive ending
	if !ok || bareExcluded.ValueBytes(lw) {
		if !gen {
			return i
		}
		if len(lw) > 5 && lw[len(lw)-2] == 'e' && lw[len(lw)-1] == 's' {
			head, ok = lookupDescHead(lw[:len(lw)-2])
			hw = lw[:len(lw)-2]
		}
		if !ok && len(lw) > 2 && lw[len(lw)-1] == 's' {
			head, ok = lookupDescHead(lw[:len(lw)-1])
			ok = ok && !bareExcluded.ValueBytes(lw[:len(lw)-1])
			hw = lw[:len(lw)-1]
		}
		if !ok || head.g&(gMasc|gNeut) == 0 {
			return i
		}
	}
	sector := descSector(hw)
	if head.g&dg == 0 {
		return i // "den Unternehmen" is plural
	}
	if r.mentionOf(h) >= 0 {
		return i // "die Bank of England"
	}
	if k := r.mentionOf(h + 1); k >= 0 && r.ants[k].ts == h+1 {
		return i // "der Konzern Siemens": the name follows
	}
	ref := Ref{Kind: Description, Target: -1}
	// An organization named inside: "der Siemens-Konzern".
	for k := i + 1; k < h; k++ {
		if m := r.mentionOf(k); m >= 0 {
			if r.ants[m].person || !head.kinds.has(r.typeOf(m)) || !sectorFits(sector, r.out[m].Entity) {
				return i
			}
			ref.Target = m
			break
		}
	}
	if ref.Target < 0 {
		// A genitive attribute may refer to its clause's subject ("Die
		// Bank verlängert die Zeiten für alle Kunden der Bank"); an object
		// may not (see sameClause).
		bound := !((d.str(i) == "der" || d.str(i) == "des") && d.isUpperWord(i-1))
		ref.Target = r.find(i, 4, func(a *antecedent) bool {
			return !a.person && a.types&head.kinds != 0 && !(bound && !a.oblique && d.sameClause(a.te, i)) &&
				sectorFits(sector, r.out[a.target].Entity) && countryFits(country, r.out[a.target].Entity) &&
				!(a.types&sourceish != 0 && d.compoundPart(a.te))
		})
	}
	if ref.Target < 0 {
		return h + 1
	}
	r.add(ref, i, h+1, head.g)
	return h + 1
}

// nationalities are the stems of adjectives of nationality with the
// country (ISO 3166-1) they name; the adjective's ending is cut off before
// the look-up ("französische", "französischen" → "französisch").
var nationalities = map[string]string{
	"deutsch": "DE", "französisch": "FR", "amerikanisch": "US", "us-amerikanisch": "US", "britisch": "GB",
	"schweizerisch": "CH", "österreichisch": "AT", "italienisch": "IT", "spanisch": "ES", "niederländisch": "NL",
	"holländisch": "NL", "schwedisch": "SE", "dänisch": "DK", "norwegisch": "NO", "finnisch": "FI",
	"japanisch": "JP", "chinesisch": "CN", "südkoreanisch": "KR", "koreanisch": "KR", "indisch": "IN",
	"russisch": "RU", "belgisch": "BE", "polnisch": "PL", "tschechisch": "CZ", "kanadisch": "CA",
	"australisch": "AU", "brasilianisch": "BR", "türkisch": "TR", "irisch": "IE", "luxemburgisch": "LU",
	"taiwanisch": "TW", "israelisch": "IL", "saudisch": "SA", "tunesisch": "TN", "griechisch": "GR",
	"portugiesisch": "PT", "ungarisch": "HU", "mexikanisch": "MX", "argentinisch": "AR", "emiratisch": "AE",
	// regions name their country: "der bayerische Autobauer", "der steirische Zulieferer"
	"bayerisch": "DE", "schwäbisch": "DE", "hessisch": "DE", "sächsisch": "DE", "niedersächsisch": "DE",
	"westfälisch": "DE", "rheinisch": "DE", "fränkisch": "DE", "badisch": "DE", "thüringisch": "DE",
	"baden-württembergisch": "DE", "nordrhein-westfälisch": "DE", "ostdeutsch": "DE", "westdeutsch": "DE",
	"süddeutsch": "DE", "norddeutsch": "DE", "steirisch": "AT", "oberösterreichisch": "AT",
	"niederösterreichisch": "AT", "kärntnerisch": "AT", "tirolerisch": "AT", "kalifornisch": "US",
}

// nationality returns the country an adjective of nationality names
// ("französische" → "FR"), or "".
func nationality(adj string) string {
	for _, end := range [...]string{"en", "er", "es", "em", "e"} {
		if strings.HasSuffix(adj, end) {
			// Every stem of nationalities ends in "sch": the map is
			// asked only then (most adjectives are no nationality).
			if stem := adj[:len(adj)-len(end)]; strings.HasSuffix(stem, "sch") {
				return nationalities[stem]
			}
			return ""
		}
	}
	return ""
}

// countryFits reports whether an organization of entity e can be what a
// description with an adjective of the nationality country refers to:
// "der französische Autobauer" is no German company ("" and an entity of
// unknown country fit).
func countryFits(country string, e *Entity) bool {
	return country == "" || e == nil || e.Country == "" || e.Country == country
}

// compoundPart reports whether the mention ending before token te is the
// first part of a hyphen compound ("Reuters-Umfrage", "Spiegel-Bericht").
func (d *docState) compoundPart(te int) bool {
	return te+1 < len(d.toks) && d.toks[te].is(fHyphen) && d.joined(te-1) && d.joined(te)
}

// sameClause reports whether tokens a and b (a < b) lie in one clause as
// far as the tokens between them tell: the same sentence, with no mark of
// a clause (, ; : ( ) – or a quotation mark) and no coordinating
// conjunction or copula between them, at most 30 tokens apart. A definite
// description does not refer to the subject of its own clause: in
// "Berenberg senkte das Kursziel für den Konzern" the Konzern is another
// company (the subject itself would be "sich" or "seinen").
func (d *docState) sameClause(a, b int) bool {
	if b-a > 30 || a < 0 || b > len(d.toks) {
		return false
	}
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.is(fNewline) && k > a {
			return false
		}
		switch t.kind {
		case tkWord:
			switch d.str(k) {
			case "und", "oder", "aber", "sondern", "sowie", "doch", "denn":
				return false
			case "ist", "war", "sind", "waren", "bleibt", "blieb", "gilt", "galt", "wird", "wurde", "heißt", "hieß":
				return false // a predicate noun names the subject: "Die RTL Group ist der größte Fernsehkonzern"
			}
		case tkPunct:
			switch d.str(k) {
			case ",", ";", ":", "(", ")", "–", "—", ".", "!", "?", "„", "“", "\"", "»", "«", "‚", "‘":
				return false
			}
		default:
			return false
		}
	}
	return true
}

func (r *refResolver) typeOf(k int) Type {
	if e := r.out[k].Entity; e != nil {
		return e.Type
	}
	return UnknownType
}

// add records the resolved reference over tokens [ts, te).
func (r *refResolver) add(ref Ref, ts, te int, g genders) {
	d := r.d
	start, end := int(d.toks[ts].start), int(d.toks[te-1].end)
	ref.Span = parse.Span{Start: start, End: end}
	ref.Text = d.text[start:end]
	if e := r.out[ref.Target].Entity; e != nil && e.Name != "" {
		ref.Name = e.Name
	} else {
		ref.Name = r.out[ref.Target].Text
	}
	r.refs = append(r.refs, ref)
	if ref.Kind == Description {
		a := r.ants[ref.Target]
		a.ts, a.te, a.g, a.oblique, a.filled = ts, te, g, d.oblique(ts, te), true
		a.sent = d.sentOf(ts)
		r.descs = append(r.descs, a)
	}
}

// fill computes the gender and position of antecedent a when not done.
func (r *refResolver) fill(a *antecedent) {
	if a.filled {
		return
	}
	a.filled = true
	a.oblique = r.d.oblique(a.ts, a.te)
	if !a.person {
		a.g = r.d.orgGender(a.ts, a.te)
	}
}

// pronoun resolves the pronoun lw at token i.
func (r *refResolver) pronoun(i int, lw string, g genders, poss bool) {
	d := r.d
	t := &d.toks[i]
	if t.is(fUpper) && !t.is(fSentStart) && (lw == "sie" || strings.HasPrefix(lw, "ihr")) {
		return // the polite "Sie", "Ihr"
	}
	if r.mentionOf(i) >= 0 {
		return
	}
	next := ""
	if d.isWord(i + 1) {
		next = d.str(i + 1)
	}
	prev := ""
	if i > 0 && d.isWord(i-1) {
		prev = d.str(i - 1)
	}
	switch {
	case lw == "sein" && !d.isUpperWord(i+1):
		return // "wird … sein": the verb
	case lw == "es" && (expletiveAfterEs.Value(next) || expletiveAfterEs.Value(prev) || next == "" && prev == ""):
		return
	case lw == "sie" && (pluralVerb(next) || pluralVerb(prev)):
		return // "sie erwarten", "sagten sie": plural
	}
	back := 2
	if lw == "es" {
		back = 1
	}
	k := r.find(i, back, func(a *antecedent) bool { return a.g&g != 0 && (a.person || a.types != 0) })
	if k < 0 {
		return
	}
	kind := Pronoun
	if poss {
		kind = Possessive
	}
	r.add(Ref{Kind: kind, Target: k}, i, i+1, g)
}

// pluralVerb reports whether w, next to "sie", is a plural verb form.
func pluralVerb(w string) bool {
	if pluralVerbs.Value(w) {
		return true
	}
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || notPluralVerb.Value(w) {
		return false
	}
	return strings.HasSuffix(w, "en")
}

// find returns the output mention that a reference at token i refers to:
// among the antecedents before i that fit, those of the nearest sentence
// (at most back sentences before i's), and of these the first that is not
// oblique (the subject, as a rule), else the nearest. It returns -1 when
// none fits.
func (r *refResolver) find(i, back int, fits func(*antecedent) bool) int {
	d := r.d
	s0 := d.sentOf(i)
	am, ad := r.before(r.ants, i), r.before(r.descs, i)
	best, bestSent := -1, int32(-1)
	nearest := -1
	for am > 0 || ad > 0 {
		var a *antecedent
		if ad == 0 || am > 0 && r.ants[am-1].ts > r.descs[ad-1].ts {
			am--
			a = &r.ants[am]
		} else {
			ad--
			a = &r.descs[ad]
		}
		s := a.sent
		if s < s0-int32(back) || bestSent >= 0 && s < bestSent {
			break
		}
		r.fill(a)
		if !fits(a) {
			continue
		}
		if bestSent < 0 {
			bestSent = s
			nearest = a.target
		}
		if !a.oblique {
			best = a.target
		}
	}
	if best >= 0 {
		return best
	}
	return nearest
}

// before returns the number of antecedents of as that end at or before
// token i (as is sorted by ts and its ranges do not overlap).
func (r *refResolver) before(as []antecedent, i int) int {
	lo, hi := 0, len(as)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if as[m].te <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// prepositions put a noun phrase after them out of subject position.
//
// buildPrepositions returns the words of the table prepositions (generated: see the
// package's zz_generated_sets.go).
func buildPrepositions() map[string]bool {
	return map[string]bool{
		"von": true, "vom": true, "mit": true, "bei": true, "beim": true, "für": true, "an": true, "am": true,
		"auf": true, "aus": true, "durch": true, "gegen": true, "nach": true, "über": true, "unter": true,
		"zu": true, "zum": true, "zur": true, "vor": true, "hinter": true, "neben": true, "zwischen": true,
		"laut": true, "gemäß": true, "wegen": true, "trotz": true, "seitens": true, "gegenüber": true,
		"ohne": true, "um": true, "ins": true, "im": true, "in": true, "als": true, "wie": true,
		"Von": true, "Mit": true, "Bei": true, "Beim": true, "Für": true, "Laut": true, "Nach": true, "Wie": true,
		"Gegen": true, "Durch": true, "Trotz": true, "Wegen": true, "Vom": true, "Zum": true, "Zur": true,
	}
}

// oblique reports whether the phrase over tokens [ts, te) stands where a
// subject does not: after a preposition, as the first part of a compound
// ("Siemens-Aktie"), as a genitive after a noun ("der Umsatz der Bank").
func (d *docState) oblique(ts, te int) bool {
	if te < len(d.toks) && d.toks[te].is(fHyphen) && d.joined(te-1) {
		return true
	}
	p := ts - 1
	if !d.isWord(p) {
		return false
	}
	if prepositions.Value(d.str(p)) {
		return true
	}
	if s := d.str(p); isDefiniteArticle(s) || isDeterminer(s) {
		if d.isWord(p-1) && prepositions.Value(d.str(p-1)) {
			return true
		}
		if (s == "der" || s == "des") && d.isUpperWord(p-1) && !d.toks[p-1].is(fSentStart) {
			return true // a genitive attribute
		}
	}
	return false
}

// orgGender returns the grammatical gender of the organization mention
// over tokens [ts, te): by the last word of its name ("Deutsche Bank",
// "Nordwind AG"), by the article before it ("die EZB", "das Institut"),
// or neuter for a name without an article ("Siemens steigerte seinen
// Umsatz"); 0 when the text does not tell.
func (d *docState) orgGender(ts, te int) genders {
	lw := d.lowerB(te - 1)
	for _, s := range orgGenderSuffixes {
		// The last bytes first: a compare of one byte rejects most.
		if n := len(s.suffix); len(lw) >= n && lw[len(lw)-1] == s.suffix[n-1] && string(lw[len(lw)-n:]) == s.suffix && (len(lw) == n || n > 3) {
			return s.g
		}
	}
	p := ts - 1
	if !d.isWord(p) {
		return gNeut
	}
	switch d.str(p) {
	case "die", "Die":
		return gFem
	case "das", "Das":
		return gNeut
	case "der", "Der", "des", "Des", "dem", "Dem", "den", "Den", "ein", "eine", "einer", "einem", "einen", "Ein", "Eine":
		return 0
	}
	if d.toks[p].is(fLower) && adjectiveEnding(d.str(p)) {
		return 0 // "der bayerische X"
	}
	return gNeut
}

// personOrgs gives a person with a role and no organization the one
// organization that fits the role in the person's sentence before them,
// else in the sentence before ("Die Bank of England beließ den Leitzins
// bei 4 Prozent. Gouverneur Andrew Bailey erklärte …").
func (r *refResolver) personOrgs(rs []rng) {
	d := r.d
	for k := range r.out {
		m := &r.out[k]
		if m.Kind != Person || m.Organization != "" || rs[k].role < 0 {
			continue
		}
		role := d.roleAt(rs[k].role)
		if role == nil {
			continue
		}
		kinds, ok := roleKindTypes.Get(role.Kind)
		// A compound role names the kind of its organization:
		// "Konzernchef", "Notenbankpräsident", "Verbandspräsidentin".
		if h, hok := rolePrefixHead(d.lowerB(rs[k].role)); hok {
			kinds, ok = h.kinds, true
		}
		if !ok || kinds == 0 {
			continue
		}
		first := min(rs[k].ts, rs[k].role)
		s := d.sentOf(first)
		t := r.frameOrg(s, first, kinds, false)
		if a, _ := d.sentBounds(s); t < 0 && s > 0 && !d.toks[a].is(fNewline) {
			// The sentence before, in the same paragraph: its subject.
			t = r.frameOrg(s-1, a, kinds, true)
		}
		if t < 0 {
			continue
		}
		m.Organization = r.out[t].Entity.Name
		m.OrganizationInferred = true
	}
}

// rolePrefixHead returns the description head that a lower-case role
// word starts with, the longest, with or without a linking s:
// "konzernchef" → konzern, "verbandspräsident" → verband.
func rolePrefixHead(lw []byte) (descHead, bool) {
	for n := len(lw) - 4; n >= 4; n-- {
		if h, ok := descHeads.GetBytes(lw[:n]); ok {
			return h, true
		}
		if lw[n-1] == 's' {
			if h, ok := descHeads.GetBytes(lw[:n-1]); ok {
				return h, true
			}
		}
	}
	return descHead{}, false
}

// frameOrg returns the organization of sentence s before token lim that
// fits kinds when the sentence makes it clear: the only one, or the first
// in subject position; with subject, only one in subject position. It
// returns -1 otherwise.
func (r *refResolver) frameOrg(s int32, lim int, kinds typeSet, subj bool) int {
	d := r.d
	a, _ := d.sentBounds(s)
	found, subject := -1, -1
	clash := false
	visit := func(x *antecedent) {
		r.fill(x)
		if x.ts < a || x.te > lim || x.person || x.types&kinds == 0 {
			return
		}
		if e := r.out[x.target].Entity; e == nil || e.Name == "" {
			return
		}
		if found >= 0 && r.out[found].Entity.Name != r.out[x.target].Entity.Name {
			clash = true
		}
		if found < 0 {
			found = x.target
		}
		if !x.oblique && subject < 0 {
			subject = x.target
		}
	}
	for j := r.before(r.ants, a); j < len(r.ants) && r.ants[j].ts < lim; j++ {
		visit(&r.ants[j])
	}
	for j := r.before(r.descs, a); j < len(r.descs) && r.descs[j].ts < lim; j++ {
		visit(&r.descs[j])
	}
	if subj || clash {
		return subject
	}
	return found
}

// repeatRuleOrgs: a one word name that a rule found ("das Start-up
// Quantaro", "die Investmentbank Nordwall") names that organization where
// it stands again later in the document, also before a hyphen: "Quantaro
// will wachsen", "Quantaro-Gründerin Lea Brandt". A word inside a compound
// ("Info-Quantaro"), a stop word or a word another mention covers is left
// alone; an acronym is not repeated (its rules find it).
func (d *docState) repeatRuleOrgs() {
	if len(d.ruleEnts) == 0 {
		return
	}
	type named struct {
		name  string
		ent   *Entity
		first int
	}
	var names []named
	for k := range d.ms {
		m := &d.ms[k]
		if m.kind != Organization || !m.byRule || m.genitive || m.te-m.ts != 1 || d.toks[m.ts].is(fCaps) {
			continue
		}
		s := d.str(m.ts)
		if s != m.ent.Name || len(s) < 3 {
			continue
		}
		seen := false
		for _, n := range names {
			if n.name == s {
				seen = true
				break
			}
		}
		if !seen {
			names = append(names, named{s, m.ent, m.te})
		}
	}
	if len(names) == 0 {
		return
	}
	// Many names (a long document) are looked up in a map, a few in the
	// list; the names are distinct, so both find the same one.
	byName := len(names) > 8
	if byName {
		if d.repNames == nil {
			d.repNames = make(map[string]int32, len(names))
		}
		for k, n := range names {
			d.repNames[n.name] = int32(k)
		}
	}
	var found []mention
	mi := 0
	for _, i32 := range d.notes.uppers {
		i := int(i32)
		for mi < len(d.ms) && d.ms[mi].te <= i {
			mi++
		}
		if mi < len(d.ms) && d.ms[mi].ts <= i {
			continue
		}
		s := d.str(i)
		k := -1
		if byName {
			if x, ok := d.repNames[s]; ok {
				k = int(x)
			}
		} else {
			for x := range names {
				if names[x].name == s {
					k = x
					break
				}
			}
		}
		if k >= 0 {
			if n := &names[k]; i >= n.first && !d.inCompound(i) && !d.flag(i, wStop) {
				found = append(found, mention{kind: Organization, ent: n.ent, ts: i, te: i + 1, byRule: true})
			}
		}
	}
	if byName {
		clear(d.repNames)
	}
	if len(found) == 0 {
		return
	}
	// Merge from the back, in place: both lists are sorted by start.
	n := len(d.ms)
	d.ms = append(d.ms, found...)
	a, w := n-1, len(d.ms)-1
	for b := len(found) - 1; b >= 0; w-- {
		if a >= 0 && d.ms[a].ts > found[b].ts {
			d.ms[w] = d.ms[a]
			a--
		} else {
			d.ms[w] = found[b]
			b--
		}
	}
}
