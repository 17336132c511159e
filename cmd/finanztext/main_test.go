package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/finanztext/finanztext"
	"github.com/finanztext/finanztext/period"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var listKeys = []string{"numbers", "amounts", "percentages", "organizations", "persons", "quotes", "periods"}

// runCLI runs the program and returns its exit status, stdout and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// decodeAll reads every JSON object in s (one per line, or indented).
func decodeAll(t *testing.T, s string) []map[string]json.RawMessage {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(s))
	var objs []map[string]json.RawMessage
	for {
		var m map[string]json.RawMessage
		err := dec.Decode(&m)
		if err == io.EOF {
			return objs
		}
		require.NoError(t, err, "output is not a sequence of JSON objects:\n%s", s)
		objs = append(objs, m)
	}
}

func requireResult(t *testing.T, m map[string]json.RawMessage) {
	t.Helper()
	for _, k := range listKeys {
		v, ok := m[k]
		require.True(t, ok, "key %q missing", k)
		require.Equal(t, byte('['), v[0], "key %q is not a list: %s", k, v)
	}
	assert.NotContains(t, m, "error")
}

func jsonlLine(t *testing.T, id any, text string) string {
	t.Helper()
	b, err := json.Marshal(map[string]any{"id": id, "text": text})
	require.NoError(t, err)
	return string(b)
}

func TestJSONLOrder(t *testing.T) {
	const n = 600
	var in strings.Builder
	for i := range n {
		var id any = i
		if i%3 == 1 {
			id = fmt.Sprintf("doc-%d", i)
		}
		// Texts of very different lengths, so that workers finish out of order.
		text := strings.Repeat("Plus 4 Prozent. ", 1+(i*37)%40)
		in.WriteString(jsonlLine(t, id, text) + "\n")
	}
	code, out, stderr := runCLI(t, in.String(), "-jsonl")
	require.Equal(t, 0, code, stderr)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, n)
	for i, line := range lines {
		var m map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(line), &m), "line %d", i)
		want := fmt.Sprint(i)
		if i%3 == 1 {
			want = fmt.Sprintf("%q", fmt.Sprintf("doc-%d", i))
		}
		require.Equal(t, want, string(m["id"]), "line %d out of order", i)
		requireResult(t, m)
	}
}

func TestJSONLLines(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantIDs []string // raw ids per output line; "" for none
		wantErr []bool   // whether each output line is an error line
	}{
		{
			name:    "bad line in the middle, run goes on",
			in:      `{"id":"a","text":"Plus 3 Prozent."}` + "\n" + `{"id":"b","text":` + "\n" + `{"id":"c","text":"Minus 2 Prozent."}` + "\n",
			wantIDs: []string{`"a"`, `"b"`, `"c"`},
			wantErr: []bool{false, true, false},
		},
		{
			name:    "not an object",
			in:      "[1,2,3]\n" + `{"id":1,"text":"x"}`,
			wantIDs: []string{"", "1"},
			wantErr: []bool{true, false},
		},
		{
			name:    "garbage without id",
			in:      "das ist kein JSON\n",
			wantIDs: []string{""},
			wantErr: []bool{true},
		},
		{
			name:    "text missing or not a string",
			in:      `{"id":7}` + "\n" + `{"id":8,"text":42}` + "\n",
			wantIDs: []string{"7", "8"},
			wantErr: []bool{true, true},
		},
		{
			name:    "id of a wrong type is an error, not echoed",
			in:      `{"id":{"x":1},"text":"a"}` + "\n" + `{"id":true,"text":"a"}` + "\n" + `{"id":[1],"text":` + "\n",
			wantIDs: []string{"", "", ""},
			wantErr: []bool{true, true, true},
		},
		{
			name:    "empty and blank lines are skipped, CRLF accepted",
			in:      "\n  \n" + `{"id":1,"text":"a"}` + "\r\n\r\n" + `{"id":2,"text":"b"}`,
			wantIDs: []string{"1", "2"},
			wantErr: []bool{false, false},
		},
		{
			name:    "byte order mark before the first line",
			in:      "\ufeff" + `{"id":1,"text":"a"}` + "\n",
			wantIDs: []string{"1"},
			wantErr: []bool{false},
		},
		{
			name:    "id echoed as given",
			in:      `{"id":1.50,"text":"a"}` + "\n" + `{"id":"caf\u00e9 & co","text":"b"}` + "\n" + `{"id":-3e2,"text":"c"}` + "\n",
			wantIDs: []string{"1.50", `"caf\u00e9 & co"`, "-3e2"},
			wantErr: []bool{false, false, false},
		},
		{
			name:    "missing id is omitted, null echoed",
			in:      `{"text":"a"}` + "\n" + `{"id":null,"text":"b"}` + "\n",
			wantIDs: []string{"", "null"},
			wantErr: []bool{false, false},
		},
		{
			name:    "member names are matched exactly",
			in:      `{"id":1,"TEXT":"a"}` + "\n" + `{"ID":2,"text":"b"}` + "\n" + `{"id":3,"Text":"c","text":"d"}` + "\n",
			wantIDs: []string{"1", "", "3"},
			wantErr: []bool{true, false, false},
		},
		{
			name:    "an id with a lone surrogate is echoed as valid JSON",
			in:      `{"id":"a\ud800b","text":"x"}` + "\n" + `{"id":"c\ud800","text":` + "\n",
			wantIDs: []string{`"a�b"`, `"c�"`},
			wantErr: []bool{false, true},
		},
		{
			name:    "text of the wrong type keeps a later id",
			in:      `{"text":7,"id":"spät"}` + "\n",
			wantIDs: []string{`"spät"`},
			wantErr: []bool{true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, tt.in, "-jsonl")
			require.Equal(t, 0, code, stderr)
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			require.Len(t, lines, len(tt.wantIDs), out)
			for i, line := range lines {
				var m map[string]json.RawMessage
				require.NoError(t, json.Unmarshal([]byte(line), &m), line)
				assert.Equal(t, tt.wantIDs[i], string(m["id"]), "line %d: %s", i, line)
				if tt.wantErr[i] {
					assert.Contains(t, m, "error", line)
					assert.NotContains(t, m, "numbers", line)
				} else {
					requireResult(t, m)
				}
			}
		})
	}
}

