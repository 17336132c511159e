package entity_test

import (
	"encoding/json"
	"fmt"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/parse"
)

func ExampleFind() {
	text := "Siemens-Chef Roland Busch traf Vertreter der Deutschen Bank. Busch lobte Microsofts Zahlen."
	for _, m := range entity.Find(text) {
		switch m.Kind {
		case entity.Organization:
			fmt.Printf("%d-%d %q → %s (%s)\n", m.Start, m.End, m.Text, m.Entity.Name, m.Entity.Type)
		case entity.Person:
			fmt.Printf("%d-%d %q → %s, role %q of %q\n", m.Start, m.End, m.Text, m.Entity.Name, m.Role, m.Organization)
		}
	}
	// Output:
	// 0-7 "Siemens" → Siemens (company)
	// 13-25 "Roland Busch" → Roland Busch, role "Chef" of "Siemens"
	// 45-59 "Deutschen Bank" → Deutsche Bank (bank)
	// 61-66 "Busch" → Roland Busch, role "" of ""
	// 73-83 "Microsofts" → Microsoft (company)
}

func ExampleNewRecognizer() {
	// A caller's watch list, matched like the built-in gazetteer; "?Zebra"
	// is found only with evidence (here the compound "Zebra-Aktie").
	r := entity.NewRecognizer(entity.WithEntities(entity.Entity{
		Name:    "Zebra Robotik AG",
		Type:    entity.Company,
		Aliases: []string{"Zebra Robotik", "?Zebra"},
	}))
	text := "Die Zebra Robotik wächst; die Zebra-Aktie steigt, ein Zebra grast."
	for _, m := range r.Find(text) {
		fmt.Printf("%q → %s\n", m.Text, m.Entity.Name)
	}
	// Output:
	// "Zebra Robotik" → Zebra Robotik AG
	// "Zebra" → Zebra Robotik AG
}

func ExampleRecognizer_FindDoc() {
	text := "Microsofts Finanzvorstand, Amy Hood, ist zufrieden. Sie erwartet mehr Umsatz."
	doc := entity.NewRecognizer().FindDoc(text)
	for _, p := range doc.Persons() {
		fmt.Println(p.Entity.Name, p.Role, p.Organization, p.Gender)
	}
	// "Sie" at offset 52: the last female person before it.
	if p, ok := doc.LastPerson(52, entity.Female); ok {
		fmt.Println("Sie =", p.Entity.Name)
	}
	// Output:
	// Amy Hood Finanzvorstand Microsoft f
	// Sie = Amy Hood
}

func ExampleRecognizer_FindDocWith() {
	// The text is tokenized once; the recognizer and later readers of the
	// Doc (doc.Parse) share the tokens.
	pd := parse.Tokenize("Die Deutsche Bank senkt die Kosten. Das Geldhaus spart.")
	doc := entity.NewRecognizer().FindDocWith(pd)
	for _, m := range doc.Mentions {
		fmt.Println(m.Text, "→", m.Entity.Name)
	}
	for _, r := range doc.Refs {
		fmt.Println(r.Text, "→", r.Name)
	}
	fmt.Println(doc.Parse == pd)
	// Output:
	// Deutsche Bank → Deutsche Bank
	// Das Geldhaus → Deutsche Bank
	// true
}

func ExampleMention_MarshalJSON() {
	text := "EZB-Präsidentin Christine Lagarde warnte."
	for _, m := range entity.Find(text) {
		b, _ := json.Marshal(m)
		fmt.Println(string(b))
	}
	// Output:
	// {"text":"EZB","start":0,"end":3,"name":"Europäische Zentralbank","kind":"central_bank"}
	// {"text":"Christine Lagarde","start":17,"end":34,"name":"Christine Lagarde","role":"Präsidentin","organization":"Europäische Zentralbank"}
}

func ExampleLookupRole() {
	r, ok := entity.LookupRole("Konzernchefin")
	fmt.Println(r.Name, r.Gender, ok)
	_, ok = entity.LookupRole("Konzern")
	fmt.Println(ok)
	// Output:
	// Konzernchefin f true
	// false
}

func ExampleIsGivenName() {
	g, ok := entity.IsGivenName("Christine")
	fmt.Println(g, ok)
	_, ok = entity.IsGivenName("Umsatz")
	fmt.Println(ok)
	// Output:
	// f true
	// false
}

func ExampleLookup() {
	e, ok := entity.Lookup("Amazon Web Services")
	fmt.Println(ok, e.Type, e.Parent)
	// Output:
	// true company Amazon
}

func ExampleDoc_Resolve() {
	text := "Nestlé senkt die Prognose. Die Nachfrage sei schwach, teilte das Unternehmen mit. " +
		"Die Bank of England hält den Zins. Gouverneur Andrew Bailey sagte, er bleibe vorsichtig."
	doc := entity.NewRecognizer().FindDoc(text)
	for _, r := range doc.Refs {
		fmt.Printf("%q (%s) → %s\n", r.Text, r.Kind, r.Name)
	}
	// What does the phrase at byte 62 ("das Unternehmen") name?
	if m, ok := doc.Resolve(62); ok {
		fmt.Println(m.Entity.Name)
	}
	for _, p := range doc.Persons() {
		fmt.Printf("%s: %s of %s (from the context: %v)\n", p.Entity.Name, p.Role, p.Organization, p.OrganizationInferred)
	}
	// Output:
	// "das Unternehmen" (description) → Nestlé
	// "er" (pronoun) → Andrew Bailey
	// Nestlé
	// Andrew Bailey: Gouverneur of Bank of England (from the context: true)
}
