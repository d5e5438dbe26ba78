import { balancedShare, bridgingScore, type PerspectiveSupport } from '../perspective-scores.js';
import type { WorkshopScore } from '../score-schema.js';

/** A suppressed cell the attacker pinned down, or showed to be non-zero. */
export interface Disclosure {
  /** Where: `<workshop>/<wall>/<statement>/<perspective>`. */
  cell: string;
  /** Feasible values of the cell given everything published. */
  low: number;
  high: number;
}

/** What the attack found in one published workshop analysis. */
export interface AttackResult {
  /** Published numbers that cannot be computed from the published cells and the pool: each one leaks. */
  leaks: string[];
  /** Suppressed cells pinned to one value or shown to be dotted (statements with dots only). */
  disclosures: Disclosure[];
  /** Suppressed cells shown to be 0 because no one in the pool of at least k people dotted the statement. */
  pooledZeros: number;
  /** Suppressed cells examined. */
  cells: number;
}

function close(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) < 1e-3;
}

/**
 * Plays the attacker on a published workshop analysis (the score JSON that every report, chart and
 * element shows), with one dot per participant and wall.
 *
 * 1. Every number derived from perspectives (balanced share, bridging score, perspectives reached, the
 *    bridging label, missing perspectives, headcounts) must be computable from the published cells and the
 *    pool alone; otherwise that number carries information about a hidden cell, and is reported as a leak.
 *    Subtraction (statement total − published cells, wall voters − published voters, participants −
 *    published headcounts) must give exactly the pool, and nothing finer.
 * 2. The interval attack: for every pooled perspective p and statement s, the feasible values of p's dots
 *    over all integer tables consistent with what is published: row sums (the pool's dots per statement),
 *    column sums (each voter places one dot per wall, so a group's dots on a wall are its voters there),
 *    the pool's voters and headcount, and at least one person per pooled perspective. For fixed voters
 *    v of p the cell ranges exactly over the Fréchet bounds [max(0, D + v − V), min(D, v)] of a two-way
 *    table with fixed margins; the attack takes the union over every feasible v. A cell is disclosed when
 *    that range is one value, or when it excludes 0 (the group certainly dotted the statement).
 */
export function attack(score: WorkshopScore): AttackResult {
  const result: AttackResult = { leaks: [], disclosures: [], pooledZeros: 0, cells: 0 };
  const pool = score.pool;
  const pooled = new Set(pool?.perspectives ?? []);
  const where = (...parts: string[]): string => [score.workshop, ...parts].join('/');
  if (!score.headcount) return result;
  const shownHeadcount = score.headcount
    .filter((h) => !pooled.has(h.perspective))
    .reduce((n, h) => n + (h.count ?? 0), 0);
  for (const h of score.headcount)
    if (pooled.has(h.perspective) && h.count !== null)
      result.leaks.push(where('headcount', h.perspective));
  if (pool && score.participants - shownHeadcount !== pool.headcount)
    result.leaks.push(where('pool headcount'));
  for (const wall of score.walls) {
    for (const m of wall.missingPerspectives ?? [])
      if (pooled.has(m.perspective) && m.reason !== 'not-present')
        result.leaks.push(where(wall.wall, 'missing', m.perspective));
    for (const s of wall.statements) {
      const cells = s.perspectives ?? [];
      const shown = cells.filter((c) => !c.suppressed);
      for (const c of cells)
        if (c.suppressed !== pooled.has(c.perspective) || (c.suppressed && c.dots !== null))
          result.leaks.push(where(wall.wall, s.id, c.perspective));
      const units: PerspectiveSupport[] = shown.map((c) => ({
        perspective: c.perspective,
        dots: c.dots ?? 0,
        voters: c.voters ?? 0,
      }));
      if (s.pool) units.push({ perspective: '(pool)', ...s.pool });
      const dotsBySubtraction = s.count - units.reduce((n, u) => n + u.dots, 0);
      const votersBySubtraction = wall.voters - units.reduce((n, u) => n + u.voters, 0);
      if (cells.length > 0 && (dotsBySubtraction !== 0 || votersBySubtraction !== 0))
        result.leaks.push(where(wall.wall, s.id, 'subtraction'));
      if (!close(balancedShare(units), s.balancedShare))
        result.leaks.push(where(wall.wall, s.id, 'balancedShare'));
      if (!close(bridgingScore(units), s.bridgingScore))
        result.leaks.push(where(wall.wall, s.id, 'bridgingScore'));
      if (s.perspectivesReached !== units.filter((u) => u.dots > 0).length)
        result.leaks.push(where(wall.wall, s.id, 'perspectivesReached'));
      const required = score.settings.bridgingRequired;
      const reached = new Set(units.filter((u) => u.dots > 0).map((u) => u.perspective));
      if (
        s.labels.includes('bridging') &&
        !(
          required.every((p) => reached.has(p)) &&
          reached.size >= score.settings.bridgingMinPerspectives
        )
      )
        result.leaks.push(where(wall.wall, s.id, 'bridging label'));
    }
    // A pool that is the whole room has the statement totals as its cells: they tell what the room did,
    // which every count does, and nothing about one perspective.
    if (!pool || pool.whole) continue;
    const n = pool.perspectives.length;
    const poolVoters = wall.statements[0]?.pool?.voters ?? 0;
    if (poolVoters === 0) continue;
    for (const s of wall.statements) {
      const dots = s.pool?.dots ?? 0;
      for (const p of pool.perspectives) {
        result.cells++;
        let low = Infinity;
        let high = -Infinity;
        for (let v = 0; v <= poolVoters; v++) {
          // p needs max(1, v) people, the others at least one each and room for the remaining voters.
          const own = Math.max(1, v);
          if (own > pool.headcount - (n - 1)) continue;
          if (poolVoters - v > pool.headcount - own) continue;
          low = Math.min(low, Math.max(0, dots + v - poolVoters));
          high = Math.max(high, Math.min(dots, v));
        }
        if (dots === 0) {
          if (high === 0) result.pooledZeros++;
          continue;
        }
        if (low === high || low >= 1)
          result.disclosures.push({ cell: where(wall.wall, s.id, p), low, high });
      }
    }
  }
  return result;
}
