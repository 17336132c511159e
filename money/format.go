package money

import (
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"

	"github.com/finanztext/finanztext/internal/lazy"
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
	cfg formatConfig
}

// formatConfig holds the settings of a Formatter; its zero value is the
// defaults.
type formatConfig struct {
	scale ScaleStyle
	cur   CurrencyStyle
}

// FormatOption configures a [Formatter] built by [NewFormatter].
type FormatOption func(*formatConfig)

// WithScale sets how large values are written. The default is ScaleShort.
func WithScale(s ScaleStyle) FormatOption { return func(c *formatConfig) { c.scale = s } }

// WithCurrencyStyle sets how the currency is written. The default is
// CurrencyName.
func WithCurrencyStyle(s CurrencyStyle) FormatOption { return func(c *formatConfig) { c.cur = s } }

// NewFormatter returns a Formatter configured by opts (nil options are
// ignored). Without options it formats as the zero Formatter does.
func NewFormatter(opts ...FormatOption) *Formatter {
	f := &Formatter{}
	for _, o := range opts {
		if o != nil {
			o(&f.cfg)
		}
	}
	return f
}

func defaultFormatter() *Formatter {
	return defaultFormatterV.Get(func() *Formatter { return NewFormatter() })
}

var defaultFormatterV lazy.Value[*Formatter]

// String formats a in German with short scale words and the currency's
// German name: "34,9 Mrd. US-Dollar", "1,10 Euro je Aktie",
// "20 bis 25 Mrd. Euro". A qualifier is not written. A vague amount is
// returned as written in the text. Parse(a.String()) gives back the
// same Value and Currency.
func (a Amount) String() string { return defaultFormatter().Format(a) }

// Format returns a formatted as German text.
func (f *Formatter) Format(a Amount) string { return string(f.Append(nil, a)) }

// Append appends the formatted amount to dst and returns the result. A
// nil *Formatter formats as the zero Formatter.
func (f *Formatter) Append(dst []byte, a Amount) []byte {
	if f == nil {
		f = &Formatter{}
	}
	if a.Vague {
		return append(dst, a.Text...)
	}
	if a.IsRange {
		lo, hi := a.Min, a.Max
		if lo.IsZero() && !a.Value.IsZero() {
			lo = a.Value
		}
		ld, hd := digitsOf(lo), digitsOf(hi)
		exp := f.pickScale(hd)
		if exp != 0 && !ld.fits(exp) && f.pickScale(ld) == 0 {
			// "1 bis 2 Mio." would read as a million at both ends.
			exp = 0
		}
		if exp != 0 && (!ld.fits(exp) || !lo.LessThan(hi)) {
			// each end with its own scale word; a shared one is read as
			// the lower end's only when lo < hi
			dst = f.appendValue(dst, ld, a, f.pickScale(ld))
			dst = append(dst, " bis "...)
			dst = f.appendValue(dst, hd, a, exp)
		} else {
			dst = appendNumber(dst, ld.shift(exp), a, exp)
			dst = append(dst, " bis "...)
			dst = f.appendValue(dst, hd, a, exp)
		}
	} else {
		d := digitsOf(a.Value)
		dst = f.appendValue(dst, d, a, f.pickScale(d))
	}
	dst = f.appendCurrency(dst, a)
	if a.Per != "" {
		dst = append(dst, " je "...)
		dst = append(dst, a.Per...)
	}
	return dst
}

// digits is a decimal value as plain digit strings: no leading zeros in
// ip (but "0" for zero), no trailing zeros in fp.
type digits struct {
	neg    bool
	ip, fp string
}

// digitsOf splits v into digit strings.
func digitsOf(v decimal.Decimal) digits {
	s := v.String() // "-1234.5": plain digits, '.' before the fraction
	var d digits
	if len(s) > 0 && s[0] == '-' {
		d.neg, s = true, s[1:]
	}
	d.ip = s
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			d.ip, d.fp = s[:i], s[i+1:]
			break
		}
	}
	for len(d.fp) > 0 && d.fp[len(d.fp)-1] == '0' {
		d.fp = d.fp[:len(d.fp)-1]
	}
	return d
}