func TestJSONLLongLine(t *testing.T) {
	// A line far beyond bufio's default sizes and the reader's 1 MB buffer;
	// one long word keeps the analysis cheap.
	text := "Plus 3 Prozent. " + strings.Repeat("x", 3<<20)
	in := jsonlLine(t, "lang", text) + "\n" + jsonlLine(t, "kurz", "Plus 1 Prozent.") + "\n"
	code, out, stderr := runCLI(t, in, "-jsonl")
	require.Equal(t, 0, code, stderr)
	objs := decodeAll(t, out)
	require.Len(t, objs, 2)
	assert.Equal(t, `"lang"`, string(objs[0]["id"]))
	assert.Equal(t, `"kurz"`, string(objs[1]["id"]))
	requireResult(t, objs[0])
}

func TestJSONLFromFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.jsonl")
	b := filepath.Join(dir, "b.jsonl")
	require.NoError(t, os.WriteFile(a, []byte(`{"id":1,"text":"x"}`+"\n"+`{"id":2,"text":"y"}`+"\n"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte(`{"id":3,"text":"z"}`+"\n"+"{kaputt\n"), 0o644))
	code, out, stderr := runCLI(t, "", "-jsonl", a, b)
	require.Equal(t, 0, code, stderr)
	objs := decodeAll(t, out)
	require.Len(t, objs, 4)
	for i, want := range []string{"1", "2", "3"} {
		assert.Equal(t, want, string(objs[i]["id"]))
	}
	assert.Contains(t, string(objs[3]["error"]), "b.jsonl:2")
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b&c.txt")
	require.NoError(t, os.WriteFile(a, []byte("Der Umsatz stieg um 4 Prozent."), 0o644))
	require.NoError(t, os.WriteFile(b, []byte{0xff, 0xfe, 'x', 0}, 0o644)) // not UTF-8
	missing := filepath.Join(dir, "fehlt.txt")

	t.Run("two files, one object each, id is the name", func(t *testing.T) {
		code, out, stderr := runCLI(t, "", a, b)
		require.Equal(t, 0, code, stderr)
		assert.Contains(t, out, `b&c.txt"`, "HTML characters must not be escaped")
		objs := decodeAll(t, out)
		require.Len(t, objs, 2)
		for i, name := range []string{a, b} {
			var id string
			require.NoError(t, json.Unmarshal(objs[i]["id"], &id))
			assert.Equal(t, name, id)
			requireResult(t, objs[i])
		}
	})
	t.Run("missing file: exit 1, the others still printed", func(t *testing.T) {
		code, out, stderr := runCLI(t, "", a, missing, b)
		assert.Equal(t, 1, code)
		assert.Contains(t, stderr, "fehlt.txt")
		assert.Len(t, decodeAll(t, out), 2)
	})
	t.Run("stdin has no id", func(t *testing.T) {
		code, out, stderr := runCLI(t, "Die Aktie fiel um 2 Prozent.")
		require.Equal(t, 0, code, stderr)
		objs := decodeAll(t, out)
		require.Len(t, objs, 1)
		assert.NotContains(t, objs[0], "id")
		requireResult(t, objs[0])
	})
	t.Run("dash is stdin", func(t *testing.T) {
		code, out, stderr := runCLI(t, "Text", a, "-")
		require.Equal(t, 0, code, stderr)
		objs := decodeAll(t, out)
		require.Len(t, objs, 2)
		assert.Contains(t, objs[0], "id")
		assert.NotContains(t, objs[1], "id")
	})
	t.Run("shipped article", func(t *testing.T) {
		code, out, stderr := runCLI(t, "", filepath.Join("..", "..", "testdata", "artikel.txt"))
		require.Equal(t, 0, code, stderr)
		objs := decodeAll(t, out)
		require.Len(t, objs, 1)
		requireResult(t, objs[0])
	})
}

