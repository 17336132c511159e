package entity

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSeedArticle reads the project's seed article (outside the
// repository; skipped when absent) and checks the organizations it names:
// all ten are found and nothing else is reported as an organization.
func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile("../../shared/seed/article-altman-nadella.txt")
	if err != nil {
		t.Skip("seed article absent")
	}
	if len(loadTables().orgs) == 0 {
		t.Skip("gazetteer absent")
	}
	text := string(raw)
	groups := [][]string{
		{"OpenAI"},
		{"Microsoft"},
		{"Google"},
		{"Amazon"},
		{"AWS", "Amazon Web Services"},
		{"Google Cloud"},
		{"Nvidia"},
		{"OpenAI Group PBC", "OpenAI Group Public Benefit Corporation", "OpenAI Group"},
		{"OpenAI Foundation", "OpenAI-Stiftung", "OpenAI Stiftung"},
		{"Generalstaatsanwaltsbüro von Kalifornien", "Generalstaatsanwaltsbüro"},
	}
	doc := NewRecognizer().FindDoc(text)
	found := make([]bool, len(groups))
	persons := map[string]Mention{}
	for _, m := range doc.Mentions {
		require.Equal(t, m.Text, text[m.Start:m.End])
		if m.Kind == Person {
			if _, ok := persons[m.Entity.Name]; !ok || m.Role != "" {
				persons[m.Entity.Name] = m
			}
			continue
		}
		hit := false
		for k, g := range groups {
			for _, alt := range g {
				if m.Entity.Name == alt {
					found[k], hit = true, true
				}
			}
		}
		assert.True(t, hit, "unexpected organization %q (%s) at %d", m.Text, m.Entity.Name, m.Start)
	}
	for k, g := range groups {
		assert.True(t, found[k], "missed %s", g[0])
	}
	for _, name := range []string{"Satya Nadella", "Amy Hood", "Altman", "Bill Gates"} {
		assert.Contains(t, persons, name)
	}
	if p, ok := persons["Amy Hood"]; ok {
		assert.Equal(t, "Microsoft", p.Organization)
		assert.Equal(t, Female, p.Gender)
	}
	if p, ok := persons["Satya Nadella"]; ok {
		assert.Equal(t, "Chef", p.Role)
		assert.Equal(t, "Microsoft", p.Organization)
	}
}
