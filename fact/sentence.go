package fact

import (
	"bytes"
	"github.com/finanztext/finanztext/entity"
	"slices"
	"sort"
	"strings"

	"github.com/finanztext/finanztext/parse"
)

// segment is a stretch of a sentence between clause marks (, ; : –),
// brackets excluded: the unit in which a figure looks for its metric.
type segment struct {
	a, b      int // tokens [a, b)
	dir       int8
	status    Status
	hasStatus bool
	hypo      bool
	subj      bool // holds a subjunctive of condition: "wäre", "würde", "hätte"
	event     bool // holds a verb of what people did at an event: "streikten", "protestierten", "beteiligten sich"
	report    bool // holds a verb of reporting: "wie der Konzern am Dienstag mitteilte" (see reportVerbs)
	announce  bool // holds a verb of announcing: "kündigte an", "hat angekündigt" (see announces)
	ownVerb   bool // holds a verb of change or of level, so it does not share the verb before it
	stakeWord bool // holds a word of shares: "Aktien", "Anteile", "Prozent"
	basis     Basis
	lastWord  int  // the last word token, -1 when none
	cont      int  // the clause this one goes on after an embedded clause ("Der Umsatz stieg, wie X mitteilte, auf …"), -1 when none
	hasCue    bool // holds a metric word (set by sentence)
	scanned   bool // hasFig and pronoun are set (see scan)
	hasFig    bool // holds a figure
	pronoun   bool // holds "er", "sie" or "es" as a subject (see segHasPronoun)
	conj      bool // opens a second verb phrase of the subject before: "… und will …" (see conjunctStart)
}

// maxLook bounds how many cues, drafts or organizations one figure looks
// at, so that a sentence of any length is read in linear time.
const maxLook = 8

// role is what a figure is to its fact.
type role uint8

const (
	rValue role = iota
	rBy
	rFrom
)

// draft is a fact being built.
type draft struct {
	c           *cue
	m           Metric
	seg         int
	val, by, fr int // figure token indexes, -1 when empty
	status      Status
	hasStatus   bool
	entity      string
	ellipsis    bool // attached to the fact before it, no cue of its own
	ownSeg      bool // the cue of the fact before, with the subject of its own clause
	frNeg       bool // the earlier value is a loss: "nach einem Verlust von 50 Mio. Euro"
}

// segments splits the current sentence (s.toks) into its segments,
// appended to s.segBuf, and notes the segment of each token in s.segOfBuf;
// s.segs and s.segOf are views of them.
func (s *state) segments() {
	g0, t0 := len(s.segBuf), len(s.segOfBuf)
	toks := s.toks
	// the segment of each token is written in place: segOf grows once
	segOf := slices.Grow(s.segOfBuf, len(toks))
	of := segOf[t0 : t0+len(toks)]
	segOf = segOf[:t0+len(toks)]
	segs := s.segBuf
	depth := 0
	start := 0
	cur := int32(0) // len(segs) - g0
	for i := range toks {
		switch toks[i].kind {
		case tOpen:
			depth++
		case tClose:
			if depth > 0 {
				depth--
			}
		case tBreak:
			if depth == 0 && !s.headline(i) {
				segs = append(segs, segment{a: start, b: i})
				start = i + 1
				cur++
			}
		case tWord:
			// "und", "oder", "sowie", "aber": three to five letters (tested
			// here, before a call per word)
			if t := &toks[i]; uint32(t.end-t.start-3) <= 2 && conjFirst[s.text[t.start]] && depth == 0 && i > start && s.conjunctStart(i) {
				// "Die Bank verdiente 1,2 Mrd. Euro und will 2.000 Stellen
				// abbauen": a second verb phrase of the same subject is a
				// clause of its own, as after a comma ("…, und will …")
				segs = append(segs, segment{a: start, b: i})
				start = i
				cur++
			}
		}
		of[i] = cur
	}
	segs = append(segs, segment{a: start, b: len(s.toks)})
	s.segBuf, s.segOfBuf = segs, segOf
	s.segs, s.segOf = segs[g0:len(segs):len(segs)], segOf[t0:len(segOf):len(segOf)]
	for g := range s.segs {
		seg := &s.segs[g]
		seg.lastWord, seg.cont = -1, -1
		seg.conj = g > 0 && s.conjunctStart(seg.a)
		for i := seg.b - 1; i >= seg.a; i-- {
			if s.toks[i].kind == tWord {
				seg.lastWord = i
				break
			}
		}
	}
}

// conjFirst holds the first bytes of the conjunctions conjunctStart reads,
// in both cases.
var conjFirst = [256]bool{'u': true, 'o': true, 's': true, 'a': true, 'U': true, 'O': true, 'S': true, 'A': true}

// conjunctStart reports whether the conjunction at token i ("und",
// "oder", "sowie", "aber") joins a second verb phrase to the clause before
// it: the word after it is a finite verb of a time and status of its own
// (conjunctVerbs) or one that names a metric (the verb table): "… und
// will …", "… und verdiente …"; not "Umsatz und Gewinn", "zwischen 10 und
// 12 Prozent", "stieg um 5 Prozent und erreichte …".
func (s *state) conjunctStart(i int) bool {
	if !s.is(i, "und", "oder", "sowie", "aber") {
		return false
	}
	n := i + 1
	if !s.isWord(n) || s.toks[n].upper {
		return false
	}
	w := s.wb(n)
	if conjunctVerbs.ValueBytes(w) {
		return true
	}
	_, ok := s.lx.lookupVerbBytes(w)
	return ok
}

// prepare is the first round over sentence r (see run): it tokenizes it,
// finds its segments and cues, and reads its segments when it has a cue
// (else the second round reads them if it needs them).
func (s *state) prepare(r *sentRec) {
	r.read = true
	r.tA, r.lA, r.xA = int32(len(s.tokBuf)), int32(len(s.loBuf)), int32(len(s.loIdxBuf))
	r.gA, r.sA, r.cA = int32(len(s.segBuf)), int32(len(s.segOfBuf)), int32(len(s.cueBuf))
	s.sentSpan, s.sentOrgs = r.sp, s.orgs[r.oLo:r.oHi]
	s.tokenize(r.sp.Start, r.sp.End, r.fi)
	s.segments()
	cues := s.cues(s.segOf)
	r.tB, r.lB, r.xB = int32(len(s.tokBuf)), int32(len(s.loBuf)), int32(len(s.loIdxBuf))
	r.gB, r.sB, r.cB = int32(len(s.segBuf)), int32(len(s.segOfBuf)), int32(len(s.cueBuf))
	if len(cues) > 0 {
		s.readSegments()
		r.segsRead = true
	}
	// a stake verb takes the share words of its clause ("hält … Aktien")
	for k := range cues {
		c := &cues[k]
		if c.isVerb || c.m != SharePrice {
			continue
		}
		if c.a >= 2 && s.toks[c.a-2].kind == tFigure && s.is(c.a-1, "der", "ihrer", "seiner") {
			c.m = NoMetric // "32,5 % der Aktien": what the figure is a part of
		}
		if s.is(c.a-1, "je", "pro", "jede", "jeden") {
			c.m = NoMetric // "verdiente je Aktie", "bietet für jede Aktie"
		}
		if s.is(c.a-1, "eigener", "eigene", "eigenen") {
			c.m = NoMetric // "Rückkauf eigener Aktien": a buyback, no share price
		}
		if (s.is(c.a-2, "für") && s.is(c.a-1, "die", "diese", "ihre", "seine") || s.is(c.a-1, "für") ||
			s.is(c.a-1, "der", "des") && c.a-1 == cues[max(k-1, 0)].b) && k > 0 &&
			!cues[k-1].isVerb && cues[k-1].m == PriceTarget && cues[k-1].seg == c.seg {
			c.m = NoMetric // "das Kursziel für die Aktie", "den fairen Wert der Aktie"
		}
	}
}

// view makes the current sentence's slices (s.toks, s.lo, s.loIdx,
// s.segs, s.segOf, s.sentCues) those of sentence r of the batch.
func (s *state) view(r *sentRec) {
	s.toks = s.tokBuf[r.tA:r.tB:r.tB]
	s.lo = s.loBuf[r.lA:r.lB:r.lB]
	s.loIdx = s.loIdxBuf[r.xA:r.xB:r.xB]
	s.segs = s.segBuf[r.gA:r.gB:r.gB]
	s.segOf = s.segOfBuf[r.sA:r.sB:r.sB]
	s.sentCues = s.cueBuf[r.cA:r.cB:r.cB]
}

// readSegments reads the segments of the current sentence (readSegment)
// and passes a frame on to the segments after it.
func (s *state) readSegments() {
	segs := s.segs
	for g := range segs {
		s.readSegment(&segs[g])
		if g > 0 && segs[g-1].hypo && s.text[int(s.toks[segs[g].a-1].start)] != ';' {
			segs[g].hypo = true // a wish or condition governs the clauses after it, up to a semicolon
		}
		if g > 0 && segs[g].subj && s.is(segs[g].a, "wenn", "falls", "sofern") {
			segs[g-1].hypo = true // "Der Umsatz könnte auf 10 Mrd. steigen, wenn alle Werke ausgelastet wären"
		}
	}
	// inherit: an elliptic segment ("das Ebit um 12 Prozent") or a
	// subordinate one ("…, dass der Umsatz …") shares the verb before it;
	// the rest of a clause broken by an embedded one shares the verb of its
	// first part
	for g := 1; g < len(segs); g++ {
		cur, prev := &segs[g], &segs[g-1]
		if g >= 2 && s.embedded(g-1) && !s.embedded(g) && !s.is(cur.a, "und", "oder", "aber", "sondern", "doch") {
			cur.cont = g - 2
			prev = &segs[g-2]
		}
		if g == 1 && s.embedded(0) && !s.embedded(1) && s.isWord(0) && !s.is(0, "wie", "so") {
			// "Nachdem der Gewinn eingebrochen war, verdiente Henkel wieder
			// 540 Mio. Euro": a fronted subordinate clause tells of something
			// else; the main clause after it has its own verb
			continue
		}
		zuInf := cur.lastWord > cur.a && (s.is(cur.lastWord-1, "zu") || zuInfinitive(s.wb(cur.lastWord)))
		if !cur.hasStatus && prev.hasStatus && !cur.conj && (s.is(cur.a, "dass", "wonach") || !cur.ownVerb || zuInf) && (!prev.announce || zuInf) &&
			!(prev.status == Estimate && s.segStartsWithOrg(g)) { // "Analysten hatten 1,12 Dollar erwartet; Alphabet kam auf 1,31 Dollar": the company's own figure
			// "…das Ziel, den Umsatz auf 12 Mrd. Euro zu steigern"; an
			// announcement passes its outlook to a zu-infinitive only
			cur.status, cur.hasStatus = prev.status, true
		}
		if cur.dir == 0 && !cur.ownVerb && !cur.conj { // "… und verdiente": a verb phrase of its own
			cur.dir = prev.dir
		}
	}
	// "Der Umsatz dürfte um 4 Prozent wachsen, schätzen Analysten": a
	// clause after it that names analysts as the ones who expect it makes
	// the clause before an estimate
	if n := len(segs); n >= 2 && s.analystsExpect(&segs[n-1]) {
		segs[n-2].status, segs[n-2].hasStatus = Estimate, true
	}
}

// analystsExpect reports whether clause g is a verb of expecting followed
// by its subject, analysts or a bank or research institute: "…, schätzen
// Analysten", "…, erwartet die Commerzbank".
func (s *state) analystsExpect(g *segment) bool {
	a := g.a
	if !s.is(a, "schätzt", "schätzen", "schätzte", "schätzten", "erwartet", "erwarten", "erwartete", "erwarteten",
		"prognostiziert", "prognostizieren", "prognostizierte") {
		return false
	}
	k := a + 1
	if s.is(k, "die", "der", "das") {
		k++
	}
	for n := 0; n < 2 && s.isWord(k) && !s.toks[k].upper; n++ {
		k++ // "schätzen befragte Analysten"
	}
	if k >= g.b {
		return false
	}
	if s.is(k, "analysten", "experten", "ökonomen", "volkswirte", "beobachter", "marktbeobachter", "branchenkenner",
		"strategen", "marktteilnehmer") {
		return true
	}
	o, ok := s.orgAtTok(k)
	if ok && s.is(a, "schätzt", "schätzen", "schätzte", "schätzten", "prognostiziert", "prognostizieren", "prognostizierte") {
		return true // "…, schätzt Morgan Stanley": whoever estimates is a source
	}
	return ok && hasType(1<<entity.Bank|1<<entity.ResearchInstitute|1<<entity.RatingAgency|1<<entity.AssetManager, o.typ)
}

// announces tells whether segment g is the frame of an outlook: 1 for an
// expectation, "geht davon aus, dass …" (a particle verb split in two,
// its particle the segment's last word); 2 for an announcement, "kündigte
// an, …", "hat angekündigt, …", which is an outlook for its own clause
// ("kündigte einen Stellenabbau von 7.000 Stellen an") and a zu-infinitive
// after it ("…, die Dividende anzuheben"), not for a "dass" clause that
// reports a figure ("hat angekündigt, dass die Aufträge … bei 392 Mrd.
// liegen"); 0 for neither.
func (s *state) announces(g *segment) int {
	switch {
	case s.is(g.lastWord, "an"):
		for i := g.a; i < g.lastWord; i++ {
			if s.is(i, "kündigte", "kündigten", "kündigt", "kündigen") {
				return 2
			}
		}
	case s.is(g.lastWord, "aus"):
		if s.is(g.lastWord-1, "davon") { // "wir gehen davon aus"
			return 1
		}
		for i := g.a; i < g.lastWord && i < g.a+12; i++ {
			if s.is(i, "geht", "gehen", "ging", "gingen", "gehe") && s.is(i+1, "für", "von", "im", "in", "nun", "jetzt", "weiter", "weiterhin", "inzwischen", "mittlerweile") {
				return 2 // "geht für das laufende Jahr von einem Umsatz von 4 Mrd. Euro aus"
			}
			if s.is(i, "geht", "gehen", "ging", "gingen", "gehe") && s.isOrgTok(i+1) && s.is(s.orgEnd(i+1), "von", "für", "im", "nun", "weiter") {
				return 2 // "Für das Gesamtjahr geht Henkel von einem Wachstum … aus": the subject after the verb
			}
		}
	case s.is(g.lastWord, "angekündigt", "ankündigte", "ankündigten"):
		return 2
	}
	return 0
}

// zuParticles are the separable particles of verbs that take "zu" inside
// their infinitive: "anzuheben", "abzubauen", "auszuschütten".
var zuParticles = [...]string{"an", "ab", "auf", "aus", "ein", "vor", "zurück", "hoch", "herab", "herunter", "fest", "bei", "nach", "um", "zu"}

// zuInfinitive reports whether the lower-case word w is an infinitive with
// "zu" after a separable particle ("anzuheben", "aufzustocken"), the
// one-word form of "zu heben".
func zuInfinitive(w []byte) bool {
	if len(w) < 8 || w[len(w)-1] != 'n' {
		return false
	}
	for _, p := range zuParticles {
		if len(w) > len(p)+5 && string(w[:len(p)]) == p && w[len(p)] == 'z' && w[len(p)+1] == 'u' {
			return true
		}
	}
	return false
}

