package money

import (
	"sync"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// ScaleStyle says how a [Formatter] writes large values.
type ScaleStyle uint8

// Scale styles.
const (
	ScaleShort ScaleStyle = iota // "34,9 Mrd." (default)
	ScaleLong                    // "34,9 Milliarden"
	ScaleNone                    // "34.900.000.000"
)

// CurrencyStyle says how a [Formatter] writes the currency.
type CurrencyStyle uint8

// Currency styles. Where a currency has no German name or no symbol in
// this package's table, its ISO code is written instead.
const (
	CurrencyName   CurrencyStyle = iota // "US-Dollar", "Euro", "schwedische Kronen" (default)
	CurrencySymbol                      // "$", "€", "£"
	CurrencyCode                        // "USD", "EUR", "SEK"
)

// Formatter writes amounts back as German text. Build one with
// [NewFormatter]; it is immutable and safe for concurrent use, and the
// zero Formatter uses the defaults. Its output parses back with [Parse]
// to the same value and currency, with one caveat: in CurrencySymbol
// style a USD amount is written "$", which a [Finder] configured with
// [WithDefaultDollar] reads as its own default dollar.
type Formatter struct {
	scale ScaleStyle
	cur   CurrencyStyle
}

// FormatOption configures a [Formatter].
type FormatOption func(*Formatter)

// WithScale sets how large values are written. The default is ScaleShort.
func WithScale(s ScaleStyle) FormatOption { return func(f *Formatter) { f.scale = s } }

// WithCurrencyStyle sets how the currency is written. The default is
// CurrencyName.
func WithCurrencyStyle(s CurrencyStyle) FormatOption { return func(f *Formatter) { f.cur = s } }

// NewFormatter returns a Formatter configured by opts.
func NewFormatter(opts ...FormatOption) *Formatter {
	f := &Formatter{}
	for _, o := range opts {
		o(f)
	}
	return f
}

var defaultFormatter = sync.OnceValue(func() *Formatter { return NewFormatter() })

// String formats a in German with short scale words and the currency's
// German name: "34,9 Mrd. US-Dollar", "1,10 Euro je Aktie",
// "20 bis 25 Mrd. Euro". A qualifier is not written. A vague amount is
// returned as written in the text. Parse(a.String()) gives back the
// same Value and Currency.
func (a Amount) String() string { return defaultFormatter().Format(a) }

// Format returns a formatted as German text.
func (f *Formatter) Format(a Amount) string { return string(f.Append(nil, a)) }

// Append appends the formatted amount to dst and returns the result.
func (f *Formatter) Append(dst []byte, a Amount) []byte {
	if a.Vague {
		return append(dst, a.Text...)
	}
	if a.IsRange {
		lo, hi := a.Min, a.Max
		if lo.IsZero() && !a.Value.IsZero() {
			lo = a.Value
		}
		exp := f.pickScale(hi)
		if exp != 0 && !fitsScale(lo, exp) && f.pickScale(lo) == 0 {
			// "1 bis 2 Mio." would read as a million at both ends.
			exp = 0
		}
		if exp != 0 && (!fitsScale(lo, exp) || !lo.LessThan(hi)) {
			// each end with its own scale word; a shared one would be
			// read as the lower end's only when lo < hi
			dst = f.appendValue(dst, lo, a, f.pickScale(lo))
			dst = append(dst, " bis "...)
			dst = f.appendValue(dst, hi, a, exp)
		} else {
			dst = appendNumber(dst, lo.Shift(-exp), a, exp)
			dst = append(dst, " bis "...)
			dst = f.appendValue(dst, hi, a, exp)
		}
	} else {
		dst = f.appendValue(dst, a.Value, a, f.pickScale(a.Value))
	}
	dst = f.appendCurrency(dst, a)
	if a.Per != "" {
		dst = append(dst, " je "...)
		dst = append(dst, a.Per...)
	}
	return dst
}

// pickScale returns the power of ten to write v with: 12, 9 or 6 when v
// is at least that large and has at most three decimals at that scale.
func (f *Formatter) pickScale(v decimal.Decimal) int32 {
	if f.scale == ScaleNone {
		return 0
	}
	for _, exp := range [...]int32{12, 9, 6} {
		if fitsScale(v, exp) {
			return exp
		}
	}
	return 0
}

func fitsScale(v decimal.Decimal, exp int32) bool {
	if exp == 0 {
		return true
	}
	c := v.Abs().Shift(-exp)
	return c.Cmp(decimal.New(1, 0)) >= 0 && c.Equal(c.Truncate(3))
}

// appendValue writes v at power of ten exp, with its scale word.
func (f *Formatter) appendValue(dst []byte, v decimal.Decimal, a Amount, exp int32) []byte {
	c := v.Shift(-exp)
	dst = appendNumber(dst, c, a, exp)
	if exp == 0 {
		return dst
	}
	dst = append(dst, ' ')
	one := c.Abs().Equal(decimal.New(1, 0))
	switch {
	case f.scale == ScaleLong && exp == 12 && one:
		dst = append(dst, "Billion"...)
	case f.scale == ScaleLong && exp == 12:
		dst = append(dst, "Billionen"...)
	case f.scale == ScaleLong && exp == 9 && one:
		dst = append(dst, "Milliarde"...)
	case f.scale == ScaleLong && exp == 9:
		dst = append(dst, "Milliarden"...)
	case f.scale == ScaleLong && one:
		dst = append(dst, "Million"...)
	case f.scale == ScaleLong:
		dst = append(dst, "Millionen"...)
	case exp == 12:
		dst = append(dst, "Bio."...)
	case exp == 9:
		dst = append(dst, "Mrd."...)
	default:
		dst = append(dst, "Mio."...)
	}
	return dst
}

// appendNumber writes c in German digits: grouping dots, decimal comma.
// Without a scale, a fraction is padded to the currency's minor digits
// ("1,10").
func appendNumber(dst []byte, c decimal.Decimal, a Amount, exp int32) []byte {
	if c.Sign() < 0 {
		dst = append(dst, '-')
		c = c.Neg()
	}
	s := c.String() // plain digits with a '.' before the fraction
	intPart, frac := s, ""
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			intPart, frac = s[:i], s[i+1:]
			break
		}
	}
	if exp == 0 && frac != "" && a.HasCurrency {
		digits, _ := currency.Standard.Rounding(a.Currency)
		for len(frac) < digits {
			frac += "0"
		}
	}
	for i := 0; i < len(intPart); i++ {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			dst = append(dst, '.')
		}
		dst = append(dst, intPart[i])
	}
	if frac != "" {
		dst = append(dst, ',')
		dst = append(dst, frac...)
	}
	return dst
}

