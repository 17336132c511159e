package money

import (
	"errors"
	"testing"

	"github.com/finanztext/finanztext/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"
)

// TestZeroValues: the zero Finder and Formatter, and nil pointers to them,
// work with the defaults.
func TestZeroValues(t *testing.T) {
	text := "Es kostet 5 Dollar, rund 3 Mio. Euro und einige Milliarden Franken."
	want := NewFinder().Find(text)
	require.Len(t, want, 3)

	var zf Finder
	assert.Equal(t, want, zf.Find(text))
	assert.Equal(t, want, zf.FindWith(text, parse.FindNumbers(text)))
	var nf *Finder
	assert.Equal(t, want, nf.Find(text))
	assert.Equal(t, want, nf.FindWith(text, parse.FindNumbers(text)))
	a, err := nf.Parse("5 Dollar")
	require.NoError(t, err)
	assert.Equal(t, currency.USD, a.Currency)
	_, err = zf.Parse("rund 3 Mio. Euro")
	require.NoError(t, err)

	var zfm Formatter
	assert.Equal(t, NewFormatter().Format(want[1]), zfm.Format(want[1]))
	var nfm *Formatter
	assert.Equal(t, "3 Mio. Euro", nfm.Format(want[1]))
	assert.Equal(t, NewFinder(), NewFinder(nil), "nil options are ignored")
	assert.Equal(t, NewFormatter(), NewFormatter(nil))
}

func TestOptions(t *testing.T) {
	text := "Er zahlte 5 Dollar und einige Millionen Euro."
	cad := NewFinder(WithDefaultDollar(currency.CAD), WithVague(false)).Find(text)
	require.Len(t, cad, 1)
	assert.Equal(t, currency.CAD, cad[0].Currency)
	back := NewFinder(WithDefaultDollar(currency.CAD), WithDefaultDollar(currency.Unit{})).Find(text)
	assert.Equal(t, currency.USD, back[0].Currency, "the zero unit restores USD")
	assert.Len(t, back, 2)
	f := NewFormatter(WithScale(ScaleLong), WithCurrencyStyle(CurrencyCode))
	assert.Equal(t, "3 Millionen EUR", f.Format(Amount{Value: mustDec("3000000"), Currency: currency.EUR, HasCurrency: true}))
}

// TestParseErrorShape: the message has the shape of parse.NumError's,
// `pkg.Func: parsing "input": reason at byte N`, and unwraps.
func TestParseErrorShape(t *testing.T) {
	tests := []struct {
		in   string
		msg  string
		want error
	}{
		{"5 Mio.", `money.Parse: parsing "5 Mio.": no currency at byte 6`, ErrNoCurrency},
		{"", `money.Parse: parsing "": empty input at byte 0`, ErrEmpty},
		{"Äpfel", `money.Parse: parsing "Äpfel": invalid syntax at byte 0`, ErrSyntax},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		require.Error(t, err)
		assert.Equal(t, tt.msg, err.Error())
		assert.ErrorIs(t, err, tt.want)
		var pe *ParseError
		require.True(t, errors.As(err, &pe))
		assert.Equal(t, tt.in, pe.Input)
	}
	_, perr := parse.Decimal("1.2.3")
	assert.Regexp(t, `^parse\.Decimal: parsing "1\.2\.3": invalid syntax at byte \d+$`, perr.Error(), "the same shape in parse")
	assert.Equal(t, `money.Parse: parsing "x": <nil> at byte 0`, (&ParseError{Func: "Parse", Input: "x"}).Error())
}
