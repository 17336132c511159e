package parse_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/finanztext/finanztext/parse"
)

// TestAppendLower checks that AppendLower lowers a word exactly as
// strings.ToLower does, on German words and on bytes that are no words.
func TestAppendLower(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"empty", ""},
		{"lower ascii", "sagte"},
		{"capitalized", "Nach"},
		{"upper", "DAX"},
		{"umlaut capital", "Über"},
		{"umlaut inside", "BÖRSE"},
		{"sharp s", "Straße"},
		{"capital sharp s", "GROẞ"},
		{"dotted capital I", "İn"},
		{"kelvin sign", "\u212aonzern"},
		{"invalid byte", "A\xffB"},
		{"lone continuation", "\x80"},
		{"truncated rune", "Gr\xc3"},
		{"combining mark", "U\u0308ber"},
		{"nul", "a\x00B"},
		{"long", strings.Repeat("Wörter", 20)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, strings.ToLower(tc.in), string(parse.AppendLower(nil, tc.in)))
			var buf [4]byte
			assert.Equal(t, "x"+strings.ToLower(tc.in), string(parse.AppendLower(append(buf[:0], 'x'), tc.in)))
		})
	}
}

// FuzzAppendLower compares AppendLower with strings.ToLower.
func FuzzAppendLower(f *testing.F) {
	for _, s := range []string{"Nach", "ÄRGER", "\xff", "İ", "ẞ", "a\u0308"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := string(parse.AppendLower(nil, s)); got != strings.ToLower(s) {
			t.Fatalf("parse.AppendLower(%q) = %q, want %q", s, got, strings.ToLower(s))
		}
	})
}
