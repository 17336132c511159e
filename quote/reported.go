package quote

import (
	"slices"
	"strings"

	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/parse"
)

// indirectSpeech finds reported speech: "X sagte, dass …", "X sagte, die
// Nachfrage sei …", "laut X …", "X zufolge …", "nach Angaben von X …".
func (d *doc) indirectSpeech(direct []cand) []cand {
	out, events := d.bufs.ind[:0], d.bufs.events[:0]
	defer func() { d.bufs.events = events }()
	n := len(d.toks)
	di := 0
	// the sentences of the direct quotations, ordered: keepEvents drops an
	// event in them, so it need not be looked for
	dsent := d.bufs.sents[:0]
	for _, q := range direct {
		if q.close >= 0 && q.close < n {
			dsent = append(dsent, d.sent(q.close).b)
		}
	}
	slices.Sort(dsent)
	d.bufs.sents = dsent[:0] // chainReported reuses it when the loop is done
	ds := 0
	// only verb forms, source nouns, so, laut, zufolge and heißt start a
	// report or an event: the other tokens are skipped
	for _, cue := range d.cues {
		k := int(cue)
		t := &d.toks[k]
		if t.lex&lexQ != 0 || t.kind != tWord {
			continue
		}
		b, e := int(d.sent(k).b), int(d.sent(k).e)
		w := d.word(k)
		var c cand
		found := false
		switch {
		case w == "so" && d.isPunct(k-1, ',') && k-1 > b:
			np := d.grabNP(k+1, true)
			// (a prepositional phrase may follow: "so X gegenüber dem
			// Sender"; or "weiter": "so X weiter")
			if !np.ok() || np.e <= e && d.isWord(np.e) && !d.is(np.e, cPrep|cAdverb) && d.word(np.e) != "weiter" || !d.hasSubjunctive(b, k-1) && !d.konjunktivIOpens(b, k-2) {
				continue
			}
			c = d.reported(b, k-2, np, k)
			// in the middle of the sentence ("Das Problem sei, so X, dass
			// …"): the whole sentence is the report
			for m := np.e; m < e && m < np.e+16; m++ {
				if d.isPunct(m, ',') {
					// (not a relative clause, "so X, die …", nor an apposition,
					// "so X, Leiter der …")
					if r, _ := d.roleAt(m + 1); d.isWord(m+1) && !d.is(m+1, cRelPronoun) && !r {
						c = d.reported(b, e, np, k)
					}
					break
				}
				if !d.isWord(m) && d.toks[m].kind != tMark && !d.isPunct(m, '.') {
					break // (words, a medium in marks, "Dr.")
				}
			}
			found = true
		case w == "laut" || w == "Laut":
			np := d.lautSource(k)
			if !np.ok() || !d.isCapitalNP(np) {
				continue
			}
			s := np.e
			if d.isPunct(s, ',') {
				s++
			}
			if s > e {
				continue
			}
			c = d.reported(s, e, np, k)
			if k > b {
				// "Die Wirtschaft wächst laut Bundesbank kaum": the whole sentence
				c = d.reported(b, e, np, k)
			}
			found = true
		case w == "zufolge":
			s := d.skipStarters(b, k)
			np := d.grabNP(s, true)
			if np.ok() && np.e < k && d.is(s, cDet) {
				np = d.grabSubject(s) // "Einem Bericht der Zeitung zufolge": the genitive belongs to it
			}
			if !np.ok() || np.e != k || !d.isCapitalNP(np) {
				continue
			}
			if k+1 > e {
				continue
			}
			c = d.reported(k+1, e, np, k)
			found = true
		case d.lx.infos[t.lex&lexMask].flags&lxSource != 0 && k > 0 && (strings.EqualFold(d.word(k-1), "nach") || d.is(k-1, cDet) && k > 1 && strings.EqualFold(d.word(k-2), "nach")):
			m := k + 1
			// ("nach Angaben eines Sprechers", "einer Sprecherin")
			if d.isWord(m) && (d.word(m) == "von" || d.word(m) == "vom" || d.word(m) == "des" || d.word(m) == "der" || d.word(m) == "eines" || d.word(m) == "einer") {
				if d.word(m) == "von" || d.word(m) == "vom" {
					m++
				}
				np := d.grabNP(m, true)
				if !np.ok() {
					continue
				}
				np.e = d.markedNameAfter(np.e) // "des Nachrichtenmagazins „Der Spiegel“"
				s := np.e
				if d.isPunct(s, ',') {
					s++
				}
				if s > e {
					continue
				}
				if iw := d.word(k + 1); iw == "eines" || iw == "einer" {
					// one person of a group ("nach seinen Worten eines der
					// ersten Dinge" is none), and the verb right after the
					// phrase ("Nach Angaben eines Zeugen fuhr der Wagen …")
					if d.isWord(k+2) && d.is(k+2, cDet) || k-1 > b && !strings.EqualFold(d.word(k-1), "nach") || !d.isWord(np.e) || d.toks[np.e].upper ||
						d.is(np.e, cPrep) || d.word(np.e) == "sowie" || d.word(np.e) == "und" || d.word(np.e) == "oder" {
						continue
					}
				}
				c = d.reported(s, e, np, k)
				if k-1 > b {
					// mid-sentence: the whole sentence is the report
					c = d.reported(b, e, np, k)
				}
				found = true
			}
		case d.lx.infos[t.lex&lexMask].flags&lxHeisst != 0:
			// "In dem Bericht heißt es, die Lage sei ernst."
			ce := d.clauseEnd(k)
			cs := d.clauseStart(k, true)
			np := d.documentSource(cs, ce+1)
			if !np.ok() {
				np = d.relativeAuthor(cs, b)
			}
			if !np.ok() {
				continue
			}
			if d.isPunct(ce+1, ',') && ce+2 <= e && d.hasSubjunctive(ce+2, e) {
				c = d.reported(ce+2, e, np, k)
				found = true
			} else if d.isPunct(k-1, ',') && k-1 > b && d.isWord(k+1) && d.word(k+1) == "es" && (d.hasSubjunctive(b, k-1) || d.konjunktivIOpens(b, k-2)) &&
				!d.questionFront(b, k-1) && !(d.isWord(b) && (inLower(interrogatives, d.word(b)) || d.isLower(b, cSubordLower))) {
				// "Die Lage sei ernst, heißt es in einer Mitteilung der Bank."
				// (not a question or a subordinate clause: "Ob …, hieß es nicht")
				c = d.reported(b, k-2, np, k)
				found = true
			} else {
				events = append(events, cand{inner: span{int(t.s), int(t.e)}, outer: span{int(t.s), int(t.e)},
					open: -1, close: k, kind: speechEvent, np: np, verbTok: k, carry: -1})
				continue
			}
		default:
			f, ok := d.verbAt(k, k == b)
			if !ok {
				continue
			}
			if !f.plain && !d.particleAt(d.clauseEnd(k), f.particles) {
				continue
			}
			ce := d.clauseEnd(k)
			if cm := d.nextComma(k, e); cm > ce && cm-k <= 12 {
				ce = cm - 1 // "sagte der „Zeitung“, er sei …"
			}
			// "X sagte, dass …" / "X sagte, die Nachfrage sei …"
			if d.isPunct(ce+1, ',') && ce+2 <= e {
				s := ce + 2
				if q := d.questionEnd(ce+1, e); q >= 0 {
					// "X sagte auf die Frage, ob …, er sei …": the question
					// is not X's; the clause after it may be
					if q+1 <= e && (d.hasSubjunctive(q+1, e) || d.konjunktivIOpens(q+1, e)) {
						if np, _, _, _ := d.subjectBefore(b, ce+1, false); np.ok() {
							c = d.reported(q+1, e, np, k)
							found = true
						}
					}
				} else if d.isWord(s) && (d.word(s) == "dass" || d.word(s) == "ob") {
					s++
					if s <= e {
						np, _, _, _ := d.subjectBefore(b, ce+1, false)
						if np.ok() {
							c = d.reported(s, e, np, k)
							found = true
						}
					}
				} else if d.hasSubjunctive(s, e) || d.konjunktivIOpens(s, e) {
					np, _, _, _ := d.subjectBefore(b, ce+1, false)
					if np.ok() {
						c = d.reported(s, e, np, k)
						found = true
					}
				}
			}
			// "Die Inflation sei auf Kurs, wie die Notenbank mitteilte.",
			// "Wie der Konzern mitteilte, sinkt der Gewinn."
			if !found {
				if np, rs, re := d.wieClause(k, b, e); np.ok() && rs <= re {
					c = d.reported(rs, re, np, k)
					found = true
				}
			}
			// "Die Nachfrage sei gestiegen, sagte X."
			if !found && d.isPunct(k-1, ',') && k-1 > b && (d.hasSubjunctive(b, k-1) || d.konjunktivIOpens(b, k-2)) && !d.questionFront(b, k-1) {
				m := k + 1
				for m < n && d.isWord(m) && d.is(m, cAdverb) {
					m++
				}
				np := d.grabNP(m, true)
				if np.ok() {
					c = d.reported(b, k-2, np, k)
					found = true
				}
			}
		}
		if !found && t.kind == tWord && !d.toks[k].upper {
			// a sentence of saying without a reported clause
			// (a separable verb with its particle at the end of its clause:
			// "Der Minister weist auf die Risiken hin")
			if f, ok := d.verbAt(k, false); ok && (f.plain || len(f.particles) > 0 && d.particleAt(d.clauseEnd(k), f.particles)) && f.finite && k-b < 30 && !d.eventDropped(events, dsent, &ds, b) {
				// its subject is looked for only if keepEvents needs it
				events = append(events, cand{inner: span{int(t.s), int(t.e)}, outer: span{int(t.s), int(t.e)},
					open: -1, close: k, kind: speechEvent, np: noNP, verbTok: k, carry: -1,
					pending: true, evEnd: min(d.clauseEnd(k)+1, e+1)})
			}
		}
		if !found || c.inner.e <= c.inner.s {
			continue
		}
		// never over a direct quotation; both lists are ordered
		clash := false
		for di < len(direct) && direct[di].outer.e <= c.inner.s {
			di++
		}
		for j := di; j < len(direct) && direct[j].outer.s < c.inner.e; j++ {
			if direct[j].kind == Direct && direct[j].outer.s < c.inner.e && c.inner.s < direct[j].outer.e {
				clash = true
				break
			}
		}
		if n := len(out); n > 0 && out[n-1].inner.e > c.inner.s {
			clash = true
		}
		if clash {
			continue
		}
		c.outer = span{min(c.outer.s, c.inner.s), max(c.outer.e, c.inner.e)}
		out = append(out, c)
	}
	out = d.chainReported(out, direct)
	out = d.keepEvents(out, events, direct)
	d.bufs.ind = out
	return out
}

