package finanztext

import (
	"io"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/fact"
	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
	"github.com/finanztext/finanztext/quote"
)

// DefaultSegmentSize is the length in bytes above which an [Analyzer]
// analyzes a text in segments (see [Analyzer.AnalyzeSegments]) unless
// [WithSegmentSize] says otherwise. A news article is far shorter (64 KiB
// are some 9,000 words); a corpus, a book or a long history given as one
// text is cut. The working memory of an analysis grows with the segment,
// about 25 bytes per byte.
const DefaultSegmentSize = 64 << 10

// WithSegmentSize sets the length in bytes above which a text is analyzed
// in segments of at most about n bytes, cut at paragraph breaks (see
// [Analyzer.AnalyzeSegments]). n <= 0 means never: every text is analyzed
// in one piece, whose working memory grows with its length. The default
// is [DefaultSegmentSize].
func WithSegmentSize(n int) Option {
	return func(c *config) {
		if n <= 0 {
			n = maxInt
		}
		c.segSize = n
	}
}

const maxInt = int(^uint(0) >> 1)

// Segments returns the spans into which an Analyzer with segment size
// size cuts text: consecutive, together covering text, none longer than
// size bytes (unless size is smaller than a character), in order. A text
// of at most size bytes is one segment, the empty text too; size <= 0
// means no cuts. A cut is made, in this order of preference, after the
// last blank line, line break, sentence end (".", "!" or "?" followed by a
// space) or space in the second half of the allowed length, else at the
// last rune boundary before it: never inside a UTF-8 sequence. It runs in
// time linear in len(text).
func Segments(text string, size int) iter.Seq[parse.Span] {
	return func(yield func(parse.Span) bool) {
		if size <= 0 {
			size = maxInt
		}
		if text == "" {
			yield(parse.Span{})
			return
		}
		for start := 0; start < len(text); {
			end := segmentEnd(text, start, size)
			if !yield(parse.Span{Start: start, End: end}) {
				return
			}
			start = end
		}
	}
}

// segmentEnd returns the end of the segment of text that starts at start
// and is at most size bytes long (size > 0); it is greater than start
// whenever start < len(text).
func segmentEnd(text string, start, size int) int {
	if len(text)-start <= size {
		return len(text)
	}
	return start + cut(text[start:start+min(size+utf8.UTFMax, len(text)-start)], size)
}

// cut returns the length of the segment at the start of w, which holds
// the rest of the text when it is at most size bytes long, and else at
// least its next size+1 and at most size+utf8.UTFMax bytes (the rest when
// shorter): the cut depends on nothing else, so that a reader finds the
// same cuts as [Segments] with size+utf8.UTFMax bytes in hand.
func cut(w string, size int) int {
	if len(w) <= size {
		return len(w)
	}
	lo := size / 2
	win := w[lo:size]
	// A blank line: "\n\n" or "\n\r\n", the last in the window; else the
	// last line end. The line ends are visited from the back, so the scan
	// stops at the last blank line instead of searching the whole window
	// once for each form.
	if last := strings.LastIndexByte(win, '\n'); last >= 0 {
		for j := last; j > 0; j = strings.LastIndexByte(win[:j], '\n') {
			if win[j-1] == '\n' || j > 1 && win[j-1] == '\r' && win[j-2] == '\n' {
				return lo + j + 1
			}
		}
		return lo + last + 1
	}
	// A sentence end: ". ", "! ", "? " before the cut.
	for i := len(win) - 1; i > 0; i-- {
		if win[i] == ' ' && (win[i-1] == '.' || win[i-1] == '!' || win[i-1] == '?') {
			return lo + i + 1
		}
	}
	if i := strings.LastIndexAny(win, " \t"); i >= 0 {
		return lo + i + 1
	}
	// No break at all: the last rune boundary at or before size. A valid
	// sequence has at most three continuation bytes, so three steps back
	// reach its first byte; after more, w[size] is in no valid sequence.
	end := size
	for k := 0; k < utf8.UTFMax-1 && end > 0 && !utf8.RuneStart(w[end]); k++ {
		end--
	}
	switch {
	case end == 0:
		// size is smaller than the character at the start: take it whole.
		_, n := utf8.DecodeRuneInString(w)
		return n
	case !utf8.RuneStart(w[end]):
		return size // invalid UTF-8: no character to split
	}
	return end
}

