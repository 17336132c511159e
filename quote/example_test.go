package quote_test

import (
	"encoding/json"
	"fmt"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/quote"
)

func ExampleFind() {
	text := "Siemens-Chef Roland Busch zeigte sich zufrieden. " +
		"„Wir haben geliefert“, sagte Busch. „Das Jahr wird gut.“"
	for _, q := range quote.Find(text) {
		fmt.Printf("%s: %q (%s)\n", q.Speaker.Name, q.Text, q.Speaker.How)
	}
	// Output:
	// Roland Busch: "Wir haben geliefert" (named)
	// Roland Busch: "Das Jahr wird gut." (carried_over)
}

func ExampleFind_indirect() {
	text := "Christian Sewing sagte, die Nachfrage sei deutlich gestiegen."
	for _, q := range quote.Find(text) {
		fmt.Printf("%s %s: %q\n", q.Kind, q.Speaker.Name, q.Text)
	}
	// Output:
	// indirect Christian Sewing: "die Nachfrage sei deutlich gestiegen"
}

func ExampleFind_scareQuotes() {
	// a scare quote: no verb of saying or judging governs it
	text := "Der Vorstand feierte ein „Rekordquartal“."
	fmt.Println(len(quote.Find(text)))
	// a fragment governed by a verb of judging is a quotation
	text = "Die Aufsicht bezeichnete den Plan als „Irrweg“."
	for _, q := range quote.Find(text) {
		fmt.Println(q.Text)
	}
	// Output:
	// 0
	// Irrweg
}

func ExampleNewFinder() {
	// A finder that knows no entities resolves speakers from the text alone.
	f := quote.NewFinder(
		quote.WithEntityFinder(func(string) []entity.Mention { return nil }),
		quote.WithIndirect(false),
	)
	for _, q := range f.Find("Er sagte, dass alles gut sei. „Es bleibt dabei“, sagte Max Bauer.") {
		fmt.Printf("%s: %q\n", q.Speaker.Name, q.Text)
	}
	// Output:
	// Max Bauer: "Es bleibt dabei"
}

func ExampleFinder_FindWith() {
	text := "„Wir investieren“, sagte der Chef."
	mentions := []entity.Mention{{
		Kind:   entity.Person,
		Text:   "der Chef",
		Entity: &entity.Entity{Name: "Max Bauer", Type: entity.PersonType},
	}}
	mentions[0].Start = 24
	mentions[0].End = 32
	for _, q := range quote.NewFinder().FindWith(text, mentions) {
		fmt.Printf("%s: %q\n", q.Speaker.Name, q.Text)
	}
	// Output:
	// Max Bauer: "Wir investieren"
}

func ExampleQuote_MarshalJSON() {
	qs := quote.Find("„Wir wachsen“, so Isabel Schnabel.")
	b, _ := json.Marshal(qs[0])
	fmt.Println(string(b))
	// Output:
	// {"text":"Wir wachsen","start":3,"end":14,"kind":"direct","speaker":"Isabel Schnabel","speaker_text":"Isabel Schnabel","speaker_start":22,"speaker_end":37,"how":"named"}
}

func ExampleFinder_Find() {
	f := quote.NewFinder()
	text := "Die Chefin der Finanzaufsicht, Birgit Sommer, trat vor die Presse.\n\n" +
		"Sie sagte: „Die Banken sind stabil.“"
	for _, q := range f.Find(text) {
		fmt.Printf("%s (%s, %s): %q\n", q.Speaker.Name, q.Speaker.Text, q.Speaker.How, q.Text)
	}
	// Output:
	// Birgit Sommer (Sie, pronoun): "Die Banken sind stabil."
}

func ExampleFinder_FindWithDoc() {
	// The entity package reads the document once; its references resolve
	// "das Unternehmen" to the company the text named before.
	text := "Nestlé senkt die Prognose. Die Nachfrage habe sich abgeschwächt, teilte das Unternehmen mit."
	doc := entity.NewRecognizer().FindDoc(text)
	for _, q := range quote.NewFinder().FindWithDoc(doc) {
		if q.Speaker != nil {
			fmt.Printf("%s: %q (%s → %s)\n", q.Kind, q.Text, q.Speaker.Text, q.Speaker.Name)
		}
	}
	// Output:
	// indirect: "Die Nachfrage habe sich abgeschwächt" (das Unternehmen → Nestlé)
}
