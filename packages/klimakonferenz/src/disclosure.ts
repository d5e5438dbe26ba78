import type { WorkshopTally } from './tally.js';

/**
 * Which perspectives a workshop's report may show one by one, and which are published only together, as
 * one pooled group. The method is threshold-rule cell suppression with complementary suppression, as in
 * statistical disclosure control (Hundepool et al., *Statistical Disclosure Control*, Wiley 2012, ch. 5;
 * the τ-ARGUS manual): a perspective with fewer than k people on some wall (primary suppression) is never
 * shown alone, and since the statement totals are published, its dots could be worked out by subtraction
 * unless other groups are hidden with it. So the hidden perspectives form one pool, topped up with the
 * smallest publishable perspectives (complementary suppression) until the pool
 *
 * - holds at least two perspectives and at least k people,
 * - has, on every wall, either no voters or at least k,
 * - was not unanimous on any statement (all pool voters dotting it would show that the small group did).
 *
 * The pool is the same on every wall, so no wall's numbers can be combined with another's to split it.
 * Everything derived from perspectives (balanced share, bridging, missing perspectives) is computed from
 * the published cells and the pool, never from a hidden cell.
 */
export interface DisclosurePlan {
  /** Perspectives shown one by one (at least k people on every wall they voted on). */
  published: ReadonlySet<string>;
  /** Perspectives shown only together, in the workshop's perspective order; empty when none is small. */
  pool: readonly string[];
  /** True when the pool is the whole room: no perspective can be shown on its own. */
  whole: boolean;
}

function sum(map: ReadonlyMap<string, number> | null, keys: readonly string[]): number {
  return keys.reduce((s, k) => s + (map?.get(k) ?? 0), 0);
}

/** Whether a pool hides its members: two or more groups, k or more people, no wall under k, no unanimity. */
function poolHolds(tally: WorkshopTally, pool: readonly string[], k: number): boolean {
  if (pool.length < 2 || sum(tally.headcount, pool) < k) return false;
  return tally.walls.every((wall) => {
    const voters = sum(wall.votersByPerspective, pool);
    if (voters === 0) return true;
    if (voters < k) return false;
    return wall.statements.every((s) => sum(s.byPerspective, pool) < voters);
  });
}

/**
 * Plans what a workshop may publish per perspective, with k = `minCellSize`. At the counts-only level there
 * are no perspectives and nothing to plan.
 */
export function disclosurePlan(tally: WorkshopTally, k: number): DisclosurePlan {
  const order = tally.workshop.perspectives.map((p) => p.id);
  const present = order.filter((p) => (tally.headcount?.get(p) ?? 0) > 0);
  const safe = (p: string): boolean =>
    (tally.headcount?.get(p) ?? 0) >= k &&
    tally.walls.every((w) => {
      const v = w.votersByPerspective?.get(p) ?? 0;
      return v === 0 || v >= k;
    });
  const pooled = new Set(present.filter((p) => !safe(p)));
  if (pooled.size > 0) {
    // Complementary suppression: the smallest groups first, so the fewest people lose their own column.
    const candidates = present
      .filter((p) => !pooled.has(p))
      .sort(
        (a, b) =>
          (tally.headcount?.get(a) ?? 0) - (tally.headcount?.get(b) ?? 0) ||
          order.indexOf(a) - order.indexOf(b),
      );
    while (!poolHolds(tally, [...pooled], k) && candidates.length > 0)
      pooled.add(candidates.shift() as string);
  }
  const pool = order.filter((p) => pooled.has(p));
  const whole = pool.length > 0 && pool.length === present.length;
  return {
    published: new Set(present.filter((p) => !pooled.has(p))),
    pool: whole ? present : pool,
    whole,
  };
}
