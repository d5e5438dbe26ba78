import type { Random } from '../stats/prng.js';
import { toInt32, ZIGGURAT, zigguratSlowPath } from '../stats/ziggurat.js';

/** A source of standard normal draws. */
export type Normal = () => number;

/** Standard normal draws by Marsaglia and Tsang's ziggurat, one random number per draw on the fast path. */
export function createNormal(random: Random): Normal {
  const { edge, width } = ZIGGURAT;
  const source = { uniform: random };
  return () => {
    const j = toInt32(random());
    const layer = j & 127;
    return Math.abs(j) < (edge[layer] as number)
      ? j * (width[layer] as number)
      : zigguratSlowPath(j, source);
  };
}
