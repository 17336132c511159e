package period

// The tense of a clause decides, in news, which occurrence a weekday, a
// month or a season without a year means: "Am Montag will der Rat
// entscheiden" is the coming Monday, "Im März soll die Anlage anlaufen"
// (in November) the next March, "Im Dezember hatte die Firma gewarnt" (in
// November) the last December. The tense is read from the clause's
// auxiliaries and modal verbs, as HeidelTime reads it from the finite
// verbs:
//   - future: a future marker (wird, werden, will, wollen, soll, sollen)
//     and no past one;
//   - past: a past marker (hatte, habe, war, wurde, worden, hat, konnte,
//     wollte …; "soll … gewesen sein", "soll … gesunken sein" report a
//     past, "wird … fertig sein" does not), no future one and no
//     "zu", which may start an infinitive of what was announced ("hat
//     angekündigt, im Dezember die Preise zu erhöhen");
//   - none: both, neither (present: "Am Montag beginnt die Messe"), a
//     habit (seit, jeweils, immer, jeden, jährlich), or the year told
//     ("dieses Jahr", "heuer").
//
// The clause ends at a comma, so that the time of a reporting verb
// ("sagte am Montag, die Firma werde …") takes no marker of the speech.

// Tenses (tenseOf).
const (
	tenseNone int8 = iota
	tenseFuture
	tensePast
)

// tenseScan bounds how far tenseOf reads from the expression in each
// direction, so that a run of expressions in one long sentence stays
// linear.
const tenseScan = 320

// tenseOf reads the tense of the clause of m.text that holds the bytes
// [s, e) (offsets into m.text): the words up to a sentence end, a comma,
// a colon, a bracket, a quotation mark or a dash, so that the time of a
// reporting verb ("sagte am Montag, die Firma werde …", "wie der Konzern
// am Freitag mitteilte, soll …") takes no marker of the speech.
func (m *matcher) tenseOf(s, e int) int8 {
	text := m.text
	from := max(0, s-tenseScan)
	to := min(len(text), e+tenseScan)
	a := s
	for a > from && !clauseEndAt(text, a-1) {
		a--
	}
	b := e
	for b < to && !clauseEndAt(text, b) {
		b++
	}
	var fut, past, inf bool
	var futW, soll, sein bool // "soll … gesunken sein" reports a past (not "wird … fertig sein")
	prev, pe := a, a          // the word before
	for i := a; i < b; {
		if byteClass[text[i]] != bLetter {
			i++
			continue
		}
		j := i
		for j < b && (byteClass[text[j]] != 0 || text[j] >= 0x80) {
			j++
		}
		switch text[i:j] {
		case "wird", "werden", "will", "wollen":
			fut, futW = true, true
		case "soll", "sollen":
			fut, soll = true, true
		case "sein":
			sein = true
		case "hatte", "hatten", "war", "waren", "wurde", "wurden", "hat", "haben", "gewesen", "worden",
			"habe", "hätte", "hätten", "konnte", "konnten", "musste", "mussten", "durfte", "durften", "wollte", "wollten":
			past = true
		case "zu", "zum", "zur":
			inf = true
		case "seit", "jeweils", "immer", "jeden", "jedes", "jedem", "jede", "jährlich":
			return tenseNone // a habit ("wird jeweils im Frühjahr gemessen", "seit Jahren immer am 19. Januar")
		case "heuer":
			return tenseNone // the year is told: this one
		case "Jahr":
			if w := text[prev:pe]; w == "dieses" || w == "diesem" {
				return tenseNone // "soll dieses Jahr am 3. Oktober …"
			}
		}
		prev, pe = i, j
		i = j
	}
	if soll && sein && !futW {
		past = true
	}
	switch {
	case fut && !past:
		return tenseFuture
	case past && !fut && !inf:
		return tensePast
	}
	return tenseNone
}

// clauseEndAt reports whether text[i] ends a clause: '!', '?', ';', ',',
// ':', a bracket, a line break, a quotation mark, a dash (– —, also a
// hyphen between spaces), or a full stop after a letter (not "15." of a
// date) that a space or another full stop follows.
func clauseEndAt(text string, i int) bool {
	switch c := text[i]; c {
	case '!', '?', ';', ',', ':', '(', ')', '"', '\n':
		return true
	case '.':
		return i > 0 && byteClass[text[i-1]] == bLetter && i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '.')
	case '-':
		return i > 0 && text[i-1] == ' ' && i+1 < len(text) && text[i+1] == ' '
	case 0xe2: // U+2013 U+2014 dashes, U+201C U+201D U+201E quotation marks
		if i+2 < len(text) && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x93, 0x94, 0x9c, 0x9d, 0x9e:
				return true
			}
		}
	case 0xc2: // « »
		return i+1 < len(text) && (text[i+1] == 0xab || text[i+1] == 0xbb)
	}
	return false
}

// participleAfter reports whether the word after the space after text[e]
// is a participle used as an adjective ("im März angekündigte Übernahme",
// "am Montag veröffentlichten Umfrage"): lowercase, five or more bytes, an
// adjective ending after -t or -en, a capitalized word (its noun) after
// it. Ä, Ö, Ü (0xc3 …) count as capitals; so do ä, ö, ü, which a noun
// seldom starts with.
func participleAfter(text string, e int) bool {
	if e >= len(text) || text[e] != ' ' {
		return false
	}
	i := e + 1
	if i >= len(text) || text[i] < 'a' || text[i] > 'z' {
		return false
	}
	j := i
	for j < len(text) && (byteClass[text[j]] != 0 || text[j] >= 0x80) {
		j++
	}
	w := text[i:j]
	if len(w) < 5 || j+1 >= len(text) || text[j] != ' ' || text[j+1] < 'A' || text[j+1] > 'Z' && text[j+1] != 0xc3 {
		return false // an adjective stands before its noun; "am Freitag beraten." is an infinitive
	}
	for _, suf := range [...]string{"te", "ten", "tes", "ter", "tem", "ene", "enen", "ener", "enes", "enem"} {
		if len(w) > len(suf)+2 && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}
