package parse_test

import (
	"strings"
	"testing"

	"github.com/finanztext/finanztext/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQualifierSlabs checks that the qualifiers of many numbers (they share
// slabs of memory) each keep their own text and span, and that changing
// one leaves the others as they were.
func TestQualifierSlabs(t *testing.T) {
	words := []string{"rund", "etwa", "knapp", "mehr als", "bis zu"}
	var b strings.Builder
	for i := range 600 {
		b.WriteString(words[i%len(words)])
		b.WriteString(" 12 Kisten, ")
	}
	text := b.String()
	nums := parse.FindNumbers(text)
	require.Len(t, nums, 600)
	seen := map[*parse.Qualifier]bool{}
	for i, n := range nums {
		require.NotNil(t, n.Qual, "number %d", i)
		assert.Equal(t, words[i%len(words)], n.Qual.Text, "number %d", i)
		assert.Equal(t, text[n.Qual.Start:n.Qual.End], n.Qual.Text, "number %d", i)
		assert.False(t, seen[n.Qual], "number %d shares its qualifier", i)
		seen[n.Qual] = true
	}
	nums[0].Qual.Text = "geändert"
	assert.Equal(t, words[1], nums[1].Qual.Text)
}
