package quote

import (
	"math"
	"math/bits"
	"slices"
	"strings"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/internal/lazy"
)

// verb is one verb of saying. Weak verbs give only the infinitive; their
// forms follow by rule. Strong and irregular verbs list their forms:
// present 3sg, preterite 3sg, participle (without a separable particle).
type verb struct {
	inf      string // infinitive without particle: "sagen", "teilen" (mitteilen)
	particle string // separable particle: "mit" for mitteilen
	pres     string // strong verbs: present 3sg
	pret     string // strong verbs: preterite 3sg
	part     string // strong verbs: participle without particle
	weak     bool   // the verb alone (without its particle) says nothing of speech
	phrase   bool   // the particle ends a phrase ("gab … zu Protokoll"): no joined forms
}

// speechVerbs is the table of verbs that introduce a quotation or reported
// speech.
var speechVerbs = []verb{
	{inf: "sagen"}, {inf: "erklären"}, {inf: "betonen"}, {inf: "meinen"},
	{inf: "teilen", particle: "mit", weak: true}, {inf: "berichten"}, {inf: "bestätigen"},
	{inf: "kündigen", particle: "an", weak: true}, {inf: "fügen", particle: "hinzu", weak: true},
	{inf: "ergänzen"}, {inf: "warnen"}, {inf: "fordern"}, {inf: "räumen", particle: "ein", weak: true},
	{inf: "geben", particle: "zu", pres: "gibt", pret: "gab", part: "gegeben", weak: true},
	{inf: "unterstreichen", pres: "unterstreicht", pret: "unterstrich", part: "unterstrichen"},
	{inf: "kritisieren"}, {inf: "fragen"}, {inf: "antworten"}, {inf: "entgegnen"},
	{inf: "beklagen"}, {inf: "klagen"},
	{inf: "schreiben", pres: "schreibt", pret: "schrieb", part: "geschrieben"},
	{inf: "versichern"}, {inf: "erläutern"}, {inf: "bekräftigen"}, {inf: "mahnen"},
	{inf: "prognostizieren"},
	{inf: "sprechen", pres: "spricht", pret: "sprach", part: "gesprochen"},
	{inf: "zitieren"}, {inf: "twittern"}, {inf: "resümieren"}, {inf: "scherzen"},
	{inf: "weisen", particle: "hin", pres: "weist", pret: "wies", part: "gewiesen", weak: true},
	{inf: "äußern"}, {inf: "verkünden"}, {inf: "erwidern"}, {inf: "behaupten"},
	{inf: "rufen", pres: "ruft", pret: "rief", part: "gerufen"}, {inf: "skandieren"}, {inf: "brüllen"},
	{inf: "gehen", particle: "aus", pres: "geht", pret: "ging", part: "gegangen", weak: true},
	{inf: "nennen", pres: "nennt", pret: "nannte", part: "genannt"},
	{inf: "bezeichnen"}, {inf: "stellen", particle: "klar", weak: true}, {inf: "stellen", particle: "fest", weak: true},
	{inf: "merken", particle: "an", weak: true}, {inf: "führen", particle: "aus", weak: true},
	{inf: "geben", particle: "bekannt", pres: "gibt", pret: "gab", part: "gegeben", weak: true},
	{inf: "geben", particle: "Protokoll", pres: "gibt", pret: "gab", part: "gegeben", weak: true, phrase: true},
	{inf: "wenden", particle: "ein", pres: "wendet", pret: "wandte", part: "gewandt", weak: true},
	{inf: "loben"}, {inf: "monieren"}, {inf: "bemängeln"}, {inf: "urteilen"}, {inf: "folgern"},
	{inf: "sagen", particle: "voraus", weak: true}, {inf: "versprechen", pres: "verspricht", pret: "versprach", part: "versprochen"},
	{inf: "bilanzieren"}, {inf: "kommentieren"},
	{inf: "verweisen", pres: "verweist", pret: "verwies", part: "verwiesen"},
	{inf: "heben", particle: "hervor", pres: "hebt", pret: "hob", part: "gehoben", weak: true},
	{inf: "sichern", particle: "zu", weak: true}, {inf: "beteuern"},
	{inf: "bestreiten", pres: "bestreitet", pret: "bestritt", part: "bestritten"},
	{inf: "dementieren"}, {inf: "jubeln"}, {inf: "schimpfen"}, {inf: "seufzen"},
	{inf: "beschreiben", pres: "beschreibt", pret: "beschrieb", part: "beschrieben"},
	{inf: "erzählen"}, {inf: "vermuten"}, {inf: "ankündigen"}, {inf: "zusammenfassen"},
	{inf: "fassen", particle: "zusammen", weak: true}, {inf: "posten"}, {inf: "appellieren"},
	{inf: "argumentieren"}, {inf: "begründen"}, {inf: "berichten"}, {inf: "informieren"},
	{inf: "kontern"}, {inf: "spotten"}, {inf: "schwärmen"}, {inf: "bilanzieren"},
	{inf: "unterstreichen", pres: "unterstreicht", pret: "unterstrich", part: "unterstrichen"},
	{inf: "verraten", pres: "verrät", pret: "verriet", part: "verraten"},
	{inf: "hoffen"}, {inf: "befürchten"}, {inf: "glauben"}, {inf: "vermelden"}, {inf: "melden"},
	{inf: "klarstellen"}, {inf: "feststellen"}, {inf: "zugeben"}, {inf: "einräumen"}, {inf: "mitteilen"},
	{inf: "hinzufügen"},
	{inf: "empfehlen", pres: "empfiehlt", pret: "empfahl", part: "empfohlen"},
	{inf: "raten", pres: "rät", pret: "riet", part: "geraten"},
	{inf: "konstatieren"}, {inf: "würdigen"}, {inf: "bezweifeln"}, {inf: "beschwören", pres: "beschwört", pret: "beschwor", part: "beschworen"},
	{inf: "verteidigen"}, {inf: "bedauern"}, {inf: "begrüßen"}, {inf: "bestätigen"}, {inf: "zweifeln"},
	{inf: "erinnern"}, {inf: "machen", particle: "klar", weak: true}, {inf: "drücken", particle: "aus", weak: true}, {inf: "ausdrücken"},
	{inf: "streichen", particle: "heraus", pres: "streicht", pret: "strich", part: "gestrichen", weak: true},
	{inf: "lassen", particle: "verlauten", pres: "lässt", pret: "ließ", part: "gelassen", weak: true},
	{inf: "weisen", particle: "zurück", pres: "weist", pret: "wies", part: "gewiesen", weak: true},
	{inf: "urteilen"}, {inf: "schildern"}, {inf: "charakterisieren"}, {inf: "verurteilen"}, {inf: "beschreiben", pres: "beschreibt", pret: "beschrieb", part: "beschrieben"},
	{inf: "lassen", particle: "wissen", pres: "lässt", pret: "ließ", part: "gelassen", weak: true},
	{inf: "geben", particle: "an", pres: "gibt", pret: "gab", part: "gegeben", weak: true},
	{inf: "prangern", particle: "an", weak: true},
	{inf: "wiederholen", pres: "wiederholt", pret: "wiederholte", part: "wiederholt"},
	{inf: "präzisieren"}, {inf: "mutmaßen"},
	{inf: "gestehen", particle: "ein", pres: "gesteht", pret: "gestand", part: "gestanden", weak: true},
	{inf: "prophezeien", pres: "prophezeit", pret: "prophezeite", part: "prophezeit"},
	{inf: "beschwichtigen"}, {inf: "relativieren"}, {inf: "wiegeln", particle: "ab", weak: true},
}

