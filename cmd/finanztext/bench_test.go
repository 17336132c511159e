package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"testing"

	"github.com/finanztext/finanztext"
)

const benchJSONL = "../../../shared/corpus/news_de.jsonl"

// BenchmarkJSONL compares the -jsonl mode on one worker with the
// in-process Analyze of the same texts (the target: the CLI at
// least 0.75× Analyze). Run with -cpu 1:
//
//	go test -run '^$' -bench . -cpu 1 ./cmd/finanztext
func BenchmarkJSONL(b *testing.B) {
	data, err := os.ReadFile(benchJSONL)
	if err != nil {
		b.Skipf("%s: %v", benchJSONL, err)
	}
	var texts []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var in struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, in.Text)
	}
	var textBytes int64
	for _, t := range texts {
		textBytes += int64(len(t))
	}
	b.Run("cli", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(textBytes)
		for b.Loop() {
			if st := run([]string{"-jsonl"}, bytes.NewReader(data), io.Discard, io.Discard); st != 0 {
				b.Fatalf("status %d", st)
			}
		}
	})
	b.Run("analyze", func(b *testing.B) {
		a := finanztext.New()
		b.ReportAllocs()
		b.SetBytes(textBytes)
		for b.Loop() {
			for _, t := range texts {
				_ = a.Analyze(t)
			}
		}
	})
}
