package money_test

// Adversarial inputs for the money finder and parser: huge digit runs,
// unbalanced and nested quote marks, a million scale words, invalid UTF-8,
// NUL bytes, every Unicode space and dash, NFD and CRLF text. Each case must
// finish, keep the span invariant and stay within a bounded amount of
// memory. Cases of several megabytes are skipped with -short; with -short
// every case is cut to advtest.SmallCap bytes, under -race to advtest.RaceCap bytes.

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/finanztext/finanztext/internal/advtest"

	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"
	"golang.org/x/text/unicode/norm"
)

// advKnownBugs lists the tests of this file that find a bug not yet fixed.
var advKnownBugs = map[string]string{}

// advCheckAmounts asserts the span invariant, order and the spans of the
// qualifier, currency and per-unit phrase of every amount.
func advCheckAmounts(t *testing.T, text string, as []money.Amount) {
	t.Helper()
	prev := 0
	for i, a := range as {
		require.True(t, prev <= a.Start && a.Start < a.End && a.End <= len(text),
			"amount %d: span [%d,%d) after %d (len %d)", i, a.Start, a.End, prev, len(text))
		require.Equal(t, text[a.Start:a.End], a.Text, "amount %d", i)
		if a.Qual != nil {
			require.True(t, 0 <= a.Qual.Start && a.Qual.Start <= a.Qual.End && a.Qual.End <= a.Start,
				"amount %d: qualifier [%d,%d) not before [%d,%d)", i, a.Qual.Start, a.Qual.End, a.Start, a.End)
			require.Equal(t, text[a.Qual.Start:a.Qual.End], a.Qual.Text, "amount %d qualifier", i)
		}
		if !a.CurrencySpan.Empty() {
			require.True(t, a.Span.Contains(a.CurrencySpan), "amount %d: currency span %v outside %v", i, a.CurrencySpan, a.Span)
		}
		if a.Per != "" {
			require.True(t, 0 <= a.PerSpan.Start && a.PerSpan.Start < a.PerSpan.End && a.PerSpan.End <= len(text), "amount %d: per span %v", i, a.PerSpan)
			require.Equal(t, text[a.PerSpan.Start:a.PerSpan.End], a.Per, "amount %d per unit", i)
		}
		if a.Vague {
			require.True(t, a.Value.IsZero(), "amount %d: vague with value %s", i, a.Value)
		}
		prev = a.End
	}
}

// advAmountSig describes amounts by value, currency, qualifier and unit,
// with every text in NFC.
func advAmountSig(as []money.Amount) []string {
	var out []string
	for _, a := range as {
		q := ""
		if a.Qual != nil {
			q = a.Qual.Approx.String() + ":" + norm.NFC.String(a.Qual.Text)
		}
		out = append(out, fmt.Sprintf("%s|%s|%s|%s|%v|%v|%v|%v|%s|%s",
			norm.NFC.String(a.Text), a.Value, a.Min, a.Max, a.IsRange, a.Currency, a.HasCurrency, a.Vague, q, norm.NFC.String(a.Per)))
	}
	return out
}

func TestAdversarialFind(t *testing.T) {
	f := money.NewFinder()
	for _, c := range advtest.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			n, ok := advtest.Size(c)
			if !ok {
				t.Skip("multi-megabyte input: skipped with -short")
			}
			text := c.Build(n)
			got, grew := advtest.Run(t, len(text), func() []money.Amount { return money.Find(text) })
			advtest.Mem(t, grew, len(text), 128, len(got))
			advCheckAmounts(t, text, got)
			if c.Quiet {
				assert.Empty(t, got)
			}
			// FindWith over the numbers found first gives the same.
			nums := parse.FindNumbers(text)
			in, _ := advtest.Run(t, len(text), func() []money.Amount { return f.FindWith(text, nums) })
			advtest.SameSig(t, "FindWith", advAmountSig(got), advAmountSig(in))
		})
	}
}

// TestAdversarialParse feeds Parse whole adversarial inputs: it must
// return an amount or a *money.ParseError, never panic or hang.
func TestAdversarialParse(t *testing.T) {
	for _, c := range advtest.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			n, ok := advtest.Size(c)
			if !ok {
				t.Skip("multi-megabyte input: skipped with -short")
			}
			text := c.Build(n)
			a, err := advtest.Run2(t, len(text), func() (money.Amount, error) { return money.Parse(text) })
			if err != nil {
				var pe *money.ParseError
				require.True(t, errors.As(err, &pe), "error %T is not a *money.ParseError", err)
				assert.True(t, 0 <= pe.Offset && pe.Offset <= len(text), "offset %d out of range", pe.Offset)
				assert.Equal(t, len(text), len(pe.Input), "Input is not the caller's input")
				return
			}
			assert.False(t, c.Quiet, "Parse accepted a quiet input: %s", a.Text)
			advCheckAmounts(t, text, []money.Amount{a})
		})
	}
}

