import type { OfferKind, OfferStatus } from '../offer.js';

/** One column of the offer CSV template: German header, code name, whether it must be filled, and its documentation. */
export interface OfferColumn {
  /** Header as in the template (German); the code name `key` is accepted as header too. */
  header: string;
  /** Code name of the column. */
  key: OfferColumnKey;
  /** Whether every row must fill it. */
  required: boolean;
  /** What goes in the cell, in German (the template documentation is generated from it). */
  description: string;
  /** The cell in the template's example row. */
  example: string;
}

/** Code names of the columns. */
export type OfferColumnKey =
  | 'id'
  | 'kind'
  | 'title'
  | 'summary'
  | 'description'
  | 'providerId'
  | 'providerName'
  | 'providerKind'
  | 'fieldsOfAction'
  | 'targetGroups'
  | 'languages'
  | 'area'
  | 'placeName'
  | 'street'
  | 'postalCode'
  | 'locality'
  | 'municipality'
  | 'latitude'
  | 'longitude'
  | 'wheelchair'
  | 'cost'
  | 'amountEur'
  | 'format'
  | 'registration'
  | 'registrationUrl'
  | 'times'
  | 'byAppointment'
  | 'validFrom'
  | 'validUntil'
  | 'tags'
  | 'status'
  | 'contactEmail'
  | 'contactPhone';

/** The columns of the offer CSV, in template order. One row per offer; lists are comma-separated in one cell. */
export const offerColumns: readonly OfferColumn[] = [
  {
    header: 'ID',
    key: 'id',
    required: true,
    description:
      'Eindeutige Kennung des Angebots: Kleinbuchstaben, Ziffern und Bindestriche, höchstens 80 Zeichen.',
    example: 'sprachcafe-marl',
  },
  {
    header: 'Art',
    key: 'kind',
    required: true,
    description:
      'Kurs, Beratung, Sport, Kinderbetreuung, Arbeit, Treffen, Veranstaltung oder Sonstiges.',
    example: 'Treffen',
  },
  {
    header: 'Titel',
    key: 'title',
    required: true,
    description: 'Name des Angebots, 3 bis 160 Zeichen.',
    example: 'Sprachcafé im Stadtteilzentrum',
  },
  {
    header: 'Kurzbeschreibung',
    key: 'summary',
    required: true,
    description: 'Ein bis zwei Sätze, höchstens 500 Zeichen.',
    example: 'Deutsch sprechen üben bei Kaffee und Tee.',
  },
  {
    header: 'Beschreibung',
    key: 'description',
    required: false,
    description: 'Ausführliche Beschreibung; Zeilenumbrüche in der Zelle sind erlaubt.',
    example: '',
  },
  {
    header: 'Träger-ID',
    key: 'providerId',
    required: true,
    description:
      'Kennung des Trägers (wie bei ID). Dieselbe Träger-ID in mehreren Zeilen meint denselben Träger.',
    example: 'awo-marl',
  },
  {
    header: 'Träger',
    key: 'providerName',
    required: true,
    description: 'Name des Trägers; muss bei gleicher Träger-ID überall gleich sein.',
    example: 'AWO Ortsverein Marl',
  },
  {
    header: 'Trägerart',
    key: 'providerKind',
    required: false,
    description:
      'Art des Trägers aus dem Kreisprofil (Kennung); Pflicht, wenn gegen ein Kreisprofil geprüft wird, sonst leer: „other“.',
    example: 'wohlfahrtsverband',
  },
  {
    header: 'Handlungsfelder',
    key: 'fieldsOfAction',
    required: true,
    description: 'Kennungen der Handlungsfelder aus dem Kreisprofil, mit Komma getrennt.',
    example: 'bildung-ab-15',
  },
  {
    header: 'Zielgruppen',
    key: 'targetGroups',
    required: false,
    description: 'Kennungen der Zielgruppen aus dem Kreisprofil, mit Komma getrennt.',
    example: 'erwachsene, maedchen-frauen',
  },
  {
    header: 'Sprachen',
    key: 'languages',
    required: true,
    description:
      'Im Angebot gesprochene Sprachen als Sprachcodes (de, en, ar, uk, tr, fa, …), mit Komma getrennt.',
    example: 'de, ar',
  },
  {
    header: 'Gebiet',
    key: 'area',
    required: true,
    description:
      '„Kreis“ für kreisweit, sonst die Gemeindeschlüssel (AGS, 8 Ziffern) der Städte, mit Komma getrennt.',
    example: '05562024',
  },
  {
    header: 'Veranstaltungsort',
    key: 'placeName',
    required: false,
    description: 'Name des Ortes, an dem das Angebot stattfindet.',
    example: 'Stadtteilzentrum Hüls',
  },
  {
    header: 'Straße',
    key: 'street',
    required: false,
    description: 'Straße und Hausnummer; mit PLZ und Stadt zusammen anzugeben.',
    example: 'Beispielweg 12',
  },
  {
    header: 'PLZ',
    key: 'postalCode',
    required: false,
    description: 'Postleitzahl, 5 Ziffern.',
    example: '45772',
  },
  {
    header: 'Stadt',
    key: 'locality',
    required: false,
    description: 'Ort der Adresse.',
    example: 'Marl',
  },
  {
    header: 'Gemeinde-AGS',
    key: 'municipality',
    required: false,
    description:
      'Gemeindeschlüssel (AGS) der Stadt, in der der Ort liegt; nötig, wenn ein Ort angegeben ist und das Gebiet nicht genau eine Stadt ist.',
    example: '05562024',
  },
  {
    header: 'Breitengrad',
    key: 'latitude',
    required: false,
    description: 'Breitengrad (WGS 84), z. B. 51,6563; mit Längengrad zusammen anzugeben.',
    example: '51,6563',
  },
  {
    header: 'Längengrad',
    key: 'longitude',
    required: false,
    description: 'Längengrad (WGS 84), z. B. 7,0899.',
    example: '7,0899',
  },
  {
    header: 'Rollstuhlgerecht',
    key: 'wheelchair',
    required: false,
    description: 'ja, nein oder unbekannt (leer: unbekannt).',
    example: 'ja',
  },
  {
    header: 'Kosten',
    key: 'cost',
    required: true,
    description: 'kostenlos, ermäßigt oder kostenpflichtig.',
    example: 'kostenlos',
  },
  {
    header: 'Betrag (EUR)',
    key: 'amountEur',
    required: false,
    description: 'Betrag in Euro mit Komma, z. B. 12,50.',
    example: '',
  },
  {
    header: 'Format',
    key: 'format',
    required: false,
    description: 'vor Ort, online oder hybrid (leer: vor Ort).',
    example: 'vor Ort',
  },
  {
    header: 'Anmeldung',
    key: 'registration',
    required: false,
    description: 'ja, wenn eine Anmeldung nötig ist (leer: nein).',
    example: 'nein',
  },
  {
    header: 'Anmelde-Link',
    key: 'registrationUrl',
    required: false,
    description: 'Internetadresse der Anmeldung (https://…).',
    example: '',
  },
  {
    header: 'Zeiten',
    key: 'times',
    required: false,
    description:
      'Wöchentliche Zeiten: Tag und Uhrzeit von–bis, mit Komma getrennt, z. B. „Mo 10:00-12:00, Mi 14:00-16:00“.',
    example: 'Di 15:00-17:00',
  },
  {
    header: 'Nach Vereinbarung',
    key: 'byAppointment',
    required: false,
    description: 'ja, wenn Termine nach Vereinbarung möglich sind.',
    example: 'nein',
  },
  {
    header: 'Gültig ab',
    key: 'validFrom',
    required: false,
    description: 'Erster Tag des Angebots, TT.MM.JJJJ.',
    example: '',
  },
  {
    header: 'Gültig bis',
    key: 'validUntil',
    required: false,
    description: 'Letzter Tag des Angebots, TT.MM.JJJJ.',
    example: '',
  },
  {
    header: 'Schlagwörter',
    key: 'tags',
    required: false,
    description: 'Freie Schlagwörter, mit Komma getrennt.',
    example: 'Sprachcafé, Austausch',
  },
  {
    header: 'Status',
    key: 'status',
    required: false,
    description:
      'Entwurf, eingereicht, veröffentlicht oder archiviert (leer: eingereicht, also zur Prüfung).',
    example: 'eingereicht',
  },
  {
    header: 'Kontakt-E-Mail',
    key: 'contactEmail',
    required: false,
    description:
      'E-Mail-Adresse für Anfragen, am besten ein Funktionspostfach (wird veröffentlicht).',
    example: 'integration@example.org',
  },
  {
    header: 'Kontakt-Telefon',
    key: 'contactPhone',
    required: false,
    description: 'Telefonnummer für Anfragen (wird veröffentlicht).',
    example: '+49 2365 000000',
  },
];

