package entity_test

import (
	"strings"
	"testing"

	"github.com/finanztext/finanztext/entity"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refCase: in text, the phrase ref (its first occurrence after the first
// sentence end, or anywhere when at is set) refers to want ("" for none).
type refCase struct {
	name, text, ref, want string
}

func checkRef(t *testing.T, tt refCase) {
	t.Helper()
	d := entity.NewRecognizer().FindDoc(tt.text)
	for _, r := range d.Refs {
		require.Equal(t, tt.text[r.Start:r.End], r.Text)
		require.True(t, r.Target >= 0 && r.Target < len(d.Mentions))
	}
	off := strings.LastIndex(tt.text, tt.ref)
	require.GreaterOrEqual(t, off, 0, "phrase %q not in text", tt.ref)
	m, ok := d.Resolve(off)
	if tt.want == "" {
		if ok {
			assert.Failf(t, "resolved", "%q resolved to %q, want nothing", tt.ref, m.Entity.Name)
		}
		return
	}
	require.True(t, ok, "%q not resolved; refs %v", tt.ref, d.Refs)
	assert.Equal(t, tt.want, m.Entity.Name)
	r, ok := d.RefAt(off + len(tt.ref) - 1)
	require.True(t, ok)
	assert.Equal(t, tt.ref, r.Text)
	assert.Equal(t, tt.want, r.Name)
}

func TestDescriptions(t *testing.T) {
	tests := []refCase{
		{"unternehmen after a gazetteer company", "Nestlé senkt seine Ziele für das Jahr. Die Kaufzurückhaltung halte an, teilte das Unternehmen am Morgen mit.", "das Unternehmen", "Nestlé"},
		{"notenbank after an acronym", "Die EZB lässt die Zinsen unverändert. Die Teuerung sei im Griff, wie die Notenbank am Donnerstag erklärte.", "die Notenbank", "Europäische Zentralbank"},
		{"konzern as subject", "Siemens hat mehr verdient als erwartet. Der Konzern hebt deshalb die Dividende an.", "Der Konzern", "Siemens"},
		{"genitive des Konzerns", "BASF baut in Ludwigshafen Stellen ab. Die Pläne des Konzerns stoßen auf Kritik.", "des Konzerns", "BASF"},
		{"compound chemiekonzern with a city adjective", "Bayer meldet einen Verlust. Der Leverkusener Chemiekonzern will nun sparen.", "Der Leverkusener Chemiekonzern", "Bayer"},
		{"autobauer with an adjective", "BMW liefert weniger Fahrzeuge aus. Der bayerische Autobauer verweist auf China.", "Der bayerische Autobauer", "BMW"},
		{"versicherer skips a bank", "Die Allianz AG kauft bei der Commerzbank ein Paket Anleihen. Der Versicherer zahlt dafür 300 Millionen Euro.", "Der Versicherer", "Allianz"},
		{"geldhaus skips a company", "Die Deutsche Bank vergibt einen Kredit an Porsche. Das Geldhaus rechnet mit Zinsen von fünf Prozent.", "Das Geldhaus", "Deutsche Bank"},
		{"die bank after a bank", "Die Commerzbank hat im Quartal gut verdient. Die Bank will eigene Aktien kaufen.", "Die Bank", "Commerzbank"},
		{"subject before object", "Siemens übernimmt den Softwareanbieter Altair. Der Konzern zahlt zehn Milliarden Dollar.", "Der Konzern", "Siemens"},
		{"dative dem Unternehmen", "Zalando hat Ärger mit der Aufsicht. Dem Unternehmen droht ein Bußgeld.", "Dem Unternehmen", "Zalando"},
		{"regierung", "Die Bundesregierung plant neue Hilfen. Die Regierung will dafür 5 Milliarden Euro ausgeben.", "Die Regierung", "Bundesregierung"},
		{"compound dax-konzern", "Adidas steigert den Absatz. Der Dax-Konzern profitiert von der Fußball-EM.", "Der Dax-Konzern", "Adidas"},
		{"a chain through an earlier description", "Volkswagen stellt neue Modelle vor. Der Konzern setzt auf Elektroautos. Es folgen Details zu Preisen. Auch Händler werden geschult. Dazu gibt es Rabatte. Das Unternehmen nennt keine Zahlen.", "Das Unternehmen", "Volkswagen"},
		{"the name inside: der Siemens-Konzern", "Der Siemens-Konzern wächst weiter.", "Der Siemens-Konzern", "Siemens"},
		{"investmentbank compound", "Barclays berät den Käufer. Die Investmentbank erhält eine hohe Gebühr.", "Die Investmentbank", "Barclays"},
		// Must not resolve.
		{"die bank after only a car maker", "BMW verkauft mehr Autos als im Vorjahr. Die Bank war an dem Geschäft nicht beteiligt.", "Die Bank", ""},
		{"no organization at all", "Es regnet seit Tagen. Das Unternehmen bleibt geschlossen.", "Das Unternehmen", ""},
		{"plural die Unternehmen", "Siemens nimmt an der Messe teil. Die Unternehmen zeigen neue Maschinen.", "Die Unternehmen", ""},
		{"plural dative den Unternehmen", "SAP lädt zur Konferenz. Den Unternehmen fehlt es an Fachkräften.", "Den Unternehmen", ""},
		{"the name follows: apposition", "Der Softwarekonzern SAP stellt neue Produkte vor.", "Der Softwarekonzern", ""},
		{"mutterkonzern names another", "Porsche meldet einen Gewinnrückgang. Der Mutterkonzern zeigt sich besorgt.", "Der Mutterkonzern", ""},
		{"notenbank after only a commercial bank", "Die Commerzbank senkt die Kosten. Die Notenbank beobachtet das genau.", "Die Notenbank", ""},
		{"too far back", "Siemens legt Zahlen vor. Eins. Zwei. Drei. Vier. Fünf. Sechs. Der Konzern schweigt.", "Der Konzern", ""},
		{"versicherer after only a bank", "Die Deutsche Bank streicht Stellen. Der Versicherer bleibt gelassen.", "Der Versicherer", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRef(t, tt) })
	}
}

// TestDescriptionNotItsSubject: a definite description that is the object
// of a clause, or follows a preposition, does not refer to the subject of
// the same clause (in "Berenberg senkt das Kursziel für den Konzern" the
// Konzern is another company); a genitive attribute, a predicate noun after
// a copula, and a description in another clause may.
func TestDescriptionNotItsSubject(t *testing.T) {
	tests := []refCase{
		{"object after a preposition", "Adidas legt neue Zahlen vor. Berenberg senkt das Kursziel für den Konzern.", "den Konzern", "Adidas"},
		{"accusative object", "Beiersdorf meldet einen Rekord. Die Commerzbank lobt das Unternehmen überschwänglich.", "das Unternehmen", "Beiersdorf"},
		{"dative object", "Zalando verfehlt die Ziele. Die Deutsche Bank misstraut dem Unternehmen seither.", "dem Unternehmen", "Zalando"},
		{"inverted subject, object before it", "Henkel streicht Stellen. Dem Konzern widerspricht nun Siemens.", "Dem Konzern", "Henkel"},
		{"object with an adjective", "Bayer verliert vor Gericht. Die Allianz verklagt den Leverkusener Konzern nun ebenfalls.", "den Leverkusener Konzern", "Bayer"},
		{"no other company: nothing", "Siemens kritisiert das Unternehmen scharf.", "das Unternehmen", ""},
		{"no other company, after a preposition", "BASF verhandelt mit dem Konzern.", "dem Konzern", ""},
		// May refer to the subject.
		{"genitive attribute", "Die Commerzbank verlängert die Öffnungszeiten für die Kunden der Bank.", "der Bank", "Commerzbank"},
		{"genitive des", "Der FC Bayern verurteilt das Verhalten einiger Anhänger des Vereins.", "des Vereins", "Bayern München"},
		{"predicate noun after ist", "Siemens ist der größte Industriekonzern Europas.", "der größte Industriekonzern", "Siemens"},
		{"another clause after a comma", "Siemens übernimmt Altair, der Konzern zahlt dafür zehn Milliarden Dollar.", "der Konzern", "Siemens"},
		{"another clause after und", "BASF senkt die Kosten und der Konzern streicht Stellen.", "der Konzern", "BASF"},
		{"a subordinate clause", "Die Bank erhöht die Zinsen, weil die Notenbank die Leitzinsen anhebt.", "die Notenbank", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRef(t, tt) })
	}
}

