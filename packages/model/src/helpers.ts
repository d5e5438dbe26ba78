/**
 * `@vielfalt/model/helpers`: the model's functions that need no validator (opening hours, distances, freshness,
 * what of a contact may be published). Browser code imports them from here, so that a page that only reads
 * offers does not load zod and the schemas; the main entry exports the same functions.
 * @packageDocumentation
 */
export { isOpenAt } from './opening-hours.js';
export { distanceKm } from './geo.js';
export { isStale } from './freshness.js';
export { publicContact, publicContacts, type PublicContact } from './public-contact.js';
