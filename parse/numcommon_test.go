package parse

import "testing"

// TestNumCommonWords checks that the index switch follows numCommonWords
// and that the table answers as the parser does.
func TestNumCommonWords(t *testing.T) {
	for k, w := range numCommonWords {
		if got := numCommonIndex([]byte(w)); got != k {
			t.Errorf("numCommonIndex(%q) = %d, want %d", w, got, k)
		}
		v, ok := numWordParse([]byte(w))
		v2, ok2 := numWordParseAll([]byte(w))
		if v != v2 || ok != ok2 {
			t.Errorf("numWordParse(%q) = %+v %v, parser gives %+v %v", w, v, ok, v2, ok2)
		}
	}
	if got := numCommonIndex([]byte("einst")); got != -1 {
		t.Errorf("numCommonIndex(einst) = %d, want -1", got)
	}
}
