// Command finanztext extracts numbers, amounts of money, percentages,
// organizations, persons and quotations from German financial news and
// prints them as JSON.
//
// Usage:
//
//	finanztext [-jsonl] [-pretty] [-dollar CODE] [-date YYYY-MM-DD] [-narrative] [-max-size SIZE] [FILE…]
//
// Without -jsonl, each FILE (or standard input when there is none, or for
// the name "-") is one document, and one JSON object is printed per
// document, with "id" set to the file name (omitted for standard input).
//
// With -jsonl, the input (the FILEs in turn, or standard input) holds one
// JSON object {"id": …, "text": "…"} per line, optionally with "date" (the
// document date, YYYY-MM-DD or RFC 3339) and "domain" ("news", the
// default, or "narrative"), which relative time expressions resolve
// against; -date and -narrative give the same for files and standard
// input. Without a date, a dateline at the top of the text ("Frankfurt, 3.
// November 2025", "2025-11-03 08:20") gives it; the output then carries
// "date" and "date_source" ("input" or "dateline"). Each line is analyzed on one
// of all available cores, and one output line per input line is written in
// input order, carrying the same "id" (string or number, echoed as given)
// and the results. A line that cannot be read yields {"id": …, "error": "…"}
// (with the id when it can be recovered) and the run goes on. Empty lines
// are skipped. Only the members "id", "text", "date" and "domain" are read,
// spelled exactly so (case matters); others are ignored.
//
// A document may be at most -max-size bytes (default 64 MB): a larger file
// or -jsonl line is answered with an error (an error line with the id in
// -jsonl mode, an error object and a message in file mode) and the run goes
// on. Memory is bounded: at most workers × max-size bytes of input are in
// flight. Input holding a NUL byte where a line is skipped is no JSON lines
// file; reading it stops with an error (so "finanztext -jsonl /dev/zero"
// ends at once, and "finanztext /dev/zero" after max-size bytes).
//
// Offsets are bytes into the document's text as the tool holds it: in file
// mode the file's bytes as they are; in -jsonl mode the string the JSON
// line decodes to, in which encoding/json has replaced every invalid UTF-8
// byte by U+FFFD (3 bytes). A "text" field of the output shows an invalid
// byte of the input as U+FFFD (JSON strings cannot hold it), while its
// "start" and "end" still count the input's bytes.
//
// A document longer than finanztext.DefaultSegmentSize (64 KiB; news
// articles are far shorter) is analyzed in segments cut at paragraph
// breaks, as finanztext.Analyzer.AnalyzeAt does: references and speakers
// do not link across a cut (time does: the latest date named before it). In file mode such a document
// is read as it is analyzed and the JSON of its segments is kept in an
// unlinked temporary file (in memory when none can be made) until it is
// written, so that memory does not grow with the document: about 20 MB
// for any size.
//
// Should the analysis of one document fail unexpectedly (a panic), that
// document gets an error object with its id and the run goes on.
//
// The output object has the lists "numbers", "amounts", "percentages",
// "organizations", "persons", "quotes", "periods" and "facts", always present; fields without a
// value are omitted; values are exact decimal strings; "start" and "end" are
// byte offsets into the document's UTF-8 text.
//
// The exit status is 0 on success (also when some -jsonl lines were bad),
// 1 when a file cannot be read or the output cannot be written, and 2 for
// unusable arguments.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/finanztext/finanztext"
	_ "github.com/finanztext/finanztext/internal/hugeheap" // the heap of a short run: one huge page (Linux)
	"github.com/finanztext/finanztext/internal/jsonw"
	_ "github.com/finanztext/finanztext/internal/stackgrow" // the main goroutine's stack: 16 KiB in one step
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
	"golang.org/x/text/currency"
)