// subordinators open a clause that can stand inside another one: "Der
// Umsatz stieg, wie der Konzern mitteilte, auf 5 Mrd. Euro".
var subordinators = map[string]bool{"wie": true, "nachdem": true, "weil": true, "da": true, "obwohl": true,
	"obgleich": true, "als": true, "dass": true, "während": true, "seit": true, "seitdem": true, "bevor": true,
	"sofern": true, "soweit": true, "zumal": true, "wobei": true}

// embedded reports whether clause g is one that can stand inside another:
// a subordinate clause, verb-final ("wie der Konzern mitteilte", "nachdem
// die Preise gefallen waren"), or a short source ("so der Konzern").
func (s *state) embedded(g int) bool {
	seg := &s.segs[g]
	if seg.a >= seg.b || !s.isWord(seg.a) {
		return false
	}
	if s.is(seg.a, "so") {
		return seg.lastWord >= 0 && seg.lastWord-seg.a <= 4 // "so der Vorstand"
	}
	if seg.lastWord <= seg.a || s.toks[seg.lastWord].upper {
		return false
	}
	return subordinators[string(s.wb(seg.a))] || s.relativeClause(seg) || s.relativeBeforeVerb(g)
}

// relativeBeforeVerb reports whether segment g is a relative clause whose
// pronoun a name or noun follows, told by the clause it interrupts going
// on with its finite verb: "Der Gewinn, den Hapag-Lloyd erzielte, sank auf
// …", "Der Umsatz, den die Sparte beisteuerte, lag bei …". Not "…, die
// Kosten stiegen, und …" (no verb opens the segment after).
func (s *state) relativeBeforeVerb(g int) bool {
	seg := &s.segs[g]
	a := seg.a
	if g+1 >= len(s.segs) || !s.is(a, "der", "die", "das", "dem", "den") || a < 2 || s.toks[a-1].kind != tBreak ||
		s.text[int(s.toks[a-1].start)] != ',' || !s.isWord(a-2) || !s.toks[a-2].upper {
		return false
	}
	next := s.segs[g+1].a
	if s.text[int(s.toks[next-1].start)] != ',' || !s.isWord(next) || s.toks[next].upper {
		return false
	}
	_, isDir := s.lx.dirs.get(string(s.wb(next)))
	return isDir || levelVerbs[string(s.wb(next))] || s.is(next, "war", "waren", "ist", "sind")
}

// relativeClause reports whether segment seg is a relative clause after
// the noun it describes: "Der Umsatz, der im Vorjahr noch bei 3,2 Mrd.
// Euro gelegen hatte, stieg …". It opens with a relative pronoun right
// after a comma that follows a capitalized word, and the word after the
// pronoun is no noun or adjective of a noun phrase the pronoun would be
// the article of ("…, die Kosten stiegen" is a clause of its own).
func (s *state) relativeClause(seg *segment) bool {
	a := seg.a
	if !s.is(a, "der", "die", "das", "dem", "den", "dessen", "deren", "welcher", "welche", "welches") {
		return false
	}
	if a < 2 || s.toks[a-1].kind != tBreak || s.text[int(s.toks[a-1].start)] != ',' || !s.isWord(a-2) || !s.toks[a-2].upper {
		return false
	}
	n := a + 1
	if n < seg.b && s.toks[n].kind == tFigure || s.is(a, "dessen", "deren") {
		return true // "Airbus, das 650 Flugzeuge auslieferte"; "Infineon, dessen Umsatz …"
	}
	if !s.isWord(n) || s.toks[n].upper {
		return false
	}
	if w := s.wb(n); len(w) > 3 && (w[len(w)-1] == 'e' || w[len(w)-2] == 'e') && s.isWord(n+1) && s.toks[n+1].upper {
		return false // "…, die hohen Kosten …": an adjective of a noun
	}
	return true
}

// sentence finds the facts of sentence r, the current one (see view),
// prepared in the first round.
func (s *state) sentence(r *sentRec) {
	sp, para := r.sp, r.para
	segs, segOf, cues := s.segs, s.segOf, s.sentCues
	if len(cues) == 0 && !(s.lastFactOK && s.lastFactSent == s.sentNo-1) {
		return // no metric word and no fact before to estimate: nothing to read
	}
	if !r.segsRead {
		s.readSegments()
		r.segsRead = true
	}
	for k := range cues {
		segs[cues[k].seg].hasCue = true
	}
	ds := s.drafts[:0]
	defer func() { s.drafts, s.draftUsed = ds[:0], max(s.draftUsed, len(ds)) }()
	for i, t := range s.toks {
		if t.kind != tFigure {
			continue
		}
		g := int(segOf[i])
		if segs[g].hypo {
			continue
		}
		f := &s.figs[t.fig]
		if f.kind == Count && !s.countOK(i) {
			continue
		}
		if s.replaced(i) {
			continue // "um 0,5 statt 0,4 Prozent": the figure the one before replaces
		}
		if s.tolerance(i) {
			continue // "16 Mrd. Euro, plus oder minus 1 Mrd. Euro": the margin of a forecast, no change
		}
		if s.inPeriod(f.span) {
			continue
		}
		if i >= 2 && s.toks[i-1].kind == tOpen && s.toks[i-2].kind == tFigure && f.kind == Money &&
			s.figs[s.toks[i-2].fig].kind == Money && s.in.Amounts[f.src].Currency != s.in.Amounts[s.figs[s.toks[i-2].fig].src].Currency {
			continue // "72 Mrd. Dollar (64 Mrd. Euro)": the same amount converted
		}
		if s.negatedFigure(i) && s.sonderBetween(i, len(s.toks)) {
			continue // "nicht um 10 Prozent gestiegen, sondern nur um 2 Prozent": the figure after "sondern" is the fact's
		}
		if f.kind == Money && s.converted(i) {
			continue // "1,2 Mrd. Euro bzw. 1,3 Mrd. Dollar", "3 Mrd. Dollar, umgerechnet 2,8 Mrd. Euro"
		}
		r := s.role(i, g, segs)
		kind := f.kind
		ci, asChange := s.pick(cues, i, g, r, kind)
		if ci < 0 && kind == Count && s.countOfAmount(i) >= 0 {
			// "der Reingewinn um 31 Prozent auf 420 Millionen": an amount in
			// the currency of the sentence's amount before it
			kind = Money
			ci, asChange = s.pick(cues, i, g, r, kind)
		}
		if ci < 0 {
			s.attachElliptic(&ds, i, g, r, segs)
			continue
		}
		resp := s.respectively(i)
		if resp != 0 {
			// "Umsatz und Ergebnis stiegen um 5 bzw. 8 Prozent": the first
			// figure is the first metric's, the second the second's
			if cj := s.coordinated(cues, ci); cj >= 0 {
				if resp == 1 {
					ci = cj
				}
			} else {
				resp = 0
			}
		}
		c := &cues[ci]
		m, _ := c.metricFor(kind)
		if (m == NetIncome || m == OperatingProfit) && kind == Money && s.is(i+1, "je", "pro") && s.is(i+2, "aktie", "anteilsschein") {
			m = EPS // "stieg auf 900 Mio. Euro oder 1,45 Euro je Aktie": the earnings per share
		}
		if m == Headcount && c.isVerb && s.hiringVerb(c.a) {
			r = rBy // "hat 300 Ingenieure eingestellt": the headcount grows by them
		}
		if m == Valuation && c.isVerb && kind == Percent && r != rBy && !s.is(i+1, "mehr", "weniger", "höher", "niedriger", "über", "unter") {
			continue // "… bewertet habe und mindestens 80 Prozent dieses Niveau schafften": a share of things, no change of a value
		}
		if m == Stake && kind == Money && !c.isVerb && s.saleOf(c.a) {
			m = DealValue // "Der Verkauf der Beteiligung soll 1,5 Mrd. Dollar einbringen": the price of the stake
		}
		if m == Headcount && kind == Count && r == rValue && s.loseJobs(g, i) && !s.wholeFronted(i, s.prevWord(i)) {
			// "25.000 Beschäftigte verloren ihren Arbeitsplatz"; not the whole
			// of "Von den 10.000 Beschäftigten sollen 2.000 ihren Job
			// verlieren", which is the staff
			m = JobCuts
		}
		if c.isVerb && m == Stake && s.moreOfCount(c, i) {
			m = c.verb.count // "verkaufte 3 Prozent mehr Fahrzeuge": sales up 3 %
		}
		if asChange && r == rValue {
			r = rBy
		}
		if c.level && r == rBy && f.kind == Percent && f.unit == parse.Percent {
			r = rValue // "die Verbraucherpreise stiegen um 2 %": an inflation of 2 %
		}
		if r == rFrom && s.earlierOfDraft(ds, c, m, i) {
			continue
		}
		s.place(&ds, c, m, i, r)
		if f.kind == Percent && resp == 0 {
			if cj := s.coordinated(cues, ci); cj >= 0 {
				// "Umsatz und operatives Ergebnis stiegen jeweils um 5 Prozent": the figure of both
				if m2, ch2 := cues[cj].metricFor(f.kind); m2 != NoMetric && ch2 == asChange {
					s.place(&ds, &cues[cj], m2, i, r)
				}
			}
		}
	}
	if len(ds) == 0 {
		return
	}
	for k := range ds {
		s.finish(&ds[k], sp, para, ds[:k])
	}
}

// headline reports whether the mark at i is the colon of "Nettogewinn: 2,1
// Mrd. Euro", which joins a metric to its figure instead of ending a clause.
func (s *state) headline(i int) bool {
	if s.text[int(s.toks[i].start)] == ',' && s.is(i-1, "zinsen") && s.is(i+1, "steuern") {
		return true // "vor Zinsen, Steuern und Abschreibungen": one term
	}
	if st := int(s.toks[i].start); s.text[st] == ',' && st > 0 && s.text[st-1] == '-' && i >= 2 &&
		s.toks[i-2].kind == tWord && int(s.toks[i-2].end) == st-1 && s.isWord(i+1) {
		return true // "preis-, saison- und kalenderbereinigt": a list of truncated compounds
	}
	if s.text[int(s.toks[i].start)] != ':' || i == 0 || i+1 >= len(s.toks) || s.toks[i+1].kind != tFigure ||
		s.toks[i-1].kind != tWord || !s.toks[i-1].upper {
		return false
	}
	mw, _, _, ok := s.lx.lookupMetric(string(s.wb(i - 1)))
	return ok && mw.m != NoMetric
}

// readSegment notes the verb of change, the status and a hypothetical
// frame of a segment.
func (s *state) readSegment(g *segment) {
	est, fc, compare := false, false, false
	if g.a == 0 && s.is(0, "sollte", "sollten") {
		g.hypo = true // a condition with the verb first: "Sollte der Umsatz auf 5 Mrd. steigen, …"
	}
	toks, lo, loIdx, heads := s.toks[:g.b], s.lo, s.loIdx, &s.lx.heads.seg
	for i := g.a; i < len(toks); i++ {
		if toks[i].kind != tWord {
			continue
		}
		w := lo[loIdx[i]:loIdx[i+1]] // s.wb(i)
		if heads.rulesOut(w) {
			continue // most words: three bytes read
		}
		e, ok := s.lx.lookupSeg(w)
		if !ok {
			continue // most words: one look-up
		}
		if e.flags&lxStake != 0 {
			g.stakeWord = true
		}
		if e.basis != NoBasis && g.basis == NoBasis && !(s.is(i-1, "im") && !s.is(i-2, "als", "wie") && (i < 2 || s.toks[i-2].kind != tFigure) &&
			s.is(i, "vorjahr", "vorquartal", "vormonat")) {
			g.basis = e.basis // not "Im Vorjahr kletterte die Quote auf 26 %": the time of the figure (periodFor, basisPeriod)
		}
		if e.flags&lxPeriodNoun != 0 && g.basis == NoBasis && s.is(i+1, "zuvor", "davor", "früher") {
			g.basis = e.zuvor // "ein Jahr zuvor"
		}
		if s.inQual(i) || s.comparedWithOrg(i) {
			continue
		}
		if e.dir != 0 && g.dir == 0 && (!s.toks[i].upper || i == g.a || i == g.a+1 && s.is(g.a, "der", "die", "das", "ein", "eine")) &&
			!s.otherParticle(i, g) && !((i == 0 || s.toks[i-1].kind != tFigure) && attrParticiples[string(s.wb(i))]) {
			// a verb, or the noun that opens the clause: "Der Zuwachs beim Auftragseingang lag bei 8 %";
			// a participle before a noun only after its figure: "der um 5 % gestiegene Umsatz"
			g.dir, g.ownVerb = e.dir, true
		}
		if e.flags&lxParticle != 0 && g.dir == 0 && g.lastWord > i && string(s.wb(g.lastWord)) == e.particle {
			g.dir, g.ownVerb = e.pdir, true
		}
		if e.flags&lxLevel != 0 {
			g.ownVerb = true
		}
		if e.flags&lxEstimate != 0 && !s.comparedTo(i) {
			est = true // not "über den Erwartungen der Analysten" (a comparison), but "Der Konsens liegt bei …"
		}
		if e.flags&lxForecast != 0 && !(s.is(i-1, "dem", "am", "vom") && s.is(i, "ziel", "ziele")) && !s.thanExpected(i) &&
			!(s.is(i-1, "wie") && s.is(i, "möglich")) && // "so schnell wie möglich": no outlook
			!s.outlookAfterFigures(g, i) {
			fc = true // not "über dem Ziel der Notenbank", "schneller als erwartet": a comparison
		}
		if e.flags&lxHypo != 0 {
			g.hypo = true
			g.subj = g.subj || !s.is(i, "wenn", "falls")
		}

		if e.flags&lxFuture != 0 && s.futureAfter(i, g) {
			fc = true
		}
		if e.flags&lxCompare != 0 {
			compare = true
		}
		if e.flags&lxEvent != 0 || e.flags&lxSichEvent != 0 && s.is(i+1, "sich") {
			g.event = true
		}
		if e.flags&lxReport != 0 {
			g.report = true
		}
	}
	if !fc && g.lastWord > g.a && s.is(g.lastWord, "bevor") {
		for i := g.a; i < g.lastWord && i < g.a+12; i++ {
			if s.is(i, "steht", "stehen", "stand", "standen", "stehe", "ständen", "stünden", "stünde", "stände") {
				fc = true // "Nun ständen noch 25.000 Entlassungen bevor": what is ahead
				break
			}
		}
	}
	if !fc && g.lastWord > g.a {
		switch s.announces(g) {
		case 1:
			fc = true // "geht davon aus, dass …": an expectation
		case 2:
			// "kündigte einen Stellenabbau von 7.150 Stellen an": an
			// outlook in its own clause, and for a zu-infinitive after it
			fc, g.announce = true, true
		}
	}
	if compare {
		est, fc = false, false // "übertraf die Prognosen": the figure is reported
	}
	switch {
	case est:
		g.status, g.hasStatus = Estimate, true
	case fc:
		g.status, g.hasStatus = Forecast, true
	}
}

