package entity

// Word tables of the rules. Facts about German, written for this project.

// stopWords are capitalized function words (mostly sentence-initial) that
// never start or continue a name.
var stopWords = []string{
	"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Eines", "Einem", "Einen",
	"Dieser", "Diese", "Dieses", "Diesem", "Diesen", "Jener", "Jene", "Jenes", "Jeder", "Jede", "Jedes",
	"Alle", "Allen", "Aller", "Kein", "Keine", "Keinen", "Mein", "Meine", "Sein", "Seine", "Ihr", "Ihre",
	"Unser", "Unsere", "Euer", "Manche", "Viele", "Einige", "Mehrere", "Beide", "Beiden",
	"Er", "Sie", "Es", "Wir", "Ich", "Du", "Man", "Ihm", "Ihn", "Ihnen", "Uns",
	"Und", "Oder", "Aber", "Doch", "Denn", "Sondern", "Sowie", "Dass", "Daß", "Ob", "Wenn", "Als", "Wie",
	"Weil", "Da", "Damit", "Obwohl", "Während", "Nachdem", "Bevor", "Seit", "Seitdem", "Sobald", "Falls",
	"In", "Im", "Ins", "Am", "An", "Auf", "Aus", "Bei", "Beim", "Mit", "Nach", "Von", "Vom", "Vor", "Zu",
	"Zum", "Zur", "Für", "Über", "Unter", "Um", "Durch", "Gegen", "Ohne", "Bis", "Laut", "Trotz",
	"Wegen", "Neben", "Zwischen", "Hinter", "Gemäß", "Dank", "Ab", "Per", "Pro", "Samt", "Statt",
	"Ungeachtet", "Angesichts", "Aufgrund", "Infolge", "Anlässlich", "Seitens", "Mithilfe", "Entgegen",
	"Gegenüber", "Innerhalb", "Außerhalb", "Jenseits", "Hinsichtlich", "Bezüglich", "Einschließlich", "Zufolge",
	"Auch", "Noch", "Schon", "Nun", "Jetzt", "Dann", "Damals", "Heute", "Gestern", "Morgen", "Bereits",
	"Zudem", "Außerdem", "Allerdings", "Jedoch", "Dennoch", "Trotzdem", "Deshalb", "Daher", "Darum",
	"So", "Hier", "Dort", "Nur", "Sogar", "Vielleicht", "Zunächst", "Zuletzt", "Inzwischen", "Mittlerweile",
	"Immer", "Nie", "Kaum", "Etwa", "Rund", "Knapp", "Fast", "Mehr", "Weniger", "Insgesamt", "Zusätzlich",
	"Was", "Wer", "Wo", "Wann", "Warum", "Weshalb", "Welche", "Welcher", "Welches", "Wieso",
	"Nicht", "Kein", "Ja", "Nein", "Bitte", "Danke", "Ebenso", "Ebenfalls", "Selbst", "Gerade",
	"Besonders", "Vor allem", "Erst", "Letztlich", "Schließlich", "Offenbar", "Angeblich", "Demnach",
	"Dabei", "Dazu", "Davon", "Darauf", "Daraus", "Dafür", "Dagegen", "Danach", "Davor", "Darin",
	"Hat", "Habe", "Haben", "Ist", "Sind", "War", "Waren", "Wird", "Werden", "Wurde", "Wurden", "Kann",
	"Können", "Soll", "Sollen", "Muss", "Müssen", "Will", "Wollen", "Gibt", "Gab",
	"Neue", "Neuer", "Neues", "Neuen", "Alte", "Große", "Großen", "Erste", "Ersten", "Zweite", "Letzte",
	"The", "A", "An", "Of", "And", "For", "With", "This", "That", "It", "He", "She", "We", "They",
	"Herr", "Frau", "Herrn", "Mr", "Mrs", "Ms",
	"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Sonnabend",
	"Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
	"Oktober", "November", "Dezember", "Anfang", "Mitte", "Ende", "Jahr", "Jahres", "Jahren",
	"Quartal", "Woche", "Wochen", "Monat", "Monate", "Monaten", "Tag", "Tage", "Tagen", "Uhr",
	"Prozent", "Euro", "Dollar", "Cent", "Millionen", "Milliarden", "Million", "Milliarde",
	"Mio", "Mrd", "Aktie", "Aktien", "Konzern", "Unternehmen", "Firma", "Bank", "Börse",
}

