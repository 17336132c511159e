package period

import (
	"strconv"
	"time"
)

// Granularities of a calendar value.
const (
	gNone uint8 = iota
	gCentury
	gDecade
	gYear
	gHalf
	gSeason
	gQuarter
	gMonth
	gWeek
	gDay
	gPart  // a part of a day: 1939-09-01TMO
	gClock // a clock time: 1939-09-01T04:45
)

// Ways a spec's year (or whole value) depends on a base.
const (
	relNone  uint8 = iota // absolute, or only the year is taken from the base
	relShift              // shift the base by off units of unit
	relLast               // shift the last named period of the same kind (Vorquartal)
	relLastY              // the last named period, a year earlier (Vorjahreszeitraum)
)

// spec is what a rule read from the text, before resolution.
type spec struct {
	typ  Type
	mod  Mod
	gran uint8

	year    int  // astronomical-free: 2025, or -216 for 216 BC; valid when hasYear
	hasYear bool // the text gives the year
	fwd     bool // after "ab" or "bis": a limit that in news lies ahead (see forwardPrep)
	yoff    int  // the year is the base's year + yoff (when !hasYear)
	twoDig  bool // year holds two digits whose century comes from the base

	month, day int
	q, h       int // quarter 1..4, half 1..2
	week       int
	season     int32
	decade     int // "199" for the 1990s
	century    int // "19" for the 20th century
	fiscal     bool

	hour, minute int
	part         int32

	rel     uint8 // relShift, relLast, relLastY
	unit    uint8 // the unit of a shift
	off     int
	weekday int  // 1..7; resolved to a date near the base
	wdDir   int  // -1 past (default), +1 future, 2 the base's week (ISO, Monday to Sunday), wdInWeek the week off weeks from the base's
	wdRange bool // the end of a range of weekdays ("von Montag bis Freitag"): the first such day after its start

	ref    string // PRESENT_REF, PAST_REF, FUTURE_REF
	val    string // a fixed value (durations, sets)
	months int    // "die ersten neun Monate": the interval is the year's first months
	ana    bool   // resolve against the latest time named ("zwei Tage später")

	noAnchor bool // the value does not move the narrative ("seit 1939", the end of a range)
	tense    int8 // news: the tense of the sentence (tenseOf) for a weekday or a month without a year
	yearTurn bool // "Jahreswechsel": in news without a year told, the one just past or ahead by tense and month
	artLimit bool // an ON_OR_AFTER/ON_OR_BEFORE across an article ("bis zum 19. April") or of a weekday ("ab Montag"): a day told, it moves the narrative

	endByte  int32 // when > 0, the byte end of the span in the line (inside the last token's run of words)
	tz       int8  // a clock time's zone offset in hours (MEZ +1, MESZ +2), 0 when none is named
	we       uint8 // a weekend: weBare ("am Wochenende") or weRel ("am kommenden Wochenende")
	srel     int8  // a season's next (+1) or last (-1) occurrence from the base ("im kommenden Frühjahr")
	movable  bool  // a feast counted from Easter: its day is Easter Sunday + easter days
	afterDec bool  // a January feast after a December one ("zwischen Weihnachten und Neujahr"): the year after the latest time told
	whole    bool  // a shift names the whole unit ("im Monat zuvor"), never a day
	from     *spec // a day off+unit from this day ("drei Tage vor Weihnachten"); rare, so a pointer
	easter   int

	dayOfMonthTold bool // "am 24.": day of the month told last (in news without one, the document's)
}

// wdInWeek is the spec.wdDir of a weekday in a week named relative to
// the base's: "am Dienstag vergangener Woche" (off -1).
const wdInWeek = 3

// Weekends (spec.we).
const (
	weNone uint8 = iota
	weBare       // "am Wochenende": the one just past early in the week, else this week's
	weRel        // "am kommenden/vergangenen/diesem Wochenende"
	wePart       // "zu Wochenbeginn", "zur Wochenmitte": this week's, the next one's in a future clause once it has passed
)

