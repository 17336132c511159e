package parse

// analyzeClause finds the kind, the verbs and the subject of clause c;
// first is the first clause of its sentence.
func (d *Doc) analyzeClause(c, first int) {
	cs := &d.cl
	cl := &cs.clauses[c]
	kind, intro := d.introOf(c)
	cl.Kind, cl.Intro = kind, intro
	start := d.ownNext(c, cl.Tokens.Start)
	if start < 0 {
		return
	}
	if cs.tok[start].lex.cls == wCoord {
		if cl.Intro < 0 {
			cl.Intro = start
		}
		start = d.ownNext(c, start+1)
		if start < 0 {
			return
		}
		// "…, weil der Umsatz sank und der Gewinn stieg": a coordinated
		// subordinate clause keeps the verb at the end
		if cl.Kind == ClauseMain && cl.Open == BoundCoord && c > first {
			if p := &cs.clauses[c-1]; p.Kind != ClauseMain && p.Parent == cl.Parent && cs.tok[start].verb&vfCand == 0 {
				cl.Kind = p.Kind
			}
		}
	}
	// the verb candidates of the clause itself
	firstCand, lastCand := -1, -1
	for i := start; i < cl.Tokens.End; i++ {
		ti := &cs.tok[i]
		if ti.clause != int32(c) || ti.verb&vfCand == 0 || i == cl.Intro {
			continue
		}
		if firstCand < 0 {
			firstCand = i
		}
		lastCand = i
	}
	if cl.Kind != ClauseMain {
		// a subjunctive at the end of a verb-final clause: "…, dass er
		// das infrage stelle"
		if last := d.ownLast(c); last > start && last > lastCand {
			t, ti := &d.Tokens[last], &cs.tok[last]
			if t.Kind == KindWord && t.Case == CaseLower && ti.lex.cls == wNone && ti.chunk < 0 && len(d.Text[t.Start:t.End]) >= 4 && d.Text[t.End-1] == 'e' {
				ti.verb |= vfCand | vfSg
				lastCand = last
				if firstCand < 0 {
					firstCand = last
				}
			}
		}
	}
	if firstCand < 0 {
		return
	}
	if cl.Kind == ClauseMain {
		cl.Verb = firstCand
		fronted := -1
		if firstCand == start && cs.tok[firstCand].verb&vfAux == 0 {
			// a participle or infinitive fronted before the auxiliary or
			// modal: "Bestätigt wurde die Prognose", "Senken will die Bank
			// die Zinsen nicht"; two finite verbs never stand side by side
			if n := d.ownNext(c, firstCand+1); n > 0 && cs.tok[n].verb&vfAux != 0 {
				fronted, cl.Verb = firstCand, n
			}
		}
		if cs.tok[firstCand].verb&vfPart != 0 && cl.Open == BoundCoord && firstCand == lastCand {
			// "… hat den Umsatz gesteigert und die Kosten gesenkt"
			cl.Verb = -1
			cl.Lexical = firstCand
			d.shareSubject(c, first)
			return
		}
		cl.Lexical = cl.Verb
		if fronted >= 0 {
			cl.Lexical = fronted
		} else if cs.tok[cl.Verb].verb&vfAux != 0 {
			for i := lastCand; i > cl.Verb; i-- {
				ti := &cs.tok[i]
				if ti.clause == int32(c) && ti.verb&vfCand != 0 && ti.verb&vfAux == 0 {
					cl.Lexical = i
					break
				}
			}
		}
		// the particle closes the clause: "wies … zurück", "legte … zu"
		for i := cl.Tokens.End - 1; i > cl.Verb; i-- {
			ti := &cs.tok[i]
			if ti.clause != int32(c) {
				continue
			}
			if d.Tokens[i].Kind == KindPunct && ti.bound == bNone {
				continue
			}
			if ti.verb&vfParticle != 0 && ti.chunk < 0 {
				cl.Particle = i
			}
			break
		}
		if cl.Open == BoundCoord && cl.Verb == start {
			d.shareSubject(c, first)
			return
		}
	} else {
		cl.Verb = lastCand
		cl.Lexical = lastCand
		if cs.tok[lastCand].verb&vfAux != 0 {
			for i := lastCand - 1; i >= start; i-- {
				ti := &cs.tok[i]
				if ti.clause != int32(c) || ti.verb&vfCand == 0 {
					continue
				}
				if ti.verb&vfAux == 0 {
					cl.Lexical = i
					break
				}
			}
		}
	}
	cl.Subject = d.pickSubject(c)
}

// shareSubject gives clause c the subject of the clause it is coordinated
// with.
func (d *Doc) shareSubject(c, first int) {
	cs := &d.cl
	cl := &cs.clauses[c]
	for p := c - 1; p >= first; p-- {
		if cs.clauses[p].Parent == cl.Parent {
			cl.Subject = cs.clauses[p].Subject
			cl.SubjectShared = cl.Subject >= 0
			return
		}
	}
}

