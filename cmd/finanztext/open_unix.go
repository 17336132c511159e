//go:build unix

package main

import (
	"os"
	"syscall"
)

// openFile opens the named file for reading, as os.Open does, but outside
// the runtime's network poller: os.Open offers every file to the poller
// (which is set up on first use: an epoll instance, an event fd, a block
// of poll descriptors), and a regular file, which cannot be polled, is
// turned away only then. A document file is read with plain blocking
// reads either way, so the tool opens it as os.NewFile takes a descriptor
// it is given: blocking, not polled.
func openFile(name string) (*os.File, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "open", Path: name, Err: err}
		}
		return os.NewFile(uintptr(fd), name), nil
	}
}
