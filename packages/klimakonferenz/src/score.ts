import {
  balancedShare,
  bridgingLabel,
  bridgingScore,
  type PerspectiveSupport,
  perspectiveCells,
} from './perspective-scores.js';
import { labelStability } from './stability.js';
import { byCountThenId, rankWall } from './tiers.js';
import type {
  ScoreSettings,
  StatementLabel,
  StatementScore,
  WallScore,
  WorkshopScore,
} from './score-schema.js';
import { type DisclosurePlan, disclosurePlan } from './disclosure.js';
import { leaderTestPValue } from './stats/binomial.js';
import { concentration } from './stats/concentration.js';
import { deriveSeed } from './stats/prng.js';
import { round4 } from './stats/round.js';
import { wilsonInterval } from './stats/wilson.js';
import {
  type TalliedStatement,
  tallyWorkshop,
  type WallTally,
  type WorkshopTally,
} from './tally.js';
import { missingPerspectives, splittingHints } from './wall-warnings.js';
import type { Klimakonferenz } from './workshop.js';

/** Options of {@link scoreWorkshop}; every field has a documented default. */
export interface ScoreOptions {
  /** Seed of the Monte Carlo generator (default 1). */
  seed?: number;
  /** Monte Carlo draws per wall (default 10,000). */
  draws?: number;
  /** Dirichlet prior per statement (default 0.5). */
  alpha0?: number;
  /** k of P(top k) (default 3). */
  topK?: number;
  /** Central probability of rank intervals (default 0.8). */
  rankCoverage?: number;
  /** k of k-suppression: perspective cells with fewer voters show no numbers (default 3). */
  minCellSize?: number;
  /** m of the bridging label (default 3). */
  bridgingMinPerspectives?: number;
  /** Perspectives a bridging statement must reach (default Neuzugewanderte and Verwaltung). */
  bridgingRequired?: readonly string[];
  /** P(top) from which a statement is called a clear winner (default 0.9). */
  clearWinnerThreshold?: number;
  /** Monte Carlo draws per leave-one-participant-out variant of a wall (default 1,000). */
  stabilityDraws?: number;
  /** Stability from which a hard label is shown as certain (default 0.9). */
  stabilityThreshold?: number;
  /** Text similarity from which two statements get a vote-splitting hint (default 0.5). */
  splittingThreshold?: number;
  /** Strict refuses rule violations; lenient excludes and reports them (default strict). */
  mode?: 'strict' | 'lenient';
}

/** Resolves options to the settings echoed in every result. */
export function scoreSettings(options: ScoreOptions = {}): ScoreSettings {
  return {
    seed: options.seed ?? 1,
    draws: options.draws ?? 10_000,
    alpha0: options.alpha0 ?? 0.5,
    topK: options.topK ?? 3,
    rankCoverage: options.rankCoverage ?? 0.8,
    minCellSize: options.minCellSize ?? 3,
    bridgingMinPerspectives: options.bridgingMinPerspectives ?? 3,
    bridgingRequired: [...(options.bridgingRequired ?? ['neuzugewanderte', 'verwaltung'])],
    clearWinnerThreshold: options.clearWinnerThreshold ?? 0.9,
    stabilityDraws: options.stabilityDraws ?? 1000,
    stabilityThreshold: options.stabilityThreshold ?? 0.9,
    mode: options.mode ?? 'strict',
  };
}

/** What a statement's perspective cells are, in the workshop's perspective order. */
function supportOf(
  tally: WorkshopTally,
  wall: WallTally,
  s: TalliedStatement,
): PerspectiveSupport[] | null {
  if (!s.byPerspective || !wall.votersByPerspective) return null;
  return tally.workshop.perspectives.map((p) => ({
    perspective: p.id,
    dots: s.byPerspective?.get(p.id) ?? 0,
    voters: wall.votersByPerspective?.get(p.id) ?? 0,
  }));
}

/** Id of the pool in measures computed over groups; not a valid perspective id, so it never clashes. */
const POOL = '(pool)';