// relativeAuthor reads "Der Verband legte ein Papier vor, in dem es heißt,
// …" (the relative clause opens at token cs, its sentence at b): the
// subject of the sentence wrote the document when it can speak, else the
// document speaks ("Gestern erschien ein Papier, in dem es heißt, …");
// noNP when cs opens no relative clause after a document.
func (d *doc) relativeAuthor(cs, b int) npRange {
	doc := d.relativeDocument(cs)
	if !doc.ok() {
		return noNP
	}
	if np := d.grabSubject(d.skipStarters(b, doc.s)); np.ok() && np.e <= doc.s && !d.is(np.s, cOblique) && d.canSpeak(np) {
		return np
	}
	return doc
}

// konjunktiv2 are the forms of the subjunctive table that are Konjunktiv
// II: they also mark a condition ("wäre", "hätte"), so they do not continue
// a report by themselves, except those of ersatzKonjunktiv in a main clause.
//
// buildKonjunktiv2 returns the words of the table konjunktiv2 (generated: see the
// package's zz_generated_sets.go).
func buildKonjunktiv2() map[string]bool {
	return map[string]bool{
		"hätte": true, "hätten": true, "würde": true, "würden": true, "könnte": true, "könnten": true,
		"müsste": true, "müssten": true, "sollten": true, "wäre": true, "wären": true, "brächte": true,
		"käme": true, "gäbe": true, "ginge": true,
	}
}

