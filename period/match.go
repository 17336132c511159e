package period

import (
	"strings"
	"time"
)

// hit is one rule match: tokens [a, b) and what they say.
type hit struct {
	a, b int
	sp   spec
}

// matcher runs the rules over the tokens of one text, left to right, and
// resolves each match against the reference date or the narrative anchor.
type matcher struct {
	full    string // the whole text
	text    string // the line the tokens m.t come from
	off     int    // the offset of text in full
	t       []tok
	ref     Ref
	fyStart time.Month
	refPt   point
	hasRef  bool

	anchor    point // the latest resolved time (narrative base, anaphora)
	hasAnchor bool
	lastQ     point // the latest quarter or half named
	hasLastQ  bool
	lastPer   point // the latest period named (Vorjahreszeitraum)
	hasLast   bool
	lastWd    point // the latest weekday resolved, and the byte end (in full) of its expression
	lastWdEnd int
	dayEnd    int // the byte end (in full) of the latest day out ("8. Mai", "Dienstag")
	shiftEnd  int // the byte end (in full) of the latest expression out that shifts the time told ("drei Tage später")
	moEnd     int // the byte end (in full) of the latest month out whose year news resolved ("Oktober" in "zwischen Oktober und Dezember")

	minTok      int  // first token a new match may include (the end of the last one)
	pos         int  // the token the rules are at
	depth       int  // nesting of wrapping rules (sub)
	lookedAhead bool // a narrative looked for its first year
	chunkEnd    int  // the end of the line whose tokens m.t holds
	out         []Expression
	hits        []hit
}

func (m *matcher) run(outer *[]int) { m.runRangeOuter(outer, 0, len(m.t)) }

// runRange runs the rules at the tokens from..limit-1 that can start a
// match and returns the next token to run them at (after the last match).
func (m *matcher) runRange(from, limit int) int { return m.runRangeOuter(nil, from, limit) }

func (m *matcher) runRangeOuter(outer *[]int, from, limit int) int {
	t := m.t
	// the tokens up to limit, so that the skip below needs no bounds check
	lt := t[:max(0, min(limit, len(t)))]
	i := from
	for i < limit {
		// Skip to a start token (isStartTok): a number, or a word of a
		// class that starts a match (punctuation and numbers have class
		// cNone, which none starts).
		for uint(i) < uint(len(lt)) && !startClass[lt[i].cls] && lt[i].k != tkNum {
			i++
		}
		if i >= limit {
			break
		}
		m.pos = i
		m.hits = m.hits[:0]
		if !m.match(i) || len(m.hits) == 0 {
			i++
			continue
		}
		end := i + 1
		for _, h := range m.hits {
			if h.a < m.minTok || h.b <= h.a || h.b > len(t) {
				continue
			}
			m.emit(h)
			if outer != nil {
				o := h.a
				for o > m.minTok && t[o-1].k == tkWord && (t[o-1].cls == cPrep || t[o-1].cls == cArt) {
					o--
				}
				*outer = append(*outer, m.off+int(t[o].s))
			}
			m.minTok = h.b
			if h.b > end {
				end = h.b
			}
		}
		i = end
	}
	return i
}

// startClass tells the word classes that can start a match (256 entries,
// indexed by any uint8 without a bounds check).
var startClass = func() (s [256]bool) {
	for _, c := range []uint8{cMonth, cUnit, cRel, cOrd, cNum, cPos, cSeason, cWeekday, cRelNoun, cDeixis,
		cRefWord, cLater, cSet, cEach, cPart, cApprox, cMore, cDecade, cHoliday, cQH, cDur, cTimeNoun, cLaufe, cHalves, cFreq, cClockWord, cLongTime, cWdAbbr} {
		s[c] = true
	}
	return s
}()