// verbForm says what a word form is.
type verbForm struct {
	plain     bool     // a verb of saying by itself
	particles []string // or only with one of these particles at the clause end
	plural    bool     // a 3rd person plural form (sagen, sagten)
	part      bool     // a participle (gesagt)
	finite    bool     // also a finite form ("erklärt" is both)
}

// inseparable prefixes: no ge- in the participle.
var noGe = []string{"be", "er", "ver", "zer", "ent", "emp", "miss", "ge", "hinter", "über", "unter", "wider"}

// verbForms maps every generated form to what it is. Separable verbs are
// present twice: split ("teilte" + particle "mit") and joined
// ("mitteilte", "mitgeteilt").
func verbForms() map[string]verbForm {
	return verbFormsV.Get(makeVerbForms)
}

var verbFormsV lazy.Value[map[string]verbForm]

func makeVerbForms() map[string]verbForm {
	m := make(map[string]verbForm, len(speechVerbs)*12)
	add := func(form string, particle string, plural, part bool) {
		f := m[form]
		if particle == "" {
			f.plain = true
		} else if !slices.Contains(f.particles, particle) {
			f.particles = append(f.particles, particle)
		}
		f.plural = f.plural || plural
		f.part = f.part || part
		f.finite = f.finite || !part
		m[form] = f
	}
	for _, v := range speechVerbs {
		stem := strings.TrimSuffix(v.inf, "en")
		if stem == v.inf {
			stem = strings.TrimSuffix(v.inf, "n")
		}
		t := "t"
		if strings.HasSuffix(stem, "t") || strings.HasSuffix(stem, "d") || strings.HasSuffix(stem, "gn") || strings.HasSuffix(stem, "chn") {
			t = "et"
		}
		pres, pret, part := v.pres, v.pret, v.part
		if pres == "" {
			pres = stem + t
			pret = stem + t + "e"
			ge := "ge"
			if strings.HasSuffix(v.inf, "ieren") {
				ge = ""
			}
			for _, p := range noGe {
				if strings.HasPrefix(v.inf, p) && len(v.inf) > len(p)+4 {
					ge = ""
				}
			}
			part = ge + stem + t
		}
		pretPl := pret + "n"
		if !strings.HasSuffix(pret, "e") {
			pretPl = pret + "en"
		}
		p := v.particle
		if !v.weak {
			p = ""
		}
		add(pres, p, false, false)
		add(pret, p, false, false)
		add(v.inf, p, true, false)
		add(pretPl, p, true, false)
		add(stem+"e", p, false, false) // Konjunktiv I
		if v.particle == "" {
			add(part, "", false, true)
			continue
		}
		if v.phrase {
			continue // (no participle: "gegeben" alone is no verb of saying)
		}
		// joined forms: subordinate clauses and participles
		add(v.particle+pres, "", false, false)
		add(v.particle+pret, "", false, false)
		add(v.particle+v.inf, "", true, false)
		add(v.particle+pretPl, "", true, false)
		add(v.particle+part, "", false, true)
	}
	return m
}

