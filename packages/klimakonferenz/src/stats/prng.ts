/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** SplitMix32 step: spreads a small integer seed over all 32 bits so seeds 1 and 2 give unrelated streams. */
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

/**
 * Fills `out` with the next 32-bit outputs of an SFC32 state and advances the state. Working a block at a
 * time keeps the four state words in registers, which a call per number cannot (the Monte Carlo ranking
 * draws tens of millions of numbers per county). The ziggurat reads the bits as they are; {@link toUniform}
 * makes a uniform number of them.
 */
export function fillBits(state: Int32Array, out: Int32Array): void {
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  for (let k = 0; k < out.length; k++) {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    out[k] = t;
  }
  state[0] = a;
  state[1] = b;
  state[2] = c;
  state[3] = d;
}

/** The uniform number in [0, 1) of 32 generator bits: k / 2³². */
export function toUniform(bits: number): number {
  return (bits >>> 0) * 2.3283064365386963e-10;
}

/**
 * The state of SFC32, a small fast generator with 128 bits of state (passes PractRand to large sizes),
 * seeded through SplitMix32, for {@link fillBits}. Deterministic across platforms because it uses only
 * 32-bit integer arithmetic: the same seed gives the same Monte Carlo result, byte for byte.
 */
export function uniformState(seed: number): Int32Array {
  let s = seed | 0;
  const state = new Int32Array(4);
  for (let i = 0; i < 4; i++) [s, state[i]] = splitmix32(s);
  // Discard the first outputs, which still echo the seed's structure.
  fillBits(state, new Int32Array(12));
  return state;
}

/** Seeded uniform numbers in [0, 1): the same stream the rank simulation draws in blocks, one number per call. */
export function createRandom(seed: number): Random {
  const state = uniformState(seed);
  const block = new Int32Array(256);
  let next = block.length;
  return () => {
    if (next === block.length) {
      fillBits(state, block);
      next = 0;
    }
    return toUniform(block[next++] as number);
  };
}

/** FNV-1a hash of a string mixed with a seed: gives each wall its own stream, independent of input order. */
export function deriveSeed(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h | 0;
}