// TestAdversarialSpaces puts every Unicode space between the parts of an
// amount and around it.
func TestAdversarialSpaces(t *testing.T) {
	for _, sp := range advtest.Spaces {
		s := string(sp)
		t.Run(fmt.Sprintf("U+%04X", sp), func(t *testing.T) {
			tests := []struct {
				name, in, text, value, cur string
			}{
				{"number and name", "Der Auftrag hat einen Wert von" + s + "42" + s + "Euro" + s + "netto.", "42" + s + "Euro", "42", "EUR"},
				{"scale and name", "Die Anleihe brachte" + s + "3,5" + s + "Mrd." + s + "US-Dollar" + s + "ein.", "3,5" + s + "Mrd." + s + "US-Dollar", "3500000000", "USD"},
				{"symbol first", "Der Preis stieg auf" + s + "€" + s + "12" + s + "je Stück.", "€" + s + "12", "12", "EUR"},
				{"code first", "Geplant sind" + s + "EUR" + s + "850" + s + "Mio." + s + "für Zukäufe.", "EUR" + s + "850" + s + "Mio.", "850000000", "EUR"},
				{"two-word currency", "Die Bank verlor" + s + "7" + s + "Millionen" + s + "Schweizer" + s + "Franken.", "7" + s + "Millionen" + s + "Schweizer" + s + "Franken", "7000000", "CHF"},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					advtest.SkipKnownBug(t, advKnownBugs)
					got := money.Find(tt.in)
					advCheckAmounts(t, tt.in, got)
					require.Len(t, got, 1, "amounts %v", advAmountSig(got))
					assert.Equal(t, tt.text, got[0].Text)
					assert.Equal(t, tt.value, got[0].Value.String())
					assert.Equal(t, tt.cur, got[0].Currency.String())
				})
			}
		})
	}
}

// TestAdversarialDashes puts every dash next to amounts: as a separator in
// the sentence and between the ends of a range.
func TestAdversarialDashes(t *testing.T) {
	for _, d := range advtest.Dashes {
		s := string(d)
		t.Run(fmt.Sprintf("U+%04X", d), func(t *testing.T) {
			t.Run("separator", func(t *testing.T) {
				advtest.SkipKnownBug(t, advKnownBugs)
				in := "Der Umsatz " + s + " 3,5 Mrd. Euro " + s + " war ein Rekord."
				got := money.Find(in)
				advCheckAmounts(t, in, got)
				require.Len(t, got, 1, "amounts %v", advAmountSig(got))
				assert.Equal(t, "3,5 Mrd. Euro", got[0].Text)
				assert.Equal(t, "3500000000", got[0].Value.String())
			})
			t.Run("range", func(t *testing.T) {
				advtest.SkipKnownBug(t, advKnownBugs)
				in := "Erwartet werden 20" + s + "25 Mio. Euro Gewinn."
				got := money.Find(in)
				advCheckAmounts(t, in, got)
				require.NotEmpty(t, got)
				last := got[len(got)-1]
				assert.True(t, strings.HasSuffix(last.Text, "25 Mio. Euro"), "amount %q", last.Text)
				assert.True(t, last.Max.String() == "25000000" || last.Value.Abs().String() == "25000000",
					"amount %q = %s..%s", last.Text, last.Value, last.Max)
				assert.Equal(t, "EUR", last.Currency.String())
			})
		})
	}
}

// advNFCTexts are sentences whose amounts depend on letters with umlauts:
// number words, currency adjectives and qualifiers.
var advNFCTexts = []struct{ name, in string }{
	{"number words", "Die Rücklage betrug zwölf Millionen Euro, die Schuld fünfhundert Euro."},
	{"currency adjective dänisch", "Der Versorger verlor 120 Mio. dänische Kronen im Quartal."},
	{"currency adjective türkisch", "Die Notenbank verkaufte 4 Mrd. türkische Lira."},
	{"qualifier über", "Der Auftrag ist über 3 Mio. Euro wert, höchstens aber 4 Mio. Euro."},
	{"per unit", "Die Dividende steigt auf 1,20 € je Aktie für Aktionäre."},
	{"range with umlaut", "Die Kosten lägen zwischen fünf und sieben Milliarden US-Dollar."},
}

