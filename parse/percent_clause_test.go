package parse_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/finanztext/finanztext/parse"
)

// pctView renders percentages as "value unit direction" lines.
func pctView(ps []parse.PercentMatch) []string {
	out := []string{}
	for _, p := range ps {
		v := p.Value.String()
		if p.IsRange {
			v += "-" + p.Max.String()
		}
		out = append(out, strings.TrimSpace(fmt.Sprintf("%s %s %s", v, p.Unit, p.Direction)))
	}
	return out
}

type pctRow struct {
	name, text string
	want       []string
}

func runPctRows(t *testing.T, rows []pctRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			got := parse.FindPercents(tt.text)
			assert.Equal(t, tt.want, pctView(got))
			for _, p := range got {
				assert.Equal(t, tt.text[p.Start:p.End], p.Text)
			}
			// the shared Doc gives the same
			d := parse.Tokenize(tt.text)
			assert.Equal(t, tt.want, pctView(parse.FindPercentsWithDoc(d, parse.FindNumbers(tt.text))))
		})
	}
}

// The direction belongs to the change phrase ("um …"), not to the level
// ("auf …", "bei …"), wherever the verb stands.
func TestPercentDirectionFromClause(t *testing.T) {
	runPctRows(t, []pctRow{
		{"perfect, verb at the end", "Die Notenbank hat den Leitzins um einen halben Prozentpunkt auf die Spanne von 4,75 bis 5,00 Prozent gesenkt.",
			[]string{"0.5 point down", "4.75-5 percent"}},
		{"verb second", "Die Notenbank senkte den Leitzins um einen halben Prozentpunkt auf die Spanne von 4,75 bis 5,00 Prozent.",
			[]string{"0.5 point down", "4.75-5 percent"}},
		{"subordinate clause", "Sie meldete, dass die Zentralbank den Einlagensatz um 0,25 Prozentpunkte auf 3,5 Prozent gesenkt habe.",
			[]string{"0.25 point down", "3.5 percent"}},
		{"perfect up", "Die Bank of Japan hat ihren Zins um 0,1 Prozentpunkte auf 0,6 Prozent angehoben.",
			[]string{"0.1 point up", "0.6 percent"}},
		{"modal", "Die Reederei will die Frachtraten um zwölf Prozent auf ein Niveau von 40 Prozent über dem Vorjahr erhöhen.",
			[]string{"12 percent up", "40 percent"}},
		{"fronted change", "Um fast 9 Prozent ist der Absatz in Asien eingebrochen.",
			[]string{"9 percent down"}},
		{"future", "Der Absatz wird im kommenden Jahr um drei Prozent sinken.",
			[]string{"3 percent down"}},
		{"inverted", "Im dritten Quartal ist der Umsatz um 8 Prozent auf 1,2 Mrd. Euro gestiegen.",
			[]string{"8 percent up"}},
		{"relative clause", "Der Index, der am Vortag um 1,5 Prozent gefallen war, erholte sich.",
			[]string{"1.5 percent down"}},
		{"particle", "Die Aktie legte am Nachmittag um 4 Prozent auf 55 Euro zu.",
			[]string{"4 percent up"}},
		{"wie clause", "Die Kosten sind, wie das Amt mitteilte, um 2,2 Prozent gestiegen.",
			[]string{"2.2 percent up"}},
		{"level only, bei", "Die Inflationsrate hat im Mai bei 2,1 Prozent gelegen.",
			[]string{"2.1 percent"}},
		{"level after auf in a perfect", "Die Quote ist auf 6,3 Prozent gestiegen.",
			[]string{"6.3 percent"}},
		{"level with noun and von", "Die Bank hat die Spanne bei einer Quote von 3 Prozent belassen.",
			[]string{"3 percent"}},
		{"change and level after verb-final", "Weil die Notenbank den Zins um 50 Basispunkte auf 4 Prozent angehoben hatte, fiel der Kurs.",
			[]string{"50 basis_point up", "4 percent"}},
		{"sign on a level stays", "Das Ergebnis lag bei -2 Prozent.",
			[]string{"-2 percent down"}},
		{"no verb of change", "Die Bank hat den Anteil um 5 Prozent auf 20 Prozent aufgestockt.",
			[]string{"5 percent", "20 percent"}},
		{"plus von stays a change", "Das entspricht einem Plus von 7 Prozent.",
			[]string{"7 percent up"}},
		{"plus bei … von stays a change", "Das zeigt das Plus bei den Neukunden von 6,5 Prozent.",
			[]string{"6.5 percent up"}},
		{"fiel … aus is no fall", "Der Zuwachs fiel mit 60 Prozent kräftig aus.",
			[]string{"60 percent"}},
		{"fielen … aus, plural", "Die Abschläge fielen mit 3 Prozent moderat aus.",
			[]string{"3 percent"}},
		{"fiel … an is no fall", "Beim Umbau fiel ein Aufwand von 2 Prozent an.",
			[]string{"2 percent"}},
		{"fiel without particle stays down", "Der Kurs fiel am Mittag um 3 Prozent.",
			[]string{"3 percent down"}},
		{"fiel … zurück stays down", "Der Index fiel um 2 Prozent zurück.",
			[]string{"2 percent down"}},
	})
}

