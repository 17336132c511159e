package parse

import (
	"math"
	"slices"
	"strings"

	"github.com/finanztext/finanztext/internal/lazy"
	"github.com/finanztext/finanztext/internal/strtab"
)

// Closed word classes of German for the clause layer, as tables: articles
// and determiners with their case/number/gender readings, pronouns,
// prepositions with the case they govern, subordinators, coordinators,
// auxiliaries and modals, frequent finite verb forms, separable particles,
// and adverbs that end like verbs. Keys are lower case.

// Readings is a set of case × (masculine, feminine, neuter, plural)
// readings of a determiner, a pronoun or a noun phrase. The zero value
// means "unknown" (a bare noun or a name: any reading).
type Readings uint16

// reading returns the bit of case c (0 Nom, 1 Acc, 2 Dat, 3 Gen) and
// gender/number g (0 masc, 1 fem, 2 neut, 3 plural).
func reading(c, g int) Readings { return 1 << (c*4 + g) }

// Case sets of Readings.
const (
	ReadNom Readings = 0x000F // any nominative reading
	ReadAcc Readings = 0x00F0 // any accusative reading
	ReadDat Readings = 0x0F00 // any dative reading
	ReadGen Readings = 0xF000 // any genitive reading
)

// Gender and number sets of Readings.
const (
	ReadMasc   Readings = 0x1111 // any masculine reading
	ReadFem    Readings = 0x2222 // any feminine reading
	ReadNeut   Readings = 0x4444 // any neuter reading
	ReadPlural Readings = 0x8888 // any plural reading
)

// Has reports whether r is unknown (zero) or has a reading in set s.
func (r Readings) Has(s Readings) bool { return r == 0 || r&s != 0 }

// Only reports whether r is known and all its readings lie in s.
func (r Readings) Only(s Readings) bool { return r != 0 && r&^s == 0 }

// String lists the readings of r as case.gender pairs ("nom.m dat.f
// gen.f gen.pl"); "" for unknown.
func (r Readings) String() string {
	cases := [4]string{"nom", "acc", "dat", "gen"}
	genders := [4]string{"m", "f", "n", "pl"}
	var b []byte
	for c := range 4 {
		for g := range 4 {
			if r&reading(c, g) != 0 {
				if len(b) > 0 {
					b = append(b, ' ')
				}
				b = append(b, cases[c]...)
				b = append(b, '.')
				b = append(b, genders[g]...)
			}
		}
	}
	return string(b)
}

// word classes of the lexicon
const (
	wNone    uint8 = iota
	wDet           // article, demonstrative, possessive, quantifier
	wPron          // personal or reflexive pronoun
	wPrep          // preposition (rd = governed cases); contractions carry wDetRead
	wSub           // subordinating conjunction
	wCoord         // coordinating conjunction
	wAux           // finite form of haben, sein, werden
	wModal         // finite form of a modal verb
	wVerb          // a frequent finite lexical verb form
	wAdv           // adverb or particle that is never a verb
	wRel           // relative or interrogative pronoun word (wer, was, welche…)
	wNumWord       // a number word used like a determiner (zwei, drei, …)
)

// lexicon entry flags
const (
	lxPartic  uint8 = 1 << iota // may be a separable particle at the clause end
	lxSubPrep                   // also a subordinator after a comma (während, seit, bis)
	lxSg                        // a finite verb form in the singular
	lxPl                        // a finite verb form in the plural
	lxPrepDet                   // a preposition with an article fused in (im, zum)
	lxAdvLike                   // an adverb that can also stand in a noun phrase (rund, etwa)
	// lxCoordStart: a coordinator only where a clause starts (after a
	// comma: ", doch die Bank senkte"); inside a clause the word is an
	// adverb or the second part of a pair ("hatte noch einen Verlust
	// ausgewiesen", "weder … noch"), never the start of a new clause.
	lxCoordStart
)

// lexEntry is what the lexicon knows of a word.
type lexEntry struct {
	cls   uint8
	flags uint8
	rd    Readings // determiner/pronoun readings, or the cases a preposition governs
	drd   Readings // the readings of the article fused into a preposition
}

// lexicon returns the word table, built once.
func lexicon() map[string]lexEntry {
	return lexiconV.Get(buildLexicon)
}

var lexiconV lazy.Value[map[string]lexEntry]

// lexTable is the lexicon as an open-addressing hash table keyed by the
// word's bytes: a lookup costs one short hash and, most of the time, one
// string comparison, less than a Go map on these short keys.
//
// A slot holds its word as a place in one string of all the words, and
// its entry, in 12 bytes: the generated table is read from the executable,
// and a text's words touch few of its pages (a string and an entry per
// slot took 22 bytes, and the words lay among all the strings of the
// program).
type lexTable struct {
	slots []lexSlot
	words string // the words of the slots, one after another
	mask  uint32
}

