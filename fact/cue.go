package fact

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/internal/lazy"
	"github.com/finanztext/finanztext/internal/strtab"
)

// cue is a word (or a few) of a sentence that names a metric: a noun
// ("Umsatz", "offene Aufträge", "Ergebnis je Aktie") or a verb that names it
// itself ("verdiente", "beschäftigt").
type cue struct {
	a, b     int // tokens [a, b) of the sentence
	m        Metric
	neg      bool // a loss
	isVerb   bool
	verb     verbCue
	dir      int8 // "Umsatzplus": the compound names the direction
	forecast bool // "Umsatzprognose"
	level    bool // a price level: a percentage change of it is the value
	bottom   bool // "unter dem Strich": "ein Minus von 230 Mio. Euro" is the result itself
	seg      int
}

// metricFor returns the metric the cue gives a figure of kind k, and
// whether such a figure is the change rather than the value (a percentage
// of a money metric).
func (c *cue) metricFor(k Kind) (Metric, bool) {
	if c.isVerb {
		switch k {
		case Money:
			if c.verb.money != NoMetric {
				return c.verb.money, false
			}
			return NoMetric, false
		case Percent:
			if c.verb.percent != NoMetric {
				return c.verb.percent, false
			}
			if c.verb.money != NoMetric {
				return c.verb.money, true
			}
			if c.verb.count != NoMetric {
				return c.verb.count, true
			}
		case Count:
			return c.verb.count, false
		}
		return NoMetric, false
	}
	cl := classOf(c.m)
	switch k {
	case Money:
		if cl&cMoney != 0 {
			return c.m, false
		}
	case Percent:
		if cl&cPercent != 0 {
			return c.m, false
		}
		return c.m, true
	case Count:
		if cl&cCount != 0 {
			return c.m, false
		}
	}
	return NoMetric, false
}

const (
	cMoney uint8 = 1 << iota
	cPercent
	cCount
)

// classOf says which kinds of figures can be the value of m.
func classOf(m Metric) uint8 {
	switch m {
	case Margin, EquityRatio, InterestRate, Inflation:
		return cPercent
	case Unemployment:
		return cPercent | cCount
	case Stake:
		return cPercent | cMoney
	case Headcount, JobCuts, SalesVolume:
		return cCount
	case OrderIntake, OrderBacklog:
		return cMoney | cCount // "Aufträge über 120 Flugzeuge", "ein Auftragsbestand von 8.600 Maschinen"
	case NoMetric:
		return 0
	}
	return cMoney
}

// lookupMetricTables is lexicon.lookupMetric without the filter in front.
func lookupMetricTables(w string) (mw metricWord, dir int8, forecast, ok bool) {
	return lexicons().lookupMetricTables(w)
}

// lexicon holds the word tables and filters the look-ups of a FindWith
// call read, fetched once per call instead of once per word (each table
// is made on first use).
type lexicon struct {
	metric *dense[metricWord] // metricTable
	tails  *strtab.Table[bool]
	verbs  *dense[verbCue] // verbTable
	seg    *dense[segWord] // segLexicon
	dirs   *dense[int8]    // directionWords
	f      *wordFilters
	heads  *headFilters
}

// lexicons returns the word tables and filters. The tables a sentence
// reads for each word are dense copies of the generated ones, made on
// first use (see dense).
func lexicons() *lexicon { return lexiconsV.Get(makeLexicons) }

var lexiconsV lazy.Value[*lexicon]

func makeLexicons() *lexicon {
	return &lexicon{metric: newDense(metricTable()), tails: tails(), verbs: newDense(verbTable()),
		seg: newDense(segLexicon()), dirs: newDense(directionWords()), f: filters(), heads: heads()}
}

// lookupMetric reads a lower-case word as a metric word: the word itself,
// the last part of a hyphen compound, the head of a closed compound
// ("Quartalsumsatz"), a metric with a change ("Umsatzplus") or with an
// outlook ("Gewinnprognose").
func (lx *lexicon) lookupMetric(w string) (mw metricWord, dir int8, forecast, ok bool) {
	if lx.notMetric(w) {
		return metricWord{}, 0, false, false
	}
	return lx.lookupMetricTables(w)
}

