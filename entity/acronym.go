package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// orgWordSuffixes end words that make a long form an organization name
// ("Kreditanstalt", "Zentralbank", "Bundesamt", "Stiftung").
var orgWordSuffixes = []string{
	"anstalt", "bank", "amt", "ministerium", "behörde", "agentur", "institut", "verband", "bund", "stiftung",
	"kasse", "fonds", "union", "organisation", "kommission", "rat", "gericht", "partei", "gesellschaft",
	"konzern", "gruppe", "werke", "werk", "universität", "hochschule", "akademie", "zentrum", "börse",
	"aufsicht", "vereinigung", "verein", "genossenschaft", "kammer", "bündnis", "forum", "büro",
	"association", "organization", "fund", "council", "agency", "authority", "board", "office",
	"corporation", "company", "institute", "bureau", "commission", "group", "reserve",
	"federation", "league", "society", "school", "college", "university", "laboratory", "force", "party",
	"club", "verlag", "dienst", "gerichtshof", "hof", "liga", "allianz", "netzwerk", "komitee", "ausschuss",
	"front", "bewegung", "movement", "mission", "service", "alliance", "coalition", "network", "bund",
}

// findAcronyms finds "Long Name (ACR)" definitions: the long form becomes
// an organization and ACR an alias of it for the rest of the document.
func (d *docState) findAcronyms() {
	for _, p := range d.notes.parens {
		i := int(p) + 1 // after a "(" token
		if i < 2 || i+1 >= len(d.toks) || !d.isPunct(i-1, "(") || !d.isPunct(i+1, ")") || !d.isWord(i) {
			continue
		}
		t := &d.toks[i]
		acr := d.str(i)
		n := utf8.RuneCountInString(acr)
		title := !(t.is(fCaps) || t.is(fInnerCaps)) // "Abu Dhabi National Oil Company (Adnoc)"
		if n < 2 || n > 8 || !t.is(fUpper) || title && n < 3 {
			continue
		}
		te := i - 1
		if te >= 3 && d.toks[te-1].kind == tkPunct && isQuoteMark(d.str(te-1)) && d.toks[te-1].is(fSpace) {
			te-- // "die " Nordic Rapid Force " (NRF)": a name in quotation marks set apart by spaces
		}
		if te < 1 || !d.isWord(te-1) {
			continue
		}
		// Walk left over the name: capitalized words and connectors.
		ts := te
		for ts > 0 && te-ts < 8 {
			k := ts - 1
			if d.nameWord(k) || (d.isUpperWord(k) && d.toks[k].is(fSentStart) && !d.flag(k, wStop)) {
				ts = k
				continue
			}
			if d.hyphenCont(k) && d.isWord(k-1) {
				ts = k
				continue
			}
			if d.isWord(k) && d.toks[k].is(fLower) && isNameConnector(d.word(k)) && (d.isUpperWord(k-1) ||
				k >= 2 && d.isWord(k-1) && d.toks[k-1].is(fLower) && isNameConnector(d.word(k-1)) && d.isUpperWord(k-2)) {
				// "Front de la Libération": two connectors in a row
				ts = k
				continue
			}
			if k >= 2 && d.truncatedStart(k+1) == k-2 {
				ts = k - 2 // "Industrie- und Handelskammer (IHK)"
				continue
			}
			break
		}
		first, _ := utf8.DecodeRuneInString(acr)
		first = unicode.ToLower(first)
		for ts < te {
			r, _ := utf8.DecodeRuneInString(d.str(ts))
			if d.isUpperWord(ts) && unicode.ToLower(r) == first {
				break
			}
			ts++
		}
		matched := ts < te && !(te-ts == 1 && n < 4) && !(title && te-ts < 3)
		if matched {
			long := d.text[d.toks[ts].start:d.toks[te-1].end]
			matched = subsequence(strings.ToLower(acr), strings.ToLower(long))
		}
		if !matched {
			// The letters do not fit (a name translated or renamed:
			// "Europäische Fußball-Union (UEFA)"): a short name that
			// ends in an organization word still defines the acronym.
			if ts = d.headedNameStart(te, title, n); ts >= te {
				continue
			}
		}
		long := d.text[d.toks[ts].start:d.toks[te-1].end]
		var ent *Entity
		if m, ok := d.matchOrg(ts); ok && m.end == te && m.term.ent >= 0 {
			ent = d.ix.ents[m.term.ent]
		} else if m, ok := d.matchOrg(i); ok && m.end == i+1 && m.term.ent >= 0 && longFits(long, d.ix.ents[m.term.ent]) {
			ent = d.ix.ents[m.term.ent] // "Abu Dhabi National Oil Company (Adnoc)"
		} else {
			typ, ok := d.orgishName(ts, te)
			if !ok {
				continue
			}
			name := nfc(strings.Join(strings.Fields(long), " "))
			ent = &Entity{Name: name, Type: typ, Aliases: []string{acr}}
			if d.ruleEnts == nil {
				d.ruleEnts = make(map[string]*Entity)
			}
			if e, ok := d.ruleEnts[name]; ok {
				ent = e
			} else {
				d.ruleEnts[name] = ent
			}
		}
		if d.defs == nil {
			d.defs = make(map[int]acronymDef)
			d.local = make(map[string]localAlias)
		}
		d.defs[ts] = acronymDef{ts: ts, te: te, ent: ent}
		d.toks[ts].flags |= fDefStart
		if title {
			d.addLocalTitle(acr)
		}
		key := string(appendKey(nil, acr))
		if _, ok := d.local[key]; !ok {
			d.local[key] = localAlias{ent: ent, from: i}
		}
	}
}