// ersatzKonjunktiv are the Konjunktiv II forms that reported speech takes
// where the Konjunktiv I would read as indicative (plural "haben",
// "werden", "können", "müssen"), and the periphrasis with "würde" ("Der
// Absatz würde sinken"): they go on with a report (continuesReport).
// "sollten" is none: it reads as the preterite ("Die Teilnehmer sollten
// den Platz verlassen").
//
// buildErsatzKonjunktiv returns the words of the table ersatzKonjunktiv (generated: see the
// package's zz_generated_sets.go).
func buildErsatzKonjunktiv() map[string]bool {
	return map[string]bool{
		"hätten": true, "würden": true, "könnten": true, "müssten": true, "würde": true,
	}
}

// chainReported follows each report in out into the sentences after it: a
// sentence of the same paragraph in Konjunktiv I with no verb of saying and
// no quotation of its own continues the report and keeps its speaker ("X
// sagte, die Lage sei ernst. Die Nachfrage werde sinken." — both X's). The
// chain ends at the first sentence that does not fit. out is ordered; the
// result is too.
func (d *doc) chainReported(out, direct []cand) []cand {
	if len(out) == 0 && len(direct) == 0 {
		return out
	}
	// the sentences (by first token) that hold a quotation or a report
	// (indirectSpeech is done with the buffer: it shares it)
	taken := d.bufs.sents[:0]
	defer func() { d.bufs.sents = taken[:0] }()
	for _, list := range [][]cand{direct, out} {
		for _, q := range list {
			if q.close >= 0 && q.close < len(d.toks) {
				taken = append(taken, d.sent(q.close).b)
			}
			if q.open >= 0 && q.open < len(d.toks) {
				taken = append(taken, d.sent(q.open).b)
			}
		}
	}
	slices.Sort(taken)
	isTaken := func(b int32) bool { _, ok := slices.BinarySearch(taken, b); return ok }
	chained := d.bufs.chained[:0]
	defer func() { d.bufs.chained = chained[:0] }()
	lastSent := int32(-1)
	// the reports, then the direct quotations with an attribution of their
	// own ("„…“, sagte X. Die Lage sei ernst.")
	starts := append(d.bufs.starts[:0], out...)
	defer func() { d.bufs.starts = starts[:0] }()
	for _, c := range direct {
		if c.kind == Direct && c.np.ok() && !c.weak && c.carry < 0 && c.verbTok >= 0 && c.close >= 0 && c.close < len(d.toks) {
			starts = append(starts, c)
		}
	}
	if len(starts) > len(out) {
		// in text order, so that one sentence starts one chain and a chain
		// stops at the next start's sentence (taken)
		slices.SortStableFunc(starts, func(a, b cand) int { return a.close - b.close })
	}
	for _, c := range starts {
		if c.kind != Indirect && c.kind != Direct || !c.np.ok() || c.close < 0 || c.close >= len(d.toks) || d.sent(c.close).b == lastSent {
			continue // one chain per sentence
		}
		lastSent = d.sent(c.close).b
		para := d.toks[c.close].para
		k := int(d.sent(c.close).e) + 1
		for k < len(d.toks) && d.toks[k].para == para {
			sr := d.sent(k)
			b, e := int(sr.b), int(sr.e)
			// (after a direct quotation only a Konjunktiv of the main clause
			// goes on with it)
			if isTaken(sr.b) || !d.continuesReport(b, e, c.kind == Direct) {
				break
			}
			last := e
			if d.isSentencePunct(last) && last > b {
				last--
			}
			in := d.trimSpan(span{int(d.toks[b].s), int(d.toks[last].e)})
			chained = append(chained, cand{inner: in, outer: in, open: -1, close: last, kind: Indirect,
				np: c.np, verbTok: c.verbTok, carry: -1, chained: true})
			k = e + 1
		}
	}
	if len(chained) == 0 {
		return out
	}
	out = append(out, chained...)
	slices.SortStableFunc(out, func(a, b cand) int { return a.inner.s - b.inner.s })
	return out
}

