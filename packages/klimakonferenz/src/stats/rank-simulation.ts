import { GammaSource } from './gamma-source.js';

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
    new GammaSource(
      counts.map((c) => c + alpha0),
      options.seed,
    ),
    counts.length,
    options.draws,
  );
  return summariseRanks(histogram, options);
}

/** Draws generated per call of the Gamma source: a few kilobytes, so the batch stays in cache. */
export const DRAW_BATCH = 256;

/**
 * The draws themselves, in a function that ends with its loop: V8 compiles the hot loop on the stack, and
 * code after it that had not run yet (the summary) made that compiled loop bail out on every later call,
 * hundreds of times per county.
 */
function rankHistogram(draw: GammaSource, m: number, draws: number): Int32Array {
  const histogram = new Int32Array(m * m);
  const batch = new Float64Array(DRAW_BATCH * m);
  for (let done = 0; done < draws; done += DRAW_BATCH) {
    const rows = Math.min(DRAW_BATCH, draws - done);
    draw.fill(batch, rows);
    for (let n = 0; n < rows; n++) {
      for (let i = 0; i < m; i++) {
        const cell = i * m + rankInDraw(batch, n * m, m, i);
        histogram[cell] = (histogram[cell] as number) + 1;
      }
    }
  }
  return histogram;
}

/**
 * The 0-based rank of statement i in one draw of a wall (`draws[offset + j]` for j < m), largest first:
 * how many statements drew more. Each comparison is added as a number, which compiles without a branch:
 * on walls of a few statements the comparisons are coin flips, and mispredicted branches (an insertion
 * sort's, or a conditional's) cost more than the comparisons. Ties have probability zero.
 */
export function rankInDraw(draws: Float64Array, offset: number, m: number, i: number): number {
  const t = draws[offset + i] as number;
  let rank = 0;
  for (let j = 0; j < m; j++) rank += +((draws[offset + j] as number) > t);
  return rank;
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
