package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"unicode/utf8"

	"github.com/finanztext/finanztext/internal/jsonw"
)

// inputLine is one -jsonl input object. Only the members named exactly
// "id", "text", "date" and "domain" are read (case matters, unlike
// encoding/json's struct decoding); others are ignored. When a member
// appears twice, the last one counts, as with encoding/json.
type inputLine struct {
	id     []byte // the raw JSON value of "id"; nil when absent
	text   string
	date   string
	domain string
	has    uint8 // hasText | hasDate | hasDomain
}

const (
	hasText = 1 << iota
	hasDate
	hasDomain
)

// errNotObject is returned for a valid JSON line that is not an object.
var errNotObject = errors.New(`not a JSON object {"id": …, "text": "…"}`)

// fieldError is returned for a member of the wrong type.
type fieldError struct{ field, want string }

func (e *fieldError) Error() string { return `"` + e.field + `" must be ` + e.want }

// decodeLine reads one -jsonl line. A member of the wrong type gives a
// *fieldError, with the other members still read (so the id can be echoed). It scans the line once to check that it
// is valid JSON (json.Valid) and once to pick out the members; the text is
// taken without a copy when it holds no escapes. A line that is not valid
// JSON gets encoding/json's error message.
func decodeLine(line []byte) (in inputLine, err error) {
	if !json.Valid(line) {
		var v any
		err := json.Unmarshal(line, &v)
		if err == nil { // cannot happen: Valid and Unmarshal agree
			err = errors.New("invalid JSON")
		}
		return in, err
	}
	i := skipSpace(line, 0)
	if line[i] != '{' {
		return in, errNotObject
	}
	i = skipSpace(line, i+1)
	for line[i] != '}' {
		kEnd := skipString(line, i)
		key := line[i+1 : kEnd-1]
		if bytes.IndexByte(key, '\\') >= 0 {
			var k string
			_ = json.Unmarshal(line[i:kEnd], &k) // valid: checked above
			key = []byte(k)
		}
		i = skipSpace(line, kEnd)
		i = skipSpace(line, i+1) // the colon
		vEnd := skipValue(line, i)
		val := line[i:vEnd]
		switch string(key) {
		case "id":
			in.id = val
		case "text":
			s, ok := stringValue(val)
			if !ok && err == nil {
				err = &fieldError{"text", "a string"}
			}
			in.text = s
			in.has |= hasText
		case "date":
			s, ok := stringValue(val)
			if !ok && string(val) != "null" && err == nil {
				err = &fieldError{"date", `a string "YYYY-MM-DD" or RFC 3339`}
			}
			in.date = s
			in.has |= hasDate
		case "domain":
			s, ok := stringValue(val)
			if !ok && string(val) != "null" && err == nil {
				err = &fieldError{"domain", `"news" or "narrative"`}
			}
			in.domain = s
			in.has |= hasDomain
		}
		i = skipSpace(line, vEnd)
		if line[i] == ',' {
			i = skipSpace(line, i+1)
		}
	}
	return in, err
}

// stringValue returns the string a raw JSON value holds, and false when the
// value is not a string.
func stringValue(raw []byte) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' {
		return "", false
	}
	body := raw[1 : len(raw)-1]
	if bytes.IndexByte(body, '\\') < 0 && utf8.Valid(body) {
		return string(body), true
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false
	}
	return s, true
}

// skipSpace returns the index of the first byte at or after i that is not
// JSON white space.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the index just past the valid JSON string at b[i].
func skipString(b []byte, i int) int {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return len(b)
}

// skipValue returns the index just past the valid JSON value at b[i].
func skipValue(b []byte, i int) int {
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		depth := 0
		for i < len(b) {
			switch b[i] {
			case '"':
				i = skipString(b, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return len(b)
	}
	for i < len(b) {
		switch b[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i
		}
		i++
	}
	return i
}

// cleanID returns the id to echo for the raw JSON value id: a number or
// null as given, a string as given unless it holds an escaped lone
// surrogate or invalid UTF-8, which strict JSON parsers reject (then the
// string is decoded and encoded again, U+FFFD for what was bad). It reports
// false for any other kind of value (object, array, boolean) or nothing.
func cleanID(id []byte) ([]byte, bool) {
	if len(id) == 0 {
		return nil, false
	}
	switch c := id[0]; {
	case c == '-', '0' <= c && c <= '9', c == 'n':
		return id, true
	case c != '"':
		return nil, false
	}
	if !utf8.Valid(id) || hasSurrogateEscape(id) {
		var s string
		if json.Unmarshal(id, &s) != nil {
			return nil, false
		}
		return jsonw.String(nil, s), true
	}
	return id, true
}

// hasSurrogateEscape reports whether the JSON string s holds an escape
// \uD800–\uDFFF (paired or not; a pair is re-encoded as the character).
func hasSurrogateEscape(s []byte) bool {
	for i := 0; i+5 < len(s); i++ {
		if s[i] != '\\' {
			continue
		}
		if s[i+1] == 'u' && (s[i+2] == 'd' || s[i+2] == 'D') {
			switch s[i+3] {
			case '8', '9', 'a', 'b', 'c', 'd', 'e', 'f', 'A', 'B', 'C', 'D', 'E', 'F':
				return true
			}
		}
		i++ // skip the escaped byte
	}
	return false
}

// recoverID returns the "id" of a line that is not valid JSON as a whole
// (or too long to read), when the object is readable up to and including
// its id; nil otherwise.
func recoverID(line []byte) []byte {
	dec := json.NewDecoder(bytes.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil
		}
		if key == "id" {
			id, ok := cleanID(raw)
			if !ok {
				return nil
			}
			return id
		}
	}
	return nil
}
