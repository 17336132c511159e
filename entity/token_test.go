package entity

import (
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The fast paths of the tokenizer (word info looked up while tokenizing,
// keys copied for words that are their own key, the integer table for
// short keys, sentence starts in a list) must give what the plain
// definitions give. tokenSeeds are the inputs of the tests and the seeds
// of FuzzTokenInfo.
var tokenSeeds = []string{
	"Siemens Energy legte zu, Siemens fiel.",
	"Microsofts Finanzvorstand, Amy Hood, sagte es. Die Deutsche Bank AG auch.",
	"Die Müller Logistik GmbH & Co. KG hat Insolvenz angemeldet.",
	"O'Neill und O’Brien trafen McDonald's-Chef Kempczinski.",
	"Ju\u0308rgen Mu\u0308ller, Chef der Su\u0308dzucker AG",
	"Das Bundesfinanzministerium und des Wirtschaftsministeriums Sprecher; Ministerium allein nicht.",
	"ǅemal Ǆukić traf Ljubljana und Xǅy.",
	"Der 40-jährige Altman lächelt. Altmans Plan! Wer? Dr. Meier kam (ca. 3 Mio. Euro).",
	"SAP, IBM und die EZB: Zahlen\n\nNeuer Absatz\nohne Punkt",
	"Ende ohne Leerzeichen AG",
	"\xff\xfe Siemens-\x00-Chef \u00a0Roland\u2009Busch\u0085Ende",
	"Unternehmens Jahres Konzerns Porsches Siemens' ABCs Abcs",
	"",
}

func TestTokenFlags(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want map[string]uint16 // token text → flags that must be set
		not  map[string]uint16 // token text → flags that must not be set
	}{
		{"apostrophe", "O'Neill kam", map[string]uint16{"O'Neill": fNoKey | fUpper}, map[string]uint16{"kam": fNoKey}},
		{"typographic apostrophe", "O’Brien kam", map[string]uint16{"O’Brien": fNoKey}, nil},
		{"title-case letter inside", "Xǅy", map[string]uint16{"Xǅy": fOddCase}, map[string]uint16{"Xǅy": fInnerCaps}},
		{"umlaut is not odd", "Müller", nil, map[string]uint16{"Müller": fOddCase | fInnerCaps | fNoKey}},
		{"ministry", "Bundesfinanzministerium Wirtschaftsministeriums Ministerium",
			map[string]uint16{"Bundesfinanzministerium": fMinistry, "Wirtschaftsministeriums": fMinistry},
			map[string]uint16{"Ministerium": fMinistry}},
		{"short ministry word", "Xministerium", nil, map[string]uint16{"Xministerium": fMinistry}},
		{"caps and inner caps", "SAP OpenAI", map[string]uint16{"SAP": fCaps | fInnerCaps, "OpenAI": fInnerCaps}, map[string]uint16{"OpenAI": fCaps}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.in, nil)
			byText := map[string]uint16{}
			for _, tk := range toks {
				byText[tt.in[tk.start:tk.end]] = tk.flags
			}
			for w, f := range tt.want {
				require.Contains(t, byText, w)
				assert.Equal(t, f, byText[w]&f, "%q must have flags %b", w, f)
			}
			for w, f := range tt.not {
				require.Contains(t, byText, w)
				assert.Zero(t, byText[w]&f, "%q must not have flags %b", w, f)
			}
		})
	}
}

func TestAppendFields(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Amy Hood", "Amy Hood"},
		{"runs of blanks", "  Amy \t\n Hood  ", "Amy Hood"},
		{"no-break and thin space", "Amy\u00a0Hood\u2009Jr", "Amy Hood Jr"},
		{"next line", "Amy\u0085Hood", "Amy Hood"},
		{"zero-width space is no blank", "Amy\u200bHood", "Amy\u200bHood"},
		{"invalid bytes stay", "Amy \xff Hood", "Amy \xff Hood"},
		{"empty", "", ""},
		{"only blanks", " \t ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, string(appendFields(nil, tt.in)))
			assert.Equal(t, strings.Join(strings.Fields(tt.in), " "), string(appendFields([]byte("x"), tt.in))[1:])
		})
	}
}

