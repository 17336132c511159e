package entity_test

// Adversarial inputs for the entity recognizer: huge digit runs, unbalanced
// and nested quote marks, a million scale words, invalid UTF-8, NUL bytes,
// every Unicode space and dash, NFD and CRLF text. Each case must finish,
// keep the span invariant and stay within a bounded amount of memory.
// Cases of several megabytes are skipped with -short; with -short every
// case is cut to advtest.SmallCap bytes, under -race to advtest.RaceCap bytes.

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/finanztext/finanztext/internal/advtest"

	"github.com/finanztext/finanztext/entity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// advKnownBugs lists the tests of this file that find a bug not yet fixed.
var advKnownBugs = map[string]string{}

// advCheckMentions asserts the span invariant, order, disjointness and the
// presence of an entity for every mention.
func advCheckMentions(t *testing.T, text string, ms []entity.Mention) {
	t.Helper()
	prev := 0
	valid := utf8.ValidString(text)
	for i, m := range ms {
		require.True(t, prev <= m.Start && m.Start < m.End && m.End <= len(text),
			"mention %d: span [%d,%d) after %d (len %d)", i, m.Start, m.End, prev, len(text))
		require.Equal(t, text[m.Start:m.End], m.Text, "mention %d", i)
		require.NotNil(t, m.Entity, "mention %d %q has no entity", i, m.Text)
		require.NotEmpty(t, m.Entity.Name, "mention %d %q has no name", i, m.Text)
		require.True(t, m.Kind == entity.Organization || m.Kind == entity.Person, "mention %d: kind %d", i, m.Kind)
		if valid {
			require.True(t, utf8.ValidString(m.Text), "mention %d splits a rune: %q", i, m.Text)
		}
		prev = m.End
	}
}

// advMentionSig describes mentions by kind, canonical name, role and
// organization, with every text in NFC.
func advMentionSig(ms []entity.Mention) []string {
	var out []string
	for _, m := range ms {
		name := ""
		if m.Entity != nil {
			name = m.Entity.Name
		}
		out = append(out, fmt.Sprintf("%s|%d|%s|%s|%s|%d", norm.NFC.String(m.Text), m.Kind, name, m.Role, m.Organization, m.Gender))
	}
	return out
}

func TestAdversarialFind(t *testing.T) {
	r := entity.NewRecognizer()
	for _, c := range advtest.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			n, ok := advtest.Size(c)
			if !ok {
				t.Skip("multi-megabyte input: skipped with -short")
			}
			text := c.Build(n)
			got, grew := advtest.Run(t, len(text), func() []entity.Mention { return entity.Find(text) })
			advtest.Mem(t, grew, len(text), 96, len(got))
			advCheckMentions(t, text, got)
			if c.Quiet {
				assert.Empty(t, got)
			}
			// FindDoc of a recognizer of its own finds the same.
			doc, _ := advtest.Run(t, len(text), func() *entity.Doc { return r.FindDoc(text) })
			advtest.SameSig(t, "FindDoc", advMentionSig(got), advMentionSig(doc.Mentions))
		})
	}
}

// TestAdversarialSpaces puts every Unicode space between the words of
// names and around them.
func TestAdversarialSpaces(t *testing.T) {
	for _, sp := range advtest.Spaces {
		s := string(sp)
		t.Run(fmt.Sprintf("U+%04X", sp), func(t *testing.T) {
			tests := []struct {
				name, in, text, entity string
				kind                   entity.MentionKind
			}{
				{"two-word organization", "Die" + s + "Deutsche" + s + "Bank" + s + "meldete Gewinne.", "Deutsche" + s + "Bank", "Deutsche Bank", entity.Organization},
				{"one-word organization", "Der Konzern" + s + "Siemens" + s + "baut Stellen ab.", "Siemens", "Siemens", entity.Organization},
				{"person after role", "Finanzvorstand" + s + "Jürgen" + s + "Kessler" + s + "sprach von Disziplin.", "Jürgen" + s + "Kessler", "Jürgen Kessler", entity.Person},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					advtest.SkipKnownBug(t, advKnownBugs)
					got := entity.Find(tt.in)
					advCheckMentions(t, tt.in, got)
					require.Len(t, got, 1, "mentions %v", advMentionSig(got))
					assert.Equal(t, tt.text, got[0].Text)
					assert.Equal(t, tt.entity, got[0].Entity.Name)
					assert.Equal(t, tt.kind, got[0].Kind)
				})
			}
		})
	}
}

