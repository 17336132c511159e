package entity

//go:generate go test -tags entitygen -count 1 -run ^TestGeneratedSets$ . -args -write-sets
//go:generate go run gen.go

import (
	"slices"
	"strings"

	"github.com/finanztext/finanztext/internal/lazy"
)

// Word flags in the vocabulary.
const (
	wGiven uint32 = 1 << iota
	wRole
	wHead
	wStop
	wPlace
	wParticle
	wTitle
	wConnector
	wNamePart
	wLegalStart
	wNonOrg
	wClub       // a club prefix or club word ("FC", "Borussia"): a filter for clubAt
	wClubSuffix // an English club suffix ("City"): a filter for englishClubAt
	wBankHead   // a regional bank head or its first word ("Sparkasse", "VR"): a filter for bankAt
	wRefWord    // a determiner or pronoun a reference starts with ("der", "Sie", "seinen"): a filter for resolveRefs
	wTitleAcr   // the title-case form of an institution's acronym ("Esa" for ESA): a filter for titleAcronymAt
	wCountry    // a country ("Spanien"), also a wPlace: a national team, not a club, in a match
	wProduct    // a product of one word ("iPhone", "WhatsApp"): evidence for a company's name (productEvidence)
)

// wordInfo is what the index knows about one word key.
type wordInfo struct {
	id     int32 // token id in the tries; -1 when no alias uses the word
	flags  uint32
	gender Gender
	role   *Role
}

// wordMeta is the part of a wordInfo the scan reads: a compact copy, so
// that a document's words touch few pages of the generated index (the
// word infos, with a pointer each, are three times its size).
type wordMeta struct {
	id     int32
	flags  uint32
	role   uint16 // 1 + the index of the word's role in index.roles; 0: none
	gender Gender
}

// term is what a trie node that ends an alias stands for.
type term struct {
	ent     int32 // index into index.ents; -1 for a non-organization (product, index, place)
	amb     bool  // the alias needs evidence
	variant bool  // an inflected form generated from the alias
	endsS   bool  // the alias ends in s: no genitive -s is stripped
}

// trie maps token-id sequences to terms. While it is built, its edges are
// a map; finish renumbers the nodes breadth first into the read form,
// where the children of node n are the nodes kids[n] to kids[n+1]-1, in
// increasing word id, and word[c] is the word id of the edge into node c.
type trie struct {
	edges  map[uint64]int32 // while building: node << 32 | id → child
	term   []int32          // per node: index into index.terms, or -1
	root   []int32          // the child of the root per word id (0: none), set by finish
	maxLen int
	kids   []int32 // set by finish
	word   []int32 // set by finish
}

func newTrie() trie { return trie{edges: make(map[uint64]int32), term: []int32{-1}} }

func (t *trie) next(node, id int32) (int32, bool) {
	if node == 0 && uint32(id) < uint32(len(t.root)) {
		n := t.root[id]
		return n, n != 0
	}
	if t.kids == nil {
		n, ok := t.edges[uint64(uint32(node))<<32|uint64(uint32(id))]
		return n, ok
	}
	if node <= 0 || int(node) >= len(t.term) {
		return 0, false
	}
	for c := t.kids[node]; c < t.kids[node+1]; c++ {
		if w := t.word[c]; w >= id {
			return c, w == id
		}
	}
	return 0, false
}

// starts reports whether some key starts with word id (id ≥ 0).
func (t *trie) starts(id int32) bool {
	_, ok := t.next(0, id)
	return ok
}

// finish builds the read form, with the array of the root's children for
// word ids below n; the trie must not change afterwards.
func (t *trie) finish(n int32) {
	type edge struct{ id, child int32 }
	children := make([][]edge, len(t.term))
	for k, child := range t.edges {
		p := int32(k >> 32)
		children[p] = append(children[p], edge{int32(uint32(k)), child})
	}
	nodes := len(t.term)
	renum := make([]int32, nodes) // old node → new node
	t.kids = make([]int32, nodes+1)
	t.word = make([]int32, nodes)
	term := make([]int32, nodes)
	term[0] = t.term[0]
	queue := make([]int32, 1, nodes) // old nodes in new order
	next := int32(1)
	for q := 0; q < len(queue); q++ {
		old := queue[q]
		t.kids[q] = next
		cs := children[old]
		slices.SortFunc(cs, func(a, b edge) int { return int(a.id) - int(b.id) })
		for _, e := range cs {
			renum[e.child] = next
			t.word[next] = e.id
			term[next] = t.term[e.child]
			queue = append(queue, e.child)
			next++
		}
	}
	t.kids[nodes] = next
	t.term = term
	t.edges = nil
	t.root = make([]int32, n)
	for c := t.kids[0]; c < t.kids[1]; c++ {
		if uint32(t.word[c]) < uint32(n) {
			t.root[t.word[c]] = c
		}
	}
}

