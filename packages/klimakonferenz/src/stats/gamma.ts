import type { Random } from './prng.js';

/** A standard normal draw by the Marsaglia polar method. */
function normal(random: Random): number {
  for (;;) {
    const u = 2 * random() - 1;
    const v = 2 * random() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/**
 * A Gamma(shape, 1) draw by Marsaglia and Tsang's squeeze method; shapes below 1 (statements with no dots
 * get shape α₀ = 0.5) use the boost `Gamma(a+1) · U^(1/a)`.
 */
export function gamma(shape: number, random: Random): number {
  if (shape < 1) {
    const u = random();
    return gamma(shape + 1, random) * Math.pow(u === 0 ? Number.MIN_VALUE : u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}
