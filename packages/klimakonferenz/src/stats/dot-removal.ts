import { GammaSource } from './gamma-source.js';
import { fillBits, toUniform, uniformState } from './prng.js';
import {
  DRAW_BATCH,
  type RankSimulation,
  type RankSimulationOptions,
  rankInDraw,
  summariseRanks,
} from './rank-simulation.js';

/** Mixed into the seed so the exponential parts do not reuse the Gamma parts' stream. */
const EXPONENTIAL_STREAM = 0x2545f491;

/**
 * The rank simulation of a wall with one dot taken off statement i, for every statement with a dot, all from
 * one set of draws, so two variants differ only in their data. Statement i's posterior draw is split as
 * Gamma(c + α₀) = Gamma(c − 1 + α₀) + Exp(1) (a sum of independent Gammas); taking its dot off drops the
 * exponential and leaves every other draw as it was. This couples the variants more tightly than one seed
 * per variant (a rejection sampler fed another shape shifts the stream for every later statement), and a
 * variant costs a pass over the wall per draw instead of a fresh set of Gamma draws.
 *
 * Returns, per index of `counts` with a dot, what {@link simulateRanks} would estimate for `counts` with
 * that count lowered by one.
 */
export function simulateDotRemovals(
  counts: readonly number[],
  options: RankSimulationOptions,
): Map<number, RankSimulation> {
  const alpha0 = options.alpha0 ?? 0.5;
  const dotted = counts.flatMap((c, i) => (c > 0 ? [i] : []));
  const histograms = removalHistograms(
    new GammaSource(
      counts.map((c) => Math.max(0, c - 1) + alpha0),
      options.seed,
    ),
    uniformState(options.seed ^ EXPONENTIAL_STREAM),
    Int32Array.from(dotted),
    counts.length,
    options.draws,
  );
  const cells = counts.length * counts.length;
  return new Map(
    dotted.map((i, k) => [
      i,
      summariseRanks(histograms.subarray(k * cells, (k + 1) * cells), options),
    ]),
  );
}

/**
 * Rank counts of every variant, variant after variant (`[k][i][r]` flattened), in a function that ends
 * with its loop for the same reason as `rankHistogram`.
 */
function removalHistograms(
  drawRest: GammaSource,
  exponentialState: Int32Array,
  dotted: Int32Array,
  m: number,
  draws: number,
): Int32Array {
  const cells = m * m;
  const histograms = new Int32Array(dotted.length * cells);
  const rest = new Float64Array(DRAW_BATCH * m);
  const theta = new Float64Array(m);
  const rank = new Int32Array(m);
  const block = new Int32Array(512);
  let next = block.length;
  for (let done = 0; done < draws; done += DRAW_BATCH) {
    const rows = Math.min(DRAW_BATCH, draws - done);
    drawRest.fill(rest, rows);
    for (let n = 0; n < rows; n++) {
      const base = n * m;
      for (let i = 0; i < m; i++) theta[i] = rest[base + i] as number;
      for (let k = 0; k < dotted.length; k++) {
        if (next === block.length) {
          fillBits(exponentialState, block);
          next = 0;
        }
        const i = dotted[k] as number;
        theta[i] = (theta[i] as number) - Math.log(1 - toUniform(block[next++] as number));
      }
      for (let i = 0; i < m; i++) rank[i] = rankInDraw(theta, 0, m, i);
      for (let k = 0; k < dotted.length; k++) {
        const i = dotted[k] as number;
        const was = theta[i] as number;
        const lowered = rest[base + i] as number;
        const offset = k * cells;
        // Only statements drawn between the lowered and the old value change places with i: each moves
        // up one rank, and i moves down past it.
        let rankOfI = 0;
        for (let j = 0; j < m; j++) {
          if (j === i) continue;
          const t = theta[j] as number;
          let r = rank[j] as number;
          if (t > lowered) {
            rankOfI++;
            if (t < was) r--;
          }
          const cell = offset + j * m + r;
          histograms[cell] = (histograms[cell] as number) + 1;
        }
        const cell = offset + i * m + rankOfI;
        histograms[cell] = (histograms[cell] as number) + 1;
      }
    }
  }
  return histograms;
}
