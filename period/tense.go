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
//     past, "wird … fertig sein" and "sollen … abgeschlossen sein" do
//     not), no future one and no "zu", which may start an infinitive of
//     what was announced ("hat angekündigt, im Dezember die Preise zu
//     erhöhen"); or a full verb in the simple past from a closed list
//     (stieg, kam, sagte, meldete …; see simplePast), no marker and no
//     "zu" before an infinitive;
//   - future also: a present verb of scheduling (beginnt, startet,
//     endet, öffnet, findet … statt, tritt … in Kraft, läuft … aus, steht
//     … an, ist … geplant/angesetzt; see schedVerb) and no marker;
//   - none: both, neither (a plain present: "Am Montag meldet die Firma
//     …"), a habit (seit, jeweils, immer, jeden, jährlich), the year told
//     ("dieses Jahr", "heuer"), or a past clause that moves or cancels
//     the appointment a noun names ("Der Termin am 3. Dezember wurde
//     verschoben").
//
// The clause ends at a comma, so that the time of a reporting verb
// ("sagte am Montag, die Firma werde …") takes no marker of the speech;
// "und", "oder", "aber" before a finite auxiliary or modal verb start a
// clause of their own ("hatte im Januar erhöht und will im März …").

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
	var spast, infVerb bool   // a full verb in the simple past; "zu" before an infinitive
	var futW, soll, sein bool // "soll … gesunken sein" reports a past (not "wird … fertig sein")
	var sched, move bool      // a verb of scheduling in the present; a verb of moving or cancelling
	var part uint8            // the particle a particle verb of scheduling needs ("findet … statt")
	prev, pe := a, a          // the word before
	for i := a; i < b; {
		if byteClass[text[i]] != bLetter && text[i] != 0xc3 { // 0xc3: ä ö ü ß Ä Ö Ü ("öffnet")
			i++
			continue
		}
		j := i
		for j < b && (byteClass[text[j]] != 0 || text[j] >= 0x80) {
			j++
		}
		w := text[i:j]
		if conjAt(w) && finiteAfter(text, j, b) {
			// "hatte im Januar erhöht und will im März nachlegen": "und"
			// before a new finite verb starts a clause of its own
			if i >= e {
				break
			}
			fut, past, inf, futW, soll, sein, sched, move, part = false, false, false, false, false, false, false, false, 0
			spast, infVerb = false, false
			prev, pe = i, j
			i = j
			continue
		}
		if k := schedVerb(w); k != 0 {
			if k == spOne {
				sched = true
			} else {
				part |= k
			}
		}
		if k := schedParticle(w, text[prev:pe]); k != 0 && part&k != 0 {
			sched = true
		}
		if moveWord(w) {
			move = true
		}
		switch w {
		case "wird", "werden", "will", "wollen":
			fut, futW = true, true
		case "soll", "sollen":
			fut, soll = true, true
		case "sein":
			// "soll … gesunken sein"; not "soll … fertig sein", nor a state
			// to be reached ("sollen … abgeschlossen sein")
			sein = sein || pastParticiple(text[prev:pe]) && !stateParticiple(text[prev:pe])
		case "hatte", "hatten", "war", "waren", "wurde", "wurden", "hat", "haben", "gewesen", "worden",
			"habe", "hätte", "hätten", "konnte", "konnten", "musste", "mussten", "durfte", "durften", "wollte", "wollten":
			past = true
		case "zu", "zum", "zur":
			inf = true
			if w == "zu" && j+1 < b && text[j] == ' ' && text[j+1] >= 'a' && text[j+1] <= 'z' {
				infVerb = true // "… angekündigt, im Dezember die Preise zu erhöhen"; not "kam es zu Protesten"
			}
		case "seit", "jeweils", "immer", "jeden", "jedes", "jedem", "jede", "jährlich":
			return tenseNone // a habit ("wird jeweils im Frühjahr gemessen", "seit Jahren immer am 19. Januar")
		case "heuer":
			return tenseNone // the year is told: this one
		case "Jahr":
			if w := text[prev:pe]; w == "dieses" || w == "diesem" {
				return tenseNone // "soll dieses Jahr am 3. Oktober …"
			}
		default:
			if simplePast(w) {
				spast = true // "Im Dezember stieg der Umsatz"
			}
		}
		prev, pe = i, j
		i = j
	}
	if soll && sein && !futW {
		past = true
	}
	if move && past && !fut && afterNoun(text, s) {
		return tenseNone // "Der Termin am 3. Dezember wurde verschoben": an appointment, not a past time
	}
	switch {
	case fut && !past:
		return tenseFuture
	case past && !fut && !inf:
		return tensePast
	case spast && !past && !fut && !infVerb:
		return tensePast // "Im Dezember stieg der Umsatz", "Am Freitag kam es zu Protesten"
	case sched && !past && !fut:
		return tenseFuture // "Der Prozess beginnt am 12. Jänner", "Die Sitzung ist für März angesetzt"
	}
	return tenseNone
}

