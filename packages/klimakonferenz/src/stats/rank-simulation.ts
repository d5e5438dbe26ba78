import { type GammaSource, gammaSource } from './gamma-source.js';

/** Options of {@link simulateRanks}. */
export interface RankSimulationOptions {
  /** Monte Carlo draws; 10,000 gives P(top) to about ±0.005. */
  draws: number;
  /** Seed of the generator: the same seed gives the same result. */
  seed: number;
  /** Dirichlet prior per statement; 0.5 (Jeffreys) lets a statement without dots still have a chance. */
  alpha0?: number;
  /** k of P(top k). */
  topK?: number;
  /** Central probability of the rank interval. */
  rankCoverage?: number;
}

/** What the posterior says about each statement's true rank, in the order of the `counts` given. */
export interface RankSimulation {
  /** Probability of being the truly most supported statement. */
  pTop: number[];
  /** Probability of being among the k most supported statements. */
  pTopK: number[];
  /** Expected true rank (1 = top). */
  meanRank: number[];
  /** Lower end (best rank) of the central rank interval. */
  rankLow: number[];
  /** Upper end (worst rank) of the central rank interval. */
  rankHigh: number[];
}

/**
 * Seeded Dirichlet-multinomial Monte Carlo: draws true shares from the posterior Dirichlet(counts + α₀)
 * and ranks them, so P(top), P(top k) and rank intervals say how sure the wall's ranking really is.
 * Only the order of the draws matters, so the Gamma draws are ranked without normalising them.
 */
export function simulateRanks(
  counts: readonly number[],
  options: RankSimulationOptions,
): RankSimulation {
  const alpha0 = options.alpha0 ?? 0.5;
  const histogram = rankHistogram(
    gammaSource(
      counts.map((c) => c + alpha0),
      options.seed,
    ),
    counts.length,
    options.draws,
  );
  return summariseRanks(histogram, options);
}

/**
 * The draws themselves, in a function that ends with its loop: V8 compiles the hot loop on the stack, and
 * code after it that had not run yet (the summary) made that compiled loop bail out on every later call,
 * hundreds of times per county.
 */
function rankHistogram(draw: GammaSource, m: number, draws: number): Int32Array {
  const histogram = new Int32Array(m * m);
  const theta = new Float64Array(m);
  const order = new Int32Array(m);
  for (let d = 0; d < draws; d++) {
    draw(theta);
    sortByDraw(theta, order);
    for (let r = 0; r < m; r++) {
      const cell = (order[r] as number) * m + r;
      histogram[cell] = (histogram[cell] as number) + 1;
    }
  }
  return histogram;
}

/** Orders statement indices by draw, largest first (insertion sort: walls are small, and ties have probability zero). */
export function sortByDraw(theta: Float64Array, order: Int32Array): void {
  for (let i = 0; i < theta.length; i++) {
    const t = theta[i] as number;
    let j = i;
    while (j > 0 && (theta[order[j - 1] as number] as number) < t) {
      order[j] = order[j - 1] as number;
      j--;
    }
    order[j] = i;
  }
}

/**
 * P(top), P(top k), mean rank and the central rank interval of each statement from its rank counts
 * (`histogram[i * m + r]`: how often statement i had rank r + 1).
 */
export function summariseRanks(
  histogram: Int32Array,
  options: RankSimulationOptions,
): RankSimulation {
  const m = Math.round(Math.sqrt(histogram.length));
  const draws = options.draws;
  const topK = Math.min(options.topK ?? 3, m);
  const tail = (1 - (options.rankCoverage ?? 0.8)) / 2;
  const result: RankSimulation = { pTop: [], pTopK: [], meanRank: [], rankLow: [], rankHigh: [] };
  for (let i = 0; i < m; i++) {
    let cumulative = 0;
    let mean = 0;
    let low = 0;
    let high = 0;
    let topKMass = 0;
    for (let r = 0; r < m; r++) {
      const p = (histogram[i * m + r] ?? 0) / draws;
      mean += p * (r + 1);
      if (r < topK) topKMass += p;
      cumulative += p;
      // Small epsilons keep floating-point sums of exact tails (e.g. 0.1) on the inclusive side.
      if (low === 0 && cumulative > tail + 1e-12) low = r + 1;
      if (high === 0 && cumulative >= 1 - tail - 1e-12) high = r + 1;
    }
    result.pTop.push((histogram[i * m] ?? 0) / draws);
    result.pTopK.push(topKMass);
    result.meanRank.push(mean);
    result.rankLow.push(low || 1);
    result.rankHigh.push(high || m);
  }
  return result;
}
