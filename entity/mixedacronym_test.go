package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMixedAcronym holds the rows of mixedAcronymAt: an unknown acronym
// with small letters inside, after a definite article or contraction.
func TestMixedAcronym(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"article before a function-word letter", "Die GdK fordert mehr Personal für die Wachen.",
			[]want{{"GdK", "GdK", "other"}}},
		{"contraction", "Er engagiert sich seit Jahren beim VdS in Bremen.",
			[]want{{"VdS", "VdS", "other"}}},
		{"a syllable kept small", "Nun ermittelt die WKStB gegen den Bürgermeister.",
			[]want{{"WKStB", "WKStB", "other"}}},
		{"genitive article", "Ein Gutachten des BfZ wurde gestern veröffentlicht.", []want{{"BfZ", "BfZ", "other"}}},

		{"no article", "Mitglieder von GdK treffen sich am Abend.", []want{}},
		{"a plural of an acronym", "Die IDs der Kunden wurden gelöscht.", []want{}},
		{"camel case", "Die PlayStation verkaufte sich gut.", []want{}},
		{"two small letters together", "Die VdKom ist hier ein Tippfehler.", []want{}},
		{"a law", "Nach der StVO ist das verboten.", []want{}},
		{"before a hyphen", "Die GdK-Vorsitzende Lena Brück warnte.", []want{}},
		{"before a number", "Die HdL 7 fuhr pünktlich ab.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}

// TestBareAcronymAfterPreposition holds the rows of the bare acronym after
// "von", "bei" or "mit" in acronymOrgAt: a body named by its acronym takes
// no article there, as firms and clubs do.
func TestBareAcronymAfterPreposition(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"after bei", "Der Torwart spielte drei Jahre bei KSO und wechselte dann nach Wien.",
			[]want{{"KSO", "KSO", "other"}}},
		{"after von before a participle", "Die Studie wurde von ZLVK bezahlt.", []want{{"ZLVK", "ZLVK", "other"}}},
		{"after mit before a comma", "In Zusammenarbeit mit HKV, der Gemeinde und dem Land.",
			[]want{{"HKV", "HKV", "other"}}},

		{"a material", "Die Rohre bestehen zum Teil noch von PVC und Blei.", []want{}},
		{"a treaty", "Die Gegner von TTIP demonstrierten am Samstag.", []want{}},
		{"two letters", "Das Papier kam von ZK am Morgen.", []want{}},
		{"a name goes on", "Die Teile kommen von ZLV Logistik aus Bremen.", []want{}},
		{"a compound", "Sie sprach mit HKV-Kunden über die Preise.", []want{}},
		{"a number after it", "Er fuhr mit ICE 512 nach Hamburg.", []want{}},
		{"a name with a particle", "Das Bild stammt von Karl von BERG aus dem Jahr 1920.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}

// TestJargonAfterPreposition: illnesses and technical standards take no
// article after a preposition either; jargonAcronyms keeps them out of
// the bare acronym rule.
func TestJargonAfterPreposition(t *testing.T) {
	for _, in := range []string{
		"Sie ist an COVID erkrankt, wie bei COVID üblich.",
		"Er starb mit ALS im Alter von 60 Jahren.",
		"Viele Soldaten kämpfen mit PTBS.",
		"Der Umstieg von IPTV auf Kabel dauert.",
		"Er surft mit VPN im Netz.",
	} {
		assert.Equal(t, []want{}, orgsOf(t, in), in)
	}
}

// TestAcronymBeforeGilt: an unknown acronym with an article before "gilt"
// names a rule or a law that applies, unless "als" follows (a body "gilt
// als" something).
func TestAcronymBeforeGilt(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"gilt als", "Die GKN gilt als solide geführt.", []want{{"GKN", "GKN", "other"}}},
		{"a rule applies", "Die BVZ gilt seit Mai auch für kleine Betriebe.", []want{}},
		{"a rule applied", "Die BVZ galt damals nur für Schulen.", []want{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, orgsOf(t, tt.in))
		})
	}
}