// headedNameStart returns the start of a name of two to four words that
// ends at te in an organization word ("Europäische Fußball-Union",
// "Westfälische Kleinbahn") inside the words [ts, te), or te. Connectors
// are not crossed and a leading common noun is left out ("Auftrag"), so
// only the name right before the brackets counts. The acronym must be
// written in capitals and have three letters or more.
func (d *docState) headedNameStart(te int, title bool, n int) int {
	if title || n < 3 || te < 2 || !d.isUpperWord(te-1) || d.ix.orgWords.inflected(d.lowerB(te-1), 0) < 0 {
		return te
	}
	s := te - 1
	for s > 0 && te-s < 5 {
		if d.toks[s].is(fSpace) && d.nameWord(s-1) {
			s--
		} else if s >= 2 && d.hyphenCont(s-1) && d.isWord(s-2) {
			s -= 2
		} else {
			break
		}
	}
	for s < te-1 && (!d.isUpperWord(s) || d.flag(s, wStop|wRole|wTitle|wGiven) ||
		d.nounLike(s) && !adjectiveEnding(d.str(s)) && !d.hyphenCont(s+1)) {
		s++
	}
	if s >= te-1 {
		return te // one word alone is too generic
	}
	return s
}

func isNameConnector(s string) bool {
	switch s {
	case "für", "der", "des", "von", "und", "zur", "zum", "of", "the", "and", "for", "de", "du", "la", "di",
		"on", "in", "et", "les", "le", "del", "y", "da", "do":
		return true
	}
	return false
}

// subsequence reports whether the letters of a appear in b in order, the
// first one at b's start.
func subsequence(a, b string) bool {
	ar := []rune(a)
	if len(ar) == 0 {
		return false
	}
	k := 0
	for i, r := range b {
		if k < len(ar) && r == ar[k] {
			if k == 0 && i != 0 {
				return false
			}
			k++
		}
	}
	return k == len(ar)
}

// orgishName reports whether the words [ts, te) name an organization and
// which Type they suggest.
func (d *docState) orgishName(ts, te int) (Type, bool) {
	found, typ := false, OtherOrg
	for k := ts; k < te; k++ {
		if !d.isWord(k) {
			continue
		}
		if t, _, ok := d.headType(k); ok {
			return t, true
		}
		if k := d.ix.orgWords.inflected(d.lowerB(k), 0); k >= 0 {
			found = true
			switch orgWordSuffixes[k] {
			case "amt", "ministerium", "behörde", "büro", "kommission", "gericht", "rat":
				typ = Government
			case "bank":
				typ = Bank
			}
		}
	}
	return typ, found
}

// subsequenceAnywhere reports whether the letters of a appear in b in order.
func subsequenceAnywhere(a, b string) bool {
	ar := []rune(a)
	k := 0
	for _, r := range b {
		if k < len(ar) && r == ar[k] {
			k++
		}
	}
	return len(ar) > 0 && k == len(ar)
}

// longFits reports whether the long form long can name ent, whose
// gazetteer acronym follows it in brackets: the last capitalized word of
// long (its head) or two of its capitalized words begin like words of
// ent's name or of one of its aliases, inflection and compounding aside
// ("Deutschen Handballbundes (DHB)" fits Deutscher Handballbund,
// "Internationalen Atomenergie-Organisation (IAEA)" the Internationale
// Atomenergiebehörde). "Verband der Pflegekräfte (VdP)" does not fit
// Verband Deutscher Pfandbriefbanken, nor "Deutsche Alpenverein (DAV)" the
// Deutscher Anwaltverein: the text defines the acronym anew.
func longFits(long string, ent *Entity) bool {
	fits := func(w string) bool {
		return wordIn(w, ent.Name) || slices.ContainsFunc(ent.Aliases, func(a string) bool { return wordIn(w, a) })
	}
	head, caps, fit := "", 0, 0
	for _, w := range strings.FieldsFunc(long, notNameRune) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && utf8.RuneCountInString(w) >= 3 {
			head = w
			caps++
			if fits(w) {
				fit++
			}
		}
	}
	return caps == 0 || fit >= 2 || fits(head)
}

// notNameRune separates the words of a name: anything but a letter or a
// hyphen ("Fußball-Bund" is one word).
func notNameRune(r rune) bool { return !unicode.IsLetter(r) && r != '-' }

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// wordIn reports whether a word of name, or a part of a hyphenated one,
// begins like w: they share a
// prefix of at least four letters that is at least half of the shorter
// word or leaves at most three letters of it (an ending).
func wordIn(w, name string) bool {
	for _, v := range slices.Concat(strings.FieldsFunc(name, notNameRune), strings.FieldsFunc(name, notLetter)) {
		a, b := []rune(strings.ToLower(w)), []rune(strings.ToLower(v))
		n := 0
		for n < len(a) && n < len(b) && a[n] == b[n] {
			n++
		}
		if short := min(len(a), len(b)); n == short || n >= 4 && (n >= short-3 || 2*n >= short) {
			return true
		}
	}
	return false
}
