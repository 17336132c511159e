package money

import (
	"sort"

	"github.com/finanztext/finanztext/parse"
	"golang.org/x/text/currency"
)

// The currency of an ambiguous name ("Kronen", "Peso") comes from the
// sentence it stands in. The sentence starts are found once per text, and
// only when such a name occurs, so the cost stays linear.

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"Mio": true, "Mrd": true, "Md": true, "Tsd": true, "Bio": true, "Mill": true,
	"ca": true, "Nr": true, "Dr": true, "Prof": true, "bzw": true, "usw": true,
	"vgl": true, "etc": true, "Co": true, "Inc": true, "Corp": true, "Ltd": true,
	"Fr": true, "SFr": true, "sFr": true, "St": true, "Jh": true, "Abs": true,
	"inkl": true, "zzgl": true, "ggf": true, "evtl": true, "Mr": true, "Mrs": true,
}

// sentenceStarts returns the byte offsets at which sentences start; the
// first is always 0.
func sentenceStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		b := text[i]
		if b == '\n' {
			starts = append(starts, i+1)
			continue
		}
		if b != '.' && b != '!' && b != '?' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
			j++
		}
		for j+2 < len(text) && text[j] == 0xE2 && text[j+1] == 0x80 && (text[j+2] == 0x9C || text[j+2] == 0x9D || text[j+2] == 0x98 || text[j+2] == 0x99) {
			j += 3 // “ ” ‘ ’
		}
		n := spaceAt(text, j)
		if n == 0 {
			continue
		}
		if b == '.' {
			if i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
				continue // "3. Mai", "5.000"
			}
			ws := wordStart(text, i)
			if i-ws <= 1 || abbreviations[text[ws:i]] {
				continue // "z. B.", "Mio."
			}
		}
		starts = append(starts, j+n)
	}
	return starts
}

// scanCtx holds what one FindIn call learns lazily about its text.
type scanCtx struct {
	text   string
	starts []int // sentence starts, nil until needed
	// last resolution, reused for further names in the same sentence
	lastSent int
	lastFam  family
	lastUnit currency.Unit
	lastOK   bool
	haveLast bool
}

// sentenceOf returns the span of the sentence containing pos.
func (c *scanCtx) sentenceOf(pos int) (int, parse.Span) {
	if c.starts == nil {
		c.starts = sentenceStarts(c.text)
	}
	k := sort.Search(len(c.starts), func(i int) bool { return c.starts[i] > pos }) - 1
	if k < 0 {
		k = 0
	}
	end := len(c.text)
	if k+1 < len(c.starts) {
		end = c.starts[k+1]
	}
	return k, parse.Span{Start: c.starts[k], End: end}
}

// countryOf looks for the country of family fam in the sentence around
// pos. It returns the unit when exactly one country of that family is
// named; with none or several it returns false.
func (c *scanCtx) countryOf(pos int, fam family) (currency.Unit, bool) {
	k, s := c.sentenceOf(pos)
	if c.haveLast && c.lastSent == k && c.lastFam == fam {
		return c.lastUnit, c.lastOK
	}
	u, ok := scanCountry(c.text[s.Start:s.End], fam)
	c.haveLast, c.lastSent, c.lastFam, c.lastUnit, c.lastOK = true, k, fam, u, ok
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
		w := sentence[i:we]
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
