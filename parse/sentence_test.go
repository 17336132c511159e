package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sentenceTests are split cases: want lists the sentence texts in order.
var sentenceTests = []struct {
	name string
	in   string
	want []string
}{
	{"empty", "", nil},
	{"only space", " \n\t \n", nil},
	{"one sentence", "Der Umsatz stieg.", []string{"Der Umsatz stieg."}},
	{"no final stop", "Der Umsatz stieg", []string{"Der Umsatz stieg"}},
	{"two sentences", "Der Umsatz stieg. Der Gewinn sank.", []string{"Der Umsatz stieg.", "Der Gewinn sank."}},
	{"trimmed", "  Der Umsatz stieg.   Der Gewinn sank.  ", []string{"Der Umsatz stieg.", "Der Gewinn sank."}},
	{"question and exclamation", "Wer zahlt? Die Kunden! Wie immer.", []string{"Wer zahlt?", "Die Kunden!", "Wie immer."}},
	{"interrobang", "Wirklich?! Ja.", []string{"Wirklich?!", "Ja."}},
	{"ellipsis char", "Und dann… Es kam anders.", []string{"Und dann…", "Es kam anders."}},
	{"three dots", "Und dann... Es kam anders.", []string{"Und dann...", "Es kam anders."}},
	{"ellipsis before lower case", "Und dann ... kam es anders.", []string{"Und dann ... kam es anders."}},
	{"digit starts next sentence", "Das Jahr war schwach. 2025 soll besser werden.", []string{"Das Jahr war schwach.", "2025 soll besser werden."}},
	{"quote opens next sentence", "Er schwieg. „Wir bleiben dabei“, sagte sie.", []string{"Er schwieg.", "„Wir bleiben dabei“, sagte sie."}},

	// line breaks
	{"headline line break", "Konzern hebt Prognose an\nDer Konzern erwartet mehr Umsatz.", []string{"Konzern hebt Prognose an", "Der Konzern erwartet mehr Umsatz."}},
	{"blank line", "Erster Absatz ohne Punkt\n\nZweiter Absatz.", []string{"Erster Absatz ohne Punkt", "Zweiter Absatz."}},
	{"crlf", "Titel\r\nText folgt.", []string{"Titel", "Text folgt."}},
	{"line break after abbreviation", "Umsatz: 5 Mio.\nGewinn: 1 Mio.", []string{"Umsatz: 5 Mio.", "Gewinn: 1 Mio."}},
	{"line break inside sentence", "Der Umsatz\nstieg kräftig.", []string{"Der Umsatz", "stieg kräftig."}},

	// abbreviations that must not split
	{"z. B.", "Einige Banken, z. B. die Sparkassen, zogen nach.", []string{"Einige Banken, z. B. die Sparkassen, zogen nach."}},
	{"z.B. without space", "Einige Banken, z.B. Die Sparkasse Köln, zogen nach.", []string{"Einige Banken, z.B. Die Sparkasse Köln, zogen nach."}},
	{"u. a.", "Betroffen sind u. a. Siemens und BASF.", []string{"Betroffen sind u. a. Siemens und BASF."}},
	{"ca. before number", "Es geht um ca. 300 Stellen.", []string{"Es geht um ca. 300 Stellen."}},
	{"Nr.", "Der Konzern ist Nr. 1 in Europa.", []string{"Der Konzern ist Nr. 1 in Europa."}},
	{"Dr. and Prof.", "Geleitet wird die Studie von Prof. Dr. Anna Berger.", []string{"Geleitet wird die Studie von Prof. Dr. Anna Berger."}},
	{"bzw.", "Der Anteil liegt bei 20 bzw. 25 Prozent.", []string{"Der Anteil liegt bei 20 bzw. 25 Prozent."}},
	{"Mio. Euro", "Der Gewinn lag bei 5,2 Mio. Euro im Quartal.", []string{"Der Gewinn lag bei 5,2 Mio. Euro im Quartal."}},
	{"Mrd. Dollar", "Der Deal ist 3 Mrd. Dollar wert.", []string{"Der Deal ist 3 Mrd. Dollar wert."}},
	{"Tsd. Tonnen", "Geliefert wurden 40 Tsd. Tonnen Stahl.", []string{"Geliefert wurden 40 Tsd. Tonnen Stahl."}},
	{"v. H.", "Die Quote betrug 4 v. H. Das ist wenig.", []string{"Die Quote betrug 4 v. H. Das ist wenig."}},
	{"Co. KG", "Die Müller GmbH & Co. KG meldet Gewinne.", []string{"Die Müller GmbH & Co. KG meldet Gewinne."}},
	{"Inc. mid sentence", "Die Firma Acme Inc. Europe wächst.", []string{"Die Firma Acme Inc. Europe wächst."}},
	{"St. Gallen", "Die Bank sitzt in St. Gallen.", []string{"Die Bank sitzt in St. Gallen."}},
	{"Str.", "Der Sitz ist in der Hafen-Str. Nummer 3.", []string{"Der Sitz ist in der Hafen-Str. Nummer 3."}},
	{"vgl. and ggf.", "Die Zahlen (vgl. Tabelle) werden ggf. Korrigiert.", []string{"Die Zahlen (vgl. Tabelle) werden ggf. Korrigiert."}},
	{"inkl. and zzgl.", "Der Preis inkl. Steuern zzgl. Versand steigt.", []string{"Der Preis inkl. Steuern zzgl. Versand steigt."}},
	{"month Jan.", "Die Frist endet am 15. Jan. Zwei Wochen später folgt die Bilanz.", []string{"Die Frist endet am 15. Jan. Zwei Wochen später folgt die Bilanz."}},
	{"evtl. capital", "Das Werk wird evtl. Geschlossen.", []string{"Das Werk wird evtl. Geschlossen."}},

	{"academic title", "Es sprach Prof. Dr. med. Jana Wolf.", []string{"Es sprach Prof. Dr. med. Jana Wolf."}},
	{"Dt. before a name", "Er arbeitete lange bei der Dt. Bank AG. Dann ging er.", []string{"Er arbeitete lange bei der Dt. Bank AG.", "Dann ging er."}},
	{"stv. before a role", "Es sprach die stv. Vorsitzende Eva Roth. Sie lobte den Plan.", []string{"Es sprach die stv. Vorsitzende Eva Roth.", "Sie lobte den Plan."}},
	{"Dipl.-Ing.", "Sie ist Dipl.-Ing. Bauwesen.", []string{"Sie ist Dipl.-Ing. Bauwesen."}},
	{"e. V.", "Der Verein Bürgerbank e. V. Hilft Gründern.", []string{"Der Verein Bürgerbank e. V. Hilft Gründern."}},
	{"percent at the end", "Der Dax stieg um 1,5 %. Der Euro fiel.", []string{"Der Dax stieg um 1,5 %.", "Der Euro fiel."}},
	{"time at the end", "Die Börse schloss um 17 Uhr. Danach kam die Bilanz.", []string{"Die Börse schloss um 17 Uhr.", "Danach kam die Bilanz."}},
	{"roman numeral before lower case", "Papst Benedikt XVI. besuchte die Stadt.", []string{"Papst Benedikt XVI. besuchte die Stadt."}},
	{"single quotes", "Sie sagte: ‚Ja.‘ Dann ging sie.", []string{"Sie sagte: ‚Ja.‘", "Dann ging sie."}},

	// initials
	{"middle initial", "Peter F. Müller führt das Geschäft.", []string{"Peter F. Müller führt das Geschäft."}},
	{"two initials", "Der Gründer J. R. Ewing schweigt.", []string{"Der Gründer J. R. Ewing schweigt."}},

	// numbers, ordinals, dates
	{"ordinal quarter", "Im 3. Quartal stieg der Umsatz.", []string{"Im 3. Quartal stieg der Umsatz."}},
	{"ordinal date", "Die Hauptversammlung ist am 3. Mai in Essen.", []string{"Die Hauptversammlung ist am 3. Mai in Essen."}},
	{"numeric date", "Am 3.5.2025 endet die Frist. Danach wird gezahlt.", []string{"Am 3.5.2025 endet die Frist.", "Danach wird gezahlt."}},
	{"date at sentence end", "Die Frist endet am 3.5. Danach wird gezahlt.", []string{"Die Frist endet am 3.5.", "Danach wird gezahlt."}},
	{"decimal number", "Der Kurs fiel um 3.5 Punkte.", []string{"Der Kurs fiel um 3.5 Punkte."}},
	{"grouped number", "Es waren 1.234.567 Aktien. Mehr nicht.", []string{"Es waren 1.234.567 Aktien.", "Mehr nicht."}},
	{"year at end", "Das Werk öffnete 2019. Seitdem wächst es.", []string{"Das Werk öffnete 2019.", "Seitdem wächst es."}},
	{"ordinal then opener", "Der Fonds landete auf Platz 3. Der Sieger kam aus Wien.", []string{"Der Fonds landete auf Platz 3.", "Der Sieger kam aus Wien."}},
	{"km/h at the end", "Er fuhr 412 km/h. Der Wagen hielt.", []string{"Er fuhr 412 km/h.", "Der Wagen hielt."}},
	{"Art as a noun", "Der Wal ist eine bedrohte Art. In der Arktis lebt er.", []string{"Der Wal ist eine bedrohte Art.", "In der Arktis lebt er."}},
	{"Art then adverb", "Es ist die erste dieser Art. Offiziell gilt sie als Test.", []string{"Es ist die erste dieser Art.", "Offiziell gilt sie als Test."}},
	{"Inc. then adverb", "Er kaufte Aktien der Acme Inc. Angeblich wollte er mehr.", []string{"Er kaufte Aktien der Acme Inc.", "Angeblich wollte er mehr."}},
	{"Abs. before a number", "Das steht in Abs. 2 des Vertrags.", []string{"Das steht in Abs. 2 des Vertrags."}},
	{"Art. before a number", "Das regelt Art. 5 des Gesetzes.", []string{"Das regelt Art. 5 des Gesetzes."}},
	{"domain", "Mehr auf finanztext.de im Netz.", []string{"Mehr auf finanztext.de im Netz."}},

	// abbreviation at the real end of a sentence
	{"Mio. then opener", "Der Verlust lag bei 3 Mio. Die Aktie fiel.", []string{"Der Verlust lag bei 3 Mio.", "Die Aktie fiel."}},
	{"usw. then opener", "Es gab Brot, Butter usw. Das reichte.", []string{"Es gab Brot, Butter usw.", "Das reichte."}},
	{"Inc. then opener", "Gekauft hat Acme Inc. Der Preis blieb geheim.", []string{"Gekauft hat Acme Inc.", "Der Preis blieb geheim."}},

	// quotations
	{"quote with stop then speaker", "„Wir wachsen weiter.“, sagte der Chef. Dann ging er.", []string{"„Wir wachsen weiter.“, sagte der Chef.", "Dann ging er."}},
	{"quote with question then speaker", "„Wer soll das zahlen?“, fragte sie.", []string{"„Wer soll das zahlen?“, fragte sie."}},
	{"quote without comma", "„Das ist gut.“ sagte er leise.", []string{"„Das ist gut.“ sagte er leise."}},
	{"ascii quote", "\"Wir wachsen.\", sagte er. Ende.", []string{"\"Wir wachsen.\", sagte er.", "Ende."}},
	{"quote closes sentence", "Er sagte: „Wir wachsen.“ Die Aktie stieg.", []string{"Er sagte: „Wir wachsen.“", "Die Aktie stieg."}},
	{"guillemets", "»Nie wieder.« Das war sein Satz.", []string{"»Nie wieder.«", "Das war sein Satz."}},
	{"bracket closes", "Der Umsatz stieg (wie erwartet.) Danach fiel er.", []string{"Der Umsatz stieg (wie erwartet.)", "Danach fiel er."}},

	// lower case after a stop is no new sentence
	{"lower case after stop", "Die Firma (gegr. 1990) wächst. und wächst.", []string{"Die Firma (gegr. 1990) wächst. und wächst."}},
	{"umlaut start", "Der Markt ist klein. Über ihn wird wenig gesagt.", []string{"Der Markt ist klein.", "Über ihn wird wenig gesagt."}},
	{"ideographic space", "Der Umsatz stieg.\u3000Der Gewinn sank.", []string{"Der Umsatz stieg.", "Der Gewinn sank."}},
	{"ogham space", "Der Umsatz stieg.\u1680Der Gewinn sank.\u1680", []string{"Der Umsatz stieg.", "Der Gewinn sank."}},
	{"decomposed umlaut before stop", "Es ging um die Mu\u0308hle. Danach kam nichts.", []string{"Es ging um die Mu\u0308hle.", "Danach kam nichts."}},
	{"non-breaking space", "Der Umsatz stieg.\u00a0Der Gewinn auch.", []string{"Der Umsatz stieg.", "Der Gewinn auch."}},
}

