package entity

import (
	"testing"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	seeds := []string{
		"Siemens Energy legte zu, Siemens fiel.",
		"Microsofts Finanzvorstand, Amy Hood, sagte es.",
		"Die Müller Logistik GmbH & Co. KG hat Insolvenz angemeldet.",
		"Die Kreditanstalt für Wiederaufbau (KfW) vergibt Kredite. Die KfW zahlt.",
		"Der Chef von Microsoft, Satya Nadella, lacht. Nadella sagt mehr.",
		"OpenAI Group Public Benefit Corporation (PBC)",
		"Der 40-jährige Altman lächelt. Altmans Plan.",
		"((( ) GmbH & & Co. (",
		"Siemens-\xff-Chef \x00 Roland",
		"Die Allianz-Aktie und das Start-up Helsing.",
		"Inc FC Chefin 40A. FC Co.Softwarekonzern ein",
		"Der Förderverein Stadtbad Lindenau e.V. und die TSG 1899 Hoffenheim",
		"Ju\u0308rgen Mu\u0308ller, Chef der Su\u0308dzucker AG",
		"Nestlé senkt die Prognose. Das Unternehmen sagt, sie sei gut. Sein Plan: des Konzerns",
		"Die Bank of England hält still. Gouverneur Andrew Bailey sagte, er warte.",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	for _, tt := range institutionTests {
		f.Add(tt.in)
	}
	rDefault := NewRecognizer()
	rTest := testRecognizer()
	f.Fuzz(func(t *testing.T, text string) {
		for _, r := range []*Recognizer{rDefault, rTest} {
			doc := r.FindDoc(text)
			ms := doc.Mentions
			checkRefs(t, text, doc)
			prev := 0
			for _, m := range ms {
				if m.Start < prev || m.End <= m.Start || m.End > len(text) {
					t.Fatalf("bad span %d:%d after %d in %q", m.Start, m.End, prev, text)
				}
				if text[m.Start:m.End] != m.Text {
					t.Fatalf("text %q != span %q", m.Text, text[m.Start:m.End])
				}
				if m.Entity == nil || m.Entity.Name == "" {
					t.Fatalf("mention %q without entity", m.Text)
				}
				if m.Kind != Organization && m.Kind != Person {
					t.Fatalf("bad kind %v", m.Kind)
				}
				if !utf8.ValidString(m.Text) {
					t.Fatalf("mention holds a bad byte or splits a rune: %q", m.Text)
				}
				prev = m.End
			}
		}
	})
}

// checkRefs checks the invariants of the references of doc.
func checkRefs(t *testing.T, text string, doc *Doc) {
	t.Helper()
	prev := 0
	for _, r := range doc.Refs {
		if r.Start < prev || r.End <= r.Start || r.End > len(text) || text[r.Start:r.End] != r.Text {
			t.Fatalf("bad reference span %d:%d %q after %d in %q", r.Start, r.End, r.Text, prev, text)
		}
		if r.Target < 0 || r.Target >= len(doc.Mentions) || doc.Mentions[r.Target].End > r.End || r.Name == "" {
			t.Fatalf("bad reference target %d of %q in %q", r.Target, r.Text, text)
		}
		if m, ok := doc.Resolve(r.Start); !ok || m.Span != doc.Mentions[r.Target].Span {
			t.Fatalf("Resolve(%d) does not give the target of %q", r.Start, r.Text)
		}
		prev = r.End
	}
}
