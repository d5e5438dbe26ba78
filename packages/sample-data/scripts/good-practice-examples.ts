import type { ProviderType } from './providers.js';
import { field, group, type FieldId, type GroupId } from './vocabulary.js';

/** One good-practice example as written by hand; the generator links it to generated records. */
export interface GoodPracticeSpec {
  key: string;
  city: string;
  actor: readonly ProviderType[];
  /** Offer templates whose offers in this city the example links to. */
  offerKeys: readonly string[];
  fields: readonly FieldId[];
  groups: readonly GroupId[];
  title: readonly [string, string];
  summary: readonly [string, string];
  whatWorks: readonly [string, string];
  since: string;
  projectId?: string;
}

/** The good-practice examples of the sample (fictional, after the kinds of practice the seed names). */
export const goodPracticeSpecs: readonly GoodPracticeSpec[] = [
  {
    key: 'mietfuehrerschein-marl',
    city: 'marl',
    actor: ['caritas', 'awo'],
    offerKeys: ['mietfuehrerschein'],
    fields: [field.wohnen],
    groups: [group.neu],
    title: [
      'Mietführerschein mit Wohnungsgesellschaften',
      'Tenant’s licence with housing companies',
    ],
    summary: [
      'Wer den Mietführerschein besteht, wird von zwei Wohnungsgesellschaften bevorzugt zur Besichtigung eingeladen.',
      'Graduates of the tenant’s licence are invited to viewings first by two housing companies.',
    ],
    whatWorks: [
      'Verbindliche Absprache mit Vermietern vor Kursstart; Zertifikat mit Foto.',
      'Binding agreement with landlords before the course; certificate with photo.',
    ],
    since: '2019-04-01',
  },
  {
    key: 'wohnpaten-dorsten',
    city: 'dorsten',
    actor: ['initiative'],
    offerKeys: ['wohnpaten'],
    fields: [field.wohnen, field.engagement],
    groups: [group.neu, group.vorOrt],
    title: ['Wohnpatenschaften im Quartier', 'Housing mentors in the neighbourhood'],
    summary: [
      'Ehrenamtliche begleiten Familien beim Auszug aus der Unterkunft bis zur ersten Nebenkostenabrechnung.',
      'Volunteers accompany families from leaving the shelter to their first service-charge statement.',
    ],
    whatWorks: [
      'Feste Ansprechperson für Vermieter senkt Hemmschwellen bei der Vermietung.',
      'A fixed contact for landlords lowers the threshold to rent out.',
    ],
    since: '2018-09-01',
  },
  {
    key: 'nachbarschaftsfest-castrop',
    city: 'castrop-rauxel',
    actor: ['stadtteilzentrum'],
    offerKeys: ['nachbarschaftsfest', 'begegnungscafe'],
    fields: [field.wohnen, field.engagement],
    groups: [group.vorOrt, group.neu],
    title: ['Straßenfest, das alle vorbereiten', 'A street festival everyone prepares'],
    summary: [
      'Das Fest wird von zwölf Vereinen, drei Gemeinden und Bewohner*innen der Unterkunft gemeinsam geplant.',
      'The festival is planned jointly by twelve clubs, three congregations and residents of the shelter.',
    ],
    whatWorks: [
      'Vorbereitungstreffen sind selbst schon Begegnung.',
      'The preparation meetings are encounters in themselves.',
    ],
    since: '2017-06-10',
  },
  {
    key: 'brueckenangebot-gladbeck',
    city: 'gladbeck',
    actor: ['familienzentrum'],
    offerKeys: ['brueckenprojekt-kita', 'kita-sprachfoerderung'],
    fields: [field.bildung014, field.familie],
    groups: [group.kita, group.neu],
    title: ['Spielgruppe als Brücke in die Kita', 'Play group as a bridge into day care'],
    summary: [
      'Kinder ohne Kita-Platz besuchen eine Spielgruppe im Familienzentrum; 80 % wechseln innerhalb eines Jahres in eine Kita.',
      'Children without a day-care place attend a play group in the family centre; 80% move into day care within a year.',
    ],
    whatWorks: [
      'Eltern sind dabei und lernen die Kita kennen, bevor ihr Kind dort anfängt.',
      'Parents take part and get to know day care before their child starts.',
    ],
    since: '2020-02-01',
  },
  {
    key: 'seiteneinsteiger-haltern',
    city: 'haltern',
    actor: ['stadt'],
    offerKeys: ['seiteneinsteiger-beratung'],
    fields: [field.bildung014],
    groups: [group.schule, group.jugend],
    title: ['Außensprechstunde der Seiteneinsteigerberatung', 'Outreach school placement advice'],
    summary: [
      'Einmal im Monat berät das KI im Rathaus Haltern; Familien sparen die Fahrt nach Recklinghausen.',
      'Once a month the Integration Centre advises at Haltern town hall; families save the trip to Recklinghausen.',
    ],
    whatWorks: [
      'Kurze Wege im Flächenkreis; Termine werden mit der Schulverwaltung abgestimmt.',
      'Short distances in a large county; dates are agreed with the school office.',
    ],
    since: '2021-09-01',
  },
  {
    key: 'lesepaten-waltrop',
    city: 'waltrop',
    actor: ['initiative'],
    offerKeys: ['lesepaten', 'hausaufgabenhilfe-grundschule'],
    fields: [field.bildung014, field.engagement],
    groups: [group.schule],
    title: ['Lesepat*innen an allen Grundschulen', 'Reading mentors in every primary school'],
    summary: [
      'Dreißig Ehrenamtliche lesen wöchentlich mit Kindern, die Deutsch lernen.',
      'Thirty volunteers read weekly with children who are learning German.',
    ],
    whatWorks: [
      'Feste Paare aus Kind und Pat*in über ein ganzes Schuljahr.',
      'Fixed pairs of child and mentor for a whole school year.',
    ],
    since: '2018-01-15',
  },
  {
    key: 'kinderbetreuung-kurs-recklinghausen',
    city: 'recklinghausen',
    actor: ['vhs'],
    offerKeys: ['integrationskurs-kinderbetreuung'],
    fields: [field.bildung15, field.familie],
    groups: [group.frauen, group.kita],
    title: [
      'Integrationskurs mit Kinderbetreuung im selben Haus',
      'Integration course with childcare in the same building',
    ],
    summary: [
      'Mütter, die sonst keinen Kurs besuchen könnten, schließen zu 70 % mit B1 ab.',
      'Mothers who could otherwise not attend a course; 70% pass at B1.',
    ],
    whatWorks: [
      'Betreuung nebenan statt in einer anderen Einrichtung; gleiche Zeiten wie der Kurs.',
      'Childcare next door instead of elsewhere; same times as the course.',
    ],
    since: '2017-10-01',
  },
  {
    key: 'sprachcafe-herten',
    city: 'herten',
    actor: ['kirche', 'moschee', 'initiative'],
    offerKeys: ['sprachcafe', 'sprachcafe-frauen'],
    fields: [field.bildung15, field.engagement],
    groups: [group.erw, group.vorOrt],
    title: [
      'Sprachcafé von Kirche und Moscheegemeinde gemeinsam',
      'Language café run jointly by church and mosque',
    ],
    summary: [
      'Zwei Gemeinden wechseln sich als Gastgeber ab; die Gruppen kennen beide Häuser.',
      'Two congregations take turns as hosts; the groups know both buildings.',
    ],
    whatWorks: [
      'Gemeinsame Verantwortung; Ehrenamtliche aus beiden Gemeinden.',
      'Shared responsibility; volunteers from both congregations.',
    ],
    since: '2016-11-01',
  },
  {
    key: 'online-kurs-gladbeck',
    city: 'gladbeck',
    actor: ['vhs'],
    offerKeys: ['online-deutschkurs', 'berufssprachkurs'],
    fields: [field.bildung15, field.arbeit],
    groups: [group.erw],
    title: ['Abend-Onlinekurs für Berufstätige', 'Evening online course for working people'],
    summary: [
      'Schichtarbeitende lernen abends online; Leihgeräte und Technik-Sprechstunde senken die Hürde.',
      'Shift workers learn online in the evening; loan devices and a tech clinic lower the barrier.',
    ],
    whatWorks: [
      'Technik-Sprechstunde vor Kursstart; feste Lehrkraft.',
      'Tech clinic before the course starts; a fixed teacher.',
    ],
    since: '2022-01-10',
  },
  {
    key: 'antidiskriminierung-aussensprechstunde',
    city: 'marl',
    actor: ['stadt'],
    offerKeys: ['antidiskriminierungsberatung'],
    fields: [field.sicherheit],
    groups: [group.erw, group.laenger],
    title: [
      'Antidiskriminierungsberatung im Stadtteilbüro',
      'Anti-discrimination counselling in the neighbourhood office',
    ],
    summary: [
      'Die Beratung ist dort, wo Menschen ohnehin hinkommen; die Zahl der Meldungen hat sich verdoppelt.',
      'Counselling where people go anyway; reports have doubled.',
    ],
    whatWorks: [
      'Vertrauen durch bekannte Räume und mehrsprachiges Team.',
      'Trust through familiar rooms and a multilingual team.',
    ],
    since: '2023-03-01',
  },
  {
    key: 'radfahrkurs-oer',
    city: 'oer-erkenschwick',
    actor: ['initiative', 'stadt'],
    offerKeys: ['verkehrssicherheit'],
    fields: [field.sicherheit, field.sport],
    groups: [group.frauen],
    title: ['Radfahrkurs für Frauen mit Leihrädern', 'Cycling course for women with loan bikes'],
    summary: [
      'Nach dem Kurs können die Teilnehmerinnen ein gespendetes Rad übernehmen.',
      'After the course participants can take over a donated bike.',
    ],
    whatWorks: [
      'Fahrradwerkstatt der Initiative bereitet Spendenräder auf.',
      'The initiative’s bike workshop refurbishes donated bikes.',
    ],
    since: '2019-05-01',
  },
  {
    key: 'stammtischparolen-kreis',
    city: 'recklinghausen',
    actor: ['stadt'],
    offerKeys: ['stammtischparolen', 'interkulturelle-fortbildung'],
    fields: [field.sicherheit, field.engagement],
    groups: [group.multi],
    title: ['Argumentationstraining in Sportvereinen', 'Argument training in sports clubs'],
    summary: [
      'Übungsleiter*innen üben, wie sie bei rassistischen Sprüchen im Training eingreifen.',
      'Coaches practise intervening when racist remarks are made in training.',
    ],
    whatWorks: [
      'Training direkt im Vereinsheim, mit Beispielen aus dem Sport.',
      'Training in the clubhouse, with examples from sport.',
    ],
    since: '2018-03-01',
  },
  {
    key: 'fussball-datteln',
    city: 'datteln',
    actor: ['sportverein'],
    offerKeys: ['fussball-fuer-alle'],
    fields: [field.sport, field.engagement],
    groups: [group.jugend, group.jungeErw],
    title: [
      'Offenes Training mit Übergang in die Mannschaft',
      'Open training leading into the team',
    ],
    summary: [
      'Aus dem offenen Training sind zwei Mannschaften mit Spielern aus neun Ländern entstanden.',
      'The open training has produced two teams with players from nine countries.',
    ],
    whatWorks: [
      'Beitragsfreies erstes Jahr; Pass-Anträge erledigt der Verein.',
      'Fee-free first year; the club handles player registration.',
    ],
    since: '2016-04-01',
  },
  {
    key: 'maedchenschwimmen-gladbeck',
    city: 'gladbeck',
    actor: ['sportverein'],
    offerKeys: ['schwimmkurs-maedchen', 'frauenschwimmen'],
    fields: [field.sport, field.familie],
    groups: [group.frauen, group.schule],
    title: ['Mädchenschwimmen mit Trainerinnen', 'Girls’ swimming with female coaches'],
    summary: [
      'Geschlossene Halle und Trainerinnen: Eltern, die Schwimmkurse bisher ablehnten, melden ihre Töchter an.',
      'Closed pool and female coaches: parents who used to refuse swimming courses enrol their daughters.',
    ],
    whatWorks: [
      'Elternabend im Hallenbad vor Kursbeginn.',
      'Parents’ evening at the pool before the course starts.',
    ],
    since: '2019-09-01',
  },
  {
    key: 'cricket-recklinghausen',
    city: 'recklinghausen',
    actor: ['sportverein'],
    offerKeys: ['cricket', 'lauftreff'],
    fields: [field.sport],
    groups: [group.jungeErw, group.maenner],
    title: [
      'Cricket-Abteilung von Neuzugewanderten gegründet',
      'Cricket section founded by newcomers',
    ],
    summary: [
      'Junge Afghanen und Pakistaner haben im Verein eine Cricket-Abteilung aufgebaut und leiten sie selbst.',
      'Young Afghans and Pakistanis built a cricket section in the club and run it themselves.',
    ],
    whatWorks: [
      'Der Verein gab Platzzeiten und Versicherung, die Spieler die Organisation.',
      'The club provided pitch time and insurance, the players the organisation.',
    ],
    since: '2017-05-01',
  },
  {
    key: 'arbeitsmarktlotsen-herten',
    city: 'herten',
    actor: ['stadt'],
    offerKeys: ['arbeitsmarktlotsen', 'bewerbungstraining'],
    fields: [field.arbeit, field.engagement],
    groups: [group.erw, group.neu],
    title: ['Interkulturelle Arbeitsmarktlotsen', 'Intercultural labour-market guides'],
    summary: [
      'Lots*innen mit eigener Migrationsgeschichte begleiten Arbeitsuchende; das Modell wurde von drei Städten übernommen.',
      'Guides with their own migration history accompany jobseekers; three cities have adopted the model.',
    ],
    whatWorks: [
      'Schulung durch das KI und monatliche Fallbesprechung mit dem Jobcenter.',
      'Training by the Integration Centre and monthly case meetings with the Jobcenter.',
    ],
    since: '2017-02-01',
  },
  {
    key: 'pflegequalifizierung-frauen',
    city: 'recklinghausen',
    actor: ['caritas', 'awo'],
    offerKeys: ['basisqualifizierung-pflege'],
    fields: [field.arbeit, field.familie],
    groups: [group.frauen, group.neu],
    title: [
      'Basisqualifizierung Alltagsbegleitung mit Beratungscafé',
      'Basic care qualification with advice café',
    ],
    summary: [
      'Geflüchtete Frauen qualifizieren sich für die Betreuung Pflegebedürftiger; die Hälfte arbeitet danach in der Pflege.',
      'Refugee women qualify to support people in need of care; half then work in care.',
    ],
    whatWorks: [
      'Beratungscafé mit Kinderbetreuung begleitet über den Kurs hinaus.',
      'The advice café with childcare continues beyond the course.',
    ],
    since: '2018-02-01',
  },
  {
    key: 'handwerk-praktika-marl',
    city: 'marl',
    actor: ['stadt'],
    offerKeys: ['praktikum-handwerk', 'ausbildungsbegleitung'],
    fields: [field.arbeit],
    groups: [group.jungeErw],
    title: ['Praktikumsbörse Handwerk', 'Craft internship exchange'],
    summary: [
      'Handwerksbetriebe und junge Neuzugewanderte lernen sich bei einem Speed-Dating kennen; viele Praktika führen zur Ausbildung.',
      'Craft businesses and young newcomers meet at a speed-dating event; many internships lead to apprenticeships.',
    ],
    whatWorks: [
      'Ausbildungsbegleitung ab dem ersten Praktikumstag.',
      'Apprenticeship support from the first day of the internship.',
    ],
    since: '2019-03-01',
  },
  {
    key: 'fortbildungsreihe-kreis',
    city: 'recklinghausen',
    actor: ['stadt'],
    offerKeys: ['fortbildung-ehrenamt', 'ehrenamtsstammtisch'],
    fields: [field.engagement],
    groups: [group.multi],
    title: [
      'Kreisweite Fortbildungsreihe für Ehren- und Hauptamtliche',
      'County-wide training series for volunteers and staff',
    ],
    summary: [
      'Halbjährliches Programm mit Themenabenden in wechselnden Städten; Themen aus den Bedarfen der Engagierten.',
      'Half-yearly programme of theme evenings in changing cities; topics come from volunteers’ needs.',
    ],
    whatWorks: [
      'Austausch nach jedem Input; Ehrenamt und Hauptamt auf Augenhöhe.',
      'Exchange after every talk; volunteers and staff as equals.',
    ],
    since: '2017-01-01',
    projectId: 'projekt-fortbildungsreihe',
  },
  {
    key: 'sprachmittlerpool-kreis',
    city: 'datteln',
    actor: ['stadt'],
    offerKeys: ['sprachmittlerpool', 'ehrenamtliche-lotsen'],
    fields: [field.engagement, field.familie],
    groups: [group.multi, group.neu],
    title: [
      'Sprachmittlerpool für Kitas und Schulen',
      'Community interpreter pool for day care and schools',
    ],
    summary: [
      'Kitas und Schulen buchen geschulte Sprachmittler*innen für Elterngespräche – in über zwanzig Sprachen.',
      'Day-care centres and schools book trained community interpreters for parent meetings, in over twenty languages.',
    ],
    whatWorks: [
      'Einfache Anfrage per Formular; Schulung zu Rolle und Schweigepflicht.',
      'Simple request form; training on role and confidentiality.',
    ],
    since: '2018-06-01',
  },
  {
    key: 'elterncafe-castrop',
    city: 'castrop-rauxel',
    actor: ['familienzentrum'],
    offerKeys: ['elterncafe', 'rucksack-griffbereit'],
    fields: [field.familie, field.bildung014],
    groups: [group.erw, group.kita],
    title: ['Elterncafé mit Elternbegleiterinnen', 'Parents’ café with parent companions'],
    summary: [
      'Zweisprachige Elternbegleiterinnen leiten das Elterncafé; Eltern bringen eigene Themen ein.',
      'Bilingual parent companions lead the parents’ café; parents bring their own topics.',
    ],
    whatWorks: [
      'Elternbegleiterinnen aus der Community schaffen Vertrauen.',
      'Parent companions from the community build trust.',
    ],
    since: '2018-10-01',
  },
  {
    key: 'maedchentreff-herten',
    city: 'herten',
    actor: ['jugendzentrum'],
    offerKeys: ['maedchentreff', 'jugendtreff'],
    fields: [field.familie],
    groups: [group.frauen, group.jugend],
    title: [
      'Mädchentreff mit offenen Türen für Eltern',
      'Girls’ group with open doors for parents',
    ],
    summary: [
      'Eltern können die Räume jederzeit besuchen; dadurch dürfen mehr Mädchen teilnehmen.',
      'Parents can visit the rooms at any time; as a result, more girls are allowed to take part.',
    ],
    whatWorks: [
      'Transparenz gegenüber Eltern und Pädagoginnen aus der Community.',
      'Transparency towards parents and female youth workers from the community.',
    ],
    since: '2019-01-01',
  },
  {
    key: 'frauentreff-waltrop',
    city: 'waltrop',
    actor: ['caritas', 'awo', 'diakonie', 'drk'],
    offerKeys: ['frauentreff', 'gewaltschutz-frauen'],
    fields: [field.familie, field.sicherheit],
    groups: [group.frauen],
    title: ['Frauentreff als Tür zur Beratung', 'Women’s group as a door to counselling'],
    summary: [
      'Im wöchentlichen Frauentreff entstehen Kontakte, über die Frauen den Weg in die Gewaltschutzberatung finden.',
      'The weekly women’s group creates contacts through which women find their way to counselling on violence.',
    ],
    whatWorks: [
      'Beraterin ist regelmäßig beim Treff, ohne Termin.',
      'A counsellor regularly joins the group, no appointment needed.',
    ],
    since: '2020-03-01',
  },
];