// lookupMetricTables is the package-level lookupMetricTables.
func (lx *lexicon) lookupMetricTables(w string) (mw metricWord, dir int8, forecast, ok bool) {
	if !lx.notMetricAt(w, 0) { // else w starts like no table word
		if e, found := lx.metric.get(w); found {
			return e, 0, false, e.m != NoMetric
		}
	}
	if k := strings.LastIndexByte(w, '-'); k >= 0 && k+1 < len(w) {
		if e, d, fc, ok := lx.lookupMetric(w[k+1:]); ok {
			return e, d, fc, ok
		}
		return lx.hyphenOutlook(w[:k], w[k+1:])
	}
	if len(w) > 64 || len(w) < 3 || !lx.hasTail(w) {
		return metricWord{}, 0, false, false // no table word ends like w
	}
	if e, found := lx.compoundHead(w); found {
		return e, 0, false, e.m != NoMetric
	}
	base := w
	if b, ok := strings.CutSuffix(w, "es"); ok && len(b) > 3 && lx.hasTail(b) {
		base = b // "Umsatzrückganges"
	} else if b, ok := strings.CutSuffix(w, "s"); ok && len(b) > 3 && lx.hasTail(b) {
		base = b // "Umsatzrückgangs"
	}
	if suffixTails.change.endsLike(base) { // else no change suffix ends like base
		for _, cs := range changeSuffixes {
			if p, found := strings.CutSuffix(base, cs.s); found && len(p) >= 3 {
				if e, ok := lx.metricPrefix(p); ok {
					d := int8(-1)
					if cs.up {
						d = 1
					}
					return e, d, false, true
				}
			}
		}
	}
	if suffixTails.forecast.endsLike(w) { // else no forecast suffix ends like w
		for _, fs := range forecastSuffixes {
			if p, found := strings.CutSuffix(w, fs); found && len(p) >= 3 {
				if e, ok := lx.metricPrefix(p); ok {
					return e, 0, true, true
				}
			}
		}
	}
	return metricWord{}, 0, false, false
}

// hasTail reports whether tails holds the last three bytes of w (at least
// three long): from the filter when they are ASCII lower-case letters
// (it holds exactly those of tails), else from the table.
func (lx *lexicon) hasTail(w string) bool {
	if k, ok := tri3Index(w, len(w)-3); ok {
		return lx.f.tails.has(k)
	}
	return lx.tails.Has(w[len(w)-3:])
}

// suffixTails holds the last three bytes of changeSuffixes and of
// forecastSuffixes that are ASCII lower-case letters: most words that
// pass hasTail end like none of them ("-ung", "-gen" and "-sen" do).
var suffixTails = func() (t struct{ change, forecast tri3 }) {
	for _, c := range changeSuffixes {
		t.change.add(c.s, len(c.s)-3)
	}
	for _, f := range forecastSuffixes {
		t.forecast.add(f, len(f)-3)
	}
	return t
}()

// tails holds the last three bytes of every word a compound can end in: a
// word that ends otherwise is looked up once, not at each of its suffixes.
//
// The word tables of the package (metricTable, tails, verbTable,
// directionWords, segLexicon) are generated Go data
// (zz_generated_tables.go, written by `go generate ./fact/`); built with
// the tag factgen, to write that file again, they are built from the lists.
//
//go:generate go test -tags factgen -count 1 -run ^TestGeneratedTables$ . -args -write-tables
//go:generate go test -tags factgen -count 1 -run ^TestGeneratedSets$ . -args -write-sets
func tails() *strtab.Table[bool] { return tailsV.Get(makeTails) }

var tailsV lazy.Value[*strtab.Table[bool]]

func makeTails() *strtab.Table[bool] {
	if genTails != nil {
		return genTails
	}
	return strtab.New(buildTails())
}

// buildTails builds the map tails is made of.
func buildTails() map[string]bool {
	t := map[string]bool{}
	add := func(w string) {
		if len(w) >= 3 {
			t[w[len(w)-3:]] = true
		}
	}
	for w := range buildMetricTable() {
		add(w)
	}
	for _, c := range changeSuffixes {
		add(c.s)
	}
	for _, f := range forecastSuffixes {
		add(f)
	}
	return t
}

// compoundHead finds the longest table word that ends w after at least
// three bytes of a first part and may be a compound head.
func (lx *lexicon) compoundHead(w string) (metricWord, bool) {
	t, heads := lx.metric, &lx.f.heads
	for k := 3; k+3 <= len(w); k++ {
		// lx.notMetricAt(w, k), in line: three ASCII lower-case letters
		// that start no table word, else a byte inside a character
		if a, b, c := w[k]-'a', w[k+1]-'a', w[k+2]-'a'; a < 26 && b < 26 && c < 26 {
			if !heads.has((int(a)*26+int(b))*26 + int(c)) {
				continue
			}
		} else if !utf8.RuneStart(w[k]) {
			continue
		}
		if e, found := t.get(w[k:]); found {
			if e.m == NoMetric {
				return e, true
			}
			if e.exact {
				continue
			}
			return e, true
		}
	}
	return metricWord{}, false
}

// metricPrefix reads the first part of a compound ("umsatz" in
// "umsatzplus", "gewinns" with its linking s).
func (lx *lexicon) metricPrefix(p string) (metricWord, bool) {
	for _, q := range [...]string{p, strings.TrimSuffix(p, "s")} {
		if e, ok := lx.metric.get(q); ok && e.m != NoMetric {
			return e, true
		}
		if e, ok := lx.compoundHead(q); ok && e.m != NoMetric {
			return e, true
		}
	}
	return metricWord{}, false
}

