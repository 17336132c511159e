package entity

import (
	"fmt"

	"github.com/finanztext/finanztext/internal/jsonw"
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

// Name returns the canonical name of the mentioned entity ("Microsoft" for
// "Microsofts"), or the mention's text when it has no entity.
func (m Mention) Name() string {
	if m.Entity != nil && m.Entity.Name != "" {
		return m.Entity.Name
	}
	return m.Text
}

// AppendJSON appends m as [Mention.MarshalJSON] encodes it and returns
// the extended buffer.
func (m Mention) AppendJSON(dst []byte) []byte {
	name := m.Name()
	o := jsonw.Begin(dst)
	o.Str("text", m.Text)
	o.Int("start", m.Start)
	o.Int("end", m.End)
	o.Str("name", name)
	if m.Kind == Person {
		o.StrOmit("role", m.Role)
		o.StrOmit("organization", m.Organization)
		return o.End()
	}
	if m.Entity != nil && m.Entity.Type != UnknownType {
		o.Str("kind", m.Entity.Type.String())
	}
	return o.End()
}

// MarshalJSON writes the CLI shape: for organizations
// {"text","start","end","name","kind"}, kind omitted when the type is
// unknown; for persons {"text","start","end","name","role","organization"}
// with role and organization omitted when empty. HTML characters are not
// escaped.
func (m Mention) MarshalJSON() ([]byte, error) { return m.AppendJSON(nil), nil }

// AppendJSON appends r as [Ref.MarshalJSON] encodes it and returns the
// extended buffer.
func (r Ref) AppendJSON(dst []byte) []byte {
	o := jsonw.Begin(dst)
	o.Str("text", r.Text)
	o.Int("start", r.Start)
	o.Int("end", r.End)
	o.Str("kind", r.Kind.String())
	o.Str("name", r.Name)
	return o.End()
}

// MarshalJSON writes {"text","start","end","kind","name"}: the reference,
// its kind ("pronoun", "possessive", "description") and the canonical
// name of what it refers to. HTML characters are not escaped.
func (r Ref) MarshalJSON() ([]byte, error) { return r.AppendJSON(nil), nil }
