import type { GeoPoint } from './common.js';

/** Mean earth radius in km (IUGG), the usual constant for the haversine formula. */
const earthRadiusKm = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Great-circle distance between two points in km (haversine formula); accurate to well under 0.5 % at county
 * scale, which is all a "within 5 km" filter needs.
 *
 * @example
 * distanceKm({ lat: 51.617, lon: 7.2 }, { lat: 51.65, lon: 7.083 }); // Recklinghausen → Marl, about 8.9
 */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}
