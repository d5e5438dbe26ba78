/**
 * Turns whatever HSDS JSON a directory hands out (one record, a list, an API page, our own export
 * with one list per table, or the tabular form keyed by CSV file name) into flat lists of raw records,
 * each with the path where it was found so reports can point at it.
 */

import { describeValue, ProblemsError, type Problem } from '../problem.js';

type Json = Record<string, unknown>;

/**
 * Thrown by `importHsds` when the input is not shaped like HSDS at all (a number, a table of the tabular form
 * that is no list, a row that is no object); `problems` names every such place in German and English.
 */
export class HsdsInputError extends ProblemsError {
  constructor(problems: readonly Problem[]) {
    super(
      {
        de: `Keine lesbare HSDS-Eingabe (${problems.length} ${problems.length === 1 ? 'Problem' : 'Probleme'}):`,
        en: `Not readable as HSDS (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):`,
      },
      problems,
    );
    this.name = 'HsdsInputError';
  }
}

/** A problem at a path written the way the import report writes them (`contents[2]`, `services.csv[0]`). */
function problemAtText(
  path: string,
  code: string,
  expected: { de: string; en: string },
  value: unknown,
): Problem {
  const where = path || '$';
  const found = describeValue(value);
  return {
    path: where,
    code,
    message: {
      de: `${where}: erwartet ${expected.de}, gefunden ${found.de}.`,
      en: `${where}: expected ${expected.en}, found ${found.en}.`,
    },
  };
}

const anObject = { de: 'einen HSDS-Datensatz (ein Objekt)', en: 'an HSDS record (an object)' };

/** One raw HSDS record and where it was in the input (`contents[2].organization`). */
export interface RawRecord {
  path: string;
  value: Json;
}

/** The raw records of an HSDS input, by kind, with nested records pulled out into their own lists. */
export interface CollectedHsds {
  services: RawRecord[];
  organizations: RawRecord[];
  /** Top-level service_at_location records (nested ones stay inside their service). */
  serviceAtLocations: RawRecord[];
  locations: Map<string, RawRecord>;
  /** Taxonomy terms by id, to resolve attributes that only carry `taxonomy_term_id`. */
  terms: Map<string, Json>;
  /** How many taxonomy records there were: they hold no offers, our terms travel inside the attributes. */
  taxonomies: number;
  /** Records of no kind we know (API info, …); listed so the report can say they were not imported. */
  ignored: RawRecord[];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Removes `null` and empty strings: HSDS APIs and CSV-born JSON use both for "no value". */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, member]) => member !== null && member !== '')
      .map(([key, member]) => [key, withoutEmpty(member)]),
  );
}

type RecordKind =
  | 'service'
  | 'organization'
  | 'service_at_location'
  | 'location'
  | 'taxonomy_term'
  | 'taxonomy'
  | 'other';

// Null prototype: `key in tableKinds` must not find `constructor` or `toString`.
const tableKinds: Readonly<Record<string, RecordKind>> = Object.assign(Object.create(null), {
  services: 'service',
  organizations: 'organization',
  service_at_locations: 'service_at_location',
  locations: 'location',
  taxonomy_terms: 'taxonomy_term',
  taxonomies: 'taxonomy',
});

const has = (record: Json, key: string): boolean => Object.hasOwn(record, key);

function kindOf(record: Json): RecordKind {
  if (has(record, 'status') && has(record, 'name')) return 'service';
  if (has(record, 'location_type')) return 'location';
  if (
    has(record, 'service') ||
    has(record, 'location') ||
    (has(record, 'service_id') && has(record, 'location_id'))
  ) {
    return 'service_at_location';
  }
  if (['code', 'parent_id', 'taxonomy', 'taxonomy_id', 'term_uri'].some((key) => has(record, key)))
    return 'taxonomy_term';
  if (
    has(record, 'uri') &&
    has(record, 'name') &&
    has(record, 'description') &&
    Object.keys(record).length <= 6
  )
    return 'taxonomy';
  if (
    [
      'website',
      'tax_status',
      'legal_status',
      'year_incorporated',
      'services',
      'organization_identifiers',
    ].some((key) => has(record, key))
  ) {
    return 'organization';
  }
  return 'other';
}

