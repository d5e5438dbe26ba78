import { truncate } from '../problem.js';
import { describeIssues } from '../issues.js';
import { contactSchema, type Contact } from '../actor.js';
import { agsSchema, idSchema, languageCodeSchema } from '../common.js';
import { offerSchema, registrationSchema, type Offer } from '../offer.js';
import type { CountyProfile } from '../profile.js';
import {
  booleanCell,
  cellError,
  choiceCell,
  dateCell,
  listCell,
  numberCell,
  timesCell,
  type CellResult,
} from './cells.js';
import {
  costWords,
  formatWords,
  kindWords,
  offerColumns,
  statusWords,
  wheelchairWords,
  type OfferColumnKey,
} from './columns.js';
import { csvProblem, type CsvProblem } from './problem.js';

/** An offer row read into our model, with the provider and contact it names. */
export interface RowResult {
  offer?: Offer;
  provider?: { id: string; name: string; kind: string; column: number };
  contact?: Contact;
  problems: CsvProblem[];
}

/** What reading a row needs to know beyond its cells. */
export interface RowContext {
  /** Column number (1-based) of each key present in the header. */
  columns: Map<OfferColumnKey, number>;
  profile: CountyProfile | undefined;
  today: string;
}

const contactPhone = /^\+?[0-9 ()/-]{5,30}$/;