// pickSubject chooses the subject chunk of clause c under German word order.
func (d *Doc) pickSubject(c int) int {
	cs := &d.cl
	cl := &cs.clauses[c]
	vnum := cs.tok[cl.Verb].verb & (vfSg | vfPl)
	if vnum == vfSg|vfPl {
		vnum = 0
	}
	// the first noun phrase before the verb (the Vorfeld of a main clause,
	// or the start of a subordinate clause's middle field) and the first
	// one after it
	pre, post := -1, -1
	laterStrong := -1
	for k := cl.Chunks.Start; k < cl.Chunks.End; k++ {
		ch := &cs.chunks[k]
		if ch.Clause != c || ch.Kind != ChunkNP || ch.Flags&ChunkGenitive != 0 {
			continue
		}
		if ch.Tokens.Start < cl.Verb {
			if cl.Kind == ClauseMain {
				if pre < 0 {
					pre = k
				}
				continue
			}
			// verb final: the first that fits, unless a later phrase is
			// clearly the nominative
			if pre < 0 && d.nomFits(k, vnum) {
				pre = k
			} else if laterStrong < 0 && d.strongNom(k) && d.agrees(k, vnum) {
				laterStrong = k
			}
			continue
		}
		if post < 0 {
			post = k
		}
	}
	if cl.Kind != ClauseMain {
		if pre >= 0 && laterStrong >= 0 && !d.strongNom(pre) {
			return laterStrong
		}
		return pre
	}
	if pre >= 0 && d.nomFits(pre, vnum) {
		if post >= 0 && d.agrees(post, vnum) {
			if d.strongNom(post) && !d.strongNom(pre) {
				return post // "Die Vorwürfe wies der Vorstand zurück"
			}
			if d.demonstrative(pre) && d.nomFits(post, vnum) {
				return post // "Das sagte die Bank", "Dies teilte das Unternehmen mit"
			}
		}
		return pre
	}
	// inverted: "Am Dienstag sagte die Bank", "Den Vorwurf wies er zurück"
	for k := cl.Chunks.Start; k < cl.Chunks.End; k++ {
		ch := &cs.chunks[k]
		if ch.Clause != c || ch.Kind != ChunkNP || ch.Flags&ChunkGenitive != 0 || ch.Tokens.Start < cl.Verb {
			continue
		}
		if d.nomFits(k, vnum) {
			return k
		}
	}
	return -1
}

// nomFits reports whether chunk k can be a nominative that agrees in
// number with a verb of number vnum (vfSg, vfPl or 0 for unknown).
func (d *Doc) nomFits(k int, vnum uint8) bool {
	ch := &d.cl.chunks[k]
	if !ch.Readings.Has(ReadNom) {
		return false
	}
	return d.agrees(k, vnum)
}

// agrees reports whether chunk k agrees in number with a verb of number
// vnum.
func (d *Doc) agrees(k int, vnum uint8) bool {
	ch := &d.cl.chunks[k]
	rd := ch.Readings & ReadNom
	if ch.Readings == 0 || rd == 0 {
		return true
	}
	switch vnum {
	case vfSg:
		return rd&^ReadPlural != 0
	case vfPl:
		if rd&ReadPlural != 0 {
			return true
		}
		// "die Bank und die Post stiegen": a coordinated subject is plural
		e := ch.Tokens.End
		return e < len(d.Tokens) && (d.cl.tok[e].lex.cls == wCoord || d.cl.tok[e].bound == bComma)
	}
	return true
}

// strongNom reports whether chunk k is clearly a nominative: er, wir, ich,
// man, or der/dieser with a noun that is not feminine by its ending, or a
// relative der.
func (d *Doc) strongNom(k int) bool {
	ch := &d.cl.chunks[k]
	rd := ch.Readings
	if rd == 0 || rd&ReadNom == 0 || rd&ReadAcc != 0 {
		return false
	}
	if rd&(ReadDat|ReadGen) == 0 {
		return true // er, wir, ich, man
	}
	if ch.Flags&ChunkPronoun != 0 {
		return true // relative "der"
	}
	h := &d.Tokens[ch.Head]
	return !nounIsFem(d.Text[h.Start:h.End])
}

// demonstrative reports whether chunk k is a bare das, dies or was, which
// in front of a verb of saying is the object ("Das sagte die Bank").
func (d *Doc) demonstrative(k int) bool {
	ch := &d.cl.chunks[k]
	if ch.Flags&ChunkPronoun == 0 || ch.Tokens.Len() != 1 {
		return false
	}
	switch w := d.Word(ch.Head); w {
	case "Das", "das", "Dies", "dies", "Dieses", "dieses", "Was", "was":
		return true
	}
	return false
}

// ownLast returns the last word or number of clause c itself, skipping the
// stops of abbreviations, or -1.
func (d *Doc) ownLast(c int) int {
	cs := &d.cl
	cl := &cs.clauses[c]
	for i := cl.Tokens.End - 1; i >= cl.Tokens.Start; i-- {
		if cs.tok[i].clause != int32(c) {
			continue
		}
		if k := d.Tokens[i].Kind; k == KindWord || k == KindNumber {
			return i
		}
	}
	return -1
}