// lexSlot is one slot of a lexTable: the word words[off:off+n] (n == 0:
// an empty slot) and its entry.
type lexSlot struct {
	off uint32
	e   lexEntry
	n   uint8
}

// lexHash hashes a short word (FNV-1a, strtab's hash).
func lexHash(w string) uint32 { return strtab.Hash(w) }

// get returns the entry of w, or the zero entry.
func (t *lexTable) get(w string) lexEntry {
	for h := lexHash(w) & t.mask; ; h = (h + 1) & t.mask {
		s := &t.slots[h]
		if s.n == 0 {
			return lexEntry{}
		}
		if int(s.n) == len(w) && t.words[s.off:s.off+uint32(s.n)] == w {
			return s.e
		}
	}
}

// word returns the word of slot h ("" for an empty slot).
func (t *lexTable) word(h int) string {
	s := &t.slots[h]
	return t.words[s.off : s.off+uint32(s.n)]
}

// lexTab returns the lexicon as a lexTable: the generated one
// (zz_generated_tables.go, written by `go generate ./parse/`), or, when
// the package is built with the tag parsegen to write that file again,
// built from the lexicon.
//
//go:generate go test -tags parsegen -count 1 -run ^TestGeneratedTables$ . -args -write-tables
//go:generate go test -tags parsegen -count 1 -run ^TestGeneratedSets$ . -args -write-sets
func lexTab() *lexTable {
	return lexTabV.Get(makeLexTab)
}

var lexTabV lazy.Value[*lexTable]

func makeLexTab() *lexTable {
	if genLexTab != nil {
		return genLexTab
	}
	return buildLexTab(lexicon())
}

// buildLexTab builds the table of m, inserting the words in byte order so
// that the table does not depend on the order of map iteration.
func buildLexTab(m map[string]lexEntry) *lexTable {
	size := 1
	for size < 2*len(m) { // at most half full
		size *= 2
	}
	words := make([]string, 0, len(m))
	for w := range m {
		if w != "" && len(w) <= math.MaxUint8 { // every word of the lexicon (TestGeneratedTablesUsed)
			words = append(words, w)
		}
	}
	slices.Sort(words)
	t := &lexTable{slots: make([]lexSlot, size), mask: uint32(size - 1)}
	var all strings.Builder
	for _, w := range words {
		h := lexHash(w) & t.mask
		for t.slots[h].n != 0 {
			h = (h + 1) & t.mask
		}
		t.slots[h] = lexSlot{off: uint32(all.Len()), e: m[w], n: uint8(len(w))}
		all.WriteString(w)
	}
	t.words = all.String()
	return t
}

// lexFilter is a quick test in front of the lexicon map: a bit per hash of
// (length, first byte, last byte) of the lexicon's words, so that most
// content words are ruled out without a map lookup. maxLen is the length
// of the longest word.
type lexFilter struct {
	bits   [4096 / 64]uint64
	maxLen int
}

// lexSig hashes the length, first and last byte of w into 12 bits.
func lexSig(w string) uint32 {
	return (uint32(len(w))*0x9E37 ^ uint32(w[0])*0x85EB ^ uint32(w[len(w)-1])*0xC2B3) & 4095
}

// mayHave reports whether the lower-case word w may be in the lexicon.
func (f *lexFilter) mayHave(w string) bool {
	if len(w) == 0 || len(w) > f.maxLen {
		return false
	}
	h := lexSig(w)
	return f.bits[h>>6]&(1<<(h&63)) != 0
}

// lexQuick returns the filter of the lexicon: the generated one, or, with
// the tag parsegen, built from the lexicon.
func lexQuick() *lexFilter {
	return lexQuickV.Get(makeLexQuick)
}

var lexQuickV lazy.Value[*lexFilter]

func makeLexQuick() *lexFilter {
	if genLexQuick != nil {
		return genLexQuick
	}
	return buildLexQuick(lexicon())
}

func buildLexQuick(m map[string]lexEntry) *lexFilter {
	f := new(lexFilter)
	for w := range m {
		f.maxLen = max(f.maxLen, len(w))
		h := lexSig(w)
		f.bits[h>>6] |= 1 << (h & 63)
	}
	return f
}

