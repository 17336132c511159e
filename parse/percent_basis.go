package parse

import (
	"strings"
)

// pctBasis finds a basis of comparison among the words after a percentage:
// "gegenüber dem Vorjahr", "im Vergleich zum Vorquartal", "im
// Jahresvergleich", "zum Vorjahr", "seit Jahresbeginn".
//
// after says that f follows the percentage; "1,1 % über dem Vorjahr" is
// read only there. It reports whether a basis was found.
func pctBasis(text string, m *PercentMatch, f []pctTok, after bool) bool {
	next := func(i int) string {
		if i < len(f) {
			return string(f[i].low[:f[i].n])
		}
		return ""
	}
	for i := range f {
		t := &f[i]
		if t.num || t.n < 2 || t.n > 10 {
			continue // no trigger word is shorter or longer
		}
		end := -1
		switch string(t.low[:t.n]) {
		case "gegenüber":
			end = pctBasisHead(text, f, i+1, false)
		case "verglichen":
			if next(i+1) == "mit" {
				end = pctBasisHead(text, f, i+2, false)
			}
		case "im":
			w := next(i + 1)
			switch {
			case w == "vergleich":
				switch next(i + 2) {
				case "zum", "zur":
					end = pctBasisHead(text, f, i+3, true)
				case "zu", "mit":
					end = pctBasisHead(text, f, i+3, false)
				}
			case len(w) > len("vergleich") && strings.HasSuffix(w, "vergleich"),
				len(w) > len("abstand") && strings.HasSuffix(w, "abstand"):
				end = f[i+1].end // "im Jahresvergleich", "im Vorjahresvergleich", "im Jahresabstand"
			}
		case "über", "unter":
			if w := next(i + 1); after && i == 0 && w != "die" && pctIsArticleWord(w) {
				end = pctBasisHead(text, f, i+1, false) // "1,1 % über dem Vorjahr"
			}
		case "vor", "binnen":
			if next(i+1) == "jahresfrist" {
				end = f[i+1].end
			}
		case "zum", "zur", "vom":
			end = pctBasisHead(text, f, i+1, true)
		case "seit":
			if w := next(i + 1); w == "jahresbeginn" || w == "jahresanfang" {
				end = f[i+1].end
			}
		case "auf":
			if next(i+1) == "jahressicht" {
				end = f[i+1].end
			}
		}
		if end > 0 {
			m.BasisSpan = Span{t.start, end}
			m.Basis = text[t.start:end]
			return true
		}
	}
	return false
}

// pctBasisHead reads the object of a comparison starting at f[i]: an
// optional article and adjective, then a noun (or a year); with strict only
// a noun that starts with "Vor" (Vorjahr, Vormonat, Vorquartal). It returns
// the end of the phrase or -1.
func pctBasisHead(text string, f []pctTok, i int, strict bool) int {
	if i < len(f) && !f[i].num && pctIsArticleWord(f[i].low[:f[i].n]) {
		i++
	}
	for k := 0; k < 2 && i < len(f); k, i = k+1, i+1 {
		t := &f[i]
		if t.num {
			if strict || t.end-t.start != 4 {
				return -1
			}
			return t.end // "gegenüber 2023"
		}
		w := string(t.low[:t.n])
		if strings.HasPrefix(w, "vor") && len(w) >= 6 && t.upper(text) {
			return t.end
		}
		if strict {
			return -1
		}
		if t.upper(text) {
			if i+1 < len(f) && f[i+1].num && f[i+1].end-f[i+1].start == 4 {
				return f[i+1].end // "gegenüber dem dritten Quartal 2023"
			}
			return t.end
		}
		// an adjective ("dem entsprechenden Vorjahreszeitraum"): go on
	}
	return -1
}

// pctIsArticleWord reports whether w is an article that may open the
// object of a comparison or a noun phrase. A word in bytes is compared in
// place (no copy to a string).
func pctIsArticleWord[S string | []byte](w S) bool {
	switch string(w) {
	case "dem", "der", "den", "des", "die", "das", "einem", "einer":
		return true
	}
	return false
}

// pctIsSubordinator reports whether w opens a new clause; words behind one
// belong elsewhere. A word in bytes is compared in place.
func pctIsSubordinator[S string | []byte](w S) bool {
	switch string(w) {
	case "während", "wobei", "nachdem", "weil", "dass", "obwohl", "aber", "doch", "sondern", "jedoch",
		"wohingegen", "da", "denn", "bevor", "sodass", "womit", "wodurch":
		return true
	}
	return false
}

// pctIsCoordinator reports whether w joins clauses; coordinators stop the
// forward look only, so that "stieg um 5 % und der Gewinn um 3 %" still
// gives both an up.
func pctIsCoordinator[S string | []byte](w S) bool {
	return string(w) == "und" || string(w) == "oder" || string(w) == "sowie"
}
