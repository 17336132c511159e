package entity

// packedIndex is the default index in the form gen.go writes to
// zz_generated_index.go: plain Go data, so that loading it does no more
// than slice into it and fill the hash tables of the scan. It holds what
// buildIndex computes from the data files and the word tables of the
// rules (see load_gen_test.go, which checks that the file is current).
type packedIndex struct {
	keys     []string   // index.keys: the vocabulary keys in byte order
	winfo    []wordInfo // index.winfo: winfo[i+1] is the word info of keys[i]
	roleList []int16    // the roles of roleTrie, as indexes into genRoles
	ents     []Entity   // the built-in organizations
	names    []int32    // index.names
	termEnt  []int32    // per term: index into ents, -1 for a non-organization
	termBits []uint8    // per term: 1 amb, 2 variant, 4 endsS
	nextID   int32      // the number of token ids
	orgs     packedTrie
	legal    packedTrie
	roleTrie packedSuffixTrie
	heads    packedSuffixTrie
	orgWords packedSuffixTrie
	orgNouns packedSuffixTrie
}

// packedTrie is the read form of a trie (see trie.finish).
type packedTrie struct {
	root   []int32
	kids   []int32
	word   []int32
	term   []int32
	maxLen int
}

// packedSuffixTrie is a suffixTrie as arrays: node i has the edges
// off[i] to off[i+1], edge e reads byte edgeByte[e] into node edgeTo[e].
type packedSuffixTrie struct {
	val      []int32
	off      []int32
	edgeByte string
	edgeTo   []int32
}

// Term bits of packedIndex.termBits.
const (
	tbAmb = 1 << iota
	tbVariant
	tbEndsS
)

// unpack returns the index p holds, with the role table genRoles (which
// the word infos point into); p is empty when the package was built
// with the tag entitygen (to regenerate a file that no longer compiles).
func (p *packedIndex) unpack() *index {
	ix := &index{nextID: p.nextID, roles: genRoles[:], keys: p.keys, winfo: p.winfo}
	ix.ents = make([]*Entity, len(p.ents))
	for i := range p.ents {
		ix.ents[i] = &p.ents[i]
	}
	ix.names = p.names
	ix.terms = make([]term, len(p.termEnt))
	for i, e := range p.termEnt {
		b := p.termBits[i]
		ix.terms[i] = term{ent: e, amb: b&tbAmb != 0, variant: b&tbVariant != 0, endsS: b&tbEndsS != 0}
	}
	ix.orgs = p.orgs.unpack()
	ix.legal = p.legal.unpack()
	ix.roleList = make([]*Role, len(p.roleList))
	for i, r := range p.roleList {
		ix.roleList[i] = &ix.roles[r]
	}
	ix.roleTrie = p.roleTrie.unpack()
	ix.heads = p.heads.unpack()
	ix.orgWords = p.orgWords.unpack()
	ix.orgNouns = p.orgNouns.unpack()
	ix.finishWords()
	return ix
}

func (p *packedTrie) unpack() trie {
	return trie{term: p.term, root: p.root, maxLen: p.maxLen, kids: p.kids, word: p.word}
}

func (p *packedSuffixTrie) unpack() *suffixTrie {
	edges := make([]suffixEdge, len(p.edgeTo))
	for e, to := range p.edgeTo {
		edges[e] = suffixEdge{b: p.edgeByte[e], to: to}
	}
	t := &suffixTrie{nodes: make([]suffixNode, len(p.val))}
	for i, v := range p.val {
		a, b := p.off[i], p.off[i+1]
		t.nodes[i] = suffixNode{edges: edges[a:b:b], val: v}
	}
	return t
}
