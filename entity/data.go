package entity

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"github.com/finanztext/finanztext/internal/lazy"
)

// The gazetteer and word lists. Files that are missing are treated as empty.
//
//go:embed data/*.tsv
var dataFS embed.FS

// orgRow is one line of data/orgs.tsv.
type orgRow struct {
	line    int
	ent     Entity
	aliases []string // as written, "?" marks an alias that needs evidence
	flags   []string
}

func (r *orgRow) hasFlag(f string) bool {
	for _, x := range r.flags {
		if x == f {
			return true
		}
	}
	return false
}

// tsvError is a problem found in a data file.
type tsvError struct {
	file string
	line int
	msg  string
}

func (e tsvError) Error() string { return fmt.Sprintf("%s:%d: %s", e.file, e.line, e.msg) }

// eachTSV calls fn for every data line of a TSV file: blank lines, lines
// starting with '#' and a header line whose first field is header are
// skipped.
func eachTSV(file, data, header string, fn func(line int, f []string)) {
	line := 0
	for ln := range strings.SplitSeq(data, "\n") {
		line++
		ln = strings.TrimRight(ln, "\r")
		if strings.TrimSpace(ln) == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		f := strings.Split(ln, "\t")
		if line == 1 || f[0] == header {
			if f[0] == header {
				continue
			}
		}
		fn(line, f)
	}
}

func readData(name string) string {
	b, err := fs.ReadFile(dataFS, "data/"+name)
	if err != nil {
		return ""
	}
	return string(b)
}

