package fact

import (
	"strings"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/internal/lazy"
	"github.com/finanztext/finanztext/internal/strtab"
)

// The word tables of the package. Every lookup key is lower case; a word
// of the text is lower-cased into a small buffer before it is looked up.

// metricSpec lists the words that name a metric. Forms are separated by
// spaces; a form may be marked:
//
//	=   exact only: the word itself, never the head of a compound
//	    ("Anteil" but not "Marktanteil")
//	-   a loss: the figure is negative ("Verlust", "Fehlbetrag")
//	^   a price level: its change is the value ("die Verbraucherpreise
//	    stiegen um 2 %" is an inflation of 2 %)
//
// A form whose metric is NoMetric blocks the compound rule: "Marktanteil"
// ends in "anteil" but names no stake.
var metricSpec = []struct {
	m     Metric
	forms string
}{
	{Revenue, "umsatz umsatzes umsätze umsätzen erlös erlöse erlösen erlöses umsatzerlöse umsatzerlösen " +
		"einnahmen einnahme einkommen nettoumsatz konzernumsatz zinsüberschuss prämieneinnahmen beitragseinnahmen " +
		"provisionsüberschuss bruttoprämien bruttobeiträge beitragsvolumen prämienvolumen " + // an insurer's premiums, a bank's fee income
		"=erlösseite =umsatzvolumen ertrag erträge erträgen ertrags gesamtertrag gesamterträge konzernerträge"},
	{NetIncome, "nettogewinn nettogewinns gewinn gewinne gewinns gewinnen überschuss überschusses überschüsse " +
		"jahresüberschuss konzernergebnis konzernergebnisses nettoergebnis nettoergebnisses ergebnis ergebnisses " +
		"reingewinn reingewinns profit profite nettoprofit " +
		"-verlust -verluste -verlusts -verlustes -verlusten -nettoverlust -nettoverlusts -fehlbetrag -fehlbetrags " +
		"-jahresfehlbetrag -konzernverlust -quartalsverlust -miese"},
	{OperatingProfit, "ebit =ebita betriebsergebnis betriebsergebnisses betriebsgewinn betriebsgewinns " +
		"=operativgewinn -betriebsverlust -betriebsverlusts"},
	{EBITDA, "ebitda"},
	{PretaxProfit, "vorsteuergewinn vorsteuergewinns vorsteuerergebnis vorsteuerergebnisses ebt " +
		"-vorsteuerverlust -vorsteuerverlusts"},
	{Margin, "marge margen rendite renditen umsatzrendite"},
	{EPS, "=eps"},
	{Dividend, "dividende dividenden ausschüttung ausschüttungen"},
	{FreeCashFlow, "=free-cashflow =free-cash-flow =fcf"},
	{Capex, "investitionen kapitalausgaben sachinvestitionen investitionsausgaben =capex"},
	{OrderIntake, "auftragseingang auftragseingangs auftragseingänge bestelleingang neuaufträge neugeschäft neugeschäfts " +
		"auftrag aufträge aufträgen auftrags großauftrag großaufträge =bestellungen"},
	{OrderBacklog, "auftragsbestand auftragsbestands auftragsbestandes auftragsbücher auftragsbuch auftragsbuchs auftragsbuches orderbuch orderbuchs orderbücher auftragspolster"},
	{NetDebt, "nettofinanzschulden nettoverschuldung nettoschulden schulden verschuldung finanzschulden"},
	{EquityRatio, "eigenkapitalquote kernkapitalquote"},
	{Headcount, "mitarbeiter mitarbeitern mitarbeiterinnen mitarbeitende mitarbeitenden mitarbeiterzahl beschäftigte beschäftigten belegschaft " +
		"angestellte angestellten arbeitnehmer arbeitnehmern vollzeitkräfte vollzeitstellen personalstand " +
		"=beschäftigung =personal personalbestand " +
		""},
	{JobCuts, "stellenabbau stellenabbaus arbeitsplatzabbau jobabbau personalabbau stellenstreichungen " +
		"entlassungen =abbau"},
	{SalesVolume, "absatz absatzes auslieferungen auslieferung verkaufszahlen fahrzeugabsatz neuzulassungen"},
	{MarketCap, "börsenwert börsenwerts marktkapitalisierung börsenbewertung marktwert marktwerts"},
	{Valuation, "bewertung unternehmenswert unternehmenswerts firmenwert"},
	{SharePrice, "=aktie =aktien =aktienkurs =papier =papiere =anteilsschein =anteilsscheine =vorzugsaktie " +
		"=vorzugsaktien =stammaktie =stammaktien =börsenkurs =schlusskurs =aktienkurse =titel"},
	{PriceTarget, "kursziel kursziels kursziele zielkurs zielkurses"},
	{DealValue, "kaufpreis kaufpreises übernahmepreis transaktionsvolumen transaktionswert übernahme übernahmen " +
		"kaufvertrag vertrag verträge vertrags deal deals kauf verkauf =transaktion kaufangebot =angebot " +
		"übernahmeangebot =milliardendeal kontrakt kontrakte verkaufserlös veräußerungserlös"},
	{Stake, "=anteil =anteile =anteilen =anteils beteiligung beteiligungen aktienanteil aktienpaket mehrheitsanteil " +
		"minderheitsanteil kapitalanteil geschäftsanteil stimmrechtsanteil =stimmrechte =stimmrechten " +
		"=aktionär =großaktionär =hauptaktionär =ankeraktionär =anteilseigner =einzelaktionär"},
	{Investment, "investition investitionssumme investitionsvolumen finanzspritze kapitalspritze"},
	{Costs, "kosten aufwand aufwendungen ausgaben"},
	{InterestRate, "leitzins leitzinsen leitzinses einlagensatz einlagenzins hauptrefinanzierungssatz zinssatz " +
		"zinsen =zins repo-satz reposatz repozins diskontsatz leitzinssatz anleiherendite anleiherenditen umlaufrendite"},
	{Inflation, "inflation inflationsrate teuerung teuerungsrate ^verbraucherpreise preissteigerungsrate " +
		"^lebenshaltungskosten ^erzeugerpreise ^importpreise =kernrate =kerninflationsrate"},
	{Unemployment, "arbeitslosenquote arbeitslosigkeit arbeitslose arbeitslosen erwerbslosenquote arbeitslosenzahl erwerbslose erwerbslosen erwerbslosigkeit erwerbslosenzahl"},
	{GDP, "bip =bruttoinlandsprodukt wirtschaftsleistung =wirtschaft =volkswirtschaft =weltwirtschaft " +
		"wirtschaftswachstum =konjunktur"},
	// Compounds whose head is a metric word but which name something else.
	{NoMetric, "marktanteil marktanteile marktanteils umsatzanteil umsatzanteils stimmenanteil frauenanteil " +
		"exportanteil anteile kursgewinn kursgewinne kursverlust kursverluste buchgewinn wettbewerb " +
		"finanzergebnis sondereinnahmen steuereinnahmen gewinnmitnahmen ergebnisse " +
		"wahlergebnis umfrageergebnis testergebnis ergebnisse prüfungsergebnis spielergebnis " +
		"zuschauer besucher teilnehmer kunden nutzer abonnenten einwohner mieten miete " +
		"verhandlungen gewinner verlierer vertragslaufzeit laufzeit dividendenrendite wahlbeteiligung " +
		"bürgerbeteiligung stimmenanteile mitarbeiterbeteiligung auftragslage konsumausgaben verbraucherausgaben " +
		"staatsausgaben sozialausgaben rüstungsausgaben verteidigungsausgaben arbeitskräfteangebot " +
		"rückkauf rückkaufs rückkäufe rückkäufen rückkaufes " + // a buyback ("Aktienrückkauf") is no purchase of a company
		"vorverkauf vorverkaufs ausverkauf abverkauf " + // selling goods or tickets, no deal
		"jahreseinkommen haushaltseinkommen monatseinkommen nettoeinkommen bruttoeinkommen durchschnittseinkommen " +
		"arbeitseinkommen familieneinkommen pro-kopf-einkommen individualeinkommen " + // what people earn, no revenue (see also cues: "das verfügbare Einkommen")
		"prämienverlust prämienverluste wertverlust wertverluste kundenverlust kundenverluste stellenverlust " +
		"stellenverluste arbeitsplatzverlust arbeitsplatzverluste vertrauensverlust imageverlust " +
		"marktanteilsverlust marktanteilsverluste kaufkraftverlust"}, // a loss of something else, no loss of the company
}

