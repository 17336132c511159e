package parse

import "fmt"

// approxNames are the String forms of Approx, indexed by value.
var approxNames = [...]string{
	Exact:    "",
	About:    "about",
	AtMost:   "at_most",
	AtLeast:  "at_least",
	MoreThan: "more_than",
	LessThan: "less_than",
	// JustUnder and JustOver: "knapp 19 Mrd." and "gut 19 Mrd.".
	JustUnder: "just_under",
	JustOver:  "just_over",
}

// unitNames are the String forms of Unit, indexed by value.
var unitNames = [...]string{
	Percent:    "percent",
	Point:      "point",
	BasisPoint: "basis_point",
	Permille:   "permille",
}

// directionNames are the String forms of Direction, indexed by value.
var directionNames = [...]string{
	NoDirection: "",
	Up:          "up",
	Down:        "down",
}

// String returns the CLI name of a: "" for Exact, then "about", "at_most",
// "at_least", "more_than", "less_than", "just_under", "just_over".
func (a Approx) String() string {
	if int(a) < len(approxNames) {
		return approxNames[a]
	}
	return fmt.Sprintf("Approx(%d)", uint8(a))
}

// MarshalText encodes a as its String form, so that Approx values appear in
// JSON as strings. An unknown value is an error.
func (a Approx) MarshalText() ([]byte, error) {
	if int(a) >= len(approxNames) {
		return nil, fmt.Errorf("parse: unknown Approx %d", uint8(a))
	}
	return []byte(approxNames[a]), nil
}

// UnmarshalText decodes the String form of an Approx; "" is Exact.
func (a *Approx) UnmarshalText(b []byte) error {
	for i, n := range approxNames {
		if n == string(b) {
			*a = Approx(i)
			return nil
		}
	}
	return fmt.Errorf("parse: unknown Approx %q", b)
}

// String returns the CLI name of u: "percent", "point", "basis_point" or
// "permille".
func (u Unit) String() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return fmt.Sprintf("Unit(%d)", uint8(u))
}

// MarshalText encodes u as its String form. An unknown value is an error.
func (u Unit) MarshalText() ([]byte, error) {
	if int(u) >= len(unitNames) {
		return nil, fmt.Errorf("parse: unknown Unit %d", uint8(u))
	}
	return []byte(unitNames[u]), nil
}

// UnmarshalText decodes the String form of a Unit.
func (u *Unit) UnmarshalText(b []byte) error {
	for i, n := range unitNames {
		if n == string(b) {
			*u = Unit(i)
			return nil
		}
	}
	return fmt.Errorf("parse: unknown Unit %q", b)
}

// String returns the CLI name of d: "" for NoDirection, "up" or "down".
func (d Direction) String() string {
	if int(d) < len(directionNames) {
		return directionNames[d]
	}
	return fmt.Sprintf("Direction(%d)", uint8(d))
}

// MarshalText encodes d as its String form. An unknown value is an error.
func (d Direction) MarshalText() ([]byte, error) {
	if int(d) >= len(directionNames) {
		return nil, fmt.Errorf("parse: unknown Direction %d", uint8(d))
	}
	return []byte(directionNames[d]), nil
}

// UnmarshalText decodes the String form of a Direction; "" is NoDirection.
func (d *Direction) UnmarshalText(b []byte) error {
	for i, n := range directionNames {
		if n == string(b) {
			*d = Direction(i)
			return nil
		}
	}
	return fmt.Errorf("parse: unknown Direction %q", b)
}