func main() {
	// The tool writes no heap profiles: without sampling, the runtime
	// keeps no profile buckets (1.4 MB after the corpus as one text).
	runtime.MemProfileRate = 0
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usageText = `finanztext extracts numbers, amounts of money, percentages, organizations,
persons and quotations with their speakers from German financial news and
prints them as JSON, each with its exact byte span.

Usage:

  finanztext [-jsonl] [-pretty] [-dollar CODE] [-date YYYY-MM-DD] [-narrative]
             [-max-size SIZE] [FILE...]

Without -jsonl, each FILE (standard input when there is none, or for "-") is
one document; one JSON object is printed per document, its "id" being the
file name (omitted for standard input):

  {"id":"…","date":"2025-11-03","date_source":"input|dateline",
   "numbers":[…],"amounts":[…],"percentages":[…],
   "organizations":[…],"persons":[…],"quotes":[…],"periods":[…],"facts":[…]}

The lists are always present; fields without a value are omitted; "value",
"min" and "max" are exact decimal strings; "start" and "end" are byte
offsets into the document's UTF-8 text.

With -jsonl, each input line is a JSON object {"id": "…", "text": "…"} (the
id may be a string or a number and is echoed back as given), optionally
with "date" (YYYY-MM-DD or RFC 3339) and "domain" ("news" or "narrative")
for the time expressions; -date and -narrative set them for files and
standard input. Without a date, a dateline at the top of the text is used,
and "date"/"date_source" say which date was used. Lines are
analyzed on all cores and answered in input order, one output line each.
A bad line yields {"id": …, "error": "…"} and the run goes on; empty lines
are skipped. Member names are matched exactly ("TEXT" is not "text").

A document (file or -jsonl line) larger than -max-size is answered with an
error and the run goes on. A document longer than 64 KiB is analyzed in
segments cut at paragraph breaks; references and speakers do not link
across a cut. Files are read as they are analyzed, their JSON kept in a
temporary file until written, so memory does not grow with their size. "start" and "end" count the bytes of the file
(file mode) or of the decoded JSON string, where invalid UTF-8 has become
U+FFFD (-jsonl mode); an invalid byte shows as U+FFFD in output texts.

Exit status: 0 on success (also when some -jsonl lines were bad), 1 when a
file cannot be read or the output cannot be written, 2 for bad arguments.

Examples:

  finanztext -pretty testdata/artikel.txt
  echo '{"id":1,"text":"Der Umsatz stieg um 4 Prozent auf 2,1 Mrd. Euro."}' | finanztext -jsonl

Flags:
`

// options are the parsed command line.
type options struct {
	jsonl   bool
	pretty  bool
	files   []string
	maxSize int       // the largest document in bytes
	workers int       // analyzing goroutines in -jsonl mode
	window  int       // lines in flight in -jsonl mode
	date    time.Time // -date: the document date of file and stdin documents
	narr    bool      // -narrative

	// analyze analyzes one document; a field so that a test can make it fail.
	analyze func(text string, ref period.Ref) finanztext.Document
	// segments analyzes one document segment by segment (see
	// finanztext.Analyzer.AnalyzeSegments), so that a long one is encoded
	// part by part; nil: analyze is used on the whole text.
	segments func(text string, ref period.Ref) iter.Seq2[parse.Span, finanztext.Document]
	// read analyzes a document read from a reader segment by segment (see
	// finanztext.Analyzer.AnalyzeReader); nil: files are read whole first.
	read func(r io.Reader, ref period.Ref, f func(parse.Span, finanztext.Document) bool) error

	// writeErr is set once the output failed; the error is reported once.
	writeErr atomic.Bool

	// gc guards the collector's setting while long documents are analyzed
	// (see lowGC).
	gc struct {
		sync.Mutex
		long  int // long documents in analysis
		saved int // the GC percent to restore
	}
}

// longDocGC is the GC percent while a document longer than the segment
// size is analyzed: the heap may grow by a quarter of its live size
// between collections instead of doubling. Measured with 64 KiB segments,
// the file read as it is analyzed and its JSON spilled (peak RSS median,
// user CPU min–median of 7 and 5 runs on a busy machine): the corpus as
// one text (2.6 MB) 18.9 MB / 0.29–0.35 s at 100, 16.8 MB / 0.29–0.34 s
// at 50, 14.9 MB / 0.39–0.44 s at 25; 50 MB of „ 17.3 MB / 2.16 s,
// 14.8 MB / 2.20 s, 14.2 MB / 2.34 s. 25 is what keeps the corpus under
// 6 bytes per input byte, for about 30 % more CPU time on such a
// document. A short document (every news article) is not affected.
const longDocGC = 25

// lowGC sets the GC percent to longDocGC until the returned function is
// called, and as long as another long document is in analysis. A lower
// setting of the user's (GOGC=10, GOGC=off) is kept.
func (o *options) lowGC() (restore func()) {
	o.gc.Lock()
	if o.gc.long == 0 {
		o.gc.saved = debug.SetGCPercent(longDocGC)
		if o.gc.saved < longDocGC { // off (-1) or already lower
			debug.SetGCPercent(o.gc.saved)
		}
	}
	o.gc.long++
	o.gc.Unlock()
	return func() {
		o.gc.Lock()
		if o.gc.long--; o.gc.long == 0 {
			debug.SetGCPercent(o.gc.saved)
		}
		o.gc.Unlock()
	}
}

// outBufSize is the size of the output buffer: a small object for the Go
// allocator (at most 32 KiB less its header), which the object of a news
// article fits in (13 KB for testdata/artikel.txt). A buffer of 32 KiB or
// more would be a large object, most likely the run's only one, whose
// first allocation sets up the large-span bookkeeping (about 0.1 ms of a
// one-document run). A longer object is written past the buffer.
const outBufSize = 24 << 10

// defaultMaxSize is the largest document read by default.
const defaultMaxSize = 64 << 20

// dollarCodes are the ISO 4217 currencies called "Dollar", the only ones
// -dollar accepts.
var dollarCodes = []string{
	"USD", "AUD", "BBD", "BMD", "BND", "BSD", "BZD", "CAD", "FJD", "GYD", "HKD", "JMD",
	"KYD", "LRD", "NAD", "NZD", "SBD", "SGD", "SRD", "TTD", "TWD", "XCD", "ZWL",
}

// run is the whole program: it parses args, reads the documents from the
// named files or stdin, and writes JSON to stdout and problems to stderr.
// It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("finanztext", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usageText)
		fs.PrintDefaults()
	}
	o := &options{maxSize: defaultMaxSize}
	fs.BoolVar(&o.jsonl, "jsonl", false, "read one JSON object {\"id\",\"text\"} per line; write one result line per input line")
	fs.BoolVar(&o.pretty, "pretty", false, "indent the JSON output (with -jsonl, each result then spans several lines)")
	dollar := fs.String("dollar", "", "dollar currency `CODE` (ISO 4217: USD, CAD, AUD, HKD, …) for a bare \"Dollar\" without a country (default USD)")
	date := fs.String("date", "", "the document date `YYYY-MM-DD` of file and stdin documents, for relative time expressions (default: a dateline at the top of the text, else none)")
	fs.BoolVar(&o.narr, "narrative", false, "file and stdin documents are narratives (histories): relative time expressions resolve against the latest time named before them")
	fs.Func("max-size", "largest document (file or -jsonl line) in bytes, with an optional unit KB, MB, GB, KiB, MiB, GiB (default 64MB)", func(v string) error {
		n, err := parseSize(v)
		if err != nil {
			return err
		}
		o.maxSize = n
		return nil
	})
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *date != "" {
		d, err := parseDate(*date)
		if err != nil {
			fmt.Fprintf(stderr, "finanztext: -date %q: want YYYY-MM-DD or RFC 3339\n", *date)
			return 2
		}
		o.date = d
	}
	var opts []finanztext.Option
	if *dollar != "" {
		u, err := currency.ParseISO(*dollar)
		if err != nil {
			fmt.Fprintf(stderr, "finanztext: -dollar %q: not an ISO 4217 currency code\n", *dollar)
			return 2
		}
		if !isDollar(u.String()) {
			fmt.Fprintf(stderr, "finanztext: -dollar %s: not a dollar currency; one of %s\n", u, strings.Join(dollarCodes, ", "))
			return 2
		}
		opts = append(opts, finanztext.WithDefaultDollar(u))
	}
	analyzer := finanztext.New(opts...)
	o.analyze = analyzer.AnalyzeAt
	o.segments = analyzer.AnalyzeSegments
	o.read = analyzer.AnalyzeReader
	o.files = fs.Args()
	o.workers = runtime.GOMAXPROCS(0)
	o.window = 4 * o.workers

	out := bufio.NewWriterSize(stdout, outBufSize)
	status := 0
	if o.jsonl {
		status = o.runJSONL(stdin, out, stderr)
	} else {
		status = o.runFiles(stdin, out, stderr)
	}
	if err := out.Flush(); err != nil {
		o.writeFailed(stderr, err)
	}
	if o.writeErr.Load() {
		status = 1
	}
	return status
}

