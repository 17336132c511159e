package fact

import "github.com/finanztext/finanztext/internal/strtab"

// dense is a read-only copy of a strtab.Table laid out so that a look-up
// touches few cache lines: a strtab.Table keeps a 16-byte string header
// per slot (16 KiB for 1,024 slots, read at random) and the key bytes
// wherever the linker put them; dense keeps a 2-byte index per slot, the
// keys back to back in one string and the values in a dense array. Slots
// are those of the table (same hash, same probe order), so dense finds
// exactly what the table finds.
//
// The finder's tables are copied once, on first use (see lexicons).
type dense[V any] struct {
	slots    []uint16 // per slot of the table: 1 + the index of its key, 0 when empty
	offs     []uint32 // key i is keys[offs[i]:offs[i+1]]
	keys     string
	vals     []V // the value of key i
	mask     uint32
	hasEmpty bool // the empty string is a key, of value emptyVal
	emptyVal V
}

// newDense copies t. A table of more than 65,535 keys (none of the
// finder's) yields nil, which finds nothing; the callers' tables are far
// smaller (TestDenseTables).
func newDense[V any](t *strtab.Table[V]) *dense[V] {
	d := &dense[V]{hasEmpty: t.HasEmpty, emptyVal: t.EmptyVal}
	if len(t.Keys) == 0 {
		return d
	}
	n, size := 0, 0
	for _, k := range t.Keys {
		if k != "" {
			n++
			size += len(k)
		}
	}
	if n >= 1<<16 {
		return nil
	}
	d.slots = make([]uint16, len(t.Keys))
	d.offs = make([]uint32, 0, n+1)
	d.vals = make([]V, 0, n)
	keys := make([]byte, 0, size)
	for i, k := range t.Keys {
		if k == "" {
			continue
		}
		d.slots[i] = uint16(len(d.vals) + 1)
		d.offs = append(d.offs, uint32(len(keys)))
		keys = append(keys, k...)
		d.vals = append(d.vals, t.Vals[i])
	}
	d.offs = append(d.offs, uint32(len(keys)))
	d.keys = string(keys)
	d.mask = uint32(len(t.Keys) - 1)
	return d
}

// get returns the value of k and whether k is a key.
func (d *dense[V]) get(k string) (V, bool) {
	var zero V
	if d == nil {
		return zero, false
	}
	if k == "" {
		return d.emptyVal, d.hasEmpty
	}
	return d.getHashed(k, strtab.Hash(k))
}

// getHashed is get for a non-empty k whose strtab.Hash is h.
func (d *dense[V]) getHashed(k string, h uint32) (V, bool) {
	var zero V
	if d == nil || len(d.slots) == 0 {
		return zero, false
	}
	for i := h & d.mask; ; i = (i + 1) & d.mask {
		e := int(d.slots[i])
		if e == 0 {
			return zero, false
		}
		e--
		if a, b := d.offs[e], d.offs[e+1]; int(b-a) == len(k) && d.keys[a:b] == k {
			return d.vals[e], true
		}
	}
}

// getBytes is get for a key given as bytes; it does not allocate.
func (d *dense[V]) getBytes(k []byte) (V, bool) {
	var zero V
	if d == nil {
		return zero, false
	}
	if len(k) == 0 {
		return d.emptyVal, d.hasEmpty
	}
	return d.getBytesHashed(k, strtab.Hash(k))
}

// getBytesHashed is getBytes for a non-empty k whose strtab.Hash is h.
func (d *dense[V]) getBytesHashed(k []byte, h uint32) (V, bool) {
	var zero V
	if d == nil || len(d.slots) == 0 {
		return zero, false
	}
	for i := h & d.mask; ; i = (i + 1) & d.mask {
		e := int(d.slots[i])
		if e == 0 {
			return zero, false
		}
		e--
		if a, b := d.offs[e], d.offs[e+1]; int(b-a) == len(k) && d.keys[a:b] == string(k) {
			return d.vals[e], true
		}
	}
}
