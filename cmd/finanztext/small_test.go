package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/finanztext/finanztext"
	"github.com/finanztext/finanztext/internal/jsonw"
	"github.com/finanztext/finanztext/period"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A file of at most one segment is read whole and analyzed at once; its
// object is the one the streaming reader writes, byte for byte.
func TestEncodeFile(t *testing.T) {
	a := finanztext.New()
	newOptions := func() *options {
		return &options{maxSize: defaultMaxSize, analyze: a.AnalyzeAt, segments: a.AnalyzeSegments, read: a.AnalyzeReader}
	}
	segment := longText(smallFile)[:smallFile]
	tests := []struct {
		name string
		id   []byte
		text string
	}{
		{"empty", nil, ""},
		{"one sentence", []byte(`"a.txt"`), "Der Umsatz der Kranwerk AG stieg um 4 Prozent auf 2,1 Mrd. Euro."},
		{"a dateline gives the date", []byte(`7`), "Bremen, 4. Dezember 2025\n\nDer Gewinn fiel im Vorjahr um 3 Prozent."},
		{"invalid UTF-8 stays as it is", nil, "Die Werft \xff\xfe verdiente 12 Mio. Euro."},
		{"exactly one segment", []byte(`"s"`), segment},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want bytes.Buffer
			require.NoError(t, newOptions().encodeReader(&want, tt.id, "x", strings.NewReader(tt.text), time.Time{}, false))

			var plain bytes.Buffer
			require.NoError(t, newOptions().encodeFile(&plain, tt.id, "x", strings.NewReader(tt.text), len(tt.text)))
			assert.Equal(t, want.String(), plain.String(), "into a plain writer")

			var out bytes.Buffer
			bw := bufio.NewWriterSize(&out, 64<<10)
			bw.WriteString("before\n") // the object follows what is buffered
			require.NoError(t, newOptions().encodeFile(bw, tt.id, "x", strings.NewReader(tt.text), len(tt.text)))
			require.NoError(t, bw.Flush())
			assert.Equal(t, "before\n"+want.String(), out.String(), "into the tool's buffered output")
		})
	}
	t.Run("more than the buffer holds", func(t *testing.T) {
		var want bytes.Buffer
		require.NoError(t, newOptions().encodeReader(&want, nil, "x", strings.NewReader(segment), time.Time{}, false))
		var out bytes.Buffer
		bw := bufio.NewWriterSize(&out, 100)
		require.NoError(t, newOptions().encodeFile(bw, nil, "x", strings.NewReader(segment), len(segment)))
		require.NoError(t, bw.Flush())
		assert.Equal(t, want.String(), out.String())
	})
	t.Run("a file that has grown since its size was read", func(t *testing.T) {
		text := longText(smallFile + 20<<10)
		var want bytes.Buffer
		require.NoError(t, newOptions().encodeReader(&want, nil, "x", strings.NewReader(text), time.Time{}, false))
		for _, size := range []int{0, 10, 1000, smallFile} {
			var out bytes.Buffer
			require.NoError(t, newOptions().encodeFile(&out, nil, "x", strings.NewReader(text), size))
			assert.Equal(t, want.String(), out.String(), "size %d", size)
		}
	})
	t.Run("a file that has shrunk", func(t *testing.T) {
		var want bytes.Buffer
		require.NoError(t, newOptions().encodeReader(&want, nil, "x", strings.NewReader("Plus 3 Prozent."), time.Time{}, false))
		var out bytes.Buffer
		require.NoError(t, newOptions().encodeFile(&out, nil, "x", strings.NewReader("Plus 3 Prozent."), 500))
		assert.Equal(t, want.String(), out.String())
	})
	t.Run("a read error", func(t *testing.T) {
		boom := errors.New("boom")
		r := io.MultiReader(strings.NewReader("Plus 3"), iotest.ErrReader(boom))
		var out bytes.Buffer
		assert.ErrorIs(t, newOptions().encodeFile(&out, nil, "x", r, 100), boom)
		assert.Empty(t, out.String())
	})
	t.Run("a write error is a writeError", func(t *testing.T) {
		var werr writeError
		err := newOptions().encodeFile(failingWriter{}, nil, "x", strings.NewReader("Plus 3 Prozent."), 15)
		require.ErrorAs(t, err, &werr)
		bw := bufio.NewWriterSize(failingWriter{}, 16)
		err = newOptions().encodeFile(bw, nil, "x", strings.NewReader(segment), len(segment))
		require.ErrorAs(t, err, &werr)
	})
	t.Run("a panic is the document's error object", func(t *testing.T) {
		o := newOptions()
		o.analyze = func(string, period.Ref) finanztext.Document { panic("kaputt") }
		var out bytes.Buffer
		require.NoError(t, o.encodeFile(&out, []byte(`"z"`), "z", strings.NewReader("Plus 3 Prozent."), 15))
		assert.Equal(t, `{"id":"z","error":"z: internal error: kaputt"}`+"\n", out.String())
	})
}

// The tool reads a small file whole and a large one as it analyzes it;
// both give the library's result for the file's text.
func TestFileSizes(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 100, smallFile - 1, smallFile, smallFile + 1, 3 * smallFile} {
		text := longText(n)[:n]
		name := filepath.Join(dir, "doc.txt")
		require.NoError(t, os.WriteFile(name, []byte(text), 0o600))
		code, stdout, stderr := runCLI(t, "", name)
		require.Equal(t, 0, code, stderr)
		var want bytes.Buffer
		a := finanztext.New()
		o := &options{maxSize: defaultMaxSize, analyze: a.AnalyzeAt, segments: a.AnalyzeSegments, read: a.AnalyzeReader}
		require.NoError(t, o.encodeReader(&want, jsonw.String(nil, name), name, strings.NewReader(text), time.Time{}, false))
		assert.Equal(t, want.String(), stdout, "%d bytes", n)
	}
}

func TestOpenFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(name, []byte("Plus 3 Prozent."), 0o600))
	tests := []struct {
		name    string
		path    string
		want    string
		wantErr bool
	}{
		{"a file", name, "Plus 3 Prozent.", false},
		{"no such file", filepath.Join(dir, "missing.txt"), "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := openFile(tt.path)
			if tt.wantErr {
				var pe *os.PathError
				require.ErrorAs(t, err, &pe)
				assert.Equal(t, "open", pe.Op)
				assert.Equal(t, tt.path, pe.Path)
				assert.ErrorIs(t, err, os.ErrNotExist)
				return
			}
			require.NoError(t, err)
			defer f.Close()
			b, err := io.ReadAll(f)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))
			assert.Equal(t, tt.path, f.Name())
		})
	}
}