// titles stand before a name and are not part of it.
var titles = []string{"Dr", "Prof", "Professor", "Professorin", "Dipl", "Ing", "Mag", "Sir", "Dame", "Lord", "Graf", "Gräfin"}

// particles may stand between given name and surname.
var particles = []string{"von", "van", "de", "zu", "der", "den", "dem", "vom", "zum", "da", "di", "del", "della", "du", "des", "ten", "ter", "la", "le", "bin", "al"}

// connectors link a role to its organization: "Chef von Microsoft",
// "Präsidentin der EZB", "Analystin bei Moody's".
var connectors = []string{"von", "der", "des", "bei", "vom", "beim", "im", "am", "für"}

// legalForms are the legal-form suffixes of company names, as written.
var legalForms = []string{
	"AG", "SE", "KGaA", "GmbH", "gGmbH", "mbH", "GmbH & Co. KG", "GmbH & Co. KGaA", "GmbH & Co KG",
	"AG & Co. KG", "AG & Co. KGaA", "SE & Co. KG", "SE & Co. KGaA", "UG (haftungsbeschränkt)", "UG",
	"KG", "OHG", "GbR", "e.V.", "e. V.", "eV", "eG", "e.G.", "VVaG", "a.G.", "Inc.", "Inc", "Incorporated",
	"Corp.", "Corp", "Corporation", "Ltd.", "Ltd", "Limited", "PLC", "plc", "Plc", "LLC", "L.L.C.", "LLP",
	"LP", "L.P.", "N.V.", "NV", "B.V.", "BV", "S.A.", "SA", "S.p.A.", "SpA", "S.A.S.", "SAS", "S.r.l.",
	"Srl", "S.L.", "AB", "ASA", "A/S", "Oyj", "Co.", "& Co.", "Co. KG", "Pty Ltd", "K.K.",
	"Holding", "Holdings", "Group", "Gruppe", "Company", "Bancorp",
}

// weakLegal are legal-form words that also occur as ordinary name parts:
// they make a name only after at least one capitalized word that is not
// itself a common noun pattern.
//
// buildWeakLegal returns the words of the table weakLegal (generated: see the
// package's zz_generated_sets.go).
func buildWeakLegal() map[string]bool {
	return map[string]bool{"Holding": true, "Holdings": true, "Group": true, "Gruppe": true, "Company": true, "Bancorp": true, "Co.": true, "KG": true, "SA": true, "AB": true, "UG": true, "SE": true, "LP": true}
}

