package entity

import "github.com/finanztext/finanztext/internal/strtab"

// wordGate is a cheap first test for a word table: the first bytes and
// the lengths of its keys. A word the gate rejects is not in the table;
// one it passes may be.
type wordGate struct {
	first [256]bool
	lens  uint64 // bit n: a key of n bytes (bit 63: 63 bytes or more)
}

// newWordGate returns the gate of the keys of t whose value is true.
func newWordGate(t *strtab.Table[bool]) *wordGate {
	g := new(wordGate)
	for k, v := range t.All() {
		if !v || k == "" {
			continue
		}
		g.first[k[0]] = true
		g.lens |= 1 << min(len(k), 63)
	}
	return g
}

// may reports whether w may be a key of the gate's table.
func (g *wordGate) may(w string) bool {
	return len(w) > 0 && g.lens&(1<<min(len(w), 63)) != 0 && g.first[w[0]]
}

// mayFirmVerb is the first half of the test whether token k is a word of
// firmVerbs (mayFirmVerb(k) && firmVerbAt(k)): the gate on the token as
// written (its NFC form unless it holds a combining mark), small enough to
// inline. Most words fail it, without a call.
func (d *docState) mayFirmVerb(k int) bool {
	if uint(k) >= uint(len(d.toks)) {
		return false
	}
	return d.mayFirmVerbTok(&d.toks[k])
}

// mayFirmVerbTok is mayFirmVerb on the token t.
func (d *docState) mayFirmVerbTok(t *token) bool {
	return t.kind == tkWord && (t.flags&fMark != 0 || firmVerbGate.mayAt(d.text[t.start], int(t.end-t.start)))
}

// firmVerbAt reports whether token k, which passed mayFirmVerb, is a
// word of firmVerbs.
func (d *docState) firmVerbAt(k int) bool {
	w := d.word(k)
	return firmVerbGate.may(w) && firmVerbs.Value(w)
}

// mayAt is may for a word of n bytes starting with byte c.
func (g *wordGate) mayAt(c byte, n int) bool {
	return g.lens&(1<<min(n, 63)) != 0 && g.first[c]
}
