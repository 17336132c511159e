package money

import (
	"golang.org/x/text/currency"

	"github.com/finanztext/finanztext/internal/lazy"
)

// This file holds the German currency vocabulary: names, symbols and the
// country adjectives that pick a currency out of a family ("kanadische
// Dollar"). The facts are ISO 4217 codes; the word lists are written for
// this project.

// family groups currency names that need a country to be definite.
type family uint8

const (
	famNone family = iota
	famDollar
	famKrone
	famPeso
	famFranken
	famPfund
	famRupie
	famRubel
	famYuan
	famYen
	famLira
	famReal
	famRand
	famWon
	famZloty
	famForint
	famSchekel
	famDinar
	famRiyal
	famLeu
	famDirham
	famEuro
	famMark
)

// resolve says how the currency of a name is determined.
type resolve uint8

const (
	resFixed    resolve = iota // the unit is definite ("US-Dollar", "€")
	resDefault                 // unit is the default unless an adjective says otherwise ("Pfund")
	resDollar                  // a bare "Dollar"/"$": the Finder's default dollar
	resSentence                // ambiguous ("Kronen"): the adjective or the sentence decides
)

// nameEntry is what a currency word or symbol stands for.
type nameEntry struct {
	unit  currency.Unit
	fam   family
	res   resolve
	minor bool // a hundredth of the unit (Cent, Rappen, Pence)
}

func fixed(u currency.Unit, fam family) nameEntry {
	return nameEntry{unit: u, fam: fam, res: resFixed}
}

func byDefault(u currency.Unit, fam family) nameEntry {
	return nameEntry{unit: u, fam: fam, res: resDefault}
}

func ambiguous(fam family) nameEntry { return nameEntry{fam: fam, res: resSentence} }

func minorOf(u currency.Unit) nameEntry {
	return nameEntry{unit: u, res: resFixed, minor: true}
}

func iso(code string) currency.Unit { return currency.MustParseISO(code) }

// The entries of the most frequent currency words, shared by names and the
// fast path of lookupName.
var (
	entEuro     = fixed(currency.EUR, famEuro)
	entUSDollar = fixed(currency.USD, famDollar)
	entDollar   = nameEntry{unit: currency.USD, fam: famDollar, res: resDollar}
)

// nameRec is a nameEntry as Go data the linker lays out: the currency by
// its ISO 4217 code ("" for none), so that the generated table of names
// needs no currency.Unit at start.
type nameRec struct {
	code  string
	fam   family
	res   resolve
	minor bool
}

// entry returns the nameEntry of r.
func (r nameRec) entry() nameEntry {
	e := nameEntry{fam: r.fam, res: r.res, minor: r.minor}
	if r.code != "" {
		e.unit = iso(r.code)
	}
	return e
}

// recOf returns the nameRec of e.
func recOf(e nameEntry) nameRec {
	r := nameRec{fam: e.fam, res: e.res, minor: e.minor}
	if e.unit != (currency.Unit{}) {
		r.code = e.unit.String()
	}
	return r
}

// buildNames returns the words of the table names (generated: see the
// package's zz_generated_sets.go), which maps a currency word as written
// after a numeral to its entry. Keys are exact: "Euro", "US-Dollar",
// "Fr.", "US$".
func buildNames() map[string]nameRec {
	out := make(map[string]nameRec)
	for k, e := range buildNameEntries() {
		out[k] = recOf(e)
	}
	return out
}