// headSuffixes are the endings of head nouns that name a kind of
// organization ("Softwarekonzern", "Chiphersteller", "Großbank"), with
// the Type they give. The first matching suffix wins, so longer ones come
// first.
var headSuffixes = []struct {
	suffix string
	typ    Type
}{
	{"ratingagentur", RatingAgency}, {"ratingagenturen", RatingAgency},
	{"vermögensverwalter", AssetManager}, {"fondsgesellschaft", AssetManager}, {"investmentgesellschaft", AssetManager},
	{"beteiligungsgesellschaft", AssetManager}, {"finanzinvestor", AssetManager}, {"investor", AssetManager},
	{"kreditanstalt", Bank}, {"förderbank", Bank}, {"notenbank", CentralBank}, {"zentralbank", CentralBank},
	{"börsenbetreiber", Exchange}, {"finanzaufsicht", Regulator}, {"aufsichtsbehörde", Regulator}, {"aufsicht", Regulator},
	{"rückversicherer", Insurer}, {"versicherer", Insurer}, {"versicherung", Insurer}, {"versicherungskonzern", Insurer},
	{"gewerkschaft", Union},
	{"forschungsinstitut", ResearchInstitute}, {"wirtschaftsinstitut", ResearchInstitute}, {"institut", ResearchInstitute},
	{"denkfabrik", ResearchInstitute},
	{"branchenverband", Association}, {"verband", Association}, {"lobbyverband", Association},
	{"sender", Media}, {"zeitung", Media}, {"verlag", Media}, {"medienkonzern", Media}, {"nachrichtenagentur", Media}, {"magazin", Media},
	{"bankhaus", Bank}, {"privatbank", Bank}, {"großbank", Bank}, {"direktbank", Bank}, {"landesbank", Bank},
	{"investmentbank", Bank}, {"sparkasse", Bank}, {"onlinebank", Bank}, {"geldhaus", Bank}, {"kreditinstitut", Bank},
	{"bank", Bank},
	{"konzern", Company}, {"hersteller", Company}, {"bauer", Company}, {"händler", Company}, {"anbieter", Company},
	{"unternehmen", Company}, {"riese", Company}, {"unternehmensgruppe", Company}, {"mediengruppe", Media},
	{"handelsgruppe", Company}, {"versicherungsgruppe", Insurer}, {"bankengruppe", Bank}, {"industriegruppe", Company},
	{"technologiegruppe", Company}, {"autogruppe", Company}, {"reisegruppe", Company}, {"produzent", Company}, {"zulieferer", Company},
	{"dienstleister", Company}, {"versender", Company}, {"betreiber", Company}, {"softwarehaus", Company},
	{"kette", Company}, {"genossenschaft", Company}, {"discounter", Company}, {"fluggesellschaft", Company}, {"airline", Company},
	{"reederei", Company}, {"startup", Company}, {"firma", Company}, {"gesellschaft", Company},
	{"versorger", Company}, {"lieferdienst", Company}, {"holding", Company}, {"tochterfirma", Company},
	{"muttergesellschaft", Company}, {"tochtergesellschaft", Company}, {"tochter", Company},
	{"agentur", OtherOrg}, {"verein", Association}, {"klub", OtherOrg}, {"club", OtherOrg},
	{"label", Company}, {"modelabel", Company}, {"plattenlabel", Media}, {"ligist", OtherOrg},
	{"betrieb", Company}, {"ableger", Company}, {"mittelständler", Company}, {"brauerei", Company},
	{"rockband", OtherOrg}, {"popband", OtherOrg}, {"punkband", OtherOrg}, {"metalband", OtherOrg},
	{"jazzband", OtherOrg}, {"indieband", OtherOrg}, {"boyband", OtherOrg}, {"girlband", OtherOrg},
	{"kultband", OtherOrg}, {"musikband", OtherOrg}, {"coverband", OtherOrg}, {"bluesband", OtherOrg},
	{"fluglinie", Company}, {"modehaus", Company}, {"kaufhaus", Company}, {"warenhaus", Company},
	{"autohaus", Company}, {"möbelhaus", Company}, {"auktionshaus", Company}, {"verlagshaus", Media},
	{"molkerei", Company}, {"streamingdienst", Media}, {"filmproduktion", Media}, {"plattform", OtherOrg},
	{"zeitschrift", Media}, {"illustrierte", Media}, {"nachrichtenportal", Media}, {"onlineportal", Media},
	{"internetportal", Media}, {"boulevardblatt", Media},
}

// genericHeads are head nouns too general to make an unknown capitalized
// word an organization by themselves ("das Unternehmen Gewinne …"): after
// them only an acronym or a camel-case name is taken.
//
// buildGenericHeads returns the words of the table genericHeads (generated: see the
// package's zz_generated_sets.go).
func buildGenericHeads() map[string]bool {
	return map[string]bool{
		"Konzern": true, "Unternehmen": true, "Firma": true, "Gruppe": true, "Bank": true, "Hersteller": true,
		"Anbieter": true, "Händler": true, "Versicherer": true, "Versicherung": true, "Gesellschaft": true,
		"Investor": true, "Institut": true, "Verband": true, "Plattform": true, "Tochter": true, "Mutter": true,
		"Entwickler": true, "Betreiber": true, "Sender": true, "Zeitung": true, "Magazin": true, "Agentur": true,
		"Verlag": true, "Spezialist": true, "Pionier": true, "Riese": true, "Kette": true, "Holding": true,
		"Verein": true, "Klub": true, "Club": true, "Dienstleister": true, "Produzent": true, "Zulieferer": true,
		"Betrieb": true, "Ableger": true,
	}
}

