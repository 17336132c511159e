package money

import (
	"github.com/finanztext/finanztext/parse"
	"golang.org/x/text/currency"
)

// The currency of an ambiguous name ("Kronen", "Peso") comes from the
// sentence it stands in. The sentence is found by a bounded search around
// the name and remembered for the next name, so the cost stays linear.

// abbreviations end with a dot that does not end a sentence.
//
// buildAbbreviations returns the words of the table abbreviations (generated: see the
// package's zz_generated_sets.go).
func buildAbbreviations() map[string]bool {
	return map[string]bool{
		"Mio": true, "Mrd": true, "Md": true, "Tsd": true, "Bio": true, "Mill": true,
		"ca": true, "Nr": true, "Dr": true, "Prof": true, "bzw": true, "usw": true,
		"vgl": true, "etc": true, "Co": true, "Inc": true, "Corp": true, "Ltd": true,
		"Fr": true, "SFr": true, "sFr": true, "St": true, "Jh": true, "Abs": true,
		"inkl": true, "zzgl": true, "ggf": true, "evtl": true, "Mr": true, "Mrs": true,
	}
}

// sentenceLimit bounds how far the sentence around a name is searched in
// each direction, so that text without sentence ends stays linear.
const sentenceLimit = 600

// endsSentence reports whether the punctuation at i ends a sentence: a
// line break, or . ! ? followed (after closing quotes) by a space, where
// a dot is not that of a number ("3. Mai") or an abbreviation ("Mio.").
func endsSentence(text string, i int) bool {
	b := text[i]
	if b == '\n' {
		return true
	}
	if b != '.' && b != '!' && b != '?' {
		return false
	}
	j := i + 1
	for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
		j++
	}
	for j+2 < len(text) && text[j] == 0xE2 && text[j+1] == 0x80 && (text[j+2] == 0x9C || text[j+2] == 0x9D || text[j+2] == 0x98 || text[j+2] == 0x99) {
		j += 3 // “ ” ‘ ’
	}
	if j < len(text) && spaceAt(text, j) == 0 && text[j] != '\n' {
		return false
	}
	if b == '.' {
		if i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
			return false // "3. Mai"
		}
		ws := wordStart(text, i)
		if i-ws <= 1 || abbreviations.Value(text[ws:i]) {
			return false // "z. B.", "Mio."
		}
	}
	return true
}

// scanCtx holds what one FindWith call learns lazily about its text.
type scanCtx struct {
	text string
	// the last sentence looked at and what it said about one family
	sent     parse.Span
	haveSent bool
	lastFam  family
	lastUnit currency.Unit
	lastOK   bool
	haveLast bool
	// spent are the scale and currency words after a bracket that two
	// numerals shared ("5,2 (Vorjahr: 4,8) Milliarden Euro", see
	// innerBracket): no vague amount is read there.
	spent []parse.Span
}

// sentenceOf returns the span of the sentence containing pos, searched at
// most sentenceLimit bytes each way.
func (c *scanCtx) sentenceOf(pos int) parse.Span {
	if c.haveSent && c.sent.Start <= pos && pos < c.sent.End {
		return c.sent
	}
	text := c.text
	s := max(0, pos-sentenceLimit)
	for i := pos - 1; i >= s; i-- {
		if endsSentence(text, i) {
			s = i + 1
			break
		}
	}
	e := min(len(text), pos+sentenceLimit)
	for i := pos; i < e; i++ {
		if endsSentence(text, i) {
			e = i + 1
			break
		}
	}
	c.sent, c.haveSent, c.haveLast = parse.Span{Start: s, End: e}, true, false
	return c.sent
}

// countryOf looks for the country of family fam in the sentence around
// pos. It returns the unit when exactly one country of that family is
// named; with none or several it returns false.
func (c *scanCtx) countryOf(pos int, fam family) (currency.Unit, bool) {
	s := c.sentenceOf(pos)
	if c.haveLast && c.lastFam == fam {
		return c.lastUnit, c.lastOK
	}
	u, ok := scanCountry(c.text[s.Start:s.End], fam)
	c.haveLast, c.lastFam, c.lastUnit, c.lastOK = true, fam, u, ok
	return u, ok
}

// scanCountry checks every word of sentence against the cues of fam.
func scanCountry(sentence string, fam family) (currency.Unit, bool) {
	cues := sentenceCues()
	var found currency.Unit
	n := 0
	for i := 0; i < len(sentence); {
		l := letterAt(sentence, i)
		if l == 0 {
			i++
			continue
		}
		we := wordEnd(sentence, i)
		w := nfc(sentence[i:we])
		for _, cue := range cues {
			if cue.fam == fam && len(w) >= len(cue.prefix) && w[:len(cue.prefix)] == cue.prefix {
				if n == 0 || cue.unit != found {
					found = cue.unit
					n++
				}
				break
			}
		}
		i = we
	}
	if n == 1 {
		return found, true
	}
	return currency.Unit{}, false
}
