package money

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSeedArticle reads the project's seed article from the shared folder
// (it is not part of the repository) and checks that exactly its ten
// amounts with a value come out, all in US dollars.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../../shared/seed/article-altman-nadella.txt")
	if err != nil {
		t.Skip("seed article not present:", err)
	}
	text := string(b)
	got := Find(text)
	checkInvariants(t, text, got)
	want := []string{
		"1000000000", "130000000000", "25000000000", "135000000000", "1000000000000",
		"392000000000", "250000000000", "20", "86000000000", "34900000000",
	}
	var values []string
	for _, a := range got {
		if a.Vague {
			continue
		}
		values = append(values, a.Value.String())
		assert.True(t, a.HasCurrency, a.Text)
		assert.Equal(t, "USD", a.Currency.String(), a.Text)
	}
	assert.ElementsMatch(t, want, values)
}
