import { type RankSimulation, simulateRanks } from './stats/rank-simulation.js';

/** A statement's id and dots, the input of ranking. */
export interface Counted {
  /** Statement id. */
  id: string;
  /** Dots (voters who dotted it). */
  count: number;
}

/** Sorts by count (descending), ties by id, so ranking never depends on input order. */
export function byCountThenId(a: Counted, b: Counted): number {
  return b.count - a.count || (a.id < b.id ? -1 : 1);
}

/** Groups statements (sorted by count) into tiers whose rank intervals overlap the tier's head. */
export function assignTiers(
  sorted: readonly Counted[],
  low: ReadonlyMap<string, number>,
  high: ReadonlyMap<string, number>,
): Map<string, number> {
  const tiers = new Map<string, number>();
  let tier = 0;
  let headHigh = 0;
  let previousCount = -1;
  for (const s of sorted) {
    const sameAsPrevious = s.count === previousCount;
    if (tier === 0 || (!sameAsPrevious && (low.get(s.id) ?? 1) > headHigh)) {
      tier++;
      headHigh = high.get(s.id) ?? 1;
    }
    tiers.set(s.id, tier);
    previousCount = s.count;
  }
  return tiers;
}

/** Settings of the Monte Carlo ranking of one wall. */
export interface RankSettings {
  draws: number;
  seed: number;
  alpha0: number;
  topK: number;
  rankCoverage: number;
}

/** What the ranking of one wall gives per statement id. */
export interface WallRanking {
  pTop: Map<string, number>;
  pTopK: Map<string, number>;
  low: Map<string, number>;
  high: Map<string, number>;
  tiers: Map<string, number>;
}

/** Ranks one wall's statements by seeded Monte Carlo and groups them into tiers. */
export function rankWall(statements: readonly Counted[], settings: RankSettings): WallRanking {
  return wallRanking(
    statements,
    simulateRanks(
      statements.map((s) => s.count),
      settings,
    ),
  );
}

/** A wall's ranking by statement id from a simulation of its counts (in the order of `statements`). */
export function wallRanking(
  statements: readonly Counted[],
  simulation: RankSimulation,
): WallRanking {
  const at = (values: number[]): Map<string, number> =>
    new Map(statements.map((s, i) => [s.id, values[i] ?? 0]));
  const low = at(simulation.rankLow);
  const high = at(simulation.rankHigh);
  return {
    pTop: at(simulation.pTop),
    pTopK: at(simulation.pTopK),
    low,
    high,
    tiers: assignTiers([...statements].sort(byCountThenId), low, high),
  };
}
