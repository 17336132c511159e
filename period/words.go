package period

import (
	"strings"

	"github.com/finanztext/finanztext/internal/lazy"
)

// Word classes of the word table.
const (
	cNone      uint8 = iota
	cMonth           // v: 1..12
	cWeekday         // v: 1 (Montag) .. 7 (Sonntag)
	cSeason          // v: season; v2: mod (Spätsommer)
	cUnit            // v: unit; v2: unit flags
	cPrep            // v: preposition
	cArt             // articles and demonstratives: der, die, das, dieses
	cPos             // v: mod (Anfang, Mitte, Ende)
	cRel             // relative adjectives; v: offset (-1, 0, +1, +2), v2: relSame, relNext…
	cOrd             // ordinal words; v: n
	cNum             // number words; v: n, or -1 for a vague count (einige)
	cRelNoun         // one-word relative periods; v: rn* id
	cDeixis          // heute, gestern; v: day offset
	cRefWord         // jetzt, bald; v: refPresent, refPast, refFuture
	cSet             // jährlich; v: unit
	cEach            // jeden, jede, jedes
	cUhr             // Uhr
	cPart            // parts of the day; v: part
	cApprox          // etwa, rund, fast; v: mod
	cLater           // später, danach (v +1); zuvor, vorher, früher (v -1)
	cDecade          // zwanziger … neunziger; v: 2..9; v2: 1 when it holds "jahre"
	cHoliday         // v: month*100 + day, or easterBase + days from Easter Sunday
	cBlock           // a name before a number that is not a year: Agenda, Paragraf
	cMore            // mehr, weniger (before als); v: mod
	cAls             // als
	cQH              // Q1..Q4 (v 1..4), H1, H2 (v 11, 12)
	cLang            // lang, lange: "drei Jahre lang"
	cLaufe           // Laufe ("im Laufe des Jahres")
	cDur             // compound durations: jahrelang, wochenlangen; v: unit
	cCount           // quantity adjectives after a number: neue, weitere
	cUnd             // und, oder
	cEra             // v (v. Chr.), n (n. Chr.), Chr, Christus; v: 1 v, 2 n, 3 Chr
	cShortly         // wenig, kurz (before später, zuvor)
	cEarly           // frühen (v: Start), späten (v: End) before a part of the day
	cTimeNoun        // Zeit, Zeitpunkt, Zeitraum ("zu dieser Zeit")
	cHalves          // a count in halves: halbe (v 1, after "ein"), anderthalb (3), zweieinhalb (5)
	cFreq            // how often: einmal, zweimal (v: n; -1 mehrmals) before "im Jahr", "pro Woche", "jährlich"
	cClockWord       // a clock time's minutes in words before its hour: halb (v 30), Viertel (15), dreiviertel (45)
	cLongTime        // langem, längerem: "seit langem", a while of years
	cWdAbbr          // Mo, Di, Mi, Do, Fr, Sa, So before a day: "Mo., 3. November"; v: weekday
	cSaison          // Saison: a season of sport or of a trade, after a relative adjective
)

// easterBase marks a movable feast in a cHoliday value: v - easterBase is
// its distance in days from Easter Sunday.
const easterBase = 10000

// Units.
const (
	uNone uint8 = iota
	uYear
	uHalf
	uQuarter
	uMonth
	uWeek
	uDay
	uHour
	uMinute
	uDecade
	uCentury
)

// Unit flags (v2 of cUnit).
const (
	ufFiscal = 1 << iota // Geschäftsjahr
	ufKW                 // Kalenderwoche, KW
	ufGen                // a genitive form: Jahres, Monats
	ufPlural             // Jahre, Monaten
)

// Prepositions (v of cPrep).
const (
	pOther int32 = iota
	pIm
	pAm
	pIn
	pSeit
	pAb
	pBis
	pVon
	pVor
	pNach
	pUm
	pZwischen
	pAuf
	pZum
	pBinnen
	pGegen
)

// Relative adjective kinds (v2 of cRel).
const (
	rkPlain int16 = iota // vergangenen, kommenden
	rkSame               // selben, gleichen
	rkCur                // laufenden, diesem
)

// One-word relative periods (v of cRelNoun).
const (
	rnNone int32 = iota
	rnVorjahr
	rnFolgejahr
	rnVorquartal
	rnVorjahresquartal
	rnVorjahreszeitraum
	rnVormonat
	rnVorjahresmonat
	rnVorwoche
	rnVortag
	rnFolgetag
	rnSchlussquartal // a quarter named by a word (Schlussquartal, Sommerquartal); v2: the quarter
	rnJahresende
	rnJahresmitte
	rnJahresbeginn
	rnJahreswechsel
	rnMonatsende
	rnMonatsanfang
	rnMonatsmitte
	rnSommerhalbjahr
	rnWinterhalbjahr
	rnJahresfrist
	rnQuartalsende
	rnFolgezeit
	rnGesamtjahr
	rnWochenende
	rnZukunft       // "in Zukunft", "in naher Zukunft"
	rnVergangenheit // "in der Vergangenheit", "in jüngster Vergangenheit"
	rnTurn          // "Jahrhundertwende" (v2 100), "Jahrtausendwende" (v2 1000): the turn, a year
	rnWochenbeginn  // "zu Wochenbeginn", "zum Wochenauftakt": the week's start
	rnWochenmitte   // "zur Wochenmitte"
	rnQuartalsbeginn
	rnTagesverlauf // "im Tagesverlauf": the day told
	rnVorabend     // "am Vorabend": the evening of the day before the day told
	rnWochenverlauf
	rnMonatsverlauf
)

