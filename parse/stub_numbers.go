package parse

// STUB: replaced by the real scanner (numbers.go).

// FindNumbers returns every numeral in text, ordered by Start, not overlapping.
func FindNumbers(text string) []Number { return nil }