func TestPretty(t *testing.T) {
	t.Run("file mode", func(t *testing.T) {
		code, out, _ := runCLI(t, "Plus 3 Prozent.", "-pretty")
		require.Equal(t, 0, code)
		assert.True(t, strings.HasPrefix(out, "{\n  \"numbers\": ["), out)
		objs := decodeAll(t, out)
		require.Len(t, objs, 1)
		requireResult(t, objs[0])
	})
	t.Run("jsonl mode", func(t *testing.T) {
		code, out, _ := runCLI(t, `{"id":"a","text":"x"}`+"\n"+`{"id":"b","text":"y"}`+"\n", "-jsonl", "-pretty")
		require.Equal(t, 0, code)
		assert.True(t, strings.HasPrefix(out, "{\n  \"id\": \"a\",\n"), out)
		objs := decodeAll(t, out)
		require.Len(t, objs, 2)
		assert.Equal(t, `"b"`, string(objs[1]["id"]))
	})
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		want       int
		wantStderr string
	}{
		{name: "help", args: []string{"-h"}, want: 0, wantStderr: "Usage:"},
		{name: "unknown flag", args: []string{"-gibtsnicht"}, want: 2, wantStderr: "flag provided but not defined"},
		{name: "bad dollar code", args: []string{"-dollar", "XYZW"}, want: 2, wantStderr: "ISO 4217"},
		{name: "good dollar code", args: []string{"-dollar", "CAD"}, want: 0},
		{name: "missing file", args: []string{"/nonexistent/finanztext.txt"}, want: 1, wantStderr: "finanztext.txt"},
		{name: "missing jsonl file", args: []string{"-jsonl", "/nonexistent/finanztext.jsonl"}, want: 1, wantStderr: "finanztext.jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.args...)
			assert.Equal(t, tt.want, code, stderr)
			assert.Contains(t, stderr, tt.wantStderr)
		})
	}
}

// failWriter fails every write, like a closed pipe.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

func TestWriteFailure(t *testing.T) {
	var in strings.Builder
	for i := range 20_000 {
		in.WriteString(jsonlLine(t, i, "Der Umsatz stieg um 4 Prozent.") + "\n")
	}
	var errOut bytes.Buffer
	code := run([]string{"-jsonl"}, strings.NewReader(in.String()), failWriter{}, &errOut)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut.String(), "writing output")
}

