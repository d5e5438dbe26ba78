import type { Random } from '../stats/prng.js';

/** A source of standard normal draws. */
export type Normal = () => number;

/**
 * Standard normal draws by the Marsaglia polar method, which makes two at a time: the second is kept for
 * the next call instead of thrown away, halving the logarithms and square roots.
 */
export function createNormal(random: Random): Normal {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    for (;;) {
      const u = 2 * random() - 1;
      const v = 2 * random() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const f = Math.sqrt((-2 * Math.log(s)) / s);
        spare = v * f;
        hasSpare = true;
        return u * f;
      }
    }
  };
}
