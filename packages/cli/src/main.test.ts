import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { recklinghausenProfile, validateDataset } from '@vielfalt/model';
import { beforeAll, expect, test as vitestTest } from 'vitest';
import { brokenDataset, testDataset } from './test-dataset.js';

// Runs the built command as a user would; turbo builds the package (and its dependencies) before its tests.
const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const bin = fileURLToPath(new URL('../bin/vielfalt.js', import.meta.url));
const exec = promisify(execFile);

async function run(
  script: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [script, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const vielfalt = (...args: string[]) => run(main, args);

const sample = createRequire(import.meta.url).resolve(
  '@vielfalt/sample-data/recklinghausen-sample.json',
);

/** A copy of the sample with problems of several kinds in several records. */
async function brokenSample(): Promise<unknown> {
  const data = JSON.parse(await readFile(sample, 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  data.offers[0].area = { kind: 'municipalities', ags: ['05562099'] };
  data.offers[5].fieldsOfAction.push('kochen');
  data.offers[7].providerId = 'niemand';
  data.offers[9].texts = { en: data.offers[9].texts.en ?? data.offers[9].texts.de };
  data.offers[12].locations = [
    { id: 'irgendwo', municipality: '05562032', geo: { lat: 48.14, lon: 11.58 } },
  ];
  data.contacts[3].actorId = 'unbekannt';
  data.offers.push(structuredClone(data.offers[20]));
  return data;
}

// Child processes on a busy CI machine (2 cores, other packages testing in parallel) need more than 5 s.
const test = (name: string, body: () => Promise<void>) => vitestTest(name, body, 60_000);

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vielfalt-main-'));
  await writeFile(join(dir, 'ok.json'), JSON.stringify(testDataset()));
  await writeFile(join(dir, 'broken.json'), JSON.stringify(brokenDataset()));
  await writeFile(join(dir, 'broken-sample.json'), JSON.stringify(await brokenSample()));
});

test('node dist/main.js --version prints the version from the package manifest', async () => {
  const { version } = JSON.parse(
    await readFile(new URL('../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  const { code, stdout } = await vielfalt('--version');
  expect(code).toBe(0);
  expect(stdout).toBe(`vielfalt ${version}\n`);
});

test('node dist/main.js validate exits 0 on a valid dataset', async () => {
  const { code, stdout } = await vielfalt('validate', join(dir, 'ok.json'));
  expect(code).toBe(0);
  expect(stdout).toContain('ist gültig');
});

test('node dist/main.js validate exits 1 on a broken copy and lists every problem', async () => {
  const { code, stdout } = await vielfalt('validate', join(dir, 'broken.json'), '--lang', 'en');
  expect(code).toBe(1);
  expect(stdout).toContain('4 problems');
  expect(stdout.match(/^ {2}✗ /gm)).toHaveLength(4);
});

test('node dist/main.js exits 2 on a missing file', async () => {
  const { code, stderr } = await vielfalt('validate', join(dir, 'missing.json'));
  expect(code).toBe(2);
  expect(stderr).toContain('Datei nicht gefunden');
  expect(stderr).toContain('File not found');
});

test('the linked bin/vielfalt.js (what npx vielfalt runs) starts the same command', async () => {
  const { code, stdout } = await run(bin, ['validate', join(dir, 'ok.json'), '--json']);
  expect(code).toBe(0);
  expect(JSON.parse(stdout)).toMatchObject({ ok: true, problems: [] });
});

test('node dist/main.js validate exits 0 on the Recklinghausen sample dataset', async () => {
  const { code, stdout } = await vielfalt('validate', sample, '--profile', 'recklinghausen');
  expect(code).toBe(0);
  expect(stdout).toMatch(/ist gültig \(Profil recklinghausen\): \d{3} Angebote/);
});

test('node dist/main.js validate exits 1 on a broken copy of the sample and lists every problem', async () => {
  const expected = validateDataset(recklinghausenProfile, await brokenSample());
  expect(expected.ok).toBe(false);
  if (expected.ok) return;
  expect(expected.problems.length).toBeGreaterThanOrEqual(7);
  const { code, stdout } = await vielfalt('validate', join(dir, 'broken-sample.json'));
  expect(code).toBe(1);
  expect(stdout).toContain(`${expected.problems.length} Probleme`);
  for (const problem of expected.problems) expect(stdout).toContain(problem.message.de);
  const json = await vielfalt('validate', join(dir, 'broken-sample.json'), '--json');
  expect(json.code).toBe(1);
  expect((JSON.parse(json.stdout) as { problems: unknown[] }).problems).toEqual(expected.problems);
});