// outlookAfterFigures reports whether the outlook noun at i is the object
// of a second predicate after the clause's figures: "erzielte ein Ebitda
// von 3,9 Mrd. Euro und bestätigte den Ausblick". The figures before "und"
// are reported; the outlook is only confirmed.
func (s *state) outlookAfterFigures(g *segment, i int) bool {
	if !s.toks[i].upper {
		return false
	}
	fig := false
	for k := max(g.a, i-16); k < i; k++ { // near the outlook word: linear time
		switch {
		case s.toks[k].kind == tFigure:
			fig = true
		case fig && s.is(k, "und", "sowie") && s.isWord(k+1) && !s.toks[k+1].upper &&
			!s.is(k+1, "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "ihr", "ihre", "ihren", "sein", "seine", "seinen"):
			for j := k + 1; j < g.b && j < i+16; j++ {
				if s.toks[j].kind == tFigure {
					return false // "und hob die Prognose auf 5 Mrd. Euro an": the outlook's own figure
				}
			}
			return true
		}
	}
	return false
}

// thanExpected reports whether the word at i is a participle of expecting
// after "als" or "wie" ("stärker als erwartet", "besser als gedacht", "wie
// erwartet"): the figure is compared with an outlook, not one itself.
func (s *state) thanExpected(i int) bool {
	k := i - 1
	if s.is(k, "allgemein", "ursprünglich", "zunächst", "bislang", "befürchtet", "erhofft") {
		k--
	}
	return s.is(k, "als", "wie") && s.is(i, "erwartet", "prognostiziert", "geplant", "gedacht", "angenommen", "vorhergesagt", "befürchtet", "erhofft")
}

// comparedTo reports whether the estimate word at i follows a preposition
// of comparison, itself or as the genitive of a noun after one: "unter der
// Schätzung", "über den Erwartungen der Analysten". The figure is then
// reported and compared with the estimate, which is not its status.
func (s *state) comparedTo(i int) bool {
	cmp := func(k int) bool { return s.is(k, "über", "unter", "hinter") }
	switch {
	case s.is(i-1, "der", "den", "dem", "die") && cmp(i-2):
		return true // "unter der Schätzung", "über dem Konsens"
	case s.is(i-1, "der", "den") && s.isWord(i-2) && s.toks[i-2].upper:
		return cmp(i-3) || cmp(i-4) // "über den Erwartungen der Analysten", "über den hohen Erwartungen der Analysten"
	}
	return false
}

// attrParticiples are participles of change inflected before a noun: they
// give a clause its direction only right after a figure ("der um 5 %
// gestiegene Umsatz"), not as in "die gestiegene Energierechnung".
var attrParticiples = map[string]bool{"gestiegene": true, "gestiegenen": true, "gewachsene": true, "gewachsenen": true,
	"gesunkene": true, "gesunkenen": true, "gefallene": true, "gefallenen": true, "geschrumpfte": true, "geschrumpften": true}

// otherParticle reports whether the verb of change at i has a particle at
// the end of clause g that makes it another verb: "fiel ein Verlust an"
// (anfallen), "stieg bei X ein" (einsteigen), "fällt weg".
func (s *state) otherParticle(i int, g *segment) bool {
	if g.lastWord <= i || !s.is(g.lastWord, "an", "ein", "aus", "weg") {
		return false
	}
	return s.is(i, "fiel", "fielen", "fällt", "fallen", "stieg", "stiegen", "steigt", "steigen")
}

// futureAfter reports whether "wird" at i builds the future: an infinitive
// ends the clause ("wird … steigen") or stands right before it ("investieren
// wird").
func (s *state) futureAfter(i int, g *segment) bool {
	inf := func(k int) bool {
		if !s.isWord(k) || s.toks[k].upper {
			return false
		}
		w := string(s.wb(k))
		if len(w) < 4 || (len(w) > 2 && w[:2] == "ge") {
			return false
		}
		n := len(w)
		return w[n-2:] == "en" || w[n-2:] == "rn" || w[n-2:] == "ln"
	}
	last := g.lastWord
	if last == i {
		return inf(i - 1)
	}
	return inf(last)
}

// inQual reports whether token i is part of a qualifier in front of a
// figure ("mehr als 5 Mrd.").
func (s *state) inQual(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
		if s.toks[k].kind == tFigure {
			return s.figs[s.toks[k].fig].qualStart <= int(s.toks[i].start)
		}
	}
	return false
}

// qualOfKind reports whether token k is the qualifier in front of a
// figure of the same kind as figure i: "von 1,2 auf rund 1,5 Mrd. Euro",
// not "von 2 Mrd. Euro … auf rund 40 Filialen".
func (s *state) qualOfKind(k, i int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+3; j++ {
		if s.toks[j].kind == tFigure {
			return s.figs[s.toks[j].fig].qualStart <= int(s.toks[k].start) &&
				s.figs[s.toks[j].fig].kind == s.figs[s.toks[i].fig].kind
		}
	}
	return false
}

// countOK reports whether a plain number can be a count: no year, no
// period, not a bare digit that is part of a name.
func (s *state) countOK(i int) bool {
	f := &s.figs[s.toks[i].fig]
	next := i + 1
	if f.words {
		return false // "zwei Mitarbeiter": a count in words is no company figure
	}
	if st := f.span.Start; st >= 2 && (s.text[st-1] == '/' || s.text[st-1] == ' ' && s.text[st-2] == '/') {
		return false // "1 / 3": the number of a picture in a gallery
	}
	if next < len(s.toks) && s.toks[next].glued {
		return false // "der 40-Tonner", "38-Jährige": the number names a thing
	}
	if s.is(s.prevWord(i), "nach") && s.scaledBare(i) {
		return true // "nach 1,9 Milliarden ein Jahr zuvor": an earlier amount, its currency left out
	}
	if s.is(s.prevWord(i), "in", "aus", "an", "für", "nach", "seit", "vor", "binnen", "innerhalb", "je") {
		return false // "in 220 Ländern": an adjunct, no figure of the metric
	}
	if p := s.prevWord(i); s.is(p, "von") && s.is(p-1, "preis", "preise", "betrag", "wert", "gegenwert", "stückpreis") {
		return false // "zum Preis von 76 Reichsmark verkauft": a price in a currency unknown, no count
	}
	k := s.prevWord(i)
	for n := 0; n < 2 && s.is(k, "einst", "ehemals", "damals", "früher", "ursprünglich", "zuletzt", "insgesamt", "noch",
		"übrigen", "verbliebenen", "verbleibenden", "restlichen", "bisherigen"); n++ {
		k-- // "20.000 der einst 85.000 Arbeitsplätze", "130 der noch übrigen 500 Mitarbeiter"
	}
	if s.is(k, "von", "der", "seiner", "ihrer", "aller") && k > 0 && s.toks[k-1].kind == tFigure &&
		s.figs[s.toks[k-1].fig].kind == Count && !s.is(next, "auf") && !s.is(next+1, "auf") {
		return false // "1.200 von 9.000 Stellen", "4.000 der 40.000 Beschäftigten", "1.200 seiner 5.000 Jobs": the whole the count before is a part of
	}
	if f.year {
		return s.isWord(next) && s.toks[next].upper && jobNoun(string(s.wb(next)))
	}
	if s.labelBefore(i) {
		return false // "auf der Bundesstraße 93", "Kapitel 11": the number names the thing before it
	}
	return s.value(f).Value.IsInteger() // not "12,55 der Arbeitgeber": a count of things is whole
}

// saleOf reports whether the noun at token a is what a deal noun a few
// words before it sells or buys: "der Verkauf der rund zehnprozentigen
// Beteiligung", "den Kauf des Aktienpakets".
func (s *state) saleOf(a int) bool {
	for k := a - 1; k >= 0 && k >= a-4 && (s.isWord(k) || s.toks[k].kind == tFigure); k-- { // "der zehnprozentigen Beteiligung"
		if s.is(k, "der", "des", "ihrer", "seiner") && s.is(k-1, "verkauf", "verkaufs", "kauf", "kaufs", "erwerb", "erwerbs",
			"veräußerung", "abgabe", "übernahme", "zukauf", "rückkauf") {
			return true
		}
	}
	return false
}

// placeAt reports whether a phrase of place starts at token k: "in",
// "im", "außerhalb", "innerhalb" and a noun (perhaps after an adjective)
// that is no word of amount, manner or time ("in Höhe von", "im
// konkreten Fall", "im Vorjahr"; see notPlaces).
func (s *state) placeAt(k int) bool {
	if !s.is(k, "in", "im", "außerhalb", "innerhalb") {
		return false
	}
	n := k + 1
	if s.isWord(n) && !s.toks[n].upper {
		n++ // "im übrigen Europa"
	}
	return s.isWord(n) && s.toks[n].upper && !notPlaces[string(s.wb(n))]
}

// placeIn reports whether clause g holds a phrase of place (placeAt): the
// clause an elliptic "…, im Ausland 800 Mio. Euro" is parallel to.
func (s *state) placeIn(g int) bool {
	for k := s.segs[g].a; k < s.segs[g].b && k < s.segs[g].a+24; k++ {
		if s.placeAt(k) {
			return true
		}
	}
	return false
}

// notPlaces are nouns after "in" or "im" that name no place.
var notPlaces = map[string]bool{"höhe": true, "fall": true, "falle": true, "rahmen": true, "zuge": true, "vergleich": true,
	"schnitt": true, "durchschnitt": true, "gegenzug": true, "moment": true, "umfang": true, "wert": true, "jahr": true,
	"vorjahr": true, "quartal": true, "monat": true, "halbjahr": true, "geschäftsjahr": true, "gesamtjahr": true,
	"vorjahreszeitraum": true, "zeitraum": true, "sommer": true, "winter": true, "frühjahr": true, "herbst": true}

// replaced reports whether the figure at token i stands after "statt" or
// "anstatt", perhaps with an article and adjectives between: "um 0,5
// statt 0,4 Prozent", "statt der erhofften 3 Mio. Euro" (what was
// expected or told before, not the fact).
func (s *state) replaced(i int) bool {
	k := s.prevWord(i)
	for n := 0; n < 3 && s.isWord(k) && !s.toks[k].upper; n++ {
		if s.is(k, "statt", "anstatt") {
			return true
		}
		k--
	}
	return false
}

// wholeFronted reports whether the count at figure token i, with the word
// k before it, opens its clause after "von den" or "unter den" and another
// count follows in the clause: "Von den 10.000 Beschäftigten in
// Deutschland sollen 2.000 ihren Job verlieren" (the staff, not the cut).
func (s *state) wholeFronted(i, k int) bool {
	if !s.is(k, "den") || !s.is(k-1, "von", "unter") {
		return false
	}
	g := &s.segs[s.segOfTok(i)]
	if k-1 != g.a {
		return false
	}
	for j := i + 1; j < g.b && j < i+16; j++ {
		if s.toks[j].kind == tFigure && s.figs[s.toks[j].fig].kind == Count {
			return true
		}
	}
	return false
}

// labelBefore reports whether the plain count at figure token i names the
// noun right before it: "auf der Bundesstraße 93", "Linie 5", "Kapitel
// 11" (see labelNouns). A count stands before what it counts.
func (s *state) labelBefore(i int) bool {
	k := i - 1
	if k < 0 || !s.isWord(k) || !s.toks[k].upper || int(s.toks[k].end)+1 != s.figs[s.toks[i].fig].qualStart {
		return false
	}
	if f := &s.figs[s.toks[i].fig]; strings.IndexByte(s.text[f.span.Start:f.span.End], '.') >= 0 {
		return false // "für die Gruppe 45.000 Menschen": a label has no thousands separator
	}
	w := s.wb(k)
	return labelNouns[string(w)] || bytes.HasSuffix(w, []byte("straße"))
}

// labelNouns are nouns that a number after them names ("Gleis 9",
// "Paragraf 218"), lower-case.
var labelNouns = map[string]bool{
	"linie": true, "gleis": true, "kapitel": true, "artikel": true, "paragraf": true, "paragraph": true,
	"abschnitt": true, "platz": true, "nummer": true, "nr": true, "seite": true, "zimmer": true, "halle": true,
	"terminal": true, "flug": true, "stufe": true, "runde": true, "gruppe": true, "autobahn": true, "bus": true,
	"tor": true, "bahnsteig": true, "sitzung": true, "spieltag": true, "ausgabe": true, "folge": true, "band": true,
	"telefonnummer": true, "rufnummer": true, "hotline": true, "telefon": true, "fax": true, "postfach": true,
	"kennziffer": true, "aktenzeichen": true, "kontonummer": true, "hausnummer": true,
}

// inPeriod reports whether sp lies in a time expression.
func (s *state) inPeriod(sp parse.Span) bool {
	// periods are ordered and do not overlap: only the last one starting
	// before sp.End can overlap sp
	k := periodFrom(s.periods, sp.End)
	return k > 0 && s.periods[k-1].End > sp.Start
}

// prevWord returns the index of the token before figure token i, skipping
// its qualifier.
func (s *state) prevWord(i int) int {
	f := &s.figs[s.toks[i].fig]
	k := i - 1
	for k >= 0 && int(s.toks[k].start) >= f.qualStart && s.toks[k].kind == tWord {
		k--
	}
	return k
}

// countsOther reports whether the count at figure token i counts a noun
// of its own right after it that is no word of people working or of jobs
// ("145.000 Aktionäre", "300 Filialen"), so that it is no headcount or job
// cut of a metric word elsewhere in the clause.
func (s *state) countsOther(i int) bool {
	n := i + 1
	if !s.isWord(n) || !s.toks[n].upper {
		return false
	}
	w := string(s.wb(n))
	if peopleWord(w) {
		return false
	}
	if mw, _, _, ok := s.lx.lookupMetric(w); ok && mw.m != NoMetric {
		return false // "5.000 Stellen", "12.000 Mitarbeiter"
	}
	return true
}

// moreOfCount reports whether the percentage at figure token i, with a
// verb cue c that gives a percentage a stake, is a change of a count
// instead: "mehr" or "weniger" after it, alone or after a noun
// ("verkaufte 3 Prozent mehr Fahrzeuge", "3 Prozent Autos weniger").
func (s *state) moreOfCount(c *cue, i int) bool {
	if s.figs[s.toks[i].fig].kind != Percent {
		return false
	}
	return s.is(i+1, "mehr", "weniger") || s.is(i+2, "mehr", "weniger") && s.isWord(i+1) && s.toks[i+1].upper
}

// companyGrows reports whether the growth verb of cue c has a company as
// the subject of its clause g and no metric noun beside it: "Beiersdorf
// will organisch um 4 bis 6 Prozent wachsen" is revenue; "Der Gewinn
// wuchs", "Die Wirtschaft wuchs" and "Der Markt wuchs" are not (a noun of
// their own, or no company).
func (s *state) companyGrows(cues []cue, c *cue, g int) bool {
	for k := range cues {
		if o := &cues[k]; o.seg == g && !o.isVerb && o.m != NoMetric {
			return false
		}
	}
	seg := &s.segs[g]
	if seg.a >= seg.b {
		return false
	}
	for k, o := range s.orgsIn(int(s.toks[seg.a].start), int(s.toks[seg.b-1].end)) {
		if k == maxLook {
			break
		}
		if o.company && !o.source && s.isSubject(o) {
			return true
		}
	}
	return false
}

// yearLabel reports whether token k is a year (four digits) written as
// the label of a bracket: "(2014: 4,86)".
func (s *state) yearLabel(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := s.text[int(s.toks[k].start):int(s.toks[k].end)]
	if len(t) != 4 || t[0] != '1' && t[0] != '2' {
		return false
	}
	for j := 1; j < 4; j++ {
		if t[j] < '0' || t[j] > '9' {
			return false
		}
	}
	return true
}

