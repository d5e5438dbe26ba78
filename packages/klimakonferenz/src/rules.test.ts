import { describe, expect, it } from 'vitest';
import { scoreWorkshop } from './score.js';
import { tallyWorkshop } from './tally.js';
import { smallWorkshop } from './testing/fixture.js';
import type { Violation } from './violation.js';
import { VoteRuleError } from './vote-rule-error.js';
import type { Klimakonferenz } from './workshop.js';

function violationsOf(workshop: Klimakonferenz): Violation[] {
  try {
    tallyWorkshop(workshop, 'strict');
  } catch (error) {
    if (error instanceof VoteRuleError) return [...error.violations];
    throw error;
  }
  return [];
}

const base = smallWorkshop();
const dots =
  base.votes.level === 'dots'
    ? base.votes
    : (() => {
        throw new Error('fixture');
      })();

/** Each case: a broken workshop and the violation it must produce, with its ids. */
const cases: { name: string; workshop: Klimakonferenz; expected: Violation }[] = [
  {
    name: 'a second dot where one is allowed',
    workshop: {
      ...base,
      votes: {
        ...dots,
        dots: [...dots.dots, { participant: 'p2', statement: 's2', enteredBy: 'self' }],
      },
    },
    expected: {
      kind: 'over-budget',
      wall: 'sonne',
      participant: 'p2',
      statements: ['s1', 's2'],
      found: 2,
      allowed: 1,
    },
  },
  {
    name: 'an unknown participant',
    workshop: {
      ...base,
      votes: {
        ...dots,
        dots: [...dots.dots, { participant: 'p9', statement: 's2', enteredBy: 'facilitator' }],
      },
    },
    expected: { kind: 'unknown-participant', participant: 'p9', statements: ['s2'] },
  },
  {
    name: 'an unknown statement',
    workshop: {
      ...base,
      votes: {
        ...dots,
        dots: [...dots.dots, { participant: 'p4', statement: 'x9', enteredBy: 'self' }],
      },
    },
    expected: { kind: 'unknown-statement', participant: 'p4', statements: ['x9'] },
  },
  {
    name: "a dot on another wall's statement",
    workshop: {
      ...base,
      votes: {
        ...dots,
        dots: [
          ...dots.dots,
          { participant: 'p4', statement: 's2', wall: 'wind', enteredBy: 'self' },
        ],
      },
    },
    expected: { kind: 'wrong-wall', wall: 'wind', participant: 'p4', statements: ['s2'] },
  },
  {
    name: 'the same dot twice',
    workshop: {
      ...base,
      votes: {
        ...dots,
        dots: [...dots.dots, { participant: 'p1', statement: 's1', enteredBy: 'facilitator' }],
      },
    },
    expected: { kind: 'repeat-dot', wall: 'sonne', participant: 'p1', statements: ['s1'] },
  },
  {
    name: 'an unknown perspective',
    workshop: {
      ...base,
      votes: { ...dots, participants: [...dots.participants, { id: 'p5', perspective: 'presse' }] },
    },
    expected: {
      kind: 'unknown-perspective',
      participant: 'p5',
      perspective: 'presse',
      statements: [],
    },
  },
  {
    name: 'a duplicate statement id',
    workshop: {
      ...base,
      statements: [
        ...base.statements,
        { id: 's2', wall: 'wind', text: 'Doppelt', themes: [], municipalities: [] },
      ],
    },
    expected: { kind: 'duplicate-id', statements: ['s2'] },
  },
  {
    name: 'a merge into a missing statement',
    workshop: {
      ...base,
      statements: base.statements.map((s) => (s.id === 's2' ? { ...s, mergedInto: 'zz' } : s)),
    },
    expected: { kind: 'merge-unknown-target', wall: 'sonne', statements: ['s2', 'zz'] },
  },
  {
    name: 'a merge across walls',
    workshop: {
      ...base,
      statements: base.statements.map((s) => (s.id === 's2' ? { ...s, mergedInto: 'g1' } : s)),
    },
    expected: { kind: 'merge-across-walls', wall: 'sonne', statements: ['g1', 's2'] },
  },
  {
    name: 'a merge cycle',
    workshop: {
      ...base,
      statements: base.statements.map((s) =>
        s.id === 's1' ? { ...s, mergedInto: 's2' } : s.id === 's2' ? { ...s, mergedInto: 's1' } : s,
      ),
    },
    expected: { kind: 'merge-cycle', wall: 'sonne', statements: ['s1', 's2'] },
  },
];

