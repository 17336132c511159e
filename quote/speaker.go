package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/finanztext/finanztext/entity"
)

// The speaker of a clause must be able to speak: a person, an organization
// or a body of people. These tests let the attribution tell a fronted
// object ("Die Vorwürfe wies der Vorstand zurück") from the subject.

// approxWords qualify or stress a quantity: "Rund 15 Prozent", "Knapp die
// Hälfte", "Ganze 30 Prozent", "Lediglich 12 Befragte".
//
// buildApproxWords returns the words of the table approxWords (generated: see the
// package's zz_generated_sets.go).
func buildApproxWords() map[string]bool {
	return map[string]bool{
		"rund": true, "etwa": true, "knapp": true, "fast": true, "gut": true, "über": true,
		"mehr": true, "weniger": true, "mindestens": true, "höchstens": true, "circa": true,
		"ca": true, "nahezu": true, "annähernd": true, "beinahe": true, "bis": true,
		"ganze": true, "satte": true, "stolze": true, "lediglich": true, "nur": true,
		"immerhin": true, "gerade": true, "kaum": true, "genau": true, "exakt": true,
		"ungefähr": true, "bloß": true, "insgesamt": true, "zusammen": true,
	}
}

// quantityAt reports whether a quantity starts at token i: a qualifier
// such as "Rund" before a numeral ("Rund 15 Prozent"), a fraction ("die
// Hälfte der Befragten", fractionAt), or the capitalized
// noun counted by a numeral just before it ("51 Prozent der Befragten" from
// "Prozent" on). A quantity is never a speaker.
func (d *doc) quantityAt(i int) bool {
	if !d.isWord(i) {
		return false
	}
	if d.fractionAt(i) {
		return true
	}
	if i > 0 && d.toks[i].upper && d.isWord(i-1) && d.toks[i-1].para == d.toks[i].para && isNumberWord(d.word(i-1)) {
		return true
	}
	if !d.isWord(i + 1) {
		return false
	}
	w := d.word(i)
	if len(w) > 10 {
		return false
	}
	var buf [16]byte
	if !approxWords.ValueBytes(lowerFirst(buf[:0], w)) {
		return false
	}
	n := i + 1
	if d.word(n) == "als" && d.isWord(n+1) { // "Mehr als 40 Prozent"
		n++
	}
	return d.fractionAt(n) || isNumberWord(d.word(n))
}

// fractionAt reports whether a fraction of a whole starts at token i: "die
// Hälfte", "ein Drittel" (with an approximating word before it or not: "Knapp
// die Hälfte der Befragten", "Ein Viertel der Mitglieder").
func (d *doc) fractionAt(i int) bool {
	if !d.isWord(i) || !d.isWord(i+1) {
		return false
	}
	switch d.word(i) {
	case "die", "Die", "ein", "Ein":
	default:
		return false
	}
	switch d.word(i + 1) {
	case "Hälfte", "Drittel", "Viertel", "Fünftel", "Zehntel":
		return true
	}
	return false
}

// speakerHeadSuffixes end the head nouns of bodies that speak: companies,
// authorities, parties, courts, boards, media and groups of people. A
// compound ends in one of them ("Autokonzern", "Notenbank",
// "Nachrichtenagentur").
var speakerHeadSuffixes = []string{
	"unternehmen", "konzern", "firma", "bank", "regierung", "ministerium", "minister",
	"ministerin", "partei", "vorstand", "aufsichtsrat", "betriebsrat", "rat", "behörde",
	"polizei", "gericht", "gewerkschaft", "verband", "kommission", "gruppe", "agentur",
	"zeitung", "sender", "institut", "fraktion", "koalition", "opposition", "aufsicht",
	"staatsanwaltschaft", "verein", "klub", "club", "team", "amt", "kammer", "stiftung",
	"versicherer", "hersteller", "händler", "analysten", "experten", "ökonomen", "forscher",
	"sprecher", "sprecherin", "kritiker", "gegner", "anwohner", "autobauer", "senat",
	"parlament", "verwaltung", "botschaft", "leitung", "führung", "management", "kanzlei",
	"organisation", "initiative", "bündnis", "magazin", "blatt", "portal", "dienst",
	"komitee", "ausschuss", "gremium", "jury", "präsidium", "ministerpräsident", "präsident",
	"präsidentin", "chef", "chefin", "leiter", "leiterin", "vorsitzende", "vorsitzender",
}

