package parse

// segmentSentence cuts the tokens r of sentence si into clauses.
func (d *Doc) segmentSentence(si int, r Range) {
	cs := &d.cl
	// vfAhead: a verb candidate follows before the next bound
	seen := false
	for i := r.End - 1; i >= r.Start; i-- {
		ti := &cs.tok[i]
		if ti.bound != bNone {
			seen = false
			continue
		}
		if seen {
			ti.verb |= vfAhead
		} else {
			ti.verb &^= vfAhead
		}
		if ti.verb&vfCand != 0 {
			seen = true
		}
	}
	first := len(cs.clauses)
	cs.scratch = cs.scratch[:0]
	cs.stack = cs.stack[:0]
	cur, open := int32(-1), BoundSentence
	parent := func() int {
		if len(cs.stack) == 0 {
			return -1
		}
		return int(cs.stack[len(cs.stack)-1].owner)
	}
	push := func(quote bool) {
		if len(cs.stack) < maxNest {
			cs.stack = append(cs.stack, frame{owner: cur, quote: quote})
		}
		cur = -1
		open = BoundBracket
		if quote {
			open = BoundQuote
		}
	}
	pop := func(quote bool, at int) {
		for k := len(cs.stack) - 1; k >= 0; k-- {
			if cs.stack[k].quote == quote {
				for _, f := range cs.stack[k:] {
					// the interrupted clauses span what was embedded in them
					if f.owner >= 0 && cs.clauses[f.owner].Tokens.End < at {
						cs.clauses[f.owner].Tokens.End = at
					}
				}
				cur = cs.stack[k].owner
				cs.stack = cs.stack[:k]
				open = BoundQuote
				if !quote {
					open = BoundBracket
				}
				return
			}
		}
		cur = -1 // a closer without an opener: a plain bound
		open = BoundQuote
		if !quote {
			open = BoundBracket
		}
	}
	for i := r.Start; i < r.End; i++ {
		ti := &cs.tok[i]
		switch ti.bound {
		case bNone:
			if ti.lex.cls == wCoord && ti.lex.flags&lxCoordStart == 0 && ti.chunk < 0 && cur >= 0 && cs.scratch[int(cur)-first].hasCand && ti.verb&vfAhead != 0 {
				cur, open = -1, BoundCoord // "Der Umsatz stieg, und der Gewinn sank"
			}
			if cur < 0 {
				cur = int32(len(cs.clauses))
				cs.clauses = append(cs.clauses, Clause{
					Open: open, Tokens: Range{i, i + 1}, Sentence: si, Parent: parent(),
					Intro: -1, Verb: -1, Lexical: -1, Particle: -1, Subject: -1, Chunks: Range{-1, -1},
				})
				cs.scratch = append(cs.scratch, clauseScratch{})
			}
			ti.clause = cur
			cs.clauses[cur].Tokens.End = i + 1
			if ti.verb&vfCand != 0 {
				cs.scratch[int(cur)-first].hasCand = true
			}
		case bComma:
			cur, open = -1, BoundComma
		case bSemicolon:
			cur, open = -1, BoundSemicolon
		case bColon:
			cur, open = -1, BoundColon
		case bDash:
			cur, open = -1, BoundDash
		case bEnd:
			cur, open = -1, BoundSentence
		case bOpenBracket:
			push(false)
		case bCloseBracket:
			pop(false, i)
		case bOpenQuote:
			push(true)
		case bCloseQuote:
			pop(true, i)
		case bAmbigQuote:
			if n := len(cs.stack); n > 0 && cs.stack[n-1].quote {
				pop(true, i)
			} else {
				push(true)
			}
		}
	}
	for _, f := range cs.stack {
		if f.owner >= 0 && cs.clauses[f.owner].Tokens.End < r.End {
			cs.clauses[f.owner].Tokens.End = r.End
		}
	}
}

// maxLook bounds how many clauses the joining of verbless pieces looks
// past (dead or embedded ones), so that it stays linear on any input.
const maxLook = 64

