import type {
  Course,
  CourseInstance,
  Event,
  Offer as SchemaOffer,
  Service,
  ServiceChannel,
  WithContext,
} from 'schema-dts';
import type { Dataset } from '../dataset.js';
import type { Offer, OfferKind } from '../offer.js';
import type { CountyProfile } from '../profile.js';
import { publicContacts } from '../public-contact.js';
import {
  areaServedOf,
  audienceOf,
  openingHoursOf,
  pick,
  placeOf,
  providerOf,
  repeatingSchedulesOf,
} from './parts.js';

/**
 * A schema.org JSON-LD document of one offer (`Service`, `Course` or `Event`). Built with `schema-dts`
 * types, so property names are checked at compile time; exposed as plain JSON so users need no extra types.
 */
export type OfferJsonLd = {
  '@context': 'https://schema.org';
  '@type': 'Service' | 'Course' | 'Event';
} & Record<string, unknown>;

/** Options of {@link offerJsonLd}. */
export interface JsonLdOptions {
  /** Names areas and target groups and gives the language (default `de`). */
  profile?: CountyProfile;
  /** Language of the texts; default the profile's default language, else `de`. */
  language?: string;
  /** The public address of an offer's detail page, used as `url` and `@id`. */
  offerUrl?: (offer: Offer) => string | undefined;
}

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

/** `Event` for dated events, `Course` for courses, `Service` for everything else. */
function typeOf(offer: Offer): OfferJsonLd['@type'] {
  const dated = offer.schedule.sessions.length > 0 || offer.validFrom !== undefined;
  if (offer.kind === 'event' && dated) return 'Event';
  if (offer.kind === 'course') return 'Course';
  return 'Service';
}

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

/**
 * The schema.org JSON-LD of an offer, for one `<script type="application/ld+json">` per detail page
 * (serialise it with {@link serializeJsonLd}). Contacts appear only with consent and only with their
 * visible fields.
 */
export function offerJsonLd(
  offer: Offer,
  dataset: Pick<Dataset, 'actors' | 'contacts'>,
  options: JsonLdOptions = {},
): OfferJsonLd {
  const { profile } = options;
  const language = options.language ?? profile?.defaultLanguage ?? 'de';
  const texts = offer.texts[language] ?? Object.values(offer.texts)[0];
  const contacts = publicContacts(
    offer.contactIds,
    new Map(dataset.contacts.map((contact) => [contact.id, contact])),
  );
  const provider = providerOf(
    dataset.actors.find((actor) => actor.id === offer.providerId),
    contacts,
    language,
  );
  const places = offer.locations.map((location) => placeOf(location, offer));
  const url = options.offerUrl?.(offer);
  const price = priceOf(offer, language);
  const audience = audienceOf(offer, profile, language);
  const common = {
    ...(url && { '@id': url, url }),
    name: texts?.title ?? offer.id,
    description: texts?.description ?? texts?.summary ?? '',
    ...(provider && { provider }),
    ...(audience.length > 0 && { audience }),
    ...(price && { offers: price }),
  };
  const type = typeOf(offer);
  if (type === 'Event') {
    const [first] = offer.schedule.sessions;
    const endDate = first?.end ?? offer.validUntil;
    const schedules = repeatingSchedulesOf(offer.schedule);
    const event: WithContext<Event> = {
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
    };
    return event as OfferJsonLd;
  }
  if (type === 'Course') {
    const instance = (place: (typeof places)[number] | undefined): CourseInstance => ({
      '@type': 'CourseInstance',
      courseMode: courseModes[offer.format],
      ...(place && { location: place }),
      courseSchedule: repeatingSchedulesOf(offer.schedule),
      inLanguage: offer.languages,
    });
    const course: WithContext<Course> = {
      '@context': 'https://schema.org',
      '@type': 'Course',
      ...common,
      hasCourseInstance: places.length > 0 ? places.map(instance) : [instance(undefined)],
      availableLanguage: offer.languages,
      inLanguage: language,
      isAccessibleForFree: offer.cost.kind === 'free',
      ...(offer.tags.length > 0 && { keywords: offer.tags.join(', ') }),
    };
    return course as OfferJsonLd;
  }
  const channels: ServiceChannel[] = (places.length > 0 ? places : [undefined]).map((place) => ({
    '@type': 'ServiceChannel',
    ...(place && { serviceLocation: place }),
    availableLanguage: offer.languages,
    ...(offer.registration.url && { serviceUrl: offer.registration.url }),
  }));
  const hours = openingHoursOf(offer.schedule);
  const service: WithContext<Service> = {
    '@context': 'https://schema.org',
    '@type': 'Service',
    ...common,
    serviceType: kindLabels[offer.kind],
    areaServed: areaServedOf(offer, profile),
    availableChannel: channels,
    ...(hours.length > 0 && { hoursAvailable: hours }),
  };
  return service as OfferJsonLd;
}

/** JSON-LD of every published offer of a dataset (or those with the given statuses). */
export function datasetJsonLd(
  dataset: Dataset,
  options: JsonLdOptions & { statuses?: readonly Offer['status'][] } = {},
): OfferJsonLd[] {
  const statuses = new Set(options.statuses ?? ['published']);
  return dataset.offers
    .filter((offer) => statuses.has(offer.status))
    .map((offer) => offerJsonLd(offer, dataset, options));
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` element: `<` is escaped as `\u003c`,
 * so an offer text containing `</script>` cannot end the script and inject markup.
 */
export function serializeJsonLd(document: OfferJsonLd | OfferJsonLd[]): string {
  return JSON.stringify(document).replace(/</g, '\\u003c');
}
