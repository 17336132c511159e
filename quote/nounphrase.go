package quote

import (
	"strings"

	"github.com/finanztext/finanztext/entity"
)

// grabNP reads a noun phrase that can name a speaker starting at token i:
// a pronoun, or an optional determiner, adjectives, capitalized words with
// name particles, a genitive or "von" phrase after a role noun, and an
// apposition with a name ("Der Chef von Microsoft, Satya Nadella").
func (d *doc) grabNP(i int, allowCoord bool) npRange {
	return d.grabNPx(i, allowCoord, false)
}

// grabSubject reads a noun phrase standing before its verb, where a
// genitive "der …" belongs to the phrase ("Die Veranstalter der Demo").
func (d *doc) grabSubject(i int) npRange {
	return d.grabNPx(i, true, true)
}

func (d *doc) grabNPx(i int, allowCoord, preverbal bool) npRange {
	// the phrase depends only on the tokens: remember the last answers,
	// since the attribution scanners ask for the same start again and again
	key := int64(i)<<2 + 1
	if allowCoord {
		key |= 2
	}
	if preverbal {
		key += 1 << 62 // distinct from every i<<2 in range
	}
	slot := &d.bufs.npMemo[uint64(key^key>>9)%npMemoSize]
	if slot.key == key {
		return slot.np
	}
	np := d.grabNPxUncached(i, allowCoord, preverbal)
	*slot = npMemoEntry{key: key, np: np}
	d.bufs.npMemoUsed = true
	return np
}

// npMemoSize is the number of grabNPx answers a doc remembers.
const npMemoSize = 251

// npMemoEntry is one remembered grabNPx answer; key 0 is empty.
type npMemoEntry struct {
	key int64
	np  npRange
}

