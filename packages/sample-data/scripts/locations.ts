import type { LocationInput } from './shapes.js';
import type { Random } from './prng.js';
import type { SampleCity } from './cities.js';
import type { PlaceId } from './vocabulary.js';

/** How far from a city's centre sample places lie; the coverage test allows 5 km. */
export const PLACE_RADIUS_KM = 2.8;

/** A place in `city` with a plausible street address and coordinates near the city's centre. */
export function makeLocation(
  rng: Random,
  city: SampleCity,
  id: string,
  name: string,
  placeKind: PlaceId,
): LocationInput {
  const wheelchair = rng.pick(['yes', 'yes', 'yes', 'no', 'unknown'] as const);
  return {
    id,
    name,
    municipality: city.ags,
    address: {
      street: `${rng.pick(city.streets)} ${rng.int(1, 160)}${rng.chance(0.12) ? rng.pick(['a', 'b']) : ''}`,
      postalCode: rng.pick(city.postalCodes),
      locality: city.name,
      country: 'DE',
    },
    geo: rng.pointNear(city.centre, PLACE_RADIUS_KM),
    placeKind,
    accessibility: {
      wheelchair,
      ...(wheelchair === 'yes'
        ? rng.chance(0.5)
          ? {
              details: {
                de: 'Stufenloser Eingang, barrierefreies WC im Erdgeschoss',
                en: 'Step-free entrance, accessible toilet on the ground floor',
              },
            }
          : {
              details: {
                de: 'Aufzug vorhanden, Eingang über den Hof',
                en: 'Lift available, entrance through the courtyard',
              },
            }
        : wheelchair === 'no'
          ? {
              details: {
                de: 'Räume im 1. Obergeschoss, kein Aufzug',
                en: 'Rooms on the first floor, no lift',
              },
            }
          : {}),
    },
  };
}
