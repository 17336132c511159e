package money

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, in, value, cur string
		vague, hasCur        bool
		per                  string
	}{
		{"US-Dollar", "34,9 Milliarden US-Dollar", "34900000000", "USD", false, true, ""},
		{"short scale", "2,3 Mrd. €", "2300000000", "EUR", false, true, ""},
		{"code before", "EUR 850 Mio.", "850000000", "EUR", false, true, ""},
		{"code after", "10 Mrd. USD", "10000000000", "USD", false, true, ""},
		{"swiss", "CHF 1'250 Mio.", "1250000000", "CHF", false, true, ""},
		{"sign before", "€ 2,5 Mio.", "2500000", "EUR", false, true, ""},
		{"words", "eine Milliarde Dollar", "1000000000", "USD", false, true, ""},
		{"einer", "einer Milliarde US-Dollar", "1000000000", "USD", false, true, ""},
		{"anderthalb", "anderthalb Milliarden Euro", "1500000000", "EUR", false, true, ""},
		{"Billionen", "1,2 Billionen Yen", "1200000000000", "JPY", false, true, ""},
		{"cents", "45 Cent", "0.45", "EUR", false, true, ""},
		{"euro fünfzig", "zwei Euro fünfzig", "2.5", "EUR", false, true, ""},
		{"euro und cent", "13 Euro und 45 Cent", "13.45", "EUR", false, true, ""},
		{"per", "1,10 € je Aktie", "1.1", "EUR", false, true, "Aktie"},
		{"qualifier", "rund 5 Mio. Euro", "5000000", "EUR", false, true, ""},
		{"compound", "250-Milliarden-US-Dollar", "250000000000", "USD", false, true, ""},
		{"range", "20 bis 25 Milliarden Euro", "20000000000", "EUR", false, true, ""},
		{"range zwischen", "zwischen 3 und 4 Millionen Euro", "3000000", "EUR", false, true, ""},
		{"range Zwischen", "Zwischen 7,6 und 7,9 Mrd. Dollar", "7600000000", "USD", false, true, ""},
		{"vague", "einige Milliarden US-Dollar", "0", "USD", true, true, ""},
		{"kronen unknown", "300 Mio. Kronen", "300000000", "", false, false, ""},
		{"kronen adjective", "300 Mio. dänische Kronen", "300000000", "DKK", false, true, ""},
		{"grouped", "1.234.567,89 €", "1234567.89", "EUR", false, true, ""},
		{"negative", "-5 Mio. Euro", "-5000000", "EUR", false, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.value, a.Value.String())
			assert.Equal(t, tt.vague, a.Vague)
			assert.Equal(t, tt.hasCur, a.HasCurrency)
			if tt.hasCur {
				assert.Equal(t, tt.cur, a.Currency.String())
			}
			assert.Equal(t, tt.per, a.Per)
			assert.Equal(t, tt.in[a.Start:a.End], a.Text)
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in string
		err      error
		offset   int
	}{
		{"empty", "", ErrEmpty, 0},
		{"currency only", "Euro", ErrSyntax, 0},
		{"number only", "5 Mio.", ErrNoCurrency, 6},
		{"trailing text", "5 Euro und mehr", ErrSyntax, 6},
		{"leading space", " 5 Euro", ErrSyntax, 0},
		{"trailing space", "5 Euro ", ErrSyntax, 6},
		{"two amounts", "5 Euro 6 Dollar", ErrSyntax, 7},
		{"letters", "abc", ErrSyntax, 0},
		{"leading word", "nur 5 Euro", ErrSyntax, 0},
		{"not money", "120.000 Mitarbeiter", ErrNoCurrency, 7},
		{"dot after digit", "3. Euro", ErrNoCurrency, 1},
		{"zwischen without range", "zwischen 5 Euro", ErrSyntax, 0},
		{"zwischendurch", "zwischendurch 3 bis 4 Euro", ErrSyntax, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.in)
			require.Error(t, err)
			assert.True(t, errors.Is(err, tt.err), "%v", err)
			var pe *ParseError
			require.True(t, errors.As(err, &pe))
			assert.Equal(t, tt.in, pe.Input)
			assert.Equal(t, "Parse", pe.Func)
			assert.Equal(t, tt.offset, pe.Offset, "%v", err)
			assert.Contains(t, err.Error(), "money.Parse")
		})
	}
}

// TestParseStopsEarly: Parse rejects a long text of many amounts without
// finding every numeral in it first, and still accepts an amount with
// several numerals.
func TestParseStopsEarly(t *testing.T) {
	long := strings.Repeat("5 Euro ", 150000) // 1 MB, 150,000 amounts
	allocs := testing.AllocsPerRun(3, func() {
		_, err := Parse(long)
		require.ErrorIs(t, err, ErrSyntax)
	})
	assert.Less(t, allocs, 1000.0, "a full scan allocates for each of the 150,000 numerals")

	a, err := Parse("13 Euro und 45 Cent")
	require.NoError(t, err)
	assert.Equal(t, "13.45", a.Value.String())
}
