//go:build !linux

package hugeheap

// Collapse does nothing on systems other than Linux; it returns nil.
func Collapse() error { return nil }
