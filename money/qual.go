package money

import "github.com/finanztext/finanztext/parse"

// parse reads the qualifier in front of a numeral ("rund 5 Mio. Euro").
// When the currency stands in front ("rund € 5 Mio."), the qualifier is
// in front of the currency and parse cannot see it; this file reads it.

// qualWords are single-word qualifiers and what they mean.
//
// buildQualWords returns the words of the table qualWords (generated: see the
// package's zz_generated_sets.go).
func buildQualWords() map[string]parse.Approx {
	return map[string]parse.Approx{
		"rund": parse.About, "etwa": parse.About, "ca.": parse.About, "circa": parse.About,
		"zirka": parse.About, "knapp": parse.JustUnder, "gut": parse.JustOver, "fast": parse.About,
		"nahezu": parse.About, "annähernd": parse.About, "ungefähr": parse.About,
		"über": parse.MoreThan, "unter": parse.LessThan,
		"mindestens": parse.AtLeast, "wenigstens": parse.AtLeast,
		"höchstens": parse.AtMost, "maximal": parse.AtMost,
	}
}

// qualPair is a two-word qualifier.
type qualPair struct {
	first  string
	approx parse.Approx
}

// qualPairOf returns the two-word qualifier whose second word is w.
func qualPairOf(w string) (qualPair, bool) {
	switch w {
	case "als":
		return qualPair{"mehr", parse.MoreThan}, true
	case "zu":
		return qualPair{"bis", parse.AtMost}, true
	}
	return qualPair{}, false
}

// qualifierBefore reads a qualifier that ends one space before p and does
// not reach back before min. It returns nil when there is none.
func qualifierBefore(text string, p, min int) *parse.Qualifier {
	q := p - spaceBefore(text, p)
	if q == p {
		return nil
	}
	end := q
	if end > 0 && text[end-1] == '.' {
		end-- // "ca."
	}
	ws := wordStart(text, end)
	if ws == end || ws < min || wordCharBefore(text, ws) {
		return nil
	}
	w := text[ws:q]
	if a, ok := qualWords.Get(nfc(w)); ok {
		return &parse.Qualifier{Span: parse.Span{Start: ws, End: q}, Text: w, Approx: a}
	}
	if pair, ok := qualPairOf(w); ok {
		r := ws - spaceBefore(text, ws)
		if r < ws {
			fs := wordStart(text, r)
			if fs >= min && text[fs:r] == pair.first && !wordCharBefore(text, fs) {
				return &parse.Qualifier{Span: parse.Span{Start: fs, End: q}, Text: text[fs:q], Approx: pair.approx}
			}
			if fs >= min && text[fs:r] == "weniger" && pair.first == "mehr" {
				return &parse.Qualifier{Span: parse.Span{Start: fs, End: q}, Text: text[fs:q], Approx: parse.LessThan}
			}
		}
	}
	return nil
}
