package quote_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/finanztext/finanztext/quote"
)

// TestFind_attribution checks two attribution shapes exactly: a named
// person after the verb against a capitalized word opening the sentence,
// and the around-pattern („…“, sagte X, „…“) after reported speech.
func TestFind_attribution(t *testing.T) {
	type want struct{ text, speaker string }
	tests := []struct {
		name string
		in   string
		want []want // direct quotations in order; speaker "" for none
	}{
		// a named person after the verb wins over a comparative or adverb
		{"comparative before verb and named subject",
			"Skeptischer äußerte sich Anna Keller, Portfoliomanagerin bei der Nordbank: „Die Bewertung ist schon sportlich.“",
			[]want{{"Die Bewertung ist schon sportlich.", "Anna Keller"}}},
		{"comparative before sagte and named subject",
			"Gelassener sagte Klaus Dorn am Abend: „Wir haben genug Zeit.“",
			[]want{{"Wir haben genug Zeit.", "Klaus Dorn"}}},
		{"comparative before role and name",
			"Zurückhaltender äußerte sich Analystin Petra Wolf: „Der Ausblick ist zu optimistisch.“",
			[]want{{"Der Ausblick ist zu optimistisch.", "Petra Wolf"}}},
		// must not: a named subject before the verb keeps the quotation
		{"named subject before verb keeps it",
			"Vorstandschef Jens Haber erklärte den Aktionären: „Wir zahlen eine höhere Dividende.“",
			[]want{{"Wir zahlen eine höhere Dividende.", "Jens Haber"}}},
		{"object name after verb is no subject",
			"Die Ministerin Karin Lutz sagte Thomas Ebner am Telefon: „Der Antrag ist genehmigt.“",
			[]want{{"Der Antrag ist genehmigt.", "Karin Lutz"}}},
		// the around-pattern gives both parts one speaker
		{"around after a reported clause",
			"Analyst Uwe Kranz schrieb, die Aktie sei „deutlich unterbewertet“. „Wir sparen, wo es geht“, sagte Vorständin Nina Falk, „aber nicht bei der Forschung.“",
			[]want{{"deutlich unterbewertet", "Uwe Kranz"}, {"Wir sparen, wo es geht", "Nina Falk"}, {"aber nicht bei der Forschung.", "Nina Falk"}}},
		{"around with a surname after reported speech",
			"Finanzchefin Lea Sommer erklärte, der Umsatz sei gestiegen. Analyst Ralf Jung schrieb, die Marge sei „erstaunlich stabil“.\n\n„Wir bauen aus“, sagte Sommer, „und zwar in Polen.“",
			[]want{{"erstaunlich stabil", "Ralf Jung"}, {"Wir bauen aus", "Lea Sommer"}, {"und zwar in Polen.", "Lea Sommer"}}},
		// must not: a new attribution in the second part takes over
		{"second part with its own speaker",
			"„Wir sparen“, sagte Nina Falk. Analyst Uwe Kranz erklärte, die Aktie sei günstig. „Das reicht nicht“, sagte Kranz.",
			[]want{{"Wir sparen", "Nina Falk"}, {"Das reicht nicht", "Uwe Kranz"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := quote.Find(tt.in)
			checkSpans(t, tt.in, qs)
			var got []want
			for _, q := range qs {
				if q.Kind != quote.Direct {
					continue
				}
				w := want{text: q.Text}
				if q.Speaker != nil {
					w.speaker = q.Speaker.Name
				}
				got = append(got, w)
			}
			require.Len(t, got, len(tt.want), "%v", got)
			assert.Equal(t, tt.want, got)
		})
	}
}
