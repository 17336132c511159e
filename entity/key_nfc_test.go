package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// TestBelowMarksIsNFC proves the shortcut of nfc: every rune below U+0300,
// alone and after every other, is in NFC.
func TestBelowMarksIsNFC(t *testing.T) {
	for r := rune(1); r < 0x300; r++ {
		s := string(r)
		if !belowMarks(s) || !norm.NFC.IsNormalString(s) {
			t.Fatalf("U+%04X: belowMarks %v, NFC %v", r, belowMarks(s), norm.NFC.IsNormalString(s))
		}
	}
	for a := rune(0x41); a < 0x300; a++ {
		for b := rune(0x41); b < 0x300; b++ {
			if s := string(a) + string(b); !norm.NFC.IsNormalString(s) {
				t.Fatalf("U+%04X U+%04X is not NFC", a, b)
			}
		}
	}
}

func TestBelowMarks(t *testing.T) {
	for _, tt := range []struct {
		name, s string
		want    bool
	}{
		{"ascii", "Chef", true},
		{"umlauts", "Präsidentin Größe", true},
		{"empty", "", true},
		{"combining mark", "Pra\u0308sidentin", false},
		{"above", "Chef€", false},
		{"angstrom sign", "\u212b", false},
		{"invalid lead", "a\xc0\x80", false},
		{"cut rune", "Pr\xc3", false},
		{"lone continuation", "a\x80b", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, belowMarks(tt.s))
			if tt.want {
				assert.Equal(t, tt.s, nfc(tt.s))
			}
		})
	}
}