// continuesReport reports whether the sentence [b, e] holds a Konjunktiv I
// form and no verb of saying, quotation mark or colon: the reported speech
// of the sentence before goes on; an attribution of its own (", so X")
// ends it. With mainOnly, a form in a clause that a comma (or "und") and a
// subordinator open does not count; without it, only when the sentence
// opens with a person named anew: "Finanzminister X zeigte sich zuversichtlich, dass es zu
// einer Lösung kommen könne" is X's view.
//
// A Konjunktiv II form goes on with the report where reported speech takes
// it in place of a Konjunktiv I that reads as indicative (ersatzKonjunktiv:
// "Die Banken hätten zu spät reagiert", "Immer mehr Anleger würden auf
// steigende Kurse setzen"), and only as the verb of the main clause: in a
// relative or subordinate clause it is a condition of the writer's own
// sentence ("Die Zahlen sind brisant, die … machen würden"). A singular
// "wäre", "hätte", "könnte" has a Konjunktiv I of its own (sei, habe,
// könne) and states a condition ("Ohne Hilfe wäre die Firma pleite").
func (d *doc) continuesReport(b, e int, mainOnly bool) bool {
	konj, konjSub := false, false
	sub := false // in a subordinate clause after a comma
	seg := 0     // the clause by commas: 0 is the sentence's first
	// the sentence opens with a subordinate clause or a condition with the
	// verb first ("Wenn …, würde", "Hätte es … gegeben, würde"): the main
	// clause's verb stands right after the comma that closes it
	front := d.isWord(b) && (d.isLower(b, cSubordLower) || inLower(konjunktiv2, d.word(b)) || d.word(b) == "Sollte")
	for k := b; k <= e; k++ {
		t := &d.toks[k]
		if t.kind == tMark || t.lex&lexQ != 0 || d.isPunct(k, ':') {
			return false
		}
		if t.kind != tWord {
			if d.isPunct(k, ',') {
				seg++
				sub = d.isWord(k+1) && d.isLower(k+1, cSubordLower)
				if d.isWord(k+1) && d.word(k+1) == "so" && d.isWord(k+2) && (d.toks[k+2].upper || d.is(k+2, cDet)) {
					return false // an attribution of its own: ", so X"
				}
			}
			continue
		}
		if (d.word(k) == "und" || d.word(k) == "oder") && d.isWord(k+1) && d.isLower(k+1, cSubordLower) {
			sub = true // "zeigte sich bestürzt und dass es … gebe"
		}
		fl := d.lx.infos[t.lex&lexMask].flags
		if fl&lxSubjunctive != 0 && !konjunktiv2.Value(d.word(k)) {
			if sub {
				konjSub = true
			} else {
				konj = true
			}
		} else if !sub && k > b && (ersatzKonjunktiv.Value(d.word(k)) || d.reproach(k)) && (seg == 0 && !front || seg == 1 && front && d.isPunct(k-1, ',')) {
			konj = true // mainKonjunktivII
		}
		if fl&(lxVerb|lxCue) != 0 {
			if f, ok := d.verbAt(k, k == b); ok && f.plain {
				return false
			}
			if w := d.word(k); w == "laut" || w == "Laut" || w == "zufolge" {
				return false
			}
		}
	}
	if konjSub && !konj {
		if mainOnly {
			return false
		}
		for k := b; k <= e && k < b+3; k++ {
			if d.isWord(k) && d.personMentionAt(k) {
				return false
			}
		}
	}
	return konj || konjSub
}

// reproach reports whether the singular "hätte" at token k makes a
// reproach or an unmet duty with a modal verb at the end of its clause
// ("Der Staat hätte früher eingreifen müssen", "Die Bank hätte das nicht
// zulassen dürfen"): a judgement that news does not make in its own
// words, so after a report it goes on with the speaker's, unlike a
// condition ("Ein Streik hätte dem Hafen geschadet", "Er hätte fast
// gewinnen können").
func (d *doc) reproach(k int) bool {
	if d.word(k) != "hätte" {
		return false
	}
	ce := d.clauseEnd(k)
	if ce-k < 2 || !d.isWord(ce) || !d.isWord(ce-1) || d.toks[ce-1].upper {
		return false
	}
	switch d.word(ce) {
	case "müssen", "sollen", "dürfen":
		return strings.HasSuffix(d.word(ce-1), "en") || strings.HasSuffix(d.word(ce-1), "ern") || strings.HasSuffix(d.word(ce-1), "eln")
	}
	return false
}

