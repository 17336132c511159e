package parse

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// findTests is the table of running-text cases. Each want entry is
// "Text=Value" with optional modifiers separated by '|':
//
//	ord          the number is an ordinal
//	max=V        a range with upper end V
//	q=TEXT:K     a qualifier with text TEXT and Approx K (about, at_most, …)
//	f=LETTERS    flags that must be set: d digits, w words, s scale,
//	             h fraction, n signed, c compound, a article
//
// An empty want means nothing may be found.
var findTests = []struct {
	name string
	in   string
	want []string
}{
	// digits in sentences
	{"year alone", "Das Werk wurde 2025 eröffnet.", []string{"2025=2025"}},
	{"grouped", "Der Konzern beschäftigt 12.400 Menschen.", []string{"12.400=12400"}},
	{"decimal comma", "Die Marge lag bei 3,75 Punkten.", []string{"3,75=3.75"}},
	{"full German", "Es flossen 1.234.567,89 Euro ab.", []string{"1.234.567,89=1234567.89"}},
	{"4,800", "Der Kurs schloss bei 4,800 Franken.", []string{"4,800=4.8"}},
	{"4.800", "Die Bank hat 4.800 Filialen.", []string{"4.800=4800"}},
	{"1.099 price", "Das Gerät kostet 1.099 Euro.", []string{"1.099=1099"}},
	{"space groups", "Gezählt wurden 1 250 000 Aktien.", []string{"1 250 000=1250000"}},
	{"nbsp groups", "Gezählt wurden 1\u00a0250\u00a0000 Aktien.", []string{"1\u00a0250\u00a0000=1250000"}},
	{"narrow nbsp groups", "Es waren 20\u202f000 Stück.", []string{"20\u202f000=20000"}},
	{"thin space groups", "Es waren 20\u2009000 Stück.", []string{"20\u2009000=20000"}},
	{"year then count", "Im Jahr 2024 500 neue Stellen.", []string{"2024=2024", "500=500"}},
	{"space group needs three", "Seite 12 34 Zeilen", []string{"12=12", "34=34"}},
	{"swiss", "Die Prämie beträgt 1'250.50 Franken.", []string{"1'250.50=1250.5"}},
	{"swiss quote", "Sie kostet 1’250 Franken.", []string{"1’250=1250"}},
	{"comma list", "Die Werte 3, 4 und 5 fehlen.", []string{"3=3", "4=4", "5=5"}},
	{"sentence end number", "Der Umsatz stieg auf 17. Danach fiel er.", []string{"17=17"}},
	{"price dash", "Das Ticket kostet 5,- Euro.", []string{"5,-=5"}},
	{"many numbers", "Von 10 auf 12 und dann 14.", []string{"10=10", "12=12", "14=14"}},
	// signs
	{"minus sign", "Das Ergebnis lag bei -3,5 Millionen.", []string{"-3,5 Millionen=-3500000|f=dns"}},
	{"unicode minus", "Die Rendite war −0,4.", []string{"−0,4=-0.4|f=dn"}},
	{"plus sign", "Ein Zuwachs von +2,1 Punkten.", []string{"+2,1=2.1|f=dn"}},
	{"negativ word", "Der Saldo war negativ 12.", []string{"negativ 12=-12|f=dn"}},
	{"negativ without number", "Das Echo war negativ.", nil},
	{"Minus noun", "Es gab ein Minus von 5 Prozent.", []string{"5=5"}},
	{"minus word", "Die Temperatur fiel auf minus drei.", []string{"minus drei=-3|f=wn"}},
	{"hyphen after word is not a sign", "Die Pandemie COVID-19 traf alle.", nil},
	// scales
	{"Milliarden", "Der Umsatz lag bei 34,9 Milliarden Dollar.", []string{"34,9 Milliarden=34900000000|f=ds"}},
	{"Bio.", "Der Schuldenberg wuchs auf 1,2 Bio. Euro.", []string{"1,2 Bio.=1200000000000|f=ds"}},
	{"Mrd at sentence end", "Das Budget beträgt 12 Mrd.", []string{"12 Mrd.=12000000000"}},
	{"Mio without dot", "Ein Plus von 850 Mio Euro.", []string{"850 Mio=850000000"}},
	{"Tsd.", "Rund 40 Tsd. Besucher kamen.", []string{"40 Tsd.=40000|q=Rund:about"}},
	{"Tausend after digits", "Es kamen 3 Tausend Gäste.", []string{"3 Tausend=3000"}},
	{"Billiarde", "Das wären 2 Billiarden Einheiten.", []string{"2 Billiarden=2000000000000000"}},
	{"nbsp before scale", "Es geht um 5\u00a0Mrd. Euro.", []string{"5\u00a0Mrd.=5000000000"}},
	{"scale compound", "Ein 250-Milliarden-US-Dollar-Vorabkaufvertrag wurde unterzeichnet.", []string{"250-Milliarden=250000000000|f=dsc"}},
	{"compound without scale", "Die 40-Stunden-Woche bleibt.", []string{"40=40|f=dc"}},
	{"word compound", "Die Partei scheiterte an der Fünf-Prozent-Hürde.", []string{"Fünf=5|f=wc"}},
	// number words
	{"drei", "Wir haben drei Werke.", []string{"drei=3|f=w"}},
	{"Dreihundert at start", "Dreihundert Stellen fallen weg.", []string{"Dreihundert=300"}},
	{"ALL CAPS", "ZWEI TAGE SPÄTER", []string{"ZWEI=2"}},
	{"compound word", "Es gab dreiundzwanzig Bewerber.", []string{"dreiundzwanzig=23"}},
	{"hundertfünfzig", "Etwa hundertfünfzig Gäste kamen.", []string{"hundertfünfzig=150|q=Etwa:about"}},
	{"einhundertfünfzigtausend", "Es kamen einhundertfünfzigtausend Menschen.", []string{"einhundertfünfzigtausend=150000"}},
	{"1812", "Im Jahr achtzehnhundertzwölf", []string{"achtzehnhundertzwölf=1812"}},
	{"ALL CAPS compound", "ES WAREN DREIUNDZWANZIG", []string{"DREIUNDZWANZIG=23"}},
	{"big word number", "Das wären neun Billiarden.", []string{"neun Billiarden=9000000000000000|f=ws"}},
	{"million then thousands words", "Es sind zwei Millionen fünfhunderttausend.", []string{"zwei Millionen fünfhunderttausend=2500000"}},
	{"1852", "Die Firma entstand achtzehnhundertzweiundfünfzig in Bremen.", []string{"achtzehnhundertzweiundfünfzig=1852"}},
	{"word scales joined", "Sie zahlten zwei Milliarden dreihundert Millionen Euro.", []string{"zwei Milliarden dreihundert Millionen=2300000000|f=ws"}},
	{"words und split", "Er zählte zwei und vierzig Kisten.", []string{"zwei und vierzig=42"}},
	{"dreissig ss", "Nach dreissig Tagen", []string{"dreissig=30"}},
	{"fuenf ue", "Es gibt fuenf Sorten.", []string{"fuenf=5"}},
	{"soft hyphen in word", "Es kamen drei\u00adhundert Leute.", []string{"drei\u00adhundert=300"}},
	{"NFD umlaut", "Es waren fu\u0308nf Tage.", []string{"fu\u0308nf=5"}},
	{"NFD zwölf", "Nach zwo\u0308lf Monaten", []string{"zwo\u0308lf=12"}},
	{"zwo", "Das sind zwo Punkte.", []string{"zwo=2"}},
	{"elf words", "Die elf Spieler", []string{"elf=11"}},
	{"sechzehn", "Mit sechzehn Jahren", []string{"sechzehn=16"}},
	{"siebzig", "Über siebzig Filialen", []string{"siebzig=70|q=Über:more_than"}},
	{"tausend lower", "Rund tausend Gäste", []string{"tausend=1000|q=Rund:about"}},
	{"Tausend after number word", "Es waren drei Tausend.", []string{"drei Tausend=3000"}},
	{"capitalized mid-sentence Elf", "Die deutsche Elf siegte.", nil},
	{"capitalized mid-sentence Acht", "Er ließ das außer Acht.", nil},
	{"capitalized mid-sentence Drei", "Die Drei von der Tankstelle", nil},
	{"capitalized after colon", "Das Ergebnis: Drei Tore.", []string{"Drei=3"}},
	{"capitalized after dateline dash", "Wien – Zwei Tage später kam er.", []string{"Zwei=2"}},
	{"capitalized after hyphen dash", "Berlin (dpa) - Fünf Jahre danach", []string{"Fünf=5"}},
	{"capitalized in title quotes", "Der Film „Drei Engel“ lief.", []string{"Drei=3"}},
	{"capitalized after name hyphen", "Die Flick-Elf siegte.", nil},
	{"article bis year", "einen bis 2024 gültigen Vertrag", []string{"2024=2024"}},
	{"capitalized after quote", "Er sagte: „Zwei reichen.“", []string{"Zwei=2"}},
	{"capitalized compound mid-sentence", "an der Fünf-Prozent-Hürde", []string{"Fünf=5|f=wc"}},
	{"capitalized ordinal mid-sentence", "im Zweiten Weltkrieg", []string{"Zweiten=2|ord"}},
	{"two separate word numbers", "Drei, vier Leute", []string{"Drei=3", "vier=4"}},
	{"word then digits", "Zwei Werke und 40 Läden", []string{"Zwei=2", "40=40"}},
	{"words plus abbreviation", "Sie verdienten zwei Mrd. Euro.", []string{"zwei Mrd.=2000000000|f=ws"}},
	{"eins", "Es steht eins zu null.", []string{"eins=1"}},
	{"Komma words", "Es waren eins Komma fünf Punkte.", []string{"eins Komma fünf=1.5"}},
	{"Komma digit words", "Er nannte drei Komma null fünf.", []string{"drei Komma null fünf=3.05"}},
	{"Komma digits scale", "Es fehlen 3 Komma 25 Millionen.", []string{"3 Komma 25 Millionen=3250000"}},
	{"Komma without digits", "Er setzte ein Komma.", nil},
	{"Komma after ordinal", "Im dritten Komma", []string{"dritten=3|ord"}},
	{"Million alone is whole text", "Million", []string{"Million=1000000|f=ws"}},
	{"Millionen alone is vague", "Millionen", nil},
	// fractions and dozens
	{"halbe Milliarde", "Sie investiert eine halbe Milliarde Euro.", []string{"eine halbe Milliarde=500000000|f=wsha"}},
	{"anderthalb", "Nach anderthalb Jahren", []string{"anderthalb=1.5|f=wh"}},
	{"eineinhalb Millionen", "Eineinhalb Millionen Kunden", []string{"Eineinhalb Millionen=1500000|f=whs"}},
	{"zweieinhalb", "Er blieb zweieinhalb Jahre.", []string{"zweieinhalb=2.5"}},
	{"ein Drittel", "Ein Drittel der Stellen fällt weg.", []string{"Ein Drittel=0.33333333333333333333|f=wha"}},
	{"drei Viertel", "Drei Viertel der Kunden", []string{"Drei Viertel=0.75|f=wh"}},
	{"dreiviertel one word", "Nach dreiviertel Stunde", []string{"dreiviertel=0.75"}},
	{"vulgar half glued", "Nach 1½ Jahren", []string{"1½=1.5|f=dh"}},
	{"vulgar third glued", "Es waren 2⅓ Punkte.", []string{"2⅓=2.33333333333333333333"}},
	{"vulgar alone", "Es fehlt ¾ der Summe.", []string{"¾=0.75|f=h"}},
	{"vulgar alone scaled", "rund ½ Mio. Euro", []string{"½ Mio.=500000|q=rund:about|f=hs"}},
	{"vulgar glued to letter", "Typ A½ fährt.", nil},
	{"ein Dutzend", "Ein Dutzend Firmen klagte.", []string{"Ein Dutzend=12|f=wha"}},
	{"halbes Dutzend", "Ein halbes Dutzend Werke", []string{"Ein halbes Dutzend=6"}},
	{"Dutzende vague", "Dutzende Firmen klagten.", nil},
	{"mehrere tausend vague", "Sie spendeten mehrere tausend Euro.", nil},
	{"einige Hundert vague", "Einige Hundert Gäste kamen.", nil},
	{"ein paar hunderttausend vague", "Es fehlen ein paar hunderttausend Euro.", nil},
	{"tausend after another word", "Mehr als tausend Gäste kamen.", []string{"tausend=1000|q=Mehr als:more_than"}},
	{"zweitausend after a quantifier is exact", "Einige zweitausend Jahre alte Münzen lagen dort.", []string{"zweitausend=2000"}},
	// ordinals
	{"erste", "Das erste Quartal war schwach.", []string{"erste=1|ord"}},
	{"ersten", "Im ersten Halbjahr", []string{"ersten=1|ord"}},
	{"zweiten", "Zum zweiten Mal", []string{"zweiten=2|ord"}},
	{"dritte", "Die dritte Runde", []string{"dritte=3|ord"}},
	{"siebte", "Die siebte Filiale", []string{"siebte=7|ord"}},
	{"siebente", "Die siebente Filiale", []string{"siebente=7|ord"}},
	{"achte", "Das achte Werk", []string{"achte=8|ord"}},
	{"dreiundzwanzigsten", "Am dreiundzwanzigsten Tag", []string{"dreiundzwanzigsten=23|ord"}},
	{"hundertste", "Die hundertste Ausgabe", []string{"hundertste=100|ord"}},
	{"digit ordinal lower", "Er wurde 3. bester Händler.", []string{"3.=3|ord"}},
	{"digit ordinal im", "Im 3. Quartal sank der Gewinn.", []string{"3.=3|ord|f=d"}},
	{"digit ordinal zum", "Zum 25. Jubiläum", []string{"25.=25|ord"}},
	{"digit ordinal suffix", "Er wurde 4ter.", []string{"4ter=4|ord"}},
	{"ordinal not scaled", "Im 3. Mio.-Schritt", []string{"3.=3|ord"}},
	{"ordinal no qualifier", "Er wurde knapp 3. nach Punkten.", []string{"3.=3|ord"}},
	{"ordinal der Platz", "Er belegte den 2. Platz.", []string{"2.=2|ord"}},
	{"ordinal after determiner and adjective", "Es gibt ein volles 13. Monatsgehalt.", []string{"13.=13|ord"}},
	{"ordinal zum vollendeten", "Bis zum vollendeten 60. Lebensjahr", []string{"60.=60|ord"}},
	{"adjective without determiner ends sentence", "Die Quote lag bei starken 13. Danach sank sie.", []string{"13=13"}},
	{"count after adjective ends sentence", "Es kamen viele 300. Das war gut.", []string{"300=300"}},
	{"year at sentence end", "Das gilt seit 2019. Die Zahl", []string{"2019=2019"}},
	{"ordinal glued to noun", "Bis zum 2.Weltkrieg", []string{"2.=2|ord"}},
	{"ordinal glued to month is date", "Am 3.Mai kam er.", nil},
	{"domain after digit dot", "Siehe 3.example.org dazu.", nil},
	{"leading zero code", "Anruf unter 030 1234 5678", nil},
	{"leading zero club", "Mainz 05 siegte.", nil},
	{"leading zero decimal is fine", "Es waren 0,5 Punkte.", []string{"0,5=0.5"}},
	{"1.1. not ordinal", "Seit 1.1. gilt das.", nil},
	{"1.1 not ordinal", "Version 1.1 kommt.", nil},
	// ranges
	{"range bis", "Es kommen 20 bis 25 Gäste.", []string{"20 bis 25=20|max=25"}},
	{"range en dash", "Ein Plus von 20–25 Prozent.", []string{"20–25=20|max=25"}},
	{"range hyphen", "Ein Plus von 20-25 Prozent.", []string{"20-25=20|max=25"}},
	{"range spaced dash", "Es sind 20 – 25 Stück.", []string{"20 – 25=20|max=25"}},
	{"range zwischen", "Der Preis liegt zwischen 20 und 25 Euro.", []string{"20 und 25=20|max=25"}},
	{"range both scaled", "Erwartet werden 12 Mrd. bis 13 Mrd. Euro.", []string{"12 Mrd. bis 13 Mrd.=12000000000|max=13000000000"}},
	{"range scale distributes", "Erwartet werden 12 bis 13 Mrd. Euro.", []string{"12 bis 13 Mrd.=12000000000|max=13000000000"}},
	{"range scale not distributed", "Zwischen 500 und 1 Mrd. Euro", []string{"500 und 1 Mrd.=500|max=1000000000"}},
	{"range words", "Zwischen zwei und drei Milliarden", []string{"zwei und drei Milliarden=2000000000|max=3000000000"}},
	{"range words bis", "zwei bis drei Tage", []string{"zwei bis drei=2|max=3"}},
	{"range years", "Von 2020 bis 2025 stieg der Absatz.", []string{"2020 bis 2025=2020|max=2025"}},
	{"range with qualifier", "Rund 20 bis 25 Mrd.", []string{"20 bis 25 Mrd.=20000000000|max=25000000000|q=Rund:about"}},
	{"descending is no range", "Es fiel von 25 bis 20 Punkte", []string{"25=25", "20=20"}},
	{"und without zwischen", "Es waren 20 und 25 Stück.", []string{"20=20", "25=25"}},
	{"bis not number", "20 bis Ende Mai", []string{"20=20"}},
	{"iso date chain", "Stand 2025-05-03 gilt.", nil},
	{"signed range", "Es hatte -5 bis -3 Grad.", []string{"-5 bis -3=-5|max=-3|f=dn"}},
	{"article range", "Ein Plus von ein bis zwei Prozent", []string{"ein bis zwei=1|max=2"}},
	{"article range zwischen", "zwischen einer und zwei Milliarden Euro", []string{"einer und zwei Milliarden=1000000000|max=2000000000"}},
	{"article bis non-number", "ein bis heute offener Fall", nil},
	{"date range of days", "Vom 10. bis 12. März tagt er.", nil},
	{"ordinal bis ordinal", "vom 10. bis 12. Platz", []string{"10.=10|ord", "12.=12|ord"}},
	{"digits fraction", "etwa 3 Viertel der Firmen", []string{"3 Viertel=0.75|q=etwa:about|f=dh"}},
	// qualifiers
	{"rund", "Rund 5 Millionen Kunden", []string{"5 Millionen=5000000|q=Rund:about"}},
	{"etwa", "etwa 300 Stellen", []string{"300=300|q=etwa:about"}},
	{"ca.", "ca. 300 Stellen", []string{"300=300|q=ca.:about"}},
	{"circa", "circa 300 Stellen", []string{"300=300|q=circa:about"}},
	{"zirka", "zirka 300 Stellen", []string{"300=300|q=zirka:about"}},
	{"knapp", "knapp 300 Stellen", []string{"300=300|q=knapp:just_under"}},
	{"gut", "gut 300 Stellen", []string{"300=300|q=gut:just_over"}},
	{"fast", "fast 300 Stellen", []string{"300=300|q=fast:about"}},
	{"nahezu", "nahezu 300 Stellen", []string{"300=300|q=nahezu:about"}},
	{"annähernd", "annähernd 300 Stellen", []string{"300=300|q=annähernd:about"}},
	{"über", "über 300 Stellen", []string{"300=300|q=über:more_than"}},
	{"über after amount noun", "Siemens erhielt einen Auftrag über 40 Millionen Euro.", []string{"40 Millionen=40000000"}},
	{"über after compound amount noun", "Ein Milliardenkredit über 2 Mrd. Euro", []string{"2 Mrd.=2000000000"}},
	{"über after inflected noun", "Die Anleihen über 500 Mio. Euro", []string{"500 Mio.=500000000"}},
	{"über after other noun", "Personen über 16 Jahren", []string{"16=16|q=über:more_than"}},
	{"über after verb", "Der Kurs stieg auf über 20 Euro.", []string{"20=20|q=über:more_than"}},
	{"mehr als", "mehr als 300 Stellen", []string{"300=300|q=mehr als:more_than"}},
	{"weniger als", "weniger als 300 Stellen", []string{"300=300|q=weniger als:less_than"}},
	{"unter", "unter 300 Stellen", []string{"300=300|q=unter:less_than"}},
	{"bis zu", "bis zu 300 Stellen", []string{"300=300|q=bis zu:at_most"}},
	{"mindestens", "mindestens 300 Stellen", []string{"300=300|q=mindestens:at_least"}},
	{"höchstens", "höchstens 300 Stellen", []string{"300=300|q=höchstens:at_most"}},
	{"maximal", "maximal 300 Stellen", []string{"300=300|q=maximal:at_most"}},
	{"wenigstens", "wenigstens 300 Stellen", []string{"300=300|q=wenigstens:at_least"}},
	{"ungefähr", "ungefähr 300 Stellen", []string{"300=300|q=ungefähr:about"}},
	{"beinahe", "beinahe 300 Stellen", []string{"300=300|q=beinahe:about"}},
	{"rd.", "rd. 300 Stellen", []string{"300=300|q=rd.:about"}},
	{"Mehr als capitalized", "Mehr als 300 Stellen", []string{"300=300|q=Mehr als:more_than"}},
	{"Bis zu capitalized", "Bis zu 300 Stellen", []string{"300=300|q=Bis zu:at_most"}},
	{"NFD über", "u\u0308ber 300 Stellen", []string{"300=300|q=u\u0308ber:more_than"}},
	{"als alone is no qualifier", "als 300 Stellen", []string{"300=300"}},
	{"zu alone is no qualifier", "zu 300 Stellen", []string{"300=300"}},
	{"qualifier glued to letters", "Ausrund 300", []string{"300=300"}},
	{"qualifier with words", "knapp zwei Milliarden", []string{"zwei Milliarden=2000000000|q=knapp:just_under"}},
	{"qualifier glued is not", "Ausgabe300", nil},
	{"no qualifier across comma", "rund, 300 Stellen", []string{"300=300"}},
	// articles
	{"eine Milliarde", "Der Deal ist eine Milliarde wert.", []string{"eine Milliarde=1000000000|f=wsa"}},
	{"ein Prozent", "Der Umsatz wuchs um ein Prozent.", []string{"ein=1|f=wa"}},
	{"einen Euro", "Das kostet einen Euro.", []string{"einen=1|f=wa"}},
	{"einen US-Dollar", "Das kostet einen US-Dollar.", []string{"einen=1"}},
	{"ein Basispunkt", "Um einen Basispunkt", []string{"einen=1"}},
	{"eine Million article", "Eine Million Kunden", []string{"Eine Million=1000000"}},
	{"eine Million viertausend", "Es sind eine Million viertausend Stück.", []string{"eine Million viertausend=1004000"}},
	{"article alone", "Eine", []string{"Eine=1|f=wa"}},
	{"article alone with spaces", "  einen  ", []string{"einen=1"}},
	{"ein Plus", "Der Konzern meldet ein Plus.", nil},
	{"ein Sprecher", "Das sagte ein Sprecher.", nil},
	{"eine der größten", "Sie ist eine der größten Banken.", nil},
	{"einer der Gründer", "Er war einer der Gründer.", nil},
	{"eines Tages", "Eines Tages kam er.", nil},
	{"einem Bericht", "Laut einem Bericht stieg er.", nil},
	{"ein Jahr is not counted", "Vor ein Jahr", nil},
	// null and kein
	{"null alone", "null", []string{"null=0"}},
	{"null Prozent", "Die Inflation lag bei null Prozent.", []string{"null=0"}},
	{"auf null", "Der Zins sank auf null.", []string{"null=0"}},
	{"Stunde null", "Die Stunde null kam.", nil},
	{"keiner alone", "keiner", []string{"keiner=0"}},
	{"keiner in text", "Das wollte keiner hören.", nil},
	{"keinen Prozent", "Es gab keinen Prozent mehr.", []string{"keinen=0"}},
	// whole words only
	{"Einheit", "Die Einheit wächst.", nil},
	{"Dreieck", "Das Dreieck ist gleich.", nil},
	{"Zweifel", "Es gibt Zweifel.", nil},
	{"Achtung", "Achtung, Stufe!", nil},
	{"elfmal", "Er gewann elfmal.", nil},
	{"Neuntel alone", "Ein Neuntel", []string{"Ein Neuntel=0.11111111111111111111"}},
	{"Tausende", "Tausende kamen.", nil},
	{"Millionen alone", "Millionen Menschen sahen zu.", nil},
	{"article plural scale compound", "Es war ein Milliarden-Dollar-Deal für beide Seiten.", nil},
	{"article plural scale investment", "Geplant ist eine Milliarden-Investition in Sachsen.", nil},
	{"article plural Millionen compound", "Ein Millionen-Deal platzte.", nil},
	{"article plural scale loose", "Sie bauen eine Milliarden Euro teure Brücke.", nil},
	{"article dative plural scale", "Das Land sitzt auf einer Billionen-Schuld.", nil},
	{"article singular scale compound stays", "Das war eine Million-Dollar-Frage.", []string{"eine Million=1000000|f=wsca"}},
	{"article singular scale stays", "Der Bau kostet eine Milliarde Euro.", []string{"eine Milliarde=1000000000|f=wsa"}},
	{"article range plural upper end stays", "ein bis zwei Milliarden Euro", []string{"ein bis zwei Milliarden=1000000000|max=2000000000"}},
	{"Hunderte", "Hunderte Firmen", nil},
	{"seit", "Seit Jahren sinkt er.", nil},
	{"dreimal", "Er kam dreimal.", nil},
	{"Achter", "Der Achter siegte.", []string{"Achter=8|ord"}},
	{"surname Tausend", "Claudia Tausend sagte, es gehe voran.", nil},
	{"surname mid sentence", "Laut Claudia Tausend gehe es voran.", nil},
	{"Tausend capitalized after article", "Die Tausend Gäste", nil},
	// codes, URLs, e-mails
	{"H100", "Der Chip H100 ist gefragt.", nil},
	{"A380", "Der A380 fliegt.", nil},
	{"B2B", "Das B2B-Geschäft wächst.", nil},
	{"ISIN", "Die ISIN DE0007164600 gehört SAP.", nil},
	{"Windows11", "Mit Windows11 kam das.", nil},
	{"5G", "Das 5G-Netz", nil},
	{"3D", "Ein 3D-Drucker", nil},
	{"100k", "Er hat 100k Follower.", nil},
	{"iPhone 15", "Das iPhone 15 ist da.", []string{"15=15"}},
	{"URL path", "Siehe https://example.com/bericht/2025/q3 dazu.", nil},
	{"URL query", "Siehe example.com/a?id=5 dazu.", nil},
	{"e-mail", "Schreiben Sie an info2025@example.com bitte.", nil},
	{"e-mail local digits", "an max.mustermann.5@example.com", nil},
	{"word in URL", "auf www.drei.de lesen", nil},
	{"hashtag", "Der Trend #1 hält.", nil},
	// dates and times
	{"date dotted", "Am 3.5.2025 trat er an.", nil},
	{"date padded", "Am 03.05.2025 trat er an.", nil},
	{"time dotted", "Um 14.30 Uhr begann es.", nil},
	{"time colon", "Um 14:30 begann es.", nil},
	{"time seconds", "Um 14:30:15 begann es.", nil},
	{"clock hour", "Um 14 Uhr begann es.", nil},
	{"clock hour words", "Kurz nach zwölf Uhr begann es.", nil},
	{"hours are counted", "Es dauerte zwölf Stunden.", []string{"zwölf=12"}},
	{"day month", "Am 3. Mai trat er an.", nil},
	{"day month year", "Am 3. Mai 2025 trat er an.", nil},
	{"day month then number", "Am 3. Mai kamen 40 Gäste.", []string{"40=40"}},
	{"month year keeps year", "Im Mai 2025 kamen 40 Gäste.", []string{"2025=2025", "40=40"}},
	{"fiscal year slash", "Im Geschäftsjahr 2024/25 stieg er.", nil},
	{"score", "Es stand 1:0.", nil},
	// malformed digit groups
	{"malformed 1.2.3,4", "Der Wert 1.2.3,4 ist falsch.", nil},
	{"malformed 12.34.567", "Der Wert 12.34.567 ist falsch.", nil},
	{"malformed 80.00.00", "Konto 80.00.00 fehlt.", nil},
	{"malformed 2,109,998", "Es waren 2,109,998 Stück.", nil},
	{"malformed 1234.567", "Es waren 1234.567 Stück.", nil},
	{"English decimal", "It was 3.14 today.", nil},
	{"numeral after press code slash", "(31/Bochum/1,5 Mio. Euro Umsatz im Jahr)", []string{"31=31", "1,5 Mio.=1500000|f=ds"}},
	{"numeral after agency slash", "(dpa/Hamm/15 Mio. Euro) Die Stadt spart.", []string{"15 Mio.=15000000"}},
	{"slash word in URL", "Siehe http://example.org/Bochum/15 im Netz.", nil},
	{"slash word in domain path", "Siehe example.org/Produkte/2024 im Netz.", nil},
	{"slash word in absolute path", "Die Datei /home/Daten/15 fehlt.", nil},
	{"slash after acronym", "Der Code BMW/20 gilt.", nil},
	{"slash after lower-case word", "Der Wert und/5 fehlt.", nil},
	{"slash word after equals", "Der Link id=Bochum/5 fehlt.", nil},
	{"point decimal before percent sign", "Die Quote lag bei 28.56 % im Mai.", []string{"28.56=28.56|f=d"}},
	{"point decimal before Prozent", "Der Zins stieg auf 3.5 Prozent.", []string{"3.5=3.5"}},
	{"point decimal glued percent sign", "Die Quote lag bei 7.25% zuletzt.", []string{"7.25=7.25"}},
	{"point decimal before Prozentpunkte", "Die Marge sank um 0.4 Prozentpunkte.", []string{"0.4=0.4"}},
	{"point decimal signed percent", "Die Aktie schloss bei -1.5 %.", []string{"-1.5=-1.5|f=dn"}},
	{"point decimal percent range dash", "Erwartet werden 2.5–3.5 % Wachstum.", []string{"2.5–3.5=2.5|max=3.5"}},
	{"point decimal percent range bis", "Erwartet werden 2.5 bis 3 Prozent.", []string{"2.5 bis 3=2.5|max=3"}},
	{"point three digits before percent groups", "Die Steigerung betrug 1.099 %.", []string{"1.099=1099"}},
	{"point decimal without percent stays malformed", "Der Faktor 3.5 gilt weiter.", nil},
	{"point decimal before Euro stays malformed", "Der Preis von 3.50 Euro gilt.", nil},
	{"point decimal before Promille stays malformed", "Es waren 0.5 Promille.", nil},
	{"point decimal three decimals before percent", "Es waren 3.141 % mehr.", []string{"3.141=3141"}},
	{"point decimal four decimals before percent", "Es waren 3.1415 % mehr.", nil},
	{"point decimal before Prozentsatz", "Der Wert 2.5 Prozentsatz fehlt.", nil},
	{"dotted date before percent", "Am 3.5.2025 % fiel er.", nil},
	{"German in English text", "It was 1,5 percent.", []string{"1,5=1.5"}},
	{"grouped then dot", "Der Index fiel auf 15.432.", []string{"15.432=15432"}},
	{"range dashes chain", "Tel. 0800-123-456", nil},
	{"decimal then Swiss mix", "Wert 1'234,5 fehlt.", nil},
	{"dot group then space", "Es waren 1.250 000 Stück.", []string{"1.250=1250"}},
	{"sign after letter", "Typ-3 Motor", nil},
	{"sign after digit", "Es kam 3-4 mal.", []string{"3-4=3|max=4"}},
	{"plus between numbers", "2+2 ergibt vier", []string{"2=2", "2=2", "vier=4"}},
	{"paragraph sign", "Laut § 5 gilt das.", []string{"5=5"}},
	{"currency before", "Er zahlte €20 und $30.", []string{"20=20", "30=30"}},
	{"percent after", "Es waren 27% mehr.", []string{"27=27"}},
	{"in parentheses", "Der Gewinn (12,5 Mio.) sank.", []string{"12,5 Mio.=12500000"}},
	{"quoted", "Er sagte „drei“ und ging.", []string{"drei=3"}},
	{"hyphen word compound", "Eine Drei-Tage-Woche", []string{"Drei=3|f=wc"}},
	{"hyphen fraction compound", "Die Zwei-Drittel-Mehrheit fehlt.", []string{"Zwei-Drittel=0.66666666666666666667|f=whc"}},
	{"hyphen scale compound words", "Ein Drei-Milliarden-Euro-Paket", []string{"Drei-Milliarden=3000000000|f=wsc"}},
	{"hyphen no number after", "Die Fünf-Sterne-Hotels", []string{"Fünf=5|f=wc"}},
	{"abbreviated scale inside word", "Die Mio.-Grenze fiel.", nil},
	{"bis without number", "bis zu den Zielen", nil},
	{"zwischen without und", "Zwischen 20 Firmen", []string{"20=20"}},
	{"ordinal word not capitalized join", "zwei Dritte", []string{"zwei=2", "Dritte=3|ord"}},
	// more text that must yield nothing
	{"article before adjective", "Es war ein guter Tag.", nil},
	{"article einer Studie", "Laut einer Studie sank er.", nil},
	{"article einen Grund", "Es gibt einen Grund.", nil},
	{"article eines der", "Eines der Werke schließt.", nil},
	{"article at sentence end", "Er kaufte eins? Nein, er kaufte eine.", []string{"eins=1"}},
	{"null in name", "Die Null-Runde kam.", nil},
	{"kein alone in text", "Kein Wunder.", nil},
	{"keine in text", "Es gab keine Zinsen.", nil},
	{"Einsatz", "Der Einsatz lohnt.", nil},
	{"Zehntel alone", "Zehntel fehlen.", nil},
	{"Viertel city quarter", "Das Viertel lebt.", nil},
	{"halb alone", "Die Aktie ist halb so viel wert.", nil},
	{"halbe alone", "Die halbe Stadt", nil},
	{"Hälfte", "Die Hälfte fehlt.", nil},
	{"Tausender", "Tausender Scheine", nil},
	{"Milliardär", "Der Milliardär zahlt.", nil},
	{"Millionär", "Ein Millionär zahlt.", nil},
	{"Elfmeter", "Der Elfmeter saß.", nil},
	{"Neuner", "Die Neuner-Serie", nil},
	{"Vierer", "Ein Vierer-Bob", nil},
	{"Siebener", "Der Siebener-Rat", nil},
	{"Zwillinge", "Zwei\u00adlinge", nil},
	{"Erstens is no ordinal", "Erstens kam er.", nil},
	{"Ersatz", "Ersatz kommt.", nil},
	{"Drittens", "Drittens fehlt Geld.", nil},
	{"Achtel alone", "Im Achtel-Finale", nil},
	{"Sechser", "Ein Sechser im Lotto", nil},
	{"version numbers", "Version 2.1.3 erschien.", nil},
	{"IP address", "Server 192.168.0.1 antwortet.", nil},
	{"ticker with digits", "Die Aktie 7203.T steigt.", nil},
	{"code with hyphen", "Modell XR-200 kommt.", nil},
	{"underscore", "Datei bericht_2025 liegt.", nil},
	{"time with Uhr and dot", "Ab 9.15 Uhr", nil},
	{"date short year", "Am 3.5.25 kam er.", nil},
	{"German month abbrev", "Am 3. Okt. kam er.", nil},
	{"day month in range of dates", "Vom 1. Januar an", nil},
	{"English grouping", "It cost 1,234,567 dollars.", nil},
	{"glued unit letters", "Er lief 10km weit.", nil},
	{"glued er suffix", "Die 90er Jahre", nil},
	{"Zehntausende vague", "Zehntausende demonstrierten.", nil},
	{"Hunderttausende vague", "Hunderttausende Kunden", nil},
	{"dreistellig vague", "ein dreistelliger Millionenbetrag", nil},
	{"Milliardenbetrag vague", "ein Milliardenbetrag floss", nil},
	{"einige Milliarden vague", "einige Milliarden Euro", nil},
	{"Top-10 code", "die Top-10-Liste", nil},
	{"Q3 code", "im Q3 stieg er", nil},
	{"FY code", "für FY2025 erwartet", nil},
	{"roman numeral", "Ludwig XIV. regierte.", nil},
	{"percent sign alone", "Der % -Wert", nil},
	{"year range slash", "die Saison 2025/2026", nil},
	{"G7", "Die G7 tagt.", nil},
	// bad input
	{"empty", "", nil},
	{"invalid utf8", "\xff\xfe 12 \xc3", []string{"12=12"}},
	{"NUL bytes", "\x005\x00", []string{"5=5"}},
	{"broken punctuation rune", "\xe2\x805 Stück", []string{"5=5"}},
	{"only punctuation", "...,,,---", nil},
	{"lonely sign", "- + −", nil},
	{"unbalanced", "„(12", []string{"12=12"}},
}