// reportingVerbs are finite verbs of announcing that stand before an
// inverted subject: "teilte die Bahn am Montag mit", "erklärte die Union".
//
// buildReportingVerbs returns the words of the table reportingVerbs (generated: see the
// package's zz_generated_sets.go).
func buildReportingVerbs() map[string]bool {
	return map[string]bool{
		"teilte": true, "teilt": true, "kündigte": true, "kündigt": true, "erklärte": true, "erklärt": true,
		"meldete": true, "meldet": true, "sagte": true, "sagt": true, "bestätigte": true, "bestätigt": true,
		"berichtete": true, "berichtet": true, "verkündete": true, "verkündet": true, "warnte": true, "warnt": true,
		"forderte": true, "fordert": true, "betonte": true, "betont": true, "dementierte": true, "dementiert": true,
		"kritisierte": true, "kritisiert": true, "gab": true, "gibt": true,
	}
}

// programSuffixes end the names of a broadcaster's or publisher's programs
// and editions, joined to its name: "ZDF-Morgenmagazin", "ARD-Wirtschaftsjournal".
var programSuffixes = []string{"magazin", "journal"}

// govSuffixes are endings of government-body words that form a name with
// "von <Place>" ("Generalstaatsanwaltsbüro von Kalifornien").
var govSuffixes = []string{"büro", "amt", "ministerium", "behörde", "regierung", "staatsanwaltschaft", "kommission", "gericht", "parlament", "senat"}

// fallbackRoles are used when data/roles.tsv is absent.
var fallbackRoles = []Role{
	{Name: "Chef", Gender: Male}, {Name: "Chefin", Gender: Female}, {Name: "Vorstand", Gender: UnknownGender},
	{Name: "Finanzvorstand", Gender: Male}, {Name: "Finanzvorständin", Gender: Female}, {Name: "Finanzchef", Gender: Male},
	{Name: "Finanzchefin", Gender: Female}, {Name: "Präsident", Gender: Male}, {Name: "Präsidentin", Gender: Female},
	{Name: "Sprecher", Gender: Male}, {Name: "Sprecherin", Gender: Female}, {Name: "Minister", Gender: Male},
	{Name: "Ministerin", Gender: Female}, {Name: "Gründer", Gender: Male}, {Name: "Gründerin", Gender: Female},
	{Name: "Vorsitzender", Gender: Male}, {Name: "Vorsitzende", Gender: UnknownGender}, {Name: "Direktor", Gender: Male},
	{Name: "Direktorin", Gender: Female}, {Name: "Analyst", Gender: Male}, {Name: "Analystin", Gender: Female},
	{Name: "Ökonom", Gender: Male}, {Name: "Ökonomin", Gender: Female}, {Name: "CEO", Gender: UnknownGender},
	{Name: "CFO", Gender: UnknownGender}, {Name: "Geschäftsführer", Gender: Male}, {Name: "Geschäftsführerin", Gender: Female},
}

// businessStems mark a sentence as business context: an ambiguous name
// ("Allianz", "Post") in such a sentence is taken as the organization.
var businessStems = []string{
	"aktie", "aktionär", "umsatz", "umsätze", "gewinnwarnung", "nettogewinn", "reingewinn", "quartalsgewinn",
	"konzern", "quartal", "vorstand", "börse", "milliard", "million", "prozent", "unternehm", "bilanz",
	"dividend", "übernahme", "investor", "anleger", "geschäft", "verlust", "rendite", "anleihe", "kredit",
	"mitarbeiter", "beschäftigte", "manager", "kunden", "versicher", "tarif", "filiale", "marktwert",
	"börsenwert", "prognose", "sparte", "konkurrent", "wettbewerb", "fusion", "kartell", "rating",
	"zinsen", "leitzins", "fonds", "gehalt", "streik", "produktion", "standort", "investition", "auftrag",
	"aufträge", "lieferung", "preise", "preiserh", "konzernchef", "firmenchef", "vorstandschef", "bankchef", "analyst",
	"rekordgewinn", "gewinnsprung", "gewinneinbruch", "gewinnrückgang", "gewinnplus", "gewinnziel", "ebit",
	"stellenabbau", "arbeitsplätz", "jobabbau", "stellenstreich", "entlassung", "auslieferung", "fehlbetrag",
	// the metrics of a company's report: "Der freie Mittelzufluss der Telekom", "das Vorsteuerergebnis der Post"
	"ergebnis", "cashflow", "mittelzufluss", "marge", "verschuldung", "belegschaft", "erlös", "absatz", "kursziel",
	"eigenkapital", "investier", "einnahme", "prämie", // "die Beitragseinnahmen der Allianz"
}

