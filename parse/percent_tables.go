package parse

// pctDirWords are words of change, in lower case.
//
// buildPctDirWords returns the words of the table pctDirWords (generated: see the
// package's zz_generated_sets.go).
func buildPctDirWords() map[string]Direction {
	return map[string]Direction{
		// up
		"stieg": Up, "stiegen": Up, "steigt": Up, "steigen": Up, "gestiegen": Up, "angestiegen": Up,
		"ansteigen": Up, "anstieg": Up, "anstiege": Up, "anstiegs": Up, "steigende": Up, "steigenden": Up,
		"wuchs": Up, "wuchsen": Up, "wächst": Up, "wachsen": Up, "gewachsen": Up, "wachsende": Up,
		"zugelegt": Up, "zulegen": Up, "zulegte": Up, "zulegten": Up, "angezogen": Up, "anziehen": Up,
		"erhöhte": Up, "erhöhten": Up, "erhöht": Up, "erhöhung": Up, "verbesserte": Up, "verbesserten": Up,
		"verbessert": Up, "verbesserung": Up, "kletterte": Up, "kletterten": Up, "klettert": Up,
		"geklettert": Up, "sprang": Up, "sprangen": Up, "springt": Up, "gesprungen": Up, "plus": Up,
		"zuwachs": Up, "zuwächse": Up, "zuwachses": Up, "wachstum": Up, "wachstums": Up, "höher": Up,
		"höhere": Up, "höheren": Up, "höheres": Up, "höherer": Up, "steigerung": Up, "steigerte": Up,
		"steigerten": Up, "gesteigert": Up, "steigern": Up, "zunahme": Up, "zugenommen": Up, "zunehmen": Up,
		"kurssprung": Up, "erholte": Up, "erholten": Up, "erholt": Up, "verteuerte": Up, "verteuerten": Up,
		"verteuert": Up, "teurer": Up, "gewann": Up, "gewannen": Up, "gewinnt": Up, "gewonnen": Up,
		"schnellte": Up, "hochgeschnellt": Up, "aufwärts": Up, "aufgewertet": Up, "verteuerung": Up,
		"erhöhen": Up, "angehoben": Up, "anheben": Up, "anhebung": Up, "zulegt": Up,
		"anzog": Up, "anzogen": Up, "anhebt": Up, "anhob": Up, "anhoben": Up, "stärker": Up, "stärkere": Up, "stärkeren": Up, "stärkerer": Up,
		"explodierte": Up, "explodierten": Up, "explodiert": Up, "explodieren": Up, "schoss": Up, "schossen": Up,
		"steigert": Up, "verdoppelt": Up, "verdreifacht": Up, "vervielfacht": Up,
		"verdoppelte": Up, "verdoppelten": Up, "verdreifachte": Up, "verdreifachten": Up, "vervielfachte": Up, "vervielfachten": Up,
		// down
		"sank": Down, "sanken": Down, "sinkt": Down, "sinken": Down, "gesunken": Down, "sinkende": Down,
		"sinkenden": Down, "fiel": Down, "fielen": Down, "fällt": Down, "fallen": Down, "gefallen": Down,
		"fallende": Down, "fallenden": Down, "verlor": Down, "verloren": Down, "verliert": Down,
		"verlieren": Down, "nachgegeben": Down, "nachgeben": Down, "zurückgegangen": Down,
		"zurückging": Down, "zurückgingen": Down, "zurückgehen": Down, "eingebrochen": Down,
		"einbrechen": Down, "einbrach": Down, "schrumpfte": Down, "schrumpften": Down, "schrumpft": Down,
		"geschrumpft": Down, "schrumpfen": Down, "eingebüßt": Down, "einbüßte": Down, "einbüßten": Down,
		"minus": Down, "rückgang": Down, "rückgangs": Down, "rückgänge": Down, "einbruch": Down,
		"einbruchs": Down, "verlust": Down, "verluste": Down, "verlusten": Down, "niedriger": Down,
		"niedrigere": Down, "niedrigeren": Down, "abgesackt": Down, "abgerutscht": Down, "gesenkt": Down,
		"senkte": Down, "senkten": Down, "senkung": Down, "verringerte": Down, "verringerten": Down,
		"verringert": Down, "verringerung": Down, "reduzierte": Down, "reduzierten": Down, "reduziert": Down,
		"reduzierung": Down, "abnahme": Down, "abgenommen": Down, "verschlechterte": Down,
		"verschlechterten": Down, "verschlechtert": Down, "verschlechterung": Down, "verbilligte": Down,
		"verbilligten": Down, "verbilligt": Down, "billiger": Down, "tiefer": Down, "schwächer": Down,
		"geringer": Down, "stürzte": Down, "stürzten": Down, "abgestürzt": Down, "absturz": Down,
		"einbußen": Down, "einbuße": Down, "kürzte": Down, "gekürzt": Down, "kürzung": Down,
		"schrumpfung": Down, "abwärts": Down, "abgewertet": Down, "verbilligung": Down,
		"senkt": Down, "senken": Down, "einbrachen": Down, "einbricht": Down, "nachgibt": Down,
		"nachgab": Down, "nachgaben": Down, "einbräche": Down, "drosselt": Down, "drosselte": Down,
		"drosselten": Down, "gedrosselt": Down, "zurückgeht": Down, "verringern": Down, "reduzieren": Down,
		"purzelte": Down, "purzelten": Down, "gepurzelt": Down, "kollabierte": Down, "kollabierten": Down, "sackte": Down,
		"sackten": Down, "rutschte": Down, "rutschten": Down, "halbierte": Down, "halbierten": Down, "halbiert": Down,
		"kürzt": Down, "kürzen": Down, "kürzten": Down, "kappt": Down, "kappte": Down, "kappten": Down, "gekappt": Down,
		"abschlag": Down, "abschläge": Down, "abschlägen": Down, "abgeschwächt": Down, "ermäßigt": Down, "ermäßigte": Down, "ermäßigten": Down,
	}
}

