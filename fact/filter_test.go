package fact

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFiltersExact checks that the word filters never rule out a word the
// tables would find: every table word passes, and so does every word of
// the news text that lookupMetricTables or the verb table reads.
func TestFiltersExact(t *testing.T) {
	for w := range metricTable().All() {
		assert.False(t, notMetric(w), "metric word %q filtered out", w)
		assert.False(t, notMetricAt("vor"+w, 3), "metric word %q filtered out as a compound head", w)
	}
	hf := heads()
	for w := range verbTable().All() {
		assert.False(t, notVerb(w), "verb %q filtered out", w)
		assert.False(t, hf.verbs.rulesOut([]byte(w)), "verb %q ruled out by its head", w)
	}
	for w := range segLexicon().All() {
		_, ok := lookupSeg(segLexicon(), []byte(w))
		assert.True(t, ok, "segment word %q filtered out", w)
		assert.False(t, hf.seg.rulesOut([]byte(w)), "segment word %q ruled out by its head", w)
	}
	for w := range referenceWords.All() {
		assert.True(t, isReferenceWord([]byte(w)), "reference word %q filtered out", w)
	}
	data, err := os.ReadFile("../testdata/news.txt")
	require.NoError(t, err)
	words := strings.FieldsFunc(string(data), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	})
	words = append(words, "quartalsumsatz", "umsatzplus", "gewinnprognose", "ebit-marge", "xyz-umsatz", "um", "setzte")
	filtered := 0
	for _, w := range words {
		w = strings.ToLower(w)
		if notMetric(w) {
			filtered++
			_, _, _, ok := lookupMetricTables(w)
			assert.False(t, ok, "%q filtered out but a metric", w)
		}
		if notVerb(w) {
			_, ok := verbTable().Get(w)
			assert.False(t, ok, "%q filtered out but a verb", w)
		}
		if hf.verbs.rulesOut([]byte(w)) {
			_, ok := verbTable().Get(w)
			assert.False(t, ok, "%q ruled out by its head but a verb", w)
		}
		_, inSeg := segLexicon().Get(w)
		if hf.seg.rulesOut([]byte(w)) {
			assert.False(t, inSeg, "%q ruled out by its head but a segment word", w)
		}
		_, got := lookupSeg(segLexicon(), []byte(w))
		assert.Equal(t, inSeg, got, "segment word %q", w)
		assert.Equal(t, referenceWords.Value(w), isReferenceWord([]byte(w)), "reference word %q", w)
	}
	assert.Greater(t, filtered, len(words)/2, "the filter rules out most words")
}