// hyphenOutlook reads a compound written with a hyphen whose head is a
// word of outlook or change and whose part before it is a metric:
// "Ebitda-Prognose" (a forecast of the Ebitda), "Umsatz-Plus" (revenue,
// up). head is the compound up to its last hyphen, tail after it.
func (lx *lexicon) hyphenOutlook(head, tail string) (mw metricWord, dir int8, forecast, ok bool) {
	if j := strings.LastIndexByte(head, '-'); j >= 0 {
		head = head[j+1:]
	}
	if len(head) < 3 || len(tail) < 4 || !suffixTails.forecast.endsLike(tail) && !suffixTails.change.endsLike(tail) {
		return metricWord{}, 0, false, false // most tails ("Chef", "Aktie") end like no outlook or change word
	}
	for _, fs := range forecastSuffixes {
		if tail == fs {
			if e, ok := lx.metricPrefix(head); ok {
				return e, 0, true, true
			}
			return metricWord{}, 0, false, false
		}
	}
	for _, cs := range changeSuffixes {
		if tail == cs.s {
			if e, ok := lx.metricPrefix(head); ok {
				d := int8(-1)
				if cs.up {
					d = 1
				}
				return e, d, false, true
			}
			return metricWord{}, 0, false, false
		}
	}
	return metricWord{}, 0, false, false
}

