package quote

import (
	"math/bits"
	"strings"
	"unicode"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/internal/lazy"
)

// firstNames is a small table of given names with their usual gender, used
// when no entity recognizer has named the persons. "m:" and "f:" lines.
const firstNames = `m: Achim Adam Albert Alexander Alfred Andreas André Anton Armin Arne Axel
Benedikt Benjamin Bernd Bernhard Bill Björn Boris Bruno Carl Carsten Christian Christoph Claus
Clemens Daniel David Dennis Dieter Dietmar Dirk Dominik Donald Edmund Egon Elon Emmanuel Erik Ernst
Fabian Felix Florian Frank Franz Friedrich Fritz Georg Gerhard Gernot Götz Gregor Günter Günther
Hans Harald Hartmut Heiko Heinrich Heinz Helmut Henning Herbert Holger Horst Hubert Hubertus Ingo
Jakob James Jan Jean Jens Jeff Jerome Joachim Jochen Johannes John Jörg Josef Joe Jürgen Kai Karl
Karsten Klaus Knut Konrad Kurt Lars Leon Lothar Lukas Lutz Manfred Marc Marcel Marco Marcus Mario
Mark Markus Martin Mathias Matthias Max Michael Mike Nikolaus Norbert Olaf Oliver Oskar Otto Pascal
Patrick Paul Peer Peter Philipp Rainer Ralf Ralph Reinhard René Richard Robert Roland Rolf Rüdiger
Rudolf Sam Sascha Satya Sebastian Siegfried Sigmar Simon Stefan Steffen Stephan Steve Sundar
Sven Theo Thilo Thomas Thorsten Tim Tobias Tom Torsten Ulrich Uwe Viktor Volker Walter Werner
Wilhelm Willi Winfried Wolfgang Xavier Mario Wladimir Emmanuel Friedrich Hendrik Robert Jens
Jamie Warren Larry Tim Mark Elon Jensen Marc Christian Luis Carlos José Juan Pedro Antonio
Giorgio Matteo Pierre François Jacques Nicolas Vladimir Sergej Recep Xi Narendra Boris Rishi Keir
Hubertus Alois Markus Olaf Joschka Gerhard Helmut Theo Wolfgang Frank-Walter Hans-Werner
Karl-Heinz Hans-Peter Klaus-Peter
f: Agnes Alexandra Andrea Angela Anja Anke Anna Annalena Anne Annette Antje Barbara Beate
Bettina Birgit Brigitte Carola Caroline Carolin Charlotte Christa Christiane Christina Christine
Claudia Cornelia Dagmar Daniela Doris Dorothea Elena Elisabeth Elke Ellen Emma Erika Eva Franziska
Friederike Gabriele Gertrud Gesine Gisela Hanna Hannah Heike Helga Helene Hildegard Ina Ines Inge
Ingrid Irene Iris Isabel Isabella Isabelle Janet Jana Janine Jennifer Johanna Judith Julia Juliane
Jutta Karin Katarina Katharina Kathrin Katja Kerstin Kirsten Klara Kristina Laura Lena Lisa Luise
Maja Manuela Margarete Maria Marie Marina Marion Marlene Martina Melanie Michaela Miriam Monika
Nadine Natalie Nicole Nina Petra Renate Ricarda Rita Ruth Sabine Sahra Sandra Sara Sarah Saskia
Silke Simone Sonja Stefanie Stephanie Susanne Svenja Sylvia Tanja Theresa Ulrike Ursula Ute Vera
Verena Veronika Yvonne Amy Christine Kamala Hillary Mary Ginni Janet Kristalina Giorgia Marine Ségolène
Sheryl Susan Lisa Ruth Nancy Elizabeth Margrethe Isabel Anne-Marie Karin Nadia Maria-Elena Clara`

// genders maps a given name to its gender.
func genders() map[string]entity.Gender {
	return gendersV.Get(makeGenders)
}

var gendersV lazy.Value[map[string]entity.Gender]

func makeGenders() map[string]entity.Gender {
	m := make(map[string]entity.Gender, 600)
	g := entity.Male
	for _, f := range strings.Fields(firstNames) {
		switch f {
		case "m:":
			g = entity.Male
			continue
		case "f:":
			g = entity.Female
			continue
		}
		m[f] = g
	}
	return m
}

