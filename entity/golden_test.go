package entity

import (
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden runs the default recognizer over a news text written for
// this test (testdata/golden_news.txt) and compares the JSON of all
// mentions with testdata/golden_news.json. After a deliberate change, run
// go test -run TestGolden -update and review the diff.
func TestGolden(t *testing.T) {
	if len(loadTables().orgs) == 0 {
		t.Skip("gazetteer absent")
	}
	raw, err := os.ReadFile("testdata/golden_news.txt")
	require.NoError(t, err)
	text := string(raw)
	ms := Find(text)
	for _, m := range ms {
		require.Equal(t, m.Text, text[m.Start:m.End])
	}
	got, err := json.MarshalIndent(ms, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	const golden = "testdata/golden_news.json"
	if *update {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}
