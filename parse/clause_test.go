package parse_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/finanztext/finanztext/parse"
)

// clauseRow names a sentence, the finite verb of one of its clauses and the
// subject that clause must have ("" for none).
type clauseRow struct {
	name, text, verb, subj string
	kind                   parse.ClauseKind
}

// clauseByVerb returns the index of the first clause whose finite verb (or,
// without one, lexical verb) is the word verb.
func clauseByVerb(d *parse.Doc, verb string) int {
	for ci, c := range d.Clauses() {
		v := c.Verb
		if v < 0 {
			v = c.Lexical
		}
		if v >= 0 && d.Word(v) == verb {
			return ci
		}
	}
	return -1
}

func runClauseRows(t *testing.T, rows []clauseRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			d := parse.Tokenize(tt.text)
			ci := clauseByVerb(d, tt.verb)
			require.GreaterOrEqual(t, ci, 0, "no clause with verb %q", tt.verb)
			c := d.Clauses()[ci]
			assert.Equal(t, tt.kind, c.Kind, "clause kind")
			got := ""
			if ch, ok := d.SubjectOf(ci); ok {
				sp := d.RangeSpan(ch.Tokens)
				got = tt.text[sp.Start:sp.End]
			}
			assert.Equal(t, tt.subj, got)
			checkClauses(t, d)
		})
	}
}

func TestClauseVerbSecond(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{"weak past", "Der Konzern senkte die Prognose.", "senkte", "Der Konzern", parse.ClauseMain},
		{"strong past", "Der Umsatz stieg um vier Prozent.", "stieg", "Der Umsatz", parse.ClauseMain},
		{"present", "Die Reederei erwartet ein schwieriges Jahr.", "erwartet", "Die Reederei", parse.ClauseMain},
		{"perfect", "Die Sparkasse hat ihre Gebühren erhöht.", "hat", "Die Sparkasse", parse.ClauseMain},
		{"modal", "Der Händler will bis Ende Juni zwanzig Filialen schließen.", "will", "Der Händler", parse.ClauseMain},
		{"future", "Die Förderbank wird neue Kredite vergeben.", "wird", "Die Förderbank", parse.ClauseMain},
		{"name", "Nestlé senkt die Prognose für das laufende Jahr.", "senkt", "Nestlé", parse.ClauseMain},
		{"role and name", "Finanzchefin Petra Lang kündigte Einsparungen an.", "kündigte", "Finanzchefin Petra Lang", parse.ClauseMain},
		{"pronoun", "Er verwies auf die schwache Konjunktur.", "verwies", "Er", parse.ClauseMain},
		{"plural", "Die Anleger verkauften ihre Papiere.", "verkauften", "Die Anleger", parse.ClauseMain},
		{"genitive inside", "Der Chef der Bahn räumte Fehler ein.", "räumte", "Der Chef", parse.ClauseMain},
		{"adjective", "Höhere Kosten belasteten das Ergebnis.", "belasteten", "Höhere Kosten", parse.ClauseMain},
		{"hyphen compound", "Der Siemens-Vorstand billigte den Plan.", "billigte", "Der Siemens-Vorstand", parse.ClauseMain},
		{"acronym", "Die EZB beließ die Zinsen unverändert.", "beließ", "Die EZB", parse.ClauseMain},
		{"English name with of", "Die Bank of England beließ den Leitzins bei 4 Prozent.", "beließ", "Die Bank of England", parse.ClauseMain},
		{"number subject", "Rund 300 Beschäftigte verlieren ihre Stelle.", "verlieren", "Rund 300 Beschäftigte", parse.ClauseMain},
		{"apposition", "Anna Berg, Chefin der Kanzlei, lehnte eine Stellungnahme ab.", "lehnte", "Anna Berg", parse.ClauseMain},
		{"relative inside", "Der Zulieferer, der in Ulm sitzt, streicht 400 Stellen.", "streicht", "Der Zulieferer", parse.ClauseMain},
		{"copula", "Die Lage ist angespannt.", "ist", "Die Lage", parse.ClauseMain},
		{"role and two-part name", "Der neue Finanzminister Karl Brenner kündigte Kürzungen an.", "kündigte", "Der neue Finanzminister Karl Brenner", parse.ClauseMain},
		{"da as adverb", "Da sank der Kurs erneut.", "sank", "der Kurs", parse.ClauseMain},
		{"extended attribute", "Gestern sagte der als Sanierer bekannte Manager ab.", "sagte", "der als Sanierer bekannte Manager", parse.ClauseMain},
		{"extended attribute with PP", "Die im Vorjahr erzielten Erlöse reichten nicht.", "reichten", "Die im Vorjahr erzielten Erlöse", parse.ClauseMain},
		{"relative pronoun is no extended attribute", "Das Werk, die im Mai höhere Preise verlangte, schloss.", "verlangte", "die", parse.ClauseRel},
	})
}

