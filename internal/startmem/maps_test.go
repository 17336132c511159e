package startmem_test

import (
	"strings"
	"testing"

	"github.com/finanztext/finanztext/internal/startmem"
	"github.com/stretchr/testify/assert"
)

func TestExecutableMappings(t *testing.T) {
	const exe = "/opt/tools/finanztext"
	tests := []struct {
		name string
		maps string
		want []startmem.Mapping
	}{
		{
			name: "a Go command",
			maps: "00400000-00662000 r-xp 00000000 fd:01 42   " + exe + "\n" +
				"00662000-0090f000 r--p 00262000 fd:01 42   " + exe + "\n" +
				"0090f000-00b66000 rw-p 0050f000 fd:01 42   " + exe + "\n" +
				"00b66000-00ba4000 rw-p 00000000 00:00 0 \n" +
				"c000000000-c004000000 rw-p 00000000 00:00 0 \n" +
				"7ffd1c3de000-7ffd1c3ff000 rw-p 00000000 00:00 0                          [stack]\n",
			want: []startmem.Mapping{
				{Start: 0x400000, End: 0x662000, Perms: "r-xp", Path: exe},
				{Start: 0x662000, End: 0x90f000, Perms: "r--p", Path: exe},
				{Start: 0x90f000, End: 0xb66000, Perms: "rw-p", Path: exe},
			},
		},
		{
			name: "a path with spaces, no final newline",
			maps: "00400000-00500000 r-xp 00000000 fd:01 7 /tmp/my tools/ft\n" +
				"00500000-00600000 rw-p 00100000 fd:01 7 /tmp/my tools/ft",
			want: []startmem.Mapping{
				{Start: 0x400000, End: 0x500000, Perms: "r-xp", Path: "/tmp/my tools/ft"},
				{Start: 0x500000, End: 0x600000, Perms: "rw-p", Path: "/tmp/my tools/ft"},
			},
		},
		{
			name: "a deleted executable keeps its marked path",
			maps: "00400000-00500000 r-xp 00000000 fd:01 7 /tmp/ft (deleted)\n" +
				"00500000-00600000 r-xp 00000000 fd:01 8 /tmp/ft\n",
			want: []startmem.Mapping{
				{Start: 0x400000, End: 0x500000, Perms: "r-xp", Path: "/tmp/ft (deleted)"},
			},
		},
		{
			name: "the first line anonymous: no executable",
			maps: "00400000-00500000 rw-p 00000000 00:00 0\n" +
				"00500000-00600000 r-xp 00000000 fd:01 8 /tmp/ft\n",
		},
		{
			name: "malformed lines are skipped",
			maps: "garbage\n" +
				"00400000 r-xp 00000000 fd:01 7 /x\n" + // no range
				"00500000-00400000 r-xp 00000000 fd:01 7 /x\n" + // inverted
				"0040g000-00500000 r-xp 00000000 fd:01 7 /x\n" + // not hex
				"00400000-00500000 r-x 00000000 fd:01 7 /x\n" + // three letters
				"00400000-00500000 r-xp 00000000\n" + // fields missing
				"10000000000000000-10000000000000001 r-xp 0 fd:01 7 /x\n" + // 17 digits
				"00400000-00500000 r-xp 00000000 fd:01 7 /x\n",
			want: []startmem.Mapping{
				{Start: 0x400000, End: 0x500000, Perms: "r-xp", Path: "/x"},
			},
		},
		{name: "empty", maps: ""},
		{name: "blank lines", maps: "\n\n\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, startmem.ExecutableMappings([]byte(tt.maps)))
		})
	}
}

func FuzzExecutableMappings(f *testing.F) {
	f.Add("00400000-00662000 r-xp 00000000 fd:01 42   /x\n0090f000-00b66000 rw-p 0050f000 fd:01 42 /x\n")
	f.Add("0-1 rwxp 0 0 0 a b c\n")
	f.Add("ffffffffffffffff-0 ---- x y z\n")
	f.Fuzz(func(t *testing.T, maps string) {
		for _, m := range startmem.ExecutableMappings([]byte(maps)) {
			if m.End <= m.Start || len(m.Perms) != 4 || m.Path == "" || strings.Contains(m.Path, "\n") {
				t.Fatalf("bad mapping %+v from %q", m, maps)
			}
		}
	})
}
