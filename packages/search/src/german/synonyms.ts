// Groups of words that mean the same to someone looking for an integration offer, written as people write
// them (analysis folds umlauts and endings); one group per line in the source. Words joined by "_" are a
// phrase of everyday speech ("deutsch_lernen"): typed in that order, it finds the group's single words.
const GROUPS = `deutschkurs sprachkurs integrationskurs deutschunterricht sprachunterricht deutsch_lernen sprache_lernen deutsch_verbessern deutsch_üben
kita kindergarten kindertagesstatte kindertagesstätte kinderbetreuung krippe kinderkrippe kindertagespflege tagesmutter
job arbeit stelle beschäftigung erwerbstätigkeit arbeitsplatz
jobsuche arbeitssuche stellensuche bewerbung arbeit_suchen arbeit_finden job_suchen job_finden stelle_suchen arbeitsplatz_suchen
wohnung unterkunft wohnraum
wohnungssuche wohnungsnot obdach wohnung_suchen wohnung_finden
beratung hilfe unterstützung
arzt ärztin mediziner doktor
gesundheit medizin
krankenhaus klinik
psychologe psychotherapie therapeut psychisch seelisch
trauma traumatisiert
flüchtling flüchtlinge geflüchtete geflüchteter asylbewerber schutzsuchende
migrant migrantin zugewanderte zugewanderter neuzugewanderte einwanderer zuwanderer
migration zuwanderung einwanderung
asyl asylverfahren
aufenthalt aufenthaltserlaubnis aufenthaltstitel aufenthaltsstatus
ausländerbehörde ausländeramt
einbürgerung staatsbürgerschaft staatsangehörigkeit deutscher_pass
vhs volkshochschule
jmd jugendmigrationsdienst
mbe migrationsberatung
bamf bundesamt
farsi persisch dari
jobcenter arbeitsamt
arbeitsagentur arbeitsamt
sozialamt sozialhilfe
bürgergeld sozialleistungen grundsicherung
kindergeld familienkasse
elterngeld elternzeit
schule schulunterricht
schüler schülerin schulkind
hausaufgaben hausaufgabenhilfe lernhilfe nachhilfe
ausbildung lehre berufsausbildung
praktikum hospitation
studium hochschule universität uni
anerkennung gleichwertigkeit
zeugnis abschluss
beruf berufsorientierung
kurs lehrgang seminar
workshop werkstatt
treffpunkt begegnung treff leute_kennenlernen leute_treffen
café cafe
frauen frau mütter
männer mann väter
kinder kind
jugendliche jugend teenager
senioren ältere rentner
familie familien eltern
baby säugling neugeborene
schwangerschaft schwanger
sport bewegung fitness turnen gymnastik
fußball fussball kicken
schwimmen schwimmkurs
fahrrad rad radfahren
führerschein fahrschule
dolmetscher übersetzer sprachmittler dolmetschen übersetzen sprachmittlung
übersetzung dolmetscherdienst
ehrenamt freiwillige ehrenamtliche engagement
pate patin patenschaft mentor mentoring
lotse lotsin wegweiser
nachbarschaft stadtteil quartier
begleitung begleiten
behörde amt verwaltung
formular antrag anträge
geld finanzen
schulden schuldnerberatung überschuldung
rechtsberatung rechtshilfe anwalt
rassismus diskriminierung
gewalt gewaltschutz
frauenhaus schutzraum
sucht suchtberatung drogen
behinderung beeinträchtigung handicap inklusion
barrierefrei rollstuhlgerecht stufenlos
essen lebensmittel tafel
kleidung kleiderkammer kleiderspende
möbel möbellager
computer pc laptop
internet online digital
handy smartphone
alphabetisierung alphakurs analphabet analphabeten analphabetin lesen lesen_lernen schreiben_lernen lesen_und_schreiben
schreiben rechtschreibung
konversation gespräch sprechen
sprachcafé sprachcafe sprachtreff
grammatik sprachlehre
prüfung test examen
zertifikat nachweis
kostenlos gratis umsonst kostenfrei unentgeltlich
günstig preiswert ermäßigt
termin sprechstunde öffnungszeit
anmeldung registrierung
notfall notdienst
polizei sicherheit
recht rechte gesetz
religion glaube
moschee gemeinde
kirche gemeinde
musik singen chor
kunst malen kreativ
theater schauspiel
kochen backen küche
garten gärtnern urbangardening
natur umwelt
ausflug exkursion
freizeit hobby
spielen spielgruppe spiel
krabbelgruppe eltern-kind-gruppe
hebamme geburtshilfe
impfung impfen
zahnarzt zähne
pflege pflegedienst
wohngeld mietzuschuss
miete mietvertrag
kündigung räumung
energie strom heizung
mobilität verkehr bus bahn
ticket fahrkarte
bildung lernen
weiterbildung fortbildung qualifizierung
bewerbungstraining bewerbungscoaching
lebenslauf vita
selbstständigkeit existenzgründung gründung
unternehmen firma betrieb
arbeitgeber unternehmer
sprache sprachen
deutsch deutschsprachig
integration teilhabe eingliederung
willkommen ankommen
orientierung orientierungskurs
demokratie politik
wahlen wählen
frauentreff frauencafé frauengruppe
jugendtreff jugendzentrum jugendhaus
seniorentreff seniorencafé
mädchen mädchengruppe
jungen jungengruppe
lgbt queer lsbti
einsamkeit isolation
nähen nähkurs schneidern
reparatur reparaturcafé
handwerk handwerker
pflegekraft pfleger pflegerin
erzieher erzieherin pädagoge
sozialarbeiter sozialarbeiterin streetworker
quartiersmanagement stadtteilbüro
ukrainer ukrainerin ukraine
syrer syrerin syrien
afghanistan afghane afghanin`;

/** The shipped synonym groups for integration offers in German (each line of the source is one group). */
export const germanSynonyms: readonly (readonly string[])[] = GROUPS.split('\n').map((line) =>
  line.split(' ').map((entry) => entry.replaceAll('_', ' ')),
);
