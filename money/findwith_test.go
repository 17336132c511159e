package money

import (
	"testing"

	"github.com/finanztext/finanztext/parse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindWithMismatched gives FindWith numerals that belong to another
// text or were changed by the caller: none may panic, every result must
// hold text[Start:End] == Text, and numerals that fit are still used.
func TestFindWithMismatched(t *testing.T) {
	five := parse.FindNumbers("Es sind 5 Euro.")
	tests := []struct {
		name string
		text string
		nums []parse.Number
		want []string // amount texts
	}{
		{"numbers of a longer text", "zwei Euro", parse.FindNumbers("zwei Euro fünfzig"), []string{"zwei Euro"}},
		{"numbers of a shorter text", "zwei Euro fünfzig Cent", parse.FindNumbers("zwei Euro"), []string{"zwei Euro"}},
		{"numbers of another text", "Es sind 7 Dollar.", five, nil},
		{"same offsets, other bytes", "Es sind 9 Euro.", five, nil},
		{"negative span", "5 Euro", []parse.Number{{Span: parse.Span{Start: -1, End: 1}, Text: "5"}}, nil},
		{"inverted span", "5 Euro", []parse.Number{{Span: parse.Span{Start: 1, End: 0}, Text: ""}}, nil},
		{"empty span", "5 Euro", []parse.Number{{Span: parse.Span{Start: 0, End: 0}}}, nil},
		{"past the end", "5 Euro", []parse.Number{{Span: parse.Span{Start: 5, End: 99}, Text: "uro"}}, nil},
		{"unordered", "5 Euro und 6 Euro", []parse.Number{
			{Span: parse.Span{Start: 11, End: 12}, Text: "6", Value: mustDec("6"), Flags: parse.FlagDigits},
			{Span: parse.Span{Start: 0, End: 1}, Text: "5", Value: mustDec("5"), Flags: parse.FlagDigits},
		}, []string{"6 Euro"}},
		{"overlapping", "55 Euro", []parse.Number{
			{Span: parse.Span{Start: 0, End: 2}, Text: "55", Value: mustDec("55"), Flags: parse.FlagDigits},
			{Span: parse.Span{Start: 1, End: 2}, Text: "5", Value: mustDec("5"), Flags: parse.FlagDigits},
		}, []string{"55 Euro"}},
		{"qualifier out of range", "rund 5 Euro", []parse.Number{
			{Span: parse.Span{Start: 5, End: 6}, Text: "5", Value: mustDec("5"), Flags: parse.FlagDigits,
				Qual: &parse.Qualifier{Span: parse.Span{Start: -4, End: 40}, Text: "rund"}},
		}, []string{"5 Euro"}},
		{"qualifier after the numeral", "5 rund Euro", []parse.Number{
			{Span: parse.Span{Start: 0, End: 1}, Text: "5", Value: mustDec("5"), Flags: parse.FlagDigits,
				Qual: &parse.Qualifier{Span: parse.Span{Start: 2, End: 6}, Text: "rund"}},
		}, nil},
		{"nil numbers", "5 Euro", nil, nil},
		{"empty text", "", five, nil},
		{"von auf with a bad first", "von 52 auf 58 Euro", []parse.Number{
			{Span: parse.Span{Start: 4, End: 6}, Text: "5x"},
			{Span: parse.Span{Start: 11, End: 13}, Text: "58", Value: mustDec("58"), Flags: parse.FlagDigits},
		}, []string{"58 Euro"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := append([]parse.Number(nil), tt.nums...)
			var got []Amount
			require.NotPanics(t, func() { got = NewFinder().FindWith(tt.text, tt.nums) })
			checkInvariants(t, tt.text, got)
			texts := make([]string, len(got))
			for i, a := range got {
				texts[i] = a.Text
			}
			if len(tt.want) == 0 {
				assert.Empty(t, texts)
			} else {
				assert.Equal(t, tt.want, texts)
			}
			assert.Equal(t, before, tt.nums, "FindWith changed its input")
		})
	}
}

// FuzzFindWith applies the numerals of one text to another, with a span
// of the caller's making added, and checks that FindWith neither panics
// nor reports a span that is not its text.
func FuzzFindWith(f *testing.F) {
	f.Add("zwei Euro", "zwei Euro fünfzig", 0, 3)
	f.Add("Es sind 5 Euro.", "Es sind 7 Dollar.", 8, 9)
	f.Add("von 52 auf 58 Euro", "von 52 auf 58", -3, 2)
	for _, tt := range findCases {
		f.Add(tt.in, tt.text, len(tt.in)/2, len(tt.in))
	}
	f.Fuzz(func(t *testing.T, text, other string, start, end int) {
		nums := parse.FindNumbers(other)
		extra := parse.Number{Span: parse.Span{Start: start, End: end}, Value: mustDec("5"), Flags: parse.FlagDigits}
		if 0 <= start && start <= end && end <= len(text) {
			extra.Text = text[start:end]
		}
		nums = append(nums, extra)
		got := NewFinder().FindWith(text, nums)
		checkInvariants(t, text, got)
		// the numerals of the text itself give what Find gives
		assert.Equal(t, Find(text), NewFinder().FindWith(text, parse.FindNumbers(text)))
	})
}
