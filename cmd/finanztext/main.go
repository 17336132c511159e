// Command finanztext extracts numbers, amounts of money, percentages,
// organizations, persons and quotations from German financial news and
// prints them as JSON.
//
// Usage:
//
//	finanztext [-jsonl] [-pretty] [-dollar CODE] [FILE…]
//
// Without -jsonl, each FILE (or standard input when there is none, or for
// the name "-") is one document, and one JSON object is printed per
// document, with "id" set to the file name (omitted for standard input).
//
// With -jsonl, the input (the FILEs in turn, or standard input) holds one
// JSON object {"id": …, "text": "…"} per line. Each line is analyzed on one
// of all available cores, and one output line per input line is written in
// input order, carrying the same "id" (string or number, echoed as given)
// and the results. A line that cannot be read yields {"id": …, "error": "…"}
// (with the id when it can be recovered) and the run goes on. Empty lines
// are skipped. Lines may be of any length; memory use is bounded by a small
// window of lines in flight, so inputs of many gigabytes stream.
//
// The output object has the lists "numbers", "amounts", "percentages",
// "organizations", "persons", "quotes" and "facts", always present; fields without a
// value are omitted; values are exact decimal strings; "start" and "end" are
// byte offsets into the document's UTF-8 text.
//
// The exit status is 0 on success (also when some -jsonl lines were bad),
// 1 when a file cannot be read or the output cannot be written, and 2 for
// unusable arguments.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/finanztext/finanztext"
	"github.com/finanztext/finanztext/period"
	"golang.org/x/text/currency"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usageText = `finanztext extracts numbers, amounts of money, percentages, organizations,
persons and quotations with their speakers from German financial news and
prints them as JSON, each with its exact byte span.

Usage:

  finanztext [-jsonl] [-pretty] [-dollar CODE] [FILE...]

Without -jsonl, each FILE (standard input when there is none, or for "-") is
one document; one JSON object is printed per document, its "id" being the
file name (omitted for standard input):

  {"id":"…","numbers":[…],"amounts":[…],"percentages":[…],
   "organizations":[…],"persons":[…],"quotes":[…],"facts":[…]}

The lists are always present; fields without a value are omitted; "value",
"min" and "max" are exact decimal strings; "start" and "end" are byte
offsets into the document's UTF-8 text.

With -jsonl, each input line is a JSON object {"id": "…", "text": "…"} (the
id may be a string or a number and is echoed back as given), optionally with
"date": "YYYY-MM-DD" (relative periods of facts resolve against it, like
-date for files) and "domain": "narrative" (like -narrative). Lines are
analyzed on all cores and answered in input order, one output line each.
A bad line yields {"id": …, "error": "…"} and the run goes on; empty lines
are skipped.

Exit status: 0 on success (also when some -jsonl lines were bad), 1 when a
file cannot be read or the output cannot be written, 2 for bad arguments.

Examples:

  finanztext -pretty testdata/artikel.txt
  echo '{"id":1,"text":"Der Umsatz stieg um 4 Prozent auf 2,1 Mrd. Euro."}' | finanztext -jsonl

Flags:
`

// options are the parsed command line.
type options struct {
	jsonl    bool
	pretty   bool
	files    []string
	analyzer *finanztext.Analyzer
	workers  int
	window   int        // lines in flight in -jsonl mode
	ref      period.Ref // -date and -narrative, for file and stdin documents
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
	var o options
	fs.BoolVar(&o.jsonl, "jsonl", false, "read one JSON object {\"id\",\"text\"} per line; write one result line per input line")
	fs.BoolVar(&o.pretty, "pretty", false, "indent the JSON output (with -jsonl, each result then spans several lines)")
	date := fs.String("date", "", "the documents' date `YYYY-MM-DD` that relative time expressions of facts resolve against")
	fs.BoolVar(&o.ref.Narrative, "narrative", false, "read the documents as narratives (relative times resolve against the latest time named)")
	dollar := fs.String("dollar", "", "ISO 4217 `CODE` for a bare \"Dollar\" without a country (default USD)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *date != "" {
		d, ok := parseDate(*date)
		if !ok {
			fmt.Fprintf(stderr, "finanztext: -date %q: not a date YYYY-MM-DD\n", *date)
			return 2
		}
		o.ref.Date = d
	}
	var opts []finanztext.Option
	if *dollar != "" {
		u, err := currency.ParseISO(*dollar)
		if err != nil {
			fmt.Fprintf(stderr, "finanztext: -dollar %q: not an ISO 4217 currency code\n", *dollar)
			return 2
		}
		opts = append(opts, finanztext.WithDefaultDollar(u))
	}
	o.analyzer = finanztext.New(opts...)
	o.files = fs.Args()
	o.workers = runtime.GOMAXPROCS(0)
	o.window = 4 * o.workers

	out := bufio.NewWriterSize(stdout, 64<<10)
	status := 0
	if o.jsonl {
		status = o.runJSONL(stdin, out, stderr)
	} else {
		status = o.runFiles(stdin, out, stderr)
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "finanztext: writing output: %v\n", err)
		status = 1
	}
	return status
}

