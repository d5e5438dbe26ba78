import { fillBits, toUniform, uniformState } from './prng.js';
import { ZIGGURAT, zigguratSlowPath } from './ziggurat.js';

/** Generator outputs per block: large enough that refilling is rare, small enough to stay in cache. */
const BLOCK = 512;

/**
 * Seeded Gamma(shape, 1) draws, one per statement per Monte Carlo draw of a wall, by Marsaglia and Tsang's
 * squeeze method with their constants computed once per statement. Shape ½ (no dots under the Jeffreys
 * prior) is Z²/2; other shapes below 1 use Gamma(a+1)·U^(1/a). The stream and the arithmetic are those of
 * the readable version in `testing/reference-rank-simulation.ts`, which a test holds this one to.
 *
 * Why it is written this way (a county draws tens of millions of numbers):
 * - The normal draws (Marsaglia and Tsang's ziggurat, which needs neither a logarithm nor a square root on
 *   98.8 % of draws) and the generator's bits are inlined, and one call fills many draws: a call per draw
 *   or per number cost as much as the draw (30 ns a draw with a call per draw, 24 ns with a call per batch).
 * - It is a class, not a closure per wall: every wall calls the same method, so the optimised code stays
 *   valid from wall to wall. With a closure per wall, V8 inlined the first wall's closure and threw the
 *   code away at the next wall, recompiling the hot loop six times (150 ms of compiler time per county).
 * - The read position is a local while the loop runs, so it stays in a register; only the ziggurat's rare
 *   slow path reads it through the object.
 */
export class GammaSource {
  private readonly m: number;
  private readonly half: Uint8Array;
  private readonly boost: Uint8Array;
  private readonly dd: Float64Array;
  private readonly cc: Float64Array;
  private readonly exponent: Float64Array;
  private readonly state: Int32Array;
  private readonly block = new Int32Array(BLOCK);
  private next = BLOCK;

  constructor(shapes: readonly number[], seed: number) {
    this.m = shapes.length;
    this.half = Uint8Array.from(shapes, (a) => (a === 0.5 ? 1 : 0));
    this.boost = Uint8Array.from(shapes, (a) => (a < 1 && a !== 0.5 ? 1 : 0));
    this.dd = Float64Array.from(shapes, (a) => (a < 1 ? a + 1 : a) - 1 / 3);
    this.cc = Float64Array.from(this.dd, (d) => 1 / Math.sqrt(9 * d));
    this.exponent = Float64Array.from(shapes, (a) => 1 / a);
    this.state = uniformState(seed);
  }

  /** The next uniform number in [0, 1) of the stream. */
  uniform(): number {
    if (this.next === BLOCK) {
      fillBits(this.state, this.block);
      this.next = 0;
    }
    return toUniform(this.block[this.next++] as number);
  }

  /**
   * Fills `out` with `rows` Monte Carlo draws of the wall, draw after draw: `out[n * m + i]` is the n-th
   * Gamma(shapes[i], 1) draw of statement i.
   */
  fill(out: Float64Array, rows: number): void {
    const { m, half, boost, dd, cc, exponent, state, block } = this;
    const { edge, width } = ZIGGURAT;
    let next = this.next;
    let o = 0;
    for (let n = 0; n < rows; n++) {
      for (let i = 0; i < m; i++, o++) {
        let u0 = 1;
        if (boost[i] === 1) {
          if (next === BLOCK) {
            fillBits(state, block);
            next = 0;
          }
          u0 = toUniform(block[next++] as number);
        }
        for (;;) {
          if (next === BLOCK) {
            fillBits(state, block);
            next = 0;
          }
          const j = block[next++] as number;
          const layer = j & 127;
          let x: number;
          if (Math.abs(j) < (edge[layer] as number)) x = j * (width[layer] as number);
          else {
            this.next = next;
            x = zigguratSlowPath(j, this);
            next = this.next;
          }
          if (half[i] === 1) {
            out[o] = 0.5 * x * x;
            break;
          }
          const d = dd[i] as number;
          let v = 1 + (cc[i] as number) * x;
          if (v <= 0) continue;
          v = v * v * v;
          if (next === BLOCK) {
            fillBits(state, block);
            next = 0;
          }
          const u = toUniform(block[next++] as number);
          if (
            u < 1 - 0.0331 * x * x * x * x ||
            Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))
          ) {
            out[o] =
              boost[i] === 1
                ? d * v * Math.pow(u0 === 0 ? Number.MIN_VALUE : u0, exponent[i] as number)
                : d * v;
            break;
          }
        }
      }
    }
    this.next = next;
  }
}
