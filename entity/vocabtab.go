package entity

import "strings"

// vocabTable is an open-addressing hash table over the vocabulary keys, a
// faster read path than the map for the one lookup per token of the scan;
// one-byte keys (punctuation, digits) are read from an array. It is built
// once with the index and never changed. Values are indexes into
// index.winfo; 0 means none.
//
// Keys of two to eight bytes (most words) are in the small table only,
// the others in slots, each table sized for its own keys: the tables are
// generated data the first run of a program reads from the executable, and
// every 64 KiB of them a document's words touch costs a page fault then.
type vocabTable struct {
	mask     uint32
	slots    []uint64 // the keys that do not pack: the full hash << 32 | the index (0: an empty slot)
	slotKeys []string // the key of each slot, compared when the hash matches ("": empty)
	keys     []string // the keys: keys[i-1] is the key of index i
	ascii    [128]int32

	// Keys of two to eight bytes without NUL packed into an integer,
	// byte 0 lowest (so the integer tells the length): one
	// multiplication and integer compares, no string compare.
	smallShift uint
	smallKeys  []uint64 // 0: an empty slot
	smallVals  []int32
}

// newVocabTable builds the table of keys; the value of keys[i] is i+1.
func newVocabTable(keys []string) *vocabTable {
	small := 0
	for _, k := range keys {
		if _, ok := packKey(k); ok {
			small++
		}
	}
	n := uint32(64)
	for n < uint32(len(keys)-small)*3/2 {
		n <<= 1
	}
	t := &vocabTable{mask: n - 1, slots: make([]uint64, n), slotKeys: make([]string, n), keys: keys}
	for j, k := range keys {
		wi := int32(j + 1)
		if len(k) == 1 && k[0] < 128 {
			t.ascii[k[0]] = wi
		}
		if _, ok := packKey(k); ok {
			continue
		}
		h := vocabHash(k)
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i], t.slotKeys[i] = uint64(h)<<32|uint64(uint32(wi)), k
	}
	bits := uint(6)
	for 1<<bits < small*2 {
		bits++
	}
	t.smallShift = 64 - bits
	t.smallKeys = make([]uint64, 1<<bits)
	t.smallVals = make([]int32, 1<<bits)
	mask := uint64(1)<<bits - 1
	for j, k := range keys {
		x, ok := packKey(k)
		if !ok {
			continue
		}
		i := smallHash(x) >> t.smallShift
		for t.smallKeys[i] != 0 {
			i = (i + 1) & mask
		}
		t.smallKeys[i], t.smallVals[i] = x, int32(j+1)
	}
	return t
}

// packKey packs a key of two to eight bytes without NUL into an integer.
func packKey(k string) (uint64, bool) {
	if len(k) < 2 || len(k) > 8 || strings.IndexByte(k, 0) >= 0 {
		return 0, false
	}
	var x uint64
	for i := len(k) - 1; i >= 0; i-- {
		x = x<<8 | uint64(k[i])
	}
	return x, true
}

func smallHash(x uint64) uint64 { return x * 0x9E3779B97F4A7C15 }

// getSmall returns the word info index of the key packed as x (see
// packKey), or 0.
func (t *vocabTable) getSmall(x uint64) int32 {
	mask := uint64(len(t.smallKeys) - 1)
	for i := smallHash(x) >> t.smallShift; ; i = (i + 1) & mask {
		switch t.smallKeys[i] {
		case x:
			return t.smallVals[i]
		case 0:
			return 0
		}
	}
}

// get returns the word info index of key k, or 0.
func (t *vocabTable) get(k string) int32 {
	if len(k) == 1 && k[0] < 128 {
		return t.ascii[k[0]]
	}
	if x, ok := packKey(k); ok {
		return t.getSmall(x)
	}
	h := vocabHash(k)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return 0
		}
		if uint32(s>>32) == h && t.slotKeys[i] == k {
			return int32(uint32(s))
		}
	}
}

// vocabHash is a cheap multiplicative hash over the bytes of s, eight at a
// time.
func vocabHash(s string) uint32 {
	h := uint64(len(s)) * 0x9E3779B97F4A7C15
	for len(s) >= 8 {
		v := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ v) * 0xBF58476D1CE4E5B9
		h ^= h >> 31
		s = s[8:]
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		v |= uint64(s[i]) << (8 * i)
	}
	h = (h ^ v) * 0x94D049BB133111EB
	h ^= h >> 29
	return uint32(h)
}
