import type {
  Course,
  CourseInstance,
  Event,
  Offer as SchemaOffer,
  Organization,
  Place,
  Service,
  ServiceChannel,
  WithContext,
} from 'schema-dts';
import type { Offer, OfferKind } from '../offer.js';
import type { CountyProfile } from '../profile.js';
import { areaServedOf, audienceOf, openingHoursOf, pick, repeatingSchedulesOf } from './parts.js';

/**
 * The documents are built without a declared return type and checked with `satisfies`, so their inferred
 * types keep every property name: `documents.types.test.ts` compares those names with schema-dts, which
 * catches a property the type does not have (spreads escape TypeScript's excess-property check).
 */

const kindLabels: Record<OfferKind, string> = {
  course: 'Kurs',
  counselling: 'Beratung',
  sport: 'Sport',
  childcare: 'Kinderbetreuung',
  work: 'Arbeit',
  meeting: 'Treffen',
  event: 'Veranstaltung',
  other: 'Angebot',
};

const courseModes = { 'on-site': 'onsite', online: 'online', hybrid: 'blended' } as const;
const attendanceModes = {
  'on-site': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** The cost as a schema.org `Offer`: the price in euro where known, the cost note as its description. */
function priceOf(offer: Offer, language: string): SchemaOffer | undefined {
  const { cost } = offer;
  const price = cost.amountEur ?? (cost.kind === 'free' ? 0 : undefined);
  const note = pick(cost.note, language);
  if (price === undefined && !note) return undefined;
  return {
    '@type': 'Offer',
    ...(price !== undefined && { price, priceCurrency: 'EUR' }),
    ...(note && { description: note }),
  };
}

/** Properties of `Thing` every document type has; the provider is not one of them (`Event` calls it `organizer`). */
export function commonProperties(
  offer: Offer,
  language: string,
  profile: CountyProfile | undefined,
  url: string | undefined,
) {
  const texts = offer.texts[language] ?? Object.values(offer.texts)[0];
  const audience = audienceOf(offer, profile, language);
  const price = priceOf(offer, language);
  return {
    ...(url && { '@id': url, url }),
    name: texts?.title ?? offer.id,
    description: texts?.description ?? texts?.summary ?? '',
    ...(audience.length > 0 && { audience }),
    ...(price && { offers: price }),
  };
}

/** What each document builder needs. */
export interface DocumentParts {
  offer: Offer;
  language: string;
  provider: Organization | undefined;
  places: Place[];
  common: ReturnType<typeof commonProperties>;
}

/** A dated event; its provider is the `organizer`, since `Event` has no `provider`. */
export function eventDocument({ offer, provider, places, common }: DocumentParts) {
  const [first] = offer.schedule.sessions;
  const endDate = first?.end ?? offer.validUntil;
  const schedules = repeatingSchedulesOf(offer.schedule);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    ...common,
    ...(provider && { organizer: provider }),
    startDate: first?.start ?? offer.validFrom ?? '',
    ...(endDate && { endDate }),
    ...(places.length > 0 && { location: places }),
    ...(schedules.length > 0 && { eventSchedule: schedules }),
    eventAttendanceMode: attendanceModes[offer.format],
    inLanguage: offer.languages,
    isAccessibleForFree: offer.cost.kind === 'free',
    ...(offer.tags.length > 0 && { keywords: offer.tags.join(', ') }),
  } satisfies WithContext<Event>;
}

/** A course with one instance per place (or one without a place). */
export function courseDocument({ offer, language, provider, places, common }: DocumentParts) {
  const instance = (place: Place | undefined): CourseInstance => ({
    '@type': 'CourseInstance',
    courseMode: courseModes[offer.format],
    ...(place && { location: place }),
    courseSchedule: repeatingSchedulesOf(offer.schedule),
    inLanguage: offer.languages,
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    ...common,
    ...(provider && { provider }),
    hasCourseInstance: places.length > 0 ? places.map(instance) : [instance(undefined)],
    availableLanguage: offer.languages,
    inLanguage: language,
    isAccessibleForFree: offer.cost.kind === 'free',
    ...(offer.tags.length > 0 && { keywords: offer.tags.join(', ') }),
  } satisfies WithContext<Course>;
}

/** Any other offer: a service with one channel per place (or one without a place). */
export function serviceDocument(
  { offer, provider, places, common }: DocumentParts,
  profile: CountyProfile | undefined,
) {
  const channels: ServiceChannel[] = (places.length > 0 ? places : [undefined]).map((place) => ({
    '@type': 'ServiceChannel',
    ...(place && { serviceLocation: place }),
    availableLanguage: offer.languages,
    ...(offer.registration.url && { serviceUrl: offer.registration.url }),
  }));
  const hours = openingHoursOf(offer.schedule);
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    ...common,
    ...(provider && { provider }),
    serviceType: kindLabels[offer.kind],
    areaServed: areaServedOf(offer, profile),
    availableChannel: channels,
    ...(hours.length > 0 && { hoursAvailable: hours }),
  } satisfies WithContext<Service>;
}