// lautSource reads the phrase after "laut" at token k. When a noun opens
// it that hands on to a genitive ("laut einer Mitteilung der Polizei",
// "laut Angaben der Feuerwehr", "laut einer Studie der Universität X"), the
// genitive is the source; a role keeps its genitive ("laut dem Sprecher
// des Ministeriums").
func (d *doc) lautSource(k int) npRange {
	np := d.grabNP(k+1, true)
	h := k + 1
	art := d.isWord(h) && d.is(h, cDet)
	if art {
		h++
	}
	if !d.isWord(h) || !d.toks[h].upper || !d.isWord(h+1) || np.ok() && np.e != h+1 {
		return np
	}
	g := d.word(h + 1)
	if g != "der" && g != "des" {
		return np
	}
	// a noun of a document or a statement; "der" after a bare noun may
	// be the next subject ("erhielt laut US-Medien der Entwickler X")
	src := d.is(h, cSourceNoun)
	if !src && !speechNouns.Value(d.word(h)) && !utteranceObjects.Value(d.word(h)) && d.documentHead(npRange{h, h + 1}) < 0 && !reportNoun(d.word(h)) || g == "der" && !art && !src {
		return np
	}
	if owner := d.grabNP(h+1, false); owner.ok() && d.isCapitalNP(owner) {
		owner.e = d.markedNameAfter(owner.e)
		return owner
	}
	return np
}

// reportNoun reports whether w is a noun for a survey or a report that
// hands on to its author ("laut einer Umfrage der Kammer") besides the
// nouns of documents, statements and sources.
func reportNoun(w string) bool {
	switch w {
	case "Angaben", "Angabe", "Umfrage", "Befragung", "Aussendung", "Prognose", "Statistik", "Artikel", "Auswertung", "Berechnung", "Erhebung":
		return true
	}
	return false
}

// markedNameAfter returns the token after a name in marks that opens at
// token k ("„Der Spiegel“": up to five words, all capitalized), the close
// apposition of a phrase that ends at k; k when there is none.
func (d *doc) markedNameAfter(k int) int {
	if k+1 >= len(d.toks) || d.toks[k].kind != tMark || d.toks[k+1].lex&lexQ == 0 || !d.toks[k+1].upper {
		return k
	}
	pi := d.pairOf(k + 1)
	if pi < 0 || d.pairTok[pi][0] != k {
		return k
	}
	if ct := d.pairTok[pi][1]; ct > k && ct-k <= 6 && d.allWordsUpper(k, ct) {
		return ct + 1
	}
	return k
}

// isCapitalNP reports whether np names someone: it holds a capitalized word
// that is not a generic source word.
func (d *doc) isCapitalNP(np npRange) bool {
	for k := np.s; k < np.e; k++ {
		if d.isWord(k) && d.toks[k].upper && !d.is(k, cNotSpeaker) {
			return true
		}
	}
	return false
}

// hasSubjunctive reports whether tokens [a, b] hold a Konjunktiv form.
func (d *doc) hasSubjunctive(a, b int) bool {
	for k := a; k <= b && k < len(d.toks); k++ {
		if d.isWord(k) && d.toks[k].lex&lexQ == 0 && d.lx.infos[d.toks[k].lex&lexMask].flags&lxSubjunctive != 0 {
			return true
		}
	}
	return false
}

// reported builds an indirect cand over tokens [s, e].
func (d *doc) reported(s, e int, np npRange, verb int) cand {
	in := d.trimSpan(span{int(d.toks[s].s), int(d.toks[e].e)})
	out := span{min(in.s, int(d.toks[np.s].s)), max(in.e, int(d.toks[np.e-1].e))}
	return cand{inner: in, outer: out, open: -1, close: e, kind: Indirect, np: np, verbTok: verb, carry: -1}
}

// trimSpan drops final punctuation and spaces.
func (d *doc) trimSpan(s span) span {
	for s.e > s.s {
		c := d.text[s.e-1]
		if c == '.' || c == ' ' || c == ',' || c == ';' || c == ':' {
			s.e--
			continue
		}
		break
	}
	for s.s < s.e && (d.text[s.s] == ' ' || d.text[s.s] == ',') {
		s.s++
	}
	return s
}

var _ = parse.Span{}

// personal reports whether np looks like a person: a pronoun, a given name
// or a role noun.
func (d *doc) personal(np npRange) bool {
	caps := 0
	for k := np.s; k < np.e; k++ {
		if !d.isWord(k) {
			continue
		}
		w := d.word(k)
		if pronounOf(w) != pronNone {
			return true
		}
		if !d.toks[k].upper {
			continue
		}
		caps++
		// "Stoibers Äußerungen": a name in the genitive owns the head
		genitive := strings.HasSuffix(w, "s") && k+1 < np.e && d.isWord(k+1) && d.toks[k+1].upper
		if _, ok := d.givenName(k); ok {
			return true
		}
		if !genitive && d.personMentionAt(k) {
			return true
		}
		if r, _ := d.roleAt(k); r && caps <= 2 {
			return true
		}
	}
	return false
}

