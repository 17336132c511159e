package money

import (
	"errors"
	"strconv"
	"strings"

	"github.com/finanztext/finanztext/parse"
)

// Errors wrapped by [*ParseError].
var (
	// ErrSyntax: the input is not one amount of money, or has more text
	// around it than a qualifier in front and a per-unit phrase after.
	// It is [parse.ErrSyntax], so errors.Is works with either name.
	ErrSyntax = parse.ErrSyntax
	// ErrEmpty: the input is empty. It is [parse.ErrEmpty].
	ErrEmpty = parse.ErrEmpty
	// ErrNoCurrency: the input is a number without a currency.
	ErrNoCurrency = errors.New("no currency")
)

// ParseError records a failed [Parse], like [strconv.NumError] and with
// the fields of [parse.NumError] (Input is NumError's Num); it is a type of
// its own so that the message names this package. Parse returns errors of
// type *ParseError.
type ParseError struct {
	Func   string // the failing function ("Parse")
	Input  string // the input, as given
	Offset int    // byte offset in Input where the problem was seen
	Err    error  // the reason: ErrSyntax, ErrEmpty or ErrNoCurrency
}

// Error implements error, in the shape of [parse.NumError]'s message:
// `money.Parse: parsing "5 Äpfel": no currency at byte 1`.
func (e *ParseError) Error() string {
	reason := "<nil>"
	if e.Err != nil {
		reason = e.Err.Error()
	}
	return "money." + e.Func + ": parsing " + strconv.Quote(e.Input) + ": " + reason +
		" at byte " + strconv.Itoa(e.Offset)
}

// Unwrap returns the reason, for [errors.Is].
func (e *ParseError) Unwrap() error { return e.Err }

// Parse reads s, which must be exactly one amount of money: a numeral and
// a currency ("34,9 Milliarden US-Dollar", "EUR 850 Mio.", "1,10 €"),
// optionally a qualifier in front ("rund 5 Mio. Euro", kept in Qual) or
// "zwischen" before a range ("zwischen 3 und 4 Mio. Euro", left out of the
// span as in [Find]), and a per-unit phrase after ("1,10 € je Aktie", kept in Per). No other text,
// not even surrounding spaces, is allowed. A vague amount ("einige
// Milliarden Euro") parses with Vague set and no value. Errors are of type
// [*ParseError]. Parse uses the default [Finder].
func Parse(s string) (Amount, error) {
	return defaultFinder().Parse(s)
}

// Parse is [Parse] with the settings of f.
func (f *Finder) Parse(s string) (Amount, error) {
	if f == nil {
		f = &Finder{}
	}
	fail := func(off int, err error) (Amount, error) {
		return Amount{}, &ParseError{Func: "Parse", Input: s, Offset: off, Err: err}
	}
	if s == "" {
		return fail(0, ErrEmpty)
	}
	var nbuf [4]parse.Number
	// No single amount holds more than a handful of numerals ("13 Euro und
	// 45 Cent" has two, a range with cents four): past 16 the input is not
	// one amount, and a long text fails without being scanned to its end.
	nums := parse.NewNumberFinder(parse.WithLimit(16)).Append(nbuf[:0], s)
	var abuf [2]Amount
	// One amount with a value over the whole input needs no search for
	// vague amounts, which could not overlap it anyway.
	as := f.appendIn(abuf[:0], s, nums, false)
	if len(as) != 1 || as[0].Start > 0 && as[0].Qual == nil || as[0].End < len(s) && as[0].Per == "" {
		as = f.appendIn(abuf[:0], s, nums, true)
	}
	if len(as) == 0 {
		if len(nums) > 0 && !nums[0].Ordinal {
			return fail(nums[0].End, ErrNoCurrency)
		}
		return fail(0, ErrSyntax)
	}
	if len(as) > 1 {
		return fail(as[1].Start, ErrSyntax)
	}
	a := as[0]
	lead := 0
	if a.Qual != nil && a.Qual.Start >= 0 && a.Qual.End <= a.Start && a.Qual.Start == 0 {
		lead = skipSpaces(s, a.Qual.End, 1)
	}
	// "zwischen 3 und 4 Millionen Euro": the range's span leaves out its lead.
	if a.IsRange && lead == 0 && len(s) > len("zwischen") && strings.EqualFold(s[:len("zwischen")], "zwischen") {
		if after := skipSpaces(s, len("zwischen"), 4); after > len("zwischen") {
			lead = after
		}
	}
	if lead != a.Start {
		return fail(lead, ErrSyntax)
	}
	end := a.End
	if a.Per != "" {
		end = a.PerSpan.End
	}
	if end != len(s) {
		return fail(end, ErrSyntax)
	}
	return a, nil
}
