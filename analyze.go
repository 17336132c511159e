package finanztext

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/fact"
	"github.com/finanztext/finanztext/internal/lazy"
	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
	"github.com/finanztext/finanztext/quote"
	"golang.org/x/text/currency"
)

// Document holds everything [Analyze] found in one text. Every slice is
// ordered by Start; spans are byte offsets into the analyzed text.
//
// The parts are linked by canonical names. The quote finder resolves
// speakers against the same mentions that make up Persons and
// Organizations, so a resolved quote's Speaker.Name is the Entity.Name of
// one of the Persons (or, when Speaker.IsOrganization, of one of the
// Organizations); a person's Organization is the canonical name of the
// organization the role belongs to. [Document.Person],
// [Document.Organization] and [Document.Speaker] follow these links; they
// report false for a speaker the finder could only describe ("ein
// Sprecher", "laut Gutachten") and for a name the quote finder read from
// the attribution alone when the recognizer did not know it as a person
// ("sagte Sadiq Khan", whose given name is not in the gazetteer): such a
// Speaker has a Name but no mention in Persons.
type Document struct {
	Numbers       []parse.Number       // every numeral, ordinals included; a range as its two ends (parse.SplitRanges)
	Amounts       []money.Amount       // amounts of money
	Percentages   []parse.PercentMatch // percentages, percentage points, basis points, per mille
	Organizations []entity.Mention     // mentions with Kind == entity.Organization
	Persons       []entity.Mention     // mentions with Kind == entity.Person
	Quotes        []quote.Quote        // direct and indirect quotations
	// Periods are the time expressions ("im dritten Quartal", "Ende 2023",
	// "vor sechs Jahren"), their values resolved against the reference
	// given to [Analyzer.AnalyzeAt] (none for [Analyzer.Analyze]).
	Periods []period.Expression
	// Facts are the financial facts: which figure measures what (a metric
	// of a closed list), of whom, how it changed, for which period, and
	// whether it is reported, forecast or estimated (see package fact).
	Facts []fact.Fact
	// References are the pronouns and definite descriptions ("das
	// Unternehmen", "die Notenbank", "er") resolved to the organization or
	// person they refer to, each with that entity's canonical name: the
	// links the quote and fact finders read. They are filled when
	// Organizations or Persons are asked for.
	References []entity.Ref
}

// Person returns the first mention of the person with the canonical name
// name, and whether there is one.
func (d Document) Person(name string) (entity.Mention, bool) {
	return findByName(d.Persons, name)
}

// Organization returns the first mention of the organization with the
// canonical name name, and whether there is one.
func (d Document) Organization(name string) (entity.Mention, bool) {
	return findByName(d.Organizations, name)
}

// Speaker returns the first mention in d of the person (or organization)
// who said q, and whether q has a speaker that d mentions.
func (d Document) Speaker(q quote.Quote) (entity.Mention, bool) {
	if q.Speaker == nil || q.Speaker.Name == "" {
		return entity.Mention{}, false
	}
	if q.Speaker.IsOrganization {
		return d.Organization(q.Speaker.Name)
	}
	return d.Person(q.Speaker.Name)
}

func findByName(ms []entity.Mention, name string) (entity.Mention, bool) {
	if name == "" {
		return entity.Mention{}, false
	}
	for _, m := range ms {
		if m.Name() == name {
			return m, true
		}
	}
	return entity.Mention{}, false
}

// Kinds is a set of the kinds of facts an [Analyzer] extracts.
type Kinds uint8

// The kinds of facts. Kinds that others depend on are computed when needed
// (quotes need persons, amounts need numbers) but only the requested ones
// are stored in the [Document].
const (
	Numbers Kinds = 1 << iota
	Amounts
	Percentages
	Organizations
	Persons
	Quotes
	Periods
	Facts

	AllKinds = Numbers | Amounts | Percentages | Organizations | Persons | Quotes | Periods | Facts
)

