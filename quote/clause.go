package quote

import (
	"strings"
	"sync"

	"github.com/finanztext/finanztext/parse"
)

// The clause fallback: when the word-window rules find no subject for a
// verb of saying, the shared clause layer of package parse (which reads
// verb-second, inverted, verb-final and fronted-object order) names the
// subject of the verb's clause. On the dev set, taking parse's subject
// instead of the window rules' lost speakers; taking it only where the
// window rules found none gained them, so it is a fallback.

// parsePool keeps parse documents (of one sentence each) for reuse; those
// that grew for very long sentences are left to the collector.
var parsePool = sync.Pool{New: func() any { return new(parse.Doc) }}

// maxPooledParse bounds the sentences whose parse document is pooled (in
// bytes, at about 8 bytes per token).
const maxPooledParse = 1 << 20

// orClauseSubject returns np, or, when np is empty, the subject that the
// clause layer finds for the clause of the verb at token verb (not a
// quantity). The parse document is built on first use.
func (d *doc) orClauseSubject(np npRange, verb int) npRange {
	if np.ok() || verb < 0 || verb >= len(d.toks) {
		return np
	}
	// only the verb's sentence is parsed: clauses do not cross sentences,
	// and the cost stays with the sentences that need the fallback (the
	// clauses of a whole shared parse.Doc would cost about 10 % of
	// finanztext.Analyze on the news corpus, this fallback about 1 %)
	sr := d.sent(verb)
	base := int(d.toks[sr.b].s)
	if d.pdoc == nil || d.pdocSent != int(sr.b) {
		if d.pdoc == nil {
			d.pdoc = parsePool.Get().(*parse.Doc)
		}
		d.pdocSent = int(sr.b)
		if err := d.pdoc.Reset(d.text[base:d.toks[sr.e].e]); err != nil {
			d.pdocSent = -1
			return np
		}
	}
	pt := d.pdoc.TokenAt(int(d.toks[verb].s) - base)
	if pt < 0 {
		return np
	}
	cl := d.pdoc.ClauseOf(pt)
	if cl < 0 {
		return np
	}
	if c := d.pdoc.Clauses()[cl]; c.Verb >= 0 && c.Lexical != c.Verb && passiveAux.Value(d.pdoc.Word(c.Verb)) {
		return np // a passive: its subject is what was said or named
	}
	ch, ok := d.pdoc.SubjectOf(cl)
	if !ok {
		return np
	}
	sp := d.pdoc.RangeSpan(ch.Tokens)
	s := d.tokAt(base + sp.Start)
	if s >= len(d.toks) || int(d.toks[s].s) != base+sp.Start || d.quantityAt(s) {
		return np
	}
	if s > 0 && d.isWord(s-1) && strings.EqualFold(d.word(s-1), "als") {
		return np // a phrase with "als" ("Als Grund wurde angegeben", "mehr als die Hälfte"), no subject
	}
	switch d.word(s) {
	case "den", "dem", "einen", "einem", "des", "eines":
		return np // an article of the dative, accusative or genitive: an object ("dankte den Helfern")
	}
	if g := d.grabNP(s, true); g.ok() {
		return g
	}
	return np
}

// releaseClauses returns the parse document to the pool, dropping its
// reference to the text.
func (d *doc) releaseClauses() {
	if d.pdoc == nil {
		return
	}
	pd := d.pdoc
	d.pdoc = nil
	if len(pd.Tokens) > maxPooledParse/8 {
		return
	}
	_ = pd.Reset("")
	parsePool.Put(pd)
}
