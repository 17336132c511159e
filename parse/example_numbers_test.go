package parse_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/finanztext/finanztext/parse"
)

func ExampleDecimal() {
	for _, s := range []string{"1.234.567,89", "4,800", "1.099", "34,9 Milliarden", "zweieinhalb"} {
		v, err := parse.Decimal(s)
		fmt.Println(v, err)
	}
	// Output:
	// 1234567.89 <nil>
	// 4.8 <nil>
	// 1099 <nil>
	// 34900000000 <nil>
	// 2.5 <nil>
}

func ExampleDecimal_error() {
	_, err := parse.Decimal("12.34.567")
	var ne *parse.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Offset, errors.Is(err, parse.ErrSyntax))
	}
	fmt.Println(err)
	// Output:
	// 3 true
	// parse.Decimal: parsing "12.34.567": invalid syntax at byte 3
}

func ExampleParseNumber() {
	n, err := parse.ParseNumber("rund 12 bis 13 Mrd.")
	if err != nil {
		panic(err)
	}
	fmt.Println(n.Text, n.Value, n.Max, n.IsRange, n.Qual.Text, n.Qual.Approx)
	// Output: 12 bis 13 Mrd. 12000000000 13000000000 true rund about
}

func ExampleFindNumbers() {
	text := "Im 3. Quartal stieg der Umsatz um knapp zwei Milliarden auf 34,9 Mrd. Euro; ein Sprecher nannte die Zahl am 5. Mai."
	for _, n := range parse.FindNumbers(text) {
		q := ""
		if n.Qual != nil {
			q = " (" + n.Qual.Text + ")"
		}
		fmt.Printf("%d-%d %q %s ordinal=%v%s\n", n.Start, n.End, n.Text, n.Value, n.Ordinal, q)
	}
	// Output:
	// 3-5 "3." 3 ordinal=true
	// 40-55 "zwei Milliarden" 2000000000 ordinal=false (knapp)
	// 60-69 "34,9 Mrd." 34900000000 ordinal=false
}

func ExampleNumberFinder_Find() {
	f := parse.NewNumberFinder(parse.WithDateParts(true))
	for _, n := range f.Find("Am 3.5.2025 um 14:30 Uhr") {
		fmt.Print(n.Value, " ")
	}
	fmt.Println()
	// Output: 3 5 2025 14 30
}

func ExampleNumberFinder_Append() {
	var buf []parse.Number
	for _, line := range []string{"20–25 Prozent", "ein Drittel"} {
		buf = parse.NumberFinder{}.Append(buf[:0], line)
		for _, n := range buf {
			fmt.Println(n.Text, n.Value, n.Max)
		}
	}
	// Output:
	// 20–25 20 25
	// ein Drittel 0.33333333333333333333 0
}

func ExampleNumError() {
	_, err := parse.Decimal("1.2.3,4")
	fmt.Println(err)
	// Output: parse.Decimal: parsing "1.2.3,4": invalid syntax at byte 2
}

func ExampleNumError_Unwrap() {
	_, err := parse.Decimal(strings.Repeat("9", 1001))
	fmt.Println(errors.Is(err, parse.ErrRange), errors.Unwrap(err) == parse.ErrRange)
	// Output: true true
}

func ExampleNumber_MarshalJSON() {
	for _, n := range parse.FindNumbers("Erwartet werden rund 12 bis 13 Mrd. Euro.") {
		b, err := json.Marshal(n)
		if err != nil {
			panic(err)
		}
		fmt.Println(string(b))
	}
	// Output: {"text":"12 bis 13 Mrd.","start":21,"end":35,"value":"12000000000","ordinal":false,"min":"12000000000","max":"13000000000","approx":"about"}
}

func ExampleSplitRanges() {
	text := "Die Kosten liegen bei 100 bis 300 Milliarden Euro."
	for _, n := range parse.SplitRanges(parse.FindNumbers(text)) {
		fmt.Println(n.Text, n.Value)
	}
	// Output:
	// 100 100000000000
	// 300 Milliarden 300000000000
}

func ExampleNewNumberFinder() {
	f := parse.NewNumberFinder(parse.WithDateParts(true), parse.WithLimit(2))
	for _, n := range f.Find("Am 3.5.2025 kamen 40 Gäste.") {
		fmt.Println(n.Text, n.Value)
	}
	// Output:
	// 3 3
	// 5 5
}
