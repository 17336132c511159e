package period_test

import (
	"strings"
	"testing"
	"time"

	"github.com/finanztext/finanztext/period"
)

// FuzzFind checks the span invariants on any input, with and without a
// reference date and in both domains, and that Parse never panics.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Am 5. März 2025 und im Vorjahr", "05.03.2025 1.9.39 3.5.", "im ersten Quartal des Geschäftsjahres 2024/25",
		"264–260 v. Chr.", "Nacht vom 16. auf den 17. April 1945", "Mitte der Neunzigerjahre", "2.300 Mitarbeiter 2024 Filialen",
		"Q3/2025 H1 2025 9M 2025", "vor sechs Jahren, zwei Tage später, am selben Tag", "um 4:45 Uhr, 4 Uhr 45",
		"Winter 1777/78", "Ende des 19. Jahrhunderts", "KW 45/2025", "jeden Montag", "mehr als drei Tagen",
		"1990er-Jahre", "Mai/Juni 1940", "27./28. September", "\xff2019\xfe", "Jahr 0 v. Chr.", "31. Februar 2025",
		"99.99.9999", "0. Quartal", "KW 99", "Geschäftsjahr 2199/00", "2199/2200",
	} {
		f.Add(s)
	}
	refs := []period.Ref{
		{},
		{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)},
		{Date: time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), Narrative: true},
		{Date: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), Narrative: true},
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, ref := range refs {
			es := period.Find(text, ref)
			prev := 0
			for i, e := range es {
				if e.Start < prev || e.End <= e.Start || e.End > len(text) {
					t.Fatalf("expression %d: bad span %v after %d in %q", i, e.Span, prev, text)
				}
				if text[e.Start:e.End] != e.Text {
					t.Fatalf("expression %d: text %q != %q", i, e.Text, text[e.Start:e.End])
				}
				if e.From.After(e.To) {
					t.Fatalf("expression %d: From %v after To %v", i, e.From, e.To)
				}
				if strings.ContainsAny(e.Value, " \n") {
					t.Fatalf("expression %d: value %q", i, e.Value)
				}
				prev = e.End
			}
			_, _ = period.Parse(text, ref)
		}
		_, _ = period.Dateline(text)
	})
}