// runFiles analyzes each file (or stdin) as one document.
func (o *options) runFiles(stdin io.Reader, out *bufio.Writer, stderr io.Writer) int {
	files := o.files
	if len(files) == 0 {
		files = []string{"-"}
	}
	status := 0
	for _, name := range files {
		var (
			data []byte
			err  error
			id   []byte
		)
		if name == "-" {
			data, err = io.ReadAll(stdin)
		} else {
			data, err = os.ReadFile(name)
			id = jsonString(name)
		}
		if err != nil {
			fmt.Fprintf(stderr, "finanztext: %v\n", err)
			status = 1
			continue
		}
		b, err := o.encode(id, string(data), o.ref)
		if err != nil {
			fmt.Fprintf(stderr, "finanztext: %s: %v\n", name, err)
			status = 1
			continue
		}
		if _, err := out.Write(b); err != nil {
			fmt.Fprintf(stderr, "finanztext: writing output: %v\n", err)
			return 1
		}
	}
	return status
}

// encode analyzes text and returns its JSON object with the given raw id
// (none when id is empty), followed by a newline.
func (o *options) encode(id []byte, text string, ref period.Ref) ([]byte, error) {
	doc := o.analyzer.AnalyzeRef(text, ref)
	b, err := doc.MarshalJSON()
	if err != nil {
		return nil, err
	}
	if len(id) > 0 {
		// {"numbers":…} → {"id":ID,"numbers":…}
		withID := make([]byte, 0, len(b)+len(id)+8)
		withID = append(withID, `{"id":`...)
		withID = append(withID, id...)
		withID = append(withID, ',')
		withID = append(withID, b[1:]...)
		b = withID
	}
	return o.finish(b), nil
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

// jsonString encodes s as a JSON string without HTML escaping.
func jsonString(s string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// job is one -jsonl input line on its way through the worker pool.
type job struct {
	src  string // "line 3" or "FILE:3", for error messages
	line []byte
	out  chan []byte // the encoded result line; buffered, receives once
}

// runJSONL reads JSON lines from the files or stdin, analyzes them on
// o.workers goroutines and writes the results in input order. At most
// o.window lines are in flight at any time.
func (o *options) runJSONL(stdin io.Reader, out *bufio.Writer, stderr io.Writer) int {
	work := make(chan *job, o.window)
	order := make(chan *job, o.window)

	var wg sync.WaitGroup
	for range o.workers {
		wg.Go(func() {
			for j := range work {
				j.out <- o.processLine(j.src, j.line)
			}
		})
	}

	var writeFailed atomic.Bool
	writerDone := make(chan error, 1)
	go func() {
		var werr error
		for j := range order {
			b := <-j.out
			if werr != nil {
				continue // keep draining so the workers can finish
			}
			_, werr = out.Write(b)
			if werr == nil && len(order) == 0 {
				// Nothing else is ready: let a reader of a pipe see the
				// results so far instead of waiting for a full buffer.
				werr = out.Flush()
			}
			if werr != nil {
				writeFailed.Store(true)
			}
		}
		writerDone <- werr
	}()

	status := 0
	feed := func(r io.Reader, name string) {
		br := bufio.NewReaderSize(r, 1<<20)
		for lineNo := 1; !writeFailed.Load(); lineNo++ {
			line, err := readLine(br)
			if t := bytes.TrimSpace(bytes.TrimPrefix(line, utf8BOM)); len(t) > 0 {
				src := fmt.Sprintf("%s:%d", name, lineNo)
				if name == "" {
					src = fmt.Sprintf("line %d", lineNo)
				}
				j := &job{src: src, line: t, out: make(chan []byte, 1)}
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
		if writeFailed.Load() {
			break
		}
		if name == "-" {
			feed(stdin, "")
			continue
		}
		f, err := os.Open(name)
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
	if err := <-writerDone; err != nil {
		fmt.Fprintf(stderr, "finanztext: writing output: %v\n", err)
		status = 1
	}
	return status
}

// utf8BOM is a byte order mark, which some editors put before the first line.
var utf8BOM = []byte("\ufeff")

// readLine returns the next line of r without its newline, however long it
// is. At the end of the input it returns the last line (possibly empty)
// with io.EOF.
func readLine(r *bufio.Reader) ([]byte, error) {
	chunk, err := r.ReadSlice('\n')
	if err == nil {
		return bytes.Clone(bytes.TrimSuffix(chunk, []byte("\n"))), nil
	}
	line := bytes.Clone(chunk)
	for errors.Is(err, bufio.ErrBufferFull) {
		chunk, err = r.ReadSlice('\n')
		line = append(line, chunk...)
	}
	return bytes.TrimSuffix(line, []byte("\n")), err
}

// inputLine is one -jsonl input object.
type inputLine struct {
	ID     json.RawMessage `json:"id"`
	Text   *string         `json:"text"`
	Date   string          `json:"date"`   // the document's date, YYYY-MM-DD or RFC 3339
	Domain string          `json:"domain"` // "news" (default) or "narrative"
}

// parseDate reads YYYY-MM-DD or an RFC 3339 time.
func parseDate(s string) (time.Time, bool) {
	if d, err := time.Parse(time.DateOnly, s); err == nil {
		return d, true
	}
	if d, err := time.Parse(time.RFC3339, s); err == nil {
		return d, true
	}
	return time.Time{}, false
}

// errorLine is the output for a line that could not be analyzed.
type errorLine struct {
	ID    json.RawMessage `json:"id,omitempty"`
	Error string          `json:"error"`
}

// processLine analyzes one -jsonl line and returns its output line.
// src names the line in error messages. line has no surrounding space.
func (o *options) processLine(src string, line []byte) []byte {
	if line[0] != '{' {
		return o.errorOut(nil, src+`: not a JSON object {"id": …, "text": "…"}`)
	}
	var in inputLine
	if err := json.Unmarshal(line, &in); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) && typeErr.Field == "text" {
			return o.errorOut(idOrNil(in.ID), src+`: "text" must be a string`)
		}
		if errors.As(err, &typeErr) && typeErr.Field == "id" {
			return o.errorOut(nil, src+`: "id" must be a string or a number`)
		}
		return o.errorOut(recoverID(line), fmt.Sprintf("%s: invalid JSON: %v", src, err))
	}
	id := in.ID
	if bytes.Equal(id, []byte("null")) {
		id = nil
	}
	if len(id) > 0 && !validID(id) {
		return o.errorOut(id, src+`: "id" must be a string or a number`)
	}
	if in.Text == nil {
		return o.errorOut(id, src+`: missing "text"`)
	}
	ref := period.Ref{Narrative: in.Domain == "narrative"}
	if in.Date != "" {
		d, ok := parseDate(in.Date)
		if !ok {
			return o.errorOut(id, src+`: "date" must be YYYY-MM-DD or RFC 3339`)
		}
		ref.Date = d
	}
	b, err := o.encode(id, *in.Text, ref)
	if err != nil {
		return o.errorOut(id, fmt.Sprintf("%s: %v", src, err))
	}
	return b
}

func (o *options) errorOut(id json.RawMessage, msg string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(errorLine{ID: id, Error: msg}); err != nil {
		buf.Reset()
		_ = enc.Encode(errorLine{Error: msg})
	}
	return o.finish(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

// idOrNil returns id when it is a string or a number, nil otherwise.
func idOrNil(id json.RawMessage) json.RawMessage {
	if len(id) > 0 && validID(id) {
		return id
	}
	return nil
}

// validID reports whether the raw JSON value id is a string or a number.
func validID(id json.RawMessage) bool {
	switch c := id[0]; {
	case c == '"', c == '-', '0' <= c && c <= '9':
		return true
	}
	return false
}

// recoverID returns the "id" of a line that is not valid JSON as a whole,
// when the object is readable up to and including its id; nil otherwise.
func recoverID(line []byte) json.RawMessage {
	dec := json.NewDecoder(bytes.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil
		}
		if key == "id" {
			if len(raw) > 0 && validID(raw) {
				return raw
			}
			return nil
		}
	}
	return nil
}
