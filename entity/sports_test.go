package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClubsNamedAlone: a club after a club noun and a city as the team in
// a sentence about a match, with rows that must not match.
func TestClubsNamedAlone(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"club noun and a foreign name", "Sein neuer Verein Ascoli verlor das Derby.", []want{{"Ascoli", "Ascoli", "other"}}},
		{"team noun and a sponsor name", "Er fuhr zwei Jahre für das Team Movistar und gewann eine Etappe der Tour in der Saison.", []want{{"Movistar", "Movistar", "other"}}},
		{"club noun outside sports", "Der Verein Kinderhilfe sammelt Spenden.", []want{}},
		{"club noun before a common noun", "Das Team Verantwortung übernimmt im Spiel viel.", []want{}},
		{"club noun and two sponsors", "Sie fuhr für das Team Radhaus Weber/RSV Oberdorf in der Saison.", []want{{"RSV Oberdorf", "RSV Oberdorf", "other"}}},
		{"city after gegen in a match", "Im Spiel gegen Freiburg verlor die Mannschaft 0:2.", []want{{"Freiburg", "Freiburg", "other"}}},
		{"city after a win", "Nach dem Sieg über Hamburg feierte die Mannschaft.", []want{{"Hamburg", "Hamburg", "other"}}},
		{"city after gegen outside sports", "Tausende protestierten gegen Berlin und die Regierung.", []want{}},
		{"city adjective after gegen", "Im Spiel gegen Freiburger Studenten gab es Tore.", []want{}},
		{"city after auf without a result noun", "Die Mannschaft fuhr im Spiel auf Hamburg zu.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}
