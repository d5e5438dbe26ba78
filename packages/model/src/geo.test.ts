import fc from 'fast-check';
import { expect, test } from 'vitest';
import { distanceKm, recklinghausenProfile } from './index.js';

const centreOf = (name: string) =>
  recklinghausenProfile.municipalities.find((m) => m.name === name)!.centre;

test('distances between town centres of the county', () => {
  expect(distanceKm(centreOf('Recklinghausen'), centreOf('Marl'))).toBeCloseTo(8.9, 1);
  expect(distanceKm(centreOf('Dorsten'), centreOf('Waltrop'))).toBeCloseTo(30.1, 1);
  expect(distanceKm(centreOf('Herten'), centreOf('Herten'))).toBe(0);
});

test('one degree of latitude is about 111.2 km; Berlin to Recklinghausen about 436 km', () => {
  expect(distanceKm({ lat: 51, lon: 7 }, { lat: 52, lon: 7 })).toBeCloseTo(111.2, 1);
  expect(distanceKm({ lat: 52.52, lon: 13.405 }, centreOf('Recklinghausen'))).toBeGreaterThan(430);
  expect(distanceKm({ lat: 52.52, lon: 13.405 }, centreOf('Recklinghausen'))).toBeLessThan(440);
});

test('is symmetric and obeys the triangle inequality across Germany', () => {
  // Near antipodal points haversine loses precision (asin near 1); the county-scale use never gets there.
  const point = fc.record({
    lat: fc.double({ min: 47, max: 55, noNaN: true }),
    lon: fc.double({ min: 5, max: 15, noNaN: true }),
  });
  fc.assert(
    fc.property(point, point, point, (a, b, c) => {
      expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 6);
      expect(distanceKm(a, c)).toBeLessThanOrEqual(distanceKm(a, b) + distanceKm(b, c) + 1e-6);
    }),
    { numRuns: 2000 },
  );
});