// changeSuffixes end a compound of a metric and its change: "Umsatzplus",
// "Gewinnrückgang".
var changeSuffixes = []struct {
	s  string
	up bool
}{
	{"plus", true}, {"anstieg", true}, {"zuwachs", true}, {"wachstum", true}, {"sprung", true},
	{"steigerung", true}, {"minus", false}, {"rückgang", false}, {"einbruch", false}, {"einbußen", false},
	{"schwund", false},
	// the genitive: "die Prognose eines Umsatzwachstums von 5 Prozent", "dank eines Umsatzanstiegs um 7 %"
	{"anstiegs", true}, {"zuwachses", true}, {"wachstums", true}, {"sprungs", true}, {"rückgangs", false},
	{"einbruchs", false},
}

// forecastSuffixes end a compound of a metric and an outlook:
// "Umsatzprognose", "Gewinnziel".
var forecastSuffixes = []string{"prognose", "prognosen", "ziel", "ziele", "ziels", "erwartung", "erwartungen",
	"ausblick", "planung", "vorgabe", "spanne", "korridor"}

type metricWord struct {
	m     Metric
	exact bool
	neg   bool
	level bool // a price level whose change is the metric: "Verbraucherpreise stiegen um 2 %" is an inflation of 2 %
}

func metricTable() *strtab.Table[metricWord] { return metricTableV.Get(makeMetricTable) }

