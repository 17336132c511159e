// Package lazy holds values made on their first use.
//
// A package-level sync.OnceValue is built when the package is initialized:
// two closures and the code of its instantiation, at the start of every
// program that imports the package, whether or not the value is ever
// used. A package-level [Value] is a zero struct: nothing happens until
// the first Get.
package lazy

import (
	"sync"
	"sync/atomic"
)

// Value is a value of type T made by a function on the first call of Get,
// once, however many goroutines call it. The zero Value is ready to use;
// a Value must not be copied after its first use.
type Value[T any] struct {
	done atomic.Bool // v is made; set after v is written, inside once
	once sync.Once
	v    T
}

// Get returns the value, made by build on the first call. Every
// call of a Value must pass the same function (only the first is called).
// If build panics, Get panics, and later calls return the zero value of T.
func (l *Value[T]) Get(build func() T) T {
	// The common call, once v is made, costs one atomic load: no closure
	// for once.Do is set up. After a panic in build done stays false and
	// once.Do returns at once, so Get returns the zero value as before.
	if !l.done.Load() {
		l.make(build)
	}
	return l.v
}

// make runs build through once and marks v as made.
func (l *Value[T]) make(build func() T) {
	l.once.Do(func() {
		l.v = build()
		l.done.Store(true)
	})
}