// businessWords are whole words (as written) that mark business context.
//
// buildBusinessWords returns the words of the table businessWords (generated: see the
// package's zz_generated_sets.go).
func buildBusinessWords() map[string]bool {
	return map[string]bool{
		"Gewinn": true, "Gewinne": true, "Gewinns": true, "Euro": true, "Dollar": true, "US-Dollar": true,
		"Franken": true, "Pfund": true, "Yen": true, "Yuan": true, "Mio": true, "Mrd": true, "Chef": true,
		"Chefin": true, "CEO": true, "CFO": true, "Kurs": true, "Marke": true,
		"Bank": true, "Banken": true, "Tochter": true, "Tochtergesellschaft": true, "Ergebnis": true,
		"verdiente": true, "verdienten": true, "erwirtschaftete": true, "erwirtschafteten": true,
		"Stellen": true, "Jobs": true, // "Porsche streicht weitere Stellen"
	}
}

// nameParts are capitalized words that continue an unknown organization
// name after a head noun ("der Vermögensverwalter Apollo Global
// Management").
var nameParts = []string{
	"Group", "Holding", "Holdings", "Energy", "Capital", "Partners", "Systems", "Technologies", "Technology",
	"International", "Global", "Solutions", "Software", "Pharma", "Pharmaceuticals", "Therapeutics", "Media",
	"Digital", "Ventures", "Labs", "Motors", "Airlines", "Bank", "Financial", "Services", "Management",
	"Industries", "Networks", "Robotics", "Semiconductor", "Semiconductors", "Electronics", "Logistics",
	"Logistik", "Consulting", "Investments", "Asset", "Brands", "Foods", "Entertainment", "Games", "Studios",
	"AI", "Cloud", "Security", "Biotech", "Health", "Healthcare", "Energie", "Solar", "Wind", "Mobility",
	"Steel", "Oil", "Chemicals", "Insurance", "Telecom", "Power", "Gas", "Mining", "Automotive", "Aerospace",
	"Industries", "Resources", "Airways", "Shipping", "Pharmaceutical", "Materials", "Instruments", "Semiconductor",
	"Automation",
}

// nounSuffixes end common German nouns; a capitalized word with one of
// them is not taken as an unknown organization name.
var nounSuffixes = []string{"ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "ität", "nis", "ismus", "ment", "ern", "chen", "lich", "ische", "ischen", "isch"}

// clubPrefixes start the names of sports clubs and associations:
// "VfL Osnabrück", "1. FC Nürnberg", "SC Paderborn".
//
// buildClubPrefixes returns the words of the table clubPrefixes (generated: see the
// package's zz_generated_sets.go).
func buildClubPrefixes() map[string]bool {
	return map[string]bool{
		"FC": true, "SC": true, "SV": true, "TSV": true, "VfL": true, "VfB": true, "TuS": true, "SpVgg": true,
		"KSV": true, "VfR": true, "FV": true, "ASV": true, "RSV": true, "PSV": true, "BFC": true, "HFC": true,
		"FFC": true, "TuRa": true, "SGV": true, "TSG": true, "BSC": true, "FSV": true, "SG": true, "SSV": true, "MSV": true, "KSC": true, "RB": true,
		"HSG": true, "SpVg": true, "ESV": true, "SSC": true, "AC": true, "AS": true, "SK": true, "FK": true,
		"CF": true, "CD": true, "RC": true, "THW": true, "TBV": true, "EHC": true, "ERC": true, "DSC": true,
	}
}

// personHeads are head-noun endings that also name a person ("Biobauer",
// "Autohändler"): after them two capitalized words are a person's name.
var personHeads = []string{"bauer", "händler", "betreiber", "produzent", "investor", "anbieter"}