// soAttribution finds ", so X" closing the sentence that ends at token e.
func (d *doc) soAttribution(b, e int) (npRange, int) {
	for k := e; k > b; k-- {
		if d.toks[k].lex&lexQ != 0 || !d.isWord(k) || d.word(k) != "so" || !d.isPunct(k-1, ',') {
			continue
		}
		np := d.grabNP(k+1, true)
		// a place or medium may follow: "so X in einem Interview", "so X
		// gegenüber der Zeitung", "so X wörtlich"
		// (not "laut": "so die Sprachregelung laut der Agentur X" names
		// the source after it)
		if np.ok() && (np.e > e || !d.isWord(np.e) || d.is(np.e, cPrep|cAdverb) && d.word(np.e) != "laut" || d.word(np.e) == "wörtlich") {
			return np, k
		}
		break
	}
	return noNP, -1
}

// personMentionAt reports whether an entity person mention covers token k.
func (d *doc) personMentionAt(k int) bool {
	m := d.mentionAt(int(d.toks[k].s))
	return m != nil && m.Kind == entity.Person
}

// auxiliaries are finite verbs after which an inverted subject follows
// ("hatte Merkel verkündet", "wird Musk zitiert").
//
// buildAuxiliaries returns the words of the table auxiliaries (generated: see the
// package's zz_generated_sets.go).
func buildAuxiliaries() map[string]bool {
	return map[string]bool{
		"wird": true, "wurde": true, "hat": true, "hatte": true, "ist": true, "war": true,
		"will": true, "wollte": true, "soll": true, "sollte": true, "muss": true, "musste": true,
		"kann": true, "konnte": true, "darf": true, "durfte": true, "möchte": true, "ließ": true,
		"lässt": true, "werden": true, "wurden": true, "haben": true, "hatten": true,
	}
}

// subordinators open a subordinate clause whose subject is not the speaker.
//
// buildSubordinators returns the words of the table subordinators (generated: see the
// package's zz_generated_sets.go).
func buildSubordinators() map[string]bool {
	return map[string]bool{
		"als": true, "wenn": true, "nachdem": true, "weil": true, "da": true, "ob": true,
		"dass": true, "obwohl": true, "während": true, "bevor": true, "sobald": true, "falls": true,
		"zumal": true, "obgleich": true, "indem": true, "wobei": true, "sodass": true, "seit": true,
	}
}

// sourceNouns head "nach den Worten von X", "nach Ansicht des X".
//
// buildSourceNouns returns the words of the table sourceNouns (generated: see the
// package's zz_generated_sets.go).
func buildSourceNouns() map[string]bool {
	return map[string]bool{
		"Worten": true, "Ansicht": true, "Auffassung": true, "Einschätzung": true, "Meinung": true,
		"Angaben": true, "Aussage": true, "Aussagen": true, "Darstellung": true, "Überzeugung": true,
		"Darstellungen": true, "Idee": true, "Einschätzungen": true, "Schätzung": true,
		"Bewertung": true, "Beurteilung": true, "Schilderung": true, "Schilderungen": true,
		"Ausführungen": true, "Erkenntnissen": true, "Lesart": true, "Sicht": true,
		"Informationen": true, "Recherchen": true, "Berichten": true, "Auskunft": true,
		"Schätzungen": true, "Berechnungen": true,
	}
}

// sourcePhrase finds "laut X", "X zufolge" or "nach (den Worten|Ansicht|…)
// (von|des|der) X", also with an adjective before the noun ("nach ersten
// Erkenntnissen der Polizei"), in the sentence [b, e].
func (d *doc) sourcePhrase(b, e int) (npRange, int) {
	for k := b; k <= e; k++ {
		if !d.isWord(k) || d.toks[k].lex&lexQ != 0 {
			continue
		}
		w := d.word(k)
		switch {
		case w == "laut" || w == "Laut":
			if np := d.lautSource(k); np.ok() && d.isCapitalNP(np) {
				return np, k
			}
		case w == "zufolge":
			s := d.skipStarters(b, k)
			for m := s; m < k; m++ {
				if np := d.grabNP(m, true); np.ok() && np.e == k && d.isCapitalNP(np) {
					return np, k
				}
			}
		case (w == "Für" || w == "für") && k == b:
			np := d.grabNP(k+1, true)
			if np.ok() && d.personal(np) && d.hasSubjunctive(np.e, e) {
				return np, k
			}
		case (w == "nach" || w == "Nach") && k+2 <= e && d.isWord(k+1) && d.toks[k+1].upper && strings.HasSuffix(d.word(k+1), "s") && d.isWord(k+2) && d.is(k+2, cSourceNoun):
			// "Nach Schäubles Idee"
			return npRange{k + 1, k + 2}, k
		case (w == "nach" || w == "Nach") && k+2 <= e:
			m := k + 1
			if d.isWord(m) && d.is(m, cDet) {
				m++
			}
			// an adjective: "nach ersten Erkenntnissen der Ermittler",
			// "nach übereinstimmenden Angaben von X"
			if d.isWord(m) && d.isWord(m+1) && startsLower(d.word(m)) && d.word(m) != "eigenen" && strings.HasSuffix(d.word(m), "en") && d.is(m+1, cSourceNoun) {
				m++
			}
			if !d.isWord(m) || !d.is(m, cSourceNoun) {
				continue
			}
			m++
			if d.isWord(m) && (d.word(m) == "von" || d.word(m) == "vom") {
				m++
			}
			if np := d.grabNP(m, true); np.ok() && d.isCapitalNP(np) {
				return np, k
			}
		}
	}
	return noNP, -1
}