// Reference words (v of cRefWord).
const (
	refPresent int32 = iota + 1
	refPast
	refFuture
)

// Parts of the day (v of cPart).
const (
	ptMO int32 = iota + 1
	ptMI
	ptAF
	ptEV
	ptNI
	ptMidnight
	ptNoon
)

var partNames = [...]string{ptMO: "MO", ptMI: "MI", ptAF: "AF", ptEV: "EV", ptNI: "NI"}

// Seasons (v of cSeason).
const (
	sSP int32 = iota + 1
	sSU
	sFA
	sWI
)

var seasonNames = [...]string{sSP: "SP", sSU: "SU", sFA: "FA", sWI: "WI"}

type wordInfo struct {
	cls uint8
	v   int32
	v2  int16
}

type wordEntry struct {
	forms string // space-separated forms
	info  wordInfo
}

// words is the word table. Forms are listed as written; a form starting
// with a lowercase letter also matches capitalized (at a sentence start),
// unless the capitalized form is listed with another meaning.
var words = []wordEntry{
	{"Januar Jänner Jan", wordInfo{cMonth, 1, 0}},
	{"Februar Feber Feb Febr", wordInfo{cMonth, 2, 0}},
	{"März Mär", wordInfo{cMonth, 3, 0}},
	{"April Apr", wordInfo{cMonth, 4, 0}},
	{"Mai", wordInfo{cMonth, 5, 0}},
	{"Juni Jun", wordInfo{cMonth, 6, 0}},
	{"Juli Jul", wordInfo{cMonth, 7, 0}},
	{"August Aug", wordInfo{cMonth, 8, 0}},
	{"September Sept Sep", wordInfo{cMonth, 9, 0}},
	{"Oktober Okt", wordInfo{cMonth, 10, 0}},
	{"November Nov", wordInfo{cMonth, 11, 0}},
	{"Dezember Dez", wordInfo{cMonth, 12, 0}},
	{"Januars Februars Märzes Aprils Mais Junis Julis Augusts Septembers Oktobers Novembers Dezembers", wordInfo{cMonth, -1, 0}}, // genitives, fixed below

	{"Saison", wordInfo{cSaison, 0, 0}}, // "in dieser Saison", "in der vergangenen Saison"
	{"Mo", wordInfo{cWdAbbr, 1, 0}},     // only before a day told: "Mo., 3. November"
	{"Di", wordInfo{cWdAbbr, 2, 0}},
	{"Mi", wordInfo{cWdAbbr, 3, 0}},
	{"Do", wordInfo{cWdAbbr, 4, 0}},
	{"Fr", wordInfo{cWdAbbr, 5, 0}},
	{"Sa", wordInfo{cWdAbbr, 6, 0}},
	{"So", wordInfo{cWdAbbr, 7, 0}},
	{"Montag Montags montags", wordInfo{cWeekday, 1, 0}},
	{"Dienstag Dienstags dienstags", wordInfo{cWeekday, 2, 0}},
	{"Mittwoch Mittwochs mittwochs", wordInfo{cWeekday, 3, 0}},
	{"Donnerstag Donnerstags donnerstags", wordInfo{cWeekday, 4, 0}},
	{"Freitag Freitags freitags", wordInfo{cWeekday, 5, 0}},
	{"Samstag Samstags Sonnabend Sonnabends samstags sonnabends", wordInfo{cWeekday, 6, 0}},
	{"Sonntag Sonntags sonntags", wordInfo{cWeekday, 7, 0}},

	{"Frühjahr Frühjahrs Frühjahres Frühling Frühlings", wordInfo{cSeason, sSP, 0}},
	{"Sommer Sommers", wordInfo{cSeason, sSU, 0}},
	{"Herbst Herbstes Herbsts", wordInfo{cSeason, sFA, 0}},
	{"Winter Winters", wordInfo{cSeason, sWI, 0}},
	{"Spätsommer Spätsommers", wordInfo{cSeason, sSU, int16(End)}},
	{"Frühsommer Frühsommers", wordInfo{cSeason, sSU, int16(Start)}},
	{"Spätherbst Spätherbstes", wordInfo{cSeason, sFA, int16(End)}},
	{"Frühherbst", wordInfo{cSeason, sFA, int16(Start)}},
	{"Spätwinter", wordInfo{cSeason, sWI, int16(End)}},
	{"Frühwinter", wordInfo{cSeason, sWI, int16(Start)}},
	{"Spätfrühling Spätfrühjahr", wordInfo{cSeason, sSP, int16(End)}},

	{"Jahr", wordInfo{cUnit, int32(uYear), 0}},
	{"Jahre Jahren", wordInfo{cUnit, int32(uYear), ufPlural}},
	{"Jahres Jahrs", wordInfo{cUnit, int32(uYear), ufGen}},
	{"Kalenderjahr", wordInfo{cUnit, int32(uYear), 0}},
	{"Kalenderjahres Kalenderjahrs", wordInfo{cUnit, int32(uYear), ufGen}},
	{"Geschäftsjahr Fiskaljahr Wirtschaftsjahr Finanzjahr GJ FY", wordInfo{cUnit, int32(uYear), ufFiscal}},
	{"Geschäftsjahres Geschäftsjahrs Fiskaljahres Fiskaljahrs Wirtschaftsjahres Finanzjahres", wordInfo{cUnit, int32(uYear), ufFiscal | ufGen}},
	{"Geschäftsjahre Geschäftsjahren", wordInfo{cUnit, int32(uYear), ufFiscal | ufPlural}},
	{"Halbjahr Jahreshälfte Geschäftshalbjahr", wordInfo{cUnit, int32(uHalf), 0}},
	{"Halbjahres Halbjahrs Geschäftshalbjahres", wordInfo{cUnit, int32(uHalf), ufGen}},
	{"Halbjahre Halbjahren Jahreshälften", wordInfo{cUnit, int32(uHalf), ufPlural}},
	{"Quartal Vierteljahr Geschäftsquartal Jahresviertel", wordInfo{cUnit, int32(uQuarter), 0}},
	{"Quartals Vierteljahres Vierteljahrs Geschäftsquartals Jahresviertels", wordInfo{cUnit, int32(uQuarter), ufGen}},
	{"Quartale Quartalen Vierteljahre Vierteljahren Jahresvierteln", wordInfo{cUnit, int32(uQuarter), ufPlural}},
	{"Monat", wordInfo{cUnit, int32(uMonth), 0}},
	{"Monats", wordInfo{cUnit, int32(uMonth), ufGen}},
	{"Monate Monaten", wordInfo{cUnit, int32(uMonth), ufPlural}},
	{"Woche", wordInfo{cUnit, int32(uWeek), 0}},
	{"Wochen", wordInfo{cUnit, int32(uWeek), ufPlural}},
	{"Kalenderwoche KW", wordInfo{cUnit, int32(uWeek), ufKW}},
	{"Tag", wordInfo{cUnit, int32(uDay), 0}},
	{"Tages Tags", wordInfo{cUnit, int32(uDay), ufGen}},
	{"Tage Tagen", wordInfo{cUnit, int32(uDay), ufPlural}},
	{"Stunde", wordInfo{cUnit, int32(uHour), 0}},
	{"Stunden", wordInfo{cUnit, int32(uHour), ufPlural}},
	{"Minute", wordInfo{cUnit, int32(uMinute), 0}},
	{"Minuten", wordInfo{cUnit, int32(uMinute), ufPlural}},
	{"Jahrzehnt", wordInfo{cUnit, int32(uDecade), 0}},
	{"Jahrzehnts Jahrzehntes", wordInfo{cUnit, int32(uDecade), ufGen}},
	{"Jahrzehnte Jahrzehnten", wordInfo{cUnit, int32(uDecade), ufPlural}},
	{"Jahrhundert", wordInfo{cUnit, int32(uCentury), 0}},
	{"Jahrhunderts", wordInfo{cUnit, int32(uCentury), ufGen}},
	{"Jahrhunderte Jahrhunderten", wordInfo{cUnit, int32(uCentury), ufPlural}},

	{"im", wordInfo{cPrep, pIm, 0}},
	{"am", wordInfo{cPrep, pAm, 0}},
	{"in", wordInfo{cPrep, pIn, 0}},
	{"seit", wordInfo{cPrep, pSeit, 0}},
	{"ab", wordInfo{cPrep, pAb, 0}},
	{"bis", wordInfo{cPrep, pBis, 0}},
	{"von vom", wordInfo{cPrep, pVon, 0}},
	{"vor", wordInfo{cPrep, pVor, 0}},
	{"nach", wordInfo{cPrep, pNach, 0}},
	{"um", wordInfo{cPrep, pUm, 0}},
	{"zwischen", wordInfo{cPrep, pZwischen, 0}},
	{"auf", wordInfo{cPrep, pAuf, 0}},
	{"zum zur", wordInfo{cPrep, pZum, 0}},
	{"binnen innerhalb", wordInfo{cPrep, pBinnen, 0}},
	{"gegen", wordInfo{cPrep, pGegen, 0}},
	{"an während für über unter per pro", wordInfo{cPrep, pOther, 0}},

	{"der die das den dem des dieser dieses diesem diesen diese jenes jenem jener", wordInfo{cArt, 0, 0}},
	{"ein eine einen einem einer eines", wordInfo{cNum, 1, 0}},

	{"Anfang Beginn Anfangs", wordInfo{cPos, int32(Start), 0}},
	{"Mitte", wordInfo{cPos, int32(Mid), 0}},
	{"Ende Ausgang Endes", wordInfo{cPos, int32(End), 0}},

	{"vergangenen vergangene vergangenes vergangener vergangenem letzten letzte letztes letzter letztem vorigen vorige voriges voriger vorigem abgelaufenen abgelaufene abgelaufenes abgelaufenem zurückliegenden vorangegangenen vorausgegangenen", wordInfo{cRel, -1, rkPlain}},
	{"vorvergangenen vorletzten", wordInfo{cRel, -2, rkPlain}},
	{"laufenden laufende laufendes laufendem diese dieser diesem dieses diesen aktuellen aktuelle aktuelles jetzigen gegenwärtigen heurigen heurige heuriges heuriger", wordInfo{cRel, 0, rkCur}}, // heurig: this year's (Austria, Bavaria)
	{"selben selbe gleichen gleiche desselben demselben denselben derselben", wordInfo{cRel, 0, rkSame}},
	{"kommenden kommende kommendes kommender kommendem nächsten nächste nächstes nächster nächstem folgenden folgende folgendes darauffolgenden anschließenden anschließende", wordInfo{cRel, 1, rkPlain}},
	{"übernächsten übernächste übernächstes", wordInfo{cRel, 2, rkPlain}},

	{"erste ersten erster erstes erstem", wordInfo{cOrd, 1, 0}},
	{"zweite zweiten zweiter zweites", wordInfo{cOrd, 2, 0}},
	{"dritte dritten dritter drittes", wordInfo{cOrd, 3, 0}},
	{"vierte vierten vierter viertes", wordInfo{cOrd, 4, 0}},
	{"fünfte fünften fünfter", wordInfo{cOrd, 5, 0}},
	{"sechste sechsten", wordInfo{cOrd, 6, 0}},
	{"siebte siebten", wordInfo{cOrd, 7, 0}},
	{"achte achten", wordInfo{cOrd, 8, 0}},
	{"neunte neunten", wordInfo{cOrd, 9, 0}},
	{"zehnte zehnten", wordInfo{cOrd, 10, 0}},
	{"elfte elften", wordInfo{cOrd, 11, 0}},
	{"zwölfte zwölften", wordInfo{cOrd, 12, 0}},
	{"achtzehnten", wordInfo{cOrd, 18, 0}},
	{"neunzehnten", wordInfo{cOrd, 19, 0}},
	{"zwanzigsten", wordInfo{cOrd, 20, 0}},
	{"einundzwanzigsten", wordInfo{cOrd, 21, 0}},

	{"zwei beiden beide", wordInfo{cNum, 2, 0}},
	{"drei", wordInfo{cNum, 3, 0}},
	{"vier", wordInfo{cNum, 4, 0}},
	{"fünf", wordInfo{cNum, 5, 0}},
	{"sechs", wordInfo{cNum, 6, 0}},
	{"sieben", wordInfo{cNum, 7, 0}},
	{"acht", wordInfo{cNum, 8, 0}},
	{"neun", wordInfo{cNum, 9, 0}},
	{"zehn", wordInfo{cNum, 10, 0}},
	{"elf", wordInfo{cNum, 11, 0}},
	{"zwölf", wordInfo{cNum, 12, 0}},
	{"fünfzehn", wordInfo{cNum, 15, 0}},
	{"achtzehn", wordInfo{cNum, 18, 0}},
	{"dreizehn", wordInfo{cNum, 13, 0}},
	{"vierzehn", wordInfo{cNum, 14, 0}},
	{"sechzehn", wordInfo{cNum, 16, 0}},
	{"siebzehn", wordInfo{cNum, 17, 0}},
	{"neunzehn", wordInfo{cNum, 19, 0}},
	{"zwanzig", wordInfo{cNum, 20, 0}},
	{"einundzwanzig", wordInfo{cNum, 21, 0}},
	{"zweiundzwanzig", wordInfo{cNum, 22, 0}},
	{"dreiundzwanzig", wordInfo{cNum, 23, 0}},
	{"vierundzwanzig", wordInfo{cNum, 24, 0}},
	{"dreißig", wordInfo{cNum, 30, 0}},
	{"vierzig", wordInfo{cNum, 40, 0}},
	{"fünfzig", wordInfo{cNum, 50, 0}},
	{"hundert", wordInfo{cNum, 100, 0}},
	{"halbe halbes halben halber", wordInfo{cHalves, 1, 0}},
	{"anderthalb eineinhalb", wordInfo{cHalves, 3, 0}},
	{"zweieinhalb", wordInfo{cHalves, 5, 0}},
	{"dreieinhalb", wordInfo{cHalves, 7, 0}},
	{"viereinhalb", wordInfo{cHalves, 9, 0}},
	{"fünfeinhalb", wordInfo{cHalves, 11, 0}},
	{"sechseinhalb", wordInfo{cHalves, 13, 0}},
	{"siebeneinhalb", wordInfo{cHalves, 15, 0}},
	{"achteinhalb", wordInfo{cHalves, 17, 0}},
	{"neuneinhalb", wordInfo{cHalves, 19, 0}},
	{"zehneinhalb", wordInfo{cHalves, 21, 0}},
	{"einige einigen mehrere mehreren wenige wenigen paar etliche etlichen viele vielen", wordInfo{cNum, -1, 0}},

	{"Vorjahr Vorjahres Vorjahrs", wordInfo{cRelNoun, rnVorjahr, 0}},
	{"Folgejahr Folgejahres Folgejahrs Nachfolgejahr", wordInfo{cRelNoun, rnFolgejahr, 0}},
	{"Vorquartal Vorquartals Vorquartales", wordInfo{cRelNoun, rnVorquartal, 0}},
	{"Vorjahresquartal Vorjahresquartals Vorjahresquartales", wordInfo{cRelNoun, rnVorjahresquartal, 0}},
	{"Vorjahreszeitraum Vorjahreszeitraums Vorjahreszeitraumes Vorjahresperiode Vergleichszeitraum Vergleichszeitraums", wordInfo{cRelNoun, rnVorjahreszeitraum, 0}},
	{"Vormonat Vormonats Vormonates", wordInfo{cRelNoun, rnVormonat, 0}},
	{"Vorjahresmonat Vorjahresmonats Vorjahresmonates", wordInfo{cRelNoun, rnVorjahresmonat, 0}},
	{"Vorwoche", wordInfo{cRelNoun, rnVorwoche, 0}},
	{"Vortag Vortages Vortags", wordInfo{cRelNoun, rnVortag, 0}},
	{"Folgetag Folgetages Folgetags", wordInfo{cRelNoun, rnFolgetag, 0}},
	{"Schlussquartal Schlussquartals Abschlussquartal Abschlussquartals Weihnachtsquartal Weihnachtsquartals", wordInfo{cRelNoun, rnSchlussquartal, 4}},
	{"Auftaktquartal Auftaktquartals Startquartal Startquartals", wordInfo{cRelNoun, rnSchlussquartal, 1}},
	{"Frühjahrsquartal Frühjahrsquartals", wordInfo{cRelNoun, rnSchlussquartal, 2}},
	{"Sommerquartal Sommerquartals", wordInfo{cRelNoun, rnSchlussquartal, 3}},
	// the quarter named by the month it ends in: "im Septemberquartal" (Apple, Micron and other US reporters)
	{"Märzquartal Märzquartals", wordInfo{cRelNoun, rnSchlussquartal, 1}},
	{"Juniquartal Juniquartals", wordInfo{cRelNoun, rnSchlussquartal, 2}},
	{"Septemberquartal Septemberquartals", wordInfo{cRelNoun, rnSchlussquartal, 3}},
	{"Dezemberquartal Dezemberquartals", wordInfo{cRelNoun, rnSchlussquartal, 4}},
	{"Jahresende Jahresendes Jahresschluss", wordInfo{cRelNoun, rnJahresende, 0}},
	{"Jahresmitte", wordInfo{cRelNoun, rnJahresmitte, 0}},
	{"Jahresbeginn Jahresbeginns Jahresanfang Jahresanfangs Jahresauftakt", wordInfo{cRelNoun, rnJahresbeginn, 0}},
	{"Jahreswechsel Jahreswechsels", wordInfo{cRelNoun, rnJahreswechsel, 0}},
	{"Monatsende Monatsendes", wordInfo{cRelNoun, rnMonatsende, 0}},
	{"Monatsanfang Monatsanfangs Monatsbeginn", wordInfo{cRelNoun, rnMonatsanfang, 0}},
	{"Monatsmitte", wordInfo{cRelNoun, rnMonatsmitte, 0}},
	{"Sommerhalbjahr Sommerhalbjahres Sommerhalbjahrs", wordInfo{cRelNoun, rnSommerhalbjahr, 0}},
	{"Winterhalbjahr Winterhalbjahres Winterhalbjahrs", wordInfo{cRelNoun, rnWinterhalbjahr, 0}},
	{"Jahresfrist", wordInfo{cRelNoun, rnJahresfrist, 0}},
	{"Gesamtjahr Gesamtjahres Gesamtjahrs Jahresverlauf Jahresverlaufs heuer", wordInfo{cRelNoun, rnGesamtjahr, 0}}, // heuer: this year (Austria, Bavaria, Switzerland)
	{"Zukunft", wordInfo{cRelNoun, rnZukunft, 0}},
	{"Vergangenheit", wordInfo{cRelNoun, rnVergangenheit, 0}},
	{"Quartalsende Quartalsendes", wordInfo{cRelNoun, rnQuartalsende, 0}},
	{"Folgezeit", wordInfo{cRelNoun, rnFolgezeit, 0}},
	{"Jahrhundertwende", wordInfo{cRelNoun, rnTurn, 100}},
	{"Jahrtausendwende", wordInfo{cRelNoun, rnTurn, 1000}},
	{"Wochenende Wochenendes", wordInfo{cRelNoun, rnWochenende, 0}},
	{"Wochenbeginn Wochenbeginns Wochenanfang Wochenanfangs Wochenauftakt Wochenauftakts Wochenstart", wordInfo{cRelNoun, rnWochenbeginn, 0}},
	{"Wochenmitte", wordInfo{cRelNoun, rnWochenmitte, 0}},
	{"Quartalsbeginn Quartalsbeginns Quartalsanfang Quartalsanfangs", wordInfo{cRelNoun, rnQuartalsbeginn, 0}},
	{"Tagesverlauf Tagesverlaufs", wordInfo{cRelNoun, rnTagesverlauf, 0}},
	{"Wochenverlauf Wochenverlaufs", wordInfo{cRelNoun, rnWochenverlauf, 0}},
	{"Monatsverlauf Monatsverlaufs", wordInfo{cRelNoun, rnMonatsverlauf, 0}},
	{"Vorabend Vorabends", wordInfo{cRelNoun, rnVorabend, 0}},

	{"heute", wordInfo{cDeixis, 0, 0}},
	{"gestern", wordInfo{cDeixis, -1, 0}},
	{"vorgestern", wordInfo{cDeixis, -2, 0}},
	{"morgen", wordInfo{cDeixis, 1, 0}},
	{"übermorgen", wordInfo{cDeixis, 2, 0}},

	{"jetzt derzeit zurzeit gegenwärtig momentan heutzutage", wordInfo{cRefWord, refPresent, 0}},
	{"bald demnächst künftig zukünftig", wordInfo{cRefWord, refFuture, 0}},
	{"zwischenzeitlich", wordInfo{cRefWord, refPast, 0}},

	{"jährlich alljährlich", wordInfo{cSet, int32(uYear), 0}},
	{"halbjährlich", wordInfo{cSet, int32(uHalf), 0}},
	{"quartalsweise vierteljährlich", wordInfo{cSet, int32(uQuarter), 0}},
	{"monatlich allmonatlich", wordInfo{cSet, int32(uMonth), 0}},
	{"wöchentlich allwöchentlich", wordInfo{cSet, int32(uWeek), 0}},
	{"täglich alltäglich", wordInfo{cSet, int32(uDay), 0}},
	{"stündlich", wordInfo{cSet, int32(uHour), 0}},
	{"jeden jede jedes alle", wordInfo{cEach, 0, 0}},
	{"einmal", wordInfo{cFreq, 1, 0}},
	{"zweimal", wordInfo{cFreq, 2, 0}},
	{"dreimal", wordInfo{cFreq, 3, 0}},
	{"viermal", wordInfo{cFreq, 4, 0}},
	{"fünfmal", wordInfo{cFreq, 5, 0}},
	{"sechsmal", wordInfo{cFreq, 6, 0}},
	{"zehnmal", wordInfo{cFreq, 10, 0}},
	{"mehrmals mehrfach", wordInfo{cFreq, -1, 0}},

	{"Uhr", wordInfo{cUhr, 0, 0}},
	{"eins", wordInfo{cNum, 1, 0}}, // "um halb eins"
	{"halb", wordInfo{cClockWord, 30, 0}},
	{"viertel", wordInfo{cClockWord, 15, 0}},
	{"dreiviertel", wordInfo{cClockWord, 45, 0}},
	{"Morgen Morgens Vormittag Vormittags Morgenstunden Morgengrauen Tagesanbruch Früh", wordInfo{cPart, ptMO, 0}}, // "in der Früh" (Austria, Bavaria)
	{"Mittag Mittags Mittagszeit", wordInfo{cPart, ptMI, 0}},
	{"Nachmittag Nachmittags Nachmittagsstunden", wordInfo{cPart, ptAF, 0}},
	{"Abend Abends Abendstunden", wordInfo{cPart, ptEV, 0}},
	{"Nacht Nachtstunden", wordInfo{cPart, ptNI, 0}},
	{"Mitternacht", wordInfo{cPart, ptMidnight, 0}},

	{"etwa ungefähr rund circa ca zirka annähernd gegen", wordInfo{cApprox, int32(Approx), 0}},
	{"fast knapp beinahe nahezu", wordInfo{cApprox, int32(Approx), 1}},
	{"spätestens", wordInfo{cApprox, int32(OnOrBefore), 2}}, // limits of a date (v2 2)
	{"frühestens", wordInfo{cApprox, int32(OnOrAfter), 2}},
	{"mindestens", wordInfo{cApprox, int32(EqualOrMore), 3}}, // bounds of a duration (v2 3)
	{"höchstens maximal", wordInfo{cApprox, int32(EqualOrLess), 3}},
	{"gut", wordInfo{cApprox, int32(Approx), 4}},         // "gut zwei Jahre": a little more than; a duration only (v2 4)
	{"mehr länger", wordInfo{cMore, int32(MoreThan), 0}}, // "länger als drei Jahre"
	{"weniger kürzer", wordInfo{cMore, int32(LessThan), 0}},
	{"als", wordInfo{cAls, 0, 0}},

	{"später danach darauf", wordInfo{cLater, 1, 0}},
	{"zuvor vorher früher davor", wordInfo{cLater, -1, 0}},

	{"zwanziger Zwanzigerjahre Zwanzigerjahren Zwanzigern", wordInfo{cDecade, 2, 0}},
	{"dreißiger Dreißigerjahre Dreißigerjahren Dreißigern", wordInfo{cDecade, 3, 0}},
	{"vierziger Vierzigerjahre Vierzigerjahren Vierzigern", wordInfo{cDecade, 4, 0}},
	{"fünfziger Fünfzigerjahre Fünfzigerjahren Fünfzigern", wordInfo{cDecade, 5, 0}},
	{"sechziger Sechzigerjahre Sechzigerjahren Sechzigern", wordInfo{cDecade, 6, 0}},
	{"siebziger Siebzigerjahre Siebzigerjahren Siebzigern", wordInfo{cDecade, 7, 0}},
	{"achtziger Achtzigerjahre Achtzigerjahren Achtzigern", wordInfo{cDecade, 8, 0}},
	{"neunziger Neunzigerjahre Neunzigerjahren Neunzigern", wordInfo{cDecade, 9, 0}},

	{"Neujahr Neujahrstag", wordInfo{cHoliday, 101, 0}},
	{"Heiligabend", wordInfo{cHoliday, 1224, 0}},
	{"Silvester Silvestertag", wordInfo{cHoliday, 1231, 0}},
	{"Weihnachten Weihnachtstag", wordInfo{cHoliday, 1225, 0}},
	{"Allerheiligen", wordInfo{cHoliday, 1101, 0}},
	{"Stefanitag Stephanitag Stephanstag", wordInfo{cHoliday, 1226, 0}},
	{"Dreikönigstag Dreikönigsfest Epiphanias", wordInfo{cHoliday, 106, 0}},
	{"Martinstag", wordInfo{cHoliday, 1111, 0}},
	{"Nikolaustag", wordInfo{cHoliday, 1206, 0}},
	{"Reformationstag", wordInfo{cHoliday, 1031, 0}},
	{"Valentinstag", wordInfo{cHoliday, 214, 0}},
	{"Maifeiertag", wordInfo{cHoliday, 501, 0}},
	// movable feasts: v is easterBase + the days from Easter Sunday
	{"Ostern Ostersonntag Osterfest Ostersonntags", wordInfo{cHoliday, easterBase, 0}},
	{"Ostermontag Ostermontags", wordInfo{cHoliday, easterBase + 1, 0}},
	{"Karsamstag", wordInfo{cHoliday, easterBase - 1, 0}},
	{"Karfreitag Karfreitags", wordInfo{cHoliday, easterBase - 2, 0}},
	{"Gründonnerstag", wordInfo{cHoliday, easterBase - 3, 0}},
	{"Aschermittwoch", wordInfo{cHoliday, easterBase - 46, 0}},
	{"Rosenmontag", wordInfo{cHoliday, easterBase - 48, 0}},
	{"Faschingsdienstag Fastnachtsdienstag Veilchendienstag", wordInfo{cHoliday, easterBase - 47, 0}},
	{"Weiberfastnacht", wordInfo{cHoliday, easterBase - 52, 0}},
	{"Palmsonntag", wordInfo{cHoliday, easterBase - 7, 0}},
	{"Empfängnis", wordInfo{cHoliday, 1208, 0}}, // only in "Mariä Empfängnis" (see holidayLed2)
	{"Einheit", wordInfo{cHoliday, 1003, 0}},    // only in "Tag der Deutschen Einheit"
	{"Himmelfahrt Himmelfahrtstag", wordInfo{cHoliday, easterBase + 39, 0}},
	{"Pfingsten Pfingstsonntag Pfingstfest", wordInfo{cHoliday, easterBase + 49, 0}},
	{"Pfingstmontag", wordInfo{cHoliday, easterBase + 50, 0}},
	{"Fronleichnam", wordInfo{cHoliday, easterBase + 60, 0}},

	{"Agenda Paragraf Paragraph Paragrafen Paragraphen Artikel Art Windows Nr Nummer Modell Version Typ Kapitel Seite Seiten Band Zimmer Raum Linie Gleis Flug Tor Vision Euro Strategie Programm Office Mio Mrd Millionen Milliarden Tsd Prozent Punkte Punkten Stück Mann Menschen Einwohner PS Kilometer Meter km", wordInfo{cBlock, 0, 0}},
	{"neue neuen weitere weiteren zusätzliche zusätzlichen andere anderen", wordInfo{cCount, 0, 0}},
	{"und oder", wordInfo{cUnd, 0, 0}},
	{"wenig kurz", wordInfo{cShortly, 0, 0}},
	{"frühen", wordInfo{cEarly, int32(Start), 0}},
	{"späten", wordInfo{cEarly, int32(End), 0}},
	{"lang lange langen", wordInfo{cLang, 0, 0}},
	{"Laufe Lauf Verlauf Verlaufe", wordInfo{cLaufe, 0, 0}},
	{"Zeit Zeitpunkt Zeitpunkts Zeitraum Zeitraums", wordInfo{cTimeNoun, 0, 0}},
	{"langem längerem", wordInfo{cLongTime, 0, 0}},
	{"jahrelang jahrelange jahrelangen jahrelanger", wordInfo{cDur, int32(uYear), 0}},
	{"monatelang monatelange monatelangen monatelanger", wordInfo{cDur, int32(uMonth), 0}},
	{"wochenlang wochenlange wochenlangen wochenlanger", wordInfo{cDur, int32(uWeek), 0}},
	{"tagelang tagelange tagelangen tagelanger", wordInfo{cDur, int32(uDay), 0}},
	{"stundenlang stundenlange stundenlangen stundenlanger", wordInfo{cDur, int32(uHour), 0}},
	{"jahrzehntelang jahrzehntelange jahrzehntelangen", wordInfo{cDur, int32(uDecade), 0}},
	{"v", wordInfo{cEra, 1, 0}},
	{"n", wordInfo{cEra, 2, 0}},
	{"Chr Christus", wordInfo{cEra, 3, 0}},
	{"Q1", wordInfo{cQH, 1, 0}},
	{"Q2", wordInfo{cQH, 2, 0}},
	{"Q3", wordInfo{cQH, 3, 0}},
	{"Q4", wordInfo{cQH, 4, 0}},
	{"H1", wordInfo{cQH, 11, 0}},
	{"H2", wordInfo{cQH, 12, 0}},
}

