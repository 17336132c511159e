package finanztext_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/finanztext/finanztext"
	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readArticle(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/artikel.txt")
	require.NoError(t, err)
	return string(b)
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

func TestAnalyzeSpans(t *testing.T) {
	tests := []struct{ name, in string }{
		{"article", readArticle(t)},
		{"empty", ""},
		{"invalid UTF-8", "Umsatz \xff\xfe 3,5 Mrd. \xc3 Euro"},
		{"NUL bytes", "Plus\x00 4 Prozent\x00„Zitat\x00“, sagte er."},
		{"unbalanced quotes", "„Wir wachsen, sagte Albers. »Und « “ ‚"},
		{"many digits", strings.Repeat("9", 100_000)},
		{"repeated word", strings.Repeat("Milliarden ", 20_000)},
		{"repeated ordinal dots", strings.Repeat("1.", 50_000)},
		{"repeated legal form", strings.Repeat("AG ", 30_000)},
		{"repeated opening marks", strings.Repeat("„", 30_000)},
		{"repeated attribution", strings.Repeat("Herr Müller sagte: „", 5_000)},
		{"repeated hyphens", strings.Repeat("-", 100_000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := finanztext.Analyze(tt.in)
			checkDocument(t, tt.in, doc)
		})
	}
}

func TestAnalyzeKinds(t *testing.T) {
	text := readArticle(t)
	full := finanztext.Analyze(text)
	tests := []struct {
		name  string
		kinds finanztext.Kinds
	}{
		{"numbers only", finanztext.Numbers},
		{"percentages only", finanztext.Percentages},
		{"amounts only", finanztext.Amounts},
		{"quotes only", finanztext.Quotes},
		{"organizations and persons", finanztext.Organizations | finanztext.Persons},
		{"nothing", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := finanztext.New(finanztext.WithKinds(tt.kinds)).Analyze(text)
			// Each requested kind is what the full analysis gives; the others are empty.
			pick := func(k finanztext.Kinds, v, want any) {
				if tt.kinds&k != 0 {
					assert.Equal(t, mustJSON(t, want), mustJSON(t, v))
				} else {
					assert.Equal(t, "null", mustJSON(t, v))
				}
			}
			pick(finanztext.Numbers, doc.Numbers, full.Numbers)
			pick(finanztext.Amounts, doc.Amounts, full.Amounts)
			pick(finanztext.Percentages, doc.Percentages, full.Percentages)
			pick(finanztext.Organizations, doc.Organizations, full.Organizations)
			pick(finanztext.Persons, doc.Persons, full.Persons)
			pick(finanztext.Quotes, doc.Quotes, full.Quotes)
		})
	}
}

func TestZeroAnalyzer(t *testing.T) {
	text := readArticle(t)
	want := mustJSON(t, finanztext.Analyze(text))
	var zero finanztext.Analyzer
	assert.Equal(t, want, mustJSON(t, zero.Analyze(text)))
	var nilAnalyzer *finanztext.Analyzer
	assert.Equal(t, want, mustJSON(t, nilAnalyzer.Analyze(text)))
	assert.NotEqual(t, `{"numbers":[],"amounts":[],"percentages":[],"organizations":[],"persons":[],"quotes":[],"periods":[]}`, want)
}

func TestWithEntities(t *testing.T) {
	a := finanztext.New(
		finanztext.WithKinds(finanztext.Organizations|finanztext.Persons),
		finanztext.WithEntities(
			entity.Entity{Name: "Zyrkonwerke", Aliases: []string{"Zyrkon", " "}, Type: entity.Company},
			entity.Entity{Name: "Ida Quastenberg", Aliases: []string{"Quastenberg"}, Type: entity.PersonType},
		),
	)
	type hit struct {
		Text, Name string
		Start      int
	}
	tests := []struct {
		name     string
		in       string
		wantOrgs []hit
		wantPers []hit
	}{
		{
			name:     "name, alias and genitive",
			in:       "Die Zyrkonwerke melden Gewinn. Zyrkons Aktie stieg, sagte Ida Quastenberg.",
			wantOrgs: []hit{{"Zyrkonwerke", "Zyrkonwerke", 4}, {"Zyrkons", "Zyrkonwerke", 31}},
			wantPers: []hit{{"Ida Quastenberg", "Ida Quastenberg", 58}},
		},
		{
			name:     "person by alias in the genitive",
			in:       "Laut Quastenbergs Plan wächst der Umsatz.",
			wantPers: []hit{{"Quastenbergs", "Ida Quastenberg", 5}},
		},
		{
			name: "not inside other words",
			in:   "Der Zyrkonia-Fonds und AZyrkon und Ida Quastenbergerin.",
		},
		{
			name: "empty text",
			in:   "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := a.Analyze(tt.in)
			checkDocument(t, tt.in, doc)
			var orgs, pers []hit
			for _, m := range doc.Organizations {
				if m.Entity != nil && m.Entity.Name == "Zyrkonwerke" {
					orgs = append(orgs, hit{m.Text, m.Entity.Name, m.Start})
				}
			}
			for _, m := range doc.Persons {
				if m.Entity != nil && m.Entity.Name == "Ida Quastenberg" {
					pers = append(pers, hit{m.Text, m.Entity.Name, m.Start})
				}
			}
			assert.Equal(t, tt.wantOrgs, orgs)
			assert.Equal(t, tt.wantPers, pers)
		})
	}
}