// checkNumber compares n with a want entry of findTests.
func checkNumber(t *testing.T, text string, n Number, want string) {
	t.Helper()
	parts := strings.Split(want, "|")
	tv := strings.SplitN(parts[0], "=", 2)
	require.Len(t, tv, 2, "bad want %q", want)
	assert.Equal(t, tv[0], n.Text)
	assert.True(t, decimal.RequireFromString(tv[1]).Equal(n.Value), "%q: value %s, want %s", n.Text, n.Value, tv[1])
	ord, isRange, hasQual := false, false, false
	for _, p := range parts[1:] {
		switch {
		case p == "ord":
			ord = true
		case strings.HasPrefix(p, "max="):
			isRange = true
			assert.True(t, decimal.RequireFromString(p[4:]).Equal(n.Max), "%q: max %s, want %s", n.Text, n.Max, p[4:])
		case strings.HasPrefix(p, "q="):
			hasQual = true
			qa := strings.SplitN(p[2:], ":", 2)
			if assert.NotNil(t, n.Qual, "%q: qualifier", n.Text) {
				assert.Equal(t, qa[0], n.Qual.Text)
				assert.Equal(t, qa[1], n.Qual.Approx.String())
				assert.Equal(t, n.Qual.Text, text[n.Qual.Start:n.Qual.End])
				assert.LessOrEqual(t, n.Qual.End, n.Start)
			}
		case strings.HasPrefix(p, "f="):
			for _, c := range p[2:] {
				f := map[rune]NumberFlags{'d': FlagDigits, 'w': FlagWords, 's': FlagScale, 'h': FlagFraction,
					'n': FlagSigned, 'c': FlagCompound, 'a': FlagArticle}[c]
				require.NotZero(t, f, "bad flag letter %q", c)
				assert.True(t, n.Flags&f != 0, "%q: flag %c missing in %b", n.Text, c, n.Flags)
			}
		default:
			t.Fatalf("bad want modifier %q", p)
		}
	}
	assert.Equal(t, ord, n.Ordinal, "%q: ordinal", n.Text)
	assert.Equal(t, isRange, n.IsRange, "%q: range", n.Text)
	if !hasQual {
		assert.Nil(t, n.Qual, "%q: unexpected qualifier", n.Text)
	}
}