// writeFailed reports a write error on stderr, the first time only.
func (o *options) writeFailed(stderr io.Writer, err error) {
	if o.writeErr.CompareAndSwap(false, true) {
		fmt.Fprintf(stderr, "finanztext: writing output: %v\n", err)
	}
}

func isDollar(code string) bool {
	for _, c := range dollarCodes {
		if c == code {
			return true
		}
	}
	return false
}

// parseSize reads a size such as "64MB", "1GiB", "500000" (bytes).
func parseSize(v string) (int, error) {
	s := strings.TrimSpace(v)
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{
		{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30},
		{"KB", 1000}, {"MB", 1000 * 1000}, {"GB", 1000 * 1000 * 1000},
		{"K", 1000}, {"M", 1000 * 1000}, {"G", 1000 * 1000 * 1000}, {"B", 1},
	} {
		if strings.HasSuffix(strings.ToUpper(s), strings.ToUpper(u.suffix)) && len(s) > len(u.suffix) {
			s, mult = strings.TrimSpace(s[:len(s)-len(u.suffix)]), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("%q is not a size such as 64MB or 1000000", v)
	}
	if n*mult > int64(maxInt) {
		return maxInt, nil
	}
	return int(n * mult), nil
}

const maxInt = int(^uint(0) >> 1)

// sizeText writes n bytes for a person: "64 MB", "1.5 KB", "12 bytes".
func sizeText(n int) string {
	switch {
	case n >= 1000*1000 && n%(1000*1000) == 0:
		return strconv.Itoa(n/(1000*1000)) + " MB"
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.Itoa(n>>20) + " MiB"
	case n >= 1000 && n%1000 == 0:
		return strconv.Itoa(n/1000) + " KB"
	}
	return strconv.Itoa(n) + " bytes"
}

// errTooLarge is the error for a document beyond -max-size.
func (o *options) errTooLarge() string {
	return "document larger than -max-size (" + sizeText(o.maxSize) + ")"
}

// runFiles analyzes each file (or stdin) as one document.
func (o *options) runFiles(stdin io.Reader, out *bufio.Writer, stderr io.Writer) int {
	files := o.files
	if len(files) == 0 {
		files = []string{"-"}
	}
	status := 0
	for _, name := range files {
		if o.writeErr.Load() {
			return 1
		}
		var id []byte
		if name != "-" {
			id = jsonw.String(nil, name)
		}
		if o.read != nil {
			var werr writeError
			err := o.stream(out, id, name, stdin)
			switch {
			case errors.As(err, &werr):
				o.writeFailed(stderr, werr.err)
			case errors.Is(err, errTooLarge):
				fmt.Fprintf(stderr, "finanztext: %s: %s\n", displayName(name), o.errTooLarge())
				status = 1
				o.write(out, stderr, [][]byte{o.errorOut(id, displayName(name)+": "+o.errTooLarge())})
			case err != nil:
				fmt.Fprintf(stderr, "finanztext: %v\n", err)
				status = 1
			}
			continue
		}
		data, err := o.readDocument(name, stdin)
		if errors.Is(err, errTooLarge) {
			fmt.Fprintf(stderr, "finanztext: %s: %s\n", displayName(name), o.errTooLarge())
			status = 1
			o.write(out, stderr, [][]byte{o.errorOut(id, displayName(name)+": "+o.errTooLarge())})
			continue
		}
		if err != nil {
			fmt.Fprintf(stderr, "finanztext: %v\n", err)
			status = 1
			continue
		}
		o.write(out, stderr, o.encode(id, displayName(name), data, o.date, o.narr))
	}
	return status
}

func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

// write writes the chunks of one output object unless the output has
// already failed.
func (o *options) write(out *bufio.Writer, stderr io.Writer, chunks [][]byte) {
	for _, b := range chunks {
		if o.writeErr.Load() {
			return
		}
		if _, err := out.Write(b); err != nil {
			o.writeFailed(stderr, err)
		}
	}
}

var errTooLarge = errors.New("too large")

// stream analyzes the file name ("-" for stdin) as it reads it and
// writes its object to out (encodeReader). A regular file larger than
// maxSize gives errTooLarge without being read; another input gives it
// once maxSize bytes are read. A regular file of at most one segment
// (every news article) is read whole and analyzed at once instead
// (encodeSmall): no segment buffer, no reader in between.
func (o *options) stream(out io.Writer, id []byte, name string, stdin io.Reader) error {
	r := stdin
	if name != "-" {
		f, err := openFile(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			if st.Size() > int64(o.maxSize) {
				return errTooLarge
			}
			if st.Size() <= smallFile && o.analyze != nil {
				return o.encodeFile(out, id, displayName(name), r, int(st.Size()))
			}
		}
	}
	return o.encodeReader(out, id, displayName(name), r, o.date, o.narr)
}

// smallFile is the largest file read whole before it is analyzed: one
// segment (a longer text is analyzed in segments as it is read).
const smallFile = finanztext.DefaultSegmentSize

// encodeFile writes the object of a file of size bytes (as its Stat
// said, at most smallFile), read whole from r, to w (encodeSmall). A file
// that has grown since is read on as it is analyzed (encodeReader).
func (o *options) encodeFile(w io.Writer, id []byte, src string, r io.Reader, size int) error {
	text, err := readSmall(r, size)
	if err != nil {
		return err
	}
	if len(text) > size {
		return o.encodeReader(w, id, src, io.MultiReader(strings.NewReader(text), r), o.date, o.narr)
	}
	return o.encodeSmall(w, id, src, text, o.date, o.narr)
}

// readSmall reads up to size+1 bytes from r into a string: all of a file
// of size bytes, and one byte more if it has grown (the caller sees that
// from the length). One buffer of the right size, no copy.
func readSmall(r io.Reader, size int) (string, error) {
	buf := make([]byte, size+1)
	n, err := io.ReadFull(r, buf)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return "", err
	}
	if n == 0 {
		return "", nil
	}
	// buf is not written again: the string may share it.
	return unsafe.String(&buf[0], n), nil
}