// appendCurrency writes the currency of a, with a space in front.
func (f *Formatter) appendCurrency(dst []byte, a Amount) []byte {
	if !a.HasCurrency {
		if cs := a.CurrencySpan; cs.Start >= a.Start && cs.End <= a.End && cs.Start < cs.End && cs.End-a.Start <= len(a.Text) {
			dst = append(dst, ' ')
			return append(dst, a.Text[cs.Start-a.Start:cs.End-a.Start]...)
		}
		return dst
	}
	dst = append(dst, ' ')
	u := a.Currency
	switch f.cur {
	case CurrencySymbol:
		if s, ok := currencySymbols[u]; ok {
			return append(dst, s...)
		}
	case CurrencyName:
		if n, ok := currencyNames()[u]; ok {
			if n.one != "" && a.Value.Abs().Equal(decimal.New(1, 0)) && !a.IsRange {
				return append(dst, n.one...)
			}
			return append(dst, n.many...)
		}
	}
	return append(dst, u.String()...)
}

// currencySymbols are the signs the formatter writes; each parses back to
// its unit with the default Finder.
var currencySymbols = map[currency.Unit]string{
	currency.EUR: "€", currency.USD: "$", currency.GBP: "£", currency.JPY: "¥",
	currency.INR: "₹", currency.RUB: "₽", currency.TRY: "₺", currency.KRW: "₩",
	currency.CAD: "C$", currency.AUD: "A$", currency.HKD: "HK$", iso("SGD"): "S$",
	currency.NZD: "NZ$", currency.BRL: "R$",
}

type germanName struct{ one, many string }

// currencyNames are the German names the formatter writes.
var currencyNames = sync.OnceValue(func() map[currency.Unit]germanName {
	n := func(many string) germanName { return germanName{many: many} }
	return map[currency.Unit]germanName{
		currency.EUR: n("Euro"), currency.USD: n("US-Dollar"), currency.GBP: n("Pfund"),
		currency.CHF: n("Franken"), currency.JPY: n("Yen"), currency.CNY: n("Yuan"),
		iso("SEK"):   {"schwedische Krone", "schwedische Kronen"},
		iso("NOK"):   {"norwegische Krone", "norwegische Kronen"},
		iso("DKK"):   {"dänische Krone", "dänische Kronen"},
		iso("CZK"):   {"tschechische Krone", "tschechische Kronen"},
		iso("ISK"):   {"isländische Krone", "isländische Kronen"},
		currency.RUB: n("Rubel"), currency.INR: {"Rupie", "Rupien"},
		iso("IDR"): n("Rupiah"), currency.TRY: n("Lira"), iso("PLN"): n("Zloty"),
		iso("HUF"): n("Forint"), currency.BRL: n("Real"), currency.KRW: n("Won"),
		currency.ZAR: n("Rand"), currency.CAD: n("kanadische Dollar"),
		currency.AUD: n("australische Dollar"), currency.HKD: n("Hongkong-Dollar"),
		iso("SGD"): n("Singapur-Dollar"), currency.NZD: n("neuseeländische Dollar"),
		iso("TWD"): n("Taiwan-Dollar"), iso("ILS"): n("Schekel"),
		currency.MXN: {"mexikanischer Peso", "mexikanische Pesos"},
		iso("ARS"):   {"argentinischer Peso", "argentinische Pesos"},
		iso("CLP"):   {"chilenischer Peso", "chilenische Pesos"},
		iso("COP"):   {"kolumbianischer Peso", "kolumbianische Pesos"},
		iso("PHP"):   {"philippinischer Peso", "philippinische Pesos"},
	}
})