// checkSpans asserts the invariants every result of FindNumbers must hold.
func checkSpans(t *testing.T, text string, got []Number) {
	t.Helper()
	prevEnd := 0
	for _, n := range got {
		require.True(t, 0 <= n.Start && n.Start < n.End && n.End <= len(text), "span %v out of bounds", n.Span)
		require.Equal(t, text[n.Start:n.End], n.Text)
		require.GreaterOrEqual(t, n.Start, prevEnd, "overlap or disorder at %v", n.Span)
		if n.Qual != nil {
			require.Equal(t, text[n.Qual.Start:n.Qual.End], n.Qual.Text)
			require.GreaterOrEqual(t, n.Qual.Start, prevEnd)
			require.LessOrEqual(t, n.Qual.End, n.Start)
		}
		prevEnd = n.End
	}
}

func TestFindNumbers(t *testing.T) {
	for _, tt := range findTests {
		t.Run(tt.name, func(t *testing.T) {
			got := FindNumbers(tt.in)
			checkSpans(t, tt.in, got)
			texts := make([]string, len(got))
			for i, n := range got {
				texts[i] = n.Text + "=" + n.Value.String()
			}
			require.Len(t, got, len(tt.want), "got %q", texts)
			for i, w := range tt.want {
				checkNumber(t, tt.in, got[i], w)
			}
		})
	}
}