// "von … auf …": the unit of the target carries back to the start.
func TestPercentFromTo(t *testing.T) {
	runPctRows(t, []pctRow{
		{"sank", "Die Quote sank von 2,9 auf 2,4 Prozent.", []string{"2.9 percent", "2.4 percent"}},
		{"stieg", "Die Rendite stieg von 3,1 auf 3,6 Prozent.", []string{"3.1 percent", "3.6 percent"}},
		{"perfect", "Die Arbeitslosenquote ist von 5 auf 5,3 Prozent geklettert.", []string{"5 percent", "5.3 percent"}},
		{"subordinate", "Er sagte, dass die Marge von 11 auf 9 Prozent gefallen sei.", []string{"11 percent", "9 percent"}},
		{"percent sign", "Der Anteil wuchs von 12 auf 15 %.", []string{"12 percent", "15 percent"}},
		{"points", "Der Abstand schrumpfte von 40 auf 25 Basispunkte.", []string{"40 basis_point", "25 basis_point"}},
		{"qualifier", "Die Quote fiel von rund 8 auf knapp 7 Prozent.", []string{"8 percent", "7 percent"}},
		{"inverted", "Im Mai kletterte der Wert von 1,5 auf 1,9 Prozent.", []string{"1.5 percent", "1.9 percent"}},
		{"words", "Der Satz wurde von drei auf vier Prozent erhöht.", []string{"3 percent", "4 percent"}},
		{"with change", "Die Quote sank um 0,3 Punkte von 4,1 auf 3,8 Prozent.", []string{"4.1 percent", "3.8 percent"}},
		{"both with units", "Die Quote sank von 2,9 % auf 2,4 %.", []string{"2.9 percent", "2.4 percent"}},
		{"not money", "Das Kursziel stieg von 52 auf 58 Euro.", []string{}},
		{"not without von", "Die Quote sank 2,9 auf 2,4 Prozent.", []string{"2.4 percent"}},
		{"not a date", "Die Sitzung wurde vom 3. auf 5 Prozent der Stimmen vertagt.", []string{"5 percent"}},
		{"not across a word", "Von 2,9 Millionen Kunden stieg der Anteil auf 4 Prozent.", []string{"4 percent"}},
		{"not with vonauf glued", "Die Quote stieg von 2,9 bis auf 4 Prozent.", []string{"4 percent"}},
	})
}

