package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
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
	o := &options{analyze: finanztext.New().AnalyzeAt}
	f.Fuzz(func(t *testing.T, line string) {
		trimmed := bytes.TrimSpace([]byte(line))
		if len(trimmed) == 0 {
			return // the reader skips blank lines
		}
		out := bytes.Join(o.processLine("line 1", trimmed), nil)
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
		if json.Unmarshal(trimmed, &in) == nil && in.Text != nil && len(in.ID) > 0 && in.ID[0] != '{' && in.ID[0] != '[' && in.ID[0] != 't' && in.ID[0] != 'f' && !strings.Contains(line, "\\u") {
			if _, isErr := m["error"]; isErr && exactKeys(trimmed) {
				t.Fatalf("well-formed line gave an error: %s", out)
			}
		}
	})
}

// exactKeys reports whether the object line has members "id" and "text"
// spelled so (encoding/json's struct decoding also takes "ID" or "Text").
func exactKeys(line []byte) bool {
	var m map[string]json.RawMessage
	if json.Unmarshal(line, &m) != nil {
		return false
	}
	_, id := m["id"]
	_, text := m["text"]
	return id && text
}

// FuzzDecodeLine checks the -jsonl line reader against encoding/json: the
// same lines are valid, the same members are found (names matched
// exactly), the same text and the same raw id come out.
func FuzzDecodeLine(f *testing.F) {
	for _, s := range []string{
		`{"id":1,"text":"Der Umsatz stieg um 4 Prozent."}`,
		`{"id":"a","TEXT":"x"}`,
		`{"text":"a\"b\u00e4\n","id":-1.5e3,"text":"zweimal"}`,
		` { "id" : [1,{"a":"}"}] , "text" : "\ud800" } `,
		`{"id":null,"text":"` + "\xff" + `","date":"2025-11-03","domain":"narrative"}`,
		`{"te\u0078t":"escaped key"}`,
		`{"text":42}`, `[]`, `"x"`, `{`, `{"id":1,}`, `{}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		in, err := decodeLine([]byte(line))
		if !json.Valid([]byte(line)) {
			if err == nil {
				t.Fatalf("invalid JSON %q accepted", line)
			}
			return
		}
		var m map[string]json.RawMessage
		if json.Unmarshal([]byte(line), &m) != nil {
			if !errors.Is(err, errNotObject) {
				t.Fatalf("non-object %q: err %v", line, err)
			}
			return
		}
		if raw, ok := m["text"]; ok {
			var want string
			if json.Unmarshal(raw, &want) != nil {
				var fe *fieldError
				if !errors.As(err, &fe) {
					t.Fatalf("%q: text not a string, err %v", line, err)
				}
				return
			}
			if in.has&hasText == 0 || in.text != want {
				t.Fatalf("%q: text %q, want %q", line, in.text, want)
			}
		} else if in.has&hasText != 0 {
			t.Fatalf("%q: text found where encoding/json finds none", line)
		}
		if string(in.id) != string(m["id"]) {
			t.Fatalf("%q: id %s, want %s", line, in.id, m["id"])
		}
		if _, ok := m["date"]; !ok && in.has&hasDate != 0 {
			t.Fatalf("%q: date found where encoding/json finds none", line)
		}
		if id, ok := cleanID(in.id); ok && !json.Valid(id) {
			t.Fatalf("%q: echoed id %s is not valid JSON", line, id)
		}
	})
}