// forwardPrep reports whether the expression starting at token a follows
// "ab" or "bis" ("ab dem 1. Januar", "bis Ende März", "bis zum 30.
// Juni"): a limit, which news sets ahead of the time it tells of. "seit"
// looks back and is none.
func (m *matcher) forwardPrep(a int) bool {
	k := a - 1
	if t := m.tk(k); t != nil && t.k == tkWord && (m.word(k) == "dem" || m.word(k) == "zum") {
		k--
	}
	t := m.tk(k)
	if a < len(m.t) && m.isNum(a) && m.t[a].nd <= 2 {
		i := int(m.t[a].s)
		w := lastWordBefore(m.text, i)
		if w == "dem" {
			w = lastWordBefore(m.text, i-len(" dem ")) // "mit dem 1. Juli"
		}
		switch w {
		case "per", "Per", "mit", "Mit":
			return m.tenseOf(i, int(m.t[a].e)) != tensePast // "senkt den Zins per 1. Januar" (Swiss), "mit 1. Jänner" (Austrian): the day it takes effect
		}
	}
	if t == nil || t.k != tkWord || t.cls != cPrep || t.v != pAb && t.v != pBis {
		return false
	}
	if p := m.tk(k - 1); t.v == pBis && p != nil && (p.k == tkWord && (p.cls == cMonth || p.cls == cWeekday) || p.k == tkNum ||
		p.k == tkPunct && p.ch == '.' && m.isNum(k-2) && m.adj(k-2, k-1)) {
		return false // "von Januar bis März", "vom 3. bis 9. Februar": the end of a range, in the start's year
	}
	return true
}

// bisAfter reports whether "bis" follows token b, maybe after a time of
// day ("von Freitag 22 Uhr bis Montag"): the start of a range.
func (m *matcher) bisAfter(b int) bool {
	for k := b; k < b+6; k++ {
		t := m.tk(k)
		if t == nil || t.k == tkPunct && t.ch != '.' && t.ch != ':' {
			return false
		}
		if t.k == tkWord && t.cls == cPrep && t.v == pBis {
			return true
		}
	}
	return false
}

// targetPrep reports whether the expression at token a follows "auf" or
// "für" (across "den"): a date something is moved to or meant for, which
// a past clause does not put behind the date ("wurde auf den 12.
// Dezember vertagt").
func (m *matcher) targetPrep(a int) bool {
	k := a - 1
	if m.word(k) == "den" {
		k--
	}
	t := m.tk(k)
	return t != nil && t.k == tkWord && t.cls == cPrep && (t.v == pAuf || t.v == pOther && (m.word(k) == "für" || m.word(k) == "Für"))
}