/** Reads one data row; every problem names its row and column. */
export function readOfferRow(row: number, cells: readonly string[], ctx: RowContext): RowResult {
  const problems: CsvProblem[] = [];
  const headerOf = (key: OfferColumnKey) =>
    offerColumns.find((column) => column.key === key)?.header ?? key;
  const at = (key: OfferColumnKey) => ({
    row,
    column: ctx.columns.get(key) ?? 0,
    columnName: headerOf(key),
  });
  const cell = (key: OfferColumnKey): string => {
    const column = ctx.columns.get(key);
    const value = column === undefined ? '' : (cells[column - 1] ?? '').trim();
    // The export protects formula-like cells with an apostrophe (CSV injection); read them back as written.
    return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
  };
  const fail = (key: OfferColumnKey, code: string, error: { de: string; en: string }) =>
    problems.push(csvProblem(code, at(key), error));
  const read = <T>(key: OfferColumnKey, result: CellResult<T>): T | undefined => {
    if ('error' in result) {
      fail(key, 'invalid-value', result.error);
      return undefined;
    }
    return result.value;
  };
  const required = (key: OfferColumnKey): string | undefined => {
    const value = cell(key);
    if (!value)
      fail(key, 'required', {
        de: 'Pflichtfeld ist leer. Erwartet wird ein Wert.',
        en: 'Required field is empty. Expected a value.',
      });
    return value || undefined;
  };
  const checkId = (key: OfferColumnKey, value: string | undefined) => {
    if (value !== undefined && !idSchema.safeParse(value).success) {
      fail(key, 'invalid-id', {
        de: `„${truncate(value)}“ ist keine gültige Kennung. Erwartet: Kleinbuchstaben, Ziffern und Bindestriche, z. B. „sprachcafe-marl“.`,
        en: `"${truncate(value)}" is not a valid id. Expected lower-case letters, digits and hyphens, e.g. "sprachcafe-marl".`,
      });
      return undefined;
    }
    return value;
  };
  const inProfile = (
    key: OfferColumnKey,
    values: string[],
    known: string[] | undefined,
    what: { de: string; en: string },
  ) => {
    if (!known) return;
    for (const value of values.filter((v) => !known.includes(v))) {
      fail(key, 'unknown-term', {
        de: `„${truncate(value)}“ gehört nicht zu den ${what.de} des Kreisprofils. Erlaubt: ${known.join(', ')}.`,
        en: `"${truncate(value)}" is not one of the county profile's ${what.en}. Allowed: ${known.join(', ')}.`,
      });
    }
  };
  const list = (
    key: OfferColumnKey,
    valid: (item: string) => boolean,
    expected: { de: string; en: string },
  ) => {
    const items = listCell(cell(key));
    for (const item of items.filter((entry) => !valid(entry))) {
      fail(key, 'invalid-value', {
        de: `„${truncate(item)}“ ist ungültig. Erwartet: ${expected.de}.`,
        en: `"${truncate(item)}" is invalid. Expected ${expected.en}.`,
      });
    }
    return items;
  };
  const textLength = (key: OfferColumnKey, value: string | undefined, min: number, max: number) => {
    if (value !== undefined && (value.length < min || value.length > max)) {
      fail(key, 'invalid-length', {
        de: `Text hat ${value.length} Zeichen. Erwartet: ${min} bis ${max}.`,
        en: `Text has ${value.length} characters. Expected ${min} to ${max}.`,
      });
    }
  };
  const { profile } = ctx;

  const id = checkId('id', required('id'));
  const kindCell = required('kind');
  const kind =
    kindCell === undefined
      ? undefined
      : read('kind', choiceCell(kindCell, kindWords, { de: 'Angebotsart', en: 'kind of offer' }));
  const title = required('title');
  textLength('title', title, 3, 160);
  const summary = required('summary');
  textLength('summary', summary, 1, 500);
  const description = cell('description') || undefined;
  textLength('description', description, 0, 10_000);
  const providerId = checkId('providerId', required('providerId'));
  const providerName = required('providerName');
  // Without a profile there is no list of actor kinds to choose from; with one, the kind must come from it.
  const providerKind = (profile ? required('providerKind') : cell('providerKind')) || 'other';
  if (cell('providerKind'))
    inProfile(
      'providerKind',
      [providerKind],
      profile?.taxonomies.actorKinds.map((term) => term.id),
      { de: 'Trägerarten', en: 'actor kinds' },
    );

  if (!cell('fieldsOfAction')) required('fieldsOfAction');
  const fieldsOfAction = list('fieldsOfAction', (item) => idSchema.safeParse(item).success, {
    de: 'Kennungen der Handlungsfelder',
    en: 'ids of fields of action',
  });
  inProfile(
    'fieldsOfAction',
    fieldsOfAction,
    profile?.fieldsOfAction.map((field) => field.id),
    { de: 'Handlungsfeldern', en: 'fields of action' },
  );
  const targetGroups = list('targetGroups', (item) => idSchema.safeParse(item).success, {
    de: 'Kennungen der Zielgruppen',
    en: 'ids of target groups',
  });
  inProfile(
    'targetGroups',
    targetGroups,
    profile?.taxonomies.targetGroups.map((group) => group.id),
    { de: 'Zielgruppen', en: 'target groups' },
  );
  if (!cell('languages')) required('languages');
  const languages = list('languages', (item) => languageCodeSchema.safeParse(item).success, {
    de: 'Sprachcodes wie de, en, ar',
    en: 'language codes such as de, en, ar',
  });

  const areaCell = required('area');
  const municipalities = profile?.municipalities.map((municipality) => municipality.ags);
  let area: Offer['area'] | undefined;
  if (areaCell && ['kreis', 'county', 'kreisweit'].includes(areaCell.toLowerCase()))
    area = { kind: 'county' };
  else if (areaCell) {
    const ags = list('area', (item) => agsSchema.safeParse(item).success, {
      de: '„Kreis“ oder Gemeindeschlüssel (AGS) mit 8 Ziffern, z. B. 05562024',
      en: '"Kreis" or municipality keys (AGS) of 8 digits, e.g. 05562024',
    });
    inProfile(
      'area',
      ags.filter((item) => agsSchema.safeParse(item).success),
      municipalities,
      { de: 'Gemeinden (AGS)', en: 'municipalities (AGS)' },
    );
    area = { kind: 'municipalities', ags };
  }

  const location = readLocation(id, area, { cell, fail, read, inProfile, municipalities });
  const costCell = required('cost');
  const costKind =
    costCell === undefined
      ? undefined
      : read('cost', choiceCell(costCell, costWords, { de: 'Kostenangabe', en: 'cost' }));
  const amountEur = cell('amountEur')
    ? read('amountEur', numberCell(cell('amountEur'), 0, 100_000))
    : undefined;
  const format = cell('format')
    ? read('format', choiceCell(cell('format'), formatWords, { de: 'Format', en: 'format' }))
    : 'on-site';
  const registrationRequired = read('registration', booleanCell(cell('registration')));
  const url = cell('registrationUrl') || undefined;
  if (url && !registrationSchema.shape.url.safeParse(url).success) {
    fail('registrationUrl', 'invalid-url', {
      de: `„${truncate(url)}“ ist keine Internetadresse. Erwartet: https://…`,
      en: `"${truncate(url)}" is not a web address. Expected https://…`,
    });
  }
  const weekly = read('times', timesCell(cell('times')));
  const byAppointment = read('byAppointment', booleanCell(cell('byAppointment')));
  const validFrom = cell('validFrom') ? read('validFrom', dateCell(cell('validFrom'))) : undefined;
  const validUntil = cell('validUntil')
    ? read('validUntil', dateCell(cell('validUntil')))
    : undefined;
  if (validFrom && validUntil && validUntil < validFrom) {
    fail('validUntil', 'invalid-range', {
      de: `Ende ${validUntil} liegt vor dem Beginn ${validFrom}.`,
      en: `End ${validUntil} is before the start ${validFrom}.`,
    });
  }
  const tags = list('tags', (tag) => tag.length <= 60, {
    de: 'Schlagwörter mit höchstens 60 Zeichen',
    en: 'keywords of at most 60 characters',
  });
  const status = cell('status')
    ? read('status', choiceCell(cell('status'), statusWords, { de: 'Statusangabe', en: 'status' }))
    : 'submitted';
  const email = cell('contactEmail') || undefined;
  if (email && !contactSchema.shape.email.safeParse(email).success) {
    fail('contactEmail', 'invalid-email', {
      de: `„${truncate(email)}“ ist keine E-Mail-Adresse.`,
      en: `"${truncate(email)}" is not an email address.`,
    });
  }
  const phone = cell('contactPhone') || undefined;
  if (phone && !contactPhone.test(phone)) {
    fail('contactPhone', 'invalid-phone', {
      de: `„${truncate(phone)}“ ist keine Telefonnummer. Erwartet: Ziffern, Leerzeichen, + ( ) / -`,
      en: `"${truncate(phone)}" is not a phone number. Expected digits, spaces, + ( ) / -`,
    });
  }
  if (problems.length > 0 || !id || !providerId || !providerName) return { problems };

  const contact: Contact | undefined =
    email || phone
      ? {
          id: `${id.slice(0, 72)}-kontakt`,
          actorId: providerId,
          kind: 'role-mailbox',
          ...(email && { email }),
          ...(phone && { phone }),
          languages: [],
          // Filled into a column documented as "wird veröffentlicht" by whoever submits the list.
          consent: { given: true, date: ctx.today, basis: 'consent', recordedBy: 'CSV-Import' },
          visibility: {
            name: false,
            role: false,
            email: email !== undefined,
            phone: phone !== undefined,
            languages: false,
          },
        }
      : undefined;
  const parsed = offerSchema.safeParse(
    {
      id,
      kind,
      texts: {
        [profile?.defaultLanguage ?? 'de']: {
          title,
          summary,
          ...(description && { description }),
          status: 'original',
        },
      },
      providerId,
      contactIds: contact ? [contact.id] : [],
      area,
      locations: location ? [location] : [],
      fieldsOfAction,
      targetGroups: targetGroups.map((group) => ({ id: group })),
      languages,
      cost: { kind: costKind, ...(amountEur !== undefined && { amountEur }) },
      format,
      registration: { required: registrationRequired, ...(url && { url }), documents: [] },
      schedule: {
        weekly,
        byAppointment,
        ...(validFrom && { validFrom }),
        ...(validUntil && { validUntil }),
      },
      tags,
      status,
      ...(validFrom && { validFrom }),
      ...(validUntil && { validUntil }),
    },
    { reportInput: true },
  );
  if (!parsed.success) {
    // Anything the cell checks above let through is still reported at its row, never imported half-checked.
    return {
      problems: describeIssues(parsed.error.issues).map((problem) =>
        csvProblem('invalid-offer', { row }, problem.message),
      ),
    };
  }
  return {
    offer: parsed.data,
    provider: {
      id: providerId,
      name: providerName,
      kind: providerKind,
      column: ctx.columns.get('providerName') ?? 0,
    },
    ...(contact && { contact }),
    problems,
  };
}