func TestPackKey(t *testing.T) {
	tests := []struct {
		name string
		in   string
		ok   bool
	}{
		{"two bytes", "AG", true},
		{"eight bytes", "Siemens!", true},
		{"nine bytes", "Microsoft", false},
		{"one byte", "A", false},
		{"NUL", "A\x00", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, ok := packKey(tt.in)
			require.Equal(t, tt.ok, ok)
			if ok {
				// packText reads the same key inside a longer text and at its end.
				assert.Equal(t, x, packText("  "+tt.in+" and more text", 2, len(tt.in)))
				assert.Equal(t, x, packText("  "+tt.in, 2, len(tt.in)))
			}
		})
	}
}

func TestSentenceIndex(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		sents int
	}{
		{"three sentences", "Eins zwei. Drei vier! Fünf?", 3},
		{"abbreviation", "Dr. Meier kam. Er ging.", 2},
		{"blank line", "Titel\n\nText folgt", 2},
		{"one", "kein Ende", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDocState(defaultIndex(), tt.in)
			defer d.release()
			assert.Len(t, d.notes.sents, tt.sents)
			checkSentences(t, d)
		})
	}
}

// checkSentences compares sentOf and sentBounds with a count of the
// sentence starts.
func checkSentences(t *testing.T, d *docState) {
	t.Helper()
	s := int32(-1)
	for i := range d.toks {
		if i == 0 || d.toks[i].is(fSentStart) {
			s++
		}
		require.Equal(t, s, d.sentOf(i), "sentence of token %d", i)
		a, b := d.sentBounds(s)
		require.True(t, a <= i && i <= b, "token %d in [%d, %d]", i, a, b)
	}
}

// checkTokenInfo compares the word info found while tokenizing, the keys
// and the ministry flag with their plain definitions.
func checkTokenInfo(t *testing.T, ix *index, text string) {
	t.Helper()
	d := newDocState(ix, text)
	defer d.release()
	for i := range d.toks {
		tk := &d.toks[i]
		w := d.str(i)
		// The word info, as newDocState found it before it was done while tokenizing.
		var want *wordInfo
		if ix.mayHave(w, tk.is(fCaps), tk.is(fMark)) {
			if tk.kind == tkWord && (tk.is(fCaps) || !tk.is(fInnerCaps)) && !tk.is(fMark) && isKeyForm(w) {
				want = ix.lookup(w)
			} else {
				want = ix.lookup(string(appendKey(nil, w)))
			}
		}
		if want == nil {
			require.Zero(t, tk.wi, "token %q has no word info", w)
		} else {
			require.Equal(t, *want, ix.winfo[tk.wi], "word info of %q", w)
			require.Equal(t, metaOf(ix, want), ix.wmeta[tk.wi], "word meta of %q", w)
		}
		require.Equal(t, string(appendKey(nil, w)), string(d.key(i)), "key of %q", w)
		if tk.kind == tkWord {
			require.Equal(t, !isKeyForm(w), tk.is(fNoKey), "fNoKey of %q", w)
		}
		ministry := tk.kind == tkWord && len(w) > 13 && (strings.HasSuffix(w, "ministerium") || strings.HasSuffix(w, "ministeriums"))
		require.Equal(t, ministry, d.isMinistryWord(i), "ministry word %q", w)
		if s := w; tk.kind == tkWord && len(s) >= 5 && s[len(s)-1] == 's' && !tk.is(fCaps) {
			// The genitive stem, as genitiveInfo looked it up before.
			stem := s[:len(s)-1]
			var g *wordInfo
			if tk.is(fInnerCaps) || ix.mayHave(stem, false, tk.is(fMark)) {
				g = ix.lookup(string(appendKey(nil, stem)))
			}
			if g == nil {
				require.Equal(t, int32(-1), d.genitiveInfo(i).id, "genitive of %q", w)
			} else {
				require.Equal(t, metaOf(ix, g), d.genitiveInfo(i), "genitive of %q", w)
			}
		}
	}
	checkSentences(t, d)
}