// buildNameEntries returns the entries of buildNames.
func buildNameEntries() map[string]nameEntry {
	dollar := entDollar
	m := map[string]nameEntry{
		// Euro
		"Euro": entEuro, "Euros": fixed(currency.EUR, famEuro),
		"€":    entEuro,
		"Cent": minorOf(currency.EUR), "Cents": minorOf(currency.EUR),
		"Euro-Cent": minorOf(currency.EUR), "Eurocent": minorOf(currency.EUR),
		"Eurocents": minorOf(currency.EUR), "Euro-Cents": minorOf(currency.EUR),
		"ct": minorOf(currency.EUR),
		// Dollars
		"Dollar": dollar, "Dollars": dollar, "$": dollar,
		"US-Dollar": entUSDollar, "US-Dollars": fixed(currency.USD, famDollar),
		"US$": fixed(currency.USD, famDollar), "US-$": fixed(currency.USD, famDollar),
		"USD":     fixed(currency.USD, famDollar),
		"US-Cent": minorOf(currency.USD), "US-Cents": minorOf(currency.USD),
		"Kanada-Dollar": fixed(currency.CAD, famDollar), "C$": fixed(currency.CAD, famDollar),
		"CA$": fixed(currency.CAD, famDollar), "Can$": fixed(currency.CAD, famDollar),
		"Austral-Dollar": fixed(currency.AUD, famDollar), "Australien-Dollar": fixed(currency.AUD, famDollar),
		"A$": fixed(currency.AUD, famDollar), "AU$": fixed(currency.AUD, famDollar),
		"Hongkong-Dollar": fixed(currency.HKD, famDollar), "Hongkong-Dollars": fixed(currency.HKD, famDollar),
		"HK$":             fixed(currency.HKD, famDollar),
		"Singapur-Dollar": fixed(iso("SGD"), famDollar), "S$": fixed(iso("SGD"), famDollar),
		"Neuseeland-Dollar": fixed(currency.NZD, famDollar), "NZ$": fixed(currency.NZD, famDollar),
		"Taiwan-Dollar": fixed(currency.TWD, famDollar), "NT$": fixed(currency.TWD, famDollar),
		// Pound, franc, yen, yuan
		"Pfund": byDefault(currency.GBP, famPfund), "£": fixed(currency.GBP, famPfund),
		"Pence": minorOf(currency.GBP), "Penny": minorOf(currency.GBP),
		"Franken": byDefault(currency.CHF, famFranken),
		"Fr.":     fixed(currency.CHF, famFranken), "SFr.": fixed(currency.CHF, famFranken),
		"sFr.": fixed(currency.CHF, famFranken), "sfr.": fixed(currency.CHF, famFranken),
		"Rappen": minorOf(currency.CHF),
		"Yen":    byDefault(currency.JPY, famYen), "¥": fixed(currency.JPY, famYen),
		"Yuan": byDefault(currency.CNY, famYuan), "Renminbi": byDefault(currency.CNY, famYuan),
		// Crowns and pesos need a country.
		"Krone": ambiguous(famKrone), "Kronen": ambiguous(famKrone),
		"Peso": ambiguous(famPeso), "Pesos": ambiguous(famPeso),
		"Dinar": ambiguous(famDinar), "Riyal": ambiguous(famRiyal), "Rial": ambiguous(famRiyal),
		"Dirham": ambiguous(famDirham),
		// Others with one usual meaning.
		"Rubel":   byDefault(currency.RUB, famRubel),
		"₽":       fixed(currency.RUB, famRubel),
		"Rupie":   byDefault(currency.INR, famRupie),
		"Rupien":  byDefault(currency.INR, famRupie),
		"₹":       fixed(currency.INR, famRupie),
		"Rupiah":  fixed(iso("IDR"), famRupie),
		"Lira":    byDefault(currency.TRY, famLira),
		"₺":       fixed(currency.TRY, famLira),
		"Złoty":   byDefault(iso("PLN"), famZloty),
		"Zloty":   byDefault(iso("PLN"), famZloty),
		"Zlotys":  byDefault(iso("PLN"), famZloty),
		"zł":      fixed(iso("PLN"), famZloty),
		"Forint":  byDefault(iso("HUF"), famForint),
		"Real":    byDefault(currency.BRL, famReal),
		"Reais":   byDefault(currency.BRL, famReal),
		"R$":      fixed(currency.BRL, famReal),
		"Won":     byDefault(currency.KRW, famWon),
		"₩":       fixed(currency.KRW, famWon),
		"Rand":    byDefault(currency.ZAR, famRand),
		"Schekel": byDefault(iso("ILS"), famSchekel),
		"Shekel":  byDefault(iso("ILS"), famSchekel),
		"₪":       fixed(iso("ILS"), famSchekel),
		"Leu":     byDefault(iso("RON"), famLeu),
		"Lei":     byDefault(iso("RON"), famLeu),
		"Hrywnja": fixed(iso("UAH"), famNone),
		"₴":       fixed(iso("UAH"), famNone),
		"Baht":    fixed(iso("THB"), famNone),
		"Ringgit": fixed(iso("MYR"), famNone),
		"Kč":      fixed(iso("CZK"), famKrone),
		// Currencies of the past, common in older Austrian and German text.
		"D-Mark":    fixed(iso("DEM"), famNone),
		"DM":        fixed(iso("DEM"), famNone),
		"Schilling": fixed(iso("ATS"), famNone),
		"Gulden":    fixed(iso("NLG"), famNone),
		"Mark":      byDefault(iso("DEM"), famMark), // "finnische Mark" is FIM
		"Lire":      byDefault(iso("ITL"), famLira), // the Italian plural; "Lira" alone is TRY
		"Peseta":    fixed(iso("ESP"), famNone),
		"Peseten":   fixed(iso("ESP"), famNone),
		"Drachme":   fixed(iso("GRD"), famNone),
		"Drachmen":  fixed(iso("GRD"), famNone),
		"Escudo":    fixed(iso("PTE"), famNone),
		"Escudos":   fixed(iso("PTE"), famNone),
		"Franc":     ambiguous(famFranken), // French, Belgian, Luxembourg, CFA: needs a country
		"Francs":    ambiguous(famFranken),
	}
	return m
}