func (d *doc) grabNPxUncached(i int, allowCoord, preverbal bool) npRange {
	n := len(d.toks)
	if i < 0 || i >= n || d.toks[i].lex&lexQ != 0 {
		return noNP
	}
	if d.toks[i].kind == tMark && i+1 < n && d.toks[i+1].lex&lexQ != 0 {
		pi := d.pairOf(i + 1)
		prevOK := false
		if i > 0 && d.isWord(i-1) {
			if _, isVerb := d.verbAt(i-1, false); isVerb || d.word(i-1) == "von" || d.word(i-1) == "vom" || d.word(i-1) == "laut" || d.word(i-1) == "Laut" {
				prevOK = true
			}
		}
		if ct := d.pairTok[pi][1]; prevOK && ct > i && ct-i <= 6 && d.pairTok[pi][0] == i && d.toks[i+1].upper {
			return npRange{i, ct + 1}
		}
		return noNP
	}
	if !d.isWord(i) {
		return noNP
	}
	para := d.toks[i].para
	w := d.word(i)
	if d.pronounAt(i) != pronNone {
		return npRange{i, i + 1}
	}
	if w == "Von" && i+3 < n && d.isWord(i+1) && d.word(i+1) == "der" && d.isWord(i+2) && d.toks[i+2].upper && d.isWord(i+3) && !d.toks[i+3].upper {
		return npRange{i, i + 3} // "Von der Leyen betonte"
	}
	if np := d.particleSurname(i); np.ok() {
		return np // "sagte von der Leyen", "so von Preen"
	}
	if d.toks[i].upper && strings.HasSuffix(w, "end") && d.isWord(i+1) && d.is(i+1, cPrep) {
		return noNP // "Passend zu den Gefahren …"
	}
	if d.toks[i].upper && d.isWord(i+1) && d.word(i+1) == "Sie" && int(d.sent(i).b) == i && !d.is(i, cDet) {
		return noNP // a verb first before the polite "Sie": "Lesen Sie auch …", "Hören Sie …"
	}
	detNext := d.is(i, cDet) && i+1 < n && d.isWord(i+1) && d.toks[i+1].para == d.toks[i].para
	if d.isLower(i, cPrepLower) || d.is(i, cNotSpeaker) && !detNext || isNumberWord(w) && !(detNext && d.participleAttribute(i+1) > i+1) {
		return noNP // (but "zwei mit der Sache vertraute Personen")
	}
	if d.quantityAt(i) {
		return noNP // "Rund 15 Prozent berichten": a quantity is no speaker
	}
	k := i
	hasDet := false
	if d.is(i, cDet) {
		hasDet = true
		k++
	}
	if hasDet && d.isWord(k) && ageNoun(d.word(k)) {
		return npRange{i, k + 1} // "der 52-Jährige", "die 47-Jährige"
	}
	if hasDet && d.isWord(k) && d.isWord(k+1) && d.isWord(k+2) && isNumberWord(d.word(k)) && d.word(k+1) == "Jahre" && strings.HasPrefix(d.word(k+2), "alte") && len(d.word(k+2)) <= 5 {
		// "der 61 Jahre alte Manager": before a role or a name only
		if d.isWord(k + 3) {
			if r, _ := d.roleAt(k + 3); r || d.personMentionAt(k+3) {
				k += 3
			} else if _, g := d.givenName(k + 3); g {
				k += 3
			}
		}
	}
	if d.is(i, cPartitive) && d.isWord(k) && (d.word(k) == "der" || d.word(k) == "des") {
		// "Einer der beteiligten Feuerwehrleute": one of a group
		k++
		for a := 0; a < 3 && d.isWord(k) && !d.toks[k].upper && !d.is(k, cPrep); a++ {
			k++ // numbers and adjectives
		}
		if !d.isWord(k) || !d.toks[k].upper || d.is(k, cNotSpeaker) {
			return noNP
		}
		return npRange{i, k + 1}
	}
	// a medium named in marks: „Die Zeit“ (capitalized: "ein „zweistelliger
	// Betrag“" is no name)
	if k < n && d.toks[k].kind == tMark && k+1 < n && d.toks[k+1].lex&lexQ != 0 && d.toks[k+1].upper {
		pi := d.pairOf(k + 1)
		if ct := d.pairTok[pi][1]; ct > k && ct-k <= 6 && d.pairTok[pi][0] == k {
			return npRange{i, ct + 1}
		}
	}
	for adj := 0; adj < 3 && d.isWord(k) && !d.toks[k].upper && hasDet; adj++ {
		aw := d.word(k)
		if !(strings.HasSuffix(aw, "e") || strings.HasSuffix(aw, "en") || strings.HasSuffix(aw, "er") || strings.HasSuffix(aw, "es") || strings.HasSuffix(aw, "em")) || d.is(k, cNameParticle) || d.is(k, cDet) {
			break
		}
		k++
	}
	if hasDet && k == i+1 {
		k = d.participleAttribute(k)
	}
	start := k
	heads := 0
	role := false
	lastName := false // the last head word read names a person
	hadRole := false
	roleTok := -1 // the last role noun read
	links := 0
	for k < n && d.toks[k].para == para && k-i < 12 {
		t := &d.toks[k]
		if t.lex&lexQ != 0 {
			break
		}
		// a compound cut short before "und" or "oder" goes on with the next
		// word: "des Industrie- und Handelskammertags", "Forschungs- und
		// Entwicklungschef"
		if heads > 0 && t.kind == tPunct && d.text[t.s] == '-' && t.s == d.toks[k-1].e && d.toks[k-1].kind == tWord &&
			d.isWord(k+1) && (d.word(k+1) == "und" || d.word(k+1) == "oder") && d.isWord(k+2) && d.toks[k+2].upper && d.toks[k+2].para == para {
			k += 2
			continue
		}
		if t.kind == tWord && t.upper {
			cw := d.word(k)
			// a feminine medium as subject takes "die" or "eine"; "der" is dative
			media := preverbal && hasDet && heads == 0 && (cw == "Zeitung" || cw == "Erklärung" || cw == "Mitteilung") &&
				(strings.EqualFold(w, "die") || strings.EqualFold(w, "eine"))
			if d.is(k, cNotSpeaker) && heads == 0 && !media {
				return noNP // "der Zeitung" after a verb is whom it was said to
			}
			// a surname that is also a month or a common noun after a given
			// name: "Finanzchef Jörg Mai"
			surname := heads > 0 && d.is(k, cNotSpeaker) && d.isWord(k-1) && !(d.isWord(k+1) && d.toks[k+1].upper)
			if surname {
				_, surname = d.givenName(k - 1)
			}
			if !media && !surname && (d.is(k, cNotSpeaker) || d.isLower(k, cPrepLower) && heads > 0) {
				break
			}
			lastName = d.personMentionAt(k)
			if r, _ := d.roleAt(k); r || d.is(k, cSourceNoun) || cw == "Fazit" {
				role = true
				hadRole = true
				roleTok = k
			}
			heads++
			k++
			// "Dr." "Prof." and initials; "Dr. med.", "Dr. rer. nat."
			if d.isPunct(k, '.') && honorifics.Value(cw) {
				for m := k + 1; m+1 < n && m-k < 6 && d.isWord(m) && degreeAbbrev(d.word(m)) && d.isPunct(m+1, '.'); m += 2 {
					if d.isWord(m+2) && d.toks[m+2].upper {
						k = m + 1
						break
					}
				}
			}
			if d.isPunct(k, '.') && (honorifics.Value(cw) || len(cw) == 1 || degreeAbbrev(d.word(k-1))) && d.isWord(k+1) && d.toks[k+1].upper {
				k++
			} else if d.isPunct(k, '.') && isRoman(cw) && !d.isSentencePunct(k) {
				k++ // "Papst Leo XIV."
			}
			continue
		}
		if t.kind == tWord && heads > 0 {
			lw := d.word(k)
			// name particles inside names: "Ursula von der Leyen"
			if d.is(k, cNameParticle) && !role && !hasDet {
				m := k + 1
				for m < n && d.isWord(m) && d.is(m, cNameParticle) && m-k < 3 {
					m++
				}
				if d.isWord(m) && d.toks[m].upper && !d.is(m, cNotSpeaker) && surnameCase(d.word(m)) && (lw == "von" || lw == "van" || lw == "de" || lw == "zu" || lw == "bin" || lw == "al" || lw == "del" || lw == "di" || lw == "da") {
					k = m
					continue
				}
			}
			// genitive or "von" phrase after a role noun, "vom Bankhaus X" after a name
			// (not after the person's name that ends the role phrase:
			// "Vorstandschefin X bei der Vorlage der Zahlen")
			// (an indefinite genitive too: "die Sprecherin einer
			// Bürgerinitiative", not a dative medium: "sagte die Ministerin
			// einer Zeitung")
			indefGen := (lw == "einer" || lw == "eines") && !d.addresseeAhead(k+1)
			if (role && !lastName && (d.is(k, cGenLink) || indefGen || lw == "aus" || lw == "für" || lw == "in") || (lw == "vom" || lw == "von") && allowCoord || (lw == "des" || preverbal && lw == "der") && links < 2) && links < 3 {
				m := k + 1
				if d.isWord(m) && d.is(m, cDet) {
					m++
				}
				for a := 0; a < 2 && d.isWord(m) && !d.toks[m].upper; a++ {
					m++
				}
				// "in Bezug auf", "in Höhe von": a fixed phrase, no place
				fixed := lw == "in" && d.isWord(m) && inFixedNoun(d.word(m))
				// "in einem Kommentar", "in ihrem Ausblick", "in der Studie":
				// where the words stand, not where the speaker works
				if (lw == "in" || lw == "im") && d.isWord(m) && (m > k+1 && inMediumArticle(d.word(k+1)) || d.documentHead(npRange{m, m + 1}) == m) {
					break
				}
				// after the verb a second "der" before a medium is whom it
				// was said to: "sagte ein Sprecher des Ministeriums der
				// Deutschen Presse-Agentur"
				if lw == "der" && !preverbal && links > 0 && d.mediumAhead(m) {
					break
				}
				// so is a news agency or a newspaper right after the role:
				// "sagte der Politiker der Deutschen Presse-Agentur" (but a
				// journalist belongs to it: "der Chefredakteur der Zeitung")
				if lw == "der" && !preverbal && links == 0 && roleTok >= 0 && !pressRole(d.word(roleTok)) && d.addresseeAhead(m) {
					break
				}
				if d.isWord(m) && d.toks[m].upper && !d.is(m, cNotSpeaker) && !fixed {
					k = m
					links++
					continue
				}
				// a medium in marks: "ein Bericht des „Handelsblatts“"
				// ("der" only before the verb: "sagte der Minister der „Zeitung“" is a dative)
				if (lw == "des" || preverbal && lw == "der") && m == k+1 && m+1 < n && d.toks[m].kind == tMark && d.toks[m+1].lex&lexQ != 0 && d.toks[m+1].upper {
					if pi := d.pairOf(m + 1); pi >= 0 && d.pairTok[pi][0] == m {
						if ct := d.pairTok[pi][1]; ct > m && ct-m <= 6 && d.allWordsUpper(m, ct) {
							k = ct + 1
							break
						}
					}
				}
			}
			if lw == "und" && allowCoord {
				m := k + 1
				if d.isWord(m) && d.toks[m].upper && !d.is(m, cNotSpeaker) && !d.isLower(m, cPrepLower) {
					if _, ok := d.verbAt(m, false); !ok {
						k = m
						continue
					}
				}
			}
		}
		break
	}
	if heads == 0 {
		return noNP
	}
	if hasDet && start == i+1 && !d.toks[start].upper {
		return noNP
	}
	k = d.skipParen(k)
	// apposition: ", Satya Nadella,"
	if d.isPunct(k, ',') && d.isWord(k+1) && d.toks[k+1].upper && allowCoord {
		m := k + 1
		if _, ok := d.givenName(m); ok || d.is(m, cHonorific) || d.personMentionAt(m) {
			e := m
			for e < n && e-m < 5 && d.isWord(e) && (d.toks[e].upper || d.isPunct(e+1, '.') || d.is(e, cNameParticle) && d.isWord(e+1) && d.toks[e+1].upper) && d.toks[e].para == para {
				e++
				if d.isPunct(e, '.') && d.isWord(e+1) && d.toks[e+1].upper {
					e++
				}
			}
			if e-m >= 2 && (e >= n || d.toks[e].kind != tWord) {
				k = d.skipParen(e)
			}
		} else if hadRole || role {
			// "Die Sprecherin der Stiftung, Heike van Laak, sagte"
			e := m
			for e < n && e-m < 5 && d.isWord(e) && d.toks[e].para == para && (d.toks[e].upper || d.is(e, cNameParticle) && d.isWord(e+1) && d.toks[e+1].upper) {
				e++
			}
			// (or at the end of the sentence: "sagte der Leiter der Behörde, Wayan Adi.")
			if e > m && d.toks[e-1].upper && (d.isPunct(e, ',') || d.isPunct(e, ':') || d.isPunct(e, '(') || e-m >= 2 && e < n && d.isSentencePunct(e)) {
				if _, isVerb := d.verbAt(m, false); !isVerb {
					k = d.skipParen(e)
				}
			}
		} else if !role {
			// ", Präsident des Verbands," after a name
			if sub := d.grabNP(m, false); sub.ok() && d.personal(sub) && (d.isPunct(sub.e, ',') || d.isPunct(sub.e, ':') || d.isWord(sub.e) && !d.toks[sub.e].upper && !d.is(sub.e, cPrep) && !d.is(sub.e, cDet)) {
				k = sub.e
			}
		}
	} else if d.isPunct(k, ',') && d.isWord(k+1) && d.is(k+1, cDet) && !role && allowCoord {
		// (not the subject of a reported clause: "erklärte die Gewerkschaft,
		// der Vorstand habe …")
		if sub := d.grabNPx(k+1, false, true); sub.ok() && d.personal(sub) && (d.isPunct(sub.e, ',') || d.isWord(sub.e) && !d.toks[sub.e].upper && !d.is(sub.e, cPrep) && !d.is(sub.e, cDet) && !subjunctive.Value(d.word(sub.e))) {
			k = d.skipParen(sub.e)
		}
	}
	return npRange{i, k}
}

