import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSample, SAMPLE_SEED } from '../scripts/build.js';
import { Random } from '../scripts/prng.js';
import { recklinghausenSample } from './index.js';

describe('the sample generator', () => {
  it('reproduces the committed JSON exactly (run `npm run sample:generate` after changing it)', () => {
    const committed = readFileSync(
      new URL('../data/recklinghausen-sample.json', import.meta.url),
      'utf8',
    );
    expect(`${JSON.stringify(buildSample(SAMPLE_SEED), null, 2)}\n`).toBe(committed);
  });

  it('gives different but again valid data for another seed', () => {
    const other = buildSample(SAMPLE_SEED + 1);
    expect(other.offers.length).toBeGreaterThanOrEqual(300);
    expect(other.offers.map((o) => o.id)).not.toEqual(recklinghausenSample.offers.map((o) => o.id));
  });

  it('draws points uniformly within the radius and repeats itself for the same seed', () => {
    const a = new Random(7);
    const b = new Random(7);
    for (let i = 0; i < 200; i++) {
      const p = a.pointNear({ lat: 51.6, lon: 7.2 }, 3);
      expect(p).toEqual(b.pointNear({ lat: 51.6, lon: 7.2 }, 3));
      const dy = (p.lat - 51.6) * 111.32;
      const dx = (p.lon - 7.2) * 111.32 * Math.cos((51.6 * Math.PI) / 180);
      expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(3.001);
    }
  });
});
