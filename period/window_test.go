package period

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// findBoth runs Find with every line read whole and with every line read
// in windows with a tiny token buffer, growing by step bytes at a time.
func findBoth(text string, ref Ref, step int) (whole, windowed []Expression) {
	wm, mt, ws := windowMin, maxWindowToks, windowStep
	defer func() { windowMin, maxWindowToks, windowStep = wm, mt, ws }()
	windowMin = 1 << 62
	whole = Find(text, ref)
	windowMin, maxWindowToks, windowStep = 0, fwdReach+backTokens+4, step
	windowed = Find(text, ref)
	return whole, windowed
}

// windowSteps are the steps the tests grow windows by: word by word, a
// few words, and the default.
var windowSteps = []int{1, 17, windowStep}

var windowRefs = []Ref{
	{},
	{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC)},
	{Date: time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC), Narrative: true},
}

// TestWindowsAgree checks that reading lines in windows around triggers
// finds exactly what reading them whole finds.
func TestWindowsAgree(t *testing.T) {
	texts := map[string]string{
		"dense": "Im Jahr 2019 stieg der Umsatz, seit Ende 2023 fällt er; im dritten Quartal 2024/25 um 3,5 Prozent, " +
			"am Montag, dem 3. März, um 14 Uhr, in den nächsten sieben Jahren und etwa Mitte des Jahres.",
		"sparse": strings.Repeat("Der Vorstand der Firma sprach lange über die Strategie, die Märkte und die Kunden. ", 40) +
			"Mehr als ein Jahr später, kurz danach, gab es jeden Montag neue Zahlen. " +
			strings.Repeat("Die Analysten blieben skeptisch, denn die Lage sei schwierig. ", 40) + "Erst im Vorjahr kam die Wende.",
		"no punctuation": strings.Repeat("der Chef und die Bank ", 300) + "etwa Ende des vergangenen Jahres " +
			strings.Repeat("die Bank und der Chef ", 300) + "im März 2025",
		"quotes and digits": strings.Repeat("„1", 2000) + " 2025 " + strings.Repeat("„", 3000) + " Mai 2024",
		"context before a match": "Thomas Mai sprach am Dienstag vergangener Woche, am 8. Mai, 23:01 Uhr, zu Mariä Empfängnis, " +
			"am Tag der Deutschen Einheit, am Heiligen Abend und in den 90ern; am 23. August und am 24. die Armee, " +
			"drei Tage später, am 10. November, vor einigen Wochen, jeden zweiten Dienstag, sonntags, zum Wochenstart.",
		"clock words": strings.Repeat("Die Bank und der Chef sprachen. ", 200) + "Um halb neun, gegen Viertel nach acht, bis " +
			"dreiviertel sieben und um zehn Uhr abends; " + strings.Repeat("der Chef und die Bank ", 200) + "um halb eins.",
		"narrative": "Am 9. Februar begann der Angriff. " + strings.Repeat("Die Truppen rückten vor. ", 300) +
			"Am 1. September 1939 folgte der nächste Schritt, zwei Tage später am selben Tag.",
	}
	for _, f := range []string{"../testdata/artikel.txt", "../testdata/news.txt"} {
		if b, err := os.ReadFile(f); err == nil {
			texts[f] = string(b)
			texts[f+" one line"] = strings.ReplaceAll(string(b), "\n", " ")
		}
	}
	for name, text := range texts {
		for _, ref := range windowRefs {
			for _, step := range windowSteps {
				t.Run(name, func(t *testing.T) {
					whole, windowed := findBoth(text, ref, step)
					require.Equal(t, whole, windowed, "step %d", step)
				})
			}
		}
	}
}

// FuzzWindows checks that windows find what whole lines find on any
// input.
func FuzzWindows(f *testing.F) {
	for _, s := range []string{
		"Am 5. März 2025 und im Vorjahr", "etwa Ende des vergangenen Jahres", "mehr als ein Jahr später",
		"kurz danach", "zu dieser Zeit", "„1„1„1 2025", "im Laufe der nächsten Jahre",
	} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, text string, rep int) {
		// at most 8 KB per input: each one runs Find 18 times, and a slow
		// input makes the fuzzer's minimization outlast a short -fuzztime
		if rep < 1 || rep > 8 || len(text) > 1<<10 {
			return
		}
		text = strings.Repeat(text+" der Bank, ", rep)
		for _, ref := range windowRefs {
			for _, step := range windowSteps {
				whole, windowed := findBoth(text, ref, step)
				require.Equal(t, whole, windowed, "step %d", step)
			}
		}
	})
}