// encodeSmall writes the object of a document held whole in text to w,
// as encodeReader does for a text of one segment. A panic in the analysis
// becomes the document's error object. An error writing to w is returned
// as a writeError.
func (o *options) encodeSmall(w io.Writer, id []byte, src, text string, date time.Time, narrative bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = writeAll(w, [][]byte{o.errorOut(id, fmt.Sprintf("%s: internal error: %v", src, r))})
		}
	}()
	h := o.newHeader(id, text, date, narrative)
	return o.writeOne(w, h, o.analyze(text, h.ref), len(text))
}

// readDocument reads the file name ("-" for stdin) up to o.maxSize bytes,
// for a test's options without a reader (o.read);
// a longer one gives errTooLarge without being read to its end. A regular
// file is read into a string of its size, without a second copy.
func (o *options) readDocument(name string, stdin io.Reader) (string, error) {
	r := stdin
	var b strings.Builder
	if name != "-" {
		f, err := openFile(name)
		if err != nil {
			return "", err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			if st.Size() > int64(o.maxSize) {
				return "", errTooLarge
			}
			b.Grow(int(st.Size()) + 1) // read into a buffer of the right size: no copy, no doubling
		}
		r = f
	}
	if _, err := io.Copy(&b, io.LimitReader(r, int64(o.maxSize)+1)); err != nil {
		return "", err
	}
	if b.Len() > o.maxSize {
		return "", errTooLarge
	}
	return b.String(), nil
}

