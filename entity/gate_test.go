package entity

import (
	"strings"
	"testing"

	"github.com/finanztext/finanztext/internal/strtab"
	"github.com/stretchr/testify/assert"
)

func TestWordGate(t *testing.T) {
	g := newWordGate(strtab.New(map[string]bool{"liefert": true, "übernahm": true, "nein": false}))
	for _, tt := range []struct {
		word string
		may  bool
	}{
		{"liefert", true},
		{"übernahm", true},
		{"lieferX", true}, // same first byte and length: the table decides
		{"nein", false},   // a key whose value is false
		{"Liefert", false},
		{"liefer", false},
		{"", false},
		{string(make([]byte, 100)), false},
	} {
		t.Run(tt.word, func(t *testing.T) {
			assert.Equal(t, tt.may, g.may(tt.word))
		})
	}
	for k, v := range firmVerbs.All() {
		if v {
			assert.True(t, firmVerbGate.may(k), k)
		}
	}
}

// TestNationalityStems checks what nationality's gate relies on: every
// stem of nationalities ends in "sch".
func TestNationalityStems(t *testing.T) {
	for stem := range nationalities {
		if !strings.HasSuffix(stem, "sch") {
			t.Errorf("nationality stem %q does not end in sch", stem)
		}
	}
	if nationality("italienischen") != "IT" || nationality("große") != "" || nationality("deutsche") != "DE" {
		t.Error("nationality")
	}
}

// TestNoWordInfo checks what the shortcuts for a token without word info
// (wi 0: flag, nameWord, scan, noteWords, tryAt) rely on: its word meta
// has no id and no flags, in the packed index and a built one.
func TestNoWordInfo(t *testing.T) {
	for _, ix := range []*index{defaultIndex(), buildIndex(loadTables(), true, nil)} {
		if ix.wmeta[0] != (wordMeta{id: -1}) {
			t.Errorf("wmeta[0] = %+v", ix.wmeta[0])
		}
	}
}
