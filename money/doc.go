// Package money finds amounts of money in German text and parses them
// into an exact value ([github.com/shopspring/decimal.Decimal]) and an ISO
// 4217 currency ([golang.org/x/text/currency.Unit]), each with the byte
// span it came from.
//
//	a, err := money.Parse("34,9 Milliarden US-Dollar")
//	// a.Value = 34900000000, a.Currency = currency.USD
//	for _, a := range money.Find(text) { … }
//
// It builds on the numerals of [github.com/finanztext/finanztext/parse]
// and looks for a currency only right after or before each of them:
// symbols (€ $ £ ¥ US$ HK$ …), ISO codes as whole words ("EUR 850 Mio.",
// "10 Mrd. USD"), and German names with their inflections ("Euro",
// "US-Dollar", "Schweizer Franken", "schwedischen Kronen"). Scales,
// number words, ranges ("20 bis 25 Milliarden Euro"), compounds
// ("250-Milliarden-US-Dollar-Vorabkaufvertrag" yields "250-Milliarden-US-Dollar"),
// cents ("zwei Euro fünfzig", "13 Euro und 45 Cent") and per-unit amounts
// ("1,10 € je Aktie") are understood.
//
// Currency words count in any case ("17 dollar", "fünfzig cent", "20
// EURO"), except lower-case words that are words of their own ("mark",
// "rand", "real"). The article counts one unit right before a currency
// ("einen Euro", "ein US-Dollar" are 1 EUR and 1 USD), but not before a
// compound ("ein Euro-Land", "einen Dollar-Kredit"), and never alone.
// Cents join the amount before them and take its currency: "13 Euro und 45
// Cent" is 13.45 EUR, "15 Dollar und 15 Cent" 15.15 USD. Figures written
// the English way are read as such: "$1.5 billion", "USD 3bn", "€2.1bn",
// "2.1 Mrd. $" (a lower-case "billion" is 10⁹; the German "Billion" is
// 10¹²).
//
// The span of an [Amount] runs from the numeral to the currency (or from
// the currency to the numeral); a qualifier in front ("rund", "bis zu") is
// not part of it and has its own span in Qual.
//
// # Qualifiers
//
// Qual.Approx says how the qualifier bends the value, in the terms of the
// command-line contract's "approx": rund, etwa, ca., circa, fast, nahezu →
// about; knapp → just_under ([parse.JustUnder]: "knapp 19 Mrd. Euro" is a
// little less than 19 billion); gut → just_over ([parse.JustOver]: a
// little more); über, mehr als → more_than; unter, weniger als →
// less_than; bis zu, höchstens → at_most; mindestens → at_least. A
// tolerance is no sign: in "plus oder minus eine Milliarde Euro" the
// amount is 1 billion, not −1 billion.
//
// # Results the caller already has, and JSON
//
// [Finder.FindWith] reuses the numerals of parse.FindNumbers and checks
// them against the text first: numerals that do not fit are skipped, never
// a panic. [Amount.AppendJSON] (and MarshalJSON) write the one JSON shape
// of an amount: text, start, end, value, currency, min, max, per, vague,
// approx.
//
// A scaled numeral in brackets right after an amount takes that amount's
// currency: in "3,4 Mrd. Euro (Vorjahr: 3,1 Mrd.)" both are euros. The
// second amount names no currency of its own, so its CurrencySpan is
// empty.
//
// A change written with its currency once, at the end, gives both values
// that currency: in "Die Bank hob das Kursziel von 52 auf 58 Euro an" and
// "Die Aktie stieg um 3 auf 45 Dollar" the first numeral is money too (its
// CurrencySpan is empty), and it takes the scale word of the second when it
// has none and is of the same size ("von 3,1 auf 3,4 Mrd. Euro"). "von
// 2019 auf 2020" or "von 3 auf 4 Spuren" name no currency: no amount.
//
// # Vague amounts
//
// "einige Milliarden US-Dollar", "Milliarden von Euro", "mehrere Millionen
// Euro", "ein dreistelliger Millionenbetrag", "Tausende Euro", "mehrere
// tausend Euro" name money without a number.
// They are reported with Vague set, a zero Value and no "value" in JSON:
// the package never invents a value. [WithVague] turns them off.
//
// # Ambiguous names
//
// A bare "Dollar" or "$" is USD unless [WithDefaultDollar] says otherwise.
// "Kronen" and "Peso" take their country from an adjective ("norwegische
// Kronen") or from the sentence ("… teilte der schwedische Konzern mit");
// when the sentence names no country or several, the amount is reported
// with HasCurrency false rather than a guessed code. "Pfund" before a good
// sold by weight ("750 Pfund Mehl", "20 Pfund Äpfel") or a word of weight
// ("30 Pfund schwerer") is the unit of weight, not money. "Franc" and
// "Francs" (French, Belgian, Luxembourg) are resolved like "Kronen";
// "Franken" is Swiss unless an adjective names another country.
//
// # Currencies of the past
//
// Older articles quote prices in the currencies the euro replaced: "Mark",
// "D-Mark" and "DM" (DEM; "finnische Mark" is FIM), "Schilling" (ATS),
// "Gulden" (NLG), "Lire" (ITL; "Lira" alone is the Turkish lira),
// "Peseten" (ESP), "Drachmen" (GRD), "Escudos" (PTE). Like every currency
// name, they count only right after a numeral, so "Mark Weber" and "die
// Mark Brandenburg" are not money.
package money