// sourcePhraseNear is sourcePhrase for a quotation opening at token o: of
// several source phrases in the sentence the last one before the quotation
// governs it ("Laut A gilt …, das nach Einschätzung von B „…“ ist" → B);
// with none before it, the first after it.
func (d *doc) sourcePhraseNear(b, e, o int) (npRange, int) {
	np, k := d.sourcePhrase(b, e)
	for k >= 0 && k < o {
		np2, k2 := d.sourcePhrase(max(k+1, np.e), e)
		if k2 < 0 || k2 >= o {
			break
		}
		np, k = np2, k2
	}
	return np, k
}

// eventDropped reports whether keepEvents would drop any further event in
// the sentence starting at token b: an event with a subject is found there
// already (only the first counts), or a direct quotation ends in it. dsent
// are the sentence starts of the direct quotations, ordered; *ds is a
// cursor into them that only moves forward, as b does.
func (d *doc) eventDropped(events []cand, dsent []int32, ds *int, b int) bool {
	if n := len(events); n > 0 && !events[n-1].pending && int(d.sent(events[n-1].close).b) == b {
		return true
	}
	for *ds < len(dsent) && int(dsent[*ds]) < b {
		*ds++
	}
	return *ds < len(dsent) && int(dsent[*ds]) == b
}

// keepEvents adds the speech events that lie outside every quotation and
// reported clause, at most one per sentence: the first of the sentence
// whose subject is a person or an organization. The subject of a pending
// event is looked for here, so only in the sentences that need one.
func (d *doc) keepEvents(out, events, direct []cand) []cand {
	if len(events) == 0 {
		return out
	}
	// per sentence (index into sentR)
	covered := slices.Grow(d.bufs.covered[:0], len(d.sentR))[:len(d.sentR)]
	clear(covered)
	d.bufs.covered = covered
	for _, list := range [][]cand{direct, out} {
		for _, q := range list {
			if q.close >= 0 && q.close < len(d.toks) {
				covered[d.sentIdx[q.close]] = true
			}
		}
	}
	for _, ev := range events {
		si := d.sentIdx[ev.close]
		st := d.sentR[si].b
		if covered[si] {
			continue
		}
		if ev.pending {
			np, _, _, _ := d.subjectBefore(int(st), ev.evEnd, false)
			if !np.ok() || !d.personal(np) && !d.orgMentionIn(np) {
				continue
			}
			ev.np, ev.pending = np, false
		}
		covered[si] = true
		out = append(out, ev)
	}
	return out
}

// wieClause reads a verb-final "wie X mitteilte" clause around the verb of
// saying at token k in the sentence [b, e]: the subject X (who can speak)
// and the reported part, the rest of the sentence after or before the
// clause: "Die Inflation sei auf Kurs, wie die Notenbank am Donnerstag
// mitteilte." and "Wie der Konzern mitteilte, sinkt der Gewinn." It
// returns noNP when k ends no such clause.
func (d *doc) wieClause(k, b, e int) (npRange, int, int) {
	// the verb ends the clause (a particle or an auxiliary may follow)
	ce := k
	for ce+1 <= e && d.isWord(ce+1) && (d.is(ce+1, cAux) || ce+1 == k+1 && !d.toks[ce+1].upper && ce+2 <= e && !d.isWord(ce+2)) {
		ce++
	}
	if ce < e && !d.isPunct(ce+1, ',') && !d.isPunct(ce+1, '.') {
		return noNP, 0, -1
	}
	cs := d.clauseStart(k, true)
	if cs >= k || !d.isWord(cs) || d.word(cs) != "wie" && d.word(cs) != "Wie" {
		return noNP, 0, -1
	}
	np := d.grabNP(cs+1, true)
	if !np.ok() || np.e > k || d.is(np.s, cOblique) || !d.canSpeak(np) {
		return noNP, 0, -1
	}
	if cs > b+1 && d.isPunct(cs-1, ',') {
		return np, b, cs - 2 // the statement before ", wie X mitteilte"
	}
	if cs == b && d.isPunct(ce+1, ',') && ce+2 <= e {
		return np, ce + 2, e // "Wie X mitteilte, …"
	}
	return noNP, 0, -1
}