// TestAdversarialNFD checks that text in NFD gives the amounts of the same
// text in NFC, with spans into the NFD text.
func TestAdversarialNFD(t *testing.T) {
	cases := append([]struct{ name, in string }{}, advNFCTexts...)
	cases = append(cases, struct{ name, in string }{"news", advtest.News()})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			nfc := norm.NFC.String(c.in)
			nfd := norm.NFD.String(nfc)
			require.NotEqual(t, nfc, nfd, "the case has no decomposable letter")
			want, got := money.Find(nfc), money.Find(nfd)
			advCheckAmounts(t, nfd, got)
			require.NotEmpty(t, want)
			advtest.SameSig(t, "amounts", advAmountSig(want), advAmountSig(got))
		})
	}
}

// TestAdversarialCRLF checks that CRLF line endings give the amounts of the
// same text with LF, with spans into the CRLF text.
func TestAdversarialCRLF(t *testing.T) {
	cases := []struct{ name, in string }{
		{"amount across a line break", "Der Gewinn lag bei 4,5\nMrd. Euro nach 3\nMio. US-Dollar.\n"},
		{"headline and body", "Umsatz: 1,2 Mrd. Euro\n\nDer Umsatz betrug 1,2 Mrd. Euro, rund 80 Mio. € mehr.\n"},
		{"news", advtest.News()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			lf := c.in
			crlf := strings.ReplaceAll(lf, "\n", "\r\n")
			want, got := money.Find(lf), money.Find(crlf)
			advCheckAmounts(t, crlf, got)
			require.NotEmpty(t, want)
			sig := advAmountSig(got)
			for i := range sig {
				sig[i] = strings.ReplaceAll(sig[i], "\r\n", "\n")
			}
			advtest.SameSig(t, "amounts", advAmountSig(want), sig)
		})
	}
}

// advOptionsCap is the input size for the tests of options and hostile
// configurations, which run every input several times.
const advOptionsCap = 16 << 10

// TestAdversarialOptions runs Finders with every option on the
// adversarial inputs (at most advOptionsCap bytes each).
func TestAdversarialOptions(t *testing.T) {
	finders := []struct {
		name string
		f    *money.Finder
	}{
		{"no vague amounts", money.NewFinder(money.WithVague(false))},
		{"zero default dollar", money.NewFinder(money.WithDefaultDollar(currency.Unit{}))},
		{"Canadian dollar", money.NewFinder(money.WithDefaultDollar(currency.CAD))},
	}
	for _, c := range advtest.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			text := c.Build(min(c.Size, advOptionsCap))
			for _, fd := range finders {
				got, _ := advtest.Run(t, len(text), func() []money.Amount { return fd.f.Find(text) })
				advCheckAmounts(t, text, got)
				for _, a := range got {
					if fd.name == "no vague amounts" {
						require.False(t, a.Vague, "%s: vague amount %q", fd.name, a.Text)
					}
				}
			}
		})
	}
}

// TestAdversarialFormat formats extreme amounts in every style: huge and
// tiny values, negative ones, many decimals, currencies with no decimals
// or no name. The text must parse back to the same value and currency.
func TestAdversarialFormat(t *testing.T) {
	values := []string{
		"0", "1", "-1", "0.01", "-0.005", "123456789012345678901234567890", "1e40", "-1e40", "1e-30",
		"999999999999.999999", "1000000000000000", "0.000000001", "-2500000000",
	}
	units := []currency.Unit{currency.EUR, currency.USD, currency.JPY, currency.CHF, currency.SEK, currency.MustParseISO("XAU"), currency.MustParseISO("KWD")}
	var formatters []*money.Formatter
	for _, cs := range []money.CurrencyStyle{money.CurrencyName, money.CurrencySymbol, money.CurrencyCode} {
		for _, ss := range []money.ScaleStyle{money.ScaleShort, money.ScaleLong, money.ScaleNone} {
			formatters = append(formatters, money.NewFormatter(money.WithCurrencyStyle(cs), money.WithScale(ss)))
		}
	}
	for _, v := range values {
		for _, u := range units {
			t.Run(v+" "+u.String(), func(t *testing.T) {
				advtest.SkipKnownBug(t, advKnownBugs)
				a := money.Amount{Value: decimal.RequireFromString(v), Currency: u, HasCurrency: true}
				for i, f := range formatters {
					s := f.Format(a)
					require.NotEmpty(t, s, "formatter %d", i)
					back, err := money.Parse(s)
					require.NoError(t, err, "formatter %d: Parse(%q)", i, s)
					assert.True(t, back.Value.Equal(a.Value), "formatter %d: %q parses to %s, want %s", i, s, back.Value, a.Value)
					if u != currency.USD || i/3 != 1 { // "$" is the default dollar
						assert.Equal(t, u, back.Currency, "formatter %d: %q", i, s)
					}
				}
			})
		}
	}
}