// cues finds the metric words of the current sentence. They are appended
// to s.cueBuf; the result is a view of them.
func (s *state) cues(segOf []int32) []cue {
	c0 := len(s.cueBuf) // the cues of the sentence are appended to the batch's
	out := s.cueBuf
	defer func() { s.cueBuf, s.cueUsed = out, max(s.cueUsed, len(out)) }()
	for i := 0; i < len(s.toks); i++ {
		t := s.toks[i]
		if t.kind != tWord {
			continue
		}
		b := s.wb(i) // not made a string: most words need no copy
		// multi-word cues (each starts with one of these bytes)
		if multiStart[firstByteOf(b)] {
			switch string(b) {
			case "operativ", "operative", "operativer", "operatives", "operativen":
				if mw, _, _, ok := s.lx.lookupMetric(string(s.wb(i + 1))); ok && s.isWord(i+1) {
					m := mw.m
					switch m {
					case NetIncome:
						m = OperatingProfit
					case Margin, OperatingProfit, EBITDA, Costs:
					default:
						m = NoMetric
					}
					if m != NoMetric {
						out = append(out, s.extend(cue{a: i, b: i + 2, m: m, neg: mw.neg, seg: int(segOf[i])}))
						i++
						continue
					}
				}
			case "organisches", "organische", "organischen":
				if s.is(i+1, "wachstum", "wachstums", "umsatzwachstum", "umsatzwachstums") {
					// "Unser organisches Wachstum lag bei 2,5 Prozent": the growth
					// of sales without purchases and currencies, a change of revenue
					out = append(out, cue{a: i, b: i + 2, m: Revenue, dir: 1, seg: int(segOf[i])})
					i++
					continue
				}
			case "offene", "offenen", "offener":
				if s.is(i+1, "aufträge", "aufträgen", "bestellungen") {
					out = append(out, cue{a: i, b: i + 2, m: OrderBacklog, seg: int(segOf[i])})
					i++
					continue
				}
			case "freie", "freier", "freien", "free":
				if s.is(i+1, "cashflow", "cash-flow", "mittelzufluss", "mittelzuflüsse", "barmittelzufluss", "barmittelzuflüsse") {
					out = append(out, cue{a: i, b: i + 2, m: FreeCashFlow, seg: int(segOf[i])})
					i++
					continue
				}
				if s.is(i+1, "cash") && s.is(i+2, "flow") {
					out = append(out, cue{a: i, b: i + 3, m: FreeCashFlow, seg: int(segOf[i])})
					i += 2
					continue
				}
			case "faire", "fairen", "fairer":
				if s.is(i+1, "wert", "werts", "wertes") {
					out = append(out, cue{a: i, b: i + 2, m: PriceTarget, seg: int(segOf[i])}) // "sehen den fairen Wert der Aktie bei 54 Euro"
					i++
					continue
				}
			case "rote", "roten":
				if s.is(i+1, "zahlen") {
					out = append(out, cue{a: i, b: i + 2, m: NetIncome, neg: true, seg: int(segOf[i])}) // "schrieb rote Zahlen": a loss
					i++
					continue
				}
			case "versicherungstechnische", "versicherungstechnischen", "versicherungstechnisches",
				"außerordentliche", "außerordentlichen", "außerordentliches", "neutrale", "neutralen", "neutrales":
				if s.is(i+1, "ergebnis", "ergebnisses", "ergebnisse") {
					i++ // "das versicherungstechnische Ergebnis": a part of the result, not the net income
					continue
				}
			case "unter", "unterm":
				// "unter dem Strich", "unterm Strich": the bottom line
				n := 2
				if string(b) == "unterm" {
					n = 1
				}
				if (n == 1 || s.is(i+1, "dem")) && s.is(i+n, "strich") {
					out = append(out, cue{a: i, b: i + n + 1, isVerb: true, verb: verbCue{money: NetIncome}, seg: int(segOf[i]), bottom: true})
					i += n
					continue
				}
			}
		}
		if t.upper && len(b) == 4 && string(b) == "zahl" && s.is(i+1, "der") &&
			s.is(i+2, "stellen", "arbeitsplätze", "jobs", "vollzeitstellen", "planstellen") {
			// "die Zahl der Stellen sinkt um 1.200": the jobs there are, a
			// headcount (not "500 Stellen streichen", a job cut)
			out = append(out, cue{a: i, b: i + 3, m: Headcount, seg: int(segOf[i])})
			i += 2
			continue
		}
		if t.upper || t.glued {
			if mw, dir, fc, ok := s.lx.lookupMetricBytes(b); ok {
				if mw.exact && t.glued {
					continue
				}
				if s.shareOf(i) {
					continue // "ihr Anteil am Umsatz": the figure is the share, not the metric
				}
				if s.is(i-1, "einschließlich", "inklusive", "inkl", "exklusive", "abzüglich", "zuzüglich", "samt") {
					continue // "der Kaufpreis summiert sich einschließlich Schulden auf …": what the figure holds, not its metric
				}
				if s.attributeOfQuantity(i) {
					continue // "die Zahlungsausfälle bei zwei Aufträgen": the figure is the defaults', not the orders'
				}
				if mw.m == Revenue && string(b) == "einkommen" && !s.businessIncome(i) {
					continue // "das verfügbare Einkommen", "das Einkommen eines Vermieters": what people earn
				}
				if mw.m == SharePrice && len(b) == 5 && string(b) == "titel" && !s.is(i+1, "der", "des", "von") {
					continue // "die Titel der Commerzbank" are shares; "aus diesem Titel", "den Titel holen" are none
				}
				c := s.extend(cue{a: i, b: i + 1, m: mw.m, neg: mw.neg, dir: dir, forecast: fc, level: mw.level, seg: int(segOf[i])})
				if c.b == i+1 && s.is(i+1, "je", "pro") && s.is(i+2, "mitarbeiter", "kopf", "einwohner", "kunde", "beschäftigten") {
					continue // revenue per employee, per head: no figure of the company
				}
				if c.m == Margin && c.b == i+1 && s.bondAfter(c.b) {
					c.m = InterestRate // "die Rendite zehnjähriger Bundesanleihen": the yield of a bond, an interest rate
				}
				out = append(out, c)
				i = c.b - 1
				continue
			}
			if t.upper && len(b) >= 8 && b[0] == 'w' && string(b[:8]) == "wachstum" && (s.macroSentence() || s.economyGrows(i, int(segOf[i]))) {
				// "Der IWF senkte seine Wachstumsprognose auf 0,2 Prozent",
				// "Die Bundesregierung erwartet ein Wachstum von 1 Prozent":
				// the growth a public body speaks of is the economy's
				fc := len(b) > 9 && (bytes.Contains(b, []byte("prognose")) || bytes.Contains(b, []byte("erwartung")))
				out = append(out, cue{a: i, b: i + 1, m: GDP, dir: 1, forecast: fc, seg: int(segOf[i])})
				continue
			}
		}
		if !t.upper || i == 0 {
			if len(b) == 4 && string(b) == "ohne" && s.is(i+1, "job", "jobs", "arbeit", "arbeitsplatz", "beschäftigung", "anstellung") &&
				s.is(i-1, "menschen", "personen", "erwerbspersonen", "bürger", "jugendliche", "frauen", "männer") {
				// "2,9 Millionen Menschen waren ohne Job": as "arbeitslos"; not
				// "Ohne Arbeit kann die Firma 300 Aufträge nicht erfüllen"
				out = append(out, cue{a: i, b: i + 2, isVerb: true, verb: verbCue{count: Unemployment, percent: Unemployment}, seg: int(segOf[i])})
				i++
				continue
			}
			if s.lx.heads.verbs.rulesOut(b) {
				continue
			}
			if vc, ok := s.lx.lookupVerbBytes(b); ok {
				if vc.money == NetIncome && s.personSubject(int(segOf[i]), i) {
					continue // "Der Siemens-Chef verdiente 7 Mio. Euro": a person's pay
				}
				if vc.particle != "" && s.is(i+1, "sich") {
					continue // "setzt sich … ab": stands out, no sales
				}
				if vc.particle == "um" && s.lastWordIs(int(segOf[i]), "ab") {
					vc = verbCue{count: SalesVolume, particle: "ab"} // "setzte … Autos ab"
				}
				if vc.particle != "" && (!s.lastWordIs(int(segOf[i]), vc.particle) || s.particleOfOther(int(segOf[i]), i)) {
					continue // "stieg um 5 Prozent" is no "stieg … ein": the particle must end the clause
				}
				if vc.money == Valuation && s.segHasWord(int(segOf[i]), "börse") {
					vc.money = MarketCap // "ist an der Börse 280 Mrd. Euro wert", "wird an der Börse mit 85 Mrd. Euro bewertet"
				}
				out = append(out, cue{a: i, b: i + 1, isVerb: true, verb: vc, seg: int(segOf[i])})
			}
		}
	}
	s.refine(out[c0:])
	return out[c0:len(out):len(out)]
}

