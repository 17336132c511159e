package fact

import (
	"bytes"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
)

// usablePeriod reports whether p can be the period of a fact: a resolved
// calendar date, not a duration, set, time of day or vague reference.
func usablePeriod(p *period.Expression) bool {
	return p.Type == period.Date && p.Value != "" && !strings.HasSuffix(p.Value, "_REF")
}

// finish turns a draft into a Fact: value, change, status, entity, period
// and span.
func (s *state) finish(d *draft, sp parse.Span, para int, before []draft) {
	if d.val < 0 && d.by < 0 {
		return
	}
	c := d.c
	f := Fact{Metric: d.m}
	// where the figures of f come from: their index in s.figs, and
	// whether the value or the earlier value was changed (then kept in
	// s.xvals)
	valFig, byFig, frFig := int32(-1), int32(-1), int32(-1)
	valX, frX := false, false
	f.MetricSpan = parse.Span{Start: int(s.toks[c.a].start), End: int(s.toks[c.b-1].end)}
	f.MetricText = s.text[f.MetricSpan.Start:f.MetricSpan.End]
	start, end := f.MetricSpan.Start, f.MetricSpan.End
	if d.ellipsis {
		start, end = len(s.text), 0
	}
	widen := func(i int) {
		t := s.toks[i]
		start = min(start, int(t.start))
		end = max(end, int(t.end))
	}
	if d.val >= 0 {
		valFig = s.toks[d.val].fig
		f.Value = s.value(&s.figs[valFig])
		if f.Value.Kind == Count && classOf(d.m)&cCount == 0 {
			if k := s.countOfAmount(d.val); k >= 0 {
				// "auf 420 Millionen" after "540 Mio. Franken" (see countOfAmount)
				f.Value.Kind, f.Value.Currency = Money, s.in.Amounts[s.figs[s.toks[k].fig].src].Currency
				valX = true
			}
		}
		if c.neg && f.Value.Kind == Money && !d.ellipsis {
			valX = true
			f.Value.Value = f.Value.Value.Abs().Neg()
			if f.Value.IsRange {
				f.Value.Max = f.Value.Max.Abs().Neg()
				f.Value.Value, f.Value.Max = f.Value.Max, f.Value.Value
			}
		}
		widen(d.val)
	}
	if d.by >= 0 && c.bottom && d.val < 0 && s.figs[s.toks[d.by].fig].kind == Money &&
		s.is(s.prevWord(d.by)-1, "minus", "plus", "fehlbetrag", "verlust") {
		// "Unter dem Strich stand ein Minus von 230 Mio. Euro": the result, negative
		valFig = s.toks[d.by].fig
		f.Value = s.value(&s.figs[valFig])
		if !s.is(s.prevWord(d.by)-1, "plus") {
			valX = true
			f.Value.Value = f.Value.Value.Abs().Neg()
		}
		widen(d.by)
		d.by = -1
	}
	if d.by >= 0 {
		byFig = s.toks[d.by].fig
		f.Change.By = s.value(&s.figs[byFig])
		widen(d.by)
	}
	if d.fr >= 0 {
		frFig = s.toks[d.fr].fig
		fr := s.value(&s.figs[frFig])
		if fr.Kind == Count && f.Value.Kind == Money && d.val >= 0 {
			// the currency, and the scale when it has none, carry from the
			// value: "von 3,8 auf 4,1 Mrd. Euro", "nach 3,8 Milliarden ein
			// Jahr zuvor"
			vf, ff := &s.figs[s.toks[d.val].fig], &s.figs[s.toks[d.fr].fig]
			vs, fs := scaleOf(s.text[vf.span.Start:vf.span.End]), scaleOf(s.text[ff.span.Start:ff.span.End])
			if !vs.IsZero() && fs.IsZero() {
				fr.Value = fr.Value.Mul(vs)
			}
			if !vs.IsZero() || !fs.IsZero() {
				fr.Kind, fr.Currency = Money, f.Value.Currency
				frX = true
			}
		}
		if (d.frNeg || c.neg && !d.ellipsis && !s.profitBefore(d.fr)) && fr.Kind == Money && fr.Value.IsPositive() {
			// "nach einem Verlust von 50 Mio. Euro"; the earlier value of a
			// loss is a loss too ("Der Verlust sank von 200 auf 50 Mio.
			// Euro"), unless a profit names it ("nach einem Gewinn von …")
			fr.Value = fr.Value.Neg()
			frX = true
		}
		if fr.Kind == Count && f.Value.Kind == Percent {
			fr.Kind, fr.Unit = Percent, f.Value.Unit
			frX = true
		}
		f.Change.From = fr
		widen(d.fr)
	}
	if start >= end {
		return
	}
	f.Span = parse.Span{Start: start, End: end}
	f.Text = s.text[start:end]

	// direction and basis
	basisPer := int32(0)
	if !d.ellipsis {
		f.Change.Direction = s.direction(d, &f)
		if c.level && d.val >= 0 && d.by < 0 && f.Value.Kind == Percent && f.Change.Direction == parse.Down &&
			f.Value.Value.IsPositive() && !s.is(s.prevWord(d.val), "auf") {
			f.Value.Value = f.Value.Value.Neg() // "die Erzeugerpreise fielen um 1,2 %": an inflation of -1,2 %
			valX = true
		}
		if f.Change.By.Kind != NoValue || f.Change.From.Kind != NoValue || f.Change.Direction != parse.NoDirection {
			f.Change.Basis = s.basis(d)
			if f.Change.Basis == NoBasis {
				basisPer = s.basisPeriod(sp, &f) + 1
				if basisPer > 0 {
					if b := oneBack(s.periods[basisPer-1].Text); b != NoBasis {
						f.Change.Basis, basisPer = b, 0 // "höher als vor einem Jahr": year on year
					}
				}
			}
		}
	}

	if d.ellipsis && d.by >= 0 {
		f.Change.Direction = s.direction(d, &f) // "…, im Ausland um 7 Prozent": the direction of the clause before
		if b := s.segs[s.segOfTok(d.by)].basis; b != NoBasis {
			f.Change.Basis = b // "…, QoQ um 3 Prozent": a basis of its own
		}
	}

	// status
	switch {
	case d.hasStatus:
		f.Status = d.status
	case (d.ownSeg || d.ellipsis) && d.seg != c.seg && !s.segs[d.seg].hasStatus && s.segs[c.seg].status == Estimate &&
		s.segStartsWithOrg(d.seg):
		// "Analysten hatten 1,12 Dollar erwartet; Alphabet kam auf 1,31
		// Dollar": the company's own figure in a clause of its own (see
		// readSegments)
		f.Status = Actual
	case s.segs[c.seg].hasStatus:
		f.Status = s.segs[c.seg].status
	case c.forecast:
		f.Status = Forecast
	}
	if d.val >= 0 {
		if g := s.segOfTok(d.val); g != c.seg && s.segs[g].hasStatus && s.segs[g].status == Estimate {
			f.Status = Estimate
		}
		if s.estimateOf(d.val) {
			f.Status = Estimate // "über den Erwartungen der Analysten von 5,2 Mrd. Euro": the figure is the estimate
		}
	}
	if f.Status == Forecast && s.sourceSubject() {
		f.Status = Estimate // "Das Ifo-Institut rechnet mit …": someone else's outlook
	}
	if d.m == PriceTarget && f.Status == Estimate && !d.hasStatus {
		f.Status = Actual // a price target is the analysts' own figure, reported
	}
	if d.val >= 0 && d.m == Headcount && s.wholeFronted(d.val, s.prevWord(d.val)) {
		f.Status = Actual // "Von den 10.000 Beschäftigten sollen 2.000 gehen": the staff there is
	}

	// entity and target
	if d.ellipsis && !d.ownSeg && len(before) > 0 {
		f.Entity = before[len(before)-1].entity
	} else {
		f.Entity = s.entityFor(d, sp, para)
	}
	if d.m == Stake || d.m == DealValue {
		f.Target = s.targetFor(d, f.Entity)
		if f.Target == f.Entity && f.Target != "" {
			f.Entity = ""
		}
	}
	if d.m == DealValue && !c.isVerb {
		if b := s.buyerBy(c); b != "" && b != f.Target {
			f.Entity = b // "die Übernahme von Covestro durch Adnoc"
		}
	}
	if (d.m == Inflation || d.m == GDP || d.m == Unemployment) && s.forecaster(f.Entity) {
		f.Entity = "" // "Die Bundesregierung erwartet ein Wachstum von 1,3 Prozent": the economy's, not the government's
	}
	d.entity = f.Entity
	if d.m == Stake && c.isVerb && f.Target == "" && s.is(c.a, "beteiligt", "beteiligte", "beteiligten") &&
		!(d.val >= 0 && s.is(s.prevWord(d.val), "mit")) { // "ist mit 30 Prozent an dem Joint Venture beteiligt" holds a stake
		return // "An der Umfrage beteiligten sich 40 Prozent": no company is held
	}
	if d.m == Stake && !c.isVerb && f.Entity == "" && f.Target == "" && (s.is(c.a, "anteil", "anteile", "anteils", "anteilen") || s.is(c.a, "beteiligung") && !s.is(c.b, "an", "am")) && !s.ownedShare(c) {
		return // "der Anteil erneuerbarer Energien auf 40 Prozent", "eine Beteiligung von 0,34 Prozent" (of voters; not "die Beteiligung an der Bank"): a share, no stake of anyone
	}

	// period
	r := found{start: int32(f.Start), end: int32(f.End), mStart: int32(f.MetricSpan.Start), mEnd: int32(f.MetricSpan.End),
		val: valFig, by: byFig, fr: frFig, valX: -1, frX: -1, period: -1,
		entity: f.Entity, target: f.Target, metric: f.Metric, status: f.Status, valKind: f.Value.Kind,
		dir: f.Change.Direction, basis: f.Change.Basis, basisPer: basisPer}
	if k, ok := s.periodFor(d, &f, sp, para); ok {
		r.period = int32(k)
		if r.status == Actual && laterThan(s.periods[k].Value, s.in.Date) && !s.pastClause(c.seg) {
			r.status = Forecast // "Der Konzern investiert 2026 rund 3 Mrd. Euro" in 2025: a plan
		}
	}
	if valX {
		r.valX = int32(len(s.xvals))
		s.xvals = append(s.xvals, f.Value)
	}
	if frX {
		r.frX = int32(len(s.xvals))
		s.xvals = append(s.xvals, f.Change.From)
	}
	s.addFact(&r)
	s.lastFact, s.lastFactOK, s.lastFactSent, s.lastFactPara = len(s.facts)-1, true, s.sentNo, para
}

