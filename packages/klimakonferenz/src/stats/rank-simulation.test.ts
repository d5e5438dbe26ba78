import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceSimulateRanks } from '../testing/reference-rank-simulation.js';
import { simulateRanks } from './rank-simulation.js';

describe('simulateRanks, the fast loop', () => {
  it('gives the same P(top), P(top k), mean ranks and rank intervals as the readable version, for any wall and seed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(40), { minLength: 1, maxLength: 9 }),
        fc.integer(),
        fc.integer({ min: 1, max: 700 }),
        fc.constantFrom(0.5, 1, 0.25),
        (counts, seed, draws, alpha0) => {
          const options = { draws, seed, alpha0 };
          expect(simulateRanks(counts, options)).toEqual(referenceSimulateRanks(counts, options));
        },
      ),
      { numRuns: 300 },
    );
  });
  it('crosses several blocks of uniform numbers without a seam (10,000 draws on a wall of eight)', () => {
    const counts = [14, 9, 9, 4, 2, 1, 0, 0];
    expect(simulateRanks(counts, { draws: 10_000, seed: 20_260_405 })).toEqual(
      referenceSimulateRanks(counts, { draws: 10_000, seed: 20_260_405 }),
    );
  });
});
