package entity

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// poolTexts are short documents written for these tests: persons,
// surnames, rule organizations, acronyms and references, so that every
// pooled map and buffer of a docState is used.
var poolTexts = []struct{ name, text string }{
	{"person and surname", "Die Vorständin Petra Lindqvist von der Nordwind Energie AG sagte am Morgen, der Umsatz steige. Lindqvist rechnet mit 5 Prozent mehr."},
	{"acronym defined", "Der Verband der Fährbetreiber (VdF) warnt vor Streiks. Der VdF fordert mehr Geld, sagte Jonas Berger."},
	{"reference", "Siemens hob die Prognose an. Das Unternehmen erwartet einen Gewinn von 2 Milliarden Euro. Es bleibt vorsichtig."},
	{"sports", "Der FC Grünwald gewann 2:1 gegen Fortuna Köln. Trainer Marco Hess lobte das Team."},
	{"age", "Der 52-jährige Okonkwo führt die Firma. Okonkwo sagte, die Zahlen seien gut."},
	{"nothing", "Es regnete den ganzen Tag, und niemand ging hinaus."},
	{"empty", ""},
}

// TestPooledStateIsFresh proves that the pooled working memory carries
// nothing from one document to the next: each text gives the same result
// alone as after every other text, in both orders.
func TestPooledStateIsFresh(t *testing.T) {
	r := NewRecognizer()
	alone := make(map[string]*Doc, len(poolTexts))
	for _, tt := range poolTexts {
		alone[tt.name] = r.FindDoc(tt.text)
	}
	for pass := range 2 {
		for k := range poolTexts {
			tt := poolTexts[k]
			if pass == 1 {
				tt = poolTexts[len(poolTexts)-1-k]
			}
			t.Run(tt.name, func(t *testing.T) {
				got := r.FindDoc(tt.text)
				require.Equal(t, alone[tt.name], got)
			})
		}
	}
}

// TestPooledEntitiesAreTheCallers proves that a caller who changes the
// entities of a result changes neither later results nor the tables.
func TestPooledEntitiesAreTheCallers(t *testing.T) {
	r := NewRecognizer()
	text := poolTexts[0].text
	first := r.FindDoc(text)
	require.NotEmpty(t, first.Mentions)
	want := r.FindDoc(text)
	for _, m := range first.Mentions {
		m.Entity.Name = "changed"
		m.Entity.Type = Media
		if len(m.Entity.Aliases) > 0 {
			m.Entity.Aliases[0] = "changed"
		}
	}
	again := r.FindDoc(text)
	assert.Equal(t, want, again)
	for _, m := range again.Mentions {
		assert.NotEqual(t, "changed", m.Entity.Name)
	}
}

// TestNamesShareTheText proves that a name written as the canonical form
// ("Petra Lindqvist") is a substring of the text, and one that is not
// (a line break inside) is normalized.
func TestNamesShareTheText(t *testing.T) {
	r := NewRecognizer()
	for _, tt := range []struct {
		name, text, person string
	}{
		{"one line", "Die Vorständin Petra Lindqvist sagte, es gehe voran.", "Petra Lindqvist"},
		{"line break", "Die Vorständin Petra\nLindqvist sagte, es gehe voran.", "Petra Lindqvist"},
		{"two spaces", "Die Vorständin Petra  Lindqvist sagte, es gehe voran.", "Petra Lindqvist"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ps := r.FindDoc(tt.text).Persons()
			require.Len(t, ps, 1)
			assert.Equal(t, tt.person, ps[0].Entity.Name)
			assert.Equal(t, tt.text[ps[0].Start:ps[0].End], ps[0].Text)
		})
	}
}

// TestPooledStateLongText runs a text too long for the pool between short
// ones: the short ones still give their results alone.
func TestPooledStateLongText(t *testing.T) {
	r := NewRecognizer()
	long := strings.Repeat(poolTexts[0].text+" ", maxPooled/8)
	want := r.FindDoc(poolTexts[2].text)
	require.NotEmpty(t, r.FindDoc(long).Mentions)
	assert.Equal(t, want, r.FindDoc(poolTexts[2].text))
	if raw, err := os.ReadFile("testdata/golden_news.txt"); err == nil {
		text := string(raw)
		w := r.FindDoc(text)
		r.FindDoc(long)
		assert.Equal(t, w, r.FindDoc(text))
	}
}
