import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkVoteRules } from './rules.js';
import { anyLevelWorkshopArbitrary } from './testing/any-level.js';
import { reportProblems } from './testing/sane-report.js';
import { smallWorkshop } from './testing/fixture.js';

describe('input that cannot be impossible', () => {
  it('gives a sane report for any schema-valid workshop at any input level (npm run fuzz: 10,000 runs)', () => {
    fc.assert(
      fc.property(anyLevelWorkshopArbitrary, (workshop) => {
        expect(reportProblems(workshop, 100)).toEqual([]);
      }),
      { numRuns: 300, seed: 20261205 },
    );
  }, 120_000);

  it('refuses five dots on one statement from three participants (counts level, two dots per wall)', () => {
    const workshop = smallWorkshop({
      dotBudget: 2,
      votes: { level: 'counts', participants: 3, counts: [{ statement: 's1', dots: 5 }] },
    });
    expect(checkVoteRules(workshop).violations).toEqual([
      { kind: 'over-voters', wall: 'sonne', statements: ['s1'], found: 5, allowed: 3 },
    ]);
  });

  it('refuses more dots of one colour than people of that perspective, rows for one cell added up', () => {
    const workshop = smallWorkshop({
      dotBudget: 3,
      votes: {
        level: 'perspective-counts',
        headcount: { verwaltung: 2, ehrenamt: 4 },
        counts: [
          { statement: 's1', perspective: 'verwaltung', dots: 2 },
          { statement: 's1', perspective: 'verwaltung', dots: 1 },
          { statement: 's1', perspective: 'ehrenamt', dots: 4 },
        ],
      },
    });
    expect(checkVoteRules(workshop).violations).toEqual([
      {
        kind: 'over-voters',
        wall: 'sonne',
        perspective: 'verwaltung',
        statements: ['s1'],
        found: 3,
        allowed: 2,
      },
    ]);
  });
});