// particleSurname reads a surname that opens with its particle in the
// speaker's place, after a verb of saying or "so": "sagte von der Leyen",
// "so von Preen", "sagte van Aken". It returns noNP elsewhere ("von
// Berlin" after another verb is a place).
func (d *doc) particleSurname(i int) npRange {
	switch d.word(i) {
	case "von", "van", "de":
	default:
		return noNP
	}
	if i == 0 || !d.isWord(i-1) {
		return noNP
	}
	if p := d.word(i - 1); p != "so" {
		if f, ok := d.verbAt(i-1, false); !ok || !f.finite {
			return noNP
		}
	}
	m := i + 1
	if d.isWord(m) && (d.word(m) == "der" || d.word(m) == "den") {
		m++
	}
	if !d.isWord(m) || !d.toks[m].upper || !surnameCase(d.word(m)) || d.is(m, cNotSpeaker) || d.isWord(m+1) && d.toks[m+1].upper {
		return noNP
	}
	if d.mentionAt(int(d.toks[m].s)) != nil && d.mentionAt(int(d.toks[m].s)).Kind == entity.Organization {
		return noNP // "sagte von Siemens": no name
	}
	return npRange{i, m + 1}
}

// degreeAbbrev reports whether w abbreviates the field of a doctor's
// degree ("Dr. med.", "Dr. rer. nat.").
func degreeAbbrev(w string) bool {
	switch w {
	case "med", "rer", "nat", "phil", "jur", "dent", "vet", "oec", "iur":
		return true
	}
	return false
}