// Particles of the particle verbs of scheduling (schedVerb, schedParticle).
const (
	spStatt uint8 = 1 << iota // findet … statt
	spAn                      // steht … an
	spAus                     // läuft … aus
	spLos                     // geht … los
	spVor                     // legt … vor
	spKraft                   // tritt … in Kraft
	spAb                      // stimmt … ab
	spOne                     // a verb of scheduling by itself
)

// schedVerb tells whether w is a present finite verb (third person) or a
// participle that schedules a time ahead: spOne for one that does by
// itself ("beginnt", "startet", "endet", "öffnet", "erscheint", "tagt",
// "geplant", "angesetzt"), the particle it needs for a particle verb
// ("findet" … "statt", "tritt" … "in Kraft"), else 0. Plain present verbs
// of news ("steigt", "sagt", "meldet") schedule nothing: a headline tells
// the past in the present.
func schedVerb(w string) uint8 {
	switch w {
	case "beginnt", "beginnen", "startet", "starten", "endet", "enden", "öffnet", "öffnen",
		"erscheint", "erscheinen", "tagt", "tagen", "kommt", "kommen", "folgt", "folgen", "eröffnet",
		"wählt", "wählen", "entscheidet", "berät", "verhandelt", "verhandeln",
		"geplant", "angesetzt", "vorgesehen", "terminiert", "anberaumt", "avisiert":
		return spOne
	case "findet", "finden":
		return spStatt
	case "steht", "stehen":
		return spAn
	case "läuft", "laufen":
		return spAus | spAb // "läuft im März aus", "Ende Februar läuft die Frist ab"
	case "geht", "gehen":
		return spLos
	case "legt", "legen":
		return spVor
	case "tritt", "treten":
		return spKraft
	case "stimmt", "stimmen":
		return spAb
	}
	return 0
}

// schedParticle tells which particle of a particle verb of scheduling w
// is (prev the word before it): "statt", "an", "aus", "los", "vor",
// "Kraft" after "in", "ab", "zusammen"; else 0.
func schedParticle(w, prev string) uint8 {
	switch w {
	case "statt":
		return spStatt
	case "an":
		return spAn
	case "aus":
		return spAus
	case "los":
		return spLos
	case "vor":
		return spVor
	case "Kraft":
		if prev == "in" {
			return spKraft
		}
	case "ab":
		return spAb
	}
	return 0
}

// afterNoun reports whether the expression at text[s] follows a
// preposition (am, vom, zum, für) after a noun, as an attribute of it ("Der
// Termin am 3. Dezember wurde verschoben"), not at the start of a
// sentence ("Am 2. Dezember wurde die Anhörung vertagt": the day it was
// moved).
func afterNoun(text string, s int) bool {
	i := s
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && (byteClass[text[j-1]] == bLetter || text[j-1] >= 0x80) {
		j--
	}
	switch text[j:i] {
	case "am", "vom", "zum", "für":
	default:
		return false
	}
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && (byteClass[text[k-1]] != 0 || text[k-1] >= 0x80) {
		k--
	}
	if k == j || !(text[k] >= 'A' && text[k] <= 'Z' || text[k] == 0xc3 && k+1 < len(text) && text[k+1] < 0xa0) {
		return false
	}
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	return k > 0 && text[k-1] != '.' && text[k-1] != '!' && text[k-1] != '?' && text[k-1] != '\n'
}

// pastParticiple reports whether w looks like a past participle: "ge"
// at its start or after a particle of up to five letters ("gesunken",
// "eingebrochen", "zurückgetreten"), six or more bytes; an adjective
// ("fertig", "bereit") does not.
func pastParticiple(w string) bool {
	if len(w) < 6 {
		return false
	}
	for i := 0; i <= 7 && i+2 <= len(w); i++ {
		if w[i] == 'g' && w[i+1] == 'e' {
			return true
		}
	}
	return false
}

// stateParticiple reports whether w is a participle that with "sein"
// names a state to be reached ("Die Arbeiten sollen im März abgeschlossen
// sein"), not a past reported (as "soll … gesunken sein"): participles of
// verbs that form their perfect with "haben".
func stateParticiple(w string) bool {
	switch w {
	case "abgeschlossen", "fertiggestellt", "erledigt", "umgesetzt", "beendet", "vollendet", "saniert",
		"errichtet", "gebaut", "installiert", "eröffnet", "erreicht", "ausgebaut", "eingeführt", "vollzogen",
		"realisiert", "gesichert", "geklärt", "abgebaut", "behoben", "repariert", "modernisiert", "bezahlt",
		"getilgt", "ausgeliefert", "geliefert", "genehmigt", "unterzeichnet", "vergeben", "besetzt":
		return true
	}
	return false
}

