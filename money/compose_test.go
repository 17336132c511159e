package money

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// composeCases are amounts that compose: currency words in any case,
// cents joined to the amount before them, the article as one unit,
// ranges, fractions, tolerances, just-under/just-over and figures written
// the English way. want lists "Text=Value CUR" (a range "Text=Min..Max
// CUR"), with "|approx" appended when a qualifier is expected. An empty
// want means no amount.
var composeCases = []struct {
	name string
	in   string
	want []string
}{
	// currency words in any case
	{"lower-case dollar", "Für die Karte verlangte er 40 dollar.", []string{"40 dollar=40 USD"}},
	{"lower-case cent", "Die Briefmarke kostet neunzig cent.", []string{"neunzig cent=0.9 EUR"}},
	{"upper-case euro", "RABATT VON 15 EURO", []string{"15 EURO=15 EUR"}},
	{"lower-case franken", "Der Eintritt kostet 12 franken.", []string{"12 franken=12 CHF"}},
	{"lower-case adjective compound", "Es gab 5 euro-ähnliche Gutscheine.", nil},
	{"lower-case mark is no money", "Er lief 3 mark weiter.", nil},
	// cents join the amount before them and take its currency
	{"dollar and cent", "Das Buch kostet 24 Dollar und 99 Cent.", []string{"24 Dollar und 99 Cent=24.99 USD"}},
	{"US-Dollar and cents", "Sie zahlte 3 US-Dollar und 5 Cents.", []string{"3 US-Dollar und 5 Cents=3.05 USD"}},
	{"euro and cent", "Ein Kaffee für 2 Euro und 80 Cent.", []string{"2 Euro und 80 Cent=2.8 EUR"}},
	{"franken and rappen", "Das Billett kostet 7 Franken und 40 Rappen.", []string{"7 Franken und 40 Rappen=7.4 CHF"}},
	{"euro then US-Cent stay apart", "Es waren 4 Euro und 30 US-Cent.", []string{"4 Euro=4 EUR", "30 US-Cent=0.3 USD"}},
	{"kronen and cent stay apart", "Er zahlte 10 Kronen und 20 Cent.", []string{"10 Kronen=10 ", "20 Cent=0.2 EUR"}},
	// a plain Cent after a dollar amount of its sentence is that dollar's
	{"cents of the dollar before", "Der Gewinn lag bei 291,6 Millionen US-Dollar oder 21 Cent je Aktie.",
		[]string{"291,6 Millionen US-Dollar=291600000 USD", "21 Cent=0.21 USD"}},
	{"cents of a Canadian dollar", "Der Gewinn betrug 3 Mrd. kanadische Dollar, je Aktie 95 Cent.",
		[]string{"3 Mrd. kanadische Dollar=3000000000 CAD", "95 Cent=0.95 CAD"}},
	{"cents in the next sentence stay euro", "Die Aktie kostete 12 Dollar. Die Dividende beträgt 30 Cent.",
		[]string{"12 Dollar=12 USD", "30 Cent=0.3 EUR"}},
	{"cents after a euro amount", "Der Umsatz betrug 2 Mrd. Euro, die Dividende 80 Cent.",
		[]string{"2 Mrd. Euro=2000000000 EUR", "80 Cent=0.8 EUR"}},
	// the article as one unit
	{"einen Euro", "Das Los kostet nur einen Euro.", []string{"einen Euro=1 EUR"}},
	{"ein Dollar", "Ein Dollar war zeitweise 0,95 Euro wert.", []string{"Ein Dollar=1 USD", "0,95 Euro=0.95 EUR"}},
	{"einen Cent", "Der Preis fiel um einen Cent.", []string{"einen Cent=0.01 EUR"}},
	{"article before a compound", "Er wollte ein Euro-Konto eröffnen.", nil},
	{"article before a dollar compound", "Sie nahmen einen Dollar-Kredit auf.", nil},
	{"article alone", "Ein Unternehmen aus Ulm wuchs.", nil},
	{"article before a noun", "Eine Bank senkte die Gebühren.", nil},
	// counts and units that are no money
	{"staff count", "Der Konzern hat 120.000 Mitarbeiter.", nil},
	{"truck", "Der 40-Tonner blockierte die Straße.", nil},
	{"weight in pounds", "Sie kaufte 5 Pfund Kartoffeln.", nil},
	// ranges
	{"range with scale", "Die Kosten liegen bei 100 bis 300 Milliarden Euro.", []string{"100 bis 300 Milliarden Euro=100000000000..300000000000 EUR"}},
	{"zwischen range", "Der Schaden liegt zwischen 3 und 4 Millionen Euro.", []string{"3 und 4 Millionen Euro=3000000..4000000 EUR"}},
	{"dash range dollars", "Analysten erwarten 20–25 Mio. Dollar.", []string{"20–25 Mio. Dollar=20000000..25000000 USD"}},
	// fractions
	{"three quarter words", "Ein Gewinn von drei Viertel Millionen Euro.", []string{"drei Viertel Millionen Euro=750000 EUR"}},
	{"mixed fraction", "Das Paket umfasst fünf und drei Viertel Milliarden Euro.", []string{"fünf und drei Viertel Milliarden Euro=5750000000 EUR"}},
	{"Dreiviertelmillion", "Er erbte eine Dreiviertelmillion Euro.", []string{"eine Dreiviertelmillion Euro=750000 EUR"}},
	{"half billion", "Sie investiert eine halbe Milliarde Dollar.", []string{"eine halbe Milliarde Dollar=500000000 USD"}},
	{"vulgar fraction", "Das kostet ½ Mio. Euro.", []string{"½ Mio. Euro=500000 EUR"}},
	// tolerances are no signs
	{"plus oder minus", "Die Schätzung liegt bei 12 Milliarden Euro, plus oder minus eine Milliarde Euro.",
		[]string{"12 Milliarden Euro=12000000000 EUR", "eine Milliarde Euro=1000000000 EUR"}},
	{"minus is a sign", "Der Saldo betrug minus 3 Millionen Euro.", []string{"minus 3 Millionen Euro=-3000000 EUR"}},
	// just under, just over
	{"knapp", "Der Umsatz erreichte knapp 19 Mrd. Euro.", []string{"19 Mrd. Euro=19000000000 EUR|just_under"}},
	{"gut", "Der Umsatz erreichte gut 19 Mrd. Euro.", []string{"19 Mrd. Euro=19000000000 EUR|just_over"}},
	{"knapp before the currency", "Das Haus kostet knapp € 2 Mio.", []string{"€ 2 Mio.=2000000 EUR|just_under"}},
	{"rund stays about", "Der Umsatz lag bei rund 19 Mrd. Euro.", []string{"19 Mrd. Euro=19000000000 EUR|about"}},
	// figures written the English way
	{"dollar billion", "Die Übernahme kostet $2.6 billion.", []string{"$2.6 billion=2600000000 USD"}},
	{"USD bn", "Der Fonds hält USD 4bn.", []string{"USD 4bn=4000000000 USD"}},
	{"euro bn glued", "Der Kaufpreis: €1.2bn.", []string{"€1.2bn=1200000000 EUR"}},
	{"point Mrd dollar sign", "Umsatz: 3.4 Mrd. $", []string{"3.4 Mrd. $=3400000000 USD"}},
	{"bn then Euro", "ein Defizit von 7bn Euro", []string{"7bn Euro=7000000000 EUR"}},
	{"German Billion stays 10^12", "Die Schulden: 2 Billionen Dollar.", []string{"2 Billionen Dollar=2000000000000 USD"}},
	{"bn without currency", "Der Markt ist 3bn groß.", nil},
}

func TestFindCompose(t *testing.T) {
	for _, tt := range composeCases {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.in)
			checkInvariants(t, tt.in, got)
			texts := make([]string, len(got))
			for i, a := range got {
				texts[i] = amountString(a)
			}
			require.Len(t, got, len(tt.want), "got %q", texts)
			for i, w := range tt.want {
				assert.Equal(t, w, texts[i])
			}
		})
	}
}

// amountString renders a for the want lists of composeCases.
func amountString(a Amount) string {
	var b strings.Builder
	b.WriteString(a.Text + "=")
	if a.IsRange {
		b.WriteString(a.Min.String() + ".." + a.Max.String())
	} else {
		b.WriteString(a.Value.String())
	}
	b.WriteString(" ")
	if a.HasCurrency {
		b.WriteString(a.Currency.String())
	}
	if a.Qual != nil {
		b.WriteString("|" + a.Qual.Approx.String())
	}
	return b.String()
}