// surnameCase reports whether w is written as a name after a particle:
// no capital letter after the first but after a hyphen ("Guttenberg",
// "Eben-Worlée"; not "BamS" in "sagte Sandra zu BamS").
func surnameCase(w string) bool {
	for i := 1; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' && w[i-1] != '-' {
			return false
		}
	}
	return true
}

// ageNoun reports whether w is a person's age made a noun, by which news
// refers back to a person it named: "52-Jährige", "47-Jähriger",
// "61-Jährigen".
func ageNoun(w string) bool {
	i := 0
	for i < len(w) && i < 4 && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || !strings.HasPrefix(w[i:], "-Jährige") {
		return false
	}
	switch w[i+len("-Jährige"):] {
	case "", "n", "r":
		return true
	}
	return false
}

// mediumAhead reports whether a medium's name starts at token k: a word
// ending like one ("Zeitung", "Rundschau") or an agency ("Deutschen
// Presse-Agentur", "Nachrichtenagentur"; not "Bundesagentur"), after at
// most one adjective.
func (d *doc) mediumAhead(k int) bool {
	for m := k; m < k+3 && d.isWord(m); m++ {
		w := d.word(m)
		if hasMediumSuffix(w) || strings.HasSuffix(w, "nachrichtenagentur") || strings.HasSuffix(w, "Nachrichtenagentur") || strings.HasSuffix(w, "Presse-Agentur") || strings.HasSuffix(w, "presseagentur") {
			return true
		}
	}
	return false
}