// speakerHeadSuffixesByLast holds speakerHeadSuffixes by their last byte
// (speakerHead compares bytes: a word ends in those of its own last byte).
var speakerHeadSuffixesByLast = func() (t [256][]string) {
	for _, s := range speakerHeadSuffixes {
		t[s[len(s)-1]] = append(t[s[len(s)-1]], s)
	}
	return t
}()

// speakerHeadWord reports whether the word lw (its first letter lowered)
// ends in one of speakerHeadSuffixes.
func speakerHeadWord(lw []byte) bool {
	if len(lw) == 0 {
		return false
	}
	for _, s := range speakerHeadSuffixesByLast[lw[len(lw)-1]] {
		if len(lw) >= len(s) && string(lw[len(lw)-len(s):]) == s {
			return true
		}
	}
	return false
}

// speakerHead reports whether the last capitalized word of np is the head
// of a body that speaks.
func (d *doc) speakerHead(np npRange) bool {
	for k := np.e - 1; k >= np.s; k-- {
		if !d.isWord(k) || !d.toks[k].upper {
			continue
		}
		w := d.word(k)
		if len(w) > 40 {
			return false
		}
		var buf [48]byte
		lw := lowerFirst(buf[:0], w)
		if len(lw) == 0 {
			return false
		}
		for _, s := range speakerHeadSuffixesByLast[lw[len(lw)-1]] {
			if len(lw) >= len(s) && string(lw[len(lw)-len(s):]) == s {
				return true
			}
		}
		return false
	}
	return false
}

// canSpeak reports whether np names someone who can speak: a person (a
// name, a pronoun, a role), an organization the recognizer found, the head
// of a body that speaks, or a document that speaks for its author.
func (d *doc) canSpeak(np npRange) bool {
	return np.ok() && (d.personal(np) || d.orgMentionIn(np) || d.speakerHead(np) || d.documentHead(np) >= 0 ||
		np.e-np.s == 1 && d.knownSurnameShape(np.s))
}

// frontedObject returns the subject after the verb when the phrase np
// before it cannot speak and the phrase after the verb (adverbs skipped)
// can and is no oblique case: "Die Vorwürfe wies der Vorstand am Abend
// zurück", "Den Plan lobte die Ministerin" (a phrase in the accusative or
// dative is an object whatever it names). It returns noNP otherwise.
func (d *doc) frontedObject(np npRange, verb, limit int) npRange {
	oblique := np.ok() && d.obliqueAt(np.s) // "Den Plan", "Dem Vorschlag": an object
	if !np.ok() || d.canSpeak(np) && !oblique {
		return noNP
	}
	k := verb + 1
	for k < limit && d.isWord(k) && (d.is(k, cAdverb) || d.is(k, cObjPronoun)) {
		k++
	}
	if k >= limit {
		return noNP
	}
	np2 := d.grabNP(k, true)
	if !np2.ok() || np2.e > limit || d.is(np2.s, cOblique) || !d.canSpeak(np2) && !(oblique && d.toks[np2.e-1].upper) {
		return noNP
	}
	if strings.EqualFold(d.word(np2.s), "der") && d.isDativeObject(np2, verb) {
		return noNP
	}
	return np2
}

