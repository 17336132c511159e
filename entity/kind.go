package entity

import (
	"encoding/json"
	"fmt"
)

var typeNames = [...]string{
	UnknownType:       "unknown",
	Company:           "company",
	Bank:              "bank",
	Insurer:           "insurer",
	AssetManager:      "asset_manager",
	RatingAgency:      "rating_agency",
	Exchange:          "exchange",
	CentralBank:       "central_bank",
	Regulator:         "regulator",
	Government:        "government",
	InternationalOrg:  "international_org",
	ResearchInstitute: "research_institute",
	Association:       "association",
	Union:             "union",
	Media:             "media",
	OtherOrg:          "other",
	PersonType:        "person",
}

// String returns the CLI name of the type: "company", "central_bank", …
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", uint8(t))
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (t Type) MarshalText() ([]byte, error) {
	if int(t) >= len(typeNames) {
		return nil, fmt.Errorf("entity: invalid Type %d", uint8(t))
	}
	return []byte(typeNames[t]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the String forms.
func (t *Type) UnmarshalText(b []byte) error {
	v, ok := ParseType(string(b))
	if !ok {
		return fmt.Errorf("entity: unknown type %q", b)
	}
	*t = v
	return nil
}

// ParseType returns the Type whose String form is s ("bank" → Bank).
func ParseType(s string) (Type, bool) {
	for i, n := range typeNames {
		if n == s {
			return Type(i), true
		}
	}
	return UnknownType, false
}

// String returns "organization" or "person".
func (k MentionKind) String() string {
	switch k {
	case Organization:
		return "organization"
	case Person:
		return "person"
	}
	return fmt.Sprintf("MentionKind(%d)", uint8(k))
}

// String returns "m", "f" or "u".
func (g Gender) String() string {
	switch g {
	case Male:
		return "m"
	case Female:
		return "f"
	}
	return "u"
}

type orgJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Name  string `json:"name"`
	Kind  string `json:"kind"`
}

type personJSON struct {
	Text         string `json:"text"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Name         string `json:"name"`
	Role         string `json:"role,omitempty"`
	Organization string `json:"organization,omitempty"`
}

// MarshalJSON writes the CLI shape: for organizations
// {"text","start","end","name","kind"}, for persons
// {"text","start","end","name","role","organization"} with role and
// organization omitted when empty.
func (m Mention) MarshalJSON() ([]byte, error) {
	name := m.Text
	if m.Entity != nil && m.Entity.Name != "" {
		name = m.Entity.Name
	}
	if m.Kind == Person {
		return json.Marshal(personJSON{m.Text, m.Start, m.End, name, m.Role, m.Organization})
	}
	kind := OtherOrg
	if m.Entity != nil && m.Entity.Type != UnknownType {
		kind = m.Entity.Type
	}
	return json.Marshal(orgJSON{m.Text, m.Start, m.End, name, kind.String()})
}

type refJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
	Name  string `json:"name"`
}

// MarshalJSON writes {"text","start","end","kind","name"}: the reference,
// its kind ("pronoun", "possessive", "description") and the canonical
// name of what it refers to.
func (r Ref) MarshalJSON() ([]byte, error) {
	return json.Marshal(refJSON{r.Text, r.Start, r.End, r.Kind.String(), r.Name})
}
