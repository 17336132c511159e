package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/finanztext/finanztext/internal/jsonw"
)

// The -jsonl mode: lines read in order, analyzed by a pool of workers under
// a memory budget, and written back in input order.

// job is one -jsonl input line on its way through the worker pool.
type job struct {
	src     string // "line 3" or "FILE:3", for error messages
	line    []byte
	tooLong bool          // the line was longer than maxSize; line holds its start
	out     chan [][]byte // the encoded result line in chunks; buffered, receives once
}

// budget bounds the bytes of input in flight.
type budget struct {
	mu   sync.Mutex
	cond *sync.Cond
	free int
}

func newBudget(n int) *budget {
	b := &budget{free: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *budget) acquire(n int) {
	b.mu.Lock()
	for b.free < n {
		b.cond.Wait()
	}
	b.free -= n
	b.mu.Unlock()
}

func (b *budget) release(n int) {
	b.mu.Lock()
	b.free += n
	b.mu.Unlock()
	b.cond.Broadcast()
}

// runJSONL reads JSON lines from the files or stdin, analyzes them on
// o.workers goroutines and writes the results in input order. At most
// o.window lines, and at most workers × maxSize bytes of input, are in
// flight at any time.
func (o *options) runJSONL(stdin io.Reader, out *bufio.Writer, stderr io.Writer) int {
	work := make(chan *job, o.window)
	order := make(chan *job, o.window)
	capacity := o.maxSize
	if o.workers <= maxInt/capacity {
		capacity *= o.workers
	}
	mem := newBudget(capacity)

	var wg sync.WaitGroup
	for range o.workers {
		wg.Go(func() {
			for j := range work {
				j.out <- o.processJob(j)
			}
		})
	}

	writerDone := make(chan struct{})
	go func() {
		for j := range order {
			b := <-j.out
			mem.release(min(len(j.line), capacity))
			if o.writeErr.Load() {
				continue // keep draining so the workers can finish
			}
			o.write(out, stderr, b)
			if len(order) == 0 && !o.writeErr.Load() {
				// Nothing else is ready: let a reader of a pipe see the
				// results so far instead of waiting for a full buffer.
				if err := out.Flush(); err != nil {
					o.writeFailed(stderr, err)
				}
			}
		}
		close(writerDone)
	}()

	status := 0
	feed := func(r io.Reader, name string) {
		br := bufio.NewReaderSize(r, 1<<20)
		for lineNo := 1; !o.writeErr.Load(); lineNo++ {
			line, tooLong, err := readLine(br, o.maxSize)
			if t := bytes.TrimSpace(bytes.TrimPrefix(line, utf8BOM)); len(t) > 0 || tooLong {
				src := fmt.Sprintf("%s:%d", name, lineNo)
				if name == "" {
					src = fmt.Sprintf("line %d", lineNo)
				}
				j := &job{src: src, line: t, tooLong: tooLong, out: make(chan [][]byte, 1)}
				mem.acquire(min(len(t), capacity))
				order <- j // blocks while the window is full
				work <- j
			}
			if err == io.EOF {
				return
			}
			if err != nil {
				if name == "" {
					name = "standard input"
				}
				fmt.Fprintf(stderr, "finanztext: reading %s: %v\n", name, err)
				status = 1
				return
			}
		}
	}

	if len(o.files) == 0 {
		feed(stdin, "")
	}
	for _, name := range o.files {
		if o.writeErr.Load() {
			break
		}
		if name == "-" {
			feed(stdin, "")
			continue
		}
		f, err := openFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "finanztext: %v\n", err)
			status = 1
			continue
		}
		feed(f, name)
		f.Close()
	}

	close(work)
	close(order)
	wg.Wait()
	<-writerDone
	return status
}

// utf8BOM is a byte order mark, which some editors put before the first line.
var utf8BOM = []byte("\ufeff")

// errBinary ends the reading of an input that holds a NUL byte in a line
// too long to keep: no JSON lines file does, and such an input (a device
// like /dev/zero) may never end.
var errBinary = errors.New("a NUL byte in an over-long line: not a JSON lines file")

// keepOfLongLine is how much of an over-long line is kept, to recover its id.
const keepOfLongLine = 64 << 10

// readLine returns the next line of r without its newline. A line longer
// than max is not kept: its first bytes come back with tooLong set, the rest
// is skipped. At the end of the input it returns the last line (possibly
// empty) with io.EOF.
func readLine(r *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	chunk, err := r.ReadSlice('\n')
	if err == nil && len(chunk) <= max+1 {
		return bytes.Clone(bytes.TrimSuffix(chunk, []byte("\n"))), false, nil
	}
	line = bytes.Clone(chunk)
	for errors.Is(err, bufio.ErrBufferFull) && len(line) <= max {
		chunk, err = r.ReadSlice('\n')
		line = append(line, chunk...)
	}
	line = bytes.TrimSuffix(line, []byte("\n"))
	if len(line) <= max {
		return line, false, err
	}
	// Too long: keep the start, skip the rest up to the newline.
	line = line[:min(len(line), keepOfLongLine):min(len(line), keepOfLongLine)]
	if bytes.IndexByte(line, 0) >= 0 {
		return line, true, errBinary
	}
	for errors.Is(err, bufio.ErrBufferFull) {
		chunk, err = r.ReadSlice('\n')
		if bytes.IndexByte(chunk, 0) >= 0 {
			return line, true, errBinary
		}
	}
	return line, true, err
}

// errorLine returns the output for a line that could not be analyzed.
func (o *options) errorOut(id []byte, msg string) []byte {
	b := jsonw.Begin(nil)
	if len(id) > 0 {
		b.Raw("id", id)
	}
	b.Str("error", msg)
	return o.finish(b.End())
}

// processJob answers one -jsonl job.
func (o *options) processJob(j *job) [][]byte {
	if j.tooLong {
		return [][]byte{o.errorOut(recoverID(j.line), j.src+": "+o.errTooLarge())}
	}
	return o.processLine(j.src, j.line)
}

// processLine analyzes one -jsonl line and returns its output line.
// src names the line in error messages. line has no surrounding space.
func (o *options) processLine(src string, line []byte) [][]byte {
	in, err := decodeLine(line)
	if err != nil {
		var fe *fieldError
		switch {
		case errors.Is(err, errNotObject):
			return [][]byte{o.errorOut(nil, src+": "+err.Error())}
		case errors.As(err, &fe):
			id, _ := cleanID(in.id)
			return [][]byte{o.errorOut(id, src+": "+err.Error())}
		}
		return [][]byte{o.errorOut(recoverID(line), fmt.Sprintf("%s: invalid JSON: %v", src, err))}
	}
	id, ok := cleanID(in.id)
	if len(in.id) > 0 && !ok {
		return [][]byte{o.errorOut(nil, src+`: "id" must be a string, a number or null`)}
	}
	if in.has&hasText == 0 {
		return [][]byte{o.errorOut(id, src+`: missing "text"`)}
	}
	var date time.Time
	if in.date != "" {
		d, err := parseDate(in.date)
		if err != nil {
			return [][]byte{o.errorOut(id, fmt.Sprintf("%s: \"date\" %q: want YYYY-MM-DD or RFC 3339", src, in.date))}
		}
		date = d
	}
	narrative := false
	switch in.domain {
	case "", "news":
	case "narrative":
		narrative = true
	default:
		return [][]byte{o.errorOut(id, fmt.Sprintf("%s: \"domain\" %q: want \"news\" or \"narrative\"", src, in.domain))}
	}
	return o.encode(id, src, in.text, date, narrative)
}
