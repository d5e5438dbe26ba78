/** One proportion to shrink: `k` successes out of `n`. */
export interface BinomialCell {
  /** Successes (e.g. Sonne statements). */
  k: number;
  /** Trials (e.g. Sonne and Gewitter statements). */
  n: number;
}

/** A cell's raw and shrunk value. `raw` is null for cells without data, which get the county mean. */
export interface ShrunkCell {
  /** k / n, or null without data. */
  raw: number | null;
  /** Posterior mean, between `raw` and the pooled mean. */
  shrunk: number;
  /** Weight of the cell's own data in the shrunk value, n / (n + M). */
  weight: number;
}

/** Result of {@link betaBinomialShrinkage}. */
export interface Shrinkage {
  /** The pooled mean all cells are pulled towards. */
  mean: number;
  /** Prior strength M = α + β: how many observations the mean is worth. */
  priorStrength: number;
  /** The cells, in input order. */
  cells: ShrunkCell[];
}

/** Upper bound on the prior strength when the cells vary no more than chance: full pooling, finitely. */
const MAX_PRIOR_STRENGTH = 1e6;

/**
 * Empirical-Bayes beta-binomial shrinkage: estimates the pooled mean and the spread between cells by the
 * method of moments and returns each cell's posterior mean `(k + μM) / (n + M)`, which always lies between
 * the raw share and the mean. Small cells move a lot, large ones little; raw values are kept beside.
 * With few small cells the spread cannot be told from chance and the estimate pools everything into the
 * mean; `maxPriorStrength` bounds how many observations the mean may be worth, so the map still shows
 * differences while damping them.
 */
export function betaBinomialShrinkage(
  cells: readonly BinomialCell[],
  maxPriorStrength = MAX_PRIOR_STRENGTH,
): Shrinkage {
  const observed = cells.filter((c) => c.n > 0);
  const totalK = observed.reduce((s, c) => s + c.k, 0);
  const totalN = observed.reduce((s, c) => s + c.n, 0);
  const mean = totalN > 0 ? totalK / totalN : 0.5;
  let priorStrength = maxPriorStrength;
  if (observed.length >= 2 && mean > 0 && mean < 1) {
    const rates = observed.map((c) => c.k / c.n);
    const avgRate = rates.reduce((a, b) => a + b, 0) / rates.length;
    const variance = rates.reduce((s, r) => s + (r - avgRate) ** 2, 0) / (rates.length - 1);
    const sampling =
      (mean * (1 - mean) * observed.reduce((s, c) => s + 1 / c.n, 0)) / observed.length;
    const between = variance - sampling;
    if (between > 0)
      priorStrength = Math.min(maxPriorStrength, Math.max(0.5, (mean * (1 - mean)) / between - 1));
  }
  return {
    mean,
    priorStrength,
    cells: cells.map((c) => {
      if (c.n <= 0) return { raw: null, shrunk: mean, weight: 0 };
      const weight = c.n / (c.n + priorStrength);
      const raw = c.k / c.n;
      return { raw, shrunk: weight * raw + (1 - weight) * mean, weight };
    }),
  };
}