// emit resolves h and appends its expression.
func (m *matcher) emit(h hit) {
	sp := spanOf(m.t, h.a, h.b)
	if h.sp.endByte > 0 {
		sp.End = int(h.sp.endByte)
	}
	if h.sp.mod == NoMod && h.sp.typ == Date && h.sp.ref == "" && h.sp.val == "" && h.sp.from == nil {
		// "ab dem dritten Quartal", "seit dem Vorjahr", "bis nächste
		// Woche", "ab Herbst": every date after seit/ab/bis is a limit, as
		// the rules of years and days read it; it still moves a narrative
		if md := m.prepMod(h.a); md != NoMod {
			h.sp.mod, h.sp.artLimit = md, true
		}
	}
	if h.sp.mod == NoMod && h.sp.typ == Time && h.sp.gran == gClock && m.prepMod(h.a) == OnOrAfter {
		// "seit 14 Uhr", "ab 9.30 Uhr", "seit halb acht": a clock time
		// after seit/ab is a limit too; a part of a day is not ("seit
		// Donnerstagfrüh"), and "bis 17 Uhr" mostly closes a range of
		// hours and stays as it is
		h.sp.mod = OnOrAfter
	}
	e := Expression{Span: sp, Text: m.text[sp.Start:sp.End], Type: h.sp.typ, Mod: h.sp.mod}
	e.Start += m.off
	e.End += m.off
	h.sp.fwd = h.sp.typ == Date && !h.sp.hasYear && h.sp.month > 0 && !m.ref.Narrative && m.forwardPrep(h.a)
	if h.sp.mod == OnOrAfter || h.sp.mod == OnOrBefore {
		if t := m.tk(h.a - 1); t != nil && t.k == tkWord && (t.cls == cArt || t.cls == cPrep && t.v == pZum) || h.sp.weekday > 0 {
			h.sp.artLimit = true // "bis zum 19. April", "ab Montag": a day told, which later times of day count from
		}
	}
	if !m.ref.Narrative && h.sp.typ == Date && !h.sp.hasYear && !h.sp.ana && h.sp.rel == 0 && h.sp.yoff == 0 && !h.sp.fiscal &&
		(h.sp.weekday > 0 && (h.sp.wdDir == 0 || h.sp.wdDir == 2 && m.word(h.a-1) != "heutigen") || h.sp.weekday == 0 && h.sp.month > 0 && (h.sp.gran == gMonth || h.sp.gran == gDay) && !h.sp.fwd && !h.sp.movable ||
			h.sp.weekday == 0 && (h.sp.gran == gQuarter && h.sp.q > 0 || h.sp.gran == gHalf && h.sp.h > 0) && h.sp.rel == relNone ||
			h.sp.gran == gSeason && h.sp.season > 0 && h.sp.srel == 0 ||
			h.sp.movable && h.sp.gran == gDay) {
		// "seit" looks back; "im heurigen Sommer", "diesen Dezember" name
		// their year ("an diesem Dienstag" is a day of this week, before
		// or after the date)
		if !m.isPrep(h.a-1, pSeit) && !(m.isCls(h.a-1, cArt) && m.isPrep(h.a-2, pSeit)) && !(h.sp.weekday == 0 && m.isCls(h.a, cRel)) {
			h.sp.tense = m.tenseOf(sp.Start, sp.End)
			if h.sp.tense == tenseFuture && participleAfter(m.text, sp.End) && !m.targetPrep(h.a) { // not "die für Mittwoch geplante Kundgebung"
				h.sp.tense = tenseNone // "die im März angekündigte Übernahme soll …": the participle tells the time's tense
			}
			if h.sp.tense == tenseNone && h.sp.weekday > 0 && (m.forwardPrep(h.a) || m.isPrep(h.a-1, pVon) && m.bisAfter(h.b)) {
				h.sp.tense = tenseFuture // "Die A9 ist ab Montag gesperrt", "bis Freitag läuft die Frist": the coming one
			}
			if h.sp.weekday > 0 && h.sp.tense != tensePast && m.targetPrep(h.a) && !m.isCls(h.a-2, cWeekday) && !m.isCls(h.a-3, cWeekday) {
				// "Für Sonntag erwartet der Wetterdienst …", "Weitere Aktionen
				// sind für Montag angekündigt": the day ahead; not "von
				// Donnerstag auf Freitag" (a night), nor in a past clause
				// ("der für Dienstag geplante Parteitag konnte nicht …")
				h.sp.tense = tenseFuture
			}
			if h.sp.tense == tensePast && m.targetPrep(h.a) {
				h.sp.tense = tenseNone // "wurde auf den 12. Dezember vertagt", "hat für Anfang Dezember Klarheit versprochen": a target
			}
		}
	}
	if (h.sp.we == weBare || h.sp.we == wePart) && !m.ref.Narrative {
		h.sp.tense = m.tenseOf(sp.Start, sp.End) // "am Wochenende hatten …" on a Thursday: the one just past
	}
	if h.sp.afterDec && !h.sp.hasYear && m.hasAnchor && m.anchor.gran >= gDay && m.anchor.m == 12 {
		h.sp.year, h.sp.hasYear, h.sp.tense = m.anchor.y+1, true, tenseNone
	}
	if h.sp.weekday > 0 && m.lastWdEnd > 0 && m.isPrep(h.a-1, pBis) {
		if gap := int(m.t[h.a-1].s) + m.off - m.lastWdEnd; gap >= 0 && gap <= 14 && !strings.ContainsAny(m.full[m.lastWdEnd:m.lastWdEnd+gap], ",;") {
			h.sp.wdRange = true // "von Montag bis Freitag", "von Freitag 22 Uhr bis Montag": the first such day after the start
		}
	}
	if f := h.sp.from; f != nil && !m.ref.Narrative && f.weekday > 0 && f.wdDir == 0 && !m.isPrep(h.a-1, pSeit) {
		f.tense = m.tenseOf(sp.Start, sp.End) // "in der Nacht zum Samstag soll es schneien"
	}
	if h.sp.yearTurn && !m.ref.Narrative && m.hasRef {
		// "zum Jahreswechsel" in news: the turn after the year told; against
		// the document date the turn ahead, or the one just past in a past
		// clause or early in the year; a past clause never gives a turn
		// after the document's year began
		told := m.hasAnchor && m.anchor.gran >= gYear
		switch tense := m.tenseOf(sp.Start, sp.End); {
		case tense == tensePast && (!told || m.anchor.y >= m.refPt.y):
			h.sp.yoff = 0
			if told {
				h.sp.yoff = m.refPt.y - m.anchor.y
			}
		case tense == tenseNone && !told && m.refPt.m <= 2:
			h.sp.yoff = 0
		}
	}
	p, val, ok := m.resolve(&h.sp)
	if ok && h.sp.weekday > 0 && p.gran >= gDay {
		m.lastWd, m.lastWdEnd = p, e.End
	}
	if ok {
		e.Value = val
		if h.sp.tz != 0 && p.gran == gClock {
			var buf [40]byte
			b := append(append(buf[:0], val...), '+', '0', byte('0'+h.sp.tz)) // T23:00+01
			e.Value = intern(b)
		}
		if p.gran != gNone && p.gran != gDecade && p.gran != gCentury {
			e.From, e.To = p.interval(m.fyStart)
		}
		if h.sp.months > 0 && p.gran == gYear {
			e.From = time.Date(astro(p.y), 1, 1, 0, 0, 0, 0, time.UTC)
			e.To = e.From.AddDate(0, h.sp.months, 0)
		}
		if bareMonth := !m.ref.Narrative && h.sp.typ == Date && p.gran == gMonth && !h.sp.hasYear && h.sp.rel == relNone && h.sp.yoff == 0 && !h.sp.ana; bareMonth {
			if len(m.out) > 0 && m.moEnd == m.out[len(m.out)-1].End {
				m.monthRange(&m.out[len(m.out)-1], &e, h.sp.tense == tensePast)
			}
			m.moEnd = e.End
		}
		if h.sp.typ == Date && p.gran == gDay && h.sp.rel == relNone && h.sp.weekday == 0 && len(m.out) > 0 {
			// "drei Tage später, am 10. November", "einen Monat später (25.
			// August)": the day in apposition is the time the shift meant
			if prev := &m.out[len(m.out)-1]; m.shiftEnd == prev.End && prev.Type == Date && e.Start-prev.End <= 6 && apposition(m.full[prev.End:e.Start]) {
				prev.Value, prev.From, prev.To = e.Value, e.From, e.To
			}
		}
	}
	if h.sp.rel == relShift && h.sp.ana && h.sp.off != 0 && h.sp.typ == Date {
		m.shiftEnd = e.End
	}
	if e.Type == Time && h.sp.gran == gClock && len(m.out) > 0 {
		// "am 8. Mai, 23:01 Uhr", "Dienstag, 10.30 Uhr": a day and its
		// clock time set off by a comma are one time
		if prev := &m.out[len(m.out)-1]; m.dayEnd == prev.End && e.Start-prev.End == 2 && m.full[prev.End:e.Start] == ", " {
			prev.End, prev.Type, prev.Value, prev.From, prev.To = e.End, Time, e.Value, e.From, e.To
			prev.Text = m.full[prev.Start:prev.End]
			if prev.Mod == NoMod {
				prev.Mod = e.Mod // "Montag, dem 19. März, gegen 0:55 Uhr"
			}
			return
		}
	}
	if e.Type == Date && h.sp.gran == gDay {
		m.dayEnd = e.End
	}
	m.out = append(m.out, e)
}