interface LocationReaders {
  cell(key: OfferColumnKey): string;
  fail(key: OfferColumnKey, code: string, error: { de: string; en: string }): void;
  read<T>(key: OfferColumnKey, result: CellResult<T>): T | undefined;
  inProfile(
    key: OfferColumnKey,
    values: string[],
    known: string[] | undefined,
    what: { de: string; en: string },
  ): void;
  municipalities: string[] | undefined;
}

/** Reads the place columns; a row without any of them has no location. */
function readLocation(
  id: string | undefined,
  area: Offer['area'] | undefined,
  r: LocationReaders,
): Offer['locations'][number] | undefined {
  const keys: OfferColumnKey[] = [
    'placeName',
    'street',
    'postalCode',
    'locality',
    'municipality',
    'latitude',
    'longitude',
    'wheelchair',
  ];
  if (!keys.some((key) => r.cell(key))) return undefined;
  const addressKeys: OfferColumnKey[] = ['street', 'postalCode', 'locality'];
  const hasAddress = addressKeys.some((key) => r.cell(key));
  for (const key of hasAddress ? addressKeys.filter((k) => !r.cell(k)) : []) {
    r.fail(key, 'incomplete-address', {
      de: 'Adresse unvollständig: Straße, PLZ und Stadt gehören zusammen.',
      en: 'Incomplete address: street, postal code and town belong together.',
    });
  }
  const postalCode = r.cell('postalCode');
  if (postalCode && !/^\d{5}$/.test(postalCode)) {
    r.fail('postalCode', 'invalid-value', {
      de: `„${truncate(postalCode)}“ ist keine Postleitzahl. Erwartet: 5 Ziffern.`,
      en: `"${truncate(postalCode)}" is not a postal code. Expected 5 digits.`,
    });
  }
  const hasGeo = r.cell('latitude') !== '' || r.cell('longitude') !== '';
  const lat = hasGeo
    ? r.read(
        'latitude',
        r.cell('latitude')
          ? numberCell(r.cell('latitude'), -90, 90)
          : cellError('Breitengrad fehlt zum Längengrad.', 'Latitude missing for the longitude.'),
      )
    : undefined;
  const lon = hasGeo
    ? r.read(
        'longitude',
        r.cell('longitude')
          ? numberCell(r.cell('longitude'), -180, 180)
          : cellError('Längengrad fehlt zum Breitengrad.', 'Longitude missing for the latitude.'),
      )
    : undefined;
  let municipality =
    r.cell('municipality') ||
    (area?.kind === 'municipalities' && area.ags.length === 1 ? area.ags[0] : undefined);
  if (!municipality) {
    r.fail('municipality', 'missing-municipality', {
      de: 'Gemeinde des Ortes fehlt. Erwartet: Gemeindeschlüssel (AGS) mit 8 Ziffern.',
      en: 'Municipality of the place missing. Expected a municipality key (AGS) of 8 digits.',
    });
  } else if (!agsSchema.safeParse(municipality).success) {
    r.fail('municipality', 'invalid-value', {
      de: `„${truncate(municipality)}“ ist kein Gemeindeschlüssel. Erwartet: 8 Ziffern, z. B. 05562024.`,
      en: `"${truncate(municipality)}" is not a municipality key. Expected 8 digits, e.g. 05562024.`,
    });
    municipality = undefined;
  } else {
    r.inProfile('municipality', [municipality], r.municipalities, {
      de: 'Gemeinden (AGS)',
      en: 'municipalities (AGS)',
    });
  }
  const wheelchair = r.cell('wheelchair')
    ? r.read(
        'wheelchair',
        choiceCell(r.cell('wheelchair'), wheelchairWords, {
          de: 'Angabe zur Barrierefreiheit',
          en: 'accessibility value',
        }),
      )
    : 'unknown';
  if (!id || !municipality) return undefined;
  return {
    id: `${id.slice(0, 76)}-ort`,
    ...(r.cell('placeName') && { name: r.cell('placeName') }),
    municipality,
    ...(hasAddress && {
      address: {
        street: r.cell('street'),
        postalCode,
        locality: r.cell('locality'),
        country: 'DE',
      },
    }),
    ...(lat !== undefined && lon !== undefined && { geo: { lat, lon } }),
    accessibility: { wheelchair: wheelchair ?? 'unknown' },
  };
}
