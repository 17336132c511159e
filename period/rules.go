package period

import "strings"

// The rules. Each reads the tokens at and after i (and a few before, for
// context) and appends what it found to m.hits. They return true when they
// appended a hit.

func (m *matcher) tk(i int) *tok {
	if i < 0 || i >= len(m.t) {
		return nil
	}
	return &m.t[i]
}

func (m *matcher) isCls(i int, c uint8) bool {
	t := m.tk(i)
	return t != nil && t.k == tkWord && t.cls == c
}

func (m *matcher) isPunct(i int, ch byte) bool {
	t := m.tk(i)
	return t != nil && t.k == tkPunct && t.ch == ch
}

func (m *matcher) isNum(i int) bool {
	t := m.tk(i)
	return t != nil && t.k == tkNum && t.sfx == sfxNone && t.v >= 0
}

func (m *matcher) adj(i, j int) bool { return m.t[i].e == m.t[j].s }

func (m *matcher) word(i int) string {
	t := m.tk(i)
	if t == nil {
		return ""
	}
	return m.text[t.s:t.e]
}

func (m *matcher) isPrep(i int, p int32) bool {
	t := m.tk(i)
	return t != nil && t.k == tkWord && t.cls == cPrep && t.v == p
}

func (m *matcher) isUnit(i int, u uint8) bool {
	t := m.tk(i)
	return t != nil && t.k == tkWord && t.cls == cUnit && uint8(t.v) == u
}

// prevOK reports whether the token before i may join a match (it does not
// belong to the previous match).
func (m *matcher) prevOK(i int) bool { return i-1 >= m.minTok && i-1 >= 0 }

func (m *matcher) push(a, b int, sp spec) bool {
	m.hits = append(m.hits, hit{a: a, b: b, sp: sp})
	return true
}

// maxDepth bounds the nesting of rules that wrap another match ("etwa
// Mitte 2024"), so that a run of "Ende des Ende des …" stays linear.
const maxDepth = 2

// sub runs the rules at j for a wrapping rule, which then takes over the
// match.
func (m *matcher) sub(j int) bool {
	if m.depth >= maxDepth {
		return false
	}
	m.depth++
	minTok := m.minTok
	m.minTok = j
	ok := m.match(j)
	m.minTok = minTok
	m.depth--
	return ok
}

// match tries the rules at token i.
func (m *matcher) match(i int) bool {
	t := &m.t[i]
	switch t.k {
	case tkNum:
		return m.numLed(i)
	case tkWord:
		switch t.cls {
		case cMonth:
			return m.monthLed(i)
		case cUnit:
			return m.unitLed(i)
		case cRel:
			return m.relLed(i)
		case cOrd:
			return m.ordLed(i)
		case cNum:
			if m.isCls(i+1, cUhr) {
				return m.hourWordUhr(i) // "um acht Uhr"
			}
			if m.isCls(i+1, cUnit) {
				return m.durationTail(i, int(t.v), i+1)
			}
			if t.v == 1 && m.isCls(i+2, cUnit) && m.isCls(i+1, cNone) && m.t[i+1].k == tkWord {
				switch m.word(i + 1) {
				case "knappe", "knappen", "knapper":
					// "eine knappe Stunde", "nach einer knappen Woche": about
					// one unit, as "knapp eine Stunde"
					if u := m.t[i+2]; u.v2&(ufPlural|ufKW|ufFiscal|ufGen) == 0 {
						return m.push(i, i+3, spec{typ: Duration, val: durationValue(1, uint8(u.v)), mod: Approx})
					}
				}
			}
			if t.v == 1 && m.isCls(i+1, cHalves) && m.t[i+1].v == 1 {
				return m.halvesTail(i, 1, i+2) // "ein halbes Jahr"
			}
		case cHalves:
			if t.v > 1 {
				return m.halvesTail(i, int(t.v), i+1) // "anderthalb Jahre"
			}
		case cPos:
			return m.posLed(i)
		case cSeason:
			return m.seasonLed(i)
		case cWeekday:
			return m.weekdayLed(i)
		case cWdAbbr:
			return m.wdAbbrLed(i)
		case cRelNoun:
			return m.relNounLed(i)
		case cDeixis:
			return m.deixisLed(i)
		case cRefWord:
			return m.push(i, i+1, spec{typ: Date, ref: refValue(t.v)})
		case cLater:
			return m.laterLed(i)
		case cSet:
			return m.push(i, i+1, spec{typ: Set, val: durationValue(1, uint8(t.v))})
		case cEach:
			return m.eachLed(i)
		case cFreq:
			return m.freqLed(i)
		case cPart:
			return m.partLed(i)
		case cApprox, cMore:
			return m.approxLed(i)
		case cDecade:
			return m.decadeWordLed(i)
		case cHoliday:
			return m.holidayLed(i, t.v)
		case cQH:
			return m.qhLed(i)
		case cDur:
			if t.v2 > 0 { // "sechstägigen"
				return m.push(i, i+1, spec{typ: Duration, val: durationValue(int(t.v2), uint8(t.v))})
			}
			return m.push(i, i+1, spec{typ: Duration, val: durationValue(-1, uint8(t.v))})
		case cLongTime:
			// "seit langem", "seit Längerem": a while of years
			if m.prevOK(i) && m.isPrep(i-1, pSeit) {
				return m.push(i-1, i+1, spec{typ: Duration, val: durationValue(-1, uYear)})
			}
		case cTimeNoun:
			// "seit langer Zeit", "seit geraumer Zeit": as "seit langem"
			if m.word(i) == "Zeit" && i >= 2 && i-2 >= m.minTok && m.isPrep(i-2, pSeit) && m.isCls(i-1, cNone) {
				switch m.word(i - 1) {
				case "langer", "längerer", "geraumer":
					return m.push(i-2, i+1, spec{typ: Duration, val: durationValue(-1, uYear)})
				}
			}
			// "zur Zeit" (now, as "zurzeit"); not "zur Zeit der Römer"
			if m.prevOK(i) && m.isPrep(i-1, pZum) && (m.word(i-1) == "zur" || m.word(i-1) == "Zur") && m.word(i) == "Zeit" &&
				!m.isCls(i+1, cArt) && !m.isPunct(i+1, '-') {
				return m.push(i-1, i+1, spec{typ: Date, ref: "PRESENT_REF"})
			}
			// "zu dieser Zeit", "ab diesem Zeitpunkt": the time just told
			if m.prevOK(i) && (m.isCls(i-1, cArt) || m.isCls(i-1, cRel) && m.t[i-1].v2 == rkCur) {
				if w := m.word(i - 1); hasPrefix(w, "dies") || hasPrefix(w, "Dies") || hasPrefix(w, "jen") {
					return m.push(i-1, i+1, spec{typ: Date, ref: "PRESENT_REF"})
				}
			}
		case cLaufe:
			return m.laufeLed(i)
		case cClockWord:
			return m.clockWordLed(i)
		}
	}
	return false
}

// timeAdj reports whether w is an adjective of "Zukunft" or "Vergangenheit"
// that keeps it a time: "in naher Zukunft", "in absehbarer Zukunft", "in
// jüngster Vergangenheit".
func timeAdj(w string) bool {
	switch w {
	case "naher", "nächster", "absehbarer", "ferner", "fernerer", "näherer", "unmittelbarer",
		"jüngster", "jüngsten", "jüngeren", "letzten", "nahen", "fernen", "ferneren":
		return true
	}
	return false
}

func refValue(v int32) string {
	switch v {
	case refPast:
		return "PAST_REF"
	case refFuture:
		return "FUTURE_REF"
	}
	return "PRESENT_REF"
}

// eraAt reads "v. Chr.", "n. Chr.", "vor Christus", "nach Christus" at j:
// kind 1 (before Christ) or 2 and the token after it.
func (m *matcher) eraAt(j int) (kind int, end int) {
	t := m.tk(j)
	if t == nil || t.k != tkWord {
		return 0, j
	}
	switch {
	case t.cls == cEra && (t.v == 1 || t.v == 2) && m.isPunct(j+1, '.') && m.adj(j, j+1) && m.isCls(j+2, cEra) && m.t[j+2].v == 3:
		end = j + 3
		if m.isPunct(end, '.') && m.adj(end-1, end) {
			end++
		}
		return int(t.v), end
	case t.cls == cPrep && (t.v == pVor || t.v == pNach) && m.word(j+1) == "Christus":
		if t.v == pVor {
			return 1, j + 2
		}
		return 2, j + 2
	}
	return 0, j
}

// quantityAt reports whether the number at j is a quantity: a word such
// as "Mio.", "Millionen", "Euro", "Prozent" follows it, perhaps after a
// decimal comma ("verdiente im Quartal 1,2 Mrd. Euro").
func (m *matcher) quantityAt(j int) bool {
	if !m.isNum(j) {
		return false
	}
	if m.isPunct(j+1, ',') && m.adj(j, j+1) && m.isNum(j+2) && m.adj(j+1, j+2) {
		j += 2
	}
	return m.isCls(j+1, cBlock)
}

// yearAt reads a year at j in a strong time context ("März 2025", "Jahr
// 251 v. Chr."): four digits, or fewer with an era. small allows up to
// four digits without an era (after "Jahr").
func (m *matcher) yearAt(j int, small bool) (y, end int, ok bool) {
	t := m.tk(j)
	if t == nil || t.k != tkNum || t.sfx != sfxNone || t.v < 0 || t.nd > 4 {
		return 0, j, false
	}
	if m.isPunct(j+1, '.') && m.adj(j, j+1) && m.isNum(j+2) && m.adj(j+1, j+2) {
		return 0, j, false // 1.234
	}
	if m.isPunct(j+1, ',') && m.adj(j, j+1) && m.isNum(j+2) && m.adj(j+1, j+2) {
		return 0, j, false
	}
	if m.isCls(j+1, cBlock) {
		return 0, j, false // "im Jahr 500 Millionen Euro": a quantity, no year
	}
	y = int(t.v)
	if kind, e := m.eraAt(j + 1); kind != 0 {
		if y == 0 {
			return 0, j, false
		}
		if kind == 1 {
			y = -y
		}
		return y, e, true
	}
	if t.nd == 4 && y >= 1000 && y <= 2199 {
		return y, j + 1, true
	}
	if small && y > 0 && t.nd <= 4 {
		if m.hasAnchor && m.anchor.y < 0 && y < 1000 {
			y = -y
		}
		return y, j + 1, true
	}
	return 0, j, false
}

// slashYear reads "/25" or "/2025" after a year y at j: the following
// year and the token after it.
func (m *matcher) slashYear(j, y int) (int, int, bool) {
	if !m.isPunct(j, '/') || !m.adj(j-1, j) || !m.isNum(j+1) || !m.adj(j, j+1) {
		return 0, j, false
	}
	n := m.t[j+1]
	switch {
	case n.nd == 2 && y > 0 && int(n.v) == (y+1)%100:
		return y + 1, j + 2, true
	case n.nd == 4 && int(n.v) == y+1:
		return y + 1, j + 2, true
	}
	return 0, j, false
}

// yearContext reports whether the four-digit number at i is a year: it
// stands in a time context, and no count noun or name around it says it
// is a quantity ("2024 Filialen") or a name ("Agenda 2030").
func (m *matcher) yearContext(i int) bool {
	strong := false
	if p := m.tk(i - 1); p != nil {
		switch p.k {
		case tkWord:
			switch p.cls {
			case cBlock, cOrd:
				return false // "Agenda 2030"
			case cArt, cNum:
				// "die 1400 hessischen Soldaten" counts; "einer 2002
				// vorgelegten Studie", "die 1944 mit …" are years.
				if !m.yearAfterArticle(i + 1) {
					return false
				}
			case cPrep:
				switch p.v {
				case pIm, pIn, pSeit, pAb, pBis, pVon, pVor, pNach, pUm, pZwischen, pZum, pGegen:
					strong = true
				}
			case cPos, cMonth, cSeason, cUnit, cRelNoun, cHoliday:
				strong = true
			case cUnd:
				if q := m.tk(i - 2); q != nil && q.k == tkNum && q.nd == 4 {
					strong = true
				}
			}
			if p.cls == cNone && p.v == 1 {
				return false // "A 2019"
			}
			if p.cls == cNone && streetWord(lastWordBefore(m.text, int(m.t[i].s))) {
				return false // "Hauptstraße 2019": a house number
			}
			if p.cls == cNone && m.t[i].nd == 4 && eventWord(lastWordBefore(m.text, int(m.t[i].s))) {
				strong = true // "bei der Alpin-WM 2021 Silber", "Bundestagswahl 2021 37 der 64 Wahlkreise"
			}
		case tkNum:
			return false
		case tkPunct:
			switch p.ch {
			case '.', ',', '/', ':':
				if m.adj(i-1, i) && i >= 2 && m.t[i-2].k == tkNum && m.adj(i-2, i-1) {
					return false // 1.2024, 3/2024
				}
				if p.ch == '.' && hasSuffixFold(lastWordBefore(m.text, int(p.s)), "str") {
					return false // "Hauptstr. 2019"
				}
			case '#', '$', '+', '*', '=':
				return false
			case 'd', '-':
				if q := m.tk(i - 2); q != nil && q.k == tkNum && q.nd == 4 {
					strong = true
				}
			case '?':
				s := m.text[p.s:p.e]
				if s == "€" || s == "§" || s == "£" {
					return false
				}
			}
		}
	}
	if n := m.tk(i + 1); n != nil {
		switch n.k {
		case tkPunct:
			switch n.ch {
			case '%', '$':
				return false
			case '*', '+', '=', 'x':
				if m.adj(i, i+1) {
					return false // 1280*720
				}
			case '.', ',':
				if m.adj(i, i+1) && m.isNum(i+2) && m.adj(i+1, i+2) {
					return false
				}
			case '?':
				if s := m.text[n.s:n.e]; s == "€" || s == "£" {
					return false
				}
			}
		case tkWord:
			if n.cls == cBlock || n.cls == cCount && !m.isNum(i+2) {
				return false // "500 weitere Stellen"; not "bis 2029 weitere 1.900 Stellen"
			}
			if (m.isPrep(i+1, pAuf) && (m.isPrep(i-1, pVon) || m.isPrep(i-2, pVon) && !strong) ||
				m.isPrep(i+1, pBis) && (!strong || m.isPrep(i-1, pVon))) && m.countAt(i+2) {
				// "von derzeit 2000 auf rund 15.000 Soldaten", "2000 bis 3000 Euro": a
				// count to a count; not "Der Umsatz soll 2026 auf 12 Mrd. Euro
				// steigen", a year and the level reached in it ("auf" needs "von")
				return false
			}
			if !strong && n.up && !timeClass(n.cls) {
				return false
			}
		case tkNum:
			if !strong {
				return false
			}
		}
	}
	return true
}

// countAt reports whether a number that is no year starts at j, maybe
// after a word of approximation ("rund 15.000", "etwa 300", "3,5"): the
// end of a range of counts.
func (m *matcher) countAt(j int) bool {
	if m.isCls(j, cApprox) {
		j++
	}
	t := m.tk(j)
	if t == nil || t.k != tkNum {
		return false
	}
	if (m.isPunct(j+1, '.') || m.isPunct(j+1, ',')) && m.adj(j, j+1) && m.isNum(j+2) && m.adj(j+1, j+2) {
		return true // 15.000, 3,5
	}
	return t.nd != 4 || m.quantityAt(j)
}