// insert adds ids and returns the final node.
func (t *trie) insert(ids []int32) int32 {
	node := int32(0)
	for _, id := range ids {
		k := uint64(uint32(node))<<32 | uint64(uint32(id))
		n, ok := t.edges[k]
		if !ok {
			n = int32(len(t.term))
			t.term = append(t.term, -1)
			t.edges[k] = n
		}
		node = n
	}
	if len(ids) > t.maxLen {
		t.maxLen = len(ids)
	}
	return node
}

// index is the immutable matcher built from the tables and the caller's
// extra entities.
type index struct {
	bvocab     map[string]*wordInfo // the vocabulary while building only (nil after): use lookup
	keys       []string             // the vocabulary keys in byte order; keys[i] is the key of winfo[i+1]
	roles      []Role               // the role table the word infos point into
	vtab       *vocabTable          // vocab as a faster table for the scan
	winfo      []wordInfo           // the word infos of vtab; winfo[0] is none (id -1, no flags)
	wmeta      []wordMeta           // id and flags of winfo, a compact copy for the scan
	tok1       [128]int32           // the word info index of each one-byte ASCII token
	nextID     int32
	orgs       trie
	legal      trie
	ents       []*Entity
	terms      []term
	names      []int32          // indexes into ents sorted by Name, the first entity of each name only: see named
	roleSuffix map[string]*Role // lower-case role words, for compounds
	roleTrie   *suffixTrie      // the keys of roleSuffix, value = index into roleList
	roleList   []*Role
	filter     *[1 << 10]uint64 // a one-hash Bloom filter over (first, second, last byte, length) of the keys
	heads      *suffixTrie      // headSuffixes, value = index
	orgWords   *suffixTrie      // orgWordSuffixes, value = index
	orgNouns   *suffixTrie      // orgNounSuffixes, value = index
}

func (ix *index) word(key string) *wordInfo {
	w := ix.bvocab[key]
	if w == nil {
		w = &wordInfo{id: -1}
		ix.bvocab[key] = w
	}
	return w
}

func (ix *index) wordID(key string) int32 {
	w := ix.word(key)
	if w.id < 0 {
		w.id = ix.nextID
		ix.nextID++
	}
	return w.id
}

// keys tokenizes s and returns the keys of its tokens.
func keys(s string) []string {
	toks := tokenize(s, nil)
	out := make([]string, 0, len(toks))
	var buf []byte
	for _, t := range toks {
		buf = appendKey(buf[:0], s[t.start:t.end])
		out = append(out, string(buf))
	}
	return out
}

func (ix *index) ids(ks []string) []int32 {
	ids := make([]int32, len(ks))
	for i, k := range ks {
		ids[i] = ix.wordID(k)
	}
	return ids
}

// addAlias inserts one alias of entity ent (ent < 0: a non-organization).
func (ix *index) addAlias(alias string, ent int32, amb bool) {
	ks := keys(alias)
	if len(ks) == 0 {
		return
	}
	last := ks[len(ks)-1]
	t := term{ent: ent, amb: amb, endsS: strings.HasSuffix(last, "s") || strings.HasSuffix(last, "S")}
	ix.put(ix.ids(ks), t, false)
	// A lower-case brand ("thyssenkrupp") also matches capitalized.
	if first := alias; len(first) > 0 && first[0] >= 'a' && first[0] <= 'z' && len(ks[0]) > 1 && strings.ToLower(ks[0]) == ks[0] {
		ks2 := append([]string(nil), ks...)
		ks2[0] = capitalize(ks2[0])
		ix.put(ix.ids(ks2), t, true)
	}
	// An acronym glued to the word before it by a dot ("E.ON",
	// "Character.AI"): news writes it in lower or title case too ("E.on",
	// "Character.ai"), so both spellings match as variants.
	if v, ok := dotCaseVariants(alias, ks); ok {
		for _, ks2 := range v {
			ix.put(ix.ids(ks2), t, true)
		}
	}
	// Adjective inflection: "Deutsche Bank" → "Deutschen Bank",
	// "Statistisches Bundesamt" → "Statistische/Statistischen Bundesamt".
	if len(ks) >= 2 {
		for _, to := range [...]string{"e", "en", "er", "es"} {
			ks2 := append([]string(nil), ks...)
			changed := false
			for i := 0; i < len(ks2)-1; i++ {
				stem, ok := adjectiveStem(ks2[i])
				if !ok {
					continue
				}
				if v := stem + to; v != ks2[i] {
					ks2[i] = v
					changed = true
				}
			}
			if changed {
				ix.put(ix.ids(ks2), t, true)
			}
		}
	}
}

