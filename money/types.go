package money

import (
	"github.com/finanztext/finanztext/parse"
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// CONTRACT FILE: shared with the root package. Fields may be added.

// Amount is one amount of money.
type Amount struct {
	parse.Span                  // numeral through currency ("34,9 Milliarden US-Dollar")
	Text        string          // text[Start:End]
	Value       decimal.Decimal // the amount; for a range the lower bound
	Min, Max    decimal.Decimal // range bounds when IsRange
	IsRange     bool
	Currency    currency.Unit // zero Unit when unknown (bare "Kronen" without country)
	HasCurrency bool          // false when the currency could not be determined
	Vague       bool          // "einige Milliarden US-Dollar": no Value
	Qual        *parse.Qualifier
	Per         string // "je Aktie" → "Aktie"; empty otherwise
}
