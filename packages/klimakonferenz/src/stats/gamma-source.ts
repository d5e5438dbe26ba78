import { fillUniforms, uniformState } from './prng.js';
import { toInt32, ZIGGURAT, zigguratSlowPath } from './ziggurat.js';

/** Uniform numbers generated per block: large enough that refilling is rare, small enough to stay in cache. */
const BLOCK = 512;

/** Fills `theta[i]` with a fresh Gamma(shapes[i], 1) draw for every i: one Monte Carlo draw of a wall. */
export type GammaSource = (theta: Float64Array) => void;

/**
 * Seeded Gamma(shape, 1) draws, one per statement per call, by Marsaglia and Tsang's squeeze method with
 * their constants computed once per statement. Shape ½ (no dots under the Jeffreys prior) is Z²/2; other
 * shapes below 1 use Gamma(a+1)·U^(1/a). The normal draws (Marsaglia and Tsang's ziggurat, which needs
 * neither a logarithm nor a square root on 98.8 % of draws, and took the normal draws' time from about
 * 20 to 10 ns against the polar method) and the uniform numbers are inlined, reading uniforms from a block:
 * at tens of millions of draws per county a call per number cost as much as the draw, and a function
 * returning a number that the optimiser does not inline allocates a heap number per call. The stream and the arithmetic are those of the
 * readable version in `testing/reference-rank-simulation.ts`, which a test holds this one to.
 */
export function gammaSource(shapes: readonly number[], seed: number): GammaSource {
  const m = shapes.length;
  const half = Uint8Array.from(shapes, (a) => (a === 0.5 ? 1 : 0));
  const boost = Uint8Array.from(shapes, (a) => (a < 1 && a !== 0.5 ? 1 : 0));
  const dd = Float64Array.from(shapes, (a) => (a < 1 ? a + 1 : a) - 1 / 3);
  const cc = Float64Array.from(dd, (d) => 1 / Math.sqrt(9 * d));
  const exponent = Float64Array.from(shapes, (a) => 1 / a);
  const state = uniformState(seed);
  const block = new Float64Array(BLOCK);
  let next = BLOCK;
  const { edge, width } = ZIGGURAT;
  // For the rare draws off the fast paths; the hot reads below are written out so they need no call.
  const uniform = (): number => {
    if (next === BLOCK) {
      fillUniforms(state, block);
      next = 0;
    }
    return block[next++] as number;
  };
  return (theta) => {
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
        if (next === BLOCK) {
          fillUniforms(state, block);
          next = 0;
        }
        const j = toInt32(block[next++] as number);
        const layer = j & 127;
        const x =
          Math.abs(j) < (edge[layer] as number)
            ? j * (width[layer] as number)
            : zigguratSlowPath(j, uniform);
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
  };
}
