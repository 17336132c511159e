package entity

import "strings"

// An ambiguous company name ("Apple", "Puma", "Lichtblick") counts as the
// company where the sentence says what a firm does: it makes, sells or
// launches something.

// productNouns are classes of goods a company makes and launches; with one
// of them in the sentence, a bare ambiguous company name is the company
// ("Apple zeigt ein neues Smartphone", not "der Puma im Gehege").
//
// buildProductNouns returns the words of the table productNouns (generated: see the
// package's zz_generated_sets.go).
func buildProductNouns() map[string]bool {
	return map[string]bool{
		"Smartphone": true, "Smartphones": true, "Tablet": true, "Tablets": true,
		"Laptop": true, "Laptops": true, "Notebook": true, "Notebooks": true, "Software": true, "App": true,
		"Apps": true, "Betriebssystem": true, "Betriebssysteme": true, "Prozessor": true, "Prozessoren": true,
		"Chip": true, "Chips": true, "Spielkonsole": true, "Konsole": true, "Sportschuhe": true, "Sneaker": true,
		"Produkt": true, "Produkte": true, "Produkten": true, "Modell": true, "Modelle": true, "Modellen": true,
		"Kollektion": true, "Geräte": true, "Geräten": true, "Elektroauto": true, "Elektroautos": true,
	}
}

// firmEvidence reports whether the ambiguous company name at [i, end) is
// the company by what the sentence says it does: it is the bare subject of
// a verb of firms ("Lichtblick verkauft auch Biogas", "Seit 2010 fertigt
// Puma in Vietnam"), or it stands without a determiner in a sentence about
// products (sentenceProducts: "Apple stellte ein neues iPhone vor"), but
// not inside a longer name ("die Air Zoom", "ein Porsche 928"). A name
// after an article or an adjective is a common noun ("Der Puma verkauft
// nichts", "den Puma im Zoo"); a reflexive after the verb is no firm
// ("Puma verkauft sich gut" may be either: left alone).
func (d *docState) firmEvidence(i, end int, e *Entity) bool {
	if p := i - 1; p >= 0 && d.isWord(p) && (isDeterminer(d.str(p)) || articleContraction(d.str(p))) {
		return false // "den Puma", "im Arm" (an adjective after a determiner was turned down by evidence)
	}
	switch {
	case (d.toks[i].is(fSentStart) || i > 0 && d.isPunct(i-1, ",")) && d.mayFirmVerb(end) && d.firmVerbAt(end):
		return !d.isWord(end+1) || d.str(end+1) != "sich"
	case i > 0 && !d.toks[i-1].is(fSentStart) && d.mayFirmVerb(i-1) && d.firmVerbAt(i-1) && d.frontedBefore(i-1):
		return !d.isWord(end) || d.str(end) != "sich"
	}
	w := d.str(end - 1)
	genitive := w[len(w)-1] == 's' && !strings.HasSuffix(e.Name, "s") // "Apples Geräte"
	if i > 0 && d.isUpperWord(i-1) && !d.toks[i-1].is(fSentStart) || !genitive && end < len(d.toks) && d.toks[end].is(fSpace) &&
		(d.isUpperWord(end) || d.toks[end].is(fDigit)) {
		return false // a part of a product's name: "Air Zoom", "Porsche 928", "Apple Watch"
	}
	return d.sentenceProducts(i)
}

// sentenceProducts reports whether the sentence of token i names a
// product: a product of the gazetteer's list of non-organizations
// ("iPhone", "WhatsApp") or a class of goods (productNouns).
func (d *docState) sentenceProducts(i int) bool {
	s := d.sentOf(i)
	if v, ok := d.sentenceMemo(s, memoProd); ok {
		return v
	}
	a, b := d.sentBounds(s)
	v := false
	for k := a; k <= b && !v; k++ {
		if d.toks[k].kind != tkWord {
			continue
		}
		v = d.flag(k, wProduct) || d.toks[k].is(fUpper) && productNouns.Value(d.str(k))
	}
	d.setSentenceMemo(s, memoProd, v)
	return v
}

// mediaSourceNouns name what a newspaper or broadcaster gives: before
// "des"/"der" and a media name they make it the medium ("nach
// Informationen des Spiegel", "eine Umfrage des Stern").
//
// buildMediaSourceNouns returns the words of the table mediaSourceNouns (generated: see the
// package's zz_generated_sets.go).
func buildMediaSourceNouns() map[string]bool {
	return map[string]bool{
		"Angaben": true, "Informationen": true, "Bericht": true, "Berichten": true, "Berichts": true,
		"Recherchen": true, "Onlineausgabe": true, "Online-Ausgabe": true, "Ausgabe": true, "Interview": true,
		"Artikel": true, "Titelgeschichte": true, "Umfrage": true, "Reporter": true, "Leser": true, "Website": true,
		"Internetseite": true, "Sonntagsausgabe": true,
	}
}

// mediaSource reports whether the ambiguous media name at token i is
// cited as a source: after "laut" ("laut Spiegel") or after a noun of
// what a medium gives and a genitive article ("nach Informationen des
// Spiegel", "ein Reporter des Stern").
func (d *docState) mediaSource(i int) bool {
	if i < 1 || !d.isWord(i-1) || d.str(i) == "Presse" {
		return false // "ein Bericht der Presse": the press at large, not the paper "Die Presse"
	}
	switch p := d.str(i - 1); p {
	case "laut", "Laut":
		return true
	case "des", "der":
		return i >= 2 && d.isWord(i-2) && mediaSourceNouns.Value(d.str(i-2))
	}
	return false
}

// articleContraction reports whether s is a preposition merged with a
// definite article ("im", "am", "zum"): a common noun follows it.
func articleContraction(s string) bool {
	switch s {
	case "im", "am", "vom", "zum", "zur", "beim", "ins", "ans", "aufs", "Im", "Am", "Vom", "Zum", "Zur", "Beim", "Ins":
		return true
	}
	return false
}