describe('vote rules at the dot level', () => {
  it('accept the clean fixture', () => {
    expect(violationsOf(base)).toEqual([]);
  });

  for (const { name, workshop, expected } of cases) {
    it(`report ${name} with its ids in strict mode (refusing) and lenient mode (excluding)`, () => {
      expect(violationsOf(workshop)).toContainEqual(expected);
      const lenient = tallyWorkshop(workshop, 'lenient');
      expect(lenient.violations).toContainEqual(expected);
    });
  }

  it('exclude all dots of an over-budget participant on that wall in lenient mode', () => {
    const [overBudget] = cases;
    const tally = tallyWorkshop(overBudget?.workshop ?? base, 'lenient');
    const sonne = tally.walls.find((w) => w.wall === 'sonne');
    expect(sonne?.statements.map((s) => [s.statement.id, s.count])).toEqual([
      ['s1', 1],
      ['s2', 1],
    ]);
    expect(sonne?.voters).toBe(2);
  });

  it('let a merged statement count a participant who dotted both once', () => {
    const workshop = smallWorkshop({ dotBudget: 2 });
    if (workshop.votes.level !== 'dots') throw new Error('fixture');
    const both = {
      ...workshop,
      votes: {
        ...workshop.votes,
        dots: [
          ...workshop.votes.dots,
          { participant: 'p1', statement: 's2', enteredBy: 'self' as const },
        ],
      },
    };
    const merged = {
      ...both,
      statements: both.statements.map((s) => (s.id === 's2' ? { ...s, mergedInto: 's1' } : s)),
    };
    const sonne = scoreWorkshop(merged, { draws: 200 }).walls.find((w) => w.wall === 'sonne');
    expect(sonne?.statements).toHaveLength(1);
    expect(sonne?.statements[0]?.members).toEqual(['s1', 's2']);
    expect(sonne?.statements[0]?.count).toBe(3);
  });
});

describe('vote rules at the coarse levels', () => {
  it('report a perspective with more dots than people, and exclude them in lenient mode', () => {
    const workshop = smallWorkshop({
      votes: {
        level: 'perspective-counts',
        headcount: { verwaltung: 2, neuzugewanderte: 3 },
        counts: [
          { statement: 's1', perspective: 'verwaltung', dots: 2 },
          { statement: 's2', perspective: 'neuzugewanderte', dots: 3 },
          { statement: 'g1', perspective: 'neuzugewanderte', dots: 4 },
          { statement: 'g2', perspective: 'presse', dots: 1 },
          { statement: 'q1', perspective: 'verwaltung', dots: 1 },
        ],
      },
    });
    const expected: Violation[] = [
      {
        kind: 'over-voters',
        wall: 'gewitter',
        perspective: 'neuzugewanderte',
        statements: ['g1'],
        found: 4,
        allowed: 3,
      },
      { kind: 'unknown-perspective', perspective: 'presse', statements: ['g2'] },
      { kind: 'unknown-statement', perspective: 'verwaltung', statements: ['q1'] },
    ];
    for (const v of expected) expect(violationsOf(workshop)).toContainEqual(v);
    const lenient = tallyWorkshop(workshop, 'lenient');
    expect(lenient.walls.find((w) => w.wall === 'gewitter')?.voters).toBe(0);
    expect(lenient.walls.find((w) => w.wall === 'sonne')?.voters).toBe(5);
  });

  it('report a wall with more dots than participants at the counts level', () => {
    const workshop = smallWorkshop({
      votes: {
        level: 'counts',
        participants: 3,
        counts: [
          { statement: 's1', dots: 3 },
          { statement: 's2', dots: 1 },
          { statement: 'nope', dots: 1 },
        ],
      },
    });
    expect(violationsOf(workshop)).toEqual([
      { kind: 'over-budget', wall: 'sonne', statements: ['s1', 's2'], found: 4, allowed: 3 },
      { kind: 'unknown-statement', statements: ['nope'] },
    ]);
  });

  it('say what they cannot compute at the counts level instead of faking it', () => {
    const workshop = smallWorkshop({
      votes: { level: 'counts', participants: 4, counts: [{ statement: 's1', dots: 3 }] },
    });
    const score = scoreWorkshop(workshop, { draws: 200 });
    expect(score.limitations).toEqual(['no-perspectives', 'no-individual-votes']);
    const top = score.walls[0]?.statements[0];
    expect(top?.perspectives).toBeNull();
    expect(top?.bridgingScore).toBeNull();
    expect(score.walls[0]?.missingPerspectives).toBeNull();
  });
});
