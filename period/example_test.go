package period_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/finanztext/finanztext/period"
)

func ExampleFind() {
	text := "Im dritten Quartal stieg der Umsatz um 8 Prozent gegenüber dem Vorquartal. " +
		"Bis Ende 2026 will der Konzern in den nächsten Monaten zwei Werke öffnen; im Vorjahr waren es drei."
	ref := period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	for _, e := range period.Find(text, ref) {
		line := fmt.Sprintf("%-18q %-8s %-7s %s", e.Text, e.Type, e.Value, e.Mod)
		fmt.Println(strings.TrimRight(line, " "))
	}
	// Output:
	// "dritten Quartal"  date     2025-Q3
	// "Vorquartal"       date     2025-Q2
	// "Ende 2026"        date     2026    END
	// "nächsten Monaten" duration PXM
	// "Vorjahr"          date     2024
}

func ExampleFind_narrative() {
	text := "Am 12. Oktober 1492 erreichte die Flotte eine Insel. Zwei Wochen später segelte sie weiter, am 28. Oktober sah sie Kuba."
	ref := period.Ref{Narrative: true}
	for _, e := range period.Find(text, ref) {
		fmt.Println(e.Text, "→", e.Value)
	}
	// Output:
	// 12. Oktober 1492 → 1492-10-12
	// Zwei Wochen später → 1492-10-26
	// 28. Oktober → 1492-10-28
}

func ExampleParse() {
	e, err := period.Parse("im ersten Halbjahr 2024/25", period.Ref{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(e.Text, e.Value, e.From.Format("2006-01-02"), e.To.Format("2006-01-02"))

	_, err = period.Parse("2.300 Mitarbeiter", period.Ref{})
	fmt.Println(err)
	// Output:
	// ersten Halbjahr 2024/25 FY2025-H1 2025-01-01 2025-07-01
	// period.Parse: parsing "2.300 Mitarbeiter": no time expression at byte 0
}

func ExampleNewFinder() {
	f := period.NewFinder(period.WithFiscalYearStart(time.October))
	e, _ := f.Parse("Geschäftsjahr 2024/25", period.Ref{})
	fmt.Println(e.Value, e.From.Format("2006-01-02"), e.To.Format("2006-01-02"))
	// Output:
	// FY2025 2024-10-01 2025-10-01
}

func ExampleDateline() {
	e, ok := period.Dateline("Frankfurt, 3. November 2025\nDie Bank hob ihre Prognose an.")
	fmt.Println(ok, e.Value)
	// Output:
	// true 2025-11-03
}
