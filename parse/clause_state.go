package parse

// clauseState holds the lazily built clause layer of a Doc.
type clauseState struct {
	built bool
}

// reset empties the clause layer, keeping its memory.
func (c *clauseState) reset() { c.built = false }
