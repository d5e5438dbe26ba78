import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetSchema } from '@vielfalt/model';
import { recklinghausenSample } from '@vielfalt/sample-data';
import { beforeAll, describe, expect, test } from 'vitest';
import { run } from '../run.js';
import { testIo } from '../test-io.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vielfalt-export-'));
  await writeFile(join(dir, 'sample.json'), JSON.stringify(recklinghausenSample));
  await writeFile(
    join(dir, 'broken.json'),
    JSON.stringify({ ...recklinghausenSample, offers: [{ id: 'x' }] }),
  );
});

async function vielfalt(...args: string[]) {
  const io = testIo(dir);
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

const published = recklinghausenSample.offers.filter((offer) => offer.status === 'published');

// Whole-sample exports: generous time, as CI runs every package's tests at once on two cores.
describe('vielfalt export', { timeout: 60_000 }, () => {
  test('hsds writes one file per HSDS table into the directory', async () => {
    const { code, out } = await vielfalt('export', 'hsds', 'sample.json', '--out', 'hsds');
    expect(code).toBe(0);
    expect(out).toContain(`✓ ${published.length} Angebote/offers exportiert`);
    expect((await readdir(join(dir, 'hsds'))).sort()).toEqual([
      'locations.json',
      'organizations.json',
      'service_at_locations.json',
      'services.json',
      'taxonomies.json',
      'taxonomy_terms.json',
    ]);
    const services = JSON.parse(await readFile(join(dir, 'hsds', 'services.json'), 'utf8')) as {
      status: string;
    }[];
    expect(services).toHaveLength(published.length);
  });

  test('the HSDS directory imports back into the same offers', async () => {
    const { code } = await vielfalt(
      'import',
      'hsds',
      'hsds',
      '--out',
      'back.json',
      '--profile',
      'recklinghausen',
    );
    expect(code).toBe(0);
    const back = datasetSchema.parse(JSON.parse(await readFile(join(dir, 'back.json'), 'utf8')));
    expect(back.offers.map((offer) => offer.id)).toEqual(published.map((offer) => offer.id));
  });

  test('jsonld writes one schema.org document per offer; csv writes the template columns', async () => {
    expect((await vielfalt('export', 'jsonld', 'sample.json', '--out', 'offers.jsonld')).code).toBe(
      0,
    );
    const documents = JSON.parse(await readFile(join(dir, 'offers.jsonld'), 'utf8')) as {
      '@context': string;
    }[];
    expect(documents).toHaveLength(published.length);
    expect(documents.every((document) => document['@context'] === 'https://schema.org')).toBe(true);
    expect(
      (
        await vielfalt(
          'export',
          'csv',
          'sample.json',
          '--out',
          'angebote.csv',
          '--status',
          'published,archived',
        )
      ).code,
    ).toBe(0);
    const text = await readFile(join(dir, 'angebote.csv'), 'utf8');
    expect(text.startsWith('\uFEFFID;Art;Titel;')).toBe(true);
  });

  test('an invalid dataset exits 1 and leaves the target untouched', async () => {
    await writeFile(join(dir, 'keep.csv'), 'ORIGINAL');
    const { code, err } = await vielfalt('export', 'csv', 'broken.json', '--out', 'keep.csv');
    expect(code).toBe(1);
    expect(err).toContain('nichts exportiert');
    expect(await readFile(join(dir, 'keep.csv'), 'utf8')).toBe('ORIGINAL');
  });

  test('usage errors exit 2', async () => {
    expect((await vielfalt('export', 'pdf', 'sample.json', '--out', 'x')).code).toBe(2);
    expect(
      (await vielfalt('export', 'csv', 'sample.json', '--out', 'x.csv', '--status', 'online')).err,
    ).toContain('--status');
  });
});

describe('vielfalt export and dataset versions', () => {
  test('refuses a dataset from a newer vielfalt and writes nothing', async () => {
    await writeFile(
      join(dir, 'future.json'),
      JSON.stringify({ ...recklinghausenSample, schemaVersion: 99 }),
    );
    const { code, err } = await vielfalt(
      'export',
      'jsonld',
      'future.json',
      '--out',
      'future.jsonld',
    );
    expect(code).toBe(1);
    expect(err).toContain('bitte vielfalt aktualisieren');
    expect((await readdir(dir)).includes('future.jsonld')).toBe(false);
  });
});

describe('vielfalt export with an unknown time zone', { timeout: 60_000 }, () => {
  test('refuses the dataset in German and English instead of crashing with a RangeError', async () => {
    const [first, ...rest] = published;
    if (!first) throw new Error('sample has no published offer');
    const broken = {
      ...recklinghausenSample,
      offers: [{ ...first, schedule: { ...first.schedule, timeZone: 'Europe/Berlinn' } }, ...rest],
    };
    await writeFile(join(dir, 'time-zone.json'), JSON.stringify(broken));
    const { code, err } = await vielfalt('export', 'hsds', 'time-zone.json', '--out', 'tz-out');
    expect(code).toBe(1);
    expect(err).toContain(
      'erwartet eine IANA-Zeitzone (z. B. „Europe/Berlin“), gefunden „Europe/Berlinn“',
    );
    expect(err).toContain('time-zone.json is not a valid dataset');
    expect(err).not.toContain('RangeError');
    expect(await readdir(dir)).not.toContain('tz-out');
  });
});
