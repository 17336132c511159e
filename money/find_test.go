package money

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// findCase is one sentence and the single amount expected in it. An empty
// text means no amount at all; an empty value means a vague amount; an
// empty cur means HasCurrency false.
type findCase struct {
	name, in         string
	text, value, cur string
}

// findCases are the single-amount rows shared by TestFind and the fuzz
// seeds. All sentences are written for this project.
var findCases = []findCase{
	// Signs and ISO codes, before and after the numeral.
	{"euro sign after scale", "Der Umsatz lag bei 2,3 Mrd. € im Jahr.", "2,3 Mrd. €", "2300000000", "EUR"},
	{"euro sign cents", "Der Preis beträgt 1,10 €.", "1,10 €", "1.1", "EUR"},
	{"after press code slash", "(31/Bochum/1,5 Mio. Euro Umsatz im Jahr)", "1,5 Mio. Euro", "1500000", "EUR"},
	{"euro sign before", "Sie zahlte € 2,5 Mio. für die Lizenz.", "€ 2,5 Mio.", "2500000", "EUR"},
	{"euro sign glued before", "Ein Ticket kostet €19 im Vorverkauf.", "€19", "19", "EUR"},
	{"euro sign glued after", "Ein Ticket kostet 19€ an der Kasse.", "19€", "19", "EUR"},
	{"dollar sign before", "Das Startup sammelte $40 Mio. ein.", "$40 Mio.", "40000000", "USD"},
	{"US$ before", "Die Anleihe über US$ 500 Mio. ist platziert.", "US$ 500 Mio.", "500000000", "USD"},
	{"US-$ before", "Gezahlt wurden US-$ 12 Mio. in bar.", "US-$ 12 Mio.", "12000000", "USD"},
	{"pound sign before", "Der Fonds hält £ 300 Mio. in bar.", "£ 300 Mio.", "300000000", "GBP"},
	{"yen sign after", "Das Paket kostet 4.500 ¥ in Tokio.", "4.500 ¥", "4500", "JPY"},
	{"EUR before", "Die Bank meldet EUR 850 Mio. Gewinn.", "EUR 850 Mio.", "850000000", "EUR"},
	{"USD after", "Der Erlös betrug 10 Mrd. USD.", "10 Mrd. USD", "10000000000", "USD"},
	{"CHF swiss grouping", "Die Emission brachte CHF 1'250 Mio. ein.", "CHF 1'250 Mio.", "1250000000", "CHF"},
	{"GBP after", "Der Kaufpreis liegt bei 75 Mio. GBP.", "75 Mio. GBP", "75000000", "GBP"},
	{"SEK before", "Sie verkaufte Anteile für SEK 3 Mrd. an Investoren.", "SEK 3 Mrd.", "3000000000", "SEK"},
	{"CAD after", "Der Auftrag hat ein Volumen von 120 Mio. CAD.", "120 Mio. CAD", "120000000", "CAD"},
	{"EUR grouped", "Die Miete beträgt 1.250 EUR im Monat.", "1.250 EUR", "1250", "EUR"},
	{"C$ after", "Die Aktie schloss bei 5 C$ in Toronto.", "5 C$", "5", "CAD"},
	{"HK$ before", "Der Eintritt kostet HK$ 80 pro Person.", "HK$ 80", "80", "HKD"},
	{"rupee sign", "Der Tee kostet 70 ₹ auf dem Markt.", "70 ₹", "70", "INR"},
	{"full grouping", "Der Umsatz stieg auf 1.234.567,89 € im Quartal.", "1.234.567,89 €", "1234567.89", "EUR"},
	{"sign at colon", "Die Strafe: 250.000 €.", "250.000 €", "250000", "EUR"},
	{"NZ$ before", "Der Staat gibt NZ$ 40 Mio. aus.", "NZ$ 40 Mio.", "40000000", "NZD"},
	{"A$ before", "Das Werk kostet A$ 1,2 Mrd. an Baukosten.", "A$ 1,2 Mrd.", "1200000000", "AUD"},
	{"R$ before", "Petrobras investiert R$ 15 Mrd. in Bohrungen.", "R$ 15 Mrd.", "15000000000", "BRL"},
	{"price dash", "Die Gebühr beträgt 5,- € pro Monat.", "5,- €", "5", "EUR"},
	{"EUR after price", "Die Aktie schloss bei 12,40 EUR im Handel.", "12,40 EUR", "12.4", "EUR"},
	{"JPY billion", "Mit JPY 2 Bio. stützte die Notenbank den Markt.", "JPY 2 Bio.", "2000000000000", "JPY"},
	{"NOK after", "Der Erlös lag bei 400 Mio. NOK im Jahr.", "400 Mio. NOK", "400000000", "NOK"},
	{"zloty sign", "Die Strafe betrug 2 Mio. zł für den Versorger.", "2 Mio. zł", "2000000", "PLN"},
	{"DKK after", "Der Betrag von 15 Mio. DKK ging an Ørsted.", "15 Mio. DKK", "15000000", "DKK"},
	{"nbsp before sign", "Sie kostet 49\u00a0€ im Jahr.", "49\u00a0€", "49", "EUR"},
	{"narrow nbsp grouping", "Er zahlte 1\u202f250\u202f000 Euro für das Haus.", "1\u202f250\u202f000 Euro", "1250000", "EUR"},

	// German names.
	{"US-Dollar billions", "Apple erwirtschaftete 34,9 Milliarden US-Dollar im Quartal.", "34,9 Milliarden US-Dollar", "34900000000", "USD"},
	{"eine Milliarde Dollar", "Der Konzern investiert eine Milliarde Dollar in Rechenzentren.", "eine Milliarde Dollar", "1000000000", "USD"},
	{"einer Milliarde US-Dollar", "Mit einer Milliarde US-Dollar stieg der Investor ein.", "einer Milliarde US-Dollar", "1000000000", "USD"},
	{"halbe Milliarde", "Das Land zahlt eine halbe Milliarde Euro an Hilfen.", "eine halbe Milliarde Euro", "500000000", "EUR"},
	{"anderthalb Milliarden", "Der Umbau kostet anderthalb Milliarden Euro.", "anderthalb Milliarden Euro", "1500000000", "EUR"},
	{"Billionen Yen", "Die Regierung plant 1,2 Billionen Yen an Ausgaben.", "1,2 Billionen Yen", "1200000000000", "JPY"},
	{"Millionen Euro", "Der Gewinn fiel auf 45 Millionen Euro.", "45 Millionen Euro", "45000000", "EUR"},
	{"bare Dollar", "Sie erhielt 500.000 Dollar Abfindung.", "500.000 Dollar", "500000", "USD"},
	{"Pfund", "Der Fonds verwaltet 12 Mrd. Pfund für Pensionäre.", "12 Mrd. Pfund", "12000000000", "GBP"},
	{"britische Pfund", "Der Verkauf brachte 4 Mrd. britische Pfund.", "4 Mrd. britische Pfund", "4000000000", "GBP"},
	{"Pfund Sterling", "Die Bank verlor 2 Mio. Pfund Sterling an Betrüger.", "2 Mio. Pfund Sterling", "2000000", "GBP"},
	{"Franken", "Der Gewinn stieg auf 800 Mio. Franken.", "800 Mio. Franken", "800000000", "CHF"},
	{"Schweizer Franken", "Die Bank zahlte 800 Mio. Schweizer Franken Busse.", "800 Mio. Schweizer Franken", "800000000", "CHF"},
	{"Fr. before", "Der Eintritt kostet Fr. 20 für Erwachsene.", "Fr. 20", "20", "CHF"},
	{"SFr. before", "Der Verein erhielt SFr. 3,5 Mio. vom Kanton.", "SFr. 3,5 Mio.", "3500000", "CHF"},
	{"sFr. before", "Ein Kaffee kostet sFr. 5 am Bahnhof.", "sFr. 5", "5", "CHF"},
	{"SFr. after", "Das Budget umfasst 5 Mio. SFr. für Bauten.", "5 Mio. SFr.", "5000000", "CHF"},
	{"Yen", "Toyota verdiente 20 Mrd. Yen mehr.", "20 Mrd. Yen", "20000000000", "JPY"},
	{"Yuan", "Peking stellt 100 Mrd. Yuan bereit.", "100 Mrd. Yuan", "100000000000", "CNY"},
	{"Renminbi", "Die Fabrik kostete 30 Mrd. Renminbi.", "30 Mrd. Renminbi", "30000000000", "CNY"},
	{"schwedische Kronen", "Der Umsatz lag bei 2,5 Mrd. schwedische Kronen.", "2,5 Mrd. schwedische Kronen", "2500000000", "SEK"},
	{"norwegischen Kronen", "Der Fonds gewann 800 Mio. norwegischen Kronen hinzu.", "800 Mio. norwegischen Kronen", "800000000", "NOK"},
	{"dänische Kronen", "Der Verlust betrug 120 Mio. dänische Kronen.", "120 Mio. dänische Kronen", "120000000", "DKK"},
	{"tschechische Kronen", "Skoda investiert 5 Mrd. tschechische Kronen.", "5 Mrd. tschechische Kronen", "5000000000", "CZK"},
	{"isländische Kronen", "Die Bank hielt 300 Mio. isländische Kronen.", "300 Mio. isländische Kronen", "300000000", "ISK"},
	{"Rubel", "Gazprom verbuchte 50 Mrd. Rubel Verlust.", "50 Mrd. Rubel", "50000000000", "RUB"},
	{"Rupien", "Ein Essen kostet 1.000 Rupien in Delhi.", "1.000 Rupien", "1000", "INR"},
	{"indonesische Rupien", "Das Budget sieht 5 Bio. indonesische Rupien vor.", "5 Bio. indonesische Rupien", "5000000000000", "IDR"},
	{"Lira", "Die Zentralbank verkaufte 10 Mrd. Lira.", "10 Mrd. Lira", "10000000000", "TRY"},
	{"Złoty", "Orlen zahlt 3 Mrd. Złoty Dividende.", "3 Mrd. Złoty", "3000000000", "PLN"},
	{"Zloty", "Orlen zahlt 3 Mrd. Zloty Dividende.", "3 Mrd. Zloty", "3000000000", "PLN"},
	{"Forint", "Budapest plant 200 Mrd. Forint für Straßen.", "200 Mrd. Forint", "200000000000", "HUF"},
	{"Real", "Vale meldete 40 Mrd. Real Umsatz.", "40 Mrd. Real", "40000000000", "BRL"},
	{"Won", "Samsung investiert 900 Mrd. Won in Chips.", "900 Mrd. Won", "900000000000", "KRW"},
	{"Rand", "Eskom braucht 7 Mrd. Rand vom Staat.", "7 Mrd. Rand", "7000000000", "ZAR"},
	{"mexikanische Pesos", "Pemex erhielt 2 Mrd. mexikanische Pesos.", "2 Mrd. mexikanische Pesos", "2000000000", "MXN"},
	{"kanadische Dollar", "Shopify setzte 15 Mrd. kanadische Dollar um.", "15 Mrd. kanadische Dollar", "15000000000", "CAD"},
	{"australische Dollar", "BHP zahlt 6 Mrd. australische Dollar aus.", "6 Mrd. australische Dollar", "6000000000", "AUD"},
	{"Hongkong-Dollar", "Der Börsengang brachte 10 Mrd. Hongkong-Dollar.", "10 Mrd. Hongkong-Dollar", "10000000000", "HKD"},
	{"Singapur-Dollar", "DBS verdiente 2 Mrd. Singapur-Dollar.", "2 Mrd. Singapur-Dollar", "2000000000", "SGD"},
	{"neuseeländische Dollar", "Fonterra zahlte 1 Mrd. neuseeländische Dollar.", "1 Mrd. neuseeländische Dollar", "1000000000", "NZD"},
	{"Taiwan-Dollar", "TSMC meldet 50 Mrd. Taiwan-Dollar Gewinn.", "50 Mrd. Taiwan-Dollar", "50000000000", "TWD"},
	{"kanadischer Dollar genitive", "Ein Paket im Wert von 300 Mio. kanadischer Dollar.", "300 Mio. kanadischer Dollar", "300000000", "CAD"},
	{"schwedischen Kronen dative", "Sie startete mit 4 Mrd. schwedischen Kronen.", "4 Mrd. schwedischen Kronen", "4000000000", "SEK"},
	{"Cent", "Die Dividende beträgt 45 Cent.", "45 Cent", "0.45", "EUR"},
	{"US-Cent", "Der Gewinn je Aktie lag bei 45 US-Cent.", "45 US-Cent", "0.45", "USD"},
	{"Euro fünfzig", "Das Brot kostet zwei Euro fünfzig.", "zwei Euro fünfzig", "2.5", "EUR"},
	{"drei Euro fünfundzwanzig", "Der Kaffee kostet drei Euro fünfundzwanzig, sagt sie.", "drei Euro fünfundzwanzig", "3.25", "EUR"},
	{"Euro und Cent", "Er zahlte 13 Euro und 45 Cent an Gebühren.", "13 Euro und 45 Cent", "13.45", "EUR"},
	{"Billion US-Dollar", "Der Markt könnte eine Billion US-Dollar erreichen.", "eine Billion US-Dollar", "1000000000000", "USD"},
	{"bis zu qualifier", "Die Aktien sind bis zu 130 Milliarden US-Dollar wert.", "130 Milliarden US-Dollar", "130000000000", "USD"},
	{"etwa qualifier", "Der Anteil ist etwa 135 Milliarden US-Dollar wert.", "135 Milliarden US-Dollar", "135000000000", "USD"},
	{"small US-Dollar", "Ein Abo kostet 20 US-Dollar im Monat.", "20 US-Dollar", "20", "USD"},
	{"D-Mark", "Damals kostete das Buch 5 D-Mark.", "5 D-Mark", "5", "DEM"},
	{"Schilling", "Die Stadt zahlte 100 Mio. Schilling.", "100 Mio. Schilling", "100000000", "ATS"},
	{"Mark", "Ein Brötchen kostete damals 0,30 Mark.", "0,30 Mark", "0.3", "DEM"},
	{"Deutsche Mark", "Der Bau verschlang 2 Milliarden Deutsche Mark.", "2 Milliarden Deutsche Mark", "2000000000", "DEM"},
	{"finnische Mark", "Nokia setzte 40 Mrd. finnische Mark um.", "40 Mrd. finnische Mark", "40000000000", "FIM"},
	{"Mark as a name", "Mark Weber blieb 20 Minuten.", "", "", ""},
	{"Mark Brandenburg", "In der Mark Brandenburg wohnen 2,5 Millionen Menschen.", "", "", ""},
	{"Lire", "Der Espresso kostete 1.500 Lire.", "1.500 Lire", "1500", "ITL"},
	{"Lira stays Turkish", "Der Tee kostet 20 Lira.", "20 Lira", "20", "TRY"},
	{"Peseten", "Die Wohnung kostete 9 Millionen Peseten.", "9 Millionen Peseten", "9000000", "ESP"},
	{"Drachmen", "Er tauschte 500 Drachmen.", "500 Drachmen", "500", "GRD"},
	{"Escudos", "Das Ticket kostete 800 Escudos.", "800 Escudos", "800", "PTE"},
	{"DM", "Das Auto kostete 10.000 DM neu.", "10.000 DM", "10000", "DEM"},
	{"Euros plural", "Es ging um 300 Euros, sagte er.", "300 Euros", "300", "EUR"},
	{"Mio without dot", "Das Projekt kostet 40 Mio Euro.", "40 Mio Euro", "40000000", "EUR"},
	{"Tausend Euro", "Die Prämie beträgt 3 Tausend Euro.", "3 Tausend Euro", "3000", "EUR"},
	{"Rappen", "Der Strompreis stieg um 5 Rappen.", "5 Rappen", "0.05", "CHF"},
	{"negative amount", "Das Ergebnis lag bei -5 Mio. Euro.", "-5 Mio. Euro", "-5000000", "EUR"},
	{"amount at start", "12 Mrd. Euro fließen in die Bahn.", "12 Mrd. Euro", "12000000000", "EUR"},
	{"amount at end", "Der Preis: 99 Euro", "99 Euro", "99", "EUR"},
	{"word numeral", "Er spendete dreihundert Euro.", "dreihundert Euro", "300", "EUR"},
	{"zehn Millionen", "Der Bund gibt zehn Millionen Euro.", "zehn Millionen Euro", "10000000", "EUR"},
	{"US-amerikanische Dollar", "Es kostet 5 Mio. US-amerikanische Dollar.", "5 Mio. US-amerikanische Dollar", "5000000", "USD"},
	{"britischen Pfund", "Sie zahlten 3 Mrd. britischen Pfund.", "3 Mrd. britischen Pfund", "3000000000", "GBP"},
	{"saudi-arabische Riyal", "Für 2 Mrd. saudi-arabische Riyal wird gebaut.", "2 Mrd. saudi-arabische Riyal", "2000000000", "SAR"},
	{"ägyptische Pfund", "Es gab 7 Mio. ägyptische Pfund Hilfe.", "7 Mio. ägyptische Pfund", "7000000", "EGP"},
	{"chinesische Yuan", "Das kostet 40 Mio. chinesische Yuan.", "40 Mio. chinesische Yuan", "40000000", "CNY"},
	{"Euro-Cent", "Das sind 5 Mio. Euro-Cent.", "5 Mio. Euro-Cent", "50000", "EUR"},
	{"Dollars", "Sie zahlten 2,5 Mrd. Dollars.", "2,5 Mrd. Dollars", "2500000000", "USD"},
	{"Rupiah", "Es ging um 12 Mio. Rupiah.", "12 Mio. Rupiah", "12000000", "IDR"},
	{"kanadischen Dollar", "Mit 9 Mrd. kanadischen Dollar kaufte er zu.", "9 Mrd. kanadischen Dollar", "9000000000", "CAD"},
	{"Schweizer Franken capital adjective", "Sie verlor 1,2 Mrd. Schweizer Franken.", "1,2 Mrd. Schweizer Franken", "1200000000", "CHF"},
	{"em space", "Er zahlte 42\u2003Euro netto.", "42\u2003Euro", "42", "EUR"},
	{"ideographic space before", "Der Preis: €\u300012 je Stück.", "€\u300012", "12", "EUR"},
	{"decomposed umlaut adjective", "Der Verlust betrug 120 Mio. da\u0308nische Kronen.", "120 Mio. da\u0308nische Kronen", "120000000", "DKK"},
	{"decomposed umlaut vague", "Es flossen Milliardenbetra\u0308ge in die Netze.", "Milliardenbetra\u0308ge", "", ""},
	{"line break", "Der Umsatz betrug 5 Mio.\nEuro im Jahr.", "5 Mio.\nEuro", "5000000", "EUR"},

	// Compounds: the amount inside a word.
	{"Vorabkaufvertrag", "Es gibt einen 250-Milliarden-US-Dollar-Vorabkaufvertrag mit Azure.", "250-Milliarden-US-Dollar", "250000000000", "USD"},
	{"Euro-Auftrag", "Siemens erhielt den 40-Milliarden-Euro-Auftrag aus Indien.", "40-Milliarden-Euro", "40000000000", "EUR"},
	{"Zehn-Millionen-Euro-Spritze", "Die Zehn-Millionen-Euro-Spritze kam spät.", "Zehn-Millionen-Euro", "10000000", "EUR"},
	{"5-Euro-Schein", "Er fand einen 5-Euro-Schein auf der Straße.", "5-Euro", "5", "EUR"},
	{"Dollar-Programm", "Das 100-Millionen-Dollar-Programm endet.", "100-Millionen-Dollar", "100000000", "USD"},

	// Vague amounts: no value.
	{"einige Milliarden", "Microsoft steckte einige Milliarden US-Dollar in das Projekt.", "einige Milliarden US-Dollar", "", "USD"},
	{"Tausende Euro", "Die Reparatur kostete Tausende Euro.", "Tausende Euro", "", "EUR"},
	{"Zehntausende Dollar", "Dem Verein fehlen Zehntausende Dollar.", "Zehntausende Dollar", "", "USD"},
	{"mehrere tausend Euro", "Die Familie spendete mehrere tausend Euro.", "mehrere tausend Euro", "", "EUR"},
	{"Ein paar hundert Franken", "Ein paar hundert Franken reichen nicht.", "Ein paar hundert Franken", "", "CHF"},
	{"tausend Euro is a number", "Er zahlte tausend Euro.", "tausend Euro", "1000", "EUR"},
	{"Tausende Menschen", "Tausende Menschen kamen zur Demonstration.", "", "", ""},
	{"Tausend as a surname", "Claudia Tausend zahlte mit Karte.", "", "", ""},
	{"Hundertschaft", "Eine Hundertschaft der Polizei stand bereit.", "", "", ""},
	{"einigen Milliarden", "Es geht um einen Betrag von einigen Milliarden US-Dollar.", "einigen Milliarden US-Dollar", "", "USD"},
	{"Milliarden von", "Das Unternehmen gab Milliarden von US-Dollar aus.", "Milliarden von US-Dollar", "", "USD"},
	{"mehrere Millionen", "Der Schaden beträgt mehrere Millionen Euro.", "mehrere Millionen Euro", "", "EUR"},
	// a quantifier that opens the sentence
	{"Mehrere at the start", "Mehrere Milliarden Dollar flossen aus den Fonds ab.", "Mehrere Milliarden Dollar", "", "USD"},
	{"Einige at the start", "Einige Millionen Franken fehlen noch in der Kasse.", "Einige Millionen Franken", "", "CHF"},
	{"Zig at the start", "Zig Milliarden Euro stecken in den Altlasten.", "Zig Milliarden Euro", "", "EUR"},
	{"Viele at the start", "Viele Millionen Pfund gingen dabei verloren.", "Viele Millionen Pfund", "", "GBP"},
	// a count between the quantifier and the scale word
	{"einige hundert Millionen", "Der Umbau verschlingt einige hundert Millionen Euro.", "einige hundert Millionen Euro", "", "EUR"},
	{"mehrere Hundert Milliarden", "Im Raum stehen mehrere Hundert Milliarden Dollar.", "mehrere Hundert Milliarden Dollar", "", "USD"},
	{"ein paar hundert Millionen", "Es fehlen ein paar hundert Millionen Euro.", "ein paar hundert Millionen Euro", "", "EUR"},
	{"Etliche tausend Millionen", "Etliche tausend Millionen Yen wurden bewegt.", "Etliche tausend Millionen Yen", "", "JPY"},
	// not a quantifier before the count: the count is no part of a vague amount
	{"hundert Millionen is a number", "Der Bund gibt hundert Millionen Euro dazu.", "hundert Millionen Euro", "100000000", "EUR"},
	{"Viele without a scale", "Viele Anleger verloren Geld.", "", "", ""},
	{"Mehrere Millionen Menschen", "Mehrere Millionen Menschen sahen zu.", "", "", ""},
	{"dreistelliger Millionenbetrag", "Ein dreistelliger Millionenbetrag floss an die Eigner.", "dreistelliger Millionenbetrag", "", ""},
	{"Milliardenbeträge", "Es flossen Milliardenbeträge in die Netze.", "Milliardenbeträge", "", ""},
	{"Hunderte Millionen", "Der Staat verlor Hunderte Millionen Euro.", "Hunderte Millionen Euro", "", "EUR"},
	{"ein paar Millionen", "Für ein paar Millionen Dollar ist das zu haben.", "ein paar Millionen Dollar", "", "USD"},
	{"bare Milliarden Euro", "Es gab Milliarden Euro an Subventionen.", "Milliarden Euro", "", "EUR"},
	{"Euro-Milliardenbetrag", "Die Bahn braucht einen Euro-Milliardenbetrag.", "Euro-Milliardenbetrag", "", "EUR"},
	{"Milliarden-Dollar-Deal", "Es war ein Milliarden-Dollar-Deal für beide.", "Milliarden-Dollar", "", "USD"},

	// Pfund before goods sold by weight is a weight, not GBP.
	{"Pfund Mehl", "Die Bäckerei kaufte 750 Pfund Mehl.", "", "", ""},
	{"Pfund Äpfel", "Auf dem Markt gingen 20 Pfund Äpfel weg.", "", "", ""},
	{"Pfund schwerer", "Das neue Modell ist 30 Pfund schwerer.", "", "", ""},
	{"Pfund Miete is money", "Er zahlt 900 Pfund Miete im Monat.", "900 Pfund", "900", "GBP"},
	{"Pfund Gewinn is money", "Die Bank verdiente 2 Mrd. Pfund Gewinn.", "2 Mrd. Pfund", "2000000000", "GBP"},
	{"Pfund Sterling still money", "Er zahlte 3 Pfund Sterling dafür.", "3 Pfund Sterling", "3", "GBP"},
	{"Pfund sign before goods", "Das kostet £ 5 Mehl inklusive.", "£ 5", "5", "GBP"},
	{"eine Millionen-Euro-Investition", "Es war eine Millionen-Euro-Investition in Halle.", "Millionen-Euro", "", "EUR"},
	{"Milliarden-Investition no currency", "Geplant ist eine Milliarden-Investition in Sachsen.", "", "", ""},
	{"zweistelligen Millionenbetrag", "Man zahlte einen zweistelligen Millionenbetrag.", "zweistelligen Millionenbetrag", "", ""},

	// Ambiguous names take the country from the sentence.
	{"Kronen with Konzern", "Wie der schwedische Konzern mitteilte, stieg der Umsatz auf 4 Mrd. Kronen.", "4 Mrd. Kronen", "4000000000", "SEK"},
	{"Kronen in Norwegen", "In Norwegen kostet ein Bier 120 Kronen.", "120 Kronen", "120", "NOK"},
	{"Kronen Norwegens", "Der Staatsfonds Norwegens gewann 500 Mrd. Kronen.", "500 Mrd. Kronen", "500000000000", "NOK"},
	{"Kronen no country", "Das Unternehmen zahlte 300 Mio. Kronen.", "300 Mio. Kronen", "300000000", ""},
	{"Kronen two countries", "In Schweden und Dänemark fielen 20 Mio. Kronen an.", "20 Mio. Kronen", "20000000", ""},
	{"Kronen other sentence", "Der Konzern sitzt in Schweden. Er zahlte 5 Mio. Kronen.", "5 Mio. Kronen", "5000000", ""},
	{"Pesos Mexiko", "In Mexiko kostet die Fahrt 40 Pesos.", "40 Pesos", "40", "MXN"},
	{"Pesos no country", "Die Fahrt kostet 40 Pesos.", "40 Pesos", "40", ""},
	{"Rupien Indonesien", "In Indonesien kostet der Reis 15.000 Rupien.", "15.000 Rupien", "15000", "IDR"},
	{"Kronen company", "Volvo steigerte den Gewinn auf 12 Mrd. Kronen.", "12 Mrd. Kronen", "12000000000", "SEK"},
	{"Kronen two companies", "Equinor und Maersk zahlten je 3 Mrd. Kronen.", "3 Mrd. Kronen", "3000000000", ""},
	{"Kronen dänischer Versorger", "Der dänische Versorger meldete 2 Mrd. Kronen Gewinn.", "2 Mrd. Kronen", "2000000000", "DKK"},
	{"Francs Frankreich", "Frankreich gab 300 Millionen Francs aus.", "300 Millionen Francs", "300000000", "FRF"},
	{"Francs belgisch", "Die belgische Bahn zahlte 90 Francs.", "90 Francs", "90", "BEF"},
	{"französische Francs", "Das Bild brachte 3 Mio. französische Francs.", "3 Mio. französische Francs", "3000000", "FRF"},
	{"Francs no country", "Das Bild brachte 3 Mio. Francs.", "3 Mio. Francs", "3000000", ""},
	{"Francs two countries", "Frankreich und Belgien zahlten je 5 Mio. Francs.", "5 Mio. Francs", "5000000", ""},
	{"Franken stays Swiss in Frankreich", "In Frankreich zahlte er 5 Franken.", "5 Franken", "5", "CHF"},

	// Not money.
	{"Mitarbeiter", "Der Konzern hat 120.000 Mitarbeiter.", "", "", ""},
	{"Punkte", "Der DAX schloss bei 20.000 Punkten.", "", "", ""},
	{"Fahrzeuge", "Es wurden 435.000 Fahrzeuge verkauft.", "", "", ""},
	{"year", "Im Jahr 2024 wuchs der Markt.", "", "", ""},
	{"H100", "Nvidia liefert H100 Chips an Microsoft.", "", "", ""},
	{"ordinal date", "Der Bericht kam am 3. Mai.", "", "", ""},
	{"Euro-Zone", "Die Euro-Zone wächst langsam.", "", "", ""},
	{"Euroraum", "Im Euroraum steigen die Preise.", "", "", ""},
	{"Dollar-Kurs", "Der Dollar-Kurs fiel deutlich.", "", "", ""},
	{"Euro alone", "Der Euro legte zu.", "", "", ""},
	{"Millionen Menschen", "Millionen Menschen sahen zu.", "", "", ""},
	{"Prozent", "Der Umsatz stieg um 27 Prozent.", "", "", ""},
	{"scale without currency", "Die Zahl liegt bei 34,9 Milliarden.", "", "", ""},
	{"Kollegen", "Er kam mit 5 Kollegen.", "", "", ""},
	{"Euro before year", "Die Euro 2024 beginnt im Juni.", "", "", ""},
	{"percent sign", "Der Leitzins liegt bei 4,5 %.", "", "", ""},
	{"Standorte", "Die Firma hat 12 Standorte in Europa.", "", "", ""},
	{"Mrd without currency", "Der Wert von 3,5 Mrd. liegt hoch.", "", "", ""},
	{"EURO STOXX", "Der EURO STOXX 50 stieg.", "", "", ""},
	{"USA year", "Die USA 2025 im Überblick.", "", "", ""},
	{"Meter", "Der Abstand betrug 5 Meter.", "", "", ""},
	{"Dollarzeichen", "Er malte 20 Dollarzeichen an die Wand.", "", "", ""},
	{"Euromünzen", "Sie sammelte 3 Euromünzen.", "", "", ""},
	{"TOP agenda", "Auf TOP 5 der Sitzung stand der Haushalt.", "", "", ""},
	{"Rand before number", "Am Rand 3 Markierungen.", "", "", ""},
	{"Pfund before number", "Das Pfund fiel um 2 Prozent.", "", "", ""},
	{"year range", "Von 2010 bis 2020 stieg der Kurs.", "", "", ""},
	{"date", "Am 12. Dezember tagte der Rat.", "", "", ""},
	{"Tonnen", "Der Wagen wiegt 2 Tonnen.", "", "", ""},
	{"Nutzer", "Etwa 50 Mio. Nutzer loggten sich ein.", "", "", ""},
	{"Prozentpunkte", "Die Quote liegt bei 3,5 Prozentpunkten.", "", "", ""},
	{"ISO norm", "Das Werk hat ein ISO 9001 Zertifikat.", "", "", ""},
	{"party seats", "Die CDU erhielt 30 Sitze.", "", "", ""},
	{"Ein Euro compound", "Ein Euro-Land trat der Union bei.", "", "", ""},
	{"colon", "Kapitel 3: Dollar und Euro.", "", "", ""},
	{"A320", "Der A320 flog nach Paris.", "", "", ""},
	{"Kronkorken", "Er sammelte 3 Mio. Kronkorken.", "", "", ""},
	{"Realisten", "Es gibt 5 Realisten im Rat.", "", "", ""},
	{"Randbemerkungen", "Sie schrieb 7 Randbemerkungen.", "", "", ""},
	{"Milliardärin", "Die Milliardärin kaufte ein Team.", "", "", ""},
	{"Brillianten", "Die Brillianten glänzten.", "", "", ""},
	{"Millionenstadt", "Die Millionenstadt wächst.", "", "", ""},
	{"einige Milliarden Nutzer", "Es gibt einige Milliarden Nutzer.", "", "", ""},
	{"Länder", "Mehr als 50 Länder nahmen teil.", "", "", ""},
	{"Eurostat", "Laut Eurostat 2023 sank die Rate.", "", "", ""},
	{"Aktien count", "Er kaufte 1.000 Aktien von SAP.", "", "", ""},
	{"Jahre", "Das dauert 10 Jahre.", "", "", ""},
	{"Dollar word before", "Der Dollar 2 Prozent schwächer.", "", "", ""},
	{"ordinal words", "Das erste Quartal brachte Zuwächse.", "", "", ""},
	{"ordinal digits", "Zum 5. Mal tagte der Euro-Gipfel.", "", "", ""},
	{"Euro prefix compound", "Die 19 Euroländer stimmten zu.", "", "", ""},
	{"Centstücke", "Er fand 3 Centstücke.", "", "", ""},
	{"Yenschwäche", "Die Yenschwäche hält an 3 Tagen an.", "", "", ""},
	{"Pfunde", "Er verlor 10 Pfunde beim Laufen.", "", "", ""},
	{"lowercase euro", "Sie zahlten 5 euro-artige Summen.", "", "", ""},
	{"Crowns unknown word", "Es gab 4 Kronleuchter im Saal.", "", "", ""},
	{"Won ohne Zahl", "Der Won fiel deutlich.", "", "", ""},
	{"Peso ohne Zahl", "Der Peso gewann an Wert.", "", "", ""},
	{"Dollarraum", "Im Dollarraum 5 Banken.", "", "", ""},
	{"acronym code before", "Der Hubschrauber SAR 71 landete.", "", "", ""},
	{"AMD before", "Die Chips von AMD 7 Prozent teurer.", "", "", ""},
	{"Euro-Länder", "Die 19 Euro-Länder stimmten zu.", "", "", ""},
	{"Euro-Staaten", "Alle 20 Euro-Staaten zahlen ein.", "", "", ""},
	{"DM-Titel", "Er holte 3 DM-Titel in Folge.", "", "", ""},
	{"USD-Kurs", "Der 5 USD-Kurs ist Unsinn.", "", "", ""},
	{"phone number", "Die Hotline 0800 123 456 ist frei.", "", "", ""},
}

