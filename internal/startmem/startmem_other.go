//go:build !linux

package startmem

// PrefaultExecutable does nothing on systems other than Linux; it
// returns nil.
func PrefaultExecutable() error { return nil }

// CollapseHeap does nothing on systems other than Linux; it returns nil.
func CollapseHeap() error { return nil }
