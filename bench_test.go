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

// BenchmarkAnalyzeFacts compares the analysis with and without facts, one
// core, on the same inputs: facts read what the other kinds computed, so
// the cost of facts is the ratio of the two (the issue asks for at least
// 0.85× the speed without facts).
//
//	go test -run '^$' -bench AnalyzeFacts -cpu 1 .
func BenchmarkAnalyzeFacts(b *testing.B) {
	for _, in := range benchInputs {
		data, err := os.ReadFile(in.path)
		text := string(data)
		for _, v := range []struct {
			name  string
			kinds finanztext.Kinds
		}{
			{"without", finanztext.AllKinds &^ finanztext.Facts},
			{"with", finanztext.AllKinds},
		} {
			b.Run(in.name+"/"+v.name, func(b *testing.B) {
				if err != nil {
					b.Skipf("%s: %v", in.path, err)
				}
				a := finanztext.New(finanztext.WithKinds(v.kinds))
				b.ReportAllocs()
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					_ = a.Analyze(text)
				}
			})
		}
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