var metricTableV lazy.Value[*strtab.Table[metricWord]]

func makeMetricTable() *strtab.Table[metricWord] {
	if genMetricTable != nil {
		return genMetricTable
	}
	return strtab.New(buildMetricTable())
}

// buildMetricTable builds the map metricTable is made of.
func buildMetricTable() map[string]metricWord {
	t := make(map[string]metricWord, 512)
	for _, s := range metricSpec {
		for _, f := range strings.Fields(s.forms) {
			w := metricWord{m: s.m}
			for len(f) > 0 && (f[0] == '=' || f[0] == '-' || f[0] == '^') {
				switch f[0] {
				case '=':
					w.exact = true
				case '-':
					w.neg = true
				default:
					w.level = true
				}
				f = f[1:]
			}
			t[f] = w
		}
	}
	return t
}

// verbCue is a verb that names a metric itself: "verdiente" (net income),
// "beschäftigt" (headcount), "übernimmt … für" (deal value). The metric
// may depend on the kind of figure: "verkaufte 1,2 Millionen Autos" is a
// sales volume, "verkaufte die Sparte für 2 Mrd. Euro" a deal value.
type verbCue struct {
	money, percent, count Metric
	particle              string // a separable particle that must end the clause ("setzte … um")
	needsStakeWord        bool   // "hält … Aktien/Anteile" for money; a percentage always counts
	after                 bool   // takes only figures after it: "hält 30 %", not "30 % halten es für richtig"
	growth                bool   // a company grows: a percentage with an organization as subject and no metric noun (see companyGrows)
	offer                 bool   // an offer for a company: only "je Aktie" or "für" and a company after the amount (see offerFrame)
}

func verbTable() *strtab.Table[verbCue] { return verbTableV.Get(makeVerbTable) }

var verbTableV lazy.Value[*strtab.Table[verbCue]]

func makeVerbTable() *strtab.Table[verbCue] {
	if genVerbTable != nil {
		return genVerbTable
	}
	return strtab.New(buildVerbTable())
}

