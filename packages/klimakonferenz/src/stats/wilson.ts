/** A closed interval of proportions, both ends in [0, 1]. */
export interface ProportionInterval {
  /** Lower end. */
  low: number;
  /** Upper end. */
  high: number;
}

/** The normal quantile for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

/**
 * Wilson score interval for a share `k / n`. Unlike the textbook `p ± z·√(p(1-p)/n)` it never leaves
 * [0, 1] and stays honest at the small counts of a workshop wall (9 of 30 → [0.167, 0.479]).
 * For `n = 0` the interval is the whole range [0, 1]: nothing is known.
 */
export function wilsonInterval(k: number, n: number, z = Z_95): ProportionInterval {
  if (n <= 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