// buyerBy returns the organization named after "durch" within a few
// words after the deal noun of cue c, in its clause: the buyer of "die
// Übernahme von Covestro durch Adnoc", "der Kauf der Sparte durch KKR";
// "" when there is none.
func (s *state) buyerBy(c *cue) string {
	g := s.segs[c.seg]
	for i := c.b; i+1 < g.b && i < c.b+8; i++ {
		if !s.is(i, "durch") {
			continue
		}
		j := i + 1
		if s.is(j, "den", "die", "das", "dem") {
			j++
		}
		for j < g.b && j <= i+4 && s.isWord(j) && !s.toks[j].upper {
			j++ // adjectives: "durch den arabischen Ölkonzern Adnoc"
		}
		if o, ok := s.orgAtTok(j); ok {
			return o.name
		}
		if s.isWord(j) && s.toks[j].upper { // a head noun before the name: "durch den Ölkonzern Adnoc"
			if o, ok := s.orgAtTok(j + 1); ok {
				return o.name
			}
		}
		return ""
	}
	return ""
}

// forecaster reports whether the organization named name in the current
// sentence is a government, central bank, regulator, international
// organization or research institute standing as a subject, as a cited
// source or in a clause that reports the news ("…, wie das Statistische
// Bundesamt mitteilte"): it tells of an economy's figures, they are not
// its own.
func (s *state) forecaster(name string) bool {
	if name == "" {
		return false
	}
	for k, o := range s.sentOrgs {
		if k == maxLook {
			break
		}
		if o.name == name && hasType(1<<entity.Government|1<<entity.CentralBank|1<<entity.Regulator|1<<entity.InternationalOrg|1<<entity.ResearchInstitute, o.typ) {
			// the subject, or the source a clause cites ("…, wie das
			// Statistische Bundesamt mitteilte"); not "die Arbeitslosen in
			// der EU": the region measured
			if j := s.tokAt(o.Start); j >= 0 && s.segs[s.segOfTok(j)].report {
				return true
			}
			return s.isSubject(o) || s.cited(o)
		}
	}
	return false
}

// orderNoun reports whether word i names an order itself ("Auftrag",
// "Großauftrag", "Bestellungen"), whose genitive is the customer, not
// the company that wins it ("der Auftragseingang von Siemens" is
// Siemens's).
func (s *state) orderNoun(i int) bool {
	w := s.wb(i)
	return bytes.HasSuffix(w, []byte("auftrag")) || bytes.HasSuffix(w, []byte("aufträge")) ||
		bytes.HasPrefix(w, []byte("bestellung"))
}

// ownedShare reports whether the share word of cue c has a possessive in
// front ("seinen Anteil an dem Chiphersteller"): someone holds it, so it is
// a stake even when the holder is not named. A share of a metric ("ihr
// Anteil am Umsatz") is none.
func (s *state) ownedShare(c *cue) bool {
	j := c.b
	if s.is(j, "der", "des") && s.isWord(j+1) && s.toks[j+1].upper && s.is(j+2, "an", "am") && s.is(j+3, "der", "dem", "den") &&
		s.isWord(j+4) && s.toks[j+4].upper {
		// "Der Anteil der Familie an dem Unternehmen": a holder and a company
		// held (not "der Anteil der Problemkredite an den Gesamtkrediten")
		_, org := s.orgAtTok(j + 4)
		return org || s.lx.isReferenceWord(s.wb(j+4))
	}
	if !s.is(c.a-1, possessives...) {
		return false
	}
	if !s.is(j, "an", "am") {
		return true
	}
	j++
	if s.is(j, "der", "dem", "den", "des") {
		j++
	}
	if !s.isWord(j) {
		return true
	}
	_, _, _, metric := s.lx.lookupMetric(string(s.wb(j)))
	return !metric
}

// possessives are the possessive determiners that say a share is held.
var possessives = []string{"sein", "seine", "seinen", "seinem", "seines", "ihr", "ihre", "ihren", "ihrem", "ihres", "unser", "unseren", "unsere"}

func (s *state) segOfTok(i int) int {
	if i < 0 || i >= len(s.segOf) {
		return 0
	}
	return int(s.segOf[i])
}

// direction reads the direction of a change.
func (s *state) direction(d *draft, f *Fact) parse.Direction {
	conv := func(x int8) parse.Direction {
		switch {
		case x > 0:
			return parse.Up
		case x < 0:
			return parse.Down
		}
		return parse.NoDirection
	}
	if d.by >= 0 {
		fg := &s.figs[s.toks[d.by].fig]
		if fg.dir != 0 {
			return conv(fg.dir)
		}
		p := s.prevWord(d.by)
		for _, k := range []int{p, p - 1, p - 2} {
			if x, ok := changeNouns.GetBytes(s.wb(k)); ok {
				return conv(x)
			}
		}
		switch {
		case s.is(d.by+1, "mehr", "höher", "über"):
			return parse.Up
		case s.is(d.by+1, "weniger", "niedriger", "unter"):
			return parse.Down
		case s.is(d.by+2, "mehr") && s.isWord(d.by+1) && s.toks[d.by+1].upper, s.is(d.by+1, "neue", "neuen", "zusätzliche", "zusätzlichen"):
			return parse.Up // "5.000 Menschen mehr", "120 neue Mitarbeiter"
		case s.is(d.by+2, "weniger") && s.isWord(d.by+1) && s.toks[d.by+1].upper:
			return parse.Down
		}
		if s.value(fg).Value.IsNegative() {
			return parse.Down
		}
	}
	if d.c.dir != 0 {
		return conv(d.c.dir)
	}
	if d.by >= 0 && d.m == Headcount && d.c.isVerb && s.hiringVerb(d.c.a) {
		return parse.Up // "hat 300 Ingenieure eingestellt"
	}
	if d.by >= 0 {
		if g := s.segOfTok(d.by); s.segs[g].dir != 0 {
			return conv(s.segs[g].dir)
		}
	}
	if d.ownSeg && d.val >= 0 {
		// a clause of another company, its metric left out: its own verb
		// ("…; bei AMD verdoppelte er sich auf 1,2 Mrd. Dollar")
		if g := s.segOfTok(d.val); g != d.c.seg && s.levelVerbBefore(s.prevWord(d.val), s.segs[g].a) {
			return parse.NoDirection // "…, Lidl kam auf 30 Mrd. Euro": a level of its own
		} else if g != d.c.seg && s.segs[g].dir != 0 {
			return conv(s.segs[g].dir)
		}
	}
	if x := s.segs[d.c.seg].dir; x != 0 {
		return conv(x)
	}
	if d.val >= 0 {
		// the verb of the value's clause, when the metric stands in
		// another: "Der Umsatz, der … gelegen hatte, stieg auf 3,6 Mrd. Euro"
		if x := s.segs[s.segOfTok(d.val)].dir; x != 0 {
			return conv(x)
		}
	}
	if d.val >= 0 && d.fr >= 0 {
		switch f.Value.Value.Cmp(f.Change.From.Value) {
		case 1:
			return parse.Up
		case -1:
			return parse.Down
		}
	}
	if d.val >= 0 {
		// "lagen mit 980 Mio. Euro leicht über dem Vorjahr": above or below
		// the time before
		for k := d.val + 1; k+2 < len(s.toks) && k <= d.val+6; k++ {
			if s.is(k, "über", "unter") && s.is(k+1, "dem", "den") && oneBackWord(string(s.wb(k+2))) {
				if s.is(k, "über") {
					return parse.Up
				}
				return parse.Down
			}
		}
	}
	return parse.NoDirection
}

