package finanztext_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"

	"github.com/finanztext/finanztext"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkSegments asserts the promises of finanztext.Segments: the spans
// are consecutive and cover text, none is empty (unless text is), none is
// longer than size unless size is shorter than the character it holds,
// and no cut splits a valid UTF-8 sequence.
func checkSegments(t testing.TB, text string, size int, spans []parse.Span) {
	t.Helper()
	if text == "" {
		if len(spans) != 1 || spans[0] != (parse.Span{}) {
			t.Fatalf("empty text: got %v, want one empty segment", spans)
		}
		return
	}
	if len(spans) == 0 {
		t.Fatalf("no segments for %d bytes", len(text))
	}
	at := 0
	for i, s := range spans {
		if s.Start != at || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("segment %d = %v, want one starting at %d, not empty, within %d bytes", i, s, at, len(text))
		}
		if size > 0 && s.End-s.Start > size {
			if _, n := utf8.DecodeRuneInString(text[s.Start:]); s.End-s.Start != n {
				t.Fatalf("segment %d = %v is longer than %d bytes", i, s, size)
			}
		}
		if s.End < len(text) && splitsRune(text, s.End) {
			t.Fatalf("cut at %d splits a character: % x", s.End, text[max(0, s.End-3):min(len(text), s.End+3)])
		}
		at = s.End
	}
	if at != len(text) {
		t.Fatalf("segments end at %d, text at %d", at, len(text))
	}
}

// splitsRune reports whether a cut at i falls inside a valid UTF-8
// sequence of text.
func splitsRune(text string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-(utf8.UTFMax-1); j-- {
		if utf8.RuneStart(text[j]) {
			r, n := utf8.DecodeRuneInString(text[j:])
			return j+n > i && !(r == utf8.RuneError && n == 1)
		}
	}
	return false
}

func collect(text string, size int) []parse.Span {
	var out []parse.Span
	for s := range finanztext.Segments(text, size) {
		out = append(out, s)
	}
	return out
}