// yearAfterArticle reports whether the word at j, after "article +
// number", lets the number be a year: a participle ("vorgelegten"), a
// preposition or conjunction, punctuation.
func (m *matcher) yearAfterArticle(j int) bool {
	n := m.tk(j)
	if n == nil || n.k == tkPunct {
		return true
	}
	if n.k != tkWord || n.up {
		return false
	}
	switch n.cls {
	case cPrep, cUnd, cEra, cArt: // "der 2019 den Vorsitz übernahm": a count stands before its noun, not an article
		return true
	case cNum:
		if n.v == 1 {
			return true // "die 2024 einen Gewinn erzielte": "ein" here is the article
		}
	}
	w := m.text[n.s:n.e]
	switch w {
	case "mit", "bei", "durch", "ohne", "aus", "erstmals", "erneut", "bereits", "schon", "noch", "erst", "nur":
		return true // "die 1944 mit ihren Angriffen", "der 2019 erstmals": a count stands before its noun
	}
	for _, suf := range [...]string{"ten", "te", "tes", "ter", "tem", "ene", "ener", "enes", "enem"} {
		if len(w) > len(suf)+3 && w[len(w)-len(suf):] == suf {
			return true // "einer 2002 vorgelegten Studie", "der 2012 verstorbene Autor", "ein 1980 geborener Banker"
		}
	}
	if len(w) > 7 && w[len(w)-4:] == "enen" {
		// "den 1984 entstandenen Song" could be plural ("den 2000
		// entlassenen Beschäftigten"); after a singular article it is not
		switch m.word(j - 2) {
		case "dem", "einem", "einen", "einer", "eines", "Dem", "Einem", "Einen", "Einer", "Eines":
			return true
		}
	}
	return false
}

func timeClass(c uint8) bool {
	switch c {
	case cMonth, cEra, cPrep, cUnd, cWeekday, cSeason, cDeixis, cRefWord, cArt, cRel, cPos:
		return true
	}
	return false
}

// prepMod is the modifier a preposition before a date gives it: "seit
// 2019", "ab 2026" ON_OR_AFTER, "bis 2030" ON_OR_BEFORE, also across the
// article a day or a named year takes ("seit dem 1. Juli", "ab dem Jahr
// 2027", "bis zum 30. Juni": zum is bis + dem).
func (m *matcher) prepMod(a int) Mod {
	p := m.tk(a - 1)
	if p == nil || p.k != tkWord {
		return NoMod
	}
	if p.cls == cArt && (m.word(a-1) == "dem" || m.word(a-1) == "den" || m.word(a-1) == "der") { // "seit der Jahrtausendwende"
		if q := m.tk(a - 2); q != nil && q.k == tkWord && q.cls == cPrep && (q.v == pSeit || q.v == pAb) {
			return OnOrAfter
		}
		return NoMod
	}
	if p.cls == cPrep && p.v == pZum && (m.word(a-1) == "zum" || m.word(a-1) == "zur") { // "bis zur Jahresmitte"
		if m.isPrep(a-2, pBis) {
			return OnOrBefore
		}
		return NoMod
	}
	if p.cls == cPrep {
		switch p.v {
		case pSeit, pAb:
			return OnOrAfter
		case pBis:
			return OnOrBefore
		}
	}
	return NoMod
}