// attributeOfQuantity reports whether the metric word at token i stands
// in a phrase after a preposition that belongs to another noun which is
// itself a quantity: a metric ("die Kosten beim Umbau der Aufträge") or a
// noun of losses and charges ("die Zahlungsausfälle bei zwei größeren
// Aufträgen", "die Abschreibungen auf Beteiligungen"). A figure of the
// sentence measures that noun, not the metric. Nouns about the metric
// itself ("der Zuwachs beim Auftragseingang", "ein Rekord beim Absatz")
// are neither and keep it.
func (s *state) attributeOfQuantity(i int) bool {
	p := i - 1
	for n := 0; n < 4 && p > 0 && (s.isWord(p) && !s.toks[p].upper || s.toks[p].kind == tFigure); n++ {
		if s.is(p, "bei", "beim", "aus", "von", "vom", "auf", "für", "durch") {
			break
		}
		p-- // "bei zwei größeren Aufträgen": numerals, articles, adjectives
	}
	if !s.is(p, "bei", "beim", "aus", "von", "vom", "auf", "für", "durch") || p < 1 || !s.isWord(p-1) || !s.toks[p-1].upper {
		return false // not "mit": "rechnet aufgrund der Konjunktur mit Steuermehreinnahmen" attaches to the verb
	}
	h := s.wb(p - 1)
	if _, ok := changeNouns.GetBytes(h); ok {
		return false
	}
	if mw, dir, _, ok := s.lx.lookupMetricBytes(h); ok && mw.m != NoMetric && dir == 0 && s.is(p, "bei", "beim", "für") {
		return true // "die Kosten beim Umbau", "die Kosten für Aufträge"
	}
	for _, suf := range quantityHeads {
		if bytes.HasSuffix(h, []byte(suf)) {
			return true
		}
	}
	return false
}

// quantityHeads end nouns of losses and charges, quantities of their own
// that a phrase with a metric word can describe ("die Zahlungsausfälle bei
// Aufträgen").
var quantityHeads = []string{"ausfälle", "ausfall", "schäden", "schaden", "abschreibungen", "abschreibung",
	"rückstellungen", "rückstellung", "strafen", "strafe", "bußgeld", "bußgelder", "forderungen", "zahlungen"}

// macroSentence reports whether the current sentence names a public body
// that speaks of the economy (a central bank, an international
// organization, a research institute, a government) and no company.
func (s *state) macroSentence() bool {
	macro := false
	for k := range s.sentOrgs {
		switch o := &s.sentOrgs[k]; {
		case o.company:
			return false
		case o.typ == entity.CentralBank || o.typ == entity.InternationalOrg || o.typ == entity.ResearchInstitute ||
			o.typ == entity.Government || o.typ == entity.RatingAgency:
			macro = true
		}
	}
	return macro
}

// economyWords name an economy as a whole: "Die Eurozone verzeichnete ein
// Wachstum von 0,2 Prozent".
var economyWords = map[string]bool{"eurozone": true, "euroraum": true, "euro-zone": true, "weltwirtschaft": true,
	"volkswirtschaft": true, "volkswirtschaften": true, "konjunktur": true, "wirtschaft": true}

// economyGrows reports whether the growth word at i is told of an
// economy (economyWords) in its clause, and no company is named in the
// sentence: the economy as the subject that opens the clause ("Die
// Eurozone verzeichnete ein Wachstum"), after "für" ("für die deutsche
// Wirtschaft erwarten die Institute ein Wachstum") or as the genitive
// after it ("das Wachstum der Weltwirtschaft"); not a company's growth
// told beside the economy ("profitiert von der Konjunktur und
// verzeichnete ein Wachstum").
func (s *state) economyGrows(i, g int) bool {
	for k := range s.sentOrgs {
		if k == 4*maxLook {
			return false // a sentence of many names: no economy told of alone (and linear time)
		}
		if s.sentOrgs[k].company {
			return false
		}
	}
	a := s.segs[g].a
	econ := func(k int) bool {
		return k >= a && k < len(s.toks) && s.toks[k].kind == tWord && s.toks[k].upper && economyWords[string(s.wb(k))]
	}
	if s.is(i+1, "der", "des") && econ(i+2) {
		return true
	}
	for k := a; k < i && k <= a+3; k++ {
		if econ(k) && (k == a || !s.isWord(k-1) || !s.toks[k-1].upper || s.is(k-1, "die", "der", "das", "den", "dem", "des")) {
			return true // the subject at the clause's start, after an article or adjective
		}
	}
	for k := max(a, i-12); k+1 < i; k++ {
		if s.is(k, "für") && (econ(k+1) || econ(k+2) || econ(k+3)) {
			return true
		}
	}
	return false
}

