package startmem_test

import (
	"fmt"

	"github.com/finanztext/finanztext/internal/startmem"
)

// ExecutableMappings reads /proc/self/maps: the lines of the file the
// first line maps.
func ExampleExecutableMappings() {
	maps := "00400000-00662000 r-xp 00000000 fd:01 42 /usr/local/bin/finanztext\n" +
		"0090f000-00b66000 rw-p 0050f000 fd:01 42 /usr/local/bin/finanztext\n" +
		"00b66000-00ba4000 rw-p 00000000 00:00 0\n"
	for _, m := range startmem.ExecutableMappings([]byte(maps)) {
		fmt.Printf("%#x-%#x %s %d KiB\n", m.Start, m.End, m.Perms, (m.End-m.Start)>>10)
	}
	// Output:
	// 0x400000-0x662000 r-xp 2440 KiB
	// 0x90f000-0xb66000 rw-p 2396 KiB
}