// bracketAfterFigure reports whether the bracket opening at token o
// follows a figure of the same kind (and currency) as figure i, the value
// inside the bracket: then it is the earlier value of that figure.
func (s *state) bracketAfterFigure(o, i int) bool {
	if o < 1 || s.toks[o-1].kind != tFigure {
		return false
	}
	a, b := &s.figs[s.toks[o-1].fig], &s.figs[s.toks[i].fig]
	if a.kind != b.kind || a.kind == Count {
		return false
	}
	switch a.kind {
	case Money:
		return s.in.Amounts[a.src].Currency == s.in.Amounts[b.src].Currency
	case Percent:
		return a.unit == b.unit
	}
	return false
}

// priorLevels are earlier levels a figure is told above or below, with no
// basis of a period: "2 Prozent unter dem Vortagesschluss", "10 Prozent
// über dem Ausgabepreis".
var priorLevels = map[string]bool{"vortag": true, "vortages": true, "vortagesschluss": true, "vortagesniveau": true,
	"vorwoche": true, "vorwochenschluss": true, "ausgabepreis": true, "ausgabekurs": true, "emissionspreis": true,
	"emissionskurs": true, "ausgabepreises": true, "rekordhoch": true}

// tolerance reports whether figure token i is the margin around a figure
// before it: "plus oder minus 1 Mrd. Euro", "plus/minus 0,5 Prozent".
func (s *state) tolerance(i int) bool {
	p := s.prevWord(i)
	if !s.is(p, "minus") {
		return false
	}
	q := p - 1
	if q >= 0 && (s.is(q, "oder") || s.toks[q].kind == tMark && s.text[int(s.toks[q].start)] == '/') {
		q--
	}
	return s.is(q, "plus")
}

// prepBefore returns the word before figure token i (prevWord), or the
// one before that when it is an adverb of time between a preposition and
// its figure ("von derzeit 9.000 auf 7.500", "auf zuletzt 6 Mrd. Euro") or
// a word of more ("um weitere 13.000", "um nochmals 2 Prozent").
func (s *state) prepBefore(i int) int {
	p := s.prevWord(i)
	if s.is(p, "derzeit", "zuletzt", "bisher", "aktuell", "noch", "nun", "jetzt", "zunächst", "insgesamt",
		"weitere", "weiteren", "nochmals", "abermals", "zusätzliche", "zusätzlichen") {
		p--
	}
	return p
}

// role reads what figure i is to its fact from the words around it.
func (s *state) role(i, g int, segs []segment) role {
	p := s.prepBefore(i)
	w := string(s.wb(p))
	switch w {
	case "um":
		return rBy
	case "auf", "bei":
		return rValue
	case "nach", "gegenüber":
		return rFrom
	case "zuvor", "vorher":
		if s.is(p-1, "nach", "von") {
			return rFrom
		}
	case "von":
		if _, ok := changeNouns.GetBytes(s.wb(p - 1)); ok {
			return rBy
		}
		if b, ok := basisWords.GetBytes(s.wb(p - 1)); ok && b != NoBasis {
			return rFrom // "über dem Vorjahreswert von 4,1 Mrd. Euro": the earlier value
		}
		if _, ok := changeNouns.GetBytes(s.wb(p - 2)); ok && s.is(p-1, "einem", "einen", "ein") {
			return rBy
		}
		if mw, d, _, ok := s.lx.lookupMetric(string(s.wb(p - 1))); ok && d != 0 && mw.m != NoMetric {
			return rBy
		}
		if s.is(p-3, "nach") && s.is(p-2, "einem", "einer") {
			if mw, _, _, ok := s.lx.lookupMetric(string(s.wb(p - 1))); ok && mw.m != NoMetric {
				return rFrom // "ein Verlust von 12 Mio. Euro, nach einem Gewinn von 20 Mio. Euro": the earlier value
			}
		}
		// "von 3 auf 4", "von 3 auf rund 4": the first is the earlier value
		for k := i + 1; k < segs[g].b && k <= i+6; k++ {
			if s.is(k, "auf") && k+1 < len(s.toks) && (s.toks[k+1].kind == tFigure || s.qualOfKind(k+1, i)) {
				return rFrom
			}
		}
		// "auf 2,3 Prozent von 2,4 Prozent": the earlier value after the new one
		if p >= 3 && s.toks[p-1].kind == tFigure && s.is(s.prevWord(p-1), "auf") {
			return rFrom
		}
	}
	if _, ok := changeNouns.Get(w); ok {
		return rBy
	}
	if p >= 0 && s.toks[p].kind == tBreak && s.text[int(s.toks[p].start)] == ':' {
		lb := p - 1
		if lb > 0 && s.toks[lb].kind == tMark && s.text[int(s.toks[lb].start)] == '.' {
			lb-- // "(Vj.: 350 Mio. Euro)"
		}
		if _, ok := basisWords.GetBytes(s.wb(lb)); ok {
			return rFrom // "(Vorjahr: 3,1 Mrd. Euro)"
		}
		if p >= 2 && s.toks[p-2].kind == tOpen && s.yearLabel(p-1) && s.bracketAfterFigure(p-2, i) {
			return rFrom // "6,31 (2014: 4,86) Mio. Euro": the value of an earlier year
		}
	}
	if p >= 0 && s.toks[p].kind == tOpen && s.bracketAfterFigure(p, i) {
		return rFrom // "3,9 (1,5) Mio. Franken": the earlier value in a bare bracket
	}
	if s.is(i+1, "mehr", "weniger", "höher", "niedriger") ||
		s.isWord(i+1) && s.toks[i+1].upper && s.is(i+2, "mehr", "weniger") { // "617.000 Menschen weniger"
		return rBy
	}
	if s.figs[s.toks[i].fig].kind == Count && s.is(i+1, "neue", "neuen", "zusätzliche", "zusätzlichen") {
		return rBy // "hat 120 neue Mitarbeiter eingestellt": a change of the headcount
	}
	if s.is(i+1, "über", "unter") && !s.is(p, "mit", "bei", "auf", "von") {
		// "7 Prozent über Vorjahr", "3 % unter dem Vorjahreswert", "10 Cent
		// über dem Vorjahr": a change against a basis
		k := i + 2
		if s.is(k, "dem", "den", "der") {
			k++
		}
		if _, ok := basisWords.GetBytes(s.wb(k)); ok || priorLevels[string(s.wb(k))] {
			return rBy
		}
	}
	if s.is(i+1, "an") && s.isWord(i+2) && s.toks[i+2].upper && segs[g].dir != 0 {
		if mw, _, _, ok := s.lx.lookupMetric(string(s.wb(i + 2))); ok && mw.m != NoMetric || s.is(i+2, "wert") {
			return rBy // "verlor 1,5 Mrd. Euro an Börsenwert"; not "schütten 22 Mrd. Euro an Dividenden aus", the amount itself
		}
	}
	if d, ok := s.lx.dirs.get(w); ok && d != 0 && p >= 0 && !s.toks[p].upper && s.figs[s.toks[i].fig].kind == Money {
		return rBy // "verlor 1,5 Mrd. Euro an Börsenwert"
	}
	f := &s.figs[s.toks[i].fig]
	if f.kind == Percent && (f.unit == parse.Point || f.unit == parse.BasisPoint) && f.dir != 0 {
		return rBy
	}
	return rValue
}

// pick chooses the cue of figure i: one right after it ("12.000
// Mitarbeiter", "5 Mrd. Euro Umsatz"), else the nearest before it in its
// segment, else the nearest after it. It returns -1 when none fits.
func (s *state) pick(cues []cue, i, g int, r role, k Kind) (int, bool) {
	ok := func(c *cue) (bool, bool) {
		if c.m == NoMetric && !c.isVerb {
			return false, false
		}
		if c.isVerb && c.verb.after && c.a > i && !s.frontedStake(i, g) {
			return false, false
		}
		m, asChange := c.metricFor(k)
		if m == NoMetric {
			if r == rFrom && k == Count && !c.isVerb && c.m != NoMetric {
				return true, false // "von 12 auf 10,5 Prozent"
			}
			return false, false
		}
		if c.isVerb && c.verb.particle != "" && !s.particleEnds(c, g) {
			return false, false
		}
		if c.isVerb && c.verb.needsStakeWord && k == Money && !s.segs[g].stakeWord {
			return false, false
		}
		if c.isVerb && c.verb.growth && (k != Percent || !s.companyGrows(cues, c, g)) {
			return false, false
		}
		if c.isVerb && m == Stake && s.moreOfCount(c, i) {
			// "verkaufte drei Prozent mehr Fahrzeuge": a change of what was
			// sold, no stake
			return c.verb.count != NoMetric, true
		}
		if c.isVerb && m == DealValue && (!s.dealFrame(c, i) || c.verb.offer && !s.offerFrame(i) || !s.dealVerbOK(c, g)) {
			return false, false
		}
		if m == NetIncome && c.isVerb && k == Money && s.payRate(i) && !s.companyBefore(c, g) {
			return false, false // "Der Fußballer verdient 20 Mio. Euro im Jahr": pay by the year
		}
		if m == NetIncome && !c.isVerb && s.is(c.a, "gewinn") && s.is(c.b, "der", "des") && s.isWord(c.b+1) && wonThings[string(s.wb(c.b+1))] {
			return false, false // "mit dem Gewinn der Meisterschaft": winning, no profit
		}
		if !c.isVerb && s.is(c.a, "ergebnis", "ergebnisse") && s.is(c.b, "der", "des", "einer", "eines") && s.isWord(c.b+1) && findingThings[string(s.wb(c.b+1))] {
			return false, false // "das Ergebnis der Studie": a finding, no result of a company
		}
		if m == Stake && !c.isVerb && s.holderNoun(c.a) && (k != Percent || !s.is(s.prevWord(i), "mit")) {
			return false, false // a holder holds "mit 10 Prozent"; not "Jeder Aktionär erhält 3 Euro"
		}
		if m == Stake && k == Percent && c.isVerb && s.is(s.prevWord(i), "von") && s.is(s.prevWord(i)-1, "marktanteil", "marktanteils", "weltmarktanteil") {
			return false, false // "verkaufte 1 Mio. Autos bei einem Marktanteil von 5,7 %": a share of the market, no stake
		}
		if m == GDP && !c.isVerb && s.is(c.a, "konjunktur") && s.is(c.a-1, "der") && prepWords.ValueBytes(s.wb(c.a-2)) {
			return false, false // "profitiert von der Konjunktur und verzeichnete ein Wachstum von 12 %": the company's
		}
		if m == DealValue && k == Money && s.is(i+1, "an") && s.isWord(i+2) && s.toks[i+2].upper && !s.is(i+2, "bargeld", "aktien", "cash", "schulden") &&
			!s.isOrgTok(i+2) { // not "… Dollar an OpenAI": the party paid
			// "Bei der Übernahme flossen 57 Mio. Euro an Prämien": an amount of
			// something else; not the means of payment ("2 Mrd. Euro an Bargeld")
			return false, false
		}
		if c.isVerb && m == Headcount && s.is(c.a, "arbeiten", "arbeitet", "arbeiteten") &&
			(!s.is(i+1, peopleNouns...) || !s.segHasWord(g, "für")) {
			return false, false // people who work for a company, not "700 arbeiten in dem Werk", "wollten weniger arbeiten"
		}
		if (m == OrderIntake || m == OrderBacklog) && k == Count && !(s.isWord(i+1) && orderGoods[string(s.wb(i+1))]) {
			return false, false // orders counted in goods only: "8.600 Flugzeuge", not "11,5 Millionen Kilometer"
		}
		if (m == Headcount || m == JobCuts) && k == Count && s.segs[g].event {
			return false, false // "An dem Streik beteiligten sich 5.000 Beschäftigte": people at an event
		}
		if (m == Headcount || m == JobCuts) && k == Count && !c.isVerb && c.a != i+1 && s.countsOther(i) {
			return false, false // "Von 340.000 Beschäftigten sind 145.000 Aktionäre": a count of shareholders
		}
		if (m == JobCuts || m == Headcount) && k == Count && c.isVerb && s.countsOther(i) {
			return false, false // "Die Airline strich 1.200 Flüge", "verlor 3.000 Kunden und beschäftigt …": no people working
		}
		if c.isVerb && (m == JobCuts && s.is(c.a, "kündigt", "kündigte", "kündigten", "kündigen", "gekündigt") || m == Headcount && s.hiringVerb(c.a)) &&
			!s.peopleAfter(i) {
			return false, false // hiring and dismissing count people: "kündigt 300 Mitarbeitern", not "kündigt … 3 … an", "SAR 71 stellt … ein"
		}
		if m == DealValue && c.isVerb && !s.dealVerbOK(c, g) {
			return false, false
		}
		if m == SalesVolume && c.isVerb && s.deliveryTo(c, g) {
			return false, false // "lieferte 300 Windräder an einen Kunden": one delivery, no sales figure
		}
		if c.isVerb && m == Valuation && s.assetValued(g) {
			return false, false // "die Schäden wurden auf 3 Mio. Euro taxiert": no company valued
		}
		if m == SharePrice && k == Money && s.is(s.prevWord(i), "von") && s.is(s.prevWord(i)-1, "wert", "höhe", "volumen") {
			return false, false // "Aktien im Wert von …": a block of shares, not a price
		}
		if asChange && (m == DealValue || !s.changeSignal(i, g, r) && !(c.dir != 0 && c.seg == g && s.is(s.prevWord(i), "mit"))) {
			// (but "Das Umsatzplus fiel mit 5 % aus": the change noun's figure after "mit")
			return false, false // "80 Prozent des Umsatzes", "0,3 Prozent des BIP": a share, no change
		}
		if c.a > i && !c.isVerb {
			// a noun after the figure: right after it ("5 Mrd. Euro Umsatz"),
			// not behind a genitive ("3 Prozent des Umsatzes") or far away
			reach := 2
			switch pw := s.prevWord(i); {
			case s.is(pw, "mit"):
				reach = 6 // "Mit 2,3 Prozent lag die Teuerung …": the figure fronted
			case pw == s.segs[g].a && k != Count && s.is(pw, "auf", "bei", "um"):
				reach = 8 // "Auf 4 Mrd. Euro belief sich die Verschuldung", "Um 2 % ging der Umsatz zurück", not "Bei 35 Grad …"
			case s.is(pw, "auf") && pw-2 == s.segs[g].a && s.is(pw-2, "um") && s.toks[pw-1].kind == tFigure:
				reach = 8 // "Um 12 Prozent auf 1,9 Mrd. Euro verbesserte sich das Ergebnis"
			case s.is(pw, "von", "um") && pw-3 == s.segs[g].a && s.is(pw-3, "mit") && s.is(pw-2, "einem", "einer") &&
				(s.isChangeNoun(pw-1) || s.is(pw-1, "kurs", "schlusskurs")):
				reach = 8 // "Mit einem Plus von 9 Prozent wuchs der Umsatz …", "Mit einem Kurs von 212 Euro ist die Aktie …": fronted
			}
			if c.a > i+reach || s.is(i+1, "des", "der", "vom", "am") {
				return false, false
			}
		}
		return true, asChange
	}
	// cues are ordered by position: the first after the figure is at n
	n := sort.Search(len(cues), func(k int) bool { return cues[k].a > i })
	// "verkauft seine Beteiligung … für 1,3 Mrd. Euro": the price of a deal;
	// not "für einen Euro", the unit a rate is told for
	if k == Money && s.is(s.prevWord(i), "für") && !s.unitOne(i) {
		for ci := n - 1; ci >= 0 && ci >= n-maxLook && cues[ci].seg == g; ci-- {
			if c := &cues[ci]; c.isVerb && c.verb.money == DealValue && (!c.verb.offer || s.offerFrame(i)) && s.dealVerbOK(c, g) {
				return ci, false
			}
		}
		for ci := n; ci < len(cues) && ci < n+maxLook && cues[ci].seg == g; ci++ {
			if c := &cues[ci]; c.isVerb && c.verb.money == DealValue && (!c.verb.offer || s.offerFrame(i)) && s.dealVerbOK(c, g) {
				return ci, false // "Die Beteiligung wurde für 900 Mio. Euro verkauft"
			}
		}
	}
	if n < len(cues) && cues[n].a == i+1 && cues[n].seg == g && !cues[n].isVerb {
		if good, ch := ok(&cues[n]); good {
			return n, ch
		}
	}
	for ci := n - 1; ci >= 0 && ci >= n-maxLook && cues[ci].seg == g; ci-- {
		if good, ch := ok(&cues[ci]); good && cues[ci].b <= i {
			return ci, ch
		}
	}
	for ci := n; ci < len(cues) && ci < n+maxLook && cues[ci].seg == g; ci++ {
		if cues[ci].isVerb && s.newPredicate(i, cues[ci].a) {
			break // "sammelte 300 Mio. Dollar ein und wird mit 3 Mrd. Dollar bewertet": the verb of another predicate
		}
		if good, ch := ok(&cues[ci]); good {
			return ci, ch
		}
	}
	if h := s.segs[g].cont; h < 0 && g > 0 && (!s.segHasFigure(g-1) || s.is(s.segs[g].a, "sondern")) &&
		(s.continuation(i, g) || s.is(s.segs[g].a, "er", "sie") && s.segHasNoCue(g) && s.subjectCue(cues, n, g-1) ||
			s.outlookOfChange(i, g)) {
		// or a pronoun subject for the metric that opens the clause before: "Der Überschuss legte zu: Er stieg um 35 Prozent"
		// "Die Notenbank senkte den Leitzins, diesmal um 0,25 Punkte", "…, und zwar um 9 Prozent":
		// a clause with no verb of its own gives the figure the clause before lacks, to its
		// first metric (not the one compared: "langsamer als die Erlöse")
		for ci := n - 1; ci >= 0 && ci >= n-maxLook && cues[ci].seg >= g-1; ci-- {
			if cues[ci].seg != g-1 || ci > 0 && cues[ci-1].seg == g-1 {
				continue
			}
			if good, ch := ok(&cues[ci]); good {
				return ci, ch
			}
		}
	}
	if h := s.segs[g].cont; h >= 0 {
		// the clause goes on after an embedded one: the cues of its first part
		for ci := n - 1; ci >= 0 && ci >= n-maxLook && cues[ci].seg >= h; ci-- {
			if cues[ci].seg != h {
				continue
			}
			if good, ch := ok(&cues[ci]); good {
				return ci, ch
			}
		}
	}
	return -1, false
}

