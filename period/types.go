package period

import (
	"time"

	"github.com/finanztext/finanztext/parse"
)

// Type is the TIMEX3 type of a time expression.
type Type uint8

// The TIMEX3 types.
const (
	Date     Type = iota // a calendar date or period: "5. März 2025", "2025-Q3", "Vorjahr"
	Duration             // a length of time: "sieben Jahre" (P7Y)
	Set                  // a recurring time: "jährlich" (P1Y)
	Time                 // a time of day: "um 14 Uhr", "am Morgen des 1. Mai"
)

var typeNames = [...]string{Date: "date", Duration: "duration", Set: "set", Time: "time"}

// String returns the lowercase TIMEX3 type name: "date", "duration", "set"
// or "time".
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return "unknown"
}

// MarshalText implements [encoding.TextMarshaler] with [Type.String].
func (t Type) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// Mod is a TIMEX3 modifier: which part of the period is meant, or how the
// value is qualified.
type Mod uint8

// The TIMEX3 modifiers. NoMod is the zero value.
const (
	NoMod       Mod = iota
	Start           // START: "Anfang 2024", "Jahresbeginn"
	Mid             // MID: "Mitte 2024", "Jahresmitte"
	End             // END: "Ende 2023", "Jahresende", "Spätsommer"
	Approx          // APPROX: "etwa 1940", "fast zwei Jahre"
	OnOrAfter       // ON_OR_AFTER: "seit 2019", "ab 2026"
	OnOrBefore      // ON_OR_BEFORE: "bis 2030"
	MoreThan        // MORE_THAN: "mehr als drei Tage"
	LessThan        // LESS_THAN: "weniger als zwei Wochen"
	Before          // BEFORE: "vor 2020"
	After           // AFTER: "nach 2020"
	EqualOrLess     // EQUAL_OR_LESS: "höchstens zwei Wochen", "maximal drei Jahre"
	EqualOrMore     // EQUAL_OR_MORE: "mindestens drei Jahre"
)

var modNames = [...]string{
	NoMod: "", Start: "START", Mid: "MID", End: "END", Approx: "APPROX",
	OnOrAfter: "ON_OR_AFTER", OnOrBefore: "ON_OR_BEFORE", MoreThan: "MORE_THAN",
	LessThan: "LESS_THAN", Before: "BEFORE", After: "AFTER",
	EqualOrLess: "EQUAL_OR_LESS", EqualOrMore: "EQUAL_OR_MORE",
}

// String returns the TIMEX3 name of the modifier ("START", "ON_OR_BEFORE",
// …), or "" for NoMod.
func (m Mod) String() string {
	if int(m) < len(modNames) {
		return modNames[m]
	}
	return ""
}

// MarshalText implements [encoding.TextMarshaler] with [Mod.String].
func (m Mod) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// Ref is the reference a text's relative time expressions resolve against.
// The zero Ref means: no document date, news domain.
type Ref struct {
	// Date is the document's date (only year, month and day are read).
	// The zero time means the date is unknown: relative expressions are
	// then found and typed but get no Value.
	Date time.Time
	// Narrative selects the narrative domain (a history, a retrospective):
	// underspecified and relative expressions resolve against the latest
	// explicit time mentioned before them, not against Date ("Am 1.
	// September 1939 … Am 3. September" gives 1939-09-03). Date is still
	// used before the text names any time.
	Narrative bool
	// Anchor continues a text across parts: the TIMEX3 value of the latest
	// time named before this text (the Anchor of the Ref that
	// [Finder.FindContinued] returned for the text before it, such as the
	// previous segment of a long document). Expressions before the text
	// names a time resolve against it as if the text had named it: in
	// narrative mode all relative ones, in news mode the anaphoric ones
	// ("am selben Tag", "zwei Tage später"); the others keep resolving
	// against Date. Year, month and day values are read ("1939",
	// "1939-09", "1939-09-03", "BC0216"); a finer value counts as its day
	// ("…T14:00"), a quarter, half year or season as its year. Empty or
	// unreadable: no anchor.
	Anchor string
}

// Expression is one time expression found in a text.
type Expression struct {
	parse.Span        // byte offsets into the text
	Text       string // text[Start:End]
	Type       Type   // date, duration, set or time
	// Value is the TIMEX3 value: "2025", "2025-11", "2025-11-03",
	// "2025-Q3", "2025-H1", "2025-W45", "2025-SU" (seasons SP, SU, FA,
	// WI), "199" (a decade), "19" (a century), "BC0216" (a year before
	// Christ), "FY2025", "FY2025-Q1", "FY2025-H1" (fiscal periods, named
	// by the year they end in), "2025-11-03T14:00", "1939-09-01TMO" (parts
	// of day MO, AF, EV, NI), durations "P7Y", "P2M", "PT2H", "PXY" (an
	// unspecified number of years), sets "P1Y", and "PRESENT_REF",
	// "PAST_REF", "FUTURE_REF" where the text says no more. Value is empty
	// when the expression needs a reference date that is unknown.
	Value string
	// Mod qualifies the value: "Ende 2023" is 2023 with End.
	Mod Mod
	// From and To give the calendar interval [From, To) the value covers,
	// in UTC, when it is a calendar period: a date, a time of day, a
	// fiscal period (see [WithFiscalYearStart]), the first n months of a
	// year ("in den ersten neun Monaten 2025"). Both are zero otherwise
	// (other durations, sets, the *_REF values, an unresolved value).
	// Years before Christ use astronomical numbering (216 BC is year
	// -215). The interval ignores Mod: "Ende 2023" covers all of 2023.
	From, To time.Time
}
