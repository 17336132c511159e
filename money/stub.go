package money

// STUB: replaced by find.go / parse.go.

// Find returns every amount of money in text, ordered by Start.
func Find(text string) []Amount { return nil }

// Parse reads s, which must be exactly one amount.
func Parse(s string) (Amount, error) { return Amount{}, nil }
