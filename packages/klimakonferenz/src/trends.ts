import type { RoundComparison, ThemeTrend } from './county-schema.js';
import { statementRef } from './statement-ref.js';
import type { WallScore, WorkshopScore } from './score-schema.js';
import { newcombeInterval } from './stats/newcombe.js';
import { round4 } from './stats/round.js';
import { type Wall, WALLS } from './walls.js';

function themeShare(
  score: WorkshopScore,
  wall: WallScore | undefined,
  theme: string,
): { count: number; voters: number; share: number; statements: string[] } {
  const statements = (wall?.statements ?? []).filter((s) => s.themes.includes(theme));
  const voters = wall?.voters ?? 0;
  // With several statements of one theme a voter may have dotted two of them; the share is capped at 1.
  const count = Math.min(
    voters,
    statements.reduce((sum, s) => sum + s.count, 0),
  );
  return {
    count,
    voters,
    share: voters > 0 ? count / voters : 0,
    statements: statements.map((s) => statementRef(score.workshop, s.id)).sort(),
  };
}

function dominantWall(score: WorkshopScore, theme: string): Wall | null {
  let best: Wall | null = null;
  let bestShare = 0;
  for (const wall of WALLS) {
    const { share } = themeShare(
      score,
      score.walls.find((w) => w.wall === wall),
      theme,
    );
    if (share > bestShare) {
      best = wall;
      bestShare = share;
    }
  }
  return best;
}

function compareRounds(before: WorkshopScore, after: WorkshopScore): ThemeTrend[] {
  const themes = new Set<string>();
  for (const score of [before, after])
    for (const w of score.walls)
      for (const s of w.statements) for (const t of s.themes) themes.add(t);
  return [...themes].sort().map((theme) => {
    const walls = WALLS.flatMap((wall) => {
      const a = themeShare(
        before,
        before.walls.find((w) => w.wall === wall),
        theme,
      );
      const b = themeShare(
        after,
        after.walls.find((w) => w.wall === wall),
        theme,
      );
      if (a.statements.length === 0 && b.statements.length === 0) return [];
      // A theme nobody wrote about on this wall in one round is absent there, not at 0 %.
      const both = a.statements.length > 0 && b.statements.length > 0;
      const change = both ? newcombeInterval(a.count, a.voters, b.count, b.voters) : null;
      return [
        {
          wall,
          before: a.statements.length > 0 ? { ...a, share: round4(a.share) } : null,
          after: b.statements.length > 0 ? { ...b, share: round4(b.share) } : null,
          change: change && {
            difference: round4(change.difference),
            low: round4(change.low),
            high: round4(change.high),
          },
        },
      ];
    });
    const from = dominantWall(before, theme);
    const to = dominantWall(after, theme);
    return { theme, walls, transition: from && to && from !== to ? { from, to } : null };
  });
}

/**
 * Trends between rounds: workshops on the same field and scope are ordered by round, and each pair of
 * consecutive rounds is compared theme by theme: the change in share of each wall with a Newcombe 95%
 * interval, and a wall transition when a theme's main wall changed (a Gewitter theme that became Sonne).
 */
export function trendsBetweenRounds(scores: readonly WorkshopScore[]): RoundComparison[] {
  const series = new Map<string, WorkshopScore[]>();
  for (const score of scores) {
    const key = `${score.fieldOfAction}|${score.municipality ?? ''}`;
    series.set(key, [...(series.get(key) ?? []), score]);
  }
  const comparisons: RoundComparison[] = [];
  for (const key of [...series.keys()].sort()) {
    const rounds = (series.get(key) ?? []).sort(
      (a, b) => a.round - b.round || (a.workshop < b.workshop ? -1 : 1),
    );
    for (let i = 1; i < rounds.length; i++) {
      const before = rounds[i - 1];
      const after = rounds[i];
      if (!before || !after || before.round === after.round) continue;
      comparisons.push({
        fieldOfAction: after.fieldOfAction,
        municipality: after.municipality,
        before: {
          workshop: before.workshop,
          round: before.round,
          participants: before.participants,
        },
        after: { workshop: after.workshop, round: after.round, participants: after.participants },
        participationChanged:
          Math.abs(after.participants - before.participants) >
          0.25 * Math.max(before.participants, after.participants),
        themes: compareRounds(before, after),
      });
    }
  }
  return comparisons;
}