// roleStems are the heads of role nouns, in lower case; a word is a role
// noun when it ends in one of them, optionally followed by a feminine or
// inflection ending ("Siemens-Chef", "Präsidentin", "Finanzvorstand").
var roleStems = []string{
	"chef", "präsident", "minister", "sprecher", "analyst", "ökonom", "experte", "expert",
	"vorsitzende", "direktor", "geschäftsführer", "kanzler", "bürgermeister", "vorstand",
	"gouverneur", "botschafter", "leiter", "sekretär", "abgeordnete", "politiker", "trainer",
	"anwalt", "anwält", "richter", "staatsanwalt", "senator", "kommissar", "manager", "gründer",
	"stratege", "strateg", "volkswirt", "berater", "beauftragte", "forscher", "wissenschaftler",
	"professor", "ceo", "cfo", "cto", "coo", "vize", "aufsichtsrat", "verwalter", "händler",
	"investor", "aktionär", "ermittler", "funktionär", "diplomat", "regierungschef", "premier",
	"könig", "königin", "papst", "bischof", "kardinal", "general", "kommandeur", "offizier",
	"chefin", "sprecherin", "arzt", "ärztin", "autor", "journalist", "kritiker", "vertreter",
	"mitglied", "kandidat", "ministerpräsident", "landrat", "bundesrat", "oberbürgermeister",
	"staatssekretär", "fraktionschef", "parteichef", "generaldirektor", "chefvolkswirt",
	"präses", "rektor", "dekan", "kapitän", "pilot", "polizist", "vorständin", "treasurer",
	"sprecher", "leiterin", "chefökonom", "vorstandsmitglied", "mitgründer", "inhaber",
	"beamte", "beamter", "repräsentant", "oberst", "soldat", "kommandant", "delegierte",
	"sänger", "sängerin", "schauspieler", "künstler", "anwältin", "ärztin", "pfarrer", "bischöfin",
	"premierminister", "staatschef", "regierungssprecher", "unternehmer", "ökonomin", "bankier", "moderator", "verteidiger", "kläger", "zeuge", "trainer", "theologe",
	"schriftsteller", "bruder", "schwester", "sohn", "tochter", "vater", "mutter",
	"rabbiner", "imam", "pastor",
}

// roleStemForms returns the role stems in lower case and capitalized; the
// lexicon flags them lxRole.
func roleStemForms() []string {
	out := make([]string, 0, 2*len(roleStems))
	for _, st := range roleStems {
		r := []rune(st)
		r[0] = unicode.ToUpper(r[0])
		out = append(out, st, string(r))
	}
	return out
}

// isRoleNoun reports whether w (as written) is a role noun, and whether it
// is a feminine form.
func isRoleNoun(w string) (role, fem bool) {
	if len(w) < 3 || len(w) > 60 || strings.HasSuffix(w, "halbleiter") || strings.HasSuffix(w, "Halbleiter") {
		return false, false
	}
	// a quick filter on the last two bytes
	stems := roleStemIndex()
	sf, lx := stems.filters, stems.lx
	if k := uint16(w[len(w)-2])<<8 | uint16(w[len(w)-1]); sf.formTails[k>>6]&(1<<(k&63)) == 0 {
		return false, false
	}
	for _, end := range roleEndingsByLast[w[len(w)-1]] {
		if !hasShortSuffix(w, end) {
			continue
		}
		r := w[:len(w)-len(end)]
		if len(r) < 2 {
			continue
		}
		tail := uint16(r[len(r)-2])<<8 | uint16(r[len(r)-1])
		if sf.tails[tail>>6]&(1<<(tail&63)) == 0 {
			continue // no stem ends so
		}
		// try every suffix of r that starts at a letter boundary, up to
		// maxStemSuffix bytes, shortest first: only the lengths of the
		// stems with this tail (the bits of lens, which skip most
		// suffixes without a look at their bytes)
		lens := stems.lens[tailSlot(tail)] & (1<<(min(len(r), maxStemSuffix)+1) - 1) &^ 3
		for ; lens != 0; lens &= lens - 1 {
			k := len(r) - bits.TrailingZeros32(lens)
			if k > 0 && r[k]&0xC0 == 0x80 || !sf.first[r[k]] || sf.lens&(1<<(len(r)-k)) == 0 {
				continue
			}
			// no stem has this first byte, length and end: most
			// suffixes stop here, before the hash of the whole suffix
			if h := stemKey(r[k], len(r)-k, tail); stems.bloom[h>>6]&(1<<(h&63)) == 0 {
				continue
			}
			h, head := lexKey(r[k:])
			if sf.hash[h>>6]&(1<<(h&63)) == 0 {
				continue
			}
			// lx.lookup, with the hash at hand (sf.hash holds a subset of
			// the bits of lx.filter)
			if i := lx.probeAt(r, k, len(r)-k, h, head); lx.infos[i].flags&lxRole != 0 {
				if k > 0 && r[k] >= 'A' && r[k] <= 'Z' && r[k-1] != '-' {
					continue // "AnalystX" no; a capital inside a word only after a hyphen
				}
				return true, strings.HasPrefix(end, "in") || strings.HasSuffix(r[k:], "in")
			}
		}
	}
	return false, false
}

