package entity

// STUB: replaced by the recognizer.

// Find returns the organization and person mentions in text, ordered by Start.
func Find(text string) []Mention { return nil }
