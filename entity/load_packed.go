package entity

// packedIndex is the default index in the form gen.go writes to
// zz_generated_index.go: plain Go data in its read form (the hash tables
// of the scan, the tries, the terms, pointers to the entities and roles),
// laid out by the linker, so that loading it does no more than point into
// it and copies two small arrays. It holds what buildIndex
// computes from the data files and the word tables of the rules (see
// load_gen_test.go, which checks that the file is current).
type packedIndex struct {
	vtab     vocabTable      // index.vtab; vtab.keys is index.keys, the vocabulary keys in byte order
	winfo    []wordInfo      // index.winfo: winfo[i+1] is the word info of keys[i]
	filter   [1 << 10]uint64 // index.filter
	tok1     [128]int32      // index.tok1
	roleList []*Role         // index.roleList: the roles of roleTrie, in genRoles
	wmeta    []wordMeta      // index.wmeta
	ents     []*Entity       // the built-in organizations
	names    []int32         // index.names
	terms    []term          // index.terms
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

// unpack returns the index p holds, with the role table genRoles (which
// the word infos point into); p is empty when the package was built
// with the tag entitygen (to regenerate a file that no longer compiles).
func (p *packedIndex) unpack() *index {
	ix := &index{nextID: p.nextID, roles: genRoles[:], keys: p.vtab.keys, winfo: p.winfo}
	ix.ents = p.ents
	ix.names = p.names
	ix.terms = p.terms
	ix.orgs = p.orgs.unpack()
	ix.legal = p.legal.unpack()
	ix.roleList = p.roleList
	// Copies of the tries with their first tables (p's are shared).
	ix.roleTrie, ix.heads, ix.orgWords, ix.orgNouns = finished(p.roleTrie), finished(p.heads), finished(p.orgWords), finished(p.orgNouns)
	ix.vtab = &p.vtab
	ix.filter, ix.tok1 = &p.filter, p.tok1
	ix.wmeta = p.wmeta
	return ix
}

// finished returns a copy of the trie t written as a literal, with its
// first table (nil for nil).
func finished(t *suffixTrie) *suffixTrie {
	if t == nil {
		return nil
	}
	c := &suffixTrie{nodes: t.nodes}
	return c.finish()
}

func (p *packedTrie) unpack() trie {
	return trie{term: p.term, root: p.root, maxLen: p.maxLen, kids: p.kids, word: p.word}
}
