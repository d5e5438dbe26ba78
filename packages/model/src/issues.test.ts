import * as z from 'zod';
import { describe, expect, test } from 'vitest';
import {
  contactSchema,
  describeIssues,
  formatPath,
  formatProblem,
  offerTextsSchema,
  weeklySlotSchema,
} from './index.js';

function problemsFor(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? [] : describeIssues(result.error.issues, ['offers', 4]);
}

describe('describeIssues', () => {
  test('names the place, what was expected and what was found, in German and English', () => {
    const [problem] = problemsFor(weeklySlotSchema, { day: 'tu', opens: '9:30', closes: '12:00' });
    expect(problem).toEqual({
      path: 'offers[4].opens',
      code: 'invalid-format',
      message: {
        de: 'offers[4].opens: erwartet eine Uhrzeit SS:MM (z. B. „09:30“), gefunden „9:30“.',
        en: 'offers[4].opens: expected a time of day HH:MM (e.g. "09:30"), found "9:30".',
      },
    });
  });

  test('says how long a text is and how long it should be', () => {
    const [problem] = problemsFor(offerTextsSchema, {
      title: 'Da',
      summary: 'x',
      status: 'original',
    });
    expect(problem?.message.de).toBe(
      'offers[4].title: erwartet mindestens 3 Zeichen, gefunden 2 Zeichen.',
    );
    expect(problem?.message.en).toBe(
      'offers[4].title: expected at least 3 characters, found 2 characters.',
    );
  });

  test('lists the allowed values of an enum', () => {
    const [problem] = problemsFor(weeklySlotSchema, { day: 'di', opens: '09:30', closes: '12:00' });
    expect(problem?.code).toBe('invalid-value');
    expect(problem?.message.de).toContain('einen von „mo“, „tu“, „we“');
    expect(problem?.message.en).toContain('one of "mo", "tu", "we"');
    expect(problem?.message.en).toContain('found "di"');
  });

  test('reports a missing required field as missing, with the expected kind of value', () => {
    const problems = problemsFor(contactSchema, { id: 'k', actorId: 'a', kind: 'person' });
    expect(problems).toEqual([
      {
        path: 'offers[4].consent',
        code: 'missing',
        message: {
          de: 'offers[4].consent: Pflichtfeld fehlt: erwartet ein Objekt.',
          en: 'offers[4].consent: required field is missing: expected an object.',
        },
      },
    ]);
  });

  test('describes a bad record key, a number out of range and a wrong type', () => {
    const texts = z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/), z.string());
    expect(problemsFor(texts, { Deutsch: 'Hallo' })[0]?.message.en).toBe(
      'offers[4].Deutsch: invalid key: expected a BCP 47 language code (e.g. "de", "ar", "uk"), found "Deutsch".',
    );
    const [age] = problemsFor(z.object({ minAge: z.number().int().min(0) }), { minAge: -3 });
    expect(age?.message.de).toBe('offers[4].minAge: erwartet eine Zahl ab 0, gefunden -3.');
    const [type] = problemsFor(z.object({ languages: z.array(z.string()) }), { languages: 'de' });
    expect(type?.message.de).toBe('offers[4].languages: erwartet eine Liste, gefunden „de“.');
    expect(type?.message.en).toBe('offers[4].languages: expected a list, found "de".');
  });

  test('cuts long found values short', () => {
    const [problem] = problemsFor(z.object({ n: z.number() }), { n: 'x'.repeat(500) });
    expect(problem?.message.en.length).toBeLessThan(120);
  });
});

test('formatPath writes paths as in JavaScript, quoting odd keys', () => {
  expect(formatPath(['offers', 3, 'area', 'ags', 0])).toBe('offers[3].area.ags[0]');
  expect(formatPath(['offers', 0, 'texts', 'de-x-simple', 'title'])).toBe(
    'offers[0].texts["de-x-simple"].title',
  );
  expect(formatPath([])).toBe('');
});

test('formatProblem picks the language and appends the code', () => {
  const problem = { path: 'a', code: 'x-y', message: { de: 'a: kaputt', en: 'a: broken' } };
  expect(formatProblem(problem)).toBe('a: kaputt [x-y]');
  expect(formatProblem(problem, 'en')).toBe('a: broken [x-y]');
});
