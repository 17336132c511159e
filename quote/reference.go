package quote

import (
	"slices"

	"github.com/finanztext/finanztext/entity"
)

// A definite description names an organization the text introduced before:
// "Nestlé senkt die Prognose. … teilte das Unternehmen mit" → Nestlé, "Die
// EZB … wie die Notenbank mitteilte" → EZB. The head noun decides which
// kinds of organization fit. (When package entity resolves references
// itself, this table moves there.)

// descriptionHeads maps the head noun of a definite description to the
// organization types it can refer to; nil means any company-like type.
var descriptionHeads = []struct {
	suffix string
	types  []entity.Type
}{
	{"notenbank", []entity.Type{entity.CentralBank}},
	{"zentralbank", []entity.Type{entity.CentralBank}},
	{"geldhaus", []entity.Type{entity.Bank}},
	{"kreditinstitut", []entity.Type{entity.Bank}},
	{"bank", []entity.Type{entity.Bank, entity.CentralBank}},
	{"versicherer", []entity.Type{entity.Insurer}},
	{"ratingagentur", []entity.Type{entity.RatingAgency}},
	{"regierung", []entity.Type{entity.Government}},
	{"aufsicht", []entity.Type{entity.Regulator}},
	{"aufsichtsbehörde", []entity.Type{entity.Regulator}},
	{"gewerkschaft", []entity.Type{entity.Union}},
	{"verband", []entity.Type{entity.Association}},
	{"unternehmen", nil}, {"konzern", nil}, {"firma", nil}, {"hersteller", nil},
	{"autobauer", nil}, {"versorger", nil}, {"händler", nil}, {"zulieferer", nil},
	{"anbieter", nil}, {"betreiber", nil}, {"gruppe", nil}, {"holding", nil},
}

// companyTypes are the organization types of a generic description such as
// "das Unternehmen" or "der Konzern".
var companyTypes = []entity.Type{entity.Company, entity.Bank, entity.Insurer, entity.AssetManager,
	entity.RatingAgency, entity.Exchange, entity.Media, entity.UnknownType, entity.OtherOrg}

// maxReferenceParas is how many paragraphs back a description may reach.
const maxReferenceParas = 3

// describedOrg returns the organization mention a definite description np
// ("das Unternehmen", "die Notenbank", "der Münchner Konzern") refers to:
// the nearest earlier organization whose type fits the head noun, within
// the same paragraph or the maxReferenceParas before it. It returns nil
// when np is no such description or nothing fits.
func (d *doc) describedOrg(np npRange) *entity.Mention {
	if !np.ok() || !d.isWord(np.s) {
		return nil
	}
	switch d.word(np.s) {
	case "der", "die", "das", "des", "dem", "den", "Der", "Die", "Das", "Des", "Dem", "Den":
	default:
		return nil
	}
	head := -1
	for k := np.e - 1; k > np.s; k-- {
		if d.isWord(k) && d.toks[k].upper {
			head = k
			break
		}
	}
	if head < 0 {
		return nil
	}
	for k := np.s + 1; k < head; k++ {
		if d.isWord(k) && d.toks[k].upper && !hasAnySuffix(d.word(k), "er") {
			return nil // "die Deutsche Bank": a name, not a description ("der Münchner Konzern" is one)
		}
	}
	w := d.word(head)
	if len(w) > 40 {
		return nil
	}
	var buf [48]byte
	lw := string(lowerFirst(buf[:0], w))
	var types []entity.Type
	found := false
	for _, h := range descriptionHeads {
		if len(lw) >= len(h.suffix) && lw[len(lw)-len(h.suffix):] == h.suffix {
			types, found = h.types, true
			break
		}
	}
	if !found {
		return nil
	}
	if types == nil {
		types = companyTypes
	}
	pos := int(d.toks[np.s].s)
	minPara := d.paraOf(pos) - maxReferenceParas
	i, _ := slices.BinarySearch(d.mstart, int32(pos))
	for j := i - 1; j >= 0; j-- {
		m := &d.mentions[j]
		if d.paraOf(m.Start) < minPara {
			break
		}
		if m.Kind != entity.Organization || m.End > pos {
			continue
		}
		t := entity.UnknownType
		if m.Entity != nil {
			t = m.Entity.Type
		}
		if slices.Contains(types, t) {
			return m
		}
	}
	return nil
}