// dotCaseVariants returns the keys of alias (tokens ks) with each
// all-caps token that follows a dot inside a word ("E.ON": "E", ".",
// "ON") in lower case and in title case, when there is such a token.
func dotCaseVariants(alias string, ks []string) ([2][]string, bool) {
	toks := tokenize(alias, nil)
	if len(toks) != len(ks) {
		return [2][]string{}, false
	}
	lower := append([]string(nil), ks...)
	title := append([]string(nil), ks...)
	found := false
	for i := 2; i < len(toks); i++ {
		dot, prev := toks[i-1], toks[i-2]
		if alias[dot.start:dot.end] != "." || prev.end != dot.start || dot.end != toks[i].start || !isAllCaps(ks[i]) {
			continue
		}
		lower[i] = strings.ToLower(ks[i])
		title[i] = capitalize(lower[i])
		found = true
	}
	return [2][]string{lower, title}, found
}

// adjectiveStem splits an inflected adjective of a name ("Deutsche",
// "Europäischen", "Internationaler", "Statistisches") into its stem.
func adjectiveStem(k string) (string, bool) {
	if len(k) < 5 || !isUpperStart(k) || isAllCaps(k) {
		return "", false
	}
	for _, e := range [...]string{"en", "er", "es", "e"} {
		if !strings.HasSuffix(k, e) {
			continue
		}
		stem := k[:len(k)-len(e)]
		for _, a := range [...]string{"isch", "tsch", "lich", "ig", "igt", "al", "ell", "iv", "är", "eu", "roß", "ner", "ter", "ständig", "hängig"} {
			if strings.HasSuffix(stem, a) && len(stem) > len(a) {
				return stem, true
			}
		}
		if adjectiveStemWord(stem) {
			return stem, true
		}
		return "", false
	}
	return "", false
}

// adjectiveStemWord reports whether stem is the stem of an adjective in
// names that no ending of adjectiveStem tells: "Vereinte Nationen" → "den Vereinten Nationen",
// "Weißes Haus" → "im Weißen Haus", "Frankfurter Allgemeine Zeitung" →
// "der Frankfurter Allgemeinen Zeitung", "Rotes Kreuz" → "beim Roten Kreuz".
func adjectiveStemWord(stem string) bool {
	switch stem {
	case "Allgemein", "Erst", "Zweit", "Dritt", "Frei", "Grün", "Rot", "Weiß", "Weiss", "Schwarz", "Blau", "Gelb",
		"Jung", "Klein", "Alt", "Höher", "Oberst", "Privat", "Vereint", "Hannoversch":
		return true
	}
	return false
}

func isUpperStart(k string) bool {
	return k != "" && (k[0] >= 'A' && k[0] <= 'Z' || strings.HasPrefix(k, "Ä") || strings.HasPrefix(k, "Ö") || strings.HasPrefix(k, "Ü"))
}

func (ix *index) put(ids []int32, t term, variant bool) {
	node := ix.orgs.insert(ids)
	if cur := ix.orgs.term[node]; cur >= 0 {
		// The first entry wins; a real alias replaces a generated variant.
		if !ix.terms[cur].variant || variant {
			return
		}
		t.variant = false
		ix.terms[cur] = t
		return
	}
	t.variant = variant
	ix.orgs.term[node] = int32(len(ix.terms))
	ix.terms = append(ix.terms, t)
}

func (ix *index) addEntity(e *Entity, aliases []string, ambiguous bool) {
	id := int32(len(ix.ents))
	ix.ents = append(ix.ents, e)
	ix.addAlias(e.Name, id, ambiguous)
	for _, a := range aliases {
		amb := strings.HasPrefix(a, "?")
		a = strings.TrimPrefix(a, "?")
		// An entity flagged ambiguous keeps its one-word aliases ambiguous
		// too ("Conti" for Continental).
		if ambiguous && !amb && len(keys(a)) == 1 && !isAllCaps(a) {
			amb = true
		}
		ix.addAlias(a, id, amb)
	}
}

