import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countyMap } from './county-map.js';
import { mergeStatements, unmergeStatement } from './merge.js';
import { bridgingScore } from './perspective-scores.js';
import { scoreWorkshop } from './score.js';
import type { WorkshopScore } from './score-schema.js';
import { betaBinomialShrinkage } from './stats/shrinkage.js';
import { shuffle, workshopArbitrary } from './testing/arbitrary.js';
import type { Klimakonferenz } from './workshop.js';

const fast = { draws: 300, stabilityDraws: 100, seed: 11 };
const runs = { numRuns: 40 };

describe('properties of the scoring', () => {
  it('do not depend on the order of statements, participants or dots', () => {
    fc.assert(
      fc.property(workshopArbitrary, fc.nat(), (workshop, seed) => {
        if (workshop.votes.level !== 'dots') return;
        const shuffled: Klimakonferenz = {
          ...workshop,
          statements: shuffle(workshop.statements, seed),
          votes: {
            ...workshop.votes,
            participants: shuffle(workshop.votes.participants, seed + 1),
            dots: shuffle(workshop.votes.dots, seed + 2),
          },
        };
        expect(scoreWorkshop(shuffled, fast)).toEqual(scoreWorkshop(workshop, fast));
      }),
      runs,
    );
  });

  it('change nothing but names when perspectives are renamed', () => {
    fc.assert(
      fc.property(workshopArbitrary, (workshop) => {
        if (workshop.votes.level !== 'dots') return;
        const rename = (id: string): string => `neu-${id}`;
        const renamed: Klimakonferenz = {
          ...workshop,
          perspectives: workshop.perspectives.map((p) => ({
            id: rename(p.id),
            label: { de: `Gruppe ${p.id}` },
          })),
          votes: {
            ...workshop.votes,
            participants: workshop.votes.participants.map((p) => ({
              ...p,
              perspective: rename(p.perspective),
            })),
          },
        };
        const original = scoreWorkshop(workshop, fast);
        const after = scoreWorkshop(renamed, {
          ...fast,
          bridgingRequired: ['neuzugewanderte', 'verwaltung'].map(rename),
        });
        const back = (score: WorkshopScore): unknown =>
          JSON.parse(JSON.stringify(score), (key, value: unknown) =>
            key === 'perspective' && typeof value === 'string' ? value.replace(/^neu-/, '') : value,
          );
        const strip = (score: WorkshopScore): unknown => ({
          ...(back(score) as WorkshopScore),
          pool: score.pool && {
            ...score.pool,
            perspectives: score.pool.perspectives.map((p) => p.replace(/^neu-/, '')),
          },
          perspectiveLabels: null,
          settings: null,
        });
        expect(strip(after)).toEqual(strip(original));
      }),
      runs,
    );
  });

  it('keep the perspective-balanced share when one perspective doubles with the same support', () => {
    fc.assert(
      fc.property(workshopArbitrary, fc.nat(), (drawn, pick) => {
        if (drawn.votes.level !== 'dots') return;
        // Three perspectives, so that groups reach k and are shown on their own.
        const three = ['verwaltung', 'ehrenamt', 'neuzugewanderte'];
        const workshop: Klimakonferenz = {
          ...drawn,
          votes: {
            ...drawn.votes,
            participants: drawn.votes.participants.map((p, i) => ({
              ...p,
              perspective: three[i % 3] ?? 'verwaltung',
            })),
          },
        };
        if (workshop.votes.level !== 'dots') return;
        const perspectives = [...new Set(workshop.votes.participants.map((p) => p.perspective))];
        const doubled = perspectives[pick % perspectives.length];
        const twins = workshop.votes.participants.filter((p) => p.perspective === doubled);
        const twinDots = workshop.votes.dots.filter((d) =>
          twins.some((t) => t.id === d.participant),
        );
        const bigger: Klimakonferenz = {
          ...workshop,
          votes: {
            ...workshop.votes,
            participants: [
              ...workshop.votes.participants,
              ...twins.map((t) => ({ ...t, id: `${t.id}-zwilling` })),
            ],
            dots: [
              ...workshop.votes.dots,
              ...twinDots.map((d) => ({ ...d, participant: `${d.participant}-zwilling` })),
            ],
          },
        };
        const shares = (score: WorkshopScore): (number | null)[] =>
          score.walls.flatMap((w) =>
            [...w.statements].sort((a, b) => (a.id < b.id ? -1 : 1)).map((s) => s.balancedShare),
          );
        const original = scoreWorkshop(workshop, fast);
        const grown = scoreWorkshop(bigger, fast);
        // Pooled groups weigh by their people inside the pool, and a bigger group may leave the pool:
        // the property is about a perspective shown on its own, with the same pool before and after.
        fc.pre(
          doubled !== undefined &&
            !(original.pool?.perspectives ?? []).includes(doubled) &&
            JSON.stringify(original.pool?.perspectives) ===
              JSON.stringify(grown.pool?.perspectives),
        );
        const before = shares(original);
        const after = shares(grown);
        expect(after).toHaveLength(before.length);
        after.forEach((share, i) => {
          const was = before[i] ?? null;
          // A wall without dots has no share, before and after alike.
          if (share === null || was === null) expect(share).toBe(was);
          else expect(share).toBeCloseTo(was, 3);
        });
      }),
      runs,
    );
  }, 60_000);

  it('score equal support across perspectives as more bridging than the same total from one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 20 }),
        (groups, dots, extra) => {
          const voters = groups * dots + extra;
          const perspectives = Array.from({ length: groups }, (_, i) => `g${i}`);
          const equal = perspectives.map((perspective) => ({ perspective, dots, voters }));
          const one = perspectives.map((perspective, i) => ({
            perspective,
            dots: i === 0 ? groups * dots : 0,
            voters,
          }));
          expect(bridgingScore(equal)).toBeGreaterThan(bridgingScore(one) ?? 1);
        },
      ),
    );
  });

  it('shrink every map value to between its raw value and the county mean', () => {
    const cell = fc
      .integer({ min: 0, max: 60 })
      .chain((n) => fc.record({ k: fc.integer({ min: 0, max: n }), n: fc.constant(n) }));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 40 }), (cells) => {
        const { mean, cells: shrunk } = betaBinomialShrinkage(cells);
        for (const c of shrunk) {
          const raw = c.raw ?? mean;
          expect(c.shrunk).toBeGreaterThanOrEqual(Math.min(raw, mean) - 1e-12);
          expect(c.shrunk).toBeLessThanOrEqual(Math.max(raw, mean) + 1e-12);
        }
      }),
    );
    fc.assert(
      fc.property(fc.array(workshopArbitrary, { minLength: 1, maxLength: 3 }), (workshops) => {
        const scores = workshops.map((w, i) =>
          scoreWorkshop(
            {
              ...w,
              id: `w${i}`,
              municipality: ['05562004', '05562008', '05562024'][i] ?? '05562032',
            },
            fast,
          ),
        );
        const map = countyMap(scores);
        for (const c of map.cells) {
          const raw = c.raw ?? map.mean;
          expect(c.shrunk).toBeGreaterThanOrEqual(Math.min(raw, map.mean));
          expect(c.shrunk).toBeLessThanOrEqual(Math.max(raw, map.mean));
        }
      }),
      { numRuns: 15 },
    );
  });

  it('make merging then unmerging the identity', () => {
    const actor = { by: 'ki-moderation', at: '2017-05-10T15:00:00+02:00' };
    fc.assert(
      fc.property(workshopArbitrary, fc.nat(), (workshop, pick) => {
        const wall = workshop.statements[pick % workshop.statements.length]?.wall;
        const onWall = workshop.statements.filter((s) => s.wall === wall);
        const [from, into] = onWall;
        if (!from || !into) return;
        const merged = mergeStatements(workshop, from.id, into.id, actor);
        expect(
          scoreWorkshop(merged, fast).walls.find((w) => w.wall === wall)?.statements,
        ).toHaveLength(onWall.length - 1);
        const restored = unmergeStatement(merged, from.id, actor);
        expect({ ...restored, mergeLog: [] }).toEqual({ ...workshop, mergeLog: [] });
        expect(restored.mergeLog.map((e) => e.action)).toEqual(['merge', 'unmerge']);
        expect(scoreWorkshop(restored, fast)).toEqual(scoreWorkshop(workshop, fast));
      }),
      runs,
    );
  });
});