// monthRange puts the months of a range without a year ("zwischen
// Oktober und Dezember", "von Oktober bis Februar", "Dezember/Januar")
// in order, when the tense read each on its own gave an end before the
// start ("Zwischen Oktober und Dezember sank der Absatz", told in
// November, gave October of this year and December of the last): in a
// past clause the start moves back to the year before the end, else the
// end moves on to the year after the start. Other months in a row
// ("im Oktober und im Dezember") stay as they are.
func (m *matcher) monthRange(start, end *Expression, past bool) {
	switch m.full[start.End:end.Start] {
	case " bis ", "–", " – ", "-", " - ", "/":
	case " und ":
		if !hasSuffix(m.full[:start.Start], "zwischen ") && !hasSuffix(m.full[:start.Start], "Zwischen ") {
			return
		}
	default:
		return
	}
	y1, m1, ok1 := yearMonth(start.Value)
	y2, m2, ok2 := yearMonth(end.Value)
	if !ok1 || !ok2 || y1*12+m1 <= y2*12+m2 {
		return
	}
	if past {
		y := y2
		if m1 > m2 {
			y--
		}
		setYear(start, y, y1, m1)
		return
	}
	y := y1
	if m2 < m1 {
		y++
	}
	setYear(end, y, y2, m2)
}

// yearMonth reads a month's value "2025-10".
func yearMonth(v string) (y, mo int, ok bool) {
	if len(v) != 7 || v[4] != '-' {
		return 0, 0, false
	}
	for _, c := range []byte(v[:4] + v[5:]) {
		if c < '0' || c > '9' {
			return 0, 0, false
		}
	}
	y = int(v[0]-'0')*1000 + int(v[1]-'0')*100 + int(v[2]-'0')*10 + int(v[3]-'0')
	return y, int(v[5]-'0')*10 + int(v[6]-'0'), true
}