func TestFindNumbersDateParts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"dotted date", "Am 3.5.2025 kam er.", []string{"3", "5", "2025"}},
		{"clock", "Um 14:30 kam er.", []string{"14", "30"}},
		{"day month", "Am 3. Mai kam er.", []string{"3."}},
		{"clock hour", "Um 14 Uhr kam er.", []string{"14"}},
	}
	f := NewNumberFinder(WithDateParts(true))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := f.Find(tt.in)
			checkSpans(t, tt.in, got)
			var texts []string
			for _, n := range got {
				texts = append(texts, n.Text)
			}
			assert.Equal(t, tt.want, texts)
		})
	}
}

func TestNumberFinderLimit(t *testing.T) {
	const text = "Drei Kunden zahlten 12 Euro, 4,5 Millionen Euro und zwanzig Prozent mehr."
	all := FindNumbers(text)
	require.Len(t, all, 4)
	tests := []struct {
		name  string
		limit int
		want  int
	}{
		{"no limit", 0, 4},
		{"negative is no limit", -1, 4},
		{"one", 1, 1},
		{"two", 2, 2},
		{"exactly all", 4, 4},
		{"more than there are", 10, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := NewNumberFinder(WithLimit(tt.limit)).Find(text)
			assert.Equal(t, all[:tt.want], got, "a limited scan gives a prefix of the full one")
		})
	}
	t.Run("counts from what Append adds", func(t *testing.T) {
		dst := NumberFinder{}.Find("1, 2, 3")
		got := NewNumberFinder(WithLimit(1)).Append(dst, text)
		require.Len(t, got, 4)
		assert.Equal(t, all[0], got[3])
	})
}

