package fact

import (
	"github.com/finanztext/finanztext/parse"
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// Kind says what sort of figure a Value is.
type Kind uint8

// The kinds of values.
const (
	NoValue Kind = iota // the text gives no value ("der Umsatz stieg um 27 %": only the change)
	Money               // an amount of money: Value with Currency
	Percent             // a percentage, points, basis points or per mille: Value with Unit
	Count               // a plain count: "12.000 Mitarbeiter"
)

// Value is a figure: an amount of money, a percentage or a count.
type Value struct {
	Kind     Kind            // money, percentage or count
	Value    decimal.Decimal // the figure; for a range its lower end; negative for a loss
	Max      decimal.Decimal // the upper end of a range; zero otherwise
	IsRange  bool            // "20 bis 25 Milliarden Euro"
	Currency currency.Unit   // Money only; the zero Unit when the text names none
	Unit     parse.Unit      // Percent only
	Approx   parse.Approx    // "rund", "bis zu", … in front of the figure
	Span     parse.Span      // where the figure is written
}

// Change is how a figure changed: its direction, by how much, from which
// value and against which basis. The zero Change is "no change stated".
type Change struct {
	Direction parse.Direction // up, down, or none when the text gives no direction
	By        Value           // by how much (Kind NoValue when not stated)
	From      Value           // the earlier value: "von 3 auf 4", "nach 3 ein Jahr zuvor"
	Basis     Basis           // yoy, qoq, mom
	// BasisPeriod is the TIMEX3 value of a named comparison period
	// ("gegenüber 2023" → "2023") when Basis is NoBasis.
	BasisPeriod string
}

// IsZero reports whether c states nothing.
func (c Change) IsZero() bool {
	return c.Direction == parse.NoDirection && c.By.Kind == NoValue && c.From.Kind == NoValue &&
		c.Basis == NoBasis && c.BasisPeriod == ""
}

// Fact is one financial figure and what it measures: the metric, whose it
// is, its value, how it changed, for which period and whether it is
// reported, forecast or estimated.
type Fact struct {
	parse.Span        // the words that state the fact, metric to value
	Text       string // text[Start:End]

	Metric     Metric     // what is measured
	MetricText string     // the words that name the metric ("Kapitalausgaben", "verdiente")
	MetricSpan parse.Span // where MetricText is written

	// Entity is the canonical name of the organization the figure belongs
	// to (for a stake, the holder; for a deal, the buyer); empty when the
	// text does not say.
	Entity string
	// Target is the company held (Stake) or bought (DealValue); empty
	// otherwise or when the text does not say.
	Target string

	Value  Value  // the figure; Kind NoValue when only the change is given
	Change Change // how it changed; the zero Change when the text does not say

	Period     string     // TIMEX3 value of the period ("2025-Q3", "FY2025"); empty when unknown or when no value names it ("von Januar bis September")
	PeriodText string     // the time expression as written ("im letzten Quartal", "Juli bis September")
	PeriodSpan parse.Span // where PeriodText is written

	Status Status // actual, forecast or estimate
}

// MarshalJSON encodes f in the shape of the command-line output:
//
//	{"text","start","end","metric","metric_text","entity"?,"target"?,
//	 "value"?,"currency"?,"unit"?,"min"?,"max"?,"approx"?,
//	 "change"?:{"direction"?,"value"?,"unit"?,"currency"?,"from"?,"basis"?},
//	 "period"?,"period_text"?,"status"}
//
// Values are exact decimal strings; a range has value = min, plus min and
// max. Empty fields are left out.
func (f Fact) MarshalJSON() ([]byte, error) { return f.AppendJSON(nil), nil }
