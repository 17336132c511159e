package quote_test

import (
	"os"
	"testing"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/quote"
)

func readOr(b *testing.B, path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("%s not present", path)
	}
	return string(data)
}

func benchFind(b *testing.B, text string, find func(string) []quote.Quote) {
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		find(text)
	}
}

// BenchmarkFind measures quote.Find, entity recognition included, the quote
// finder alone without mentions (QuotesOnly) and with the mentions found
// beforehand (FindWith) on the same text.
func BenchmarkFind(b *testing.B) {
	local := quote.NewFinder(quote.WithEntityFinder(func(string) []entity.Mention { return nil }))
	for _, src := range []struct{ name, path string }{
		{"corpus", "../../shared/corpus/news_de.txt"},
		{"team", "../testdata/news.txt"},
		{"seed", "../../shared/seed/article-altman-nadella.txt"},
	} {
		b.Run(src.name, func(b *testing.B) {
			text := readOr(b, src.path)
			b.Run("Find", func(b *testing.B) { benchFind(b, text, quote.Find) })
			b.Run("QuotesOnly", func(b *testing.B) { benchFind(b, text, local.Find) })
			ms := entity.Find(text)
			b.Run("FindWith", func(b *testing.B) {
				benchFind(b, text, func(s string) []quote.Quote { return local.FindWith(s, ms) })
			})
		})
	}
}

// BenchmarkFind_passages runs the test corpus as one text.
func BenchmarkFind_passages(b *testing.B) {
	var text string
	for _, p := range passages {
		text += p.in + "\n\n"
	}
	benchFind(b, text, quote.Find)
}

// BenchmarkFindWith measures the quote finder alone, with the entity
// mentions found beforehand, as finanztext.Analyze calls it:
//
//	go test -run '^$' -bench FindWith -cpu 1 -count 5 -benchmem ./quote/
func BenchmarkFindWith(b *testing.B) {
	f := quote.NewFinder()
	for _, src := range []struct{ name, path string }{
		{"corpus", "../../shared/corpus/news_de.txt"},
		{"news", "../testdata/news.txt"},
	} {
		b.Run(src.name, func(b *testing.B) {
			text := readOr(b, src.path)
			ms := entity.Find(text)
			benchFind(b, text, func(s string) []quote.Quote { return f.FindWith(s, ms) })
		})
	}
}

// BenchmarkFindWithDoc measures FindWithDoc on a document of the entity
// recognizer without and with the shared parse.Doc (Parse), as
// finanztext.Analyze hands it in:
//
//	go test -run '^$' -bench FindWithDoc -cpu 1 -count 5 -benchmem ./quote/
func BenchmarkFindWithDoc(b *testing.B) {
	f := quote.NewFinder()
	rec := entity.NewRecognizer()
	for _, src := range []struct{ name, path string }{
		{"corpus", "../../shared/corpus/news_de.txt"},
		{"news", "../testdata/news.txt"},
	} {
		b.Run(src.name, func(b *testing.B) {
			text := readOr(b, src.path)
			edoc := rec.FindDoc(text)
			b.Run("without", func(b *testing.B) {
				benchFind(b, text, func(string) []quote.Quote { return f.FindWithDoc(edoc) })
			})
			withParse := *edoc
			withParse.Parse = parse.Tokenize(text)
			b.Run("Parse", func(b *testing.B) {
				benchFind(b, text, func(string) []quote.Quote { return f.FindWithDoc(&withParse) })
			})
		})
	}
}