// hasShortSuffix is strings.HasSuffix for a short suffix (a role ending):
// a loop over its bytes, where a string comparison is a call of the
// runtime's memequal.
func hasShortSuffix(w, end string) bool {
	if len(end) > len(w) {
		return false
	}
	w = w[len(w)-len(end):]
	for k := 0; k < len(end); k++ {
		if w[k] != end[k] {
			return false
		}
	}
	return true
}

// roleFilters are quick tests before the lexicon lookup of isRoleNoun:
// the last two bytes of every role noun form (a stem with one of
// roleEndings), and of the role stems (roleStemForms) their last two
// bytes, first bytes, lengths and lexHash.
type roleFilters struct {
	formTails [1024]uint64
	tails     [1024]uint64
	first     [256]bool
	lens      uint64
	hash      [lexFilterBits / 64]uint64
}

// roleFilter returns the role filters: the generated ones
// (zz_generated_lexicon.go), or, built with the tag quotegen, built from
// the tables.
func roleFilter() *roleFilters {
	return roleFilterV.Get(makeRoleFilter)
}

var roleFilterV lazy.Value[*roleFilters]

func makeRoleFilter() *roleFilters {
	if genRoleFilters != nil {
		return genRoleFilters
	}
	return buildRoleFilters()
}

func buildRoleFilters() *roleFilters {
	f := &roleFilters{}
	for _, st := range roleStems {
		for _, end := range roleEndings {
			w := st + end
			if len(w) < 2 {
				continue
			}
			k := uint16(w[len(w)-2])<<8 | uint16(w[len(w)-1])
			f.formTails[k>>6] |= 1 << (k & 63)
		}
	}
	for _, st := range roleStemForms() {
		k := uint16(st[len(st)-2])<<8 | uint16(st[len(st)-1])
		f.tails[k>>6] |= 1 << (k & 63)
		f.first[st[0]] = true
		f.lens |= 1 << min(len(st), 63)
		h := lexHash(st)
		f.hash[h>>6] |= 1 << (h & 63)
	}
	return f
}

// stemBloomBits is the size of roleStemBloom in bits (a power of two).
const stemBloomBits = 1 << 14

// stemKey hashes a role stem of n bytes by its first byte and its last two
// (tail, the second last byte above the last) into roleStemBloom.
func stemKey(first byte, n int, tail uint16) uint32 {
	return (uint32(first)*0x9E3779B1 ^ uint32(n)*0x85EBCA6B ^ uint32(tail)*0xC2B2AE35) >> (32 - 14)
}

// stemIndex holds what isRoleNoun asks of the role stem forms
// (roleStemForms) before their hash.
type stemIndex struct {
	filters *roleFilters               // roleFilter() and lexicon(): one lazy value
	lx      *lexiconT                  // to fetch for a word, not three
	bloom   [stemBloomBits / 64]uint64 // the stemKey of every stem
	// by tailSlot of its last two bytes, bit n set for a stem of n bytes
	// (n ≤ maxStemSuffix; stems whose tails share a slot share the bits)
	lens [stemTailSlots]uint32
}

// maxStemSuffix is the length of the longest suffix isRoleNoun tries as a
// stem.
const maxStemSuffix = 20

// stemTailSlots is the number of slots of stemIndex.lens (a power of two).
const stemTailSlots = 1 << 10

// tailSlot is the slot of stemIndex.lens of a stem ending in the two
// bytes tail (the second last byte above the last).
func tailSlot(tail uint16) uint32 {
	return uint32(tail) * 0x9E3779B1 >> (32 - 10)
}

