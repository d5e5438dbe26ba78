import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FacetTable, type FacetValues } from './facets.js';
import { type FacetName, facetNames } from './query-shape.js';

/** The definition of disjunctive counts, written plainly: what the coded table must agree with. */
function reference(
  offers: readonly FacetValues[],
  selected: readonly [FacetName, ReadonlySet<string>][],
) {
  const counts = Object.fromEntries(facetNames.map((n) => [n, {}])) as Record<
    FacetName,
    Record<string, number>
  >;
  let passing = 0;
  for (const values of offers) {
    const passes = (name: FacetName) =>
      selected.every(
        ([other, chosen]) => other === name || values[other].some((v) => chosen.has(v)),
      );
    if (passes('' as FacetName)) passing++;
    for (const name of facetNames) {
      if (!passes(name)) continue;
      for (const value of new Set(values[name]))
        counts[name][value] = (counts[name][value] ?? 0) + 1;
    }
  }
  return { counts, passing };
}

const value = fc.constantFrom('a', 'b', 'c', 'd');
const values = fc.record(
  Object.fromEntries(facetNames.map((n) => [n, fc.array(value, { maxLength: 3 })])) as Record<
    FacetName,
    fc.Arbitrary<string[]>
  >,
);
const selection = fc
  .uniqueArray(fc.constantFrom(...facetNames), { maxLength: 3 })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc
          .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 2 })
          .map((chosen) => [name, new Set(chosen)] as [FacetName, ReadonlySet<string>]),
      ),
    ),
  );

describe('FacetTable', () => {
  it('counts as the definition does, for any offers and selections', () => {
    fc.assert(
      fc.property(fc.array(values, { maxLength: 30 }), selection, (offers, selected) => {
        const table = new FacetTable();
        offers.forEach((v, i) => table.set(`o${i}`, i, v));
        const tally = table.tally(selected);
        const passing = offers.filter((_, i) => tally.admit(i)).length;
        const expected = reference(offers, selected);
        expect(tally.counts).toEqual(expected.counts);
        expect(passing).toBe(expected.passing);
      }),
      { numRuns: 500 },
    );
  });

  it('counts right as offers come, change and go (new numbers, bit sets grown)', () => {
    const step = fc.record({ id: fc.nat(99), values: fc.option(values, { nil: undefined }) });
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 40, maxLength: 300 }),
        selection,
        (steps, selected) => {
          const table = new FacetTable();
          // As the text index numbers them: a new number for every offer added or replaced, never reused.
          const current = new Map<string, { number: number; values: FacetValues }>();
          steps.forEach(({ id, values: v }, number) => {
            const key = `o${id}`;
            if (v) {
              table.set(key, number, v);
              current.set(key, { number, values: v });
            } else {
              table.delete(key);
              current.delete(key);
            }
          });
          const tally = table.tally(selected);
          const passing = [...current.values()].filter((o) => tally.admit(o.number)).length;
          const expected = reference(
            [...current.values()].map((o) => o.values),
            selected,
          );
          expect(tally.counts).toEqual(expected.counts);
          expect(passing).toBe(expected.passing);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('forgets removed offers and takes replaced values', () => {
    const table = new FacetTable();
    const none = Object.fromEntries(facetNames.map((n) => [n, []])) as unknown as FacetValues;
    const offer = (municipality: string): FacetValues => ({
      ...none,
      municipality: [municipality],
    });
    table.set('x', 0, offer('05562032'));
    table.set('y', 1, offer('05562032'));
    table.set('x', 2, offer('05562004'));
    table.delete('y');
    const tally = table.tally([]);
    // What the numbers of a removed or replaced offer held is gone, even if a search still names them.
    [0, 1, 2].forEach((number) => tally.admit(number));
    expect(tally.counts.municipality).toEqual({ '05562004': 1 });
  });
});