func TestJSONLStreams(t *testing.T) {
	// A result is written as soon as it is ready, before the input ends.
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- run([]string{"-jsonl"}, inR, outW, io.Discard)
		outW.Close()
	}()
	lines := bufio.NewReader(outR)
	for i := range 3 {
		_, err := io.WriteString(inW, jsonlLine(t, i, "Plus 2 Prozent.")+"\n")
		require.NoError(t, err)
		got := make(chan string, 1)
		go func() {
			line, _ := lines.ReadString('\n')
			got <- line
		}()
		select {
		case line := <-got:
			assert.True(t, strings.HasPrefix(line, fmt.Sprintf(`{"id":%d,`, i)), line)
		case <-time.After(10 * time.Second):
			t.Fatalf("no output for line %d while the input is still open", i)
		}
	}
	require.NoError(t, inW.Close())
	rest, err := io.ReadAll(lines)
	require.NoError(t, err)
	assert.Empty(t, string(rest))
	assert.Equal(t, 0, <-done)
}

func TestMaxSize(t *testing.T) {
	long := jsonlLine(t, "lang", strings.Repeat("Plus 3 Prozent. ", 200))
	t.Run("jsonl: an over-long line is answered with an error and the run goes on", func(t *testing.T) {
		in := jsonlLine(t, 1, "Plus 1 Prozent.") + "\n" + long + "\n" + jsonlLine(t, 3, "Minus 2 Prozent.") + "\n"
		code, out, stderr := runCLI(t, in, "-jsonl", "-max-size", "1KB")
		require.Equal(t, 0, code, stderr)
		objs := decodeAll(t, out)
		require.Len(t, objs, 3)
		requireResult(t, objs[0])
		assert.Equal(t, `"lang"`, string(objs[1]["id"]), "the id is recovered from the start of the line")
		assert.Contains(t, string(objs[1]["error"]), "-max-size (1 KB)")
		requireResult(t, objs[2])
		assert.Equal(t, "3", string(objs[2]["id"]))
	})
	t.Run("jsonl: NUL bytes in an over-long line end the input", func(t *testing.T) {
		in := jsonlLine(t, 1, "Plus 1 Prozent.") + "\n" + strings.Repeat("\x00", 5000)
		code, out, stderr := runCLI(t, in, "-jsonl", "-max-size", "1000")
		assert.Equal(t, 1, code)
		assert.Contains(t, stderr, "NUL byte")
		assert.Len(t, decodeAll(t, out), 2)
	})
	t.Run("file mode: a larger file gets an error object, the others their results", func(t *testing.T) {
		dir := t.TempDir()
		small := filepath.Join(dir, "klein.txt")
		big := filepath.Join(dir, "gross.txt")
		require.NoError(t, os.WriteFile(small, []byte("Plus 3 Prozent."), 0o644))
		require.NoError(t, os.WriteFile(big, []byte(strings.Repeat("Plus 3 Prozent. ", 100)), 0o644))
		code, out, stderr := runCLI(t, "", "-max-size", "1000", big, small)
		assert.Equal(t, 1, code)
		assert.Contains(t, stderr, "gross.txt")
		objs := decodeAll(t, out)
		require.Len(t, objs, 2)
		assert.Contains(t, string(objs[0]["error"]), "-max-size")
		requireResult(t, objs[1])
	})
	t.Run("file mode: standard input without end stops at the limit", func(t *testing.T) {
		code, out, stderr := runCLI(t, strings.Repeat("\x00", 3000), "-max-size", "1000")
		assert.Equal(t, 1, code)
		assert.Contains(t, stderr, "standard input")
		assert.Contains(t, out, "error")
	})
	t.Run("bad sizes", func(t *testing.T) {
		for _, v := range []string{"0", "-5", "viel", "12XB", "MB"} {
			code, _, stderr := runCLI(t, "", "-max-size", v)
			assert.Equal(t, 2, code, v)
			assert.Contains(t, stderr, "max-size", v)
		}
	})
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"1000", 1000}, {"64MB", 64_000_000}, {"64 MiB", 64 << 20}, {"2kb", 2000},
		{"1GiB", 1 << 30}, {"500B", 500}, {"3M", 3_000_000},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestPanicBecomesErrorLine(t *testing.T) {
	o := &options{analyze: func(text string, ref period.Ref) finanztext.Document {
		if strings.Contains(text, "explodiere") {
			panic("kaputt")
		}
		return finanztext.New().AnalyzeAt(text, ref)
	}, maxSize: defaultMaxSize, workers: 2, window: 8}
	in := jsonlLine(t, 1, "Plus 1 Prozent.") + "\n" + jsonlLine(t, "b", "explodiere") + "\n" + jsonlLine(t, 3, "Minus 1 Prozent.") + "\n"
	var out, errOut bytes.Buffer
	w := bufio.NewWriter(&out)
	code := o.runJSONL(strings.NewReader(in), w, &errOut)
	require.NoError(t, w.Flush())
	require.Equal(t, 0, code, errOut.String())
	objs := decodeAll(t, out.String())
	require.Len(t, objs, 3)
	requireResult(t, objs[0])
	assert.Equal(t, `"b"`, string(objs[1]["id"]))
	assert.Contains(t, string(objs[1]["error"]), "internal error: kaputt")
	requireResult(t, objs[2])
}