// roleStemIndex returns the stemIndex of the role stem forms, built on first
// use.
func roleStemIndex() *stemIndex {
	return roleStemIndexV.Get(func() *stemIndex {
		x := stemIndex{filters: roleFilter(), lx: lexicon()}
		for _, st := range roleStemForms() {
			tail := uint16(st[len(st)-2])<<8 | uint16(st[len(st)-1])
			h := stemKey(st[0], len(st), tail)
			x.bloom[h>>6] |= 1 << (h & 63)
			if len(st) <= maxStemSuffix {
				x.lens[tailSlot(tail)] |= 1 << len(st)
			}
		}
		return &x
	})
}

var roleStemIndexV lazy.Value[*stemIndex]

var roleEndings = []string{"", "in", "innen", "en", "e", "s", "n", "r", "es"}

// roleEndingsByLast holds, for each last byte of a word, the roleEndings
// it may end in, in their order: "" and those ending in that byte.
var roleEndingsByLast = func() (t [256][]string) {
	for c := range t {
		for _, e := range roleEndings {
			if e == "" || e[len(e)-1] == byte(c) {
				t[c] = append(t[c], e)
			}
		}
	}
	return t
}()

// determiners start a noun phrase.
//
// buildDeterminers returns the words of the table determiners (generated: see the
// package's zz_generated_sets.go).
func buildDeterminers() map[string]bool {
	return map[string]bool{
		"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true,
		"ein": true, "eine": true, "einer": true, "eines": true, "einem": true, "einen": true,
		"Der": true, "Die": true, "Das": true, "Den": true, "Dem": true, "Des": true,
		"Ein": true, "Eine": true, "Einer": true, "Eines": true, "Einem": true, "Einen": true,
		"dessen": true, "deren": true, "zwei": true, "drei": true, "mehrere": true, "viele": true,
		"einige": true, "Zwei": true, "Drei": true, "Mehrere": true, "Viele": true, "Einige": true,
		"beide": true, "Beide": true, "alle": true, "Alle": true,
		"sein": true, "seine": true, "seiner": true, "seinem": true, "seinen": true, "seines": true,
		"ihr": true, "ihre": true, "ihrer": true, "ihrem": true, "ihren": true, "ihres": true,
		"Sein": true, "Seine": true, "Ihr": true, "Ihre": true, "unser": true, "unsere": true,
		"Unser": true, "Unsere": true, "dieser": true, "diese": true, "Dieser": true, "Diese": true,
	}
}

// genitiveLinks attach a genitive or "von" phrase to a role noun.
//
// buildGenitiveLinks returns the words of the set genitiveLinks (generated: see the
// package's zz_generated_sets.go).
func buildGenitiveLinks() map[string]bool {
	return map[string]bool{"der": true, "des": true, "von": true, "vom": true, "beim": true, "bei": true, "im": true, "am": true}
}

// nameParticles may stand inside a personal name.
//
// buildNameParticles returns the words of the table nameParticles (generated: see the
// package's zz_generated_sets.go).
func buildNameParticles() map[string]bool {
	return map[string]bool{"von": true, "van": true, "de": true, "del": true, "da": true, "di": true, "zu": true, "der": true, "den": true, "ten": true, "la": true, "le": true, "bin": true, "al": true}
}