// addresseeAhead reports whether the words from token k (up to three)
// name a news agency or a newspaper, the usual addressee in the dative
// after a verb of saying: "der Deutschen Presse-Agentur", "der
// Nachrichtenagentur Reuters", "der dpa", "der Zeitung". It is narrower
// than mediumAhead: "der Deutschen Post", "der Bundesagentur für Arbeit"
// own the role before them.
func (d *doc) addresseeAhead(k int) bool {
	for m := k; m < k+3 && d.isWord(m); m++ {
		if m > k && !d.toks[m].upper && d.toks[m-1].upper {
			break // the name ended: "der Gewerkschaft der Nachrichtenagentur"
		}
		w := d.word(m)
		for _, suf := range addresseeSuffixes {
			if len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
				return true
			}
		}
		switch w {
		case "dpa", "AFP", "APA", "KNA", "epd":
			return true
		}
	}
	return false
}

// addresseeSuffixes end the names of news agencies and newspapers
// (addresseeAhead).
var addresseeSuffixes = []string{"nachrichtenagentur", "presse-agentur", "presseagentur", "zeitung", "zeitschrift", "magazin"}

// pressRole reports whether the role noun w names a journalist, who
// belongs to a medium: "der Chefredakteur der Zeitung", "die
// Korrespondentin der Nachrichtenagentur".
func pressRole(w string) bool {
	w = strings.TrimSuffix(w, "in")
	for _, s := range [...]string{"redakteur", "korrespondent", "herausgeber", "reporter", "journalist", "kolumnist", "verleger", "intendant", "moderator"} {
		if len(w) >= len(s) && strings.EqualFold(w[len(w)-len(s):], s) {
			return true
		}
	}
	return false
}

// sourceAttribute reports whether w is an adjective or participle that
// heads an extended attribute of an anonymous source, with the phrase it
// governs before it: "eine mit den Plänen vertraute Person", "ein mit dem
// Fall befasster Beamter", "ein in die Gespräche eingeweihter Manager", "eine
// für die Planung zuständige Mitarbeiterin".
func sourceAttribute(w string) bool {
	for _, p := range [...]string{"vertraut", "befasst", "eingeweiht", "betraut", "beteiligt", "unterrichtet", "zuständig", "verantwortlich"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && len(w) <= len(p)+2 {
			return true
		}
	}
	return false
}

