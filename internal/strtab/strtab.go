// Package strtab holds read-only tables keyed by strings that a generator
// can write out as Go source: open addressing in two parallel slices, so
// that a generated table is plain data the linker lays out and costs
// nothing at start, unlike a map literal, which is built at package
// initialization.
//
//	t := strtab.New(map[string]int{"umsatz": 1})
//	v, ok := t.Get("umsatz") // 1, true
package strtab

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// Table maps strings to values of type V. It is read only: built by [New]
// or written as a Go composite literal by [Table.Source]. A nil *Table is
// an empty table. It is safe for concurrent use.
type Table[V any] struct {
	// Keys are the slots of the table, a power of two of them (or none);
	// "" marks an empty slot. A key sits at the slot of its hash or after
	// it, with no empty slot between.
	Keys []string
	// Vals holds the value of Keys[i] at index i.
	Vals []V
	// HasEmpty tells whether the empty string is a key; its value is
	// EmptyVal.
	HasEmpty bool
	// EmptyVal is the value of the empty string when HasEmpty is set.
	EmptyVal V

	// filter answers most lookups of absent keys before the key is
	// hashed (see keyFilter). New makes it; a generated table (plain
	// data) makes it on its first lookup.
	filter atomic.Pointer[keyFilter]
}

// keyFilter is a one-hash Bloom filter over the keys of a table, by their
// length and their first and last bytes: a bit per class, eight bits a
// key or more (on the corpus eight measured 0.6M Ir less than four, and
// sixteen no better). Most words looked up are not in a table, and the
// filter tells most of them at the cost of three byte loads and a
// multiply, where Get hashes every byte of the key and probes a slot.
type keyFilter struct {
	bits  []uint64
	shift uint32 // a class is filterHash >> shift: len(bits)*64 == 1<<(32-shift)
}

// filterHash mixes the length and the first and last bytes of a non-empty
// key.
func filterHash[S string | []byte](k S) uint32 {
	return (uint32(len(k))<<16 | uint32(k[0])<<8 | uint32(k[len(k)-1])) * 0x9E3779B1
}

// mayHave reports whether a key with the filterHash h may be in the
// table: false only when it surely is not.
func (f *keyFilter) mayHave(h uint32) bool {
	c := h >> f.shift
	w := c >> 6
	return w < uint32(len(f.bits)) && f.bits[w]&(1<<(c&63)) != 0
}

// makeFilter makes the filter of t and keeps it; Get and GetBytes call it
// on their first lookup. Two goroutines may both make it: equal filters,
// either is kept.
func (t *Table[V]) makeFilter() *keyFilter {
	n := 0
	for _, k := range t.Keys {
		if k != "" {
			n++
		}
	}
	nbits, shift := uint32(64), uint32(32-6)
	for nbits < uint32(8*n) && shift > 0 {
		nbits <<= 1
		shift--
	}
	f := &keyFilter{bits: make([]uint64, nbits/64), shift: shift}
	for _, k := range t.Keys {
		if k != "" {
			c := filterHash(k) >> shift
			f.bits[c>>6] |= 1 << (c & 63)
		}
	}
	f = internFilter(f)
	t.filter.Store(f)
	return f
}

// filterPool holds one keyFilter of each content made so far.
var filterPool struct {
	sync.Mutex
	m map[string]*keyFilter
}

// internFilter returns the filter equal to f made first: tables of the
// same keys share one, so that two such tables stay equal under
// reflect.DeepEqual (which compares the filter's atomic pointer by
// address) once both have their filter, as tests of generated tables
// expect. It runs once per table.
func internFilter(f *keyFilter) *keyFilter {
	key := make([]byte, 0, 4+8*len(f.bits))
	key = append(key, byte(f.shift))
	for _, w := range f.bits {
		for k := 0; k < 64; k += 8 {
			key = append(key, byte(w>>k))
		}
	}
	filterPool.Lock()
	defer filterPool.Unlock()
	if g, ok := filterPool.m[string(key)]; ok {
		return g
	}
	if filterPool.m == nil {
		filterPool.m = map[string]*keyFilter{}
	}
	filterPool.m[string(key)] = f
	return f
}

