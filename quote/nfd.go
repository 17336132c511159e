package quote

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/finanztext/finanztext/entity"
	"golang.org/x/text/unicode/norm"
)

// isCombiningAt reports whether a combining diacritical mark (U+0300–U+036F)
// starts at text[i], as in decomposed umlauts (NFD).
func isCombiningAt(text string, i int) bool {
	if i+1 >= len(text) {
		return false
	}
	c, n := text[i], text[i+1]
	return c == 0xCC && n >= 0x80 && n <= 0xBF || c == 0xCD && n >= 0x80 && n <= 0xAF
}

// hasCombining reports whether text holds a combining diacritical mark.
func hasCombining(text string) bool {
	c := combScan{text: text}
	return c.next(0) >= 0
}

// combScan finds the combining diacritical marks of text in order. The
// marks start with byte 0xCC or 0xCD, which strings.IndexByte finds fast;
// cc and cd are the next such bytes at or after the last position asked
// for (-1: none left), so that a whole scan stays linear.
type combScan struct {
	text   string
	cc, cd int
	init   bool
}

// next returns the offset of the first combining mark at or after i, or -1.
// Successive calls must not ask for a smaller i.
func (c *combScan) next(i int) int {
	if !c.init {
		c.cc, c.cd, c.init = i, i, true
		c.cc = c.seek(0xCC, i)
		c.cd = c.seek(0xCD, i)
	}
	for {
		if c.cc >= 0 && c.cc < i {
			c.cc = c.seek(0xCC, i)
		}
		if c.cd >= 0 && c.cd < i {
			c.cd = c.seek(0xCD, i)
		}
		var p int
		switch {
		case c.cc < 0 && c.cd < 0:
			return -1
		case c.cd < 0 || c.cc >= 0 && c.cc < c.cd:
			p = c.cc
		default:
			p = c.cd
		}
		if isCombiningAt(c.text, p) {
			return p
		}
		i = p + 1
	}
}

// seek returns the offset of the first byte lead at or after i, or -1.
func (c *combScan) seek(lead byte, i int) int {
	if i >= len(c.text) {
		return -1
	}
	if x := strings.IndexByte(c.text[i:], lead); x >= 0 {
		return i + x
	}
	return -1
}

// nfcSeg is one stretch of text that composition changed: text[orig.s:orig.e]
// became composed[nfc.s:nfc.e]. Everything between segments is unchanged.
type nfcSeg struct{ orig, nfc span }

// composeMap is the offset map between text and its composed form.
type composeMap struct {
	segs []nfcSeg
	n    int // len(text)
}

// compose returns text with every base letter and its combining marks
// composed (NFC), and the map back. Only the stretches around combining
// marks are normalized; the rest is copied.
func compose(text string) (string, composeMap) {
	var sb strings.Builder
	sb.Grow(len(text))
	var scratch [64]byte
	var segs []nfcSeg
	prev := 0
	cs := combScan{text: text}
	for i := cs.next(0); i >= 0; i = cs.next(prev) {
		a := i
		if a > prev {
			_, w := utf8.DecodeLastRuneInString(text[prev:a])
			a -= w // the base letter
		}
		b := i
		for b < len(text) && isCombiningAt(text, b) {
			b += 2
		}
		sb.WriteString(text[prev:a])
		s := sb.Len()
		sb.Write(norm.NFC.AppendString(scratch[:0], text[a:b]))
		segs = append(segs, nfcSeg{orig: span{a, b}, nfc: span{s, sb.Len()}})
		prev = b
	}
	sb.WriteString(text[prev:])
	return sb.String(), composeMap{segs: segs, n: len(text)}
}

// back maps an offset of the composed text to the original text. Offsets
// inside a composed stretch map to its start, its end to its end.
func (m composeMap) back(x int) int {
	i, _ := slices.BinarySearchFunc(m.segs, x, func(s nfcSeg, x int) int { return s.nfc.s - x })
	// segs[i-1] starts before x
	if i == 0 {
		return x
	}
	s := m.segs[i-1]
	switch {
	case x >= s.nfc.e:
		return x - s.nfc.e + s.orig.e
	case x == s.nfc.s:
		return s.orig.s
	}
	return s.orig.s
}

// fwd maps an offset of the original text to the composed text.
func (m composeMap) fwd(y int) int {
	i, _ := slices.BinarySearchFunc(m.segs, y, func(s nfcSeg, y int) int { return s.orig.s - y })
	if i == 0 {
		return y
	}
	s := m.segs[i-1]
	if y >= s.orig.e {
		return y - s.orig.e + s.nfc.e
	}
	if y == s.orig.s {
		return s.nfc.s
	}
	return s.nfc.s
}

// findNFD finds the quotations of a text with decomposed letters on its
// composed form and maps every span back to text.
func (f *Finder) findNFD(text string, mentions []entity.Mention, refs []entity.Ref) []Quote {
	nfc, m := compose(text)
	b := getBufs()
	defer b.release()
	ms := b.ms[:0]
	at := make([]int, len(mentions)) // index in ms of each mention, -1 when dropped
	for i, mt := range mentions {
		at[i] = -1
		if mt.Start < 0 || mt.End > len(text) || mt.Start >= mt.End {
			continue
		}
		mt.Start, mt.End = m.fwd(mt.Start), m.fwd(mt.End)
		if mt.Start >= mt.End || mt.End > len(nfc) {
			continue
		}
		mt.Text = nfc[mt.Start:mt.End]
		at[i] = len(ms)
		ms = append(ms, mt)
	}
	b.ms = ms
	var nrefs []entity.Ref
	for _, r := range refs {
		if r.Start < 0 || r.End > len(text) || r.Start >= r.End || text[r.Start:r.End] != r.Text ||
			r.Target < 0 || r.Target >= len(at) || at[r.Target] < 0 {
			continue
		}
		r.Start, r.End, r.Target = m.fwd(r.Start), m.fwd(r.End), at[r.Target]
		if r.Start >= r.End || r.End > len(nfc) {
			continue
		}
		r.Text = nfc[r.Start:r.End]
		nrefs = append(nrefs, r)
	}
	d := newDoc(nfc, ms, nrefs, b)
	qs := d.run(!f.cfg.noIndirect)
	for i := range qs {
		q := &qs[i]
		q.Start, q.End = m.back(q.Start), m.back(q.End)
		q.Text = text[q.Start:q.End]
		q.Outer.Start, q.Outer.End = m.back(q.Outer.Start), m.back(q.Outer.End)
		if s := q.Speaker; s != nil {
			s.Start, s.End = m.back(s.Start), m.back(s.End)
			s.Text = text[s.Start:s.End]
		}
	}
	return qs
}