func (m *matcher) numLed(i int) bool {
	n := m.t[i]
	if n.v < 0 {
		return false
	}
	switch n.sfx {
	case sfxEr:
		return m.decadeNumLed(i)
	case sfxNone:
		if (n.nd == 4 || n.nd == 2 && m.isUnit(i+3, uYear) && m.t[i+3].v2&ufPlural != 0) && n.v%10 == 0 &&
			m.isPunct(i+1, '-') && m.adj(i, i+1) && m.word(i+2) == "er" && m.adj(i+1, i+2) {
			return m.decadeNumLed(i) // "in den 1940-er Jahren", "in den 90-er Jahren"; not "die 30-er Zone"
		}
	case sfxM:
		if n.nd <= 2 && n.v >= 1 && n.v <= 12 {
			sp := spec{typ: Duration, val: durationValue(int(n.v), uMonth), months: int(n.v)}
			end := i + 1
			if y, e, ok := m.yearAt(end, false); ok && y > 0 {
				sp.year, sp.hasYear, end = y, true, e
			}
			return m.push(i, end, sp)
		}
		return false
	case sfxOther:
		return false
	}
	// ISO date: 2025-11-03
	if n.nd == 4 && m.isPunct(i+1, '-') && m.adj(i, i+1) && m.isNum(i+2) && m.adj(i+1, i+2) && m.t[i+2].nd == 2 &&
		m.isPunct(i+3, '-') && m.adj(i+2, i+3) && m.isNum(i+4) && m.adj(i+3, i+4) && m.t[i+4].nd == 2 &&
		(m.tk(i+5) == nil || !m.adj(i+4, i+5) || m.t[i+5].k != tkNum) {
		sp := spec{typ: Date, gran: gDay, year: int(n.v), hasYear: true, month: int(m.t[i+2].v), day: int(m.t[i+4].v)}
		return m.push(i, i+5, sp)
	}
	if n.nd <= 2 && m.isPunct(i+1, '.') && m.adj(i, i+1) {
		if ok := m.dotLed(i); ok {
			return true
		}
	}
	if n.nd <= 2 && n.v <= 24 {
		if ok := m.clockLed(i); ok {
			return true
		}
	}
	if n.nd <= 3 && n.v > 0 && m.isCls(i+1, cUnit) && m.t[i+1].v2&(ufFiscal|ufKW) == 0 {
		if n.v == 20 && m.isUnit(i+1, uMinute) && m.newspaper(i) {
			return false
		}
		return m.durationTail(i, int(n.v), i+1)
	}
	if n.nd <= 3 && n.v > 0 && m.isPunct(i+1, '-') && m.adj(i, i+1) && m.tk(i+2) != nil && m.adj(i+1, i+2) {
		// "154-tägiger", "3-monatige", "24-stündigen" ("36-jähriger" is an
		// age, so years are not among the stems)
		w := m.word(i + 2)
		for _, du := range durationUnits {
			if hasPrefix(w, du.stem) {
				return m.push(i, i+3, spec{typ: Duration, val: durationValue(int(n.v), du.unit)})
			}
		}
	}
	return m.yearLed(i)
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// yearLed reads a year, "264 v. Chr." or a year in a range before an era
// ("264–260 v. Chr.").
func (m *matcher) yearLed(i int) bool {
	n := m.t[i]
	y, end, ok := m.yearAt(i, false)
	if ok && n.nd == 4 && end == i+1 && !m.yearContext(i) {
		return false
	}
	if !ok {
		// "264–260 v. Chr.": the first year of a range takes the era.
		if n.nd > 4 || n.v <= 0 || !(m.isPunct(i+1, 'd') || m.isPunct(i+1, '-') || m.isPrep(i+1, pBis) || m.isCls(i+1, cUnd) && m.isPrep(i-1, pZwischen)) {
			return false
		}
		if _, e2, ok2 := m.yearAt(i+2, false); ok2 && e2 > i+3 {
			if kind, _ := m.eraAt(i + 3); kind == 1 {
				y, end, ok = -int(n.v), i+1, true
			} else if kind == 2 {
				y, end, ok = int(n.v), i+1, true
			}
		}
		if !ok {
			return false
		}
	}
	sp := spec{typ: Date, gran: gYear, year: y, hasYear: true, mod: m.prepMod(i)}
	if p := m.tk(i - 1); p != nil && (p.k == tkPunct && (p.ch == 'd' || p.ch == '-') || p.k == tkWord && p.cls == cPrep && p.v == pBis) {
		if q := m.tk(i - 2); q != nil && q.k == tkNum {
			sp.noAnchor = true // the end of a range: the narrative stays at its start
		}
	}
	if y2, e2, ok := m.slashYear(end, y); ok {
		m.push(i, end, sp)
		sp2 := sp
		sp2.year = y2
		sp2.mod = NoMod
		sp2.noAnchor = true
		return m.push(end+1, e2, sp2)
	}
	return m.push(i, end, sp)
}

// dotLed reads what follows "5.": a day and month, a numeric date, an
// ordinal quarter, century or week.
func (m *matcher) dotLed(i int) bool {
	n := m.t[i]
	v := int(n.v)
	j := i + 2
	if sp, end, ok := m.dayMonth(i); ok {
		return m.push(i, end, sp)
	}
	// "am 12. 11. 2025": a numeric date written with spaces, its year in
	// four digits, after a preposition of a date
	if v >= 1 && v <= 31 && m.isNum(j) && !m.adj(i+1, j) && m.t[j].nd <= 2 && m.t[j].v >= 1 && m.t[j].v <= 12 &&
		m.isPunct(j+1, '.') && m.adj(j, j+1) && m.isNum(j+2) && !m.adj(j+1, j+2) && m.t[j+2].nd == 4 &&
		(m.tk(j+3) == nil || !m.adj(j+2, j+3)) && m.prevOK(i) &&
		(m.isPrep(i-1, pAm) || m.isPrep(i-1, pVon) || m.isPrep(i-1, pBis) || m.isPrep(i-1, pZum) || m.isPrep(i-1, pSeit) || m.isPrep(i-1, pAb)) {
		sp := spec{typ: Date, gran: gDay, day: v, month: int(m.t[j].v), year: int(m.t[j+2].v), hasYear: true, mod: m.prepMod(i)}
		return m.push(i, j+3, sp)
	}
	// 05.03.2025, 1.9.39, 3.5.
	if v >= 1 && v <= 31 && m.isNum(j) && m.adj(i+1, j) && m.t[j].nd <= 2 && m.t[j].v >= 1 && m.t[j].v <= 12 &&
		m.isPunct(j+1, '.') && m.adj(j, j+1) {
		sp := spec{typ: Date, gran: gDay, day: v, month: int(m.t[j].v)}
		if m.isNum(j+2) && m.adj(j+1, j+2) && (m.t[j+2].nd == 4 || m.t[j+2].nd == 2) {
			if m.t[j+2].nd == 2 && m.tk(j+3) != nil && m.adj(j+2, j+3) && (m.t[j+3].ch == '.' || m.t[j+3].ch == ',') && m.isNum(j+4) {
				return false
			}
			sp.year, sp.hasYear, sp.twoDig = int(m.t[j+2].v), true, m.t[j+2].nd == 2
			sp.mod = m.prepMod(i)
			return m.push(i, j+3, sp)
		}
		if m.isNum(j+2) && m.adj(j+1, j+2) {
			return false
		}
		if p := m.tk(i - 1); p != nil && p.k == tkWord && (p.cls == cPrep && (p.v == pAm || p.v == pVon || p.v == pBis || p.v == pZum || p.v == pSeit || p.v == pAb) || p.cls == cArt) {
			sp.mod = m.prepMod(i)
			return m.push(i, j+2, sp)
		}
		return false
	}
	if u := m.tk(j); u != nil && u.k == tkWord && u.cls == cUnit && u.v2&ufPlural == 0 {
		fiscal := u.v2&ufFiscal != 0 || hasPrefix(m.word(j), "Geschäfts")
		switch uint8(u.v) {
		case uQuarter:
			if v >= 1 && v <= 4 {
				return m.quarterTail(i, j+1, spec{typ: Date, gran: gQuarter, q: v, fiscal: fiscal})
			}
		case uHalf:
			if v >= 1 && v <= 2 {
				return m.quarterTail(i, j+1, spec{typ: Date, gran: gHalf, h: v, fiscal: fiscal})
			}
		case uCentury:
			if v >= 1 && v <= 30 {
				return m.centuryTail(i, j+1, v)
			}
		case uWeek:
			if u.v2&ufKW != 0 && v >= 1 && v <= 53 {
				sp := spec{typ: Date, gran: gWeek, week: v}
				end := j + 1
				if y, e, ok := m.yearAt(end, false); ok {
					sp.year, sp.hasYear, end = y, true, e
				}
				return m.push(i, end, sp)
			}
		}
	}
	// "27./28. September", "am 8. und 9. Mai", "Nacht vom 16. auf den 17. April"
	if v >= 1 && v <= 31 {
		k := j
		if m.isPunct(k, '/') || m.isPunct(k, 'd') || m.isPunct(k, '-') || m.isCls(k, cUnd) || m.isPrep(k, pBis) || m.isPrep(k, pAuf) || m.isPrep(k, pZum) {
			k++
			if m.isCls(k, cArt) || m.isPrep(k-1, pBis) && m.isPrep(k, pZum) { // "vom 1. bis zum 3. Juli"
				k++
			}
			if sp, _, ok := m.dayMonth(k); ok {
				sp.day = v
				sp.mod = NoMod
				return m.push(i, i+2, sp)
			}
		}
	}
	// "am 23. August … und am 24. die Armee": a day alone after "am", of
	// the month told last; a word in lowercase or a comma follows, not a
	// noun ("am 3. Spieltag") nor another day ("am 3. und 4. Spieltag")
	if v >= 1 && v <= 31 && m.prevOK(i) && m.isPrep(i-1, pAm) {
		if t := m.tk(j); t == nil || t.k == tkWord && !t.up && t.cls != cUnd && t.cls != cMonth && !m.isPrep(j, pBis) || t.k == tkPunct && t.ch == ',' {
			return m.push(i, i+2, spec{typ: Date, gran: gDay, day: v, dayOfMonthTold: true, ana: true})
		}
	}
	return false
}

// centuryTail pushes the v-th century named at tokens [a, end): with
// "frühen"/"späten" before it ("im späten 19. Jahrhundert": 18, mod END)
// and "v. Chr." after it ("im 3. Jahrhundert v. Chr.": BC02).
func (m *matcher) centuryTail(a, end, v int) bool {
	sp := spec{typ: Date, gran: gCentury, century: v - 1}
	if m.prevOK(a) && m.isCls(a-1, cEarly) {
		a--
		sp.mod = Mod(m.t[a].v)
	}
	if kind, e := m.eraAt(end); kind != 0 {
		end = e
		if kind == 1 {
			b := append([]byte("BC"), pad(nil, v-1, 2)...)
			sp.val = intern(b)
		}
	}
	return m.push(a, end, sp)
}

// dayMonth reads "5. März [2025]" at i (the day number) without pushing.
func (m *matcher) dayMonth(i int) (spec, int, bool) {
	if !m.isNum(i) || m.t[i].nd > 2 || !m.isPunct(i+1, '.') || !m.adj(i, i+1) {
		return spec{}, i, false
	}
	v := int(m.t[i].v)
	if v < 1 || v > 31 {
		return spec{}, i, false
	}
	j := i + 2
	mo, end, ok := m.monthWord(j)
	if !ok {
		return spec{}, i, false
	}
	sp := spec{typ: Date, gran: gDay, day: v, month: mo, mod: m.prepMod(i)}
	end = m.yearTail(end, &sp)
	if !sp.hasYear && m.isPunct(end, ',') {
		if y, e, ok := m.yearAt(end+1, false); ok {
			sp.year, sp.hasYear, end = y, true, e
		}
	}
	if !sp.hasYear {
		if y, ok := m.rangeEndYear(end, mo, v); ok {
			sp.year, sp.hasYear = y, true
		}
	}
	return sp, end, true
}

// rangeEndYear reads the end of a range of days whose year is named only
// once, at its end: at j "bis 12. Mai 2024", "– 3. Januar 2025", "und dem
// 5. Juni 2024" after a day mo/d without a year. It returns the year of
// the start: the end's, or the one before when the range crosses a new
// year ("vom 29. Dezember bis 3. Januar 2025").
func (m *matcher) rangeEndYear(j, mo, d int) (int, bool) {
	if !(m.isPrep(j, pBis) || m.isPunct(j, 'd') || m.isPunct(j, '-') || m.isCls(j, cUnd)) {
		return 0, false
	}
	k := j + 1
	if m.isCls(k, cArt) || m.isPrep(k, pAm) || m.isPrep(k, pZum) {
		k++
	}
	if !m.isNum(k) || m.t[k].nd > 2 || !m.isPunct(k+1, '.') || !m.adj(k, k+1) {
		return 0, false
	}
	d2 := int(m.t[k].v)
	mo2, e, ok := m.monthWord(k + 2)
	if !ok || d2 < 1 || d2 > 31 {
		return 0, false
	}
	y, _, ok := m.yearAt(e, false)
	if !ok {
		return 0, false
	}
	if mo2 < mo || mo2 == mo && d2 < d {
		y = addYears(y, -1)
	}
	return y, true
}

// monthWord reads a month name at j (an abbreviation with its dot).
func (m *matcher) monthWord(j int) (int, int, bool) {
	t := m.tk(j)
	if t == nil || t.k != tkWord || t.cls != cMonth {
		return 0, j, false
	}
	end := j + 1
	w := m.text[t.s:t.e]
	switch w {
	case "Jan", "Feb", "Febr", "Mär", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Okt", "Nov", "Dez":
		if !m.isPunct(end, '.') || !m.adj(j, end) {
			return 0, j, false
		}
		end++
	}
	return int(t.v), end, true
}

// yearTail reads the year after a month or season: "2025", "251 v.
// Chr.", "des Jahres 1918", "desselben Jahres", "des folgenden Jahres",
// "des Vorjahres". It returns the token after what it read.
func (m *matcher) yearTail(j int, sp *spec) int {
	if y, e, ok := m.yearAt(j, false); ok {
		sp.year, sp.hasYear = y, true
		return e
	}
	k := j
	if m.isCls(k, cArt) {
		k++
	}
	switch {
	case m.isUnit(k, uYear) && m.t[k].v2&ufGen != 0:
		if y, e, ok := m.yearAt(k+1, true); ok {
			sp.year, sp.hasYear = y, true
			return e
		}
	case m.isCls(k, cRel) && m.isUnit(k+1, uYear) && m.t[k+1].v2&ufGen != 0:
		r := m.t[k]
		sp.yoff = int(r.v)
		sp.ana = r.v2 == rkSame || isAnaRel(m.word(k))
		if m.t[k+1].v2&ufFiscal != 0 {
			sp.fiscal = true
		}
		return k + 2
	case isNeu(m.word(k)) && k > j && m.isUnit(k+1, uYear) && m.t[k+1].v2&ufGen != 0:
		// "des neuen Geschäftsjahres", "des neuen Jahres": the year after
		sp.yoff, sp.ana = 1, true
		if m.t[k+1].v2&ufFiscal != 0 {
			sp.fiscal = true
		}
		return k + 2
	case m.isCls(k, cRelNoun) && k > j && (m.t[k].v == rnVorjahr || m.t[k].v == rnFolgejahr):
		sp.yoff = -1
		if m.t[k].v == rnFolgejahr {
			sp.yoff = 1
		}
		return k + 1
	}
	return j
}

// isNeu reports whether w is "neu" inflected after an article: "neue",
// "neuen", "neues".
func isNeu(w string) bool {
	return w == "neuen" || w == "neue" || w == "neues"
}

// isAnaRel reports whether a relative adjective counts from the latest
// time named ("im folgenden Jahr") rather than from the document date.
func isAnaRel(w string) bool {
	switch w {
	case "folgenden", "folgende", "folgendes", "darauffolgenden", "anschließenden", "anschließende",
		"Folgenden", "Folgende", "Darauffolgenden", "Anschließenden":
		return true
	}
	return false
}

// clockLed reads "14 Uhr", "4:45 Uhr", "14.30 Uhr", "4 Uhr 45".
func (m *matcher) clockLed(i int) bool {
	h := int(m.t[i].v)
	sp := spec{typ: Time, gran: gClock, hour: h, rel: relShift, unit: uDay, ana: true}
	if (m.isPunct(i+1, ':') || m.isPunct(i+1, '.')) && m.adj(i, i+1) && m.isNum(i+2) && m.adj(i+1, i+2) && m.t[i+2].nd == 2 && m.t[i+2].v <= 59 {
		sp.minute = int(m.t[i+2].v)
		if m.isCls(i+3, cUhr) {
			end := m.zoneTail(i+4, &sp)
			return m.push(i, end, sp)
		}
		if m.t[i+1].ch == ':' && m.isPrep(i-1, pUm) || m.clockRangeStart(i, i+2) {
			return m.push(i, i+3, sp) // "um 9:30", "von 9.30 bis 17 Uhr"
		}
		return false
	}
	if m.clockRangeStart(i, i) {
		return m.push(i, i+1, sp) // "von 9 bis 17 Uhr": the first hour takes the "Uhr" of the second
	}
	if m.isCls(i+1, cUhr) {
		end := i + 2
		if m.isNum(end) && m.t[end].nd == 2 && m.t[end].v <= 59 {
			if n := m.tk(end + 1); n == nil || !(n.k == tkWord && n.up && n.cls != cUnit) {
				sp.minute = int(m.t[end].v)
				end++
			}
		}
		end = m.zoneTail(m.dayPartTail(end, &sp), &sp)
		return m.push(i, end, sp)
	}
	return false
}

// clockRangeStart reports whether the clock time at tokens i..k (an hour,
// or an hour and its minutes) starts a range of clock times whose end
// alone says "Uhr": "von 9 bis 17 Uhr", "zwischen 14 und 16 Uhr", "9–17
// Uhr", "von 9.30 bis 17 Uhr" (a dash or "bis" between the times; "und"
// only after "zwischen").
func (m *matcher) clockRangeStart(i, k int) bool {
	j := k + 2
	switch {
	case m.isPunct(k+1, 'd') || m.isPunct(k+1, '-'):
	case m.isPrep(k+1, pBis):
		if !m.isPrep(i-1, pVon) && !m.isPrep(i-1, pAb) {
			return false
		}
	case m.isCls(k+1, cUnd):
		if !m.isPrep(i-1, pZwischen) {
			return false
		}
	default:
		return false
	}
	return m.isNum(j) && m.t[j].nd <= 2 && m.t[j].v <= 24 && m.t[j].v > m.t[i].v && m.isCls(j+1, cUhr)
}

// zoneTail reads the time zone after a clock time at j: "MEZ", "MESZ",
// "mitteleuropäischer Zeit", "mitteleuropäischer Sommerzeit" (TIMEX
// writes the offset: T23:00+01). It returns the token after it, or j.
func (m *matcher) zoneTail(j int, sp *spec) int {
	t := m.tk(j)
	if t == nil || t.k != tkWord || t.cls != cNone {
		return j
	}
	switch m.word(j) {
	case "MEZ":
		sp.tz = 1
		return j + 1
	case "MESZ":
		sp.tz = 2
		return j + 1
	case "mitteleuropäischer":
		// "mitteleuropäischer Sommerzeit" is one run of unknown words
		if k := int(t.e) + 1; m.runEnd(j) > t.e && m.text[t.e] == ' ' {
			if e := wordEnd(m.text, k); m.text[k:e] == "Sommerzeit" {
				sp.tz, sp.endByte = 2, int32(e)
				return j + 1
			}
		}
		if m.isCls(j+1, cTimeNoun) && m.word(j+1) == "Zeit" {
			sp.tz = 1
			return j + 2
		}
	}
	return j
}

// overLasts reports whether w, before "über" and a count of units, makes
// "über" "more than" (not "across": "über 30 Jahre fest verzinst"): a
// form of "dauern" ("dauerte über drei Stunden"), "nach" ("nach über
// zwei Stunden"), "schon", "bereits", "insgesamt".
func overLasts(w string) bool {
	switch w {
	case "dauert", "dauerte", "dauerten", "dauern", "gedauert", "andauern", "andauert", "anhalten", "anhält",
		"nach", "Nach", "schon", "bereits", "insgesamt":
		return true
	}
	return false
}

// durationTail reads n units at unit token j, the match starting at a:
// "sieben Jahre" (P7Y), "zwei Tage später" (a date), "vor sechs Jahren"
// (a date), "nach zwei Tagen" (a date).
func (m *matcher) durationTail(a, n, j int) bool {
	u := uint8(m.t[j].v)
	fl := m.t[j].v2
	if fl&ufKW != 0 {
		return false
	}
	end := j + 1
	if n == 0 || n > 999 {
		return false
	}
	if n == 1 && fl&ufPlural != 0 {
		return false // "ein Jahre" is no phrase; "1 Tage" neither
	}
	if n > 1 && fl&ufPlural == 0 && fl&ufGen == 0 {
		// "2 Jahr" is no phrase; "zwei Tag" neither
		if !(u == uHour || u == uMinute) {
			return false
		}
	}
	if n == 1 && m.t[a].k == tkWord && m.t[a].cls == cNum {
		// "ein Jahr", "eine Woche": an article as often as a number; only
		// with a duration or shift context.
		if !m.isCls(end, cLater) && !m.isCls(end, cLang) && !m.isPrep(a-1, pVor) && !m.isPrep(a-1, pNach) &&
			!m.isPrep(a-1, pBinnen) && !m.isCls(a-1, cApprox) && !m.isCls(a-1, cAls) && !m.isPrep(a-1, pSeit) && !m.isPrep(a-1, pOther) {
			if !(u == uWeek || u == uMonth || u == uDay) || fl&ufGen != 0 {
				return false
			}
		}
	}
	if u == uYear && m.isAge(a, end) {
		return false // "der 45 Jahre alte Manager", "im Alter von 79 Jahren": an age, as "41-jähriger"
	}
	if u == uHalf || u == uQuarter || u == uCentury && n < 0 {
		if n < 0 {
			return false
		}
	}
	g := unitGran(u)
	if m.isCls(end, cLater) && g != gNone {
		dir := int(m.t[end].v)
		if n < 0 {
			if dir > 0 {
				return m.push(a, end+1, spec{typ: Date, ref: "FUTURE_REF"})
			}
			return m.push(a, end+1, spec{typ: Date, ref: "PAST_REF"})
		}
		// a look back ("ein Jahr früher") does not move the narrative
		return m.push(a, end+1, spec{typ: Date, gran: g, rel: relShift, unit: u, off: dir * n, ana: true, noAnchor: dir < 0})
	}
	if n < 0 && g != gNone && a == j-1 && m.prevOK(a) && m.isPrep(a-1, pVor) && fl&ufPlural != 0 {
		// "vor einigen Wochen", "vor wenigen Tagen": some time ago, a
		// date as "vor zehn Tagen", with no more said
		return m.push(a-1, end, spec{typ: Date, ref: "PAST_REF"})
	}
	if n > 0 && g != gNone && a == j-1 && m.prevOK(a) {
		if m.isPrep(a-1, pVor) {
			return m.push(a-1, end, spec{typ: Date, gran: g, rel: relShift, unit: u, off: -n})
		}
		if m.isPrep(a-1, pIn) && !m.ref.Narrative && m.tenseOf(int(m.t[a-1].s), int(m.t[j].e)) == tenseFuture {
			// "In drei Wochen beginnt die Saison", "in zwei Jahren soll
			// das Werk stehen": so long after the document date; "in drei
			// Wochen hat die Aktie verloren" (within) stays a duration
			return m.push(a-1, end, spec{typ: Date, gran: g, rel: relShift, unit: u, off: n})
		}
		if m.isPrep(a-1, pNach) && u == uDay { // "nach zwei Tagen"; "nach sechs Wochen" is a duration
			return m.push(a-1, end, spec{typ: Date, gran: g, rel: relShift, unit: u, off: n, ana: true})
		}
	}
	sp := spec{typ: Duration, val: durationValue(n, u)}
	if n > 0 && a == j-1 && m.prevOK(a) && a >= 2 && m.word(a-1) == "über" && m.isPrep(a-2, pSeit) && a-2 >= m.minTok {
		// "seit über einem Jahr", "seit über 100 Jahren": more than so long
		sp.mod = MoreThan
		return m.push(a-1, end, sp)
	}
	if n > 0 && a == j-1 && m.prevOK(a) && a >= 1 && m.word(a-1) == "über" && overLasts(lastWordBefore(m.text, int(m.t[a-1].s))) {
		// "dauerte über drei Stunden", "nach über zwei Stunden": more
		// than so long
		sp.mod = MoreThan
		return m.push(a-1, end, sp)
	}
	if u == uMonth && n > 0 && m.isCls(a, cOrd) && m.t[a].v == 1 {
		sp.months = n
		if y, e, ok := m.yearAt(end, false); ok && y > 0 {
			sp.year, sp.hasYear, end = y, true, e
		}
	}
	if n > 0 && (u == uDay || u == uWeek) && (m.isPrep(end, pVor) || m.isPrep(end, pNach)) && m.depth < maxDepth {
		// "drei Tage vor Weihnachten", "zwei Wochen nach dem 1. Mai",
		// "acht Tage vor Jahresende": a day counted from another
		k := end + 1
		if m.isCls(k, cArt) {
			k++
		}
		save := len(m.hits)
		if m.sub(k) && len(m.hits) > save {
			h := m.hits[save]
			m.hits = m.hits[:save]
			if h.a == k && h.sp.typ == Date && h.sp.ref == "" && h.sp.val == "" && h.sp.from == nil &&
				(h.sp.gran == gDay && h.sp.weekday == 0 || h.sp.gran == gYear && h.sp.mod == End && m.isCls(k, cRelNoun)) {
				off := n
				if m.isPrep(end, pVor) {
					off = -n
				}
				inner := h.sp
				return m.push(a, h.b, spec{typ: Date, gran: gDay, unit: u, off: off, from: &inner})
			}
		}
		m.hits = m.hits[:save]
	}
	if !sp.hasYear && n > 0 && m.isCls(end, cUnd) && m.word(end) == "und" {
		// "zwei Jahre und drei Monate", "sechs Wochen und drei Tage"
		k := end + 1
		if (m.isNum(k) && m.t[k].nd <= 3 || m.isCls(k, cNum) && m.t[k].v > 0) && m.isCls(k+1, cUnit) {
			n2, u2 := int(m.t[k].v), uint8(m.t[k+1].v)
			fl2 := m.t[k+1].v2
			if fl2&(ufFiscal|ufKW|ufGen) == 0 && (n2 == 1) == (fl2&ufPlural == 0) {
				if v, ok := sumValue(n, u, n2, u2); ok {
					sp.val, end = v, k+2
				}
			}
		}
	}
	if !sp.hasYear {
		if e, b := m.eventTail(end); e > end {
			sp.endByte = b
			end = e
		}
	}
	if sp.typ == Duration && sp.mod == NoMod && a >= 2 && a-2 >= m.minTok && m.word(a-1) == "zu" && m.isPrep(a-2, pBis) {
		sp.mod = EqualOrLess // "bis zu drei Jahre Haft": up to, as "höchstens"
	}
	return m.push(a, end, sp)
}

// eventTail reads the event a duration is measured from or to, at j:
// "nach der Landung", "vor dem ersten Angriff", "nach ihrer Ankunft",
// "vor Beginn der Verhandlungen" ("zwei Tage nach der Landung" is one
// expression in TIMEX2). The event is a noun phrase with a definite
// article or possessive (or a bare Beginn/Ende), adjectives, a noun and
// one genitive attribute. A phrase that is itself a time ("vor dem 17.
// März", "nach dem Ende des Quartals", "nach Jahresende") or has no
// article ("nach Berlin", "nach einem Angriff") is left out. It returns
// the token after the event and the byte end of the event in m.text
// (inside that token's run of words when the noun ends in one), or j and
// -1.
func (m *matcher) eventTail(j int) (int, int32) {
	if !m.isPrep(j, pNach) && !m.isPrep(j, pVor) {
		return j, -1
	}
	k := j + 1
	switch {
	case m.possessive(k) && m.runEnd(k) > m.t[k].e:
		// "ihrer Ankunft": the noun is in the possessive's run of words
		e, end, open := m.nounPhraseAt(k, m.t[k].e)
		if e == k {
			return j, -1
		}
		return m.withGenitive(e, end, open)
	case m.isCls(k, cArt) || m.isDemonstrative(k) || m.possessive(k):
		k++
	case m.isCls(k, cPos) && m.t[k].up && m.word(k) != "Mitte":
		// "vor Beginn des Krieges": the noun is the head
		if e, end, _ := m.genitiveTail(k + 1); e > k+1 {
			return e, end
		}
		return j, -1
	default:
		return j, -1
	}
	e, end, open := m.nounPhrase(k)
	if e == k {
		return j, -1
	}
	return m.withGenitive(e, end, open)
}

// withGenitive extends a noun phrase that ends at token e (byte end end)
// by the genitive after it when the phrase is open for one ("der Beginn
// der Verhandlungen").
func (m *matcher) withGenitive(e int, end int32, open bool) (int, int32) {
	if open {
		if e2, end2, _ := m.genitiveTail(e); e2 > e {
			return e2, end2
		}
	}
	return e, end
}

// nounPhrase reads up to two adjectives and a noun that is no time word
// at token j (after an article). It returns the token after the noun's
// token, the byte end of the noun, and whether the noun ends its token's
// run of words (an attribute may follow); or j, -1, false. A run of words
// the table does not know is one token, so the words are read from the
// text.
func (m *matcher) nounPhrase(j int) (int, int32, bool) {
	k := j
	for n := 0; n < 2 && m.isCls(k, cOrd) && !m.t[k].up && m.runEnd(k) == m.t[k].e; n++ {
		k++ // "dem ersten Angriff"
	}
	if e, end, open := m.nounPhraseAt(k, -1); e > k {
		return e, end, open
	}
	return j, -1, false
}

// nounPhraseAt is nounPhrase on the words of the run of token k from the
// byte from (from its start when from < 0).
func (m *matcher) nounPhraseAt(k int, from int32) (int, int32, bool) {
	j := k
	t := m.tk(k)
	if t == nil || t.k != tkWord || t.cls != cNone {
		return j, -1, false
	}
	if m.isPunct(k+1, '-') && m.adj(k, k+1) {
		return j, -1, false // "der Mai-Kundgebung": a word the tokens cut
	}
	runEnd := m.runEnd(k)
	i := int(t.s)
	if from >= 0 {
		i = int(from)
		for i < int(runEnd) && m.text[i] == ' ' {
			i++
		}
	}
	for n := 0; n < 3 && i < int(runEnd); n++ {
		e := wordEnd(m.text, i)
		if e <= i {
			return j, -1, false
		}
		if isUpperAt(m.text, i) {
			if e < len(m.text) && m.text[e] == '-' {
				return j, -1, false // "dem PCR-Test": a compound the tokens cut
			}
			return k + 1, int32(e), int32(e) == runEnd
		}
		if !isAdjectiveWord(m.text[i:e]) {
			return j, -1, false
		}
		i = e
		for i < int(runEnd) && m.text[i] == ' ' {
			i++
		}
	}
	return j, -1, false
}

// runEnd is the byte end of the run of words the word token j stands for:
// where the text before the next token ends.
func (m *matcher) runEnd(j int) int32 {
	e := m.t[j].e
	stop := int32(len(m.text))
	if j+1 < len(m.t) {
		stop = m.t[j+1].s
	}
	for e < stop {
		c := m.text[e]
		if c == ' ' {
			e++
			continue
		}
		// another word of the run
		n := int32(wordEnd(m.text, int(e)))
		if n <= e {
			break
		}
		e = n
	}
	for e > m.t[j].e && m.text[e-1] == ' ' {
		e--
	}
	return e
}

// genitiveTail reads a genitive attribute at j ("des Krieges", "der
// deutschen Truppen") and returns what nounPhrase returns for it, or j,
// -1.
func (m *matcher) genitiveTail(j int) (int, int32, bool) {
	if w := m.word(j); w != "des" && w != "der" {
		return j, -1, false
	}
	if e, end, open := m.nounPhrase(j + 1); e > j+1 {
		return e, end, open
	}
	return j, -1, false
}

// isAdjectiveWord reports whether w is an inflected adjective before a
// noun: lowercase, ending in -e, -en, -er, -em or -es ("deutschen").
func isAdjectiveWord(w string) bool {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w[len(w)-1] {
	case 'e':
		return true
	case 'n', 'r', 'm', 's':
		return w[len(w)-2] == 'e'
	}
	return false
}

// isDemonstrative reports whether the word at j is a form of "dieser",
// which the table lists as a relative adjective ("diese Woche").
func (m *matcher) isDemonstrative(j int) bool {
	return m.isCls(j, cRel) && m.t[j].v2 == rkCur && (hasPrefix(m.word(j), "dies") || hasPrefix(m.word(j), "Dies"))
}

// possessive reports whether the word at j is a possessive determiner
// ("ihrer", "seinem", "unseren").
func (m *matcher) possessive(j int) bool {
	t := m.tk(j)
	if t == nil || t.k != tkWord || t.cls != cNone {
		return false
	}
	w := m.text[t.s:t.e]
	for _, p := range [...]string{"sein", "ihr", "unser", "euer", "Ihr"} {
		if hasPrefix(w, p) {
			switch w[len(p):] {
			case "", "e", "er", "em", "en", "es":
				return true
			}
		}
	}
	return false
}

// halvesTail reads h halves of the unit at j, the match starting at a:
// "ein halbes Jahr" (P6M), "zweieinhalb Jahre" (P30M), "eine halbe
// Stunde" (PT30M), "anderthalb Tage" (PT36H); "ein halbes Jahr später"
// and "vor einem halben Jahr" are the month so far from the time told or
// the document date.
func (m *matcher) halvesTail(a, h, j int) bool {
	t := m.tk(j)
	if t == nil || t.k != tkWord || t.cls != cUnit || t.v2&(ufFiscal|ufKW) != 0 {
		return false
	}
	if (h == 1) != (t.v2&ufPlural == 0) {
		return false // "ein halbes Jahre", "zweieinhalb Jahr"
	}
	end := j + 1
	var n int
	var u uint8
	switch uint8(t.v) {
	case uYear:
		n, u = 6*h, uMonth
	case uDay:
		n, u = 12*h, uHour
	case uHour:
		n, u = 30*h, uMinute
	default:
		return false
	}
	if u == uMonth {
		if m.isCls(end, cLater) {
			off := int(m.t[end].v) * n
			return m.push(a, end+1, spec{typ: Date, gran: gMonth, rel: relShift, unit: uMonth, off: off, ana: true, whole: true, noAnchor: off < 0})
		}
		if m.prevOK(a) && m.isPrep(a-1, pVor) { // "vor einem halben Jahr", "vor anderthalb Jahren"
			return m.push(a-1, end, spec{typ: Date, gran: gMonth, rel: relShift, unit: uMonth, off: -n, whole: true})
		}
	}
	sp := spec{typ: Duration, val: durationValue(n, u)}
	if e, b := m.eventTail(end); e > end { // "zweieinhalb Jahre nach dem Umzug"
		sp.endByte = b
		end = e
	}
	return m.push(a, end, sp)
}

// quarterTail reads what follows a quarter or half at j: a year, a
// fiscal year, "des Vorjahres", "des laufenden Geschäftsjahres".
func (m *matcher) quarterTail(a, j int, sp spec) bool {
	end := j
	if y, e, ok := m.yearAt(j, false); ok {
		sp.year, sp.hasYear, end = y, true, e
	} else if m.isPunct(j, '/') && m.adj(j-1, j) {
		if y, e, ok := m.yearAt(j+1, false); ok && m.adj(j, j+1) {
			sp.year, sp.hasYear, end = y, true, e
		} else if m.isNum(j+1) && m.adj(j, j+1) && m.t[j+1].nd == 2 { // "Q3/25"
			sp.year, sp.hasYear, sp.twoDig, end = int(m.t[j+1].v), true, true, j+2
		}
	} else {
		k := j
		if m.isCls(k, cArt) || m.isPrep(k, pIm) {
			k++
		}
		switch {
		case m.isUnit(k, uYear) && m.t[k].v2&ufPlural == 0:
			sp.fiscal = sp.fiscal || m.t[k].v2&ufFiscal != 0
			if y, e, ok := m.yearAt(k+1, false); ok {
				sp.year, sp.hasYear, end = y, true, e
			} else if k > j && m.t[k].v2&ufFiscal != 0 {
				end = k + 1
			} else if k > j && m.t[k].v2&ufGen != 0 && m.word(k-1) == "des" && !m.isNum(k+1) {
				sp.ana, end = true, k+1 // "im ersten Quartal des Jahres": of the year told
			}
		case m.isCls(k, cRel) && (k > j || m.t[k].v2 == rkCur) && m.isUnit(k+1, uYear):
			// "des laufenden Jahres", "dieses Jahres", "diesen Jahres"
			sp.yoff = int(m.t[k].v)
			sp.fiscal = sp.fiscal || m.t[k+1].v2&ufFiscal != 0
			sp.ana = m.t[k].v2 == rkSame || isAnaRel(m.word(k))
			end = k + 2
		case k > j && isNeu(m.word(k)) && m.isUnit(k+1, uYear) && m.t[k+1].v2&ufPlural == 0:
			// "im ersten Quartal des neuen Geschäftsjahres": of the year after
			sp.yoff, sp.ana = 1, true
			sp.fiscal = sp.fiscal || m.t[k+1].v2&ufFiscal != 0
			end = k + 2
		case k > j && m.isCls(k, cRelNoun) && (m.t[k].v == rnVorjahr || m.t[k].v == rnFolgejahr):
			sp.yoff = -1
			if m.t[k].v == rnFolgejahr {
				sp.yoff = 1
			}
			end = k + 1
		}
	}
	if sp.hasYear {
		if y2, e2, ok := m.slashYear(end, sp.year); ok {
			sp.year, sp.fiscal, end = y2, true, e2
		}
	}
	return m.push(a, end, sp)
}

func (m *matcher) qhLed(i int) bool {
	v := int(m.t[i].v)
	sp := spec{typ: Date, gran: gQuarter, q: v}
	if v > 10 {
		sp = spec{typ: Date, gran: gHalf, h: v - 10}
	}
	return m.quarterTail(i, i+1, sp)
}

func (m *matcher) monthLed(i int) bool {
	mo, end, ok := m.monthWord(i)
	if !ok {
		return false
	}
	if m.isPunct(end, '-') && m.adj(end-1, end) && m.tk(end+1) != nil && m.adj(end, end+1) && !m.isCls(end+1, cMonth) {
		return false // Mai-Majewski, August-Bebel-Straße
	}
	w := m.word(i)
	if (w == "August" || w == "April" || w == "Mai" || w == "Juni") && m.tk(end) != nil && !m.monthAfterTimeWord(i) {
		n := m.t[end]
		if n.k == tkWord && n.up && n.cls == cNone {
			return false // August Bebel
		}
	}
	sp := spec{typ: Date, gran: gMonth, month: mo, mod: m.prepMod(i)}
	e := m.yearTail(end, &sp)
	if e == end && !sp.hasYear {
		// "Mai/Juni 1940", "Mai bis Juli 2025": the year of the second month
		k := end
		if m.isPunct(k, '/') || m.isPunct(k, 'd') || m.isPunct(k, '-') || m.isPrep(k, pBis) || m.isCls(k, cUnd) {
			if mo2, e2, ok := m.monthWord(k + 1); ok {
				if y, _, ok := m.yearAt(e2, false); ok {
					if mo2 < mo && y > 1 && (!m.isCls(k, cUnd) || m.isPrep(i-1, pZwischen)) {
						y-- // "Oktober bis Februar 2025": October 2024; not a list ("im März und Januar 2022")
					}
					sp.year, sp.hasYear = y, true
				}
			}
		}
	}
	if !sp.hasYear && nameMonth(w) && m.personBefore(i) {
		return false // "Thomas Mai", "Frau Mai", "Dr. Mai": a surname; not "Stand Mai 2025", "Feldzug Mai/Juni 1940"
	}
	return m.push(i, e, sp)
}

// monthAfterTimeWord reports whether the month word at i follows "im",
// "seit", "ab", "bis" or "Anfang", "Mitte", "Ende": a month, whatever
// capitalized word comes next ("meldeten im April Deutschland und
// Dänemark", "gab es Anfang April Kritik"); not after "an", "von" ("Brief
// an August Bebel", "vom August Horch Museum").
func (m *matcher) monthAfterTimeWord(i int) bool {
	p := m.tk(i - 1)
	if p == nil || p.k != tkWord {
		return false
	}
	return p.cls == cPos || p.cls == cPrep && (p.v == pIm || p.v == pSeit || p.v == pAb || p.v == pBis)
}

// unitLed reads "Jahr 2019", "Geschäftsjahr 2024/25", "KW 45", and bare
// plural units ("seit Jahren": PXY).
func (m *matcher) unitLed(i int) bool {
	t := m.t[i]
	u := uint8(t.v)
	a := i
	if m.prevOK(i) && m.isCls(i-1, cArt) && (m.word(i-1) == "das" || m.word(i-1) == "Das") {
		a = i - 1
	}
	if off, ok := deicticAdj(m.word(i - 1)); ok && u == uDay && t.v2&(ufPlural|ufGen) == 0 && m.prevOK(i) && !m.ref.Narrative {
		// "am heutigen Tag", "bis zum heutigen Tag", "am morgigen Tag"
		return m.push(i-1, i+1, spec{typ: Date, gran: gDay, rel: relShift, unit: uDay, off: off})
	}
	switch {
	case (u == uQuarter || u == uHalf) && t.v2&(ufPlural|ufGen|ufFiscal|ufKW) == 0 && m.prevOK(i) && m.isPrep(i-1, pIm) &&
		(!m.isNum(i+1) || m.quantityAt(i+1)) && !m.isCls(i+1, cArt) && !m.isCls(i+1, cLater):
		// "im Quartal", "im Halbjahr" with nothing after: the one the
		// report is about, the quarter named last or else the last one
		// before the document's date; like the bases of a comparison it
		// leaves the time the text goes on about as it is
		return m.push(i, i+1, spec{typ: Date, gran: unitGran(u), rel: relLast, unit: u, noAnchor: true})
	case u == uYear && t.v2&ufPlural == 0 && m.prevOK(i) && isNeu(m.word(i-1)) && !m.isNum(i+1):
		// "des neuen Jahres", "im neuen Jahr", "das neue Geschäftsjahr":
		// the year after the one told ("neue" is no relative word of its
		// own: "2025 neue Stellen" is a count)
		return m.push(i-1, i+1, spec{typ: Date, gran: gYear, rel: relShift, unit: uYear, off: 1, ana: true, fiscal: t.v2&ufFiscal != 0})
	case u == uDay && t.v2&ufPlural == 0 && m.isCls(i+1, cLater) && m.word(i+1) != "später":
		// "am Tag darauf", "Tags zuvor"
		a := i
		if m.prevOK(i) && m.isPrep(i-1, pAm) {
			a = i - 1
		}
		return m.push(a, i+2, spec{typ: Date, gran: gDay, rel: relShift, unit: uDay, off: int(m.t[i+1].v), ana: true})
	case (u == uYear || u == uMonth || u == uWeek || u == uQuarter || u == uHalf) && t.v2&(ufPlural|ufGen|ufFiscal|ufKW) == 0 && m.isCls(i+1, cLater) && m.word(i+1) != "später" && m.word(i+1) != "früher":
		// "im Jahr darauf", "im Monat zuvor", "die Woche danach", "im Quartal
		// zuvor": the unit
		// next to the time told
		a := i
		if m.prevOK(i) && m.isPrep(i-1, pIm) {
			a = i - 1
		}
		g := unitGran(u)
		return m.push(a, i+2, spec{typ: Date, gran: g, rel: relShift, unit: u, off: int(m.t[i+1].v), ana: true, noAnchor: m.t[i+1].v < 0, whole: true})
	case u == uWeek && t.v2&ufKW != 0:
		if m.isNum(i+1) && m.t[i+1].nd <= 2 && m.t[i+1].v >= 1 && m.t[i+1].v <= 53 {
			sp := spec{typ: Date, gran: gWeek, week: int(m.t[i+1].v)}
			end := i + 2
			if m.isPunct(end, '/') {
				end++
			}
			if y, e, ok := m.yearAt(end, false); ok {
				sp.year, sp.hasYear, end = y, true, e
			} else if end > i+2 {
				end--
			}
			return m.push(i, end, sp)
		}
		return false
	case u == uYear && t.v2&ufPlural == 0:
		fiscal := t.v2&ufFiscal != 0
		y, end, ok := m.yearAt(i+1, !fiscal)
		if !ok {
			return false
		}
		sp := spec{typ: Date, gran: gYear, year: y, hasYear: true, fiscal: fiscal, mod: m.prepMod(a)}
		if y2, e2, ok := m.slashYear(end, y); ok {
			if fiscal {
				sp.year = y2
				return m.push(a, e2, sp)
			}
			m.push(a, end, sp)
			sp.year, sp.noAnchor = y2, true
			return m.push(end+1, e2, sp)
		}
		return m.push(a, end, sp)
	case u == uYear && t.v2&ufPlural != 0 && m.word(i) == "Jahre" && m.isNum(i+1):
		// "im Jahre 207 v. Chr."
		y, end, ok := m.yearAt(i+1, true)
		if !ok {
			return false
		}
		sp := spec{typ: Date, gran: gYear, year: y, hasYear: true, mod: m.prepMod(a)}
		if y2, e2, ok := m.slashYear(end, y); ok {
			// "die Jahre 2021/22": two years, as "im Jahr 2021/22"
			m.push(a, end, sp)
			sp.year, sp.noAnchor, sp.mod = y2, true, NoMod
			return m.push(end+1, e2, sp)
		}
		return m.push(a, end, sp)
	case t.v2&ufPlural != 0:
		if m.isNum(i+1) || m.isCls(i+1, cMonth) && u == uMonth {
			return false // "in den Jahren 2020 und 2021", "in den Monaten Mai und Juni": the names follow
		}
		if m.isPunct(i+1, '-') && m.adj(i, i+1) || i > 0 && m.isPunct(i-1, '-') && m.adj(i-1, i) {
			return false // "Zehn-Tage-Angebot"
		}
		if u == uYear && i > 0 && (m.t[i-1].k == tkNum || m.isCls(i-1, cNum)) && m.isAge(i-1, i+1) {
			return false // "45 Jahre alte": the count rule read an age
		}
		if i > 0 && (m.t[i-1].k == tkNum || m.isCls(i-1, cBlock) || bigCount(m.word(i-1))) {
			// "vor 60 Millionen Jahren", "4,5 Milliarden Jahre alt", "vor
			// 30.000 Jahren": a count the count rule does not read; the
			// unit alone is no vague duration
			return false
		}
		switch u {
		case uYear, uMonth, uWeek, uDay, uHour, uMinute, uDecade:
		default:
			return false
		}
		end := i + 1
		if m.isCls(end, cLater) { // "Jahre zuvor"
			end++
		} else if m.prevOK(i) && m.isPrep(i-1, pVor) && m.word(i-1) != "bevor" && (u == uYear || u == uMonth || u == uWeek || u == uDay || u == uDecade) {
			return m.push(i-1, end, spec{typ: Date, ref: "PAST_REF"}) // "vor Jahren": some time ago, as "vor sechs Jahren" is a date
		}
		sp := spec{typ: Duration, val: durationValue(-1, u)}
		if e, b := m.eventTail(end); e > end { // "Tage nach ihrer Ankunft"
			sp.endByte = b
			end = e
		}
		return m.push(i, end, sp)
	}
	return false
}

// newspaper reports whether "20 Minuten" at i names the Swiss daily: after
// "My", "laut", "gegenüber", or after "zu", "mit" at the end of a clause
// ("sagte er zu 20 Minuten.", "gegenüber 20 Minuten."); not "bis zu 20
// Minuten.", "mit 20 Minuten Verspätung".
func (m *matcher) newspaper(i int) bool {
	e := int(m.t[i].s)
	w := lastWordBefore(m.text, e) // a word of a run of unknown words too
	switch w {
	case "My", "laut", "Laut", "gegenüber", "Gegenüber":
		return true
	case "zu", "mit":
		for e > 0 && m.text[e-1] == ' ' {
			e--
		}
		n := m.tk(i + 2)
		return lastWordBefore(m.text, e-len(w)) != "bis" && (n == nil || n.k == tkPunct && (n.ch == '.' || n.ch == ','))
	}
	return false
}

// yearOfAt reports whether the year a quarter or half lies in follows at
// j: "2024", "des Jahres", "dieses Jahres", "des laufenden
// Geschäftsjahres", "des Vorjahres".
func (m *matcher) yearOfAt(j int) bool {
	if _, _, ok := m.yearAt(j, false); ok {
		return true
	}
	k := j
	if m.isCls(k, cArt) {
		k++
	}
	if m.isCls(k, cRel) {
		k++
	}
	return k > j && (m.isUnit(k, uYear) && m.t[k].v2&ufGen != 0 || m.isCls(k, cRelNoun) && m.t[k].v == rnVorjahr)
}

// deicticAdj returns the day offset a deictic adjective names:
// "heutigen" 0, "gestrigen" -1, "morgigen" +1, "vorgestrigen" -2,
// "übermorgigen" +2 (its forms after an article).
func deicticAdj(w string) (int, bool) {
	switch w {
	case "heutigen", "heutige":
		return 0, true
	case "gestrigen", "gestrige":
		return -1, true
	case "morgigen", "morgige":
		return 1, true
	case "vorgestrigen", "vorgestrige":
		return -2, true
	case "übermorgigen", "übermorgige":
		return 2, true
	}
	return 0, false
}

// bigCount reports whether w is a count word the count rule does not
// read: "Tausende Jahre", "hunderten Jahren", "Dutzende Tage".
func bigCount(w string) bool {
	switch w {
	case "tausend", "Tausend", "Tausende", "tausende", "Tausenden", "tausenden", "Hunderte", "hunderte", "Hunderten", "hunderten",
		"Dutzend", "Dutzende", "dutzende", "Dutzenden", "dutzenden":
		return true
	}
	return false
}

// relLed reads a relative adjective and what it qualifies: "vergangenen
// Jahr", "laufenden Geschäftsjahr", "nächsten sieben Jahren", "kommenden
// Montag", "selben Tag", "nächsten Morgen".
func (m *matcher) relLed(i int) bool {
	r := m.t[i]
	off := int(r.v)
	w := m.word(i)
	ana := r.v2 == rkSame || isAnaRel(w)
	j := i + 1
	a := i
	if r.v2 == rkSame && m.prevOK(i) && (m.isPrep(i-1, pAm) || m.isPrep(i-1, pIm)) && !m.isUnit(i+1, uYear) {
		a = i - 1 // "am selben Tag", "im selben Monat"
	}
	if m.prevOK(i) && m.isUnit(i+1, uYear) && (m.word(i-1) == "das" || m.word(i-1) == "Das") {
		a = i - 1 // "das folgende Jahr"
	}
	if (m.isNum(j) && m.t[j].nd <= 3 || m.isCls(j, cNum)) && m.isCls(j+1, cUnit) && m.t[j+1].v2&ufPlural != 0 {
		return m.durationTail(i, int(m.t[j].v), j+1)
	}
	t := m.tk(j)
	if t == nil || t.k != tkWord {
		return false
	}
	switch t.cls {
	case cUnit:
		u := uint8(t.v)
		if t.v2&ufPlural != 0 {
			if u == uDay && m.isDemonstrative(i) {
				return m.push(i, j+1, spec{typ: Date, ref: "PRESENT_REF"}) // "dieser Tage", "in diesen Tagen"
			}
			switch u {
			case uYear, uMonth, uWeek, uDay, uHour, uMinute, uDecade:
				return m.push(i, j+1, spec{typ: Duration, val: durationValue(-1, u)})
			}
			return false
		}
		if (u == uDecade || u == uCentury) && off >= -1 && off <= 1 {
			// "im vergangenen Jahrhundert" (19), "in diesem Jahrzehnt"
			// (202), "im nächsten Jahrzehnt" (203): the decade or century
			// of the date, or of the time told; no anchor for what follows
			return m.push(a, j+1, spec{typ: Date, gran: relGran(u), rel: relShift, unit: u, off: off, ana: ana, noAnchor: true})
		}
		if off == -1 && (u == uQuarter || u == uHalf) && hasPrefix(w, "letzte") && m.yearOfAt(j+1) {
			// "im letzten Quartal des Jahres", "im letzten Halbjahr 2024":
			// the year's last, as "im vierten Quartal"; "im letzten
			// Quartal" alone is the one before
			if u == uQuarter {
				return m.quarterTail(a, j+1, spec{typ: Date, gran: gQuarter, q: 4, fiscal: t.v2&ufFiscal != 0})
			}
			return m.quarterTail(a, j+1, spec{typ: Date, gran: gHalf, h: 2, fiscal: t.v2&ufFiscal != 0})
		}
		g := unitGran(u)
		if g == gNone || t.v2&ufKW != 0 {
			return false
		}
		if u == uDay && off != 0 {
			ana = true
		}
		sp := spec{typ: Date, gran: g, rel: relShift, unit: u, off: off, ana: ana, fiscal: t.v2&ufFiscal != 0 && u == uYear}
		if sp.fiscal {
			sp.gran = gYear
		}
		return m.push(a, j+1, sp)
	case cPart:
		if t.v == ptMidnight {
			return m.push(a, j+1, spec{typ: Time, gran: gClock, hour: 24, rel: relShift, unit: uDay, off: off, ana: true})
		}
		return m.push(a, j+1, spec{typ: Time, gran: gPart, part: t.v, rel: relShift, unit: uDay, off: off, ana: true})
	case cSeason:
		// "im kommenden Frühjahr" (the next spring), "im vergangenen
		// Sommer", "im selben Herbst", "im folgenden Winter"
		if t.v2 != 0 || hasSuffixS(m.word(j)) && m.word(j) != "Herbst" {
			return false // "Spätsommer", a genitive
		}
		sp := spec{typ: Date, gran: gSeason, season: t.v, ana: ana}
		if r.v2 != rkSame && r.v2 != rkCur && (off == 1 || off == -1) {
			sp.srel = int8(off)
		}
		return m.push(a, j+1, sp)
	case cSaison:
		// "in dieser Saison", "in der vergangenen Saison", "in der
		// kommenden Saison", "in der laufenden Saison": a season of sport
		// or trade, named as the year it is in (as "in diesem Jahr")
		if off < -1 || off > 1 {
			return false
		}
		return m.push(a, j+1, spec{typ: Date, gran: gYear, rel: relShift, unit: uYear, off: off, ana: ana})
	case cTimeNoun:
		// "im gleichen Zeitraum des Vorjahres": the period told, a year
		// earlier (as "Vorjahreszeitraum")
		if r.v2 == rkSame && hasPrefix(m.word(j), "Zeitraum") && m.word(j+1) == "des" && m.isCls(j+2, cRelNoun) && m.t[j+2].v == rnVorjahr {
			return m.push(i, j+3, spec{typ: Date, gran: gYear, rel: relLastY, unit: uYear})
		}
		return false
	case cRelNoun:
		if t.v != rnWochenende {
			return false
		}
		// "am kommenden Wochenende", "am vergangenen Wochenende"
		return m.push(i, j+1, spec{typ: Date, gran: gWeek, rel: relShift, unit: uWeek, off: off, ana: r.v2 == rkSame, we: weRel})
	case cWeekday:
		if hasSuffixS(m.word(j)) {
			return false
		}
		dir := -1
		if off > 0 {
			dir = 1
		} else if off == 0 {
			dir = 0
			if r.v2 == rkCur {
				dir = 2 // "diesen Freitag", "an diesem Montag": the day of this week
			}
		}
		return m.push(i, j+1, spec{typ: Date, gran: gDay, weekday: int(t.v), wdDir: dir})
	}
	return false
}

func hasSuffixS(w string) bool { return len(w) > 0 && w[len(w)-1] == 's' }

// ordLed reads an ordinal word and what it counts: "ersten Quartal",
// "zweiten Halbjahr 2024/25", "ersten neun Monaten", "zwanzigsten
// Jahrhundert", "Ersten Weihnachtstag".
func (m *matcher) ordLed(i int) bool {
	v := int(m.t[i].v)
	j := i + 1
	if (v == 1 || v == 2) && m.word(j) == "Hälfte" && m.isCls(j+1, cArt) {
		return m.halfOf(i, v, j+2)
	}
	if (v == 1 || v == 2) && m.monthHalf(i, v, j) {
		return true
	}
	if (m.isNum(j) && m.t[j].nd <= 3 || m.isCls(j, cNum)) && m.isCls(j+1, cUnit) && m.t[j+1].v2&ufPlural != 0 {
		return m.durationTail(i, int(m.t[j].v), j+1)
	}
	t := m.tk(j)
	if t == nil || t.k != tkWord {
		return false
	}
	switch t.cls {
	case cUnit:
		u := uint8(t.v)
		fiscal := hasPrefix(m.word(j), "Geschäfts")
		if t.v2&ufPlural != 0 {
			switch u {
			case uYear, uMonth, uWeek, uDay:
				if v == 1 {
					return m.push(i, j+1, spec{typ: Duration, val: durationValue(-1, u)})
				}
			}
			return false
		}
		switch u {
		case uQuarter:
			if v >= 1 && v <= 4 {
				return m.quarterTail(i, j+1, spec{typ: Date, gran: gQuarter, q: v, fiscal: fiscal})
			}
		case uHalf:
			if v >= 1 && v <= 2 {
				return m.quarterTail(i, j+1, spec{typ: Date, gran: gHalf, h: v, fiscal: fiscal})
			}
		case uCentury:
			return m.centuryTail(i, j+1, v)
		case uYear:
			if v == 1 && t.v2&(ufGen|ufFiscal) == 0 && !m.isNum(j+1) {
				return m.push(i, j+1, spec{typ: Duration, val: "P1Y"})
			}
		}
	case cHoliday:
		if t.v == 1225 && v <= 2 {
			return m.holidayLed2(i, j, 1224+int32(v))
		}
	}
	return false
}

// monthHalf reads a half of a month told in one word after "ersten" or
// "zweiten" at i: "der zweiten Novemberhälfte" (2025-11, END, as "der
// zweiten Hälfte des Novembers"), "der ersten Märzhälfte 2024", "der
// zweiten Monatshälfte" (of the month told last or the document's).
func (m *matcher) monthHalf(i, v, j int) bool {
	t := m.tk(j)
	if t == nil || t.k != tkWord || t.cls != cNone {
		return false
	}
	w := m.word(j)
	const suffix = "hälfte"
	if len(w) <= len(suffix) || w[len(w)-len(suffix):] != suffix {
		return false
	}
	mod := Start
	if v == 2 {
		mod = End
	}
	stem := w[:len(w)-len(suffix)]
	if stem == "Monats" {
		return m.push(i, j+1, spec{typ: Date, gran: gMonth, rel: relShift, unit: uMonth, mod: mod, ana: true})
	}
	info, ok := hashTable().lookup(stem)
	if !ok || info.cls != cMonth {
		return false
	}
	sp := spec{typ: Date, gran: gMonth, month: int(info.v), mod: mod}
	return m.push(i, m.yearTail(j+1, &sp), sp)
}

// halfOf reads the period after "ersten/zweiten Hälfte des" at j: of a
// year it is that year's half ("der zweiten Hälfte des Jahres 1942":
// 1942-H2, "des Jahres" alone the year told), of a century, decade or
// month its START or END ("der ersten Hälfte des 19. Jahrhunderts": 18,
// START).
func (m *matcher) halfOf(i, v, j int) bool {
	if m.isUnit(j, uYear) && m.t[j].v2&ufGen != 0 && m.t[j].v2&ufFiscal == 0 && !m.isNum(j+1) && !m.isCls(j+1, cEra) {
		return m.push(i, j+1, spec{typ: Date, gran: gHalf, h: v, rel: relShift, unit: uYear, ana: true})
	}
	save := len(m.hits)
	if !m.sub(j) || len(m.hits) == save {
		m.hits = m.hits[:save]
		return false
	}
	h := m.hits[save]
	m.hits = m.hits[:save]
	if h.a < j || h.sp.typ != Date || h.sp.ref != "" || h.sp.val != "" || h.sp.weekday != 0 || h.sp.mod != NoMod {
		return false
	}
	switch h.sp.gran {
	case gYear:
		if h.sp.fiscal && !h.sp.hasYear {
			return false // "des laufenden Geschäftsjahres": its half needs the fiscal calendar
		}
		h.sp.gran, h.sp.h = gHalf, v
	case gCentury, gDecade, gMonth:
		h.sp.mod = Start
		if v == 2 {
			h.sp.mod = End
		}
	default:
		return false
	}
	return m.push(i, h.b, h.sp)
}

// laufeLed reads "im Laufe des folgenden Jahres", "im Laufe der
// nächsten Tage": the span starts at Laufe, the value is the period's.
func (m *matcher) laufeLed(i int) bool {
	j := i + 1
	switch {
	case m.isDemonstrative(j): // "im Laufe dieser Woche": the demonstrative starts the period
	case m.isCls(j, cArt):
		j++
	default:
		return false
	}
	// "im Laufe des Tages", "im Verlauf der Woche", "im Lauf des Jahres":
	// the unit told last or the document's (as "Ende des Jahres")
	if t := m.tk(j); t != nil && t.k == tkWord && t.cls == cUnit && t.v2&(ufPlural|ufKW) == 0 && j > i+1 && !m.isNum(j+1) {
		switch u := uint8(t.v); u {
		case uYear, uHalf, uQuarter, uMonth, uWeek, uDay:
			return m.push(i, j+1, spec{typ: Date, gran: unitGran(u), rel: relShift, unit: u, ana: true,
				fiscal: t.v2&ufFiscal != 0 && u == uYear})
		}
	}
	save := len(m.hits)
	if !m.sub(j) || len(m.hits) == save {
		m.hits = m.hits[:save]
		return false
	}
	h := m.hits[save]
	m.hits = m.hits[:save]
	if h.a < j || h.sp.ref != "" || h.sp.typ == Set || h.sp.typ == Duration {
		return false // "im Laufe der nächsten Jahre": the duration alone (PXY)
	}
	return m.push(i, h.b, h.sp)
}

// posLed reads Anfang, Mitte, Ende and the period they qualify: "Ende
// 2023", "Anfang Mai", "Mitte der Neunzigerjahre", "Ende des Jahres",
// "Ende des 19. Jahrhunderts".
func (m *matcher) posLed(i int) bool {
	mod := Mod(m.t[i].v)
	j := i + 1
	if (m.isPrep(j, pBis) || m.isCls(j, cUnd)) && m.isCls(j+1, cPos) {
		// "Mitte bis Ende Mai", "Anfang und Mitte 2024": the first position
		// is of the period the second names; each is its own expression
		save := len(m.hits)
		if m.sub(j+1) && len(m.hits) > save {
			if h := m.hits[save]; h.a == j+1 && h.sp.typ == Date && h.sp.mod != NoMod {
				first := h.sp
				first.mod = mod
				m.hits = append(m.hits, hit{})
				copy(m.hits[save+1:], m.hits[save:])
				m.hits[save] = hit{a: i, b: i + 1, sp: first}
				return true
			}
		}
		m.hits = m.hits[:save]
	}
	if m.isCls(j, cArt) {
		j++
	}
	if j >= len(m.t) {
		return false
	}
	// "Ende Jahr", "Mitte Monat", "Anfang Woche" (Swiss: no article): as
	// "Ende des Jahres"
	if t := m.t[j]; j == i+1 && t.k == tkWord && t.cls == cUnit && t.v2 == 0 && !m.isNum(j+1) {
		switch w := m.word(j); w {
		case "Jahr", "Monat", "Woche", "Quartal", "Halbjahr":
			u := uint8(t.v)
			return m.push(i, j+1, spec{typ: Date, gran: unitGran(u), rel: relShift, unit: u, mod: mod, ana: true})
		}
	}
	// "Ende des Jahres", "Ende des Monats", "Ende der Woche"
	if t := m.t[j]; t.k == tkWord && t.cls == cUnit && t.v2&ufPlural == 0 && j > i+1 {
		u := uint8(t.v)
		if _, _, year := m.yearAt(j+1, false); !year {
			// a number that is no year is no part of it: "zum Ende des
			// Quartals 157,3 Millionen Nutzer"
			switch u {
			case uYear, uMonth, uWeek, uQuarter, uHalf:
				return m.push(i, j+1, spec{typ: Date, gran: unitGran(u), rel: relShift, unit: u, mod: mod, ana: true,
					fiscal: t.v2&ufFiscal != 0 && u == uYear})
			case uDecade, uCentury:
				// "bis Mitte des Jahrhunderts", "Ende des Jahrzehnts": of
				// the date's century or decade, or the one told
				return m.push(i, j+1, spec{typ: Date, gran: relGran(u), rel: relShift, unit: u, mod: mod, ana: true, noAnchor: true})
			}
		}
	}
	save := len(m.hits)
	ok := m.sub(j)
	if !ok || len(m.hits) == save {
		m.hits = m.hits[:save]
		return false
	}
	h := m.hits[save]
	m.hits = m.hits[:save]
	if h.a < j || h.sp.typ != Date || h.sp.ref != "" || h.sp.weekday != 0 || h.sp.gran == gDay {
		return false
	}
	h.sp.mod = mod
	return m.push(i, h.b, h.sp)
}

func (m *matcher) seasonLed(i int) bool {
	t := m.t[i]
	sp := spec{typ: Date, gran: gSeason, season: t.v, mod: Mod(t.v2)}
	end := m.yearTail(i+1, &sp)
	if sp.hasYear && end == i+2 {
		if y2, e2, ok := m.slashYear(end, sp.year); ok {
			m.push(i, end, sp)
			sp.year, sp.noAnchor = y2, true
			if m.t[end+1].nd == 4 { // "Winter 1916/1917": the second is a year
				sp.gran, sp.season, sp.mod = gYear, 0, NoMod
			}
			return m.push(end+1, e2, sp)
		}
	}
	if !sp.hasYear && end == i+1 && hasSuffixS(m.word(i)) {
		return false // "während des Sommers": no period of its own
	}
	if !sp.hasYear && end == i+1 && t.v2 == 0 && m.personBefore(i) {
		return false // "DGB-Chef Michael Sommer", "Autorin Vera Herbst": a surname
	}
	return m.push(i, end, sp)
}

// weekdayLed reads "Montag", "Montag, 3. November 2025".
func (m *matcher) weekdayLed(i int) bool {
	w := m.word(i)
	k := i + 1
	if m.isPunct(k, ',') {
		k++
	}
	if m.isCls(k, cArt) {
		k++
	}
	if sp, end, ok := m.dayMonth(k); ok {
		return m.push(i, end, sp)
	}
	if hasSuffixS(w) {
		if w[0] >= 'a' && w[0] <= 'z' || m.sentenceStart(i) && m.tk(i+1) != nil && m.t[i+1].k == tkWord && !m.t[i+1].up {
			// "montags", "Sonntags bleibt der Laden zu": every such day
			return m.push(i, i+1, spec{typ: Set, val: "XXXX-WXX-" + string(rune('0'+m.t[i].v))})
		}
		return false // "des Montags" is no date of its own
	}
	dir := 0
	if i > 0 && m.t[i-1].k == tkWord && m.t[i-1].cls == cNone {
		switch m.word(i - 1) {
		case "heutigen":
			dir = 2 // "am heutigen Mittwoch": the day of this week, no tense
		case "gestrigen":
			dir = -1
		case "morgigen":
			dir = 1
		}
	}
	if off, e, ok := m.weekOf(i + 1); ok {
		// "am Dienstag vergangener Woche", "Freitag der kommenden Woche",
		// "Mittwochabend dieser Woche": the day of the week named
		sp := spec{typ: Date, gran: gDay, weekday: int(m.t[i].v), wdDir: wdInWeek, off: off}
		if part := int32(m.t[i].v2); part != 0 {
			sp.typ, sp.gran, sp.part = Time, gPart, part
		}
		return m.push(i, e, sp)
	}
	if part := int32(m.t[i].v2); part != 0 { // "am Mittwochabend"
		return m.push(i, i+1, spec{typ: Time, gran: gPart, part: part, weekday: int(m.t[i].v), wdDir: dir})
	}
	return m.push(i, i+1, spec{typ: Date, gran: gDay, weekday: int(m.t[i].v), wdDir: dir, mod: m.prepMod(i)}) // "seit Freitag", "ab Montag", "bis Mittwoch": a limit
}

// wdAbbrLed reads an abbreviated weekday before the day it names, as in
// listings of dates: "Mo., 3. November", "Di 4.11.2025, 19 Uhr". Alone
// ("So ist es", "Mi.") the abbreviation is no time.
func (m *matcher) wdAbbrLed(i int) bool {
	k := i + 1
	if m.isPunct(k, '.') && m.adj(i, k) {
		k++
	}
	if m.isPunct(k, ',') {
		k++
	}
	if k >= len(m.t) || !m.isNum(k) || m.t[k].nd > 2 {
		return false
	}
	save := len(m.hits)
	if !m.sub(k) || len(m.hits) == save {
		m.hits = m.hits[:save]
		return false
	}
	h := m.hits[save]
	m.hits = m.hits[:save]
	if h.a != k || h.sp.weekday != 0 || h.sp.rel != 0 || h.sp.day == 0 || h.sp.month == 0 ||
		!(h.sp.typ == Date && h.sp.gran == gDay || h.sp.typ == Time && h.sp.gran == gClock) {
		return false // a day of the calendar only: not "So 3 Tage später"
	}
	return m.push(i, h.b, h.sp)
}

// relNounLed reads one-word relative periods: Vorjahr, Vorquartal,
// Jahresende, Schlussquartal, Sommerhalbjahr.
func (m *matcher) relNounLed(i int) bool {
	v := m.t[i].v
	sp := spec{typ: Date}
	switch v {
	case rnVorjahr:
		sp.gran, sp.rel, sp.unit, sp.off = gYear, relShift, uYear, -1
	case rnFolgejahr:
		sp.gran, sp.rel, sp.unit, sp.off, sp.ana = gYear, relShift, uYear, 1, true
	// The bases of a comparison (Vorquartal, Vorjahresquartal,
	// Vorjahreszeitraum) are not the time the text goes on about: they
	// leave the latest quarter as it is ("im dritten Quartal … gegenüber
	// dem Vorjahresquartal … im Vergleich zum Vorquartal": 2025-Q2).
	case rnVorquartal:
		sp.gran, sp.rel, sp.unit, sp.off, sp.noAnchor = gQuarter, relLast, uQuarter, -1, true
	case rnVorjahresquartal:
		sp.gran, sp.rel, sp.unit, sp.noAnchor = gQuarter, relLastY, uQuarter, true
		if !m.hasLastQ || m.lastQ.gran != gQuarter {
			sp.rel, sp.off = relLast, -4
		}
	case rnVorjahreszeitraum:
		sp.gran, sp.rel, sp.unit, sp.noAnchor = gYear, relLastY, uYear, true
		if m.word(i+1) == "des" && m.isCls(i+2, cRelNoun) && m.t[i+2].v == rnVorjahr {
			return m.push(i, i+3, sp) // "im Vergleichszeitraum des Vorjahres"
		}
	case rnVormonat:
		// the month before the one told ("im Oktober … gegenüber dem
		// Vormonat": September), else before the document's; a basis of
		// comparison, it does not move the text's time
		sp.gran, sp.rel, sp.unit, sp.off, sp.ana, sp.noAnchor, sp.whole = gMonth, relShift, uMonth, -1, true, true, true
	case rnVorjahresmonat:
		// the month told a year earlier ("im Oktober … gegenüber dem
		// Vorjahresmonat": October of the year before)
		sp.gran, sp.rel, sp.unit, sp.off, sp.ana, sp.noAnchor, sp.whole = gMonth, relShift, uMonth, -12, true, true, true
	case rnVorwoche:
		sp.gran, sp.rel, sp.unit, sp.off = gWeek, relShift, uWeek, -1
	case rnVortag:
		sp.gran, sp.rel, sp.unit, sp.off, sp.ana = gDay, relShift, uDay, -1, true
	case rnFolgetag:
		sp.gran, sp.rel, sp.unit, sp.off, sp.ana = gDay, relShift, uDay, 1, true
	case rnSchlussquartal:
		sp.gran, sp.q = gQuarter, int(m.t[i].v2)
	case rnJahresende:
		sp.gran, sp.mod = gYear, End
	case rnJahresmitte:
		sp.gran, sp.mod = gYear, Mid
	case rnJahresbeginn:
		sp.gran, sp.mod = gYear, Start
	case rnMonatsende:
		sp.gran, sp.mod, sp.rel, sp.unit, sp.ana = gMonth, End, relShift, uMonth, true
	case rnMonatsanfang:
		sp.gran, sp.mod, sp.rel, sp.unit, sp.ana = gMonth, Start, relShift, uMonth, true
	case rnMonatsmitte:
		sp.gran, sp.mod, sp.rel, sp.unit, sp.ana = gMonth, Mid, relShift, uMonth, true
	case rnQuartalsende:
		sp.gran, sp.mod, sp.rel, sp.unit, sp.ana = gQuarter, End, relShift, uQuarter, true
	case rnQuartalsbeginn:
		sp.gran, sp.mod, sp.rel, sp.unit, sp.ana = gQuarter, Start, relShift, uQuarter, true
	case rnWochenbeginn:
		sp.gran, sp.mod, sp.rel, sp.unit, sp.ana, sp.we = gWeek, Start, relShift, uWeek, true, wePart
	case rnWochenmitte:
		sp.gran, sp.mod, sp.rel, sp.unit, sp.ana, sp.we = gWeek, Mid, relShift, uWeek, true, wePart
	case rnTagesverlauf:
		sp.gran, sp.rel, sp.unit, sp.ana = gDay, relShift, uDay, true
	case rnWochenverlauf: // "im Wochenverlauf": the week told
		sp.gran, sp.rel, sp.unit, sp.ana = gWeek, relShift, uWeek, true
	case rnMonatsverlauf: // "im Monatsverlauf": the month told
		sp.gran, sp.rel, sp.unit, sp.ana = gMonth, relShift, uMonth, true
	case rnVorabend:
		if m.isCls(i+1, cArt) || m.isPrep(i+1, pVon) {
			return false // "am Vorabend der Wahl", "am Vorabend von Aschura": the eve of an event
		}
		// a look back: it does not move the time the text goes on about
		sp.typ, sp.gran, sp.part, sp.rel, sp.unit, sp.off, sp.ana, sp.noAnchor = Time, gPart, ptEV, relShift, uDay, -1, true, true
	case rnSommerhalbjahr:
		sp.gran, sp.season = gSeason, sSU
	case rnWinterhalbjahr:
		sp.gran, sp.season = gSeason, sWI
	case rnJahresfrist:
		if m.prevOK(i) && m.isPrep(i-1, pVor) {
			// "vor Jahresfrist": a year ago, as "vor einem Jahr"
			return m.push(i-1, i+1, spec{typ: Date, gran: gYear, rel: relShift, unit: uYear, off: -1})
		}
		return m.push(i, i+1, spec{typ: Duration, val: "P1Y"}) // "binnen Jahresfrist"
	case rnGesamtjahr:
		if m.word(i) == "Heuer" && i > 0 && m.t[i-1].k != tkPunct {
			return false // "TAG Heuer", a name: the adverb is capitalized only at a sentence start
		}
		sp.gran = gYear
	case rnZukunft, rnVergangenheit:
		// "in Zukunft", "in naher Zukunft", "in der jüngsten
		// Vergangenheit" (TIMEX2 takes the preposition in); not "die
		// Zukunft des Werks", "seine Vergangenheit"
		a := i - 1
		if m.prevOK(a) && m.t[a].k == tkWord && m.t[a].cls == cNone && m.t[a].e+1 == m.t[i].s && timeAdj(m.word(a)) {
			a-- // "naher", "absehbarer", "jüngsten"
		}
		ref := "FUTURE_REF"
		if v == rnVergangenheit {
			ref = "PAST_REF"
			if a >= m.minTok && a >= 0 && m.word(a) == "der" {
				a-- // "in der Vergangenheit"
			}
		}
		if a >= m.minTok && a >= 0 && m.isPrep(a, pIn) {
			return m.push(a, i+1, spec{typ: Date, ref: ref})
		}
		return false
	case rnWochenende:
		if m.prevOK(i) && m.isCls(i-1, cEach) {
			return m.push(i-1, i+1, spec{typ: Set, val: "XXXX-WXX-WE"}) // "jedes Wochenende"
		}
		if i > 0 && m.isPunct(i-1, '-') && m.adj(i-1, i) || m.prevOK(i) && m.isCls(i-1, cNum) {
			return false // "Heimspiel-Wochenende", "ein Wochenende"
		}
		sp.gran, sp.rel, sp.unit, sp.we = gWeek, relShift, uWeek, weBare
	case rnFolgezeit:
		return m.push(i, i+1, spec{typ: Date, ref: "FUTURE_REF"})
	case rnTurn:
		// "um die Jahrhundertwende", "zur Jahrtausendwende": the year of
		// the turn nearest the time told last or the document's ("um die
		// Jahrhundertwende" after "1895" is 1900; in a text of 2025, 2000)
		var y int
		switch {
		case m.t[i].v2 == 1000:
			y = 2000 // the last turn of a millennium, whatever the text's date
		case m.hasAnchor && !m.anchor.fiscal:
			y = m.anchor.y
		case m.hasRef:
			y = m.refPt.y
		default:
			return false
		}
		step := int(m.t[i].v2)
		if y < 0 {
			return false
		}
		y = (y + step/2) / step * step
		a := i
		if w := m.word(i - 1); m.prevOK(i) && (w == "vorletzten" || w == "vorletzte") {
			a, y = i-1, y-step // "der vorletzten Jahrhundertwende": 1900
		}
		sp := spec{typ: Date, gran: gYear, year: y, hasYear: true, noAnchor: true}
		if m.isCls(a-1, cArt) && m.isPrep(a-2, pUm) {
			sp.mod = Approx // "um die Jahrhundertwende": about
		}
		return m.push(a, i+1, sp)
	case rnJahreswechsel:
		// the first day of the year that begins
		return m.push(i, i+1, spec{typ: Date, gran: gDay, month: 1, day: 1, yoff: 1, ana: true, yearTurn: true})
	default:
		return false
	}
	end := i + 1
	if sp.rel == relNone {
		end = m.yearTail(end, &sp) // "Schlussquartal 2024", "Schlussquartal des Vorjahres"
		if v == rnGesamtjahr && sp.hasYear && end == i+2 {
			if y2, e2, ok := m.slashYear(end, sp.year); ok {
				sp.year, sp.fiscal, end = y2, true, e2 // "Gesamtjahr 2025/26": a fiscal year, as "Geschäftsjahr 2025/26"
			}
		}
	}
	return m.push(i, end, sp)
}

func (m *matcher) deixisLed(i int) bool {
	v := int(m.t[i].v)
	if v == 0 && m.ref.Narrative {
		return m.push(i, i+1, spec{typ: Date, ref: "PRESENT_REF"})
	}
	if v == 1 && m.t[i].up {
		return false // "Morgen" is a morning; only "morgen" is tomorrow
	}
	if k := i + 2; m.isPunct(i+1, ',') && (m.word(k) == "den" || m.word(k) == "dem") {
		// "morgen, den 20. September", "heute, dem 5. Mai": the day in
		// apposition names the date
		if d, e, ok := m.dayMonth(k + 1); ok && d.weekday == 0 {
			return m.push(i, e, d)
		}
	}
	sp := spec{typ: Date, gran: gDay, rel: relShift, unit: uDay, off: v}
	end := i + 1
	if t := m.tk(end); t != nil && t.k == tkWord && t.cls == cPart && t.v != ptMidnight {
		sp.typ, sp.gran, sp.part = Time, gPart, t.v
		end++
	} else if t != nil && t.k == tkWord && t.cls == cNone && m.word(end) == "früh" {
		sp.typ, sp.gran, sp.part = Time, gPart, ptMO // "heute früh", "gestern früh" (Austria, Bavaria)
		end++
	}
	return m.push(i, end, sp)
}

// laterLed reads "wenig später", "kurz zuvor", "kurz darauf".
func (m *matcher) laterLed(i int) bool {
	if !m.prevOK(i) {
		return false
	}
	if p := m.t[i-1]; p.k != tkWord || p.cls != cShortly && p.cls != cRefWord {
		return false
	}
	if m.t[i].v > 0 {
		return m.push(i-1, i+1, spec{typ: Date, ref: "FUTURE_REF"})
	}
	return m.push(i-1, i+1, spec{typ: Date, ref: "PAST_REF"})
}

// eachLed reads sets: "jeden Monat", "jedes Jahr", "jeden Montag", "alle
// drei Monate".
func (m *matcher) eachLed(i int) bool {
	j := i + 1
	t := m.tk(j)
	if t == nil || t.k != tkWord && t.k != tkNum {
		return false
	}
	if w := m.word(i); w == "alle" || w == "Alle" {
		if (m.isNum(j) && m.t[j].nd <= 2 || m.isCls(j, cNum) && m.t[j].v > 1) && m.isCls(j+1, cUnit) && m.t[j+1].v2&ufPlural != 0 {
			return m.push(i, j+2, spec{typ: Set, val: durationValue(int(m.t[j].v), uint8(m.t[j+1].v))})
		}
		return false
	}
	switch t.cls {
	case cUnit:
		if t.v2&(ufPlural|ufKW) == 0 {
			return m.push(i, j+1, spec{typ: Set, val: durationValue(1, uint8(t.v))})
		}
	case cWeekday:
		return m.push(i, j+1, spec{typ: Set, val: "XXXX-WXX-" + string(rune('0'+t.v))})
	case cSeason:
		if t.v2 == 0 && !hasSuffixS(m.word(j)) {
			return m.push(i, j+1, spec{typ: Set, val: "XXXX-" + seasonNames[t.v]}) // "jeden Sommer"
		}
	case cMonth:
		if mo, e, ok := m.monthWord(j); ok && e == j+1 && !m.isNum(e) {
			return m.push(i, e, spec{typ: Set, val: "XXXX-" + string(pad(nil, mo, 2))}) // "jeden Dezember"
		}
	case cOrd:
		// "jeden zweiten Dienstag", "jede dritte Woche": every so many
		if n := int(t.v); n >= 2 && n <= 4 && m.tk(j+1) != nil {
			switch u := m.t[j+1]; {
			case u.k == tkWord && u.cls == cWeekday && u.v2 == 0 && !hasSuffixS(m.word(j+1)):
				return m.push(i, j+2, spec{typ: Set, val: "XXXX-WXX-" + string(rune('0'+u.v))})
			case u.k == tkWord && u.cls == cUnit && u.v2&(ufPlural|ufKW|ufFiscal) == 0:
				return m.push(i, j+2, spec{typ: Set, val: durationValue(n, uint8(u.v))})
			}
		}
	}
	return false
}

// freqLed reads how often in a unit of time: "zweimal im Jahr", "einmal
// pro Woche", "dreimal am Tag", "zweimal in der Woche", "viermal
// jährlich": a set of the unit (TimeML: value P1Y, freq 2X; the count is
// not kept). Without a unit after it "einmal" is no time ("noch einmal").
func (m *matcher) freqLed(i int) bool {
	j := i + 1
	if m.isCls(j, cSet) {
		return m.push(i, j+1, spec{typ: Set, val: durationValue(1, uint8(m.t[j].v))})
	}
	switch {
	case m.isPrep(j, pIm) || m.isPrep(j, pAm):
		j++
	case m.isPrep(j, pOther) && (m.word(j) == "pro" || m.word(j) == "per") || m.word(j) == "je":
		j++
	case m.isPrep(j, pIn) && m.word(j+1) == "der" || m.word(j) == "die":
		j += 1 + b2i(m.word(j) != "die")
	default:
		return false
	}
	u := m.tk(j)
	if u == nil || u.k != tkWord || u.cls != cUnit || u.v2&(ufPlural|ufKW|ufGen|ufFiscal) != 0 {
		return false
	}
	if n := m.tk(j + 1); n != nil && n.k == tkNum {
		return false // "einmal im Jahr 2019": a year
	}
	return m.push(i, j+1, spec{typ: Set, val: durationValue(1, uint8(u.v))})
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// partLed reads parts of the day: "Morgen des 1. September 1939", "Nacht
// vom 16. auf den 17. April", "am Abend", "Mitternacht".
func (m *matcher) partLed(i int) bool {
	t := m.t[i]
	a := i
	var mod Mod
	if m.prevOK(i) && m.isCls(i-1, cEarly) {
		a, mod = i-1, Mod(m.t[i-1].v)
	}
	if t.v == ptEV && a == i && i > 0 {
		switch m.word(i - 1) {
		case "Heiligen", "Heiliger", "Heilige": // "am Heiligen Abend" is 24 December
			return m.holidayLed2(i-1, i, 1224)
		}
	}
	if t.v == ptMO && a == i && m.word(i) == "Morgen" && m.sentenceStart(i) && !m.ref.Narrative {
		// "Morgen Abend ist die Landung", "Morgen früh beginnt": at a
		// sentence start before another part of the day, the capital is
		// the sentence's, and this is tomorrow (not "Morgen für Morgen",
		// "Morgen und Abend")
		sp := spec{typ: Date, gran: gDay, rel: relShift, unit: uDay, off: 1}
		n := m.tk(i + 1)
		switch {
		case n == nil || n.k != tkWord:
			return false
		case n.cls == cPart && n.v != ptMidnight && n.v != ptMO:
			sp.typ, sp.gran, sp.part = Time, gPart, n.v
			return m.push(i, i+2, sp)
		case n.cls == cNone && m.word(i+1) == "früh":
			sp.typ, sp.gran, sp.part = Time, gPart, ptMO
			return m.push(i, i+2, sp)
		}
		return false // "Morgen ist ein schönes Wort": a bare one stays a noun
	}
	sp := spec{typ: Time, gran: gPart, part: t.v, mod: mod}
	if t.v == ptMidnight {
		sp.gran, sp.hour, sp.part = gClock, 24, 0
	}
	j := i + 1
	if m.isCls(j, cArt) || m.isPrep(j, pVon) {
		if m.isNum(j + 1) {
			save := len(m.hits)
			if m.dotLed(j+1) && len(m.hits) > save {
				h := m.hits[save]
				m.hits = m.hits[:save]
				if h.sp.typ == Date && h.sp.gran == gDay && h.sp.weekday == 0 {
					d := h.sp
					d.typ, d.gran, d.part, d.hour, d.mod = Time, sp.gran, sp.part, sp.hour, mod
					return m.push(a, h.b, d)
				}
			}
			m.hits = m.hits[:save]
		}
	}
	// "in der Nacht zum Freitag", "Nacht auf den 3. Oktober": the night
	// before that day, counted as the evening's day (as "Nacht vom 2. auf
	// den 3." is the 2nd's); "Nacht von Donnerstag auf Freitag" is
	// Thursday's
	if t.v == ptNI {
		k, off := j, -1
		switch {
		case m.isPrep(k, pZum) || m.word(k) == "zu" && m.isCls(k+1, cWeekday): // "in der Nacht zu Montag"
			k++
		case m.isPrep(k, pAuf):
			k++
			if m.word(k) == "den" {
				k++
			}
		case m.isPrep(k, pVon) && m.isCls(k+1, cWeekday):
			k, off = k+1, 0
		default:
			k = 0
		}
		if k > 0 {
			var inner spec
			end := 0
			if wd := m.tk(k); wd != nil && wd.k == tkWord && wd.cls == cWeekday && wd.v2 == 0 && !hasSuffixS(m.word(k)) {
				inner, end = spec{typ: Date, gran: gDay, weekday: int(wd.v)}, k+1
				if off == 0 && (m.isPrep(end, pAuf) || m.isPrep(end, pZum)) && m.isCls(end+1, cWeekday) {
					end += 2
				}
				if e := end + 1; m.isPunct(end, ',') && m.word(e) == "dem" {
					if d, e2, ok := m.dayMonth(e + 1); ok && d.weekday == 0 {
						inner, end = d, e2 // "Nacht zum Mittwoch, dem 26. Mai"
					}
				}
			} else if d, e, ok := m.dayMonth(k); ok && d.weekday == 0 {
				inner, end = d, e
			}
			if end > 0 {
				f := inner // only a found night allocates its day
				return m.push(a, end, spec{typ: Time, gran: gPart, part: ptNI, mod: mod, unit: uDay, off: off, from: &f})
			}
		}
	}
	// "am Morgen darauf", "am Abend zuvor": the part of the next or the
	// previous day (as "am Tag darauf")
	if t.v != ptMidnight && m.isCls(j, cLater) && m.word(j) != "später" && m.word(j) != "früher" {
		b := a
		if b == i && m.prevOK(i) && m.isPrep(i-1, pAm) {
			b = i - 1
		}
		return m.push(b, j+1, spec{typ: Time, gran: gPart, part: t.v, mod: mod, rel: relShift, unit: uDay, off: int(m.t[j].v), ana: true})
	}
	// "Abend desselben Tages", "Morgen des folgenden Tages", "Nacht des
	// Vortages": a part of the day told or of one next to it
	if k := j; t.v != ptMidnight {
		if m.isCls(k, cArt) {
			k++
		}
		off, end := 0, 0
		switch {
		case m.isCls(k, cRel) && m.isUnit(k+1, uDay) && m.t[k+1].v2&ufGen != 0 && m.t[k].v >= -1 && m.t[k].v <= 1:
			off, end = int(m.t[k].v), k+2
			if m.t[k].v2 == rkCur {
				end = 0 // "dieses Tages": no anaphor
			}
		case k > j && m.isCls(k, cRelNoun) && (m.t[k].v == rnVortag || m.t[k].v == rnFolgetag):
			off, end = 1, k+1
			if m.t[k].v == rnVortag {
				off = -1
			}
		}
		if end > 0 {
			return m.push(a, end, spec{typ: Time, gran: gPart, part: t.v, mod: mod, rel: relShift, unit: uDay, off: off, ana: true})
		}
	}
	if off, ok := deicticAdj(m.word(i - 1)); ok && a == i && m.prevOK(i) && !m.ref.Narrative && t.v != ptMidnight {
		// "am gestrigen Abend", "am heutigen Vormittag"
		return m.push(i-1, i+1, spec{typ: Time, gran: gPart, part: t.v, rel: relShift, unit: uDay, off: off})
	}
	// a bare part of the day needs a preposition or article before it
	if a == i {
		p := m.tk(i - 1)
		if p == nil || p.k != tkWord || !(p.cls == cPrep || p.cls == cArt || p.cls == cApprox) {
			return false
		}
		if w := m.word(i - 1); (w == "über" || w == "Über") && t.v != ptMidnight || w == "pro" || w == "Pro" {
			// "über Nacht" (overnight, all of a sudden), "über Mittag
			// geschlossen", "pro Nacht und Gast": no day's part told
			return false
		}
	}
	sp.rel, sp.unit, sp.ana = relShift, uDay, true
	return m.push(a, i+1, sp)
}

// comparativeOfFigure reports whether "mehr"/"weniger" at i is the
// comparative of a figure just before it: a number, alone or with one word
// after it ("300 mehr", "4 Prozent mehr", "drei Millionen weniger"). What
// follows "als" is then the basis of the comparison ("als ein Jahr zuvor",
// "als im Vorjahr"), and "mehr als" is no bound of a time.
func (m *matcher) comparativeOfFigure(i int) bool {
	figure := func(k int) bool {
		t := m.tk(k)
		return t != nil && k >= m.minTok && (t.k == tkNum || t.k == tkWord && t.cls == cNum && t.v > 1) // not "ein", "einen": an article
	}
	if !m.prevOK(i) {
		return false
	}
	if figure(i - 1) {
		return true
	}
	// one word between: a run token spans its first word only, so the
	// word must end one space before "mehr"
	p := m.t[i-1]
	return p.k == tkWord && (p.cls == cNone || p.cls == cUnit || p.cls == cBlock) && p.e+1 == m.t[i].s && figure(i-2)
}

// approxLed reads "etwa 1940", "fast zwei Jahre", "mehr als drei Tage",
// "gegen Abend".
func (m *matcher) approxLed(i int) bool {
	t := m.t[i]
	j := i + 1
	mod := Mod(t.v)
	if t.cls == cMore {
		if m.comparativeOfFigure(i) {
			return false // "4 Prozent mehr als ein Jahr zuvor": the time is the basis, not a bound
		}
		if !m.isCls(j, cAls) {
			// "innerhalb weniger Wochen"
			if t.v == int32(LessThan) && m.isCls(j, cUnit) && m.t[j].v2&ufPlural != 0 && m.t[j].v2&ufFiscal == 0 {
				if u := uint8(m.t[j].v); u != uHalf && u != uQuarter {
					return m.push(i, j+1, spec{typ: Duration, val: durationValue(-1, u)})
				}
			}
			return false
		}
		j++
	}
	if j >= len(m.t) {
		return false
	}
	if t.cls == cApprox && (t.v2 < 2 || t.v2 == 4) && m.word(i) != "gegen" && m.prevOK(i) && m.isPrep(i-1, pVor) {
		// "vor rund 20 Jahren", "vor knapp einem Jahr", "vor gut zehn
		// Jahren": the date so long ago, approximately (as "vor sechs
		// Jahren")
		n := int32(-1)
		if m.isNum(j) && m.t[j].nd <= 3 || m.isCls(j, cNum) {
			n = m.t[j].v
		}
		if u := m.tk(j + 1); n > 0 && u != nil && u.k == tkWord && u.cls == cUnit && u.v2&(ufKW|ufGen|ufFiscal) == 0 && (n == 1) == (u.v2&ufPlural == 0) {
			if g := unitGran(uint8(u.v)); g != gNone {
				return m.push(i-1, j+2, spec{typ: Date, gran: g, rel: relShift, unit: uint8(u.v), off: -int(n), mod: Approx})
			}
		}
	}
	if t.cls == cApprox && t.v2 < 2 && m.word(i) != "gegen" && m.prevOK(i) && m.isPrep(i-1, pNach) && m.word(i-1) != "nachdem" {
		// "nach etwa zehn Tagen": the day so long after the time told,
		// approximately (as "nach zwei Tagen" is a day)
		if (m.isNum(j) && m.t[j].nd <= 3 || m.isCls(j, cNum)) && m.t[j].v > 1 && m.isUnit(j+1, uDay) && m.t[j+1].v2&ufPlural != 0 {
			return m.push(i-1, j+2, spec{typ: Date, gran: gDay, rel: relShift, unit: uDay, off: int(m.t[j].v), ana: true, mod: Approx})
		}
	}
	save := len(m.hits)
	ok := m.sub(j)
	if !ok || len(m.hits) == save {
		m.hits = m.hits[:save]
		return false
	}
	h := &m.hits[save]
	if h.a != j || h.sp.ref != "" || h.sp.typ == Set {
		return true // keep the inner match as it is
	}
	if t.cls == cApprox && (t.v2 == 2 && (h.sp.typ != Date || m.isPrep(i-1, pAb) || m.isPrep(i-1, pSeit)) || t.v2 == 3 && h.sp.typ != Duration) {
		// "spätestens 2030", "bis spätestens Montag" bound a date (not
		// "ab spätestens 23. August"); "mindestens drei Jahre",
		// "höchstens zwei Wochen" a duration
		return true
	}
	if t.cls == cApprox && t.v2 == 4 && h.sp.typ != Duration && !(h.sp.rel == relShift && (m.isNum(j) || m.isCls(j, cNum))) {
		// "gut zwei Jahre", "gut zwei Jahre später": a little more than
		// so long; not "gut 2019", "gut vor drei Jahren", "gut Mitte März"
		return true
	}
	switch h.sp.mod {
	case Start, Mid, End: // "ungefähr Mitte Juni": the position stays
		if t.cls == cApprox && t.v2 < 2 { // not "spätestens Ende März": that limit has no mod of its own here
			h.a = i
		}
		return true
	case NoMod, OnOrAfter, OnOrBefore:
	default:
		return true
	}
	if t.cls == cApprox && t.v2 == 0 && m.word(i) != "gegen" && h.sp.typ == Date && h.sp.gran >= gDay {
		return true
	}
	h.a = i
	h.sp.mod = mod
	return true
}

// decadeNumLed reads "1990er", "1930er-Jahren", "90er Jahre".
func (m *matcher) decadeNumLed(i int) bool {
	n := m.t[i]
	var d int
	switch {
	case n.nd == 4 && n.v%10 == 0:
		d = int(n.v) / 10
	case n.nd == 2 && n.v%10 == 0:
		d = int(n.v) / 10
	default:
		return false
	}
	end := i + 1
	if n.sfx == sfxNone { // "1940-er Jahren": the suffix after a hyphen
		end += 2
	}
	if m.isPunct(end, '-') && m.adj(end-1, end) && m.isUnit(end+1, uYear) && m.t[end+1].v2&ufPlural != 0 {
		end += 2
	} else if m.isUnit(end, uYear) && m.t[end].v2&ufPlural != 0 {
		end++
	} else if n.sfx == sfxEr {
		// a bare "90er" is a decade after an article ("die 90er", "in den
		// 90ern"), not a size or a compound ("Größe 40er", "die
		// 90er-Marke", "das 90er Trikot")
		if !m.isCls(i-1, cArt) && !m.isCls(i-1, cEarly) ||
			m.isPunct(end, '-') && m.adj(end-1, end) && !m.isCls(end+1, cUnd) && !m.isPrep(end+1, pBis) || // not "der 1960er- bis 1980er-Jahre"
			m.tk(end) != nil && m.t[end].k == tkWord && m.t[end].up && m.t[end].cls == cNone {
			return false
		}
	}
	a := i
	var mod Mod
	if m.prevOK(a) && m.isCls(a-1, cEarly) { // "in den späten 1930er Jahren"
		a--
		mod = Mod(m.t[a].v)
	}
	if m.prevOK(a) && m.isCls(a-1, cArt) {
		a--
	}
	if mod == NoMod {
		mod = m.prepMod(a) // "seit den 1990er-Jahren"
	}
	sp := spec{typ: Date, gran: gDecade, decade: d, mod: mod}
	if n.nd == 2 && d == 0 {
		sp.decade = 10 // "00er": resolved like a decade word of the 2000s
		return false
	}
	return m.push(a, end, sp)
}

// decadeWordLed reads "zwanziger Jahre", "Neunzigerjahre".
func (m *matcher) decadeWordLed(i int) bool {
	t := m.t[i]
	w := m.word(i)
	end := i + 1
	if w[0] >= 'a' && w[0] <= 'z' {
		if !(m.isUnit(end, uYear) && m.t[end].v2&ufPlural != 0) {
			return false
		}
		end++
	} else if m.isUnit(end, uYear) && m.t[end].v2&ufPlural != 0 {
		end++ // "Die Fünfziger Jahre" at a sentence start
	}
	a := i
	var mod Mod
	if m.prevOK(a) && m.isCls(a-1, cEarly) { // "in den frühen zwanziger Jahren"
		a--
		mod = Mod(m.t[a].v)
	}
	if m.prevOK(a) && m.isCls(a-1, cArt) {
		a--
	}
	if mod == NoMod {
		mod = m.prepMod(a) // "seit den achtziger Jahren"
	}
	return m.push(a, end, spec{typ: Date, gran: gDecade, decade: int(t.v), mod: mod})
}

func (m *matcher) holidayLed(i int, v int32) bool { return m.holidayLed2(i, i, v) }

func (m *matcher) holidayLed2(a, i int, v int32) bool {
	switch m.word(i) {
	case "Empfängnis": // "Mariä Empfängnis" is 8 December; not "die Empfängnis"
		if a != i || i < 1 || lastWordBefore(m.text, int(m.t[i].s)) != "Mariä" {
			return false
		}
		if m.word(i-1) == "Mariä" {
			a = i - 1 // not when "Mariä" ends a run of unknown words ("Zu Mariä")
		}
	case "Einheit": // "Tag der Deutschen Einheit" is 3 October; not "die Einheit"
		if a != i || i < 3 || m.word(i-1) != "Deutschen" || m.word(i-2) != "der" || m.word(i-3) != "Tag" {
			return false
		}
		a = i - 3
	}
	sp := spec{typ: Date, gran: gDay, month: int(v / 100), day: int(v % 100), mod: m.prepMod(a)}
	if i > 0 && m.isPunct(i-1, '-') && m.adj(i-1, i) || m.isPunct(i+1, '-') && m.adj(i, i+1) {
		return false // "Mariä-Himmelfahrt-Waisenhaus", "Oster-Geschäft"
	}
	if v > easterBase/2 {
		sp.month, sp.day, sp.movable, sp.easter = 0, 0, true, int(v-easterBase)
		if a == i && m.prevOK(a) {
			switch lastWordBefore(m.text, int(m.t[a].s)) {
			case "Christi": // "Christi Himmelfahrt"
				if m.word(a-1) == "Christi" {
					a--
				}
			case "Mariä": // "Mariä Himmelfahrt" is 15 August
				if m.word(a-1) == "Mariä" {
					a-- // not when "Mariä" ends a run of unknown words ("Zu Mariä")
				}
				sp.month, sp.day, sp.movable, sp.easter = 8, 15, false, 0
			}
		}
	}
	end := i + 1
	if y, e, ok := m.yearAt(end, false); ok {
		sp.year, sp.hasYear, end = y, true, e
	}
	if sp.month == 1 && a == i && a >= 2 && (m.isCls(a-1, cUnd) || m.isPrep(a-1, pBis)) && m.isCls(a-2, cHoliday) && m.t[a-2].v/100 == 12 {
		sp.afterDec = true // "zwischen Weihnachten und Neujahr", "von Silvester bis Neujahr": the January after
	}
	return m.push(a, end, sp)
}

// lastWordBefore returns the word that ends right before the spaces
// before text[i] (letters, digits and bytes of multi-byte letters).
func lastWordBefore(text string, i int) string {
	if i <= 0 || i > len(text) {
		return "" // nothing before: "dem 1. April" at the start of a text
	}
	e := i
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	s := e
	for s > 0 && (byteClass[text[s-1]] != 0 || text[s-1] >= 0x80) {
		s--
	}
	return text[s:e]
}

// eventWord reports whether w names an event or a period that a year
// after it dates: an election ("Bundestagswahl", "Landtagswahlen"), a
// championship ("WM", "Alpin-WM", "Europameisterschaft"), games
// ("Olympia", "Winterspiele"), an exhibition ("Expo"), a budget year
// ("Haushaltsjahr").
func eventWord(w string) bool {
	switch w {
	case "WM", "EM", "Olympia", "Expo", "EXPO", "Haushaltsjahr", "Haushaltsjahres", "Wahl", "Wahlen":
		return true
	}
	for _, suf := range [...]string{"-WM", "-EM", "wahl", "wahlen", "meisterschaft", "meisterschaften", "spiele"} {
		if len(w) > len(suf)+2 && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// streetSuffixes end the name of a street or square, after which a
// number is a house number ("Hauptstraße 2019", "Berliner Allee 2010",
// "Mariahilfer Gürtel 1996").
var streetSuffixes = [...]string{"straße", "strasse", "gasse", "allee", "platz", "weg", "ring", "damm", "ufer", "chaussee", "zeile", "gürtel", "kai", "promenade", "boulevard"}

// streetWord reports whether w names a street by its ending.
func streetWord(w string) bool {
	for _, suf := range streetSuffixes {
		if hasSuffixFold(w, suf) {
			return true
		}
	}
	return false
}

// hasSuffixFold reports whether w ends with suf (lowercase ASCII letters
// and UTF-8), the suffix's first letter also matching in upper case
// ("Allee", "Ring").
func hasSuffixFold(w, suf string) bool {
	if len(w) < len(suf) || w[len(w)-len(suf)+1:] != suf[1:] {
		return false
	}
	c := w[len(w)-len(suf)]
	return c == suf[0] || suf[0] >= 'a' && suf[0] <= 'z' && c == suf[0]-'a'+'A'
}

// isAge reports whether the years counted from token a to end are an
// age: "alt" (any ending) after them, or "im Alter von" before them.
func (m *matcher) isAge(a, end int) bool {
	switch m.word(end) {
	case "alt", "alte", "alten", "alter", "altes", "altem":
		return true
	}
	if w := m.word(a - 1); (w == "bis" || w == "und") && (m.isNum(a-2) || m.isCls(a-2, cNum)) {
		a -= 2 // "im Alter von 15 bis 16 Jahren", "im Alter zwischen 15 und 16 Jahren": the end of a range of ages
		if m.word(a-1) == "zwischen" && m.word(a-2) == "Alter" {
			return true
		}
	}
	return m.word(a-1) == "von" && m.word(a-2) == "Alter"
}

// nameMonth reports whether the month w is also a first name or surname
// ("August Thyssen", "Juli Zeh", "Thomas Mai").
func nameMonth(w string) bool {
	switch w {
	case "April", "Mai", "Juni", "Juli", "August":
		return true
	}
	return false
}

// personBefore reports whether the word before token i names a person the
// month or season at i is the surname of: a capitalized word the table does not
// know, right before it on the same line ("Thomas Mai", "Frau Mai",
// "Politikerin Juli"), or a title with its dot ("Dr. Mai", "Prof. Mai").
// A preposition, article or time word before the month makes it a date
// ("im Mai", "Anfang Mai", "den Mai").
func (m *matcher) personBefore(i int) bool {
	if i < 1 {
		return false
	}
	p := m.t[i-1]
	if p.k == tkPunct && p.ch == '.' && i >= 2 && m.adj(i-2, i-1) {
		switch m.word(i - 2) {
		case "Dr", "Prof":
			return true
		}
		return false
	}
	if p.k != tkWord || p.cls != cNone || !p.up {
		return false
	}
	// the token may be a run of unknown words ("Sprecherin Anna"): its
	// last word is the one before the month
	s := int(m.t[i].s)
	if s < 1 || m.text[s-1] != ' ' || strings.IndexByte(m.text[p.e:s], '\n') >= 0 {
		return false
	}
	w := lastWordBefore(m.text, s)
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// weekOf reads a week named by the document's after a weekday: "vergangener
// Woche", "der kommenden Woche", "dieser Woche" (off -1, +1, 0), and
// returns the offset in weeks and the token after it. Anaphoric words
// ("der folgenden Woche") and the same week ("derselben Woche") are left
// to the weekday alone.
func (m *matcher) weekOf(j int) (off, end int, ok bool) {
	if m.word(j) == "der" {
		j++
	}
	if !m.isCls(j, cRel) || !m.isUnit(j+1, uWeek) || m.t[j+1].v2&(ufPlural|ufKW) != 0 {
		return 0, 0, false
	}
	r := m.t[j]
	if r.v2 != rkPlain && r.v2 != rkCur || isAnaRel(m.word(j)) {
		return 0, 0, false
	}
	return int(r.v), j + 2, true
}

// sentenceStart reports whether token i starts a sentence: the first
// token (of the text or a line), or one after a full stop, question or exclamation mark, or colon.
func (m *matcher) sentenceStart(i int) bool {
	if i == 0 {
		return true // the first token of the text or of a line
	}
	p := m.t[i-1]
	return p.k == tkPunct && (p.ch == '.' || p.ch == '!' || p.ch == '?' || p.ch == ':')
}
