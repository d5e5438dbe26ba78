import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../dataset.js';
import type { CountyProfile } from '../profile.js';
import { offerColumns } from './columns.js';
import { importOffersCsv } from './import.js';

const templateUrl = new URL('../../templates/angebote-vorlage.csv', import.meta.url);
const template = readFileSync(fileURLToPath(templateUrl), 'utf8');
const [headerLine = '', exampleLine = ''] = template.replace(/^\uFEFF/, '').split('\r\n');
const headers = headerLine.split(';');
/** The template's example row as header → cell. */
const example: Record<string, string> = Object.fromEntries(
  exampleLine.split(';').map((cell, i) => [headers[i], cell]),
);

/** A CSV with the template header and one row per override of the example row. */
function csv(...rows: Record<string, string>[]): string {
  const quote = (value: string) =>
    /[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return [
    headerLine,
    ...rows.map((row) => headers.map((h) => quote({ ...example, ...row }[h] ?? '')).join(';')),
  ].join('\r\n');
}

/** A small county profile for the checks against the county (two municipalities, a few terms). */
const profile: CountyProfile = {
  id: 'testkreis',
  county: {
    name: 'Kreis Recklinghausen',
    key: '05562',
    state: 'Nordrhein-Westfalen',
    centre: { lat: 51.6, lon: 7.2 },
    radiusKm: 30,
  },
  municipalities: [
    { ags: '05562024', name: 'Marl', centre: { lat: 51.65, lon: 7.09 } },
    { ags: '05562032', name: 'Recklinghausen', centre: { lat: 51.61, lon: 7.2 } },
  ],
  fieldsOfAction: [
    { id: 'bildung-ab-15', label: { de: 'Bildung und Sprachförderung ab 15 Jahre' } },
  ],
  taxonomies: {
    targetGroups: [
      { id: 'erwachsene', label: { de: 'Erwachsene' } },
      { id: 'maedchen-frauen', label: { de: 'Mädchen und Frauen' } },
    ],
    actorKinds: [
      { id: 'wohlfahrtsverband', label: { de: 'Wohlfahrtsverband' } },
      { id: 'other', label: { de: 'Sonstige' } },
    ],
    places: [],
    fundingSources: [],
  },
  languages: ['de', 'en'],
  defaultLanguage: 'de',
};

describe('importOffersCsv', () => {
  it('imports the template example row into a valid dataset, as German Excel writes it (BOM, semicolons, CRLF)', () => {
    const result = importOffersCsv(new TextEncoder().encode(template), {
      profile,
      today: '2026-11-25',
    });
    expect(result.problems).toEqual([]);
    expect(datasetSchema.safeParse(result.dataset).success).toBe(true);
    const offer = result.dataset?.offers[0];
    expect(offer).toMatchObject({
      id: 'sprachcafe-marl',
      kind: 'meeting',
      area: { kind: 'municipalities', ags: ['05562024'] },
      languages: ['de', 'ar'],
      targetGroups: [{ id: 'erwachsene' }, { id: 'maedchen-frauen' }],
      schedule: { weekly: [{ day: 'tu', opens: '15:00', closes: '17:00', interval: 1 }] },
      status: 'submitted',
    });
    expect(offer?.locations[0]).toMatchObject({
      municipality: '05562024',
      geo: { lat: 51.6563, lon: 7.0899 },
      accessibility: { wheelchair: 'yes' },
    });
    expect(result.dataset?.actors).toEqual([
      {
        id: 'awo-marl',
        name: 'AWO Ortsverein Marl',
        kind: 'wohlfahrtsverband',
        staffing: 'staff',
        municipalities: [],
      },
    ]);
    expect(result.dataset?.contacts[0]).toMatchObject({
      kind: 'role-mailbox',
      email: 'integration@example.org',
      visibility: { email: true, name: false },
    });
  });

  it('accepts comma-separated files without BOM, quoted cells with line breaks, and header code names', () => {
    const text =
      `id,kind,title,summary,providerId,providerName,fieldsOfAction,languages,area,cost\n` +
      `beratung-1,Beratung,"Beratung, offen","Erste Zeile\nzweite ""Zeile""",caritas,Caritas,wohnen,"de, ru",Kreis,kostenlos\n`;
    const result = importOffersCsv(text);
    expect(result.problems).toEqual([]);
    expect(result.dataset?.offers[0]?.texts['de']).toMatchObject({
      title: 'Beratung, offen',
      summary: 'Erste Zeile\nzweite "Zeile"',
    });
    expect(result.dataset?.offers[0]?.area).toEqual({ kind: 'county' });
  });

  it('in valid-rows mode imports the valid rows and reports the others; all-or-nothing imports none', () => {
    const text = csv({}, { ID: 'zweites', Gebiet: 'irgendwo' }, { ID: 'drittes' });
    const valid = importOffersCsv(text, { mode: 'valid-rows' });
    expect(valid.dataset?.offers.map((offer) => offer.id)).toEqual(['sprachcafe-marl', 'drittes']);
    expect(valid.rows).toEqual({ total: 3, imported: 2, rejected: 1 });
    expect(valid.problems.map((problem) => [problem.row, problem.columnLetter])).toEqual([
      [3, 'L'],
    ]);
    const strict = importOffersCsv(text);
    expect(strict.dataset).toBeUndefined();
    expect(strict.rows.imported).toBe(0);
  });

  const windows1252 = Uint8Array.from([
    ...new TextEncoder().encode(`${headerLine}\r\nsprachcafe;Treffen;Sprachcaf`),
    0xe9,
    0x3b,
  ]);
  const utf16 = Uint8Array.from([0xff, 0xfe, 0x49, 0x00, 0x44, 0x00]);
  // The example row has no quoted cells, so dropping the third cell of every line drops the column „Titel“.
  const withoutTitle = csv({})
    .split('\r\n')
    .map((line) =>
      line
        .split(';')
        .filter((_cell, index) => index !== 2)
        .join(';'),
    )
    .join('\r\n');
  const malformed: [
    string,
    string | Uint8Array,
    { row: number; column?: string; code: string },
    CountyProfile?,
  ][] = [
    ['missing required column', withoutTitle, { row: 1, code: 'missing-column' }],
    [
      'unknown column',
      csv({}).replace('Kontakt-Telefon', 'Farbe'),
      { row: 1, column: 'AG', code: 'unknown-column' },
    ],
    [
      'duplicate column',
      csv({}).replace('Beschreibung', 'Titel'),
      { row: 1, column: 'E', code: 'duplicate-column' },
    ],
    ['bad AGS', csv({ Gebiet: '0556202' }), { row: 2, column: 'L', code: 'invalid-value' }],
    [
      'actor kind missing when checked against a profile',
      csv({ Trägerart: '' }),
      { row: 2, column: 'H', code: 'required' },
      profile,
    ],
    [
      'AGS outside the county',
      csv({ Gebiet: '05999999' }),
      { row: 2, column: 'L', code: 'unknown-term' },
      profile,
    ],
    [
      'unknown field of action',
      csv({ Handlungsfelder: 'bildung-ab-15, kochen' }),
      { row: 2, column: 'I', code: 'unknown-term' },
      profile,
    ],
    [
      'unclosed quote',
      `${csv({})}\r\nzwei;Treffen;"Sprachcafé;x`,
      { row: 3, column: 'C', code: 'unclosed-quote' },
    ],
    [
      'text after closing quote',
      `${csv({})}\r\nzwei;Treffen;"Sprachcafé" am Markt;x`,
      { row: 3, column: 'C', code: 'text-after-quote' },
    ],
    [
      'quote inside an unquoted cell',
      `${csv({})}\r\nzwei;Treffen;Das "Café";x`,
      { row: 3, column: 'C', code: 'quote-in-cell' },
    ],
    ['Windows-1252 encoding', windows1252, { row: 2, column: 'C', code: 'wrong-encoding' }],
    ['UTF-16 encoding', utf16, { row: 1, code: 'wrong-encoding' }],
    ['duplicate ids', csv({}, {}), { row: 3, column: 'A', code: 'duplicate-id' }],
    ['empty required cell', csv({ Titel: '' }), { row: 2, column: 'C', code: 'required' }],
    ['invalid id', csv({ ID: 'Sprachcafé Marl' }), { row: 2, column: 'A', code: 'invalid-id' }],
    ['unknown kind of offer', csv({ Art: 'Yoga' }), { row: 2, column: 'B', code: 'invalid-value' }],
    [
      'impossible date',
      csv({ 'Gültig ab': '31.02.2026' }),
      { row: 2, column: 'AB', code: 'invalid-value' },
    ],
    [
      'unreadable times',
      csv({ Zeiten: 'Montag früh' }),
      { row: 2, column: 'Z', code: 'invalid-value' },
    ],
    [
      'more cells than columns',
      `${csv({})}\r\n${exampleLine.replace('sprachcafe-marl', 'zwei')};Rest;mehr`,
      { row: 3, column: 'AH', code: 'too-many-cells' },
    ],
    [
      'fewer cells than columns',
      `${csv({})}\r\n${exampleLine.replace('sprachcafe-marl', 'zwei').split(';').slice(0, 20).join(';')}`,
      { row: 3, column: 'U', code: 'too-few-cells' },
    ],
    [
      'an amount that may be 1250 or 1.25',
      csv({ Kosten: 'kostenpflichtig', 'Betrag (EUR)': '1.250' }),
      { row: 2, column: 'V', code: 'invalid-value' },
    ],
    ['bad postal code', csv({ PLZ: '4577' }), { row: 2, column: 'O', code: 'invalid-value' }],
    [
      'one provider id, two names',
      csv({}, { ID: 'zwei', Träger: 'AWO Marl e. V.' }),
      { row: 3, column: 'G', code: 'provider-conflict' },
    ],
    [
      'invalid email',
      csv({ 'Kontakt-E-Mail': 'integration(at)example.org' }),
      { row: 2, column: 'AF', code: 'invalid-email' },
    ],
    [
      'latitude without longitude',
      csv({ Längengrad: '' }),
      { row: 2, column: 'S', code: 'invalid-value' },
    ],
    ['title too short', csv({ Titel: 'Ab' }), { row: 2, column: 'C', code: 'invalid-length' }],
    [
      'end before start',
      csv({ 'Gültig ab': '01.03.2026', 'Gültig bis': '01.02.2026' }),
      { row: 2, column: 'AC', code: 'invalid-range' },
    ],
    ['header only', headerLine, { row: 2, code: 'no-rows' }],
    ['empty file', '', { row: 1, code: 'empty-file' }],
  ];

  it.each(malformed)(
    '%s: a precise row/column message and nothing imported',
    (_name, input, expected, withProfile) => {
      const result = importOffersCsv(input, withProfile ? { profile: withProfile } : {});
      expect(result.dataset).toBeUndefined();
      const problem = result.problems.find((candidate) => candidate.code === expected.code);
      expect(problem, JSON.stringify(result.problems)).toBeDefined();
      expect(problem?.row).toBe(expected.row);
      expect(problem?.columnLetter).toBe(expected.column);
      const where = expected.column
        ? `Zeile ${expected.row}, Spalte ${expected.column}`
        : `Zeile ${expected.row}`;
      expect(problem?.message.de.startsWith(where)).toBe(true);
      expect(problem?.message.en).toMatch(/^Row \d+/);
    },
  );

  it('names the Windows-1252 character and how to save the file instead', () => {
    const [problem] = importOffersCsv(windows1252).problems;
    expect(problem?.message.de).toContain('Windows-1252');
    expect(problem?.message.de).toContain('„é“');
    expect(problem?.message.de).toContain('CSV UTF-8');
  });

  it('documents every column of the template', () => {
    const documentation = readFileSync(
      fileURLToPath(new URL('../../templates/angebote-vorlage.md', import.meta.url)),
      'utf8',
    );
    expect(headers).toEqual(offerColumns.map((column) => column.header));
    for (const column of offerColumns)
      expect(documentation).toContain(`| ${column.header} | \`${column.key}\` |`);
  });
});

describe('numbers in CSV cells', () => {
  const amount = (cell: string) =>
    importOffersCsv(csv({ Kosten: 'kostenpflichtig', 'Betrag (EUR)': cell })).dataset?.offers[0]
      ?.cost.amountEur;

  it.each([
    ['12,50', 12.5],
    ['1250', 1250],
    ['1.250,00', 1250],
    ['1 250,5', 1250.5],
    ['12.50', 12.5],
    ['12.5', 12.5],
    ['0,99', 0.99],
  ])('reads %s as %d', (cell, value) => {
    expect(amount(cell)).toBe(value);
  });

  it.each(['1.250', '100.000', '12 50', '1,250.50', '1.25.0', '1e3', '0x10', 'Infinity', '12,5,0'])(
    'refuses %s with its row and column instead of guessing',
    (cell) => {
      const result = importOffersCsv(csv({ Kosten: 'kostenpflichtig', 'Betrag (EUR)': cell }));
      expect(result.dataset).toBeUndefined();
      expect(result.problems.map((problem) => [problem.code, problem.columnName])).toEqual([
        ['invalid-value', 'Betrag (EUR)'],
      ]);
    },
  );

  it('asks which reading of 1.250 was meant, in German and English', () => {
    const [problem] = importOffersCsv(
      csv({ Kosten: 'kostenpflichtig', 'Betrag (EUR)': '1.250' }),
    ).problems;
    expect(problem?.message.de).toContain('„1.250“ ist mehrdeutig: 1250 oder 1,250?');
    expect(problem?.message.en).toContain('"1.250" is ambiguous: 1250 or 1.250?');
  });

  it('reads 51.612 as a latitude, since 51612 cannot be one', () => {
    const offer = importOffersCsv(csv({ Breitengrad: '51.612', Längengrad: '7.089' })).dataset
      ?.offers[0];
    expect(offer?.locations[0]?.geo).toEqual({ lat: 51.612, lon: 7.089 });
  });
});