func TestClauseInverted(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{"time PP", "Am Dienstag sagte die Bank, sie sehe keine Risiken.", "sagte", "die Bank", parse.ClauseMain},
		{"adverb", "Gestern fiel der Kurs um drei Prozent.", "fiel", "der Kurs", parse.ClauseMain},
		{"fronted participle", "Bestätigt wurde die Prognose für das laufende Jahr.", "wurde", "die Prognose", parse.ClauseMain},
		{"fronted infinitive", "Senken will die Notenbank die Zinsen vorerst nicht.", "will", "die Notenbank", parse.ClauseMain},
		{"quarter", "Im zweiten Quartal sank der Gewinn deutlich.", "sank", "der Gewinn", parse.ClauseMain},
		{"laut", "Laut Mitteilung verdoppelte sich der Auftragseingang.", "verdoppelte", "der Auftragseingang", parse.ClauseMain},
		{"zufolge", "Dem Bericht zufolge plant der Versicherer einen Zukauf.", "plant", "der Versicherer", parse.ClauseMain},
		{"after quote", "„Wir sind zufrieden“, sagte Konzernchef Jan Wolff.", "sagte", "Konzernchef Jan Wolff", parse.ClauseMain},
		{"after quote pronoun", "„Das reicht nicht“, erklärte sie.", "erklärte", "sie", parse.ClauseMain},
		{"after sub clause", "Weil die Nachfrage einbrach, kürzte die Firma die Produktion.", "kürzte", "die Firma", parse.ClauseMain},
		{"reflexive skipped", "Am Abend zeigte sich der Vorstand zuversichtlich.", "zeigte", "der Vorstand", parse.ClauseMain},
		{"dative fronted", "Den Aktionären gefiel der Ausblick.", "gefiel", "der Ausblick", parse.ClauseMain},
		{"genitive PP", "Nach Angaben des Verbands stiegen die Preise.", "stiegen", "die Preise", parse.ClauseMain},
		{"auxiliary", "Seit Januar hat die Behörde drei Verfahren eröffnet.", "hat", "die Behörde", parse.ClauseMain},
		{"modal", "Künftig sollen die Kunden weniger zahlen.", "sollen", "die Kunden", parse.ClauseMain},
		{"demonstrative object", "Das teilte das Unternehmen am Freitag mit.", "teilte", "das Unternehmen", parse.ClauseMain},
		{"name after verb", "In Frankfurt eröffnete Finanzminister Klaus Ebner die Tagung.", "eröffnete", "Finanzminister Klaus Ebner", parse.ClauseMain},
		{"no subject", "Zudem wurde lange verhandelt.", "wurde", "", parse.ClauseMain},
		{"prep phrase only", "Im Jahr davor lag das Plus bei zwei Prozent.", "lag", "das Plus", parse.ClauseMain},
		{"PP chain, subjunctive", "In die Debatte um den Standort mische sich der Verband nicht ein, sagte sie.", "mische", "der Verband", parse.ClauseMain},
		{"PP chain, strong past", "Nach dem Ende der Frist entschied die Behörde anders.", "entschied", "die Behörde", parse.ClauseMain},
	})
}