// bondAfter reports whether a bond follows at token i, perhaps after an
// article or adjective: "(die Rendite) zehnjähriger Bundesanleihen", "der
// US-Staatsanleihen".
func (s *state) bondAfter(i int) bool {
	for k := i; k < i+3 && k < len(s.toks) && s.toks[k].kind == tWord; k++ {
		w := s.wb(k)
		if bytes.HasSuffix(w, []byte("anleihen")) || bytes.HasSuffix(w, []byte("anleihe")) ||
			bytes.HasSuffix(w, []byte("bonds")) || bytes.HasSuffix(w, []byte("treasuries")) {
			return true
		}
	}
	return false
}

// shareOf reports whether word i stands after a share word: "Anteil am
// Umsatz", "Anteil an den Erlösen", "Anteil des Gewinns"; after "am" or
// "an" a genitive of what makes the share may stand between ("Der Anteil
// der Exporte am Umsatz").
func (s *state) shareOf(i int) bool {
	j := i - 1
	gap := 0
	switch {
	case s.is(j, "am"):
		gap = 3
		j--
	case s.is(j, "des"):
		j--
	case s.is(j, "der", "den", "dem"):
		j--
		if s.is(j, "an") {
			j--
			gap = 3
		}
	default:
		return false
	}
	for k := j; k >= 0 && k >= j-gap; k-- {
		if s.is(k, "anteil", "anteile", "anteils", "anteilen") {
			return true
		}
	}
	return false
}

func (s *state) segHasWord(g int, w string) bool {
	for i := s.segs[g].a; i < s.segs[g].b; i++ {
		if string(s.wb(i)) == w {
			return true
		}
	}
	return false
}

func (s *state) lastWordIs(g int, w string) bool {
	lw := s.segs[g].lastWord
	return lw >= 0 && string(s.wb(lw)) == w
}

// personSubject reports whether a person stands where the subject of the
// verb at token v can in clause g: before it, or right after it ("verdiente
// der Chef"): a person mention, or a noun of a role ("Siemens-Chef",
// "Vorstand", "Manager").
func (s *state) personSubject(g, v int) bool {
	a, b := max(s.segs[g].a, v-8), min(s.segs[g].b, v+3)
	for i := a; i < b; i++ {
		if !s.isWord(i) || !s.toks[i].upper || i == v {
			continue
		}
		w := s.wb(i)
		for _, h := range personHeads {
			if bytes.HasSuffix(w, []byte(h)) {
				return true
			}
		}
	}
	ms := s.in.Mentions
	start, end := int(s.toks[a].start), int(s.toks[b-1].end)
	k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= start })
	for ; k < len(ms) && ms[k].Start < end; k++ {
		if ms[k].Kind == entity.Person {
			return true
		}
	}
	return false
}

// personHeads end nouns of people in a company's roles, lower-case.
var personHeads = []string{"chef", "chefin", "manager", "managerin", "vorstand", "vorstände", "direktor",
	"direktorin", "präsident", "präsidentin", "sprecher", "sprecherin", "mitarbeiter", "angestellte", "vorsitzende"}

// businessIncome reports whether "Einkommen" at token i is a business's
// revenue: a company or a unit of one follows as its genitive ("das
// Einkommen der Microsoft Intelligent Cloud-Sparte"). Without one it is
// what people earn ("das verfügbare Einkommen", "Einkommen oberhalb von
// 7.000 Euro").
func (s *state) businessIncome(i int) bool {
	if !s.is(i+1, "der", "des") {
		return false
	}
	for k := i + 2; k < len(s.toks) && k <= i+5 && s.isWord(k); k++ {
		if _, ok := s.orgAtTok(k); ok {
			return true
		}
		if w := s.wb(k); s.toks[k].upper && (bytes.HasSuffix(w, []byte("sparte")) || bytes.HasSuffix(w, []byte("konzerns")) ||
			bytes.HasSuffix(w, []byte("unternehmens")) || bytes.HasSuffix(w, []byte("geschäfts")) || bytes.HasSuffix(w, []byte("segments")) ||
			bytes.HasSuffix(w, []byte("gruppe")) || bytes.HasSuffix(w, []byte("firma")) || bytes.HasSuffix(w, []byte("bank"))) {
			return true
		}
	}
	return false
}

// segHasPay reports whether clause g names pay to people (Boni, Prämien,
// Gehälter): what a verb of paying out pays then is no dividend.
func (s *state) segHasPay(g int) bool {
	for i := s.segs[g].a; i < s.segs[g].b; i++ {
		if s.isWord(i) && s.toks[i].upper && payNouns[string(s.wb(i))] {
			return true
		}
	}
	return false
}

// segHasPlant reports whether clause g names plant or infrastructure a
// company spends on ("für Rechenzentren", "in neue Werke"): the ending of a
// word of plantNouns.
func (s *state) segHasPlant(g int) bool { return s.segHasSuffix(g, plantNouns[:]) }

// segHasSuffix reports whether a noun of clause g ends in one of the
// lower-case endings.
func (s *state) segHasSuffix(g int, endings []string) bool {
	for i := s.segs[g].a; i < s.segs[g].b; i++ {
		if !s.isWord(i) || !s.toks[i].upper {
			continue
		}
		w := s.wb(i)
		for _, x := range endings {
			if len(w) >= len(x) && string(w[len(w)-len(x):]) == x {
				return true
			}
		}
	}
	return false
}

