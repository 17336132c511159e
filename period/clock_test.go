package period_test

import "testing"

// TestFindClockWords: clock times told in words ("um acht Uhr", "um halb
// neun", "Viertel nach acht") and a part of the day after a clock time
// ("8 Uhr abends" is 20:00); not a fraction or a count ("halb zwei
// Kisten", "ein Viertel nach drei Runden", "eine Uhr").
func TestFindClockWords(t *testing.T) {
	runFind(t, []findCase{
		{"hour word and Uhr", "Die Sitzung beginnt um acht Uhr.", news,
			[]w{{"acht Uhr", "time", "2025-11-03T08:00", ""}}},
		{"hour word over twelve", "Der Laden schließt um zweiundzwanzig Uhr.", news,
			[]w{{"zweiundzwanzig Uhr", "time", "2025-11-03T22:00", ""}}},
		{"ein Uhr", "Er rief um ein Uhr an.", news,
			[]w{{"ein Uhr", "time", "2025-11-03T01:00", ""}}},
		{"gegen and evening", "Sie kam gegen zehn Uhr abends zurück.", news,
			[]w{{"gegen zehn Uhr abends", "time", "2025-11-03T22:00", "APPROX"}}},
		{"digits and evening", "Die Feier endete um 8 Uhr abends.", news,
			[]w{{"8 Uhr abends", "time", "2025-11-03T20:00", ""}}},
		{"digits and morning", "Das Werk öffnet ab 6 Uhr morgens.", news,
			[]w{{"6 Uhr morgens", "time", "2025-11-03T06:00", "ON_OR_AFTER"}}},
		{"late night", "Der Streit begann um elf Uhr nachts.", news,
			[]w{{"elf Uhr nachts", "time", "2025-11-03T23:00", ""}}},
		{"early night", "Der Alarm ging um drei Uhr nachts los.", news,
			[]w{{"drei Uhr nachts", "time", "2025-11-03T03:00", ""}}},
		{"noon", "Die Glocken läuten um zwölf Uhr mittags.", news,
			[]w{{"zwölf Uhr mittags", "time", "2025-11-03T12:00", ""}}},
		{"halb", "Die Filiale öffnet um halb neun.", news,
			[]w{{"halb neun", "time", "2025-11-03T08:30", ""}}},
		{"halb eins", "Um halb eins gingen alle essen.", news,
			[]w{{"halb eins", "time", "2025-11-03T12:30", ""}}},
		{"gegen halb", "Gegen halb elf traf der Zug ein.", news,
			[]w{{"Gegen halb elf", "time", "2025-11-03T10:30", "APPROX"}}},
		{"halb with Uhr", "Halb sieben Uhr war es, als die Schicht begann.", news,
			[]w{{"Halb sieben Uhr", "time", "2025-11-03T06:30", ""}}},
		{"Viertel nach", "Der Bus fuhr um Viertel nach acht ab.", news,
			[]w{{"Viertel nach acht", "time", "2025-11-03T08:15", ""}}},
		{"Viertel vor", "Bis Viertel vor zehn wartete die Menge.", news,
			[]w{{"Viertel vor zehn", "time", "2025-11-03T09:45", ""}}},
		{"dreiviertel", "Um dreiviertel sieben klingelte das Telefon.", news,
			[]w{{"dreiviertel sieben", "time", "2025-11-03T06:45", ""}}},
		{"halb and night", "Kurz vor halb drei nachts fiel der Strom aus.", news,
			[]w{{"halb drei nachts", "time", "2025-11-03T02:30", ""}}},
		// must not
		{"a clock", "Er kaufte eine Uhr aus Gold.", news, nil},
		{"half a count", "Sie kauften halb zwei Kisten.", news, nil},
		{"half of millions", "Er stimmte gegen halb zehn Millionen Euro.", news, nil},
		{"half without a time word", "Das Glas war halb voll, die Flasche halb leer.", news, nil},
		{"a quarter of the votes", "Ein Viertel der Stimmen ging an die Liste.", news, nil},
		{"a quarter after rounds", "Ein Viertel nach drei Runden schied aus.", news, nil},
		{"a district", "Im Viertel vor dem Bahnhof wohnen viele Studenten.", news, nil},
		{"eins as a number", "Er ist mit sich eins.", news, nil},
	})
}