/** German words (and code names) for the kinds of offer. */
export const kindWords: Record<string, OfferKind> = {
  kurs: 'course',
  beratung: 'counselling',
  sport: 'sport',
  kinderbetreuung: 'childcare',
  arbeit: 'work',
  treffen: 'meeting',
  veranstaltung: 'event',
  sonstiges: 'other',
  course: 'course',
  counselling: 'counselling',
  childcare: 'childcare',
  work: 'work',
  meeting: 'meeting',
  event: 'event',
  other: 'other',
};

/** German words (and code names) for the editorial status. */
export const statusWords: Record<string, OfferStatus> = {
  entwurf: 'draft',
  eingereicht: 'submitted',
  veröffentlicht: 'published',
  archiviert: 'archived',
  abgelehnt: 'rejected',
  draft: 'draft',
  submitted: 'submitted',
  published: 'published',
  archived: 'archived',
  rejected: 'rejected',
};

/** German words for the cost kinds. */
export const costWords = {
  kostenlos: 'free',
  ermäßigt: 'reduced',
  kostenpflichtig: 'paid',
  free: 'free',
  reduced: 'reduced',
  paid: 'paid',
} as const;

/** German words for the format of an offer. */
export const formatWords = {
  'vor ort': 'on-site',
  online: 'online',
  hybrid: 'hybrid',
  'on-site': 'on-site',
} as const;

/** German words for step-free access. */
export const wheelchairWords = {
  ja: 'yes',
  nein: 'no',
  unbekannt: 'unknown',
  yes: 'yes',
  no: 'no',
  unknown: 'unknown',
} as const;

/** The German word the export writes for a code (the first word that maps to it); nouns capitalised. */
export function germanWord<T extends string>(
  words: Record<string, T>,
  code: T,
  noun = false,
): string {
  const word = Object.entries(words).find(([, value]) => value === code)?.[0] ?? code;
  return noun ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
