package parse_test

import (
	"testing"

	"github.com/finanztext/finanztext/parse"
)

// FuzzTokenize checks the invariants of the token and clause layers on any
// input: tokens in order, inside the text, not overlapping, without white
// space, in their sentence and paragraph; sentences equal to
// parse.Sentences; chunks and clauses in bounds and nested; no panic on
// invalid UTF-8; percentages read through the Doc keep their spans.
func FuzzTokenize(f *testing.F) {
	seeds := []string{
		"", " ", "\n\n", "Der Umsatz stieg um 5 %.", "„Gut“, sagte er.", "a\xffb\xc3", "(((", ")))", "„„„", ",,,",
		"und und und", "Die Vorwürfe wies der Vorstand zurück: „Nein.“",
		"Die Notenbank hat den Leitzins um einen halben Prozentpunkt auf die Spanne von 4,75 bis 5,00 Prozent gesenkt.",
		"Die Quote sank von 2,9 auf 2,4 Prozent.", "Die Marge lag bei 6,6 (Vorjahr: 5,4) Prozent.",
		"Der Konzern, der in Stuttgart sitzt, senkte die Prognose und hob die Dividende an.",
		"Polar- und Meeresforschung", "250-Milliarden-US-Dollar-Vorabkaufvertrag", "z. B. Dr. Müller am 3. Mai",
		"Gru\u0308nde\u00ad\u200b »x« ‚y‘ – — ‒", "- -- --- -x x- 2024/25 / //",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	var reused parse.Doc
	f.Fuzz(func(t *testing.T, text string) {
		d := parse.Tokenize(text)
		checkDoc(t, d)
		want := parse.Sentences(text)
		if len(want) != len(d.Sentences) {
			t.Fatalf("%d sentences, parse.Sentences has %d", len(d.Sentences), len(want))
		}
		for i, s := range d.Sentences {
			if s.Span != want[i] {
				t.Fatalf("sentence %d %v, parse.Sentences has %v", i, s.Span, want[i])
			}
		}
		checkClauses(t, d)
		for ci := range d.Clauses() {
			for k := range d.ClauseChunks(ci) {
				if d.Chunks()[k].Clause != ci {
					t.Fatalf("chunk %d yielded for clause %d", k, ci)
				}
			}
			d.SubjectOf(ci)
		}
		// a reused Doc gives the same tokens
		if err := reused.Reset(text); err != nil {
			t.Fatal(err)
		}
		if len(reused.Tokens) != len(d.Tokens) || len(reused.Clauses()) != len(d.Clauses()) {
			t.Fatalf("reused Doc differs: %d/%d tokens, %d/%d clauses", len(reused.Tokens), len(d.Tokens), len(reused.Clauses()), len(d.Clauses()))
		}
		for _, p := range parse.FindPercentsWithDoc(d, parse.FindNumbers(text)) {
			if p.Start < 0 || p.End > len(text) || p.Start > p.End || text[p.Start:p.End] != p.Text {
				t.Fatalf("percentage span %v %q", p.Span, p.Text)
			}
		}
	})
}