// lookupVerb finds w (a word as written) in the verb table. With capOK a
// capitalized word (at the start of a sentence) is tried in lower case too.
// It reads the lexicon, which holds every form of the table and, for a
// form of at most 32 bytes, its capitalized spelling (verbCap).
func lookupVerb(w string, capOK bool) (verbForm, bool) {
	lx := lexicon()
	i, _ := lx.lookup(w)
	if i == 0 {
		return verbForm{}, false
	}
	e := &lx.infos[i]
	if e.verb != 0 {
		return lx.forms[e.verb-1], true
	}
	if capOK && e.verbCap != 0 {
		return lx.forms[e.verbCap-1], true
	}
	return verbForm{}, false
}

// subjunctive lists forms of Konjunktiv I and II that mark reported speech.
//
// buildSubjunctive returns the words of the table subjunctive (generated: see the
// package's zz_generated_sets.go).
func buildSubjunctive() map[string]bool {
	return map[string]bool{
		"sei": true, "seien": true, "seiest": true, "habe": true, "hätten": true, "hätte": true,
		"werde": true, "würden": true, "würde": true, "könne": true, "könnten": true, "könnte": true,
		"müsse": true, "müssten": true, "müsste": true, "solle": true, "sollten": true, "dürfe": true,
		"wolle": true, "wäre": true, "wären": true, "gebe": true, "liege": true, "gehe": true,
		"komme": true, "stehe": true, "bleibe": true, "wisse": true, "sehe": true, "brauche": true,
		"mache": true, "handle": true, "trage": true, "fehle": true, "lasse": true, "halte": true,
		"arbeite": true, "plane": true, "erwarte": true, "rechne": true, "wachse": true, "steige": true,
		"sinke": true, "falle": true, "laufe": true, "gelte": true, "zeige": true, "finde": true,
		"treffe": true, "brächte": true, "käme": true, "gäbe": true, "ginge": true, "bestehe": true,
		"befinde": true, "verfüge": true, "benötige": true, "reiche": true,
		// more verbs of reported business news ("man prüfe „alle Optionen“"), none
		// of them a noun when capitalized at the start of a sentence
		"prüfe": true, "verhandle": true, "setze": true, "baue": true, "investiere": true, "führe": true,
		"helfe": true, "denke": true, "fordere": true, "nutze": true, "kenne": true, "verliere": true,
		"zahle": true, "kaufe": true, "verkaufe": true, "leide": true, "drohe": true, "beabsichtige": true,
		"erwäge": true, "bereite": true, "schaffe": true, "strebe": true, "biete": true, "liefere": true,
		"produziere": true, "beschäftige": true, "gehöre": true, "bedeute": true, "betrage": true,
		"belaste": true, "entspreche": true, "ermögliche": true, "erfordere": true, "existiere": true,
		"funktioniere": true, "kämpfe": true, "koste": true, "lohne": true, "profitiere": true,
		"reagiere": true, "scheine": true, "stütze": true, "verdiene": true, "verfolge": true,
		"vertraue": true, "wirke": true, "zähle": true,
	}
}