// encode analyzes text and returns its JSON object with the given raw id
// (none when id is empty), followed by a newline, as chunks to be written
// in turn. date is the document date given with the input (zero: none);
// without it, a dateline at the top of the text gives the date. The object
// says which date was used and where it came from: "date" and
// "date_source" ("input" or "dateline"), both omitted when there is none.
// A panic in the analysis becomes an error object for this document, so
// that one bad document cannot end the run; src names the document in the
// message.
//
// A text longer than the analyzer's segment size is analyzed and encoded
// one segment at a time: only the JSON of the segments before is kept,
// not their results, and the chunks are the encoder's blocks, so that the
// object is never copied into one buffer (unless -pretty).
func (o *options) encode(id []byte, src, text string, date time.Time, narrative bool) (chunks [][]byte) {
	defer o.recoverInto(&chunks, id, src)
	h := o.newHeader(id, text, date, narrative)
	if o.segments == nil {
		return o.one(h, o.analyze(text, h.ref), len(text))
	}
	if len(text) > finanztext.DefaultSegmentSize {
		defer o.lowGC()()
	}
	var enc finanztext.DocumentEncoder
	for s, doc := range o.segments(text, h.ref) {
		if s.Start == 0 && s.End == len(text) {
			return o.one(h, doc, len(text)) // one segment: the whole text
		}
		enc.Add(doc)
	}
	return o.encoded(h, &enc)
}