func TestClauseVerbFinal(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{"weil", "Der Kurs fiel, weil die Nachfrage sank.", "sank", "die Nachfrage", parse.ClauseSub},
		{"dass", "Die Bank teilte mit, dass sie den Zins senkt.", "senkt", "sie", parse.ClauseSub},
		{"wie", "Die Inflation sei auf Kurs, wie die Notenbank am Donnerstag mitteilte.", "mitteilte", "die Notenbank", parse.ClauseSub},
		{"perfect", "Er bestätigte, dass der Konzern die Sparte verkauft hat.", "hat", "der Konzern", parse.ClauseSub},
		{"modal", "Sie warnte, dass die Firma Stellen streichen muss.", "muss", "die Firma", parse.ClauseSub},
		{"relative der", "Der Zulieferer, der in Ulm sitzt, streicht Stellen.", "sitzt", "der", parse.ClauseRel},
		{"relative object", "Die Zahlen, die der Vorstand vorlegte, überzeugten nicht.", "vorlegte", "der Vorstand", parse.ClauseRel},
		{"relative PP", "Das Werk, in dem die Firma Akkus baut, schließt.", "baut", "die Firma", parse.ClauseRel},
		{"obwohl", "Die Aktie stieg, obwohl der Gewinn schrumpfte.", "schrumpfte", "der Gewinn", parse.ClauseSub},
		{"nachdem fronted", "Nachdem die Aufsicht zugestimmt hatte, übernahm die Bank den Rivalen.", "hatte", "die Aufsicht", parse.ClauseSub},
		{"dative first", "Die Lage ist ernst, weil dem Konzern Aufträge fehlen.", "fehlen", "Aufträge", parse.ClauseSub},
		{"wenn", "Die Preise steigen, wenn das Angebot knapp bleibt.", "bleibt", "das Angebot", parse.ClauseSub},
		{"ob", "Offen ist, ob die Regierung hilft.", "hilft", "die Regierung", parse.ClauseSub},
		{"während", "Der Umsatz wuchs, während die Kosten sanken.", "sanken", "die Kosten", parse.ClauseSub},
		{"als", "Die Aktie brach ein, als der Vorstand die Zahlen vorlegte.", "vorlegte", "der Vorstand", parse.ClauseSub},
		{"object first strong subject", "Er sagte, dass die Prognose nun auch der Vorstand infrage stelle.", "stelle", "der Vorstand", parse.ClauseSub},
		{"no subject", "Er sagte, dass gestreikt wurde.", "wurde", "", parse.ClauseSub},
	})
}

