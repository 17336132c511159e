package fact

import (
	"github.com/finanztext/finanztext/internal/jsonw"
	"golang.org/x/text/currency"
)

// AppendJSON appends f as [Fact.MarshalJSON] encodes it and returns the
// extended buffer.
func (f Fact) AppendJSON(dst []byte) []byte {
	o := jsonw.Begin(dst)
	o.Str("text", f.Text)
	o.Int("start", f.Start)
	o.Int("end", f.End)
	o.Str("metric", f.Metric.String())
	o.StrOmit("metric_text", f.MetricText)
	o.StrOmit("entity", f.Entity)
	o.StrOmit("target", f.Target)
	if f.Value.Kind != NoValue {
		o.Dec("value", f.Value.Value)
		appendUnit(&o, f.Value)
		if f.Value.IsRange {
			o.Dec("min", f.Value.Value)
			o.Dec("max", f.Value.Max)
		}
		o.StrOmit("approx", f.Value.Approx.String())
	}
	if !f.Change.IsZero() {
		b := o.Member("change")
		c := jsonw.Begin(b)
		c.StrOmit("direction", f.Change.Direction.String())
		if f.Change.By.Kind != NoValue {
			c.Dec("value", f.Change.By.Value.Abs())
			appendUnit(&c, f.Change.By)
		}
		if f.Change.From.Kind != NoValue {
			c.Dec("from", f.Change.From.Value)
		}
		basis := f.Change.Basis.String()
		if basis == "" {
			basis = f.Change.BasisPeriod
		}
		c.StrOmit("basis", basis)
		o.Set(c.End())
	}
	o.StrOmit("period", f.Period)
	o.StrOmit("period_text", f.PeriodText)
	o.Str("status", f.Status.String())
	return o.End()
}

// appendUnit adds the "unit" of a percentage or the "currency" of money,
// in the order the CLI contract lists them.
func appendUnit(o *jsonw.Object, v Value) {
	switch v.Kind {
	case Money:
		if v.Currency != (currency.Unit{}) {
			o.Str("currency", v.Currency.String())
		}
	case Percent:
		o.StrOmit("unit", v.Unit.String())
	}
}
