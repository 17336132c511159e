package parse

// STUB: replaced by percent.go.

// FindPercents returns every percentage phrase in text, ordered by Start.
func FindPercents(text string) []PercentMatch { return nil }

// PercentsIn is FindPercents reusing numbers already found in text by FindNumbers.
func PercentsIn(text string, nums []Number) []PercentMatch { return nil }
