package parse

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pw is one expected percentage: the matched text, the value (and max for a
// range) as decimal strings, unit, direction, basis and approximation.
type pw struct {
	text   string
	value  string
	max    string
	unit   Unit
	dir    Direction
	basis  string
	approx Approx
}

// percentTests are FindPercents cases; want == nil means nothing may be found.
var percentTests = []struct {
	name string
	in   string
	want []pw
}{
	// units
	{"percent sign with space", "Die Quote beträgt 27 %.", []pw{{text: "27 %", value: "27"}}},
	{"percent sign without space", "Die Quote beträgt 27%.", []pw{{text: "27%", value: "27"}}},
	{"percent sign after nbsp", "Die Quote beträgt 27\u00a0%.", []pw{{text: "27\u00a0%", value: "27"}}},
	{"percent sign after narrow nbsp", "Die Quote beträgt 27\u202f%.", []pw{{text: "27\u202f%", value: "27"}}},
	{"percent word after figure space", "Die Quote beträgt 84\u2007Prozent.", []pw{{text: "84\u2007Prozent", value: "84"}}},
	{"ogham space", "Der Absatz stieg um\u16807,5\u1680Prozent\u1680im Jahr.", []pw{{text: "7,5\u1680Prozent", value: "7.5", dir: Up}}},
	{"ideographic space before sign", "Die Marge betrug\u30009\u3000%\u3000zuletzt.", []pw{{text: "9\u3000%", value: "9"}}},
	{"medium math space", "Die Marge betrug 9\u205f%.", []pw{{text: "9\u205f%", value: "9"}}},
	{"decomposed umlaut in Rückgang", "Es gab einen Ru\u0308ckgang um 3 Prozent.", []pw{{text: "3 Prozent", value: "3", dir: Down}}},
	{"decomposed umlaut in gegenüber", "Der Umsatz stieg um 4,5 Prozent gegenu\u0308ber dem Vorjahr.", []pw{{text: "4,5 Prozent", value: "4.5", dir: Up, basis: "gegenu\u0308ber dem Vorjahr"}}},
	{"upper-case umlaut", "DER UMSATZ STIEG UM 2 % GEGENÜBER DEM VORJAHR.", []pw{{text: "2 %", value: "2", dir: Up, basis: "GEGENÜBER DEM VORJAHR"}}},
	{"decimal comma", "Die Quote beträgt 32,5 Prozent.", []pw{{text: "32,5 Prozent", value: "32.5"}}},
	{"decimal point before sign", "Die Quote beträgt 28.56 %.", []pw{{text: "28.56 %", value: "28.56"}}},
	{"decimal point before Prozent", "Der Leitzins liegt bei 3.5 Prozent.", []pw{{text: "3.5 Prozent", value: "3.5"}}},
	{"decimal point before points", "Die Marge sank um 0.25 Prozentpunkte.", []pw{{text: "0.25 Prozentpunkte", value: "0.25", unit: Point, dir: Down}}},
	{"decimal point range", "Die Spanne liegt bei 2.5–3.5 %.", []pw{{text: "2.5–3.5 %", value: "2.5", max: "3.5"}}},
	{"dot before three digits groups", "Der Kurs legte 1.099 % zu.", []pw{{text: "1.099 %", value: "1099", dir: Up}}},
	{"Prozent lower case", "Die Quote beträgt 4 prozent.", []pw{{text: "4 prozent", value: "4"}}},
	{"v. H.", "Der Satz liegt bei 3 v. H. des Umsatzes.", []pw{{text: "3 v. H.", value: "3"}}},
	{"v.H.", "Der Satz liegt bei 3 v.H. des Umsatzes.", []pw{{text: "3 v.H.", value: "3"}}},
	{"vH", "Der Satz liegt bei 3 vH des Umsatzes.", []pw{{text: "3 vH", value: "3"}}},
	{"vom Hundert", "Der Satz liegt bei 3 vom Hundert.", []pw{{text: "3 vom Hundert", value: "3"}}},
	{"Prozentpunkte", "Die Marge sank um 1,5 Prozentpunkte.", []pw{{text: "1,5 Prozentpunkte", value: "1.5", unit: Point, dir: Down}}},
	{"tolerance plus/minus has no direction", "Das Ziel gilt mit plus/minus 3 Prozent.", []pw{{text: "3 Prozent", value: "3"}}},
	{"tolerance plus oder minus has no direction", "Die Spanne beträgt plus oder minus 0,5 Prozentpunkte.", []pw{{text: "0,5 Prozentpunkte", value: "0.5", unit: Point}}},
	{"tolerance plus minus has no direction", "Man rechnet mit plus minus 2 Prozent Abweichung.", []pw{{text: "2 Prozent", value: "2"}}},
	{"a lone minus is a sign of change", "Das Papier schloss mit minus 3 Prozent.", []pw{{text: "minus 3 Prozent", value: "-3", dir: Down}}},
	{"Prozentpunkt singular", "Die Quote stieg um 1 Prozentpunkt.", []pw{{text: "1 Prozentpunkt", value: "1", unit: Point, dir: Up}}},
	{"Prozentpunkten dative", "Mit 2 Prozentpunkten Abstand liegt sie vorn.", []pw{{text: "2 Prozentpunkten", value: "2", unit: Point}}},
	{"percent sign points", "Die Marge stieg um 0,5 %-Punkte.", []pw{{text: "0,5 %-Punkte", value: "0.5", unit: Point, dir: Up}}},
	{"Basispunkte", "Die Notenbank senkte den Zins um 25 Basispunkte.", []pw{{text: "25 Basispunkte", value: "25", unit: BasisPoint, dir: Down}}},
	{"Basispunkten", "Der Aufschlag von 40 Basispunkten blieb.", []pw{{text: "40 Basispunkten", value: "40", unit: BasisPoint}}},
	{"Bp.", "Die Rendite zog um 12 Bp. an.", []pw{{text: "12 Bp.", value: "12", unit: BasisPoint, dir: Up}}},
	{"bp", "Der Spread weitete sich auf 80 bp aus.", []pw{{text: "80 bp", value: "80", unit: BasisPoint}}},
	{"Promille", "Die Gebühr beträgt 2,5 Promille.", []pw{{text: "2,5 Promille", value: "2.5", unit: Permille}}},
	{"permille sign", "Die Gebühr beträgt 2,5 ‰.", []pw{{text: "2,5 ‰", value: "2.5", unit: Permille}}},
	{"two in a sentence", "Der Umsatz stieg um 5 %, der Gewinn sank um 3 %.", []pw{{text: "5 %", value: "5", dir: Up}, {text: "3 %", value: "3", dir: Down}}},

	// number words and compounds
	{"zehn Prozent", "Der Anteil beträgt zehn Prozent.", []pw{{text: "zehn Prozent", value: "10"}}},
	{"ein Prozent", "Die Aktie verlor ein Prozent.", []pw{{text: "ein Prozent", value: "1", dir: Down}}},
	{"einen Prozentpunkt", "Die Quote sank um einen Prozentpunkt.", []pw{{text: "einen Prozentpunkt", value: "1", unit: Point, dir: Down}}},
	{"einen halben Prozentpunkt", "Die Notenbank erhöhte den Zins um einen halben Prozentpunkt.", []pw{{text: "einen halben Prozentpunkt", value: "0.5", unit: Point, dir: Up}}},
	{"Fünf-Prozent-Hürde", "Die Partei scheiterte an der Fünf-Prozent-Hürde.", []pw{{text: "Fünf-Prozent", value: "5"}}},
	{"5-Prozent-Hürde", "Die Partei scheiterte an der 5-Prozent-Hürde.", []pw{{text: "5-Prozent", value: "5"}}},
	{"27-prozentig", "Er hält eine 27-prozentige Beteiligung.", []pw{{text: "27-prozentig", value: "27"}}},
	{"zehnprozentige", "Er hält eine zehnprozentige Beteiligung.", []pw{{text: "zehnprozentig", value: "10"}}},
	{"hundertprozentige", "Es ist eine hundertprozentige Tochter.", []pw{{text: "hundertprozentig", value: "100"}}},
	{"Viertelprozentpunkt", "Der Zins stieg um einen Viertelprozentpunkt.", []pw{{text: "einen Viertelprozentpunkt", value: "0.25", unit: Point, dir: Up}}},
	{"ein halbes Prozent", "Die Aktie gab ein halbes Prozent nach.", []pw{{text: "ein halbes Prozent", value: "0.5", dir: Down}}},
	{"anderthalb Prozentpunkte", "Die Quote fiel um anderthalb Prozentpunkte.", []pw{{text: "anderthalb Prozentpunkte", value: "1.5", unit: Point, dir: Down}}},
	{"Prozent-Punkte with hyphen", "Die Marge stieg um 0,5 Prozent-Punkte.", []pw{{text: "0,5 Prozent-Punkte", value: "0.5", unit: Point, dir: Up}}},
	{"closed compound", "Die Partei nahm die Fünfprozenthürde.", []pw{{text: "Fünfprozent", value: "5"}}},

	// ranges
	{"range bis", "Erwartet werden 20 bis 25 Prozent.", []pw{{text: "20 bis 25 Prozent", value: "20", max: "25"}}},
	{"range en dash", "Erwartet werden 20–25 %.", []pw{{text: "20–25 %", value: "20", max: "25"}}},
	{"range unit twice", "Erwartet werden 20 % bis 25 %.", []pw{{text: "20 % bis 25 %", value: "20", max: "25"}}},
	{"range zwischen", "Die Marge liegt zwischen 8 % und 9 %.", []pw{{text: "8 % und 9 %", value: "8", max: "9"}}},
	{"two percents joined by und are no range", "Umsatz 5 % und Gewinn 7 %.", []pw{{text: "5 %", value: "5"}, {text: "7 %", value: "7"}}},

	// qualifiers
	{"rund", "Microsoft hält derzeit rund 32,5 % der Aktien.", []pw{{text: "32,5 %", value: "32.5", approx: About}}},
	{"bis zu", "Die Rendite liegt bei bis zu 7 Prozent.", []pw{{text: "7 Prozent", value: "7", approx: AtMost}}},
	{"mehr als", "Der Umsatz stieg um mehr als 10 Prozent.", []pw{{text: "10 Prozent", value: "10", dir: Up, approx: MoreThan}}},
	{"knapp", "Die Aktie fiel um knapp 4 %.", []pw{{text: "4 %", value: "4", dir: Down, approx: JustUnder}}},
	{"mindestens", "Die Rendite beträgt mindestens 3 Prozent.", []pw{{text: "3 Prozent", value: "3", approx: AtLeast}}},

	// direction
	{"um gestiegen", "Im ersten Quartal ist das Einkommen der Sparte um 27 % gestiegen, wobei das Geschäft wuchs.", []pw{{text: "27 %", value: "27", dir: Up}}},
	{"Anstieg von", "Das entspricht einem Anstieg von 51 % gegenüber dem Vorjahr.", []pw{{text: "51 %", value: "51", dir: Up, basis: "gegenüber dem Vorjahr"}}},
	{"stieg um", "Der Umsatz stieg um 8 Prozent.", []pw{{text: "8 Prozent", value: "8", dir: Up}}},
	{"wuchs", "Das Geschäft wuchs um 12 Prozent.", []pw{{text: "12 Prozent", value: "12", dir: Up}}},
	{"legte zu", "Der Leitindex legte am Montag um 1,2 Prozent zu.", []pw{{text: "1,2 Prozent", value: "1.2", dir: Up}}},
	{"legte zu across comma", "Der Leitindex legte, wie erwartet, um 1,2 Prozent zu.", []pw{{text: "1,2 Prozent", value: "1.2", dir: Up}}},
	{"zugelegt", "Der Kurs hat um 3 % zugelegt.", []pw{{text: "3 %", value: "3", dir: Up}}},
	{"zog an", "Der Ölpreis zog um 2 % an.", []pw{{text: "2 %", value: "2", dir: Up}}},
	{"erhöhte sich", "Der Absatz erhöhte sich um 6 Prozent.", []pw{{text: "6 Prozent", value: "6", dir: Up}}},
	{"kletterte", "Die Aktie kletterte um 9 %.", []pw{{text: "9 %", value: "9", dir: Up}}},
	{"explodierten", "Die Baukosten explodierten um 40 Prozent.", []pw{{text: "40 Prozent", value: "40", dir: Up}}},
	{"purzelten", "Die Heizölpreise purzelten um 10 Prozent.", []pw{{text: "10 Prozent", value: "10", dir: Down}}},
	{"schoss", "Der Kurs schoss um 20 Prozent in die Höhe.", []pw{{text: "20 Prozent", value: "20", dir: Up}}},
	{"sackte", "Das Papier sackte um 5 Prozent.", []pw{{text: "5 Prozent", value: "5", dir: Down}}},
	{"steigert present", "Der Händler steigert den Gewinn um 10 Prozent", []pw{{text: "10 Prozent", value: "10", dir: Up}}},
	{"kappt", "Die Reederei kappt die Dividende um 30 Prozent.", []pw{{text: "30 Prozent", value: "30", dir: Down}}},
	{"kürzt", "Der Bund kürzt die Mittel um 8 Prozent.", []pw{{text: "8 Prozent", value: "8", dir: Down}}},
	{"halbierte level", "Die Marge halbierte sich auf 2 Prozent.", []pw{{text: "2 Prozent", value: "2"}}},
	{"verdoppelte", "Der Absatz verdoppelte sich, ein Plus von 100 Prozent.", []pw{{text: "100 Prozent", value: "100", dir: Up}}},
	{"Plus", "Der Konzern meldet ein Plus von 4 %.", []pw{{text: "4 %", value: "4", dir: Up}}},
	{"im Plus after", "Die Aktie lag 2 % im Plus.", []pw{{text: "2 %", value: "2", dir: Up}}},
	{"compound Umsatzplus", "Das Umsatzplus von 7 % überraschte.", []pw{{text: "7 %", value: "7", dir: Up}}},
	{"mehr after", "Die Firma verkaufte 5 % mehr Autos.", []pw{{text: "5 %", value: "5", dir: Up}}},
	{"höher", "Die Kosten lagen 4 % höher als geplant.", []pw{{text: "4 %", value: "4", dir: Up}}},
	{"sank", "Der Gewinn sank um 11 Prozent.", []pw{{text: "11 Prozent", value: "11", dir: Down}}},
	{"fiel", "Die Aktie fiel um 3,4 %.", []pw{{text: "3,4 %", value: "3.4", dir: Down}}},
	{"verlor", "Der Index verlor 2 Prozent.", []pw{{text: "2 Prozent", value: "2", dir: Down}}},
	{"gab nach", "Der Euro gab um 0,3 % nach.", []pw{{text: "0,3 %", value: "0.3", dir: Down}}},
	{"ging zurück", "Der Absatz ging um 9 % zurück.", []pw{{text: "9 %", value: "9", dir: Down}}},
	{"Abschlag", "Die Aktie schloss mit einem Abschlag von 2,5 Prozent.", []pw{{text: "2,5 Prozent", value: "2.5", dir: Down}}},
	{"Kursabschlag", "Der Kursabschlag von 7 % kam überraschend.", []pw{{text: "7 %", value: "7", dir: Down}}},
	{"Risikoaufschlag is a level", "Der Risikoaufschlag von 1,2 Prozentpunkten blieb.", []pw{{text: "1,2 Prozentpunkten", value: "1.2", unit: Point}}},
	{"Preiserhöhung", "Die Preiserhöhung um 4 % gilt ab Mai.", []pw{{text: "4 %", value: "4", dir: Up}}},
	{"Zinssenkung", "Eine Zinssenkung um 0,25 Prozentpunkte gilt als sicher.", []pw{{text: "0,25 Prozentpunkte", value: "0.25", unit: Point, dir: Down}}},
	{"Lohnkürzung", "Die Lohnkürzung von 10 % traf alle.", []pw{{text: "10 %", value: "10", dir: Down}}},
	{"Teilnahme is no change", "Die Teilnahme lag bei 80 Prozent.", []pw{{text: "80 Prozent", value: "80"}}},
	{"zurückgegangen", "Der Absatz ist um 9 % zurückgegangen.", []pw{{text: "9 %", value: "9", dir: Down}}},
	{"brach ein", "Der Gewinn brach um 40 Prozent ein.", []pw{{text: "40 Prozent", value: "40", dir: Down}}},
	{"büßte ein", "Die Aktie büßte 6 % ein.", []pw{{text: "6 %", value: "6", dir: Down}}},
	{"schrumpfte", "Die Wirtschaft schrumpfte um 0,4 Prozent.", []pw{{text: "0,4 Prozent", value: "0.4", dir: Down}}},
	{"Rückgang", "Das ist ein Rückgang von 15 % zum Vorjahr.", []pw{{text: "15 %", value: "15", dir: Down, basis: "zum Vorjahr"}}},
	{"Minus", "Am Ende stand ein Minus von 2 %.", []pw{{text: "2 %", value: "2", dir: Down}}},
	{"weniger after", "Es kamen 8 % weniger Gäste.", []pw{{text: "8 %", value: "8", dir: Down}}},
	{"minus sign", "Das Ergebnis: −1,4 % im Jahr.", []pw{{text: "−1,4 %", value: "-1.4", dir: Down}}},
	{"hyphen minus", "Bilanz des Tages: -2 %.", []pw{{text: "-2 %", value: "-2", dir: Down}}},
	{"en dash as minus", "Der Index schloss schwach (–1,4 %).", []pw{{text: "–1,4 %", value: "-1.4", dir: Down}}},
	{"plus sign", "Bilanz des Tages: +3 %.", []pw{{text: "+3 %", value: "3", dir: Up}}},
	{"clause boundary keeps directions apart", "Der Umsatz sank um 5 % und der Gewinn stieg um 3 %.", []pw{{text: "5 %", value: "5", dir: Down}, {text: "3 %", value: "3", dir: Up}}},
	{"ellipsis with und", "Der Umsatz stieg um 5 % und der Gewinn um 3 %.", []pw{{text: "5 %", value: "5", dir: Up}, {text: "3 %", value: "3", dir: Up}}},
	{"verb after the second change", "Das Produkt ist um 0,3 % und im Jahresabstand um 1 % gewachsen.", []pw{{text: "0,3 %", value: "0.3", dir: Up}, {text: "1 %", value: "1", dir: Up, basis: "im Jahresabstand"}}},
	{"und between a level and a change", "Die Quote liegt bei 3 % und stieg um 1 %.", []pw{{text: "3 %", value: "3"}, {text: "1 %", value: "1", dir: Up}}},
	{"elliptic clause after comma", "Der Umsatz stieg um 5 %, der Gewinn um 3 %.", []pw{{text: "5 %", value: "5", dir: Up}, {text: "3 %", value: "3", dir: Up}}},
	{"elliptic clause with a name", "Die Preise sanken in Asien um 2 %; Europa um 1 %.", []pw{{text: "2 %", value: "2", dir: Down}, {text: "1 %", value: "1", dir: Down}}},
	{"clause with its own verb", "Der Umsatz stieg um 5 %, der Anteil beträgt 3 %.", []pw{{text: "5 %", value: "5", dir: Up}, {text: "3 %", value: "3"}}},
	{"genitive noun phrase after", "Anleger erhalten 2 % des auf 900 Euro reduzierten Kapitals.", []pw{{text: "2 %", value: "2"}}},
	{"elliptic clauses with prepositions", "Die Prämien stiegen im Kfz-Geschäft um 0,8 %, in der Krankensparte um 3 % und in der Lebensversicherung um 4,9 %.",
		[]pw{{text: "0,8 %", value: "0.8", dir: Up}, {text: "3 %", value: "3", dir: Up}, {text: "4,9 %", value: "4.9", dir: Up}}},
	{"elliptic clause with preposition and adjective", "Die Beiträge stiegen um 2 % und in der Lebensversicherung gegen laufende Prämie um 4,9 %.",
		[]pw{{text: "2 %", value: "2", dir: Up}, {text: "4,9 %", value: "4.9", dir: Up}}},
	{"aside in brackets", "Die Zahl der Kunden ist um 17 % (von 300 auf 351) gestiegen.", []pw{{text: "17 %", value: "17", dir: Up}}},
	{"headline with senkt", "Notenbank senkt Leitzins um 25 Basispunkte", []pw{{text: "25 Basispunkte", value: "25", unit: BasisPoint, dir: Down}}},
	{"erhöhen beyond the level", "Die Quote soll um 0,6 Prozentpunkte auf 15,4 Prozent erhöhen.", []pw{{text: "0,6 Prozentpunkte", value: "0.6", unit: Point, dir: Up}, {text: "15,4 Prozent", value: "15.4"}}},
	{"elliptic clause with adjective and other unit", "Der Umsatz ist um 3 % auf 5 Mrd. Euro gestiegen, die operative Marge um 0,7 Prozentpunkte auf 5 Prozent.",
		[]pw{{text: "3 %", value: "3", dir: Up}, {text: "0,7 Prozentpunkte", value: "0.7", unit: Point, dir: Up}, {text: "5 Prozent", value: "5"}}},
	{"einbrachen", "Die Papiere, die um 6,8 Prozent einbrachen, fielen auf.", []pw{{text: "6,8 Prozent", value: "6.8", dir: Down}}},
	{"in die Höhe", "Die Aktie schoss um 20 % in die Höhe.", []pw{{text: "20 %", value: "20", dir: Up}}},
	{"hoch at the end", "Für die Aktie ging es um 3,1 % hoch.", []pw{{text: "3,1 %", value: "3.1", dir: Up}}},
	{"aside in brackets before", "Die Zahl der Gäste stieg gegenüber dem Vorjahr (1,7 Mio.) um 31,5 %.", []pw{{text: "31,5 %", value: "31.5", dir: Up, basis: "gegenüber dem Vorjahr"}}},
	{"Preisverfall", "Der Preisverfall um fast 30 % traf die Förderländer.", []pw{{text: "30 %", value: "30", dir: Down, approx: About}}},
	{"größer", "Die Fläche ist um 7 % größer als geplant.", []pw{{text: "7 %", value: "7", dir: Up}}},
	{"subordinate clause after", "Die Aktie verlor 3 %, nachdem sie zuvor um 5 % gestiegen war.", []pw{{text: "3 %", value: "3", dir: Down}, {text: "5 %", value: "5", dir: Up}}},

	// levels: no direction
	{"auf after stieg", "Die Quote stieg auf 6,3 Prozent.", []pw{{text: "6,3 Prozent", value: "6.3"}}},
	{"um and auf", "Die Quote stieg um 0,2 Prozentpunkte auf 6,3 Prozent.", []pw{{text: "0,2 Prozentpunkte", value: "0.2", unit: Point, dir: Up}, {text: "6,3 Prozent", value: "6.3"}}},
	{"lag bei", "Die Inflation lag bei 2,3 Prozent.", []pw{{text: "2,3 Prozent", value: "2.3"}}},
	{"von auf", "Die Quote stieg von 5 % auf 6 %.", []pw{{text: "5 %", value: "5"}, {text: "6 %", value: "6"}}},
	{"holds a stake", "Der Fonds hält 32,5 % der Aktien.", []pw{{text: "32,5 %", value: "32.5"}}},
	{"nach unten", "Die Firma fuhr die Produktion um 3 % nach unten.", []pw{{text: "3 %", value: "3", dir: Down}}},
	{"über dem Vorjahr", "Der Absatz lag 2 % über dem Vorjahr.", []pw{{text: "2 %", value: "2", dir: Up, basis: "über dem Vorjahr"}}},
	{"unter dem Vormonat", "Die Preise lagen 1 % unter dem Vormonat.", []pw{{text: "1 %", value: "1", dir: Down, basis: "unter dem Vormonat"}}},
	{"Minus von auf Euro", "Die Aktie schloss mit einem Minus von 2 % auf 30 Euro.", []pw{{text: "2 %", value: "2", dir: Down}}},
	{"verb beyond the level", "Der Zins wurde um 0,25 Prozentpunkte auf 3,5 Prozent gesenkt.", []pw{{text: "0,25 Prozentpunkte", value: "0.25", unit: Point, dir: Down}, {text: "3,5 Prozent", value: "3.5"}}},
	{"im Jahresabstand", "Das Inlandsprodukt wuchs um 1 % im Jahresabstand.", []pw{{text: "1 %", value: "1", dir: Up, basis: "im Jahresabstand"}}},
	{"auf rund", "Die Quote fiel auf rund 5 %.", []pw{{text: "5 %", value: "5", approx: About}}},
	{"direction in other sentence", "Der Umsatz stieg. Die Marge beträgt 9 %.", []pw{{text: "9 %", value: "9"}}},

	// basis
	{"gegenüber dem Vorjahreszeitraum", "Der Umsatz stieg um 4 % gegenüber dem Vorjahreszeitraum.", []pw{{text: "4 %", value: "4", dir: Up, basis: "gegenüber dem Vorjahreszeitraum"}}},
	{"im Vergleich zum Vorquartal", "Der Gewinn sank um 2 % im Vergleich zum Vorquartal.", []pw{{text: "2 %", value: "2", dir: Down, basis: "im Vergleich zum Vorquartal"}}},
	{"im Jahresvergleich in front", "Die Preise stiegen im Jahresvergleich um 3 %.", []pw{{text: "3 %", value: "3", dir: Up, basis: "im Jahresvergleich"}}},
	{"im Jahresvergleich after", "Die Preise stiegen um 3 % im Jahresvergleich.", []pw{{text: "3 %", value: "3", dir: Up, basis: "im Jahresvergleich"}}},
	{"im Vorjahresvergleich", "Der Absatz legte um 7 % im Vorjahresvergleich zu.", []pw{{text: "7 %", value: "7", dir: Up, basis: "im Vorjahresvergleich"}}},
	{"gegenüber dem Vormonat", "Die Preise fielen um 0,1 % gegenüber dem Vormonat.", []pw{{text: "0,1 %", value: "0.1", dir: Down, basis: "gegenüber dem Vormonat"}}},
	{"gegenüber year", "Der Umsatz stieg um 5 % gegenüber 2023.", []pw{{text: "5 %", value: "5", dir: Up, basis: "gegenüber 2023"}}},
	{"seit Jahresbeginn", "Die Aktie legte 20 % seit Jahresbeginn zu.", []pw{{text: "20 %", value: "20", dir: Up, basis: "seit Jahresbeginn"}}},
	{"basis in front", "Im Vergleich zum Vorjahr stieg der Umsatz um 12 Prozent.", []pw{{text: "12 Prozent", value: "12", dir: Up, basis: "Im Vergleich zum Vorjahr"}}},
	{"gegenüber in front", "Gegenüber dem Vormonat sanken die Preise um 0,2 %.", []pw{{text: "0,2 %", value: "0.2", dir: Down, basis: "Gegenüber dem Vormonat"}}},
	{"basis in front behind comma", "Gegenüber dem Vorjahr, so der Bericht, beträgt die Quote 5 %.", []pw{{text: "5 %", value: "5"}}},
	{"fester", "Der Index schloss 1,1 Prozent fester.", []pw{{text: "1,1 Prozent", value: "1.1", dir: Up}}},
	{"leichter", "Die Aktie ging 0,8 Prozent leichter aus dem Handel.", []pw{{text: "0,8 Prozent", value: "0.8", dir: Down}}},
	{"separable verb past a level", "Der Absatz ging im Mai um 5 % auf 2,3 Mrd. Euro zurück.", []pw{{text: "5 %", value: "5", dir: Down}}},
	{"über die is no basis", "Er ist mit 22 % über die Holding beteiligt.", []pw{{text: "22 %", value: "22"}}},
	{"Stellenabbau", "Geplant ist ein Stellenabbau von 10 %.", []pw{{text: "10 %", value: "10", dir: Down}}},
	{"basis stops at comma", "Der Umsatz stieg um 5 %, gegenüber dem Vorjahr sank der Gewinn.", []pw{{text: "5 %", value: "5", dir: Up}}},
	{"zum Preis is no basis", "Er kaufte 5 % zum Preis von 3 Euro.", []pw{{text: "5 %", value: "5"}}},

	// not percentages
	{"no number", "Die Zinsen steigen.", nil},
	{"zweistellige prozentuale Steigerung", "Erwartet wird eine zweistellige prozentuale Steigerung.", nil},
	{"um ein Drittel", "Der Umsatz stieg um ein Drittel.", nil},
	{"Prozentsatz", "Ein hoher Prozentsatz der Kunden bleibt.", nil},
	{"number before Prozentsatz", "Bei 5 Prozentsätzen bleibt es.", nil},
	{"prozentual", "Prozentual gesehen ist das wenig.", nil},
	{"prozentual after number", "Die 3 prozentual größten Posten.", nil},
	{"Prozentbereich", "Das Plus liegt im zweistelligen Prozentbereich.", nil},
	{"einige Prozent", "Einige Prozent fehlen noch.", nil},
	{"wenige Prozentpunkte", "Es fehlen wenige Prozentpunkte.", nil},
	{"Prozent without number", "Wie viel Prozent sind das?", nil},
	{"BP is a company", "Der Ölkonzern hat 5 BP-Tankstellen verkauft.", nil},
	{"bp inside word", "Er kaufte 3 bpx-Lizenzen.", nil},
	{"vH inside word", "Es gab 3 vHs.", nil},
	{"ordinal", "Im 3. Prozentrang steht er nicht.", nil},
	{"decimal point before Promille", "Es waren 0.5 Promille.", nil},
	{"decimal point with three decimals", "Es waren 3.1415 % mehr.", nil},
	{"Basispunkt compound", "Der 5 Basispunktesatz gilt.", nil},
	{"Promillegrenze with space", "Er lag über 0,5 Promillegrenze.", nil},
	{"percent sign alone", "Das Zeichen % steht für Prozent.", nil},
	{"years", "Von 2019 bis 2023 wuchs der Markt.", nil},
	{"amount", "Der Umsatz stieg um 5 Millionen Euro.", nil},
	{"Prozentrechnung", "Die Prozentrechnung ist einfach.", nil},
	{"prozentig without number", "Das ist prozentig nicht messbar.", nil},
	{"letters before prozentig", "Ein ganzprozentiger Wert fehlt.", nil},
	{"article before Prozentsatz", "Ein Prozentsatz fehlt.", nil},
	{"empty", "", nil},
	{"number then Pro", "Er zahlte 5 Pro Kopf.", nil},
	{"bps inside word", "Sie kauften 5 bpsx.", nil},
	{"halb ohne Einheit", "Er kaufte einen halben Laib.", nil},
	{"Prozente als Nomen", "Beim Händler gibt es Prozente.", nil},
	{"Hundert ohne vom", "Er kam mit 5 Hundert Leuten.", nil},
	{"v. Chr.", "Im Jahr 50 v. Chr. gab es das nicht.", nil},
	{"vH is name", "Es sprach 3 vHelsing.", nil},
	{"percent in URL", "Die Adresse a%20b ist kaputt.", nil},
	{"Prozente im Schlussverkauf", "Die Prozente im Schlussverkauf lockten viele.", nil},
	{"ein Viertel", "Der Zins stieg um ein Viertel.", nil},
	{"die Hälfte", "Rund die Hälfte der Aktien wechselte den Besitzer.", nil},
	{"price", "Die Aktie notiert bei 25 Euro.", nil},
	{"comma between", "Er las Seite 5, Prozentrechnung für Anfänger.", nil},
	{"ratio", "Das Verhältnis ist 3:2 zugunsten der Käufer.", nil},
	{"Promillefahrer", "Es gab 3 Promillefahrer am Abend.", nil},
	{"Prozentangaben", "Mehr als die Hälfte der Prozentangaben fehlt.", nil},
	{"Prozentzahl", "Sie nannten keine Prozentzahl.", nil},
	{"Basispunkt without number", "Der Basispunkt ist eine kleine Einheit.", nil},
	{"zig Prozent", "Die Preise stiegen um zig Prozent.", nil},
	{"mehrere Prozentpunkte", "Die Quote fiel um mehrere Prozentpunkte.", nil},
	{"ein paar Prozent", "Es fehlen ein paar Prozent.", nil},
	{"viele Prozent", "Das ist um viele Prozent teurer.", nil},
	{"v without H", "Er lebte 40 v Chr in Rom.", nil},
	{"Prozentzahlen", "Die Prozentzahlen sind vorläufig.", nil},
	{"Provision", "Er zahlte 5 Euro Provision.", nil},
	{"Pro-Argumente", "Die 5 Pro-Argumente überzeugten.", nil},
	{"Produzenten", "Die Umfrage erreichte 3 Produzenten.", nil},
	{"Basisstationen", "Er hat 7 Basisstationen gebaut.", nil},
	{"bpm", "Der Puls lag bei 60 bpm.", nil},
	{"einstelliger Prozentbereich", "Der Zins liegt im niedrigen einstelligen Prozentbereich.", nil},
	{"vHS", "Sie buchten 10 vHS-Kurse.", nil},
	{"Prozentbeteiligung", "Er bekam eine Prozentbeteiligung.", nil},
	{"Prozentrang before number", "Der Prozentrang 5 fehlt.", nil},
	{"Prozentsatz before number", "Der Mehrwertsteuer-Prozentsatz von 19 gilt.", nil},
	{"Promillegrenze without number", "Die Promillegrenze bleibt.", nil},
	{"Prozentsatz stieg", "Der Prozentsatz stieg deutlich.", nil},
	{"prozentfrei", "Die Zahl 5 ist prozentfrei.", nil},
	{"Promotionen", "Er betreute 5 Promotionen.", nil},
	{"Basislager", "Er fuhr 3 Basislager an.", nil},
	{"no unit after von auf", "Der Wert stieg von 3 auf 4.", nil},
	{"Prozesse", "Er nannte 12 Prozesse.", nil},
	{"Pkt. alone", "Es gab 4 Pkt. Abzug.", nil},
	{"Basispunktwert", "Der Basispunktwert liegt bei 3.", nil},
}

func TestFindPercents(t *testing.T) {
	for _, tt := range percentTests {
		t.Run(tt.name, func(t *testing.T) {
			got := FindPercents(tt.in)
			checkPercentInvariants(t, tt.in, got)
			require.Len(t, got, len(tt.want), "matches: %s", pctDescribe(got))
			for i, w := range tt.want {
				g := got[i]
				assert.Equal(t, w.text, g.Text, "text")
				assert.Equal(t, w.value, g.Value.String(), "value")
				if w.max != "" {
					assert.True(t, g.IsRange, "IsRange")
					assert.Equal(t, w.max, g.Max.String(), "max")
				} else {
					assert.False(t, g.IsRange, "IsRange")
				}
				assert.Equal(t, w.unit, g.Unit, "unit")
				assert.Equal(t, w.dir, g.Direction, "direction")
				assert.Equal(t, w.basis, g.Basis, "basis")
				if w.basis != "" {
					assert.Equal(t, w.basis, tt.in[g.BasisSpan.Start:g.BasisSpan.End], "basis span")
				}
				approx := Exact
				if g.Qual != nil {
					approx = g.Qual.Approx
				}
				assert.Equal(t, w.approx, approx, "approx")
			}
		})
	}
}

// TestFindPercentsWithReuses checks that FindPercentsWith works from the numbers it is
// given: with a hand-made number list the result follows that list.
func TestFindPercentsWithReuses(t *testing.T) {
	text := "Der Umsatz stieg um 27 % gegenüber dem Vorjahr."
	at := strings.Index(text, "27")
	nums := []Number{{Span: Span{at, at + 2}, Text: "27", Value: decimal.NewFromInt(27), Flags: FlagDigits}}
	got := FindPercentsWith(text, nums)
	require.Len(t, got, 1)
	assert.Equal(t, "27 %", got[0].Text)
	assert.Equal(t, Up, got[0].Direction)
	assert.Equal(t, "gegenüber dem Vorjahr", got[0].Basis)

	// A value the caller changed shows that the numbers are not scanned again.
	nums[0].Value = decimal.NewFromInt(99)
	got = FindPercentsWith(text, nums)
	require.Len(t, got, 1)
	assert.Equal(t, "99", got[0].Value.String())

	assert.Empty(t, FindPercentsWith(text, nil), "digits come from nums only")
	bad := []Number{{Span: Span{40, 400}, Value: decimal.NewFromInt(1)}, {Span: Span{-3, 2}}}
	assert.Empty(t, FindPercentsWith(text, bad), "numbers outside the text are ignored")
	assert.Equal(t, FindPercents(text), FindPercentsWith(text, FindNumbers(text)))
}

func TestParsePercent(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    pw
		wantErr error
		offset  int
	}{
		{name: "sign", in: "27 %", want: pw{text: "27 %", value: "27"}},
		{name: "word", in: "32,5 Prozent", want: pw{text: "32,5 Prozent", value: "32.5"}},
		{name: "decimal point", in: "28.56 %", want: pw{text: "28.56 %", value: "28.56"}},
		{name: "qualifier", in: "rund 5 %", want: pw{text: "5 %", value: "5", approx: About}},
		{name: "points", in: "0,25 Prozentpunkte", want: pw{text: "0,25 Prozentpunkte", value: "0.25", unit: Point}},
		{name: "negative", in: "−1,4 %", want: pw{text: "−1,4 %", value: "-1.4", dir: Down}},
		{name: "range", in: "20–25 %", want: pw{text: "20–25 %", value: "20", max: "25"}},
		{name: "compound", in: "Fünf-Prozent", want: pw{text: "Fünf-Prozent", value: "5"}},
		{name: "empty", in: "", wantErr: ErrEmpty},
		{name: "blank", in: "  ", wantErr: ErrEmpty},
		{name: "no unit", in: "27", wantErr: ErrSyntax},
		{name: "trailing text", in: "27 % mehr", wantErr: ErrSyntax, offset: 4},
		{name: "leading text", in: "um 27 %", wantErr: ErrSyntax},
		{name: "leading space", in: " 27 %", wantErr: ErrSyntax},
		{name: "two percentages", in: "5 % 6 %", wantErr: ErrSyntax, offset: 3},
		{name: "only unit", in: "Prozent", wantErr: ErrSyntax},
		{name: "huge input", in: strings.Repeat("5 % ", 1<<18), wantErr: ErrSyntax, offset: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParsePercent(tt.in)
			if tt.wantErr != nil {
				require.Error(t, err)
				assert.True(t, errors.Is(err, tt.wantErr), "error %v", err)
				var ne *NumError
				require.True(t, errors.As(err, &ne))
				assert.Equal(t, "ParsePercent", ne.Func)
				assert.Equal(t, tt.in, ne.Num)
				assert.Equal(t, tt.offset, ne.Offset)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want.text, m.Text)
			assert.Equal(t, tt.want.value, m.Value.String())
			assert.Equal(t, tt.want.unit, m.Unit)
			assert.Equal(t, tt.want.dir, m.Direction)
			if tt.want.max != "" {
				assert.Equal(t, tt.want.max, m.Max.String())
			}
			if tt.want.approx != Exact {
				require.NotNil(t, m.Qual)
				assert.Equal(t, tt.want.approx, m.Qual.Approx)
			}
		})
	}
}

