package entity

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestZeroRecognizer(t *testing.T) {
	text := "Siemens-Chef Roland Busch traf die Deutsche Bank. Der Konzern wächst."
	want := NewRecognizer().FindDoc(text)
	var r Recognizer
	assert.Equal(t, want.Mentions, r.Find(text))
	assert.Equal(t, want.Refs, r.FindDoc(text).Refs)
	var nilR *Recognizer
	assert.Equal(t, want.Mentions, nilR.Find(text))
}

func TestResultsCannotChangeTheGazetteer(t *testing.T) {
	text := "Die Deutsche Bank und die Deutsche Bank AG zahlen."
	ms := Find(text)
	require.Len(t, ms, 2)
	e := ms[0].Entity
	require.Equal(t, "Deutsche Bank", e.Name)
	require.NotEmpty(t, e.Aliases)
	alias := e.Aliases[0]
	e.Name = "X"
	e.Type = Media
	e.Aliases[0] = "Y"
	// Both mentions of the document share the copy …
	assert.Equal(t, "X", ms[1].Entity.Name)
	// … but later results and the gazetteer are untouched.
	again := Find(text)
	assert.Equal(t, "Deutsche Bank", again[0].Entity.Name)
	assert.Equal(t, Bank, again[0].Entity.Type)
	assert.Equal(t, alias, again[0].Entity.Aliases[0])
	l, ok := Lookup("Deutsche Bank")
	require.True(t, ok)
	assert.Equal(t, "Deutsche Bank", l.Name)
	assert.Equal(t, alias, l.Aliases[0])
	// Persons and rule-found organizations are per document anyway.
	p := Find("Amy Hood sprach. Die Nordwind Logistik GmbH wuchs.")
	require.Len(t, p, 2)
	p[0].Entity.Name, p[1].Entity.Name = "A", "B"
	q := Find("Amy Hood sprach. Die Nordwind Logistik GmbH wuchs.")
	assert.Equal(t, "Amy Hood", q[0].Entity.Name)
	assert.Equal(t, "Nordwind Logistik GmbH", q[1].Entity.Name)
}

func TestWindows(t *testing.T) {
	defer func(n int) { maxWindow = n }(maxWindow)
	lines := []string{
		"Siemens legt Zahlen vor. Der Konzern wächst.",
		"Die Commerzbank zahlt mehr. Sie erhöht die Dividende.",
		"Christine Lagarde sprach für die EZB in Frankfurt.",
	}
	text := strings.Join(lines, "\n")
	whole := NewRecognizer().FindDoc(text)
	maxWindow = 60 // each line is a window of its own
	doc := NewRecognizer().FindDoc(text)
	assert.Equal(t, text, doc.Text)
	var names []string
	for _, m := range doc.Mentions {
		require.Equal(t, text[m.Start:m.End], m.Text)
		names = append(names, m.Entity.Name)
	}
	assert.Equal(t, []string{"Siemens", "Commerzbank", "Christine Lagarde", "Europäische Zentralbank"}, names)
	assert.Equal(t, len(whole.Mentions), len(doc.Mentions))
	require.Len(t, doc.Refs, 2)
	for _, r := range doc.Refs {
		require.Equal(t, text[r.Start:r.End], r.Text)
		m, ok := doc.Resolve(r.Start)
		require.True(t, ok)
		assert.Equal(t, r.Name, m.Entity.Name)
	}
	// A window without a line break is cut at a space, else between runes.
	long := strings.Repeat("Wörter ", 30) + "Die Commerzbank zahlt."
	maxWindow = 50
	doc = NewRecognizer().FindDoc(long)
	require.Len(t, doc.Mentions, 1)
	assert.Equal(t, "Commerzbank", doc.Mentions[0].Text)
	solid := strings.Repeat("ä", 100)
	maxWindow = 7
	assert.Empty(t, NewRecognizer().Find(solid))
	for base := 0; base < len(solid); {
		end := windowEnd(solid, base, maxWindow)
		require.Greater(t, end, base)
		require.True(t, utf8.ValidString(solid[base:end]))
		base = end
	}
}

func TestInvalidUTF8NeverInAName(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"bad byte inside a legal-form name", "Die Hans\xff AG wächst.", nil},
		{"bad byte between name and legal form", "Die Nordwind \xffGmbH wächst.", nil},
		{"bad byte after a known name", "Die Commerzbank\xff zahlt.", []string{"Commerzbank"}},
		{"bad byte before a person", "Finanzchefin \xffAmy Hood sprach.", []string{"Amy Hood"}},
		{"bad byte inside a given name", "Am\xffy Hood sprach.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range Find(tt.in) {
				require.Equal(t, tt.in[m.Start:m.End], m.Text)
				require.True(t, utf8.ValidString(m.Text), "mention %q", m.Text)
				got = append(got, m.Text)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
