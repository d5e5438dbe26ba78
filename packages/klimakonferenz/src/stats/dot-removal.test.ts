import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateDotRemovals } from './dot-removal.js';
import { simulateRanks } from './rank-simulation.js';

const lowered = (counts: readonly number[], i: number): number[] =>
  counts.map((c, j) => (j === i ? c - 1 : c));

describe('simulateDotRemovals', () => {
  it('estimates what ranking the wall with one dot fewer estimates, for every dotted statement', () => {
    const draws = 20_000;
    for (const counts of [
      [14, 9, 9, 4, 2, 1, 0, 0],
      [1, 1, 1],
      [6, 5, 0, 3],
      [30, 2],
    ]) {
      const removals = simulateDotRemovals(counts, { draws, seed: 7 });
      expect([...removals.keys()].sort()).toEqual(
        counts.flatMap((c, i) => (c > 0 ? [i] : [])).sort(),
      );
      for (const [i, variant] of removals) {
        const direct = simulateRanks(lowered(counts, i), { draws, seed: 8 });
        counts.forEach((_, j) => {
          // Two independent runs of 20,000 draws: P(top) within ±0.015 (over 4 standard errors).
          expect(Math.abs((variant.pTop[j] ?? 0) - (direct.pTop[j] ?? 0))).toBeLessThan(0.015);
          expect(Math.abs((variant.meanRank[j] ?? 0) - (direct.meanRank[j] ?? 0))).toBeLessThan(
            0.05,
          );
        });
      }
    }
  });

  it('gives every variant proper rank distributions (P(top) sums to 1, mean ranks to 1 + … + m), for any wall', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(20), { minLength: 1, maxLength: 9 }),
        fc.integer(),
        (counts, seed) => {
          const draws = 400;
          for (const variant of simulateDotRemovals(counts, { draws, seed }).values()) {
            const total = variant.pTop.reduce((s, p) => s + p, 0);
            expect(total).toBeCloseTo(1, 9);
            const ranks = variant.meanRank.reduce((s, r) => s + r, 0);
            expect(ranks).toBeCloseTo((counts.length * (counts.length + 1)) / 2, 9);
            for (let j = 0; j < counts.length; j++) {
              expect(variant.rankLow[j]).toBeLessThanOrEqual(variant.rankHigh[j] ?? 0);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
