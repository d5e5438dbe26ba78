import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recklinghausenProfile, validateDataset } from '@vielfalt/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { run } from '../run.js';
import { brokenDataset as broken, testDataset as dataset } from '../test-dataset.js';
import { testIo } from '../test-io.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vielfalt-validate-'));
  await writeFile(join(dir, 'ok.json'), JSON.stringify(dataset()));
  await writeFile(join(dir, 'broken.json'), JSON.stringify(broken()));
  await writeFile(join(dir, 'not-json.json'), '{ "schemaVersion": 1,');
  // Another county's dataset, and one that names no profile: neither is checked against Recklinghausen.
  await writeFile(
    join(dir, 'other-county.json'),
    JSON.stringify({ ...dataset(), profileId: 'unna' }),
  );
  const { profileId: _, ...anonymous } = dataset();
  await writeFile(join(dir, 'no-profile.json'), JSON.stringify(anonymous));
  await writeFile(
    join(dir, 'profile.json'),
    JSON.stringify({ ...recklinghausenProfile, id: 'kopie' }),
  );
  const badProfile = structuredClone(recklinghausenProfile) as {
    municipalities: Array<{ ags: string }>;
  };
  badProfile.municipalities[3]!.ags = '05999014';
  await writeFile(join(dir, 'bad-profile.json'), JSON.stringify(badProfile));
});