// Option configures an [Analyzer].
type Option func(*config)

type config struct {
	kinds    Kinds
	dollar   currency.Unit
	entities []entity.Entity
	segSize  int // see WithSegmentSize
}

// WithKinds restricts the analysis to the kinds in k. The default is
// [AllKinds].
func WithKinds(k Kinds) Option {
	return func(c *config) { c.kinds = k & AllKinds }
}

// WithDefaultDollar sets the currency of a bare "Dollar" or "$" (one
// without a country, unlike "US-Dollar", "kanadische Dollar" or "HK$").
// The default is USD.
func WithDefaultDollar(u currency.Unit) Option {
	return func(c *config) { c.dollar = u }
}

// WithEntities adds organizations and persons to the built-in gazetteer.
// Each entity is recognized by its Name and its Aliases, as whole words;
// an entity with Type [entity.PersonType] is a person, any other an
// organization (see [entity.WithEntities]).
func WithEntities(es ...entity.Entity) Option {
	return func(c *config) { c.entities = append(c.entities, es...) }
}

// Analyzer extracts facts from texts. Build one with [New] and reuse it: it
// is immutable and safe for concurrent use by many goroutines. The zero
// Analyzer (and a nil *Analyzer) behaves like New().
type Analyzer struct {
	kinds    Kinds
	money    *money.Finder
	entities *entity.Recognizer
	quotes   *quote.Finder
	periods  *period.Finder
	persons  []extraEntity // WithEntities persons; the recognizer takes the organizations
	segSize  int           // longer texts are analyzed in segments (segment.go)
}

type extraEntity struct {
	entity *entity.Entity
	names  []string
}

// New returns an Analyzer configured by opts.
func New(opts ...Option) *Analyzer {
	c := config{kinds: AllKinds, dollar: currency.USD, segSize: DefaultSegmentSize}
	for _, o := range opts {
		o(&c)
	}
	a := &Analyzer{kinds: c.kinds, segSize: c.segSize, money: money.NewFinder(money.WithDefaultDollar(c.dollar))}
	var orgs []entity.Entity
	for i := range c.entities {
		e := c.entities[i] // a copy: the caller may change its slice later
		if e.Type != entity.PersonType {
			orgs = append(orgs, e)
			continue
		}
		// TODO(integration): entity.WithEntities takes organizations only;
		// the caller's persons are matched here.
		var names []string
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if strings.IndexFunc(n, isWordRune) >= 0 { // a name, not punctuation or NUL
				names = append(names, n)
			}
		}
		e.Aliases = append([]string(nil), e.Aliases...)
		if len(names) > 0 {
			a.persons = append(a.persons, extraEntity{entity: &e, names: names})
		}
	}
	if len(orgs) > 0 {
		a.entities = entity.NewRecognizer(entity.WithEntities(orgs...))
	} else {
		a.entities = entity.NewRecognizer()
	}
	a.quotes = quote.NewFinder(quote.WithRecognizer(a.entities))
	a.periods = period.NewFinder()
	return a
}

// defaultAnalyzer returns the Analyzer of the package's functions, made
// on the first call.
func defaultAnalyzer() *Analyzer { return defaultAnalyzerV.Get(newDefaultAnalyzer) }

var defaultAnalyzerV lazy.Value[*Analyzer]

func newDefaultAnalyzer() *Analyzer { return New() }

// Analyze extracts all kinds of facts from text with the default settings.
// It is New().Analyze(text) without building a new Analyzer each time.
func Analyze(text string) Document {
	return defaultAnalyzer().Analyze(text)
}

// Analyze extracts the configured kinds of facts from text. The numerals
// are found once and shared by percentages and amounts; the entity mentions
// are found once and shared by the quote finder. Relative time expressions
// get no value: Analyze knows no document date (see [Analyzer.AnalyzeAt]).
func (a *Analyzer) Analyze(text string) Document {
	return a.AnalyzeAt(text, period.Ref{})
}