// dealVerbOK reports whether the deal verb c makes a deal in clause g:
// not a buyback of own shares (buyBack); "geht"/"ging" only with a
// recipient after "an" and no particle that makes it another verb ("geht
// … zurück"); "trennt" only as "trennt sich".
func (s *state) dealVerbOK(c *cue, g int) bool {
	switch {
	case s.buyBack(c, g):
		return false
	case s.goesVerb(c):
		return s.recipientIn(g) && !s.lastWordIs(g, "zurück") && !s.lastWordIs(g, "aus") && !s.lastWordIs(g, "ein") &&
			!s.lastWordIs(g, "hervor")
	case s.is(c.a, "trennt", "trennte", "trennten"):
		return s.is(c.a+1, "sich")
	}
	return true
}

// goesVerb reports whether the verb cue c is "gehen": "geht die Sparte an
// KKR" names the buyer after "an".
func (s *state) goesVerb(c *cue) bool {
	return c.isVerb && s.is(c.a, "geht", "gehen", "ging", "gingen")
}

// recipientIn reports whether clause g names a recipient after "an": a
// company, or an article before a noun ("an den Finanzinvestor KKR").
func (s *state) recipientIn(g int) bool {
	for k := s.segs[g].a; k < s.segs[g].b && k < s.segs[g].a+40; k++ {
		if s.is(k, "an") && (s.isOrgTok(k+1) || s.is(k+1, "den", "die", "das", "einen", "eine", "ein") && s.isWord(k+2)) {
			return true
		}
	}
	return false
}

// deliveryTo reports whether the verb cue c is "liefern" without its
// particle "aus" and with a recipient after "an" in clause g: "lieferte
// 300 Windräder an den Kunden in Dänemark" tells of one delivery, not of
// the units a company sold ("lieferte 650 Flugzeuge aus").
func (s *state) deliveryTo(c *cue, g int) bool {
	if !s.is(c.a, "liefert", "lieferte", "lieferten") || s.lastWordIs(g, "aus") {
		return false
	}
	for k := c.b; k < s.segs[g].b && k < c.b+16; k++ {
		if s.is(k, "an") && (s.isWord(k+1) && s.toks[k+1].upper || s.is(k+1, "den", "die", "das", "einen", "eine", "ein", "seine", "ihre")) {
			return true
		}
	}
	return false
}

// staffSuffixes end the words of staff: "Vertragsbedienstete", "Beamte",
// "Leiharbeiter", "Lehrlinge", "Pflegekräfte".
var staffSuffixes = [...]string{"bedienstete", "bediensteten", "beamte", "beamten", "beschäftigte", "beschäftigten",
	"angestellte", "angestellten", "arbeiter", "arbeiterinnen", "kräfte", "lehrlinge", "auszubildende", "azubis",
	"mitarbeiter", "mitarbeitern", "mitarbeiterinnen", "mitarbeitende", "mitarbeitenden"}

// staffWord reports whether the lower-case word w names staff (see
// staffSuffixes).
func staffWord(w string) bool { return hasAnySuffix(w, staffSuffixes[:]...) }

// peopleAfter reports whether a word of people or staff follows the count
// at figure token i, perhaps after "neue" or "weitere": "300 Mitarbeitern",
// "500 neue Leute".
func (s *state) peopleAfter(i int) bool {
	k := i + 1
	if s.is(k, "neue", "neuen", "weitere", "weiteren", "zusätzliche", "zusätzlichen") {
		k++
	}
	if !s.isWord(k) || !s.toks[k].upper {
		return false
	}
	return peopleWord(string(s.wb(k)))
}

// peopleWord reports whether the lower-case word w names people who work
// or their jobs (jobNouns, peopleNouns, staffWord).
func peopleWord(w string) bool {
	return jobNoun(w) || slices.Contains(peopleNouns, w) || staffWord(w)
}

// jobNoun reports whether the lower-case word w names jobs: a word of
// jobNouns or a compound of one that names the kind of work
// ("Industriearbeitsplätze", "Produktionsjobs", "Verwaltungsstellen",
// "Teilzeitstellen"). A compound of "-stellen" names a job only after a
// word of work (jobStellenKinds): "Tankstellen", "Baustellen",
// "Geschäftsstellen" are places.
func jobNoun(w string) bool {
	if jobNouns[w] {
		return true
	}
	for _, x := range [...]string{"arbeitsplätze", "arbeitsplätzen", "jobs"} {
		if len(w) > len(x)+2 && strings.HasSuffix(w, x) {
			return true
		}
	}
	p, ok := strings.CutSuffix(w, "stellen")
	return ok && len(p) >= 4 && hasAnySuffix(p, jobStellenKinds[:]...)
}

// jobStellenKinds are the words of work that make a compound of "-stellen"
// a count of jobs ("Verwaltungsstellen", "Vollzeitstellen").
var jobStellenKinds = [...]string{"vollzeit", "teilzeit", "verwaltungs", "produktions", "plan", "ausbildungs", "lehr",
	"führungs", "management", "büro", "entwicklungs", "forschungs", "vertriebs", "beamten", "personal", "arbeits",
	"ingenieurs", "pflege", "lehrer", "richter", "polizei", "professoren", "it-", "fach", "leiharbeits"}

// hiringVerb reports whether word i is a form of "einstellen" (to hire):
// "stellt … ein", "eingestellt".
func (s *state) hiringVerb(i int) bool {
	return s.is(i, "stellt", "stellte", "stellten", "stellen", "eingestellt", "einstellen", "einzustellen")
}

// loseJobs reports whether clause g says near figure token i that people
// lose their jobs:
// "verloren ihren Arbeitsplatz", "verlieren ihre Stelle", "verlor den Job".
func (s *state) loseJobs(g, i int) bool {
	lose, job := false, false                                           // in either order: "verloren ihren Arbeitsplatz", "haben ihren Arbeitsplatz verloren"
	for k := max(s.segs[g].a, i-12); k < s.segs[g].b && k < i+12; k++ { // near the figure: linear time
		switch {
		case s.is(k, "verloren", "verlieren", "verlor", "verliert"):
			lose = true
		case s.is(k, "arbeitsplatz", "arbeitsplätze", "job", "jobs", "stelle", "stellen", "anstellung", "arbeit"):
			job = true
		}
	}
	return lose && job
}

// payRate reports whether the amount at figure token i is told per unit
// of time ("20 Mio. Euro im Jahr", "pro Monat", "jährlich"): what a
// person earns, not a company's result for a period ("im Jahr 2024").
func (s *state) payRate(i int) bool {
	k := i + 1
	switch {
	case s.is(k, "jährlich", "monatlich"):
		return true
	case s.is(k, "im", "pro", "je", "die", "den") && s.is(k+1, "jahr", "monat", "stunde", "woche", "tag"):
		return !(k+2 < len(s.toks) && s.toks[k+2].kind == tFigure) // not "im Jahr 2024"
	}
	return false
}

// companyBefore reports whether clause g names a company before the verb
// cue c: an organization, or a word that refers to one ("der Konzern",
// "die Bank").
func (s *state) companyBefore(c *cue, g int) bool {
	if s.segHasOrgBefore(&s.segs[g], c.a) {
		return true
	}
	for k := max(s.segs[g].a, c.a-6); k < c.a; k++ {
		if s.isWord(k) && s.lx.isReferenceWord(s.wb(k)) {
			return true
		}
	}
	return false
}

// wonThings are what "der Gewinn" of which is winning, no profit: "der
// Gewinn der Meisterschaft", "des Titels".
var wonThings = map[string]bool{"meisterschaft": true, "titels": true, "pokals": true, "wahl": true, "spiels": true,
	"turniers": true, "medaille": true, "goldmedaille": true, "rennens": true, "finales": true, "weltmeisterschaft": true,
	"europameisterschaft": true, "champions": true, "preises": true, "nobelpreises": true, "auszeichnung": true,
	"lotterie": true, "jackpots": true, "prozesses": true}

// findingThings are what "das Ergebnis" of which is a finding or an
// outcome, no company's result: "das Ergebnis der Studie", "der Wahl".
var findingThings = map[string]bool{"studie": true, "umfrage": true, "untersuchung": true, "analyse": true,
	"wahl": true, "abstimmung": true, "verhandlungen": true, "prüfung": true, "befragung": true, "tests": true,
	"gespräche": true, "sitzung": true, "spiels": true, "partie": true, "erhebung": true, "auswertung": true,
	"volksabstimmung": true, "landtagswahl": true, "bundestagswahl": true, "stichprobe": true}

// holderNoun reports whether word i names the holder of a stake
// ("Aktionär", "Großaktionär", "Anteilseigner"): "ist mit 10 Prozent
// größter Aktionär der Credit Suisse"; its genitive is the company held.
func (s *state) holderNoun(i int) bool {
	w := s.wb(i)
	return bytes.HasSuffix(w, []byte("aktionär")) || string(w) == "anteilseigner"
}

// frontedStake reports whether figure i opens its clause as the part of a
// company's shares that the verb after it holds: "Rund 38 Prozent der
// Anteile an Uniper hält künftig der Bund".
func (s *state) frontedStake(i, g int) bool {
	return s.figs[s.toks[i].fig].kind == Percent && s.prevWord(i) < s.segs[g].a && s.is(i+1, "der") &&
		s.is(i+2, "anteile", "aktien", "stimmrechte", "papiere")
}

// converted reports whether the amount at figure token i is the amount
// before it in another currency: joined to it by "bzw.", "oder" or
// "umgerechnet" (with a comma, "rund", "etwa"), nothing else between.
func (s *state) converted(i int) bool {
	conv := false
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := s.toks[k]
		switch {
		case t.kind == tFigure:
			p := &s.figs[t.fig]
			return conv && p.kind == Money && s.in.Amounts[p.src].Currency != s.in.Amounts[s.figs[s.toks[i].fig].src].Currency
		case s.is(k, "bzw", "beziehungsweise", "oder", "umgerechnet"):
			conv = true
		case s.is(k, "rund", "etwa", "knapp", "gut", "ca") || t.kind == tBreak && s.text[int(t.start)] == ',' ||
			t.kind == tMark && s.text[int(t.start)] == '.':
		default:
			return false
		}
	}
	return false
}

// isChangeNoun reports whether token k is a noun of change ("Plus",
// "Rückgang", see changeNouns).
func (s *state) isChangeNoun(k int) bool {
	if !s.isWord(k) {
		return false
	}
	_, ok := changeNouns.GetBytes(s.wb(k))
	return ok
}

// continuation reports whether figure i starts clause g after a comma
// with at most a few lower-case adverbs before its "um" or "auf": "…,
// und zwar um 9 Prozent", "…, nämlich um 2 Prozent", "…, diesmal um 0,25
// Punkte auf 3,75 Prozent". Such a clause adds the figure of the clause
// before.
func (s *state) continuation(i, g int) bool {
	seg := &s.segs[g]
	if c := s.text[int(s.toks[max(seg.a-1, 0)].start)]; seg.ownVerb || seg.a == 0 || c != ',' && c != 0xE2 && c != ':' {
		return false // a comma, a dash ("ging zurück – auf 230 Mio. Euro") or a colon
	}
	p := s.prepBefore(i)
	if s.is(p, "von") && p == seg.a && s.text[int(s.toks[seg.a-1].start)] == ':' {
		return true // "Die Kosten explodierten: von 300 auf 900 Mio. Euro"
	}
	if !s.is(p, "um", "auf") || p-seg.a > 6 {
		return false
	}
	words := 0
	for k := seg.a; k < p; k++ {
		switch {
		case s.toks[k].kind == tFigure: // "…, und zwar um 9 Prozent auf 7,1 Mrd. Euro": the second figure
		case s.isWord(k) && !s.toks[k].upper:
			words++
		default:
			return false
		}
	}
	return words <= 3
}

