import { agsSchema, idSchema } from '@vielfalt/model';
import * as z from 'zod';
import { violationSchema } from './violation.js';
import { fachtagSchema, quoteSchema, wallSchema, workshopNotesSchema } from './workshop.js';

const probability = z.number().min(0).max(1);
const interval = z.object({ low: probability, high: probability });

/** Codes of what an analysis cannot compute, or assumes, at the workshop's input level. */
export const limitationCodeSchema = z.enum([
  'no-perspectives',
  'merged-may-double-count',
  'voters-from-headcount',
  'no-individual-votes',
]);

/** Labels a statement can earn. */
export const statementLabelSchema = z.enum(['clear-winner', 'tie', 'bridging']);
/** A label a statement can earn. */
export type StatementLabel = z.infer<typeof statementLabelSchema>;

/**
 * One perspective's view of a statement. Perspectives with fewer than k people on a wall, and the
 * smallest others needed to hide them, are suppressed (numbers null) and published only as one pool.
 */
export const perspectiveCellSchema = z.object({
  perspective: idSchema,
  suppressed: z.boolean(),
  dots: z.int().nonnegative().nullable(),
  voters: z.int().nonnegative().nullable(),
  /** (dots + 1) / (voters + 2), Laplace-smoothed so a small group's zero is not read as "nobody". */
  smoothedSupport: probability.nullable(),
});
/** One perspective's view of a statement. */
export type PerspectiveCell = z.infer<typeof perspectiveCellSchema>;

/**
 * How often a hard label survives leaving one participant out: the share of participants whose removal
 * keeps it (null when the statement does not carry the label). A label is shown as certain only at or above
 * `settings.stabilityThreshold`.
 */
export const labelStabilitySchema = z.object({
  /** Tier 1 with at least one dot (what candidate goals and steps are made from). */
  tier1: probability.nullable(),
  clearWinner: probability.nullable(),
  bridging: probability.nullable(),
});
/** How often each hard label survives leaving one participant out. */
export type LabelStability = z.infer<typeof labelStabilitySchema>;

/** Everything computed for one statement; numbers trace back to `id` and `members`. */
export const statementScoreSchema = z.object({
  id: idSchema,
  /** Statement ids counted in (merged duplicates included). */
  members: z.array(idSchema),
  text: z.string(),
  themes: z.array(idSchema),
  municipalities: z.array(agsSchema),
  count: z.int().nonnegative(),
  /** count / voters on the wall. */
  share: probability,
  /** Wilson 95% interval of the share. */
  interval,
  /** Observed rank; tied statements share the best rank of their tie. */
  observedRank: z.int().positive(),
  /** Ids with the same count: ties are flagged, never broken silently. */
  tiedWith: z.array(idSchema),
  /** Probability of being the truly most supported statement (Monte Carlo). */
  pTop: probability,
  /** Probability of being among the top k. */
  pTopK: probability,
  /** Central rank interval (80% by default). */
  rankInterval: z.object({ low: z.int().positive(), high: z.int().positive() }),
  /** Tiers group statements whose rank intervals overlap the tier's leading statement; ranks inside a tier are not meaningful. */
  tier: z.int().positive(),
  labels: z.array(statementLabelSchema),
  /** Per perspective, in the workshop's perspective order; null when the input has no perspectives. */
  perspectives: z.array(perspectiveCellSchema).nullable(),
  /** Mean over perspectives of the share of their voters who dotted it: every perspective weighs the same. */
  balancedShare: probability.nullable(),
  /** Geometric mean of smoothed support times evenness (geometric / arithmetic mean). */
  bridgingScore: probability.nullable(),
  /** How many of the published perspectives, counting the pool as one, dotted it at all. */
  perspectivesReached: z.int().nonnegative().nullable(),
  /** Leave-one-participant-out stability of its hard labels. */
  stability: labelStabilitySchema,
  /** Dots and voters of the pooled perspectives together; null when no perspective is pooled. */
  pool: z.object({ dots: z.int().nonnegative(), voters: z.int().nonnegative() }).nullable(),
});
/** Everything computed for one statement. */
export type StatementScore = z.infer<typeof statementScoreSchema>;

