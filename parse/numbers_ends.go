package parse

// SplitRanges returns nums with every range replaced by its two ends, in
// text order: "100 bis 300 Milliarden" is one Number with IsRange for
// money and percentages, but two numerals, 100000000000 ("100", the scale
// of the upper end distributed) and 300000000000 ("300 Milliarden"). The
// lower end keeps the range's qualifier ("rund 20 bis 25": "rund" goes
// with 20); both ends keep the range's Flags. Numbers that are no range are kept as they are. When nums
// holds no range it is returned unchanged, without a copy; otherwise a new
// slice is returned and nums is not modified.
//
// A range whose end spans do not fit its own span (built by hand, not by
// [FindNumbers]) is kept whole.
func SplitRanges(nums []Number) []Number {
	n := 0
	for i := range nums {
		if nums[i].IsRange && endsOK(&nums[i]) {
			n++
		}
	}
	if n == 0 {
		return nums
	}
	out := make([]Number, 0, len(nums)+n)
	for _, m := range nums {
		if !m.IsRange || !endsOK(&m) {
			out = append(out, m)
			continue
		}
		lo, hi := m.ends()
		out = append(out, lo, hi)
	}
	return out
}

// endsOK reports whether the end spans of the range n lie inside its span,
// in order, and can be cut from its Text.
func endsOK(n *Number) bool {
	a, b := n.MinSpan, n.MaxSpan
	return n.Start <= a.Start && a.Start < a.End && a.End <= b.Start && b.Start < b.End && b.End <= n.End &&
		len(n.Text) == n.End-n.Start
}

// ends returns the two ends of the range n as Numbers of their own.
func (n *Number) ends() (lo, hi Number) {
	lo = Number{
		Span:  n.MinSpan,
		Text:  n.Text[n.MinSpan.Start-n.Start : n.MinSpan.End-n.Start],
		Value: n.Value,
		Qual:  n.Qual,
		Flags: n.Flags,
	}
	hi = Number{
		Span:  n.MaxSpan,
		Text:  n.Text[n.MaxSpan.Start-n.Start : n.MaxSpan.End-n.Start],
		Value: n.Max,
		Flags: n.Flags,
	}
	return lo, hi
}