// weekdayParts are the parts of the day that join a weekday in one word
// ("Mittwochabend", "Freitagmorgen").
var weekdayParts = []struct {
	suffix string
	part   int32
}{
	{"morgen", ptMO}, {"früh", ptMO}, {"vormittag", ptMO}, {"mittag", ptMI}, {"nachmittag", ptAF}, {"abend", ptEV}, {"nacht", ptNI},
}

var durationNumbers = []struct {
	word string
	n    int
}{
	{"ein", 1}, {"zwei", 2}, {"drei", 3}, {"vier", 4}, {"fünf", 5}, {"sechs", 6}, {"sieben", 7}, {"acht", 8},
	{"neun", 9}, {"zehn", 10}, {"elf", 11}, {"zwölf", 12}, {"vierzehn", 14}, {"zwanzig", 20}, {"dreißig", 30}, {"hundert", 100},
}

var durationUnits = []struct {
	stem string
	unit uint8
}{
	{"tägig", uDay}, {"wöchig", uWeek}, {"monatig", uMonth}, {"stündig", uHour}, {"minütig", uMinute},
}

var weekdayNames = []string{"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"}

var monthGenitive = map[string]int32{
	"Januars": 1, "Februars": 2, "Märzes": 3, "Aprils": 4, "Mais": 5, "Junis": 6,
	"Julis": 7, "Augusts": 8, "Septembers": 9, "Oktobers": 10, "Novembers": 11, "Dezembers": 12,
}

