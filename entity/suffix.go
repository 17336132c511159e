package entity

// suffixTrie matches the endings of words: it stores suffixes reversed,
// byte by byte, so a lookup walks the word from its end and stops at the
// first byte no suffix has.
type suffixTrie struct {
	nodes []suffixNode
	// first[b] is 1 + the node the root's edge for byte b leads to, 0 when
	// there is none: the root has an edge for most last bytes of a word,
	// so a scan of its edges was the longest part of a lookup. add keeps
	// it; a trie written as a literal (zz_generated_index.go) gets it from
	// finish.
	first [256]int32
}

type suffixNode struct {
	edges []suffixEdge
	val   int32 // index+1 of the value; 0 when no suffix ends here
}

type suffixEdge struct {
	b  byte
	to int32
}

func newSuffixTrie() *suffixTrie { return &suffixTrie{nodes: make([]suffixNode, 1)} }

// add stores suffix with value v (≥ 0). The first value for a suffix wins.
func (t *suffixTrie) add(suffix string, v int32) {
	n := int32(0)
	for i := len(suffix) - 1; i >= 0; i-- {
		b := suffix[i]
		next := int32(-1)
		for _, e := range t.nodes[n].edges {
			if e.b == b {
				next = e.to
				break
			}
		}
		if next < 0 {
			next = int32(len(t.nodes))
			t.nodes = append(t.nodes, suffixNode{})
			t.nodes[n].edges = append(t.nodes[n].edges, suffixEdge{b, next})
			if n == 0 {
				t.first[b] = next + 1
			}
		}
		n = next
	}
	if t.nodes[n].val == 0 {
		t.nodes[n].val = v + 1
	}
}

// finish sets first from the root's edges, for a trie written as a
// literal; it returns t.
func (t *suffixTrie) finish() *suffixTrie {
	t.first = [256]int32{}
	if len(t.nodes) > 0 {
		for _, e := range t.nodes[0].edges {
			t.first[e.b] = e.to + 1
		}
	}
	return t
}

// step returns the node the edge for byte b leads to from node n, or -1.
func (t *suffixTrie) step(n int32, b byte) int32 {
	if n == 0 {
		return t.first[b] - 1
	}
	for _, e := range t.nodes[n].edges {
		if e.b == b {
			return e.to
		}
	}
	return -1
}

// longest returns the value of the longest stored suffix of w that leaves
// at least minRest bytes before it, or -1.
func (t *suffixTrie) longest(w []byte, minRest int) int32 {
	n := int32(0)
	best := int32(-1)
	for i := len(w) - 1; i >= minRest; i-- {
		next := t.step(n, w[i])
		if next < 0 {
			break
		}
		n = next
		if v := t.nodes[n].val; v > 0 {
			best = v - 1
		}
	}
	return best
}

// inflected looks w up with and without a German inflection ending (-s,
// -es, -n, -en, -e): "Softwarekonzerns", "Großbanken".
func (t *suffixTrie) inflected(w []byte, minRest int) int32 {
	v, _ := t.inflectedWith(w, minRest, allEndings[:])
	return v
}

var (
	allEndings      = [...]string{"s", "n", "e", "es", "en"}
	singularEndings = [...]string{"s", "es"}
)

// inflectedWith is inflected with the given endings; it also returns the
// length of the ending that was removed.
func (t *suffixTrie) inflectedWith(w []byte, minRest int, endings []string) (int32, int) {
	if v := t.longest(w, minRest); v >= 0 {
		return v, 0
	}
	n := len(w)
	for _, e := range endings {
		if n > len(e) && string(w[n-len(e):]) == e {
			if v := t.longest(w[:n-len(e)], minRest); v >= 0 {
				return v, len(e)
			}
		}
	}
	return -1, 0
}

// hasSuffixFormB reports whether the word w ends in suffix, perhaps with
// an inflection ending after it (-s, -es, -n, -en, -e).
func hasSuffixFormB(w []byte, suffix string) bool {
	if endsIn(w, suffix) {
		return true
	}
	for _, e := range [...]string{"s", "es", "n", "en", "e"} {
		if len(w) > len(e) && endsIn(w, e) && endsIn(w[:len(w)-len(e)], suffix) {
			return true
		}
	}
	return false
}

// endsIn reports whether w ends in s.
func endsIn(w []byte, s string) bool {
	return len(w) >= len(s) && string(w[len(w)-len(s):]) == s
}
