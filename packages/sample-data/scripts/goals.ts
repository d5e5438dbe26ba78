import type { ActorLookup } from './actor-lookup.js';
import { field, type FieldId } from './vocabulary.js';

/** The status of an action step. */
export type Status = 'planned' | 'in-progress' | 'done' | 'dropped';

/** An action step as written by hand; actors are looked up among the generated providers. */
export interface StepSpec {
  de: string;
  en: string;
  responsible: (a: ActorLookup) => string[];
  partners?: (a: ActorLookup) => string[];
  cities?: readonly string[];
  status: Status;
  /** Klimakonferenz statements (`<workshop>/<statement>` in the klimakonferenz sample) the step answers. */
  sources: readonly string[];
}

/** A goal with its action steps. */
export interface GoalSpec {
  key: string;
  field: FieldId;
  de: string;
  en: string;
  descDe: string;
  descEn: string;
  /** Klimakonferenz statements the goal came from. */
  sources: readonly string[];
  steps: readonly StepSpec[];
}

/** The goals the Fachtag set per field of action (fictional wording after the seed's themes). */
export const goalSpecs: readonly GoalSpec[] = [
  {
    key: 'wohnen-dezentral',
    sources: ['rek-2017-wohnen/g02', 'rek-2017-wohnen/g03', 'rek-2017-wohnen/f04'],
    field: field.wohnen,
    de: 'Dezentrales Wohnen vor zentraler Unterbringung',
    en: 'Flats before central shelters',
    descDe:
      'Möglichst viele Neuzugewanderte leben in eigenen Wohnungen; Sammelunterkünfte sind nur Übergang.',
    descEn:
      'As many newcomers as possible live in their own flats; shelters are only a transition.',
    steps: [
      {
        de: 'Kreisweite Übersicht über Wohnraum für 1–2-Personen-Haushalte erstellen',
        en: 'Create a county-wide overview of housing for one- and two-person households',
        responsible: (a) => [a.id('ki')],
        partners: (a) => [a.city('marl'), a.city('herten')],
        status: 'in-progress',
        sources: ['rek-2017-wohnen/g01'],
      },
      {
        de: 'Mietführerschein in allen zehn Städten anbieten',
        en: 'Offer the tenant’s licence course in all ten cities',
        responsible: (a) => [a.id(['caritas', 'awo'], 'recklinghausen')],
        partners: (a) => [a.id('ki')],
        status: 'done',
        sources: ['rek-2017-wohnen/f03'],
      },
      {
        de: 'Runde mit Wohnungsgesellschaften zu Vergabekriterien',
        en: 'Round table with housing companies on allocation criteria',
        responsible: (a) => [a.city('gladbeck')],
        cities: ['gladbeck'],
        status: 'planned',
        sources: ['rek-2017-wohnen/f02', 'rek-2017-wohnen/w01'],
      },
    ],
  },
  {
    key: 'wohnen-nachbarschaft',
    sources: ['rek-2017-wohnen/f01', 'rek-2017-sicherheit-rassismus/f03'],
    field: field.wohnen,
    de: 'Gute Nachbarschaft in den Quartieren',
    en: 'Good neighbourhoods',
    descDe:
      'Neue und alteingesessene Nachbar*innen lernen sich kennen; Konflikte werden früh gelöst.',
    descEn: 'New and long-standing neighbours get to know each other; conflicts are solved early.',
    steps: [
      {
        de: 'Wohnpatenschaften in Quartieren mit Unterkünften aufbauen',
        en: 'Set up housing mentorships in neighbourhoods with shelters',
        responsible: (a) => [a.id('initiative', 'dorsten')],
        cities: ['dorsten'],
        status: 'in-progress',
        sources: ['rek-2017-wohnen/f01'],
      },
      {
        de: 'Nachbarschaftsfeste jährlich in jedem Stadtteilzentrum',
        en: 'Annual neighbourhood festivals in every neighbourhood centre',
        responsible: (a) => [a.id('stadtteilzentrum', 'castrop-rauxel')],
        status: 'done',
        sources: ['rek-2017-sicherheit-rassismus/f03'],
      },
    ],
  },
  {
    key: 'bildung014-kita',
    sources: ['rek-2017-bildung-0-14/g01', 'rek-2017-bildung-0-14/w01'],
    field: field.bildung014,
    de: 'Jedes Kind erreicht einen Kita-Platz oder ein Brückenangebot',
    en: 'Every child reaches a day-care place or a bridging offer',
    descDe: 'Lücken zwischen Ankunft und Kita-Platz werden mit Brückenangeboten gefüllt.',
    descEn: 'Gaps between arrival and a day-care place are filled with bridging offers.',
    steps: [
      {
        de: 'Brückenangebote in allen Städten kartieren und in die Datenbank aufnehmen',
        en: 'Map bridging offers in all cities and add them to the database',
        responsible: (a) => [a.id('ki')],
        status: 'done',
        sources: ['rek-2017-bildung-0-14/f02', 'rek-2017-bildung-0-14/f01'],
      },
      {
        de: 'Kita-Navigator mehrsprachig erklären (Erklärvideos)',
        en: 'Explain the Kita-Navigator in several languages (videos)',
        responsible: (a) => [a.city('recklinghausen')],
        partners: (a) => [a.id('familienzentrum', 'recklinghausen')],
        cities: ['recklinghausen'],
        status: 'in-progress',
        sources: ['rek-2017-familie/w03'],
      },
    ],
  },
  {
    key: 'bildung014-schule',
    sources: ['rek-2017-bildung-0-14/g02', 'rek-2017-bildung-0-14/w02'],
    field: field.bildung014,
    de: 'Seiteneinsteiger*innen schnell in die Schule bringen',
    en: 'Get newly arrived pupils into school quickly',
    descDe: 'Zwischen Ankunft und Schulbesuch liegen höchstens sechs Wochen.',
    descEn: 'No more than six weeks between arrival and school attendance.',
    steps: [
      {
        de: 'Seiteneinsteigerberatung um Außensprechstunden erweitern',
        en: 'Extend school placement advice with outreach hours',
        responsible: (a) => [a.id('ki')],
        partners: (a) => [a.city('haltern'), a.city('waltrop')],
        cities: ['haltern', 'waltrop'],
        status: 'done',
        sources: ['rek-2017-bildung-0-14/g02'],
      },
      {
        de: 'Infoabende zur Schulplatzvergabe in fünf Sprachen',
        en: 'Information evenings on school placement in five languages',
        responsible: (a) => [a.id('ki')],
        status: 'in-progress',
        sources: ['rek-2017-bildung-0-14/w02'],
      },
      {
        de: 'Hausaufgabenhilfe an jeder Grundschule mit Seiteneinsteigerklasse',
        en: 'Homework help at every primary school with a class for newcomers',
        responsible: (a) => [a.city('marl')],
        partners: (a) => [a.id('jugendzentrum', 'marl')],
        cities: ['marl'],
        status: 'planned',
        sources: ['rek-2017-familie/f02'],
      },
    ],
  },
  {
    key: 'bildung15-sprachkurse',
    sources: ['rek-2017-bildung-ab-15/g01', 'rek-2017-bildung-ab-15/g02'],
    field: field.bildung15,
    de: 'Sprachkurse ohne Wartezeit und mit Kinderbetreuung',
    en: 'Language courses without waiting and with childcare',
    descDe:
      'Wer einen Integrationskurs braucht, beginnt innerhalb von drei Monaten; Eltern finden Kurse mit Kinderbetreuung.',
    descEn:
      'Anyone who needs an integration course starts within three months; parents find courses with childcare.',
    steps: [
      {
        de: 'Kurstermine aller Träger in einer kreisweiten Übersicht bündeln',
        en: 'Bundle the course dates of all providers in one county-wide overview',
        responsible: (a) => [a.id('ki')],
        partners: (a) => [a.id('vhs', 'recklinghausen'), a.id('bildungstraeger')],
        status: 'done',
        sources: ['rek-2017-bildung-ab-15/f02', 'rek-2017-bildung-ab-15/w03'],
      },
      {
        de: 'Zwei zusätzliche Kurse mit Kinderbetreuung im Nordkreis',
        en: 'Two additional courses with childcare in the north of the county',
        responsible: (a) => [a.id('vhs', 'dorsten')],
        cities: ['dorsten', 'haltern'],
        status: 'in-progress',
        sources: ['rek-2017-bildung-ab-15/f01', 'rek-2017-bildung-ab-15/g04'],
      },
    ],
  },
  {
    key: 'bildung15-ehrenamt-sprache',
    sources: ['rek-2017-bildung-ab-15/w01'],
    field: field.bildung15,
    de: 'Sprachcafés als Ergänzung zum Kurs stärken',
    en: 'Strengthen language cafés alongside courses',
    descDe: 'Ehrenamtliche Sprachangebote sind bekannt, qualifiziert und mit Kursen verzahnt.',
    descEn: 'Volunteer language offers are known, trained and linked with courses.',
    steps: [
      {
        de: 'Methodenworkshop für Leitungen von Sprachcafés',
        en: 'Methods workshop for language café leaders',
        responsible: (a) => [a.id('ki')],
        partners: (a) => [a.id('vhs', 'gladbeck')],
        status: 'done',
        sources: ['rek-2017-bildung-ab-15/w01'],
      },
      {
        de: 'Sprachcafés auf der Kreiskarte sichtbar machen',
        en: 'Show language cafés on the county map',
        responsible: (a) => [a.id('ki')],
        status: 'planned',
        sources: ['rek-2017-bildung-0-14/w04'],
      },
    ],
  },
  {
    key: 'sicherheit-beratung',
    sources: ['rek-2017-sicherheit-rassismus/g02', 'rek-2017-sicherheit-rassismus/w01'],
    field: field.sicherheit,
    de: 'Rassismus erkennen, benennen und Betroffene beraten',
    en: 'Recognise and name racism and counsel those affected',
    descDe: 'In jeder Stadt gibt es eine erreichbare Anlaufstelle bei Diskriminierung.',
    descEn: 'Every city has an accessible point of contact for discrimination.',
    steps: [
      {
        de: 'Außensprechstunden der Antidiskriminierungsberatung in allen Städten',
        en: 'Outreach hours of anti-discrimination counselling in all cities',
        responsible: (a) => [a.id('adb')],
        partners: (a) => [a.id('ki')],
        status: 'in-progress',
        sources: ['rek-2017-sicherheit-rassismus/f01'],
      },
      {
        de: 'Meldebogen für rassistische Vorfälle in Schulen einführen',
        en: 'Introduce a form for reporting racist incidents in schools',
        responsible: (a) => [a.id('ki')],
        status: 'planned',
        sources: ['rek-2017-sicherheit-rassismus/w01'],
      },
    ],
  },
  {
    key: 'sicherheit-fortbildung',
    sources: ['rek-2017-sicherheit-rassismus/f02', 'rek-2017-sicherheit-rassismus/w03'],
    field: field.sicherheit,
    de: 'Fachkräfte und Ehrenamtliche diskriminierungssensibel qualifizieren',
    en: 'Train staff and volunteers to be sensitive to discrimination',
    descDe: 'Fortbildungen zu Haltung, Stammtischparolen und Gewaltschutz erreichen alle Städte.',
    descEn:
      'Training on attitudes, prejudiced slogans and protection from violence reaches all cities.',
    steps: [
      {
        de: 'Argumentationstraining gegen Stammtischparolen zweimal jährlich',
        en: 'Training against prejudiced slogans twice a year',
        responsible: (a) => [a.id('ki')],
        status: 'done',
        sources: ['rek-2017-sicherheit-rassismus/f02'],
      },
      {
        de: 'Gewaltschutzkonzepte in allen Unterkünften überprüfen',
        en: 'Review protection concepts in all shelters',
        responsible: (a) => [a.city('herten'), a.city('castrop-rauxel')],
        cities: ['herten', 'castrop-rauxel'],
        status: 'in-progress',
        sources: ['rek-2017-sicherheit-rassismus/g03', 'rek-2017-familie/g01'],
      },
      {
        de: 'Eigene Polizeisprechstunde in Unterkünften',
        en: 'Own police office hours in shelters',
        responsible: (a) => [a.city('datteln')],
        cities: ['datteln'],
        status: 'dropped',
        sources: ['rek-2017-sicherheit-rassismus/g01'],
      },
    ],
  },
  {
    key: 'sport-vereine',
    sources: ['rek-2017-sport/w01', 'rek-2017-sport/f02'],
    field: field.sport,
    de: 'Sportvereine öffnen sich für Neuzugewanderte',
    en: 'Sports clubs open up to newcomers',
    descDe: 'Vereine bieten niedrigschwellige Schnupperangebote und beitragsfreie Einstiegszeiten.',
    descEn: 'Clubs offer easy taster sessions and fee-free starting periods.',
    steps: [
      {
        de: 'Netzwerk „Integration durch Sport“ mit Migrantenorganisationen aufbauen',
        en: 'Build the “Integration durch Sport” network with migrant organisations',
        responsible: (a) => [a.id('ksb')],
        partners: (a) => [a.id('ki')],
        status: 'in-progress',
        sources: ['rek-2017-sport/f01'],
      },
      {
        de: 'Infobroschüre „Fit für die Vielfalt im Sport“ veröffentlichen',
        en: 'Publish the brochure “Fit für die Vielfalt im Sport”',
        responsible: (a) => [a.id('ksb')],
        status: 'done',
        sources: ['rek-2017-sport/w02'],
      },
    ],
  },
  {
    key: 'sport-frauen',
    sources: ['rek-2017-sport/w03', 'rek-2017-sport/f03'],
    field: field.sport,
    de: 'Mehr Sportangebote für Frauen und Mädchen',
    en: 'More sport for women and girls',
    descDe: 'Schwimm- und Bewegungsangebote in geschütztem Rahmen in jeder Stadt.',
    descEn: 'Swimming and exercise in a protected setting in every city.',
    steps: [
      {
        de: 'Frauenschwimmzeiten in allen Hallenbädern',
        en: 'Women-only swimming times in all indoor pools',
        responsible: (a) => [a.city('gladbeck'), a.city('marl')],
        cities: ['gladbeck', 'marl'],
        status: 'in-progress',
        sources: ['rek-2017-sport/f03'],
      },
      {
        de: 'Übungsleiterinnen mit Migrationsgeschichte ausbilden',
        en: 'Train female coaches with a migration background',
        responsible: (a) => [a.id('ksb')],
        status: 'planned',
        sources: ['rek-2017-sport/g01'],
      },
    ],
  },
  {
    key: 'arbeit-anerkennung',
    sources: ['rek-2017-ausbildung-arbeit/g01', 'rek-2017-bildung-ab-15/g03'],
    field: field.arbeit,
    de: 'Abschlüsse schneller anerkennen',
    en: 'Recognise qualifications faster',
    descDe: 'Anerkennungsberatung ist bekannt und Wartezeiten sinken.',
    descEn: 'Recognition advice is known and waiting times fall.',
    steps: [
      {
        de: 'Anerkennungsberatung als Online-Sprechstunde anbieten',
        en: 'Offer recognition advice as online office hours',
        responsible: (a) => [a.id('agentur')],
        status: 'done',
        sources: ['rek-2017-ausbildung-arbeit/f01'],
      },
      {
        de: 'Lotsenstelle für Pflegeberufe im Kreis einrichten',
        en: 'Set up a guidance post for nursing professions in the county',
        responsible: (a) => [a.id('jobcenter')],
        partners: (a) => [a.id('bildungstraeger')],
        status: 'planned',
        sources: ['rek-2017-ausbildung-arbeit/w02'],
      },
    ],
  },
  {
    key: 'arbeit-frauen',
    sources: ['rek-2017-ausbildung-arbeit/g03'],
    field: field.arbeit,
    de: 'Geflüchtete Frauen in Ausbildung und Arbeit begleiten',
    en: 'Support refugee women into training and work',
    descDe:
      'Niedrigschwellige Qualifizierungen mit Kinderbetreuung öffnen Wege in Pflege und Betreuung.',
    descEn: 'Easy-access qualifications with childcare open paths into care work.',
    steps: [
      {
        de: 'Basisqualifizierung Alltagsbegleitung mit Beratungscafé verstetigen',
        en: 'Make the basic care qualification with advice café permanent',
        responsible: (a) => [a.id(['caritas', 'awo'], 'recklinghausen')],
        status: 'in-progress',
        sources: ['rek-2017-ausbildung-arbeit/f02'],
      },
      {
        de: 'Infoveranstaltungen zu Berufsfeldern gemeinsam mit dem Jobcenter',
        en: 'Information events on occupational fields together with the Jobcenter',
        responsible: (a) => [a.id('jobcenter')],
        partners: (a) => [a.id('ki')],
        status: 'done',
        sources: ['rek-2017-ausbildung-arbeit/f03'],
      },
      {
        de: 'Interkulturelle Arbeitsmarktlotsen in weitere Städte übertragen',
        en: 'Transfer intercultural labour-market guides to more cities',
        responsible: (a) => [a.id('ki')],
        partners: (a) => [a.city('waltrop'), a.city('oer-erkenschwick')],
        cities: ['waltrop', 'oer-erkenschwick'],
        status: 'in-progress',
        sources: ['rek-2017-engagement/f02'],
      },
    ],
  },
  {
    key: 'engagement-qualifizierung',
    sources: ['rek-2017-engagement/w02', 'rek-2017-engagement/f01'],
    field: field.engagement,
    de: 'Ehrenamtliche qualifizieren und entlasten',
    en: 'Train and relieve volunteers',
    descDe:
      'Halbjährliche Fortbildungsreihe und Stammtische; Ehrenamt und Hauptamt begegnen sich auf Augenhöhe.',
    descEn:
      'Half-yearly training series and regular meetings; volunteers and staff meet as equals.',
    steps: [
      {
        de: 'Fortbildungsreihe über KOMM-AN NRW fortführen',
        en: 'Continue the training series funded by KOMM-AN NRW',
        responsible: (a) => [a.id('ki')],
        status: 'in-progress',
        sources: ['rek-2017-engagement/f01'],
      },
      {
        de: 'Ehrenamtsstammtische in allen Städten etablieren',
        en: 'Establish volunteer meet-ups in all cities',
        responsible: (a) => [a.id('initiative', 'herten'), a.id('initiative', 'waltrop')],
        cities: ['herten', 'waltrop'],
        status: 'done',
        sources: ['rek-2017-engagement/g01'],
      },
    ],
  },
  {
    key: 'engagement-transparenz',
    sources: ['rek-2017-engagement/w01', 'rek-2017-bildung-0-14/w04'],
    field: field.engagement,
    de: 'Transparenz über Angebote und Ansprechpartner*innen',
    en: 'Transparency about offers and contacts',
    descDe: 'Die Angebotsdatenbank ist aktuell; jede Stadt pflegt ihre Einträge.',
    descEn: 'The offer database is current; every city maintains its entries.',
    steps: [
      {
        de: 'Jährliche Aktualisierungsrunde mit allen Trägern',
        en: 'Annual update round with all providers',
        responsible: (a) => [a.id('ki')],
        status: 'in-progress',
        sources: ['rek-2017-ausbildung-arbeit/w02'],
      },
      {
        de: 'Good-Practice-Beispiele mit Ansprechpartner*innen veröffentlichen',
        en: 'Publish good-practice examples with contacts',
        responsible: (a) => [a.id('ki')],
        status: 'done',
        sources: ['rek-2017-engagement/g03'],
      },
    ],
  },
  {
    key: 'familie-frauen',
    sources: ['rek-2017-familie/w01', 'rek-2017-familie/g01'],
    field: field.familie,
    de: 'Frauen stärken und schützen',
    en: 'Empower and protect women',
    descDe: 'Spezielle Angebote für Frauen in jeder Stadt, mit Kinderbetreuung und Gewaltschutz.',
    descEn:
      'Dedicated offers for women in every city, with childcare and protection from violence.',
    steps: [
      {
        de: 'Frauentreffs mit Kinderbetreuung in allen Städten',
        en: 'Women’s groups with childcare in all cities',
        responsible: (a) => [a.id(['awo', 'caritas'], 'herten')],
        cities: ['herten'],
        status: 'in-progress',
        sources: ['rek-2017-familie/w01'],
      },
      {
        de: 'Mehrsprachige Info-Karte zum Hilfetelefon verteilen',
        en: 'Distribute a multilingual card on the violence helpline',
        responsible: (a) => [a.id('ki')],
        status: 'done',
        sources: ['rek-2017-familie/g01'],
      },
    ],
  },
  {
    key: 'familie-jugend',
    sources: ['rek-2017-familie/w02', 'rek-2017-familie/f03'],
    field: field.familie,
    de: 'Jugendliche in Freizeit und Beteiligung einbinden',
    en: 'Involve young people in leisure and participation',
    descDe: 'Jugendeinrichtungen erreichen junge Neuzugewanderte; Jugendliche gestalten mit.',
    descEn: 'Youth centres reach young newcomers; young people have a say.',
    steps: [
      {
        de: 'Tag der Begegnung für Schüler*innen mit und ohne Fluchterfahrung',
        en: 'Day of encounter for pupils with and without refugee experience',
        responsible: (a) => [a.id('ki')],
        partners: (a) => [a.id('jmd')],
        status: 'done',
        sources: ['rek-2017-bildung-0-14/f04'],
      },
      {
        de: 'Mädchentreffs in allen großen Städten',
        en: 'Girls’ groups in all larger cities',
        responsible: (a) => [a.id('jugendzentrum', 'gladbeck')],
        cities: ['gladbeck'],
        status: 'planned',
        sources: ['rek-2017-familie/f03'],
      },
    ],
  },
];
