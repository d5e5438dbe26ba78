/**
 * schema.org JSON-LD for offers: `Service`, `Course` or `Event` with provider, area, audience, languages,
 * places (address and coordinates), opening hours and published contact points.
 * @packageDocumentation
 */
export {
  datasetJsonLd,
  offerJsonLd,
  serializeJsonLd,
  type JsonLdOptions,
  type OfferJsonLd,
} from './offer.js';