func TestDollarFlag(t *testing.T) {
	for _, tt := range []struct {
		code string
		want int
		msg  string
	}{
		{"CAD", 0, ""}, {"hkd", 0, ""}, {"EUR", 2, "not a dollar currency"}, {"XXX", 2, "not a dollar currency"}, {"DOLLAR", 2, "ISO 4217"},
	} {
		code, _, stderr := runCLI(t, "Es kostet 5 Dollar.", "-dollar", tt.code)
		assert.Equal(t, tt.want, code, tt.code)
		assert.Contains(t, stderr, tt.msg, tt.code)
	}
	code, out, _ := runCLI(t, "Es kostet 5 Dollar.", "-dollar", "CAD")
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"currency":"CAD"`)
}

func TestWriteErrorReportedOnce(t *testing.T) {
	var errOut bytes.Buffer
	code := run(nil, strings.NewReader("Plus 3 Prozent."), failWriter{}, &errOut)
	assert.Equal(t, 1, code)
	assert.Equal(t, 1, strings.Count(errOut.String(), "writing output"), errOut.String())
	errOut.Reset()
	var in strings.Builder
	for i := range 2000 {
		in.WriteString(jsonlLine(t, i, "Plus 3 Prozent.") + "\n")
	}
	code = run([]string{"-jsonl"}, strings.NewReader(in.String()), failWriter{}, &errOut)
	assert.Equal(t, 1, code)
	assert.Equal(t, 1, strings.Count(errOut.String(), "writing output"), errOut.String())
}

func TestInvalidUTF8Offsets(t *testing.T) {
	// File mode: offsets count the file's bytes; the text shows U+FFFD.
	text := "Die \xffAktie stieg um 3 Prozent."
	code, out, _ := runCLI(t, text)
	require.Equal(t, 0, code)
	objs := decodeAll(t, out)
	var ps []struct {
		Text       string
		Start, End int
	}
	require.NoError(t, json.Unmarshal(objs[0]["percentages"], &ps))
	require.Len(t, ps, 1)
	assert.Equal(t, "3 Prozent", text[ps[0].Start:ps[0].End])
	// -jsonl: the JSON decoder has made the bad byte U+FFFD (3 bytes), and
	// offsets count the decoded text.
	line := "{\"id\":1,\"text\":\"Die \xffAktie stieg um 3 Prozent.\"}\n"
	code, out, _ = runCLI(t, line, "-jsonl")
	require.Equal(t, 0, code)
	objs = decodeAll(t, out)
	require.NoError(t, json.Unmarshal(objs[0]["percentages"], &ps))
	require.Len(t, ps, 1)
	decoded := "Die \ufffdAktie stieg um 3 Prozent."
	assert.Equal(t, "3 Prozent", decoded[ps[0].Start:ps[0].End])
}

// periodsOf returns the "periods" of an output object as text → value.
func periodsOf(t *testing.T, m map[string]json.RawMessage) map[string]string {
	t.Helper()
	var ps []struct{ Text, Value string }
	require.NoError(t, json.Unmarshal(m["periods"], &ps))
	out := map[string]string{}
	for _, p := range ps {
		out[p.Text] = p.Value
	}
	return out
}

func TestDates(t *testing.T) {
	line := func(fields map[string]any) string {
		b, err := json.Marshal(fields)
		require.NoError(t, err)
		return string(b)
	}
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantDate   string // "" = no "date" key
		wantSource string
		want       map[string]string // period text → value
		wantErr    string            // substring of an "error" field
	}{
		{
			name:     "jsonl date from the input line",
			args:     []string{"-jsonl"},
			stdin:    line(map[string]any{"id": 1, "text": "Im Vorjahr sank der Absatz.", "date": "2025-11-03"}),
			wantDate: "2025-11-03", wantSource: "input",
			want: map[string]string{"Vorjahr": "2024"},
		},
		{
			name:     "jsonl RFC 3339 date",
			args:     []string{"-jsonl"},
			stdin:    line(map[string]any{"id": 2, "text": "Am Donnerstag fiel die Aktie.", "date": "2025-11-03T08:20:00+01:00"}),
			wantDate: "2025-11-03", wantSource: "input",
			want: map[string]string{"Donnerstag": "2025-10-30"},
		},
		{
			name: "jsonl narrative domain",
			args: []string{"-jsonl"},
			stdin: line(map[string]any{"id": 3, "text": "Am 2. Mai 1871 begann der Streik. Am 9. Mai endete er.",
				"date": "2020-01-01", "domain": "narrative"}),
			wantDate: "2020-01-01", wantSource: "input",
			want: map[string]string{"2. Mai 1871": "1871-05-02", "9. Mai": "1871-05-09"},
		},
		{
			name:     "jsonl without a date: a dateline at the top",
			args:     []string{"-jsonl"},
			stdin:    line(map[string]any{"id": 4, "text": "Hamburg, 4. März 2024\nIm Vorjahr wuchs die Reederei."}),
			wantDate: "2024-03-04", wantSource: "dateline",
			want: map[string]string{"4. März 2024": "2024-03-04", "Vorjahr": "2023"},
		},
		{
			name:  "jsonl without a date or dateline: no value",
			args:  []string{"-jsonl"},
			stdin: line(map[string]any{"id": 5, "text": "Im Vorjahr wuchs die Reederei."}),
			want:  map[string]string{"Vorjahr": ""},
		},
		{
			name:    "jsonl bad date is an error line",
			args:    []string{"-jsonl"},
			stdin:   line(map[string]any{"id": 6, "text": "x", "date": "3.11.2025"}),
			wantErr: "YYYY-MM-DD",
		},
		{
			name:    "jsonl bad domain is an error line",
			args:    []string{"-jsonl"},
			stdin:   line(map[string]any{"id": 7, "text": "x", "domain": "sport"}),
			wantErr: "narrative",
		},
		{
			name:     "stdin with -date",
			args:     []string{"-date", "2025-11-03"},
			stdin:    "Der Gewinn stieg im laufenden Jahr.",
			wantDate: "2025-11-03", wantSource: "input",
			want: map[string]string{"laufenden Jahr": "2025"},
		},
		{
			name:     "stdin with a dateline of digits",
			stdin:    "2025-11-03 08:20\nDie Aktie fiel gestern.",
			wantDate: "2025-11-03", wantSource: "dateline",
			want: map[string]string{"2025-11-03": "2025-11-03", "gestern": "2025-11-02"},
		},
		{
			name:     "stdin with -narrative",
			args:     []string{"-narrative", "-date", "2011-02-16"},
			stdin:    "Im Oktober 1917 kam es zum Umsturz. Im Dezember folgte der Waffenstillstand. Heute erinnert ein Denkmal daran.",
			wantDate: "2011-02-16", wantSource: "input",
			want: map[string]string{"Oktober 1917": "1917-10", "Dezember": "1917-12", "Heute": "PRESENT_REF"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, _ := runCLI(t, tt.stdin, tt.args...)
			require.Equal(t, 0, code)
			objs := decodeAll(t, out)
			require.Len(t, objs, 1)
			m := objs[0]
			if tt.wantErr != "" {
				assert.Contains(t, string(m["error"]), tt.wantErr)
				return
			}
			requireResult(t, m)
			if tt.wantDate == "" {
				assert.NotContains(t, m, "date")
				assert.NotContains(t, m, "date_source")
			} else {
				assert.JSONEq(t, `"`+tt.wantDate+`"`, string(m["date"]))
				assert.JSONEq(t, `"`+tt.wantSource+`"`, string(m["date_source"]))
			}
			assert.Equal(t, tt.want, periodsOf(t, m))
		})
	}
}

func TestBadDateFlag(t *testing.T) {
	code, _, errOut := runCLI(t, "x", "-date", "morgen")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-date")
}