// clauseStarters are conjunctions and adverbs that may open a clause before
// the subject ("Wie X sagte", "Aber er fügt hinzu").
//
// buildClauseStarters returns the words of the table clauseStarters (generated: see the
// package's zz_generated_sets.go).
func buildClauseStarters() map[string]bool {
	return map[string]bool{
		"wie": true, "aber": true, "doch": true, "und": true, "auch": true, "dennoch": true,
		"jedoch": true, "zudem": true, "außerdem": true, "nun": true, "jetzt": true, "dann": true,
		"daraufhin": true, "später": true, "damals": true, "zuvor": true, "bereits": true, "schon": true,
		"so": true, "denn": true, "trotzdem": true, "allerdings": true, "sogar": true, "hier": true,
		"dort": true, "als": true, "während": true, "nachdem": true, "weil": true, "da": true, "ob": true,
		"dass": true, "immerhin": true, "gleichzeitig": true, "zugleich": true, "ebenso": true,
		"oder": true, "sondern": true, "inzwischen": true, "mittlerweile": true, "heute": true,
		"gestern": true, "zuletzt": true, "anschließend": true, "danach": true, "darauf": true,
		"deshalb": true, "daher": true, "darum": true, "dazu": true, "dabei": true, "damit": true,
		"insbesondere": true, "offenbar": true, "offensichtlich": true, "zunächst": true,
		"schließlich": true, "letztlich": true, "ebenfalls": true, "derzeit": true, "tatsächlich": true,
		"bislang": true, "bisher": true, "weiterhin": true, "ferner": true, "hingegen": true,
		"dagegen": true, "demnach": true, "indes": true, "indessen": true, "unterdessen": true,
		"gleichwohl": true, "vielmehr": true, "zumal": true, "obgleich": true, "indem": true, "wobei": true, "erst": true, "selbst": true,
		"ähnlich": true, "genauso": true, "relativierend": true, "abschließend": true, "ergänzend": true, "zusammenfassend": true,
	}
}

// prepositions never start a speaker.
//
// buildPrepositions returns the words of the table prepositions (generated: see the
// package's zz_generated_sets.go).
func buildPrepositions() map[string]bool {
	return map[string]bool{
		"am": true, "im": true, "an": true, "in": true, "auf": true, "nach": true, "vor": true,
		"bei": true, "beim": true, "mit": true, "seit": true, "seitens": true, "von": true, "vom": true, "zu": true,
		"zum": true, "zur": true, "für": true, "über": true, "unter": true, "gegen": true,
		"trotz": true, "wegen": true, "durch": true, "ohne": true, "aus": true, "um": true,
		"gegenüber": true, "zwischen": true, "hinter": true, "neben": true, "bis": true, "ab": true,
		"laut": true, "angesichts": true, "innerhalb": true, "außerhalb": true, "per": true,
	}
}

// notSpeakers are capitalized words that look like the start of a speaker
// but are not one: time words, demonstratives, generic nouns.
//
// buildNotSpeakers returns the words of the table notSpeakers (generated: see the
// package's zz_generated_sets.go).
func buildNotSpeakers() map[string]bool {
	return map[string]bool{
		"Montag": true, "Dienstag": true, "Mittwoch": true, "Donnerstag": true, "Freitag": true,
		"Samstag": true, "Sonntag": true, "Januar": true, "Februar": true, "März": true, "April": true,
		"Mai": true, "Juni": true, "Juli": true, "August": true, "September": true, "Oktober": true,
		"November": true, "Dezember": true, "Jahr": true, "Jahres": true, "Woche": true, "Tag": true,
		"Das": true, "Dies": true, "Dieses": true, "Es": true,
		"Man": true, "Was": true, "Wer": true, "Wir": true, "Ich": true, "Du": true,
		"Berichten": true, "Medienberichten": true, "Angaben": true, "Informationen": true,
		"Schätzungen": true, "Umfragen": true, "Daten": true, "Zahlen": true, "Prognosen": true,
		"Ende": true, "Anfang": true, "Mitte": true, "Zeit": true, "Morgen": true, "Abend": true,
		"Herr": false, "Frau": false, "Welt": true, "Bühne": true, "Punkt": true, "Interview": true,
		"Gespräch": true, "Pressekonferenz": true, "Telefonkonferenz": true, "Erklärung": true,
		"Mitteilung": true, "Zeitung": true, "Hintergrund": true, "Weiterlesen": true,
		"Hier": true, "Dort": true, "Dabei": true, "Damit": true, "Darin": true, "Dazu": true,
		"Deshalb": true, "Daher": true, "Trotzdem": true, "Dennoch": true, "Außerdem": true,
		"Auch": true, "Aber": true, "Doch": true, "Und": true, "Oder": true, "Wie": true, "So": true,
		"Nun": true, "Jetzt": true, "Heute": true, "Gestern": true, "Morgens": true, "Alles": true,
		"Jahre": true, "Jahren": true, "Monate": true, "Monaten": true, "Wochen": true, "Tage": true,
		"Stunden": true, "Minuten": true, "Er": true, "Sie": true, "Ihm": true,
		"Nichts": true, "Einer": true, "Keiner": true, "Jeder": true, "Viele": true, "Andere": true,
	}
}