// fits reports whether d written at power of ten exp has a whole part of
// at least 1 and at most three decimals.
func (d digits) fits(exp int32) bool {
	if exp == 0 {
		return true
	}
	n := len(d.ip) - int(exp)
	if n < 1 || d.ip == "0" {
		return false
	}
	tail := d.ip[n:]
	for len(tail) > 0 && tail[len(tail)-1] == '0' {
		tail = tail[:len(tail)-1]
	}
	// tail holds exp digits, so a fraction would add more than three
	return d.fp == "" && len(tail) <= 3
}

// shift returns d divided by 10^exp; d must fit exp.
func (d digits) shift(exp int32) digits {
	if exp == 0 {
		return d
	}
	n := len(d.ip) - int(exp)
	out := digits{neg: d.neg, ip: d.ip[:n], fp: d.ip[n:] + d.fp}
	for len(out.fp) > 0 && out.fp[len(out.fp)-1] == '0' {
		out.fp = out.fp[:len(out.fp)-1]
	}
	return out
}

// pickScale returns the power of ten to write d with: 12, 9 or 6 when d
// is at least that large and has at most three decimals at that scale.
func (f *Formatter) pickScale(d digits) int32 {
	if f.cfg.scale == ScaleNone {
		return 0
	}
	for _, exp := range [...]int32{12, 9, 6} {
		if d.fits(exp) {
			return exp
		}
	}
	return 0
}

// appendValue writes d at power of ten exp, with its scale word.
func (f *Formatter) appendValue(dst []byte, d digits, a Amount, exp int32) []byte {
	c := d.shift(exp)
	dst = appendNumber(dst, c, a, exp)
	if exp == 0 {
		return dst
	}
	dst = append(dst, ' ')
	one := c.ip == "1" && c.fp == ""
	switch {
	case f.cfg.scale == ScaleLong && exp == 12 && one:
		dst = append(dst, "Billion"...)
	case f.cfg.scale == ScaleLong && exp == 12:
		dst = append(dst, "Billionen"...)
	case f.cfg.scale == ScaleLong && exp == 9 && one:
		dst = append(dst, "Milliarde"...)
	case f.cfg.scale == ScaleLong && exp == 9:
		dst = append(dst, "Milliarden"...)
	case f.cfg.scale == ScaleLong && one:
		dst = append(dst, "Million"...)
	case f.cfg.scale == ScaleLong:
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

// appendNumber writes d in German digits: grouping dots, decimal comma.
// Without a scale, a fraction is padded to the currency's minor digits
// ("1,10").
func appendNumber(dst []byte, d digits, a Amount, exp int32) []byte {
	if d.neg {
		dst = append(dst, '-')
	}
	for i := 0; i < len(d.ip); i++ {
		if i > 0 && (len(d.ip)-i)%3 == 0 {
			dst = append(dst, '.')
		}
		dst = append(dst, d.ip[i])
	}
	if d.fp == "" {
		return dst
	}
	dst = append(dst, ',')
	dst = append(dst, d.fp...)
	if exp == 0 && a.HasCurrency {
		minor, _ := currency.Standard.Rounding(a.Currency)
		for k := len(d.fp); k < minor; k++ {
			dst = append(dst, '0')
		}
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
	switch f.cfg.cur {
	case CurrencySymbol:
		if s, ok := currencySymbol(u); ok {
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

// currencySymbol returns the sign the formatter writes for u; each parses
// back to its unit with the default Finder.
func currencySymbol(u currency.Unit) (string, bool) {
	switch u.String() {
	case "EUR":
		return "€", true
	case "USD":
		return "$", true
	case "GBP":
		return "£", true
	case "JPY":
		return "¥", true
	case "INR":
		return "₹", true
	case "RUB":
		return "₽", true
	case "TRY":
		return "₺", true
	case "KRW":
		return "₩", true
	case "CAD":
		return "C$", true
	case "AUD":
		return "A$", true
	case "HKD":
		return "HK$", true
	case "SGD":
		return "S$", true
	case "NZD":
		return "NZ$", true
	case "BRL":
		return "R$", true
	}
	return "", false
}

type germanName struct{ one, many string }

// currencyNames are the German names the formatter writes.
func currencyNames() map[currency.Unit]germanName {
	return currencyNamesV.Get(makeCurrencyNames)
}

var currencyNamesV lazy.Value[map[currency.Unit]germanName]

func makeCurrencyNames() map[currency.Unit]germanName {
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
}