// countryCur is one currency a country adjective selects within a family.
type countryCur struct {
	fam  family
	unit currency.Unit
}

// adjectives maps the stem of a country adjective (without its inflection
// ending) to the currencies it selects. "Schweizer" and "Hongkonger" do not
// inflect and are stored whole.
func adjectives() map[string][]countryCur {
	return adjectivesV.Get(makeAdjectives)
}

var adjectivesV lazy.Value[map[string][]countryCur]

func makeAdjectives() map[string][]countryCur {
	c := func(f family, code string) countryCur { return countryCur{f, iso(code)} }
	m := map[string][]countryCur{
		"amerikanisch":    {c(famDollar, "USD")},
		"US-amerikanisch": {c(famDollar, "USD")},
		"kanadisch":       {c(famDollar, "CAD")},
		"australisch":     {c(famDollar, "AUD")},
		"neuseeländisch":  {c(famDollar, "NZD")},
		"singapurisch":    {c(famDollar, "SGD")},
		"taiwanisch":      {c(famDollar, "TWD")},
		"Hongkonger":      {c(famDollar, "HKD")},
		"schwedisch":      {c(famKrone, "SEK")},
		"norwegisch":      {c(famKrone, "NOK")},
		"dänisch":         {c(famKrone, "DKK")},
		"tschechisch":     {c(famKrone, "CZK")},
		"isländisch":      {c(famKrone, "ISK")},
		"mexikanisch":     {c(famPeso, "MXN")},
		"argentinisch":    {c(famPeso, "ARS")},
		"chilenisch":      {c(famPeso, "CLP")},
		"kolumbianisch":   {c(famPeso, "COP")},
		"philippinisch":   {c(famPeso, "PHP")},
		"uruguayisch":     {c(famPeso, "UYU")},
		"kubanisch":       {c(famPeso, "CUP")},
		"britisch":        {c(famPfund, "GBP")},
		"ägyptisch":       {c(famPfund, "EGP"), c(famDinar, "EGP")},
		"Schweizer":       {c(famFranken, "CHF")},
		"schweizerisch":   {c(famFranken, "CHF")},
		"indisch":         {c(famRupie, "INR")},
		"indonesisch":     {c(famRupie, "IDR")},
		"pakistanisch":    {c(famRupie, "PKR")},
		"russisch":        {c(famRubel, "RUB")},
		"belarussisch":    {c(famRubel, "BYN")},
		"weißrussisch":    {c(famRubel, "BYN")},
		"chinesisch":      {c(famYuan, "CNY")},
		"japanisch":       {c(famYen, "JPY")},
		"türkisch":        {c(famLira, "TRY")},
		"polnisch":        {c(famZloty, "PLN")},
		"ungarisch":       {c(famForint, "HUF")},
		"brasilianisch":   {c(famReal, "BRL")},
		"südkoreanisch":   {c(famWon, "KRW")},
		"koreanisch":      {c(famWon, "KRW")},
		"südafrikanisch":  {c(famRand, "ZAR")},
		"israelisch":      {c(famSchekel, "ILS")},
		"serbisch":        {c(famDinar, "RSD")},
		"algerisch":       {c(famDinar, "DZD")},
		"tunesisch":       {c(famDinar, "TND")},
		"kuwaitisch":      {c(famDinar, "KWD")},
		"saudisch":        {c(famRiyal, "SAR")},
		"saudi-arabisch":  {c(famRiyal, "SAR")},
		"katarisch":       {c(famRiyal, "QAR")},
		"iranisch":        {c(famRiyal, "IRR")},
		"rumänisch":       {c(famLeu, "RON")},
		"marokkanisch":    {c(famDirham, "MAD")},
		"italienisch":     {c(famLira, "ITL")},
		"deutsch":         {c(famMark, "DEM")},
		"finnisch":        {c(famMark, "FIM")},
		"französisch":     {c(famFranken, "FRF")},
		"belgisch":        {c(famFranken, "BEF")},
		"luxemburgisch":   {c(famFranken, "LUF")},
		"emiratisch":      {c(famDirham, "AED")},
	}
	// A capitalised form for the start of a sentence or a heading.
	for k, v := range m {
		if up := capitalize(k); up != k {
			m[up] = v
		}
	}
	return m
}

// sentenceCue is a word prefix that, found in the sentence of an ambiguous
// currency name, names its country ("Schweden", "norwegischen").
type sentenceCue struct {
	prefix string
	fam    family
	unit   currency.Unit
}

func sentenceCues() []sentenceCue {
	return sentenceCuesV.Get(makeSentenceCues)
}

var sentenceCuesV lazy.Value[[]sentenceCue]