// setYear moves e, the month mo of year old, to year y.
func setYear(e *Expression, y, old, mo int) {
	if y < 1 || y > 9999 {
		return
	}
	var buf [8]byte
	e.Value = intern(append(append(pad(buf[:0], y, 4), '-'), byte('0'+mo/10), byte('0'+mo%10)))
	if !e.From.IsZero() {
		e.From, e.To = e.From.AddDate(y-old, 0, 0), e.To.AddDate(y-old, 0, 0)
	}
}

func hasSuffix(s, p string) bool { return len(s) >= len(p) && s[len(s)-len(p):] == p }

// apposition reports whether gap, the text between two expressions, sets
// the second in apposition to the first: ", am ", " am ", " (", ", ".
func apposition(gap string) bool {
	switch gap {
	case ", am ", " am ", " (", " (am ", ", ", ", den ", ", dem ":
		return true
	}
	return false
}

// base returns the point relative expressions resolve against:
// anaphoric ones ("am selben Tag", "zwei Tage später") the latest time the
// text named, others the document date, or in narrative mode the latest
// time named.
func (m *matcher) base(anaphoric bool) (point, bool) { return m.baseFor(anaphoric, gYear) }

// baseFor is base for a value that needs a base of granularity need (a
// day for "zwei Tage später"): in news, an anchor coarser than that gives
// way to the document date.
func (m *matcher) baseFor(anaphoric bool, need uint8) (point, bool) {
	if (anaphoric || m.ref.Narrative) && m.hasAnchor && (m.ref.Narrative || m.anchor.gran >= need || !m.hasRef) {
		return m.anchor, true
	}
	if m.ref.Narrative && !m.lookedAhead {
		// A narrative that names a date before any year ("In der Nacht
		// zum 9. Februar griffen …") means the first year it names.
		m.lookedAhead = true
		if y, ok := m.firstYear(); ok {
			m.anchor, m.hasAnchor = point{gran: gYear, y: y}, true
			return m.anchor, true
		}
	}
	if m.hasRef {
		return m.refPt, true
	}
	return point{}, false
}

// firstYear returns the first year named at or after the current token,
// reading ahead line by line. It runs once per text.
func (m *matcher) firstYear() (int, bool) {
	look := func(v *matcher, from int) (int, bool) {
		for j := from; j < len(v.t); j++ {
			if t := v.t[j]; t.k == tkNum && t.nd == 4 {
				if y, _, ok := v.yearAt(j, false); ok && v.yearContext(j) {
					return y, true
				}
			}
		}
		return 0, false
	}
	// The rest of this line: its tokens from the current one on (m.t may
	// hold a window of the line only).
	buf := tokenize(nil, m.text)
	v := *m
	v.t = buf
	at := m.t[m.pos].s
	for j := range buf {
		if buf[j].s == at {
			if y, ok := look(&v, j); ok {
				return y, true
			}
			break
		}
	}
	v = matcher{}
	for from := m.chunkEnd; from < len(m.full); {
		to := chunkEnd(m.full, from)
		if to-from <= maxChunkLen && hasDigit(m.full[from:to]) {
			v.text = m.full[from:to]
			buf = tokenize(buf[:0], v.text)
			v.t = buf
			if y, ok := look(&v, 0); ok {
				return y, true
			}
		}
		from = to
	}
	return 0, false
}

// hasDigit reports whether s holds an ASCII digit (a year needs one).
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-'0' <= 9 {
			return true
		}
	}
	return false
}

// fiscalYearOf is the fiscal year that holds the day p.
func (m *matcher) fiscalYearOf(p point) int {
	if m.fyStart != time.January && p.m >= int(m.fyStart) {
		return addYears(p.y, 1)
	}
	return p.y
}

