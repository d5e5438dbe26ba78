import { describe, expect, test } from 'vitest';
import { klimakonferenzSchema } from '@vielfalt/klimakonferenz';
import { recklinghausenFollowUp, recklinghausenSample } from '@vielfalt/klimakonferenz/sample';
import { outlineMismatch } from '../base/outline.js';
import { collectionOutline, workshopOutline } from './klima-outline.js';

/** A workshop as a person writes it: only what the schema requires, the defaults left out. */
const handWritten = (votes: unknown) => ({
  id: 'hand',
  fieldOfAction: 'wohnen',
  date: '2026-11-20',
  statements: [
    { id: 's1', wall: 'sonne', text: 'Viele Ehrenamtliche' },
    { id: 's2', wall: 'wolke', text: 'Lange Wartezeiten' },
  ],
  votes,
});

const levels = {
  dots: {
    level: 'dots',
    participants: [{ id: 'p1', perspective: 'ehrenamt' }],
    dots: [{ participant: 'p1', statement: 's1' }],
  },
  'perspective-counts': {
    level: 'perspective-counts',
    headcount: { ehrenamt: 2, verwaltung: 1 },
    counts: [{ statement: 's1', perspective: 'ehrenamt', dots: 2 }],
  },
  counts: { level: 'counts', participants: 3, counts: [{ statement: 's2', dots: 1 }] },
};

describe('the stored form of a workshop (what the elements score without zod)', () => {
  test('every workshop the schema parses has it, at each input level, with and without the optional parts', () => {
    for (const votes of Object.values(levels)) {
      const stored = klimakonferenzSchema.parse(handWritten(votes));
      expect(outlineMismatch(stored, workshopOutline)).toBeUndefined();
      // Stored data goes through JSON on its way to the page.
      expect(outlineMismatch(JSON.parse(JSON.stringify(stored)), workshopOutline)).toBeUndefined();
    }
    for (const collection of [recklinghausenSample, recklinghausenFollowUp]) {
      expect(outlineMismatch(collection, collectionOutline)).toBeUndefined();
      expect(collection.workshops.some((w) => w.notes !== undefined)).toBe(true);
    }
  });

  test('a file that leaves the defaults out does not, so the full schema fills them in', () => {
    for (const votes of Object.values(levels))
      expect(outlineMismatch(handWritten(votes), workshopOutline)?.path).toBe('round');
    const { round, ...withoutRound } = klimakonferenzSchema.parse(handWritten(levels.dots));
    expect(round).toBe(1);
    expect(outlineMismatch(withoutRound, workshopOutline)).toMatchObject({
      path: 'round',
      expected: ['eine Zahl', 'a number'],
    });
  });

  test('the vote level picks the outline; an unknown level says which are known', () => {
    const stored = klimakonferenzSchema.parse(handWritten(levels.counts));
    const asDots = { ...stored, votes: { ...stored.votes, level: 'dots' } };
    expect(outlineMismatch(asDots, workshopOutline)?.path).toBe('votes.participants');
    for (const level of ['punkte', '__proto__', 'constructor', 7])
      expect(
        outlineMismatch({ ...stored, votes: { ...stored.votes, level } }, workshopOutline),
      ).toMatchObject({
        path: 'votes.level',
        expected: [
          'eins von: dots, perspective-counts, counts',
          'one of: dots, perspective-counts, counts',
        ],
      });
    const badHeadcount = {
      ...stored,
      votes: { level: 'perspective-counts', headcount: { a: '2' }, counts: [] },
    };
    expect(outlineMismatch(badHeadcount, workshopOutline)).toMatchObject({
      path: 'votes.headcount',
      expected: ['Zahlen je Schlüssel', 'numbers per key'],
    });
  });
});