// basis reads the comparison of a change: the basis parse read for the
// percentage, else a basis word in the clause.
func (s *state) basis(d *draft) Basis {
	if d.by >= 0 {
		if fg := &s.figs[s.toks[d.by].fig]; fg.kind == Percent && !fg.frac {
			if b := s.in.Percents[fg.src].Basis; b != "" {
				if x := basisOfText(b); x != NoBasis {
					return x
				}
			}
		}
	}
	if b := s.segs[d.c.seg].basis; b != NoBasis {
		return b
	}
	for _, i := range [...]int{d.by, d.fr, d.val} {
		if i >= 0 {
			if b := s.segs[s.segOfTok(i)].basis; b != NoBasis {
				return b
			}
		}
	}
	return NoBasis
}

// basisOfText reads the basis of a comparison phrase ("gegenüber dem
// Vorquartal"). Its lower-case form is built in a buffer on the stack for
// phrases of up to 64 bytes (longer ones allocate).
func basisOfText(t string) Basis {
	var buf [64]byte
	lb := appendLower(buf[:0], t)
	contains := func(w string) bool { return bytes.Contains(lb, []byte(w)) }
	switch {
	case contains("vorquartal") || contains("quartalsvergleich"):
		return QoQ
	case contains("vormonat") || contains("monatsvergleich"):
		return MoM
	case contains("vorjahr") || contains("jahresvergleich"):
		return YoY
	}
	return NoBasis
}

