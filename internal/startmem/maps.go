package startmem

import "bytes"

// Mapping is one line of /proc/self/maps: an address range, its
// permissions ("r-xp") and the path of the file mapped ("" for anonymous
// memory).
type Mapping struct {
	// Start and End are the range's first address and the one after its last.
	Start, End uintptr
	// Perms are the four permission letters, such as "r-xp".
	Perms string
	// Path is the file mapped, "" for anonymous memory; a pseudo-path such
	// as "[heap]" is kept as it is.
	Path string
}

// ExecutableMappings returns the mappings of the executable in maps, the
// contents of /proc/self/maps: those of the file that the first line
// maps (the executable, mapped lowest), in order. Malformed lines are
// skipped.
func ExecutableMappings(maps []byte) []Mapping {
	var out []Mapping
	var exe []byte
	first := true
	for len(maps) > 0 {
		line := maps
		if i := bytes.IndexByte(maps, '\n'); i >= 0 {
			line, maps = maps[:i], maps[i+1:]
		} else {
			maps = nil
		}
		m, perms, path, ok := parseMapping(line)
		if !ok {
			continue
		}
		if first {
			exe, first = path, false
		}
		if len(exe) == 0 || !bytes.Equal(path, exe) {
			continue
		}
		m.Perms, m.Path = string(perms), string(path)
		out = append(out, m)
	}
	return out
}

// parseMapping parses one line of /proc/self/maps:
//
//	00400000-00662000 r-xp 00000000 fd:01 1234567   /usr/bin/finanztext
//
// The path is the rest of the line after the five fields (it may hold
// spaces). It returns the range in m, the permissions and the path as
// parts of line.
func parseMapping(line []byte) (m Mapping, perms, path []byte, ok bool) {
	rng, line := field(line)
	dash := bytes.IndexByte(rng, '-')
	if dash < 0 {
		return m, nil, nil, false
	}
	if m.Start, ok = parseHex(rng[:dash]); !ok {
		return m, nil, nil, false
	}
	if m.End, ok = parseHex(rng[dash+1:]); !ok || m.End <= m.Start {
		return m, nil, nil, false
	}
	if perms, line = field(line); len(perms) != 4 {
		return m, nil, nil, false
	}
	for range 3 { // offset, device, inode
		var f []byte
		if f, line = field(line); len(f) == 0 {
			return m, nil, nil, false
		}
	}
	return m, perms, bytes.TrimLeft(line, " \t"), true
}

// field returns the first field of s, after leading blanks, and the rest.
func field(s []byte) (f, rest []byte) {
	s = bytes.TrimLeft(s, " \t")
	i := bytes.IndexAny(s, " \t")
	if i < 0 {
		return s, nil
	}
	return s[:i], s[i:]
}

// parseHex parses a hexadecimal address of at most 16 digits.
func parseHex(s []byte) (uintptr, bool) {
	if len(s) == 0 || len(s) > 16 {
		return 0, false
	}
	var v uint64
	for _, c := range s {
		switch {
		case '0' <= c && c <= '9':
			v = v<<4 | uint64(c-'0')
		case 'a' <= c && c <= 'f':
			v = v<<4 | uint64(c-'a'+10)
		default:
			return 0, false
		}
	}
	if uint64(uintptr(v)) != v {
		return 0, false
	}
	return uintptr(v), true
}
