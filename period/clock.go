package period

// Clock times told in words: "um acht Uhr", "gegen zehn Uhr abends", "um
// halb neun", "um Viertel nach acht", "Viertel vor zehn Uhr", "um
// dreiviertel sieben". Clock times in digits are read by clockLed; both
// take a part of the day after them ("8 Uhr abends" is 20:00).

// hourWord returns the hour a number word names as a clock time: "acht"
// 8, "zwanzig" 20, "eins" 1 ("um halb eins"). "ein" counts only before
// "Uhr" (uhr), "eine" never ("eine Uhr" is a clock).
func hourWord(w string, uhr bool) int {
	switch w {
	case "ein":
		if uhr {
			return 1
		}
	case "eins":
		return 1
	case "zwei":
		return 2
	case "drei":
		return 3
	case "vier":
		return 4
	case "fünf":
		return 5
	case "sechs":
		return 6
	case "sieben":
		return 7
	case "acht":
		return 8
	case "neun":
		return 9
	case "zehn":
		return 10
	case "elf":
		return 11
	case "zwölf":
		return 12
	}
	if !uhr {
		return 0
	}
	switch w {
	case "dreizehn":
		return 13
	case "vierzehn":
		return 14
	case "fünfzehn":
		return 15
	case "sechzehn":
		return 16
	case "siebzehn":
		return 17
	case "achtzehn":
		return 18
	case "neunzehn":
		return 19
	case "zwanzig":
		return 20
	case "einundzwanzig":
		return 21
	case "zweiundzwanzig":
		return 22
	case "dreiundzwanzig":
		return 23
	case "vierundzwanzig":
		return 24
	}
	return 0
}

// hourWordUhr reads "acht Uhr" at i, a number word and "Uhr": a clock
// time, with a part of the day after it ("zehn Uhr abends").
func (m *matcher) hourWordUhr(i int) bool {
	if !m.isCls(i+1, cUhr) {
		return false
	}
	h := hourWord(m.word(i), true)
	if h == 0 {
		return false
	}
	sp := spec{typ: Time, gran: gClock, hour: h, rel: relShift, unit: uDay, ana: true}
	end := m.dayPartTail(i+2, &sp)
	return m.push(i, m.zoneTail(end, &sp), sp)
}

// clockWordAfter tells the words before a clock time told with "halb",
// "Viertel" or "dreiviertel" that make it one when no "Uhr" follows: "um
// halb neun", "gegen Viertel nach acht", "bis halb zwölf", "kurz vor halb
// drei".
func clockWordAfter(w string) bool {
	switch w {
	case "um", "Um", "gegen", "Gegen", "bis", "Bis", "ab", "Ab", "seit", "Seit", "vor", "nach", "Punkt":
		return true
	}
	return false
}

// clockWordLed reads a clock time led by "halb" (v 30: "halb neun" is
// 8:30), "Viertel" (v 15: "Viertel nach acht" 8:15, "Viertel vor zehn"
// 9:45) or "dreiviertel" (v 45: "dreiviertel sieben" 6:45). The hour is a
// number word or a number up to 12; it takes "Uhr" and a part of the day
// after it. Without "Uhr" it is a time only after "um", "gegen", "bis" …
// (clockWordAfter) and before no noun: not "halb zwei Kisten", "ein
// Viertel nach drei Jahren", "das Viertel vor acht Wochen".
func (m *matcher) clockWordLed(i int) bool {
	kind := m.t[i].v
	j := i + 1
	sign := 0
	if kind == 15 {
		switch m.word(j) {
		case "nach":
			sign = 1
		case "vor":
			sign = -1
		default:
			return false
		}
		j++
	}
	uhr := m.isCls(j+1, cUhr)
	h := 0
	if t := m.tk(j); t == nil {
		return false
	} else if t.k == tkNum {
		if t.sfx == sfxNone && t.nd <= 2 && t.v >= 1 && t.v <= 12 && !(m.isPunct(j+1, '.') && m.adj(j, j+1)) {
			h = int(t.v)
		}
	} else if t.k == tkWord && (t.cls == cNum || t.cls == cNone) {
		h = hourWord(m.word(j), false)
		if h > 0 && t.cls == cNone && m.runEnd(j) > t.e {
			return false // a word of a run ("halb elf Freunde")
		}
	}
	if h == 0 {
		return false
	}
	end := j + 1
	if uhr {
		end++
	} else {
		if !clockWordAfter(m.word(i - 1)) {
			return false
		}
		if n := m.tk(end); n != nil && n.k == tkWord && (n.up && n.cls != cPart && n.cls != cWeekday || n.cls == cUnit || n.cls == cBlock) {
			return false // "gegen halb zehn Millionen", "um halb elf Uhren"
		}
	}
	sp := spec{typ: Time, gran: gClock, rel: relShift, unit: uDay, ana: true}
	switch {
	case kind == 15 && sign > 0:
		sp.hour, sp.minute = h, 15
	case kind == 15:
		sp.hour, sp.minute = h-1, 45
	default: // halb (30), dreiviertel (45): before the hour named
		sp.hour, sp.minute = h-1, int(kind)
	}
	if sp.hour == 0 {
		sp.hour = 12 // "halb eins" is 12:30
	}
	end = m.dayPartTail(end, &sp)
	return m.push(i, m.zoneTail(end, &sp), sp)
}

// dayPartTail reads a part of the day after a clock time at j ("8 Uhr
// abends", "um zwölf Uhr mittags", "halb drei nachts"), which sets a
// clock hour under 12 into the afternoon or the evening: "abends",
// "nachmittags" always, "nachts" from 9 o'clock ("elf Uhr nachts" is
// 23:00, "drei Uhr nachts" 3:00), "mittags" up to 3 ("ein Uhr mittags"
// is 13:00); "morgens", "früh", "vormittags" keep it. It returns the
// token after it, or j.
func (m *matcher) dayPartTail(j int, sp *spec) int {
	t := m.tk(j)
	if t == nil || t.k != tkWord || t.cls != cNone && t.cls != cPart {
		return j
	}
	w := m.word(j)
	h := sp.hour
	switch w {
	case "abends", "nachmittags":
		if h >= 1 && h < 12 {
			h += 12
		}
	case "nachts":
		if h >= 9 && h < 12 {
			h += 12
		} else if h == 12 {
			h = 24
		}
	case "mittags":
		if h >= 1 && h <= 3 {
			h += 12
		} else if h != 12 {
			return j
		}
	case "morgens", "früh", "vormittags":
		if h > 11 {
			return j
		}
	default:
		return j
	}
	if h == 24 && sp.minute > 0 {
		h = 0
	}
	sp.hour = h
	return j + 1
}