// tokAt returns the index of the token of the current sentence that holds
// byte offset pos, or -1.
func (s *state) tokAt(pos int) int {
	lo, hi := 0, len(s.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if int(s.toks[m].end) <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(s.toks) && int(s.toks[lo].start) <= pos {
		return lo
	}
	return -1
}

// orgAtTok returns the organization that starts in token i.
func (s *state) orgAtTok(i int) (org, bool) {
	if i < 0 || i >= len(s.toks) {
		return org{}, false
	}
	t := s.toks[i]
	for _, o := range s.orgsIn(int(t.start), int(t.end)) {
		return o, true
	}
	return org{}, false
}

// firstOrgAt returns the index of the first of os (ordered by Start) that
// starts at or after off.
func firstOrgAt(os []org, off int) int {
	lo, hi := 0, len(os)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if os[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// orgsIn returns the organizations that start in [start, end).
func (s *state) orgsIn(start, end int) []org {
	if sp := s.sentSpan; sp.Start <= start && end <= sp.End {
		// within the current sentence: among its organizations, searched,
		// not scanned (one endless sentence of names must not cost
		// quadratic time)
		os := s.sentOrgs
		lo := firstOrgAt(os, start)
		// callers look at a bounded number of the result (maxLook), so
		// its end is searched too, not scanned
		return os[lo : lo+firstOrgAt(os[lo:], end)]
	}
	lo := firstOrgAt(s.orgs, start)
	return s.orgs[lo : lo+firstOrgAt(s.orgs[lo:], end)]
}

// isSubject reports whether an organization of the current sentence stands
// where a subject can: not after a preposition, not a genitive attribute
// of another noun.
func (s *state) isSubject(o org) bool {
	j := s.tokAt(o.Start)
	if j < 0 {
		return false
	}
	if int(s.toks[j].start) < o.Start { // inside a word: "Microsoft-Vorstand"
		return false
	}
	if s.otherCompound(o, j) || !o.source && s.cited(o) {
		return false // a cited source of another type is no subject; a cited research institute still tells the figures are not its own (sourceSubject)
	}
	p := j - 1
	for p >= 0 && p >= j-4 && s.toks[p].kind == tWord && !s.toks[p].upper && !prepWords.ValueBytes(s.wb(p)) &&
		!s.is(p, "der", "des", "dem", "den", "die", "das") {
		p-- // adjectives: "die gemeinnützige OpenAI-Stiftung"
	}
	if p >= 0 && prepWords.ValueBytes(s.wb(p)) {
		return false
	}
	if s.is(p, "der", "dem", "den", "die", "das") && p > 0 && prepWords.ValueBytes(s.wb(p-1)) {
		return false // "in der EU", "an die Börse"
	}
	if s.is(p, "der", "des") && p > 0 && s.toks[p-1].kind == tWord && s.toks[p-1].upper {
		return false // "der Chef der Bank"
	}
	if p >= 1 && s.isWord(p) && s.toks[p].upper && s.afterArticle(p) {
		// a head noun before the name: "an den dänischen Energiekonzern DONG
		// Energy" is the object of "an", as the noun is
		q := p - 1
		for q >= 0 && q >= p-3 && s.isWord(q) && !s.toks[q].upper && !prepWords.ValueBytes(s.wb(q)) &&
			!s.is(q, "der", "des", "dem", "den", "die", "das") {
			q--
		}
		if s.is(q, "der", "des", "dem", "den", "die", "das", "einen", "einem", "einer") {
			q--
		}
		if q >= 0 && prepWords.ValueBytes(s.wb(q)) {
			return false
		}
	}
	return true
}

// estimateOf reports whether the figure at token i is the value of an
// estimate named right before it with "von": "die Erwartungen der
// Analysten von 5,2 Mrd. Euro", "eine Schätzung von 3 Prozent".
func (s *state) estimateOf(i int) bool {
	p := s.prevWord(i)
	if !s.is(p, "von") {
		return false
	}
	for k := p - 1; k >= 0 && k >= p-3 && s.isWord(k); k-- {
		if estimateWords.ValueBytes(s.wb(k)) || s.is(k, "erwartungen", "erwartung", "prognose", "prognosen") && s.is(k+1, "der", "von") {
			return true
		}
	}
	return false
}

// otherCompound reports whether organization o, starting in token j, is
// the first part of a compound whose head is another entity: "die
// General-Motors-Tochter", "der Siemens-Chef" (see otherHeads).
func (s *state) otherCompound(o org, j int) bool {
	if j < 0 || j >= len(s.toks) {
		return false
	}
	t := s.toks[j]
	if o.End >= int(t.end) || s.text[o.End] != '-' {
		return false
	}
	return otherHead(s.text[o.End+1 : int(t.end)])
}

// otherHead reports whether the last part of the compound rest w (what
// follows an organization's name and its hyphen) is one of otherHeads.
func otherHead(w string) bool {
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		w = w[k+1:]
	}
	return otherHeads[strings.ToLower(w)]
}

// otherCompoundBytes is otherCompound read from the bytes after o (for a
// sentence that was not tokenized).
func (s *state) otherCompoundBytes(o org) bool {
	e := o.End
	if e >= len(s.text) || s.text[e] != '-' {
		return false
	}
	j := e + 1
	for j < len(s.text) && j-e < 40 && s.text[j] != ' ' && s.text[j] != ',' && s.text[j] != '.' && s.text[j] != '\n' {
		j++
	}
	return otherHead(s.text[e+1 : j])
}

// otherHeads are compound heads after an organization's name that name
// another entity than the organization ("die GM-Tochter", "der
// VW-Betriebsrat"): such a compound is no subject that is the
// organization. A person who speaks for it ("Siemens-Chef Roland Busch
// kündigte … an") is: what the chief announces is the company's.
var otherHeads = map[string]bool{
	"tochter": true, "töchter": true, "tochtergesellschaft": true, "mutter": true, "konkurrent": true,
	"konkurrenten": true, "rivale": true, "rivalen": true, "partner": true, "kunde": true, "kunden": true,
	"lieferant": true, "lieferanten": true, "zulieferer": true, "betriebsrat": true, "gründer": true,
	"aktionär": true, "aktionäre": true, "holding": true, "mutterkonzern": true, "muttergesellschaft": true,
	"dachgesellschaft": true, "marke": true, "sparte": true, "ableger": true, "schwester": true,
}

// entityFor finds whose figure a fact is.
func (s *state) entityFor(d *draft, sp parse.Span, para int) string {
	c := d.c
	if d.ownSeg && d.seg != c.seg {
		// "Der Umsatz von SAP lag bei 9 Mrd. Euro, Oracle erzielte 12 Mrd.
		// Euro": the company that opens the figure's clause, not the
		// genitive of the metric word in the clause before
		fig := max(d.val, d.by)
		for a := s.segs[d.seg].a; a < fig && a < s.segs[d.seg].b; a++ {
			if o, ok := s.orgAtTok(a); ok {
				return o.name // also "…, der von Alphabet um 18 Prozent"
			}
		}
	}
	if d.val >= 0 && d.m != DealValue && d.m != Stake && d.m != PriceTarget {
		// "… mehr als die Commerzbank mit 1,5 Mrd. Euro": the figure of the
		// company named right before "mit", after the metric
		if p := s.prevWord(d.val); s.is(p, "mit") && p-1 >= c.b {
			if o, ok := s.orgEndingAt(p - 1); ok && !o.source && s.tokAt(o.Start) >= c.b {
				return o.name
			}
		}
	}
	if d.m == DealValue && s.goesVerb(c) {
		// "Für 1,3 Mrd. Euro geht die Sparte an den Finanzinvestor KKR": the
		// buyer after "an"
		for k := c.b; k < s.segs[c.seg].b && k < c.b+12; k++ {
			if !s.is(k, "an") {
				continue
			}
			for j := k + 1; j < s.segs[c.seg].b && j <= k+4; j++ {
				if o, ok := s.orgAtTok(j); ok {
					return o.name
				}
			}
		}
	}
	if d.m == PriceTarget {
		if n, ok := s.stockAfter(c); ok {
			return n // "Goldman hob das Kursziel für BMW": BMW's, not the analysts'
		}
	}
	if d.m == DealValue && !c.isVerb {
		// "die Übernahme von Covestro durch Adnoc": the buyer follows
		// "durch"; the company after "von" is the target (targetFor)
		for j := c.b; j < len(s.toks) && j <= c.b+8 && s.toks[j].kind != tBreak; j++ {
			if s.is(j, "durch") {
				k := j + 1
				if s.is(k, "den", "die", "das", "dem", "der") {
					k++
				}
				if o, ok := s.orgAtTok(k); ok {
					return o.name
				}
			}
		}
	}
	// the genitive or "von"/"bei" after the metric: "der Umsatz von Siemens";
	// not after a deal noun, whose genitive is the company bought
	if !c.isVerb && (d.m != DealValue || s.is(c.b, "bei", "beim")) && s.is(c.b, "der", "des", "von", "vom", "bei", "beim") &&
		!(d.m == Stake && s.holderNoun(c.a)) && // "Aktionär der Credit Suisse": the company held (targetFor)
		!(d.m == OrderIntake && s.orderNoun(c.a)) { // "einen Großauftrag der Bundeswehr": the customer
		for j := c.b + 1; j < len(s.toks) && j <= c.b+4; j++ {
			if o, ok := s.orgAtTok(j); ok && !s.otherCompound(o, j) { // not "der VW-Marke Skoda": Skoda's
				return o.name
			}
			if s.toks[j].kind != tWord || (s.toks[j].upper && j > c.b+1) || d.m == Stake && s.toks[j].upper && s.is(j+1, "an", "am") {
				break // not "Der Anteil des Staates an der Commerzbank": the bank is held
			}
		}
	}
	// "Microsofts Umsatz", "Siemens-Umsatz"
	ct := s.toks[c.a]
	for _, o := range s.orgsIn(int(ct.start), int(ct.end)) {
		if o.End < int(ct.end) {
			return o.name
		}
	}
	if c.a > 0 && s.toks[c.a-1].kind == tWord && !c.isVerb { // not "… von Adidas hält": a verb has no genitive
		pt := s.toks[c.a-1]
		for _, o := range s.orgsIn(int(pt.start), int(pt.end)) {
			if o.End == int(pt.end) && (strings.HasSuffix(o.Text(s.text), "s") || strings.HasSuffix(o.Text(s.text), "'")) {
				return o.name
			}
		}
	}
	// a relative clause tells of its antecedent: "Airbus, das 650
	// Flugzeuge auslieferte, …"
	if !d.ownSeg {
		if rg := &s.segs[c.seg]; s.relativeClause(rg) && !s.segHasOrgBefore(rg, c.a) {
			if o, ok := s.orgEndingAt(rg.a - 2); ok && !o.source {
				return o.name
			}
		}
	}
	// "bei Siemens" in the clause
	g := s.segs[c.seg]
	if d.ownSeg {
		g = s.segs[d.seg]
	}
	holder := d.m == Stake && !c.isVerb && s.holderNoun(c.a) // "Anteilseigner bei Volkswagen": the company held
	for i := max(g.a, c.a-30); i < g.b && i < c.b+30 && len(s.sentOrgs) > 0 && !holder; i++ {
		if s.is(i, "bei", "beim") {
			if o, ok := s.orgAtTok(i + 1); ok {
				return o.name
			}
		}
	}
	// the subject: in the clause first, then in the sentence
	target := ""
	if d.m == Stake || d.m == DealValue {
		target = s.targetFor(d, "")
	}
	in := func(a, b int) (string, bool) {
		if a >= b {
			return "", false
		}
		a = max(a, b-60) // a window: linear time in sentences of any length
		for k, o := range s.orgsIn(int(s.toks[a].start), int(s.toks[b-1].end)) {
			if k == maxLook {
				break
			}
			if o.name != target && !o.source && s.isSubject(o) {
				return o.name, true
			}
		}
		return "", false
	}
	// inLast is in for the clauses before: the subject nearest the figure
	// ("Microsoft hat … und Google ist …, mit 4000 Mitarbeitenden")
	inLast := func(a, b int) (string, bool) {
		if a >= b {
			return "", false
		}
		a = max(a, b-60)
		name := ""
		for k, o := range s.orgsIn(int(s.toks[a].start), int(s.toks[b-1].end)) {
			if k == maxLook {
				break
			}
			if o.name != target && !o.source && s.isSubject(o) {
				name = o.name
			}
		}
		return name, name != ""
	}
	if n, ok := in(g.a, g.b); ok {
		return n
	}
	// before the clause: the subject of the nearest clause first ("Microsoft
	// hat …, und Google ist …, mittlerweile mit rund 4000 Mitarbeitenden")
	for h := c.seg - 1; h >= 0 && h >= c.seg-8; h-- {
		if n, ok := inLast(s.segs[h].a, s.segs[h].b); ok {
			return n
		}
	}
	if n, ok := in(0, g.a); ok {
		return n
	}
	// figures a research institute or rating agency reports are not its own
	if s.sourceSubject() {
		return ""
	}
	// inside a quote: the speaker's organization ("Wir", "unser Umsatz")
	if n, ok := s.quoteOrg(c); ok && n != target && !s.citedName(n) {
		return n // not "Laut Morningstar fiel der Absatz …": a source told it
	}
	// a resolved reference before the metric: "das Unternehmen", "sein"
	if n, ok := s.refBefore(c); ok && n != target && !s.citedName(n) { // not "Nach Schätzungen von Bloomberg erzielte der Konzern …": the source is no company referred to
		return n
	}
	// a reference: "der Konzern", "das Unternehmen", "sein", "sie"; one
	// that names a kind ("die Bank", "der Versicherer") refers to an
	// organization of that kind only, and names no other
	if s.lastSubject != "" && s.sentNo-s.lastSubjSent <= 3 {
		for i := max(0, c.b-40); i < c.b && i < len(s.toks); i++ {
			if s.toks[i].kind == tWord && s.toks[i].upper && s.afterArticle(i) {
				if sec := entity.DescriptionSector(string(s.wb(i))); !entity.SectorFits(sec, s.lastSubjEnt) {
					return "" // "der Chiphersteller" after a sentence about SAP: another company
				}
			}
			if s.toks[i].kind == tWord && s.lx.isReferenceWord(s.wb(i)) {
				if t, ok := refKinds[string(s.wb(i))]; ok && s.lastSubjType != t && s.lastSubjType != entity.UnknownType {
					return ""
				}
				return s.lastSubject
			}
		}
	}
	if n, ok := in(g.b, len(s.toks)); ok {
		return n
	}
	// the topic of the paragraph: "Der Umsatz stieg …" after a sentence
	// about the company
	switch d.m {
	case Inflation, GDP, Unemployment, InterestRate:
		return ""
	}
	if s.lastSubject != "" && s.lastSubjPara == para && (s.lastSubjSent == s.sentNo-1 ||
		s.sentNo-s.lastSubjSent <= 3 && hasType(1<<entity.Company|1<<entity.Bank|1<<entity.Insurer|1<<entity.AssetManager, s.lastSubjType)) {
		return s.lastSubject // a known company stays the topic for two sentences more
	}
	// any company of the sentence, nearest before the metric first ("Die
	// Zahlen von SAP überzeugten: …"), then after it (a speaker's company)
	before := s.orgsIn(int(s.toks[0].start), int(s.toks[c.a].start))
	for k := len(before) - 1; k >= 0 && k >= len(before)-maxLook; k-- {
		if o := before[k]; !o.source && o.name != target && !s.otherCompound(o, s.tokAt(o.Start)) && !s.cited(o) {
			return o.name
		}
	}
	for k, o := range s.orgsIn(int(s.toks[c.a].start), int(s.toks[len(s.toks)-1].end)) {
		if k == maxLook {
			break
		}
		if !o.source && o.name != target && !s.cited(o) {
			return o.name
		}
	}
	return ""
}

// citedName reports whether an organization named n is cited as a
// source in the current sentence (see cited).
func (s *state) citedName(n string) bool {
	for k, o := range s.sentOrgs {
		if k == maxLook {
			break
		}
		if o.name == n && s.cited(o) {
			return true
		}
	}
	return false
}

// segHasOrgBefore reports whether an organization stands in clause g
// before token v (then it, not the antecedent, may be the subject).
func (s *state) segHasOrgBefore(g *segment, v int) bool {
	return v > g.a && len(s.orgsIn(int(s.toks[g.a].start), int(s.toks[v-1].end))) > 0
}

// orgEndingAt returns the organization of the current sentence whose name
// ends with token k ("Airbus" in "Airbus, das …").
func (s *state) orgEndingAt(k int) (org, bool) {
	if k < 0 || k >= len(s.toks) {
		return org{}, false
	}
	t := s.toks[k]
	for _, o := range s.orgsIn(int(t.start)-80, int(t.end)) {
		if o.End == int(t.end) {
			return o, true
		}
	}
	return org{}, false
}

// afterCitingVerb reports whether the organization at token j is the
// subject of a verb of reporting or estimating that opens a clause after a
// break, perhaps after an article and a noun that says what it is: "…,
// berichtet die IFR", "…, berichtet die Thomson-Reuters-Tochter IFR",
// "…, schätzt die Commerzbank", "…, schätzt Morgan Stanley".
func (s *state) afterCitingVerb(j int) bool {
	k := j - 1
	if s.isWord(k) && s.toks[k].upper && s.is(k-1, "die", "der", "das") {
		k--
	}
	if s.is(k, "die", "der", "das") {
		k--
	}
	return k >= 1 && s.toks[k-1].kind == tBreak && s.is(k, "berichtet", "berichtete", "berichten", "berichteten",
		"schreibt", "schrieb", "meldet", "meldete", "schätzt", "schätzte", "schätzen", "prognostiziert", "prognostizierte")
}

// cited reports whether organization o of the current sentence is cited
// as the source of what the sentence says: "laut Morningstar", "nach
// Angaben von Morningstar", "Morningstar zufolge".
func (s *state) cited(o org) bool {
	j := s.tokAt(o.Start)
	if j < 0 || s.ownVoice(o, j) {
		return false // "nach Angaben von Siemens-Finanzchef Ralf Thomas": the company speaks for itself
	}
	p := j - 1
	if s.is(p, "dem", "den", "die") {
		p-- // "laut dem Bericht"; after "der" or "des" p stays: "nach Einschätzung der EZB"
	}
	if s.afterCitingVerb(j) {
		return true // "…, berichtet die IFR", "…, schätzt Morgan Stanley"
	}
	if s.is(j-1, "der", "des", "von") && j >= 2 && s.isWord(j-2) && s.toks[j-2].upper && estimateWords.ValueBytes(s.wb(j-2)) {
		return true // "die Experten der Deutschen Bank schätzen …": the analysts' employer, a source
	}
	if s.is(p, "laut") || s.is(p, "von", "der", "des") && s.is(p-1, "angaben", "schätzung", "schätzungen", "berechnungen", "daten", "zahlen",
		"einschätzung", "einschätzungen", "prognose", "prognosen", "berechnung", "erwartung", "erwartungen", "ansicht", "auffassung") &&
		(s.is(p-2, "nach") || s.is(p-3, "nach") && s.is(p-2, "ersten", "vorläufigen", "jüngsten", "neuen", "eigenen")) {
		return true // "nach Angaben von", "nach vorläufigen Berechnungen des", "nach Einschätzung der EZB"
	}
	// "laut dem jährlichen Marktbericht des FNG", "laut einer Studie der
	// Bundesbank": a report of the organization cited
	for k, n := p, 0; k >= 0 && n < 5 && s.isWord(k); k, n = k-1, n+1 {
		if s.is(k, "laut") {
			return true
		}
		if s.toks[k].upper && k != p && !s.is(k+1, "der", "des") {
			break // a noun that the organization is no genitive of
		}
	}
	e := j
	for e+1 < len(s.toks) && int(s.toks[e].end) < o.End {
		e++
	}
	return s.is(e+1, "zufolge")
}

// voiceHeads end the compound of an organization's name and a person who
// speaks for it: "Siemens-Finanzchef", "BMW-Sprecherin", "SAP-Vorstand".
var voiceHeads = [...]string{"chef", "chefin", "sprecher", "sprecherin", "vorstand", "vorständin", "manager",
	"managerin", "präsident", "präsidentin", "direktor", "direktorin"}

// ownVoice reports whether organization o, starting in token j, opens a
// compound whose head is a person speaking for it (see voiceHeads).
func (s *state) ownVoice(o org, j int) bool {
	t := s.toks[j]
	if o.End >= int(t.end) || s.text[o.End] != '-' {
		return false
	}
	var buf [64]byte
	w := s.text[o.End+1 : int(t.end)]
	if len(w) > len(buf) {
		return false
	}
	lw := appendLower(buf[:0], w)
	for _, h := range voiceHeads {
		if bytes.HasSuffix(lw, []byte(h)) {
			return true
		}
	}
	return false
}

// stockAfter returns the company whose share a price target is for, named
// after the cue with "für": "das Kursziel für BMW", "für die BMW-Aktie",
// "für die Aktie von Siemens", "für den Modekonzern" (a resolved
// reference).
func (s *state) stockAfter(c *cue) (string, bool) {
	for i := c.b; i < len(s.toks) && i < c.b+4; i++ {
		if !s.is(i, "für") {
			continue
		}
		for j := i + 1; j < len(s.toks) && j <= i+5; j++ {
			if k := s.toks[j].kind; k == tFigure || k == tBreak {
				break
			}
			if o, ok := s.orgAtTok(j); ok && !o.source {
				return o.name, true
			}
			if n, ok := s.refAt(j); ok {
				return n, true
			}
		}
		// "das Kursziel für die Aktie": the share of the company the text
		// is about, when no company of this sentence is named with it
		if s.is(i+1, "die", "das", "den") && s.is(i+2, "aktie", "aktien", "papier", "papiere", "titel") &&
			!s.is(i+3, "von", "der", "des") && s.lastSubject != "" && s.sentNo-s.lastSubjSent <= 5 &&
			hasType(1<<entity.Company|1<<entity.Bank|1<<entity.Insurer, s.lastSubjType) && !s.subjectNamed(s.lastSubject) {
			return s.lastSubject, true
		}
		break
	}
	return "", false
}

// subjectNamed reports whether the organization name is a subject of the
// current sentence (the analysts who set a price target are not the
// company whose share it is for).
func (s *state) subjectNamed(name string) bool {
	for _, o := range s.sentOrgs {
		if o.name == name && s.isSubject(o) {
			return true
		}
	}
	return false
}

// refAt returns the organization of the resolved reference that starts in
// token i.
func (s *state) refAt(i int) (string, bool) {
	t := s.toks[i]
	k := sort.Search(len(s.refs), func(x int) bool { return s.refs[x].Start >= int(t.start) })
	if k < len(s.refs) && s.refs[k].Start < int(t.end) {
		return s.refs[k].name, true
	}
	return "", false
}

// afterArticle reports whether word i follows a definite article, at
// most one adjective between: "der Chiphersteller", "des neuen Konzerns".
func (s *state) afterArticle(i int) bool {
	k := i - 1
	if k >= 1 && s.isWord(k) && !s.toks[k].upper {
		if s.is(k-1, "der", "die", "das", "des", "dem", "den") {
			return true
		}
	}
	return s.is(k, "der", "die", "das", "des", "dem", "den")
}

// refBefore returns the organization of the last resolved reference in the
// sentence before the end of cue c (at most 40 tokens before it).
func (s *state) refBefore(c *cue) (string, bool) {
	from := int(s.toks[max(0, c.a-40)].start)
	to := int(s.toks[c.b-1].end)
	k := sort.Search(len(s.refs), func(i int) bool { return s.refs[i].Start >= to })
	if k > 0 && s.refs[k-1].Start >= from {
		return s.refs[k-1].name, true
	}
	return "", false
}

// quoteOrg returns the organization of the speaker of the quote that
// holds cue c.
func (s *state) quoteOrg(c *cue) (string, bool) {
	pos := int(s.toks[c.a].start)
	k := sort.Search(len(s.quotes), func(i int) bool { return s.quotes[i].Start > pos })
	if k > 0 && s.quotes[k-1].End > pos {
		return s.quotes[k-1].name, true
	}
	return "", false
}

// sourceSubject reports whether a research institute, rating agency or
// the like is a subject of the current sentence.
func (s *state) sourceSubject() bool {
	for k, o := range s.orgsIn(int(s.toks[0].start), int(s.toks[len(s.toks)-1].end)) {
		if k == maxLook {
			break
		}
		if o.source && s.isSubject(o) {
			return true
		}
	}
	return false
}

// Text returns the text of o in text.
func (o org) Text(text string) string { return text[o.Start:o.End] }

// targetFor finds the company held or bought: "an OpenAI", "der Aktien
// von OpenAI", the object of "übernimmt".
func (s *state) targetFor(d *draft, ent string) string {
	c := d.c
	if d.m == DealValue && s.goesVerb(c) {
		return "" // "geht die Sparte an KKR": the company after "an" is the buyer
	}
	g := s.segs[c.seg]
	from := c.b
	if !c.isVerb {
		if s.is(c.b, "an", "am", "von", "vom", "für", "der", "des") || s.is(c.b, "bei", "beim") && s.holderNoun(c.a) {
			j := c.b + 1
			if s.is(j, "der", "die", "dem", "den", "des") {
				j++
			}
			if o, ok := s.orgAtTok(j); ok && o.name != ent {
				return o.name
			}
		}
		// "die Beteiligung von Vonovia an der Deutsche Wohnen": the holder
		// first, then the company held, before the figure
		if t := s.heldIn(c.b+1, min(d.val, c.b+8, g.b), ent); t != "" {
			return t
		}
		// "die Beteiligung an der OpenAI", after the figure: "30 Prozent an X"
		if d.val >= 0 {
			from = d.val + 1
		}
	}
	if c.isVerb && d.m == Stake && d.val >= 0 && d.val < c.a {
		// "Rund 38 Prozent der Anteile an Uniper hält künftig der Bund": the
		// figure fronted with the company held; the subject follows the verb
		if t := s.heldIn(max(g.a, d.val), c.a, ent); t != "" {
			return t
		}
	}
	if c.isVerb && d.m == DealValue {
		// "Für die Übernahme von Covestro bietet Adnoc 62 Euro je Aktie":
		// the company bought, named after a deal noun before the verb
		for i := max(g.a, c.a-12); i+1 < c.a; i++ {
			if !s.is(i, "übernahme", "kauf", "erwerb", "mehrheit", "komplettübernahme") || !s.is(i+1, "von", "der", "des") {
				continue
			}
			j := i + 2
			if s.is(j, "der", "die", "dem", "den", "des") {
				j++
			}
			if o, ok := s.orgAtTok(j); ok && o.name != ent {
				return o.name
			}
		}
	}
	if c.isVerb && !s.subjectBefore(c) {
		from++ // "zahlte Bosch 400 Mio. Euro": the name right after the verb is its subject
	}
	for i := from; i < g.b && i < from+30; i++ {
		if c.isVerb && (s.is(i-1, "über", "via") || s.is(i-2, "über", "via") && s.is(i-1, "die", "den", "das", "seine", "ihre")) {
			continue // "hält über die Porsche SE 53 Prozent an Volkswagen": the vehicle, not the company held
		}
		for _, o := range s.orgsIn(int(s.toks[i].start), int(s.toks[i].end)) {
			if o.name != ent {
				if c.isVerb || s.is(i-1, "an", "am", "von", "vom", "der", "des", "bei", "beim") || d.m == Stake && s.is(i-1, "im") {
					return o.name
				}
				if d.m == DealValue && !c.isVerb && s.is(c.a, "angebot", "übernahmeangebot", "kaufangebot", "gebot", "offerte") &&
					(s.is(i-1, "für") || s.is(i-2, "für") && s.is(i-1, "die", "den", "das")) {
					return o.name // "ein Angebot über 10 Mrd. Euro für die Banco BPM": the company bid for
				}
			}
		}
	}
	if c.isVerb && d.m == Stake {
		// a verb at the end of its clause: "ist an der Deutsche Wohnen mit
		// 87 Prozent beteiligt"
		return s.heldIn(max(g.a, c.a-30), c.a, ent)
	}
	return ""
}

// heldIn returns the first organization other than ent after "an"/"am"
// (and an article), or after "von" behind a word of shares ("der Aktien
// von Adidas"), in tokens [a, b): the company a stake is held in.
func (s *state) heldIn(a, b int, ent string) string {
	for i := max(a, 1); i < b; i++ {
		k := i - 1
		if s.is(k, "der", "dem", "den") {
			k--
		}
		if !s.is(k, "an", "am") && !(s.is(k, "von") && s.is(k-1, "anteile", "anteilen", "aktien", "stimmrechte")) {
			continue // "an der Uniper", "der Aktien von Adidas"
		}
		if o, ok := s.orgAtTok(i); ok && o.name != ent {
			return o.name
		}
	}
	return ""
}

// subjectBefore reports whether an organization stands as a subject before
// verb cue c in its clause.
func (s *state) subjectBefore(c *cue) bool {
	g := s.segs[c.seg]
	if g.a >= c.a {
		return false
	}
	for k, o := range s.orgsIn(int(s.toks[max(g.a, c.a-30)].start), int(s.toks[c.a].start)) {
		if k == maxLook {
			break
		}
		if s.isSubject(o) {
			return true
		}
	}
	return false
}

// periodFor finds the period of a fact: a time expression of its clause,
// else of its sentence, else the one of the sentence before in the same
// paragraph. Durations and comparison periods ("gegenüber dem Vorjahr")
// are not a fact's period.
func (s *state) periodFor(d *draft, f *Fact, sp parse.Span, para int) (int, bool) {
	best := -1
	bestScore := -1
	changed := f.Change.By.Kind != NoValue || f.Change.From.Kind != NoValue
	sawRef := false // "derzeit", "künftig": the sentence tells of now or later, so no time of the sentence before is carried
	win := parse.Span{Start: max(sp.Start, f.Start-400), End: min(sp.End, f.End+400)}
	lo, hi := s.periodsIn(win)
	for k := lo; k < hi; k++ {
		p := &s.periods[k]
		if !usablePeriod(p) || s.since(p) || s.isBasisPeriod(p, changed) && !s.ownComparisonTime(p, f) {
			// a time of its own, even one with no value ("im April" in a text
			// without a date), is no sentence to carry the time before into
			sawRef = sawRef || p.Type == period.Date && (p.Value == "PRESENT_REF" || p.Value == "FUTURE_REF" ||
				p.Value == "" && !s.isBasisPeriod(p, changed))
			continue
		}
		j := s.tokAt(p.Start)
		if j >= 0 && s.reportTime(j, d) {
			continue
		}
		eventTime := j >= 0 && s.eventNounTime(j)
		if j >= 0 && d.val >= 0 {
			gv, gp := s.segOfTok(d.val), s.segOfTok(j)
			if s.laterConjunct(gv, gp) {
				continue // "Airbus lieferte 500 Flugzeuge aus und plant für 2026 …": the time of the verb phrase after
			}
			if s.laterConjunct(gp, gv) && s.segs[gv].hasStatus && s.segs[gv].status == Forecast {
				continue // "Bosch hat 2024 … beschäftigt und will … abbauen": a plan is not told at the time of the deed before
			}
			if gp > gv && s.relativeClause(&s.segs[gv]) {
				continue // "Infineon, dessen Umsatz um 2 Prozent sank, will 2026 wachsen": the main clause's time after
			}
			if gp != gv && s.is(s.segs[gp].a, "nachdem", "bevor", "ehe", "seitdem", "während", "obwohl", "obgleich", "weil") {
				continue // "verdiente 1,7 Mrd. Euro, nachdem es im Vorjahr noch einen Verlust …": the time of another event
			}
		}
		score := 1
		if j >= 0 && d.ellipsis && d.val >= 0 && s.segOfTok(j) == s.segOfTok(d.val) {
			score = 4 // "…, im August waren es 2,2 Prozent": the period of its own clause
		} else if j >= 0 && s.segOfTok(j) == d.c.seg {
			score = 3
		} else if j >= 0 && d.val >= 0 && s.segOfTok(j) == s.segOfTok(d.val) {
			score = 2
		}
		if eventTime {
			score = 0 // the clause's own time goes first; without one the event's is the nearest
		}
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	if bestScore >= 0 {
		s.sentPeriod, s.sentPeriodOK, s.sentPeriodEnt = best, true, f.Entity
		return best, true
	}
	if s.prevPending && s.prevPeriodPara == para && s.prevPeriodSent == s.sentNo-1 && !sawRef {
		s.prevPending = false
		if s.economyTopic(s.prevSpan) { // a sentence about the economy and a time (noteSubject)
			s.introducedPeriod(s.prevSpan)
		}
	}
	if s.prevPeriodOK && s.prevPeriodPara == para && s.prevPeriodSent == s.sentNo-1 && !sawRef &&
		(f.Entity == "" || s.prevPeriodEnt == "" || f.Entity == s.prevPeriodEnt) {
		if f.Entity != "" && f.Entity == s.prevPeriodEnt || f.Entity == "" && s.prevPeriodEnt == "" && isEconomy(f.Metric) {
			// (also the economy's figures, told sentence after sentence:
			// "Die Teuerungsrate lag bei 2,1 %. Die Kernrate verharrte bei 2,4 %")
			// carried on while the paragraph tells of the same company and
			// names no other time: "Henkel hat im dritten Quartal … Die
			// Erlöse … Organisch legte der Umsatz …"; not to another one
			// ("Arriva beschäftigte 2011 … VT Transman wird … einstellen")
			s.sentPeriod, s.sentPeriodOK, s.sentPeriodEnt = s.prevPeriod, true, f.Entity
		}
		return s.prevPeriod, true
	}
	return -1, false
}

// profitBefore reports whether figure token i is named a profit: "nach
// einem Gewinn von 20 Mio. Euro", "einem Überschuss von …".
func (s *state) profitBefore(i int) bool {
	p := s.prevWord(i)
	return s.is(p, "von") && s.is(p-1, "gewinn", "überschuss", "plus", "nettogewinn", "reingewinn", "konzerngewinn")
}

// eventNounTime reports whether the time at token j belongs to the noun
// of a phrase of cause or sequence right before it: "Nach einem Verlust im
// Vorjahr verdiente Lanxess im Quartal …", "Wegen der Flut im Juli …",
// "Trotz des Rekordgewinns 2024 …". That time is of another event: it
// dates the clause's figure only when the clause names no time of its own
// ("erhöhte sich nach einem Gewinnsprung im Geschäftsjahr 2006 um …").
// Up to three adjectives may stand between the determiner and the noun;
// not "Nach Angaben der Bank im Oktober" (the noun's determiner is no
// preposition's).
func (s *state) eventNounTime(j int) bool {
	i := j - 1
	if s.is(i, "im", "in", "am", "vom", "zum", "von") {
		i-- // the period's own preposition, when its span leaves it out
	}
	if !s.isWord(i) || !s.toks[i].upper {
		return false
	}
	i--
	for n := 0; n < 3 && s.isWord(i) && !s.toks[i].upper && !eventPreps[string(s.wb(i))]; n++ {
		if !eventDets[string(s.wb(i))] {
			w := s.wb(i)
			if len(w) < 3 || w[len(w)-1] != 'e' && w[len(w)-2] != 'e' {
				return false // an adjective ends in -e, -en, -em, -er, -es
			}
		}
		i--
	}
	return s.isWord(i) && eventPreps[string(s.wb(i))]
}

// eventPreps open a phrase of cause or sequence whose noun is an event
// ("nach einem Verlust", "wegen der Flut"); eventDets are the determiners
// that may follow them.
var (
	eventPreps = map[string]bool{"nach": true, "trotz": true, "wegen": true, "infolge": true, "aufgrund": true, "angesichts": true}
	eventDets  = map[string]bool{"ein": true, "einem": true, "einer": true, "eines": true, "einen": true,
		"dem": true, "der": true, "des": true, "den": true, "die": true, "das": true}
)

// laterConjunct reports whether segment b lies in a verb phrase after
// that of segment a: a segment after a and up to b opens one (see
// conjunctStart). The time of a later verb phrase is not that of a figure
// before it; a time before goes on into the verb phrases after it ("Im
// Quartal steigerte Siemens den Umsatz und verdiente …").
func (s *state) laterConjunct(a, b int) bool {
	for g := a + 1; g <= b && g < len(s.segs); g++ {
		if s.segs[g].conj {
			return true
		}
	}
	return false
}

// laterThan reports whether the TIMEX3 value v (a year, a quarter, a half,
// a month or a day of the calendar) begins after the unit of date it
// names: "2026" after any day of 2025, "2025-Q4" after a day in
// September 2025. Fiscal years and unknown dates report false.
func laterThan(v string, date time.Time) bool {
	if date.IsZero() || len(v) < 4 {
		return false
	}
	y, ok := atoiN(v[:4])
	if !ok {
		return false
	}
	switch dy := date.Year(); {
	case y != dy:
		return y > dy
	case len(v) == 7 && v[4] == '-' && v[5] == 'Q':
		q, ok := atoiN(v[6:])
		return ok && q > (int(date.Month())+2)/3
	case len(v) == 7 && v[4] == '-' && v[5] == 'H':
		h, ok := atoiN(v[6:])
		return ok && h > (int(date.Month())+5)/6
	case len(v) == 7 && v[4] == '-':
		m, ok := atoiN(v[5:])
		return ok && m > int(date.Month())
	case len(v) == 10 && v[4] == '-' && v[7] == '-':
		m, ok1 := atoiN(v[5:7])
		d, ok2 := atoiN(v[8:])
		return ok1 && ok2 && (m > int(date.Month()) || m == int(date.Month()) && d > date.Day())
	}
	return false
}

// irregularPast are past forms of the verbs of figures that do not end in
// "-te": "stieg", "sank", "lag".
var irregularPast = map[string]bool{"stieg": true, "stiegen": true, "sank": true, "sanken": true, "fiel": true,
	"fielen": true, "lag": true, "lagen": true, "ging": true, "gingen": true, "brach": true, "brachen": true,
	"wuchs": true, "wuchsen": true, "schloss": true, "schlossen": true, "sprang": true, "verlor": true,
	"verloren": true, "gewann": true, "hielt": true, "zog": true, "gab": true, "kam": true, "betrug": true,
	"blieb": true, "übernahm": true, "erwarb": true, "bot": true, "war": true, "waren": true, "hatte": true,
	"hatten": true, "wurde": true, "wurden": true}

// pastClause reports whether clause g has a finite verb in the past:
// one of irregularPast, or a word the lexicon knows as a verb or a verb
// of change that ends in "-te"/"-ten" ("verkaufte", "steigerte"). A fact
// told in the past is no plan, whatever its period.
func (s *state) pastClause(g int) bool {
	for k := s.segs[g].a; k < s.segs[g].b && k < s.segs[g].a+40; k++ {
		if !s.isWord(k) || s.toks[k].upper {
			continue
		}
		w := s.wb(k)
		if irregularPast[string(w)] {
			return true
		}
		if !bytes.HasSuffix(w, []byte("te")) && !bytes.HasSuffix(w, []byte("ten")) {
			continue
		}
		if _, ok := s.lx.lookupVerbBytes(w); ok {
			return true
		}
		if d, ok := s.lx.dirs.get(string(w)); ok && d != 0 {
			return true
		}
	}
	return false
}

// atoiN reads the decimal digits of s (one to four), false for anything else.
func atoiN(s string) (int, bool) {
	if len(s) == 0 || len(s) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// since reports whether p is told with "seit" ("seit 2011", "seit dem
// Vorjahr"): the start of a span up to now, not the time of a figure ("das
// beste Jahr seit 2011").
func (s *state) since(p *period.Expression) bool {
	if p.Mod != period.OnOrAfter {
		return false
	}
	if len(p.Text) >= 4 && (p.Text[:4] == "seit" || p.Text[:4] == "Seit") {
		return true
	}
	j := s.tokAt(p.Start)
	k := j - 1
	if s.is(k, "dem", "den", "der") {
		k--
	}
	return j >= 0 && s.is(k, "seit") // the word before the span: "seit 2011", "seit dem Jahr 2011"
}

// ownComparisonTime reports whether the comparison period p ("im Jahr
// davor", "im Vorjahreszeitraum") is the time of fact f itself: f states
// a value and no change ("Im Jahr davor waren es noch 101 Mio. Euro
// Gewinn"), so its words name no comparison.
func (s *state) ownComparisonTime(p *period.Expression, f *Fact) bool {
	return f.Value.Kind != NoValue && f.Change.Direction == parse.NoDirection && f.Change.By.Kind == NoValue &&
		f.Change.From.Kind == NoValue && basisWording(p, false)
}

// reportTime reports whether the time expression at token j is the time
// the news was told, or that of a relative clause about the metric: it
// stands in a clause of reporting ("wie der Konzern am Dienstag
// mitteilte", "teilte das Unternehmen am Montag mit") or a relative clause
// ("Der Umsatz, der im Vorjahr … gelegen hatte, stieg …") that holds
// neither the fact's metric word nor its figure.
func (s *state) reportTime(j int, d *draft) bool {
	g := s.segOfTok(j)
	if g < 0 || g >= len(s.segs) || g == d.c.seg {
		return false
	}
	// a relative clause tells the time of the figure before it ("11.000
	// Beschäftigte, die im Januar entlassen wurden"), not of one after it
	if !s.segs[g].report && !((s.relativeClause(&s.segs[g]) || s.relativeBeforeVerb(g)) && d.val >= s.segs[g].b &&
		(s.segs[g].a-2 != d.c.b-1 || g == 0 || s.segHasFigure(g-1) || s.segHasFigure(g) || s.segs[g].dir != 0)) {
		// "Der Gewinn, den die Reederei im dritten Quartal erzielte, sank …":
		// the clause of a metric without a figure before it is the metric's
		// own, when it tells no figure and no change of its own; not "Von den
		// 11.000 Beschäftigten, die im Januar entlassen wurden, fanden 5.000
		// …" (the time of the figure before), not "Der Umsatz, der im Vorjahr
		// bei 3,2 Mrd. Euro gelegen hatte", "Der Auftragseingang, der im
		// Sommer eingebrochen war, erholte sich …" (an event before)
		return false
	}
	for _, k := range [...]int{d.val, d.by, d.fr} {
		if k >= 0 && s.segOfTok(k) == g {
			return false
		}
	}
	return true
}

// periodsIn returns the range [lo, hi) of the periods (s.periods) that
// start inside sp.
func (s *state) periodsIn(sp parse.Span) (lo, hi int) {
	lo = periodFrom(s.periods, sp.Start)
	hi = periodFrom(s.periods, sp.End)
	return lo, max(lo, hi)
}

// periodFrom is sort.Search(len(ps), func(i int) bool { return
// ps[i].Start >= x }) without a call of the closure per step: the same
// halving, so the same result.
func periodFrom(ps []period.Expression, x int) int {
	i, j := 0, len(ps)
	for i < j {
		h := int(uint(i+j) >> 1)
		if ps[h].Start < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// basisPeriod returns the index in s.periods of the named period a change
// is compared with ("im Vergleich zum dritten Quartal 2024", "gegenüber
// 2023"): a comparison period (isBasisPeriod) of the fact's sentence
// within 100 bytes of its words, with a value; -1 when there is none.
func (s *state) basisPeriod(sp parse.Span, f *Fact) int32 {
	win := parse.Span{Start: max(sp.Start, f.Start-100), End: min(sp.End, f.End+100)}
	// "im Vorjahr" compares a change by or from a figure; with a direction
	// alone it is the time ("Im Vorjahr kletterte die Quote auf 26 %")
	changed := f.Change.By.Kind != NoValue || f.Change.From.Kind != NoValue
	lo, hi := s.periodsIn(win)
	for k := lo; k < hi; k++ {
		if p := &s.periods[k]; usablePeriod(p) && s.isBasisPeriod(p, changed) {
			return int32(k)
		}
	}
	return -1
}

// oneBack returns the basis a comparison period names when it is one
// unit back from the figure's time ("vor einem Jahr", "vor einem
// Quartal", "im Vorjahr", "im Vormonat"), NoBasis for any other ("2023",
// "das dritte Quartal 2024").
func oneBack(t string) Basis {
	var buf [32]byte
	if len(t) > len(buf) {
		return NoBasis
	}
	switch string(appendLower(buf[:0], t)) {
	case "vor einem jahr":
		return YoY
	case "vor einem quartal":
		return QoQ
	case "vor einem monat":
		return MoM
	}
	return basisOfText(t) // "im Vorjahr", "im Vorquartal": the unit before
}

// isBasisPeriod reports whether p is the comparison of a change rather
// than the period of the figure.
func (s *state) isBasisPeriod(p *period.Expression, changed bool) bool {
	if basisWording(p, changed) {
		return true
	}
	// "zum" and "vom" alone name the time a level is told for ("zum 30.
	// Juni", "zum Quartalsende"); a comparison says so: "im Vergleich zum
	// dritten Quartal", "verglichen mit dem Vorjahr", "gegenüber 2023".
	j := s.tokAt(p.Start)
	if e := s.tokAt(p.End - 1); j > 0 && e >= 0 && e+1 < len(s.toks) && s.toks[j-1].kind == tOpen &&
		s.toks[e+1].kind == tBreak && s.text[s.toks[e+1].start] == ':' {
		return true // "(Vorjahr: 0,9 Mrd. Euro)": the label of an earlier value
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if s.toks[k].kind == tBreak {
			break // "16 Mrd. Dollar, 2025 sollen es …": a clause of its own
		}
		if s.is(k, "vergleich", "verglichen") || s.is(k, "niveau", "vorkrisenniveau") && s.is(k+1, "von", "vor", "des") {
			return true // "über dem Niveau von 2019", "des Vorjahresmonats"
		}
		if k < j-2 {
			break
		}
		if s.is(k, "gegenüber", "als", "nach") || s.is(k, "wie") && s.is(k-1, "viel", "hoch", "groß", "stark") {
			return true // also "halb so viel wie im Vorjahr"
		}
		if s.is(k, "über", "unter") && oneBackWord(p.Text) {
			return true // "lagen leicht über dem Vorjahr"; not "über 2025 hinaus"
		}
		if s.toks[k].kind == tFigure {
			// "nach 3 Mrd. im Vorjahr", "von 3 Mrd. im Vorjahr auf …": the
			// earlier value's time; not "ein Wachstum von 0,9 Prozent im Jahr
			// 2026", the time of the figure itself
			pw := s.prevWord(k)
			if s.is(pw, "von", "vom") {
				_, change := changeNouns.GetBytes(s.wb(pw - 1))
				return !change // not "ein Plus von 5 Prozent im Jahr 2026"
			}
			return s.is(pw, "nach", "gegenüber")
		}
	}
	return false
}

// oneBackWord reports whether t names the unit of time before: "Vorjahr",
// "Vorquartal", "Vormonat" and their compounds ("Vorjahreswert").
func oneBackWord(t string) bool {
	return strings.Contains(t, "Vorjahr") || strings.Contains(t, "Vorquartal") || strings.Contains(t, "Vormonat") ||
		strings.Contains(t, "vorjahr") || strings.Contains(t, "vorquartal") || strings.Contains(t, "vormonat")
}

// basisWording reports whether the words of p name a comparison ("ein
// Jahr zuvor", "im Vorjahreszeitraum"); with changed, also a period before
// ("im Vorjahr", "im Vorquartal") when the figure is a change.
func basisWording(p *period.Expression, changed bool) bool {
	var buf [64]byte
	l := string(appendLower(buf[:0], p.Text))
	if strings.Contains(l, "zuvor") || strings.Contains(l, "davor") || strings.Contains(l, "vorjahreszeitraum") || strings.Contains(l, "jahresfrist") {
		return true
	}
	return changed && (strings.Contains(l, "vorjahr") || strings.Contains(l, "vorquartal") || strings.Contains(l, "vormonat"))
}

// noteSubject remembers the subject of a sentence for references in the
// sentences after it, and the period its facts used.
// orgs are the organizations of the sentence (s.orgsIn(sp.Start, sp.End)).
func (s *state) noteSubject(sp parse.Span, para int, orgs []org) {
	var only org
	n := 0
	found := false
	for _, o := range orgs {
		if !o.company || o.typ == entity.OtherOrg && (o.ent == nil || len(o.ent.Sectors) == 0) {
			continue // a party, a club, a foundation: no topic for the figures after it
		}
		if s.otherCompoundBytes(o) {
			continue // "die General-Motors-Tochter": the sentence is about another company
		}
		if n == 0 || o.name != only.name {
			n++
			only = o
		}
		if !found && s.subjectByBytes(o) {
			s.lastSubject, s.lastSubjType, s.lastSubjEnt, s.lastSubjPara, s.lastSubjSent = o.name, o.typ, o.ent, para, s.sentNo
			found = true
		}
	}
	if !found && n == 1 {
		s.lastSubject, s.lastSubjType, s.lastSubjEnt, s.lastSubjPara, s.lastSubjSent = only.name, only.typ, only.ent, para, s.sentNo // the one company the sentence is about
	}
	s.prevPeriod, s.prevPeriodOK, s.prevPeriodPara, s.prevPeriodSent = s.sentPeriod, s.sentPeriodOK, para, s.sentNo
	s.prevPeriodEnt = s.sentPeriodEnt
	s.prevPending = false
	if !s.sentPeriodOK && (len(orgs) > 0 || !(s.lastFactOK && s.lastFactSent == s.sentNo)) {
		s.prevPeriodEnt = ""
		if s.lastSubjSent == s.sentNo {
			s.prevPeriodEnt = s.lastSubject
		}
		if len(orgs) > 0 {
			s.introducedPeriod(sp)
		} else {
			// whether the sentence speaks of the economy is read only when
			// the sentence after it asks (periodFor): most never do
			s.prevPending, s.prevSpan = true, sp
		}
	}
	s.sentPeriod, s.sentPeriodOK, s.sentPeriodEnt = -1, false, ""
	s.sentNo++
}

// introducedPeriod makes the time that sentence sp introduces the one the
// sentence after it carries on: "Siemens hatte im dritten Quartal
// Rückenwind"; not the comparison of "weniger umgesetzt als ein Jahr
// zuvor".
func (s *state) introducedPeriod(sp parse.Span) {
	lo, hi := s.periodsIn(sp)
	for k := lo; k < hi; k++ {
		if p := &s.periods[k]; usablePeriod(p) && p.Mod == period.NoMod && !basisWording(p, false) {
			s.prevPeriod, s.prevPeriodOK = k, true
		}
	}
}

// isEconomy reports whether m is a figure of the economy as a whole.
func isEconomy(m Metric) bool {
	return m == Inflation || m == GDP || m == Unemployment || m == InterestRate
}

// economyTopics are the economy's figures without their first letter, so
// that a capital or a compound matches ("Inflation", "Kerninflation"): a
// sentence about one of them that names a time gives that time to the
// sentence after it ("Die Inflation ist im Oktober gesunken. Die
// Teuerungsrate lag bei 2,1 %").
var economyTopics = [...]string{"nflation", "euerung", "erbraucherpreise", "rbeitslos", "irtschaftsleistung",
	"ruttoinlandsprodukt", "onjunktur"}

// economyTopic reports whether sentence sp (of at most 400 bytes) speaks
// of the economy (economyTopics) and names a time; it reads the bytes only
// when the sentence has a time expression.
func (s *state) economyTopic(sp parse.Span) bool {
	if sp.End-sp.Start > 400 {
		return false
	}
	if lo, hi := s.periodsIn(sp); lo >= hi {
		return false
	}
	t := s.text[sp.Start:sp.End]
	for _, w := range economyTopics {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// subjectByBytes is isSubject for a sentence that was not tokenized: the
// word before the mention must not be a preposition.
func (s *state) subjectByBytes(o org) bool {
	i := o.Start
	for i > 0 && (s.text[i-1] == ' ' || s.text[i-1] == '\t') {
		i--
	}
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s.text[:j])
		if r == utf8.RuneError || !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == 'ü' || r == 'ä' || r == 'ö') {
			break
		}
		j -= size
	}
	if j == i || i-j > 12 {
		return true
	}
	var buf [16]byte
	w := appendLower(buf[:0], s.text[j:i])
	return !prepWords.ValueBytes(w) && string(w) != "der" && string(w) != "des"
}
