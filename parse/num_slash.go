package parse

// numSlashMaxBack bounds the look-back of numSlashWordBefore.
const numSlashMaxBack = 64

// numSlashWordBefore reports whether the slash at t[p] follows a
// capitalized word (not an acronym: "BMW/20" stays a code) in a short slash-joined token that is no URL or path,
// so that a numeral may start right after it: the press code
// "(31/Bochum/1,5 Mio. Euro …)". The token back to the last blank (at most
// 64 bytes) must hold no "//", no dot, colon, "@" or other URL character
// and must not start with the slash of a path ("/home/Daten/15").
func numSlashWordBefore(t string, p int) bool {
	ws := numWordStart(t, p)
	if p-ws < 2 || !numIsUpperAt(t, ws) || numAllUpper(t, ws, p) {
		return false
	}
	lo := max(0, p-numSlashMaxBack)
	for i := p - 1; i >= lo; i-- {
		c := t[i]
		switch c {
		case ' ', '\t', '\n', '\r', '(', '[', '"':
			return i+1 >= len(t) || t[i+1] != '/' // "/home/…" is a path
		case '.', ':', '@', '_', '#', '=', '&', '?', '~', '\\', '%', '+':
			return false
		case '/':
			if i+1 < len(t) && t[i+1] == '/' {
				return false
			}
		}
		if c >= 0x80 && hSpaceLen(t, i) > 0 {
			return true
		}
	}
	return lo == 0 && t[0] != '/'
}
