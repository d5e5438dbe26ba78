import type { RankSimulation, RankSimulationOptions } from '../stats/rank-simulation.js';
import { createRandom } from '../stats/prng.js';
import { createNormal } from './reference-normal.js';

// The readable version of `simulateRanks` (closures for the generator and the normal draws), kept as the
// oracle of the fast one: a property test asserts both give the same result, number for number.

/**
 * Seeded Dirichlet-multinomial Monte Carlo: draws true shares from the posterior Dirichlet(counts + α₀)
 * and ranks them, so P(top), P(top k) and rank intervals say how sure the wall's ranking really is.
 * Only the order of the draws matters, so the Gamma draws are ranked without normalising them.
 */
export function referenceSimulateRanks(
  counts: readonly number[],
  options: RankSimulationOptions,
): RankSimulation {
  const m = counts.length;
  const alpha0 = options.alpha0 ?? 0.5;
  const topK = Math.min(options.topK ?? 3, m);
  const tail = (1 - (options.rankCoverage ?? 0.8)) / 2;
  const random = createRandom(options.seed);
  // histogram[i * m + r]: how often statement i had rank r + 1.
  const histogram = new Float64Array(m * m);
  const theta = new Float64Array(m);
  const order = new Int32Array(m);
  // Gamma(shape, 1) draws by Marsaglia and Tsang's squeeze method, inlined with their constants computed
  // once per statement, since a call per draw costs as much as the draw at ten thousand draws per wall.
  // Shape ½ (no dots under the Jeffreys prior) is Z²/2; other shapes below 1 use Gamma(a+1)·U^(1/a).
  const shapes = counts.map((c) => c + alpha0);
  const half = Uint8Array.from(shapes, (a) => (a === 0.5 ? 1 : 0));
  const boost = Uint8Array.from(shapes, (a) => (a < 1 && a !== 0.5 ? 1 : 0));
  const dd = Float64Array.from(shapes, (a) => (a < 1 ? a + 1 : a) - 1 / 3);
  const cc = Float64Array.from(dd, (d) => 1 / Math.sqrt(9 * d));
  const exponent = Float64Array.from(shapes, (a) => 1 / a);
  const normal = createNormal(random);
  for (let draw = 0; draw < options.draws; draw++) {
    for (let i = 0; i < m; i++) {
      if (half[i] === 1) {
        const z = normal();
        theta[i] = 0.5 * z * z;
        continue;
      }
      const u0 = boost[i] === 1 ? random() : 1;
      const d = dd[i] as number;
      const c = cc[i] as number;
      for (;;) {
        let x: number;
        let v: number;
        do {
          x = normal();
          v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const u = random();
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
      const index = (order[r] as number) * m + r;
      histogram[index] = (histogram[index] as number) + 1;
    }
  }
  const result: RankSimulation = { pTop: [], pTopK: [], meanRank: [], rankLow: [], rankHigh: [] };
  for (let i = 0; i < m; i++) {
    let cumulative = 0;
    let mean = 0;
    let low = 0;
    let high = 0;
    let topKMass = 0;
    for (let r = 0; r < m; r++) {
      const p = (histogram[i * m + r] ?? 0) / options.draws;
      mean += p * (r + 1);
      if (r < topK) topKMass += p;
      cumulative += p;
      // Small epsilons keep floating-point sums of exact tails (e.g. 0.1) on the inclusive side.
      if (low === 0 && cumulative > tail + 1e-12) low = r + 1;
      if (high === 0 && cumulative >= 1 - tail - 1e-12) high = r + 1;
    }
    result.pTop.push((histogram[i * m] ?? 0) / options.draws);
    result.pTopK.push(topKMass);
    result.meanRank.push(mean);
    result.rankLow.push(low || 1);
    result.rankHigh.push(high || m);
  }
  return result;
}
