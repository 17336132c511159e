package strtab

// Value returns the value of k, the zero value when k is not in t.
func (t *Table[V]) Value(k string) V {
	v, _ := t.Get(k)
	return v
}

// ValueBytes is Value for a key given as bytes; it does not allocate.
func (t *Table[V]) ValueBytes(k []byte) V {
	v, _ := t.GetBytes(k)
	return v
}
