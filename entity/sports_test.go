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
		// A country after "gegen" is a national team, not a club; a city
		// of the place table (not by its ending) is a team.
		{"country after gegen in a match", "Im Länderspiel gegen Spanien fiel kein Tor.", []want{}},
		{"country after a win", "Nach dem 3:1-Sieg über Kroatien jubelte die Auswahl.", []want{}},
		{"listed city after gegen", "Am Freitag verlor der Tabellenführer 1:3 gegen Kassel.", []want{{"Kassel", "Kassel", "other"}}},
		{"foreign city after a defeat", "Nach der Niederlage gegen Lissabon trennte sich der Verein vom Trainer.", []want{{"Lissabon", "Lissabon", "other"}}},
		{"listed city after gegen outside sports", "Die Bürger klagten gegen Kassel wegen der Gebühren.", []want{}},
		// A name and its city in a sentence about sports are a club.
		{"name and city before a score", "Vorwärts Kassel gewann am Sonntag mit 3:1.", []want{{"Vorwärts Kassel", "Vorwärts Kassel", "other"}}},
		{"name and foreign city after a preposition", "Der Stürmer wechselt im Sommer zu Lokomotiva Tiflis.", []want{{"Lokomotiva Tiflis", "Lokomotiva Tiflis", "other"}}},
		{"two name words and a city", "Im Pokal unterlag die Mannschaft dem Roten Blitz Minsk deutlich.", []want{{"Roten Blitz Minsk", "Roten Blitz Minsk", "other"}}},
		{"hyphen name and a city", "Den Ausgleich für Rot-Blau Trier erzielte der Kapitän in der Nachspielzeit des Spiels.", []want{{"Rot-Blau Trier", "Rot-Blau Trier", "other"}}},
		{"rival noun before name and city", "Der Tabellenführer Stahl Lübeck verlor das Spiel 0:2.", []want{{"Stahl Lübeck", "Stahl Lübeck", "other"}}},
		{"descriptor and a city in a match", "Das Spiel fand in der Hauptstadt Kassel statt.", []want{}},
		{"stadium and a city", "Im Stadion Lübeck fielen drei Tore.", []want{}},
		{"country after a title", "Weltmeister Kroatien verlor das Spiel knapp.", []want{}},
		{"given name and a city in a match", "Im Spiel traf Thomas Kassel zweimal.", []want{}},
		{"name and city outside sports", "Die Ausstellung Moderne Kassel öffnet am Montag.", []want{}},
		{"name, city and another name", "Das Spiel von Vorwärts Kassel Nord endete 1:1.", []want{}},
		// A club's short name that is also a place or word counts in a
		// sentence about a match.
		{"short club name in a match", "Nach dem 0:2 wartet Gladbach seit fünf Spielen auf einen Sieg.", []want{{"Gladbach", "Borussia Mönchengladbach", "other"}}},
		{"short club name after für in a match", "Der Verteidiger spielte acht Jahre für Schalke in der Bundesliga.", []want{{"Schalke", "FC Schalke 04", "other"}}},
		{"short club name as a place", "Er wohnt seit Jahren in Gladbach und pendelt nach Köln.", []want{}},
		{"club prefix, year and the club's own place", "Das Spiel gegen die TSG 1899 Hoffenheim endete 2:2.", []want{{"TSG 1899 Hoffenheim", "TSG 1899 Hoffenheim", "other"}}},
		// After a club head, a club and its town end the name.
		{"club head, club and town, then a verb", "Der Regionalligist Viktoria Trier hat einen Torwart verpflichtet.", []want{{"Viktoria Trier", "Viktoria Trier", "other"}}},
		{"club head, compound club and town, then a bracket", "Am Samstag trifft das Team beim Oberligisten Grün-Gelb Lübeck (14 Uhr) an.", []want{{"Grün-Gelb Lübeck", "Grün-Gelb Lübeck", "other"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}
