package entity

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestLoadCost measures parsing the embedded tables and building the
// matcher: the target is ≤ 20 ms and ≤ 10 MB of live heap. The time bound
// asserted is looser, for slow or shared machines.
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
	t.Logf("load: %v, %d orgs, %d words, live heap %.2f MB", took, len(ix.ents), len(ix.vocab), float64(heap)/(1<<20))
	assert.Less(t, took, 200*time.Millisecond)
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
