package money_test

import (
	"errors"
	"fmt"

	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"golang.org/x/text/currency"
)

func ExampleParse() {
	a, err := money.Parse("34,9 Milliarden US-Dollar")
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Value, a.Currency)
	// Output: 34900000000 USD
}

func ExampleParse_error() {
	_, err := money.Parse("5 Mio.")
	fmt.Println(errors.Is(err, money.ErrNoCurrency))
	fmt.Println(err)
	// Output:
	// true
	// money.Parse: parsing "5 Mio.": no currency at byte 6
}

func ExampleFind() {
	text := "Die Nordwind AG steigerte den Umsatz auf rund 3,4 Mrd. Euro; " +
		"die Dividende steigt auf 1,10 € je Aktie, und für einige Millionen Euro kauft sie Anteile zurück."
	for _, a := range money.Find(text) {
		switch {
		case a.Vague:
			fmt.Printf("%q vague %s\n", a.Text, a.Currency)
		case a.Per != "":
			fmt.Printf("%q %s %s je %s\n", a.Text, a.Value, a.Currency, a.Per)
		default:
			fmt.Printf("%q %s %s (%s)\n", a.Text, a.Value, a.Currency, a.Qual.Approx)
		}
	}
	// Output:
	// "3,4 Mrd. Euro" 3400000000 EUR (about)
	// "1,10 €" 1.1 EUR je Aktie
	// "einige Millionen Euro" vague EUR
}

func ExampleFind_range() {
	for _, a := range money.Find("Der Umbau soll 20 bis 25 Milliarden Euro kosten.") {
		fmt.Println(a.Text, a.Min, a.Max, a.Currency)
	}
	// Output: 20 bis 25 Milliarden Euro 20000000000 25000000000 EUR
}

func ExampleNewFinder() {
	f := money.NewFinder(money.WithDefaultDollar(currency.CAD), money.WithVague(false))
	for _, a := range f.Find("Shopify nahm 2 Mrd. Dollar ein, zahlte 40 Mio. US-Dollar und einige Millionen Dollar Gebühren.") {
		fmt.Println(a.Text, a.Currency)
	}
	// Output:
	// 2 Mrd. Dollar CAD
	// 40 Mio. US-Dollar USD
}

func ExampleFinder_FindWith() {
	text := "Der Gewinn stieg um 12 % auf 850 Mio. CHF."
	nums := parse.FindNumbers(text) // shared with other finders
	for _, a := range money.NewFinder().FindWith(text, nums) {
		fmt.Println(a.Text, a.Value, a.Currency)
	}
	// Output: 850 Mio. CHF 850000000 CHF
}

func ExampleAmount_String() {
	a, _ := money.Parse("34,9 Milliarden US-Dollar")
	fmt.Println(a.String())
	b, _ := money.Parse("1,1 € je Aktie")
	fmt.Println(b)
	// Output:
	// 34,9 Mrd. US-Dollar
	// 1,10 Euro je Aktie
}

func ExampleFormatter() {
	a, _ := money.Parse("EUR 2.300.000.000")
	long := money.NewFormatter(money.WithScale(money.ScaleLong))
	sym := money.NewFormatter(money.WithCurrencyStyle(money.CurrencySymbol))
	code := money.NewFormatter(money.WithScale(money.ScaleNone), money.WithCurrencyStyle(money.CurrencyCode))
	fmt.Println(long.Format(a))
	fmt.Println(sym.Format(a))
	fmt.Println(code.Format(a))
	// Output:
	// 2,3 Milliarden Euro
	// 2,3 Mrd. €
	// 2.300.000.000 EUR
}

func ExampleAmount_MarshalJSON() {
	a, _ := money.Parse("bis zu 130 Milliarden US-Dollar")
	b, _ := a.MarshalJSON()
	fmt.Println(string(b))
	// Output: {"text":"130 Milliarden US-Dollar","start":7,"end":31,"value":"130000000000","currency":"USD","approx":"at_most"}
}

func ExampleAmount_AppendJSON() {
	var buf []byte
	for _, a := range money.Find("Der Umsatz lag bei knapp 19 Mrd. Euro, die Dividende bei 1,10 € je Aktie.") {
		buf = a.AppendJSON(buf[:0])
		fmt.Println(string(buf))
	}
	// Output:
	// {"text":"19 Mrd. Euro","start":25,"end":37,"value":"19000000000","currency":"EUR","approx":"just_under"}
	// {"text":"1,10 €","start":57,"end":65,"value":"1.1","currency":"EUR","per":"Aktie"}
}

func ExampleFind_change() {
	for _, a := range money.Find("Die Bank hob das Kursziel von 52 auf 58 Euro an.") {
		fmt.Println(a.Text, a.Value, a.Currency)
	}
	// Output:
	// 52 52 EUR
	// 58 Euro 58 EUR
}