// TestDescriptionSector: a description that names an industry ("der
// Autobauer", "der Chiphersteller", "die Fluggesellschaft") refers to a
// company of that industry (data/sectors.tsv), or to one whose industries
// are unknown, not to the nearest company of another.
func TestDescriptionSector(t *testing.T) {
	tests := []refCase{
		{"chemicals over a car maker", "BMW und BASF legten Zahlen vor. Der Chemiekonzern steigerte den Umsatz.", "Der Chemiekonzern", "BASF"},
		{"car maker over a chemicals company", "BMW und BASF legten Zahlen vor. Der Autobauer hielt sich zurück.", "Der Autobauer", "BMW"},
		{"chip maker", "Siemens und Infineon berichteten am Morgen. Der Chiphersteller wuchs kräftig.", "Der Chiphersteller", "Infineon"},
		{"airline", "Die Lufthansa und die Telekom meldeten Gewinne. Die Fluggesellschaft hob die Prognose an.", "Die Fluggesellschaft", "Deutsche Lufthansa"},
		{"online retailer", "Adidas und Zalando legten Zahlen vor. Der Onlinehändler hob die Prognose an.", "Der Onlinehändler", "Zalando"},
		{"a trader named by its goods", "Adidas und Brenntag legten Zahlen vor. Der Chemikalienhändler verdiente mehr.", "Der Chemikalienhändler", "Brenntag"},
		{"genitive with an industry", "Porsche AG und SAP legten Zahlen vor. Die Aktie des Softwarekonzerns stieg.", "des Softwarekonzerns", "SAP"},
		{"a company of unknown industry fits", "Die Flinkwerk GmbH meldet Zahlen. Der Autobauer hält sich bedeckt.", "Der Autobauer", "Flinkwerk GmbH"},
		{"a plain description takes any company", "BASF legte Zahlen vor. Der Konzern steigerte den Umsatz.", "Der Konzern", "BASF"},
		// Must not resolve.
		{"car maker after only a chemicals company", "BASF legte Zahlen vor. Der Autobauer hielt sich zurück.", "Der Autobauer", ""},
		{"airline after only a telecom company", "Die Telekom meldete Zahlen. Die Fluggesellschaft schweigt.", "Die Fluggesellschaft", ""},
		{"chip maker after only a software company", "SAP legte Zahlen vor. Der Chiphersteller schweigt.", "Der Chiphersteller", ""},
		{"a hotel chain after only a car maker", "BMW meldet Zahlen. Die Hotelkette schweigt.", "Die Hotelkette", ""},
		// An adjective of nationality or region names the company's country.
		{"a French car maker", "Renault und BMW legten Zahlen vor. Der französische Autobauer verdiente mehr.", "Der französische Autobauer", "Renault"},
		{"a Bavarian car maker", "Renault und BMW legten Zahlen vor. Der bayerische Autobauer verdiente mehr.", "Der bayerische Autobauer", "BMW"},
		{"a Swiss bank", "Die Commerzbank und die UBS meldeten Gewinne. Die Schweizer Großbank hob die Prognose an.", "Die Schweizer Großbank", "UBS"},
		{"a French car maker after only a German one", "BMW legte Zahlen vor. Der französische Autobauer schweigt.", "Der französische Autobauer", ""},
		{"an adjective that names no country", "Renault legte Zahlen vor. Der angeschlagene Autobauer schweigt.", "Der angeschlagene Autobauer", "Renault"},
		{"a source in a compound", "Laut einer Reuters-Umfrage erwarten Analysten mehr Gewinn. Der Konzern hob die Prognose an.", "Der Konzern", ""},
		{"a source after a preposition, the company after it", "Nach Angaben von Bloomberg verhandelt Siemens. Der Konzern schweigt.", "Der Konzern", "Siemens"},
		{"a company in a compound still counts", "Die Siemens-Aktie stieg deutlich. Der Konzern hob die Prognose an.", "Der Konzern", "Siemens"},
		{"a media company as subject", "ProSiebenSat.1 legte Zahlen vor. Der Konzern hob die Prognose an.", "Der Konzern", "ProSiebenSat.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRef(t, tt) })
	}
}

func TestPronouns(t *testing.T) {
	tests := []refCase{
		{"er after a man", "Christian Sewing sprach vor Aktionären. Er zeigte sich zuversichtlich.", "Er", "Christian Sewing"},
		{"sie after a woman", "Christine Lagarde kam am Morgen nach Brüssel. Sie warnte vor neuen Zöllen.", "Sie", "Christine Lagarde"},
		{"possessive ihre", "Isabel Schnabel hielt eine Rede. Ihre Worte bewegten den Markt.", "Ihre", "Isabel Schnabel"},
		{"er skips a woman", "Bettina Orlopp traf Olaf Scholz. Er lobte die Bank.", "Er", "Olaf Scholz"},
		{"sie for a feminine bank", "Die Commerzbank hebt die Prognose. Sie rechnet mit mehr Zinserträgen.", "Sie", "Commerzbank"},
		{"seinen for a company without article", "Siemens steigerte seinen Umsatz kräftig.", "seinen", "Siemens"},
		{"er through a masculine description", "Bayer hat Probleme in den USA. Der Konzern kämpft mit Klagen. Er will sich vergleichen.", "Er", "Bayer"},
		// Must not resolve.
		{"expletive es", "Siemens legt Zahlen vor. Es gibt gute Nachrichten.", "Es", ""},
		{"plural sie", "Siemens und Bosch haben Zahlen vorgelegt. Sie erwarten ein besseres Jahr.", "Sie", ""},
		{"verb sein", "Lena Hartmann glaubt, die Lage werde bald besser sein.", "sein", ""},
		{"polite Sie in a quote", "Anna Krüger fragte: „Haben Sie das gesehen?“", "Sie", ""},
		{"no antecedent", "Er kam spät am Abend.", "Er", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkRef(t, tt) })
	}
}

