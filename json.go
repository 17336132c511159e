package finanztext

import (
	"encoding/json"
	"io"
)

// AppendJSON appends d as the object the command-line tool prints (see
// [Document.MarshalJSON]) to dst and returns the extended buffer.
func (d Document) AppendJSON(dst []byte) []byte {
	dst = append(dst, '{')
	dst = appendList(dst, "numbers", d.Numbers, false)
	dst = appendList(dst, "amounts", d.Amounts, true)
	dst = appendList(dst, "percentages", d.Percentages, true)
	dst = appendList(dst, "organizations", d.Organizations, true)
	dst = appendList(dst, "persons", d.Persons, true)
	dst = appendList(dst, "quotes", d.Quotes, true)
	dst = appendList(dst, "periods", d.Periods, true)
	dst = appendList(dst, "facts", d.Facts, true)
	dst = appendList(dst, "references", d.References, true)
	return append(dst, '}')
}

// appender is what every result type has: its JSON appended to a buffer
// (MarshalJSON is the same on a new buffer).
type appender interface {
	json.Marshaler
	AppendJSON(dst []byte) []byte
}

// appendList appends "key":[…] with each item in its type's own JSON
// encoding, so that an item of a Document prints as json.Marshal prints
// the item alone.
func appendList[T appender](dst []byte, key string, items []T, comma bool) []byte {
	if comma {
		dst = append(dst, ',')
	}
	dst = append(dst, '"')
	dst = append(dst, key...)
	dst = append(dst, `":[`...)
	for i, it := range items {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = it.AppendJSON(dst)
	}
	return append(dst, ']')
}

// MarshalJSON encodes d as the object the command-line tool prints: the
// keys numbers, amounts, percentages, organizations, persons, quotes,
// periods, facts and references, each a list (never null) whose items are
// encoded by their own types ([parse.Number], [money.Amount],
// [parse.PercentMatch], [entity.Mention], [quote.Quote],
// [period.Expression], [fact.Fact], [entity.Ref]: one JSON shape per
// type, wherever it is printed); item fields without a value are omitted;
// values are exact decimal strings. HTML characters are not escaped.
func (d Document) MarshalJSON() ([]byte, error) {
	return d.AppendJSON(nil), nil
}

// listKeys are the keys of a Document's lists in the order AppendJSON
// writes them.
var listKeys = [...]string{"numbers", "amounts", "percentages", "organizations", "persons", "quotes", "periods", "facts", "references"}

// A DocumentEncoder builds the JSON object of one Document given in parts,
// such as the Documents that [Analyzer.AnalyzeSegments] or
// [Analyzer.AnalyzeReader] yield for the segments of a long text:
// [DocumentEncoder.Add] encodes a part's results at once, so that the part
// itself can be dropped, and [DocumentEncoder.WriteTo] writes the object,
// the same bytes that [Document.AppendJSON] writes for all the parts
// joined into one Document. The JSON is held in blocks of 16 KiB, so that
// it grows without copying, and with [DocumentEncoder.SpillTo] the full
// blocks go to a file instead of memory. The zero value is ready to use;
// a DocumentEncoder is not safe for concurrent use.
type DocumentEncoder struct {
	lists   [len(listKeys)][]jsonBlock
	items   [len(listKeys)]int
	n       int    // bytes of the items' JSON, commas included
	scratch []byte // one item's JSON
	spill   SpillFile
	end     int64  // the spill file's length
	free    []byte // a block written to the spill file, to reuse
	failed  bool   // writing to the spill file failed: blocks stay in memory
}

// SpillFile is where a [DocumentEncoder] can keep the JSON it has
// encoded: a temporary file, say. The encoder appends to it with Write
// and reads it back with ReadAt.
type SpillFile interface {
	io.Writer
	io.ReaderAt
}

// jsonBlock is a part of a list's JSON: in memory, or when b is nil the
// n bytes at off in the spill file.
type jsonBlock struct {
	b   []byte
	off int64
	n   int
}

// encoderBlock is the size of a DocumentEncoder's blocks.
const encoderBlock = 16 << 10