// encodeReader is encode for a document read from r as it is analyzed, one
// segment at a time (see finanztext.Analyzer.AnalyzeReader), so that the
// text is never held whole, and the JSON of the segments is kept in a
// temporary file (in memory when none can be made). It writes the object
// to w once the document is analyzed. The date comes from a dateline in
// the first bytes. A document that turns out longer than maxSize gives
// errTooLarge, a read error that error; neither writes anything. An error
// writing to w is returned as a writeError.
func (o *options) encodeReader(w io.Writer, id []byte, src string, r io.Reader, date time.Time, narrative bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = writeAll(w, [][]byte{o.errorOut(id, fmt.Sprintf("%s: internal error: %v", src, r))})
		}
	}()
	br := bufio.NewReaderSize(r, 4<<10)
	top, _ := br.Peek(4 << 10) // a dateline is on the first three lines
	h := o.newHeader(id, string(top), date, narrative)
	var enc finanztext.DocumentEncoder
	var spill *os.File
	restoreGC := func() {}
	defer func() {
		restoreGC()
		if spill != nil {
			spill.Close()
			os.Remove(spill.Name())
		}
	}()
	var whole *finanztext.Document
	end := 0
	err = o.read(br, h.ref, func(s parse.Span, doc finanztext.Document) bool {
		end = s.End
		if s.Start == 0 && s.End > 0 {
			whole = &doc // the whole text, unless more follows
			return end <= o.maxSize
		}
		if whole != nil { // a long text: encode it in parts
			restoreGC = o.lowGC()
			if f, err := os.CreateTemp("", "finanztext-*.json"); err == nil {
				spill = f
				os.Remove(f.Name()) // gone when closed where the system allows; else above
				enc.SpillTo(f)
			}
			enc.Add(*whole)
			whole = nil
		}
		enc.Add(doc)
		return end <= o.maxSize
	})
	switch {
	case err != nil:
		return err
	case end > o.maxSize:
		return errTooLarge
	case whole != nil:
		return o.writeOne(w, h, *whole, end)
	}
	if err := o.writeEncoded(w, h, &enc); err != nil {
		return writeError{err}
	}
	return nil
}