func TestClauseFrontedObject(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{"plural object", "Die Vorwürfe wies der Vorstand am Abend zurück.", "wies", "der Vorstand", parse.ClauseMain},
		{"accusative masc", "Den Vorwurf wies die Bank zurück.", "wies", "die Bank", parse.ClauseMain},
		{"fem object strong subject", "Die Kritik wies der Aufsichtsrat entschieden zurück.", "wies", "der Aufsichtsrat", parse.ClauseMain},
		{"pronoun subject", "Die Zahlen kommentierte er nicht.", "kommentierte", "er", parse.ClauseMain},
		{"wir", "Diese Ziele erreichen wir.", "erreichen", "wir", parse.ClauseMain},
		{"einen", "Einen Verkauf schloss der Eigentümer aus.", "schloss", "der Eigentümer", parse.ClauseMain},
		{"neuter object", "Das Angebot lehnte der Großaktionär ab.", "lehnte", "der Großaktionär", parse.ClauseMain},
		{"diese", "Diese Pläne bestätigte er am Montag.", "bestätigte", "er", parse.ClauseMain},
		{"perfect", "Den Kaufpreis hat der Investor nicht genannt.", "hat", "der Investor", parse.ClauseMain},
		{"modal", "Die Sparte will der Konzern verkaufen.", "will", "der Konzern", parse.ClauseMain},
		{"dem", "Dem Plan stimmte der Betriebsrat zu.", "stimmte", "der Betriebsrat", parse.ClauseMain},
		{"not fronted fem dative", "Die Bank gab der Regierung die Schuld.", "gab", "Die Bank", parse.ClauseMain},
		{"not fronted subject first", "Der Vorstand wies die Vorwürfe zurück.", "wies", "Der Vorstand", parse.ClauseMain},
		{"not fronted plural subject", "Die Anleger verkauften die Aktie.", "verkauften", "Die Anleger", parse.ClauseMain},
		{"not fronted dative object", "Die Firma schickte dem Kunden eine Rechnung.", "schickte", "Die Firma", parse.ClauseMain},
		{"plural verb rules out", "Die Kunden enttäuschte das Angebot.", "enttäuschte", "Die Kunden", parse.ClauseMain},
		{"demonstrative", "Dies bestätigte der Sprecher.", "bestätigte", "der Sprecher", parse.ClauseMain},
	})
}

func TestClauseCoordination(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{"second subject", "Der Umsatz stieg und der Gewinn sank.", "sank", "der Gewinn", parse.ClauseMain},
		{"shared subject", "Der Konzern senkte die Kosten und hob die Prognose an.", "hob", "Der Konzern", parse.ClauseMain},
		{"aber", "Die Erlöse wuchsen, aber die Marge schrumpfte.", "schrumpfte", "die Marge", parse.ClauseMain},
		{"oder", "Die Bank verkauft die Sparte oder sie schließt das Geschäft.", "schließt", "sie", parse.ClauseMain},
		{"sondern", "Der Händler schloss keine Filialen, sondern er eröffnete neue.", "eröffnete", "er", parse.ClauseMain},
		{"noun list no split", "Umsatz und Gewinn stiegen kräftig.", "stiegen", "Umsatz", parse.ClauseMain},
		{"noun list after verb", "Der Konzern steigerte Umsatz und Gewinn.", "steigerte", "Der Konzern", parse.ClauseMain},
		{"comma list", "Der Umsatz, das Ergebnis und die Marge verbesserten sich.", "verbesserten", "Der Umsatz", parse.ClauseMain},
		{"shared with perfect", "Die Firma hat die Preise erhöht und die Kosten gesenkt.", "gesenkt", "Die Firma", parse.ClauseMain},
		{"inverted second", "Der Absatz brach ein und im Mai sank auch der Umsatz.", "sank", "der Umsatz", parse.ClauseMain},
		{"coordinated sub", "Er sagte, dass der Umsatz sank und die Kosten stiegen.", "stiegen", "die Kosten", parse.ClauseSub},
		{"first of coordination", "Der Umsatz stieg und der Gewinn sank.", "stieg", "Der Umsatz", parse.ClauseMain},
		{"und then quote verb", "Die Aktie fiel, und Analysten senkten ihre Ziele.", "senkten", "Analysten", parse.ClauseMain},
		{"shared pronoun", "Sie kaufte Aktien und verkaufte Anleihen.", "verkaufte", "Sie", parse.ClauseMain},
		{"doch", "Die Erwartungen waren hoch, doch der Konzern enttäuschte.", "enttäuschte", "der Konzern", parse.ClauseMain},
		{"plural coordinated subject", "Die Bank und die Post stiegen.", "stiegen", "Die Bank", parse.ClauseMain},
	})
}