// parseOrgs parses orgs.tsv. Bad lines are reported and skipped.
func parseOrgs(data string) ([]orgRow, []error) {
	var rows []orgRow
	var errs []error
	eachTSV("orgs.tsv", data, "name", func(line int, f []string) {
		bad := func(format string, a ...any) {
			errs = append(errs, tsvError{"orgs.tsv", line, fmt.Sprintf(format, a...)})
		}
		if len(f) != 9 {
			bad("%d columns, want 9", len(f))
			if len(f) < 2 {
				return
			}
			for len(f) < 9 {
				f = append(f, "")
			}
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		r := orgRow{line: line}
		r.ent.Name = f[0]
		if r.ent.Name == "" {
			bad("empty name")
			return
		}
		t, ok := ParseType(f[1])
		if !ok || t == UnknownType || t == PersonType {
			bad("unknown type %q", f[1])
			t = OtherOrg
		}
		r.ent.Type = t
		r.ent.Country, r.ent.ISIN, r.ent.Ticker, r.ent.LEI, r.ent.Parent = f[2], f[3], f[4], f[5], f[6]
		if f[7] != "" {
			for a := range strings.SplitSeq(f[7], "|") {
				if a = strings.TrimSpace(a); a != "" && a != "?" {
					r.aliases = append(r.aliases, a)
					r.ent.Aliases = append(r.ent.Aliases, strings.TrimPrefix(a, "?"))
				}
			}
		}
		if f[8] != "" {
			for fl := range strings.SplitSeq(f[8], ",") {
				if fl = strings.TrimSpace(fl); fl != "" {
					r.flags = append(r.flags, fl)
				}
			}
		}
		rows = append(rows, r)
	})
	return rows, errs
}

// givenRow is one line of given_names.tsv.
type givenRow struct {
	name   string
	gender Gender
}

func parseGender(s string) (Gender, bool) {
	switch s {
	case "m":
		return Male, true
	case "f":
		return Female, true
	case "u", "":
		return UnknownGender, true
	}
	return UnknownGender, false
}

func parseGiven(data string) ([]givenRow, []error) {
	var rows []givenRow
	var errs []error
	eachTSV("given_names.tsv", data, "name", func(line int, f []string) {
		name := strings.TrimSpace(f[0])
		g := UnknownGender
		ok := true
		if len(f) > 1 {
			g, ok = parseGender(strings.TrimSpace(f[1]))
		}
		if !ok || len(f) > 2 || name == "" {
			errs = append(errs, tsvError{"given_names.tsv", line, fmt.Sprintf("bad line %q", strings.Join(f, "\t"))})
			if name == "" {
				return
			}
		}
		rows = append(rows, givenRow{name, g})
	})
	return rows, errs
}

// Role is a job title or function ("Chef", "Finanzvorständin",
// "Präsidentin") as read by [LookupRole].
type Role struct {
	Name   string // the word as asked for, e.g. "Konzernchefin"
	Base   string // the table entry it was found by, e.g. "Chefin"
	Gender Gender // from the word's form: Präsidentin → Female; UnknownGender when neutral
	Kind   string // the table's kind column ("executive", "politician", …)
}

func parseRoles(data string) ([]Role, []error) {
	var rows []Role
	var errs []error
	eachTSV("roles.tsv", data, "role", func(line int, f []string) {
		name := strings.TrimSpace(f[0])
		g := UnknownGender
		ok := true
		if len(f) > 1 {
			g, ok = parseGender(strings.TrimSpace(f[1]))
		}
		kind := ""
		if len(f) > 2 {
			kind = strings.TrimSpace(f[2])
		}
		if !ok || len(f) > 3 || name == "" {
			errs = append(errs, tsvError{"roles.tsv", line, fmt.Sprintf("bad line %q", strings.Join(f, "\t"))})
			if name == "" {
				return
			}
		}
		rows = append(rows, Role{Name: name, Base: name, Gender: g, Kind: kind})
	})
	return rows, errs
}

// nonOrgRow is one line of nonorgs.tsv: a product, index, place or
// country name that must not be reported as an organization.
type nonOrgRow struct {
	name, kind string
}

func parseNonOrgs(data string) ([]nonOrgRow, []error) {
	var rows []nonOrgRow
	var errs []error
	eachTSV("nonorgs.tsv", data, "name", func(line int, f []string) {
		if len(f) != 2 || f[0] == "" {
			errs = append(errs, tsvError{"nonorgs.tsv", line, "want 2 columns"})
			return
		}
		switch f[1] {
		case "product", "index", "place", "country", "other":
		default:
			errs = append(errs, tsvError{"nonorgs.tsv", line, "unknown kind " + f[1]})
		}
		rows = append(rows, nonOrgRow{f[0], f[1]})
	})
	return rows, errs
}

// tables holds the parsed data files.
type tables struct {
	orgs   []orgRow
	given  []givenRow
	roles  []Role
	nonOrg []nonOrgRow
	errs   []error
}

// loadTables returns the gazetteer's tables, read from the data files on
// the first call.
func loadTables() *tables { return tablesV.Get(readTables) }

var tablesV lazy.Value[*tables]

func readTables() *tables {
	t := &tables{}
	var e []error
	t.orgs, e = parseOrgs(readData("orgs.tsv"))
	t.errs = append(t.errs, e...)
	t.given, e = parseGiven(readData("given_names.tsv"))
	t.errs = append(t.errs, e...)
	t.roles, e = parseRoles(readData("roles.tsv"))
	t.errs = append(t.errs, e...)
	if len(t.roles) == 0 {
		for _, r := range fallbackRoles {
			r.Base = r.Name
			t.roles = append(t.roles, r)
		}
	}
	t.nonOrg, e = parseNonOrgs(readData("nonorgs.tsv"))
	t.errs = append(t.errs, e...)
	sectors, e := parseSectors(readData("sectors.tsv"))
	t.errs = append(t.errs, e...)
	for i := range t.orgs {
		if s, ok := sectors[t.orgs[i].ent.Name]; ok {
			t.orgs[i].ent.Sectors = s
			delete(sectors, t.orgs[i].ent.Name)
		}
	}
	for name := range sectors {
		t.errs = append(t.errs, tsvError{"sectors.tsv", 0, fmt.Sprintf("%q is no organization of orgs.tsv", name)})
	}
	return t
}

// knownSectors are the industries sectors.tsv may name (see
// data/README.md).
var knownSectors = map[string]bool{
	"aerospace": true, "agriculture": true, "airline": true, "airports": true, "auto": true, "beverages": true,
	"biotech": true, "chemicals": true, "construction": true, "consumer": true, "cosmetics": true, "crypto": true,
	"defense": true, "electrical": true, "electronics": true, "energy": true, "fashion": true, "food": true,
	"gaming": true, "health": true, "industrial": true, "internet": true, "it_services": true, "logistics": true,
	"luxury": true, "media": true, "medtech": true, "metals": true, "mining": true, "payments": true,
	"pharma": true, "rail": true, "real_estate": true, "retail": true, "semiconductors": true, "services": true,
	"shipping": true, "software": true, "sporting_goods": true, "steel": true, "tech": true, "telecom": true,
	"tobacco": true, "travel": true, "trucks": true, "tyres": true,
}

// parseSectors parses sectors.tsv: the industries of a company, keyed on
// its name in orgs.tsv. Bad lines are reported and skipped.
func parseSectors(data string) (map[string][]string, []error) {
	out := map[string][]string{}
	var errs []error
	eachTSV("sectors.tsv", data, "name", func(line int, f []string) {
		if len(f) != 2 || strings.TrimSpace(f[0]) == "" {
			errs = append(errs, tsvError{"sectors.tsv", line, fmt.Sprintf("%d columns, want 2", len(f))})
			return
		}
		name := strings.TrimSpace(f[0])
		if _, dup := out[name]; dup {
			errs = append(errs, tsvError{"sectors.tsv", line, fmt.Sprintf("%q twice", name)})
			return
		}
		var ss []string
		for s := range strings.SplitSeq(f[1], "|") {
			if s = strings.TrimSpace(s); !knownSectors[s] {
				errs = append(errs, tsvError{"sectors.tsv", line, fmt.Sprintf("unknown sector %q", s)})
				continue
			}
			ss = append(ss, s)
		}
		if len(ss) > 0 {
			out[name] = ss
		}
	})
	return out, errs
}
