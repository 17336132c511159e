package quote_test

import (
	"fmt"
	"testing"

	"github.com/finanztext/finanztext/quote"
)

func TestProbe(t *testing.T) {
	for _, s := range []string{
		"Lagarde über die Inflation: „Wir sind noch nicht am Ziel.“",
		"„Die Konjunktur erholt sich langsam.“ (Bundesbank)",
		"Der Ausblick bleibt trüb. „Die Konjunktur erholt sich langsam“ (Bundesbank).",
		"Jana Roth sagte, die Lage sei ernst. Die Nachfrage werde weiter sinken. Man müsse handeln.",
		"„Wir prüfen das“, heißt es in einer Mitteilung des Ministeriums.",
		"In dem Papier heißt es: „Die Risiken sind beträchtlich.“",
		"Die Bank erhöhte die Zinsen und erklärte: „Die Inflation ist zu hoch.“",
		"Karl Weber kam spät und sagte dann: „Wir sind bereit.“",
		"Jana Roth, Chefvolkswirtin der Nordbank, sagte: „Die Zinsen bleiben hoch.“",
		"Das Ministerium teilte mit, die Gespräche liefen. In der Mitteilung heißt es weiter, man sei zuversichtlich.",
	} {
		for _, q := range quote.Find(s) {
			sp := "<nil>"
			if q.Speaker != nil {
				sp = fmt.Sprintf("%q/%q/%v", q.Speaker.Text, q.Speaker.Name, q.Speaker.How)
			}
			fmt.Printf("%v %q -> %s\n", q.Kind, q.Text, sp)
		}
		fmt.Println("--")
	}
}
