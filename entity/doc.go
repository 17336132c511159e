// Package entity finds organizations and persons in German (financial)
// news text and links each mention to a canonical entity.
//
//	for _, m := range entity.Find("Microsofts Finanzvorstand, Amy Hood, sagte …") {
//		fmt.Println(m.Text, m.Entity.Name, m.Kind) // "Microsofts" Microsoft organization; "Amy Hood" …
//	}
//
// Organizations come from an embedded gazetteer (data/orgs.tsv: canonical
// name, type, country, ISIN, ticker, LEI, parent, aliases) and from rules:
//
//   - a legal form after capitalized words: "Müller Logistik GmbH & Co. KG",
//     "Zorblat Inc.";
//   - a head noun before a name: "der Softwarekonzern Xentrix", "die
//     Ratingagentur Scope", "das Start-up Helsing" (the head gives the Type);
//   - an acronym defined in brackets: "Kreditanstalt für Wiederaufbau (KfW)"
//     makes "KfW" an alias for the rest of the document;
//   - a government office named by its place: "Generalstaatsanwaltsbüro von
//     Kalifornien";
//   - a regional bank: a bank head (Sparkasse, Kreissparkasse, Volksbank,
//     Raiffeisenbank, Landesbank, VR-Bank, Sparda-Bank, PSD Bank, …) and
//     its place make one bank, "Volksbank Mittelhessen", "Sparkasse
//     Köln-Bonn", "VR-Bank Rhein-Neckar eG". A place is a known place, a
//     word with a place-name ending (-hausen, -heim, -hessen, …), a
//     compound of capitalized words, or any name word where no object can
//     stand ("Die Stadtsparkasse Wuppertal schließt …", but not "dann
//     verlangt die Sparkasse Gebühren"). A head alone ("die Sparkasse")
//     is any savings bank and not reported;
//   - a compound named after a person: with an institution head it is one
//     organization, "Otto-Schott-Gymnasium", "Max-Planck-Institut für
//     Kernphysik"; with a street, place or prize head ("Carl-Zeiss-Straße",
//     "Werner-von-Siemens-Ring") nothing in it is reported;
//   - a sports club: a club prefix (FC, 1. FC, TSV, VfB, SpVgg, KSV, …) and
//     all the capitalized words after it, "FC Carl Zeiss Jena", "TSV
//     Odenhausen/Lahn"; a club word (Borussia, Fortuna, Dynamo, …) before a
//     place, "Fortuna Köln"; an English club suffix (City, United, Town,
//     Rovers, …) after a place in a sentence about sports, "Stoke City",
//     but not "New York City";
//   - an institution with a prepositional name: "Bundesstiftung zur
//     Aufarbeitung der SED-Diktatur", "Deutsche Gesellschaft für
//     Ernährung", "Zentrum für Kunst und Medien"; a bare "Stiftung",
//     "Zentrum" or "Institut" needs a definite article, and "eine
//     Stiftung für Kinder" is a common noun.
//   - an unknown acronym with an article or contraction before it, "der
//     DRB", "beim KSV", unless a verb of movement follows ("der ZLKV
//     stieg": a figure) or it is jargon ("das EBITDA");
//   - an unknown acronym of three to five capitals right after "von",
//     "bei" or "mit", standing alone: "bei GAIS", "von RISM" (a body
//     named by its acronym takes no article there, as firms and clubs
//     do; treaties, materials, standards and illnesses are jargon: "von
//     TTIP", "aus PVC");
//   - an unknown acronym with small letters inside ("die GdP", "beim
//     VdK", "die WKStA": der, des, Staats-) after an article or
//     contraction, as above; not a camel-case word ("die PlayStation"),
//     a plural ("die IDs") or a law ("nach der StVO");
//   - an institution word and its place: "Realschule Spaichingen",
//     "Klinikum Ingolstadt", "Kraftwerk Mannheim", "Hannover Messe";
//   - a team of a city in a sentence about sports: "San Antonio Spurs";
//   - the acronym of a gazetteer institution written as a word after an
//     article: "die Esa", "der Opec" (not companies: "der Sap");
//   - two organizations joined by a hyphen, where the compound ends:
//     "McLaren-Mercedes"; a subsidiary named by its parent: "die
//     Siemens-Tochter Nordlicht Sensorik GmbH" gives Siemens and the
//     GmbH, whose Entity.Parent is "Siemens";
//   - a body named by whom it gathers, with a definite article: "der
//     Verband der Pflegekräfte", "die Gewerkschaft der Lokführer";
//   - a quoted name after a media noun: "das Wochenblatt „Der Nordkurier
//     am Sonntag“", "die Zeitschrift »Kursbuch«";
//   - an acronym defined after a long name may be written in title case:
//     "Abu Dhabi National Oil Company (Adnoc)", and "Adnoc" later;
//   - a body named with "namens": "eine Gruppe namens Stille Quelle", "eine
//     Firma namens Blauwal Digital";
//   - an unknown acronym in brackets after a definite noun phrase that
//     names a body: "der portugiesischen Liga (LPFP)" (not "eine
//     Nichtregierungsorganisation (NGO)", a class of bodies);
//   - a name and an institution word joined by a hyphen: "die
//     Stanford-Universität", "im Guggenheim-Museum" (not "eine
//     Elite-Universität", "das Botanik-Institut");
//   - a broadcaster's program joined to its name is a media title whose
//     Entity.Parent is the broadcaster: "im ZDF-Morgenmagazin";
//   - head nouns for bands ("die Band", "die Rockband", "die Pop-Band",
//     "der britischen Band"; not "der Band", "dem zweiten Band", a volume),
//     periodicals and portals ("die Zeitschrift Kursbuch", "das
//     Nachrichtenportal EurActiv"; an English name after a head keeps its
//     "The": "die Band The Makemakes", "die Zeitung The Jakarta Post"), firms ("der Weinbaubetrieb", only before a
//     name in capitals or an English name) and offshoots ("der
//     BMW-Ableger Mini"); a gazetteer acronym in title case after a head is
//     that institution ("die Raumfahrtagentur Esa" is the ESA); a club
//     head also in its weak form ("an den Erstligisten Litex Lovech");
//   - an English body named after a person: "die Dave Matthews Band", "am
//     Lee Strasberg Theatre";
//   - a firm of partners after Architekten, Kanzlei, …: "Herzog & de
//     Meuron", "Gerkan, Marg und Partner" (not "Roth und Haas", two persons);
//   - a body's name in quotation marks after an article: "des „Verbandes
//     Norddeutscher Frauenvereine“";
//   - a Romance head word and its name: "Compagnia Aerea Italiana",
//     "Fédération romande", "Banca di Cividale";
//   - a media name of two words at the start of a sentence before a colon
//     is a source line: "Der Tagesspiegel: …";
//   - in a sentence about sports, a name and its city are a club: "Hansa
//     Rostock", "Sparta Prag", "Roter Stern Belgrad" (not "die Hauptstadt
//     Berlin", "Weltmeister Spanien"); a gazetteer club's short name that
//     needs evidence ("Schalke", "Gladbach") counts there too;
//   - a firm word before a person's name makes a firm named after the
//     person: "im Verlag Klaus Wagenbach", "die Galerie Max Hetzler".
//
// Places and countries come from data/nonorgs.tsv; a country after
// "gegen" in a match is a national team and no organization ("im Spiel
// gegen Spanien"), a city there is its club ("gegen Kassel").
//
// A media name that is also a word ("Spiegel", "Welt", "Focus") counts
// where it is cited as a source: after "laut" ("laut Spiegel"), after a
// noun of what a medium gives and a genitive article ("nach Informationen
// des Spiegel", "ein Reporter der Welt"; not "ein Bericht der Presse",
// the press at large), or before a verb of reporting ("Wie der Focus
// berichtet").
//
// A news agency whose short name is ambiguous ("AP", "ots") counts in a
// byline: at the start of a line ("Frankfurt/Main (AP) …", "AP – …") or
// in brackets before a dash ("Berlin (ots) - …").
//
// An ambiguous company name without a determiner is the company where the
// sentence says what a firm does: it is the subject of a verb of making or
// selling ("Lichtblick verkauft auch Biogas"), or the sentence names a
// product ("Apple stellte ein neues iPhone vor", "… ein neues Smartphone
// …"); not inside a product's own name ("die Apple Watch", "Air Zoom").
//
// Sense checks: a car maker's name is a car, not the company, after the
// articles of a car ("Der Audi rollte gegen die Mauer", "im neuen BMW");
// a company name after a verb of saying at the end of a clause is the
// person of that surname when the document names one ("Wolfgang Porsche
// … „…“, sagte Porsche."). Stock indices are no organizations
// (data/nonorgs.tsv); governments and ministries are, of type Government.
// A German public body behind a foreign country's prefix is that country's
// body, not the German one ("die US-Bundespolizei FBI"); a place adjective
// and an organization noun before a known name describe it ("die Schweizer
// Gewerkschaft Unia"). An ambiguous name right after a verb of announcing
// and an article is the subject of a report ("teilte die Bahn am Montag
// mit"), unless a preposition or genitive continues it ("die Allianz gegen
// …").
//
// Matching works on tokens (words split at spaces and punctuation, hyphen
// compounds split into parts) and takes the longest alias: "Siemens Energy"
// over "Siemens", "OpenAI-Stiftung" (OpenAI Foundation) over "OpenAI".
// Acronyms match in exact case, other names with their first letter as
// written. German morphology is handled: the genitive -s ("Microsofts",
// "OpenAIs", but "Siemens" stays), adjective inflection ("der Deutschen
// Bank" → Deutsche Bank) and hyphen compounds ("Apple-Chef", "Bayer-Aktie":
// the span covers the organization only).
//
// Names that are also ordinary words (Allianz, Post, Bahn) are marked
// ambiguous in the gazetteer and are reported only with evidence: a legal
// form, a head noun, a compound such as "Allianz-Aktie", business words or
// an amount in the sentence, or an earlier confirmed mention. Products
// (Azure, ChatGPT), stock indices (DAX, S&P 500) and places are listed in
// data/nonorgs.tsv and never reported.
//
// Persons are a given name (data/given_names.tsv) with particles and a
// surname ("Ursula von der Leyen"; two surnames where one holds a letter
// German has not, "Gabriel García Márquez", "Recep Tayyip Erdoğan"), or a
// name introduced by a role
// ("Der Chef von Microsoft, Satya Nadella", "der 40-jährige Altman"). Roles
// (data/roles.tsv, also at the end of compounds: "Konzernchefin") and the
// organization they belong to are attached: "Siemens-Chef Roland Busch",
// "Microsofts Finanzvorstand, Amy Hood", "Amy Hood, Finanzchefin von
// Microsoft", "Finanzchefin Amy Hood von Microsoft" (after the name only
// with von, vom, bei or beim: a bare "der" there names whom she spoke
// to). Later mentions by surname alone ("Nadella", genitive "Altmans";
// the first of two foreign surnames, "García") resolve to the full name of
// the document.
//
// References: [Recognizer.FindDoc] also resolves the pronouns and definite
// descriptions of the document to the mentions they refer to ([Doc.Refs],
// [Doc.Resolve] for "what does the phrase at byte N name?"):
//
//   - a definite description is a determiner (der, die, das, des, dem,
//     den, dieser, …), perhaps adjectives ("der bayerische", "der
//     Münchner") and a head noun from a table that says which kinds of
//     organization it fits ("das Unternehmen", "der Konzern" → companies,
//     banks, insurers; "die Bank", "das Geldhaus" → banks; "die Notenbank"
//     → central banks; "die Regierung" → governments), also as the end of a
//     compound ("Chemiekonzern", "Autobauer", "Investmentbank",
//     "Versicherer"; not "Mutterkonzern", which names another one). A
//     head that names an industry ("der Autobauer", "der Chiphersteller",
//     "die Fluggesellschaft") fits only a company of that industry
//     (Entity.Sectors, data/sectors.tsv) or one whose industries are
//     unknown. Gender and number must agree with the determiner: "den
//     Unternehmen" is plural and refers to nothing. A head followed by a
//     name ("der Konzern Siemens") is part of that mention, not a
//     reference. An object or a phrase after a preposition does not refer
//     to the subject of its own clause ("Berenberg senkt das Kursziel für
//     den Konzern" names another company); a genitive attribute or a
//     predicate noun may;
//   - a pronoun (er, ihn, ihm, sie, es) or possessive (sein…, ihr…) refers
//     to a person of its gender, or an organization of its grammatical
//     gender ("die Commerzbank … Sie", a name without an article is neuter:
//     "Siemens steigerte seinen Umsatz"). The polite "Sie", a plural "sie"
//     ("sie erwarten"), "es" as a dummy subject ("es gibt") and the verb
//     "sein" are left alone;
//   - the antecedent is the nearest earlier mention that fits, by sentence
//     (descriptions look four sentences back, pronouns two, "es" one): in
//     the nearest sentence holding one that fits, the first not after a
//     preposition or inside a compound (the subject, as a rule), else the
//     nearest. A resolved description stands for its target later on. A
//     reference that nothing fits is not reported.
//
// A person with a role but no organization written with it ("Gouverneur
// Andrew Bailey") takes the organization that fits the role (by its kind
// in data/roles.tsv or a compound: "Konzernchef", "Notenbankpräsident")
// from the sentence before the person when it names only one, or from the
// subject of the sentence before in the same paragraph; analysts and
// politicians take none. [Mention.OrganizationInferred] marks it.
//
// The *Entity of a mention is the document's own copy, shared by the
// mentions of that entity in the document; [Lookup] returns a copy too:
// callers cannot change the gazetteer. The zero [Recognizer] is ready to
// use. A text longer than [MaxWindow] bytes is read in windows cut at line
// breaks. A byte that is not UTF-8 ends a name and is never part of one.
// Text in NFD (decomposed umlauts) is matched like NFC; canonical names are
// NFC.
//
// A caller that tokenized the text with package parse anyway (as Analyze
// does) hands the [parse.Doc] to [Recognizer.FindDocWith]: the result is
// FindDoc's, the recognizer reads its own tokens from the bytes (a fast
// reader that measured cheaper than checking the shared tokens), and
// [Doc.Parse] carries the shared tokens on to later readers. The
// working memory of a call (token buffers, tables of the document) is
// pooled; the results share none of it.
//
// All offsets are byte offsets into the caller's string:
// text[m.Start:m.End] == m.Text for every mention. Mentions are ordered by
// Start and never overlap. The scan is linear in the length of the text;
// the tables are parsed once, lazily, and everything is safe for
// concurrent use.
package entity