// penaltyNouns end the words of payments that buy nothing: fines,
// settlements, damages, taxes.
var penaltyNouns = [...]string{"strafe", "strafen", "bußgeld", "bußgelder", "buße", "geldbuße", "vergleich", "vergleichs",
	"entschädigung", "entschädigungen", "schadenersatz", "schadensersatz", "steuern", "steuer", "abgaben", "gebühren",
	"gebühr", "lösegeld", "zinsen", "miete", "mieten", "sanktionen"}

// plantNouns end the words of plant and infrastructure, lower-case.
var plantNouns = [...]string{"rechenzentren", "rechenzentrum", "infrastruktur", "anlagen", "fabriken", "fabrik", "werke",
	"werk", "server", "netze", "netzes", "netz", "leitungen", "ausbau", "kapazitäten", "standorte", "gebäude", "maschinen",
	"chips", "halbleiter"}

// payNouns are the pay of people, lower-case.
var payNouns = map[string]bool{"boni": true, "bonus": true, "bonuszahlungen": true, "prämie": true, "prämien": true,
	"gehälter": true, "gehalt": true, "löhne": true, "lohn": true, "vergütung": true, "vergütungen": true,
	"abfindung": true, "abfindungen": true, "sonderzahlung": true, "sonderzahlungen": true, "provisionen": true}

// particleOfOther reports whether the last word of clause g, a verb's
// particle, follows a second verb coordinated after token v: "baut einen
// Unfall und haut ab" ("ab" is "haut"'s, not "baut"'s).
func (s *state) particleOfOther(g, v int) bool {
	lw := s.segs[g].lastWord
	return lw-2 > v && s.isWord(lw-1) && !s.toks[lw-1].upper && s.is(lw-2, "und", "oder")
}

// refine adjusts cues by the other words of their clause: "vor Steuern"
// makes a profit pretax, "je Aktie" makes "verdiente" a per-share figure,
// a job cut takes the counts of people ("streicht 600 Stellen", "600
// Mitarbeiter verlieren ihren Job"), a stake verb the share words ("hält
// … Aktien").
func (s *state) refine(cues []cue) {
	// cues are ordered by position, so the cues of a segment are a run
	for lo := 0; lo < len(cues); {
		g := cues[lo].seg
		hi := lo
		for hi < len(cues) && cues[hi].seg == g {
			hi++
		}
		seg := &s.segs[g]
		pretax, perShare, jobCut, stakeAt := false, false, false, -1
		operative, ebitda, perShareAt := false, false, -1
		netIncome := false // a cue that "vor Steuern" or "je Aktie" changes
		payout := false    // a verb of paying out ("schüttet … aus"), which pay nouns make no dividend
		for k := lo; k < hi; k++ {
			c := &cues[k]
			if c.isVerb && c.verb.count == JobCuts || !c.isVerb && c.m == JobCuts {
				jobCut = true
			}
			if c.isVerb && c.verb.money == Dividend {
				payout = true
			}
			if c.isVerb && c.verb.after && stakeAt < 0 {
				stakeAt = c.a
			}
			if c.isVerb && c.verb.money == NetIncome || !c.isVerb && c.m == NetIncome {
				netIncome = true
			}
		}
		for k := lo; k < hi; k++ {
			if c := &cues[k]; c.isVerb && c.verb.money == DealValue && s.is(c.a, "zahlt", "zahlte", "zahlen", "gezahlt", "bezahlt", "bezahlte") &&
				s.segHasSuffix(g, penaltyNouns[:]) {
				c.verb.money = NoMetric // "zahlte eine Strafe von 2 Mrd. Dollar": a payment, no price of a deal
			}
		}
		for k := lo; k < hi; k++ {
			if c := &cues[k]; c.isVerb && c.verb.money == Capex && !s.segHasPlant(g) {
				c.verb.money = NoMetric // "gab 2 Mrd. Euro für Werbung aus": spending, but on no plant
			}
		}
		if payout && (s.segHasPay(g) || !s.segHasOrg(g) && !s.shareholderWord(g) && !s.refWordIn(g)) {
			// "wurden zwei Millionen Pfund Boni ausgeschüttet": pay, no
			// dividend; "Die Lotterie schüttet 90 Mio. Euro aus": no company
			// and no shareholder pays out
			for k := lo; k < hi; k++ {
				if c := &cues[k]; c.isVerb && c.verb.money == Dividend {
					c.verb.money = NoMetric
				}
			}
		}
		for i := seg.a; i < seg.b && netIncome; i++ {
			switch string(s.wb(i)) {
			case "vor":
				switch {
				case s.is(i+1, "steuern"):
					pretax = true
				case s.is(i+1, "zinsen") && s.is(i+2, "und") && s.is(i+3, "steuern"):
					operative = true // "Vor Zinsen und Steuern verdiente …": Ebit
				case s.is(i+1, "zinsen") && s.toks[min(i+2, len(s.toks)-1)].kind == tBreak && s.is(i+3, "steuern") &&
					s.is(i+4, "und") && s.is(i+5, "abschreibungen"):
					ebitda = true
				}
			case "je", "pro":
				if s.is(i+1, "aktie") {
					perShare = true
					if perShareAt < 0 {
						perShareAt = i
					}
				}
			case "operativ":
				operative = true // "hat operativ 1,5 Mrd. Euro verdient"
			}
		}
		for k := lo; k < hi; k++ {
			c := &cues[k]
			switch {
			case c.isVerb && c.verb.money == NetIncome && perShare:
				c.verb.money = EPS
			case c.isVerb && c.verb.money == NetIncome && pretax:
				c.verb.money = PretaxProfit
			case c.isVerb && c.verb.money == NetIncome && ebitda:
				c.verb.money = EBITDA
			case c.isVerb && c.verb.money == NetIncome && operative && !c.bottom:
				c.verb.money = OperatingProfit
			case !c.isVerb && c.m == NetIncome && perShareAt >= 0 && perShareAt < c.a && c.b-c.a == 1:
				c.m = EPS // "Je Aktie blieb ein Gewinn von 0,63 Euro"
			case !c.isVerb && c.m == NetIncome && pretax && c.b-c.a == 1:
				c.m = PretaxProfit
			case !c.isVerb && c.m == Headcount && jobCut && !(c.a >= 2 && s.toks[c.a-1].kind == tFigure && s.is(c.a-2, "noch")):
				c.m = JobCuts // not "hat noch 9.500 Beschäftigte": those who stay
			case !c.isVerb && c.m == Headcount && s.lastWordIs(g, "betroffen"):
				c.m = NoMetric // "Insgesamt sind 1.800 Beschäftigte betroffen": affected by what the clause does not say; with a cut it is one ("Vom Stellenabbau sind … betroffen")
			case !c.isVerb && c.m == SharePrice && stakeAt >= 0 && stakeAt < c.a:
				c.m = NoMetric
			}
		}
		lo = hi
	}
}

