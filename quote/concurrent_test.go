package quote_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/parse"
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

// TestFindWithDoc_validates: references that do not fit the text (out of
// range, inverted, another text, a target that is no mention) are skipped
// and never panic; a nil or zero document gives nothing.
func TestFindWithDoc_validates(t *testing.T) {
	text := "Nestlé senkt die Prognose. Die Nachfrage habe sich abgeschwächt, teilte das Unternehmen mit."
	doc := entity.NewRecognizer().FindDoc(text)
	f := quote.NewFinder()
	good := f.FindWithDoc(doc)
	require.NotEmpty(t, good)
	require.NotNil(t, good[0].Speaker)
	assert.Equal(t, "Nestlé", good[0].Speaker.Name)
	assert.Equal(t, "das Unternehmen", good[0].Speaker.Text)
	assert.Equal(t, quote.Reference, good[0].Speaker.How)

	noRefs := f.FindWith(text, doc.Mentions)
	bad := []entity.Ref{
		{Span: parse.Span{Start: -3, End: 2}, Text: "x"},
		{Span: parse.Span{Start: 10, End: 5}, Text: ""},
		{Span: parse.Span{Start: 0, End: len(text) + 9}, Text: text},
		{Span: parse.Span{Start: 0, End: 3}, Text: "abc"},
		{Span: parse.Span{Start: 0, End: 7}, Text: "Nestlé", Target: 99},
		{Span: parse.Span{Start: 0, End: 7}, Text: "Nestlé", Target: -1},
	}
	for i, r := range bad {
		d := &entity.Doc{Text: text, Mentions: doc.Mentions, Refs: []entity.Ref{r}}
		assert.Equal(t, noRefs, f.FindWithDoc(d), "ref %d", i)
	}
	assert.Nil(t, f.FindWithDoc(nil))
	assert.Nil(t, f.FindWithDoc(&entity.Doc{}))
}
