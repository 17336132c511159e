package parse_test

import (
	"fmt"

	"github.com/finanztext/finanztext/parse"
)

func ExampleSentences() {
	text := "Konzern hebt Prognose an\n" +
		"Der Umsatz stieg im 3. Quartal um ca. 5 Mio. Euro. „Wir sind zufrieden.“, sagte Peter F. Müller. Am 3.5.2025 folgt die Bilanz."
	for _, s := range parse.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// Konzern hebt Prognose an
	// Der Umsatz stieg im 3. Quartal um ca. 5 Mio. Euro.
	// „Wir sind zufrieden.“, sagte Peter F. Müller.
	// Am 3.5.2025 folgt die Bilanz.
}

func ExampleSentenceSeq() {
	text := "Die Aktie fiel. Der Index stieg, z. B. in Frankfurt. Mehr nicht."
	for s := range parse.SentenceSeq(text) {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, text[s.Start:s.End])
	}
	// Output:
	// 0-15 Die Aktie fiel.
	// 16-52 Der Index stieg, z. B. in Frankfurt.
	// 53-64 Mehr nicht.
}
