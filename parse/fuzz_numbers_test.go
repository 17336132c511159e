package parse

import (
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// formatGerman writes v the German way: '.' groups of three and a decimal
// comma. style 1 groups with U+00A0, style 2 with the Swiss apostrophe and a
// decimal point, anything else with '.'.
func formatGerman(v decimal.Decimal, style int) string {
	s := v.String()
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	sep, mark := ".", ","
	switch style {
	case 1:
		sep = "\u00a0"
	case 2:
		sep, mark = "'", "."
	}
	var b strings.Builder
	if neg {
		b.WriteString("-")
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(mark)
		b.WriteString(frac)
	}
	return b.String()
}

func TestFormatGermanRoundTrip(t *testing.T) {
	tests := []struct {
		name  string
		m     int64
		exp   int32
		style int
		want  string
	}{
		{"plain", 1234567, 0, 0, "1.234.567"},
		{"decimals", 123456789, -2, 0, "1.234.567,89"},
		{"small", 5, -3, 0, "0,005"},
		{"negative", -4800, -3, 0, "-4,8"},
		{"nbsp", 1250000, 0, 1, "1\u00a0250\u00a0000"},
		{"swiss", 125050, -2, 2, "1'250.5"},
		{"big", 9223372036854775807, 0, 0, "9.223.372.036.854.775.807"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := decimal.New(tt.m, tt.exp)
			s := formatGerman(v, tt.style)
			assert.Equal(t, tt.want, s)
			got, err := Decimal(s)
			require.NoError(t, err)
			assert.True(t, v.Equal(got), "got %s, want %s", got, v)
		})
	}
}

// degroup turns a German digit string into the form decimal.NewFromString
// reads, or reports false when s holds anything else.
func degroup(s string) (string, bool) {
	s = strings.TrimSpace(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			b.WriteByte(c)
		case c == '.':
		case c == ',':
			b.WriteByte('.')
		case c == '-' && i == 0:
			b.WriteByte(c)
		default:
			return "", false
		}
	}
	return b.String(), true
}

func FuzzDecimal(f *testing.F) {
	for i, tt := range decimalTests {
		f.Add(tt.in, int64(i*7919-100000), uint8(i))
	}
	for i, tt := range findTests {
		f.Add(tt.in, int64(i)*1000003, uint8(i))
	}
	f.Fuzz(func(t *testing.T, s string, m int64, e uint8) {
		// invariants on arbitrary input
		v, err := Decimal(s)
		if err != nil {
			var ne *NumError
			require.True(t, errors.As(err, &ne), "error type %T", err)
			require.Equal(t, s, ne.Num)
			require.True(t, 0 <= ne.Offset && ne.Offset <= len(s), "offset %d", ne.Offset)
			require.True(t, errors.Is(err, ErrSyntax) || errors.Is(err, ErrRange) || errors.Is(err, ErrEmpty))
		} else if dg, ok := degroup(s); ok {
			// agreement with a reference on de-grouped digits
			ref, rerr := decimal.NewFromString(dg)
			require.NoError(t, rerr, "accepted %q but reference rejects %q", s, dg)
			require.True(t, ref.Equal(v), "%q: got %s, reference %s", s, v, ref)
			if len(dg) <= 15 {
				fl, ferr := strconv.ParseFloat(dg, 64)
				require.NoError(t, ferr)
				vf, _ := v.Float64()
				require.InDelta(t, fl, vf, 1e-9*max(1, fl, -fl))
			}
		}
		// round trip of a generated value
		want := decimal.New(m, -int32(e%20))
		for style := range 3 {
			if style == 2 && want.Abs().LessThan(decimal.New(1000, 0)) && !want.IsInteger() {
				continue // "0.5" without an apostrophe group is not Swiss but malformed
			}
			got, err := Decimal(formatGerman(want, style))
			require.NoError(t, err, "style %d: %q", style, formatGerman(want, style))
			require.True(t, want.Equal(got), "style %d: %q gave %s", style, formatGerman(want, style), got)
		}
	})
}

func FuzzFindNumbers(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.in)
	}
	for _, tt := range decimalTests {
		f.Add("Es waren " + tt.in + " Stück.")
	}
	for _, tt := range composeTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := Tokenize(text)
		for _, fd := range []NumberFinder{{}, NewNumberFinder(WithDateParts(true))} {
			got := fd.Find(text)
			checkSpans(t, text, got)
			// the words read from the Doc give the same numerals
			require.Equal(t, numView(got), numView(fd.FindWithDoc(text, d)), "%q", text)
			ranges := 0
			for _, n := range got {
				require.True(t, utf8.ValidString(n.Text) || !utf8.ValidString(text), "%q", n.Text)
				if n.IsRange {
					ranges++
					require.True(t, n.Value.LessThanOrEqual(n.Max), "%q: %s > %s", n.Text, n.Value, n.Max)
				}
			}
			// SplitRanges: every range gives its two ends, inside its span
			split := SplitRanges(got)
			checkSpans(t, text, split)
			require.Len(t, split, len(got)+ranges)
			for _, n := range split {
				require.False(t, n.IsRange, "%q", n.Text)
			}
		}
	})
}

// TestDecimalRoundTripRandom checks Decimal(formatGerman(v)) == v and the
// agreement with decimal.NewFromString on de-grouped digits for many
// generated values, without the fuzzing engine.
func TestDecimalRoundTripRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 5000 {
		m := rng.Int64() >> rng.IntN(63)
		if i%2 == 1 {
			m = -m
		}
		v := decimal.New(m, -int32(rng.IntN(12)))
		style := 0
		if v.Abs().GreaterThanOrEqual(decimal.New(1000, 0)) || v.IsInteger() {
			style = rng.IntN(3)
		}
		s := formatGerman(v, style)
		got, err := Decimal(s)
		require.NoError(t, err, "%q", s)
		require.True(t, v.Equal(got), "%q: got %s, want %s", s, got, v)
		if style == 0 {
			dg, ok := degroup(s)
			require.True(t, ok)
			ref, err := decimal.NewFromString(dg)
			require.NoError(t, err)
			require.True(t, ref.Equal(got), "%q", s)
		}
	}
}