// Hash is FNV-1a over the bytes of s: the hash that places a key in its
// slot. Packages that keep their own copies or filters of a table hash
// with it too, so that their slots are the table's.
func Hash[S string | []byte](s S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// New returns the table of m, with at least twice as many slots as keys.
// Keys are placed in byte order, so that the table depends on m only.
func New[V any](m map[string]V) *Table[V] {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	t := &Table[V]{}
	if len(keys) > 0 && keys[0] == "" {
		t.HasEmpty, t.EmptyVal = true, m[""]
		keys = keys[1:]
	}
	if len(keys) == 0 {
		return t
	}
	size := 4
	for size < 2*len(keys) {
		size <<= 1
	}
	mask := uint32(size - 1)
	t.Keys, t.Vals = make([]string, size), make([]V, size)
	for _, k := range keys {
		i := Hash(k) & mask
		for t.Keys[i] != "" {
			i = (i + 1) & mask
		}
		t.Keys[i], t.Vals[i] = k, m[k]
	}
	// made now, so that a table of New equals (reflect.DeepEqual) a
	// generated one of the same keys once that one has been looked in
	t.makeFilter()
	return t
}

// Get returns the value of k and whether k is in t.
func (t *Table[V]) Get(k string) (V, bool) {
	var zero V
	if t == nil {
		return zero, false
	}
	if k == "" {
		return t.EmptyVal, t.HasEmpty
	}
	if len(t.Keys) == 0 {
		return zero, false
	}
	f := t.filter.Load()
	if f == nil {
		f = t.makeFilter()
	}
	if !f.mayHave(filterHash(k)) {
		return zero, false
	}
	mask := uint32(len(t.Keys) - 1)
	for i := Hash(k) & mask; ; i = (i + 1) & mask {
		switch t.Keys[i] {
		case k:
			return t.Vals[i], true
		case "":
			return zero, false
		}
	}
}

// GetBytes is Get for a key given as bytes; it does not allocate.
func (t *Table[V]) GetBytes(k []byte) (V, bool) {
	var zero V
	if t == nil {
		return zero, false
	}
	if len(k) == 0 {
		return t.EmptyVal, t.HasEmpty
	}
	if len(t.Keys) == 0 {
		return zero, false
	}
	f := t.filter.Load()
	if f == nil {
		f = t.makeFilter()
	}
	if !f.mayHave(filterHash(k)) {
		return zero, false
	}
	mask := uint32(len(t.Keys) - 1)
	for i := Hash(k) & mask; ; i = (i + 1) & mask {
		switch s := t.Keys[i]; {
		case s == string(k):
			return t.Vals[i], true
		case s == "":
			return zero, false
		}
	}
}

// Has reports whether k is in t.
func (t *Table[V]) Has(k string) bool {
	_, ok := t.Get(k)
	return ok
}

// Len returns the number of keys in t.
func (t *Table[V]) Len() int {
	if t == nil {
		return 0
	}
	n := 0
	for _, k := range t.Keys {
		if k != "" {
			n++
		}
	}
	if t.HasEmpty {
		n++
	}
	return n
}

// All returns the keys and values of t, in slot order.
func (t *Table[V]) All() iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		if t == nil {
			return
		}
		if t.HasEmpty && !yield("", t.EmptyVal) {
			return
		}
		for i, k := range t.Keys {
			if k != "" && !yield(k, t.Vals[i]) {
				return
			}
		}
	}
}

// Source returns t as a Go expression of type *strtab.Table[typ] (the
// package imported as strtab), empty slots left out; val writes one value
// as a Go expression of type typ.
func (t *Table[V]) Source(typ string, val func(V) string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "&strtab.Table[%s]{\n", typ)
	if t != nil && len(t.Keys) > 0 {
		last := len(t.Keys) - 1
		b.WriteString("Keys: []string{\n")
		for i, k := range t.Keys {
			if k != "" || i == last {
				fmt.Fprintf(&b, "%d: %q,\n", i, k)
			}
		}
		b.WriteString("},\n")
		fmt.Fprintf(&b, "Vals: []%s{\n", typ)
		for i, k := range t.Keys {
			if k != "" || i == last {
				fmt.Fprintf(&b, "%d: %s,\n", i, val(t.Vals[i]))
			}
		}
		b.WriteString("},\n")
	}
	if t != nil && t.HasEmpty {
		fmt.Fprintf(&b, "HasEmpty: true,\nEmptyVal: %s,\n", val(t.EmptyVal))
	}
	b.WriteString("}")
	return b.String()
}