func TestWithEntitiesManyMatches(t *testing.T) {
	// Linear-ish time on a pathological text: a million-byte run of one name.
	text := strings.Repeat("Zyrkon ", 150_000)
	a := finanztext.New(
		finanztext.WithKinds(finanztext.Organizations),
		finanztext.WithEntities(entity.Entity{Name: "Zyrkon", Aliases: []string{"Zyrkon Zyrkon"}, Type: entity.Company}),
	)
	doc := a.Analyze(text)
	checkDocument(t, text, doc)
	assert.NotEmpty(t, doc.Organizations)
}

// TestWithEntitiesWithoutWords: caller entities whose names hold no word
// (a quotation mark, NUL, a dash, blanks) never match punctuation of the
// text, as organizations or as persons.
func TestWithEntitiesWithoutWords(t *testing.T) {
	var es []entity.Entity
	for _, name := range []string{"„", "\x00", " - ", "   ", "", "“."} {
		es = append(es,
			entity.Entity{Name: name, Type: entity.Company},
			entity.Entity{Name: name, Type: entity.PersonType})
	}
	a := finanztext.New(finanztext.WithEntities(es...))
	text := "Sie sagte: „Wir - und alle anderen - wachsen.“ \x00 Ende."
	doc := a.Analyze(text)
	checkDocument(t, text, doc)
	assert.Empty(t, doc.Organizations)
	assert.Empty(t, doc.Persons)
	assert.Len(t, doc.Quotes, 1, "the quotation is still found")
}

func TestDocumentLinks(t *testing.T) {
	albers := &entity.Entity{Name: "Katrin Albers", Type: entity.PersonType}
	nordwind := &entity.Entity{Name: "Nordwind Energie", Type: entity.Company}
	doc := finanztext.Document{
		Organizations: []entity.Mention{{Text: "Nordwind", Kind: entity.Organization, Entity: nordwind}},
		Persons: []entity.Mention{
			{Text: "Albers", Span: parse.Span{Start: 5, End: 11}, Kind: entity.Person, Entity: albers, Organization: "Nordwind Energie"},
		},
	}
	p, ok := doc.Person("Katrin Albers")
	require.True(t, ok)
	assert.Equal(t, 5, p.Start)
	o, ok := doc.Organization(p.Organization)
	require.True(t, ok)
	assert.Equal(t, "Nordwind", o.Text)
	_, ok = doc.Person("Nordwind Energie")
	assert.False(t, ok, "an organization is not a person")
	_, ok = doc.Person("")
	assert.False(t, ok)
}

func TestAnalyzerConcurrent(t *testing.T) {
	article := readArticle(t)
	texts := []string{article, article[:len(article)/2], "Plus 3 Prozent.", ""}
	want := make([]string, len(texts))
	a := finanztext.New()
	for i, s := range texts {
		want[i] = mustJSON(t, a.Analyze(s))
	}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := range 16 {
		wg.Go(func() {
			for i := range 20 {
				k := (g + i) % len(texts)
				b, err := json.Marshal(a.Analyze(texts[k]))
				if err != nil {
					errs <- err
					return
				}
				if string(b) != want[k] {
					errs <- fmt.Errorf("goroutine %d, text %d: result differs", g, k)
					return
				}
				// The package-level function shares one default Analyzer.
				if got := mustJSONNoT(finanztext.Analyze(texts[k])); got != want[k] {
					errs <- fmt.Errorf("goroutine %d, text %d: Analyze differs", g, k)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func mustJSONNoT(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return err.Error()
	}
	return string(b)
}

func TestAnalyzeAtPeriods(t *testing.T) {
	a := finanztext.New()
	text := "Im Vorjahr lag der Umsatz bei 3 Mrd. Euro."
	tests := []struct {
		name string
		ref  period.Ref
		want string
	}{
		{"no date: found, no value", period.Ref{}, ""},
		{"news dated 2025", period.Ref{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)}, "2024"},
		{"news dated 2019", period.Ref{Date: time.Date(2019, 2, 1, 0, 0, 0, 0, time.UTC)}, "2018"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := a.AnalyzeAt(text, tt.ref)
			require.Len(t, doc.Periods, 1)
			assert.Equal(t, "Vorjahr", doc.Periods[0].Text)
			assert.Equal(t, tt.want, doc.Periods[0].Value)
			assert.Len(t, doc.Amounts, 1)
		})
	}
	none := finanztext.New(finanztext.WithKinds(finanztext.AllKinds&^finanztext.Periods)).AnalyzeAt(text, tests[1].ref)
	assert.Empty(t, none.Periods, "Periods not asked for")
	assert.Equal(t, a.Analyze(text).Periods, a.AnalyzeAt(text, period.Ref{}).Periods, "Analyze is AnalyzeAt without a date")
}
