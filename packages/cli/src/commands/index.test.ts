import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedSchema } from '@vielfalt/search';
import { beforeAll, describe, expect, test } from 'vitest';
import { run } from '../run.js';
import { brokenDataset, testDataset } from '../test-dataset.js';
import { testIo } from '../test-io.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vielfalt-index-'));
  await writeFile(join(dir, 'ok.json'), JSON.stringify(testDataset()));
  await writeFile(join(dir, 'broken.json'), JSON.stringify(brokenDataset()));
});

async function index(...args: string[]) {
  const io = testIo(dir);
  const code = await run(['index', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('vielfalt index build', () => {
  test('writes a feed with the offers and a prebuilt index', async () => {
    const { code, out } = await index('build', 'ok.json', '--out', 'feed.json');
    expect(code).toBe(0);
    expect(out).toMatch(/feed\.json: 1 Angebot\/offer,/);
    const feed = feedSchema.parse(JSON.parse(await readFile(join(dir, 'feed.json'), 'utf8')));
    expect(feed.offers.map((o) => o.id)).toEqual(['naehcafe-herten']);
    expect(feed.index.format).toBe('vielfalt-search-index');
  });

  test('refuses an invalid dataset with exit 1 and usage errors with exit 2', async () => {
    expect((await index('build', 'broken.json')).code).toBe(1);
    const usage = await index('bild', 'ok.json');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('expected "build <dataset.json>"');
    expect((await index('build', 'missing.json')).err).toContain('File not found');
  });
});
