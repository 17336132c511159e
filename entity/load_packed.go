package entity

// packedIndex is the default index in the form gen.go writes to
// zz_generated_index.go: plain Go data, laid out by the linker, so that
// loading it does no more than point into it (the hash tables of the scan
// and the suffix tries are in their read form already; a few small
// arrays of pointers and terms are filled). It holds what buildIndex
// computes from the data files and the word tables of the rules (see
// load_gen_test.go, which checks that the file is current).
type packedIndex struct {
	vtab     vocabTable      // index.vtab; vtab.keys is index.keys, the vocabulary keys in byte order
	winfo    []wordInfo      // index.winfo: winfo[i+1] is the word info of keys[i]
	filter   [1 << 10]uint64 // index.filter
	tok1     [128]int32      // index.tok1
	roleList []int16         // the roles of roleTrie, as indexes into genRoles
	wmeta    []wordMeta      // index.wmeta
	ents     []*Entity       // the built-in organizations
	names    []int32         // index.names
	termEnt  []int32         // per term: index into ents, -1 for a non-organization
	termBits []uint8         // per term: 1 amb, 2 variant, 4 endsS
	nextID   int32           // the number of token ids
	orgs     packedTrie
	legal    packedTrie
	roleTrie *suffixTrie
	heads    *suffixTrie
	orgWords *suffixTrie
	orgNouns *suffixTrie
}

// packedTrie is the read form of a trie (see trie.finish).
type packedTrie struct {
	root   []int32
	kids   []int32
	word   []int32
	term   []int32
	maxLen int
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
	ix := &index{nextID: p.nextID, roles: genRoles[:], keys: p.vtab.keys, winfo: p.winfo}
	ix.ents = p.ents
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
	ix.roleTrie, ix.heads, ix.orgWords, ix.orgNouns = p.roleTrie, p.heads, p.orgWords, p.orgNouns
	ix.vtab = &p.vtab
	ix.filter, ix.tok1 = p.filter, p.tok1
	ix.wmeta = p.wmeta
	return ix
}

func (p *packedTrie) unpack() trie {
	return trie{term: p.term, root: p.root, maxLen: p.maxLen, kids: p.kids, word: p.word}
}
