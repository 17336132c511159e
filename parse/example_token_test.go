package parse_test

import (
	"fmt"

	"github.com/finanztext/finanztext/parse"
)

func ExampleTokenize() {
	d := parse.Tokenize("Der Siemens-Chef sagte: „Wir wachsen.“")
	for i, t := range d.Tokens {
		fmt.Printf("%-8s %-11s sentence %d hyphen-next %v\n", d.Word(i), t.Kind, t.Sentence, t.Is(parse.TokHyphenNext))
	}
	// Output:
	// Der      word        sentence 0 hyphen-next false
	// Siemens  word        sentence 0 hyphen-next true
	// Chef     word        sentence 0 hyphen-next false
	// sagte    word        sentence 0 hyphen-next false
	// :        punct       sentence 0 hyphen-next false
	// „        quote_open  sentence 0 hyphen-next false
	// Wir      word        sentence 0 hyphen-next false
	// wachsen  word        sentence 0 hyphen-next false
	// .        punct       sentence 0 hyphen-next false
	// “        quote_close sentence 0 hyphen-next false
}

func ExampleDoc_Reset() {
	var d parse.Doc // reuse one Doc (or one per worker, or a sync.Pool) for many texts
	for _, text := range []string{"Die Aktie fiel.", "Der Index stieg. Der Euro auch."} {
		if err := d.Reset(text); err != nil {
			panic(err)
		}
		fmt.Println(len(d.Tokens), "tokens,", len(d.Sentences), "sentences")
	}
	// Output:
	// 4 tokens, 1 sentences
	// 8 tokens, 2 sentences
}

func ExampleDoc_Clauses() {
	text := "Die Vorwürfe wies der Vorstand zurück, weil die Prüfer nichts gefunden hatten."
	d := parse.Tokenize(text)
	for ci, c := range d.Clauses() {
		subject := "-"
		if ch, ok := d.SubjectOf(ci); ok {
			s := d.RangeSpan(ch.Tokens)
			subject = text[s.Start:s.End]
		}
		particle := ""
		if c.Particle >= 0 {
			particle = " … " + d.Word(c.Particle)
		}
		fmt.Printf("main=%v verb=%s%s lexical=%s subject=%q\n", c.Main(), d.Word(c.Verb), particle, d.Word(c.Lexical), subject)
	}
	// Output:
	// main=true verb=wies … zurück lexical=wies subject="der Vorstand"
	// main=false verb=hatten lexical=gefunden subject="die Prüfer"
}

func ExampleDoc_ClauseOf() {
	// A speech verb's speaker: the subject of the verb's clause.
	text := "„Wir bleiben vorsichtig“, sagte Finanzchefin Petra Lang am Montag."
	d := parse.Tokenize(text)
	for i := range d.Tokens {
		if d.Word(i) != "sagte" {
			continue
		}
		if ch, ok := d.SubjectOf(d.ClauseOf(i)); ok {
			s := d.RangeSpan(ch.Tokens)
			fmt.Println(text[s.Start:s.End], "/ head:", d.Word(ch.Head))
		}
	}
	// Output:
	// Finanzchefin Petra Lang / head: Lang
}
