package quote

import (
	"os"
	"testing"
)

// BenchmarkTokenize measures tokenize on the shared corpus:
//
//	go test -run '^$' -bench Tokenize -benchtime 30x -cpu 1 ./quote/
func BenchmarkTokenize(b *testing.B) {
	data, err := os.ReadFile("../../shared/corpus/news_de.txt")
	if err != nil {
		b.Skip()
	}
	text := string(data)
	lx := lexicon()
	bufs := new(docBufs)
	bufs.paras = paragraphs(text, nil)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		bufs.tokenize(text, lx)
	}
}
