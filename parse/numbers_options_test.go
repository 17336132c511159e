package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNumberFinderOptions(t *testing.T) {
	text := "Am 3.5.2025 um 14:30 kamen 12 Gäste, 13 Kinder und 14 Hunde."
	var zero NumberFinder
	assert.Equal(t, FindNumbers(text), zero.Find(text), "the zero value gives the defaults")
	assert.Equal(t, zero, NewNumberFinder(), "no options is the zero value")
	assert.Equal(t, zero, NewNumberFinder(nil, WithLimit(-4)), "nil options and negative limits are ignored")
	assert.Len(t, NewNumberFinder(WithLimit(2)).Find(text), 2)
	parts := NewNumberFinder(WithDateParts(true)).Find(text)
	assert.Equal(t, "3", parts[0].Text)
	assert.Len(t, parts, 8)
	last := NewNumberFinder(WithDateParts(true), WithDateParts(false))
	assert.Equal(t, zero, last, "the last option wins")
}
