package quote

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMaxAbbrevLen keeps the length filter of isSentencePunct in step with
// the abbreviations table.
func TestMaxAbbrevLen(t *testing.T) {
	longest := ""
	for w := range abbreviations.All() {
		if len(w) > len(longest) {
			longest = w
		}
	}
	require.Len(t, longest, maxAbbrevLen, "the longest abbreviation is %q", longest)
}

// TestCombScan compares the fast scan for combining marks with a byte
// loop.
func TestCombScan(t *testing.T) {
	tests := []struct{ name, in string }{
		{"none", "Bärbel Holl sagte nichts."},
		{"one", "Ba\u0308rbel"},
		{"two kinds", "a\u0308 e\u0301 o\u0345 \u0363x"},
		{"lead bytes without marks", "\xcc\x20\xcd\xb0 \xcc"},
		{"mark at end", "u\u0308"},
		{"only marks", "\u0308\u0308\u0308"},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []int
			for i := 0; i+1 < len(tt.in); i++ {
				if isCombiningAt(tt.in, i) {
					want = append(want, i)
				}
			}
			var got []int
			c := combScan{text: tt.in}
			for i := c.next(0); i >= 0; i = c.next(i + 1) {
				got = append(got, i)
			}
			assert.Equal(t, want, got)
			assert.Equal(t, len(want) > 0, hasCombining(tt.in))
		})
	}
}

// TestLeadScan compares the scan for quotation mark lead bytes with a byte
// loop, asking from every offset in turn.
func TestLeadScan(t *testing.T) {
	tests := []struct{ name, in string }{
		{"german", "Er sagte: „Gut.“ Dann ging er."},
		{"guillemets", "»Ja« und «nein» – sagte sie"},
		{"ascii", `"a" 'b' "c`},
		{"none", "keine Zeichen hier"},
		{"empty", ""},
		{"lead at end", "abc\xe2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLeadScan(tt.in)
			for i := 0; i <= len(tt.in); i++ {
				want := len(tt.in)
				for j := i; j < len(tt.in); j++ {
					if c := tt.in[j]; c == '"' || c == 0xC2 || c == 0xE2 {
						want = j
						break
					}
				}
				require.Equal(t, want, l.next(i), "from %d", i)
			}
		})
	}
}

// TestMaxLen checks the size guard without a 2 GiB text: findWith with a
// small limit returns nothing for a longer text and the full result for one
// that fits; the guard itself holds at the int32 boundary.
func TestMaxLen(t *testing.T) {
	text := "„Wir wachsen“, sagte Roland Busch."
	var f Finder
	full := f.findWith(text, nil, nil, MaxLen)
	require.NotEmpty(t, full)
	assert.Equal(t, full, f.findWith(text, nil, nil, len(text)), "a text of exactly the limit is read")
	assert.Nil(t, f.findWith(text, nil, nil, len(text)-1), "a longer text gives nothing")
	assert.True(t, withinMaxLen(MaxLen, MaxLen))
	assert.False(t, withinMaxLen(MaxLen+1, MaxLen))
	assert.Equal(t, 1<<31-1, MaxLen, "offsets are int32 inside a call")
}

// TestNameFilterClearedAfterUse checks that collectPeople leaves the
// pooled name filter all zero, so that the names of one text never pass
// the filter in the next, and that reusing it changes no result.
func TestNameFilterClearedAfterUse(t *testing.T) {
	tests := []struct{ name, in string }{
		{"speaker named twice", "Petra Lindqvist, Chefin der Elbtal Werke, sagte: „Wir wachsen.“ Lindqvist fügte hinzu: „Das bleibt so.“"},
		{"two persons", "„Der Plan steht“, sagte Jonas Brehm. Auch Ute Kallweit sagte: „Wir sind bereit.“"},
		{"no person", "Der Umsatz stieg im dritten Quartal deutlich."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := Find(tt.in)
			b := getBufs()
			assert.Equal(t, [peopleFilterBits / 64]uint64{}, b.filter, "filter left with bits set")
			bufPool.Put(b)
			assert.Equal(t, first, Find(tt.in), "a reused filter changed the result")
		})
	}
}
