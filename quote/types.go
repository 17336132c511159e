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
	Pronoun                    // er/sie → the last person that fits
	RoleNoun                   // "der DIW-Chef" → the person introduced with that role
	CarriedOver                // no new speaker: the last one keeps the floor
	Reference                  // "das Unternehmen", "die Notenbank" → the organization named before
)

// Speaker is who said a quote.
type Speaker struct {
	parse.Span            // the mention in the attribution ("Er", "Siemens-Chef Roland Busch")
	Text           string // text[Start:End]
	Name           string // resolved full name ("Satya Nadella") or organization name
	Role           string
	Organization   string
	IsOrganization bool
	How            How
	Entity         *entity.Entity
}

// Quote is one quotation.
type Quote struct {
	parse.Span            // the quoted words, marks excluded
	Text       string     // text[Start:End]
	Outer      parse.Span // the whole construction: marks and attribution
	Kind       Kind
	Speaker    *Speaker // nil when no speaker was found
}
