package finanztext_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/finanztext/finanztext"
)

var benchInputs = []struct{ name, path string }{
	{"artikel", "testdata/artikel.txt"},
	{"news", "testdata/news.txt"},
	{"corpus", "../shared/corpus/news_de.txt"},
}

// BenchmarkAnalyze measures the whole analysis, one core, over each input
// as one text and as its paragraphs analyzed one by one (how the -jsonl
// mode of the CLI sees news):
//
//	go test -run '^$' -bench Analyze -cpu 1 .
func BenchmarkAnalyze(b *testing.B) {
	for _, in := range benchInputs {
		data, err := os.ReadFile(in.path)
		text := string(data)
		b.Run(in.name, func(b *testing.B) {
			if err != nil {
				b.Skipf("%s: %v", in.path, err)
			}
			a := finanztext.New()
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				_ = a.Analyze(text)
			}
		})
		b.Run(in.name+"/paragraphs", func(b *testing.B) {
			if err != nil {
				b.Skipf("%s: %v", in.path, err)
			}
			paras := strings.Split(text, "\n\n")
			a := finanztext.New()
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				for _, p := range paras {
					_ = a.Analyze(p)
				}
			}
		})
	}
}

// BenchmarkMarshalJSON measures the JSON encoding of a Document.
func BenchmarkMarshalJSON(b *testing.B) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Skip(err)
	}
	doc := finanztext.Analyze(string(data))
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := json.Marshal(doc); err != nil {
			b.Fatal(err)
		}
	}
}
