import type { PerspectiveCell } from './score-schema.js';

/** One perspective's dots on a statement and voters on its wall. */
export interface PerspectiveSupport {
  /** Perspective id. */
  perspective: string;
  /** Voters of this perspective who dotted the statement. */
  dots: number;
  /** Voters of this perspective on the statement's wall. */
  voters: number;
}

/** Laplace-smoothed support (a + 1) / (n + 2), as Polis does per group. */
export function smoothedSupport(dots: number, voters: number): number {
  return (dots + 1) / (voters + 2);
}

/**
 * Perspective-balanced share: the mean over perspectives with voters of the share of their voters who dotted
 * the statement. A perspective that brings twice as many people with the same support weighs the same.
 */
export function balancedShare(support: readonly PerspectiveSupport[]): number | null {
  const present = support.filter((s) => s.voters > 0);
  if (present.length === 0) return null;
  return present.reduce((sum, s) => sum + s.dots / s.voters, 0) / present.length;
}

/**
 * Bridging score: the geometric mean of smoothed support over perspectives with voters, times evenness
 * (geometric mean / arithmetic mean, 1 when every perspective supports it equally). High only when every
 * perspective supports the statement, unlike a plain total that one large group can carry.
 */
export function bridgingScore(support: readonly PerspectiveSupport[]): number | null {
  const present = support.filter((s) => s.voters > 0);
  if (present.length === 0) return null;
  const values = present.map((s) => smoothedSupport(s.dots, s.voters));
  const geometric = Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
  const arithmetic = values.reduce((a, b) => a + b, 0) / values.length;
  return geometric * (geometric / arithmetic);
}

/** Settings of the bridging label. */
export interface BridgingRule {
  /** Minimum number of perspectives that dotted the statement. */
  minPerspectives: number;
  /** Perspectives that must be among them (default: Neuzugewanderte and Verwaltung). */
  required: readonly string[];
}

/** The label "bridging" only when at least m perspectives dotted it, including every required one. */
export function isBridging(support: readonly PerspectiveSupport[], rule: BridgingRule): boolean {
  const reached = new Set(support.filter((s) => s.dots > 0).map((s) => s.perspective));
  return reached.size >= rule.minPerspectives && rule.required.every((p) => reached.has(p));
}

/**
 * Whether a statement earns the label "bridging" on a wall of `statements` statements: it reaches m
 * perspectives including the required ones, and its bridging score is at least a fair share (1 /
 * statements), which keeps single dots from counting.
 */
export function bridgingLabel(
  support: readonly PerspectiveSupport[],
  rule: BridgingRule,
  statements: number,
): boolean {
  const score = bridgingScore(support);
  return score !== null && isBridging(support, rule) && score >= 1 / statements;
}

/**
 * Export cells: perspectives in the pool (see {@link disclosurePlan}) show no numbers; a perspective
 * nobody came from shows 0 of 0 and no support, since nothing is known about it.
 */
export function perspectiveCells(
  support: readonly PerspectiveSupport[],
  pooled: ReadonlySet<string>,
): PerspectiveCell[] {
  return support.map((s) =>
    pooled.has(s.perspective)
      ? {
          perspective: s.perspective,
          suppressed: true,
          dots: null,
          voters: null,
          smoothedSupport: null,
        }
      : {
          perspective: s.perspective,
          suppressed: false,
          dots: s.dots,
          voters: s.voters,
          smoothedSupport: s.voters > 0 ? smoothedSupport(s.dots, s.voters) : null,
        },
  );
}