// AnalyzeSegments analyzes text one segment at a time (see [Segments],
// with the analyzer's segment size, [WithSegmentSize]) and yields each
// segment's span with its [Document]. The spans in the Documents are byte
// offsets into the whole text, so text[m.Start:m.End] == m.Text holds for
// every match. A text no longer than the segment size is one segment,
// analyzed exactly as [Analyzer.AnalyzeAt] does.
//
// Only one segment's working memory is in use at a time, so a caller that
// writes out (or drops) each Document before asking for the next one keeps
// memory bounded by the segment size, not by the length of the text.
//
// What links parts of a text does not cross a cut: a reference ("der
// Konzern", "er", "das Unternehmen") or a short name ("Nordwind" for
// "Nordwind Energie AG") finds only antecedents in its own segment, a
// quotation's speaker and a person's organization are looked for there
// only. Time is carried: the latest time a segment names is the anchor
// of the next one (period.Ref.Anchor), so a narrative's relative dates
// and an anaphoric "am selben Tag" after a cut resolve as in the whole
// text; the reference date ref.Date holds for every segment. Since segments are cut at paragraph
// breaks where the text has them, a text made of independent reports (a
// corpus, a news feed) gives what each report gives alone; in one piece,
// a surname or a reference in one report could link to a name in another.
func (a *Analyzer) AnalyzeSegments(text string, ref period.Ref) iter.Seq2[parse.Span, Document] {
	if a == nil || a.money == nil {
		a = defaultAnalyzer()
	}
	return func(yield func(parse.Span, Document) bool) {
		ref := ref // each run starts from the caller's ref
		for s := range Segments(text, a.segSize) {
			doc, _ := a.analyzeOne(text[s.Start:s.End], &ref)
			shiftDocument(&doc, s.Start)
			if !yield(s, doc) {
				return
			}
		}
	}
}

// AnalyzeReader analyzes the text read from r as [Analyzer.AnalyzeSegments]
// analyzes it in one string (the same segments, the same Documents), but
// reads it one segment at a time, so that about one segment of the text is
// held at a time, besides what f keeps. Each segment is handed to f with
// its span in the whole text and its Document, whose spans are offsets
// into the whole text and whose Text fields are substrings of the
// segment. AnalyzeReader stops when f returns false, at the end of r (an
// empty input is one empty segment) or at a read error, which it returns.
func (a *Analyzer) AnalyzeReader(r io.Reader, ref period.Ref, f func(seg parse.Span, doc Document) bool) error {
	if a == nil || a.money == nil {
		a = defaultAnalyzer()
	}
	return readSegments(r, a.segSize, func(off int, seg string) bool {
		doc, _ := a.analyzeOne(seg, &ref)
		shiftDocument(&doc, off)
		return f(parse.Span{Start: off, End: off + len(seg)}, doc)
	})
}

// readSegments reads r to its end and calls f with each segment that
// [Segments] would cut from the whole text, and its offset. It holds at
// most size+utf8.UTFMax bytes of the text besides the segment handed to f.
func readSegments(r io.Reader, size int, f func(off int, seg string) bool) error {
	if size <= 0 || size > maxInt-utf8.UTFMax {
		b, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		f(0, string(b))
		return nil
	}
	need := size + utf8.UTFMax               // what cut needs to see
	buf := make([]byte, 0, min(need, 1<<20)) // grown up to need for a larger size
	off := 0
	eof := false
	for {
		for empty := 0; !eof && len(buf) < need; {
			if len(buf) == cap(buf) {
				buf = slices.Grow(buf, min(need, 2*cap(buf))-len(buf))
			}
			n, err := r.Read(buf[len(buf):min(cap(buf), need)])
			buf = buf[:len(buf)+n]
			switch {
			case err == io.EOF:
				eof = true
			case err != nil:
				return err
			case n == 0:
				if empty++; empty == 100 { // as bufio.Reader does
					return io.ErrNoProgress
				}
			}
		}
		w := string(buf)
		n := cut(w, size) // the rest when it is no longer than size, which happens at EOF only
		if !f(off, w[:n]) {
			return nil
		}
		off += n
		buf = buf[:copy(buf, buf[n:])]
		if eof && len(buf) == 0 {
			return nil
		}
	}
}

// analyzeSegmented is AnalyzeAt for a text longer than the segment size:
// the Documents of its segments joined into one.
func (a *Analyzer) analyzeSegmented(text string, ref period.Ref) Document {
	// The segments' Documents are kept and joined at the end into slices of
	// the exact size: appending them one by one copied the growing result
	// slices again and again (5 % of the time on a 2.6 MB text).
	var docs []Document
	mentions := 0 // mentions in the segments before: the base of Ref.Target
	for s := range Segments(text, a.segSize) {
		doc, n := a.analyzeOne(text[s.Start:s.End], &ref)
		shiftDocument(&doc, s.Start)
		for i := range doc.References {
			doc.References[i].Target += mentions
		}
		mentions += n
		docs = append(docs, doc)
	}
	return Document{
		Numbers:       join(docs, func(d *Document) []parse.Number { return d.Numbers }),
		Amounts:       join(docs, func(d *Document) []money.Amount { return d.Amounts }),
		Percentages:   join(docs, func(d *Document) []parse.PercentMatch { return d.Percentages }),
		Organizations: join(docs, func(d *Document) []entity.Mention { return d.Organizations }),
		Persons:       join(docs, func(d *Document) []entity.Mention { return d.Persons }),
		Quotes:        join(docs, func(d *Document) []quote.Quote { return d.Quotes }),
		Periods:       join(docs, func(d *Document) []period.Expression { return d.Periods }),
		Facts:         join(docs, func(d *Document) []fact.Fact { return d.Facts }),
		References:    join(docs, func(d *Document) []entity.Ref { return d.References }),
	}
}

