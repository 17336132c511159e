package strtab_test

import (
	"fmt"
	"go/format"
	"strconv"
	"testing"

	"github.com/finanztext/finanztext/internal/strtab"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTable(t *testing.T) {
	tests := []struct {
		name string
		m    map[string]int
	}{
		{"nil map", nil},
		{"one key", map[string]int{"umsatz": 1}},
		{"empty key", map[string]int{"": 7, "a": 1}},
		{"only the empty key", map[string]int{"": 3}},
		{"many keys", func() map[string]int {
			m := map[string]int{}
			for i := range 1000 {
				m["wort"+strconv.Itoa(i)] = i
			}
			return m
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab := strtab.New(tt.m)
			assert.Equal(t, len(tt.m), tab.Len())
			for k, v := range tt.m {
				got, ok := tab.Get(k)
				assert.True(t, ok, k)
				assert.Equal(t, v, got, k)
				got, ok = tab.GetBytes([]byte(k))
				assert.True(t, ok, k)
				assert.Equal(t, v, got, k)
				assert.True(t, tab.Has(k), k)
			}
			seen := map[string]int{}
			for k, v := range tab.All() {
				seen[k] = v
			}
			if len(tt.m) == 0 {
				assert.Empty(t, seen)
			} else {
				assert.Equal(t, tt.m, seen)
			}
			// keys that must not match
			for _, k := range []string{"gewinn", "wort1000", "Umsatz", "umsatz ", "x"} {
				if _, in := tt.m[k]; in {
					continue
				}
				_, ok := tab.Get(k)
				assert.False(t, ok, k)
				_, ok = tab.GetBytes([]byte(k))
				assert.False(t, ok, k)
			}
			if _, in := tt.m[""]; !in {
				assert.False(t, tab.Has(""))
			}
		})
	}
}

func TestTableDeterministic(t *testing.T) {
	m := map[string]int{}
	for i := range 300 {
		m[strconv.Itoa(i*7919)] = i
	}
	a, b := strtab.New(m), strtab.New(m)
	assert.Equal(t, a, b)
}

func TestNilTable(t *testing.T) {
	var tab *strtab.Table[bool]
	_, ok := tab.Get("a")
	assert.False(t, ok)
	_, ok = tab.GetBytes(nil)
	assert.False(t, ok)
	assert.Zero(t, tab.Len())
	for range tab.All() {
		t.Fatal("a nil table has no keys")
	}
}

func TestSource(t *testing.T) {
	tab := strtab.New(map[string]int{"": 2, "umsatz": 1, "gewinn": -3})
	src := "package p\n\nvar x = " + tab.Source("int", strconv.Itoa) + "\n"
	_, err := format.Source([]byte(src))
	require.NoError(t, err, src)
	assert.Contains(t, src, `"umsatz"`)
	assert.Contains(t, src, "HasEmpty: true")
}

func ExampleTable_Get() {
	t := strtab.New(map[string]int{"umsatz": 1, "gewinn": 2})
	v, ok := t.Get("gewinn")
	fmt.Println(v, ok)
	_, ok = t.Get("kosten")
	fmt.Println(ok)
	// Output:
	// 2 true
	// false
}

var sink int

// BenchmarkGet compares a lookup in a Table with one in the map it is
// made of, over words that are in it and words that are not.
func BenchmarkGet(b *testing.B) {
	m := map[string]int{}
	for i := range 500 {
		m["wort"+strconv.Itoa(i*7)] = i
	}
	tab := strtab.New(m)
	words := make([]string, 0, 64)
	for i := range 64 {
		words = append(words, "wort"+strconv.Itoa(i*5))
	}
	b.Run("table", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				v, _ := tab.Get(w)
				sink += v
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				sink += m[w]
			}
		}
	})
}

func TestValueAndFile(t *testing.T) {
	tab := strtab.New(map[string]int{"a": 1, "bb": 2})
	tests := []struct {
		name string
		key  string
		want int
	}{
		{"present", "bb", 2},
		{"absent gives zero", "c", 0},
		{"empty key absent", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tab.Value(tt.key))
			assert.Equal(t, tt.want, tab.ValueBytes([]byte(tt.key)))
		})
	}
	var nilTab *strtab.Table[int]
	assert.Equal(t, 0, nilTab.Value("a"))

}

// TestFilterKeepsKeys checks that the filter in front of the slots never
// hides a key, however the keys share lengths and first and last bytes,
// and that absent keys stay absent, also when many goroutines make the
// filter at once.
func TestFilterKeepsKeys(t *testing.T) {
	for _, n := range []int{1, 2, 7, 64, 65, 300, 5000} {
		m := map[string]int{}
		for i := range n {
			m["k"+strconv.Itoa(i*31)+"x"] = i
		}
		tab := strtab.New(m)
		done := make(chan bool)
		for range 4 {
			go func() {
				ok := true
				for k, v := range m {
					got, has := tab.Get(k)
					gb, hasb := tab.GetBytes([]byte(k))
					ok = ok && has && got == v && hasb && gb == v
				}
				done <- ok
			}()
		}
		for range 4 {
			assert.True(t, <-done, "n=%d: every key is found", n)
		}
		for _, k := range []string{"k", "x", "kx", "k1x", "k31", "k31y", "q31x", "k" + strconv.Itoa(n*31) + "x"} {
			if _, in := m[k]; !in {
				assert.False(t, tab.Has(k), k)
				_, ok := tab.GetBytes([]byte(k))
				assert.False(t, ok, k)
			}
		}
	}
}
