import { actorKind, place, type ActorKindId, type PlaceId } from './vocabulary.js';

/** Kinds of provider the sample models; the real types of the county, every instance fictional. */
export type ProviderType =
  | 'stadt'
  | 'vhs'
  | 'caritas'
  | 'awo'
  | 'diakonie'
  | 'drk'
  | 'sportverein'
  | 'mso'
  | 'moschee'
  | 'kirche'
  | 'stadtteilzentrum'
  | 'jugendzentrum'
  | 'initiative'
  | 'familienzentrum'
  | 'ki'
  | 'jobcenter'
  | 'agentur'
  | 'ksb'
  | 'jmd'
  | 'hwk'
  | 'abh'
  | 'adb'
  | 'bildungstraeger';

/** What every provider type is: actor kind, staffing, kind of place, name patterns and a description. */
export interface TypeInfo {
  kind: ActorKindId;
  staffing: 'staff' | 'volunteer' | 'mixed';
  place: PlaceId;
  names: readonly string[];
  about: readonly [string, string];
}

/** The facts of every provider type; names use `{ort}` (city) and `{stadtteil}` (district). */
export const providerTypeInfo: Record<ProviderType, TypeInfo> = {
  stadt: {
    kind: actorKind.integrationsbeauftragte,
    staffing: 'staff',
    place: place.verwaltung,
    names: [
      'Stadt {ort} – Fachdienst Integration',
      'Stadt {ort} – Integrationsbüro',
      'Stadt {ort} – Koordinierungsstelle Integration',
    ],
    about: [
      'Städtische Anlaufstelle für Neuzugewanderte und für alle, die in der Integrationsarbeit aktiv sind.',
      'Municipal point of contact for newcomers and for everyone active in integration work.',
    ],
  },
  vhs: {
    kind: actorKind.bildung,
    staffing: 'staff',
    place: place.vhs,
    names: ['Volkshochschule {ort}', 'VHS {ort}'],
    about: [
      'Weiterbildung für alle: Integrations- und Sprachkurse, Grundbildung, Beruf und Gesellschaft.',
      'Adult education for everyone: integration and language courses, basic education, work and society.',
    ],
  },
  caritas: {
    kind: actorKind.wohlfahrt,
    staffing: 'mixed',
    place: place.wohlfahrt,
    names: ['Caritas-Fachdienst Migration {ort}', 'Caritas-Zentrum {ort}'],
    about: [
      'Katholischer Wohlfahrtsverband: Migrationsberatung, Familienhilfe und Ehrenamtskoordination.',
      'Catholic welfare association: migration counselling, family support and volunteer coordination.',
    ],
  },
  awo: {
    kind: actorKind.wohlfahrt,
    staffing: 'mixed',
    place: place.wohlfahrt,
    names: ['AWO Integrationsagentur {ort}', 'AWO-Begegnungszentrum {ort}'],
    about: [
      'Arbeiterwohlfahrt: Beratung, Begegnung und Bildung für Zugewanderte und Alteingesessene.',
      'Workers’ welfare association: counselling, encounters and education for newcomers and long-standing residents.',
    ],
  },
  diakonie: {
    kind: actorKind.wohlfahrt,
    staffing: 'mixed',
    place: place.wohlfahrt,
    names: ['Diakonie – Flüchtlingsberatung {ort}', 'Diakonisches Werk – Migrationsdienst {ort}'],
    about: [
      'Evangelischer Wohlfahrtsverband: Flüchtlings- und Migrationsberatung, Schuldner- und Sozialberatung.',
      'Protestant welfare association: refugee and migration counselling, debt and social counselling.',
    ],
  },
  drk: {
    kind: actorKind.wohlfahrt,
    staffing: 'mixed',
    place: place.wohlfahrt,
    names: ['DRK-Ortsverein {ort}', 'DRK-Begegnungsstätte {ort}'],
    about: [
      'Rotes Kreuz vor Ort: Erste Hilfe, Kleiderkammer, Begegnung und Betreuung in Unterkünften.',
      'Local Red Cross: first aid, clothing store, encounters and support in shelters.',
    ],
  },
  sportverein: {
    kind: actorKind.sportverein,
    staffing: 'volunteer',
    place: place.sportverein,
    names: [
      'SuS Grün-Gold {stadtteil} e. V.',
      'TuS Eintracht {ort} 1911 e. V.',
      'DJK Vorwärts {stadtteil} e. V.',
      'Turnverein Einigkeit {stadtteil} e. V.',
      'Schwimmverein Delfin {ort} e. V.',
      'Kampfsportverein Budokan {ort} e. V.',
    ],
    about: [
      'Sportverein mit offenen Gruppen für alle Altersgruppen; Mitglied im Programm „Integration durch Sport“.',
      'Sports club with open groups for all ages; member of the programme “Integration durch Sport”.',
    ],
  },
  mso: {
    kind: actorKind.mso,
    staffing: 'volunteer',
    place: place.mso,
    names: [
      'Deutsch-Syrischer Kulturverein {ort} e. V.',
      'Ukrainische Gemeinschaft {ort} e. V.',
      'Afghanischer Kultur- und Frauenverein {ort} e. V.',
      'Deutsch-Türkischer Elternverein {ort} e. V.',
      'Eritreische Gemeinschaft {ort} e. V.',
      'Brücke der Kulturen {ort} e. V.',
      'Russischsprachiger Elternverein Raduga {ort} e. V.',
      'Kurdisches Kulturhaus {ort} e. V.',
    ],
    about: [
      'Migrantenselbstorganisation: Neuzugewanderte helfen Neuzugewanderten, in der Herkunftssprache und auf Deutsch.',
      'Migrant-led organisation: newcomers helping newcomers, in their first language and in German.',
    ],
  },
  moschee: {
    kind: actorKind.mso,
    staffing: 'volunteer',
    place: place.mso,
    names: ['Moscheegemeinde {stadtteil} e. V.', 'Islamische Gemeinde {ort} e. V.'],
    about: [
      'Moscheegemeinde mit Jugend-, Frauen- und Hausaufgabengruppen; offen für Nachbarschaft und Schulklassen.',
      'Mosque community with youth, women’s and homework groups; open to neighbours and school classes.',
    ],
  },
  kirche: {
    kind: actorKind.kirche,
    staffing: 'volunteer',
    place: place.kirche,
    names: [
      'Ev. Kirchengemeinde {stadtteil}',
      'Kath. Pfarrei St. Johannes {ort}',
      'Ev. Kirchengemeinde {ort}-Mitte',
    ],
    about: [
      'Kirchengemeinde mit Begegnungscafé, Kleiderstube und ehrenamtlicher Flüchtlingshilfe.',
      'Parish with a meeting café, clothing room and volunteer refugee support.',
    ],
  },
  stadtteilzentrum: {
    kind: actorKind.stadtteilzentrum,
    staffing: 'mixed',
    place: place.stadtteilzentrum,
    names: [
      'Stadtteilzentrum {stadtteil}',
      'Nachbarschaftshaus {stadtteil}',
      'Stadtteilbüro {stadtteil}',
    ],
    about: [
      'Treffpunkt im Quartier: Beratung, Kurse, Nachbarschaftsprojekte und Räume für Initiativen.',
      'Neighbourhood centre: counselling, courses, neighbourhood projects and rooms for initiatives.',
    ],
  },
  jugendzentrum: {
    kind: actorKind.jugendzentrum,
    staffing: 'staff',
    place: place.jugendeinrichtung,
    names: ['Jugendzentrum {stadtteil}', 'Jugendtreff {stadtteil}', 'Kinder- und Jugendhaus {ort}'],
    about: [
      'Offene Kinder- und Jugendarbeit mit Hausaufgabenhilfe, Sport, Medien und Ferienprogramm.',
      'Open youth work with homework help, sport, media and holiday programmes.',
    ],
  },
  initiative: {
    kind: actorKind.initiative,
    staffing: 'volunteer',
    place: place.treffpunkt,
    names: [
      'Flüchtlingshilfe {ort} e. V.',
      'Willkommensinitiative {ort}',
      'Runder Tisch Asyl {ort}',
      'Netzwerk Nachbarschaftshilfe {stadtteil}',
    ],
    about: [
      'Ehrenamtliche Initiative: Patenschaften, Begleitung zu Ämtern, Sprachpaten und Begegnung.',
      'Volunteer initiative: mentoring, accompanying people to offices, language buddies and encounters.',
    ],
  },
  familienzentrum: {
    kind: actorKind.kita,
    staffing: 'staff',
    place: place.kita,
    names: [
      'Familienzentrum Regenbogen {stadtteil}',
      'Städtische Kita und Familienzentrum {stadtteil}',
      'Familienzentrum Sonnenblume {ort}',
    ],
    about: [
      'Kita und Familienzentrum: Betreuung, Elternberatung, Sprachförderung und Elterncafé.',
      'Day-care centre and family centre: childcare, parent counselling, language support and parents’ café.',
    ],
  },
  ki: {
    kind: actorKind.ki,
    staffing: 'staff',
    place: place.verwaltung,
    names: ['Kommunales Integrationszentrum Kreis Recklinghausen'],
    about: [
      'Koordiniert die kreisweite Handlungsstrategie, die Angebotsdatenbank und die Klimakonferenzen.',
      'Coordinates the county-wide strategy, the offer database and the Klimakonferenz workshops.',
    ],
  },
  jobcenter: {
    kind: actorKind.jobcenter,
    staffing: 'staff',
    place: place.verwaltung,
    names: ['Jobcenter Kreis Recklinghausen'],
    about: [
      'Grundsicherung für Arbeitsuchende, Arbeitsvermittlung und Förderung von Sprach- und Qualifizierungskursen.',
      'Basic income support for jobseekers, job placement and funding of language and training courses.',
    ],
  },
  agentur: {
    kind: actorKind.agentur,
    staffing: 'staff',
    place: place.verwaltung,
    names: ['Agentur für Arbeit Recklinghausen'],
    about: [
      'Berufsberatung, Arbeitsvermittlung und Beratung zur Anerkennung ausländischer Abschlüsse.',
      'Careers guidance, job placement and advice on the recognition of foreign qualifications.',
    ],
  },
  ksb: {
    kind: actorKind.sportverein,
    staffing: 'mixed',
    place: place.sportverein,
    names: ['Kreissportbund Recklinghausen'],
    about: [
      'Dachverband der Sportvereine im Kreis; Programm „Integration durch Sport“ und Übungsleiter-Ausbildung.',
      'Umbrella body of the county’s sports clubs; programme “Integration durch Sport” and coach training.',
    ],
  },
  jmd: {
    kind: actorKind.wohlfahrt,
    staffing: 'staff',
    place: place.wohlfahrt,
    names: ['Jugendmigrationsdienst Emscher-Lippe'],
    about: [
      'Begleitet junge Zugewanderte von 12 bis 27 Jahren in Schule, Ausbildung und Beruf.',
      'Supports young migrants aged 12 to 27 in school, training and work.',
    ],
  },
  hwk: {
    kind: actorKind.kammer,
    staffing: 'staff',
    place: place.ausbildung,
    names: ['Handwerkskammer – Beratungsstelle Vest'],
    about: [
      'Ausbildungsberatung, Passgenaue Besetzung und Anerkennung handwerklicher Abschlüsse.',
      'Apprenticeship advice, matching and recognition of craft qualifications.',
    ],
  },
  abh: {
    kind: actorKind.auslaenderbehoerde,
    staffing: 'staff',
    place: place.verwaltung,
    names: ['Ausländerbehörde Kreis Recklinghausen'],
    about: [
      'Aufenthaltsrecht, Einbürgerung und Beschäftigungserlaubnis für die Städte ohne eigene Ausländerbehörde.',
      'Residence law, naturalisation and work permits for the cities without their own immigration office.',
    ],
  },
  adb: {
    kind: actorKind.wohlfahrt,
    staffing: 'staff',
    place: place.wohlfahrt,
    names: ['Servicestelle Antidiskriminierung Vest'],
    about: [
      'Beratung bei Diskriminierung und rassistischen Vorfällen, Workshops für Schulen und Vereine.',
      'Counselling on discrimination and racist incidents, workshops for schools and clubs.',
    ],
  },
  bildungstraeger: {
    kind: actorKind.bildungstraeger,
    staffing: 'staff',
    place: place.ausbildung,
    names: ['Bildungswerk Emscher-Lippe gGmbH', 'Werkstatt Zukunft Vest gGmbH'],
    about: [
      'Bildungsträger für Berufssprachkurse, Qualifizierung und Ausbildungsvorbereitung.',
      'Training provider for vocational language courses, qualification and pre-apprenticeship programmes.',
    ],
  },
};
