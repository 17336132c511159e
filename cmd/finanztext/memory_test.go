//go:build linux

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/finanztext/finanztext/internal/advtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPeakMemoryBounded builds the command and runs it on long files: a
// text dense with findings and one of nothing but „. A file is read as it
// is analyzed and its JSON spilled, so the peak resident memory stays
// about the same for any size: measured 15–18 MB on 2.6 to 50 MB; the
// bound here, 40 MB, leaves room for other machines and is far below the
// 6 bytes per input byte asked for. The peak is measured by /usr/bin/time
// (GNU time's %M): the rusage of a child started from the test process
// itself would count the test process's own peak, which Linux keeps
// across the exec. A long test (FINANZTEXT_LONG=1).
func TestPeakMemoryBounded(t *testing.T) {
	advtest.SkipUnlessLong(t)
	const timeCmd = "/usr/bin/time"
	if _, err := os.Stat(timeCmd); err != nil {
		t.Skip("no " + timeCmd)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "finanztext")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	require.NoError(t, build.Run())

	tests := []struct {
		name string
		text string
	}{
		{"reports", longText(20 << 20)},
		{"quote marks", strings.Repeat("„", 30<<20/3)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := filepath.Join(dir, "in.txt")
			require.NoError(t, os.WriteFile(in, []byte(tt.text), 0o644))
			cmd := exec.Command(timeCmd, "-f", "%M", bin, in)
			out, err := os.Create(filepath.Join(dir, "out.json"))
			require.NoError(t, err)
			defer out.Close()
			cmd.Stdout = out
			var stderr strings.Builder
			cmd.Stderr = &stderr
			require.NoError(t, cmd.Run(), stderr.String())
			lines := strings.Fields(stderr.String())
			require.NotEmpty(t, lines)
			kb, err := strconv.Atoi(lines[len(lines)-1])
			require.NoError(t, err, stderr.String())
			rss := kb << 10
			t.Logf("%d MB in, peak RSS %.1f MB", len(tt.text)>>20, float64(rss)/(1<<20))
			assert.Less(t, rss, 40<<20, "peak RSS")
			st, err := out.Stat()
			require.NoError(t, err)
			assert.Greater(t, st.Size(), int64(100))
		})
	}
}
