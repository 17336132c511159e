package finanztext_test

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/finanztext/finanztext"
	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
	"github.com/finanztext/finanztext/quote"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestDocumentJSON(t *testing.T) {
	nordwind := &entity.Entity{Name: "Nordwind Energie", Type: entity.Company}
	albers := &entity.Entity{Name: "Katrin Albers", Type: entity.PersonType}
	tests := []struct {
		name string
		doc  finanztext.Document
		want string
	}{
		{
			name: "empty document has all lists as []",
			doc:  finanztext.Document{},
			want: `{"numbers":[],"amounts":[],"percentages":[],"organizations":[],"persons":[],"quotes":[],"periods":[],"facts":[],"references":[]}`,
		},
		{
			name: "periods: type always, value and mod only when known",
			doc: finanztext.Document{Periods: []period.Expression{
				{Span: parse.Span{Start: 0, End: 9}, Text: "Ende 2023", Type: period.Date, Value: "2023", Mod: period.End},
				{Span: parse.Span{Start: 14, End: 21}, Text: "Vorjahr", Type: period.Date},
				{Span: parse.Span{Start: 30, End: 42}, Text: "sieben Jahre", Type: period.Duration, Value: "P7Y"},
			}},
			want: `{"numbers":[],"amounts":[],"percentages":[],"organizations":[],"persons":[],"quotes":[],"periods":[` +
				`{"text":"Ende 2023","start":0,"end":9,"type":"date","value":"2023","mod":"END"},` +
				`{"text":"Vorjahr","start":14,"end":21,"type":"date"},` +
				`{"text":"sieben Jahre","start":30,"end":42,"type":"duration","value":"P7Y"}],"facts":[],"references":[]}`,
		},
		{
			name: "number: ordinal false is kept, no min/max/approx",
			doc: finanztext.Document{Numbers: []parse.Number{
				{Span: parse.Span{Start: 0, End: 16}, Text: "34,9 Milliarden", Value: dec("34900000000")},
			}},
			want: `{"numbers":[{"text":"34,9 Milliarden","start":0,"end":16,"value":"34900000000","ordinal":false}],` +
				`"amounts":[],"percentages":[],"organizations":[],"persons":[],"quotes":[],"periods":[],"facts":[],"references":[]}`,
		},
		{
			name: "number: range with qualifier, ordinal",
			doc: finanztext.Document{Numbers: []parse.Number{
				{Span: parse.Span{Start: 3, End: 17}, Text: "rund 20 bis 25", Value: dec("20"), Max: dec("25"), IsRange: true,
					Qual: &parse.Qualifier{Text: "rund", Approx: parse.About}},
				{Span: parse.Span{Start: 20, End: 26}, Text: "dritte", Value: dec("3"), Ordinal: true},
			}},
			want: `{"numbers":[{"text":"rund 20 bis 25","start":3,"end":17,"value":"20","ordinal":false,"min":"20","max":"25","approx":"about"},` +
				`{"text":"dritte","start":20,"end":26,"value":"3","ordinal":true}],` +
				`"amounts":[],"percentages":[],"organizations":[],"persons":[],"quotes":[],"periods":[],"facts":[],"references":[]}`,
		},
		{
			name: "amounts: plain, range, vague, unknown currency, decimals exact",
			doc: finanztext.Document{Amounts: []money.Amount{
				{Span: parse.Span{Start: 0, End: 12}, Text: "1,10 Euro je", Value: dec("1.10"), Currency: currency.EUR, HasCurrency: true},
				{Span: parse.Span{Start: 13, End: 20}, Text: "12 bis 14", Value: dec("12000000000"), Min: dec("12000000000"), Max: dec("14000000000"),
					IsRange: true, Currency: currency.EUR, HasCurrency: true, Qual: &parse.Qualifier{Text: "bis zu", Approx: parse.AtMost}},
				{Span: parse.Span{Start: 21, End: 36}, Text: "Millionenbetrag", Vague: true, Currency: currency.EUR, HasCurrency: true},
				{Span: parse.Span{Start: 40, End: 49}, Text: "5 Kronen", Value: dec("5")},
			}},
			want: `{"numbers":[],"amounts":[` +
				`{"text":"1,10 Euro je","start":0,"end":12,"value":"1.1","currency":"EUR"},` +
				`{"text":"12 bis 14","start":13,"end":20,"value":"12000000000","currency":"EUR","min":"12000000000","max":"14000000000","approx":"at_most"},` +
				`{"text":"Millionenbetrag","start":21,"end":36,"currency":"EUR","vague":true},` +
				`{"text":"5 Kronen","start":40,"end":49,"value":"5"}],` +
				`"percentages":[],"organizations":[],"persons":[],"quotes":[],"periods":[],"facts":[],"references":[]}`,
		},
		{
			name: "percentages: unit, direction, basis, approx, range",
			doc: finanztext.Document{Percentages: []parse.PercentMatch{
				{Span: parse.Span{Start: 0, End: 11}, Text: "14 Prozent", Value: dec("14"), Unit: parse.Percent, Direction: parse.Up, Basis: "gegenüber dem Vorjahr"},
				{Span: parse.Span{Start: 12, End: 26}, Text: "25 Basispunkte", Value: dec("-25"), Unit: parse.BasisPoint, Direction: parse.Down},
				{Span: parse.Span{Start: 27, End: 35}, Text: "20–25 %", Value: dec("20"), Max: dec("25"), IsRange: true, Unit: parse.Point,
					Qual: &parse.Qualifier{Text: "mehr als", Approx: parse.MoreThan}},
				{Span: parse.Span{Start: 36, End: 46}, Text: "0,5 Promille", Value: dec("0.5"), Unit: parse.Permille,
					Qual: &parse.Qualifier{Text: "unter", Approx: parse.LessThan}},
			}},
			want: `{"numbers":[],"amounts":[],"percentages":[` +
				`{"text":"14 Prozent","start":0,"end":11,"value":"14","unit":"percent","direction":"up","basis":"gegenüber dem Vorjahr"},` +
				`{"text":"25 Basispunkte","start":12,"end":26,"value":"-25","unit":"basis_point","direction":"down"},` +
				`{"text":"20–25 %","start":27,"end":35,"value":"20","unit":"point","approx":"more_than","min":"20","max":"25"},` +
				`{"text":"0,5 Promille","start":36,"end":46,"value":"0.5","unit":"permille","approx":"less_than"}],` +
				`"organizations":[],"persons":[],"quotes":[],"periods":[],"facts":[],"references":[]}`,
		},
		{
			name: "entities and quotes: names, kinds, roles, speaker; HTML not escaped",
			doc: finanztext.Document{
				Organizations: []entity.Mention{
					{Span: parse.Span{Start: 0, End: 9}, Text: "Nordwinds", Kind: entity.Organization, Entity: nordwind},
					{Span: parse.Span{Start: 10, End: 24}, Text: "Müller & Söhne", Kind: entity.Organization},
					{Span: parse.Span{Start: 25, End: 28}, Text: "EZB", Kind: entity.Organization, Entity: &entity.Entity{Name: "Europäische Zentralbank", Type: entity.CentralBank}},
				},
				Persons: []entity.Mention{
					{Span: parse.Span{Start: 30, End: 58}, Text: "Vorstandschefin Katrin Albers", Kind: entity.Person, Entity: albers,
						Role: "Vorstandschefin", Organization: "Nordwind Energie"},
					{Span: parse.Span{Start: 60, End: 66}, Text: "Albers", Kind: entity.Person, Entity: albers},
				},
				Quotes: []quote.Quote{
					{Span: parse.Span{Start: 70, End: 80}, Text: "Wir & ihr", Kind: quote.Direct, Speaker: &quote.Speaker{Name: "Katrin Albers"}},
					{Span: parse.Span{Start: 90, End: 99}, Text: "es sei gut", Kind: quote.Indirect},
				},
			},
			want: `{"numbers":[],"amounts":[],"percentages":[],"organizations":[` +
				`{"text":"Nordwinds","start":0,"end":9,"name":"Nordwind Energie","kind":"company"},` +
				`{"text":"Müller & Söhne","start":10,"end":24,"name":"Müller & Söhne"},` +
				`{"text":"EZB","start":25,"end":28,"name":"Europäische Zentralbank","kind":"central_bank"}],` +
				`"persons":[{"text":"Vorstandschefin Katrin Albers","start":30,"end":58,"name":"Katrin Albers","role":"Vorstandschefin","organization":"Nordwind Energie"},` +
				`{"text":"Albers","start":60,"end":66,"name":"Katrin Albers"}],` +
				`"quotes":[{"text":"Wir & ihr","start":70,"end":80,"kind":"direct","speaker":"Katrin Albers"},` +
				`{"text":"es sei gut","start":90,"end":99,"kind":"indirect"}],"periods":[],"facts":[],"references":[]}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.doc.MarshalJSON()
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got), "exact bytes: key order and no HTML escaping")
			// json.Marshal escapes HTML characters in what MarshalJSON gives, as
			// it always does; an Encoder with SetEscapeHTML(false) keeps them.
			viaMarshal, err := json.Marshal(tt.doc)
			require.NoError(t, err)
			assert.JSONEq(t, tt.want, string(viaMarshal))
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			require.NoError(t, enc.Encode(tt.doc))
			assert.Equal(t, tt.want+"\n", buf.String())
		})
	}
}

func TestDocumentJSONAllKinds(t *testing.T) {
	kinds := map[entity.Type]string{
		entity.Company: "company", entity.Bank: "bank", entity.Insurer: "insurer",
		entity.AssetManager: "asset_manager", entity.RatingAgency: "rating_agency",
		entity.Exchange: "exchange", entity.CentralBank: "central_bank", entity.Regulator: "regulator",
		entity.Government: "government", entity.InternationalOrg: "international_org",
		entity.ResearchInstitute: "research_institute", entity.Association: "association",
		entity.Union: "union", entity.Media: "media", entity.OtherOrg: "other",
	}
	for typ, want := range kinds {
		doc := finanztext.Document{Organizations: []entity.Mention{
			{Text: "X", Span: parse.Span{End: 1}, Kind: entity.Organization, Entity: &entity.Entity{Name: "X", Type: typ}},
		}}
		var got struct {
			Organizations []struct{ Kind string } `json:"organizations"`
		}
		b, err := json.Marshal(doc)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(b, &got))
		require.Len(t, got.Organizations, 1)
		assert.Equal(t, want, got.Organizations[0].Kind, "type %d", typ)
	}
}

// TestOneJSONShapePerType checks that every item of a Document's JSON is
// byte for byte what json.Marshal prints for the item alone: one encoder
// per type, used everywhere (the CLI prints Document JSON).
func TestOneJSONShapePerType(t *testing.T) {
	data, err := os.ReadFile("testdata/artikel.txt")
	require.NoError(t, err)
	doc := finanztext.Analyze(string(data))
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	var lists map[string][]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &lists))
	check := func(key string, items []json.RawMessage, marshal func(i int) ([]byte, error), n int) {
		require.Len(t, items, n, key)
		require.NotZero(t, n, "the article has %s", key)
		for i := range n {
			want, err := marshal(i)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(items[i]), "%s[%d]", key, i)
		}
	}
	check("numbers", lists["numbers"], func(i int) ([]byte, error) { return json.Marshal(doc.Numbers[i]) }, len(doc.Numbers))
	check("amounts", lists["amounts"], func(i int) ([]byte, error) { return json.Marshal(doc.Amounts[i]) }, len(doc.Amounts))
	check("percentages", lists["percentages"], func(i int) ([]byte, error) { return json.Marshal(doc.Percentages[i]) }, len(doc.Percentages))
	check("organizations", lists["organizations"], func(i int) ([]byte, error) { return json.Marshal(doc.Organizations[i]) }, len(doc.Organizations))
	check("persons", lists["persons"], func(i int) ([]byte, error) { return json.Marshal(doc.Persons[i]) }, len(doc.Persons))
	check("quotes", lists["quotes"], func(i int) ([]byte, error) { return json.Marshal(doc.Quotes[i]) }, len(doc.Quotes))
}
