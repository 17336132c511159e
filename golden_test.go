package finanztext_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/finanztext/finanztext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func readArticleBytes() ([]byte, error) { return os.ReadFile("testdata/artikel.txt") }

// TestGolden compares the JSON of the shipped article with
// testdata/golden/artikel.json. After a deliberate change, rewrite it with
//
//	go test -run TestGolden -update
//
// and review the diff.
func TestGolden(t *testing.T) {
	tests := []struct{ name, in, golden string }{
		{"artikel", "testdata/artikel.txt", "testdata/golden/artikel.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, err := os.ReadFile(tt.in)
			require.NoError(t, err)
			doc := finanztext.Analyze(string(text))
			checkDocument(t, string(text), doc)
			b, err := json.Marshal(doc)
			require.NoError(t, err)
			var got bytes.Buffer
			require.NoError(t, json.Indent(&got, b, "", "  "))
			got.WriteByte('\n')

			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(tt.golden), 0o755))
				require.NoError(t, os.WriteFile(tt.golden, got.Bytes(), 0o644))
				return
			}
			want, err := os.ReadFile(tt.golden)
			if os.IsNotExist(err) {
				t.Skipf("%s absent; create it with -update", tt.golden)
			}
			require.NoError(t, err)
			assert.Equal(t, string(want), got.String(), "run go test -run TestGolden -update after a deliberate change")
		})
	}
}