// konjunktivIOpens reports whether the clause [s, e] opens like reported
// speech in Konjunktiv I, third person singular, with a verb the
// subjunctive table does not list: a subject and then a finite verb
// ending in -e ("er schließe das aus", "man erreiche", "die Nachfrage
// erhole sich", "Siemens entwickle", "das hänge davon ab"). In a
// clause that puts its verb second, the word after a pronoun or a noun
// phrase that opens it is its finite verb, and the indicative third person
// ends in -t; the preterite's -te is left out ("er machte").
func (d *doc) konjunktivIOpens(s, e int) bool {
	k := s
	if !d.isWord(k) || d.toks[k].lex&lexQ != 0 {
		return false
	}
	w := d.word(k)
	switch {
	case w == "er" || w == "Er" || w == "sie" || w == "Sie" || w == "es" || w == "Es" || w == "man" || w == "Man":
		k++ // the pronouns of the third person singular
	case (w == "das" || w == "Das" || w == "dies" || w == "Dies") && d.isWord(k+1) && !d.toks[k+1].upper:
		// "das schließe er aus", "das hänge von den Daten ab": a
		// demonstrative before the verb (an adjective would stand before
		// its noun: "das neue Werk")
		k++
	case d.is(k, cDet):
		k++
		for a := 0; a < 2 && d.isWord(k) && !d.toks[k].upper && !d.is(k, cPrep) && k < e; a++ {
			k++ // adjectives
		}
		if !d.isWord(k) || !d.toks[k].upper {
			return false
		}
		k++
	case d.toks[k].upper && !d.is(k, cPrep|cAdverb|cNotSpeaker|cClauseStarter) && (d.isPunct(k-1, ',') || d.mentionAt(int(d.toks[k].s)) != nil):
		// a name: "Siemens", "Oliver Blume" (a capital at the start of a
		// sentence may be an article or a pronoun: "Keine touristische …")
		k++
		if d.isWord(k) && d.toks[k].upper && k < e {
			k++
		}
	default:
		return false
	}
	if k > e || !d.isWord(k) || d.toks[k].upper || d.toks[k].lex&lexQ != 0 || d.is(k, cPrep|cDet|cAdverb) {
		return false
	}
	if d.isWord(k+1) && d.toks[k+1].upper {
		return false // an adjective before its noun: "den Helfern größere Hilfe"
	}
	return konjunktivIShape(d.word(k))
}

// konjunktivIShape reports whether w, a lower-case word after the subject
// of a clause, has the shape of a verb in Konjunktiv I, third person
// singular: at least four letters, ending in -e but not -te, and no word
// that stands there otherwise ("alle", "beide", "gerne", "heute"; the
// preterite "wurde").
func konjunktivIShape(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 'e' || w[len(w)-2] == 't' || !startsLower(w) {
		return false
	}
	switch w {
	case "alle", "beide", "gerne", "heute", "selbe", "ohne", "alleine", "eine", "keine", "seine", "ihre", "jene", "diese", "jede", "viele", "wenige", "einige", "manche", "bitte", "lange", "gerade", "nahe", "solche", "selbige", "gleiche", "wurde":
		return false
	}
	return true
}

// questionEnd returns, when the comma at token c closes a noun of asking
// and opens the question it holds ("auf die Frage, ob …", "auf Nachfrage,
// wann …"), the comma that ends the question within the sentence's last
// token e (or e itself when the question runs to the end); else -1. The
// question is what the speaker was asked, not what the speaker said.
func (d *doc) questionEnd(c, e int) int {
	if !d.isPunct(c, ',') || c == 0 || !d.isWord(c-1) || !d.isWord(c+1) || !questionNoun(d.word(c-1)) || !interrogatives.Value(d.word(c+1)) {
		return -1
	}
	for k := c + 2; k <= e && k < c+40; k++ {
		if d.isPunct(k, ',') {
			return k
		}
	}
	return e
}

// questionFront reports whether the stretch [b, e] before ", sagte X"
// opens with a question put to the speaker: "Auf die Frage, ob weitere
// Werke geschlossen würden, sagte X".
func (d *doc) questionFront(b, e int) bool {
	for k := b + 1; k < e && k < b+8; k++ {
		if d.isPunct(k, ',') {
			return d.questionEnd(k, e) >= 0
		}
	}
	return false
}

// questionNoun reports whether w is a noun of asking: "Frage", "Nachfrage",
// "Anfrage", "Journalistenfrage".
func questionNoun(w string) bool {
	return w == "Frage" || w == "Fragen" || strings.HasSuffix(w, "frage") && w[0] >= 'A' && w[0] <= 'Z'
}

// interrogatives open an indirect question: "ob" and the question words.
//
// buildInterrogatives returns the words of the set interrogatives (generated: see the
// package's zz_generated_sets.go).
func buildInterrogatives() map[string]bool {
	return map[string]bool{
		"ob": true, "wann": true, "wie": true, "warum": true, "weshalb": true, "wieso": true, "weswegen": true,
		"wo": true, "wohin": true, "woher": true, "was": true, "wer": true, "wen": true, "wem": true,
		"welche": true, "welcher": true, "welches": true, "welchen": true, "inwieweit": true, "inwiefern": true,
	}
}
