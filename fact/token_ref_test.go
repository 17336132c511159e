package fact

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/finanztext/finanztext/money"
	"github.com/finanztext/finanztext/parse"
	"github.com/stretchr/testify/require"
)

// The tokenizer as it was before it lowered the words as it scans them:
// the reference that (*state).tokenize must agree with.

// refTokenize splits text into tokens. Figures (sorted by start, not
// overlapping) become one token each; the rest is split into words
// (letters, digits and inner hyphens, apostrophes and periods) and marks.
// A byte that is not valid UTF-8 is a mark, never a letter.
func refTokenize(dst []token, text string, i, end int, figs []figure, fi int) []token {
	text = text[:end]
	for i < len(text) {
		for fi < len(figs) && figs[fi].span.Start < i {
			fi++
		}
		if fi < len(figs) && figs[fi].span.Start == i {
			f := figs[fi]
			dst = append(dst, token{start: int32(f.span.Start), end: int32(f.span.End), fig: int32(fi), kind: tFigure})
			i = f.span.End
			fi++
			// a compound's head glued to the figure
			if i+1 < len(text) && text[i] == '-' {
				r, _ := utf8.DecodeRuneInString(text[i+1:])
				if unicode.IsLetter(r) {
					j := wordEnd(text, i+1, limit(figs, fi, len(text)))
					dst = append(dst, token{start: int32(i + 1), end: int32(j), fig: -1, kind: tWord, glued: true, upper: unicode.IsUpper(r)})
					i = j
				}
			}
			continue
		}
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		lim := limit(figs, fi, len(text))
		if wordByte[c] == 1 { // an ASCII letter or digit: the common case, without decoding
			j := wordEnd(text, i, lim)
			dst = append(dst, token{start: int32(i), end: int32(j), fig: -1, kind: tWord, upper: 'A' <= c && c <= 'Z'})
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			dst = append(dst, token{start: int32(i), end: int32(i + 1), fig: -1, kind: tMark})
			i++
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(text, i, lim)
			up := 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
			dst = append(dst, token{start: int32(i), end: int32(j), fig: -1, kind: tWord, upper: up})
			i = j
		default:
			k := tMark
			switch r {
			case ',', ';', ':', '–', '—':
				k = tBreak
			case '-':
				if i > 0 && text[i-1] == ' ' && i+1 < len(text) && text[i+1] == ' ' {
					k = tBreak
				}
			case '(', '[':
				k = tOpen
			case ')', ']':
				k = tClose
			}
			dst = append(dst, token{start: int32(i), end: int32(i + size), fig: -1, kind: k})
			i += size
		}
	}
	return dst
}

// refLower is the lowering of the words of toks as it was done after
// tokenizing: the lower-case forms back to back and their offsets.
func refLower(text string, toks []token) (lo []byte, loIdx []int32) {
	for _, t := range toks {
		loIdx = append(loIdx, int32(len(lo)))
		if t.kind == tWord {
			lo = appendLower(lo, text[t.start:t.end])
		}
	}
	return lo, append(loIdx, int32(len(lo)))
}

// checkTokenize compares tokenize with the reference on every sentence of
// text, with the figures the finders give.
func checkTokenize(t *testing.T, text string) {
	t.Helper()
	nums := parse.FindNumbers(text)
	s := newState(text, Input{Numbers: nums, Amounts: money.NewFinder().FindWith(text, nums),
		Percents: parse.FindPercentsWith(text, nums)})
	defer s.release()
	fi := 0
	for sp := range parse.SentenceSeq(text) {
		for fi < len(s.figs) && s.figs[fi].span.Start < sp.Start {
			fi++
		}
		want := refTokenize(nil, text, sp.Start, sp.End, s.figs, fi)
		wantLo, wantIdx := refLower(text, want)
		s.tokenize(sp.Start, sp.End, fi)
		if len(want) == 0 {
			require.Empty(t, s.toks, "sentence %q", text[sp.Start:sp.End])
		} else {
			require.Equal(t, want, s.toks, "sentence %q", text[sp.Start:sp.End])
		}
		require.Equal(t, string(wantLo), string(s.lo), "sentence %q", text[sp.Start:sp.End])
		require.Equal(t, wantIdx, s.loIdx, "sentence %q", text[sp.Start:sp.End])
	}
}

var tokenizeEdges = []string{
	"Der Umsatz stieg um 5 %, das Ebit-Plus auf 3,5 Mrd. Euro; Moody's senkte.",
	"Ein 40-Milliarden-Euro-Auftrag, B2B-Kunden, 2024/25, z.B. 3.5.2025, 1.234,5 Mio., USD1,5.",
	"ÜBERSCHUSS 5 Mio. € — Erlöse (Vorjahr: 4 Mio. €) – Um\u00adsatz; Mu\u0308ller, O'Neill, O’Neill.",
	"abc,def abc.def 12,5a 12.5a a1,2 a1.2 a-b a- -b a' 'a Ab\tCd\rEf\nGh",
	"\xffUmsatz\xfe 5 %\x00 Gewinn\u00a0 3 Mio. Euro\u2009 ǅwort İstanbul ſtrich",
	"Größe×Breite ÄRGER Straße÷2 Übergröße-Äste Café's ÿÀÞþ 5×3 Maße. 3,5ä Schluß:ÉTÉ Kurzzeitüberbrückungsmaßnahmenpaket",
	"Plus\v5 %\fMinus\x7f ( 3 ) [ 4 ]  -  Ebit - Marge ,5 Mio. Euro , 2 Mio. Euro - 7 % x-  y",
}

func TestTokenizeMatchesReference(t *testing.T) {
	inputs := append([]string(nil), tokenizeEdges...)
	for _, p := range []string{"../testdata/artikel.txt", "../testdata/news.txt", "testdata/facts.tsv", "../../shared/corpus/news_de.txt"} {
		if data, err := os.ReadFile(p); err == nil {
			inputs = append(inputs, string(data))
		} else {
			require.True(t, strings.Contains(p, "shared"), "%s: %v", p, err) // only the corpus may be absent
		}
	}
	for _, text := range inputs {
		checkTokenize(t, text)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range tokenizeEdges {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkTokenize(t, text)
	})
}
