package quote

import (
	"os"
	"testing"

	"github.com/finanztext/finanztext/parse"
)

// BenchmarkTokenizeShared compares tokenize scanning every word (bytes)
// with tokenize taking word ends from the corpus's parse.Doc (Parse), twice
// each, alternately; compare ratios:
//
//	go test -run '^$' -bench TokenizeShared -benchtime 30x -cpu 1 ./quote/
func BenchmarkTokenizeShared(b *testing.B) {
	data, err := os.ReadFile("../../shared/corpus/news_de.txt")
	if err != nil {
		b.Skip()
	}
	text := string(data)
	pd := parse.Tokenize(text)
	lx := lexicon()
	bufs := new(docBufs)
	bufs.paras = paragraphs(text, nil)
	for _, v := range []struct {
		name string
		pd   *parse.Doc
	}{{"bytes", nil}, {"Parse", pd}, {"bytes", nil}, {"Parse", pd}} {
		b.Run(v.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				bufs.tokenize(text, lx, v.pd)
			}
		})
	}
}
