package finanztext_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/finanztext/finanztext"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
)

// Two reports in one text, cut between them: each segment's Document
// has offsets into the whole text.
func ExampleAnalyzer_AnalyzeSegments() {
	text := "Die Hafenbrück AG steigerte den Umsatz um 7 Prozent.\n\n" +
		"Die Talmühle GmbH meldete ein Minus von 2 Prozent."
	a := finanztext.New(finanztext.WithSegmentSize(60))
	for s, doc := range a.AnalyzeSegments(text, period.Ref{}) {
		for _, p := range doc.Percentages {
			fmt.Printf("segment %d-%d: %q at %d-%d, text[%d:%d] = %q\n",
				s.Start, s.End, p.Text, p.Start, p.End, p.Start, p.End, text[p.Start:p.End])
		}
	}
	// Output:
	// segment 0-55: "7 Prozent" at 43-52, text[43:52] = "7 Prozent"
	// segment 55-106: "2 Prozent" at 96-105, text[96:105] = "2 Prozent"
}

// A long text read as it is analyzed, its JSON written as it grows: only
// about one segment of the text and one block per list of the JSON are in
// memory at a time.
func ExampleAnalyzer_AnalyzeReader() {
	r := strings.NewReader("Die Talmühle GmbH meldete ein Minus von 2 Prozent.\n\n" +
		"Der Umsatz stieg um 3 Prozent.")
	a := finanztext.New(finanztext.WithSegmentSize(60), finanztext.WithKinds(finanztext.Percentages))
	var enc finanztext.DocumentEncoder
	// enc.SpillTo(file) would keep the full blocks in a (temporary) file.
	err := a.AnalyzeReader(r, period.Ref{}, func(s parse.Span, doc finanztext.Document) bool {
		enc.Add(doc)
		return true
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	enc.WriteTo(os.Stdout)
	// Output:
	// {"numbers":[],"amounts":[],"percentages":[{"text":"2 Prozent","start":41,"end":50,"value":"2","unit":"percent","direction":"down"},{"text":"3 Prozent","start":73,"end":82,"value":"3","unit":"percent","direction":"up"}],"organizations":[],"persons":[],"quotes":[],"periods":[],"facts":[],"references":[]}
}

func ExampleSegments() {
	text := "Ein erster Absatz, etwas länger.\n\nZweiter Absatz. Mit drei Sätzen. Hier ist der dritte."
	for s := range finanztext.Segments(text, 40) {
		fmt.Printf("%q\n", text[s.Start:s.End])
	}
	// Output:
	// "Ein erster Absatz, etwas länger.\n\n"
	// "Zweiter Absatz. Mit drei Sätzen. "
	// "Hier ist der dritte."
}