// resolve computes the value of sp. ok is false when it needs a base that
// is unknown (the value is then empty).
func (m *matcher) resolve(sp *spec) (point, string, bool) {
	if sp.ref != "" {
		return point{}, sp.ref, true
	}
	if sp.dayOfMonthTold {
		b, ok := m.baseFor(true, gMonth)
		if ok && !(b.gran == gMonth || b.gran >= gDay) && !m.ref.Narrative && m.hasRef {
			b = m.refPt
		}
		if !ok || !(b.gran == gMonth || b.gran >= gDay) || !validDay(b.y, b.m, sp.day) {
			return point{}, "", false
		}
		p := point{gran: gDay, y: b.y, m: b.m, d: sp.day}
		return p, p.value(), true
	}
	if sp.from != nil {
		// "drei Tage vor Weihnachten": the day so far from another
		inner := *sp.from
		inner.noAnchor = true
		q, _, ok := m.resolve(&inner)
		if !ok {
			return point{}, "", false
		}
		if q.gran == gYear && inner.mod == End { // "vor Jahresende": its last day
			q = point{gran: gDay, y: q.y, m: 12, d: 31}
		}
		if q.gran != gDay {
			return point{}, "", false
		}
		p, ok := q.shift(sp.unit, sp.off)
		if !ok {
			return point{}, "", false
		}
		if sp.gran == gPart { // "in der Nacht zum Freitag"
			p.gran, p.part = gPart, sp.part
		}
		if !sp.noAnchor {
			m.note(p)
		}
		return p, p.value(), true
	}
	if sp.val != "" {
		p := point{}
		if sp.months > 0 {
			if sp.hasYear {
				p = point{gran: gYear, y: sp.year}
			} else if b, ok := m.base(false); ok {
				p = point{gran: gYear, y: b.y}
			}
		}
		return p, sp.val, true
	}
	var p point
	switch g := sp.gran; {
	case sp.rel != relNone: // "im vergangenen Jahrhundert": below
	case g == gCentury:
		return point{gran: gCentury, cent: sp.century}, string(pad(nil, sp.century, 2)), true
	case g == gDecade:
		d := sp.decade
		if d < 10 { // a decade word without its century: the nearest before the base
			y := 2000
			if m.hasRef {
				y = m.refPt.y
			} else if m.hasAnchor {
				y = m.anchor.y
			}
			c := y / 100
			if c*100+d*10 > y {
				c--
			}
			d += c * 10
		}
		p = point{gran: gDecade, dec: d}
		return p, p.value(), true
	}
	switch sp.rel {
	case relShift:
		need := sp.gran
		if need == gPart || need == gClock {
			need = gDay
		}
		b, ok := m.baseFor(sp.ana, need)
		if !ok {
			return point{}, "", false
		}
		g := sp.gran
		if sp.ana && sp.off != 0 && (sp.unit == uMonth && g == gMonth || sp.unit == uWeek && g == gWeek) && b.gran >= gDay && sp.mod == NoMod && !sp.whole {
			g = gDay // "einen Monat später", "zwei Wochen später" after a day is a day
		}
		cg := g
		if g == gPart || g == gClock {
			cg = gDay
		}
		if sp.fiscal && g == gYear {
			p = point{gran: gYear, y: m.fiscalYearOf(b), fiscal: true}
			if b.gran < gMonth {
				p.y = b.y
			}
		} else {
			p, ok = coarsen(b, cg)
			if !ok {
				return point{}, "", false
			}
		}
		off := sp.off
		if m.ref.Narrative && g == gPart && off == 0 && sp.part == ptMO && sp.ana && b.gran == gPart && (b.part == ptEV || b.part == ptNI) {
			off = 1 // a story goes on: "am Abend … in der Nacht … am Morgen" is the next morning
		}
		if sp.we == wePart && b.gran >= gDay {
			// "zum Wochenstart soll es regnen" on a Wednesday: next week's
			wd := int(b.date().Weekday()+6)%7 + 1 // Monday 1
			if sp.tense == tenseFuture && (sp.mod == Start && wd >= 3 || sp.mod == Mid && wd >= 4) {
				off = 1
			}
		} else if sp.we != weNone && sp.we != wePart {
			if b.gran < gDay {
				return point{}, "", false
			}
			wd := int(b.date().Weekday()+6)%7 + 1 // Monday 1
			switch {
			case sp.we == weBare && sp.tense == tensePast && wd <= 5:
				off = -1 // "am Wochenende hatten die Piloten gestreikt" on a weekday: the one just past
			case sp.we == weBare && sp.tense == tenseFuture:
				// "am Wochenende soll es schneien": this week's, ahead
			case sp.we == weBare && wd <= 2:
				off = -1 // on Monday, "am Wochenende" is the one just past
			case off > 0 && wd <= 5:
				off-- // on a weekday, "am kommenden Wochenende" is this week's
			}
			p.we = true
		}
		if off != 0 {
			p, ok = p.shift(sp.unit, off)
			if !ok {
				return point{}, "", false
			}
		}
		if g == gPart || g == gClock {
			p.gran, p.part, p.hour, p.minute = g, sp.part, sp.hour, sp.minute
		}
		if g == gQuarter && sp.q > 0 { // Schlussquartal: a quarter of the base year
			p.q = sp.q
		}
		if g == gHalf && sp.h > 0 {
			p.h = sp.h
		}
	case relLast, relLastY:
		var b point
		switch {
		case sp.rel == relLast && m.hasLastQ && unitGran(sp.unit) == m.lastQ.gran:
			b = m.lastQ
		case sp.rel == relLastY && m.hasLast:
			b = m.lastPer
		default:
			r, ok := m.base(false)
			if !ok {
				return point{}, "", false
			}
			g := unitGran(sp.unit)
			if sp.rel == relLastY {
				g = gYear
			}
			c, ok := coarsen(r, g)
			if !ok {
				return point{}, "", false
			}
			if sp.rel == relLast { // no quarter named yet: the one before the base's
				b, _ = c.shift(sp.unit, -1)
			} else {
				b = c
			}
		}
		var ok bool
		if sp.rel == relLast {
			p, ok = b.shift(sp.unit, sp.off)
		} else {
			p, ok = b.shift(uYear, -1)
		}
		if !ok {
			return point{}, "", false
		}
	default:
		p = point{gran: sp.gran, m: sp.month, d: sp.day, q: sp.q, h: sp.h, w: sp.week,
			season: sp.season, fiscal: sp.fiscal, hour: sp.hour, minute: sp.minute, part: sp.part}
		if sp.weekday > 0 {
			b, ok := m.baseFor(false, gDay)
			if sp.wdRange {
				b, ok = m.lastWd, true
				b.gran = gDay
			}
			if !ok || b.gran < gDay {
				return point{}, "", false
			}
			t := b.date()
			wd := int(t.Weekday()+6)%7 + 1 // Monday 1
			var delta int
			if sp.wdRange {
				delta = (sp.weekday-wd+6)%7 + 1 // the end of a range of weekdays: after its start
			} else if sp.wdDir == wdInWeek {
				delta = sp.weekday - wd + 7*sp.off
			} else if sp.wdDir == 2 {
				delta = sp.weekday - wd // "diesen Freitag": this week's, before or after the base
				if sp.tense == tensePast && delta > 0 {
					delta -= 7 // "hat diesen Samstag … gesagt" on a Thursday: the last Saturday
				} else if sp.tense == tenseFuture && delta < 0 {
					delta += 7 // "an diesem Dienstag will …" on a Thursday: the next Tuesday
				}
			} else if sp.tense == tenseFuture {
				delta = (sp.weekday - wd + 7) % 7 // "am Montag will der Rat entscheiden": today or ahead
			} else if sp.wdDir > 0 {
				delta = (sp.weekday - wd + 7) % 7
				if delta == 0 {
					delta = 7
				}
			} else if sp.wdDir < 0 || !m.ref.Narrative {
				delta = -((wd - sp.weekday + 7) % 7)
				if sp.wdDir < 0 && delta == 0 {
					delta = -7
				}
			} else {
				delta = (sp.weekday - wd + 7) % 7
			}
			q := pointOfDate(t.AddDate(0, 0, delta))
			p.y, p.m, p.d = q.y, q.m, q.d
			if p.gran < gDay {
				p.gran = gDay
			}
			break
		}
		switch {
		case sp.hasYear && sp.twoDig:
			b, ok := m.base(false)
			c := 19 // without a date: 69–99 are 19xx, 00–68 20xx (the POSIX pivot of strptime's %y)
			if sp.year <= 68 {
				c = 20
			}
			if ok {
				c = b.y / 100
				if c*100+sp.year > b.y+10 {
					c--
				}
			}
			p.y = c*100 + sp.year
		case sp.hasYear:
			p.y = sp.year
		default:
			b, ok := m.base(sp.ana)
			if !ok {
				return point{}, "", false
			}
			y := b.y
			if sp.fiscal && b.gran >= gMonth {
				y = m.fiscalYearOf(b)
			}
			p.y = addYears(y, sp.yoff)
			if m.ref.Narrative && sp.yoff == 0 && !sp.ana && !sp.fiscal && sp.month > 0 && (sp.gran == gMonth || sp.gran == gDay) && b.gran >= gMonth && b.m-sp.month >= newYearGap {
				p.y = addYears(p.y, 1) // "13. Oktober 1943 … 21. Januar": the story crossed a new year
			}
			if !m.ref.Narrative && sp.fwd && sp.yoff == 0 && !sp.fiscal && sp.month > 0 && (sp.gran == gMonth || sp.gran == gDay) && b.gran >= gMonth && b.m-sp.month >= newYearGap {
				p.y = addYears(p.y, 1) // in November, "ab dem 1. Januar", "bis Ende März": the next year's
			}
			if sp.tense != tenseNone && sp.gran == gSeason && b.gran >= gMonth && sp.season != sWI {
				first := 3 * int(sp.season) // the season's first month: March, June, September
				if sp.tense == tenseFuture && first+3 <= b.m {
					p.y = addYears(p.y, 1) // in November, "im Frühjahr will die Regierung": the next spring
				} else if sp.tense == tensePast && first > b.m {
					p.y = addYears(p.y, -1)
				}
			} else if sp.tense == tenseFuture && sp.month > 0 && sp.month <= b.m-futureGap && b.gran >= gMonth {
				// in November, "im März soll die Anlage anlaufen": the next
				// March; not "die Zahlen für Oktober werden am Freitag
				// veröffentlicht" (a month just past, reported ahead)
				p.y = addYears(p.y, 1)
			} else if sp.tense == tensePast && sp.month > b.m && b.gran >= gMonth {
				p.y = addYears(p.y, -1) // in November, "im Dezember hatte die Firma gewarnt": the last December
			} else if sp.tense != tenseNone && (sp.gran == gQuarter && sp.q > 0 || sp.gran == gHalf && sp.h > 0) && b.gran >= gMonth {
				// in November, "im ersten Quartal will der Konzern …": the
				// next year's; "Zahlen für das dritte Quartal werden am
				// Donnerstag vorgelegt": the quarter just past
				cur, n, per := (b.m-1)/3+1, sp.q, 4
				if sp.gran == gHalf {
					cur, n, per = (b.m-1)/6+1, sp.h, 2
				}
				if sp.tense == tenseFuture && n <= cur-2 || sp.tense == tenseFuture && per == 2 && n < cur && b.m-6*n >= futureGap {
					p.y = addYears(p.y, 1)
				} else if sp.tense == tensePast && n > cur {
					p.y = addYears(p.y, -1)
				}
			}
			if sp.srel != 0 {
				p.y = seasonYear(b, sp.season, int(sp.srel))
			}
		}
		if sp.movable {
			if p.y < 1583 {
				return point{}, "", false // before the Gregorian calendar
			}
			mo, d := easterSunday(p.y)
			t := time.Date(p.y, time.Month(mo), d+sp.easter, 0, 0, 0, 0, time.UTC)
			if sp.tense == tenseFuture && !sp.hasYear && m.hasRef && t.Before(m.refPt.date()) {
				// "vor Ostern soll die Reform kommen" in November: the next Easter
				p.y = addYears(p.y, 1)
				mo, d = easterSunday(p.y)
				t = time.Date(p.y, time.Month(mo), d+sp.easter, 0, 0, 0, 0, time.UTC)
			}
			p.m, p.d = int(t.Month()), t.Day()
		}
	}
	if (p.gran == gDay || p.gran == gPart || p.gran == gClock) && !validDay(p.y, p.m, p.d) {
		return point{}, "", false
	}
	if p.gran == gClock && (p.hour > 24 || p.minute > 59) {
		return point{}, "", false
	}
	if !sp.noAnchor && (sp.artLimit || sp.mod != OnOrAfter && sp.mod != OnOrBefore) {
		m.note(p)
	}
	v := p.value()
	if p.gran == gClock && p.hour == 24 {
		v = v[:len(v)-5] + "24:00"
	}
	return p, v, true
}

// futureGap is how many months a month without a year must lie before the
// document's month for a future clause to put it in the next year: data
// of the last month are often announced ahead ("Die Zahlen für Oktober
// werden am Freitag veröffentlicht" in November).
const futureGap = 2

// newYearGap is how many months a month or day without a year must lie
// before the month of the latest time told for a narrative to read it in
// the following year: a story told in order that goes from "13. Oktober
// 1943" to "21. Januar" or from "13. Dezember 1919" to "Anfang Januar"
// has crossed a new year; a month a little earlier ("10. April" …
// "13. März") is more often a look back within the year.
const newYearGap = 8

// note remembers p as the latest time named.
func (m *matcher) note(p point) {
	if p.gran < gYear {
		return
	}
	switch p.gran {
	case gQuarter, gHalf:
		m.lastQ, m.hasLastQ = p, true
	}
	if p.gran <= gMonth {
		m.lastPer, m.hasLast = p, true
	}
	if p.fiscal {
		return
	}
	if m.hasAnchor && m.anchor.y == p.y && p.gran < m.anchor.gran && p.gran == gYear {
		return // "1939" after "1. September 1939": keep the finer anchor
	}
	m.anchor, m.hasAnchor = p, true
}
