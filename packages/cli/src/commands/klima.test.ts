import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../run.js';

const require = createRequire(import.meta.url);
const klimaRoot = dirname(require.resolve('@vielfalt/klimakonferenz/package.json'));
const sampleFile = join(klimaRoot, 'data', 'recklinghausen-2017.json');

function collector(cwd: string): {
  io: Parameters<typeof run>[1];
  out: () => string;
  err: () => string;
} {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (err += t) },
      cwd,
    },
    out: () => out,
    err: () => err,
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vielfalt-klima-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('vielfalt klima', () => {
  it('report writes Markdown, HTML and JSON that validates against the shipped schema', async () => {
    const c = collector(dir);
    const code = await run(
      ['klima', 'report', sampleFile, '--out', 'out', '--seed', '3', '--draws', '2000'],
      c.io,
    );
    expect(c.err()).toContain('klimakonferenz-report.html');
    expect(code).toBe(0);
    const files = await readdir(join(dir, 'out'));
    expect(files).toEqual(
      expect.arrayContaining([
        'klimakonferenz-report.json',
        'klimakonferenz-report.md',
        'klimakonferenz-report.html',
        'rek-2017-wohnen.html',
        'rek-2017-wohnen.md',
      ]),
    );
    const markdown = await readFile(join(dir, 'out', 'rek-2017-wohnen.md'), 'utf8');
    expect(markdown).toMatch(/^# Klimakonferenz: Ist-Analyse – Wohnen/);
    expect(await readFile(join(dir, 'out', 'klimakonferenz-report.html'), 'utf8')).toMatch(
      /^<!doctype html>\n<html lang="de" dir="ltr">/,
    );
    const schema = JSON.parse(
      await readFile(join(klimaRoot, 'schemas', 'report.schema.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const json = JSON.parse(
      await readFile(join(dir, 'out', 'klimakonferenz-report.json'), 'utf8'),
    ) as unknown;
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  }, 60_000);

  it('scores several files together, so two rounds show a trend', async () => {
    const c = collector(dir);
    const followUp = join(klimaRoot, 'data', 'recklinghausen-2019-wohnen.json');
    const code = await run(
      ['klima', 'report', sampleFile, followUp, '--format', 'json', '--draws', '500'],
      c.io,
    );
    expect(code).toBe(0);
    const report = JSON.parse(c.out()) as {
      workshops: unknown[];
      trends: { after: { round: number } }[];
    };
    expect(report.workshops).toHaveLength(9);
    expect(report.trends[0]?.after.round).toBe(2);
  });

  it('report prints one format to stdout in English', async () => {
    const c = collector(dir);
    expect(
      await run(
        ['klima', 'report', sampleFile, '--format', 'html', '--lang', 'en', '--draws', '500'],
        c.io,
      ),
    ).toBe(0);
    expect(c.out()).toContain('<html lang="en" dir="ltr">');
  });

  it('score prints the same bytes for the same seed', async () => {
    const a = collector(dir);
    const b = collector(dir);
    await run(['klima', 'score', sampleFile, '--seed', '9', '--draws', '500'], a.io);
    await run(['klima', 'score', sampleFile, '--seed', '9', '--draws', '500'], b.io);
    expect(a.out()).toBe(b.out());
    expect((JSON.parse(a.out()) as unknown[]).length).toBe(8);
  });

  it('check lists violations with ids and exits 1; strict scoring refuses, lenient excludes', async () => {
    const broken = {
      schemaVersion: 1,
      workshops: [
        {
          id: 'kaputt',
          fieldOfAction: 'wohnen',
          date: '2017-05-10',
          statements: [
            { id: 's1', wall: 'sonne', text: 'A' },
            { id: 's2', wall: 'sonne', text: 'B' },
          ],
          votes: {
            level: 'dots',
            participants: [{ id: 'p1', perspective: 'verwaltung' }],
            dots: [
              { participant: 'p1', statement: 's1' },
              { participant: 'p1', statement: 's2' },
              { participant: 'p7', statement: 's1' },
            ],
          },
        },
      ],
    };
    await writeFile(join(dir, 'broken.json'), JSON.stringify(broken));
    const c = collector(dir);
    expect(await run(['klima', 'check', 'broken.json'], c.io)).toBe(1);
    expect(c.out()).toContain('over-budget');
    expect(c.out()).toContain('participant=p1');
    expect(c.out()).toContain('unknown-participant');
    expect(c.out()).toContain('participant=p7');
    const strict = collector(dir);
    expect(await run(['klima', 'score', 'broken.json', '--draws', '100'], strict.io)).toBe(1);
    expect(strict.err()).toContain('2 Regelverstöße');
    const lenient = collector(dir);
    expect(
      await run(
        ['klima', 'score', 'broken.json', '--draws', '100', '--mode', 'lenient'],
        lenient.io,
      ),
    ).toBe(0);
  });

  it('explains invalid data with its path and refuses bad arguments with exit 2', async () => {
    await writeFile(
      join(dir, 'invalid.json'),
      JSON.stringify({
        schemaVersion: 1,
        workshops: [
          {
            id: 'x',
            fieldOfAction: 'wohnen',
            date: '2017-05-10',
            statements: [{ id: 's1', wall: 'regen', text: 'A' }],
            votes: { level: 'counts', participants: 1, counts: [] },
          },
        ],
      }),
    );
    const c = collector(dir);
    expect(await run(['klima', 'check', 'invalid.json'], c.io)).toBe(1);
    expect(c.err()).toContain('workshops[0].statements[0].wall');
    expect(c.err()).toContain('"regen"');
    const twice = collector(dir);
    expect(await run(['klima', 'check', sampleFile, sampleFile], twice.io)).toBe(1);
    expect(twice.err()).toContain('„rek-2017-bildung-0-14“ kommt mehrfach vor');
    const usage = collector(dir);
    expect(await run(['klima', 'report', sampleFile, '--format', 'pdf'], usage.io)).toBe(2);
    expect(usage.err()).toContain('--format');
    expect(await run(['klima', 'draw', sampleFile], collector(dir).io)).toBe(2);
  });
});