// TestClauseCoordStartOnly: doch, denn, noch, weder and sowohl coordinate
// clauses only where a clause starts; inside one they are adverbs or the
// parts of a pair, and the clause keeps its participle or infinitive.
func TestClauseCoordStartOnly(t *testing.T) {
	for _, tt := range []struct {
		name, text, verb, lexical string
		clauses                   int
	}{
		{"noch before object", "Die Bank hatte noch einen Verlust ausgewiesen.", "hatte", "ausgewiesen", 1},
		{"noch inverted", "Im Vorjahr hatte die Reederei noch rote Zahlen geschrieben.", "hatte", "geschrieben", 1},
		{"noch keinen", "Der Versicherer hat noch keinen Gewinn erzielt.", "hat", "erzielt", 1},
		{"noch with modal", "Die Post will noch in diesem Jahr neue Filialen eröffnen.", "will", "eröffnen", 1},
		{"doch as adverb", "Der Vorstand hat die Zahlen doch noch vorgelegt.", "hat", "vorgelegt", 1},
		{"denn auch as particle", "Die Nachfrage ist denn auch deutlich gesunken.", "ist", "gesunken", 1},
		{"weder noch of phrases", "Weder die Bank noch die Aufsicht haben den Fehler bemerkt.", "haben", "bemerkt", 1},
		{"sowohl als auch", "Der Händler hat sowohl die Preise als auch die Löhne erhöht.", "hat", "erhöht", 1},
		// must still split: the coordinator opens a clause
		{"doch after comma", "Der Umsatz stieg, doch der Gewinn ist gesunken.", "ist", "gesunken", 2},
		{"denn after comma", "Die Aktie fiel, denn die Bank hat die Prognose gesenkt.", "hat", "gesenkt", 2},
		{"und still splits", "Der Umsatz stieg und der Gewinn ist gesunken.", "ist", "gesunken", 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := parse.Tokenize(tt.text)
			ci := clauseByVerb(d, tt.verb)
			require.GreaterOrEqual(t, ci, 0, "no clause with verb %q", tt.verb)
			c := d.Clauses()[ci]
			require.GreaterOrEqual(t, c.Lexical, 0, "no lexical verb")
			assert.Equal(t, tt.lexical, d.Word(c.Lexical))
			assert.Len(t, d.Clauses(), tt.clauses)
			checkClauses(t, d)
		})
	}
}

// TestClauseRelativeCoordinated: a relative or subordinate clause whose
// second part a coordinator opens ("der in Ulm sitzt und … beschäftigt")
// is embedded as a whole; the main clause goes on after it.
func TestClauseRelativeCoordinated(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{"relative with und", "Der Konzern, der in München sitzt und 10.000 Mitarbeiter beschäftigt, wächst.", "wächst", "Der Konzern", parse.ClauseMain},
		{"relative with und, particle", "Die Bank, die im Mai Zahlen vorlegte und einen Gewinn meldete, hob die Prognose an.", "hob", "Die Bank", parse.ClauseMain},
		{"two relative pronouns", "Der Händler, dessen Umsatz sank und dessen Marge schrumpfte, schließt Filialen.", "schließt", "Der Händler", parse.ClauseMain},
		{"relative with oder", "Eine Firma, die wächst oder schrumpft, braucht Kapital.", "braucht", "Eine Firma", parse.ClauseMain},
		{"subordinate with und", "Der Kurs, weil die Zinsen stiegen und der Dollar fiel, gab nach.", "gab", "Der Kurs", parse.ClauseMain},
		// must not join: the coordinator follows the main clause
		{"und after the main clause", "Die Aktie, die zuletzt fiel, erholte sich, und die Anleger kauften nach.", "kauften", "die Anleger", parse.ClauseMain},
		{"relative keeps its verb", "Der Konzern, der in München sitzt und 10.000 Mitarbeiter beschäftigt, wächst.", "sitzt", "der", parse.ClauseRel},
	})
}