// buildVerbTable builds the map verbTable is made of.
func buildVerbTable() map[string]verbCue {
	t := map[string]verbCue{}
	add := func(forms string, c verbCue) {
		for _, f := range strings.Fields(forms) {
			t[f] = c
		}
	}
	add("verdiente verdient verdienten verdienen", verbCue{money: NetIncome})
	add("setzte setzt setzten setzen", verbCue{money: Revenue, count: SalesVolume, particle: "um"})
	add("umgesetzt umsetzte", verbCue{money: Revenue})
	add("erlöste erlöst erlösten", verbCue{money: Revenue})
	add("beschäftigt beschäftigte beschäftigen beschäftigten", verbCue{count: Headcount})
	// "Für den Konzern arbeiten 300.000 Menschen": only with a noun of people after the count (see pick)
	add("arbeiten arbeitet arbeiteten", verbCue{count: Headcount})
	add("übernimmt übernahm übernehmen übernommen übernehme kauft kaufte kauften kaufen gekauft erwirbt erwarb "+
		"erwerben erworben", verbCue{money: DealValue, percent: Stake})
	// paying buys no share: "10 Prozent zahlt der Arbeitnehmer" is no stake
	add("zahlt zahlte zahlen gezahlt bezahlt bezahlte", verbCue{money: DealValue})
	add("verkauft verkaufte verkauften verkaufen", verbCue{money: DealValue, percent: Stake, count: SalesVolume})
	add("veräußert veräußerte veräußerten veräußern", verbCue{money: DealValue, percent: Stake})
	add("bewertet bewerten bewertete bewerteten taxiert taxierte taxierten", verbCue{money: Valuation})
	add("investiert investierte investierten investieren investiere investierst steckt steckte steckten stecken gesteckt", verbCue{money: Investment})
	add("hält halten hielt hielten besitzt besaß besitzen kontrolliert", verbCue{money: Stake, percent: Stake, needsStakeWord: true, after: true})
	add("streicht strich streichen gestrichen abbauen abgebaut abzubauen entlässt entlassen", verbCue{count: JobCuts})
	add("baut bauen baute", verbCue{count: JobCuts, particle: "ab"})
	// spending on plant: "gab 34,9 Mrd. Dollar für Rechenzentren aus" (only
	// with a noun of plant or infrastructure in the clause: see refine)
	add("gab gibt gaben", verbCue{money: Capex, particle: "aus"})
	add("ausgegeben auszugeben ausgeben", verbCue{money: Capex})
	add("fallen fällt fielen", verbCue{count: JobCuts, particle: "weg"})
	add("wegfallen weggefallen", verbCue{count: JobCuts})
	add("lieferte liefert lieferten ausgeliefert ausliefern auszuliefern auslieferte auslieferten ausliefert", verbCue{count: SalesVolume, money: DealValue})
	// a contract to deliver: "Rechenleistung im Wert von 300 Mrd. Dollar an OpenAI zu liefern" (a price frame: dealFrame)
	add("liefern", verbCue{money: DealValue})
	// a sale told by where the thing goes or what the seller parts with, with a
	// price frame (dealFrame): "Für 1,3 Mrd. Euro geht die Sparte an KKR"
	// (only with a recipient: see pick), "trennt sich für 2,8 Mrd. Euro von
	// seiner Tochter"
	add("geht gehen ging gingen", verbCue{money: DealValue})
	add("trennt trennte trennten", verbCue{money: DealValue})
	add("abgesetzt", verbCue{count: SalesVolume})
	// hiring: "stellt 500 neue Leute ein" (the particle), "hat 300 Ingenieure eingestellt"
	add("stellt stellte stellten stellen", verbCue{count: Headcount, particle: "ein"})
	add("eingestellt einstellen einzustellen", verbCue{count: Headcount})
	// dismissing: "kündigt 300 Mitarbeitern" (not "kündigte … an": see pick)
	add("kündigt kündigte kündigten kündigen gekündigt", verbCue{count: JobCuts})
	add("schüttet schüttete ausschütten ausgeschüttet", verbCue{money: Dividend})
	add("wert", verbCue{money: Valuation})
	add("beteiligt beteiligte beteiligten", verbCue{percent: Stake})      // "ist an X mit 30 Prozent beteiligt"
	add("stieg stiegen steigt", verbCue{percent: Stake, particle: "ein"}) // "stieg mit 20 Prozent bei X ein"
	// the adjective of the unemployed: "2,9 Millionen Menschen waren arbeitslos gemeldet"
	add("arbeitslos erwerbslos", verbCue{count: Unemployment, percent: Unemployment})
	// an offer in a takeover: "bietet 57 Euro je Aktie", "bot 2 Mrd. Euro für den Rivalen"
	add("bietet bieten bot boten geboten", verbCue{money: DealValue, offer: true})
	// a company that grows grows its revenue: "Beiersdorf wuchs organisch um 5 Prozent"
	add("wachsen wächst wuchs wuchsen gewachsen", verbCue{money: Revenue, growth: true})
	return t
}

// valuedAssets are things a valuation verb can value that are no company:
// "Die Schäden wurden auf 3 Mio. Euro taxiert" states no valuation.
//
// buildValuedAssets returns the words of the table valuedAssets (generated: see the
// package's zz_generated_sets.go).
func buildValuedAssets() map[string]bool {
	return map[string]bool{"schaden": true, "schäden": true, "schadens": true, "gemälde": true,
		"grundstück": true, "grundstücke": true, "immobilie": true, "immobilien": true, "sammlung": true,
		"nachlass": true, "erbe": true, "haus": true, "wohnung": true, "gebäude": true, "kunstwerk": true}
}

// stakeWords make a verb such as "hält" a stake: "hält Aktien im Wert von".
var stakeWords = map[string]bool{"aktien": true, "anteile": true, "anteil": true, "aktienpaket": true,
	"stimmrechte": true, "beteiligung": true, "prozent": true}

// Direction words: verbs and nouns of rising and falling.
func directionWords() *strtab.Table[int8] { return directionWordsV.Get(makeDirectionWords) }

var directionWordsV lazy.Value[*strtab.Table[int8]]

func makeDirectionWords() *strtab.Table[int8] {
	if genDirectionWords != nil {
		return genDirectionWords
	}
	return strtab.New(buildDirectionWords())
}

