package finanztext_test

import (
	"os"
	"testing"

	"github.com/finanztext/finanztext"
)

// BenchmarkAnalyze measures the whole analysis over news text, one core:
//
//	go test -run '^$' -bench Analyze -cpu 1 .
func BenchmarkAnalyze(b *testing.B) {
	inputs := []struct{ name, path string }{
		{"artikel", "testdata/artikel.txt"},
		{"news", "testdata/news.txt"},
		{"corpus", "../shared/corpus/news_de.txt"},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			data, err := os.ReadFile(in.path)
			if err != nil {
				b.Skipf("%s: %v", in.path, err)
			}
			text := string(data)
			a := finanztext.New()
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				_ = a.Analyze(text)
			}
		})
	}
}
