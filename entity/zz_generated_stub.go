//go:build entitygen

package entity

// genIndex is empty when the package is built with the tag entitygen, as
// gen.go does to write zz_generated_index.go again: the default index is
// then built from the data files (see load_packed.go).
var genIndex packedIndex

// genRoles is the role table of genIndex.
var genRoles [0]Role

// genDescIx is nil with the tag entitygen: the description index is built
// from the tables (see descIx in reftables.go).
var genDescIx *descIndex