// outlookOfChange reports whether figure i is a change told by a noun of
// change ("ein Wachstum von 11 bis 13 Prozent") in a verb phrase of
// outlook that follows the clause naming the metric without a figure:
// "Siemens Energy hob die Umsatzprognose an und erwartet nun ein Wachstum
// von 11 bis 13 Prozent", "…: Erwartet wird nun ein Plus von 5 Prozent".
// The clause of outlook names no metric of its own ("… und erwartet ein
// Wachstum der Wirtschaft von 1 Prozent" is the economy's); the caller
// asks for a clause before without a figure and takes its first cue.
func (s *state) outlookOfChange(i, g int) bool {
	seg := &s.segs[g]
	v := seg.a
	if seg.conj {
		v++ // the verb after "und"
	} else if c := s.text[int(s.toks[max(seg.a-1, 0)].start)]; c != ':' {
		return false
	}
	if !s.is(v, "erwartet", "erwarten", "erwartete", "rechnet", "rechnen", "rechnete", "peilt", "peilte", "prognostiziert", "prognostizierte") ||
		!s.segHasNoCue(g) {
		return false
	}
	p := s.prevWord(i)
	return s.is(p, "von") && s.isChangeNoun(p-1)
}

// subjectCue reports whether the first cue of clause h (among the cues
// before n) opens it, the subject: "Der Überschuss legte zu", not "Die
// Chefin lobte den Umsatz".
func (s *state) subjectCue(cues []cue, n, h int) bool {
	first := -1
	for ci := n - 1; ci >= 0 && ci >= n-maxLook && cues[ci].seg >= h; ci-- {
		if cues[ci].seg == h {
			first = ci
		}
	}
	return first >= 0 && !cues[first].isVerb && cues[first].a <= s.segs[h].a+2
}

// segHasPronoun reports whether clause g holds "er", "sie" or "es" after its
// verb ("im Ausland stieg er um 5 Prozent") or opens with one before its
// verb ("sie schloss bei 12 Euro").
func (s *state) segHasPronoun(g int) bool { return s.scan(g).pronoun }

// scan notes once what the rules for clauses without a metric word ask
// of clause g, when one of them first asks: whether it holds a figure and
// a pronoun subject.
func (s *state) scan(g int) *segment {
	seg := &s.segs[g]
	if seg.scanned {
		return seg
	}
	seg.scanned = true
	for i := seg.a; i < seg.b; i++ {
		switch t := &s.toks[i]; {
		case t.kind == tFigure && !s.inPeriod(s.figs[t.fig].span):
			seg.hasFig = true // not "binnen zwei Jahren": a time, no figure of a metric
		case t.kind == tWord && t.end-t.start <= 3 && s.pronounAt(i):
			seg.pronoun = true
		}
	}
	return seg
}

// pronounAt reports whether word i is such a pronoun: after a lower-case
// word of its clause, or opening its clause before one.
func (s *state) pronounAt(i int) bool {
	if !s.is(i, "er", "sie", "es") {
		return false
	}
	if a := s.segs[s.segOf[i]].a; i == a {
		return s.isWord(i+1) && !s.toks[i+1].upper // "…, sie schloss bei 12 Euro"
	}
	return s.isWord(i-1) && !s.toks[i-1].upper
}

// segHasNoCue reports whether clause g holds no metric word.
func (s *state) segHasNoCue(g int) bool { return !s.segs[g].hasCue }

// newPredicate reports whether "und" or "oder" with an auxiliary or modal
// verb after it stands between tokens i and j: a second predicate begins
// there.
func (s *state) newPredicate(i, j int) bool {
	for k := i + 1; k+1 < j && k <= i+16; k++ { // bounded: the predicates of a long clause are read in linear time
		if s.is(k, "und", "oder") && s.is(k+1, "wird", "wurde", "werden", "wurden", "ist", "war", "hat", "hatte",
			"soll", "sollen", "will", "wollen", "kann", "muss") {
			return true
		}
	}
	return false
}

// segHasFigure reports whether clause g holds a figure.
func (s *state) segHasFigure(g int) bool { return s.scan(g).hasFig }

// respectively tells whether figure token i is the first (1) or the
// second (2) of two figures joined by "bzw." or "beziehungsweise" ("um 5
// bzw. 8 Prozent"), or neither (0).
func (s *state) respectively(i int) int {
	joiner := func(k int) bool { return s.is(k, "bzw", "bzw.", "beziehungsweise") }
	dot := func(k int) bool {
		return k >= 0 && k < len(s.toks) && s.toks[k].kind != tWord && s.text[int(s.toks[k].start)] == '.'
	}
	switch {
	case i+2 < len(s.toks) && s.toks[i+2].kind == tFigure && joiner(i+1):
		return 1
	case i+3 < len(s.toks) && s.toks[i+3].kind == tFigure && joiner(i+1) && dot(i+2):
		return 1 // "bzw." with its dot as a token of its own
	case i >= 2 && s.toks[i-2].kind == tFigure && joiner(i-1):
		return 2
	case i >= 3 && s.toks[i-3].kind == tFigure && joiner(i-2) && dot(i-1):
		return 2
	}
	return 0
}

// coordinated returns the metric noun joined by "und" or "sowie" in front
// of noun cue ci in its clause ("Umsatz und operatives Ergebnis", "der
// Umsatz und das Ebit"), or -1.
func (s *state) coordinated(cues []cue, ci int) int {
	if ci == 0 {
		return -1
	}
	c, p := &cues[ci], &cues[ci-1]
	if c.isVerb || p.isVerb || p.seg != c.seg || p.m == NoMetric || p.m == c.m {
		return -1
	}
	gap := c.a - p.b
	switch {
	case s.is(p.b, "und", "sowie"):
	case s.is(p.b, "als") && s.is(p.b+1, "auch"): // "sowohl Umsatz als auch Gewinn"
		gap--
	default:
		return -1
	}
	switch gap {
	case 1:
	case 2:
		if !s.is(c.a-1, "der", "die", "das", "den", "dem", "des") {
			return -1
		}
	default:
		return -1
	}
	return ci - 1
}

// assetValued reports whether clause g names a thing valued that is no
// company: a damage, a building, a painting.
func (s *state) assetValued(g int) bool {
	for i := s.segs[g].a; i < s.segs[g].b; i++ {
		if s.toks[i].kind == tWord && s.toks[i].upper && valuedAssets.ValueBytes(s.wb(i)) {
			return true
		}
	}
	return false
}

// changeSignal reports whether figure i (a percentage of a money or count
// metric) states a change: "um 5 %", a direction of its own or of its
// clause, a change noun before it, "5 % mehr".
func (s *state) changeSignal(i, g int, r role) bool {
	if r == rBy || s.figs[s.toks[i].fig].dir != 0 || s.segs[g].dir != 0 {
		return true
	}
	p := s.prevWord(i)
	for _, k := range [...]int{p, p - 1, p - 2} {
		if _, ok := changeNouns.GetBytes(s.wb(k)); ok {
			return true
		}
	}
	if mw, d, _, ok := s.lx.lookupMetric(string(s.wb(p - 1))); ok && d != 0 && mw.m != NoMetric {
		return true // "Umsatzplus von 5 %"
	}
	return false
}

// dealFrame reports whether a buying verb governs figure i as a price: "für
// 10 Mrd. Euro", "zum Preis von".
func (s *state) dealFrame(c *cue, i int) bool {
	if c.verb.offer {
		return s.offerFrame(i)
	}
	p := s.prevWord(i)
	if s.is(p, "für") && s.unitOne(i) {
		return false // "zahlt man für einen Euro"
	}
	if s.is(p, "für", "von") || s.is(p-1, "preis", "kaufpreis") {
		return true
	}
	perUnit := func(k int) bool { // "für einen Euro": the unit a rate is told for
		return k+1 < len(s.toks) && s.toks[k+1].kind == tFigure && s.unitOne(k+1)
	}
	for k := max(s.segs[c.seg].a, i-12); k < i; k++ {
		if s.is(k, "für") && !perUnit(k) {
			return true
		}
	}
	if s.is(i+1, "für") && perUnit(i+1) {
		return false // "1,49 Dollar zahlt man für einen Euro": an exchange rate
	}
	return s.offerFrame(i)
}

// orgEnd returns the token after the organization that starts at token i
// (i itself when none starts there).
func (s *state) orgEnd(i int) int {
	o, ok := s.orgAtTok(i)
	if !ok {
		return i
	}
	k := i
	for k < len(s.toks) && int(s.toks[k].start) < o.End {
		k++
	}
	return k
}

// isOrgTok reports whether an organization starts at token i.
func (s *state) isOrgTok(i int) bool {
	_, ok := s.orgAtTok(i)
	return ok
}

// buyBack reports whether the buying verb c of clause g buys back the
// company's own shares ("kaufte eigene Aktien für 5 Mrd. Euro zurück"):
// no deal with anyone.
func (s *state) buyBack(c *cue, g int) bool {
	if !s.is(c.a, "kauft", "kaufte", "kauften", "kaufen", "gekauft", "erwirbt", "erwarb", "erwerben", "erworben") {
		return false
	}
	if s.lastWordIs(g, "zurück") {
		return true
	}
	for k := max(s.segs[g].a, c.a-8); k < s.segs[g].b && k < c.a+8; k++ {
		if s.is(k, "eigene", "eigenen") {
			return true
		}
	}
	return false
}

// unitOne reports whether the amount at figure token i is one unit of a
// currency written as a word ("einen Euro", "ein Pfund") beside an amount
// in another currency: the unit an exchange rate is told for, no price.
func (s *state) unitOne(i int) bool {
	f := &s.figs[s.toks[i].fig]
	t := s.text[f.span.Start:]
	if len(t) < 3 || t[:3] != "ein" || f.kind != Money {
		return false
	}
	// an amount in another currency in the clause: "zahlt man 1,16 Dollar für
	// einen Euro"; not "verkaufte das Haus für einen Euro"
	cur := s.in.Amounts[f.src].Currency
	g := s.segs[s.segOf[i]]
	for k := max(g.a, i-10); k < g.b && k < i+10; k++ { // near it: linear time
		if k != i && s.toks[k].kind == tFigure {
			if o := &s.figs[s.toks[k].fig]; o.kind == Money && s.in.Amounts[o.src].Currency != cur {
				return true
			}
		}
	}
	return false
}

// offerFrame reports whether the amount at figure token i is what a deal
// or an offer pays for a company: per share ("bietet 57 Euro je Aktie") or
// for a company or a part of one named after it ("zahlt 1,1 Mrd. Euro für
// den Rivalen"), not a price of goods ("bietet das Gerät für 500 Euro an").
func (s *state) offerFrame(i int) bool {
	if s.is(i+1, "je", "pro") && s.is(i+2, "aktie", "anteilsschein", "papier") {
		return true
	}
	k := i + 1
	if !s.is(k, "für") {
		return false
	}
	k++
	if s.is(k, "den", "die", "das", "dem", "der", "eine", "einen", "ein", "seine", "ihre") {
		k++
	}
	if _, ok := s.orgAtTok(k); ok {
		return true
	}
	return s.isWord(k) && dealObjects[string(s.wb(k))]
}

// peopleNouns count the people who work for a company: "Für den Konzern
// arbeiten 300.000 Menschen".
var peopleNouns = []string{"menschen", "personen", "leute", "mitarbeiter", "mitarbeiterinnen", "mitarbeitende",
	"beschäftigte", "angestellte", "arbeitnehmer", "arbeiter", "fachkräfte", "ingenieure", "köpfe", "kräfte",
	"leuten", "ingenieuren"}

// dealObjects are what a price is paid for in a deal: "zahlt 2 Mrd. Euro
// für die Sparte".
var dealObjects = map[string]bool{"übernahme": true, "kauf": true, "mehrheit": true, "anteil": true, "anteile": true,
	"beteiligung": true, "sparte": true, "tochter": true, "rivalen": true, "konkurrenten": true, "wettbewerber": true,
	"firma": true, "unternehmen": true, "konzern": true, "start-up": true, "aktienpaket": true, "mehrheitsbeteiligung": true}

// particleEnds reports whether the particle of a separable verb cue ends
// its segment ("setzte … um").
func (s *state) particleEnds(c *cue, g int) bool {
	lw := s.segs[c.seg].lastWord
	return lw >= c.b && string(s.wb(lw)) == c.verb.particle
}

// earlierOfDraft puts figure i, the value of a metric noun after "nach
// einem" ("einen Verlust von 12 Mio. Euro, nach einem Gewinn von 20 Mio.
// Euro im Vorjahr"), into the newest draft of the sentence for the same
// metric as its earlier value, and reports whether it did. The noun names
// the metric again; it states no fact of its own.
func (s *state) earlierOfDraft(ds []draft, c *cue, m Metric, i int) bool {
	if c.isVerb || c.b != s.prevWord(i) || !s.is(c.a-1, "einem", "einer") || !s.is(c.a-2, "nach") {
		return false
	}
	for k := len(ds) - 1; k >= 0 && k >= len(ds)-maxLook; k-- {
		if d := &ds[k]; d.m == m && d.val >= 0 && d.fr < 0 && d.val < i {
			d.fr, d.frNeg = i, c.neg
			return true
		}
	}
	return false
}

// place puts figure i into the newest draft of cue c with that slot free,
// or starts a new draft.
func (s *state) place(ds *[]draft, c *cue, m Metric, i int, r role) {
	if m == NoMetric { // an earlier value without a unit: "von 12 auf 10,5 Prozent"
		m = c.m
	}
	for k := len(*ds) - 1; k >= 0 && k >= len(*ds)-maxLook; k-- {
		d := &(*ds)[k]
		if d.m != m || d.c != c && (d.seg != c.seg || c.a != i+1) {
			continue // another cue of the metric only as the noun after the figure: "die Belegschaft schrumpfte um 1.100 auf 8.900 Beschäftigte"
		}
		if slot := d.slot(r); *slot < 0 {
			if r == rValue && d.val < 0 && d.by >= 0 && int(s.toks[d.by].start) > int(s.toks[i].start) {
				break
			}
			*slot = i
			return
		}
		break
	}
	d := draft{c: c, m: m, seg: c.seg, val: -1, by: -1, fr: -1}
	*d.slot(r) = i
	*ds = append(*ds, d)
}

func (d *draft) slot(r role) *int {
	switch r {
	case rBy:
		return &d.by
	case rFrom:
		return &d.fr
	}
	return &d.val
}