func buildLexicon() map[string]lexEntry {
	m := make(map[string]lexEntry, 1024)
	r := func(spec string) Readings {
		// spec: space-separated readings such as "nm df gf gp" (case n/a/d/g, then m/f/n/p)
		var out Readings
		for _, f := range strings.Fields(spec) {
			c := strings.IndexByte("nadg", f[0])
			g := strings.IndexByte("mfnp", f[1])
			out |= reading(c, g)
		}
		return out
	}
	// definite article and demonstratives: stem + ending
	defEnd := map[string]string{
		"er": "nm df gf gp", "e": "nf af np ap", "es": "nn an gm gn", "en": "am dp", "em": "dm dn",
	}
	m["der"] = lexEntry{cls: wDet, rd: r("nm df gf gp")}
	m["die"] = lexEntry{cls: wDet, rd: r("nf af np ap")}
	m["das"] = lexEntry{cls: wDet, rd: r("nn an")}
	m["den"] = lexEntry{cls: wDet, rd: r("am dp")}
	m["dem"] = lexEntry{cls: wDet, rd: r("dm dn")}
	m["des"] = lexEntry{cls: wDet, rd: r("gm gn")}
	for _, stem := range []string{"dies", "jen", "jed", "welch", "manch", "solch", "derselb", "jeglich"} {
		for end, spec := range defEnd {
			rd := r(spec)
			if stem == "jed" || stem == "jeglich" {
				rd &^= ReadPlural
			}
			m[stem+end] = lexEntry{cls: wDet, rd: rd}
		}
	}
	// indefinite article, kein and possessives: stem + ending
	indefEnd := map[string]string{
		"": "nm nn an", "e": "nf af np ap", "en": "am dp", "em": "dm dn", "er": "gf df gp", "es": "gm gn",
	}
	for _, stem := range []string{"ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur"} {
		for end, spec := range indefEnd {
			rd := r(spec)
			if stem == "ein" {
				rd &^= ReadPlural
			}
			if stem == "eur" && end == "" {
				continue
			}
			if stem == "euer" && end != "" {
				continue
			}
			m[stem+end] = lexEntry{cls: wDet, rd: rd}
		}
	}
	// plural quantifiers
	for _, stem := range []string{"all", "viel", "mehrer", "einig", "beid", "wenig", "zahlreich", "sämtlich", "ander", "weiter", "übrig"} {
		m[stem+"e"] = lexEntry{cls: wDet, rd: r("np ap")}
		m[stem+"en"] = lexEntry{cls: wDet, rd: r("dp")}
		m[stem+"er"] = lexEntry{cls: wDet, rd: r("gp")}
	}
	for _, w := range []string{"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf", "hundert", "tausend"} {
		m[w] = lexEntry{cls: wNumWord, rd: r("np ap dp gp")}
	}
	// personal and reflexive pronouns
	for w, spec := range map[string]string{
		"er": "nm", "sie": "nf af np ap", "es": "nn an", "ich": "nm nf", "du": "nm nf", "wir": "np",
		"ihr": "np", "man": "nm", "ihn": "am", "ihm": "dm dn", "ihnen": "dp", "uns": "ap dp",
		"mich": "am af", "mir": "dm df", "dich": "am af", "dir": "dm df", "euch": "ap dp", "sich": "am af an ap dm df dn dp",
		"jemand": "nm", "niemand": "nm", "nichts": "nn an", "etwas": "nn an", "dies": "nn an",
	} {
		e := lexEntry{cls: wPron, rd: r(spec)}
		if old, ok := m[w]; ok && old.cls == wDet {
			// "ihr": pronoun and possessive; the determiner wins in front of a noun
			e = old
		}
		m[w] = e
	}
	m["dessen"] = lexEntry{cls: wRel, rd: r("gm gn")}
	m["deren"] = lexEntry{cls: wRel, rd: r("gf gp")}
	m["denen"] = lexEntry{cls: wRel, rd: r("dp")}
	for _, w := range []string{"wer", "was"} {
		m[w] = lexEntry{cls: wRel, rd: r("nm nn an")}
	}
	// prepositions with the cases they govern
	for spec, words := range map[string]string{
		"ad": "in an auf über unter vor hinter neben zwischen entlang",
		"d":  "mit von zu aus bei nach seit ab gegenüber gemäß entgegen samt nebst zufolge dank binnen",
		"a":  "für gegen ohne um durch bis per pro je wider",
		"gd": "wegen trotz während laut statt anstatt angesichts innerhalb außerhalb aufgrund infolge mittels oberhalb unterhalb jenseits diesseits anlässlich bezüglich hinsichtlich zugunsten abzüglich zuzüglich inklusive exklusive einschließlich ausschließlich seitens mangels vorbehaltlich",
	} {
		var rd Readings
		for _, c := range spec {
			switch c {
			case 'a':
				rd |= ReadAcc
			case 'd':
				rd |= ReadDat
			case 'g':
				rd |= ReadGen
			}
		}
		for _, w := range strings.Fields(words) {
			m[w] = lexEntry{cls: wPrep, rd: rd}
		}
	}
	for w, spec := range map[string]string{
		"im": "dm dn", "am": "dm dn", "vom": "dm dn", "zum": "dm dn", "beim": "dm dn",
		"zur": "df", "ins": "an", "ans": "an", "aufs": "an", "fürs": "an", "übers": "an",
		"ums": "an", "durchs": "an", "unterm": "dm dn", "vorm": "dm dn", "überm": "dm dn", "hinterm": "dm dn",
	} {
		rd := r(spec)
		m[w] = lexEntry{cls: wPrep, flags: lxPrepDet, rd: rd & (ReadAcc | ReadDat), drd: rd}
	}
	// separable particles that are also prepositions
	for _, w := range []string{"an", "auf", "ab", "aus", "zu", "mit", "vor", "nach", "bei", "durch", "um", "über", "unter", "gegenüber", "entgegen"} {
		e := m[w]
		e.flags |= lxPartic
		m[w] = e
	}
	// prepositions that also subordinate a clause after a comma
	for _, w := range []string{"während", "seit", "bis"} {
		e := m[w]
		e.flags |= lxSubPrep
		m[w] = e
	}
	// subordinators
	for _, w := range strings.Fields("dass daß weil da ob wenn als obwohl obgleich obschon nachdem bevor ehe damit sodass falls sofern soweit sobald solange seitdem indem wie wobei wodurch womit weshalb weswegen warum wo woran worauf wonach woraus wofür wogegen worüber wovon wozu wohingegen zumal sowie wann wieso inwieweit je") {
		if e, ok := m[w]; ok {
			e.flags |= lxSubPrep
			m[w] = e
			continue
		}
		m[w] = lexEntry{cls: wSub}
	}
	// coordinators ("sowie" coordinates far more often than it subordinates)
	for _, w := range strings.Fields("und oder aber sondern sowie bzw beziehungsweise") {
		m[w] = lexEntry{cls: wCoord}
	}
	for _, w := range strings.Fields("doch denn sowohl weder noch") {
		m[w] = lexEntry{cls: wCoord, flags: lxCoordStart}
	}
	// finite auxiliaries and modals, singular and plural
	fin := func(cls uint8, sg, pl string) {
		for _, w := range strings.Fields(sg) {
			m[w] = lexEntry{cls: cls, flags: lxSg}
		}
		for _, w := range strings.Fields(pl) {
			e := lexEntry{cls: cls, flags: lxPl}
			if old, ok := m[w]; ok && old.cls == cls {
				e.flags |= old.flags
			}
			m[w] = e
		}
	}
	fin(wAux, "hat habe hatte hätte ist sei war wäre wird werde wurde würde bin bist hast wirst", "haben hatten hätten sind seien waren wären werden wurden würden habt seid")
	fin(wModal, "kann könne konnte könnte muss müsse musste müsste soll solle sollte will wolle wollte darf dürfe durfte dürfte mag möge mochte möchte", "können konnten könnten müssen mussten müssten sollen sollten wollen wollten dürfen durften dürften mögen mochten möchten")
	// frequent finite lexical verb forms whose shape the endings rule misses
	// (strong and irregular verbs) or that news uses all the time
	fin(wVerb, "sagt sagte erklärt erklärte betont betonte meldet meldete teilt teilte berichtet berichtete "+
		"steigt stieg sinkt sank fällt fiel legt legte liegt lag hebt hob senkt senkte weist wies gibt gab geht ging "+
		"kommt kam nimmt nahm hält hielt sieht sah verliert verlor gewinnt gewann bricht brach zieht zog wächst wuchs "+
		"bleibt blieb steht stand tritt trat findet fand heißt hieß schließt schloss spricht sprach ruft rief "+
		"schreibt schrieb treibt trieb verspricht versprach bringt brachte denkt dachte kennt kannte nennt nannte "+
		"schrumpft schrumpfte klettert kletterte rutscht rutschte erhöht erhöhte verdient verdiente macht machte "+
		"plant plante warnt warnte kündigt kündigte übernimmt übernahm kauft kaufte verkauft verkaufte "+
		"beschließt beschloss entscheidet entschied setzt setzte stellt stellte führt führte bestätigt bestätigte "+
		"beziffert bezifferte rechnet rechnete erwartet erwartete schätzt schätzte begründet begründete "+
		"räumt räumte gesteht gestand verweist verwies bekräftigt bekräftigte kritisiert kritisierte "+
		"weiß wusste lässt ließ tut tat läuft lief schlägt schlug trägt trug fährt fuhr wirft warf "+
		"beträgt betrug erreicht erreichte übertrifft übertraf verfehlt verfehlte verzeichnet verzeichnete "+
		"erzielt erzielte schreibt schrieb verbucht verbuchte investiert investierte beschäftigt beschäftigte "+
		"streicht strich hebt hob gilt galt erhält erhielt beginnt begann gelingt gelang scheint schien",
		"sagen sagten erklären erklärten melden meldeten teilen teilten berichten berichteten "+
			"steigen stiegen sinken sanken fallen fielen legen legten liegen lagen heben hoben senken senkten "+
			"weisen wiesen geben gaben gehen gingen kommen kamen nehmen nahmen halten hielten sehen sahen "+
			"verlieren verloren gewinnen gewannen brechen brachen ziehen zogen wachsen wuchsen bleiben blieben "+
			"stehen standen treten traten finden fanden schließen schlossen sprechen sprachen rufen riefen "+
			"erhöhen erhöhten verdienen verdienten machen machten planen planten rechnen rechneten erwarten erwarteten "+
			"betragen betrugen erreichen erreichten gelten galten erhalten erhielten beginnen begannen")
	// separable particles that are no prepositions
	for _, w := range strings.Fields("zurück ein fest bekannt hin her fort weiter hoch dar fern frei statt teil zusammen vorbei heraus herab herunter hinaus voran bereit nieder offen los wieder kund vorweg hinzu dazu bevor vorher zuvor weg hervor heran herum herbei herauf hinauf hinein herein hinweg hinterher entgegen empor beiseite vorüber umher") {
		if e, ok := m[w]; ok {
			e.flags |= lxPartic
			m[w] = e
			continue
		}
		m[w] = lexEntry{cls: wAdv, flags: lxPartic}
	}
	// adverbs and particles, above all those that end like a finite verb
	for _, w := range strings.Fields("nicht jetzt zuletzt erst meist leicht recht schlecht gut weit zunächst zuerst vielleicht zumindest " +
		"auch noch bereits schon nur sogar zudem jedoch allerdings dabei damit nun heute gestern morgen " +
		"so sehr deutlich stark kräftig insgesamt bislang bisher derzeit inzwischen mittlerweile dagegen daher " +
		"deshalb trotzdem außerdem ebenfalls ebenso hier dort dann danach davor nie immer oft etwa rund knapp fast " +
		"mehr weniger gerade eben gleich längst ohnehin überhaupt kaum jeweils insbesondere vor allem zwar " +
		"mindestens höchstens maximal nahezu circa ca annähernd gut ungefähr lediglich spätestens frühestens " +
		"zuletzt künftig weiterhin erneut wiederum besonders vergleichsweise relativ vergangenen laut selbst " +
		"hingegen indes stattdessen schließlich endlich offenbar offensichtlich womöglich wohl angeblich " +
		"gemeinsam bekanntlich nachts abends morgens mittags montags zugleich gleichzeitig ebenfalls zusätzlich " +
		"ja nein bitte danke ganz gar genau knapp weit nunmehr seither seitdem sodann somit folglich demnach " +
		"nämlich überdies ferner anschließend ausdrücklich insgesamt erstmals zweimal mehrfach teilweise " +
		"weitgehend komplett vollständig jährlich monatlich täglich wöchentlich stets zugleich allein") {
		if _, ok := m[w]; ok {
			continue
		}
		m[w] = lexEntry{cls: wAdv}
	}
	for _, w := range []string{"rund", "etwa", "knapp", "fast", "gut", "mehr", "weniger", "circa", "ca", "nahezu", "annähernd", "ungefähr", "mindestens", "höchstens", "maximal", "lediglich", "über", "unter", "bis"} {
		e := m[w]
		e.flags |= lxAdvLike
		m[w] = e
	}
	return m
}

// femSuffixes end nouns that are feminine (so "der X" is dative or
// genitive, not nominative): Regierung, Gesellschaft, Union, Behörde…
var femSuffixes = []string{"ung", "heit", "keit", "schaft", "ion", "tät", "ik", "ei", "enz", "anz", "ur", "ie", "in", "sion"}

// nounIsFem reports whether a noun ends in a typically feminine suffix.
func nounIsFem(w string) bool {
	for _, s := range femSuffixes {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