// simplePast reports whether w is a finite verb in the simple past that
// news tells what happened with: strong and irregular verbs ("stieg",
// "fiel", "kam") and weak verbs without an inseparable prefix ("sagte",
// "meldete"), whose forms no adjective shares ("die erhöhte Nachfrage"
// is why "erhöhte" is not among them), also joined with their particle
// in a subordinate clause ("wie die Firma mitteilte").
func simplePast(w string) bool {
	switch w {
	case "stieg", "stiegen", "sank", "sanken", "fiel", "fielen", "gab", "gaben", "kam", "kamen",
		"lag", "lagen", "ging", "gingen", "nahm", "nahmen", "fand", "fanden", "stand", "standen",
		"brach", "brachen", "zog", "zogen", "traf", "trafen", "trat", "traten", "starb", "starben",
		"begann", "begannen", "gewann", "gewannen", "verlor", "blieb", "blieben", "hielt", "hielten",
		"ließ", "ließen", "rief", "riefen", "schloss", "schlossen", "wuchs", "wuchsen", "hob", "hoben",
		"sprach", "sprachen", "schrieb", "schrieben", "lief", "liefen", "bot", "boten", "sah", "sahen",
		"fuhr", "fuhren", "flog", "flogen", "wies", "wiesen", "betrug", "betrugen", "beschloss",
		"beschlossen", "entschied", "entschieden", "verließ", "verließen", "erhielt", "erhielten",
		"übernahm", "übernahmen", "gelang", "galt", "galten", "bekam", "bekamen", "erschien",
		"erschienen", "schlug", "schlugen", "griff", "griffen", "floh", "flohen", "bat", "baten",
		"sagte", "sagten", "teilte", "teilten", "mitteilte", "mitteilten", "meldete", "meldeten",
		"berichtete", "berichteten", "kündigte", "kündigten", "ankündigte", "ankündigten", "legte",
		"legten", "machte", "machten", "zeigte", "zeigten", "führte", "führten", "kaufte", "kauften",
		"kostete", "kosteten", "forderte", "forderten", "warnte", "warnten", "senkte", "senkten",
		"stimmte", "stimmten", "wählte", "wählten", "einigte", "einigten", "setzte", "setzten",
		"dauerte", "dauerten", "streikte", "streikten", "spitzte", "bekanntgab", "bekanntgaben",
		"schrumpfte", "schrumpften", "brauchte", "brauchten", "lebte", "lebten", "startete", "starteten",
		"brachte", "brachten", "nannte", "nannten", "dachte", "dachten", "wusste", "wussten", "hieß",
		"zahlte", "zahlten", "plante", "planten", "holte", "holten", "suchte", "suchten", "spielte",
		"spielten", "siegte", "siegten", "feierte", "feierten", "reichte", "reichten", "rechnete",
		"rechneten", "räumte", "räumten", "drohte", "drohten", "schätzte", "schätzten", "landete",
		"landeten", "stürzte", "stürzten", "tötete", "töteten", "kämpfte", "kämpften":
		return true
	}
	return false
}

// moveWord reports whether w is a participle of moving or cancelling a
// date ("verschoben", "vertagt", "abgesagt"): such a clause tells of an
// appointment, which its past tense does not put behind the document date.
func moveWord(w string) bool {
	switch w {
	case "verschoben", "vertagt", "abgesagt", "verlegt", "gestrichen", "storniert", "abgesetzt", "vorverlegt", "vorgezogen":
		return true
	}
	return false
}

// conjAt reports whether w is a conjunction that joins two main clauses
// ("und", "oder", "aber", "sondern", "doch").
func conjAt(w string) bool {
	switch w {
	case "und", "oder", "aber", "sondern", "doch":
		return true
	}
	return false
}

// finiteAfter reports whether the word after the spaces after text[j]
// (before b) is a finite auxiliary or modal verb that starts a new clause
// ("… und will im März nachlegen", "… aber hatte im Mai …").
func finiteAfter(text string, j, b int) bool {
	for j < b && text[j] == ' ' {
		j++
	}
	k := j
	for k < b && (byteClass[text[k]] != 0 || text[k] >= 0x80) {
		k++
	}
	switch text[j:k] {
	case "wird", "werden", "will", "wollen", "soll", "sollen", "hatte", "hatten", "war", "waren", "wurde", "wurden",
		"hat", "haben", "habe", "konnte", "konnten", "musste", "mussten", "wollte", "wollten", "ist", "sind":
		return true
	}
	return false
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