// pctFwdWords are words of change only directly after the percentage:
// "5 % mehr Umsatz", "3 % weniger Kunden" ("mehr als 5 %" is a qualifier),
// "schloss 1 % fester".
//
// buildPctFwdWords returns the words of the table pctFwdWords (generated:
// see the package's zz_generated_sets.go).
func buildPctFwdWords() map[string]Direction {
	return map[string]Direction{
		"mehr": Up, "weniger": Down, "fester": Up, "leichter": Down, "größer": Up, "kleiner": Down,
		"günstiger": Down,
	}
}

// pctDirSuffixes end compound nouns of change ("Umsatzplus").
var pctDirSuffixes = [...]struct {
	suffix string
	dir    Direction
}{
	{"anstieg", Up}, {"zuwachs", Up}, {"wachstum", Up}, {"plus", Up}, {"steigerung", Up}, {"sprung", Up},
	{"rückgang", Down}, {"einbruch", Down}, {"minus", Down}, {"verlust", Down}, {"verluste", Down},
	{"abschwung", Down}, {"absturz", Down}, {"abbau", Down}, {"verfall", Down}, {"rutsch", Down},
	{"sturz", Down}, {"abschlag", Down}, {"erhöhung", Up}, {"anhebung", Up},
	{"senkung", Down}, {"kürzung", Down}, {"zunahme", Up}, {"abnahme", Down},
}

// pctSepVerbs are separable verbs of change, keyed "verb particle".
//
// buildPctSepVerbs returns the words of the table pctSepVerbs (generated: see the
// package's zz_generated_sets.go).
func buildPctSepVerbs() map[string]Direction {
	return map[string]Direction{
		"legte zu": Up, "legten zu": Up, "legt zu": Up, "legen zu": Up,
		"zog an": Up, "zogen an": Up, "zieht an": Up, "ziehen an": Up,
		"stieg an": Up, "stiegen an": Up, "steigt an": Up,
		"nahm zu": Up, "nahmen zu": Up, "nimmt zu": Up, "nehmen zu": Up,
		"hob an": Up, "hoben an": Up, "hebt an": Up,
		"schoss hoch": Up, "schossen hoch": Up, "schießt hoch": Up,
		"gab nach": Down, "gaben nach": Down, "gibt nach": Down, "geben nach": Down,
		"gab ab": Down, "gaben ab": Down, "gibt ab": Down,
		"ging zurück": Down, "gingen zurück": Down, "geht zurück": Down, "gehen zurück": Down,
		"brach ein": Down, "brachen ein": Down, "bricht ein": Down, "brechen ein": Down,
		"büßte ein": Down, "büßten ein": Down, "büßt ein": Down, "büßen ein": Down,
		"nahm ab": Down, "nahmen ab": Down, "nimmt ab": Down, "nehmen ab": Down,
		"sackte ab": Down, "sackten ab": Down, "sackt ab": Down,
		"rutschte ab": Down, "rutschten ab": Down, "rutscht ab": Down,
		"fiel zurück": Down, "fielen zurück": Down,
		"weitete aus": Up, "weiteten aus": Up, "weitet aus": Up, "weiten aus": Up, // spreads: "weiteten sich um 25 bp aus"
		"engte ein": Down, "engten ein": Down, "engt ein": Down, "engen ein": Down,
		// another verb with the particle: "fiel mit 60 % deutlich aus"
		// (ausfallen: turned out), "fiel an" (anfallen), "fällt weg", "stieg
		// bei X ein" (einsteigen): the particle takes the direction away
		"fiel aus": NoDirection, "fielen aus": NoDirection, "fällt aus": NoDirection, "fallen aus": NoDirection,
		"fiel an": NoDirection, "fielen an": NoDirection, "fällt an": NoDirection, "fallen an": NoDirection,
		"fiel weg": NoDirection, "fielen weg": NoDirection, "fällt weg": NoDirection, "fallen weg": NoDirection,
		"stieg ein": NoDirection, "stiegen ein": NoDirection, "steigt ein": NoDirection, "steigen ein": NoDirection,
	}
}