// extend reads what follows a metric noun: "je Aktie" (per share), "vor
// Steuern", "nach Steuern".
func (s *state) extend(c cue) cue {
	i := c.b
	switch string(s.wb(i)) { // one read of the word after the cue; most cues stop here
	case "je", "pro":
		if s.is(i+1, "aktie", "anteilsschein", "vorzugsaktie", "stammaktie") {
			switch c.m {
			case NetIncome, OperatingProfit:
				c.m = EPS
			}
			c.b = i + 2
		}
	case "vor":
		switch {
		case s.is(i+1, "steuern"):
			if c.m == NetIncome || c.m == OperatingProfit {
				c.m = PretaxProfit
				c.b = i + 2
			}
		case s.is(i+1, "zinsen") && s.toks[min(i+2, len(s.toks)-1)].kind == tBreak && s.is(i+3, "steuern") &&
			s.is(i+4, "und") && s.is(i+5, "abschreibungen"):
			if c.m == NetIncome || c.m == OperatingProfit {
				c.m = EBITDA // "Gewinn vor Zinsen, Steuern und Abschreibungen"
			}
			c.b = i + 6
		case s.is(i+1, "zinsen") && s.is(i+2, "und") && s.is(i+3, "steuern"):
			if c.m == NetIncome {
				c.m = OperatingProfit
			}
			c.b = i + 4 // "Marge vor Zinsen und Steuern": no interest rate
		}
	case "nach":
		if s.is(i+1, "steuern") && c.m == NetIncome {
			c.b = i + 2
		}
	}
	return c
}

// shareholderWord reports whether clause g names shares or shareholders
// ("je Aktie", "an die Aktionäre", "Anteilseigner").
func (s *state) shareholderWord(g int) bool {
	for k := s.segs[g].a; k < s.segs[g].b && k < s.segs[g].a+32; k++ {
		if w := s.wb(k); len(w) >= 5 && (bytes.HasPrefix(w, []byte("aktie")) || bytes.HasPrefix(w, []byte("aktionär")) ||
			bytes.HasPrefix(w, []byte("anteilseigner"))) {
			return true
		}
	}
	return false
}

// refWordIn reports whether clause g holds a word that refers to a
// company ("der Konzern", "das Unternehmen"; see isReferenceWord).
func (s *state) refWordIn(g int) bool {
	for k := s.segs[g].a; k < s.segs[g].b && k < s.segs[g].a+32; k++ {
		if s.isWord(k) && s.toks[k].upper && s.lx.isReferenceWord(s.wb(k)) {
			return true
		}
	}
	return false
}

// multiStart holds the first bytes of the words that start a multi-word
// cue in cues ("operative", "offene", "freie", "free", "rote",
// "versicherungstechnische", "außerordentliche", "neutrale", "unter").
var multiStart = [256]bool{'o': true, 'f': true, 'r': true, 'v': true, 'a': true, 'n': true, 'u': true}

// firstByteOf returns w[0], or 0 for an empty word.
func firstByteOf(w []byte) byte {
	if len(w) == 0 {
		return 0
	}
	return w[0]
}
