package parse

import "testing"

// composeTests are numerals that compose: figures written the English way,
// a numeral standing alone with an SI letter or without its leading zero,
// tolerances, the just-under/just-over qualifiers. Same want format as
// findTests.
var composeTests = []struct {
	name string
	in   string
	want []string
}{
	// English-style figures in German text
	{"dollar billion", "Der Fonds sammelte $2.4 billion ein.", []string{"2.4 billion=2400000000|f=ds"}},
	{"billion words", "Apple plant Ausgaben von 7 billion dollars.", []string{"7 billion=7000000000|f=ds"}},
	{"lower-case trillion", "ein Markt von 1.2 trillion", []string{"1.2 trillion=1200000000000"}},
	{"bn glued", "Die Holding hat USD 6bn Schulden.", []string{"6bn=6000000000|f=ds"}},
	{"bn glued decimal", "Verkauft für €3.75bn an Investoren.", []string{"3.75bn=3750000000|f=ds"}},
	{"bn apart", "ein Budget von 12 bn", []string{"12 bn=12000000000"}},
	{"mn glued", "Gewinn von 450mn", []string{"450mn=450000000"}},
	{"point before Mrd", "Die Bank meldete 4.2 Mrd. Dollar Gewinn.", []string{"4.2 Mrd.=4200000000|f=ds"}},
	{"point before Millionen", "Die Stadt zählt 1.8 Millionen Einwohner.", []string{"1.8 Millionen=1800000"}},
	{"German Billion is 10^12", "Die Staatsschulden erreichen 2,5 Billionen Euro.", []string{"2,5 Billionen=2500000000000"}},
	{"capital Billion is German", "Er nannte 3 Billion als Summe.", []string{"3 Billion=3000000000000"}},
	{"point alone stays malformed", "Version 2.5 ist da.", nil},
	{"point date not a decimal", "Am 3.5. Mrd. Euro", nil},
	{"bn inside a word", "die Abnahme", nil},
	// SI letters only when the numeral stands alone
	{"k alone", "250k", []string{"250k=250000"}},
	{"K alone", "40K", []string{"40K=40000"}},
	{"M alone", "7,5M", []string{"7,5M=7500000"}},
	{"G alone", "2G", []string{"2G=2000000000"}},
	{"signed M alone", "-0,5M", []string{"-0,5M=-500000"}},
	{"M company", "Der Konzern 3M senkt die Prognose.", nil},
	{"G network", "Das 5G-Netz wächst.", nil},
	{"k in text", "Er hat 100k Follower.", nil},
	{"m metres alone", "400m", nil},
	// a decimal without its zero
	{"leading comma alone", ",25", []string{",25=0.25"}},
	{"leading comma signed", "-,5", []string{"-,5=-0.5|f=dn"}},
	{"leading comma SI", ",004G", []string{",004G=4000000"}},
	{"leading comma in text", "ein Kurs von ,80 Euro", []string{",80=0.8"}},
	{"comma glued to a word", "Umsatz,5 Filialen", nil},
	{"comma list stays a list", "3,4,5", nil},
	// a sign set apart when the numeral stands alone
	{"sign apart alone", "- 2.500", []string{"- 2.500=-2500|f=dn"}},
	{"bullet dash in text", "- 2.500 neue Stellen in Ulm", []string{"2.500=2500"}},
	// tolerances are not signs
	{"plus oder minus", "mit plus oder minus zwei Milliarden", []string{"zwei Milliarden=2000000000"}},
	{"plus minus", "Spielraum plus minus 3 Punkte", []string{"3=3"}},
	{"plus slash minus", "eine Abweichung von plus/minus 4", []string{"4=4"}},
	{"+/- digits", "Toleranz +/-0,25", []string{"0,25=0.25"}},
	{"plus-minus sign", "Toleranz ±1,5", []string{"1,5=1.5"}},
	{"minus is a sign", "Der Saldo lag bei minus 12 Millionen.", []string{"minus 12 Millionen=-12000000|f=dsn"}},
	{"oder minus without plus", "zwei oder minus drei", []string{"zwei=2", "minus drei=-3"}},
	// knapp and gut
	{"knapp is just under", "Die Firma setzte knapp 19 Mrd. um.", []string{"19 Mrd.=19000000000|q=knapp:just_under"}},
	{"gut is just over", "Die Firma setzte gut 19 Mrd. um.", []string{"19 Mrd.=19000000000|q=gut:just_over"}},
	{"Knapp capitalized", "Knapp zwei Drittel stimmten zu.", []string{"zwei Drittel=0.66666666666666666667|q=Knapp:just_under"}},
	{"gut not before a numeral", "Das ist gut so.", nil},
	// fractions in every form
	{"slash half", "Gut 1/2 der Fläche ist verpachtet.", []string{"1/2=0.5|q=Gut:just_over|f=h"}},
	{"slash quarter", "Nur 3/4 der Anleger stimmten.", []string{"3/4=0.75|f=h"}},
	{"slash in compound", "eine 2/3-Mehrheit", []string{"2/3=0.66666666666666666667"}},
	{"slash fiscal year", "im Geschäftsjahr 2024/25", nil},
	{"slash around the clock", "Service 24/7", nil},
	{"slash issue number", "Heft 10/12", nil},
	{"slash path", "Daten 1/2/3", nil},
	{"vulgar sixth", "Ein ⅙ des Gewinns", []string{"⅙=0.16666666666666666667|f=h"}},
	{"vulgar eighths glued", "2⅜ Punkte", []string{"2⅜=2.375|f=h"}},
	{"vulgar fifth with scale", "⅕ Mio. Stück", []string{"⅕ Mio.=200000|f=hs"}},
	{"fraction words", "drei Viertel der Befragten", []string{"drei Viertel=0.75|f=wh"}},
	{"fraction words with scale", "Sie verlor zwei Drittel Millionen.", []string{"zwei Drittel Millionen=666666.66666666666667|f=whs"}},
	{"mixed fraction", "Der Fonds wuchs um sieben und ein Viertel Milliarden.", []string{"sieben und ein Viertel Milliarden=7250000000|f=whs"}},
	{"mixed fraction without scale", "Es waren vier und drei Viertel Tonnen.", []string{"vier und drei Viertel=4.75|f=wh"}},
	{"und between two whole numbers", "Kapitel vier und fünf", []string{"vier=4", "fünf=5"}},
	{"zwischen is a range, not a sum", "zwischen ein und drei Viertel", []string{"ein=1", "drei Viertel=0.75"}},
	{"Dreiviertelmillion", "Es kamen eine Dreiviertelmillion Besucher.", []string{"eine Dreiviertelmillion=750000|f=wsa"}},
	{"Viertelmilliarde", "Der Kredit über eine Viertelmilliarde.", []string{"eine Viertelmilliarde=250000000|f=ws"}},
	{"Viertel alone is no number", "Im Viertel wohnen viele.", nil},
	{"Dreiviertelstunde is no number", "eine Dreiviertelstunde später", nil},
	// ordinals of the big number words
	{"milliardste", "Zum milliardsten Mal lief das Band.", []string{"milliardsten=1000000000|ord"}},
	{"Millionste as noun", "Der Millionste erhielt ein Geschenk.", []string{"Millionste=1000000|ord"}},
	{"zweimillionste", "die zweimillionste Kundin", []string{"zweimillionste=2000000|ord"}},
	{"Militär is no number", "Das Militär und die Milch", nil},
}

