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
 * SFC32, a small fast generator with 128 bits of state (passes PractRand to large sizes), seeded through
 * SplitMix32. Deterministic across platforms because it uses only 32-bit integer arithmetic: the same seed
 * gives the same Monte Carlo result, byte for byte.
 */
export function createRandom(seed: number): Random {
  let s = seed | 0;
  let a: number, b: number, c: number, d: number;
  [s, a] = splitmix32(s);
  [s, b] = splitmix32(s);
  [s, c] = splitmix32(s);
  [, d] = splitmix32(s);
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs, which still echo the seed's structure.
  for (let i = 0; i < 12; i++) next();
  return next;
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