// isDativeObject reports whether np after verb is the addressee rather
// than the subject: "sagte der Zeitung", a medium after a verb of saying.
func (d *doc) isDativeObject(np npRange, verb int) bool {
	for k := np.e - 1; k >= np.s; k-- {
		if d.isWord(k) && d.toks[k].upper {
			w := d.word(k)
			for _, s := range mediaSuffixes {
				if len(w) >= len(s) && strings.EqualFold(w[len(w)-len(s):], s) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// mediaSuffixes end the names of media, the usual addressees of a verb of
// saying in the dative ("sagte der Zeitung").
var mediaSuffixes = []string{"zeitung", "zeitschrift", "sender", "agentur", "magazin", "blatt",
	"woche", "rundschau", "nachrichten", "news", "times", "post", "anzeiger", "kurier", "portal",
	"website", "radio", "presse"}

// obliqueAt reports whether token k is an article or pronoun in the
// accusative or dative, capitalized at the start of a sentence or not.
func (d *doc) obliqueAt(k int) bool {
	if d.is(k, cOblique) {
		return true
	}
	switch d.word(k) {
	case "Den", "Dem", "Einen", "Einem", "Ihn", "Ihm", "Ihnen":
		return true
	}
	return false
}

// documentSuffixes end the nouns of documents and statements that speak
// for their author: "in einer Mitteilung des Ministeriums", "In dem Papier
// heißt es".
var documentSuffixes = []string{"mitteilung", "erklärung", "bericht", "papier", "schreiben",
	"brief", "stellungnahme", "studie", "gutachten", "entwurf", "antrag", "protokoll",
	"dokument", "memorandum", "analyse", "beschluss", "urteil", "aufruf", "kommentar",
	"communiqué", "kommuniqué", "verlautbarung", "rundschreiben", "statement", "text",
	"gesetzbuch", "gesetz", "vertrag", "satzung", "verordnung", "zettel", "plakat", "flugblatt",
	"transparent", "passus", "paragraph", "paragraf", "homepage", "website", "webseite", "aussendung",
	"schild"}

// documentSuffixesByLast holds, for a word whose last byte is ASCII, the
// documentSuffixes it may end in (compared with strings.EqualFold): those
// whose last byte is that byte in either case.
var documentSuffixesByLast = func() (t [utf8.RuneSelf][]string) {
	for _, s := range documentSuffixes {
		c := s[len(s)-1]
		if c >= utf8.RuneSelf {
			continue // tried for a non-ASCII last byte only
		}
		t[c] = append(t[c], s)
		if c >= 'a' && c <= 'z' {
			t[c-'a'+'A'] = append(t[c-'a'+'A'], s)
		}
	}
	return t
}()

// documentHead returns the token of the document noun that heads np (its
// first capitalized word), or -1.
func (d *doc) documentHead(np npRange) int {
	for k := np.s; k < np.e; k++ {
		if !d.isWord(k) || !d.toks[k].upper || k == np.s && d.is(k, cDet) {
			continue // "Einem Bericht der …" at a sentence's start
		}
		w := d.word(k)
		sufs := documentSuffixes // a non-ASCII last byte: é, or a rune that folds to an ASCII letter
		if c := w[len(w)-1]; c < utf8.RuneSelf {
			sufs = documentSuffixesByLast[c]
		}
		for _, s := range sufs {
			if len(w) >= len(s) && strings.EqualFold(w[len(w)-len(s):], s) {
				return k
			}
		}
		return -1
	}
	return -1
}

// documentSpeaker fills sp when np names a document: its author when a
// genitive or "von" phrase gives one ("einer Mitteilung des Ministeriums"
// → Ministerium), else the document itself ("dem Papier" → Papier). Both
// are no person: IsOrganization is set. It reports whether np is a
// document.
func (d *doc) documentSpeaker(sp *Speaker, np npRange) bool {
	h := d.documentHead(np)
	if h < 0 {
		return false
	}
	sp.IsOrganization = true
	k := h + 1
	if k < np.e && d.isWord(k) {
		switch d.word(k) {
		case "des", "der", "von", "vom":
			m := k + 1
			if m < np.e && d.isWord(m) && d.is(m, cDet) {
				m++
			}
			if m < np.e {
				// (an organization that only opens a compound names another
				// body: "des Airbus-Gesamtbetriebsrates" is not Airbus)
				if om := d.mentionAt(int(d.toks[m].s)); om != nil && om.Kind == entity.Organization && om.End >= int(d.toks[m].e) {
					sp.Name, sp.Entity = orgMentionName(om), om.Entity
					return true
				}
				// a medium in marks: „Handelsblatts“ → Handelsblatt
				owner := strings.Trim(d.text[d.toks[m].s:d.toks[np.e-1].e], "„“”\"»«")
				if d.word(k) == "des" {
					owner = genitiveBase(owner)
				}
				sp.Name = owner
				return true
			}
		}
	}
	sp.Name = d.text[d.toks[h].s:d.toks[np.e-1].e]
	return true
}

// genitiveBase strips the genitive ending of a strong masculine or neuter
// noun at the end of s: "Ministeriums" → "Ministerium", "Verbands" →
// "Verband", "Bundesamtes" → "Bundesamt".
func genitiveBase(s string) string {
	switch {
	case strings.HasSuffix(s, "tes") || strings.HasSuffix(s, "des") || strings.HasSuffix(s, "ses"):
		return s[:len(s)-2]
	case strings.HasSuffix(s, "s") && !strings.HasSuffix(s, "ss"):
		return s[:len(s)-1]
	}
	return s
}