// pronounOfLast gives figure i to the metric of the fact of the sentence
// before when a personal pronoun of its gender is the subject of the
// current sentence's first clause, next to a verb of change or level, and
// the sentence names no metric: "Für das Jahr erwartet die Allianz ein
// operatives Ergebnis von 16 Mrd. Euro. Im dritten Quartal stieg es um 9
// Prozent auf 4,4 Mrd. Euro." (es: das Ergebnis); "Der Umsatz lag bei 5
// Mrd. Euro. Er stieg damit um 3 Prozent." Not "Sie wuchs um 5 Prozent"
// after "der Umsatz" (another gender), not a verb as the metric
// ("verdiente"). The figures of the sentence join one fact.
func (s *state) pronounOfLast(i, g int, r role) bool {
	if g != 0 || len(s.sentCues) > 0 || s.segs[g].hypo {
		return false
	}
	fi := int32(s.toks[i].fig)
	if s.pronSent == s.sentNo+1 { // a figure after the first: the same fact
		pf := &s.facts[s.pronFact]
		switch {
		case r == rBy && pf.by < 0:
			pf.by = fi
		case r == rValue && pf.val < 0 && pf.valX < 0 && (s.figs[fi].kind == pf.valKind || pf.valKind == NoValue):
			pf.val, pf.valKind = fi, s.figs[fi].kind
		case r == rFrom && pf.fr < 0 && pf.frX < 0:
			pf.fr = fi
		default:
			return false
		}
		pf.end = max(pf.end, int32(s.figs[fi].span.End))
		return true
	}
	if !s.lastFactOK || s.lastFactSent != s.sentNo-1 || s.lastFactPara != s.para {
		return false
	}
	lf := &s.facts[s.lastFact]
	pr, dir, ok := s.pronounSubject(g)
	if !ok || !pronounFits(s.text[lf.mStart:lf.mEnd], pr) {
		return false
	}
	if r == rValue && lf.valKind != NoValue && s.figs[fi].kind != lf.valKind {
		return false
	}
	own := s.ownPeriodIn(s.sentSpan)
	switch {
	case r == rBy && lf.by < 0 && lf.fr < 0 && lf.frX < 0 && own < 0:
		// "Der Umsatz lag bei 5 Mrd. Euro. Er stieg damit um 3 Prozent.": the
		// change of the same figure
		lf.by = fi
		if lf.dir == parse.NoDirection {
			lf.dir = dir
		}
		s.pronFact, s.pronSent = s.lastFact, s.sentNo+1
		return true
	case r == rValue && lf.val >= 0 && lf.by < 0 && lf.fr < 0 && lf.frX < 0 && s.comparisonIn(g, i) != NoBasis:
		// "Im Vorjahr hatte er noch bei 1,5 Mrd. Euro gelegen": its earlier value
		lf.fr, lf.basis = fi, s.comparisonIn(g, i)
		if lf.dir == parse.NoDirection && lf.valX < 0 {
			switch s.value(&s.figs[lf.val]).Value.Cmp(s.value(&s.figs[fi]).Value) {
			case 1:
				lf.dir = parse.Up
			case -1:
				lf.dir = parse.Down
			}
		}
		s.pronFact, s.pronSent = s.lastFact, s.sentNo+1
		return true
	}
	nf := found{start: int32(s.toks[pronounAt(s, g)].start), end: int32(s.figs[fi].span.End), mStart: lf.mStart, mEnd: lf.mEnd,
		val: -1, by: -1, fr: -1, valX: -1, frX: -1, period: -1, entity: lf.entity, metric: lf.metric, status: Actual, dir: dir}
	switch r {
	case rBy:
		nf.by = fi
	case rFrom:
		nf.fr = fi
	default:
		nf.val, nf.valKind = fi, s.figs[fi].kind
	}
	if s.segs[g].hasStatus {
		nf.status = s.segs[g].status
	}
	nf.period = int32(own)
	nf.start = min(nf.start, int32(s.figs[fi].span.Start))
	s.addFact(&nf)
	s.pronFact, s.pronSent = len(s.facts)-1, s.sentNo+1
	return true
}

// ownPeriodIn returns the index in s.periods of the first time in sp that
// can date a figure and is no comparison, -1 when there is none.
func (s *state) ownPeriodIn(sp parse.Span) int {
	lo, hi := s.periodsIn(sp)
	for k := lo; k < hi; k++ {
		if p := &s.periods[k]; usablePeriod(p) && !s.isBasisPeriod(p, false) {
			return k
		}
	}
	return -1
}

// pronounSubject finds "er", "sie" or "es" as the subject of clause g: first
// before a verb of change or level ("Er stieg um …") or right after one in
// second place behind a fronted phrase ("Im Quartal stieg es um …"). It
// returns the pronoun and the verb's direction.
func (s *state) pronounSubject(g int) (string, parse.Direction, bool) {
	k := pronounAt(s, g)
	if k < 0 {
		return "", parse.NoDirection, false
	}
	v := k + 1
	if k > s.segs[g].a {
		v = k - 1
	}
	if s.is(v, "hat", "hatte", "ist", "war", "wird", "soll", "sollte", "dürfte", "könnte") && s.segs[g].lastWord > k {
		v = s.segs[g].lastWord // "hatte er noch bei 1,5 Mrd. Euro gelegen", "soll er um 5 Prozent steigen"
	}
	w := string(s.wb(v))
	if d, ok := s.lx.dirs.get(w); ok {
		switch {
		case d > 0:
			return string(s.wb(k)), parse.Up, true
		case d < 0:
			return string(s.wb(k)), parse.Down, true
		}
	}
	if levelVerbs[w] {
		return string(s.wb(k)), parse.NoDirection, true
	}
	return "", parse.NoDirection, false
}

// pronounAt returns the token of "er", "sie" or "es" that opens clause g or
// stands right after its finite verb (within its first eight tokens), -1
// when there is none.
func pronounAt(s *state, g int) int {
	a := s.segs[g].a
	if s.is(a, "er", "sie", "es") {
		return a
	}
	for k := a + 1; k < s.segs[g].b && k <= a+8; k++ {
		if s.is(k, "er", "sie", "es") && s.isWord(k-1) && !s.toks[k-1].upper {
			return k
		}
	}
	return -1
}

// pronounFits reports whether pronoun pr ("er", "sie", "es") can stand for
// the metric named by the noun mt: "es" for das Ergebnis, das Ebit; "sie"
// for die Marge, die Quote, die Erlöse (a plural); "er" for der Umsatz, der
// Gewinn. A metric named by a verb ("verdiente") fits none.
func pronounFits(mt, pr string) bool {
	if i := strings.LastIndexByte(mt, ' '); i >= 0 {
		mt = mt[i+1:] // "operatives Ergebnis": the noun
	}
	if mt == "" || mt[0] < 'A' || mt[0] > 'Z' && mt[0] < 0x80 {
		return false
	}
	lo := strings.ToLower(mt)
	gender := "er"
	switch {
	case hasAnySuffix(lo, "ergebnis", "ebit", "ebitda", "geschäft", "volumen", "kapital", "einkommen"):
		gender = "es"
	case hasAnySuffix(lo, "ung", "ion", "rate", "quote", "marge", "dividende", "rendite", "zahl", "bewertung",
		"erlöse", "einnahmen", "kosten", "investitionen", "ausgaben", "verbindlichkeiten", "schulden", "auslieferungen",
		"inflation", "teuerung", "ausschüttung", "prognose"):
		gender = "sie"
	}
	return pr == gender
}

// hasAnySuffix reports whether s ends in one of the suffixes.
func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// proForm reports whether clause g says "es" with a form of "sein" or
// "werden": "im August waren es 2,2 Prozent", "2025 sollen es 14 Mrd.
// werden".
func (s *state) proForm(g int) bool {
	es, verb := false, false
	for i := s.segs[g].a; i < s.segs[g].b; i++ {
		switch {
		case s.is(i, "es"):
			es = true
		case s.is(i, "waren", "war", "sind", "ist", "gewesen", "werden", "wird", "wurden", "seien", "sein"):
			verb = true
		}
	}
	return es && verb
}

// rateWord reports whether clause g names the rate of the fact before by
// a noun of rates ("Im Oktober hatte die Rate noch bei 2,3 Prozent
// gelegen", "die Quote"), a percentage of a metric that is a rate.
func (s *state) rateWord(g int, m Metric, k Kind) bool {
	if k != Percent || !(m == Inflation || m == Unemployment || m == InterestRate || m == EquityRatio || m == Margin) {
		return false
	}
	for i := s.segs[g].a + 1; i < s.segs[g].b; i++ {
		if s.is(i, "rate", "quote") && s.is(i-1, "die", "diese") && !s.is(i+1, "der", "des", "von", "für") {
			return true // not "die Quote der Frauen im Vorstand": another rate
		}
	}
	return false
}

// attachElliptic gives a figure with no metric word of its own to the fact
// before it: "…, was einem Anstieg von 51 % entspricht", "nach 3 Mrd. ein
// Jahr zuvor", "Analysten hatten mit 5 Mrd. gerechnet".
func (s *state) attachElliptic(ds *[]draft, i, g int, r role, segs []segment) {
	if len(*ds) == 0 {
		if s.pronounOfLast(i, g, r) {
			return
		}
		if r == rBy {
			s.changeOfLast(i, g)
			return
		}
		s.estimateOfLast(i, g, r, segs)
		return
	}
	last := &(*ds)[len(*ds)-1]
	f := &s.figs[s.toks[i].fig]
	switch r {
	case rBy:
		if g > last.seg && s.subClauseOrg(g) && (f.kind == Percent || s.sameKind(last, i)) {
			// "Der Umsatz von Adidas stieg auf 6,6 Mrd. Euro, während Puma
			// einen Rückgang um 10 Prozent meldete": another company's change
			*ds = append(*ds, draft{c: last.c, m: last.m, seg: g, val: -1, by: i, fr: -1, ownSeg: true})
			return
		}
		if last.by < 0 && (f.kind == Percent || s.sameKind(last, i)) &&
			!(g > last.seg && segs[g].ownVerb && s.isWord(segs[g].a) && s.toks[segs[g].a].upper) {
			// (not "Teuerung bei 0,7 Prozent – Mieten stiegen um 3,6 Prozent":
			// a clause with a subject and a verb of its own tells of another thing)
			last.by = i
			return
		}
		if g > last.seg && s.segHasPronoun(g) && s.segHasNoCue(g) && (f.kind == Percent || s.sameKind(last, i)) {
			// "Der Absatz brach im Inland um 20 % ein, im Ausland stieg er um 5 %": the pronoun is the metric before;
			// "…, sank er bei Mercedes um 5 %": with the company of its own clause
			*ds = append(*ds, draft{c: last.c, m: last.m, seg: g, val: -1, by: i, fr: -1, ownSeg: s.segHasOrg(g)})
			return
		}
		if g > last.seg && s.segStartsWithOrg(g) && (f.kind == Percent || s.sameKind(last, i)) {
			// "SAP steigerte den Umsatz um 9 Prozent, Oracle um 12 Prozent"
			*ds = append(*ds, draft{c: last.c, m: last.m, seg: g, val: -1, by: i, fr: -1, ownSeg: true})
			return
		}
		a := -1 // where the elliptic phrase starts
		switch {
		case g > last.seg:
			a = segs[g].a
		case g == last.seg && last.ellipsis && last.by >= 0:
			for k := i - 1; k > last.by && k >= i-8; k-- {
				if s.is(k, "und", "sowie") {
					a = k + 1 // "…, in China um 12 Prozent und in den USA um 2 Prozent"
					break
				}
			}
		}
		if p := s.prevWord(i); a >= 0 && last.by >= 0 && !segs[g].ownVerb && s.segHasNoCue(g) && s.is(p, "um") &&
			p > a && p-a <= 3 && (f.kind == Percent || s.sameKind(last, i)) &&
			(s.is(a, "in", "im", "bei", "beim", "am", "auf", "außerhalb", "innerhalb", "für", "unter", "yoy", "qoq") ||
				s.is(a, "der", "die", "das") && s.is(a+1, "von", "vom", "in", "im", "bei", "beim")) { // not "die meisten um", "das heißt um"
			// "Der Umsatz legte in Deutschland um 3 Prozent zu, im Ausland um
			// 7 Prozent": the same change elsewhere, its verb left out; with a
			// company of its own ("der von Alphabet um 18 Prozent") its own
			// subject
			d := draft{c: last.c, m: last.m, seg: g, val: -1, by: i, fr: -1, ellipsis: true}
			for k := a; k < p; k++ {
				if _, ok := s.orgAtTok(k); ok {
					d.ownSeg = true
					break
				}
			}
			*ds = append(*ds, d)
		}
	case rFrom:
		if last.fr < 0 && (s.sameKind(last, i) || s.scaledCountOf(last, i)) {
			last.fr = i
		}
	case rValue:
		if segs[g].hasStatus && segs[g].status == Estimate && s.sameKind(last, i) {
			d := draft{c: last.c, m: last.m, seg: g, val: i, by: -1, fr: -1, ellipsis: true,
				status: Estimate, hasStatus: true}
			*ds = append(*ds, d)
			return
		}
		if last.fr < 0 && (s.segHasBasis(g) || s.comparisonIn(g, i) != NoBasis) && s.sameKind(last, i) {
			last.fr = i
			return
		}
		if g > last.seg && (last.m == NetIncome || last.m == OperatingProfit) && f.kind == Money &&
			s.is(i+1, "je", "pro") && s.is(i+2, "aktie", "anteilsschein") {
			// "verdiente 2,3 Mrd. Euro, das sind 1,20 Euro pro Aktie": the earnings per share
			*ds = append(*ds, draft{c: last.c, m: EPS, seg: g, val: i, by: -1, fr: -1, ellipsis: true})
			return
		}
		if g > last.seg && last.val >= 0 && s.proForm(g) && s.sameKind(last, i) {
			// "…, im August waren es 2,2 Prozent", "2025 sollen es 14 Mrd. werden":
			// the same metric for another period, with the status of its own clause
			d := draft{c: last.c, m: last.m, seg: g, val: i, by: -1, fr: -1, ellipsis: true, hasStatus: true}
			if segs[g].hasStatus {
				d.status = segs[g].status
			}
			*ds = append(*ds, d)
			return
		}
		if g > last.seg && last.val >= 0 && segs[g].conj && s.is(segs[g].a+1, "rechnet", "rechnen", "rechnete", "rechneten",
			"erwartet", "erwarten", "erwartete", "erwarteten", "peilt", "peilen", "peilte", "peilten") &&
			s.segHasNoCue(g) && s.sameKind(last, i) {
			// "Die Bank hat 2024 3 Mrd. Euro verdient und rechnet für 2025 mit
			// 3,5 Mrd. Euro": the subject's outlook for the same metric, with
			// the status of its own verb phrase; not "… und will 500 Mio.
			// Euro für Rückkäufe ausgeben"
			d := draft{c: last.c, m: last.m, seg: g, val: i, by: -1, fr: -1, ellipsis: true, hasStatus: true}
			if segs[g].hasStatus {
				d.status = segs[g].status
			}
			*ds = append(*ds, d)
			return
		}
		if g > last.seg && last.val >= 0 && s.segStartsWithOrg(g) && s.segHasNoCue(g) && s.sameKind(last, i) &&
			s.is(s.prevWord(i), "auf", "bei") && s.levelVerbBefore(s.prevWord(i), segs[g].a) {
			// "Der Umsatz von Aldi Süd stieg auf 20 Mrd. Euro, Lidl kam auf 30
			// Mrd. Euro": the same metric of the company that opens the clause
			*ds = append(*ds, draft{c: last.c, m: last.m, seg: g, val: i, by: -1, fr: -1, ownSeg: true})
			return
		}
		if last.val < 0 && g > last.seg && s.segHasPronoun(g) && s.segHasNoCue(g) && s.sameKind(last, i) {
			last.val = i // "Die Aktie verlor 5 Prozent, sie schloss bei 12 Euro": the value of the same fact
			return
		}
		if last.val >= 0 && g > last.seg && s.segHasPronoun(g) && s.segHasNoCue(g) && s.segs[g].ownVerb &&
			s.segHasOrg(g) && s.sameKind(last, i) {
			// "Der Gewinn von Intel brach auf 300 Mio. Dollar ein; bei AMD
			// verdoppelte er sich auf 1,2 Mrd. Dollar": the same metric of
			// the company of its own clause
			*ds = append(*ds, draft{c: last.c, m: last.m, seg: g, val: i, by: -1, fr: -1, ownSeg: true})
			return
		}
		if g > last.seg && last.val >= 0 && !segs[g].ownVerb && s.segHasNoCue(g) && s.sameKind(last, i) &&
			s.placeAt(segs[g].a) && s.prevWord(i) > segs[g].a && s.prevWord(i)-segs[g].a <= 2 && segs[g].b-i <= 3 &&
			s.placeIn(last.seg) {
			// "Im Inland setzte der Händler 1,2 Mrd. Euro um, im Ausland 800
			// Mio. Euro": the same metric elsewhere, its verb left out
			*ds = append(*ds, draft{c: last.c, m: last.m, seg: g, val: i, by: -1, fr: -1, ellipsis: true})
			return
		}
		if g > last.seg && last.val >= 0 && !segs[g].ownVerb && s.is(s.prevWord(i), "bei", "auf") &&
			s.prevWord(i)-segs[g].a <= 3 && s.sameKind(last, i) && s.segHasNoCue(g) {
			// "…, in Deutschland bei 3,9 Prozent": the same metric elsewhere, its verb left out
			*ds = append(*ds, draft{c: last.c, m: last.m, seg: g, val: i, by: -1, fr: -1, ellipsis: true})
			return
		}
		if g > last.seg && last.val >= 0 && !segs[g].ownVerb && s.segStartsWithOrg(g) && s.sameKind(last, i) && s.segHasNoCue(g) {
			// "Die Deutsche Bank verdiente 1,7 Mrd. Euro, die Commerzbank 800
			// Mio. Euro": the verb left out, another company's figure
			*ds = append(*ds, draft{c: last.c, m: last.m, seg: g, val: i, by: -1, fr: -1, ownSeg: true})
			return
		}
		if g > last.seg && last.val >= 0 && s.segHasNoCue(g) && s.segStartsWithOrg(g) && s.levelVerb(s.prevAdverb(s.prevWord(i))) && s.sameKind(last, i) {
			// "Analysten hatten 20 Mrd. Euro erwartet, Siemens erzielte 21 Mrd.
			// Euro": another subject with a verb of reaching and no metric
			// word: the metric before, with the status of its own clause
			d := draft{c: last.c, m: last.m, seg: g, val: i, by: -1, fr: -1, ownSeg: true, hasStatus: true}
			if segs[g].hasStatus {
				d.status = segs[g].status
			}
			*ds = append(*ds, d)
			return
		}
		if s.is(segs[g].a, "davon", "darunter") && g > last.seg && s.sameKind(last, i) {
			// "2.000 Stellen, davon 1.500 in Deutschland": a part of the figure before
			*ds = append(*ds, draft{c: last.c, m: last.m, seg: last.seg, val: i, by: -1, fr: -1})
		}
	}
}

