package parse_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/finanztext/finanztext/parse"
)

func ExampleFindPercents() {
	text := "Der Umsatz stieg um 27 % gegenüber dem Vorjahr, die Marge sank um 0,5 Prozentpunkte auf 12,3 Prozent. " +
		"Der Fonds hält rund 32,5 % der Aktien."
	for _, p := range parse.FindPercents(text) {
		fmt.Printf("%q value=%s unit=%s direction=%q basis=%q\n", p.Text, p.Value, p.Unit, p.Direction, p.Basis)
	}
	// Output:
	// "27 %" value=27 unit=percent direction="up" basis="gegenüber dem Vorjahr"
	// "0,5 Prozentpunkte" value=0.5 unit=point direction="down" basis=""
	// "12,3 Prozent" value=12.3 unit=percent direction="" basis=""
	// "32,5 %" value=32.5 unit=percent direction="" basis=""
}

func ExampleFindPercentsWith() {
	text := "Die Aktie legte um 3 % zu, der Index verlor ein Prozent."
	nums := parse.FindNumbers(text) // found once, shared with other finders
	for _, p := range parse.FindPercentsWith(text, nums) {
		fmt.Println(p.Text, p.Value, p.Direction, text[p.Start:p.End] == p.Text)
	}
	// Output:
	// 3 % 3 up true
	// ein Prozent 1 down true
}

func ExampleParsePercent() {
	p, err := parse.ParsePercent("20–25 %")
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Value, p.Max, p.IsRange, p.Unit)

	p, err = parse.ParsePercent("rund 5 Basispunkte")
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Text, p.Value, p.Unit, p.Qual.Approx)

	_, err = parse.ParsePercent("27 % mehr")
	fmt.Println(err, errors.Is(err, parse.ErrSyntax))
	// Output:
	// 20 25 true percent
	// 5 Basispunkte 5 basis_point about
	// parse.ParsePercent: parsing "27 % mehr": invalid syntax at byte 4 true
}

func ExamplePercentMatch_MarshalJSON() {
	ps := parse.FindPercents("Das entspricht einem Anstieg von 51 % gegenüber dem Vorjahr.")
	b, err := json.Marshal(ps)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	// Output:
	// [{"text":"51 %","start":33,"end":37,"value":"51","unit":"percent","direction":"up","basis":"gegenüber dem Vorjahr"}]
}