// buildDirectionWords builds the map directionWords is made of.
func buildDirectionWords() map[string]int8 {
	t := map[string]int8{}
	for _, w := range strings.Fields("stieg stiegen steigt steigen gestiegen steigerte steigerten gesteigert " +
		"steigern klettern verdoppeln verbessern hoch aufwärts verteuerte verteuerten verteuert aufgestockt aufstocken wuchs wuchsen wächst wachsen gewachsen kletterte kletterten klettert geklettert erhöhte erhöhten " +
		"erhöht erhöhen verbesserte verbesserten verbessert sprang sprangen springt gesprungen verdoppelte " +
		"verdoppelt verdoppelten verdreifachte verdreifachten verdreifacht zugelegt zulegen zulegte anzog angezogen plus anstieg zuwachs " +
		"wachstum steigerung sprung höher mehr kräftiger hob hoben hebt angehoben anheben " +
		"gestiegene gestiegenen gewachsene gewachsenen erholte erholten erholt " +
		"anzuheben aufzustocken auszubauen hochzuschrauben " + // a zu-infinitive: "kündigte an, die Dividende anzuheben"
		"steige wachse klettere verbessere erhöhe steigere verdopple") { // Konjunktiv I: "sagte, der Umsatz steige um 5 %"
		t[w] = 1
	}
	for _, w := range strings.Fields("sank sanken sinkt sinken gesunken fiel fielen fällt fallen gefallen " +
		"verlor verloren verliert verlieren zurückgegangen zurückging schrumpfte schrumpften schrumpft " +
		"geschrumpft verringerte verringerten verringert reduzierte reduzierten reduziert halbierte halbierten halbiert senkte senkten " +
		"gesenkt senken senkt abwärts runter einsparen einsparte eingespart spart sparen kürzt kürzte kürzten gekürzt kürzen drücken drückte gedrückt verbilligte verbilligten eingebrochen einbrach sackte rutschte rutschten abgerutscht büßte büßten eingebüßt " +
		"minus rückgang einbruch weniger niedriger tiefer schwächer nachgegeben " +
		"zurückgehen zurückgeht zurückgingen schrumpfen einbrechen einbricht nachgeben nachgibt absacken abgesackt " +
		"kappt kappte kappten gekappt kappen stutzte stutzten gestutzt " +
		"abrutschen verringern reduzieren halbieren verschlechterte verschlechterten verschlechtert verschlechtern " +
		"zurückgefahren zurückfahren gesunkene gesunkenen gefallene gefallenen geschrumpfte geschrumpften " +
		"abzubauen zurückzufahren herabzusetzen einzusparen " +
		"sinke falle schrumpfe verschlechtere verringere senke reduziere halbiere") { // Konjunktiv I
		t[w] = -1
	}
	return t
}

// Particles that complete a direction verb: "legte … zu", "ging … zurück".
var particleVerbs = map[string]struct {
	particle string
	dir      int8
}{
	"legte": {"zu", 1}, "legten": {"zu", 1}, "legt": {"zu", 1}, "ging": {"zurück", -1}, "gingen": {"zurück", -1},
	"geht": {"zurück", -1}, "brach": {"ein", -1}, "brachen": {"ein", -1}, "bricht": {"ein", -1},
	"zog": {"an", 1}, "zogen": {"an", 1}, "gab": {"nach", -1}, "gaben": {"nach", -1}, "gibt": {"nach", -1},
	"büßte": {"ein", -1}, "sackte": {"ab", -1}, "fuhr": {"zurück", -1}, "fuhren": {"zurück", -1},
	"büßten": {"ein", -1}, "sackten": {"ab", -1}, "stockte": {"auf", 1}, "stockt": {"auf", 1},
	"lege": {"zu", 1}, "gehe": {"zurück", -1}, "breche": {"ein", -1}, // Konjunktiv I: "der Umsatz gehe um 3 % zurück"
}

// Change nouns that make the figure after them a change: "ein Plus von 5 %".
//
// buildChangeNouns returns the words of the table changeNouns (generated: see the
// package's zz_generated_sets.go).
func buildChangeNouns() map[string]int8 {
	return map[string]int8{
		"plus": 1, "anstieg": 1, "anstiegs": 1, "zuwachs": 1, "zuwachses": 1, "wachstum": 1, "steigerung": 1,
		"sprung": 1, "zunahme": 1, "erhöhung": 1, "minus": -1, "rückgang": -1, "rückgangs": -1, "einbruch": -1,
		"abnahme": -1, "senkung": -1, "verringerung": -1, "abschlag": -1, "aufschlag": 1,
	}
}

