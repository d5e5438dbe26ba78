import type { DisclosurePlan } from './disclosure.js';
import type { WallScore } from './score-schema.js';
import { trigrams, trigramSimilarity } from './splitting.js';
import { round4 } from './stats/round.js';
import type { TalliedStatement, WallTally, WorkshopTally } from './tally.js';

/**
 * Published perspectives that took part but left no dot on this wall, and required perspectives (Neuzugewanderte,
 * Verwaltung) that were not there at all; an absent optional perspective is no warning.
 */
export function missingPerspectives(
  tally: WorkshopTally,
  wall: WallTally,
  required: readonly string[],
  plan: DisclosurePlan,
): WallScore['missingPerspectives'] {
  if (!tally.headcount || !wall.votersByPerspective) return null;
  return tally.workshop.perspectives.flatMap((p): NonNullable<WallScore['missingPerspectives']> => {
    // Whether a pooled group dotted this wall is exactly what the pool hides.
    if (plan.pool.includes(p.id)) return [];
    if ((tally.headcount?.get(p.id) ?? 0) === 0)
      return required.includes(p.id) ? [{ perspective: p.id, reason: 'not-present' as const }] : [];
    if ((wall.votersByPerspective?.get(p.id) ?? 0) === 0)
      return [{ perspective: p.id, reason: 'no-dots-on-wall' as const }];
    return [];
  });
}

/** Pairs of dotted statements on one wall whose texts are so similar that they may have split dots. */
export function splittingHints(
  sorted: readonly TalliedStatement[],
  threshold: number,
): WallScore['splittingHints'] {
  const leaderCount = sorted[0]?.count ?? 0;
  const hints: WallScore['splittingHints'] = [];
  const dotted = sorted.filter((s) => s.count > 0);
  const grams = dotted.map((s) => trigrams(s.statement.text));
  for (let i = 0; i < dotted.length; i++) {
    for (let j = i + 1; j < dotted.length; j++) {
      const a = dotted[i];
      const b = dotted[j];
      if (!a || !b) continue;
      const similarity = trigramSimilarity(grams[i] ?? new Set(), grams[j] ?? new Set());
      if (similarity < threshold) continue;
      const combinedCount = a.count + b.count;
      const pair = [a.statement.id, b.statement.id].sort();
      hints.push({
        statements: pair,
        similarity: round4(similarity),
        combinedCount,
        wouldLead: combinedCount > leaderCount && a.count < leaderCount && b.count < leaderCount,
      });
    }
  }
  return hints.sort(
    (x, y) => y.similarity - x.similarity || (x.statements.join() < y.statements.join() ? -1 : 1),
  );
}
