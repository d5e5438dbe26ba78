import type { Dataset } from '../dataset.js';
import type { Offer } from '../offer.js';
import type { CountyProfile } from '../profile.js';
import { publicContacts } from '../public-contact.js';
import {
  commonProperties,
  courseDocument,
  eventDocument,
  serviceDocument,
  type DocumentParts,
} from './documents.js';
import { placeOf, providerOf } from './parts.js';

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

/** `Event` for dated events, `Course` for courses, `Service` for everything else. */
function typeOf(offer: Offer): OfferJsonLd['@type'] {
  const dated = offer.schedule.sessions.length > 0 || offer.validFrom !== undefined;
  if (offer.kind === 'event' && dated) return 'Event';
  if (offer.kind === 'course') return 'Course';
  return 'Service';
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
  const contacts = publicContacts(
    offer.contactIds,
    new Map(dataset.contacts.map((contact) => [contact.id, contact])),
  );
  const provider = providerOf(
    dataset.actors.find((actor) => actor.id === offer.providerId),
    contacts,
    language,
  );
  const parts: DocumentParts = {
    offer,
    language,
    provider,
    places: offer.locations.map((location) => placeOf(location, offer)),
    common: commonProperties(offer, language, profile, options.offerUrl?.(offer)),
  };
  const type = typeOf(offer);
  if (type === 'Event') return eventDocument(parts) as OfferJsonLd;
  if (type === 'Course') return courseDocument(parts) as OfferJsonLd;
  return serviceDocument(parts, profile) as OfferJsonLd;
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
