//go:build !unix

package main

import "os"

// openFile opens the named file for reading (os.Open).
func openFile(name string) (*os.File, error) { return os.Open(name) }
