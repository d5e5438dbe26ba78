import * as z from 'zod';
import { describe, expect, test } from 'vitest';
import { importHsds } from './hsds/index.js';
import {
  describeIssues,
  idSchema,
  recklinghausenProfile,
  scheduleSchema,
  validateDataset,
  type Problem,
} from './index.js';
import { testDataset } from './test-dataset.js';

/** Phrases of zod's English messages; none may appear in a German message. */
const englishZod =
  /Invalid input|Invalid string|expected \w+, received|Too (big|small)|Unrecognized key/i;

function problemsOf(data: unknown): Problem[] {
  const result = validateDataset(recklinghausenProfile, data);
  return result.ok ? [] : result.problems;
}

describe('German messages hold no English zod text', () => {
  test('a rule without a wording of ours is worded by zod German locale, its English by zod', () => {
    const schema = z.object({ name: z.string().refine((value) => value !== 'x') });
    const result = schema.safeParse({ name: 'x' }, { reportInput: true });
    const [problem] = result.success ? [] : describeIssues(result.error.issues);
    expect(problem?.message.de).not.toMatch(englishZod);
    expect(problem?.message.de).toContain('Ungültige Eingabe');
    expect(problem?.message.en).toContain('Invalid input');
  });

  test('HSDS import notes word the reason in each language', () => {
    const { report } = importHsds({
      id: 's1',
      name: 'Beratung',
      status: 'active',
      description: 7,
    });
    const invalid = report.notes.find((note) => note.code === 'invalid-service');
    expect(invalid?.message.de).toContain('erwartet einen Text, gefunden 7');
    expect(invalid?.message.en).toContain('expected a text, found 7');
    expect(invalid?.message.de).not.toMatch(englishZod);
  });

  test('the id rule speaks both languages even to a caller who reads zod messages directly', () => {
    const result = idSchema.safeParse('Sprachcafé Marl');
    const message = result.success ? '' : (result.error.issues[0]?.message ?? '');
    expect(message).toContain('Kleinbuchstaben, Ziffern und Bindestrichen');
    expect(message).toContain('lower-case letters, digits and hyphens');
  });
});

describe('messages quoting input stay short', () => {
  const long = 'x'.repeat(10_000);

  test('a 10,000-character id, key, reference and profile id are cut to 80 characters', () => {
    const data = JSON.parse(JSON.stringify(testDataset())) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    data.profileId = long;
    data.offers[0].providerId = long;
    data.offers[0][long] = 1;
    data.actors[0].id = long;
    const problems = problemsOf(data);
    expect(problems.length).toBeGreaterThanOrEqual(4);
    for (const problem of problems) {
      expect(problem.message.de.length, problem.message.de).toBeLessThan(600);
      expect(problem.message.en.length, problem.message.en).toBeLessThan(600);
      for (const message of [problem.message.de, problem.message.en])
        expect(Math.max(0, ...(message.match(/x+/g) ?? []).map((run) => run.length))).toBeLessThan(
          81,
        );
    }
  });
});

describe('time zones', () => {
  test('an unknown time zone is refused in German and English', () => {
    const data = JSON.parse(JSON.stringify(testDataset())) as {
      offers: Array<{ schedule: { timeZone?: string } }>;
    };
    data.offers[0]!.schedule.timeZone = 'Europe/Berlinn';
    const problems = problemsOf(data);
    expect(problems).toEqual([
      {
        path: 'offers[0].schedule.timeZone',
        code: 'unknown-time-zone',
        message: {
          de: 'offers[0].schedule.timeZone: erwartet eine IANA-Zeitzone (z. B. „Europe/Berlin“), gefunden „Europe/Berlinn“.',
          en: 'offers[0].schedule.timeZone: expected an IANA time zone (e.g. "Europe/Berlin"), found "Europe/Berlinn".',
        },
      },
    ]);
  });

  test('known time zones pass, the default is Europe/Berlin', () => {
    for (const timeZone of ['Europe/Berlin', 'UTC', 'Europe/Istanbul', 'Asia/Tehran'])
      expect(scheduleSchema.safeParse({ timeZone }).success).toBe(true);
    expect(scheduleSchema.parse({}).timeZone).toBe('Europe/Berlin');
  });
});