// "3 bzw. 4 Prozent", "2, 3 und 4 Prozent": numerals joined in a list by a
// conjunction share the unit written after the last.
func TestPercentListCarry(t *testing.T) {
	runPctRows(t, []pctRow{
		{"bzw.", "Die Preise stiegen um 3 bzw. 4 Prozent.", []string{"3 percent up", "4 percent up"}},
		{"beziehungsweise", "Die Anteile betragen 60 beziehungsweise 46 Prozent.", []string{"60 percent", "46 percent"}},
		{"oder", "Die Quote liegt bei 3,5 oder 3,6 Prozent.", []string{"3.5 percent", "3.6 percent"}},
		{"list with commas", "Die Quoten lagen bei 2, 3 und 4 Prozent.", []string{"2 percent", "3 percent", "4 percent"}},
		{"words", "Die Umsätze stiegen um drei bzw. 8,5 Prozent.", []string{"3 percent up", "8.5 percent up"}},
		{"points", "Die Renditen fielen um 10 und 15 Basispunkte.", []string{"10 basis_point down", "15 basis_point down"}},
		{"qualifier", "Die Anteile liegen bei rund 3 sowie 4,5 Prozent.", []string{"3 percent", "4.5 percent"}},
		{"statt", "Die Wirtschaft wuchs um 0,5 statt 0,4 Prozent.", []string{"0.5 percent up", "0.4 percent up"}},
		{"anstatt", "Die Quote lag bei 6,1 anstatt 6,3 Prozent.", []string{"6.1 percent", "6.3 percent"}},
		{"statt after a word", "Er kam zum Start statt 5 Prozent.", []string{"5 percent"}},
		// must not
		{"a comma alone", "Im dritten Quartal waren es 1.200, 5 Prozent mehr als im Vorjahr.", []string{"5 percent up"}},
		{"a count with its noun", "Es kamen 300 Gäste und 4 Prozent mehr Umsatz.", []string{"4 percent up"}},
		{"a label's number", "Er erreichte Platz 3 sowie 5 Prozent der Stimmen.", []string{"5 percent"}},
		{"no conjunction", "Die Marge lag 2025 bei 6,6 Prozent.", []string{"6.6 percent"}},
	})
}

// "X (Vorjahr: Y) Prozent": the unit after the bracket belongs to both.
func TestPercentBracketCarry(t *testing.T) {
	runPctRows(t, []pctRow{
		{"vorjahr", "Die Marge lag bei 6,6 (Vorjahr: 5,4) Prozent.", []string{"6.6 percent", "5.4 percent"}},
		{"year label", "Die Quote betrug 4,2 (2024: 3,9) Prozent.", []string{"4.2 percent", "3.9 percent"}},
		{"percent sign", "Die Eigenkapitalquote erreichte 38 (Vorjahr 35) %.", []string{"38 percent", "35 percent"}},
		{"points", "Der Aufschlag stieg auf 120 (Vorquartal: 95) Basispunkte.", []string{"120 basis_point", "95 basis_point"}},
		{"bare value in bracket", "Die Rendite lag bei 3,3 (3,0) Prozent.", []string{"3.3 percent", "3 percent"}},
		{"prior quarter", "Die Ebit-Marge kam auf 9,1 (Q2: 8,7) Prozent.", []string{"9.1 percent", "8.7 percent"}},
		{"permille", "Die Quote lag bei 1,2 (Vorjahr: 1,5) Promille.", []string{"1.2 permille", "1.5 permille"}},
		{"no unit after", "Die Zahl stieg auf 6,6 (Vorjahr: 5,4) Millionen.", []string{}},
		{"bracket too long", "Die Marge lag bei 6,6 (im Vorjahr waren es nach einer langen Reihe von Sondereffekten nur 5,4 gewesen) Prozent.", []string{}},
		{"no bracket", "Die Marge lag bei 6,6, der Anteil bei 5,4 Prozent.", []string{"5.4 percent"}},
		{"units inside", "Die Marge lag bei 6,6 % (Vorjahr: 5,4 %).", []string{"6.6 percent", "5.4 percent"}},
		{"line break", "Die Marge lag bei 6,6 (Vorjahr:\n5,4) Prozent.", []string{}},
		{"nested bracket", "Die Marge lag bei 6,6 (Vorjahr (bereinigt): 5,4) Prozent.", []string{}},
		{"not an ordinal", "Am 3. (Vorjahr: 4.) Prozent.", []string{}},
		{"count before a bracket", "Das Werk hat 300 (Vorjahr: 280) Beschäftigte.", []string{}},
	})
}
