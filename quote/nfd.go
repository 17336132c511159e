package quote

import (
	"github.com/finanztext/finanztext/entity"
	"golang.org/x/text/unicode/norm"
)

// hasCombining reports whether text holds a combining diacritical mark
// (U+0300–U+036F), as decomposed umlauts (NFD) do.
func hasCombining(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		c := text[i]
		if c == 0xCC && text[i+1] >= 0x80 && text[i+1] <= 0xBF || c == 0xCD && text[i+1] >= 0x80 && text[i+1] <= 0xAF {
			return true
		}
	}
	return false
}

// toNFC composes text and returns, for every byte offset of the composed
// text (and its end), the offset in text where that byte's segment starts.
// Offsets at segment boundaries map exactly.
func toNFC(text string) (string, []int32) {
	out := make([]byte, 0, len(text))
	back := make([]int32, 0, len(text)+1)
	var it norm.Iter
	it.InitString(norm.NFC, text)
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		for range seg {
			back = append(back, int32(start))
		}
		out = append(out, seg...)
	}
	back = append(back, int32(len(text)))
	return string(out), back
}

// findNFD finds the quotations of a text with decomposed letters on its
// composed form and maps every span back to text.
func (f *Finder) findNFD(text string, mentions []entity.Mention) []Quote {
	nfc, back := toNFC(text)
	// forward map: original offset → composed offset (segment starts)
	fwd := make([]int32, len(text)+1)
	for i := range fwd {
		fwd[i] = -1
	}
	for j := len(back) - 1; j >= 0; j-- {
		fwd[back[j]] = int32(j)
	}
	for i := len(fwd) - 2; i >= 0; i-- {
		if fwd[i] < 0 {
			fwd[i] = fwd[i+1]
		}
	}
	var ms []entity.Mention
	for _, m := range mentions {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		m.Start, m.End = int(fwd[m.Start]), int(fwd[m.End])
		if m.Start >= m.End {
			continue
		}
		m.Text = nfc[m.Start:m.End]
		ms = append(ms, m)
	}
	d := newDoc(nfc, ms)
	qs := d.run(f.indirect)
	for i := range qs {
		q := &qs[i]
		q.Start, q.End = int(back[q.Start]), int(back[q.End])
		q.Text = text[q.Start:q.End]
		q.Outer.Start, q.Outer.End = int(back[q.Outer.Start]), int(back[q.Outer.End])
		if s := q.Speaker; s != nil {
			s.Start, s.End = int(back[s.Start]), int(back[s.End])
			s.Text = text[s.Start:s.End]
		}
	}
	return qs
}
