package money

import (
	"github.com/finanztext/finanztext/parse"
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// CONTRACT FILE: shared with the root package. Fields may be added.

// Amount is one amount of money.
//
// The span covers the numeral and the currency, in whichever order they
// are written ("34,9 Milliarden US-Dollar", "EUR 850 Mio.", "€ 2,5 Mio.").
// It does not cover a qualifier in front ("rund", "bis zu"): that has its
// own span in Qual. Nor does it cover a per-unit phrase ("je Aktie"): that
// is in Per and PerSpan.
type Amount struct {
	parse.Span                   // numeral through currency ("34,9 Milliarden US-Dollar")
	Text        string           // text[Start:End]
	Value       decimal.Decimal  // the amount; for a range the lower bound
	Min, Max    decimal.Decimal  // range bounds when IsRange
	IsRange     bool             // a range: "20 bis 25 Milliarden Euro"
	Currency    currency.Unit    // zero Unit when unknown (bare "Kronen" without country)
	HasCurrency bool             // false when the currency could not be determined
	Vague       bool             // "einige Milliarden US-Dollar": no Value
	Qual        *parse.Qualifier // the qualifier in front ("rund", "knapp", "bis zu"), nil when none
	Per         string           // "je Aktie" → "Aktie"; empty otherwise

	// CurrencySpan is where the currency is written: the symbol, code or
	// name ("US-Dollar", "€", "schwedische Kronen"). Empty for an amount
	// such as "Millionenbetrag" that names no currency.
	CurrencySpan parse.Span
	// PerSpan is where the unit of a per-unit amount is written ("Aktie"
	// in "1,10 € je Aktie"); empty when Per is empty.
	PerSpan parse.Span
}