// AnalyzeAt is [Analyzer.Analyze] for a document with a reference: its
// date (relative time expressions such as "im Vorjahr" or "am Donnerstag"
// resolve against ref.Date) and its domain (ref.Narrative for a history or
// a retrospective; see [period.Ref]). One Analyzer serves documents with
// different dates and domains, also concurrently.
//
// A text longer than the segment size ([DefaultSegmentSize], see
// [WithSegmentSize]) is analyzed one segment at a time and the results are
// joined, so that the working memory stays bounded; references and
// speakers do not link across a cut, time does (see
// [Analyzer.AnalyzeSegments]).
func (a *Analyzer) AnalyzeAt(text string, ref period.Ref) Document {
	if a == nil || a.money == nil {
		a = defaultAnalyzer()
	}
	if len(text) > a.segSize {
		return a.analyzeSegmented(text, ref)
	}
	doc, _ := a.analyzeOne(text, &ref)
	return doc
}

// analyzeOne is AnalyzeAt on one segment. It also returns the number of
// entity mentions that Document.References' Target indexes, and sets *ref
// to the reference for the segment after it (a narrative's anchor, see
// period.Ref.Anchor).
func (a *Analyzer) analyzeOne(text string, ref *period.Ref) (Document, int) {
	var doc Document
	nMentions := 0
	k := a.kinds
	var in fact.Input // what the fact finder reads: the results of the other kinds
	// The text is tokenized once, into a pooled parse.Doc that the finders
	// below read (see docKinds).
	if k&docKinds != 0 {
		pd := docPool.Get().(*parse.Doc)
		defer putDoc(pd)
		if pd.Reset(text) == nil {
			in.Doc = pd
		}
	}
	if !ref.Narrative {
		in.Date = ref.Date // a fact's period after it makes a plan (not in a narrative: its times are told after the fact)
	}
	if k&(Periods|Facts) != 0 {
		in.Periods, *ref = a.periods.FindContinued(text, *ref)
		if k&Periods != 0 {
			doc.Periods = in.Periods
		}
	}

	if k&(Numbers|Amounts|Percentages|Facts) != 0 {
		nums := parse.FindNumbersWithDoc(text, in.Doc) // the words from the Doc when there is one
		if k&Numbers != 0 {
			doc.Numbers = parse.SplitRanges(nums) // "100 bis 300 Milliarden": two numerals
		}
		if k&(Percentages|Facts) != 0 {
			in.Percents = parse.FindPercentsWith(text, nums)
			if k&Percentages != 0 {
				doc.Percentages = in.Percents
			}
		}
		if k&(Amounts|Facts) != 0 {
			in.Amounts = a.money.FindWith(text, nums)
			if k&Amounts != 0 {
				doc.Amounts = in.Amounts
			}
		}
		in.Numbers = nums
	}

	if k&(Organizations|Persons|Quotes|Facts) != 0 {
		var edoc *entity.Doc
		if in.Doc != nil {
			edoc = a.entities.FindDocWith(in.Doc) // the recognizer's tokens from the shared ones
		} else {
			edoc = a.entities.FindDoc(text)
		}
		mentions := edoc.Mentions
		nMentions = len(edoc.Mentions)
		in.Refs = edoc.Refs
		if k&(Organizations|Persons) != 0 {
			doc.References = edoc.Refs
		}
		if len(a.persons) > 0 {
			mentions = a.addPersons(text, mentions)
		}
		var nOrg, nPer int
		for _, m := range mentions {
			switch m.Kind {
			case entity.Organization:
				nOrg++
			case entity.Person:
				nPer++
			}
		}
		if k&Organizations != 0 && nOrg > 0 {
			doc.Organizations = make([]entity.Mention, 0, nOrg)
		}
		if k&Persons != 0 && nPer > 0 {
			doc.Persons = make([]entity.Mention, 0, nPer)
		}
		for _, m := range mentions {
			switch {
			case m.Kind == entity.Organization && k&Organizations != 0:
				doc.Organizations = append(doc.Organizations, m)
			case m.Kind == entity.Person && k&Persons != 0:
				doc.Persons = append(doc.Persons, m)
			}
		}
		if k&Quotes != 0 {
			if len(a.persons) == 0 {
				doc.Quotes = a.quotes.FindWithDoc(edoc) // with the references ("das Unternehmen")
			} else {
				doc.Quotes = a.quotes.FindWith(text, mentions)
			}
			in.Quotes = doc.Quotes // facts in a quote belong to the speaker's organization
		}
		in.Mentions = mentions
	}

	if k&Facts != 0 {
		doc.Facts = fact.FindWith(text, in)
	}
	return doc, nMentions
}

