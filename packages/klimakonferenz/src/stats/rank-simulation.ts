import { fillUniforms, uniformState } from './prng.js';

/** Uniform numbers generated per block: large enough that refilling is rare, small enough to stay in cache. */
const BLOCK = 512;

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
  const draws = options.draws;
  const m = counts.length;
  // histogram[i * m + r]: how often statement i had rank r + 1.
  const histogram = new Int32Array(m * m);
  const theta = new Float64Array(m);
  const order = new Int32Array(m);
  // Gamma(shape, 1) draws by Marsaglia and Tsang's squeeze method, with their constants computed once per
  // statement. Shape ½ (no dots under the Jeffreys prior) is Z²/2; other shapes below 1 use
  // Gamma(a+1)·U^(1/a). The normal draws (Marsaglia's polar method, keeping the second of each pair) and the
  // uniform numbers are inlined into this loop, reading uniforms from a block: at tens of millions of
  // draws per county a call per number cost as much as the draw, and a function returning a number that
  // the optimiser does not inline allocates a heap number per call. The stream and the arithmetic are those of
  // the readable version in `testing/reference-rank-simulation.ts`, which a test holds this one to.
  const shapes = counts.map((c) => c + alpha0);
  const half = Uint8Array.from(shapes, (a) => (a === 0.5 ? 1 : 0));
  const boost = Uint8Array.from(shapes, (a) => (a < 1 && a !== 0.5 ? 1 : 0));
  const dd = Float64Array.from(shapes, (a) => (a < 1 ? a + 1 : a) - 1 / 3);
  const cc = Float64Array.from(dd, (d) => 1 / Math.sqrt(9 * d));
  const exponent = Float64Array.from(shapes, (a) => 1 / a);
  const state = uniformState(options.seed);
  const block = new Float64Array(BLOCK);
  let next = BLOCK;
  let spare = 0;
  let hasSpare = false;
  for (let draw = 0; draw < draws; draw++) {
    for (let i = 0; i < m; i++) {
      let u0 = 1;
      if (boost[i] === 1) {
        if (next === BLOCK) {
          fillUniforms(state, block);
          next = 0;
        }
        u0 = block[next++] as number;
      }
      for (;;) {
        let x = 0;
        if (hasSpare) {
          hasSpare = false;
          x = spare;
        } else {
          for (;;) {
            if (next === BLOCK) {
              fillUniforms(state, block);
              next = 0;
            }
            const p = 2 * (block[next++] as number) - 1;
            if (next === BLOCK) {
              fillUniforms(state, block);
              next = 0;
            }
            const q = 2 * (block[next++] as number) - 1;
            const s = p * p + q * q;
            if (s > 0 && s < 1) {
              const f = Math.sqrt((-2 * Math.log(s)) / s);
              spare = q * f;
              hasSpare = true;
              x = p * f;
              break;
            }
          }
        }
        if (half[i] === 1) {
          theta[i] = 0.5 * x * x;
          break;
        }
        const d = dd[i] as number;
        let v = 1 + (cc[i] as number) * x;
        if (v <= 0) continue;
        v = v * v * v;
        if (next === BLOCK) {
          fillUniforms(state, block);
          next = 0;
        }
        const u = block[next++] as number;
        if (
          u < 1 - 0.0331 * x * x * x * x ||
          Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))
        ) {
          theta[i] =
            boost[i] === 1
              ? d * v * Math.pow(u0 === 0 ? Number.MIN_VALUE : u0, exponent[i] as number)
              : d * v;
          break;
        }
      }
    }
    // Insertion sort by draw, largest first: walls are small, and ties have probability zero.
    for (let i = 0; i < m; i++) {
      const t = theta[i] as number;
      let j = i;
      while (j > 0 && (theta[order[j - 1] as number] as number) < t) {
        order[j] = order[j - 1] as number;
        j--;
      }
      order[j] = i;
    }
    for (let r = 0; r < m; r++) {
      const cell = (order[r] as number) * m + r;
      histogram[cell] = (histogram[cell] as number) + 1;
    }
  }
  return summarise(
    histogram,
    m,
    draws,
    Math.min(options.topK ?? 3, m),
    (1 - (options.rankCoverage ?? 0.8)) / 2,
  );
}

/** P(top), P(top k), mean rank and the central rank interval of each statement from the rank counts. */
function summarise(
  histogram: Int32Array,
  m: number,
  draws: number,
  topK: number,
  tail: number,
): RankSimulation {
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