func TestTokenInfo(t *testing.T) {
	for _, ix := range []*index{defaultIndex(), testIndex()} {
		for _, s := range tokenSeeds {
			checkTokenInfo(t, ix, s)
		}
	}
}

func FuzzTokenInfo(f *testing.F) {
	for _, s := range tokenSeeds {
		f.Add(s)
	}
	ix := defaultIndex()
	f.Fuzz(func(t *testing.T, text string) {
		checkTokenInfo(t, ix, text)
	})
}

// TestAcronymAtTextStart: a definition whose "(" is the second token of the
// text (the parenthesis noted while tokenizing, found by the differential
// fuzzing of the faster tokenizer against the former one).
func TestAcronymAtTextStart(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"bank defined first", "Xylobank (XYLB) vergibt Kredite. Die XYLB zahlt.",
			[]want{{"Xylobank", "Xylobank", "bank"}, {"XYLB", "Xylobank", "bank"}, {"XYLB", "Xylobank", "bank"}}},
		// The bracket is found without a blank before it; the letters before
		// it do not fit the gazetteer's IAEA, so they are not its long form.
		{"no blank before the bracket", "I0AeA(IAEA)0",
			[]want{{"IAEA", "Internationale Atomenergiebehörde", "international_org"}}},
		{"bracket first: no long form", "(XYLB) vergibt Kredite.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "no blank before the bracket" {
				if _, ok := Lookup("Internationale Atomenergiebehörde"); !ok {
					t.Skip("gazetteer without the IAEA")
				}
			}
			assert.Equal(t, tt.want, got(t, tt.in, Find(tt.in)))
		})
	}
}

// TestFindMemory bounds the bytes Find allocates per input byte on long
// uniform inputs, where a token slice grown by a quarter at a time used to
// cost five times its final size: one punctuation token per byte (16 bytes
// a token), one per three bytes, and running text.
func TestFindMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates tens of megabytes")
	}
	tests := []struct {
		name    string
		unit    string
		perByte float64
	}{
		{"dots", ".", 18},
		{"low quotes", "\u201e", 7.5},
		// Two mentions per sentence: the results dominate (13.4 before).
		{"sentence", "Die Beispiel AG meldete am Montag einen höheren Umsatz, sagte Finanzchefin Eva Muster. ", 15},
	}
	Find("Vorlauf: Siemens AG.")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Repeat(tt.unit, (2<<20)/len(tt.unit))
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			ms := Find(text)
			runtime.ReadMemStats(&after)
			runtime.KeepAlive(ms)
			got := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(text))
			t.Logf("%.2f bytes allocated per input byte", got)
			assert.LessOrEqual(t, got, tt.perByte)
		})
	}
}

// metaOf is the compact meta of a word info: its role as 1 + its index in
// ix.roles.
func metaOf(ix *index, w *wordInfo) wordMeta {
	m := wordMeta{id: w.id, flags: w.flags, gender: w.gender}
	for i := range ix.roles {
		if &ix.roles[i] == w.role {
			m.role = uint16(i + 1)
		}
	}
	return m
}

// A word's role is kept as a 16-bit index into the role table.
func TestRoleIndexFits(t *testing.T) {
	require.Less(t, len(defaultIndex().roles), 1<<16-1)
	ix := defaultIndex()
	for k, w := range ix.winfo {
		require.Equal(t, metaOf(ix, &w), ix.wmeta[k], "word %d", k)
	}
}