func TestSegments(t *testing.T) {
	// Each case cuts a text at size bytes; want are the segments' texts.
	tests := []struct {
		name string
		text string
		size int
		want []string
	}{
		{"short text is one segment", "Der Umsatz stieg.", 100, []string{"Der Umsatz stieg."}},
		{"exactly the size is one segment", "abcdef", 6, []string{"abcdef"}},
		{"empty text is one empty segment", "", 10, []string{""}},
		{"no size means no cut", strings.Repeat("Wort ", 50), 0, []string{strings.Repeat("Wort ", 50)}},
		{"negative size means no cut", "eins zwei drei", -1, []string{"eins zwei drei"}},
		{
			"a blank line beats a later line break",
			"Ein erster Absatz.\n\nZweiter\nnoch mehr Text",
			30,
			[]string{"Ein erster Absatz.\n\n", "Zweiter\nnoch mehr Text"},
		},
		{
			"a blank line with CRLF",
			"Erster Absatz.\r\n\r\nZweiter Absatz folgt hier",
			28,
			[]string{"Erster Absatz.\r\n\r\n", "Zweiter Absatz folgt hier"},
		},
		{
			"a line break beats a sentence end",
			"Ein Satz. Noch einer\nund weiter geht es",
			24,
			[]string{"Ein Satz. Noch einer\n", "und weiter geht es"},
		},
		{
			"a sentence end beats a later space",
			"Die Bank wuchs. Der Fonds schrumpfte leicht",
			28,
			[]string{"Die Bank wuchs. ", "Der Fonds schrumpfte leicht"},
		},
		{
			"a space when there is no sentence end",
			"eins zwei drei vier fünf sechs",
			16,
			[]string{"eins zwei drei ", "vier fünf sechs"},
		},
		{
			"a break in the first half of the window is not taken",
			"a\n" + strings.Repeat("x", 20) + " yyyy",
			20,
			[]string{"a\n" + strings.Repeat("x", 18), "xx yyyy"},
		},
		{
			"no break: never inside a character",
			strings.Repeat("„", 5), // 3 bytes each
			8,
			[]string{"„„", "„„", "„"},
		},
		{
			"no break: a four-byte character stays whole",
			strings.Repeat("😀", 3),
			6,
			[]string{"😀", "😀", "😀"},
		},
		{
			"size smaller than a character takes it whole",
			"ää",
			1,
			[]string{"ä", "ä"},
		},
		{
			"invalid UTF-8 is cut anywhere",
			strings.Repeat("\x80", 10),
			4,
			[]string{"\x80\x80\x80\x80", "\x80\x80\x80\x80", "\x80\x80"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := collect(tt.text, tt.size)
			checkSegments(t, tt.text, tt.size, spans)
			var got []string
			for _, s := range spans {
				got = append(got, tt.text[s.Start:s.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestSegmentsStop(t *testing.T) {
	n := 0
	for range finanztext.Segments(strings.Repeat("Satz. ", 100), 20) {
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
}

func FuzzSegments(f *testing.F) {
	f.Add("Erster Absatz.\n\nZweiter Absatz. Mit zwei Sätzen.", 16)
	f.Add(strings.Repeat("„", 40), 7)
	f.Add("a\xffb\xc3\xa4\xe2\x80", 2)
	f.Add("😀😀\r\n\r\nx", 1)
	f.Fuzz(func(t *testing.T, text string, size int) {
		size %= 1 << 12 // the cuts depend on size only through the window
		want := collect(text, size)
		checkSegments(t, text, size, want)
		for _, r := range []io.Reader{strings.NewReader(text), iotest.OneByteReader(strings.NewReader(text)), iotest.HalfReader(strings.NewReader(text))} {
			if got := readCuts(t, r, size); !slices.Equal(got, want) {
				t.Fatalf("reading gives the cuts %v, the whole text %v", got, want)
			}
		}
	})
}

// readCuts returns the segments that finanztext.ReadSegments reads from r.
func readCuts(t testing.TB, r io.Reader, size int) []parse.Span {
	t.Helper()
	var got []parse.Span
	err := finanztext.ReadSegments(r, size, func(off int, seg string) bool {
		got = append(got, parse.Span{Start: off, End: off + len(seg)})
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestAnalyzeReader(t *testing.T) {
	text := independentParagraphs(30)
	ref := period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	for _, size := range []int{700, 3 << 10, 0} {
		a := finanztext.New(finanztext.WithSegmentSize(size))
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			var want, got []string
			for s, doc := range a.AnalyzeSegments(text, ref) {
				want = append(want, fmt.Sprint(s)+string(doc.AppendJSON(nil)))
			}
			err := a.AnalyzeReader(iotest.HalfReader(strings.NewReader(text)), ref, func(s parse.Span, doc finanztext.Document) bool {
				checkDocument(t, text, doc)
				got = append(got, fmt.Sprint(s)+string(doc.AppendJSON(nil)))
				return true
			})
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
	t.Run("empty input is one empty segment", func(t *testing.T) {
		n := 0
		require.NoError(t, finanztext.New().AnalyzeReader(strings.NewReader(""), ref, func(s parse.Span, doc finanztext.Document) bool {
			n++
			assert.Equal(t, parse.Span{}, s)
			return true
		}))
		assert.Equal(t, 1, n)
	})
	t.Run("f stops the reading", func(t *testing.T) {
		n := 0
		a := finanztext.New(finanztext.WithSegmentSize(1 << 10))
		require.NoError(t, a.AnalyzeReader(strings.NewReader(text), ref, func(parse.Span, finanztext.Document) bool {
			n++
			return false
		}))
		assert.Equal(t, 1, n)
	})
	t.Run("a read error is returned", func(t *testing.T) {
		boom := errors.New("boom")
		r := io.MultiReader(strings.NewReader(text[:5000]), iotest.ErrReader(boom))
		a := finanztext.New(finanztext.WithSegmentSize(1 << 10))
		n := 0
		err := a.AnalyzeReader(r, ref, func(parse.Span, finanztext.Document) bool { n++; return true })
		assert.ErrorIs(t, err, boom)
		assert.Greater(t, n, 2) // the segments read before the error
	})
	t.Run("a reader that gives nothing", func(t *testing.T) {
		err := finanztext.New(finanztext.WithSegmentSize(16)).AnalyzeReader(emptyReader{}, ref, func(parse.Span, finanztext.Document) bool { return true })
		assert.ErrorIs(t, err, io.ErrNoProgress)
	})
}

// emptyReader returns no bytes and no error, forever.
type emptyReader struct{}

func (emptyReader) Read([]byte) (int, error) { return 0, nil }

// independentParagraphs returns n paragraphs, each complete in itself:
// names given in full before any short form or reference, quotes with
// their speakers, figures with their periods.
func independentParagraphs(n int) string {
	firms := []string{"Nordwind Energie AG", "Siemens", "die Deutsche Bank", "SAP"}
	var b strings.Builder
	for i := range n {
		firm := firms[i%len(firms)]
		fmt.Fprintf(&b, "Frankfurt. %s steigerte den Umsatz im dritten Quartal um %d Prozent auf %d,%d Milliarden Euro. ", strings.ToUpper(firm[:1])+firm[1:], 2+i%9, 1+i%7, i%10)
		fmt.Fprintf(&b, "„Wir sind zufrieden“, sagte Finanzchefin Katrin Albers. Das Unternehmen beschäftigt rund %d.000 Mitarbeiter.\n\n", 10+i%50)
	}
	return b.String()
}

func TestAnalyzeSegmentsSpansIndexWholeText(t *testing.T) {
	text := independentParagraphs(60)
	ref := period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	a := finanztext.New(finanztext.WithSegmentSize(1 << 10))
	segs := 0
	for s, doc := range a.AnalyzeSegments(text, ref) {
		segs++
		require.LessOrEqual(t, s.End-s.Start, 1<<10)
		checkDocument(t, text, doc)
		for _, n := range doc.Numbers {
			require.True(t, n.Start >= s.Start && n.End <= s.End, "number %v outside its segment %v", n.Span, s)
		}
	}
	require.Greater(t, segs, 10)
	checkDocument(t, text, a.AnalyzeAt(text, ref))
}

func TestSegmentedEqualsWhole(t *testing.T) {
	text := independentParagraphs(40)
	ref := period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}
	whole := finanztext.New(finanztext.WithSegmentSize(0)).AnalyzeAt(text, ref)
	require.NotEmpty(t, whole.Quotes)
	require.NotEmpty(t, whole.Facts)
	for _, size := range []int{300, 1 << 10, 4 << 10} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			a := finanztext.New(finanztext.WithSegmentSize(size))
			seg := a.AnalyzeAt(text, ref)
			assert.Equal(t, string(whole.AppendJSON(nil)), string(seg.AppendJSON(nil)))
			var enc finanztext.DocumentEncoder
			for _, doc := range a.AnalyzeSegments(text, ref) {
				enc.Add(doc)
			}
			assert.Equal(t, string(whole.AppendJSON(nil)), encoded(t, &enc))
		})
	}
}

func TestShortTextIsOneSegment(t *testing.T) {
	text := readArticle(t)
	a := finanztext.New()
	n := 0
	for s, doc := range a.AnalyzeSegments(text, period.Ref{}) {
		n++
		assert.Equal(t, parse.Span{Start: 0, End: len(text)}, s)
		assert.Equal(t, string(a.Analyze(text).AppendJSON(nil)), string(doc.AppendJSON(nil)))
	}
	assert.Equal(t, 1, n)
}

func TestDocumentEncoder(t *testing.T) {
	t.Run("zero value is the empty document", func(t *testing.T) {
		var enc finanztext.DocumentEncoder
		assert.Equal(t, string(finanztext.Document{}.AppendJSON(nil)), encoded(t, &enc))
	})
	t.Run("one part is AppendJSON", func(t *testing.T) {
		doc := finanztext.Analyze(readArticle(t))
		var enc finanztext.DocumentEncoder
		enc.Add(doc)
		assert.Equal(t, string(doc.AppendJSON(nil)), encoded(t, &enc))
	})
	doc := finanztext.Analyze(readArticle(t))
	var joined finanztext.Document
	for range 200 {
		joined.Numbers = append(joined.Numbers, doc.Numbers...)
		joined.Amounts = append(joined.Amounts, doc.Amounts...)
		joined.Percentages = append(joined.Percentages, doc.Percentages...)
		joined.Organizations = append(joined.Organizations, doc.Organizations...)
		joined.Persons = append(joined.Persons, doc.Persons...)
		joined.Quotes = append(joined.Quotes, doc.Quotes...)
		joined.Periods = append(joined.Periods, doc.Periods...)
		joined.Facts = append(joined.Facts, doc.Facts...)
		joined.References = append(joined.References, doc.References...)
	}
	want := string(joined.AppendJSON(nil))
	require.Greater(t, len(want), 256<<10)
	t.Run("many blocks", func(t *testing.T) {
		var enc finanztext.DocumentEncoder
		for range 200 {
			enc.Add(doc)
		}
		assert.Equal(t, want, encoded(t, &enc))
	})
	t.Run("spilled to a file", func(t *testing.T) {
		f, err := os.CreateTemp(t.TempDir(), "spill")
		require.NoError(t, err)
		defer f.Close()
		_, err = f.WriteString("what was there before")
		require.NoError(t, err)
		var enc finanztext.DocumentEncoder
		enc.SpillTo(f)
		for range 200 {
			enc.Add(doc)
		}
		st, err := f.Stat()
		require.NoError(t, err)
		assert.Greater(t, st.Size(), int64(len(want)-9*16<<10), "all full blocks are in the file")
		assert.Equal(t, want, encoded(t, &enc))
	})
	t.Run("a spill file that fails keeps the blocks in memory", func(t *testing.T) {
		var enc finanztext.DocumentEncoder
		enc.SpillTo(&failingSpill{ok: 2})
		for range 200 {
			enc.Add(doc)
		}
		assert.Equal(t, want, encoded(t, &enc))
	})
	t.Run("a read error of the spill file is returned", func(t *testing.T) {
		var enc finanztext.DocumentEncoder
		s := &failingSpill{ok: 1000, failRead: true}
		enc.SpillTo(s)
		for range 200 {
			enc.Add(doc)
		}
		_, err := enc.WriteTo(io.Discard)
		assert.ErrorIs(t, err, errSpill)
	})
}

var errSpill = errors.New("spill failed")

// failingSpill takes ok writes, then fails; its reads fail when failRead
// is set.
type failingSpill struct {
	bytes.Buffer
	ok       int
	failRead bool
}

func (f *failingSpill) Write(p []byte) (int, error) {
	if f.ok == 0 {
		return 1, errSpill // a short write
	}
	f.ok--
	return f.Buffer.Write(p)
}

func (f *failingSpill) ReadAt(p []byte, off int64) (int, error) {
	if f.failRead {
		return 0, errSpill
	}
	return bytes.NewReader(f.Bytes()).ReadAt(p, off)
}

// encoded returns what enc writes, checking that it is Len bytes.
func encoded(t *testing.T, enc *finanztext.DocumentEncoder) string {
	t.Helper()
	var b bytes.Buffer
	n, err := enc.WriteTo(&b)
	require.NoError(t, err)
	require.Equal(t, int64(b.Len()), n)
	require.Equal(t, b.Len(), enc.Len())
	return b.String()
}

// TestSegmentedNarrativeKeepsItsAnchor: the time a narrative named last
// before a cut is the anchor after it (period.Ref.Anchor), so the segments
// resolve their dates as the whole text does; the same holds for an
// anaphoric expression in news mode. Run three ways: in one piece, joined
// by AnalyzeAt, and from a reader.
func TestSegmentedNarrativeKeepsItsAnchor(t *testing.T) {
	filler := strings.Repeat("Die Mannschaft arbeitete an Deck, das Wetter blieb ruhig und die Maschinen liefen gleichmäßig. ", 4)
	cases := []struct {
		name string
		ref  period.Ref
		text string
		want []string // the period values, in order
	}{
		{"narrative", period.Ref{Narrative: true},
			"Am 14. März 1962 lief das Schiff vom Stapel.\n\n" + filler + "\n\nAm 2. April begann die Probefahrt.\n\n" + filler + "\n\nZwei Tage später erreichte es Lissabon.",
			[]string{"1962-03-14", "1962-04-02", "1962-04-04"}},
		{"news, anaphoric", period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)},
			"Am 28. Oktober fiel die Aktie um vier Prozent.\n\n" + filler + "\n\nAm selben Tag trat der Finanzchef zurück.",
			[]string{"2025-10-28", "2025-10-28"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			values := func(d finanztext.Document) []string {
				var v []string
				for _, e := range d.Periods {
					v = append(v, e.Value)
				}
				return v
			}
			whole := finanztext.New(finanztext.WithSegmentSize(0)).AnalyzeAt(c.text, c.ref)
			require.Equal(t, c.want, values(whole))
			a := finanztext.New(finanztext.WithSegmentSize(len(filler) + 60))
			require.Greater(t, countSegments(c.text, len(filler)+60), 1, "the text is cut")
			assert.Equal(t, c.want, values(a.AnalyzeAt(c.text, c.ref)))
			var got []string
			require.NoError(t, a.AnalyzeReader(strings.NewReader(c.text), c.ref, func(_ parse.Span, d finanztext.Document) bool {
				got = append(got, values(d)...)
				return true
			}))
			assert.Equal(t, c.want, got)
		})
	}
}

func countSegments(text string, size int) int {
	n := 0
	for range finanztext.Segments(text, size) {
		n++
	}
	return n
}
