import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetSchema } from '@vielfalt/model';
import { hsdsExamplesDir } from '@vielfalt/testing/hsds';
import { beforeAll, describe, expect, test } from 'vitest';
import { run } from '../run.js';
import { testIo } from '../test-io.js';

const template = await readFile(
  fileURLToPath(new URL('../../../model/templates/angebote-vorlage.csv', import.meta.url)),
  'utf8',
);
const [headerLine = '', exampleLine = ''] = template.replace(/^\uFEFF/, '').split('\r\n');
const headers = headerLine.split(';');

/** The template with one row per override of its example row. */
function csv(...rows: Record<string, string>[]): string {
  const example = Object.fromEntries(exampleLine.split(';').map((cell, i) => [headers[i], cell]));
  const quote = (value: string) =>
    /[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return [
    headerLine,
    ...rows.map((row) => headers.map((h) => quote({ ...example, ...row }[h] ?? '')).join(';')),
  ].join('\r\n');
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vielfalt-import-'));
});

async function vielfalt(...args: string[]) {
  const io = testIo(dir);
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

const original = '{"original": true}\n';

describe('vielfalt import csv', () => {
  test('imports the template into a valid dataset for the Recklinghausen profile', async () => {
    await writeFile(join(dir, 'vorlage.csv'), template);
    const { code, out } = await vielfalt(
      'import',
      'csv',
      'vorlage.csv',
      '--out',
      'vorlage.json',
      '--profile',
      'recklinghausen',
    );
    expect(out).toContain('1 von 1 Zeile importiert');
    expect(code).toBe(0);
    const dataset = datasetSchema.parse(
      JSON.parse(await readFile(join(dir, 'vorlage.json'), 'utf8')),
    );
    expect(dataset.profileId).toBe('recklinghausen');
    expect(dataset.offers.map((offer) => offer.id)).toEqual(['sprachcafe-marl']);
  });

  const windows1252 = Buffer.concat([
    Buffer.from(`${headerLine}\r\nsprachcafe;Treffen;Sprachcaf`),
    Buffer.from([0xe9, 0x3b]),
  ]);
  const cases: [string, string | Buffer, string][] = [
    [
      'missing column',
      csv({}).replace('Kurzbeschreibung', 'Kurztext'),
      'Zeile 1: Pflichtspalte „Kurzbeschreibung“ fehlt in der Kopfzeile',
    ],
    [
      'unknown column',
      csv({}).replace('Kontakt-Telefon', 'Farbe'),
      'Zeile 1, Spalte AG (Farbe): Unbekannte Spalte',
    ],
    [
      'duplicate column',
      csv({}).replace('Beschreibung', 'Titel'),
      'Zeile 1, Spalte E (Titel): Spalte „Titel“ kommt doppelt vor',
    ],
    ['bad AGS', csv({ Gebiet: '0556202' }), 'Zeile 2, Spalte L (Gebiet): „0556202“ ist ungültig'],
    [
      'AGS outside the county',
      csv({ Gebiet: '05999999' }),
      'Zeile 2, Spalte L (Gebiet): „05999999“ gehört nicht zu den Gemeinden (AGS) des Kreisprofils',
    ],
    [
      'unknown field of action',
      csv({ Handlungsfelder: 'kochen' }),
      'Zeile 2, Spalte I (Handlungsfelder): „kochen“ gehört nicht zu den Handlungsfeldern des Kreisprofils',
    ],
    [
      'unknown target group',
      csv({ Zielgruppen: 'alle' }),
      'Zeile 2, Spalte J (Zielgruppen): „alle“ gehört nicht zu den Zielgruppen des Kreisprofils',
    ],
    [
      'unclosed quote',
      `${csv({})}\r\nzwei;Treffen;"Sprachcafé;x`,
      'Zeile 3, Spalte C: Das Anführungszeichen',
    ],
    [
      'text after a closing quote',
      `${csv({})}\r\nzwei;Treffen;"Sprachcafé" am Markt;x`,
      'Zeile 3, Spalte C: Nach dem schließenden Anführungszeichen',
    ],
    [
      'quote inside a cell',
      `${csv({})}\r\nzwei;Treffen;Das "Café";x`,
      'Zeile 3, Spalte C: Anführungszeichen mitten in einer Zelle',
    ],
    [
      'Windows-1252 file',
      windows1252,
      'Zeile 2, Spalte C (Titel): Die Datei ist nicht UTF-8-kodiert',
    ],
    [
      'duplicate ids',
      csv({}, {}),
      'Zeile 3, Spalte A (ID): ID „sprachcafe-marl“ ist schon in Zeile 2 vergeben',
    ],
    ['empty title', csv({ Titel: '' }), 'Zeile 2, Spalte C (Titel): Pflichtfeld ist leer'],
    [
      'invalid id',
      csv({ ID: 'Sprachcafé Marl' }),
      'Zeile 2, Spalte A (ID): „Sprachcafé Marl“ ist keine gültige Kennung',
    ],
    [
      'unknown kind',
      csv({ Art: 'Yoga' }),
      'Zeile 2, Spalte B (Art): „Yoga“ ist keine gültige Angebotsart',
    ],
    [
      'impossible date',
      csv({ 'Gültig ab': '31.02.2026' }),
      'Zeile 2, Spalte AB (Gültig ab): „31.02.2026“ ist kein gültiges Datum',
    ],
    [
      'unreadable times',
      csv({ Zeiten: 'Dienstag nachmittags' }),
      'Zeile 2, Spalte Z (Zeiten): „Dienstag nachmittags“ ist keine gültige Zeitangabe',
    ],
    [
      'more cells than columns',
      `${csv({})}\r\n${exampleLine.replace('sprachcafe-marl', 'zwei')};noch was`,
      'Zeile 3, Spalte AH: Die Zeile hat mehr Zellen',
    ],
    [
      'bad postal code',
      csv({ PLZ: '4577' }),
      'Zeile 2, Spalte O (PLZ): „4577“ ist keine Postleitzahl',
    ],
    [
      'one provider id, two names',
      csv({}, { ID: 'zwei', Träger: 'AWO Marl e. V.' }),
      'Zeile 3, Spalte G (Träger): Träger-ID „awo-marl“ heißt in Zeile 2',
    ],
    [
      'invalid email',
      csv({ 'Kontakt-E-Mail': 'integration(at)example.org' }),
      'Zeile 2, Spalte AF (Kontakt-E-Mail): „integration(at)example.org“ ist keine E-Mail-Adresse',
    ],
  ];

  test.each(cases)(
    '%s: exit 1, a row/column message, the target untouched',
    async (name, content, message) => {
      const file = `${name.replace(/\W+/g, '-')}.csv`;
      await writeFile(join(dir, file), content);
      await writeFile(join(dir, 'target.json'), original);
      const { code, out } = await vielfalt(
        'import',
        'csv',
        file,
        '--out',
        'target.json',
        '--profile',
        'recklinghausen',
      );
      expect(code).toBe(1);
      expect(out).toContain(message);
      expect(out).toContain('Die Zieldatei bleibt unverändert');
      expect(await readFile(join(dir, 'target.json'), 'utf8')).toBe(original);
    },
  );

  test('leaves no temporary files behind', async () => {
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('--mode valid-rows writes the valid rows, reports the others and exits 1', async () => {
    await writeFile(join(dir, 'gemischt.csv'), csv({}, { ID: 'zwei', Gebiet: 'irgendwo' }));
    await writeFile(join(dir, 'target.json'), original);
    const { code, out } = await vielfalt(
      'import',
      'csv',
      'gemischt.csv',
      '--out',
      'target.json',
      '--mode',
      'valid-rows',
      '--lang',
      'en',
    );
    expect(code).toBe(1);
    expect(out).toContain('Row 3, column L (Gebiet)');
    expect(out).toContain('1 of 2 rows imported, 1 rejected');
    expect(JSON.parse(await readFile(join(dir, 'target.json'), 'utf8')).offers).toHaveLength(1);
  });

  test('draws a progress bar only when stderr is a terminal, and one summary line otherwise', async () => {
    await writeFile(join(dir, 'vorlage.csv'), template);
    const piped = await vielfalt('import', 'csv', 'vorlage.csv', '--out', 'p.json');
    expect(piped.err).toMatch(/^CSV: 1\/1 · \d+\.\d s\n$/);
    const io = testIo(dir);
    io.stderr.isTTY = true;
    await run(['import', 'csv', 'vorlage.csv', '--out', 'p.json'], io);
    expect(io.err()).toContain('CSV [##############################] 100% 1/1');
  });

  test('usage errors exit 2', async () => {
    expect((await vielfalt('import', 'xml', 'a.xml', '--out', 'x.json')).code).toBe(2);
    expect((await vielfalt('import', 'csv', 'vorlage.csv')).err).toContain('--out fehlt');
    expect(
      (await vielfalt('import', 'csv', 'vorlage.csv', '--out', 'x.json', '--mode', 'some')).code,
    ).toBe(2);
  });
});

describe('vielfalt import hsds', () => {
  test('imports an official example and lists the unmapped fields', async () => {
    const { code, out } = await vielfalt(
      'import',
      'hsds',
      join(hsdsExamplesDir, 'service_full.json'),
      '--out',
      'hsds.json',
    );
    expect(code).toBe(0);
    expect(out).toContain('service.accreditations ×1');
    expect(out).toContain(
      '1 Angebot, 1 Akteur, 1 Kontakt übernommen (1 Service, 1 Organisation gelesen)',
    );
    expect(
      datasetSchema.safeParse(JSON.parse(await readFile(join(dir, 'hsds.json'), 'utf8'))).success,
    ).toBe(true);
  });

  test('draws a progress bar on a terminal', async () => {
    const io = testIo(dir);
    io.stderr.isTTY = true;
    await run(
      ['import', 'hsds', join(hsdsExamplesDir, 'service_list.json'), '--out', 'list.json'],
      io,
    );
    expect(io.err()).toContain('HSDS [##############################] 100% 1/1');
  });
});

describe('vielfalt import hsds with input not shaped like HSDS', () => {
  test.each([
    ['table-object.json', { 'services.csv': {} }, 'services.csv'],
    ['row-null.json', { 'services.csv': [null] }, 'services.csv[0]'],
    ['number.json', 42, '$'],
  ])(
    '%s: names the place in German and English, exits 1, writes nothing',
    async (name, input, path) => {
      await writeFile(join(dir, name), JSON.stringify(input));
      const { code, out, err } = await vielfalt(
        'import',
        'hsds',
        name,
        '--out',
        `${name}.out.json`,
      );
      expect(code).toBe(1);
      expect(err).toContain(
        `Fehler: ${name} ist keine lesbare HSDS-Eingabe (1 Problem); nichts importiert.`,
      );
      expect(err).toContain(
        `Error: ${name} is not readable as HSDS (1 problem); nothing imported.`,
      );
      expect(err).toContain(`✗ ${path}: erwartet `);
      expect(err).toContain(`${path}: expected `);
      expect(`${out}${err}`).not.toMatch(/TypeError|\n\s+at /);
      expect(await readdir(dir)).not.toContain(`${name}.out.json`);
    },
  );
});
