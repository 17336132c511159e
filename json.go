package finanztext

import (
	"encoding/json"
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
// such as the Documents that [Analyzer.AnalyzeSegments] yields for the
// segments of a long text: [DocumentEncoder.Add] encodes a part's results
// at once, so that the part itself can be dropped, and
// [DocumentEncoder.Chunks] returns the object, the same bytes that
// [Document.AppendJSON] writes for all the parts joined into one Document.
// The JSON is held in blocks of at most 64 KiB, so that it grows without
// copying. The zero value is ready to use; a DocumentEncoder is not safe
// for concurrent use.
type DocumentEncoder struct {
	lists   [len(listKeys)]jsonBlocks
	scratch []byte // one item's JSON
}

// jsonBlocks is a list's items, comma-separated, in blocks of bytes.
type jsonBlocks struct {
	blocks [][]byte
	items  int
}

// encoderBlock is the capacity of a DocumentEncoder's blocks.
const encoderBlock = 64 << 10

func (l *jsonBlocks) write(p []byte) {
	for len(p) > 0 {
		n := len(l.blocks)
		if n == 0 || len(l.blocks[n-1]) == cap(l.blocks[n-1]) {
			l.blocks = append(l.blocks, make([]byte, 0, encoderBlock))
			n++
		}
		b := l.blocks[n-1]
		k := min(len(p), cap(b)-len(b))
		l.blocks[n-1] = append(b, p[:k]...)
		p = p[k:]
	}
}

// addItems encodes items into l, reusing scratch, and returns scratch.
func addItems[T appender](l *jsonBlocks, scratch []byte, items []T) []byte {
	for _, it := range items {
		scratch = scratch[:0]
		if l.items > 0 {
			scratch = append(scratch, ',')
		}
		scratch = it.AppendJSON(scratch)
		l.write(scratch)
		l.items++
	}
	return scratch
}

// Add encodes the results of d after those of the parts added before.
// The parts must come in the order of the text, as their results are
// listed in that order.
func (e *DocumentEncoder) Add(d Document) {
	s := e.scratch
	s = addItems(&e.lists[0], s, d.Numbers)
	s = addItems(&e.lists[1], s, d.Amounts)
	s = addItems(&e.lists[2], s, d.Percentages)
	s = addItems(&e.lists[3], s, d.Organizations)
	s = addItems(&e.lists[4], s, d.Persons)
	s = addItems(&e.lists[5], s, d.Quotes)
	s = addItems(&e.lists[6], s, d.Periods)
	s = addItems(&e.lists[7], s, d.Facts)
	s = addItems(&e.lists[8], s, d.References)
	e.scratch = s
}

// Chunks returns the JSON object of all parts added so far as a sequence
// of byte slices to be written one after the other: {"numbers":[…],…}.
// The slices share e's memory; they are valid until the next Add.
func (e *DocumentEncoder) Chunks() [][]byte {
	out := make([][]byte, 0, 2*len(listKeys)+1)
	for k, key := range listKeys {
		var sep []byte
		if k == 0 {
			sep = append(sep, '{')
		} else {
			sep = append(sep, "],"...)
		}
		sep = append(sep, '"')
		sep = append(sep, key...)
		sep = append(sep, `":[`...)
		out = append(out, sep)
		out = append(out, e.lists[k].blocks...)
	}
	return append(out, []byte("]}"))
}
