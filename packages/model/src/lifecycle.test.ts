import { describe, expect, test } from 'vitest';
import { allowedActions, LifecycleError, offerSchema, transition, type Offer } from './index.js';
import { testDataset } from './test-dataset.js';

function draft(): Offer {
  const input = testDataset().offers?.[0];
  return offerSchema.parse({ ...input, status: 'draft', history: [] });
}

const at = new Date('2026-03-02T09:00:00Z');

describe('transition', () => {
  test('walks draft → submitted → published → archived, recording who and when', () => {
    const submitted = transition(draft(), 'submit', 'awo-marl', at);
    const published = transition(
      submitted,
      'publish',
      'ki-kreis-re',
      new Date('2026-03-03T10:00:00Z'),
    );
    const archived = transition(
      published,
      'archive',
      'ki-kreis-re',
      new Date('2026-09-30T12:00:00Z'),
      'Kurs beendet',
    );
    expect(archived.status).toBe('archived');
    expect(archived.history).toEqual([
      { status: 'submitted', at: '2026-03-02T09:00:00.000Z', by: 'awo-marl' },
      { status: 'published', at: '2026-03-03T10:00:00.000Z', by: 'ki-kreis-re' },
      {
        status: 'archived',
        at: '2026-09-30T12:00:00.000Z',
        by: 'ki-kreis-re',
        reason: 'Kurs beendet',
      },
    ]);
    expect(archived.updatedAt).toBe('2026-09-30T12:00:00.000Z');
    expect(offerSchema.safeParse(archived).success).toBe(true);
  });

  test('leaves the original offer untouched', () => {
    const original = draft();
    transition(original, 'submit', 'awo-marl', at);
    expect(original.status).toBe('draft');
    expect(original.history).toEqual([]);
  });

  test('rejects with a reason, and a rejected offer can be submitted again or reopened', () => {
    const rejected = transition(
      transition(draft(), 'submit', 'awo-marl', at),
      'reject',
      'ki',
      at,
      'Adresse fehlt',
    );
    expect(rejected.history.at(-1)).toMatchObject({ status: 'rejected', reason: 'Adresse fehlt' });
    expect(transition(rejected, 'submit', 'awo-marl', at).status).toBe('submitted');
    expect(transition(rejected, 'reopen', 'awo-marl', at).status).toBe('draft');
  });

  test('withdraw takes a published offer back to draft', () => {
    const published = transition(transition(draft(), 'submit', 'a', at), 'publish', 'b', at);
    expect(transition(published, 'withdraw', 'a', at).status).toBe('draft');
  });

  test.each([
    ['draft', 'publish'],
    ['draft', 'archive'],
    ['draft', 'reject'],
    ['published', 'submit'],
    ['archived', 'publish'],
  ] as const)('refuses %s → %s with a German and English message', (status, action) => {
    const offer = { ...draft(), status };
    let error: unknown;
    try {
      transition(offer, action, 'ki', at, 'Grund');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LifecycleError);
    const { code, messages } = error as LifecycleError;
    expect(code).toBe('illegal-transition');
    expect(messages.de).toContain(`„${action}“ ist im Status „${status}“ nicht erlaubt`);
    expect(messages.en).toContain(`"${action}" is not allowed in status "${status}"`);
    expect(messages.de).toContain('sprachcafe-marl');
    expect(messages.de.startsWith('status: ')).toBe(true);
    expect(messages.en.startsWith('status: ')).toBe(true);
    expect((error as LifecycleError).problem).toMatchObject({
      path: 'status',
      code: 'illegal-transition',
    });
  });

  test('refuses a rejection without a reason and a move without an actor', () => {
    const submitted = transition(draft(), 'submit', 'awo-marl', at);
    expect(() => transition(submitted, 'reject', 'ki', at)).toThrow(/Begründung.*reason/s);
    expect(() => transition(submitted, 'reject', 'ki', at, '  ')).toThrow(LifecycleError);
    expect(() => transition(submitted, 'publish', ' ', at)).toThrow(/by/);
  });
});

test('allowedActions lists what each status permits', () => {
  expect(allowedActions('draft')).toEqual(['submit']);
  expect(allowedActions('submitted')).toEqual(['publish', 'reject', 'withdraw']);
  expect(allowedActions('published')).toEqual(['archive', 'withdraw']);
  expect(allowedActions('archived')).toEqual(['reopen']);
  expect(allowedActions('rejected')).toEqual(['submit', 'reopen']);
});
