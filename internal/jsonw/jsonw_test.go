package jsonw

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func stdString(t testing.TB, s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(s))
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

var stringTests = []struct{ name, in string }{
	{"empty", ""},
	{"plain", "Der Umsatz stieg."},
	{"umlauts", "Müller & Söhne <AG>"},
	{"quotes and backslash", `„Wir" sagte \ er`},
	{"controls", "a\x00b\x01c\bd\fe\nf\rg\th\x1f"},
	{"invalid utf8", "Hans\xff AG \xc0\x80 \xed\xa0\x80"},
	{"line separators", "a\u2028b\u2029c"},
	{"DEL and BOM", "\x7f\ufeff"},
}

func TestString(t *testing.T) {
	for _, tt := range stringTests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, stdString(t, tt.in), string(String(nil, tt.in)))
		})
	}
}

func TestObject(t *testing.T) {
	o := Begin([]byte("x"))
	o.Str("text", "5 €")
	o.Int("start", -3)
	o.StrOmit("empty", "")
	o.Bool("ordinal", true)
	o.Raw("id", []byte(`17`))
	b := o.Member("list")
	b = append(b, "[]"...)
	o.Set(b)
	assert.Equal(t, `x{"text":"5 €","start":-3,"ordinal":true,"id":17,"list":[]}`, string(o.End()))
	assert.Equal(t, "{}", string(func() []byte { o := Begin(nil); return o.End() }()))
}

// FuzzString checks String against encoding/json on any input.
func FuzzString(f *testing.F) {
	for _, tt := range stringTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := String(nil, s)
		if want := stdString(t, s); string(got) != want {
			t.Fatalf("String(%q) = %s, encoding/json %s", s, got, want)
		}
	})
}

func TestDecimal(t *testing.T) {
	for _, s := range []string{"0", "1", "-1", "1.1", "1.10", "0.005", "-0.5", "100", "34900000000", "1e10", "1.5e-3",
		"123456789012345", "1234567890123456", "99999999999999999999.5", "0.33333333333333333333", "-0", "5e30", "5e31",
		"1e-41", "7.000", "-12.340"} {
		d := decimal.RequireFromString(s)
		assert.Equal(t, d.String(), string(Decimal(nil, d)), s)
	}
	assert.Equal(t, "0", string(Decimal(nil, decimal.Decimal{})))
}

// FuzzDecimal checks Decimal against decimal.String.
func FuzzDecimal(f *testing.F) {
	f.Add(int64(349), int32(8))
	f.Add(int64(-5), int32(-3))
	f.Add(int64(0), int32(-41))
	f.Fuzz(func(t *testing.T, c int64, e int32) {
		e %= 60
		d := decimal.New(c, e)
		if got := string(Decimal(nil, d)); got != d.String() {
			t.Fatalf("Decimal(%v) = %s, want %s", d, got, d.String())
		}
	})
}
