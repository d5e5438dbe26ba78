import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editsFor, fuzzyWalk } from './fuzzy.js';

function damerau(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(
        d[i - 1]![j]! + 1,
        row[j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('fuzzyWalk', () => {
  it('finds swapped, missing and wrong letters within the allowed edits', () => {
    const vocabulary = ['beratung', 'integrationskurs', 'kurs', 'kurse', 'sprachkurs'].sort();
    const found: string[] = [];
    fuzzyWalk(vocabulary, 'bertaung', 1, (term) => found.push(term));
    expect(found).toEqual(['beratung']);
    const two: string[] = [];
    fuzzyWalk(vocabulary, 'integrazionskur', 2, (term, distance) =>
      two.push(`${term}:${distance}`),
    );
    expect(two).toEqual(['integrationskurs:2']);
  });

  it('agrees with a plain Damerau distance on random vocabularies', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 }), {
          maxLength: 60,
        }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 }),
        fc.integer({ min: 0, max: 2 }),
        (terms, query, max) => {
          const sorted = [...terms].sort();
          const found = new Map<string, number>();
          fuzzyWalk(sorted, query, max, (term, distance) => found.set(term, distance));
          const expected = new Map(
            sorted.filter((t) => damerau(t, query) <= max).map((t) => [t, damerau(t, query)]),
          );
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('allows edits by word length', () => {
    expect([4, 5, 8, 9].map(editsFor)).toEqual([0, 1, 1, 2]);
  });
});
