package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/finanztext/finanztext"
)

// FuzzProcessLine checks that any -jsonl input line gives exactly one valid
// JSON output line: either the results with every list present, or an
// error; and that a well-formed line's id comes back as given.
func FuzzProcessLine(f *testing.F) {
	seeds := []string{
		`{"id":1,"text":"Der Umsatz stieg um 4 Prozent auf 2,1 Mrd. Euro."}`,
		`{"id":"a&b","text":"„Gut“, sagte Katrin Albers."}`,
		`{"id":1.50,"text":""}`,
		`{"id":"kaputt","text":`,
		`{"id":{"x":1},"text":"a"}`,
		`{"text":42}`,
		`[1,2,3]`,
		`{"id":"\u00e4","text":"\ud800"}`,
		"{\"id\":7,\"text\":\"\xff\xfe\"}",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	o := &options{analyzer: finanztext.New()}
	f.Fuzz(func(t *testing.T, line string) {
		trimmed := bytes.TrimSpace([]byte(line))
		if len(trimmed) == 0 {
			return // the reader skips blank lines
		}
		out := o.processLine("line 1", trimmed)
		if len(out) == 0 || out[len(out)-1] != '\n' || bytes.Count(out, []byte("\n")) != 1 {
			t.Fatalf("want one line, got %q", out)
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(out, &m); err != nil {
			t.Fatalf("output is not a JSON object: %v: %s", err, out)
		}
		if _, isErr := m["error"]; !isErr {
			for _, k := range []string{"numbers", "amounts", "percentages", "organizations", "persons", "quotes"} {
				if v, ok := m[k]; !ok || len(v) == 0 || v[0] != '[' {
					t.Fatalf("key %q missing or not a list: %s", k, out)
				}
			}
		}
		var in struct {
			ID   json.RawMessage `json:"id"`
			Text *string         `json:"text"`
		}
		if json.Unmarshal(trimmed, &in) == nil && in.Text != nil && len(in.ID) > 0 && validID(in.ID) {
			if _, isErr := m["error"]; isErr {
				t.Fatalf("well-formed line gave an error: %s", out)
			}
			var want bytes.Buffer
			_ = json.Compact(&want, in.ID)
			if string(m["id"]) != want.String() {
				t.Fatalf("id %s, want %s", m["id"], want.String())
			}
		}
	})
}