// point is a resolved calendar value.
type point struct {
	gran   uint8
	y      int // 2025; -216 for 216 BC
	m, d   int
	q, h   int
	w      int
	season int32
	fiscal bool
	hour   int
	minute int
	part   int32
	dec    int
	cent   int
	we     bool // the weekend of week w
}

func fmtYear(b []byte, y int) []byte {
	if y < 0 {
		b = append(b, "BC"...)
		y = -y
	}
	return pad(b, y, 4)
}

func pad(b []byte, v, n int) []byte {
	var buf [20]byte
	s := strconv.AppendInt(buf[:0], int64(v), 10)
	for i := len(s); i < n; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// value formats p in TIMEX3 form.
func (p point) value() string {
	var buf [32]byte
	b := buf[:0]
	switch p.gran {
	case gCentury:
		return strconv.Itoa(p.cent)
	case gDecade:
		return strconv.Itoa(p.dec)
	}
	if p.fiscal {
		b = append(b, "FY"...)
	}
	b = fmtYear(b, p.y)
	switch p.gran {
	case gHalf:
		b = append(b, "-H"...)
		b = strconv.AppendInt(b, int64(p.h), 10)
	case gQuarter:
		b = append(b, "-Q"...)
		b = strconv.AppendInt(b, int64(p.q), 10)
	case gSeason:
		b = append(b, '-')
		b = append(b, seasonNames[p.season]...)
	case gMonth:
		b = append(b, '-')
		b = pad(b, p.m, 2)
	case gWeek:
		b = append(b, "-W"...)
		b = pad(b, p.w, 2)
		if p.we {
			b = append(b, "-WE"...)
		}
	case gDay, gPart, gClock:
		b = append(b, '-')
		b = pad(b, p.m, 2)
		b = append(b, '-')
		b = pad(b, p.d, 2)
		switch p.gran {
		case gPart:
			b = append(b, 'T')
			b = append(b, partNames[p.part]...)
		case gClock:
			b = append(b, 'T')
			b = pad(b, p.hour, 2)
			b = append(b, ':')
			b = pad(b, p.minute, 2)
		}
	}
	return intern(b)
}

// astro converts a year as written (-216 for 216 BC) to astronomical
// numbering (216 BC is -215).
func astro(y int) int {
	if y < 0 {
		return y + 1
	}
	return y
}

// fromAstro is the inverse of astro.
func fromAstro(y int) int {
	if y <= 0 {
		return y - 1
	}
	return y
}

// addYears adds n years to a year as written, skipping the year 0.
func addYears(y, n int) int { return fromAstro(astro(y) + n) }

// interval returns the calendar interval of p; fyStart is the first month
// of the fiscal year.
func (p point) interval(fyStart time.Month) (from, to time.Time) {
	y := astro(p.y)
	d := func(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	switch p.gran {
	case gYear:
		if p.fiscal && fyStart != time.January {
			from = d(y-1, int(fyStart), 1)
			return from, from.AddDate(1, 0, 0)
		}
		return d(y, 1, 1), d(y+1, 1, 1)
	case gHalf, gQuarter:
		n := 6
		i := p.h
		if p.gran == gQuarter {
			n, i = 3, p.q
		}
		base := d(y, 1, 1)
		if p.fiscal && fyStart != time.January {
			base = d(y-1, int(fyStart), 1)
		}
		from = base.AddDate(0, (i-1)*n, 0)
		return from, from.AddDate(0, n, 0)
	case gSeason:
		switch p.season {
		case sSP:
			return d(y, 3, 1), d(y, 6, 1)
		case sSU:
			return d(y, 6, 1), d(y, 9, 1)
		case sFA:
			return d(y, 9, 1), d(y, 12, 1)
		case sWI:
			return d(y, 12, 1), d(y+1, 3, 1)
		}
	case gMonth:
		return d(y, p.m, 1), d(y, p.m+1, 1)
	case gWeek:
		// ISO week: the week with the year's first Thursday is week 1.
		jan4 := d(y, 1, 4)
		wd := int(jan4.Weekday()+6) % 7 // Monday 0
		from = jan4.AddDate(0, 0, -wd+(p.w-1)*7)
		if p.we { // Saturday and Sunday
			return from.AddDate(0, 0, 5), from.AddDate(0, 0, 7)
		}
		return from, from.AddDate(0, 0, 7)
	case gDay, gPart:
		from = d(y, p.m, p.d)
		return from, from.AddDate(0, 0, 1)
	case gClock:
		from = time.Date(y, time.Month(p.m), p.d, p.hour, p.minute, 0, 0, time.UTC)
		return from, from.Add(time.Minute)
	}
	return time.Time{}, time.Time{}
}

// validDay reports whether y-m-d is a calendar date.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(astro(y), time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// pointOfDate is the day point of t.
func pointOfDate(t time.Time) point {
	return point{gran: gDay, y: fromAstro(t.Year()), m: int(t.Month()), d: t.Day()}
}

// dateOf returns p's day as a time (p must have day granularity).
func (p point) date() time.Time {
	return time.Date(astro(p.y), time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
}

func quarterOf(m int) int { return (m-1)/3 + 1 }
func halfOf(m int) int    { return (m-1)/6 + 1 }

// shift moves p by n units; p must be at least as fine as unit.
func (p point) shift(unit uint8, n int) (point, bool) {
	switch unit {
	case uCentury:
		p.cent += n
		return p, p.gran == gCentury && p.cent > 0
	case uDecade:
		p.dec += n
		return p, p.gran == gDecade && p.dec > 0
	case uYear:
		p.y = addYears(p.y, n)
		return p, true
	case uHalf, uQuarter, uMonth:
		var idx, per int
		switch unit {
		case uHalf:
			idx, per = p.h-1, 2
		case uQuarter:
			idx, per = p.q-1, 4
		default:
			idx, per = p.m-1, 12
		}
		t := astro(p.y)*per + idx + n
		y, i := floorDiv(t, per)
		p.y = fromAstro(y)
		switch unit {
		case uHalf:
			p.h = i + 1
		case uQuarter:
			p.q = i + 1
		default:
			p.m = i + 1
		}
		return p, true
	case uWeek, uDay:
		if p.gran == gWeek && unit == uWeek {
			from, _ := p.interval(time.January)
			y, w := from.AddDate(0, 0, 7*n).ISOWeek()
			p.y, p.w = fromAstro(y), w
			return p, true
		}
		if p.gran < gDay {
			return p, false
		}
		k := n
		if unit == uWeek {
			k *= 7
		}
		t := p.date().AddDate(0, 0, k)
		q := pointOfDate(t)
		q.gran = p.gran
		q.hour, q.minute, q.part = p.hour, p.minute, p.part
		if unit == uWeek && p.gran == gWeek {
			q.w = p.w + n
		}
		return q, true
	}
	return p, false
}

func floorDiv(a, b int) (int, int) {
	q := a / b
	r := a % b
	if r < 0 {
		q--
		r += b
	}
	return q, r
}

// coarsen returns the base reduced to granularity g, deriving quarter,
// half and week from the day or month.
func coarsen(b point, g uint8) (point, bool) {
	if b.gran == gWeek && g < gWeek && g > gNone {
		// a week lies in the month (quarter, half, year) of its Thursday,
		// as ISO 8601 counts weeks: "Anfang der Woche …, Ende des Monats"
		from, _ := b.interval(time.January) // its Monday, or Saturday for a weekend
		thu := from.AddDate(0, 0, 3)
		if b.we {
			thu = from.AddDate(0, 0, -2)
		}
		b = pointOfDate(thu)
	}
	switch g {
	case gCentury:
		if b.gran == gCentury {
			return b, true
		}
		if b.gran == gDecade && b.dec > 0 {
			return point{gran: gCentury, cent: b.dec / 10}, true
		}
		return point{gran: gCentury, cent: b.y / 100}, b.gran >= gYear && b.y > 0
	case gDecade:
		if b.gran == gDecade {
			return b, true
		}
		return point{gran: gDecade, dec: b.y / 10}, b.gran >= gYear && b.y > 0
	case gYear:
		return point{gran: gYear, y: b.y, fiscal: b.fiscal}, b.gran >= gYear
	case gHalf:
		switch {
		case b.gran == gHalf:
			return b, true
		case b.gran == gQuarter:
			return point{gran: gHalf, y: b.y, h: (b.q + 1) / 2, fiscal: b.fiscal}, true
		case b.gran >= gMonth && b.m > 0:
			return point{gran: gHalf, y: b.y, h: halfOf(b.m)}, true
		}
	case gQuarter:
		switch {
		case b.gran == gQuarter:
			return b, true
		case b.gran >= gMonth && b.m > 0:
			return point{gran: gQuarter, y: b.y, q: quarterOf(b.m)}, true
		}
	case gMonth:
		if b.gran >= gMonth && b.m > 0 {
			return point{gran: gMonth, y: b.y, m: b.m}, true
		}
	case gWeek:
		if b.gran == gWeek && !b.we {
			return b, true // "Anfang der Woche …, Ende der Woche": the week told
		}
		if b.gran >= gDay {
			y, w := b.date().ISOWeek()
			return point{gran: gWeek, y: fromAstro(y), w: w}, true
		}
	case gDay:
		if b.gran >= gDay {
			return point{gran: gDay, y: b.y, m: b.m, d: b.d}, true
		}
	}
	return point{}, false
}

// unitGran is the granularity of a unit.
func unitGran(u uint8) uint8 {
	switch u {
	case uYear:
		return gYear
	case uHalf:
		return gHalf
	case uQuarter:
		return gQuarter
	case uMonth:
		return gMonth
	case uWeek:
		return gWeek
	case uDay:
		return gDay
	}
	return gNone
}

// relGran is unitGran with decades and centuries, the granularity of a
// relative period ("im vergangenen Jahrhundert", "Ende des Jahrzehnts").
func relGran(u uint8) uint8 {
	switch u {
	case uDecade:
		return gDecade
	case uCentury:
		return gCentury
	}
	return unitGran(u)
}

var unitLetters = [...]string{uYear: "Y", uHalf: "6M", uQuarter: "3M", uMonth: "M", uWeek: "W", uDay: "D", uHour: "H", uMinute: "M", uDecade: "DE", uCentury: "CE"}

// durationValue is the TIMEX3 duration of n units (n < 0: unspecified).
func durationValue(n int, u uint8) string {
	var buf [32]byte
	b := append(buf[:0], 'P')
	if u == uHour || u == uMinute {
		b = append(b, 'T')
	}
	if n < 0 {
		b = append(b, 'X')
	} else {
		switch u {
		case uHalf:
			n *= 6
			u = uMonth
		case uQuarter:
			n *= 3
			u = uMonth
		}
		b = strconv.AppendInt(b, int64(n), 10)
	}
	if n < 0 && (u == uHalf || u == uQuarter) {
		u = uMonth
	}
	return intern(append(b, unitLetters[u]...))
}

// sumValue is the TIMEX3 duration of n units u plus n2 units u2 ("zwei
// Jahre und drei Monate" P2Y3M, "sechs Wochen und drei Tage" P45D: weeks
// do not mix with other units), and whether it has one: u2 must be
// smaller than u, both among years, months, weeks, days, hours, minutes.
func sumValue(n int, u uint8, n2 int, u2 uint8) (string, bool) {
	if n <= 0 || n2 <= 0 || u2 <= u {
		return "", false
	}
	var amt [uMinute + 1]int
	for _, c := range [...]struct {
		n int
		u uint8
	}{{n, u}, {n2, u2}} {
		switch c.u {
		case uYear, uMonth, uWeek, uDay, uHour, uMinute:
			amt[c.u] += c.n
		default:
			return "", false
		}
	}
	if amt[uWeek] > 0 { // P6W3D is no ISO duration
		amt[uDay] += 7 * amt[uWeek]
		amt[uWeek] = 0
	}
	var buf [32]byte
	b := append(buf[:0], 'P')
	for _, x := range [...]uint8{uYear, uMonth, uDay} {
		if amt[x] > 0 {
			b = strconv.AppendInt(b, int64(amt[x]), 10)
			b = append(b, unitLetters[x]...)
		}
	}
	if amt[uHour] > 0 || amt[uMinute] > 0 {
		b = append(b, 'T')
		for _, x := range [...]uint8{uHour, uMinute} {
			if amt[x] > 0 {
				b = strconv.AppendInt(b, int64(amt[x]), 10)
				b = append(b, unitLetters[x]...)
			}
		}
	}
	return intern(b), true
}

// anchorValue is the value of p as Ref.Anchor reads it back: its year,
// month and day, as far as p has them.
func (p point) anchorValue() string {
	var buf [16]byte
	b := fmtYear(buf[:0], p.y)
	switch {
	case p.gran >= gDay && p.m > 0 && p.d > 0:
		b = pad(append(b, '-'), p.m, 2)
		b = pad(append(b, '-'), p.d, 2)
	case p.gran >= gMonth && p.m > 0:
		b = pad(append(b, '-'), p.m, 2)
	}
	return string(b)
}

// parseAnchor reads a Ref.Anchor: "2025", "2025-11", "2025-11-03",
// "BC0216", anything after the last of these parts ignored ("2025-Q3" is
// the year 2025, "2025-11-03T14:00" the day).
func parseAnchor(v string) (point, bool) {
	neg := false
	if len(v) >= 2 && v[0] == 'B' && v[1] == 'C' {
		neg, v = true, v[2:]
	}
	num := func(s string, n int) (int, bool) {
		if len(s) < n {
			return 0, false
		}
		x := 0
		for i := 0; i < n; i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			x = x*10 + int(s[i]-'0')
		}
		return x, len(s) == n || s[n] < '0' || s[n] > '9'
	}
	y, ok := num(v, 4)
	if !ok || neg && y == 0 {
		return point{}, false
	}
	if neg {
		y = -y
	}
	p := point{gran: gYear, y: y}
	if len(v) < 7 || v[4] != '-' {
		return p, true
	}
	mo, ok := num(v[5:], 2)
	if !ok || mo < 1 || mo > 12 {
		return p, true
	}
	p.gran, p.m = gMonth, mo
	if len(v) < 10 || v[7] != '-' {
		return p, true
	}
	d, ok := num(v[8:], 2)
	if !ok || !validDay(y, mo, d) {
		return p, true
	}
	p.gran, p.d = gDay, d
	return p, true
}

// seasonYear is the year of the season s (sSP … sWI) that comes next
// (dir +1) or last (dir -1) from the base b: with b in November 2025,
// the coming spring is 2026-SP, the last summer 2025-SU. A winter is
// named by the year of its December. Without b's month or season, the
// year after or before b's.
func seasonYear(b point, s int32, dir int) int {
	var y, idx int // the base's season: March-May 0 … December-February 3
	switch {
	case b.gran == gSeason:
		y, idx = astro(b.y), int(b.season)-1
	case b.gran >= gMonth:
		y, idx = astro(b.y), b.m/3-1
		if b.m <= 2 {
			y, idx = y-1, 3
		}
	default:
		return addYears(b.y, dir)
	}
	cur := y*4 + idx
	want := int(s) - 1
	k := cur - floorMod(cur, 4) + want
	if dir > 0 && k <= cur {
		k += 4
	}
	if dir < 0 && k >= cur {
		k -= 4
	}
	ky, _ := floorDiv(k, 4)
	return fromAstro(ky)
}

func floorMod(a, b int) int {
	_, r := floorDiv(a, b)
	return r
}

// easterSunday returns the month and day of Easter Sunday in the
// Gregorian year y (the anonymous Gregorian algorithm).
func easterSunday(y int) (int, int) {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return month, day
}
