package parse

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decimalTests is the table of whole-string numerals. want is the exact
// decimal string; err, when set, is the sentinel the error must wrap and off
// the byte offset it must report (-1: not checked).
var decimalTests = []struct {
	name string
	in   string
	want string
	err  error
	off  int
}{
	// plain digits
	{name: "zero", in: "0", want: "0"},
	{name: "single digit", in: "7", want: "7"},
	{name: "year", in: "2025", want: "2025"},
	{name: "leading zeros", in: "007", want: "7"},
	{name: "long plain", in: "1234567", want: "1234567"},
	{name: "eighteen digits", in: "123456789012345678", want: "123456789012345678"},
	{name: "twenty-five digits", in: "1234567890123456789012345", want: "1234567890123456789012345"},
	{name: "grouped big", in: "1.234.567.890.123.456.789.012", want: "1234567890123456789012"},
	// German grouping and decimal comma
	{name: "full German", in: "1.234.567,89", want: "1234567.89"},
	{name: "comma three decimals", in: "4,800", want: "4.8"},
	{name: "dot group", in: "4.800", want: "4800"},
	{name: "price 1.099", in: "1.099", want: "1099"},
	{name: "one group", in: "1.234", want: "1234"},
	{name: "two groups", in: "12.345.678", want: "12345678"},
	{name: "comma decimal", in: "3,5", want: "3.5"},
	{name: "zero comma", in: "0,25", want: "0.25"},
	{name: "leading zero decimal", in: "01,10", want: "1.1"},
	{name: "many decimals", in: "0,000001", want: "0.000001"},
	{name: "ungrouped with comma", in: "1234,5", want: "1234.5"},
	{name: "grouped with comma", in: "999.999,999", want: "999999.999"},
	{name: "price dash", in: "5,-", want: "5"},
	// space groups
	{name: "space groups", in: "1 250 000", want: "1250000"},
	{name: "nbsp groups", in: "1\u00a0250\u00a0000", want: "1250000"},
	{name: "narrow nbsp groups", in: "1\u202f250", want: "1250"},
	{name: "thin space groups", in: "12\u2009345,5", want: "12345.5"},
	{name: "space group with comma", in: "20 000,75", want: "20000.75"},
	// Swiss
	{name: "swiss apostrophe", in: "1'250.50", want: "1250.5"},
	{name: "swiss right quote", in: "1’250", want: "1250"},
	{name: "swiss millions", in: "5'000'000", want: "5000000"},
	// signs
	{name: "plus", in: "+3", want: "3"},
	{name: "minus", in: "-3,5", want: "-3.5"},
	{name: "unicode minus", in: "−12,5", want: "-12.5"},
	{name: "minus grouped", in: "-1.000.000", want: "-1000000"},
	{name: "minus word digits", in: "minus 1.200.000", want: "-1200000"},
	{name: "minus word words", in: "minus dreizehn", want: "-13"},
	// white space
	{name: "surrounding spaces", in: "  42  ", want: "42"},
	{name: "surrounding newlines", in: "\n42\n", want: "42"},
	// scales
	{name: "Milliarden", in: "34,9 Milliarden", want: "34900000000"},
	{name: "Bio. is 10^12", in: "1,2 Bio.", want: "1200000000000"},
	{name: "Billion", in: "2 Billionen", want: "2000000000000"},
	{name: "Billiarde", in: "3 Billiarden", want: "3000000000000000"},
	{name: "Mio.", in: "850 Mio.", want: "850000000"},
	{name: "Mio without dot", in: "850 Mio", want: "850000000"},
	{name: "Mrd.", in: "12,5 Mrd.", want: "12500000000"},
	{name: "Mrd without dot", in: "12 Mrd", want: "12000000000"},
	{name: "Tsd.", in: "40 Tsd.", want: "40000"},
	{name: "Tausend after digits", in: "3 Tausend", want: "3000"},
	{name: "Million singular", in: "1 Million", want: "1000000"},
	{name: "Millionen", in: "2,75 Millionen", want: "2750000"},
	{name: "Milliarde singular", in: "1 Milliarde", want: "1000000000"},
	{name: "Mia. Swiss", in: "1,5 Mia.", want: "1500000000"},
	{name: "scale hyphen", in: "250-Milliarden", want: "250000000000"},
	{name: "negative scale", in: "-1,5 Mrd.", want: "-1500000000"},
	// number words
	{name: "null", in: "null", want: "0"},
	{name: "keiner", in: "keiner", want: "0"},
	{name: "eins", in: "eins", want: "1"},
	{name: "bare article", in: "Eine", want: "1"},
	{name: "bare einen", in: "einen", want: "1"},
	{name: "zwo", in: "zwo", want: "2"},
	{name: "Drei capitalized", in: "Drei", want: "3"},
	{name: "elf", in: "elf", want: "11"},
	{name: "zwölf", in: "zwölf", want: "12"},
	{name: "sechzehn", in: "sechzehn", want: "16"},
	{name: "siebzehn", in: "siebzehn", want: "17"},
	{name: "dreißig", in: "dreißig", want: "30"},
	{name: "dreissig", in: "dreissig", want: "30"},
	{name: "fuenf", in: "fuenf", want: "5"},
	{name: "sechzig", in: "sechzig", want: "60"},
	{name: "siebzig", in: "siebzig", want: "70"},
	{name: "dreiundzwanzig", in: "dreiundzwanzig", want: "23"},
	{name: "einundneunzig", in: "einundneunzig", want: "91"},
	{name: "hundert", in: "hundert", want: "100"},
	{name: "einhundert", in: "einhundert", want: "100"},
	{name: "hundertfünfzig", in: "hundertfünfzig", want: "150"},
	{name: "hundertundeins", in: "hundertundeins", want: "101"},
	{name: "tausend", in: "tausend", want: "1000"},
	{name: "einhundertfünfzigtausend", in: "einhundertfünfzigtausend", want: "150000"},
	{name: "1852 as hundreds", in: "achtzehnhundertzweiundfünfzig", want: "1852"},
	{name: "1852 as thousand", in: "tausendachthundertzweiundfünfzig", want: "1852"},
	{name: "4504", in: "fünfundvierzighundertvier", want: "4504"},
	{name: "721012", in: "siebenhunderteinundzwanzigtausendundzwölf", want: "721012"},
	{name: "zweitausend not zweit", in: "zweitausend", want: "2000"},
	{name: "zehntausend", in: "zehntausend", want: "10000"},
	{name: "words with scales", in: "zwei Milliarden dreihundert Millionen", want: "2300000000"},
	{name: "eine Million", in: "eine Million", want: "1000000"},
	{name: "eine Milliarde compound", in: "einemilliarde", want: "1000000000"},
	{name: "million then thousands", in: "eine Million viertausend", want: "1004000"},
	{name: "separate words", in: "drei hundert neun und achtzig", want: "389"},
	{name: "zwei und vierzig", in: "zwei und vierzig", want: "42"},
	{name: "ALL CAPS", in: "DREIHUNDERT", want: "300"},
	{name: "soft hyphen", in: "drei\u00adhundert", want: "300"},
	{name: "NFD umlaut", in: "fu\u0308nf", want: "5"},
	{name: "NFD in compound", in: "zwo\u0308lftausend", want: "12000"},
	{name: "Billiarde words", in: "eine Billiarde", want: "1000000000000000"},
	{name: "quadrillion overflow to big", in: "neun Quadrilliarden elf", want: "9000000000000000000000000011"},
	{name: "words plus abbreviation", in: "zwei Mrd.", want: "2000000000"},
	// fractions
	{name: "halbe Milliarde", in: "eine halbe Milliarde", want: "500000000"},
	{name: "anderthalb", in: "anderthalb", want: "1.5"},
	{name: "eineinhalb", in: "eineinhalb", want: "1.5"},
	{name: "zweieinhalb", in: "zweieinhalb", want: "2.5"},
	{name: "anderthalb Millionen", in: "anderthalb Millionen", want: "1500000"},
	{name: "dreieinhalbtausend", in: "dreieinhalbtausend", want: "3500"},
	{name: "ein Drittel", in: "ein Drittel", want: "0.33333333333333333333"},
	{name: "zwei Drittel", in: "zwei Drittel", want: "0.66666666666666666667"},
	{name: "drei Viertel", in: "drei Viertel", want: "0.75"},
	{name: "ein Dutzend", in: "ein Dutzend", want: "12"},
	{name: "zwei Dutzend", in: "zwei Dutzend", want: "24"},
	{name: "ein halbes Dutzend", in: "ein halbes Dutzend", want: "6"},
	// ordinals give the cardinal value
	{name: "ordinal digits alone", in: "3.", want: "3"},
	{name: "ordinal word", in: "dritte", want: "3"},
	{name: "ordinal compound", in: "dreiundzwanzigsten", want: "23"},

	// errors: malformed grouping
	{name: "err 1.2.3,4", in: "1.2.3,4", err: ErrSyntax, off: 2},
	{name: "err 12.34.567", in: "12.34.567", err: ErrSyntax, off: 3},
	{name: "err 80.00.00", in: "80.00.00", err: ErrSyntax, off: 3},
	{name: "err 2,109,998", in: "2,109,998", err: ErrSyntax, off: 5},
	{name: "err 1.1", in: "1.1", err: ErrSyntax, off: 2},
	{name: "err 11.11", in: "11.11", err: ErrSyntax, off: 3},
	{name: "err 1234.567", in: "1234.567", err: ErrSyntax, off: 0},
	{name: "err 1.2345", in: "1.2345", err: ErrSyntax, off: 2},
	{name: "err date", in: "3.5.2025", err: ErrSyntax, off: 2},
	{name: "err padded date", in: "03.05.2025", err: ErrSyntax, off: 3},
	{name: "err time dot", in: "14.30", err: ErrSyntax, off: 3},
	{name: "err English", in: "1,234.56", err: ErrSyntax, off: 5},
	{name: "err swiss with comma", in: "1'250,50", err: ErrSyntax, off: 5},
	{name: "err mixed groups", in: "1.234'567", err: ErrSyntax, off: 5},
	{name: "err group after decimal", in: "1.234,5.6", err: ErrSyntax, off: 7},
	{name: "err leading spaces kept in offset", in: "  1.2.3", err: ErrSyntax, off: 4},
	// errors: other syntax
	{name: "err empty", in: "", err: ErrEmpty, off: 0},
	{name: "err only spaces", in: "   ", err: ErrEmpty, off: -1},
	{name: "err letters", in: "abc", err: ErrSyntax, off: 0},
	{name: "err trailing letters", in: "12abc", err: ErrSyntax, off: -1},
	{name: "err code", in: "H100", err: ErrSyntax, off: 0},
	{name: "err two numbers", in: "1 2", err: ErrSyntax, off: 1},
	{name: "err trailing word", in: "5 Äpfel", err: ErrSyntax, off: 1},
	{name: "leading comma alone", in: ",5", want: "0.5"},
	{name: "leading comma signed", in: "-,25", want: "-0.25"},
	{name: "err leading comma then letters", in: ",5x", err: ErrSyntax, off: -1},
	{name: "err sign only", in: "-", err: ErrSyntax, off: -1},
	{name: "err qualifier", in: "rund 5", err: ErrSyntax, off: 0},
	{name: "err range", in: "20 bis 25", err: ErrSyntax, off: 0},
	{name: "err time colon", in: "14:30", err: ErrSyntax, off: -1},
	{name: "err scale alone", in: "Millionen", err: ErrSyntax, off: 0},
	{name: "err vague plural", in: "Tausende", err: ErrSyntax, off: 0},
	{name: "err Einheit", in: "Einheit", err: ErrSyntax, off: 0},
	{name: "err Dreieck", in: "Dreieck", err: ErrSyntax, off: 0},
	{name: "err tens then hundert", in: "sechzighundert", err: ErrSyntax, off: 0},
	{name: "err two units", in: "zweidrei", err: ErrSyntax, off: 0},
	{name: "err tens before unit", in: "zwanzigdrei", err: ErrSyntax, off: 0},
	{name: "err double hundert", in: "zweihundertdreihundert", err: ErrSyntax, off: 0},
	{name: "err und at end", in: "dreiund", err: ErrSyntax, off: 0},
	{name: "err scales upward", in: "zwei Millionen drei Milliarden", err: ErrSyntax, off: -1},
	{name: "err Neuntel alone", in: "Neuntel", err: ErrSyntax, off: 0},
	{name: "err halbe alone", in: "halbe", err: ErrSyntax, off: 0},
	{name: "err 4,5,6", in: "4,5,6", err: ErrSyntax, off: 3},
	{name: "err invalid utf8", in: "\xff\xfe", err: ErrSyntax, off: 0},
	{name: "err NUL", in: "1\x002", err: ErrSyntax, off: -1},
	{name: "SI k alone", in: "100k", want: "100000"},
	{name: "SI M alone", in: "2,5M", want: "2500000"},
	{name: "English bn", in: "4bn", want: "4000000000"},
	{name: "English point billion", in: "1.25 billion", want: "1250000000"},
	{name: "German Billion stays 10^12", in: "1,25 Billion", want: "1250000000000"},
	{name: "err SI m is metres", in: "100m", err: ErrSyntax, off: -1},
	{name: "err point without scale", in: "2.5", err: ErrSyntax, off: -1},
}