func TestPercentMatchJSON(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain", "Er hält 27 %.", `[{"text":"27 %","start":9,"end":13,"value":"27","unit":"percent"}]`},
		{"direction and basis", "Plus von 51 % gegenüber dem Vorjahr.",
			`[{"text":"51 %","start":9,"end":13,"value":"51","unit":"percent","direction":"up","basis":"gegenüber dem Vorjahr"}]`},
		{"approx", "Er hält rund 32,5 %.", `[{"text":"32,5 %","start":14,"end":20,"value":"32.5","unit":"percent","approx":"about"}]`},
		{"range", "Es sind 20–25 Basispunkte.", `[{"text":"20–25 Basispunkte","start":8,"end":27,"value":"20","unit":"basis_point","min":"20","max":"25"}]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(FindPercents(tt.in))
			require.NoError(t, err)
			assert.JSONEq(t, tt.want, string(b))
			assert.Equal(t, tt.want, string(b), "field order")
		})
	}
}

func TestFindPercentsBadInput(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"invalid utf8", "Der Umsatz stieg \xff um 5 \xfe% und \xc3 Prozent."},
		{"nul bytes", "5\x00% und 6 %\x00 Prozent\x00"},
		{"only units", strings.Repeat("% Prozent ‰ Bp. v. H. ", 2000)},
		{"unit words glued", strings.Repeat("prozentprozent", 2000)},
		{"many numbers", strings.Repeat("1 2 3 4 5 % ", 5000)},
		{"truncated unit", "5 Proz"},
		{"truncated v. H.", "5 v."},
		{"truncated permille", "5 \xe2\x80"},
		{"word at start", "prozentig"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPercentInvariants(t, tt.in, FindPercents(tt.in))
		})
	}
}

func TestFindPercentsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("long input")
	}
	tests := []struct {
		name string
		in   string
	}{
		{"repeated sentence", strings.Repeat("Der Umsatz stieg um 5 % gegenüber dem Vorjahr. ", 50000)},
		{"repeated unit word", strings.Repeat("Prozent ", 300000)},
		{"digits", strings.Repeat("9", 10<<20)},
		{"words without boundary", strings.Repeat("stieg ", 300000) + "5 %"},
		{"long blank gaps", strings.Repeat("5 % Prozent"+strings.Repeat(" ", 1000), 5000)},
		{"long punctuation gaps", strings.Repeat("um 5 %"+strings.Repeat("#", 1000), 5000)},
		{"unit words with article", strings.Repeat("ein Prozent einen halben Prozentpunkt ", 20000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Finishing is the assertion (a hang hits the test timeout); linear
			// time itself is measured by TestLinearTime and the scale benchmarks.
			checkPercentInvariants(t, tt.in, FindPercents(tt.in))
		})
	}
}

func checkPercentInvariants(t *testing.T, text string, ms []PercentMatch) {
	t.Helper()
	prev := 0
	for _, m := range ms {
		require.True(t, 0 <= m.Start && m.Start < m.End && m.End <= len(text), "span %v out of bounds", m.Span)
		require.GreaterOrEqual(t, m.Start, prev, "matches overlap or are out of order")
		require.Equal(t, text[m.Start:m.End], m.Text)
		if m.Basis != "" {
			require.True(t, m.BasisSpan.End <= len(text) && m.BasisSpan.Start >= 0)
			require.False(t, m.BasisSpan.Overlaps(m.Span), "basis overlaps the match")
			require.Equal(t, text[m.BasisSpan.Start:m.BasisSpan.End], m.Basis)
		}
		if m.Qual != nil {
			require.True(t, m.Qual.Start >= 0 && m.Qual.End <= m.Start)
		}
		prev = m.End
	}
}

func pctDescribe(ms []PercentMatch) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString(m.Text + "=" + m.Value.String() + " " + m.Unit.String() + " " + m.Direction.String() + "; ")
	}
	return b.String()
}

func FuzzFindPercents(f *testing.F) {
	for _, tt := range percentTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ms := FindPercents(text)
		prev := 0
		for _, m := range ms {
			if m.Start < prev || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", m.Span, prev, text)
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("text %q != span %q", m.Text, text[m.Start:m.End])
			}
			if m.Basis != "" && text[m.BasisSpan.Start:m.BasisSpan.End] != m.Basis {
				t.Fatalf("basis %q != span", m.Basis)
			}
			if m.IsRange && m.Max.LessThan(m.Value) {
				t.Fatalf("range %v…%v", m.Value, m.Max)
			}
			if _, err := json.Marshal(m); err != nil {
				t.Fatal(err)
			}
			prev = m.End
		}
		// Numerals found in another text (the text cut, or shifted by a
		// byte) do not fit: FindPercentsWith skips them, never panics,
		// and every span it reports still indexes the text.
		for _, other := range []string{text[:len(text)/2], " " + text, text + text} {
			for _, m := range FindPercentsWith(text, FindNumbers(other)) {
				if m.Start < 0 || m.Start >= m.End || m.End > len(text) || text[m.Start:m.End] != m.Text {
					t.Fatalf("mismatched numbers gave %v %q in %q", m.Span, m.Text, text)
				}
			}
		}
	})
}

// TestFindPercentsWithValidates feeds numbers that do not fit the text:
// each is skipped, none panics, and a fitting number still counts.
func TestFindPercentsWithValidates(t *testing.T) {
	text := "Die Quote stieg um 27 % und danach um 4 %."
	a := strings.Index(text, "27")
	b := strings.Index(text, "4 %")
	good := Number{Span: Span{a, a + 2}, Text: "27", Value: decimal.NewFromInt(27), Flags: FlagDigits}
	tests := []struct {
		name string
		n    Number
	}{
		{"negative start", Number{Span: Span{-1, 2}, Text: "27", Value: decimal.NewFromInt(27)}},
		{"inverted", Number{Span: Span{a + 2, a}, Text: "27", Value: decimal.NewFromInt(27)}},
		{"empty", Number{Span: Span{a, a}, Text: "", Value: decimal.NewFromInt(27)}},
		{"end beyond text", Number{Span: Span{a, len(text) + 5}, Text: "27", Value: decimal.NewFromInt(27)}},
		{"start beyond text", Number{Span: Span{len(text) + 1, len(text) + 3}, Text: "27", Value: decimal.NewFromInt(27)}},
		{"text differs", Number{Span: Span{a, a + 2}, Text: "28", Value: decimal.NewFromInt(28)}},
		{"text missing", Number{Span: Span{a, a + 2}, Value: decimal.NewFromInt(27)}},
		{"span of another word", Number{Span: Span{0, 3}, Text: "Die", Value: decimal.NewFromInt(1)}},
		{"huge values", Number{Span: Span{1 << 40, 1<<40 + 2}, Text: "27"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NotPanics(t, func() {
				assert.Empty(t, FindPercentsWith(text, []Number{tt.n}))
			})
			// a bad number next to good ones does not take them down
			got := FindPercentsWith(text, []Number{tt.n, good})
			require.Len(t, got, 1)
			assert.Equal(t, "27 %", got[0].Text)
		})
	}
	t.Run("out of order", func(t *testing.T) {
		four := Number{Span: Span{b, b + 1}, Text: "4", Value: decimal.NewFromInt(4), Flags: FlagDigits}
		got := FindPercentsWith(text, []Number{four, good})
		require.Len(t, got, 1, "the number before the previous one is skipped")
		assert.Equal(t, "4 %", got[0].Text)
	})
	t.Run("qualifier that does not fit is dropped", func(t *testing.T) {
		n := good
		n.Qual = &Qualifier{Span: Span{a + 1, a + 40}, Text: "rund", Approx: About}
		got := FindPercentsWith(text, []Number{n})
		require.Len(t, got, 1)
		assert.Nil(t, got[0].Qual)
		assert.Equal(t, "27 %", got[0].Text)
	})
}
