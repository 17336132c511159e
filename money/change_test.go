package money

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// changeCases are changes "von N auf M CUR" (and "um N auf M CUR") whose
// currency is written once, after the second value, plus ranges whose unit
// is written once. want uses the format of composeCases.
var changeCases = []struct {
	name string
	in   string
	want []string
}{
	{"Kursziel raised", "Die Bank hob das Kursziel von 52 auf 58 Euro an.", []string{"52=52 EUR", "58 Euro=58 EUR"}},
	{"Kursziel cut, perfect", "Das Institut hat sein Kursziel von 140 auf 120 Dollar gesenkt.", []string{"140=140 USD", "120 Dollar=120 USD"}},
	{"fronted object", "Das Kursziel senkten die Analysten von 31 auf 27 Franken.", []string{"31=31 CHF", "27 Franken=27 CHF"}},
	{"subordinate clause", "Er sagte, dass der Preis von 9,99 auf 12,49 Euro steigt.", []string{"9,99=9.99 EUR", "12,49 Euro=12.49 EUR"}},
	{"scale carries back", "Der Umsatz wuchs von 4,1 auf 4,6 Mrd. Euro.", []string{"4,1=4100000000 EUR", "4,6 Mrd. Euro=4600000000 EUR"}},
	{"scale words carry back", "Der Verlust schrumpfte von 2,5 auf 1,8 Milliarden Dollar.", []string{"2,5=2500000000 USD", "1,8 Milliarden Dollar=1800000000 USD"}},
	{"both scaled", "Die Schulden sanken von 3 Mrd. auf 2 Mrd. Euro.", []string{"3 Mrd.=3000000000 EUR", "2 Mrd. Euro=2000000000 EUR"}},
	{"large first value keeps its own size", "Das Budget stieg von 800 auf 1,2 Mrd. Euro.", []string{"800=800 EUR", "1,2 Mrd. Euro=1200000000 EUR"}},
	{"um ... auf", "Die Aktie legte um 4 auf 61 Euro zu.", []string{"4=4 EUR", "61 Euro=61 EUR"}},
	{"per share", "Die Dividende steigt von 1,10 auf 1,25 Euro je Aktie.", []string{"1,10=1.1 EUR", "1,25 Euro=1.25 EUR"}},
	{"symbol after", "Der Preis kletterte von 3,50 auf 4 €.", []string{"3,50=3.5 EUR", "4 €=4 EUR"}},
	{"word numerals", "Das Ticket wird von zwei auf drei Euro teurer.", []string{"zwei=2 EUR", "drei Euro=3 EUR"}},
	{"qualifier on the first", "Die Kosten fielen von rund 70 auf 55 Millionen Euro.", []string{"70=70000000 EUR|about", "55 Millionen Euro=55000000 EUR"}},
	{"currency on both", "Das Ziel stieg von 52 Euro auf 58 Euro.", []string{"52 Euro=52 EUR", "58 Euro=58 EUR"}},
	{"cents", "Der Preis stieg von 10 auf 20 Cent.", []string{"10=0.1 EUR", "20 Cent=0.2 EUR"}},
	{"Von at sentence start", "Von 12 auf 15 Dollar erhöhte der Konzern den Preis.", []string{"12=12 USD", "15 Dollar=15 USD"}},
	// must not match
	{"years", "Die Zahl stieg von 2019 auf 2020 kaum.", nil},
	{"lanes", "Die Autobahn wird von 3 auf 4 Spuren erweitert.", nil},
	{"percent first", "Die Quote fiel von 2,9 auf 2,4 Prozent.", nil},
	{"currency before the second only", "Von 20 Tagen auf 58 Euro kam er nicht.", []string{"58 Euro=58 EUR"}},
	{"no von", "Der Kurs von Firma 5 auf 58 Euro.", []string{"58 Euro=58 EUR"}},
	{"other word between", "Die Zahl ging von 5 bald auf 58 Euro.", []string{"58 Euro=58 EUR"}},
	{"second is vague", "von 3 auf einige Millionen Euro", []string{"einige Millionen Euro= EUR"}},
	// ranges whose unit is written once
	{"zwischen und Millionen", "Der Schaden beträgt zwischen 3 und 4 Millionen Euro.", []string{"3 und 4 Millionen Euro=3000000..4000000 EUR"}},
	{"zwischen digits", "Die Aktie notierte zwischen 12 und 14 Dollar.", []string{"12 und 14 Dollar=12..14 USD"}},
	{"bis with scale", "Man rechnet mit 2 bis 3 Mrd. Franken.", []string{"2 bis 3 Mrd. Franken=2000000000..3000000000 CHF"}},
	{"zwischen years is no money", "zwischen 2020 und 2023 stieg der Preis", nil},
	// two numerals in a list: the first takes the currency (and the scale) of the second
	{"bzw. with a qualifier", "Die Ausfälle wurden mit 250.000 bzw. etwa 1 Mio. Euro beziffert.", []string{"250.000=250000 EUR", "1 Mio. Euro=1000000 EUR|about"}},
	{"oder with a scale", "Die Kosten betragen 3 oder 4 Milliarden Euro.", []string{"3=3000000000 EUR", "4 Milliarden Euro=4000000000 EUR"}},
	{"beziehungsweise", "Die Strafen lagen bei 600 beziehungsweise 900 Euro.", []string{"600=600 EUR", "900 Euro=900 EUR"}},
	{"und, words", "Der Preis steigt um zehn oder 20 Cent.", []string{"zehn=0.1 EUR", "20 Cent=0.2 EUR"}},
	{"scale only within ten", "Es waren 800 bzw. 1,2 Mrd. Euro.", []string{"800=800 EUR", "1,2 Mrd. Euro=1200000000 EUR"}},
	// a longer list joined by commas: every numeral takes the currency after the last
	{"three in a list", "Die Karten kosten 250, 400 und 600 Euro.", []string{"250=250 EUR", "400=400 EUR", "600 Euro=600 EUR"}},
	{"four with a scale", "Die Gebote lagen bei 2, 3, 4 oder 5 Milliarden Euro.", []string{"2=2000000000 EUR", "3=3000000000 EUR", "4=4000000000 EUR", "5 Milliarden Euro=5000000000 EUR"}},
	{"after a noun that is no label", "Je nach Entfernung 250, 400 oder 600 Euro.", []string{"250=250 EUR", "400=400 EUR", "600 Euro=600 EUR"}},
	{"a list with qualifiers", "Die Stufen betragen etwa 10, 20 bzw. 30 Dollar.", []string{"10=10 USD|about", "20=20 USD", "30 Dollar=30 USD"}},
	// must not match
	{"a label's list", "Er belegte die Plätze 3, 4 und 5 Euro.", []string{"5 Euro=5 EUR"}},
	{"a count's list", "Es kamen 250, 400 und 600 Besucher.", nil},
	{"a list without a joiner", "Die Werte 250, 400, 600 Euro.", []string{"600 Euro=600 EUR"}},
	{"a label's number", "Er belegte Platz 3 oder 4 Euro.", []string{"4 Euro=4 EUR"}},
	{"a year's number", "Im Jahr 2019 und 2020 Euro", []string{"2020 Euro=2020 EUR"}},
	{"a count with its noun", "Es kamen 300 Gäste und 4 Euro.", []string{"4 Euro=4 EUR"}},
}

func TestFindChange(t *testing.T) {
	for _, tt := range changeCases {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.in)
			checkInvariants(t, tt.in, got)
			texts := make([]string, len(got))
			for i, a := range got {
				if a.Vague {
					texts[i] = a.Text + "= " + a.Currency.String()
					continue
				}
				texts[i] = amountString(a)
			}
			require.Len(t, got, len(tt.want), "got %q", texts)
			for i, w := range tt.want {
				assert.Equal(t, w, texts[i])
			}
		})
	}
}
