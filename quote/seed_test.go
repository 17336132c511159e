package quote_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/finanztext/finanztext/quote"
)

// TestSeedArticle reads the project's seed article (outside the repository)
// and checks its thirteen direct quotations and their speakers.
func TestSeedArticle(t *testing.T) {
	data, err := os.ReadFile("../../shared/seed/article-altman-nadella.txt")
	if err != nil {
		t.Skip("seed article not present")
	}
	text := string(data)
	qs := quote.Find(text)
	checkSpans(t, text, qs)
	var direct []quote.Quote
	for _, q := range qs {
		if q.Kind == quote.Direct {
			direct = append(direct, q)
		}
	}
	tests := []struct {
		contains string
		speakers []string // any of them; nil: not checked
		full     string
	}{
		{"Wir sind ein himmlisches Paar", []string{"Altman", "Nadella", "Ultraman"}, ""},
		{"leuchtet sein Gesicht auf", []string{"Nadella"}, "Satya Nadella"},
		{"Ohne Satyas Entschlossenheit", []string{"Altman"}, ""},
		{"ohne Drehbuch, nur mit Glauben", nil, ""},
		{"neue Medikamente entdecken", []string{"Altman"}, ""},
		{"Seit 2019 teilen wir mit OpenAI ein gemeinsames Ziel", []string{"Nadella"}, "Satya Nadella"},
		{"eine Billion US-Dollar verdient", []string{"Altman"}, ""},
		{"Hardware wie GPUs und CPUs", []string{"Hood"}, "Amy Hood"},
		{"Wir fehlen an Rechenleistung", []string{"Altman", "Nadella"}, ""},
		{"von außen kaum vorstellbar", []string{"Altman"}, ""},
		{"mit einem Engpass zu tun", []string{"Hood"}, "Amy Hood"},
		{"planetenweite Cloud- und KI-Fabrik", []string{"Nadella"}, "Satya Nadella"},
		{"auf die Zukunft vorbereiten", []string{"Altman"}, ""},
	}
	assert.Len(t, direct, len(tests), "direct quotes: no scare quotes, nothing missing")
	for _, tt := range tests {
		t.Run(tt.contains, func(t *testing.T) {
			var q *quote.Quote
			for i := range direct {
				if strings.Contains(direct[i].Text, tt.contains) {
					q = &direct[i]
				}
			}
			require.NotNil(t, q, "quote not found")
			if tt.speakers == nil {
				return
			}
			require.NotNil(t, q.Speaker)
			ok := false
			for _, s := range tt.speakers {
				ok = ok || strings.Contains(q.Speaker.Name, s)
			}
			assert.True(t, ok, "speaker %q, want one of %v", q.Speaker.Name, tt.speakers)
			if tt.full != "" {
				assert.Equal(t, tt.full, q.Speaker.Name)
			}
		})
	}
}
