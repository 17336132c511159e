package finanztext

import (
	"reflect"
	"strings"
	"testing"

	"github.com/finanztext/finanztext/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var spanType = reflect.TypeFor[parse.Span]()

// walkSpans calls f on every parse.Span reachable from v (struct fields,
// slice elements, pointers), allocating nil pointers when alloc is set.
func walkSpans(v reflect.Value, path string, alloc bool, f func(path string, s *parse.Span)) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			if !alloc || !v.CanSet() {
				return
			}
			v.Set(reflect.New(v.Type().Elem()))
		}
		walkSpans(v.Elem(), path, alloc, f)
	case reflect.Slice:
		if v.Len() == 0 && alloc && v.CanSet() {
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		}
		for i := range v.Len() {
			walkSpans(v.Index(i), path+"[]", alloc, f)
		}
	case reflect.Struct:
		if v.Type() == spanType {
			f(path, v.Addr().Interface().(*parse.Span))
			return
		}
		for i := range v.NumField() {
			fv := v.Field(i)
			if !v.Type().Field(i).IsExported() {
				continue
			}
			walkSpans(fv, path+"."+v.Type().Field(i).Name, alloc, f)
		}
	}
}

// TestShiftDocumentCoversSpans fills every span of every result type in a
// Document (found by reflection, so a span field added later is covered)
// and checks that shiftDocument moves each one.
func TestShiftDocumentCoversSpans(t *testing.T) {
	var d Document
	n := 0
	walkSpans(reflect.ValueOf(&d).Elem(), "Document", true, func(_ string, s *parse.Span) {
		*s = parse.Span{Start: 3, End: 5}
		n++
	})
	require.Greater(t, n, 20) // the spans of nine result types, nested ones included
	shiftDocument(&d, 100)
	walkSpans(reflect.ValueOf(&d).Elem(), "Document", false, func(path string, s *parse.Span) {
		assert.Equal(t, parse.Span{Start: 103, End: 105}, *s, path)
	})
}

func TestShiftDocument(t *testing.T) {
	q := &parse.Qualifier{Span: parse.Span{Start: 0, End: 4}, Text: "rund"}
	d := Document{
		Numbers:     []parse.Number{{Span: parse.Span{Start: 5, End: 7}, Text: "12", Qual: q}},
		Percentages: []parse.PercentMatch{{Span: parse.Span{Start: 5, End: 9}, Text: "12 %", Qual: q}},
	}
	shiftDocument(&d, 10)
	t.Run("a shared qualifier is moved once in each result", func(t *testing.T) {
		assert.Equal(t, parse.Span{Start: 10, End: 14}, d.Numbers[0].Qual.Span)
		assert.Equal(t, parse.Span{Start: 10, End: 14}, d.Percentages[0].Qual.Span)
	})
	t.Run("the caller's qualifier is not changed", func(t *testing.T) {
		assert.Equal(t, parse.Span{Start: 0, End: 4}, q.Span)
	})
	t.Run("an unwritten span stays zero", func(t *testing.T) {
		assert.Equal(t, parse.Span{}, d.Percentages[0].BasisSpan)
	})
	t.Run("offset zero changes nothing", func(t *testing.T) {
		before := d.Numbers[0].Span
		shiftDocument(&d, 0)
		assert.Equal(t, before, d.Numbers[0].Span)
	})
}

// ReadSegments lets the external tests compare the reader's cuts with
// Segments.
var ReadSegments = readSegments

// cutBlankLineRef is the plain definition of cut's first rule: the end of
// the last blank line ("\n\n" or "\n\r\n") in w[size/2:size], or -1.
func cutBlankLineRef(w string, size int) int {
	lo := size / 2
	win := w[lo:size]
	if i := max(strings.LastIndex(win, "\n\n"), strings.LastIndex(win, "\n\r\n")); i >= 0 {
		return lo + i + strings.IndexByte(win[i+1:], '\n') + 2
	}
	if i := strings.LastIndexByte(win, '\n'); i >= 0 {
		return lo + i + 1
	}
	return -1
}

// TestCutBlankLine checks cut's backward scan over line ends against the
// plain definition on every text of up to eight bytes from an alphabet of
// line ends, carriage returns and letters, for every window size.
func TestCutBlankLine(t *testing.T) {
	alphabet := "\n\ra"
	var text []byte
	var walk func()
	n := 0
	walk = func() {
		w := string(text)
		for size := 1; size < len(w); size++ {
			if want := cutBlankLineRef(w, size); want >= 0 {
				n++
				if got := cut(w, size); got != want {
					t.Fatalf("cut(%q, %d) = %d, want %d", w, size, got, want)
				}
			}
		}
		if len(text) == 8 {
			return
		}
		for i := range len(alphabet) {
			text = append(text, alphabet[i])
			walk()
			text = text[:len(text)-1]
		}
	}
	walk()
	require.Greater(t, n, 10000)
}