func TestDecimal(t *testing.T) {
	for _, tt := range decimalTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decimal(tt.in)
			if tt.err != nil {
				require.Error(t, err)
				assert.ErrorIs(t, err, tt.err)
				var ne *NumError
				require.True(t, errors.As(err, &ne))
				assert.Equal(t, "Decimal", ne.Func)
				assert.Equal(t, tt.in, ne.Num)
				if tt.off >= 0 {
					assert.Equal(t, tt.off, ne.Offset)
				}
				return
			}
			require.NoError(t, err)
			want := decimal.RequireFromString(tt.want)
			assert.True(t, want.Equal(got), "got %s, want %s", got, tt.want)
		})
	}
}

func TestDecimalTooManyDigits(t *testing.T) {
	long := make([]byte, 1001)
	for i := range long {
		long[i] = '7'
	}
	_, err := Decimal(string(long))
	assert.ErrorIs(t, err, ErrRange)
	v, err := Decimal(string(long[:1000]))
	require.NoError(t, err)
	assert.Equal(t, string(long[:1000]), v.String())
}

func TestParseNumberFlags(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string
		max     string
		ordinal bool
		flags   NumberFlags
		approx  Approx
	}{
		{name: "digits", in: "1.234", want: "1234", flags: FlagDigits},
		{name: "signed", in: "-4", want: "-4", flags: FlagDigits | FlagSigned},
		{name: "scaled", in: "3 Mio.", want: "3000000", flags: FlagDigits | FlagScale},
		{name: "words", in: "dreizehn", want: "13", flags: FlagWords},
		{name: "article scale", in: "eine Milliarde", want: "1000000000", flags: FlagWords | FlagScale | FlagArticle},
		{name: "fraction", in: "zweieinhalb", want: "2.5", flags: FlagWords | FlagFraction},
		{name: "ordinal digits", in: "12.", want: "12", ordinal: true, flags: FlagDigits},
		{name: "ordinal word", in: "erste", want: "1", ordinal: true, flags: FlagWords},
		{name: "ordinal siebente", in: "siebente", want: "7", ordinal: true, flags: FlagWords},
		{name: "qualified", in: "rund 5", want: "5", flags: FlagDigits, approx: About},
		{name: "range", in: "20 bis 25", want: "20", max: "25", flags: FlagDigits},
		{name: "range scale", in: "12 bis 13 Mrd.", want: "12000000000", max: "13000000000", flags: FlagDigits | FlagScale},
		{name: "range more than", in: "mehr als 3", want: "3", flags: FlagDigits, approx: MoreThan},
		{name: "range zwischen", in: "zwischen 20 und 25", want: "20", max: "25", flags: FlagDigits},
		{name: "range Zwischen scale", in: "Zwischen 7,6 und 7,9 Milliarden", want: "7600000000", max: "7900000000", flags: FlagDigits | FlagScale},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := ParseNumber(tt.in)
			require.NoError(t, err)
			assert.True(t, decimal.RequireFromString(tt.want).Equal(n.Value), "value %s", n.Value)
			if tt.max != "" {
				assert.True(t, n.IsRange)
				assert.True(t, decimal.RequireFromString(tt.max).Equal(n.Max), "max %s", n.Max)
			} else {
				assert.False(t, n.IsRange)
			}
			assert.Equal(t, tt.ordinal, n.Ordinal)
			assert.Equal(t, tt.flags, n.Flags)
			if tt.approx != Exact {
				require.NotNil(t, n.Qual)
				assert.Equal(t, tt.approx, n.Qual.Approx)
			} else {
				assert.Nil(t, n.Qual)
			}
		})
	}
}

// TestParseNumberZwischen: "zwischen" may lead a range given to
// ParseNumber, as FindNumbers reads it in running text, but nothing else.
func TestParseNumberZwischen(t *testing.T) {
	n, err := ParseNumber("zwischen 20 und 25")
	require.NoError(t, err)
	assert.Equal(t, Span{Start: 9, End: 18}, n.Span, "the span leaves out zwischen, as in FindNumbers")
	assert.Equal(t, "20 und 25", n.Text)

	for _, in := range []string{
		"zwischen 20",             // no range
		"zwischen",                // no number
		"zwischendurch 20 bis 25", // another word
		"dazwischen 20 bis 25",
		"zwischen 20 und 25 Äpfel", // trailing word
		"zwischen zwischen 20 und 25",
	} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseNumber(in)
			assert.ErrorIs(t, err, ErrSyntax)
		})
	}
}
