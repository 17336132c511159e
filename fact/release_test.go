package fact

import (
	"os"
	"reflect"
	"slices"
	"testing"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/finanztext/finanztext/period"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReleaseClears checks that a released state holds nothing of the
// caller's in any of its buffers that hold pointers, up to their
// capacity, when a short text
// follows a long one in the same pooled state: release clears only what a
// call wrote, so the rest must have stayed zero.
func TestReleaseClears(t *testing.T) {
	data, err := os.ReadFile("../testdata/news.txt")
	require.NoError(t, err)
	texts := []string{
		string(data),
		"Der Umsatz der Nordwind AG stieg im dritten Quartal um 12 Prozent auf 3,4 Milliarden Euro.",
		"Die Messe zählte 350 Besucher.",
		"",
	}
	rec := entity.NewRecognizer()
	for _, text := range texts {
		nums := parse.FindNumbers(text)
		edoc := rec.FindDoc(text)
		in := Input{Numbers: nums, Amounts: money.NewFinder().FindWith(text, nums),
			Percents: parse.FindPercentsWith(text, nums), Mentions: edoc.Mentions, Refs: edoc.Refs,
			Periods: period.Find(text, period.Ref{})}
		if len(in.Periods) > 1 {
			// out of order: FindWith copies and sorts them
			in.Periods = append([]period.Expression{in.Periods[len(in.Periods)-1]}, in.Periods...)
		}
		s := newState(text, in)
		s.run()
		s.result()
		s.release()
		for i, f := range s.facts[:cap(s.facts)] {
			require.Zero(t, f, "fact %d", i)
		}
		for i, d := range s.drafts[:cap(s.drafts)] {
			require.Zero(t, d, "draft %d", i)
		}
		for i, c := range s.cueBuf[:cap(s.cueBuf)] {
			require.Zero(t, c, "cue %d", i)
		}
		for _, b := range [][]org{s.orgs, s.refs, s.quotes} {
			for i, o := range b[:cap(b)] {
				require.Zero(t, o, "org %d", i)
			}
		}
		for i, p := range s.perBuf[:cap(s.perBuf)] {
			require.Zero(t, p, "period %d", i)
		}
	}
}

// TestBuffersHoldNoPointers checks that the records release leaves as they
// are hold no pointers (so nothing of the caller's stays in the pool).
func TestBuffersHoldNoPointers(t *testing.T) {
	var hasPtr func(reflect.Type) bool
	hasPtr = func(rt reflect.Type) bool {
		switch rt.Kind() {
		case reflect.Pointer, reflect.String, reflect.Slice, reflect.Map, reflect.Interface, reflect.Func, reflect.Chan, reflect.UnsafePointer:
			return true
		case reflect.Array:
			return hasPtr(rt.Elem())
		case reflect.Struct:
			for i := range rt.NumField() {
				if hasPtr(rt.Field(i).Type) {
					return true
				}
			}
		}
		return false
	}
	for _, v := range []any{figure{}, token{}, segment{}, sentRec{}} {
		assert.False(t, hasPtr(reflect.TypeOf(v)), "%T", v)
	}
}

// TestTypeSets checks the organization type sets against their lists.
func TestTypeSets(t *testing.T) {
	company := []entity.Type{entity.UnknownType, entity.Company, entity.Bank, entity.Insurer,
		entity.AssetManager, entity.Exchange, entity.OtherOrg}
	source := []entity.Type{entity.ResearchInstitute, entity.RatingAgency, entity.Media,
		entity.Association, entity.Union, entity.Regulator, entity.InternationalOrg}
	for k := range 256 {
		ty := entity.Type(k)
		assert.Equal(t, slices.Contains(company, ty), hasType(companyTypes, ty), "company %v", ty)
		assert.Equal(t, slices.Contains(source, ty), hasType(sourceTypes, ty), "source %v", ty)
	}
}