func TestSentences(t *testing.T) {
	for _, tt := range sentenceTests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Sentences(tt.in)
			var got []string
			for _, s := range spans {
				require.True(t, 0 <= s.Start && s.Start < s.End && s.End <= len(tt.in), "span %v out of bounds", s)
				got = append(got, tt.in[s.Start:s.End])
			}
			assert.Equal(t, tt.want, got)

			var seq []Span
			for s := range SentenceSeq(tt.in) {
				seq = append(seq, s)
			}
			if len(spans) == 0 {
				assert.Empty(t, seq)
			} else {
				assert.Equal(t, spans, seq)
			}
		})
	}
}

func TestSentenceSeqStops(t *testing.T) {
	n := 0
	for range SentenceSeq("Eins. Zwei. Drei. Vier.") {
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
}

func TestSentencesBadInput(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"invalid utf8", "Der \xff\xfe Umsatz. Der \xc3 Gewinn."},
		{"nul bytes", "Eins.\x00 Zwei.\x00\x00"},
		{"only stops", strings.Repeat(". ", 1000)},
		{"only newlines", strings.Repeat("\n", 1000)},
		{"truncated ellipsis", "Ende\xe2\x80"},
		{"many abbreviations", strings.Repeat("ca. ", 10000)},
		{"unbalanced quotes", strings.Repeat("„“” ", 1000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSentenceInvariants(t, tt.in, Sentences(tt.in))
		})
	}
}

func TestSentencesLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("long input")
	}
	in := strings.Repeat("Der Umsatz stieg im 3. Quartal um ca. 5 Mio. Euro. ", 100000) // ~5 MB
	spans := Sentences(in)
	assert.Len(t, spans, 100000)
	digits := strings.Repeat("9", 10<<20)
	assert.Len(t, Sentences(digits), 1)
}

func checkSentenceInvariants(t *testing.T, text string, spans []Span) {
	t.Helper()
	prev := 0
	for _, s := range spans {
		require.GreaterOrEqual(t, s.Start, prev, "spans overlap or are out of order")
		require.Less(t, s.Start, s.End, "empty span")
		require.LessOrEqual(t, s.End, len(text))
		prev = s.End
	}
}

func FuzzSentences(f *testing.F) {
	for _, tt := range sentenceTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, text string) {
		spans := Sentences(text)
		checkSentenceInvariants(t, text, spans)
		for _, s := range spans {
			sub := text[s.Start:s.End]
			if sentSpaceLen(sub, 0) > 0 {
				t.Fatalf("span %v starts with white space: %q", s, sub)
			}
		}
		i := 0
		for s := range SentenceSeq(text) {
			if i >= len(spans) || spans[i] != s {
				t.Fatalf("SentenceSeq differs from Sentences at %d", i)
			}
			i++
		}
		if i != len(spans) {
			t.Fatalf("SentenceSeq yielded %d spans, Sentences %d", i, len(spans))
		}
	})
}