// docKinds are the kinds whose finders read the shared parse.Doc. The
// entity recognizer reads it when it is there (FindDocWith) but does not
// ask for it: for organizations and persons alone, tokenizing costs more
// than the recognizer saves.
const docKinds = Quotes | Facts

// docPool keeps the parse documents of analyzeOne for reuse.
var docPool = sync.Pool{New: func() any { return new(parse.Doc) }}

// maxPooledDoc bounds the texts (in bytes) whose parse.Doc goes back to
// docPool, so that one huge unsegmented text does not pin its memory.
const maxPooledDoc = 1 << 20

func putDoc(pd *parse.Doc) {
	if len(pd.Text) <= maxPooledDoc {
		_ = pd.Reset("") // drop the reference to the text
		docPool.Put(pd)
	}
}

// addPersons adds the mentions of the caller's persons that do not overlap
// a mention the recognizer found, keeping the result ordered by Start. It
// runs in O(n log n) for n candidate matches.
func (a *Analyzer) addPersons(text string, mentions []entity.Mention) []entity.Mention {
	var cands []entity.Mention
	for _, x := range a.persons {
		for _, name := range x.names {
			for off := 0; off < len(text); {
				i := strings.Index(text[off:], name)
				if i < 0 {
					break
				}
				s := parse.Span{Start: off + i, End: off + i + len(name)}
				off = s.End
				if end, ok := wordEnd(text, s); ok {
					s.End = end
					cands = append(cands, entity.Mention{
						Span: s, Text: text[s.Start:s.End], Kind: entity.Person, Entity: x.entity,
					})
				}
			}
		}
	}
	if len(cands) == 0 {
		return mentions
	}
	// Longest first among equal starts, so "Nordwind Energie" beats "Nordwind".
	slices.SortStableFunc(cands, func(x, y entity.Mention) int {
		if x.Start != y.Start {
			return cmp.Compare(x.Start, y.Start)
		}
		return cmp.Compare(y.End, x.End)
	})
	out := make([]entity.Mention, 0, len(mentions)+len(cands))
	j := 0    // next recognizer mention
	last := 0 // end of the last kept candidate
	for _, c := range cands {
		for j < len(mentions) && mentions[j].Start < c.Start {
			out = append(out, mentions[j])
			j++
		}
		if c.Start < last {
			continue
		}
		// Mentions are ordered and do not overlap: only the one before and
		// the one at j can overlap c.
		if (j > 0 && mentions[j-1].Overlaps(c.Span)) || (j < len(mentions) && mentions[j].Overlaps(c.Span)) {
			continue
		}
		out = append(out, c)
		last = c.End
	}
	return append(out, mentions[j:]...)
}

// wordEnd reports whether s starts and ends at word boundaries in text and
// returns its end, taking in a genitive s ("Ida Quastenbergs"), as the
// recognizer does for organizations.
func wordEnd(text string, s parse.Span) (int, bool) {
	if s.Start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s.Start])
		if isWordRune(r) {
			return 0, false
		}
	}
	end := s.End
	if end < len(text) && text[end] == 's' {
		end++
	}
	if end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if isWordRune(r) {
			return 0, false
		}
	}
	return end, true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
