package parse

// Abbreviations of percentage units that news writes after a numeral:
// "2 Pp." and "3 PP" are percentage points, "25 bp" and "10 Bp." basis
// points (the long forms, %, Prozent, Basispunkte, are read by the percent
// scanner). The table is read by pctUnitAt.

// numUnitAbbrevs are the abbreviations, matched case-sensitively, each as a
// whole word with an optional closing dot, not the head of a compound
// ("PP-Anteil"). "BP" is left out: it is the oil company.
var numUnitAbbrevs = [...]struct {
	abbr string
	unit Unit
}{
	{"Pp", Point}, {"PP", Point}, {"pp", Point}, {"Ppkt", Point}, {"Prozentpkt", Point},
	{"bp", BasisPoint}, {"Bp", BasisPoint}, {"bps", BasisPoint}, {"Bps", BasisPoint},
}

// numUnitAbbrevAt reads a unit abbreviation of numUnitAbbrevs at text[j]
// and returns its unit and end (after its dot, if any).
func numUnitAbbrevAt(text string, j int) (Unit, int, bool) {
	for _, a := range numUnitAbbrevs {
		end := j + len(a.abbr)
		if end > len(text) || text[j:end] != a.abbr {
			continue
		}
		if l, _ := numLetterAt(text, end); l || end < len(text) && (numIsDigit(text[end]) || text[end] == '-') {
			continue
		}
		if end < len(text) && text[end] == '.' {
			end++
		}
		return a.unit, end, true
	}
	return 0, 0, false
}