// buildIndex builds the matcher from the tables, with or without the
// built-in organizations, plus extra entities.
func buildIndex(tb *tables, builtins bool, extra []Entity) *index {
	ix := &index{
		bvocab:     make(map[string]*wordInfo, 4096),
		orgs:       newTrie(),
		legal:      newTrie(),
		roleSuffix: make(map[string]*Role),
		roleTrie:   newSuffixTrie(),
	}
	var buf []byte
	key := func(s string) string {
		buf = appendKey(buf[:0], s)
		return string(buf)
	}
	for _, w := range stopWords {
		ix.word(key(w)).flags |= wStop
	}
	for _, w := range titles {
		ix.word(key(w)).flags |= wTitle
	}
	for _, w := range particles {
		ix.word(w).flags |= wParticle
	}
	for _, w := range connectors {
		ix.word(w).flags |= wConnector
	}
	for _, w := range nameParts {
		ix.word(key(w)).flags |= wNamePart
	}
	// The word tables of institution.go, as filters: the rules check the
	// words as written.
	for w := range clubPrefixes.All() {
		ix.word(key(w)).flags |= wClub
	}
	for w := range clubWords.All() {
		ix.word(key(w)).flags |= wClub
	}
	for w := range englishClubSuffixes.All() {
		ix.word(key(w)).flags |= wClubSuffix
	}
	for w := range regionalBankHeads.All() {
		ix.word(key(w)).flags |= wBankHead
	}
	for w := range regionalBankPrefixes.All() {
		ix.word(key(w)).flags |= wBankHead
	}
	for _, w := range refWords {
		ix.word(key(w)).flags |= wRefWord
		ix.word(key(capitalize(w))).flags |= wRefWord
	}
	for _, g := range tb.given {
		w := ix.word(key(g.name))
		w.flags |= wGiven
		w.gender = g.gender
	}
	for i := range tb.roles {
		r := &tb.roles[i]
		w := ix.word(key(r.Name))
		w.flags |= wRole
		w.role = r
		lk := string(appendLower(nil, r.Name))
		if _, ok := ix.roleSuffix[lk]; !ok {
			ix.roleSuffix[lk] = r
			ix.roleTrie.add(lk, int32(len(ix.roleList)))
			ix.roleList = append(ix.roleList, r)
		}
	}
	ix.heads = newSuffixTrie()
	for k, h := range headSuffixes {
		ix.heads.add(h.suffix, int32(k))
	}
	ix.orgNouns = newSuffixTrie()
	for k, o := range orgNounSuffixes {
		ix.orgNouns.add(o.suffix, int32(k))
	}
	ix.orgWords = newSuffixTrie()
	for k, w := range orgWordSuffixes {
		ix.orgWords.add(w, int32(k))
	}
	for _, l := range legalForms {
		ks := keys(l)
		node := ix.legal.insert(ix.ids(ks))
		ix.legal.term[node] = 0
		ix.word(ks[0]).flags |= wLegalStart
	}
	if builtins {
		for i := range tb.orgs {
			r := &tb.orgs[i]
			e := r.ent
			ix.addEntity(&e, r.aliases, r.hasFlag("ambiguous"))
		}
	}
	for i := range extra {
		e := extra[i]
		e.Aliases = append([]string(nil), e.Aliases...)
		if e.Type == UnknownType {
			e.Type = OtherOrg
		}
		ix.addEntity(&e, e.Aliases, false)
	}
	for _, n := range tb.nonOrg {
		ks := keys(n.name)
		if (n.kind == "place" || n.kind == "country") && len(ks) == 1 {
			ix.word(ks[0]).flags |= wPlace
			if n.kind == "country" {
				ix.word(ks[0]).flags |= wCountry
			}
		}
		if n.kind == "product" && len(ks) == 1 {
			ix.word(ks[0]).flags |= wProduct
		}
		node := ix.orgs.insert(ix.ids(ks))
		if ix.orgs.term[node] < 0 {
			ix.orgs.term[node] = int32(len(ix.terms))
			ix.terms = append(ix.terms, term{ent: -1})
		}
	}
	ix.orgs.finish(ix.nextID)
	ix.legal.finish(ix.nextID)
	ix.markTitleAcronyms()
	ix.roles = tb.roles
	ix.keys = make([]string, 0, len(ix.bvocab))
	for k := range ix.bvocab {
		ix.keys = append(ix.keys, k)
	}
	slices.Sort(ix.keys)
	ix.winfo = make([]wordInfo, 1, len(ix.bvocab)+1)
	ix.winfo[0] = wordInfo{id: -1}
	for _, k := range ix.keys {
		ix.winfo = append(ix.winfo, *ix.bvocab[k])
	}
	ix.finishWords()
	ix.bvocab = nil
	ix.names = make([]int32, len(ix.ents))
	for i := range ix.names {
		ix.names[i] = int32(i)
	}
	slices.SortStableFunc(ix.names, func(a, b int32) int { return strings.Compare(ix.ents[a].Name, ix.ents[b].Name) })
	ix.names = slices.CompactFunc(ix.names, func(a, b int32) bool { return ix.ents[a].Name == ix.ents[b].Name })
	return ix
}