// lexInfo is what the lexicon knows of one word as written: its verb form
// (exact, and lowered at the start of a sentence) and flags.
type lexInfo struct {
	verb, verbCap int16 // 1 + index into lexicon.forms; 0: none
	flags         uint8
	cls           uint32 // the closed word sets holding the word (c… bits)
}

// Lexicon flags.
const (
	lxSubjunctive uint8 = 1 << iota
	lxSource
	lxHeisst
	lxMale   // a male given name
	lxFemale // a female given name
	lxCue    // so, laut, Laut, zufolge: the other words indirectSpeech looks at
	lxVerb   // a verb form, exact or capitalized (verb or verbCap set)
	lxRole   // a role stem, lower case or capitalized (see roleStemForms): isRoleNoun

	// lxIndirectCue marks the words indirectSpeech looks at
	lxIndirectCue = lxVerb | lxCue | lxSource | lxHeisst
)

// lexiconT holds every word the scanners look up, so that one lookup per
// token answers all of them.
type lexiconT struct {
	slots  []lexSlot // open addressing on lexHash, linear probing
	words  string    // the words of the slots, one after another (see lexSlot)
	infos  []lexInfo // infos[0] is the empty entry
	forms  []verbForm
	filter [lexFilterBits / 64]uint64 // lexHash of every word: most other words miss it
}

const lexFilterBits = 1 << 17

// lexHash hashes w by its length and its first and last eight bytes
// (wordHash).
func lexHash(w string) uint32 {
	h, _ := lexKey(w)
	return h
}

// lexKey returns lexHash(w) and wordHead(w), which probeAt needs too.
func lexKey(w string) (uint32, uint64) {
	head := wordHead(w)
	tail := head
	if len(w) > 8 {
		tail = load8(w[len(w)-8:])
	}
	return wordHash(head, tail, len(w)), head
}

// wordHash is lexHash of a word of n bytes whose wordHead is head and
// whose last eight bytes are tail (tail == head for a word of up to eight
// bytes). The tokenizer has both from two loads, with no loop over the
// bytes. The product's top bits depend on every bit below them, and the
// shift by 31 brings the high half of x (the bytes 5 to 8 of head) down
// before the multiplication.
func wordHash(head, tail uint64, n int) uint32 {
	x := head ^ bits.RotateLeft64(tail, 29) ^ uint64(n)
	x ^= x >> 31
	x *= 0x9E3779B97F4A7C15
	return uint32(x >> (64 - 17))
}

