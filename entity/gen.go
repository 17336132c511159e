//go:build ignore

// gen writes zz_generated_index.go, the built-in gazetteer index as Go
// data, from data/*.tsv and the word tables of the rules. Run it with
//
//	go generate ./entity/
//
// after changing a data file or a word table; TestGeneratedIndex fails
// while the file is stale. The package is built with the tag entitygen,
// which leaves the generated file out, so that a file that no longer
// compiles can be written again. The writer is indexSource in
// load_gen_test.go: it reads the index that buildIndex builds.
package main

import (
	"log"
	"os"
	"os/exec"
)

func main() {
	cmd := exec.Command("go", "test", "-tags", "entitygen", "-count", "1",
		"-run", "^TestGeneratedIndex$", ".", "-args", "-write-index")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		log.Fatalf("gen: %v", err)
	}
}