func TestClauseBounds(t *testing.T) {
	text := "Die Marge lag bei 6,6 (Vorjahr: 5,4) Prozent. Er nannte die Lage „schwierig“ und ging."
	d := parse.Tokenize(text)
	checkClauses(t, d)
	prozent := -1
	for i := range d.Tokens {
		if d.Word(i) == "Prozent" {
			prozent = i
		}
	}
	require.GreaterOrEqual(t, prozent, 0)
	c := d.ClauseOf(prozent)
	require.GreaterOrEqual(t, c, 0)
	cl := d.Clauses()[c]
	assert.Equal(t, "lag", d.Word(cl.Verb), "the bracket does not end the clause")
	vj := d.ClauseOf(d.TokenAt(len("Die Marge lag bei 6,6 (")))
	assert.Equal(t, c, d.Clauses()[vj].Parent, "the bracket clause is embedded")
	// the chunks of the clause, without those of the bracket
	var heads []string
	for k := range d.ClauseChunks(c) {
		heads = append(heads, d.Word(d.Chunks()[k].Head))
	}
	assert.Equal(t, []string{"Marge", "6,6", "Prozent"}, heads)
	assert.Equal(t, -1, d.ClauseOf(-1))
	assert.Equal(t, -1, d.ClauseOf(len(d.Tokens)))
	_, ok := d.SubjectOf(99)
	assert.False(t, ok)
}

func TestClauseParticleAndLexical(t *testing.T) {
	tests := []struct{ name, text, verb, lexical, particle string }{
		{"particle", "Die Aktie legte am Morgen um zwei Prozent zu.", "legte", "legte", "zu"},
		{"zurück", "Der Vorstand wies die Vorwürfe zurück.", "wies", "wies", "zurück"},
		{"perfect", "Die Notenbank hat den Leitzins um einen halben Prozentpunkt auf 4,5 Prozent gesenkt.", "hat", "gesenkt", ""},
		{"modal infinitive", "Die Firma will die Kosten senken.", "will", "senken", ""},
		{"preposition with noun is no particle", "Der Kurs stieg auf 20 Euro.", "stieg", "stieg", ""},
		{"subordinate", "Er sagte, dass die Bank den Zins gesenkt hat.", "hat", "gesenkt", ""},
		{"weg", "Bis Ende 2026 fallen in der Verwaltung 800 Stellen weg.", "fallen", "fallen", "weg"},
		{"hervor", "Das geht aus dem Halbjahresbericht des Versicherers hervor.", "geht", "geht", "hervor"},
		{"heran", "Die Bank tastet sich vorsichtig an die Gewinnzone heran.", "tastet", "tastet", "heran"},
		{"entgegen", "Die Ministerin nahm die Unterschriften am Freitag entgegen.", "nahm", "nahm", "entgegen"},
		{"hinein", "Der Fonds steckt weitere 40 Millionen Euro hinein.", "steckt", "steckt", "hinein"},
		{"weg is no particle before a noun", "Der Weg zur Einigung ist weit.", "ist", "ist", ""},
		{"fronted participle", "Bestätigt wurde die Prognose für das laufende Jahr.", "wurde", "Bestätigt", ""},
		{"fronted participle, passive present", "Erwartet wird ein Umsatz von zehn Milliarden Euro.", "wird", "Erwartet", ""},
		{"fronted infinitive", "Senken will die Notenbank die Zinsen vorerst nicht.", "will", "Senken", ""},
		{"noun before auxiliary is no fronted verb", "Gebühren haben sich zuletzt verdoppelt.", "haben", "verdoppelt", ""},
		{"court before auxiliary", "Gericht hat die Klage abgewiesen.", "hat", "abgewiesen", ""},
		{"verb first without auxiliary stays", "Sinkt die Nachfrage, wird die Produktion gedrosselt.", "Sinkt", "Sinkt", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parse.Tokenize(tt.text)
			ci := clauseByVerb(d, tt.verb)
			require.GreaterOrEqual(t, ci, 0)
			c := d.Clauses()[ci]
			assert.Equal(t, tt.lexical, d.Word(c.Lexical))
			got := ""
			if c.Particle >= 0 {
				got = d.Word(c.Particle)
			}
			assert.Equal(t, tt.particle, got)
		})
	}
}