// join concatenates the field part of docs into one slice of the exact
// length (nil when all are empty, as a Document of one segment has).
func join[T any](docs []Document, part func(*Document) []T) []T {
	n := 0
	for i := range docs {
		n += len(part(&docs[i]))
	}
	if n == 0 {
		return nil
	}
	out := make([]T, 0, n)
	for i := range docs {
		out = append(out, part(&docs[i])...)
	}
	return out
}

// shiftDocument adds off to every offset in d, whose results were found in
// a segment starting at byte off of the whole text. Results that share a
// pointer (a Qualifier, a Speaker) get copies, so nothing is shifted twice;
// the copies of one document are allocated together.
func shiftDocument(d *Document, off int) {
	if off == 0 {
		return
	}
	var quals qualBatch
	quals.reserve(d)
	for i := range d.Numbers {
		n := &d.Numbers[i]
		n.Span = shift(n.Span, off)
		n.Qual = quals.shift(n.Qual, off)
	}
	for i := range d.Amounts {
		m := &d.Amounts[i]
		m.Span = shift(m.Span, off)
		m.Qual = quals.shift(m.Qual, off)
		m.CurrencySpan = shift(m.CurrencySpan, off)
		m.PerSpan = shift(m.PerSpan, off)
	}
	for i := range d.Percentages {
		p := &d.Percentages[i]
		p.Span = shift(p.Span, off)
		p.Qual = quals.shift(p.Qual, off)
		p.BasisSpan = shift(p.BasisSpan, off)
	}
	shiftMentions(d.Organizations, off)
	shiftMentions(d.Persons, off)
	nSpeakers := 0
	for i := range d.Quotes {
		if d.Quotes[i].Speaker != nil {
			nSpeakers++
		}
	}
	speakers := make([]quote.Speaker, 0, nSpeakers)
	for i := range d.Quotes {
		q := &d.Quotes[i]
		q.Span = shift(q.Span, off)
		q.Outer = shift(q.Outer, off)
		if q.Speaker != nil {
			speakers = append(speakers, *q.Speaker)
			s := &speakers[len(speakers)-1]
			s.Span = shift(s.Span, off)
			q.Speaker = s
		}
	}
	for i := range d.Periods {
		d.Periods[i].Span = shift(d.Periods[i].Span, off)
	}
	for i := range d.Facts {
		f := &d.Facts[i]
		f.Span = shift(f.Span, off)
		f.MetricSpan = shift(f.MetricSpan, off)
		f.PeriodSpan = shift(f.PeriodSpan, off)
		f.Value.Span = shift(f.Value.Span, off)
		f.Change.By.Span = shift(f.Change.By.Span, off)
		f.Change.From.Span = shift(f.Change.From.Span, off)
	}
	for i := range d.References {
		d.References[i].Span = shift(d.References[i].Span, off)
	}
}

// qualBatch holds the shifted copies of a document's qualifiers in one
// allocation.
type qualBatch []parse.Qualifier

// reserve makes room for a copy of every qualifier of d.
func (b *qualBatch) reserve(d *Document) {
	n := 0
	for i := range d.Numbers {
		if d.Numbers[i].Qual != nil {
			n++
		}
	}
	for i := range d.Amounts {
		if d.Amounts[i].Qual != nil {
			n++
		}
	}
	for i := range d.Percentages {
		if d.Percentages[i].Qual != nil {
			n++
		}
	}
	if n > 0 {
		*b = make(qualBatch, 0, n)
	}
}

// shift returns a shifted copy of q (nil for nil), kept in b. Should b
// grow past what reserve counted, the copies made before stay valid in the
// old array.
func (b *qualBatch) shift(q *parse.Qualifier, off int) *parse.Qualifier {
	if q == nil {
		return nil
	}
	*b = append(*b, *q)
	c := &(*b)[len(*b)-1]
	c.Span = shift(c.Span, off)
	return c
}

func shiftMentions(ms []entity.Mention, off int) {
	for i := range ms {
		ms[i].Span = shift(ms[i].Span, off)
	}
}

// shift moves s by off; the zero Span, which the result types use for
// "not written", stays zero.
func shift(s parse.Span, off int) parse.Span {
	if s == (parse.Span{}) {
		return s
	}
	return parse.Span{Start: s.Start + off, End: s.End + off}
}
