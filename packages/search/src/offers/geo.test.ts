import { distanceKm } from '@vielfalt/model/helpers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { radiusBox } from './geo.js';

const point = fc.record({
  lat: fc.double({ min: -89, max: 89, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('radiusBox', () => {
  it('never rejects a point within the radius', () => {
    fc.assert(
      fc.property(
        point,
        point,
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        (from, to, km) => {
          if (distanceKm(from, to) <= km) expect(radiusBox(from, km)(to)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('also keeps nearby points that differ by a tiny radius', () => {
    fc.assert(
      fc.property(point, fc.double({ min: 0.5, max: 50, noNaN: true }), (from, km) => {
        const box = radiusBox(from, km);
        // Points exactly on the radius to the north, east, south and west.
        const dLat = (km / distanceKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })) * 0.999;
        expect(box({ lat: from.lat + dLat, lon: from.lon })).toBe(true);
        expect(box({ lat: from.lat - dLat, lon: from.lon })).toBe(true);
      }),
    );
  });

  it('rejects points far away (Recklinghausen, 5 km: Munich and Dorsten are out)', () => {
    const box = radiusBox({ lat: 51.614, lon: 7.197 }, 5);
    expect(box({ lat: 48.137, lon: 11.575 })).toBe(false);
    expect(box({ lat: 51.66, lon: 6.964 })).toBe(false);
    expect(box({ lat: 51.63, lon: 7.22 })).toBe(true);
  });

  it('handles the date line', () => {
    expect(radiusBox({ lat: 0, lon: 179.99 }, 10)({ lat: 0, lon: -179.99 })).toBe(true);
  });
});
