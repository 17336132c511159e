package entity

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sharedAliases lists alias keys that two organizations may share on
// purpose (none so far). Keys are the token keys joined by spaces.
var sharedAliases = map[string]bool{}

func TestDataFiles(t *testing.T) {
	tb := loadTables()
	for _, err := range tb.errs {
		t.Errorf("data error: %v", err)
	}
	if len(tb.orgs) == 0 {
		t.Skip("data/orgs.tsv absent or empty")
	}
	t.Run("orgs", func(t *testing.T) {
		names := map[string]int{}
		for _, r := range tb.orgs {
			if prev, ok := names[r.ent.Name]; ok {
				t.Errorf("orgs.tsv:%d: duplicate name %q (line %d)", r.line, r.ent.Name, prev)
			}
			names[r.ent.Name] = r.line
			if r.ent.ISIN != "" && !validISIN(r.ent.ISIN) {
				t.Errorf("orgs.tsv:%d: bad ISIN %q", r.line, r.ent.ISIN)
			}
			if r.ent.LEI != "" && len(r.ent.LEI) != 20 {
				t.Errorf("orgs.tsv:%d: bad LEI %q", r.line, r.ent.LEI)
			}
			if c := r.ent.Country; c != "" && (len(c) != 2 || strings.ToUpper(c) != c) {
				t.Errorf("orgs.tsv:%d: bad country %q", r.line, c)
			}
			for _, f := range r.flags {
				if f != "ambiguous" {
					t.Logf("orgs.tsv:%d: unknown flag %q", r.line, f)
				}
			}
		}
		for _, r := range tb.orgs {
			if r.ent.Parent != "" {
				if _, ok := names[r.ent.Parent]; !ok {
					t.Errorf("orgs.tsv:%d: parent %q of %q is not an organization of the file", r.line, r.ent.Parent, r.ent.Name)
				}
			}
		}
		type owner struct {
			line int
			amb  bool
		}
		seen := map[string]owner{}
		for _, r := range tb.orgs {
			all := append([]string{r.ent.Name}, r.aliases...)
			local := map[string]bool{}
			for _, a := range all {
				amb := strings.HasPrefix(a, "?")
				k := strings.Join(keys(strings.TrimPrefix(a, "?")), " ")
				if local[k] {
					continue
				}
				local[k] = true
				if prev, ok := seen[k]; ok && !sharedAliases[k] && !(prev.amb && amb) {
					t.Errorf("orgs.tsv:%d: alias %q already used on line %d", r.line, a, prev.line)
				}
				seen[k] = owner{r.line, amb}
			}
		}
	})
	t.Run("given names", func(t *testing.T) {
		if len(tb.given) == 0 {
			t.Skip("data/given_names.tsv absent")
		}
		for _, g := range tb.given {
			r, _ := utf8.DecodeRuneInString(g.name)
			assert.True(t, unicode.IsUpper(r), "given name %q must be capitalized", g.name)
		}
	})
	t.Run("roles", func(t *testing.T) {
		if len(tb.roles) == 0 {
			t.Skip("data/roles.tsv absent")
		}
		for _, r := range tb.roles {
			assert.NotEmpty(t, r.Name)
		}
	})
}

func validISIN(s string) bool {
	if len(s) != 12 {
		return false
	}
	for i := 0; i < 12; i++ {
		c := s[i]
		switch {
		case i < 2 && 'A' <= c && c <= 'Z':
		case i >= 2 && i < 11 && ('A' <= c && c <= 'Z' || '0' <= c && c <= '9'):
		case i == 11 && '0' <= c && c <= '9':
		default:
			return false
		}
	}
	// Luhn over the digits with letters expanded (A=10 … Z=35).
	var digits []int
	for i := 0; i < 11; i++ {
		c := s[i]
		if c >= 'A' {
			v := int(c-'A') + 10
			digits = append(digits, v/10, v%10)
		} else {
			digits = append(digits, int(c-'0'))
		}
	}
	sum := 0
	for i := len(digits) - 1; i >= 0; i-- {
		v := digits[i]
		if (len(digits)-1-i)%2 == 0 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return (10-sum%10)%10 == int(s[11]-'0')
}

func TestValidISIN(t *testing.T) {
	tests := []struct {
		isin string
		ok   bool
	}{
		{"DE0007236101", true},  // Siemens
		{"US5949181045", true},  // Microsoft
		{"DE0007236102", false}, // check digit
		{"DE000723610", false},
	}
	for _, tt := range tests {
		t.Run(tt.isin, func(t *testing.T) { assert.Equal(t, tt.ok, validISIN(tt.isin)) })
	}
}

func TestParseOrgsErrors(t *testing.T) {
	data := "name\ttype\tcountry\tisin\tticker\tlei\tparent\taliases\tflags\n" +
		"Gut AG\tcompany\tDE\t\t\t\t\tGut|?Gutes\t\n" +
		"Kaputt\tspaceship\tDE\t\t\t\t\t\t\n" +
		"Kurz\tbank\n"
	rows, errs := parseOrgs(data)
	require.Len(t, rows, 3)
	assert.Equal(t, []string{"Gut", "?Gutes"}, rows[0].aliases)
	assert.Equal(t, []string{"Gut", "Gutes"}, rows[0].ent.Aliases)
	assert.Len(t, errs, 2)
}

// TestParseSectors: bad lines of sectors.tsv are reported and skipped; an
// unknown sector is dropped from its line.
func TestParseSectors(t *testing.T) {
	data := "name\tsectors\n" +
		"Gut AG\tauto|chemicals\n" +
		"Halb AG\tauto|raumschiffe\n" +
		"Gut AG\tpharma\n" +
		"Kurz\n"
	got, errs := parseSectors(data)
	assert.Equal(t, map[string][]string{"Gut AG": {"auto", "chemicals"}, "Halb AG": {"auto"}}, got)
	assert.Len(t, errs, 3)
	tb := loadTables()
	for _, r := range tb.orgs {
		if r.ent.Name == "BASF" {
			assert.Equal(t, []string{"chemicals"}, r.ent.Sectors)
		}
	}
}
