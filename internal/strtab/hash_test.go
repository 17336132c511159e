package strtab

import (
	"hash/fnv"
	"testing"
)

// TestHashFNV checks Hash against FNV-1a of hash/fnv for keys of every
// length up to 20, as string and as bytes: generated tables depend on it.
func TestHashFNV(t *testing.T) {
	key := []byte("Vorsteuerergebnisse-äöü")
	for n := 0; n <= 20; n++ {
		k := key[:n]
		f := fnv.New32a()
		f.Write(k)
		want := f.Sum32()
		if got := Hash(string(k)); got != want {
			t.Errorf("Hash(%q) = %#x, want %#x", k, got, want)
		}
		if got := Hash(k); got != want {
			t.Errorf("Hash([]byte %q) = %#x, want %#x", k, got, want)
		}
	}
}
