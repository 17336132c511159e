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
			ms := r.Find(text)
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
				if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
					t.Fatalf("mention splits a rune: %q", m.Text)
				}
				prev = m.End
			}
		}
	})
}
