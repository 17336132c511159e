package entity

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestLoadCost checks the live heap of the parsed tables and the matcher
// (≤ 10 MB) and logs the load time; the time target (≤ 20 ms) is measured
// by BenchmarkLoad, not asserted here, since wall time depends on the machine.
func TestLoadCost(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	tb := &tables{}
	tb.orgs, _ = parseOrgs(readData("orgs.tsv"))
	tb.given, _ = parseGiven(readData("given_names.tsv"))
	tb.roles, _ = parseRoles(readData("roles.tsv"))
	tb.nonOrg, _ = parseNonOrgs(readData("nonorgs.tsv"))
	ix := buildIndex(tb, true, nil)
	took := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("load: %v, %d orgs, %d words, live heap %.2f MB", took, len(ix.ents), len(ix.keys), float64(heap)/(1<<20))
	assert.Less(t, heap, int64(10<<20))
	runtime.KeepAlive(ix)
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		tb := &tables{}
		tb.orgs, _ = parseOrgs(readData("orgs.tsv"))
		tb.given, _ = parseGiven(readData("given_names.tsv"))
		tb.roles, _ = parseRoles(readData("roles.tsv"))
		tb.nonOrg, _ = parseNonOrgs(readData("nonorgs.tsv"))
		_ = buildIndex(tb, true, nil)
	}
}

// BenchmarkLoadPacked measures what the first use of the default index
// costs: unpacking the generated data (compare with BenchmarkLoad, which
// builds the index from the data files as WithEntities does).
func BenchmarkLoadPacked(b *testing.B) {
	if len(genIndex.vtab.keys) == 0 {
		b.Skip("built with the tag entitygen")
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = genIndex.unpack()
	}
}
