package finanztext

import (
	"bytes"
	"encoding/json"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/fact"
	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
)

// The JSON shapes of the command-line contract live here, in one place.

type jsonDocument struct {
	Numbers       []jsonNumber  `json:"numbers"`
	Amounts       []jsonAmount  `json:"amounts"`
	Percentages   []jsonPercent `json:"percentages"`
	Organizations []jsonOrg     `json:"organizations"`
	Persons       []jsonPerson  `json:"persons"`
	Quotes        []jsonQuote   `json:"quotes"`
	Facts         []fact.Fact   `json:"facts"`
}

type jsonNumber struct {
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Value   string `json:"value"`
	Ordinal bool   `json:"ordinal"`
	Min     string `json:"min,omitempty"`
	Max     string `json:"max,omitempty"`
	Approx  string `json:"approx,omitempty"`
}

type jsonAmount struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Value    string `json:"value,omitempty"`
	Currency string `json:"currency,omitempty"`
	Min      string `json:"min,omitempty"`
	Max      string `json:"max,omitempty"`
	Approx   string `json:"approx,omitempty"`
}

type jsonPercent struct {
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Value     string `json:"value"`
	Unit      string `json:"unit"`
	Direction string `json:"direction,omitempty"`
	Basis     string `json:"basis,omitempty"`
	Approx    string `json:"approx,omitempty"`
	Min       string `json:"min,omitempty"`
	Max       string `json:"max,omitempty"`
}

type jsonOrg struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Name  string `json:"name"`
	Kind  string `json:"kind,omitempty"`
}

type jsonPerson struct {
	Text         string `json:"text"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Name         string `json:"name"`
	Role         string `json:"role,omitempty"`
	Organization string `json:"organization,omitempty"`
}

type jsonQuote struct {
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Kind    string `json:"kind,omitempty"`
	Speaker string `json:"speaker,omitempty"`
}

// MarshalJSON encodes d as the object the command-line tool prints:
// the keys numbers, amounts, percentages, organizations, persons, quotes and
// facts,
// each a list (never null); item fields without a value are omitted;
// values are exact decimal strings. HTML characters are not escaped.
func (d Document) MarshalJSON() ([]byte, error) {
	jd := jsonDocument{
		Numbers:       make([]jsonNumber, 0, len(d.Numbers)),
		Amounts:       make([]jsonAmount, 0, len(d.Amounts)),
		Percentages:   make([]jsonPercent, 0, len(d.Percentages)),
		Organizations: make([]jsonOrg, 0, len(d.Organizations)),
		Persons:       make([]jsonPerson, 0, len(d.Persons)),
		Quotes:        make([]jsonQuote, 0, len(d.Quotes)),
		Facts:         d.Facts,
	}
	if jd.Facts == nil {
		jd.Facts = []fact.Fact{}
	}
	for _, n := range d.Numbers {
		jd.Numbers = append(jd.Numbers, numberJSON(n))
	}
	for _, a := range d.Amounts {
		jd.Amounts = append(jd.Amounts, amountJSON(a))
	}
	for _, p := range d.Percentages {
		jd.Percentages = append(jd.Percentages, percentJSON(p))
	}
	for _, m := range d.Organizations {
		jd.Organizations = append(jd.Organizations, jsonOrg{
			Text: m.Text, Start: m.Start, End: m.End, Name: mentionName(m), Kind: typeString(mentionType(m)),
		})
	}
	for _, m := range d.Persons {
		jd.Persons = append(jd.Persons, jsonPerson{
			Text: m.Text, Start: m.Start, End: m.End, Name: mentionName(m), Role: m.Role, Organization: m.Organization,
		})
	}
	for _, q := range d.Quotes {
		jq := jsonQuote{Text: q.Text, Start: q.Start, End: q.End, Kind: q.Kind.String()}
		if q.Speaker != nil {
			jq.Speaker = q.Speaker.Name
		}
		jd.Quotes = append(jd.Quotes, jq)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(jd); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func numberJSON(n parse.Number) jsonNumber {
	j := jsonNumber{Text: n.Text, Start: n.Start, End: n.End, Value: n.Value.String(), Ordinal: n.Ordinal}
	if n.IsRange {
		j.Min, j.Max = n.Value.String(), n.Max.String()
	}
	if n.Qual != nil {
		j.Approx = n.Qual.Approx.String()
	}
	return j
}

func amountJSON(a money.Amount) jsonAmount {
	j := jsonAmount{Text: a.Text, Start: a.Start, End: a.End}
	if a.HasCurrency {
		j.Currency = a.Currency.String()
	}
	if a.Qual != nil {
		j.Approx = a.Qual.Approx.String()
	}
	if a.Vague {
		return j
	}
	if a.IsRange {
		lo := a.Min
		if lo.IsZero() && !a.Value.IsZero() {
			lo = a.Value
		}
		j.Value, j.Min, j.Max = lo.String(), lo.String(), a.Max.String()
		return j
	}
	j.Value = a.Value.String()
	return j
}

func percentJSON(p parse.PercentMatch) jsonPercent {
	j := jsonPercent{
		Text: p.Text, Start: p.Start, End: p.End, Value: p.Value.String(),
		Unit: p.Unit.String(), Direction: p.Direction.String(), Basis: p.Basis,
	}
	if p.IsRange {
		j.Min, j.Max = p.Value.String(), p.Max.String()
	}
	if p.Qual != nil {
		j.Approx = p.Qual.Approx.String()
	}
	return j
}

func mentionType(m entity.Mention) entity.Type {
	if m.Entity == nil {
		return entity.UnknownType
	}
	return m.Entity.Type
}

// typeString is the CLI "kind" of an organization; "" (omitted) when unknown.
func typeString(t entity.Type) string {
	if t == entity.UnknownType {
		return ""
	}
	return t.String()
}
