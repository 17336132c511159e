package entity

import (
	"sync"
)

// testTables is a small gazetteer written for the unit tests, so that they
// do not depend on the size of the shipped data files.
func testTables() *tables {
	tb := &tables{}
	org := func(name string, typ Type, parent string, aliases []string, flags ...string) {
		tb.orgs = append(tb.orgs, orgRow{ent: Entity{Name: name, Type: typ, Parent: parent, Country: "DE"}, aliases: aliases, flags: flags})
	}
	org("Siemens", Company, "", []string{"Siemens AG"})
	org("Siemens Energy", Company, "Siemens", nil)
	org("Siemens Healthineers", Company, "Siemens", nil)
	org("Microsoft", Company, "", []string{"Microsoft Corp."})
	org("Alphabet", Company, "", nil)
	org("Google", Company, "Alphabet", nil)
	org("Google Cloud", Company, "Google", nil)
	org("Amazon", Company, "", nil)
	org("Amazon Web Services", Company, "Amazon", []string{"AWS"})
	org("OpenAI", Company, "", nil)
	org("OpenAI Foundation", OtherOrg, "", []string{"OpenAI-Stiftung", "OpenAI Stiftung"})
	org("OpenAI Group PBC", Company, "OpenAI Foundation", []string{"OpenAI Group Public Benefit Corporation (PBC)", "OpenAI Group Public Benefit Corporation", "OpenAI Group"})
	org("Nvidia", Company, "", []string{"NVIDIA"})
	org("Deutsche Bank", Bank, "", nil)
	org("Europäische Zentralbank", CentralBank, "", []string{"EZB"})
	org("Internationaler Währungsfonds", InternationalOrg, "", []string{"IWF"})
	org("Allianz", Insurer, "", nil, "ambiguous")
	org("Deutsche Post", Company, "", []string{"?Post", "DHL Group"})
	org("Apple", Company, "", nil, "ambiguous")
	org("Bayer", Company, "", nil)
	org("Moody's", RatingAgency, "", nil)
	org("Mercedes-Benz", Company, "", nil)
	org("Nasdaq", Exchange, "", nil)
	org("SAP", Company, "", nil)
	org("thyssenkrupp", Company, "", nil)
	org("Die Zeit", Media, "", []string{"?Zeit"})
	org("Die Welt", Media, "", []string{"?Welt"})
	for _, g := range []struct {
		n string
		g Gender
	}{{"Roland", Male}, {"Amy", Female}, {"Satya", Male}, {"Christine", Female}, {"Tim", Male},
		{"Ursula", Female}, {"Karl", Male}, {"Theodor", Male}, {"Angela", Female}, {"Jensen", Male},
		{"Bill", Male}, {"Jaap", Male}, {"Kim", UnknownGender}, {"Anna", Female}, {"Maria", Female}} {
		tb.given = append(tb.given, givenRow{g.n, g.g})
	}
	for _, r := range []Role{{Name: "Chef", Gender: Male}, {Name: "Chefin", Gender: Female},
		{Name: "Finanzvorstand", Gender: Male}, {Name: "Finanzchefin", Gender: Female},
		{Name: "Präsidentin", Gender: Female}, {Name: "Präsident", Gender: Male}, {Name: "Vorstand", Gender: Male},
		{Name: "Sprecherin", Gender: Female}, {Name: "Sprecher", Gender: Male}} {
		r.Base = r.Name
		tb.roles = append(tb.roles, r)
	}
	tb.nonOrg, _ = parseNonOrgs(readData("nonorgs.tsv"))
	return tb
}

var testIndex = sync.OnceValue(func() *index { return buildIndex(testTables(), true, nil) })

// testRecognizer uses the unit-test gazetteer.
func testRecognizer() *Recognizer { return &Recognizer{ix: testIndex()} }