// inFixedNoun reports whether "in" + w opens a fixed prepositional phrase
// ("in Bezug auf", "in Höhe von", "in Richtung"), not a place after a role
// ("der Sprecher in Berlin").
func inFixedNoun(w string) bool {
	switch w {
	case "Bezug", "Hinblick", "Anbetracht", "Höhe", "Form", "Sachen", "Richtung",
		"Zusammenhang", "Verbindung", "Abstimmung", "Absprache", "Anlehnung", "Reaktion", "Erwartung":
		return true
	}
	return false
}

// inMediumArticle reports whether w, after "in" behind a role, is an
// indefinite or possessive article: "in einem Kommentar", "in ihrer
// Studie" name the medium of the words, not the speaker's place ("der
// Sprecher der Fraktion im Landtag").
func inMediumArticle(w string) bool {
	switch w {
	case "einem", "einer", "seinem", "seiner", "ihrem", "ihrer", "unserem", "unserer":
		return true
	}
	return false
}

// skipParen returns the token after a short parenthesis starting at k
// ("(SPD)"), or k.
func (d *doc) skipParen(k int) int {
	if !d.isPunct(k, '(') {
		return k
	}
	for m := k + 1; m < len(d.toks) && m-k <= 8 && d.toks[m].para == d.toks[k].para; m++ {
		if d.isPunct(m, ')') {
			return m + 1
		}
		if d.isPunct(m, '(') {
			break
		}
	}
	return k
}

// partitives open "Einer der Experten", "Eine der Sprecherinnen".
//
// buildPartitives returns the words of the set partitives (generated: see the
// package's zz_generated_sets.go).
func buildPartitives() map[string]bool {
	return map[string]bool{"Einer": true, "Eine": true, "Eines": true, "einer": true, "eine": true, "eines": true}
}

// relativePronouns open a relative clause after a name.
//
// buildRelativePronouns returns the words of the set relativePronouns (generated: see the
// package's zz_generated_sets.go).
func buildRelativePronouns() map[string]bool {
	return map[string]bool{"der": true, "die": true, "das": true, "welcher": true, "welche": true, "dessen": true, "deren": true}
}

// participleAttribute skips an extended participle attribute after an
// article: "der sich selbst als Gegner inszenierende Unternehmer", "die das
// Unglück überlebende Frau", "die von der Polizei festgenommenen Männer".
// It returns the token after the participle when a participle (present:
// -end-; past: ge-…-en/-t-, -iert-) with an adjective ending stands within
// eight words of k before a capitalized word, with only adjectives between
// ("die staatlich kontrollierten chinesischen Medien"); otherwise k.
func (d *doc) participleAttribute(k int) int {
	if !d.isWord(k) || d.toks[k].upper && !d.is(k, cDet) {
		return k
	}
	part := false
	for m := k; m < len(d.toks) && m < k+8; m++ {
		if !d.isWord(m) || d.toks[m].lex&lexQ != 0 || passiveAux.Value(d.word(m)) || finiteAux.Value(d.word(m)) {
			return k
		}
		if _, ok := d.verbAt(m, false); ok {
			return k
		}
		if m == k || d.toks[m].upper {
			continue
		}
		w := d.word(m)
		if hasAnySuffix(w, "ende", "enden", "ender", "endes", "ierte", "ierten") ||
			strings.HasPrefix(w, "ge") && hasAnySuffix(w, "ene", "enen", "ener", "enes", "te", "ten", "ter", "tes") ||
			sourceAttribute(w) {
			part = true
		} else if !part || !hasAnySuffix(w, "e", "en", "er", "es") {
			part = false // only adjectives between the participle and the head
			continue
		}
		if d.isWord(m+1) && d.toks[m+1].upper {
			return m + 1
		}
	}
	return k
}

// finiteAux are finite forms of haben and sein: a participle attribute
// holds none ("Die taz hat über geplante Änderungen berichtet").
//
// buildFiniteAux returns the words of the set finiteAux (generated: see the
// package's zz_generated_sets.go).
func buildFiniteAux() map[string]bool {
	return map[string]bool{
		"hat": true, "haben": true, "hatte": true, "hatten": true, "ist": true, "sind": true,
		"war": true, "waren": true, "sei": true, "seien": true, "habe": true,
	}
}