async function validate(...args: string[]) {
  const io = testIo(dir);
  const code = await run(['validate', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('vielfalt validate', () => {
  test('exits 0 on a valid dataset and says what it holds', async () => {
    const { code, out, err } = await validate('ok.json');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain(
      '✓ ok.json ist gültig (Profil recklinghausen): 1 Angebot, 1 Akteur, 0 Kontakte',
    );
  });

  test('exits 1 on problems and lists every one with its path, in German by default', async () => {
    const { code, out } = await validate('broken.json');
    const expected = validateDataset(recklinghausenProfile, broken());
    expect(code).toBe(1);
    expect(expected.ok).toBe(false);
    if (expected.ok) return;
    expect(expected.problems.length).toBe(4);
    expect(out).toContain('broken.json: 4 Probleme (Profil recklinghausen)');
    for (const problem of expected.problems) expect(out).toContain(problem.message.de);
    expect(out.match(/^ {2}✗ /gm)).toHaveLength(4);
    expect(out).toContain('Zusammenfassung: 1× closes-before-opens');
  });

  test('--lang en reports in English', async () => {
    const { code, out } = await validate('broken.json', '--lang', 'en');
    expect(code).toBe(1);
    expect(out).toContain('broken.json: 4 problems (profile recklinghausen)');
    expect(out).toContain(
      'offers[0].area.ags[0]: expected a municipality of profile "recklinghausen"',
    );
  });

  test('--json prints the problems as JSON', async () => {
    const { code, out } = await validate('broken.json', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(out) as {
      ok: boolean;
      problems: Array<{ path: string; code: string }>;
    };
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'offers[0].area.ags[0] unknown-municipality',
      'offers[0].fieldsOfAction[1] unknown-field-of-action',
      'offers[0].providerId unknown-provider',
      'offers[0].schedule.weekly[0].closes closes-before-opens',
    ]);
    const valid = await validate('ok.json', '--json');
    expect(JSON.parse(valid.out)).toEqual({
      ok: true,
      file: 'ok.json',
      profile: 'recklinghausen',
      problems: [],
    });
  });

  test('a dataset from a newer vielfalt is refused with a reason, not guessed at', async () => {
    await writeFile(join(dir, 'newer.json'), JSON.stringify({ ...dataset(), schemaVersion: 99 }));
    const { code, out } = await validate('newer.json', '--lang', 'en');
    expect(code).toBe(1);
    expect(out).toContain('schemaVersion 99 is newer than the supported version 1');
  });

  test('--profile takes a profile file; its id must match the dataset', async () => {
    const { code, out } = await validate('ok.json', '--profile', 'profile.json', '--lang', 'en');
    expect(code).toBe(1);
    expect(out).toContain('profileId: expected data for profile "kopie", found "recklinghausen"');
  });

  test.each([
    [['missing.json'], 'Datei nicht gefunden', 'File not found'],
    [['not-json.json'], 'Kein gültiges JSON', 'Not valid JSON'],
    [
      [],
      'erwartet genau eine Datensatzdatei, gefunden 0',
      'expected exactly one dataset file, found 0',
    ],
    [['ok.json', 'broken.json'], 'gefunden 2', 'found 2'],
    [
      ['ok.json', '--lang', 'fr'],
      '--lang: erwartet de oder en, gefunden „fr“',
      '--lang: expected de or en, found "fr"',
    ],
    [['ok.json', '--verbose'], 'unbekannte Option „--verbose“.', 'unknown option "--verbose".'],
    [
      ['ok.json', '--profil', 'recklinghausen'],
      'unbekannte Option „--profil“. Meinten Sie --profile?',
      'unknown option "--profil". Did you mean --profile?',
    ],
    [
      ['other-county.json'],
      'der Datensatz nennt das Profil „unna“, das nicht eingebaut ist (eingebaut: recklinghausen): --profile <profil.json> angeben.',
      'the dataset names the profile "unna", which is not built in (built in: recklinghausen): pass --profile <profile.json>.',
    ],
    [
      ['no-profile.json'],
      'der Datensatz nennt kein Profil (profileId)',
      'the dataset names no profile (profileId)',
    ],
    [['ok.json', '--profile', 'borken'], 'Unbekanntes Profil „borken“', 'Unknown profile "borken"'],
    [
      ['ok.json', '--profile', 'bad-profile.json'],
      'municipalities[3].ags: erwartet einen AGS',
      'municipalities[3].ags: expected an AGS',
    ],
    [['.', '--profile', 'recklinghausen'], 'gefunden ein Verzeichnis', 'found a directory'],
  ])('usage error %j: exit 2 with a German and English message', async (args, de, en) => {
    const { code, out, err } = await validate(...args);
    expect(code).toBe(2);
    expect(out).toBe('');
    // One line with the message (problems below it, if any) and a pointer to the usage, not the usage itself.
    const lines = err.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Fehler: .* \/ Error: /);
    expect(err).toContain(de);
    expect(err).toContain(en);
    expect(lines.at(-1)).toBe('vielfalt validate --help zeigt alle Optionen / shows every option.');
    expect(err).not.toContain('vielfalt validate <dataset.json>');
  });

  test('vielfalt validate --help prints the usage', async () => {
    const { code, out } = await validate('--help');
    expect(code).toBe(0);
    expect(out).toContain('--profile');
  });
});

describe('vielfalt validate with keys named like Object.prototype members', () => {
  test.each(['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'])(
    '"%s" is reported as an unknown field in German and English, exit 1',
    async (key) => {
      const data = JSON.parse(JSON.stringify(dataset())) as { actors: object[] };
      data.actors[0] = { ...data.actors[0], ...JSON.parse(`{${JSON.stringify(key)}: "x"}`) };
      await writeFile(join(dir, `key-${key}.json`), JSON.stringify(data));
      const german = await validate(`key-${key}.json`);
      expect(german.code).toBe(1);
      expect(german.err).toBe('');
      expect(german.out).toContain(`unbekanntes Feld „${key}“`);
      // Without --lang the English line follows each German one.
      expect(german.out).toContain(`unknown field "${key}"`);
      const english = await validate(`key-${key}.json`, '--lang', 'en');
      expect(english.out).toContain(`unknown field "${key}"`);
    },
  );

  test('--profile constructor is an unknown profile, not Object.prototype.constructor', async () => {
    const { code, err } = await validate('ok.json', '--profile', 'constructor');
    expect(code).toBe(2);
    expect(err).toContain('Unbekanntes Profil „constructor“');
    expect(err).toContain('Unknown profile "constructor"');
  });
});
