import { type ProportionInterval, wilsonInterval, Z_95 } from './wilson.js';

/** A difference of two shares with its interval; ends in [-1, 1]. */
export interface DifferenceInterval {
  /** Observed change, later minus earlier share. */
  difference: number;
  /** Lower end. */
  low: number;
  /** Upper end. */
  high: number;
}

/**
 * Newcombe's hybrid score interval (method 10) for the change `k2/n2 − k1/n1` between two rounds, built
 * from the two Wilson intervals so it stays sensible with few voters and shares near 0 or 1.
 */
export function newcombeInterval(
  k1: number,
  n1: number,
  k2: number,
  n2: number,
  z = Z_95,
): DifferenceInterval {
  const p1 = n1 > 0 ? k1 / n1 : 0;
  const p2 = n2 > 0 ? k2 / n2 : 0;
  const w1: ProportionInterval = wilsonInterval(k1, n1, z);
  const w2: ProportionInterval = wilsonInterval(k2, n2, z);
  const difference = p2 - p1;
  return {
    difference,
    low: difference - Math.sqrt((p2 - w2.low) ** 2 + (w1.high - p1) ** 2),
    high: difference + Math.sqrt((w2.high - p2) ** 2 + (p1 - w1.low) ** 2),
  };
}