function groupBy(rows: Json[], key: string): Map<unknown, Json[]> {
  const groups = new Map<unknown, Json[]>();
  for (const row of rows) {
    const list = groups.get(row[key]) ?? [];
    list.push(row);
    groups.set(row[key], list);
  }
  return groups;
}

/** The tables of the tabular form if each is a list of objects; otherwise every table or row that is not. */
function checkTables(value: Json, path: string): Record<string, Json[]> | Problem[] {
  const problems: Problem[] = [];
  const prefix = path ? `${path}.` : '';
  for (const [name, rows] of Object.entries(value)) {
    if (!name.endsWith('.csv')) continue;
    if (!Array.isArray(rows)) {
      problems.push(
        problemAtText(
          `${prefix}${name}`,
          'not-a-table',
          { de: 'eine Liste von Zeilen (Objekten)', en: 'a list of rows (objects)' },
          rows,
        ),
      );
      continue;
    }
    rows.forEach((row, index) => {
      if (!isObject(row))
        problems.push(
          problemAtText(
            `${prefix}${name}[${index}]`,
            'not-a-row',
            { de: 'eine Tabellenzeile (ein Objekt)', en: 'a table row (an object)' },
            row,
          ),
        );
    });
  }
  return problems.length > 0 ? problems : (value as Record<string, Json[]>);
}

/** Nests the rows of the tabular form (`{"services.csv": [...], ...}`) along their foreign keys. */
function nestTabular(tables: Record<string, Json[]>): Json {
  const table = (name: string) =>
    Object.hasOwn(tables, `${name}.csv`) ? tables[`${name}.csv`]! : [];
  const terms = new Map(table('taxonomy_terms').map((term) => [term['id'], term]));
  const attributes = groupBy(
    table('attributes').map((attribute) => ({
      ...attribute,
      taxonomy_term: terms.get(attribute['taxonomy_term_id']),
    })),
    'link_id',
  );
  const children = (name: string, key: string) => groupBy(table(name), key);
  const withAttributes = (row: Json): Json => ({ ...row, attributes: attributes.get(row['id']) });
  const phonesByContact = children('phones', 'contact_id');
  const contacts = table('contacts').map((contact) =>
    withAttributes({ ...contact, phones: phonesByContact.get(contact['id']) }),
  );
  const addresses = children('addresses', 'location_id');
  const accessibility = children('accessibility', 'location_id');
  const locations = new Map(
    table('locations').map((location) => [
      location['id'],
      withAttributes({
        ...location,
        addresses: addresses.get(location['id']),
        accessibility: accessibility.get(location['id']),
      }),
    ]),
  );
  const byService = (name: string) => children(name, 'service_id');
  const [schedules, areas, languages, costs, documents, links, phones] = [
    'schedules',
    'service_areas',
    'languages',
    'cost_options',
    'required_documents',
    'service_at_location',
    'phones',
  ].map(byService) as [
    Map<unknown, Json[]>,
    Map<unknown, Json[]>,
    Map<unknown, Json[]>,
    Map<unknown, Json[]>,
    Map<unknown, Json[]>,
    Map<unknown, Json[]>,
    Map<unknown, Json[]>,
  ];
  const contactsByService = groupBy(contacts, 'service_id');
  const contactsByOrganization = groupBy(contacts, 'organization_id');
  const services = table('services').map((service) => {
    const id = service['id'];
    return withAttributes({
      ...service,
      schedules: schedules.get(id),
      service_areas: areas.get(id),
      languages: languages.get(id),
      cost_options: costs.get(id),
      required_documents: documents.get(id),
      phones: phones.get(id),
      contacts: contactsByService.get(id),
      service_at_locations: links
        .get(id)
        ?.map((link) => ({ ...link, location: locations.get(link['location_id']) })),
    });
  });
  const phonesByOrganization = children('phones', 'organization_id');
  const organizations = table('organizations').map((organization) =>
    withAttributes({
      ...organization,
      contacts: contactsByOrganization.get(organization['id']),
      phones: phonesByOrganization.get(organization['id']),
    }),
  );
  return { services, organizations, taxonomy_terms: table('taxonomy_terms') };
}

