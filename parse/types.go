package parse

import "github.com/shopspring/decimal"

// CONTRACT FILE: the exported shapes below are shared by money, entity, quote
// and the root package. Fields may be added; do not rename or remove without
// telling the coordinator.

// Approx says how a qualifier word bends a value: "rund 5" is about 5,
// "bis zu 5" at most 5.
type Approx uint8

// Approximation kinds. Their String forms are the CLI's "approx" values.
const (
	Exact     Approx = iota // no qualifier
	About                   // rund, etwa, ca., circa, fast, nahezu, annähernd
	AtMost                  // bis zu, höchstens, maximal
	AtLeast                 // mindestens, wenigstens
	MoreThan                // mehr als, über
	LessThan                // weniger als, unter
	JustUnder               // knapp: a little less than the value ("knapp 19 Mrd.")
	JustOver                // gut: a little more than the value ("gut 19 Mrd.")
)

// Qualifier is a word or phrase in front of a numeral that bends its value
// ("rund", "bis zu", "mehr als").
type Qualifier struct {
	Span          // where the qualifier is written
	Text   string // as written, e.g. "bis zu"
	Approx Approx // what it means: About, AtMost, JustUnder, …
}

// Number is one numeral found in running text.
type Number struct {
	Span                    // the numeral, scale word included ("34,9 Milliarden"); for a range both ends ("20 bis 25")
	Text    string          // text[Start:End]
	Value   decimal.Decimal // the exact value; the lower bound of a range
	Max     decimal.Decimal // upper bound when IsRange; zero otherwise
	Qual    *Qualifier      // the qualifier in front, nil when there is none
	IsRange bool            // "20 bis 25", "20–25", "zwischen 20 und 25"
	Ordinal bool            // "3." before a noun, "dritte", "ersten"
	Flags   NumberFlags     // how the numeral was written

	// Where the two ends of a range are written, as byte lengths from
	// Start: the lower end is [Start, Start+minLen), the upper end
	// [End-maxLen, End). Zero when not a range, or when an end is longer
	// than fits (then SplitRanges keeps the range whole). Kept small so
	// that a Number is no larger than without them; see [SplitRanges].
	minLen, maxLen uint32
}

// NumberFlags describe how a numeral was written.
type NumberFlags uint16

// Number flags.
const (
	FlagDigits   NumberFlags = 1 << iota // written with digits
	FlagWords                            // written (partly) as number words
	FlagScale                            // carries a scale word (Mio., Milliarden, …)
	FlagFraction                         // halb, anderthalb, Drittel, Viertel …
	FlagSigned                           // had an explicit sign + - −
	FlagCompound                         // inside a hyphen compound ("250-Milliarden-…")
	FlagArticle                          // an article-like word used as a number ("eine Milliarde")
)

// Unit is the unit of a percentage-like value.
type Unit uint8

// The units of a [PercentMatch]. Their String forms are the CLI's "unit" values.
const (
	Percent    Unit = iota // % , Prozent, v. H., vH
	Point                  // Prozentpunkte
	BasisPoint             // Basispunkte
	Permille               // Promille, ‰
)

// Direction is the direction of a change a percentage describes.
type Direction uint8

// Directions of change.
const (
	NoDirection Direction = iota
	Up
	Down
)

// PercentMatch is one percentage phrase found in running text.
type PercentMatch struct {
	Span                      // numeral and unit ("27 %", "Fünf-Prozent")
	Text      string          // text[Start:End]
	Value     decimal.Decimal // signed when written with a sign
	Max       decimal.Decimal // upper bound when IsRange
	IsRange   bool            // "20 bis 25 Prozent", "20–25 %"
	Unit      Unit            // percent, percentage points, basis points or per mille
	Direction Direction       // up or down from the words of change around it; NoDirection when none
	Basis     string          // "gegenüber dem Vorjahr"; empty when none
	BasisSpan Span            // where Basis is written; empty when Basis is
	Qual      *Qualifier      // the qualifier in front ("rund", "knapp"), nil when there is none
}
