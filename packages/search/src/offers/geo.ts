import type { CountyProfile, GeoPoint, Offer } from '@vielfalt/model';
import { distanceKm } from '@vielfalt/model/helpers';
import type { OfferQuery } from './query.js';

/**
 * The places of an offer for distance: its locations' coordinates, else the centres of the municipalities it
 * serves. A county-wide offer without located places has none and is left out of radius filters.
 */
export function offerPoints(offer: Offer, profile: CountyProfile): GeoPoint[] {
  // Loading a feed computes this for every offer: plain loops, no arrays per location.
  const located: GeoPoint[] = [];
  for (const l of offer.locations) if (l.geo) located.push(l.geo);
  if (located.length > 0 || offer.area.kind === 'county') return located;
  // A county has a few dozen municipalities: finding each is cheaper than a map per offer.
  for (const ags of offer.area.ags) {
    const centre = profile.municipalities.find((m) => m.ags === ags)?.centre;
    if (centre) located.push(centre);
  }
  return located;
}

/** Where the query measures from, or undefined when it names no place; throws for an unknown municipality. */
export function origin(query: OfferQuery, profile: CountyProfile): GeoPoint | undefined {
  const near = query.near;
  if (!near) return undefined;
  if ('lat' in near) return near;
  const municipality = profile.municipalities.find((m) => m.ags === near.municipality);
  if (!municipality) {
    throw new RangeError(
      `near.municipality: unbekannter Gemeindeschlüssel „${near.municipality}“ / unknown municipality key "${near.municipality}" in profile ${profile.id}`,
    );
  }
  return municipality.centre;
}

/** Distance in km from a point to the nearest place of an offer, or undefined when it has none. */
export function nearestKm(from: GeoPoint, points: readonly GeoPoint[]): number | undefined {
  let best: number | undefined;
  for (const point of points) {
    const d = distanceKm(from, point);
    if (best === undefined || d < best) best = d;
  }
  return best;
}

/**
 * A test whether a point lies in the latitude/longitude box around `from` that holds every point within
 * `radiusKm` (a little larger, so nothing inside the radius is lost): a cheap first check before the distance.
 */
export function radiusBox(from: GeoPoint, radiusKm: number): (point: GeoPoint) => boolean {
  const KM_PER_DEGREE = 111; // a meridian degree is 110.6–111.7 km: 111 errs on the large side by < 0.4 %
  const dLat = (radiusKm / KM_PER_DEGREE) * 1.01;
  const cos = Math.cos(((Math.abs(from.lat) + dLat) * Math.PI) / 180);
  const dLon = cos > 1e-6 ? Math.min(180, dLat / cos) : 180;
  return (point) => {
    const lon = Math.abs(point.lon - from.lon);
    return Math.abs(point.lat - from.lat) <= dLat && Math.min(lon, 360 - lon) <= dLon;
  };
}