func TestFindNumbersCompose(t *testing.T) {
	for _, tt := range composeTests {
		t.Run(tt.name, func(t *testing.T) {
			got := FindNumbers(tt.in)
			checkSpans(t, tt.in, got)
			texts := make([]string, len(got))
			for i, n := range got {
				texts[i] = n.Text + "=" + n.Value.String()
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", texts, tt.want)
			}
			for i, w := range tt.want {
				checkNumber(t, tt.in, got[i], w)
			}
		})
	}
}

// TestPercentAbbrevs covers the unit abbreviations of num_units.go as
// FindPercents reads them, and tolerances that are no signs.
func TestPercentAbbrevs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // "Text=Value unit direction"; "" for none
	}{
		{"Pp. up", "Die Quote kletterte um 1,5 Pp.", "1,5 Pp.=1.5 point up"},
		{"Pp. down", "Die Marge sank um 2 Pp.", "2 Pp.=2 point down"},
		{"PP", "Der Anteil legte um 3 PP zu.", "3 PP=3 point up"},
		{"pp", "ein Plus von 0,7 pp", "0,7 pp=0.7 point up"},
		{"bp widened", "Die Aufschläge weiteten sich um 15 bp aus.", "15 bp=15 basis_point up"},
		{"Bp. narrowed", "Die Spreads engten sich um 8 Bp. ein.", "8 Bp.=8 basis_point down"},
		{"PP compound is no unit", "Die 3 PP-Abgeordneten stimmten mit.", ""},
		{"BP is the company", "Er kaufte 30 BP Aktien.", ""},
		{"plus/minus tolerance", "mit einer Toleranz von +/-0,5 Prozent", "0,5 Prozent=0.5 percent "},
		{"plus-minus sign", "eine Spanne von ±0,5 Prozentpunkten", "0,5 Prozentpunkten=0.5 point "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FindPercents(tt.in)
			if tt.want == "" {
				if len(got) != 0 {
					t.Fatalf("got %q", got[0].Text)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d percentages", len(got))
			}
			p := got[0]
			if s := p.Text + "=" + p.Value.String() + " " + p.Unit.String() + " " + p.Direction.String(); s != tt.want {
				t.Errorf("got %q, want %q", s, tt.want)
			}
		})
	}
}