func TestPersonOrganizationFromContext(t *testing.T) {
	tests := []struct {
		name, text, person, want string
	}{
		{"central bank governor after the bank", "Die Bank of England beließ den Leitzins bei 4 Prozent. Gouverneur Andrew Bailey erklärte, man bleibe vorsichtig.", "Andrew Bailey", "Bank of England"},
		{"konzernchef after a company", "Siemens hat den Gewinn gesteigert. Konzernchef Roland Busch zeigte sich zufrieden.", "Roland Busch", "Siemens"},
		{"same sentence, one organization", "Auf der Hauptversammlung von Henkel sprach Vorstandschef Carsten Knobel über Zukäufe.", "Carsten Knobel", "Henkel"},
		{"sprecherin after a bank", "Die Commerzbank schließt weitere Filialen. Sprecherin Maria Ludwig bestätigte die Pläne.", "Maria Ludwig", "Commerzbank"},
		{"notenbankchef takes the central bank", "Die Fed hält still. Die Börsen reagieren gelassen. Notenbankchef Jerome Powell will abwarten.", "Jerome Powell", ""},
		{"finanzchefin after a description", "Zalando wächst. Das Unternehmen verdient mehr. Finanzchefin Sandra Dembeck nannte Details.", "Sandra Dembeck", "Zalando"},
		{"the subject when two are named", "Die Deutsche Bank kauft Anleihen von der Commerzbank. Vorstandschef Christian Sewing lobte den Preis.", "Christian Sewing", "Deutsche Bank"},
		{"a central banker skips a company", "Die EZB senkt die Zinsen, BMW freut sich. Direktoriumsmitglied Isabel Schnabel warnte dennoch.", "Isabel Schnabel", "Europäische Zentralbank"},
		{"chefin same sentence after a company", "Nach dem Umbau von Puma will Chefin Anna Ebner neue Märkte erschließen.", "Anna Ebner", "Puma"},
		{"the written organization wins", "BMW legt Zahlen vor. Vorstandschef Oliver Zipse von Porsche sprach auf der Messe.", "Oliver Zipse", "Porsche AG"},
		{"a compound role keeps its organization", "BMW legt Zahlen vor. Audi-Chef Gernot Döllner zeigte sich gelassen.", "Gernot Döllner", "Audi"},
		{"verbandspräsident needs an association", "Der Bundesverband der Deutschen Industrie warnt vor Zöllen. Verbandspräsident Peter Leibinger forderte Hilfen.", "Peter Leibinger", "Bundesverband der Deutschen Industrie"},
		// Must not take one.
		{"an analyst belongs elsewhere", "Siemens legt Zahlen vor. Analyst Tobias Weber lobte die Marge.", "Tobias Weber", ""},
		{"a politician is not the company's", "Siemens baut ein Werk in Erlangen. Ministerpräsident Markus Söder kam zur Eröffnung.", "Markus Söder", ""},
		{"a new paragraph", "Die Commerzbank schließt Filialen.\nSprecherin Maria Ludwig sagte, der Wetterdienst warne vor Sturm.", "Maria Ludwig", ""},
		{"two organizations, neither the subject", "Nach Gesprächen mit BMW und mit Audi äußerte sich Vorstandschef Peter Brandt.", "Peter Brandt", ""},
		{"a governor after only a company", "BMW legt Zahlen vor. Gouverneur Gavin Newsom lobte das Werk.", "Gavin Newsom", ""},
		{"no organization in the paragraph", "Das Wetter war schlecht. Vorstandschef Peter Brandt blieb zu Hause.", "Peter Brandt", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *entity.Mention
			ms := entity.Find(tt.text)
			for i := range ms {
				if ms[i].Kind == entity.Person && ms[i].Entity.Name == tt.person {
					got = &ms[i]
					break
				}
			}
			require.NotNil(t, got, "person %q not found in %v", tt.person, ms)
			assert.Equal(t, tt.want, got.Organization)
		})
	}
}

func TestDocZeroAndOutOfRange(t *testing.T) {
	var d *entity.Doc
	_, ok := d.Resolve(0)
	assert.False(t, ok)
	var z entity.Doc
	_, ok = z.Resolve(-5)
	assert.False(t, ok)
	doc := entity.NewRecognizer().FindDoc("Siemens wächst. Der Konzern ist zufrieden.")
	for _, off := range []int{-1, 1 << 40, len(doc.Text)} {
		_, ok := doc.Resolve(off)
		assert.False(t, ok, "offset %d", off)
	}
}