// TestAdversarialDashes puts every dash next to names: as a separator in
// the sentence, and (for the two hyphens) inside a compound such as
// "Siemens-Chef".
func TestAdversarialDashes(t *testing.T) {
	for _, d := range advtest.Dashes {
		s := string(d)
		t.Run(fmt.Sprintf("U+%04X", d), func(t *testing.T) {
			t.Run("separator", func(t *testing.T) {
				advtest.SkipKnownBug(t, advKnownBugs)
				in := "Der Konzern Siemens " + s + " größter Arbeitgeber der Stadt " + s + " stellt ein."
				got := entity.Find(in)
				advCheckMentions(t, in, got)
				require.Len(t, got, 1, "mentions %v", advMentionSig(got))
				assert.Equal(t, "Siemens", got[0].Text)
				assert.Equal(t, "Siemens", got[0].Entity.Name)
			})
			t.Run("person between dashes", func(t *testing.T) {
				advtest.SkipKnownBug(t, advKnownBugs)
				in := "Die Chefin " + s + " Katrin Albers " + s + " blieb gelassen."
				got := entity.Find(in)
				advCheckMentions(t, in, got)
				require.Len(t, got, 1, "mentions %v", advMentionSig(got))
				assert.Equal(t, "Katrin Albers", got[0].Text)
				assert.Equal(t, entity.Person, got[0].Kind)
			})
			if d != '‐' && d != '‑' {
				return
			}
			t.Run("hyphen compound", func(t *testing.T) {
				advtest.SkipKnownBug(t, advKnownBugs)
				in := "Der Siemens" + s + "Chef Roland Busch sprach."
				got := entity.Find(in)
				advCheckMentions(t, in, got)
				sig := advMentionSig(got)
				require.Len(t, got, 2, "mentions %v", sig)
				assert.Equal(t, "Siemens", got[0].Entity.Name, "mentions %v", sig)
				assert.Equal(t, "Roland Busch", got[1].Entity.Name, "mentions %v", sig)
			})
		})
	}
}

// advNFCTexts are sentences whose mentions have letters with umlauts in
// the names, in role words or around them.
var advNFCTexts = []struct{ name, in string }{
	{"organization with umlaut", "Der Zulieferer Dürr und der Zuckerkonzern Südzucker legten zu."},
	{"given name with umlaut", "Geschäftsführerin Bärbel Hollstein kündigte Zukäufe an. Hollstein blieb vage."},
	{"surname with umlaut", "Der Vorstandschef Jörg Müller-Lüdenscheidt sprach von Wachstum."},
	{"bank with umlaut", "Die Kreissparkasse Köln und Julius Bär vergaben mehr Kredite."},
	{"genitive", "Würths Umsatz stieg, Ströers Gewinn sank."},
}

// TestAdversarialNFD checks that text in NFD gives the mentions of the same
// text in NFC, with spans into the NFD text.
func TestAdversarialNFD(t *testing.T) {
	cases := append([]struct{ name, in string }{}, advNFCTexts...)
	cases = append(cases, struct{ name, in string }{"news", advtest.News()})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			nfc := norm.NFC.String(c.in)
			nfd := norm.NFD.String(nfc)
			require.NotEqual(t, nfc, nfd, "the case has no decomposable letter")
			want, got := entity.Find(nfc), entity.Find(nfd)
			advCheckMentions(t, nfd, got)
			require.NotEmpty(t, want)
			advtest.SameSig(t, "mentions", advMentionSig(want), advMentionSig(got))
		})
	}
}