// honorifics before a name.
//
// buildHonorifics returns the words of the set honorifics (generated: see the
// package's zz_generated_sets.go).
func buildHonorifics() map[string]bool {
	return map[string]bool{"Dr": true, "Prof": true, "Herr": true, "Frau": true, "Sir": true, "Dame": true, "Mr": true, "Mrs": true, "Ms": true}
}

// pronoun kinds.
const (
	pronNone = iota
	pronHe
	pronShe // sie / Sie: female singular, or plural with a plural verb
)

// pronounAt is pronounOf for token k, and also reads a masculine
// demonstrative that stands alone as a pronoun: "sagte dieser", "so
// dieser" (not "dieser Konzern"; "diese" is also a plural, so it is left).
func (d *doc) pronounAt(k int) int {
	w := d.word(k)
	if pr := pronounOf(w); pr != pronNone {
		return pr
	}
	switch w {
	case "dieser", "Dieser", "jener", "Jener":
		if !d.isWord(k+1) || !d.toks[k+1].upper {
			return pronHe
		}
	}
	return pronNone
}

func pronounOf(w string) int {
	switch w {
	case "er", "Er":
		return pronHe
	case "sie", "Sie":
		return pronShe
	}
	return pronNone
}

// lowerFirst reports whether w starts with a lower-case ASCII letter or a
// lower-case umlaut.
func startsLower(w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	if c >= 'a' && c <= 'z' {
		return true
	}
	return strings.HasPrefix(w, "ä") || strings.HasPrefix(w, "ö") || strings.HasPrefix(w, "ü") || strings.HasPrefix(w, "ß")
}

// titleNouns are nouns after which a quoted span is a name or title, not a
// quotation: "der Film „…“", "unter dem Motto „…“".
//
// buildTitleNouns returns the words of the table titleNouns (generated: see the
// package's zz_generated_sets.go).
func buildTitleNouns() map[string]bool {
	return map[string]bool{
		"Titel": true, "Motto": true, "Film": true, "Films": true, "Buch": true, "Buches": true,
		"Album": true, "Lied": true, "Song": true, "Gesetz": true, "Gesetzes": true, "Organisation": true,
		"Partei": true, "Bündnis": true, "Ausstellung": true, "Studie": true, "Sendung": true,
		"Preis": true, "Auszeichnung": true, "Gewerkschaft": true, "Kampagne": true, "Aktion": true,
		"Projekt": true, "Projekts": true, "Zeitung": true, "Magazin": true, "Zeitschrift": true,
		"Schiff": true, "Programm": true, "Leitlinie": true, "Thema": true, "Themen": true,
		"Initiative": true, "Verein": true, "Wettbewerb": true, "Fachblatt": true, "Blatt": true,
		"Namen": true, "Name": true, "Marke": true, "Serie": true, "Reihe": true, "Roman": true,
		"Oper": true, "Stück": true, "Sender": true, "Fernsehsendung": true, "Operation": true,
		"Mission": true, "Satellit": true, "Sonde": true, "Raumfähre": true, "Tanker": true,
		"Supertanker": true, "Slogan": true, "Schlagzeile": true, "Überschrift": true, "Rubrik": true,
		"Format": true, "Plattform": true, "App": true, "Produkt": true, "Modell": true, "Kategorie": true,
		"Klassen": true, "Bewegung": true, "Gruppe": true, "Band": true, "Stiftung": true, "Konferenz": true,
		"Festival": true, "Show": true, "Spiel": true, "Spiels": true, "Actionspiels": true, "Software": true,
		"Version": true, "Codename": true, "Kurzform": true, "Begriff": true, "Wort": true, "Unwort": true,
		"Kongress": true, "Veranstaltung": true, "Netzwerk": true, "Verband": true, "Koalition": true,
		"Platte": true, "Single": true, "Podcast": true, "Doku": true, "Dokumentation": true,
		"Gedicht": true, "Hörspiel": true,
	}
}

// isNumberWord reports whether w is a numeral written in digits or a small
// number word ("Sechs Jahre später").
func isNumberWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "Zwei", "Drei", "Vier", "Fünf", "Sechs", "Sieben", "Acht", "Neun", "Zehn", "Elf", "Zwölf",
		"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
		"Hundert", "Tausend", "Millionen", "Zwanzig", "Dreißig", "Fünfzig":
		return true
	}
	return false
}