// finishSentence joins verbless comma pieces, renumbers the clauses of the
// sentence (those from first on), attaches chunks and analyses each clause.
func (d *Doc) finishSentence(first, firstChunk int, r Range) {
	cs := &d.cl
	cl := cs.clauses
	n := len(cl) - first
	if n == 0 {
		return
	}
	sc := cs.scratch
	// join comma pieces without a verb
	for a := first; a < len(cl); a++ {
		A := &cl[a]
		if sc[a-first].dead || sc[a-first].hasCand || (A.Open != BoundSentence && A.Open != BoundComma) || d.subStart(a) {
			continue
		}
		merged := false
		from := a + 1  // clauses between from and b are not yet embedded
		inSub := false // the last clause looked at is subordinate: a coordinator goes on with it
		for b := a + 1; b < len(cl) && !sc[a-first].hasCand && b-from < maxLook; b++ {
			B := &cl[b]
			if sc[b-first].dead || B.Parent != A.Parent {
				continue
			}
			if B.Open == BoundCoord && inSub {
				continue // "Der Konzern, der in Ulm sitzt und 900 Leute beschäftigt, wächst"
			}
			if B.Open != BoundComma {
				break
			}
			if d.subStart(b) {
				inSub = true
				continue
			}
			inSub = false
			if sc[b-first].hasCand && cs.tok[B.Tokens.Start].lex.cls == wCoord {
				break
			}
			// B continues A; subordinate clauses in between are embedded in A
			for k := from; k < b; k++ {
				if !sc[k-first].dead && cl[k].Parent == A.Parent {
					cl[k].Parent = a
				}
			}
			from = b + 1
			d.moveClause(b, a)
			sc[b-first].dead = true
			sc[a-first].hasCand = sc[a-first].hasCand || sc[b-first].hasCand
			merged = true
		}
		if !merged && !sc[a-first].hasCand && A.Open == BoundComma {
			// a trailing piece: "…, ein Plus von 3 %"
			for p := a - 1; p >= first && a-p <= maxLook; p-- {
				if sc[p-first].dead || cl[p].Parent != A.Parent {
					continue
				}
				d.moveClause(a, p)
				sc[a-first].dead = true
				break
			}
		}
	}
	// renumber
	if cap(cs.remap) < n {
		cs.remap = make([]int32, n, 2*n)
	}
	remap := cs.remap[:n]
	w := first
	for c := first; c < len(cl); c++ {
		if sc[c-first].dead {
			remap[c-first] = -1
			continue
		}
		remap[c-first] = int32(w)
		cl[w] = cl[c]
		w++
	}
	cl = cl[:w]
	cs.clauses = cl
	if w < first+n { // some clauses were joined: renumber
		for c := first; c < w; c++ {
			if p := cl[c].Parent; p >= first {
				cl[c].Parent = int(remap[p-first])
			}
		}
		for i := r.Start; i < r.End; i++ {
			if c := cs.tok[i].clause; c >= 0 {
				cs.tok[i].clause = remap[int(c)-first]
			}
		}
	}
	for k := firstChunk; k < len(cs.chunks); k++ {
		ch := &cs.chunks[k]
		c := int(cs.tok[ch.Tokens.Start].clause)
		ch.Clause = c
		if c < 0 {
			continue
		}
		if cl[c].Chunks.Start < 0 {
			cl[c].Chunks.Start = k
		}
		cl[c].Chunks.End = k + 1
	}
	for c := first; c < w; c++ {
		if cl[c].Chunks.Start < 0 {
			cl[c].Chunks = Range{firstChunk, firstChunk}
		}
		d.analyzeClause(c, first)
	}
}

// moveClause gives the tokens of clause from to clause to.
func (d *Doc) moveClause(from, to int) {
	cs := &d.cl
	f, t := &cs.clauses[from], &cs.clauses[to]
	for i := f.Tokens.Start; i < f.Tokens.End; i++ {
		if cs.tok[i].clause == int32(from) {
			cs.tok[i].clause = int32(to)
		}
	}
	if f.Tokens.Start < t.Tokens.Start {
		t.Tokens.Start = f.Tokens.Start
	}
	if f.Tokens.End > t.Tokens.End {
		t.Tokens.End = f.Tokens.End
	}
}

// subStart reports whether clause c opens with a subordinator or a
// relative pronoun (after a coordinator, too).
func (d *Doc) subStart(c int) bool {
	k, _ := d.introOf(c)
	return k != ClauseMain
}

// introOf finds the kind of clause c from its first tokens and the token
// that introduces it (-1 when none).
func (d *Doc) introOf(c int) (ClauseKind, int) {
	cs := &d.cl
	cl := &cs.clauses[c]
	i := d.ownNext(c, cl.Tokens.Start)
	if i < 0 {
		return ClauseMain, -1
	}
	if cs.tok[i].lex.cls == wCoord {
		j := d.ownNext(c, i+1)
		if j < 0 {
			return ClauseMain, i
		}
		i = j
	}
	ti := &cs.tok[i]
	afterBound := cl.Open == BoundComma || cl.Open == BoundCoord || cl.Open == BoundDash || cl.Open == BoundBracket ||
		(cl.Open == BoundSentence && ti.lex.cls == wSub)
	switch {
	case ti.lex.cls == wSub && (afterBound || d.Tokens[i].Flags&TokSentenceStart != 0):
		if d.Tokens[i].Case == CaseUpper && i+1 < len(cs.tok) && cs.tok[i+1].verb&vfCand != 0 && cs.tok[i+1].verb&vfAux == 0 &&
			d.Tokens[i+1].Flags&TokSentenceStart == 0 {
			return ClauseMain, -1 // a name: "Weil sagte, …"
		}
		return ClauseSub, i
	case ti.lex.flags&lxSubPrep != 0 && afterBound && ti.chunk < 0:
		return ClauseSub, i
	case (cl.Open == BoundComma || cl.Open == BoundCoord) && ti.chunk >= 0:
		ch := &cs.chunks[ti.chunk]
		if ch.Flags&ChunkPronoun != 0 && ch.Kind == ChunkNP && cs.tok[ch.Head].lex.cls != wPron {
			return ClauseRel, i // ", der in Stuttgart sitzt", ", die der Vorstand vorlegte"
		}
		if ch.Kind == ChunkPP && ch.Flags&ChunkPronoun != 0 && ch.Head != ch.Prep && cs.tok[ch.Head].lex.cls != wPron {
			return ClauseRel, i // ", mit dem die Bank rechnet"
		}
	}
	return ClauseMain, -1
}

// ownNext returns the first token at or after i that belongs to clause c
// itself, or -1.
func (d *Doc) ownNext(c, i int) int {
	cs := &d.cl
	end := cs.clauses[c].Tokens.End
	for ; i < end; i++ {
		if cs.tok[i].clause == int32(c) {
			return i
		}
	}
	return -1
}
