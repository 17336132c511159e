//go:build periodgen

package period

// genHashTable and genTriggers are nil when the package is built with the
// tag periodgen, as `go generate ./period/` does to write
// zz_generated_words.go again: the word table and the triggers are then
// built from the word lists (see hashTable in scan.go).
var (
	genHashTable *wordHash
	genTriggers  *triggerSet
)
