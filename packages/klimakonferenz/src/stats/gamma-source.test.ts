import { describe, expect, it } from 'vitest';
import { GammaSource } from './gamma-source.js';

const DRAWS = 200_000;

function sample(shapes: number[], seed: number): Float64Array[] {
  const m = shapes.length;
  const draws = new Float64Array(DRAWS * m);
  new GammaSource(shapes, seed).fill(draws, DRAWS);
  return shapes.map((_, i) =>
    Float64Array.from({ length: DRAWS }, (_, d) => draws[d * m + i] as number),
  );
}

describe('GammaSource', () => {
  it('draws Gamma(a, 1): mean a, variance a and skewness 2/√a, for shapes below, at and above 1', () => {
    const shapes = [0.3, 0.5, 1, 1.5, 4.5, 30.5];
    sample(shapes, 11).forEach((column, i) => {
      const a = shapes[i] as number;
      const mean = column.reduce((s, x) => s + x, 0) / DRAWS;
      const variance = column.reduce((s, x) => s + (x - mean) ** 2, 0) / DRAWS;
      const skew = column.reduce((s, x) => s + (x - mean) ** 3, 0) / DRAWS / variance ** 1.5;
      // Five standard errors of the mean; the variance and skewness within a few per cent.
      expect(Math.abs(mean - a)).toBeLessThan(5 * Math.sqrt(a / DRAWS));
      expect(Math.abs(variance / a - 1)).toBeLessThan(0.03);
      expect(Math.abs(skew / (2 / Math.sqrt(a)) - 1)).toBeLessThan(0.1);
    });
  });

  it('makes shape ½ from normal draws whose tails have the normal share, beyond the ziggurat edge too', () => {
    const [halves = new Float64Array()] = sample([0.5], 3);
    const beyond = (z: number): number =>
      halves.reduce((n, theta) => n + (Math.sqrt(2 * theta) > z ? 1 : 0), 0) / DRAWS;
    // P(|Z| > z) of the standard normal.
    for (const [z, p] of [
      [0.5, 0.617075],
      [1, 0.317311],
      [2, 0.0455],
      [3, 0.0027],
      [3.442619855899, 0.000576],
      [4, 0.0000633],
    ] as const) {
      expect(Math.abs(beyond(z) - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / DRAWS) + 1e-5);
    }
  });
});