func TestFind(t *testing.T) {
	for _, tt := range findCases {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.in)
			checkInvariants(t, tt.in, got)
			if tt.text == "" {
				assert.Empty(t, got)
				return
			}
			require.Len(t, got, 1, "%+v", got)
			a := got[0]
			assert.Equal(t, tt.text, a.Text)
			if tt.value == "" {
				assert.True(t, a.Vague, "vague")
				assert.True(t, a.Value.IsZero(), "a vague amount has no value")
			} else {
				assert.False(t, a.Vague)
				assert.Equal(t, tt.value, a.Value.String())
			}
			if tt.cur == "" {
				assert.False(t, a.HasCurrency, "currency %v", a.Currency)
			} else {
				assert.True(t, a.HasCurrency)
				assert.Equal(t, tt.cur, a.Currency.String())
			}
		})
	}
}

// checkInvariants asserts the span invariant, the order and the absence
// of overlaps for every amount found in text.
func checkInvariants(t testing.TB, text string, got []Amount) {
	t.Helper()
	prev := 0
	for i, a := range got {
		if a.Start < prev || a.Start >= a.End || a.End > len(text) {
			t.Fatalf("amount %d %q: bad span [%d,%d) after %d in %q", i, a.Text, a.Start, a.End, prev, text)
		}
		if text[a.Start:a.End] != a.Text {
			t.Fatalf("amount %d: text[%d:%d] = %q, Text = %q", i, a.Start, a.End, text[a.Start:a.End], a.Text)
		}
		if a.Qual != nil && (a.Qual.End > a.Start || text[a.Qual.Start:a.Qual.End] != a.Qual.Text) {
			t.Fatalf("amount %d: bad qualifier %+v", i, *a.Qual)
		}
		if a.Per != "" && text[a.PerSpan.Start:a.PerSpan.End] != a.Per {
			t.Fatalf("amount %d: bad per span %+v", i, a.PerSpan)
		}
		if a.CurrencySpan.End > 0 && !a.Span.Contains(a.CurrencySpan) {
			t.Fatalf("amount %d: currency span %+v outside %+v", i, a.CurrencySpan, a.Span)
		}
		if a.Vague && !a.Value.IsZero() {
			t.Fatalf("amount %d: vague with value %s", i, a.Value)
		}
		prev = a.End
	}
}