// Forecast words: the company's own outlook.
//
// buildForecastWords returns the words of the table forecastWords (generated: see the
// package's zz_generated_sets.go).
func buildForecastWords() map[string]bool {
	return map[string]bool{
		"erwartet": true, "erwarten": true, "erwartete": true, "erwarteten": true, "rechnet": true, "rechnen": true,
		"rechnete": true, "rechneten": true, "prognose": true,
		"prognosen": true, "prognostiziert": true, "prognostizierte": true, "ausblick": true,
		"erreichbar": true, "realistisch": true, "möglich": true, "denkbar": true, "machbar": true, // "hält … für möglich"
		"will": true, "wollen": true, "soll": true, "sollen": true, "peilt": true, "peilen": true, "anpeilen": true,
		"angepeilt": true, "plant": true, "planen": true, "geplant": true, "strebt": true, "streben": true,
		"angestrebt": true, "anstreben": true, "aussicht": true, "dürfte": true, "dürften": true,
		"voraussichtlich": true, "zielt": true, "zielmarke": true, "mittelfristziel": true, "avisiert": true,
		"erwartung": true, "jahresprognose": true, "geschäftsprognose": true, "werde": true,
		"solle": true, "wolle": true, // reported speech of an outlook: "Der Umsatz solle … wachsen"
		"nächsten": true, "nächste": true, "kommenden": true, "kommende": true, // "in den nächsten fünf Jahren"
		"könnte": true, "könnten": true, // a possibility someone sees: "Der Leitzins könnte um 0,5 Punkte steigen"
		"vorschlagen": true, "vorgeschlagen": true, "schlägt": true, "schlagen": true, "vorschlag": true,
		"guidance":     true,                        // the English word for the outlook: "die Guidance für das Ebitda"
		"veranschlagt": true, "veranschlagen": true, // "wird für 2026 auf 3,10 Euro veranschlagt"
		"ziel": true, "ziele": true, // "bestätigte das Ziel, ein Ergebnis von 2,8 Mrd. Euro zu erreichen"
	}
}

// Estimate words: analysts and consensus.
//
// buildEstimateWords returns the words of the table estimateWords (generated: see the
// package's zz_generated_sets.go).
func buildEstimateWords() map[string]bool {
	return map[string]bool{
		"analysten": true, "analyst": true, "analystin": true, "experten": true, "konsens": true,
		"konsensschätzung": true, "konsensschätzungen": true, "markterwartung": true, "markterwartungen": true,
		"schätzung": true, "schätzungen": true, "beobachter": true, "marktbeobachter": true, "branchenkenner": true,
		"gerechnet": true, "geschätzt": true, "analystenkonsens": true, "durchschnittsschätzung": true,
		"ökonomen": true, "volkswirte": true, "institute": true, "wirtschaftsforscher": true,
		"forschungsinstitute": true, "wirtschaftsinstitute": true,
		"marktteilnehmer": true, "analystinnen": true, "finanzanalysten": true, "fachleute": true,
	}
}

// Hypothetical words: a wish or a condition is no fact.
//
// buildHypotheticalWords returns the words of the table hypotheticalWords (generated: see the
// package's zz_generated_sets.go).
func buildHypotheticalWords() map[string]bool {
	return map[string]bool{
		"hoffe": true, "hoffen": true, "hofft": true, "hoffte": true, "wünsche": true, "wünscht": true,
		"wünschen": true, "wäre": true, "wären": true, "würde": true, "würden": true, "hätte": true, "hätten": true, "träumt": true, "träume": true, "falls": true,
		// the Konjunktiv II of the verbs of figures: "ein Szenario, bei dem die Wirtschaftsleistung um 6 % einbräche";
		// singular only: the plural stands for the Konjunktiv I in reported speech ("die Erlöse lägen bei …, sagte er")
		"einbräche": true, "bräche": true, "sänke": true, "fiele": true, "läge": true, "wüchse": true, "stiege": true,
	}
}

// Reference words: a definite description or pronoun that names the
// organization of an earlier sentence.
//
// buildReferenceWords returns the words of the table referenceWords (generated: see the
// package's zz_generated_sets.go).
func buildReferenceWords() map[string]bool {
	return map[string]bool{
		"konzern": true, "konzerns": true, "unternehmen": true, "unternehmens": true, "gruppe": true,
		"firma": true, "hersteller": true, "herstellers": true, "autobauer": true, "autobauers": true,
		"bank": true, "versicherer": true, "versicherers": true, "chipkonzern": true, "softwarekonzern": true,
		"tochter": true, "mutterkonzern": true, "dax-konzern": true, "händler": true, "zulieferer": true,
		"er": true, "sie": true, "es": true, "sein": true, "seine": true, "seinen": true, "seinem": true,
		"seiner": true, "seines": true, "ihr": true, "ihre": true, "ihren": true, "ihrem": true, "ihrer": true,
		"ihres": true, "dessen": true, "deren": true,
	}
}

// refKinds are the reference words that name a kind of organization: "die
// Bank" refers to a bank only, "der Versicherer" to an insurer (the other
// reference words refer to any company).
var refKinds = map[string]entity.Type{
	"bank": entity.Bank, "versicherer": entity.Insurer, "versicherers": entity.Insurer,
}

