import { describe, expect, it } from 'vitest';
import { recklinghausenSample } from './sample.js';
import { scoreWorkshop } from './score.js';
import type { WorkshopScore } from './score-schema.js';
import type { Klimakonferenz } from './workshop.js';

const settings = { draws: 1000, stabilityDraws: 1000, seed: 4 };

function withoutParticipant(workshop: Klimakonferenz, id: string): Klimakonferenz {
  if (workshop.votes.level !== 'dots') throw new Error('dot level');
  return {
    ...workshop,
    votes: {
      ...workshop.votes,
      participants: workshop.votes.participants.filter((p) => p.id !== id),
      dots: workshop.votes.dots.filter((d) => d.participant !== id),
    },
  };
}

function labelled(
  score: WorkshopScore,
  test: (s: WorkshopScore['walls'][number]['statements'][number]) => boolean,
): Set<string> {
  return new Set(
    score.walls.flatMap((w) => w.statements.filter(test).map((s) => `${w.wall}/${s.id}`)),
  );
}

describe('label stability', () => {
  const workshop = recklinghausenSample.workshops.find((w) => w.id === 'rek-2017-bildung-ab-15');
  if (!workshop || workshop.votes.level !== 'dots') throw new Error('sample');
  const score = scoreWorkshop(workshop, settings);

  it('equals leaving each participant out and scoring again, for tier 1 and clear winners', () => {
    const participants = workshop.votes.level === 'dots' ? workshop.votes.participants : [];
    const tier1 = labelled(score, (s) => s.tier === 1 && s.count > 0);
    const winners = labelled(score, (s) => s.labels.includes('clear-winner'));
    const kept = new Map<string, number>();
    for (const p of participants) {
      const again = scoreWorkshop(withoutParticipant(workshop, p.id), settings);
      for (const id of labelled(again, (s) => s.tier === 1 && s.count > 0))
        if (tier1.has(id)) kept.set(`tier1 ${id}`, (kept.get(`tier1 ${id}`) ?? 0) + 1);
      for (const id of labelled(again, (s) => s.labels.includes('clear-winner')))
        if (winners.has(id)) kept.set(`win ${id}`, (kept.get(`win ${id}`) ?? 0) + 1);
    }
    for (const wall of score.walls)
      for (const s of wall.statements) {
        const id = `${wall.wall}/${s.id}`;
        expect(s.stability.tier1).toBe(
          tier1.has(id)
            ? Math.round(((kept.get(`tier1 ${id}`) ?? 0) / participants.length) * 1e4) / 1e4
            : null,
        );
        expect(s.stability.clearWinner).toBe(
          winners.has(id)
            ? Math.round(((kept.get(`win ${id}`) ?? 0) / participants.length) * 1e4) / 1e4
            : null,
        );
      }
    expect(tier1.size).toBeGreaterThan(3);
  }, 120_000);

  it('gives every hard label a stability and none to a statement without it', () => {
    for (const wall of score.walls)
      for (const s of wall.statements) {
        expect(s.stability.tier1 !== null).toBe(s.tier === 1 && s.count > 0);
        expect(s.stability.clearWinner !== null).toBe(s.labels.includes('clear-winner'));
        expect(s.stability.bridging !== null).toBe(s.labels.includes('bridging'));
      }
  });
});
