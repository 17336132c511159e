package fact_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/fact"
	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
)

func ExampleFind() {
	text := "Die Nordwind Energie AG hat im dritten Quartal mehr verdient. Der Umsatz stieg um 14 Prozent " +
		"auf 2,3 Milliarden Euro, das Ebit um 21 Prozent auf 412 Mio. Euro."
	ref := period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	for _, f := range fact.Find(text, ref) {
		fmt.Println(f.Metric, f.Entity, f.Value.Value, f.Value.Currency, f.Change.Direction, f.Change.By.Value, f.Period)
	}
	// Output:
	// revenue Nordwind Energie AG 2300000000 EUR up 14 2025-Q3
	// operating_profit Nordwind Energie AG 412000000 EUR up 21 2025-Q3
}

func ExampleFind_status() {
	text := "Für 2026 erwartet Siemens einen Umsatz von 80 Milliarden Euro. " +
		"Analysten hatten mit 78 Milliarden Euro gerechnet."
	for _, f := range fact.Find(text, period.Ref{}) {
		fmt.Println(f.Metric, f.Value.Value, f.Status, f.Period)
	}
	// Output:
	// revenue 80000000000 forecast 2026
	// revenue 78000000000 estimate 2026
}

func ExampleFindWith() {
	// A caller that already ran the other finders hands their results in.
	text := "Microsoft hält rund 27 Prozent an OpenAI."
	nums := parse.FindNumbers(text)
	in := fact.Input{
		Numbers:  nums,
		Amounts:  money.NewFinder().FindWith(text, nums),
		Percents: parse.FindPercents(text),
		Mentions: entity.Find(text),
	}
	for _, f := range fact.FindWith(text, in) {
		fmt.Println(f.Metric, f.Entity, f.Target, f.Value.Value, f.Value.Approx)
	}
	// Output:
	// stake Microsoft OpenAI 27 about
}

func ExampleFact_MarshalJSON() {
	ref := period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	facts := fact.Find("Im letzten Quartal sank der Nettogewinn von Bayer um 8 Prozent gegenüber dem Vorjahr.", ref)
	b, _ := json.Marshal(facts[0])
	fmt.Println(string(b))
	// Output:
	// {"text":"Nettogewinn von Bayer um 8 Prozent","start":28,"end":62,"metric":"net_income","metric_text":"Nettogewinn","entity":"Bayer","change":{"direction":"down","value":"8","unit":"percent","basis":"yoy"},"period":"2025-Q3","period_text":"letzten Quartal","status":"actual"}
}

func ExampleMetric_String() {
	m, ok := fact.ParseMetric("capex")
	fmt.Println(m, ok, fact.Revenue, len(fact.Metrics()))
	// Output:
	// capex true revenue 29
}
