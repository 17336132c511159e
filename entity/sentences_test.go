package entity

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSentences scores the team's test set testdata/sentences.tsv
// ("sentence<TAB>org|org…", canonical names) by the set of organization
// names found per sentence: precision ≥ 0.95, recall ≥ 0.90, and every
// sentence in full except the misses testdata/sentences_known.txt lists (a
// rule that breaks an old sentence fails the test instead of moving an
// average).
func TestSentences(t *testing.T) {
	raw, err := os.ReadFile("testdata/sentences.tsv")
	if err != nil {
		t.Skip("testdata/sentences.tsv absent")
	}
	r := NewRecognizer()
	known := map[string]bool{}
	if k, err := os.ReadFile("testdata/sentences_known.txt"); err == nil {
		for _, l := range strings.Split(string(k), "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
				known[l] = true
			}
		}
	}
	miss := func(line int, msg string) {
		if known[msg] {
			delete(known, msg)
			t.Logf("line %d: %s (known)", line, msg)
			return
		}
		t.Errorf("line %d: %s (a miss not listed in testdata/sentences_known.txt)", line, msg)
	}
	var tp, fp, fn, rows int
	eachTSV("sentences.tsv", string(raw), "sentence", func(line int, f []string) {
		if len(f) < 1 || f[0] == "" {
			return
		}
		rows++
		want := map[string]bool{}
		if len(f) > 1 {
			for n := range strings.SplitSeq(f[1], "|") {
				if n = strings.TrimSpace(n); n != "" {
					want[n] = true
				}
			}
		}
		got := map[string]bool{}
		for _, m := range r.Find(f[0]) {
			if m.Kind == Organization {
				got[m.Entity.Name] = true
			}
		}
		for n := range got {
			if want[n] {
				tp++
			} else {
				fp++
				miss(line, fmt.Sprintf("extra %q in %q", n, f[0]))
			}
		}
		for n := range want {
			if !got[n] {
				fn++
				miss(line, fmt.Sprintf("missed %q in %q", n, f[0]))
			}
		}
	})
	p := float64(tp) / max(1, float64(tp+fp))
	rec := float64(tp) / max(1, float64(tp+fn))
	t.Logf("%d sentences: precision %.3f, recall %.3f (tp %d, fp %d, fn %d)", rows, p, rec, tp, fp, fn)
	assert.GreaterOrEqual(t, p, 0.95, "precision")
	assert.GreaterOrEqual(t, rec, 0.90, "recall")
	for k := range known {
		t.Errorf("known miss passes now, take it out of testdata/sentences_known.txt: %s", k)
	}
}
