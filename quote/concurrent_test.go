package quote_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/quote"
)

// TestFindWithConcurrent runs one Finder from several goroutines on texts
// of different sizes at once (the finder reuses its per-document buffers
// through a pool) and expects every result to equal the one of a lone
// call. Run it with -race.
func TestFindWithConcurrent(t *testing.T) {
	var texts []string
	for _, p := range passages {
		texts = append(texts, p.in)
	}
	var sb strings.Builder
	for _, p := range passages {
		sb.WriteString(p.in)
		sb.WriteString("\n\n")
	}
	texts = append(texts, sb.String(), "„Wir pru\u0308fen alles“, sagte Ba\u0308rbel Holl.")
	f := quote.NewFinder()
	type job struct {
		text string
		ms   []entity.Mention
		want []quote.Quote
	}
	jobs := make([]job, len(texts))
	for i, text := range texts {
		ms := entity.Find(text)
		jobs[i] = job{text: text, ms: ms, want: f.FindWith(text, ms)}
	}
	require.NotEmpty(t, jobs[len(jobs)-2].want, "the joined passages hold quotations")

	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 3 {
				for k := range jobs {
					j := jobs[(k*7+g+r)%len(jobs)] // each goroutine in its own order
					if got := f.FindWith(j.text, j.ms); !assert.ObjectsAreEqual(j.want, got) {
						select {
						case errs <- j.text:
						default:
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for text := range errs {
		t.Errorf("concurrent result differs for %.60q…", text)
	}
}

// TestZeroFinder: the zero Finder works as NewFinder() does.
func TestZeroFinder(t *testing.T) {
	text := "Roland Busch ist zufrieden. Er sagte, dass der Konzern wachse. „Wir wachsen“, sagte Busch."
	var zero quote.Finder
	assert.Equal(t, quote.NewFinder().Find(text), zero.Find(text))
	assert.Equal(t, quote.Find(text), zero.Find(text))
	noInd := quote.NewFinder(quote.WithIndirect(false)).Find(text)
	for _, q := range noInd {
		assert.Equal(t, quote.Direct, q.Kind)
	}
	noEnt := quote.NewFinder(quote.WithEntityFinder(nil)).Find(text)
	assert.NotEmpty(t, noEnt, "no recognizer: speakers from the text alone")
}
