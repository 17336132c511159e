package entity

import "github.com/finanztext/finanztext/parse"

// CONTRACT FILE: shared with quote and the root package. Fields may be added.

// MentionKind tells organizations from persons.
type MentionKind uint8

// Mention kinds.
const (
	Organization MentionKind = iota + 1
	Person
)

// Type is the kind of an entity: company, bank, central bank, …
// Its String form is the CLI's "kind" value ("company", "central_bank", …).
type Type uint8

// Entity types.
const (
	UnknownType Type = iota
	Company
	Bank
	Insurer
	AssetManager
	RatingAgency
	Exchange
	CentralBank
	Regulator
	Government
	InternationalOrg
	ResearchInstitute
	Association
	Union
	Media
	OtherOrg
	PersonType
)

// Entity is a canonical organization or person.
//
// The entities of a [Doc]'s mentions are the document's own copies: the
// mentions of one entity in one document share one copy, and changing it
// changes neither the gazetteer nor other results.
type Entity struct {
	Name    string   // canonical name: "Microsoft", "Deutsche Bank", "Amy Hood"
	Type    Type     // kind of organization; PersonType for persons
	Country string   // ISO 3166-1 alpha-2 code of the home country where known ("DE"), else ""
	ISIN    string   // ISIN of the main listed share where known ("DE0007164600"), else ""
	Ticker  string   // stock ticker of the main listing where known ("SAP"), else ""
	LEI     string   // ISO 17442 Legal Entity Identifier where known, else ""
	Parent  string   // canonical name of the parent entity ("Volkswagen" for Audi), else ""
	Aliases []string // other names the gazetteer finds it by
	// Sectors are the industries of a company where known, from a closed
	// list ("auto", "chemicals", "pharma", "software", "energy", …; see
	// data/README.md), else nil. A definite description that names an
	// industry ("der Autobauer", "der Chemiekonzern") refers only to a
	// company of that industry or to one whose industries are unknown.
	Sectors []string
}

// Gender of a person, as far as the given name tells.
type Gender uint8

// Genders.
const (
	UnknownGender Gender = iota
	Male
	Female
)

// Mention is one mention of an organization or person in a text.
type Mention struct {
	parse.Span
	Text   string      // text[Start:End]
	Kind   MentionKind // Organization or Person
	Entity *Entity     // canonical identity (never nil); for persons, Name is the full name

	// Persons only.
	Role         string // "Finanzvorstand", "Chef", "Präsidentin"
	Organization string // canonical name of the organization the role belongs to
	Gender       Gender // from the given name or the role's form; UnknownGender when neither tells

	// OrganizationInferred tells that Organization was not written with
	// the role ("Siemens-Chef", "Chefin von X") but taken from the
	// sentence around the person or the one before ("Die Bank of England
	// beließ den Leitzins. Gouverneur Andrew Bailey sagte …").
	OrganizationInferred bool
}
