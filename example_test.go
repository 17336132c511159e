package finanztext_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/finanztext/finanztext"
	"github.com/finanztext/finanztext/entity"
	"golang.org/x/text/currency"
)

const exampleArticle = `Die Hafenbrück AG hat ihren Umsatz im ersten Halbjahr um 7,5 Prozent auf 1,2 Milliarden Euro gesteigert. ` +
	`Der Gewinn sank dagegen um 3 Prozent gegenüber dem Vorjahr. ` +
	`„Wir sind mit dem Start ins Jahr zufrieden“, sagte Vorstandschef Jonas Lindqvist. ` +
	`Finanzchefin Maren Ott kündigte Investitionen von bis zu 300 Millionen Euro an. ` +
	`Die Europäische Zentralbank beließ den Leitzins unterdessen bei 2 Prozent.`

func ExampleAnalyze() {
	doc := finanztext.Analyze(exampleArticle)
	for _, a := range doc.Amounts {
		approx := ""
		if a.Qual != nil {
			approx = " (" + a.Qual.Approx.String() + ")"
		}
		fmt.Printf("amount: %s = %s %s%s\n", a.Text, a.Value, a.Currency, approx)
	}
	for _, p := range doc.Percentages {
		fields := []string{p.Value.String(), p.Unit.String()}
		for _, f := range []string{p.Direction.String(), p.Basis} {
			if f != "" {
				fields = append(fields, f)
			}
		}
		fmt.Printf("percentage: %s = %s\n", p.Text, strings.Join(fields, " "))
	}
	for _, o := range doc.Organizations {
		fmt.Printf("organization: %s\n", o.Name()) // the canonical name, or the text when unknown
	}
	for _, p := range doc.Persons {
		fmt.Printf("person: %s, %s\n", p.Name(), p.Role)
	}
	for _, q := range doc.Quotes {
		speaker := "unknown"
		if q.Speaker != nil { // nil when the finder found no speaker
			speaker = q.Speaker.Name
		}
		fmt.Printf("quote: %q by %s\n", q.Text, speaker)
	}
	// Output:
	// amount: 1,2 Milliarden Euro = 1200000000 EUR
	// amount: 300 Millionen Euro = 300000000 EUR (at_most)
	// percentage: 7,5 Prozent = 7.5 percent up
	// percentage: 3 Prozent = 3 percent down gegenüber dem Vorjahr
	// percentage: 2 Prozent = 2 percent
	// organization: Hafenbrück AG
	// organization: Europäische Zentralbank
	// person: Jonas Lindqvist, Vorstandschef
	// person: Maren Ott, Finanzchefin
	// quote: "Wir sind mit dem Start ins Jahr zufrieden" by Jonas Lindqvist
}

func ExampleNew() {
	a := finanztext.New(
		finanztext.WithKinds(finanztext.Organizations),
		finanztext.WithEntities(entity.Entity{Name: "Zyrkonwerke", Aliases: []string{"Zyrkon"}, Type: entity.Company}),
	)
	doc := a.Analyze("Bei Zyrkon läuft es: Die Zyrkonwerke melden Rekordzahlen.")
	for _, o := range doc.Organizations {
		fmt.Printf("%s [%d,%d) → %s\n", o.Text, o.Start, o.End, o.Entity.Name)
	}
	fmt.Println(len(doc.Amounts), len(doc.Persons))
	// Output:
	// Zyrkon [4,10) → Zyrkonwerke
	// Zyrkonwerke [26,37) → Zyrkonwerke
	// 0 0
}

func ExampleDocument_Speaker() {
	doc := finanztext.Analyze(`„Die Zahlen sind solide“, sagte Maren Ott, Finanzchefin der Hafenbrück AG.`)
	for _, q := range doc.Quotes {
		if p, ok := doc.Speaker(q); ok {
			fmt.Printf("%q: %s (%s, %s)\n", q.Text, p.Entity.Name, p.Role, p.Organization)
		}
	}
	// Output:
	// "Die Zahlen sind solide": Maren Ott (Finanzchefin, Hafenbrück AG)
}

func ExampleDocument_MarshalJSON() {
	doc := finanztext.New(finanztext.WithKinds(finanztext.Amounts)).
		Analyze("Die Dividende steigt auf 1,10 Euro.")
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		panic(err)
	}
	fmt.Print(buf.String())
	// Output:
	// {"numbers":[],"amounts":[{"text":"1,10 Euro","start":25,"end":34,"value":"1.1","currency":"EUR"}],"percentages":[],"organizations":[],"persons":[],"quotes":[],"periods":[],"facts":[],"references":[]}
}

func ExampleWithDefaultDollar() {
	a := finanztext.New(finanztext.WithDefaultDollar(currency.CAD))
	doc := a.Analyze("Der Auftrag ist 40 Millionen Dollar wert, der Zukauf 2 Mrd. US-Dollar.")
	for _, am := range doc.Amounts {
		fmt.Println(am.Text, am.Value, am.Currency)
	}
	// Output:
	// 40 Millionen Dollar 40000000 CAD
	// 2 Mrd. US-Dollar 2000000000 USD
}
