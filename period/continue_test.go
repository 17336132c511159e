package period_test

import (
	"strings"
	"testing"
	"time"

	"github.com/finanztext/finanztext/period"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindContinued reads a narrative in two parts: the second part's
// expressions resolve against the latest time the first part named, as
// they do in the whole text, and not against the document date.
func TestFindContinued(t *testing.T) {
	undated := period.Ref{Narrative: true}
	dated := period.Ref{Narrative: true, Date: time.Date(2020, 5, 5, 0, 0, 0, 0, time.UTC)}
	cases := []struct {
		name         string
		ref          period.Ref
		first, later string
		anchor       string // the Anchor handed on
		want         string // value of the later part's first expression
	}{
		{"day carries", undated, "Die Werft lief am 14. März 1962 vom Stapel.", "Am 2. April begann die Probefahrt.", "1962-03-14", "1962-04-02"},
		{"day carries, relative", undated, "Am 14. März 1962 legte das Schiff ab.", "Zwei Tage später erreichte es Lissabon.", "1962-03-14", "1962-03-16"},
		{"month carries", undated, "Im Juni 1871 wurde der Vertrag unterschrieben.", "Im August trat er in Kraft.", "1871-06", "1871-08"},
		{"year carries", undated, "Das Jahr 1923 brachte die Hyperinflation.", "Im November kam die Rentenmark.", "1923", "1923-11"},
		{"the latest time wins", undated, "Im Mai 1945 endete der Krieg, am 5. Juni 1945 übernahmen die Alliierten.", "Am 17. Juli begann die Konferenz.", "1945-06-05", "1945-07-17"},
		{"anchor before the document date", dated, "Am 3. Oktober 1990 trat der Vertrag in Kraft.", "Im Dezember folgte die Wahl.", "1990-10-03", "1990-12"},
		// Must not carry: a first part without any time leaves the Ref as it was.
		{"nothing to carry", dated, "Die Werft schloss ihre Tore.", "Im Dezember folgte die Wahl.", "", "2020-12"},
		{"before Christ", undated, "Im Jahr 216 v. Chr. schlug Hannibal die Römer.", "Im August zog er weiter.", "BC0216", "BC0216-08"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, next := period.NewFinder().FindContinued(c.first, c.ref)
			assert.Equal(t, c.anchor, next.Anchor)
			assert.Equal(t, c.ref.Date, next.Date)
			assert.True(t, next.Narrative)
			got := period.Find(c.later, next)
			require.NotEmpty(t, got)
			assert.Equal(t, c.want, got[0].Value)
			// The same in one piece.
			whole := period.Find(c.first+"\n\n"+c.later, c.ref)
			require.NotEmpty(t, whole)
			assert.Equal(t, c.want, whole[len(whole)-len(got)].Value, "the whole text agrees")
		})
	}
}

// TestRefAnchor: which anchors are read, and that news mode ignores them.
func TestRefAnchor(t *testing.T) {
	const later = "Am 2. April begann die Probefahrt."
	for _, c := range []struct {
		name string
		ref  period.Ref
		want string
	}{
		{"day", period.Ref{Narrative: true, Anchor: "1962-03-14"}, "1962-04-02"},
		{"clock time counts as its day", period.Ref{Narrative: true, Anchor: "1962-03-14T09:30"}, "1962-04-02"},
		{"quarter counts as its year", period.Ref{Narrative: true, Anchor: "1962-Q1"}, "1962-04-02"},
		{"bad month counts as the year", period.Ref{Narrative: true, Anchor: "1962-13"}, "1962-04-02"},
		// Must not be read.
		{"not a year", period.Ref{Narrative: true, Anchor: "19x2"}, ""},
		{"five digits", period.Ref{Narrative: true, Anchor: "19620"}, ""},
		{"empty", period.Ref{Narrative: true}, ""},
		{"news mode: a plain date keeps the document date", period.Ref{Anchor: "1962-03-14", Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}, "2025-04-02"},
		{"news mode, no date: a plain date has no base", period.Ref{Anchor: "1962-03-14"}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := period.Find(later, c.ref)
			require.Len(t, got, 1)
			assert.Equal(t, c.want, got[0].Value)
		})
	}
}

// TestFindContinuedNews: in news mode the anchor serves anaphoric
// expressions only.
func TestFindContinuedNews(t *testing.T) {
	ref := period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	_, next := period.NewFinder().FindContinued(strings.Repeat("Die Aktie fiel. ", 3), ref)
	assert.Equal(t, ref, next, "no time named: nothing to hand on")
	_, next = period.NewFinder().FindContinued("Am 1. März 2024 stieg der Kurs.", ref)
	assert.Equal(t, "2024-03-01", next.Anchor)
	assert.Equal(t, ref.Date, next.Date)
	assert.False(t, next.Narrative)
	// The anaphoric expression of the next part resolves against it, a
	// plain date against the document date.
	got := period.Find("Am selben Tag fiel er wieder. Am 2. April stieg er.", next)
	require.Len(t, got, 2)
	assert.Equal(t, "2024-03-01", got[0].Value)
	assert.Equal(t, "2025-04-02", got[1].Value)
}
