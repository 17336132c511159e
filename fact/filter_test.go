package fact

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/finanztext/finanztext/internal/strtab"
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
		_, ok := lookupSeg([]byte(w))
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
		_, got := lookupSeg([]byte(w))
		assert.Equal(t, inSeg, got, "segment word %q", w)
		assert.Equal(t, referenceWords.Value(w), isReferenceWord([]byte(w)), "reference word %q", w)
	}
	assert.Greater(t, filtered, len(words)/2, "the filter rules out most words")
}

// TestDenseTables checks that the dense copies of the word tables find
// exactly what the tables find: every key with its value, and for the
// words of the news text (and a few that must not match) the same answer.
func TestDenseTables(t *testing.T) {
	data, err := os.ReadFile("../testdata/news.txt")
	require.NoError(t, err)
	words := strings.FieldsFunc(strings.ToLower(string(data)), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	})
	words = append(words, "", "x", "umsatz ", "Umsatz", "umsatzz", "steigen", "wird")
	lx := lexicons()
	checkDense(t, metricTable(), lx.metric, words)
	checkDense(t, verbTable(), lx.verbs, words)
	checkDense(t, segLexicon(), lx.seg, words)
	checkDense(t, directionWords(), lx.dirs, words)
}

func checkDense[V any](t *testing.T, tab *strtab.Table[V], d *dense[V], words []string) {
	t.Helper()
	require.NotNil(t, d)
	for k, v := range tab.All() {
		got, ok := d.get(k)
		assert.True(t, ok, k)
		assert.Equal(t, v, got, k)
		got, ok = d.getBytes([]byte(k))
		assert.True(t, ok, k)
		assert.Equal(t, v, got, k)
	}
	for _, w := range words {
		want, wok := tab.Get(w)
		got, ok := d.get(w)
		assert.Equal(t, wok, ok, w)
		assert.Equal(t, want, got, w)
		got, ok = d.getBytes([]byte(w))
		assert.Equal(t, wok, ok, w)
		assert.Equal(t, want, got, w)
	}
	var empty *dense[V]
	_, ok := empty.get("umsatz")
	assert.False(t, ok, "a nil dense table finds nothing")
}
