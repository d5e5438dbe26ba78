import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from './report/build.js';
import { recklinghausenFollowUp, recklinghausenSample } from './sample.js';
import { scoreWorkshop } from './score.js';
import type { WorkshopScore } from './score-schema.js';
import { anyLevelWorkshopArbitrary } from './testing/any-level.js';
import { type AttackResult, attack } from './testing/attacker.js';
import { workshopArbitrary } from './testing/arbitrary.js';
import type { Klimakonferenz } from './workshop.js';

const fast = { draws: 50, stabilityDraws: 50, seed: 5, mode: 'lenient' as const };

/** Random dot-level workshops whose participants come from only `groups` perspectives, so some reach k. */
const fewerPerspectives: fc.Arbitrary<Klimakonferenz> = fc
  .tuple(workshopArbitrary, fc.integer({ min: 2, max: 10 }))
  .map(([workshop, groups]) => {
    if (workshop.votes.level !== 'dots') return workshop;
    const ids = workshop.perspectives.map((p) => p.id);
    return {
      ...workshop,
      votes: {
        ...workshop.votes,
        participants: workshop.votes.participants.map((p) => ({
          ...p,
          perspective: ids[ids.indexOf(p.perspective) % groups] ?? p.perspective,
        })),
      },
    };
  });

const oneDotPerWall = fc.oneof(
  fewerPerspectives,
  workshopArbitrary,
  anyLevelWorkshopArbitrary.filter((w) => w.dotBudget === 1 && w.votes.level !== 'counts'),
);

function clean(result: AttackResult): Pick<AttackResult, 'leaks' | 'disclosures'> {
  return { leaks: result.leaks, disclosures: result.disclosures };
}

describe('disclosure control against an attacker', () => {
  it('recovers no suppressed cell of 1,000 random workshops from anything published', () => {
    let cells = 0;
    fc.assert(
      fc.property(oneDotPerWall, (workshop) => {
        const result = attack(scoreWorkshop(workshop, fast));
        cells += result.cells;
        expect(clean(result)).toEqual({ leaks: [], disclosures: [] });
      }),
      { numRuns: 1000, seed: 15 },
    );
    expect(cells).toBeGreaterThan(2000);
  }, 300_000);

  it('recovers no suppressed cell of the shipped sample, and the report shows the same scores', () => {
    const report = buildReport(
      {
        ...recklinghausenSample,
        workshops: [...recklinghausenSample.workshops, ...recklinghausenFollowUp.workshops],
      },
      { draws: 200, seed: 1 },
    );
    let cells = 0;
    let pooledZeros = 0;
    for (const score of report.workshops) {
      const result = attack(score);
      cells += result.cells;
      pooledZeros += result.pooledZeros;
      expect(clean(result)).toEqual({ leaks: [], disclosures: [] });
    }
    expect(cells).toBeGreaterThan(100);
    console.info(
      `sample: ${cells} pooled cells attacked, ${pooledZeros} known 0 from a pool that nobody dotted`,
    );
    // Reported, not hidden: cells known to be 0 because nobody in a pool of at least k people dotted it.
    expect(pooledZeros).toBeLessThan(cells);
  });

  it('catches the old export, which hid a group of two behind published totals', () => {
    const wohnen = recklinghausenFollowUp.workshops[0];
    if (!wohnen) throw new Error('sample');
    const score = scoreWorkshop(wohnen, fast);
    const pool = score.pool;
    if (!pool || pool.perspectives.length < 2)
      throw new Error('the 2019 sample pools perspectives');
    // The old export: only the Bürgerschaft (two people) hidden, everyone else shown.
    const [hidden] = pool.perspectives.filter((p) => p === 'buergerschaft');
    if (!hidden) throw new Error('Bürgerschaft is pooled');
    const full = scoreWorkshop(wohnen, { ...fast, minCellSize: 1 });
    const old: WorkshopScore = structuredClone(full);
    const bothDotted = full.walls.flatMap((w) => w.statements);
    old.pool = {
      perspectives: [hidden],
      headcount: full.headcount?.find((h) => h.perspective === hidden)?.count ?? 0,
      whole: false,
    };
    for (const wall of old.walls)
      for (const s of wall.statements) {
        const cell = s.perspectives?.find((c) => c.perspective === hidden);
        if (!cell) continue;
        s.pool = { dots: cell.dots ?? 0, voters: cell.voters ?? 0 };
        Object.assign(cell, { suppressed: true, dots: null, voters: null, smoothedSupport: null });
      }
    for (const h of old.headcount ?? []) if (h.perspective === hidden) h.count = null;
    const result = attack(old);
    expect(bothDotted.length).toBeGreaterThan(0);
    expect(result.disclosures.length).toBeGreaterThan(0);
  });
});
