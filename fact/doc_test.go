package fact_test

import (
	"os"
	"strings"
	"testing"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/fact"
	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
	"github.com/stretchr/testify/require"
)

// inputOf returns what FindWith reads for text, with or without its Doc.
func inputOf(text string, doc *parse.Doc) fact.Input {
	nums := parse.FindNumbers(text)
	edoc := entity.NewRecognizer().FindDoc(text)
	return fact.Input{Numbers: nums, Amounts: money.NewFinder().FindWith(text, nums),
		Percents: parse.FindPercentsWith(text, nums), Mentions: edoc.Mentions, Refs: edoc.Refs,
		Periods: period.Find(text, tableRef), Doc: doc}
}

// TestFindWithDoc: facts read from a Doc's sentences are those read from
// the text; a Doc of another text is ignored.
func TestFindWithDoc(t *testing.T) {
	var texts []string
	var table strings.Builder
	for _, r := range readTable(t) {
		table.WriteString(r.text)
		table.WriteString("\n")
	}
	texts = append(texts, table.String())
	if data, err := os.ReadFile("../testdata/news.txt"); err == nil {
		texts = append(texts, string(data))
	}
	texts = append(texts, "", "Der Umsatz stieg um 5 Prozent.\n\nDer Gewinn sank auf 2 Mrd. Euro. Er lag bei 3 Mrd.")
	var reused parse.Doc
	for _, text := range texts {
		want := fact.FindWith(text, inputOf(text, nil))
		require.NoError(t, reused.Reset(text))
		require.Equal(t, want, fact.FindWith(text, inputOf(text, &reused)), "a Doc reused")
		require.Equal(t, want, fact.FindWith(text, inputOf(text, parse.Tokenize(text))), "a new Doc")
		require.Equal(t, want, fact.FindWith(text, inputOf(text, parse.Tokenize("Ein anderer Text. Mit 3 Sätzen."))), "a Doc of another text")
		require.Equal(t, want, fact.FindWith(text, inputOf(text, &parse.Doc{})), "the zero Doc")
	}
}