// lookup returns the index of w in lx.infos (0 when w is not in the
// lexicon) and the token hash of w: lexHash(w), with tokEndsS set when w
// ends in "s".
func (lx *lexiconT) lookup(w string) (uint16, uint32) {
	if w == "" {
		return 0, 0
	}
	h, head := lexKey(w)
	th := h
	if w[len(w)-1] == 's' {
		th |= tokEndsS
	}
	if lx.filter[h>>6]&(1<<(h&63)) == 0 {
		return 0, th
	}
	return lx.probeAt(w, 0, len(w), h, head), th
}

// probeAt returns the index in lx.infos of the word of n bytes at
// text[i:] (0 when it is not in the lexicon), its lexHash being h and its
// wordHead head. Comparing the heads decides a word of up to eight bytes
// without a call of the runtime's memequal (the tokenizer's loop, where
// probeAt is inlined, kept no value in a register across that call), and
// taking the word by place spares the slicing and its bounds checks.
func (lx *lexiconT) probeAt(text string, i, n int, h uint32, head uint64) uint16 {
	for s := h; ; s++ {
		sl := &lx.slots[s&lexSlotMask]
		if sl.n == 0 {
			return 0
		}
		if int(sl.n) == n && sl.head == head && sameTail(lx.words, sl.off, text, i, n) {
			return sl.idx
		}
	}
}

// sameTail reports whether the bytes from the ninth on of the word of n
// bytes at text[i:] are those of the lexicon word at words[off:] (true for
// a word of up to eight bytes): a loop, where a string comparison was a
// call of the runtime's memequal (see probeAt).
func sameTail(words string, off uint32, text string, i, n int) bool {
	for k := 8; k < n; k++ {
		if words[int(off)+k] != text[i+k] {
			return false
		}
	}
	return true
}

// wordHead returns the first eight bytes of w as a little-endian number,
// the bytes past the end of a shorter w zero. A shorter word is read with
// two overlapping loads of four bytes, or three of one byte, instead of a
// loop over its bytes.
func wordHead(w string) uint64 {
	switch n := len(w); {
	case n >= 8:
		return load8(w)
	case n >= 4:
		return uint64(load4(w)) | uint64(load4(w[n-4:]))<<(8*(n-4))
	case n > 0:
		return uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)) | uint64(w[n-1])<<(8*(n-1))
	}
	return 0
}

