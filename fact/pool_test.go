package fact_test

import (
	"os"
	"sync"
	"testing"

	"github.com/finanztext/finanztext/fact"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindPooledConcurrent runs Find on several texts from several
// goroutines at once: the pooled working memory of one call never shows up
// in the facts of another.
func TestFindPooledConcurrent(t *testing.T) {
	data, err := os.ReadFile("../testdata/artikel.txt")
	require.NoError(t, err)
	texts := []string{
		string(data),
		"Der Umsatz der Nordwind AG stieg im dritten Quartal um 12 Prozent auf 3,4 Milliarden Euro.",
		"Die Messe zählte 350 Besucher.",
		"",
	}
	want := make([][]fact.Fact, len(texts))
	for i, s := range texts {
		want[i] = fact.Find(s, tableRef)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 6 {
				i := (g + k) % len(texts)
				assert.Equal(t, want[i], fact.Find(texts[i], tableRef), "text %d", i)
			}
		}()
	}
	wg.Wait()
}