/** Drops `undefined` members left by the tabular join. */
function compact(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** Collects the raw records of any HSDS JSON input; throws {@link HsdsInputError} on input not shaped like HSDS. */
export function collectHsds(input: unknown): CollectedHsds {
  const problems: Problem[] = [];
  const collected: CollectedHsds = {
    services: [],
    organizations: [],
    serviceAtLocations: [],
    locations: new Map(),
    terms: new Map(),
    taxonomies: 0,
    ignored: [],
  };

  const seenOrganizations = new Set<unknown>();
  const addRecord = (value: Json, path: string, kind: RecordKind = kindOf(value)): void => {
    switch (kind) {
      case 'service': {
        const { organization, ...service } = value;
        if (isObject(organization)) {
          addRecord(organization, `${path}.organization`, 'organization');
          service['organization_id'] ??= organization['id'];
        }
        collected.services.push({ path, value: service });
        break;
      }
      case 'organization': {
        const { services, ...organization } = value;
        if (Array.isArray(services)) {
          services.forEach((service, index) => {
            if (isObject(service)) {
              addRecord(
                { organization_id: organization['id'], ...service },
                `${path}.services[${index}]`,
                'service',
              );
            }
          });
        }
        // Our export nests the provider in every service: read each organization once.
        if (!seenOrganizations.has(organization['id']))
          collected.organizations.push({ path, value: organization });
        seenOrganizations.add(organization['id']);
        break;
      }
      case 'service_at_location': {
        const { service, location, ...link } = value;
        if (isObject(service)) {
          addRecord(service, `${path}.service`, 'service');
          link['service_id'] ??= service['id'];
        }
        if (isObject(location)) {
          addRecord(location, `${path}.location`, 'location');
          link['location_id'] ??= location['id'];
        }
        collected.serviceAtLocations.push({ path, value: link });
        break;
      }
      case 'location':
        if (typeof value['id'] === 'string' && !collected.locations.has(value['id'])) {
          collected.locations.set(value['id'], { path, value });
        }
        break;
      case 'taxonomy_term':
        if (typeof value['id'] === 'string') collected.terms.set(value['id'], value);
        break;
      case 'taxonomy':
        collected.taxonomies += 1;
        break;
      case 'other':
        collected.ignored.push({ path, value });
    }
  };

  const addAny = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => addAny(item, `${path}[${index}]`));
      return;
    }
    if (!isObject(value)) {
      problems.push(problemAtText(path, 'not-a-record', anObject, value));
      return;
    }
    const prefix = path ? `${path}.` : '';
    if (Array.isArray(value['contents'])) {
      addAny(value['contents'], `${prefix}contents`);
    } else if (Object.keys(value).some((key) => key.endsWith('.csv'))) {
      const tables = checkTables(value, path);
      if (Array.isArray(tables)) problems.push(...tables);
      else addAny(compact(nestTabular(tables)), path);
    } else if (
      !Object.hasOwn(value, 'id') &&
      Object.keys(value).some((key) => key in tableKinds && Array.isArray(value[key]))
    ) {
      for (const [table, kind] of Object.entries(tableKinds)) {
        const rows = value[table];
        if (!Array.isArray(rows)) continue;
        rows.forEach((row, index) => {
          const where = `${prefix}${table}[${index}]`;
          if (isObject(row)) addRecord(row, where, kind);
          else problems.push(problemAtText(where, 'not-a-record', anObject, row));
        });
      }
    } else {
      addRecord(value, path || '$');
    }
  };

  addAny(withoutEmpty(input), '');
  if (problems.length > 0) throw new HsdsInputError(problems);
  return collected;
}
