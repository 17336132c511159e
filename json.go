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