// Prepositions before an organization that make it no subject.
//
// buildPrepWords returns the words of the table prepWords (generated: see the
// package's zz_generated_sets.go).
func buildPrepWords() map[string]bool {
	return map[string]bool{
		"von": true, "vom": true, "mit": true, "gegenüber": true, "an": true, "am": true, "für": true, "zu": true,
		"zum": true, "zur": true, "über": true, "wie": true, "als": true, "gegen": true, "aus": true, "nach": true,
		"in": true, "im": true, "durch": true, "um": true, "bei": true, "beim": true, "zwischen": true, "laut": true, "und": false,
	}
}

// buildConjunctVerbs builds conjunctVerbs: finite verbs that open a
// second verb phrase after "und" with a time and status of its own (see
// conjunctStart): modals, auxiliaries of the future and the perfect, verbs
// of outlook. Verbs of change and level are not among them: "Der Umsatz
// stieg um 5 Prozent und erreichte 10 Mrd. Euro" tells of one metric.
func buildConjunctVerbs() map[string]bool {
	t := map[string]bool{}
	for _, w := range strings.Fields("will wollen wollte wollten soll sollen sollte sollten plant planen plante planten " +
		"kann können konnte konnten muss müssen musste mussten möchte möchten hat haben hatte hatten " +
		"wird werden rechnet rechnen rechnete rechneten erwartet erwarten erwartete erwarteten " +
		"bestätigte bestätigten bestätigt bestätigen kündigte kündigten kündigt kündigen peilt peilen peilte peilten") {
		t[w] = true
	}
	return t
}

// Basis words: the comparison of a change.
//
// buildBasisWords returns the words of the table basisWords (generated: see the
// package's zz_generated_sets.go).
func buildBasisWords() map[string]Basis {
	return map[string]Basis{
		"vorjahr": YoY, "vorjahres": YoY, "vorjahreszeitraum": YoY, "vorjahreszeitraums": YoY, "jahresvergleich": YoY,
		"vorjahresquartal": YoY, "vorjahresquartals": YoY, "vorjahresmonat": YoY, "vorjahreswert": YoY,
		"vorjahresniveau": YoY, "jahr": 0, "vorquartal": QoQ, "vorquartals": QoQ, "quartalsvergleich": QoQ,
		"vormonat": MoM, "vormonats": MoM, "monatsvergleich": MoM,
		"vorjahresvergleich": YoY, "vorjahresperiode": YoY, "vorjahresmonats": YoY, "vorjahreswerts": YoY,
		"jahressicht": YoY, "quartalssicht": QoQ, "monatssicht": MoM, // "auf Jahressicht"
		"jahresfrist": YoY,             // "vor Jahresfrist": a year before
		"vj":          YoY,             // "(Vj.: 350 Mio. Euro)", the abbreviation of Vorjahr
		"yoy":         YoY, "qoq": QoQ, // the English abbreviations: "wuchs YoY um 12 Prozent"
	}
}

// eventVerbs say what people did at an event: a count of them is no
// headcount ("An dem Streik beteiligten sich 5.000 Beschäftigte", "500
// Mitarbeiter protestierten vor der Zentrale").
const eventVerbs = "streikten streiken streikt protestierten protestieren protestiert demonstrierten demonstrieren " +
	"demonstriert fehlten fehlen fehlt teilnahmen teilnehmen nahmen versammelten versammelt " +
	"befragt befragten unterschrieben unterzeichneten folgten"

// reportVerbs are the verbs of a clause that reports the news rather than
// states a figure: "wie der Konzern am Dienstag mitteilte", "teilte das
// Unternehmen am Montag mit". The time of such a clause is when the news
// was told, not the period of a figure ("meldete" is no such verb: "meldete
// einen Gewinn von …" states one).
const reportVerbs = "mitteilte mitteilten mitteilt mitgeteilt teilte teilten berichtete berichteten berichtet " +
	"sagte sagten erklärte erklärten bekanntgab bekanntgaben bekanntgegeben verkündete verkündeten " +
	"hieß heißt kündigte kündigten ankündigte ankündigten angekündigt betonte betonten erläuterte erläuterten"

// Person and job nouns that count people (for job cuts and headcount).
var jobNouns = map[string]bool{
	"stellen": true, "jobs": true, "arbeitsplätze": true, "arbeitsplätzen": true, "mitarbeiter": true,
	"beschäftigte": true, "vollzeitstellen": true,
}