/**
 * The groups derived measures are computed over: each published perspective, and the pool as one group.
 * Nothing here depends on a hidden cell, so balanced share, bridging and labels reveal none.
 */
function publishedUnits(
  support: readonly PerspectiveSupport[],
  plan: DisclosurePlan,
): PerspectiveSupport[] {
  const shown = support.filter((c) => plan.published.has(c.perspective));
  if (plan.pool.length === 0) return shown;
  const pooled = support.filter((c) => plan.pool.includes(c.perspective));
  return [
    ...shown,
    {
      perspective: POOL,
      dots: pooled.reduce((n, c) => n + c.dots, 0),
      voters: pooled.reduce((n, c) => n + c.voters, 0),
    },
  ];
}

function scoreWall(
  tally: WorkshopTally,
  wall: WallTally,
  settings: ScoreSettings,
  splittingThreshold: number,
  plan: DisclosurePlan,
): WallScore {
  const sorted = [...wall.statements].sort((a, b) =>
    byCountThenId({ id: a.statement.id, count: a.count }, { id: b.statement.id, count: b.count }),
  );
  const counted = wall.statements.map((s) => ({ id: s.statement.id, count: s.count }));
  const rank = {
    seed: deriveSeed(settings.seed, `${tally.workshop.id}/${wall.wall}`),
    alpha0: settings.alpha0,
    topK: settings.topK,
    rankCoverage: settings.rankCoverage,
  };
  const { pTop, pTopK, low, high, tiers } = rankWall(counted, { ...rank, draws: settings.draws });
  const rule = {
    minPerspectives: settings.bridgingMinPerspectives,
    required: settings.bridgingRequired,
  };
  const units = wall.statements.map((s) => {
    const cells = supportOf(tally, wall, s);
    return cells ? publishedUnits(cells, plan) : null;
  });
  const unitsById = new Map(wall.statements.map((s, i) => [s.statement.id, units[i] ?? null]));
  const labelled = (test: (id: string, i: number) => boolean): Set<string> =>
    new Set(counted.filter((s, i) => test(s.id, i)).map((s) => s.id));
  const stability = labelStability(
    {
      statements: counted,
      units: units.every((u) => u !== null) ? (units as PerspectiveSupport[][]) : null,
      participants: tally.participants,
      voters: wall.voters,
      rank: { ...rank, draws: settings.stabilityDraws },
      clearWinnerThreshold: settings.clearWinnerThreshold,
      rule,
    },
    {
      tier1: labelled((id, i) => (counted[i]?.count ?? 0) > 0 && tiers.get(id) === 1),
      clearWinner: labelled((id) => (pTop.get(id) ?? 0) >= settings.clearWinnerThreshold),
      bridging: labelled((id) => {
        const u = unitsById.get(id);
        return u ? bridgingLabel(u, rule, wall.statements.length) : false;
      }),
    },
  );
  const dots = wall.statements.reduce((s, t) => s + t.count, 0);
  const statements = sorted.map((s): StatementScore => {
    const id = s.statement.id;
    const cells = supportOf(tally, wall, s);
    const support = unitsById.get(id) ?? null;
    const pool = support?.find((u) => u.perspective === POOL);
    const tiedWith = sorted
      .filter((o) => o !== s && o.count === s.count)
      .map((o) => o.statement.id);
    const labels: StatementLabel[] = [];
    if ((pTop.get(id) ?? 0) >= settings.clearWinnerThreshold) labels.push('clear-winner');
    if (tiedWith.length > 0) labels.push('tie');
    const interval = wilsonInterval(s.count, wall.voters);
    const balanced = support ? balancedShare(support) : null;
    const bridging = support ? bridgingScore(support) : null;
    if (support && bridgingLabel(support, rule, wall.statements.length)) labels.push('bridging');
    return {
      id,
      members: s.members,
      text: s.statement.text,
      themes: [...s.statement.themes].sort(),
      municipalities: [...s.statement.municipalities].sort(),
      count: s.count,
      share: wall.voters > 0 ? round4(Math.min(1, s.count / wall.voters)) : 0,
      interval: { low: round4(interval.low), high: round4(interval.high) },
      observedRank: 1 + sorted.filter((o) => o.count > s.count).length,
      tiedWith,
      pTop: round4(pTop.get(id) ?? 0),
      pTopK: round4(pTopK.get(id) ?? 0),
      rankInterval: { low: low.get(id) ?? 1, high: high.get(id) ?? 1 },
      tier: tiers.get(id) ?? 1,
      labels,
      perspectives: cells
        ? perspectiveCells(cells, new Set(plan.pool)).map((c) => ({
            ...c,
            smoothedSupport: c.smoothedSupport === null ? null : round4(c.smoothedSupport),
          }))
        : null,
      balancedShare: balanced === null ? null : round4(balanced),
      bridgingScore: bridging === null ? null : round4(bridging),
      perspectivesReached: support ? support.filter((p) => p.dots > 0).length : null,
      stability: stability.get(id) ?? { tier1: null, clearWinner: null, bridging: null },
      pool: pool ? { dots: pool.dots, voters: pool.voters } : null,
    };
  });
  const [leader, runnerUp] = sorted;
  const spread = concentration(wall.statements.map((s) => s.count));
  return {
    wall: wall.wall,
    voters: wall.voters,
    dots,
    statements,
    leaderTest:
      leader && runnerUp && leader.count > 0
        ? {
            leader: leader.statement.id,
            runnerUp: runnerUp.statement.id,
            leaderCount: leader.count,
            runnerUpCount: runnerUp.count,
            pValue: round4(leaderTestPValue(leader.count, runnerUp.count)),
          }
        : null,
    hhi: spread ? round4(spread.hhi) : null,
    effectiveNumber: spread ? round4(spread.effectiveNumber) : null,
    missingPerspectives: missingPerspectives(tally, wall, settings.bridgingRequired, plan),
    splittingHints: splittingHints(sorted, splittingThreshold),
  };
}

