package quote_test

// Passages written for this project: German business-news style, every
// sentence made up for these tests. Each row lists the quotations a reader
// would mark, with the speaker's resolved name (a substring of it), or no
// quotations at all for passages that only hold scare quotes, titles and
// names in marks.

type wantQuote struct {
	sub     string // a piece of the quoted words
	speaker string // substring of Speaker.Name; "" means no speaker
	kind    string // "d" direct (default) or "i" indirect
}

func d(sub, speaker string) wantQuote { return wantQuote{sub: sub, speaker: speaker, kind: "d"} }
func ind(sub, speaker string) wantQuote {
	return wantQuote{sub: sub, speaker: speaker, kind: "i"}
}

type passage struct {
	name string
	in   string
	want []wantQuote
}

var passages = []passage{
	// --- speaker after the quote
	{"after sagte", "„Das Quartal lief besser als gedacht“, sagte Roland Busch.", []wantQuote{d("besser als gedacht", "Roland Busch")}},
	{"after so", "„Die Zinsen bleiben vorerst hoch“, so Isabel Schnabel.", []wantQuote{d("Zinsen bleiben", "Isabel Schnabel")}},
	{"after role compound", "„Wir investieren weiter in Europa“, erklärte Siemens-Chef Roland Busch am Dienstag.", []wantQuote{d("investieren weiter", "Roland Busch")}},
	{"after question", "„Wer soll das bezahlen?“, fragte Analyst Peter Schmidt.", []wantQuote{d("Wer soll das bezahlen?", "Peter Schmidt")}},
	{"after spokesman of", "„Der Stellenabbau ist abgeschlossen“, teilte ein Sprecher der Deutschen Bank mit.", []wantQuote{d("Stellenabbau ist abgeschlossen", "Sprecher der Deutschen Bank")}},
	{"after betonte", "„Unsere Bilanz ist solide“, betonte Finanzchefin Claudia Weber.", []wantQuote{d("Bilanz ist solide", "Claudia Weber")}},
	{"after warnte", "„Die Inflation ist noch nicht besiegt“, warnte Bundesbank-Präsident Joachim Nagel.", []wantQuote{d("noch nicht besiegt", "Joachim Nagel")}},
	{"after ergänzte", "„Der Ausblick bleibt unverändert“, ergänzte Vorstandschef Martin Brandt.", []wantQuote{d("Ausblick bleibt", "Martin Brandt")}},
	{"after fügte hinzu", "„Wir prüfen alle Optionen“, fügte Konzernchef Stefan Kramer hinzu.", []wantQuote{d("prüfen alle Optionen", "Stefan Kramer")}},
	{"after räumte ein", "„Das war ein Fehler“, räumte Bernd Köhler ein.", []wantQuote{d("Das war ein Fehler", "Bernd Köhler")}},
	{"after gab zu", "„Wir haben die Nachfrage unterschätzt“, gab Sabine Roth zu.", []wantQuote{d("Nachfrage unterschätzt", "Sabine Roth")}},
	{"after pronoun", "Der Chef der Sparkasse, Thomas Lindner, blieb gelassen. „Wir haben genug Kapital“, sagte er.", []wantQuote{d("genug Kapital", "Thomas Lindner")}},
	{"after female pronoun", "Die Ökonomin Monika Brandt sieht Risiken. „Der Arbeitsmarkt kühlt ab“, sagte sie.", []wantQuote{d("Arbeitsmarkt kühlt ab", "Monika Brandt")}},
	{"after surname only", "Ulrike Hahn leitet die Einheit seit März. „Die Margen steigen“, sagte Hahn.", []wantQuote{d("Margen steigen", "Ulrike Hahn")}},
	{"after sagte der Analyst", "„Der Markt hat das eingepreist“, sagte der Analyst Jens Vogt von der Commerzbank.", []wantQuote{d("eingepreist", "Jens Vogt")}},
	{"after meinte", "„Das ist kein Grund zur Panik“, meinte Händler Kai Richter.", []wantQuote{d("kein Grund zur Panik", "Kai Richter")}},
	{"after kritisierte", "„Die Regulierung kommt zu spät“, kritisierte Verbandschefin Anja Keller.", []wantQuote{d("Regulierung kommt zu spät", "Anja Keller")}},
	{"after bestätigte", "„Die Gespräche laufen“, bestätigte ein Sprecher von Bosch.", []wantQuote{d("Gespräche laufen", "Sprecher von Bosch")}},
	{"after sagt present", "„Wir wachsen schneller als der Markt“, sagt Vertriebschef Florian Maier.", []wantQuote{d("schneller als der Markt", "Florian Maier")}},
	{"after erklärt present", "„Die Preise sinken wieder“, erklärt Ökonom Clemens Fuest.", []wantQuote{d("Preise sinken", "Clemens Fuest")}},
	{"after exclamation no comma", "„Das ist ein historischer Tag!“ rief Bürgermeister Dieter Franke.", []wantQuote{d("historischer Tag", "Dieter Franke")}},
	{"after antwortete", "„Nein, das planen wir nicht“, antwortete Vorstand Harald Stein.", []wantQuote{d("das planen wir nicht", "Harald Stein")}},
	{"after schrieb", "„Der Deal ist perfekt“, schrieb Investor Carsten Wolff auf der Plattform X.", []wantQuote{d("Deal ist perfekt", "Carsten Wolff")}},
	{"after so with role", "„Die Auftragsbücher sind voll“, so Airbus-Chef Guillaume Faury.", []wantQuote{d("Auftragsbücher sind voll", "Guillaume Faury")}},
	{"after so der", "„Die Lage bleibt angespannt“, so der Präsident des Verbandes, Markus Ott.", []wantQuote{d("Lage bleibt angespannt", "Markus Ott")}},

	// --- speaker before, with a colon
	{"before sagte colon", "Roland Busch sagte: „Wir halten an unseren Zielen fest.“", []wantQuote{d("halten an unseren Zielen", "Roland Busch")}},
	{"before warnte colon", "Bundesbank-Präsident Joachim Nagel warnte: „Eine Zinssenkung wäre verfrüht.“", []wantQuote{d("Zinssenkung wäre verfrüht", "Joachim Nagel")}},
	{"before wie sagte", "Wie Christian Sewing später sagte: „Die Bank ist wieder profitabel.“", []wantQuote{d("wieder profitabel", "Christian Sewing")}},
	{"headline colon", "Nagel: „Die Teuerung sinkt langsamer als erhofft“\n\nDer Bundesbank-Präsident Joachim Nagel äußerte sich in Frankfurt.", []wantQuote{d("Teuerung sinkt", "Nagel")}},
	{"before sagt sogar direkt", "Peter Krüger sagt sogar direkt: „Ohne Staatshilfe geht es nicht.“", []wantQuote{d("Ohne Staatshilfe", "Peter Krüger")}},
	{"two speakers", "Auf die Frage nach den Kosten antworteten Müller und Schulz einhellig: „Das wird teuer.“", []wantQuote{d("Das wird teuer", "Müller")}},
	{"before erklärte colon role", "Die Chefin der Finanzaufsicht, Birgit Sommer, erklärte: „Wir schauen genau hin.“", []wantQuote{d("schauen genau hin", "Birgit Sommer")}},
	{"before gibt zu colon", "Hans Berger gibt offen zu: „Wir waren zu langsam.“", []wantQuote{d("zu langsam", "Hans Berger")}},
	{"before fügt hinzu colon pronoun", "Vorstandschef Jürgen Lenz zeigte sich zufrieden. Aber er fügt hinzu: „Das zweite Halbjahr wird schwieriger.“", []wantQuote{d("zweite Halbjahr", "Jürgen Lenz")}},
	{"before Er sagt colon", "Andreas Maurer führt das Familienunternehmen in dritter Generation.\n\nEr sagt: „Wir denken in Jahrzehnten, nicht in Quartalen.“", []wantQuote{d("in Jahrzehnten", "Andreas Maurer")}},
	{"before Sie sagte colon", "Die neue Finanzvorständin Julia Berg stellte die Zahlen vor. Sie sagte: „Die Kosten sind im Griff.“", []wantQuote{d("Kosten sind im Griff", "Julia Berg")}},
	{"before betonte colon", "Finanzminister Klaus Werner betonte am Montag: „Die Schuldenbremse gilt.“", []wantQuote{d("Schuldenbremse gilt", "Klaus Werner")}},
	{"before inverted", "Auf der Hauptversammlung sagte Aufsichtsratschef Werner Brandt: „Wir haben einen klaren Plan.“", []wantQuote{d("klaren Plan", "Werner Brandt")}},
	{"before dazu sagte", "Dazu sagte die Sprecherin Katrin Wolf: „Wir kommentieren Gerüchte nicht.“", []wantQuote{d("kommentieren Gerüchte nicht", "Katrin Wolf")}},
	{"before colon without verb", "Der Chef von Lufthansa, Carsten Spohr, bringt es auf den Punkt: „Ohne Flugzeuge keine Flüge.“", []wantQuote{d("Ohne Flugzeuge", "Carsten Spohr")}},
	{"before beklagt", "Martin Vogel beklagt: „Die Bürokratie frisst unsere Zeit.“", []wantQuote{d("Bürokratie frisst", "Martin Vogel")}},
	{"before versicherte", "Ministerin Petra Lang versicherte: „Die Förderung läuft weiter.“", []wantQuote{d("Förderung läuft weiter", "Petra Lang")}},
	{"before mahnte", "EZB-Direktorin Isabel Schnabel mahnte: „Wir dürfen nicht zu früh lockern.“", []wantQuote{d("nicht zu früh lockern", "Isabel Schnabel")}},
	{"before resümierte", "Am Ende des Abends resümierte Gastgeber Thomas Berg: „Es war ein gutes Jahr.“", []wantQuote{d("gutes Jahr", "Thomas Berg")}},
	{"before scherzte", "Bei der Vorstellung scherzte Entwicklungschef Paul Rieger: „Das Auto fährt fast von allein.“", []wantQuote{d("fährt fast von allein", "Paul Rieger")}},
	{"before prognostizierte", "Commerzbank-Volkswirt Jörg Krämer prognostizierte: „Die Rezession ist vorbei.“", []wantQuote{d("Rezession ist vorbei", "Jörg Krämer")}},
	{"before twitterte", "Elon Musk twitterte am Abend: „Die Fabrik läuft auf Hochtouren.“", []wantQuote{d("Fabrik läuft", "Elon Musk")}},
	{"before kündigte an", "Vorstandschef Oliver Blume kündigte an: „Wir bringen drei neue Modelle.“", []wantQuote{d("drei neue Modelle", "Oliver Blume")}},

	// --- around
	{"around", "„Die Lage ist ernst“, sagte Frank Huber, „aber nicht hoffnungslos.“", []wantQuote{d("Lage ist ernst", "Frank Huber"), d("nicht hoffnungslos", "Frank Huber")}},
	{"around with so", "„Wir wachsen“, so Tanja Berger, „und wir stellen ein.“", []wantQuote{d("Wir wachsen", "Tanja Berger"), d("stellen ein", "Tanja Berger")}},

	// --- carried over
	{"carried over next sentence", "„Die Zinsen bleiben hoch“, sagte Christine Lagarde. „Wir sind noch nicht am Ziel.“", []wantQuote{d("Zinsen bleiben hoch", "Christine Lagarde"), d("noch nicht am Ziel", "Christine Lagarde")}},
	{"carried over next paragraph", "„Die Nachfrage zieht an“, sagte Vertriebschef Lars Böhm.\n\n„Vor allem in Asien sehen wir Wachstum.“", []wantQuote{d("Nachfrage zieht an", "Lars Böhm"), d("in Asien", "Lars Böhm")}},
	{"not carried after other person: the new subject speaks", "„Die Nachfrage zieht an“, sagte Vertriebschef Lars Böhm. Finanzchefin Eva Kühn hatte zuvor die Prognose gesenkt. „Das passt nicht zusammen.“", []wantQuote{d("Nachfrage zieht an", "Lars Böhm"), d("passt nicht zusammen", "Eva Kühn")}},
	{"not carried after other person in mid-sentence", "„Die Nachfrage zieht an“, sagte Vertriebschef Lars Böhm. Die Prognose von Finanzchefin Eva Kühn war vorsichtiger. „Das passt nicht zusammen.“", []wantQuote{d("Nachfrage zieht an", "Lars Böhm"), d("passt nicht zusammen", "")}},
	{"not carried two paragraphs later", "„Wir sind zufrieden“, sagte Peter Haas.\n\nDie Aktie stieg um drei Prozent.\n\nDer Index legte ebenfalls zu.\n\n„Das ist erst der Anfang.“", []wantQuote{d("Wir sind zufrieden", "Peter Haas"), d("erst der Anfang", "")}},
	{"carried after indirect", "Die Finanzchefin Amelie Roth erklärte, dass die Kosten sinken würden. „Wir sparen an jeder Ecke.“", []wantQuote{ind("die Kosten sinken würden", "Amelie Roth"), d("sparen an jeder Ecke", "Amelie Roth")}},

	// --- pronouns
	{"pronoun he skips woman", "Anna Weber und Michael Kurz legten die Zahlen vor. Er sagte: „Das Geschäft brummt.“", []wantQuote{d("Geschäft brummt", "Michael Kurz")}},
	{"pronoun she skips man", "Michael Kurz und Anna Weber legten die Zahlen vor. Sie sagte: „Das Geschäft brummt.“", []wantQuote{d("Geschäft brummt", "Anna Weber")}},
	{"pronoun role feminine", "Die Präsidentin der Aufsicht, Frau Dr. Lehmann, trat vor die Presse. Sie erklärte: „Die Banken sind stabil.“", []wantQuote{d("Banken sind stabil", "Lehmann")}},
	{"plural sie no speaker", "Die Händler waren nervös. Sie sagten: „Heute passiert nichts mehr.“", []wantQuote{d("Heute passiert nichts mehr", "")}},
	{"pronoun after dass then quote", "Die Finanzvorständin Sabine Kurz war nicht besorgt.\n\nSie erklärt in einer Telefonkonferenz, dass die Aufträge in Phasen abgearbeitet werden. „Die Maschinen laufen erst, wenn bezahlt ist.“ Der Konzern sieht sich gut gerüstet.", []wantQuote{ind("die Aufträge in Phasen", "Sabine Kurz"), d("Maschinen laufen erst", "Sabine Kurz")}},

	// --- role nouns
	{"role noun resolves", "DIW-Chef Marcel Fratzscher hält die Prognose für zu optimistisch. „Die Risiken werden unterschätzt“, sagte der DIW-Chef.", []wantQuote{d("Risiken werden unterschätzt", "Marcel Fratzscher")}},
	{"role noun unresolved", "„Wir bleiben vorsichtig“, sagte der Sprecher.", []wantQuote{d("bleiben vorsichtig", "Sprecher")}},
	{"role noun base", "Vorstandschef Daniel Krause hat den Umbau verteidigt. „Der Umbau war nötig“, sagte der Vorstandschef.", []wantQuote{d("Umbau war nötig", "Daniel Krause")}},

	// --- unmarked paragraph after "X sagt:"
	{"unmarked paragraph", "Thomas Becker sagt begeistert:\n\nSeit Jahren arbeiten wir auf diesen Moment hin, und jetzt ist er da.\n\nDie Aktie legte zu.", []wantQuote{d("Seit Jahren arbeiten wir", "Thomas Becker")}},
	{"colon paragraph without speech verb", "Die Analysten stellen eine Frage:\n\nWie lange kann das gutgehen?", nil},

	// --- indirect speech
	{"indirect dass", "Roland Busch sagte, dass der Konzern weiter wachsen werde.", []wantQuote{ind("der Konzern weiter wachsen werde", "Roland Busch")}},
	{"indirect subjunctive", "Christian Sewing sagte, die Nachfrage sei deutlich gestiegen.", []wantQuote{ind("die Nachfrage sei deutlich gestiegen", "Christian Sewing")}},
	{"indirect laut", "Laut Bundesbank-Präsident Joachim Nagel wird die Inflation weiter sinken.", []wantQuote{ind("wird die Inflation weiter sinken", "Joachim Nagel")}},
	{"indirect zufolge", "Dem Ifo-Chef Clemens Fuest zufolge bleibt die Stimmung schlecht.", []wantQuote{ind("bleibt die Stimmung schlecht", "Clemens Fuest")}},
	{"indirect nach Angaben von", "Nach Angaben von Finanzchef Peter Lorenz sinken die Kosten um zehn Prozent.", []wantQuote{ind("sinken die Kosten", "Peter Lorenz")}},
	{"indirect after", "Die Auftragslage sei gut, sagte Produktionschef Ralf Zimmer.", []wantQuote{ind("Die Auftragslage sei gut", "Ralf Zimmer")}},
	{"indirect pronoun", "Monika Schuster leitet das Werk. Sie sagte, die Produktion werde im Mai hochgefahren.", []wantQuote{ind("die Produktion werde im Mai", "Monika Schuster")}},
	{"no indirect for Berichten zufolge", "Berichten zufolge verhandelt der Konzern über einen Verkauf.", nil},
	{"indirect so", "Die Kosten würden steigen, so Finanzvorstand Marco Held.", []wantQuote{ind("Die Kosten würden steigen", "Marco Held")}},
	{"indirect betonte dass", "Die Ministerin Svenja Koch betonte, dass die Mittel bereitstehen.", []wantQuote{ind("die Mittel bereitstehen", "Svenja Koch")}},

	// --- not quotes: scare quotes, coinages, titles, names
	{"scare sprach von", "Der Vorstand sprach von einem „Rekordquartal“.", nil},
	{"scare zum", "Die Region wird zum „Heiligtum“ für Investoren.", nil},
	{"scare ein anderer", "Doch ein anderer „Kind“ macht ihm Freude: das Rechenzentrum.", nil},
	{"scare adjective noun", "Die flexiblen „Elastischen Cluster“ bedienen jeden Kunden.", nil},
	{"scare single word", "Die neue „Doppelstruktur“ bietet einen Ausweg.", nil},
	{"product name", "Der Konzern bringt das Modell „ID.7“ im Herbst auf den Markt.", nil},
	{"title of book", "Sein Buch „Die Macht der Zinsen“ erschien im Frühjahr.", nil},
	{"film title", "Der Film „Das Geld der Anderen“ läuft ab Donnerstag.", nil},
	{"newspaper name", "Der Minister sagte der „Süddeutschen Zeitung“, er sei zuversichtlich.", []wantQuote{ind("er sei zuversichtlich", "Minister")}},
	{"programme name", "Das Förderprogramm „Digital Jetzt“ wird verlängert.", nil},
	{"motto", "Die Messe steht unter dem Motto „Zukunft gestalten“.", nil},
	{"list of titles", "Zu den Vorträgen gehörten „Geld und Macht“, „Banken im Wandel“ und „Zinsen heute“.", nil},
	{"ship name", "Das Containerschiff „Ever Fortune“ liegt vor Rotterdam.", nil},
	{"so genannte", "Die so genannte „Bad Bank“ soll Altlasten übernehmen.", nil},
	{"company in marks", "Die Tochter „Energie Nord GmbH“ wird verkauft.", nil},
	{"short scare with verb", "Der Vorstand nannte das Projekt einen Meilenstein, die Belegschaft sprach von „Sparprogramm“.", nil},
	{"parenthesis translation", "Die Partei „Unidad Popular“ (Volkseinheit) gewann die Wahl.", nil},
	{"operation name", "Die Operation „Sonnenaufgang“ begann am Morgen.", nil},
	{"abbreviation name", "Der Index „DAX 40“ stieg um ein Prozent.", nil},
	{"app name", "Die App „Trade Republic“ meldet Rekordzahlen.", nil},

	// --- quotes that are short but real
	{"short after colon", "Seine Antwort war knapp: „Nein.“", []wantQuote{d("Nein.", "")}},
	{"short after colon with speaker", "Der Minister sagte nur: „Kein Kommentar.“", []wantQuote{d("Kein Kommentar", "Minister")}},
	{"partial quote lowercase", "Der Verbandschef Georg Haller sagte, die Lage sei „äußerst angespannt“.", []wantQuote{d("äußerst angespannt", "Georg Haller")}},
	{"partial quote so", "Die Reform sei „längst überfällig“, so Ökonomin Veronika Grimm.", []wantQuote{d("längst überfällig", "Veronika Grimm")}},
	{"partial label als", "Finanzminister Lukas Brenner bezeichnete den Haushalt als „Kraftakt“.", []wantQuote{d("Kraftakt", "Lukas Brenner")}},
	{"partial label nannte", "Gewerkschaftschef Frank Werneke nannte das Angebot eine „Provokation“.", []wantQuote{d("Provokation", "Frank Werneke")}},
	{"partial in indirect sentence", "Die Ministerin erklärte, die Mittel würden „so schnell wie möglich“ ausgezahlt.", []wantQuote{d("so schnell wie möglich", "Ministerin")}},
	{"five words mid sentence", "Beide sprechen von einer Partnerschaft, die „ohne Plan, nur mit Vertrauen“ entstanden sei.", []wantQuote{d("ohne Plan, nur mit Vertrauen", "")}},

	// --- marks
	{"guillemets german", "»Die Lage ist stabil«, sagte Bankchef Jan Moll.", []wantQuote{d("Lage ist stabil", "Jan Moll")}},
	{"guillemets swiss", "«Die Lage ist stabil», sagte Bankchef Jan Moll.", []wantQuote{d("Lage ist stabil", "Jan Moll")}},
	{"ascii double", "\"Wir liefern pünktlich\", sagte Logistikchef Tim Ernst.", []wantQuote{d("liefern pünktlich", "Tim Ernst")}},
	{"english curly", "“Wir liefern pünktlich”, sagte Logistikchef Tim Ernst.", []wantQuote{d("liefern pünktlich", "Tim Ernst")}},
	{"mixed low and right", "„Wir liefern pünktlich”, sagte Logistikchef Tim Ernst.", []wantQuote{d("liefern pünktlich", "Tim Ernst")}},
	{"mixed ascii and left", "\"Wir liefern pünktlich“, sagte Logistikchef Tim Ernst.", []wantQuote{d("liefern pünktlich", "Tim Ernst")}},
	{"double left", "“Wir liefern pünktlich“, sagte Logistikchef Tim Ernst.", []wantQuote{d("liefern pünktlich", "Tim Ernst")}},
	{"nested single", "„Der Chef sagte nur ‚weiter so‘ und ging“, erzählte Mitarbeiter Kurt Beck.", []wantQuote{d("‚weiter so‘ und ging", "Kurt Beck")}},
	{"single guillemets nested", "»Er nannte das ›unvermeidlich‹ und blieb dabei«, sagte Sandra Keil.", []wantQuote{d("›unvermeidlich‹ und blieb", "Sandra Keil")}},
	{"multi paragraph quote", "Vorstandschef Olaf Kirsch sagte:\n\n„Wir haben ein schwieriges Jahr hinter uns.\n\n„Aber wir sind gut aufgestellt und blicken nach vorn.“\n\nDie Aktie stieg.", []wantQuote{d("gut aufgestellt", "Olaf Kirsch")}},
	{"unbalanced open", "„Die Zahlen sind gut, sagte Max Bauer.\n\nDie Aktie stieg um fünf Prozent.\n\n„Wir sind zufrieden“, sagte Bauer.", []wantQuote{d("Wir sind zufrieden", "Max Bauer")}},
	{"apostrophe not a mark", "Die Analysten von Moody’s und S&P’s Ratingteam bleiben skeptisch.", nil},
	{"ascii apostrophe", "Gates' Stiftung und McDonald's Umsatz wurden genannt.", nil},
	{"ascii inch mark", "Der Bildschirm misst 27\" und kostet 300 Euro.", nil},

	// --- longer passages
	{"article with several speakers",
		"Die Deutsche Bank hat ihren Gewinn gesteigert. Vorstandschef Christian Sewing zeigte sich zufrieden: „Wir haben unsere Ziele erreicht.“\n\n" +
			"Finanzchef James von Moltke ergänzte: „Die Kosten sind gesunken.“ Analyst Peter Müller von der DZ Bank blieb skeptisch. „Die Erträge im Handel sind schwach“, sagte Müller.\n\n" +
			"„Das zweite Halbjahr wird zeigen, ob das reicht.“",
		[]wantQuote{d("Ziele erreicht", "Christian Sewing"), d("Kosten sind gesunken", "James von Moltke"), d("Handel sind schwach", "Peter Müller"), d("zweite Halbjahr", "Peter Müller")}},
	{"interview passage",
		"Die Chefin des Versicherers, Carla Neumann, blickt optimistisch nach vorn.\n\nSie sagt: „Die Schäden aus den Unwettern sind verkraftbar.“\n\n„Wir erhöhen die Dividende“, fügte sie hinzu.",
		[]wantQuote{d("Unwettern sind verkraftbar", "Carla Neumann"), d("erhöhen die Dividende", "Carla Neumann")}},
	{"quote then new speaker",
		"„Die Auftragslage ist robust“, sagte Heinz Lorenz, Chef des Maschinenbauers. Die Gewerkschaft sieht das anders. „Die Beschäftigten merken davon nichts“, sagte Betriebsrat Uwe Schmitt.",
		[]wantQuote{d("Auftragslage ist robust", "Heinz Lorenz"), d("merken davon nichts", "Uwe Schmitt")}},
	{"central bank passage",
		"Die Europäische Zentralbank hat den Leitzins gesenkt. EZB-Präsidentin Christine Lagarde sagte in Frankfurt: „Der Disinflationsprozess ist auf gutem Weg.“ Weitere Schritte seien möglich, aber nicht sicher.",
		[]wantQuote{d("Disinflationsprozess", "Christine Lagarde")}},
	{"earnings passage",
		"Der Softwarekonzern SAP hat im dritten Quartal mehr verdient. „Die Cloud treibt unser Wachstum“, sagte Vorstandschef Christian Klein. Der Umsatz stieg um neun Prozent.",
		[]wantQuote{d("Cloud treibt", "Christian Klein")}},
	{"strike passage",
		"Die Lokführer streiken erneut. Gewerkschaftschef Claus Weselsky kündigte an: „Der Streik dauert bis Freitag.“ Die Bahn nannte den Ausstand „völlig überzogen“.",
		[]wantQuote{d("Streik dauert bis Freitag", "Claus Weselsky"), d("völlig überzogen", "Bahn")}},
	{"merger passage",
		"Die Commerzbank wehrt sich gegen die Übernahme. „Wir sind unabhängig stark“, sagte Vorstandschefin Bettina Orlopp. Die Italiener wollen dennoch weiter zukaufen.",
		[]wantQuote{d("unabhängig stark", "Bettina Orlopp")}},
	{"insolvency passage",
		"Der Zulieferer hat Insolvenz angemeldet. Insolvenzverwalter Michael Pluta sagte: „Der Betrieb läuft weiter.“ Die Löhne seien bis Ende Juni gesichert.",
		[]wantQuote{d("Betrieb läuft weiter", "Michael Pluta")}},
	{"press release passage",
		"In einer Mitteilung des Unternehmens heißt es: „Die Prognose für das Gesamtjahr wird bestätigt.“",
		[]wantQuote{d("Prognose für das Gesamtjahr", "Mitteilung des Unternehmens")}},
	{"quote at paragraph start speaker after",
		"„Wir werden die Preise nicht erhöhen.“ Das versprach Aldi-Manager Stefan Franke am Mittwoch.",
		[]wantQuote{d("Preise nicht erhöhen", "Stefan Franke")}},

	// --- more after-patterns
	{"after erläuterte", "„Die Marge sinkt wegen der Rohstoffe“, erläuterte Finanzchef Dirk Pohl.", []wantQuote{d("Marge sinkt", "Dirk Pohl")}},
	{"after unterstrich", "„Wir stehen zum Standort“, unterstrich Werksleiter Volker Sauer.", []wantQuote{d("stehen zum Standort", "Volker Sauer")}},
	{"after bekräftigte", "„Die Dividende bleibt stabil“, bekräftigte Vorstand Lutz Reimann.", []wantQuote{d("Dividende bleibt", "Lutz Reimann")}},
	{"after entgegnete", "„Das sehe ich völlig anders“, entgegnete Oppositionsführer Rainer Kolb.", []wantQuote{d("völlig anders", "Rainer Kolb")}},
	{"after forderte", "„Die Regierung muss jetzt handeln“, forderte Verbandspräsident Siegfried Russwurm.", []wantQuote{d("muss jetzt handeln", "Siegfried Russwurm")}},
	{"after mahnte", "„Sparen allein reicht nicht“, mahnte Ökonomin Monika Schnitzer.", []wantQuote{d("Sparen allein reicht nicht", "Monika Schnitzer")}},
	{"after wies hin", "„Die Frist läuft am Freitag ab“, wies Behördensprecherin Lena Graf hin.", []wantQuote{d("Frist läuft", "Lena Graf")}},
	{"after zitierte", "„Wir sind auf Kurs“, zitierte die Zeitung den Manager Robert Haas.", []wantQuote{d("auf Kurs", "Robert Haas")}},
	{"after sagte with date", "„Die Übernahme ist abgeschlossen“, sagte Markus Stein am Freitag in München.", []wantQuote{d("Übernahme ist abgeschlossen", "Markus Stein")}},
	{"after sagte dative", "„Wir verhandeln weiter“, sagte Eva Lindner der Nachrichtenagentur Reuters.", []wantQuote{d("verhandeln weiter", "Eva Lindner")}},
	{"after sagten plural", "„Wir sind enttäuscht“, sagten die Betriebsräte.", []wantQuote{d("enttäuscht", "Betriebsräte")}},
	{"after organization", "„Wir weisen die Vorwürfe zurück“, erklärte das Unternehmen.", []wantQuote{d("Vorwürfe zurück", "Unternehmen")}},

	// --- more before-patterns
	{"before sagte comma quote", "Der Vorstand sagte, „wir prüfen jede Investition genau“.", []wantQuote{d("prüfen jede Investition", "Vorstand")}},
	{"before hatte gesagt", "Bereits im Mai hatte Kanzler Olaf Scholz gesagt: „Die Industrie braucht günstigen Strom.“", []wantQuote{d("günstigen Strom", "Olaf Scholz")}},
	{"before wurde zitiert", "In der Mitteilung wird Vorstand Harald Krüger so zitiert: „Wir sind stolz auf das Team.“", []wantQuote{d("stolz auf das Team", "Harald Krüger")}},
	{"before mit den Worten", "Der Aufsichtsrat reagierte knapp. Vorsitzender Paul Achleitner erklärte: „Der Vertrag wird verlängert.“", []wantQuote{d("Vertrag wird verlängert", "Paul Achleitner")}},
	{"before parenthesis party", "Ministerpräsident Markus Söder (CSU) sagte: „Bayern bleibt Autoland.“", []wantQuote{d("Bayern bleibt Autoland", "Markus Söder")}},
	{"before apposition role after name", "Carsten Linnemann, Generalsekretär der CDU, sagte: „Wir brauchen eine Wirtschaftswende.“", []wantQuote{d("Wirtschaftswende", "Carsten Linnemann")}},
	{"before headline two names", "Scholz und Lindner: „Der Haushalt steht“\n\nOlaf Scholz und Christian Lindner haben sich geeinigt.", []wantQuote{d("Haushalt steht", "Scholz")}},
	{"before erklärte gegenüber", "Gegenüber dem Handelsblatt erklärte Vorstandschef Ola Källenius: „Wir investieren in Batterien.“", []wantQuote{d("investieren in Batterien", "Ola Källenius")}},
	{"before sprach", "Später sprach Bankchef Stefan Wintels vor Studenten: „Mut zahlt sich aus.“", []wantQuote{d("Mut zahlt sich aus", "Stefan Wintels")}},
	{"before meinte", "Ein Händler meinte: „Heute ist Vorsicht angesagt.“", []wantQuote{d("Vorsicht angesagt", "Händler")}},

	// --- speakers resolved by surname
	{"surname later", "Der Chef von Henkel, Carsten Knobel, stellte die Strategie vor.\n\nKnobel sagte: „Wir konzentrieren uns auf Marken.“", []wantQuote{d("konzentrieren uns auf Marken", "Carsten Knobel")}},
	{"genitive surname", "Bundesbank-Präsident Joachim Nagel hat gewarnt. Nagels Botschaft war klar. „Die Arbeit ist nicht getan“, sagte Nagel.", []wantQuote{d("Arbeit ist nicht getan", "Joachim Nagel")}},

	// --- more negatives
	{"scare in headline", "Die „Zeitenwende“ in der Industrie", nil},
	{"scare with sprach", "Die Gewerkschaft sprach von einem „Kahlschlag“ bei den Stellen.", nil},
	{"name after preposition", "Die Reederei investiert in die „Hamburg Express“.", nil},
	{"brand in sentence", "Die Marke „Nivea“ bleibt der wichtigste Umsatzträger.", nil},
	{"code name", "Das Projekt mit dem Codenamen „Neue Klasse“ startet 2025.", nil},
	{"law title", "Das „Gesetz zur Stärkung der Finanzmärkte“ tritt im Juli in Kraft.", nil},
	{"study title", "Die Studie „Arbeitsmarkt 2030“ zeigt einen Mangel an Fachkräften.", nil},
	{"single quoted word", "Die „Schuldenbremse“ bleibt umstritten.", nil},
	{"two scare words", "Der „grüne Stahl“ soll ab 2027 aus Duisburg kommen.", nil},
	{"no marks at all", "Der Umsatz stieg im Jahresvergleich um sieben Prozent auf 4,2 Milliarden Euro.", nil},
	{"stray closing mark", "Die Aktie fiel um zwei Prozent“ und erholte sich später.", nil},
	{"stray opening mark", "Die Aktie „fiel um zwei Prozent und erholte sich später.\n\nDer Markt blieb ruhig.", nil},
	{"sogenannt", "Die sogenannten „Magnificent Seven“ dominieren den Index.", nil},
	{"quoted company abbreviation", "Die Aktie der „TUI“ stieg.", nil},

	// --- misc direct
	{"quote with inner question and speaker", "„Warum sollten wir verkaufen?“, fragte Großaktionär Heinz Dürr.", []wantQuote{d("Warum sollten wir verkaufen", "Heinz Dürr")}},
	{"quote with ellipsis", "„Wir werden sehen …“, sagte Händler Tom Reiter.", []wantQuote{d("Wir werden sehen", "Tom Reiter")}},
	{"quote ends with exclamation inside colon", "Der Investor Frank Thelen twitterte: „Kaufen!“", []wantQuote{d("Kaufen!", "Frank Thelen")}},
	{"quote with number", "„Wir erwarten 2,5 Prozent Wachstum im nächsten Jahr“, sagte Ökonom Stefan Kooths.", []wantQuote{d("2,5 Prozent Wachstum", "Stefan Kooths")}},
	{"quote with Dr title", "„Die Forschung braucht Geduld“, sagte Prof. Dr. Martina Brockmeier.", []wantQuote{d("Forschung braucht Geduld", "Martina Brockmeier")}},
	{"quote with von name", "„Europa muss schneller werden“, sagte Ursula von der Leyen.", []wantQuote{d("schneller werden", "Ursula von der Leyen")}},
	{"quote by hyphenated name", "„Die Rente ist sicher“, sagte Hans-Peter Wolf.", []wantQuote{d("Rente ist sicher", "Hans-Peter Wolf")}},
	{"speaker Herr", "„Wir machen weiter“, sagte Herr Schneider.", []wantQuote{d("machen weiter", "Schneider")}},
	{"quote by minister lower adjective", "„Die Förderung kommt“, sagte die neue Wirtschaftsministerin Katherina Reiche.", []wantQuote{d("Förderung kommt", "Katherina Reiche")}},
	{"quote then Das sagte X", "„Wir haben geliefert.“ Das sagte Vorstand Rolf Buch.", []wantQuote{d("Wir haben geliefert", "Rolf Buch")}},
	{"second quote new speaker colon", "Christian Sewing sagte: „Die Bank ist stark.“ Bettina Orlopp entgegnete: „Wir auch.“", []wantQuote{d("Bank ist stark", "Christian Sewing"), d("Wir auch", "Bettina Orlopp")}},
	{"quote at start of text", "„Wir brauchen mehr Tempo.“ Mit diesen Worten eröffnete Ministerin Klara Geywitz den Bautag.", []wantQuote{d("mehr Tempo", "")}},
	{"quote with colon in speaker line", "Auf die Frage nach Zukäufen sagte Vorstandschef Leonhard Birnbaum: „Wir schauen uns alles an.“", []wantQuote{d("schauen uns alles an", "Leonhard Birnbaum")}},
	{"two partial quotes same sentence", "Analyst Ingo Speich nannte die Zahlen „ordentlich“ und den Ausblick „vorsichtig optimistisch“.", []wantQuote{d("ordentlich", "Ingo Speich"), d("vorsichtig optimistisch", "Ingo Speich")}},
	{"quote with bracket insertion", "„Wir [die Bank] stehen zu unseren Kunden“, sagte Vorstand Björn Nolte.", []wantQuote{d("stehen zu unseren Kunden", "Björn Nolte")}},
	{"quote by ein Sprecher des", "„Der Termin steht“, sagte ein Sprecher des Finanzministeriums.", []wantQuote{d("Termin steht", "Sprecher des Finanzministeriums")}},
	{"quote by eine Sprecherin", "„Wir äußern uns nicht“, sagte eine Sprecherin der Allianz.", []wantQuote{d("äußern uns nicht", "Sprecherin der Allianz")}},
	{"quote by Experte", "„Der Ölpreis bleibt volatil“, sagt Rohstoffexperte Eugen Weinberg.", []wantQuote{d("Ölpreis bleibt volatil", "Eugen Weinberg")}},
	{"quote by chefin female", "„Wir bauen Stellen auf“, sagte Personalchefin Ines Krug.", []wantQuote{d("bauen Stellen auf", "Ines Krug")}},
	{"after attribution newline not crossed", "„Das ist unser Plan“\n\nsagte der Chef.", []wantQuote{d("unser Plan", "")}},

	// --- more attribution forms
	{"so plus verb", "Ein „außerordentlicher Erfolg“, so urteilte Vorstandschef Kurt Maier über das Quartal.", []wantQuote{d("außerordentlicher Erfolg", "Kurt Maier")}},
	{"aux and participle after", "„Wir wollen die Werke enger verzahnen“, hatte VW-Chef Oliver Blume in einem Interview erklärt.", []wantQuote{d("Werke enger verzahnen", "Oliver Blume")}},
	{"zeigte sich after", "„Wir haben jetzt vier Punkte“, zeigte sich Trainer Hansi Flick zufrieden.", []wantQuote{d("vier Punkte", "Hansi Flick")}},
	{"ließ verlauten", "„Der Fonds unterstützt die Reformen“, ließ ein Sprecher des Währungsfonds verlauten.", []wantQuote{d("Fonds unterstützt", "Sprecher des Währungsfonds")}},
	{"als phrase before verb", "Als Begründung sagte ein Analyst der Landesbank: „Die Margen sind zu dünn.“", []wantQuote{d("Margen sind zu dünn", "Analyst der Landesbank")}},
	{"possessive owner", "Bankchef Stefan Hofer blieb gelassen. Seine Antwort auf die Kritik: „Wir liegen im Plan.“", []wantQuote{d("liegen im Plan", "Stefan Hofer")}},
	{"passive label with agent", "Der Plan wurde von Finanzminister Jörg Asmussen als „mutig“ bezeichnet.", []wantQuote{d("mutig", "Jörg Asmussen")}},
	{"nach den Worten von", "Nach den Worten von Ministerin Nina Warken sei die Reform „längst überfällig“.", []wantQuote{d("längst überfällig", "Nina Warken")}},
	{"Von der Leyen subject", "Von der Leyen betonte, die Union sei „handlungsfähig und geschlossen“.", []wantQuote{d("handlungsfähig und geschlossen", "Von der Leyen")}},
	{"apposition role after name before verb", "Klara Busch, Chefin der Landesbank, erklärte: „Die Risiken sind beherrschbar.“", []wantQuote{d("Risiken sind beherrschbar", "Klara Busch")}},
	{"relative clause after name", "Vorstand Tim Hagen, der den Umbau verantwortet, sagte: „Wir sind im Zeitplan.“", []wantQuote{d("im Zeitplan", "Tim Hagen")}},
	{"coordinated verbs", "Die Ministerin bestätigte den Plan nicht und nannte ihn „reine Spekulation“.", []wantQuote{d("reine Spekulation", "Ministerin")}},
	{"roman numeral in sentence", "Papst Leo XIV. nannte den Krieg „eine Wunde der Menschheit“.", []wantQuote{d("eine Wunde der Menschheit", "Leo")}},
	{"decomposed umlauts", "„Wir pru\u0308fen Zuka\u0308ufe“, sagte Gescha\u0308ftsfu\u0308hrerin Ba\u0308rbel Holl.", []wantQuote{d("fen Zuk", "rbel Holl")}},
	{"speech event then subjunctive", "Die Nachrichtenagentur Reuters berichtet von neuen Gesprächen. Dort sei man sich über einen Plan einig geworden. Dieser bestehe aus „kurzfristigen“ und „langfristigen“ Schritten.", []wantQuote{d("kurzfristigen", "Reuters"), d("langfristigen", "Reuters")}},
	{"relative clause speaker", "Die Quote liegt unter der Marke, die Kanzler Olaf Scholz im Frühjahr als Ziel genannt hatte: „Wir schaffen das bis Jahresende.“", []wantQuote{d("bis Jahresende", "Olaf Scholz")}},
	{"name in own sentence does not interrupt", "Stefan Berg begründete den Schritt mit einer „veränderten Lage“ nach dem Abgang von Finanzchef Tom Lang. Damit seien „die Pläne nicht mehr zu halten“.", []wantQuote{d("veränderten Lage", "Stefan Berg"), d("Pläne nicht mehr zu halten", "Stefan Berg")}},
	{"heißt es in document", "In der Mitteilung des Konzerns heißt es wörtlich: „Die Prognose wird bestätigt.“", []wantQuote{d("Prognose wird bestätigt", "Mitteilung des Konzerns")}},
	{"hieß es after", "„Die Lage bleibt ernst“, hieß es in einem Schreiben der Bankenaufsicht.", []wantQuote{d("Lage bleibt ernst", "Schreiben der Bankenaufsicht")}},
	// --- follow-ups: carry past a failed guess, previous-sentence subjects,
	// ambiguous roles, groups and bodies as speakers
	{"carry past weak clause", "Wie der Landrat Jens Vogt erklärte, habe der Kreis Hilfe angefordert. Die Nachbarkreise seien dazu verpflichtet: „Sie haben uns im Frühjahr auch geholfen.“", []wantQuote{ind("habe der Kreis Hilfe angefordert", "Jens Vogt"), d("im Frühjahr auch geholfen", "Jens Vogt")}},
	{"previous sentence named subject", "Die Managerin Helga Brandt, eine der Gründerinnen der Firma, verließ am Abend die Sitzung. „Ich trage diesen Kurs nicht mehr mit.“", []wantQuote{d("trage diesen Kurs", "Helga Brandt")}},
	{"previous sentence without saying, apposition", "Der frühere Vorstand der Kasse, Georg Linde, war seit Wochen in die Pläne eingeweiht. „Das kam nicht überraschend.“", []wantQuote{d("nicht überraschend", "Georg Linde")}},
	{"previous sentence organization stands alone", "Die Gewerkschaft Verdi will an den Warnstreiks festhalten. „Ohne ein besseres Angebot gehen wir wieder auf die Straße.“", []wantQuote{d("besseres Angebot", "Verdi")}},
	{"previous sentence object is no speaker", "Die Polizei nahm Karl Brenner am Bahnhof fest. Zeugen hörten Rufe. „Lasst mich los!“", []wantQuote{d("Lasst mich los", "")}},
	{"two holders of a role stay unresolved", "Trainer Jürgen Kolbe hatte den Verein 2019 verlassen, Trainer Tobias Rehm übernahm im Sommer. „Die Mannschaft muss erst zusammenwachsen“, sagte der Trainer.", []wantQuote{d("erst zusammenwachsen", "Trainer")}},
	{"one holder of a role resolves", "Bundestrainer Stefan Kuntz stellte den Kader vor. „Wir haben eine gute Mischung“, sagte der Bundestrainer.", []wantQuote{d("gute Mischung", "Stefan Kuntz")}},
	{"group subject before colon", "Die Reederei hält die Strafe für überzogen: „Wir haben alle Auflagen erfüllt.“", []wantQuote{d("alle Auflagen erfüllt", "Reederei")}},
	{"plural group before colon", "Die Anwohner der Baustelle sehen das gelassen: „Lärm gab es hier schon immer.“", []wantQuote{d("Lärm gab es", "Anwohner der Baustelle")}},
	{"reported clause before colon carries", "Der Minister Kai Seidel erklärte, er halte an dem Plan fest. Die Kosten seien vertretbar: „Jeder Euro ist gut angelegt.“", []wantQuote{ind("er halte an dem Plan fest", "Kai Seidel"), d("Jeder Euro ist gut angelegt", "Kai Seidel")}},
	{"long apposition before verb", "Petra Lorenz, Vorsitzende des Vereins der Kleinaktionäre und Sparer im Rheinland, sagte am Rande der Versammlung, der Vorstand habe „jedes Maß verloren“.", []wantQuote{d("jedes Maß verloren", "Petra Lorenz")}},
	{"name in apposition before verb", "Der Mentor des jungen Gründers, Werner Hahn, erklärte im Radio, darüber sei er „tief enttäuscht“.", []wantQuote{d("tief enttäuscht", "Werner Hahn")}},
	{"apposition after verb is no subject", "Die Kammer, die den Fall prüft, sagte, der Vertrag sei „nicht zu halten“.", []wantQuote{d("nicht zu halten", "Kammer")}},
	{"so with genitive", "„Das hätte nie geschehen dürfen“, so die Kritik des Betriebsrats.", []wantQuote{d("nie geschehen dürfen", "Kritik des Betriebsrats")}},
	{"lautete before colon", "Der Beschluss des Gremiums lautete: „Die Fusion wird abgelehnt.“", []wantQuote{d("Fusion wird abgelehnt", "Beschluss des Gremiums")}},
	{"lautet title is no quote", "Der neue Fonds lautet auf den Namen „Zukunft Nord“.", nil},
	{"heißt es later in the sentence", "Die Kosten sollen „durch schlankere Abläufe“ sinken, so heißt es in einer Erklärung des Betriebsrats.", []wantQuote{d("schlankere Abläufe", "Erklärung des Betriebsrats")}},
	{"heißt es with reported clause", "In der Begründung des Gerichts heißt es, der Vertrag sei „in wesentlichen Teilen nichtig“.", []wantQuote{d("wesentlichen Teilen nichtig", "Begründung des Gerichts")}},
	{"heißt es carries to the next sentence", "In einem Papier des Ministeriums heißt es, die Regeln hätten sich bewährt. Deshalb sei es „nur folgerichtig, sie zu verlängern“.", []wantQuote{ind("Regeln hätten sich bewährt", "Papier des Ministeriums"), d("nur folgerichtig", "Papier des Ministeriums")}},
	{"heißt es without source", "So heißt es, die Behörde habe „sofort“ gehandelt.", []wantQuote{d("sofort", "")}},
	{"object after auxiliary", "Die Regierung hatte den Bericht der Zeitung umgehend als „falsch“ zurückgewiesen.", []wantQuote{d("falsch", "Regierung")}},
	{"so with a prepositional phrase", "„Wir wollen auch junge Fans erreichen“, so Vereinschef Tom Berger zu den Gründen für die neuen Preise.", []wantQuote{d("junge Fans erreichen", "Tom Berger")}},
	{"so with object pronoun", "„Er ist ein harter, aber fairer Verhandler“, so beschrieb ihn der Gewerkschafter Paul Auer.", []wantQuote{d("harter, aber fairer", "Paul Auer")}},
	{"so as adverb stays no speaker", "„Die Preise steigen weiter“, so schnell wie nie.", []wantQuote{d("Preise steigen weiter", "")}},
	{"ordinal before a new sentence", "Der Streik träfe die Auslieferung des Modells 3. Ein Sprecher des Herstellers teilte mit: „Jeder wird fair bezahlt.“", []wantQuote{d("fair bezahlt", "Sprecher des Herstellers")}},
	{"quotation in brackets after a name", "Viele gratulierten, so der Leiter der Behörde, Stefan Kraus („Niemand hat es mehr verdient.“), und die Ministerin.", []wantQuote{d("mehr verdient", "Stefan Kraus")}},
	{"quotation in brackets in a group sentence", "Die Partei will hohe Einkommen („ab 250.000 Euro im Jahr“) stärker belasten.", []wantQuote{d("ab 250.000 Euro", "Partei")}},
	{"group subject of a partial quote", "Die Landesregierung zeigte sich bestürzt und verurteilte die Tat als „feigen Anschlag“.", []wantQuote{d("feigen Anschlag", "Landesregierung")}},
	{"adverb at sentence start is no group", "Besonders ärgerte die Gäste am Schalter der Satz „Wir haben heute leider keine Zeit für Sie“.", []wantQuote{d("leider keine Zeit", "")}},
	{"attribution in the next sentence", "„Ja, es gibt Zumutungen.“ Das musste Finanzminister Paul Brenner zu Beginn der Debatte einräumen.", []wantQuote{d("es gibt Zumutungen", "Paul Brenner")}},
	{"next sentence without saying gives nothing", "„Ja, es gibt Zumutungen.“ Das steht im Bericht von Finanzminister Paul Brenner.", []wantQuote{d("es gibt Zumutungen", "")}},
	{"inverted subject in the sentence before", "Am Rande der Sitzung nahm auch der Ministerpräsident des Landes, Christian Wulff (CDU), zu der Frage Stellung. Jeder Lehrer könne „das Konto jetzt einlösen“.", []wantQuote{d("Konto jetzt einlösen", "Christian Wulff")}},
	{"object after pronoun subject is no speaker", "Am Morgen traf er Anna Weber im Hotel. Jeder Gast könne „sofort einchecken“.", []wantQuote{d("sofort einchecken", "")}},
	{"inverted subject before und", "In seiner Rede lobte der Premier Stefan Lorenz den Angriff als nötig und nannte den Befehl „schnell und entschieden“.", []wantQuote{d("schnell und entschieden", "Stefan Lorenz")}},
	{"reported clause with a thing for subject", "Der Redakteur Martin Hahn kritisiert in der Zeitung, die Aktion erinnere „fatal an schlimmere Zeiten“.", []wantQuote{d("fatal an schlimmere", "Martin Hahn")}},
	{"one of a group", "Einer der 13 beteiligten Feuerwehrmänner sagte: „So etwas habe ich noch nie gesehen.“", []wantQuote{d("noch nie gesehen", "Einer der 13 beteiligten Feuerwehrmänner")}},
}