// lookup returns the word info of vocabulary key k, or nil.
func (ix *index) lookup(k string) *wordInfo {
	if k == "" {
		return nil
	}
	wi := ix.vtab.get(k)
	if wi == 0 {
		return nil
	}
	return &ix.winfo[wi]
}

// named returns the entity with canonical name name (the first one
// added), or nil.
func (ix *index) named(name string) *Entity {
	i, ok := slices.BinarySearchFunc(ix.names, name, func(e int32, name string) int { return strings.Compare(ix.ents[e].Name, name) })
	if !ok {
		return nil
	}
	return ix.ents[ix.names[i]]
}

// finishWords builds the read tables of the vocabulary from ix.keys and
// ix.winfo: the filter, the compact word metas, the hash tables and the
// one-byte tokens.
func (ix *index) finishWords() {
	ix.filter = new([1 << 10]uint64)
	for _, k := range ix.keys {
		h := filterHash(k[0], k[min(1, len(k)-1)], k[len(k)-1], len(k))
		ix.filter[h>>6] |= 1 << (h & 63)
	}
	roleIndex := make(map[*Role]int, len(ix.roles))
	for i := range ix.roles {
		roleIndex[&ix.roles[i]] = i + 1
	}
	ix.wmeta = make([]wordMeta, len(ix.winfo))
	for k, w := range ix.winfo {
		ix.wmeta[k] = wordMeta{id: w.id, flags: w.flags, role: uint16(roleIndex[w.role]), gender: w.gender}
	}
	ix.vtab = newVocabTable(ix.keys)
	for c := range ix.tok1 {
		s := string(rune(c))
		if ix.mayHave(s, false, false) {
			ix.tok1[c] = ix.vtab.get(string(appendKey(nil, s)))
		}
	}
}

func filterHash(b0, b1, bl byte, n int) uint32 {
	h := uint32(b0)*0x9E3779B1 ^ uint32(b1)*0x85EBCA77 ^ uint32(bl)*0xC2B2AE3D ^ uint32(n)*0x27D4EB2F
	return (h ^ h>>15) & (1<<16 - 1)
}

func asciiLower(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// mayHave reports whether a word of the text can have a vocabulary entry:
// a cheap filter before the map lookup. It reads the bytes the key would
// have (the rest of a word that is not all caps is lower-cased); a word
// whose second or last byte is not ASCII always passes.
func (ix *index) mayHave(s string, caps, mark bool) bool {
	if mark {
		return true
	}
	b1, bl := s[min(1, len(s)-1)], s[len(s)-1]
	if b1 >= 0x80 || bl >= 0x80 || s[0] >= 0x80 {
		return true
	}
	if !caps && len(s) > 1 {
		b1, bl = asciiLower(b1), asciiLower(bl)
	}
	h := filterHash(s[0], b1, bl, len(s))
	return ix.filter[h>>6]&(1<<(h&63)) != 0
}

// defaultIndex is the built-in index: unpacked from the generated data
// (zz_generated_index.go, written by `go generate`), or built from the data
// files when the package is built with the tag entitygen.
func defaultIndex() *index { return defaultIndexV.Get(makeDefaultIndex) }

var defaultIndexV lazy.Value[*index]

func makeDefaultIndex() *index {
	if len(genIndex.vtab.keys) > 0 {
		return genIndex.unpack()
	}
	return buildIndex(loadTables(), true, nil)
}

// markTitleAcronyms flags the title-case forms of the acronyms (three to
// six ASCII capitals, one token) of organizations that are not companies:
// "Esa" for ESA, "Opec" for OPEC.
func (ix *index) markTitleAcronyms() {
	var titles []string
	for k, w := range ix.bvocab {
		if len(k) < 3 || len(k) > 6 || w.id < 0 || !isASCIIUpper(k) {
			continue
		}
		nx, ok := ix.orgs.next(0, w.id)
		if !ok {
			continue
		}
		if ti := ix.orgs.term[nx]; ti < 0 || ix.terms[ti].ent < 0 || businessType(ix.ents[ix.terms[ti].ent].Type) {
			continue
		}
		titles = append(titles, k[:1]+strings.ToLower(k[1:]))
	}
	for _, t := range titles {
		ix.word(t).flags |= wTitleAcr
	}
}

func isASCIIUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
