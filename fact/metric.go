package fact

import "fmt"

// Metric is what a figure measures. The set is closed: its String forms
// are the metric keys of the command-line contract ("revenue", "net_income",
// …). The zero Metric is NoMetric, which no reported Fact has.
type Metric uint8

// The metrics, in the order of the CLI contract.
const (
	NoMetric        Metric = iota
	Revenue                // Umsatz, Erlöse, Einnahmen
	NetIncome              // Nettogewinn, Überschuss, Konzernergebnis; a Verlust is negative
	OperatingProfit        // Ebit, operatives Ergebnis, Betriebsergebnis
	EBITDA                 // Ebitda
	PretaxProfit           // Vorsteuergewinn, Ergebnis vor Steuern
	Margin                 // Marge, Rendite, Ebit-Marge
	EPS                    // Ergebnis je Aktie
	Dividend               // Dividende, Ausschüttung
	FreeCashFlow           // Free Cashflow, freier Cashflow
	Capex                  // Investitionen, Kapitalausgaben
	OrderIntake            // Auftragseingang
	OrderBacklog           // Auftragsbestand, offene Aufträge
	NetDebt                // Nettofinanzschulden, Nettoverschuldung
	EquityRatio            // Eigenkapitalquote
	Headcount              // Mitarbeiter, Beschäftigte
	JobCuts                // Stellenabbau
	SalesVolume            // Absatz, Auslieferungen
	MarketCap              // Börsenwert, Marktkapitalisierung
	Valuation              // Bewertung, Unternehmenswert
	SharePrice             // die Aktie gewann … auf 47,20 Euro
	PriceTarget            // Kursziel
	DealValue              // Kaufpreis, übernimmt … für
	Stake                  // Anteil, Beteiligung (Entity holds Target)
	Investment             // investieren, Investition von
	Costs                  // Kosten
	InterestRate           // Leitzins, Einlagensatz
	Inflation              // Inflationsrate, Teuerung
	Unemployment           // Arbeitslosenquote
	GDP                    // Wirtschaftsleistung, BIP

	numMetrics
)

var metricKeys = [numMetrics]string{
	"", "revenue", "net_income", "operating_profit", "ebitda", "pretax_profit", "margin", "eps",
	"dividend", "free_cash_flow", "capex", "order_intake", "order_backlog", "net_debt",
	"equity_ratio", "headcount", "job_cuts", "sales_volume", "market_cap", "valuation",
	"share_price", "price_target", "deal_value", "stake", "investment", "costs",
	"interest_rate", "inflation", "unemployment", "gdp",
}

// String returns the metric key of m ("revenue", "capex", …), "" for
// NoMetric and for values outside the set.
func (m Metric) String() string {
	if m >= numMetrics {
		return ""
	}
	return metricKeys[m]
}

// ParseMetric returns the Metric whose key is s, and whether there is one.
func ParseMetric(s string) (Metric, bool) {
	for i := Metric(1); i < numMetrics; i++ {
		if metricKeys[i] == s {
			return i, true
		}
	}
	return NoMetric, false
}

// Metrics returns every metric of the closed list, in order (NoMetric
// excluded).
func Metrics() []Metric {
	out := make([]Metric, 0, numMetrics-1)
	for i := Metric(1); i < numMetrics; i++ {
		out = append(out, i)
	}
	return out
}

// MarshalText encodes m as its key. NoMetric and unknown values are errors.
func (m Metric) MarshalText() ([]byte, error) {
	if m == NoMetric || m >= numMetrics {
		return nil, fmt.Errorf("fact: invalid Metric %d", uint8(m))
	}
	return []byte(metricKeys[m]), nil
}

// UnmarshalText decodes a metric key.
func (m *Metric) UnmarshalText(b []byte) error {
	v, ok := ParseMetric(string(b))
	if !ok {
		return fmt.Errorf("fact: unknown metric %q", b)
	}
	*m = v
	return nil
}

// Status says whether a figure is reported, the company's own outlook, or
// someone else's estimate. The zero Status is Actual.
type Status uint8

// The statuses of a fact.
const (
	Actual   Status = iota // reported: "stieg auf", "betrug"
	Forecast               // the company's outlook: erwartet, Prognose, will, soll, peilt an
	Estimate               // analysts, consensus: "Analysten hatten mit … gerechnet"
)

var statusNames = [...]string{"actual", "forecast", "estimate"}

// String returns "actual", "forecast" or "estimate" ("" for unknown values).
func (s Status) String() string {
	if int(s) >= len(statusNames) {
		return ""
	}
	return statusNames[s]
}

// MarshalText encodes s as its String form.
func (s Status) MarshalText() ([]byte, error) {
	if int(s) >= len(statusNames) {
		return nil, fmt.Errorf("fact: invalid Status %d", uint8(s))
	}
	return []byte(statusNames[s]), nil
}

// UnmarshalText decodes the String form of a Status.
func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if n == string(b) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("fact: unknown status %q", b)
}

// Basis is the comparison a change is made against.
type Basis uint8

// The bases of a change. A change against a named period keeps that
// period's value in Change.BasisPeriod instead.
const (
	NoBasis Basis = iota
	YoY           // gegenüber dem Vorjahr, im Jahresvergleich, Vorjahreszeitraum
	QoQ           // gegenüber dem Vorquartal
	MoM           // gegenüber dem Vormonat
)

var basisNames = [...]string{"", "yoy", "qoq", "mom"}

// String returns "yoy", "qoq", "mom" or "".
func (b Basis) String() string {
	if int(b) >= len(basisNames) {
		return ""
	}
	return basisNames[b]
}