// orderGoods are the goods an order or a backlog is counted in ("ein
// Auftragsbestand von 8.600 Flugzeugen", "Bestellungen über 120 Jets"):
// a count of anything else in the clause of an order word is no order
// figure ("Transportleistungen von 11,5 Millionen Kilometern").
var orderGoods = map[string]bool{
	"flugzeuge": true, "flugzeugen": true, "maschinen": true, "jets": true, "schiffe": true, "schiffen": true,
	"fahrzeuge": true, "fahrzeugen": true, "züge": true, "zügen": true, "triebzüge": true, "triebzügen": true,
	"busse": true, "bussen": true, "lokomotiven": true, "waggons": true, "panzer": true, "turbinen": true,
	"windturbinen": true, "einheiten": true, "stück": true, "exemplare": true, "exemplaren": true,
}

// The flags of segLexicon.
const (
	lxStake uint16 = 1 << iota
	lxPeriodNoun
	lxParticle
	lxLevel
	lxEstimate
	lxForecast
	lxHypo
	lxFuture
	lxCompare
	lxEvent
	lxSichEvent // "beteiligten" with "sich" after it is an event
	lxReport    // a verb of saying or reporting: "mitteilte", "berichtete"
)

// segWord is what a word tells about its clause.
type segWord struct {
	flags    uint16
	dir      int8 // a verb or noun of change
	pdir     int8 // the direction of a particle verb
	particle string
	basis    Basis
	zuvor    Basis // "Jahr" in "ein Jahr zuvor"
}

// segLexicon joins the word tables a clause is read with, so that reading
// a clause costs one look-up per word.
func segLexicon() *strtab.Table[segWord] { return segLexiconV.Get(makeSegLexicon) }

var segLexiconV lazy.Value[*strtab.Table[segWord]]

func makeSegLexicon() *strtab.Table[segWord] {
	if genSegLexicon != nil {
		return genSegLexicon
	}
	return strtab.New(buildSegLexicon())
}

// buildSegLexicon builds the map segLexicon is made of.
func buildSegLexicon() map[string]segWord {
	t := map[string]segWord{}
	upd := func(w string, f func(e *segWord)) {
		e := t[w]
		f(&e)
		t[w] = e
	}
	for w := range stakeWords {
		upd(w, func(e *segWord) { e.flags |= lxStake })
	}
	for w, b := range basisWords.All() {
		upd(w, func(e *segWord) { e.basis = b })
	}
	for w, b := range map[string]Basis{"jahr": YoY, "quartal": QoQ, "monat": MoM} {
		upd(w, func(e *segWord) { e.flags |= lxPeriodNoun; e.zuvor = b })
	}
	for w, d := range buildDirectionWords() {
		upd(w, func(e *segWord) { e.dir = d })
	}
	for w, pv := range particleVerbs {
		upd(w, func(e *segWord) { e.flags |= lxParticle; e.particle, e.pdir = pv.particle, pv.dir })
	}
	for _, w := range strings.Fields("lag lagen liegt liegen betrug betrugen beträgt betragen erreichte erreicht " +
		"blieb blieben stagnierte war waren ist sind hatte hatten erzielte erzielt erwirtschaftete meldete verbuchte " +
		"beschäftigt beschäftigen zählt zählte") { // "…, er beschäftigt 4.000 Menschen": a level, not the change before
		upd(w, func(e *segWord) { e.flags |= lxLevel })
	}
	for w, ok := range estimateWords.All() {
		if ok {
			upd(w, func(e *segWord) { e.flags |= lxEstimate })
		}
	}
	for w, ok := range forecastWords.All() {
		if ok {
			upd(w, func(e *segWord) { e.flags |= lxForecast })
		}
	}
	for w, ok := range hypotheticalWords.All() {
		if ok {
			upd(w, func(e *segWord) { e.flags |= lxHypo })
		}
	}
	upd("wenn", func(e *segWord) { e.flags |= lxHypo })
	upd("ob", func(e *segWord) { e.flags |= lxHypo }) // an open question: "Ob der Umsatz auf 3 Mrd. Euro steigt, ist offen"
	for _, w := range strings.Fields(eventVerbs) {
		upd(w, func(e *segWord) { e.flags |= lxEvent })
	}
	for _, w := range strings.Fields(reportVerbs) {
		upd(w, func(e *segWord) { e.flags |= lxReport })
	}
	upd("beteiligten", func(e *segWord) { e.flags |= lxSichEvent }) // "beteiligten sich" (an event)
	upd("beteiligte", func(e *segWord) { e.flags |= lxSichEvent })
	for _, w := range strings.Fields("übertraf übertrafen übertrifft übertroffen verfehlte verfehlten verfehlt schlug " +
		"schlugen lag lagen") {
		if w == "lag" || w == "lagen" {
			continue
		}
		upd(w, func(e *segWord) { e.flags |= lxCompare })
	}
	upd("wird", func(e *segWord) { e.flags |= lxFuture })
	upd("werden", func(e *segWord) { e.flags |= lxFuture })
	return t
}
