package quote

import (
	"slices"

	"github.com/finanztext/finanztext/entity"
)

// A definite description names an organization the text introduced before:
// "Nestlé senkt die Prognose. … teilte das Unternehmen mit" → Nestlé, "Die
// EZB … wie die Notenbank mitteilte" → EZB. The entity package resolves
// these references for a whole document (entity.Doc.Refs); the speaker
// reads them when the caller passes the document (Find, FindWithDoc).
// FindWith, whose caller passes mentions without references, leaves a
// description unresolved (Name "Unternehmen").

// refTarget is a reference of the entity package: its byte span, kind and
// the mention it refers to.
type refTarget struct {
	s, e int
	kind entity.RefKind
	m    entity.Mention
}

// refIn returns the entity reference that starts at the first token of np
// (a pronoun, possessive or definite description), or nil.
func (d *doc) refIn(np npRange) *refTarget {
	if len(d.refs) == 0 || !np.ok() {
		return nil
	}
	s := int(d.toks[np.s].s)
	// i: the first reference that starts at s or after. The speaker
	// phrases come in text order, so a few steps from the last answer
	// (d.refHint) find it; farther off, the binary search (d.refs is
	// ordered by start, each start once).
	rs := d.refs
	i := min(d.refHint, len(rs))
	for n := 0; ; n++ {
		if n == 4 {
			i, _ = slices.BinarySearchFunc(rs, s, func(r refTarget, x int) int { return r.s - x })
			break
		}
		if i > 0 && rs[i-1].s >= s {
			i--
		} else if i < len(rs) && rs[i].s < s {
			i++
		} else {
			break
		}
	}
	d.refHint = i
	if i == len(rs) || rs[i].s != s {
		return nil
	}
	return &rs[i]
}

// speakerFromRef fills sp from the mention a reference refers to and
// reports whether it did.
func (d *doc) speakerFromRef(sp *Speaker, r *refTarget) bool {
	m := &r.m
	switch m.Kind {
	case entity.Person:
		name := m.Text
		if m.Entity != nil && m.Entity.Name != "" {
			name = m.Entity.Name
		}
		if p := d.people[name]; p != nil {
			fillPerson(sp, p)
		} else {
			sp.Name, sp.Role, sp.Organization, sp.Entity = name, m.Role, m.Organization, m.Entity
		}
	case entity.Organization:
		sp.IsOrganization = true
		sp.Name, sp.Entity = orgMentionName(m), m.Entity
	default:
		return false
	}
	sp.How = Reference
	if r.kind == entity.Pronoun || r.kind == entity.Possessive {
		sp.How = Pronoun
	}
	return true
}