func makeSentenceCues() []sentenceCue {
	c := func(p string, f family, code string) sentenceCue { return sentenceCue{p, f, iso(code)} }
	return []sentenceCue{
		c("Schwed", famKrone, "SEK"), c("schwed", famKrone, "SEK"),
		c("Stockholm", famKrone, "SEK"),
		c("Norweg", famKrone, "NOK"), c("norweg", famKrone, "NOK"), c("Oslo", famKrone, "NOK"),
		c("Dänemark", famKrone, "DKK"), c("Dänen", famKrone, "DKK"), c("dänisch", famKrone, "DKK"),
		c("Dänisch", famKrone, "DKK"), c("Kopenhagen", famKrone, "DKK"),
		c("Tschech", famKrone, "CZK"), c("tschech", famKrone, "CZK"), c("Prag", famKrone, "CZK"),
		c("Island", famKrone, "ISK"), c("isländ", famKrone, "ISK"), c("Isländ", famKrone, "ISK"),
		// Companies that report in their home crown.
		c("Volvo", famKrone, "SEK"), c("Ericsson", famKrone, "SEK"), c("Saab", famKrone, "SEK"),
		c("Electrolux", famKrone, "SEK"), c("Sandvik", famKrone, "SEK"), c("Scania", famKrone, "SEK"),
		c("Vattenfall", famKrone, "SEK"), c("Klarna", famKrone, "SEK"), c("Copco", famKrone, "SEK"),
		c("Equinor", famKrone, "NOK"), c("Telenor", famKrone, "NOK"), c("Yara", famKrone, "NOK"),
		c("Orkla", famKrone, "NOK"), c("Hydro", famKrone, "NOK"),
		c("Maersk", famKrone, "DKK"), c("Carlsberg", famKrone, "DKK"), c("Vestas", famKrone, "DKK"),
		c("Ørsted", famKrone, "DKK"), c("Novo", famKrone, "DKK"), c("Danske", famKrone, "DKK"),
		c("Pandora", famKrone, "DKK"), c("Coloplast", famKrone, "DKK"),
		c("Mexik", famPeso, "MXN"), c("mexik", famPeso, "MXN"),
		c("Argentin", famPeso, "ARS"), c("argentin", famPeso, "ARS"),
		c("Chile", famPeso, "CLP"), c("chilen", famPeso, "CLP"),
		c("Kolumbi", famPeso, "COP"), c("kolumbi", famPeso, "COP"),
		c("Philippin", famPeso, "PHP"), c("philippin", famPeso, "PHP"),
		c("Urugua", famPeso, "UYU"), c("urugua", famPeso, "UYU"),
		c("Indonesi", famRupie, "IDR"), c("indonesi", famRupie, "IDR"),
		c("Pakistan", famRupie, "PKR"), c("pakistan", famRupie, "PKR"),
		c("Indien", famRupie, "INR"), c("indisch", famRupie, "INR"), c("Indisch", famRupie, "INR"),
		c("Serbi", famDinar, "RSD"), c("serbi", famDinar, "RSD"),
		c("Kuwait", famDinar, "KWD"), c("kuwait", famDinar, "KWD"),
		c("Saudi", famRiyal, "SAR"), c("saudi", famRiyal, "SAR"),
		c("Katar", famRiyal, "QAR"), c("katar", famRiyal, "QAR"),
		c("Marokk", famDirham, "MAD"), c("marokk", famDirham, "MAD"),
		c("Emirat", famDirham, "AED"), c("emirat", famDirham, "AED"), c("Dubai", famDirham, "AED"),
		// "Franc"/"Francs" (but not "Franken", which is Swiss unless an
		// adjective says otherwise).
		c("Frankreich", famFranken, "FRF"), c("Französ", famFranken, "FRF"),
		c("französ", famFranken, "FRF"), c("Paris", famFranken, "FRF"),
		c("Belgi", famFranken, "BEF"), c("belgi", famFranken, "BEF"), c("Brüssel", famFranken, "BEF"),
		c("Luxemburg", famFranken, "LUF"), c("luxemburg", famFranken, "LUF"),
		c("Schweiz", famFranken, "CHF"), c("schweiz", famFranken, "CHF"),
	}
}

// capitalize upper-cases the first letter of an ASCII-initial or
// umlaut-initial word.
func capitalize(s string) string {
	if s == "" {
		return s
	}
	switch {
	case s[0] >= 'a' && s[0] <= 'z':
		return string(s[0]-'a'+'A') + s[1:]
	case len(s) > 1 && s[:2] == "ä":
		return "Ä" + s[2:]
	case len(s) > 1 && s[:2] == "ö":
		return "Ö" + s[2:]
	case len(s) > 1 && s[:2] == "ü":
		return "Ü" + s[2:]
	}
	return s
}