// TestStrictParsersStopEarly: ParseNumber and Decimal reject a long text of
// many numerals after the second one, without finding all of them first.
func TestStrictParsersStopEarly(t *testing.T) {
	long := strings.Repeat("5 % ", 250000) // 1 MB, 250,000 percentages
	allocs := testing.AllocsPerRun(3, func() {
		_, err := ParseNumber(long)
		require.ErrorIs(t, err, ErrSyntax)
		_, err = Decimal(long)
		require.ErrorIs(t, err, ErrSyntax)
	})
	assert.Less(t, allocs, 20.0, "a full scan would allocate for every one of the numerals")
}

func TestFindNumbersHostileInput(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	tests := []struct {
		name string
		in   string
		max  int
	}{
		{"10 MB of digits", strings.Repeat("7", 10<<20), 0},
		{"many words", strings.Repeat("drei ", 200000), 200000},
		{"one long word", strings.Repeat("drei", 100000), 0},
		{"many groups", strings.Repeat("1.", 100000) + "5", 0},
		{"many und", strings.Repeat("zwei und ", 100000), 100000},
		{"many spaces groups", "1" + strings.Repeat(" 000", 100000), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FindNumbers(tt.in)
			assert.LessOrEqual(t, len(got), tt.max)
			checkSpans(t, tt.in, got)
		})
	}
}
