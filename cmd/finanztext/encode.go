package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/finanztext/finanztext"
	"github.com/finanztext/finanztext/period"
)

// How a Document becomes output: the id and date header, the object, the
// chunks the writer gets, write errors kept apart from read errors.

// writeError is an error writing the output (not reading the input).
type writeError struct{ err error }

func (e writeError) Error() string { return e.err.Error() }
func (e writeError) Unwrap() error { return e.err }

// writeAll writes chunks to w; an error is a writeError.
func writeAll(w io.Writer, chunks [][]byte) error {
	for _, c := range chunks {
		if _, err := w.Write(c); err != nil {
			return writeError{err}
		}
	}
	return nil
}

// recoverInto turns a panic in encode into the document's error object.
func (o *options) recoverInto(chunks *[][]byte, id []byte, src string) {
	if r := recover(); r != nil {
		*chunks = [][]byte{o.errorOut(id, fmt.Sprintf("%s: internal error: %v", src, r))}
	}
}

// header is what an output object starts with: the id and the date.
type header struct {
	id     []byte
	date   time.Time
	source string // "input", "dateline" or "" (no date)
	ref    period.Ref
}

// newHeader returns the header of a document whose text starts with top.
func (o *options) newHeader(id []byte, top string, date time.Time, narrative bool) header {
	source := "input"
	if date.IsZero() {
		source = ""
		if e, ok := period.Dateline(top); ok {
			date, source = e.From, "dateline"
		}
	}
	return header{id: id, date: date, source: source, ref: period.Ref{Date: date, Narrative: narrative}}
}

// append appends {"id":…,"date":…,"date_source":…, to b.
func (h header) append(b []byte) []byte {
	return h.members(append(b, '{'))
}

// members appends "id":…,"date":…,"date_source":…, to b: the header
// without the brace.
func (h header) members(b []byte) []byte {
	if len(h.id) > 0 {
		b = append(b, `"id":`...)
		b = append(b, h.id...)
		b = append(b, ',')
	}
	if h.source != "" {
		b = append(b, `"date":"`...)
		b = h.date.AppendFormat(b, "2006-01-02")
		b = append(b, `","date_source":"`...)
		b = append(b, h.source...)
		b = append(b, `",`...)
	}
	return b
}

// appendObject appends the output object of a document analyzed in one
// piece to b: {"id":…,"date":…,"numbers":…}.
func (h header) appendObject(b []byte, doc finanztext.Document) []byte {
	start := len(b)
	b = h.members(b)
	m := len(b) - start
	b = doc.AppendJSON(b)
	// "id":…, + {"numbers":…} → {"id":…,"numbers":…}: the members move
	// one byte to the right, over the document's brace.
	copy(b[start+1:start+m+1], b[start:start+m])
	b[start] = '{'
	return b
}

// one returns the output line of a document analyzed in one piece; n is
// the length of its text.
func (o *options) one(h header, doc finanztext.Document, n int) [][]byte {
	return [][]byte{o.finish(h.appendObject(make([]byte, 0, 256+n/2), doc))}
}

// writeOne writes the output line of a document analyzed in one piece to
// w; n is the length of its text. Into a *bufio.Writer (the tool's output)
// the object is encoded in the writer's own free buffer, without a buffer
// of its own (unless -pretty). An error is a writeError.
func (o *options) writeOne(w io.Writer, h header, doc finanztext.Document, n int) error {
	bw, ok := w.(*bufio.Writer)
	if !ok || o.pretty {
		return writeAll(w, o.one(h, doc, n))
	}
	b := append(h.appendObject(bw.AvailableBuffer(), doc), '\n')
	if _, err := bw.Write(b); err != nil {
		return writeError{err}
	}
	return nil
}

// encoded returns the output line of a document encoded in parts.
func (o *options) encoded(h header, enc *finanztext.DocumentEncoder) [][]byte {
	head := h.append(nil)
	b := bytes.NewBuffer(make([]byte, 0, len(head)+enc.Len()+1)) // the newline too: no copy
	b.Write(head)
	enc.WriteTo(&afterBrace{w: b}) // cannot fail: no spill file
	return [][]byte{o.finish(b.Bytes())}
}

// writeEncoded writes the output line of a document encoded in parts to w
// as the encoder gives it, in blocks (joined and indented with -pretty).
func (o *options) writeEncoded(w io.Writer, h header, enc *finanztext.DocumentEncoder) error {
	if o.pretty {
		var b bytes.Buffer
		if _, err := enc.WriteTo(&b); err != nil {
			return err
		}
		_, err := w.Write(o.finish(append(h.append(nil), b.Bytes()[1:]...)))
		return err
	}
	if _, err := w.Write(h.append(nil)); err != nil {
		return err
	}
	if _, err := enc.WriteTo(&afterBrace{w: w}); err != nil {
		return err
	}
	_, err := w.Write([]byte("\n"))
	return err
}

// afterBrace writes to w what is written to it but the first byte: the
// "{" of an object whose members follow the header's.
type afterBrace struct {
	w       io.Writer
	skipped bool
}

func (a *afterBrace) Write(p []byte) (int, error) {
	if a.skipped || len(p) == 0 {
		return a.w.Write(p)
	}
	a.skipped = true
	n, err := a.w.Write(p[1:])
	return n + 1, err
}

// parseDate reads a document date: YYYY-MM-DD or RFC 3339 (whose calendar
// day, in its own offset, is the date).
func parseDate(s string) (time.Time, error) {
	if d, err := time.Parse("2006-01-02", s); err == nil {
		return d, nil
	}
	d, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, err
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), nil
}

// finish indents b when asked and appends the newline.
func (o *options) finish(b []byte) []byte {
	if o.pretty {
		var buf bytes.Buffer
		if err := json.Indent(&buf, b, "", "  "); err == nil {
			b = buf.Bytes()
		}
	}
	return append(b, '\n')
}
