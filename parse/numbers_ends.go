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
// A range built by hand rather than by [FindNumbers] does not know where
// its ends are written and is kept whole, as is one whose ends are longer
// than 4 GiB.
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

// endsOK reports whether the range n knows where its ends are written and
// they fit its span and Text.
func endsOK(n *Number) bool {
	lo, hi := int(n.minLen), int(n.maxLen)
	return lo > 0 && hi > 0 && n.Start >= 0 && n.Start <= n.End && lo+hi <= n.End-n.Start && len(n.Text) == n.End-n.Start
}

// ends returns the two ends of the range n as Numbers of their own.
func (n *Number) ends() (lo, hi Number) {
	ml, xl := int(n.minLen), int(n.maxLen)
	lo = Number{
		Span:  Span{n.Start, n.Start + ml},
		Text:  n.Text[:ml],
		Value: n.Value,
		Qual:  n.Qual,
		Flags: n.Flags,
	}
	hi = Number{
		Span:  Span{n.End - xl, n.End},
		Text:  n.Text[len(n.Text)-xl:],
		Value: n.Max,
		Flags: n.Flags,
	}
	return lo, hi
}