// TestAdversarialCRLF checks that CRLF line endings give the mentions of
// the same text with LF, with spans into the CRLF text.
func TestAdversarialCRLF(t *testing.T) {
	cases := []struct{ name, in string }{
		{"name across a line break", "Der Chef der Deutsche\nBank, Jürgen Kessler,\nsprach.\nKessler blieb.\n"},
		{"headline and body", "Siemens baut um\n\nDie Siemens AG baut um. Siemens-Chef Roland Busch sprach.\n"},
		{"news", advtest.News()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			lf := c.in
			crlf := strings.ReplaceAll(lf, "\n", "\r\n")
			want, got := entity.Find(lf), entity.Find(crlf)
			advCheckMentions(t, crlf, got)
			require.NotEmpty(t, want)
			sig := advMentionSig(got)
			for i := range sig {
				sig[i] = strings.ReplaceAll(sig[i], "\r\n", "\n")
			}
			advtest.SameSig(t, "mentions", advMentionSig(want), sig)
		})
	}
}

// advOptionsCap is the input size for the tests of options and hostile
// configurations, which run every input several times.
const advOptionsCap = 16 << 10

// advHostileEntities are gazetteer entries a caller might pass by
// mistake or on purpose: empty and blank names, one letter, a legal form,
// a common word, marks, NUL, invalid UTF-8, a huge name, a "?" alone,
// duplicates of built-in names, aliases of every kind.
func advHostileEntities() []entity.Entity {
	return []entity.Entity{
		{Name: ""},
		{Name: "   ", Aliases: []string{"", " ", "\t\n"}},
		{Name: "a", Aliases: []string{"e", "s"}},
		{Name: "AG", Aliases: []string{"GmbH", "& Co. KG"}},
		{Name: "Der", Aliases: []string{"die", "Euro", "sagte"}},
		{Name: "„", Aliases: []string{"“", "»«", "\""}},
		{Name: "Null\x00Bank", Aliases: []string{"\x00"}},
		{Name: "Kaputt\xffWerke", Aliases: []string{"\xc3", "\xe2\x80"}},
		{Name: strings.Repeat("Langname ", 2000)},
		{Name: "?", Aliases: []string{"??", "?Siemens", "?"}},
		{Name: "Siemens", Type: entity.Bank, Aliases: []string{"Deutsche Bank"}},
		{Name: "Mu\u0308ller Gruppe", Aliases: []string{"Müller Gruppe"}},
		{Name: "1234", Aliases: []string{"3,5 Mrd.", "100 %"}},
		{Name: "Hans Meier", Type: entity.PersonType},
		{Name: "Kessler Logistik", Type: entity.Type(200), Parent: "Kessler Logistik"},
	}
}

// TestAdversarialGazetteer builds recognizers from hostile gazetteer
// entries and runs them over the adversarial inputs (at most advOptionsCap
// bytes each): building must not fail and every mention must keep the
// invariants.
func TestAdversarialGazetteer(t *testing.T) {
	var recognizers []*entity.Recognizer
	built, _ := advtest.Run(t, 0, func() []*entity.Recognizer {
		return []*entity.Recognizer{
			entity.NewRecognizer(entity.WithEntities(advHostileEntities()...)),
			entity.NewRecognizer(entity.WithoutBuiltins(), entity.WithEntities(advHostileEntities()...)),
			entity.NewRecognizer(entity.WithoutBuiltins()),
		}
	})
	recognizers = append(recognizers, built...)
	for _, c := range advtest.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			advtest.SkipKnownBug(t, advKnownBugs)
			text := c.Build(min(c.Size, advOptionsCap))
			for i, r := range recognizers {
				got, _ := advtest.Run(t, len(text), func() []entity.Mention { return r.Find(text) })
				advCheckMentions(t, text, got)
				if c.Quiet && i == 2 {
					assert.Empty(t, got)
				}
			}
		})
	}
}