/** A perspective missing from a wall's votes. */
export const missingPerspectiveSchema = z.object({
  perspective: idSchema,
  reason: z.enum(['not-present', 'no-dots-on-wall']),
});

/** Two similar statements that may have split each other's dots. */
export const splittingHintSchema = z.object({
  statements: z.array(idSchema).length(2),
  similarity: probability,
  combinedCount: z.int().nonnegative(),
  /** Whether together they would have more dots than the current leader. */
  wouldLead: z.boolean(),
});

/** Exact binomial test of the leader against the runner-up. */
export const leaderTestSchema = z.object({
  leader: idSchema,
  runnerUp: idSchema,
  leaderCount: z.int().nonnegative(),
  runnerUpCount: z.int().nonnegative(),
  /** One-sided p-value under equal popularity. */
  pValue: probability,
});

/** One wall's analysis. */
export const wallScoreSchema = z.object({
  wall: wallSchema,
  voters: z.int().nonnegative(),
  dots: z.int().nonnegative(),
  /** Sorted by count (descending), ties by id; read `tier` and `tiedWith`, not the position. */
  statements: z.array(statementScoreSchema),
  leaderTest: leaderTestSchema.nullable(),
  /** Herfindahl-Hirschman index of the dots; null when the wall has none. */
  hhi: probability.nullable(),
  effectiveNumber: z.number().nonnegative().nullable(),
  missingPerspectives: z.array(missingPerspectiveSchema).nullable(),
  splittingHints: z.array(splittingHintSchema),
});
/** One wall's analysis. */
export type WallScore = z.infer<typeof wallScoreSchema>;

/** Scoring settings, echoed in every result so it can be reproduced. */
export const scoreSettingsSchema = z.object({
  seed: z.int(),
  draws: z.int().positive(),
  alpha0: z.number().positive(),
  topK: z.int().positive(),
  rankCoverage: probability,
  minCellSize: z.int().positive(),
  bridgingMinPerspectives: z.int().positive(),
  bridgingRequired: z.array(idSchema),
  clearWinnerThreshold: probability,
  /** Monte Carlo draws per leave-one-out variant. */
  stabilityDraws: z.int().positive(),
  /** Stability from which a hard label is shown as certain. */
  stabilityThreshold: probability,
  mode: z.enum(['strict', 'lenient']),
});
/** Scoring settings. */
export type ScoreSettings = z.infer<typeof scoreSettingsSchema>;

/** The analysis of one workshop: the Ist-Analyse of its field. */
export const workshopScoreSchema = z.object({
  workshop: idSchema,
  title: z.string().nullable(),
  fieldOfAction: idSchema,
  municipality: agsSchema.nullable(),
  date: z.string(),
  round: z.int().positive(),
  fictional: z.boolean(),
  level: z.enum(['dots', 'perspective-counts', 'counts']),
  participants: z.int().nonnegative(),
  /** Participants per perspective; pooled perspectives show null. */
  headcount: z
    .array(z.object({ perspective: idSchema, count: z.int().nonnegative().nullable() }))
    .nullable(),
  /**
   * Perspectives published only together (disclosure control), with their participants in all; `whole`
   * when that is everyone, so no perspective is shown on its own. Null when every perspective is shown.
   */
  pool: z
    .object({
      perspectives: z.array(idSchema),
      headcount: z.int().nonnegative(),
      whole: z.boolean(),
    })
    .nullable(),
  perspectiveLabels: z.array(z.object({ id: idSchema, de: z.string(), en: z.string() })),
  walls: z.array(wallScoreSchema),
  /** The facilitators' narrative and wall notes, as written. */
  notes: workshopNotesSchema.nullable(),
  /** Quotes; the perspective is null when it is not shown on its own (disclosure control). */
  quotes: z.array(quoteSchema.extend({ perspective: idSchema.nullable() })),
  fachtag: fachtagSchema.nullable(),
  violations: z.array(violationSchema),
  limitations: z.array(limitationCodeSchema),
  settings: scoreSettingsSchema,
});
/** The analysis of one workshop. */
export type WorkshopScore = z.infer<typeof workshopScoreSchema>;