// load4 returns the first four bytes of s (at least four long) as a
// little-endian number.
func load4(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// load8 returns the first eight bytes of s (at least eight long) as a
// little-endian number: one load, the compiler combines the bytes.
func load8(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// word returns the word of slot s ("" for an empty slot).
func (lx *lexiconT) word(s int) string {
	sl := &lx.slots[s]
	return lx.words[sl.off : sl.off+uint32(sl.n)]
}

// lexSlots is the size of the lexicon's open-addressing table (a power of
// two, at least twice the number of words: building the lexicon checks it).
const (
	lexSlots    = 1 << 13
	lexSlotMask = lexSlots - 1
)

// lexSlot is one entry of the lexicon table: a word, as its place in
// lexiconT.words, and its index into infos; n == 0 marks an empty slot.
// Sixteen bytes, and the words in one string: the generated table is read
// from the executable, and a document's words touch few of its pages (a
// string per slot took 24 bytes, and the words lay among all the strings
// of the program).
type lexSlot struct {
	off  uint32 // the word is words[off : off+n]
	n    uint16
	idx  uint16
	head uint64 // wordHead of the word: probeAt compares it first
}

// lexicon is the lexicon of the verb table, the subjunctive forms, the
// source nouns, the forms of "heißen", the closed word sets and the given
// names: the generated one (zz_generated_lexicon.go, written by `go
// generate ./quote/`), or, when the package is built with the tag quotegen
// to write that file again, built from the tables.
//
//go:generate go test -tags quotegen -count 1 -run ^TestGeneratedSets$ . -args -write-sets
//go:generate go test -tags quotegen -count 1 -run ^TestGeneratedLexicon$ . -args -write-lexicon
func lexicon() *lexiconT {
	return lexiconV.Get(makeLexicon)
}

var lexiconV lazy.Value[*lexiconT]

func makeLexicon() *lexiconT {
	if genLexicon != nil {
		return genLexicon
	}
	return buildLexicon()
}

// buildLexicon builds the lexicon from the tables. Words are numbered in
// byte order, so that the result (and the generated file) does not depend
// on the order of map iteration.
func buildLexicon() *lexiconT {
	vf := verbForms()
	words := make(map[string]lexInfo, 2*len(vf)+128)
	forms := make([]string, 0, len(vf))
	for w := range vf {
		forms = append(forms, w)
	}
	slices.Sort(forms)
	lx := &lexiconT{}
	for _, w := range forms {
		lx.forms = append(lx.forms, vf[w])
		idx := int16(len(lx.forms))
		e := words[w]
		e.verb = idx
		words[w] = e
		if len(w) <= 32 && w[0] >= 'a' && w[0] <= 'z' {
			cw := string(w[0]-'a'+'A') + w[1:]
			e := words[cw]
			e.verbCap = idx
			words[cw] = e
		}
	}
	set := func(w string, fl uint8) {
		e := words[w]
		e.flags |= fl
		words[w] = e
	}
	for w := range subjunctive.All() {
		set(w, lxSubjunctive)
	}
	for w := range sourceNouns.All() {
		set(w, lxSource)
	}
	// (and "verlautet": "Aus dem Ministerium verlautete, man …")
	for _, w := range []string{"heißt", "hieß", "geheißen", "hiess", "heisst", "verlautet", "verlautete"} {
		set(w, lxHeisst)
	}
	for _, w := range []string{"so", "laut", "Laut", "zufolge"} {
		set(w, lxCue)
	}
	for _, cs := range classSets() {
		for w, ok := range cs.set.All() {
			if ok {
				e := words[w]
				e.cls |= cs.bit
				words[w] = e
			}
		}
	}
	for _, w := range roleStemForms() {
		set(w, lxRole)
	}
	for w, g := range genders() {
		switch g {
		case entity.Male:
			set(w, lxMale)
		case entity.Female:
			set(w, lxFemale)
		}
	}
	keys := make([]string, 0, len(words))
	for w := range words {
		keys = append(keys, w)
	}
	slices.Sort(keys)
	lx.slots = make([]lexSlot, lexSlots)
	lx.infos = append(make([]lexInfo, 0, len(words)+1), lexInfo{})
	var blob strings.Builder
	for _, w := range keys {
		e := words[w]
		if e.verb != 0 || e.verbCap != 0 {
			e.flags |= lxVerb
		}
		h := lexHash(w)
		lx.filter[h>>6] |= 1 << (h & 63)
		if len(lx.infos) > int(lexMask) || 2*len(words) > lexSlots || len(w) > math.MaxUint16 || blob.Len() > math.MaxUint32-len(w) {
			panic("quote: lexicon too large for its table")
		}
		s := h & lexSlotMask
		for lx.slots[s].n != 0 {
			s = (s + 1) & lexSlotMask
		}
		lx.slots[s] = lexSlot{off: uint32(blob.Len()), n: uint16(len(w)), idx: uint16(len(lx.infos)), head: wordHead(w)}
		blob.WriteString(w)
		lx.infos = append(lx.infos, e)
	}
	lx.words = blob.String()
	return lx
}

// verbAt is lookupVerb for token k, answered from the lexicon entry found
// at tokenization.
func (d *doc) verbAt(k int, capOK bool) (verbForm, bool) {
	if uint(k) >= uint(len(d.toks)) { // (one comparison, and no bounds check below)
		return verbForm{}, false
	}
	e := &d.lx.infos[d.toks[k].lex&lexMask]
	if e.verb != 0 {
		return d.lx.forms[e.verb-1], true
	}
	if capOK && e.verbCap != 0 {
		return d.lx.forms[e.verbCap-1], true
	}
	return verbForm{}, false
}

// givenName returns the gender of token k when it is a given name.
func (d *doc) givenName(k int) (entity.Gender, bool) {
	switch fl := d.lx.infos[d.toks[k].lex&lexMask].flags; {
	case fl&lxMale != 0:
		return entity.Male, true
	case fl&lxFemale != 0:
		return entity.Female, true
	}
	return 0, false
}
