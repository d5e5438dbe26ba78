import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { run } from '../run.js';
import { testDataset } from '../test-dataset.js';
import { testIo } from '../test-io.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vielfalt-search-'));
  await writeFile(join(dir, 'ok.json'), JSON.stringify(testDataset()));
  await run(['index', 'build', 'ok.json', '--out', 'feed.json'], testIo(dir));
});

async function search(...args: string[]) {
  const io = testIo(dir);
  const code = await run(['search', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('vielfalt search', () => {
  test('prints hits with the matched words marked', async () => {
    const { code, out } = await search('feed.json', 'Naehcafe');
    expect(code).toBe(0);
    expect(out).toContain('1 Treffer/hit\n');
    expect(out).toContain('»Nähcafé«');
  });

  test('filters by city name or AGS and by field of action', async () => {
    expect((await search('feed.json', 'nähen', '--city', 'Herten')).out).toContain('1 Treffer');
    expect((await search('feed.json', 'nähen', '--city', '05562032')).out).toContain('0 Treffer');
    expect((await search('feed.json', 'nähen', '--field', 'sport')).out).toContain('0 Treffer');
    const json = JSON.parse((await search('feed.json', 'sewing', '--json')).out) as {
      total: number;
      language: string;
    };
    expect(json).toMatchObject({ total: 1, language: 'en' });
  });

  test('explains unknown cities and bad feeds', async () => {
    const city = await search('feed.json', 'x', '--city', 'Atlantis');
    expect(city.code).toBe(2);
    expect(city.err).toContain('Atlantis');
    const bad = await search('ok.json', 'x');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('not a valid feed');
  });
});
