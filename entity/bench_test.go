package entity_test

import (
	"os"
	"strings"
	"testing"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/parse"
)

func readText(b *testing.B, path string) string {
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("%s absent", path)
	}
	return string(raw)
}

// BenchmarkFind runs the default recognizer over news text: the shared
// corpus (outside the repository) and the team's testdata/news.txt.
func BenchmarkFind(b *testing.B) {
	entity.Find("Warm-up der Tabellen: Siemens AG.")
	for _, c := range []struct{ name, path string }{
		{"corpus", "../../shared/corpus/news_de.txt"},
		{"testdata", "../testdata/news.txt"},
	} {
		b.Run(c.name, func(b *testing.B) {
			text := readText(b, c.path)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				entity.Find(text)
			}
		})
	}
	b.Run("paragraphs", func(b *testing.B) {
		text := readText(b, "../../shared/corpus/news_de.txt")
		paras := strings.Split(text, "\n\n")
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range paras {
				entity.Find(p)
			}
		}
	})
}

func BenchmarkFindSentence(b *testing.B) {
	text := "Dennoch ist Microsofts Finanzvorstand, Amy Hood, nicht besorgt, und die Deutsche Bank AG auch nicht."
	entity.Find(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		entity.Find(text)
	}
}

// BenchmarkFindDocWith compares FindDoc on the paragraphs of the corpus
// with FindDocWith on their shared tokenizations, made before the timer
// starts (Analyze makes them anyway): the difference is what deriving the
// recognizer's tokens from parse.Doc saves.
func BenchmarkFindDocWith(b *testing.B) {
	text := readText(b, "../../shared/corpus/news_de.txt")
	paras := strings.Split(text, "\n\n")
	pds := make([]*parse.Doc, len(paras))
	for i, p := range paras {
		pds[i] = parse.Tokenize(p)
	}
	r := entity.NewRecognizer()
	b.Run("text", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range paras {
				r.FindDoc(p)
			}
		}
	})
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			for _, pd := range pds {
				r.FindDocWith(pd)
			}
		}
	})
}