/**
 * Scores one workshop: per statement count, share, Wilson interval, P(top), P(top k), rank interval, tier,
 * ties and perspective measures; per wall the leader test, concentration, missing perspectives and
 * vote-splitting hints. The result does not depend on the order of statements, participants or dots, and
 * the same seed gives the same bytes.
 */
export function scoreWorkshop(workshop: Klimakonferenz, options: ScoreOptions = {}): WorkshopScore {
  const settings = scoreSettings(options);
  const tally = tallyWorkshop(workshop, settings.mode);
  const plan = disclosurePlan(tally, settings.minCellSize);
  return {
    workshop: workshop.id,
    title: workshop.title ?? null,
    fieldOfAction: workshop.fieldOfAction,
    municipality: workshop.municipality ?? null,
    date: workshop.date,
    round: workshop.round,
    fictional: workshop.fictional,
    level: tally.level,
    participants: tally.participants,
    headcount: tally.headcount
      ? workshop.perspectives.map((p) => {
          const n = tally.headcount?.get(p.id) ?? 0;
          return { perspective: p.id, count: plan.pool.includes(p.id) ? null : n };
        })
      : null,
    pool:
      plan.pool.length > 0
        ? {
            perspectives: [...plan.pool],
            headcount: plan.pool.reduce((n, p) => n + (tally.headcount?.get(p) ?? 0), 0),
            whole: plan.whole,
          }
        : null,
    perspectiveLabels: workshop.perspectives.map((p) => ({
      id: p.id,
      de: p.label['de'] ?? p.id,
      en: p.label['en'] ?? p.label['de'] ?? p.id,
    })),
    walls: tally.walls.map((wall) =>
      scoreWall(tally, wall, settings, options.splittingThreshold ?? 0.5, plan),
    ),
    notes: workshop.notes ?? null,
    quotes: workshop.quotes.map((q) => ({
      ...q,
      perspective:
        q.perspective !== undefined && plan.published.has(q.perspective) ? q.perspective : null,
    })),
    fachtag: workshop.fachtag ?? null,
    violations: tally.violations,
    limitations: tally.limitations,
    settings,
  };
}