// checkClauses asserts the invariants of the clause layer: chunks and
// clauses in bounds and ordered, chunks inside their clause, verbs and
// subjects inside their clause, parents before children.
func checkClauses(t testing.TB, d *parse.Doc) {
	t.Helper()
	n := len(d.Tokens)
	chunks, clauses := d.Chunks(), d.Clauses()
	prev := 0
	for k, ch := range chunks {
		if ch.Tokens.Start < prev || ch.Tokens.End <= ch.Tokens.Start || ch.Tokens.End > n {
			t.Fatalf("chunk %d %v out of order or bounds", k, ch.Tokens)
		}
		prev = ch.Tokens.End
		if ch.Head >= 0 && !ch.Tokens.Contains(ch.Head) {
			t.Fatalf("chunk %d head %d outside", k, ch.Head)
		}
		if ch.Clause < 0 || ch.Clause >= len(clauses) || !clauses[ch.Clause].Tokens.Contains(ch.Tokens.Start) {
			t.Fatalf("chunk %d not inside its clause %d", k, ch.Clause)
		}
	}
	for ci, c := range clauses {
		if c.Tokens.Start < 0 || c.Tokens.End > n || c.Tokens.End <= c.Tokens.Start {
			t.Fatalf("clause %d tokens %v out of bounds", ci, c.Tokens)
		}
		if c.Parent >= ci || c.Parent < -1 {
			t.Fatalf("clause %d parent %d", ci, c.Parent)
		}
		if c.Parent >= 0 && !(clauses[c.Parent].Tokens.Start <= c.Tokens.Start && c.Tokens.End <= clauses[c.Parent].Tokens.End) {
			t.Fatalf("clause %d %v not nested in parent %v", ci, c.Tokens, clauses[c.Parent].Tokens)
		}
		if c.Verb >= 0 && d.ClauseOf(c.Verb) != ci {
			t.Fatalf("clause %d verb outside", ci)
		}
		if c.Subject >= len(chunks) || (c.Subject >= 0 && !c.SubjectShared && chunks[c.Subject].Clause != ci) {
			t.Fatalf("clause %d subject %d not its own", ci, c.Subject)
		}
		if c.Chunks.Start < 0 || c.Chunks.End < c.Chunks.Start || c.Chunks.End > len(chunks) {
			t.Fatalf("clause %d chunks %v", ci, c.Chunks)
		}
	}
	for i := range d.Tokens {
		c := d.ClauseOf(i)
		if c >= 0 && !clauses[c].Tokens.Contains(i) {
			t.Fatalf("token %d outside its clause %d", i, c)
		}
	}
}

func TestReadings(t *testing.T) {
	d := parse.Tokenize("Der Konzern hob den Ausblick an.")
	ch := d.Chunks()
	require.Len(t, ch, 2)
	assert.Equal(t, "Der Konzern", d.RangeText(ch[0].Tokens))
	assert.Equal(t, "nom.m dat.f gen.f gen.pl", ch[0].Readings.String())
	assert.True(t, ch[0].Readings.Has(parse.ReadNom))
	assert.False(t, ch[0].Readings.Only(parse.ReadNom))
	assert.Equal(t, "acc.m dat.pl", ch[1].Readings.String())
	assert.False(t, ch[1].Readings.Has(parse.ReadNom))
	var unknown parse.Readings
	assert.True(t, unknown.Has(parse.ReadNom), "unknown readings allow every case")
	assert.False(t, unknown.Only(parse.ReadNom))
	assert.Equal(t, "", unknown.String())
	assert.Equal(t, "", d.RangeText(parse.Range{Start: 5, End: 2}))
}
