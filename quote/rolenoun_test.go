package quote

import (
	"os"
	"strings"
	"testing"
)

// roleNounRef is isRoleNoun without its filters: every ending, every
// suffix of up to maxStemSuffix bytes looked up in the lexicon.
func roleNounRef(w string) (role, fem bool) {
	if len(w) < 3 || len(w) > 60 || strings.HasSuffix(w, "halbleiter") || strings.HasSuffix(w, "Halbleiter") {
		return false, false
	}
	lx := lexicon()
	for _, end := range roleEndings {
		if !strings.HasSuffix(w, end) {
			continue
		}
		r := w[:len(w)-len(end)]
		for k := len(r) - 2; k >= 0 && len(r)-k <= maxStemSuffix; k-- {
			if k > 0 && r[k]&0xC0 == 0x80 {
				continue
			}
			if i, _ := lx.lookup(r[k:]); lx.infos[i].flags&lxRole != 0 {
				if k > 0 && r[k] >= 'A' && r[k] <= 'Z' && r[k-1] != '-' {
					continue
				}
				return true, strings.HasPrefix(end, "in") || strings.HasSuffix(r[k:], "in")
			}
		}
	}
	return false, false
}

// TestIsRoleNounFilters checks isRoleNoun against roleNounRef on every
// role stem with every ending and a few heads before it, and on the words
// of the test texts.
func TestIsRoleNounFilters(t *testing.T) {
	var words []string
	for _, st := range roleStemForms() {
		for _, end := range append(roleEndings, "x", "inx", "ä") {
			for _, head := range []string{"", "Ober", "Finanz-", "Groß", "x", "Chefanalystenteamleitungs"} {
				words = append(words, head+st+end)
			}
		}
	}
	for _, path := range []string{"../testdata/news.txt", "../../shared/corpus/news_de.txt"} {
		if data, err := os.ReadFile(path); err == nil {
			words = append(words, strings.Fields(string(data))...)
		}
	}
	for _, w := range words {
		r, f := isRoleNoun(w)
		wr, wf := roleNounRef(w)
		if r != wr || f != wf {
			t.Fatalf("isRoleNoun(%q) = %t, %t; want %t, %t", w, r, f, wr, wf)
		}
	}
}
