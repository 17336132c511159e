package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/finanztext/finanztext"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// longText returns a text of at least n bytes made of short reports, each
// complete in itself, separated by blank lines, starting with a dateline.
func longText(n int) string {
	var b strings.Builder
	b.WriteString("Hamburg, 3. November 2025\n\n")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Die Hafenlogistik Nord AG meldete für das dritte Quartal einen Umsatz von %d,%d Millionen Euro, %d Prozent mehr als im Vorjahr. ", 100+i%400, i%10, 1+i%12)
		fmt.Fprintf(&b, "„Die Nachfrage bleibt stabil“, sagte Vorstandschef Jonas Behrendt am Dienstag.\n\n")
	}
	return b.String()
}

// wantObject is the object the CLI prints for text analyzed by the
// library in one call, with the given members in front.
func wantObject(t *testing.T, head, text string, ref period.Ref) string {
	t.Helper()
	doc := finanztext.New().AnalyzeAt(text, ref)
	return head + string(doc.AppendJSON(nil)[1:]) + "\n"
}

func TestLongDocument(t *testing.T) {
	text := longText(finanztext.DefaultSegmentSize + 100<<10)
	require.Greater(t, len(text), finanztext.DefaultSegmentSize)
	date := period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	dir := t.TempDir()
	name := filepath.Join(dir, "lang.txt")
	require.NoError(t, os.WriteFile(name, []byte(text), 0o644))
	idJSON, err := json.Marshal(name)
	require.NoError(t, err)

	t.Run("file: the library's result, date from the dateline", func(t *testing.T) {
		code, out, stderr := runCLI(t, "", name)
		require.Equal(t, 0, code, stderr)
		head := `{"id":` + string(idJSON) + `,"date":"2025-11-03","date_source":"dateline",`
		assert.Equal(t, wantObject(t, head, text, date), out)
	})
	t.Run("stdin", func(t *testing.T) {
		code, out, stderr := runCLI(t, text, "-date", "2025-11-03")
		require.Equal(t, 0, code, stderr)
		head := `{"date":"2025-11-03","date_source":"input",`
		assert.Equal(t, wantObject(t, head, text, date), out)
	})
	t.Run("jsonl line", func(t *testing.T) {
		code, out, stderr := runCLI(t, jsonlLine(t, "x", text)+"\n"+jsonlLine(t, "y", "Plus 2 Prozent.")+"\n", "-jsonl")
		require.Equal(t, 0, code, stderr)
		lines := strings.SplitAfter(out, "\n")
		require.Len(t, lines, 3) // two lines and the empty rest
		head := `{"id":"x","date":"2025-11-03","date_source":"dateline",`
		assert.Equal(t, wantObject(t, head, text, date), lines[0])
		assert.True(t, strings.HasPrefix(lines[1], `{"id":"y","numbers":[`), lines[1])
	})
	t.Run("pretty is the compact object indented", func(t *testing.T) {
		code, out, stderr := runCLI(t, "", "-pretty", name)
		require.Equal(t, 0, code, stderr)
		var want bytes.Buffer
		compact := wantObject(t, `{"id":`+string(idJSON)+`,"date":"2025-11-03","date_source":"dateline",`, text, date)
		require.NoError(t, json.Indent(&want, []byte(strings.TrimSuffix(compact, "\n")), "", "  "))
		assert.Equal(t, want.String()+"\n", out)
	})
	t.Run("a panic in a later segment is the document's error object", func(t *testing.T) {
		o := &options{maxSize: defaultMaxSize}
		a := finanztext.New()
		o.analyze = a.AnalyzeAt
		o.segments = func(text string, ref period.Ref) iter.Seq2[parse.Span, finanztext.Document] {
			return func(yield func(sp parse.Span, d finanztext.Document) bool) {
				n := 0
				for s, d := range a.AnalyzeSegments(text, ref) {
					if n++; n == 2 {
						panic("kaputt")
					}
					if !yield(s, d) {
						return
					}
				}
			}
		}
		got := string(bytes.Join(o.encode([]byte(`"z"`), "z", text, time.Time{}, false), nil))
		assert.Equal(t, `{"id":"z","error":"z: internal error: kaputt"}`+"\n", got)
	})
}

func TestEncodeReader(t *testing.T) {
	text := longText(finanztext.DefaultSegmentSize + 50<<10)
	a := finanztext.New()
	newOptions := func() *options {
		return &options{maxSize: defaultMaxSize, analyze: a.AnalyzeAt, segments: a.AnalyzeSegments, read: a.AnalyzeReader}
	}
	date := period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	t.Run("the library's result", func(t *testing.T) {
		var out bytes.Buffer
		require.NoError(t, newOptions().encodeReader(&out, []byte(`7`), "x", strings.NewReader(text), time.Time{}, false))
		assert.Equal(t, wantObject(t, `{"id":7,"date":"2025-11-03","date_source":"dateline",`, text, date), out.String())
	})
	t.Run("a short text is one piece", func(t *testing.T) {
		var out bytes.Buffer
		require.NoError(t, newOptions().encodeReader(&out, nil, "x", strings.NewReader("Plus 3 Prozent."), time.Time{}, false))
		assert.Equal(t, wantObject(t, `{`, "Plus 3 Prozent.", period.Ref{}), out.String())
	})
	t.Run("longer than max-size while reading", func(t *testing.T) {
		o := newOptions()
		o.maxSize = finanztext.DefaultSegmentSize + 10
		var out bytes.Buffer
		assert.ErrorIs(t, o.encodeReader(&out, nil, "x", strings.NewReader(text), time.Time{}, false), errTooLarge)
		assert.Empty(t, out.String())
	})
	t.Run("a read error", func(t *testing.T) {
		boom := errors.New("boom")
		r := io.MultiReader(strings.NewReader(text), iotest.ErrReader(boom))
		var out bytes.Buffer
		assert.ErrorIs(t, newOptions().encodeReader(&out, nil, "x", r, time.Time{}, false), boom)
		assert.Empty(t, out.String())
	})
	t.Run("a write error is a writeError", func(t *testing.T) {
		var werr writeError
		err := newOptions().encodeReader(failingWriter{}, nil, "x", strings.NewReader(text), time.Time{}, false)
		require.ErrorAs(t, err, &werr)
	})
	t.Run("a panic is the document's error object", func(t *testing.T) {
		o := newOptions()
		o.read = func(r io.Reader, ref period.Ref, f func(parse.Span, finanztext.Document) bool) error {
			n := 0
			return a.AnalyzeReader(r, ref, func(s parse.Span, d finanztext.Document) bool {
				if n++; n == 2 {
					panic("kaputt")
				}
				return f(s, d)
			})
		}
		var out bytes.Buffer
		require.NoError(t, o.encodeReader(&out, []byte(`"z"`), "z", strings.NewReader(text), time.Time{}, false))
		assert.Equal(t, `{"id":"z","error":"z: internal error: kaputt"}`+"\n", out.String())
	})
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestLowGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	tests := []struct {
		name       string
		user, want int
	}{
		{"the default is lowered", 100, longDocGC},
		{"a lower setting is kept", 10, 10},
		{"off is kept", -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetGCPercent(tt.user)
			o := &options{}
			restore := o.lowGC()
			inner := o.lowGC() // a second long document at the same time
			inner()
			assert.Equal(t, tt.want, debug.SetGCPercent(tt.want), "while a long document is analyzed")
			restore()
			assert.Equal(t, tt.user, debug.SetGCPercent(tt.user), "afterwards")
		})
	}
}