// segHasOrg reports whether an organization stands in clause g.
func (s *state) segHasOrg(g int) bool {
	seg := &s.segs[g]
	return seg.b > seg.a && len(s.orgsIn(int(s.toks[seg.a].start), int(s.toks[seg.b-1].end))) > 0
}

// prevAdverb returns the word before word k when k is an adverb that can
// stand between a verb and its object ("erreichte aber 21 Mrd. Euro"),
// else k.
func (s *state) prevAdverb(k int) int {
	if s.is(k, "aber", "jedoch", "nun", "dann", "sogar", "nur", "zuletzt", "schließlich", "immerhin", "tatsächlich", "lediglich") {
		return k - 1
	}
	return k
}

// levelVerb reports whether word i is a verb that states a level
// ("erzielte", "erreichte", "lag", "betrug"; see the lexicon's lxLevel).
func (s *state) levelVerb(i int) bool {
	if !s.isWord(i) || s.toks[i].upper {
		return false
	}
	e, ok := s.lx.lookupSeg(s.wb(i))
	return ok && e.flags&lxLevel != 0
}

// estimateOfLast reads "Analysten hatten mit 380 Mio. Euro gerechnet" after
// the sentence that stated the figure: the same metric, estimated.
//
// It also reads a clause that says "es" with a form of "sein" or "werden"
// (proForm) after such a sentence: with a comparison ("Im
// Vorjahreszeitraum waren es 1,3 Mrd. Euro gewesen") the figure is the
// earlier value of the fact before; else it is the same metric for
// another time, with the status of its own clause ("Im Gesamtjahr sollen
// es rund 820 werden").
func (s *state) estimateOfLast(i, g int, r role, segs []segment) {
	if r != rValue || !s.lastFactOK || s.lastFactSent != s.sentNo-1 || s.lastFactPara != s.para {
		return
	}
	lf := &s.facts[s.lastFact]
	fi := s.toks[i].fig
	fg := &s.figs[fi]
	if lf.valKind != fg.kind || lf.valKind == NoValue {
		return
	}
	if segs[g].hasStatus && segs[g].status == Estimate {
		s.addFact(&found{start: int32(fg.span.Start), end: int32(fg.span.End), metric: lf.metric, mStart: lf.mStart,
			mEnd: lf.mEnd, entity: lf.entity, val: fi, by: -1, fr: -1, valX: -1, frX: -1, valKind: fg.kind,
			status: Estimate, period: lf.period})
		return
	}
	if !s.proForm(g) && !s.rateWord(g, lf.metric, fg.kind) || segs[g].hypo || fg.kind == Count && s.isWord(i+1) && s.toks[i+1].upper {
		return // not "Es waren 300 Besucher": a count of something named
	}
	for k := lf.val + 1; k < fi; k++ {
		if lf.val < 0 || !s.inPeriod(s.figs[k].span) {
			return // "145.000 Aktionäre. Bis 2020 sollen es 200.000 sein": "es" is the figure just before, no fact
		}
	}
	if b := s.comparisonIn(g, i); b != NoBasis {
		if lf.fr < 0 && lf.frX < 0 && lf.by < 0 && lf.val >= 0 && lf.valX < 0 && fg.kind != Count {
			lf.fr, lf.basis = fi, b
			if lf.dir == parse.NoDirection {
				switch s.value(&s.figs[lf.val]).Value.Cmp(s.value(fg).Value) {
				case 1:
					lf.dir = parse.Up
				case -1:
					lf.dir = parse.Down
				}
			}
		}
		return
	}
	st := Actual
	if segs[g].hasStatus {
		st = segs[g].status
	}
	per := int32(-1)
	lo, hi := s.periodsIn(s.sentSpan)
	for k := lo; k < hi; k++ {
		if p := &s.periods[k]; usablePeriod(p) && !s.isBasisPeriod(p, false) {
			per = int32(k)
			break
		}
	}
	s.addFact(&found{start: int32(fg.span.Start), end: int32(fg.span.End), metric: lf.metric, mStart: lf.mStart,
		mEnd: lf.mEnd, entity: lf.entity, val: fi, by: -1, fr: -1, valX: -1, frX: -1, valKind: fg.kind,
		status: st, period: per})
}

// changeOfLast gives the change at figure token i to the fact of the
// sentence before when clause g opens the sentence with a demonstrative,
// a verb of being and a noun of change ("Teslas Umsatz lag bei 28,1 Mrd.
// Dollar. Das entspricht einem Plus von 12 Prozent", "Das ist ein
// Rückgang um 3 Prozent"), that fact has no change yet, and the figure is
// a percentage or of the fact's kind.
func (s *state) changeOfLast(i, g int) {
	if g != 0 || !s.lastFactOK || s.lastFactSent != s.sentNo-1 || s.lastFactPara != s.para {
		return
	}
	a := s.segs[g].a
	if !s.is(a, "das", "dies") || !s.is(a+1, "entspricht", "entsprach", "bedeutet", "bedeutete", "ist", "war", "sind", "waren") {
		return
	}
	lf := &s.facts[s.lastFact]
	fi := s.toks[i].fig
	fg := &s.figs[fi]
	if lf.by >= 0 || lf.fr >= 0 || lf.frX >= 0 || fg.kind != Percent && fg.kind != lf.valKind {
		return
	}
	dir := parse.NoDirection // of the noun of change, which must be there: not "Das sind 5 Prozent mehr Frauen"
	for k := a + 2; k < i && k <= a+6; k++ {
		if d, ok := changeNouns.GetBytes(s.wb(k)); ok && d != 0 {
			dir = parse.Up
			if d < 0 {
				dir = parse.Down
			}
		}
	}
	if dir == parse.NoDirection {
		return
	}
	lf.by = fi
	if lf.dir == parse.NoDirection {
		lf.dir = dir
	}
	if lf.basis == NoBasis {
		lf.basis = s.comparisonIn(g, i)
	}
}

// comparisonIn returns the basis that clause g names near figure token i
// as the time compared with ("im Vorjahreszeitraum", "ein Jahr zuvor", "im Vorjahr"), NoBasis
// when it names none.
func (s *state) comparisonIn(g, i int) Basis {
	if b := s.segs[g].basis; b != NoBasis {
		return b
	}
	seg := &s.segs[g]
	a, b := max(seg.a, i-12), min(seg.b, i+12) // near figure i: linear time in clauses of any length
	if a >= b {
		return NoBasis
	}
	lo, hi := s.periodsIn(parse.Span{Start: int(s.toks[a].start), End: int(s.toks[b-1].end)})
	for k := lo; k < hi; k++ {
		if p := &s.periods[k]; basisWording(p, true) {
			return basisOfText(p.Text)
		}
	}
	return NoBasis
}

// negatedFigure reports whether figure token k is negated: "nicht um 10
// Prozent".
func (s *state) negatedFigure(k int) bool {
	p := s.prevWord(k)
	return s.is(p, "um", "auf") && s.is(p-1, "nicht")
}

// sonderBetween reports whether "sondern" stands between tokens a and b
// (at most 12 tokens apart).
func (s *state) sonderBetween(a, b int) bool {
	for k := a + 1; k < b && k <= a+12; k++ {
		if s.is(k, "sondern") {
			return true
		}
	}
	return false
}

// subClauseOrg reports whether clause g opens with a conjunction of
// contrast and an organization as its subject: "…, während Puma …",
// "…, wohingegen die Konkurrenz Adidas …".
func (s *state) subClauseOrg(g int) bool {
	a := s.segs[g].a
	if !s.is(a, "während", "wohingegen", "wogegen", "wobei") {
		return false
	}
	a++
	if s.is(a, "der", "die", "das") {
		a++
	}
	return a < s.segs[g].b && s.isOrgTok(a)
}

// comparedWithOrg reports whether word i ("mehr", "weniger") compares
// with an organization named after "als", with no figure before it: "…
// und damit mehr als die Commerzbank mit 1,5 Mrd. Euro" tells no change.
func (s *state) comparedWithOrg(i int) bool {
	if !s.is(i, "mehr", "weniger") || !s.is(i+1, "als") || i > 0 && s.toks[i-1].kind == tFigure {
		return false
	}
	k := i + 2
	if s.is(k, "der", "die", "das", "den", "dem") {
		k++
	}
	_, ok := s.orgAtTok(k)
	return ok
}

// levelVerbs are the forms of the verbs that state the level a metric
// reached ("lag bei", "betrug", "kam auf", "brachte es auf"), lower-case.
var levelVerbs = map[string]bool{"lag": true, "lagen": true, "liegt": true, "liegen": true, "gelegen": true,
	"betrug": true, "betrugen": true, "beträgt": true, "betragen": true, "belief": true, "beliefen": true, "beläuft": true,
	"belaufen": true, "erreichte": true, "erreichten": true, "erreicht": true, "summierte": true, "summierten": true,
	"summiert": true, "kam": true, "kamen": true, "kommt": true, "kommen": true, "brachte": true, "brachten": true,
	"bringt": true}

// levelVerbBefore reports whether a verb of level ("kam auf", "lag bei",
// "brachte es auf") stands between token a and the preposition p before a
// figure, at most four words before it.
func (s *state) levelVerbBefore(p, a int) bool {
	for k := p - 1; k >= a && k >= p-4; k-- {
		if s.isWord(k) && levelVerbs[string(s.wb(k))] {
			return true
		}
	}
	return false
}

// segStartsWithOrg reports whether segment g starts with an organization
// (a new subject of an elliptic clause).
func (s *state) segStartsWithOrg(g int) bool {
	a := s.segs[g].a
	if a >= s.segs[g].b {
		return false
	}
	if _, ok := s.orgAtTok(a); ok {
		return true
	}
	if _, ok := s.orgAtTok(a + 1); ok && a+1 < s.segs[g].b && s.is(a, "der", "die", "das") {
		return true // "…, die Commerzbank 800 Mio. Euro"
	}
	// "…, die schwedische um 25 Basispunkte": an article and an adjective
	// whose noun is the one of the clause before
	if a+2 >= s.segs[g].b || !s.is(a, "der", "die", "das") || !s.isWord(a+1) || s.toks[a+1].upper ||
		!s.is(a+2, "um") || s.is(a+1, "meisten", "meiste", "wenigsten", "einen", "anderen") {
		return false
	}
	w := s.wb(a + 1)
	return len(w) > 3 && w[len(w)-1] == 'e' || len(w) > 4 && w[len(w)-2] == 'e' && w[len(w)-1] == 'n'
}

// sameKind reports whether figure i is of the kind of the draft's value.
func (s *state) sameKind(d *draft, i int) bool {
	k := s.figs[s.toks[i].fig].kind
	if d.val >= 0 {
		return s.figs[s.toks[d.val].fig].kind == k
	}
	return classOf(d.m)&kindClass(k) != 0
}

// scaledCountOf reports whether figure token i is a count with a scale word
// that stands for an amount of the currency of d's value: "nach 1,9
// Milliarden ein Jahr zuvor" after "2,3 Milliarden Euro".
func (s *state) scaledCountOf(d *draft, i int) bool {
	return d.val >= 0 && s.figs[s.toks[d.val].fig].kind == Money && s.scaledBare(i)
}

// countOfAmount returns the token of the amount of money before figure
// token i in its sentence when figure i is a count with a scale word that
// counts nothing named after it, after "auf", "um", "bei" or "von": an
// amount in that amount's currency ("Der Vorsteuergewinn stieg auf 540
// Mio. Franken, der Reingewinn auf 420 Millionen"); -1 when it is none.
func (s *state) countOfAmount(i int) int {
	if !s.scaledBare(i) || !s.is(s.prevWord(i), "auf", "um", "bei", "von") {
		return -1
	}
	for k := i - 1; k >= 0 && k >= i-60; k-- { // a window: linear time in sentences of any length
		if s.toks[k].kind == tFigure && s.figs[s.toks[k].fig].kind == Money {
			return k
		}
	}
	return -1
}

// scaledBare reports whether figure token i is a count with a scale word
// that counts nothing named after it: "1,9 Milliarden ein Jahr zuvor",
// "1,9 Milliarden im Vorjahr", "1,9 Milliarden." — not "2 Millionen
// Besucher", "2 Millionen verkauften Geräten".
func (s *state) scaledBare(i int) bool {
	f := &s.figs[s.toks[i].fig]
	return f.kind == Count && !f.year && !scaleOf(s.text[f.span.Start:f.span.End]).IsZero() &&
		(!s.isWord(i+1) || s.is(i+1, "im", "in", "ein", "vor", "zuvor", "vorher", "und"))
}

func kindClass(k Kind) uint8 {
	switch k {
	case Money:
		return cMoney
	case Percent:
		return cPercent
	case Count:
		return cCount
	}
	return 0
}

func (s *state) segHasBasis(g int) bool { return s.segs[g].basis != NoBasis }
