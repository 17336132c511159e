package quote

import (
	"github.com/finanztext/finanztext/entity"
	"github.com/finanztext/finanztext/parse"
)

// CONTRACT FILE: shared with the root package. Fields may be added.

// Kind tells direct quotes from reported speech.
type Kind uint8

// Quote kinds.
const (
	Direct Kind = iota + 1
	Indirect
)

// How says how a speaker was found.
type How uint8

// Ways a speaker is found.
const (
	Named       How = iota + 1 // the name stands in the attribution
	Pronoun                    // er/sie, der 52-Jährige → the last person that fits
	RoleNoun                   // "der DIW-Chef" → the person introduced with that role
	CarriedOver                // no new speaker: the last one keeps the floor
	Reference                  // "das Unternehmen", "die Notenbank" → the organization named before
)

// Speaker is who said a quote. It keeps both the words of the text that
// name the speaker where the quotation is attributed (Span and Text: "die
// Notenbank", "Er", "Siemens-Chef Roland Busch") and what they resolve to
// (Name: "Europäische Zentralbank", "Roland Busch").
type Speaker struct {
	// Span is the byte span of the local words naming the speaker in the
	// attribution ("Er", "das Unternehmen", "Siemens-Chef Roland Busch").
	parse.Span
	// Text is text[Start:End], the local words naming the speaker.
	Text string
	// Name is what Text resolves to: a person's full name ("Satya
	// Nadella"), an organization's canonical name ("Nestlé" for "das
	// Unternehmen"), or, when nothing resolves it, the phrase without its
	// article ("Sprecher", "Anwohner").
	Name string
	// Role is the person's role when the text gives one ("Finanzchefin",
	// "Sprecher"), else "".
	Role string
	// Organization is the organization the speaker belongs to or speaks for
	// ("Deutsche Bank" for "ein Sprecher der Deutschen Bank"), else "".
	Organization string
	// IsOrganization is set when the speaker is an organization or a
	// document rather than a person ("die Bundesbank", "das Ministerium").
	IsOrganization bool
	// How says how Name was found from Text: named, a pronoun, a role
	// noun, carried over from the quotation before, or a reference.
	How How
	// Entity is the recognizer's entity for the speaker when there is one
	// (nil otherwise). It is the recognizer's value: treat it as read-only.
	Entity *entity.Entity
}

// Quote is one quotation.
type Quote struct {
	// Span is the byte span of the quoted words, marks excluded; for
	// indirect speech, the reported clause.
	parse.Span
	// Text is text[Start:End].
	Text string
	// Outer is the span of the whole construction: marks and attribution.
	Outer parse.Span
	// Kind tells a direct quotation from reported (indirect) speech.
	Kind Kind
	// Speaker is who said it, nil when no speaker was found: a wrong name
	// is worse than none.
	Speaker *Speaker
}
