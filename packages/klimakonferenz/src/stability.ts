import { type BridgingRule, bridgingLabel, type PerspectiveSupport } from './perspective-scores.js';
import type { LabelStability } from './score-schema.js';
import { simulateDotRemovals } from './stats/dot-removal.js';
import type { RankSimulation } from './stats/rank-simulation.js';
import { type Counted, type RankSettings, wallRanking } from './tiers.js';

/** One wall's statements with what they need for the hard labels. */
export interface StabilityInput {
  /** Statements with their dots. */
  statements: readonly Counted[];
  /** Per statement (same order), the published groups' cells; null without perspectives. */
  units: readonly (readonly PerspectiveSupport[])[] | null;
  /** People present, voters on the wall. */
  participants: number;
  voters: number;
  /** Ranking settings (a smaller number of draws than the main ranking, the same seed). */
  rank: RankSettings;
  clearWinnerThreshold: number;
  rule: BridgingRule;
}

/** The hard labels of one wall: tier 1 with dots, clear winner, bridging. */
interface HardLabels {
  tier1: Set<string>;
  clearWinner: Set<string>;
  bridging: Set<string>;
}

function rankLabels(
  input: StabilityInput,
  counts: readonly number[],
  simulation: RankSimulation,
): Omit<HardLabels, 'bridging'> {
  const statements = input.statements.map((s, i) => ({ id: s.id, count: counts[i] ?? 0 }));
  const ranking = wallRanking(statements, simulation);
  return {
    tier1: new Set(
      statements.filter((s) => s.count > 0 && ranking.tiers.get(s.id) === 1).map((s) => s.id),
    ),
    clearWinner: new Set(
      statements
        .filter((s) => (ranking.pTop.get(s.id) ?? 0) >= input.clearWinnerThreshold)
        .map((s) => s.id),
    ),
  };
}

/**
 * Leave-one-participant-out stability of each hard label on one wall: the share of participants whose
 * removal leaves the label in place. With one dot per wall, removing a voter who dotted statement s takes
 * one dot off s (and, for bridging, one voter off their group); the `count(s)` such people give the same
 * variant, so each variant is scored once and weighted. Removing someone who did not vote on the wall
 * changes nothing. With more dots per wall, each dot is removed in turn (a dot-level jackknife). The
 * variants are ranked from one shared set of draws (`simulateDotRemovals`), so differences between them
 * come from the data, not from Monte Carlo noise. Returns null for a label the statement does not carry.
 */
export function labelStability(
  input: StabilityInput,
  base: HardLabels,
): Map<string, LabelStability> {
  const counts = input.statements.map((s) => s.count);
  const unchanged = Math.max(0, input.participants - input.voters);
  const kept = {
    tier1: new Map<string, number>(),
    clearWinner: new Map<string, number>(),
    bridging: new Map<string, number>(),
  };
  let rankWeight = unchanged;
  let bridgingWeight = unchanged;
  const credit = (
    map: Map<string, number>,
    labelled: Set<string>,
    now: Set<string>,
    w: number,
  ): void => {
    for (const id of labelled) if (now.has(id)) map.set(id, (map.get(id) ?? 0) + w);
  };
  credit(kept.tier1, base.tier1, base.tier1, unchanged);
  credit(kept.clearWinner, base.clearWinner, base.clearWinner, unchanged);
  credit(kept.bridging, base.bridging, base.bridging, unchanged);
  if (base.tier1.size + base.clearWinner.size > 0) {
    const removals = simulateDotRemovals(counts, input.rank);
    counts.forEach((c, i) => {
      const simulation = removals.get(i);
      if (c === 0 || !simulation) return;
      const variant = rankLabels(
        input,
        counts.map((x, j) => (j === i ? x - 1 : x)),
        simulation,
      );
      credit(kept.tier1, base.tier1, variant.tier1, c);
      credit(kept.clearWinner, base.clearWinner, variant.clearWinner, c);
      rankWeight += c;
    });
  }
  const units = input.units;
  if (units && base.bridging.size > 0) {
    const n = input.statements.length;
    const labelled = input.statements.flatMap((s, i) => (base.bridging.has(s.id) ? [i] : []));
    units.forEach((row, j) =>
      row.forEach((cell, u) => {
        if (cell.dots === 0) return;
        // Without one voter of group u who dotted statement j, group u has a voter less on every statement
        // and a dot less on j. A statement's label depends on its own cells only, so only the labelled
        // statements are scored again. Cells are written out field by field, in the order of the originals:
        // objects of another shape made the bridging functions, optimised for one, compile again.
        for (const s of labelled) {
          const variant = (units[s] ?? []).map((x, v) =>
            v === u
              ? {
                  perspective: x.perspective,
                  dots: x.dots - (s === j ? 1 : 0),
                  voters: x.voters - 1,
                }
              : x,
          );
          const id = input.statements[s]?.id as string;
          if (bridgingLabel(variant, input.rule, n))
            kept.bridging.set(id, (kept.bridging.get(id) ?? 0) + cell.dots);
        }
        bridgingWeight += cell.dots;
      }),
    );
  }
  const share = (
    map: Map<string, number>,
    labelled: Set<string>,
    id: string,
    w: number,
  ): number | null =>
    labelled.has(id) ? Math.round(((map.get(id) ?? 0) / Math.max(1, w)) * 10_000) / 10_000 : null;
  return new Map(
    input.statements.map((s) => [
      s.id,
      {
        tier1: share(kept.tier1, base.tier1, s.id, rankWeight),
        clearWinner: share(kept.clearWinner, base.clearWinner, s.id, rankWeight),
        bridging: share(kept.bridging, base.bridging, s.id, bridgingWeight),
      },
    ]),
  );
}