// wordTable maps a word as written to its class. It is built once, on
// first use.
func wordTable() map[string]wordInfo {
	return wordTableV.Get(makeWordTable)
}

var wordTableV lazy.Value[map[string]wordInfo]

func makeWordTable() map[string]wordInfo {
	m := make(map[string]wordInfo, 1024)
	for _, e := range words {
		for f := range strings.FieldsSeq(e.forms) {
			info := e.info
			if info.cls == cMonth && info.v < 0 {
				info.v = monthGenitive[f]
			}
			m[f] = info
		}
	}
	// "sechstägigen", "zweiwöchige", "dreimonatiger": a count of units
	for _, n := range durationNumbers {
		for _, u := range durationUnits {
			for _, end := range []string{"", "e", "en", "er", "es", "em"} {
				m[n.word+u.stem+end] = wordInfo{cDur, int32(u.unit), int16(n.n)}
			}
		}
	}
	for d, name := range weekdayNames {
		for _, p := range weekdayParts {
			m[name+p.suffix] = wordInfo{cWeekday, int32(d + 1), int16(p.part)}
		}
	}
	// Capitalized forms of lowercase words (a sentence start), unless the
	// table gives the capitalized form a meaning of its own ("Morgen").
	for _, e := range words {
		for f := range strings.FieldsSeq(e.forms) {
			if f[0] < 'a' || f[0] > 'z' {
				if f[0] == 0xc3 && len(f) > 1 && f[1] == 0xbc { // ü
					c := "Ü" + f[2:]
					if _, ok := m[c]; !ok {
						m[c] = m[f]
					}
				}
				continue
			}
			c := string(f[0]-'a'+'A') + f[1:]
			if _, ok := m[c]; !ok {
				m[c] = m[f]
			}
		}
	}
	return m
}