// SpillTo makes e write each block of JSON it fills to f and keep only
// where it is: f is written from its current offset on when it is an
// [io.Seeker], else from offset 0. Should writing to f fail, e keeps the
// blocks in memory from then on (the output is the same). f must stay
// open until after WriteTo.
func (e *DocumentEncoder) SpillTo(f SpillFile) {
	e.spill, e.end, e.failed = f, 0, false
	if s, ok := f.(io.Seeker); ok {
		off, err := s.Seek(0, io.SeekCurrent)
		e.end, e.failed = off, err != nil
	}
}

func (e *DocumentEncoder) write(k int, p []byte) {
	for len(p) > 0 {
		l := e.lists[k]
		n := len(l)
		if n == 0 || l[n-1].b == nil || len(l[n-1].b) == cap(l[n-1].b) {
			if n > 0 && l[n-1].b != nil {
				e.spillBlock(&l[n-1])
			}
			b := e.free
			e.free = nil
			if b == nil {
				b = make([]byte, 0, encoderBlock)
			}
			l = append(l, jsonBlock{b: b[:0]})
			n++
		}
		b := l[n-1].b
		c := min(len(p), cap(b)-len(b))
		l[n-1].b = append(b, p[:c]...)
		p = p[c:]
		e.lists[k] = l
	}
}

// spillBlock writes the full block blk to the spill file, if there is one.
func (e *DocumentEncoder) spillBlock(blk *jsonBlock) {
	if e.spill == nil || e.failed {
		return
	}
	n, err := e.spill.Write(blk.b)
	if err != nil || n < len(blk.b) {
		// What was written of the block is not used: it stays here, and
		// so do the blocks after it.
		e.failed = true
		return
	}
	e.free = blk.b
	*blk = jsonBlock{off: e.end, n: n}
	e.end += int64(n)
}

// addItems encodes items into list k of e.
func addItems[T appender](e *DocumentEncoder, k int, items []T) {
	for _, it := range items {
		s := e.scratch[:0]
		if e.items[k] > 0 {
			s = append(s, ',')
		}
		s = it.AppendJSON(s)
		e.write(k, s)
		e.n += len(s)
		e.items[k]++
		e.scratch = s
	}
}

// Add encodes the results of d after those of the parts added before.
// The parts must come in the order of the text, as their results are
// listed in that order.
func (e *DocumentEncoder) Add(d Document) {
	addItems(e, 0, d.Numbers)
	addItems(e, 1, d.Amounts)
	addItems(e, 2, d.Percentages)
	addItems(e, 3, d.Organizations)
	addItems(e, 4, d.Persons)
	addItems(e, 5, d.Quotes)
	addItems(e, 6, d.Periods)
	addItems(e, 7, d.Facts)
	addItems(e, 8, d.References)
}

// Len returns the number of bytes [DocumentEncoder.WriteTo] writes.
func (e *DocumentEncoder) Len() int {
	n := e.n + len("{}")
	for _, key := range listKeys {
		n += len(`"":[]`) + len(key)
	}
	return n + len(listKeys) - 1 // the commas between the lists
}

// WriteTo writes the JSON object of all parts added so far to w:
// {"numbers":[…],…,"references":[…]}. It returns the number of bytes
// written and the first error, writing to w or reading the spill file.
func (e *DocumentEncoder) WriteTo(w io.Writer) (int64, error) {
	var total int64
	write := func(p []byte) error {
		n, err := w.Write(p)
		total += int64(n)
		return err
	}
	var buf []byte // a block read back from the spill file
	var sep []byte
	for k, key := range listKeys {
		sep = sep[:0]
		if k == 0 {
			sep = append(sep, '{')
		} else {
			sep = append(sep, "],"...)
		}
		sep = append(sep, '"')
		sep = append(sep, key...)
		sep = append(sep, `":[`...)
		if err := write(sep); err != nil {
			return total, err
		}
		for _, blk := range e.lists[k] {
			b := blk.b
			if b == nil {
				if buf == nil {
					buf = make([]byte, encoderBlock)
				}
				if n, err := e.spill.ReadAt(buf[:blk.n], blk.off); n < blk.n {
					return total, err
				}
				b = buf[:blk.n]
			}
			if err := write(b); err != nil {
				return total, err
			}
		}
	}
	err := write([]byte("]}"))
	return total, err
}
