/**
 * HSDS 3.0 (Open Referral Human Services Data Specification) export and import for vielfalt datasets.
 * See docs/interop.md for the field mapping and our taxonomies.
 * @packageDocumentation
 */
export { exportHsds, type HsdsExport, type HsdsExportOptions } from './export.js';
export {
  importHsds,
  type HsdsImportOptions,
  type HsdsImportReport,
  type HsdsImportResult,
} from './import.js';
export type { ImportFallbacks, ImportNote } from './import-context.js';
export type { UnmappedField } from './unmapped.js';
// The consent filter lives in the model core; re-exported here for pages that still import it from `/hsds`.
export { publicContact, publicContacts, type PublicContact } from '../public-contact.js';
export { HsdsInputError } from './collect.js';
export { hsdsId, uuidV5, VIELFALT_UUID_NAMESPACE } from './uuid.js';
export {
  vielfaltDataTerms,
  vielfaltTaxonomies,
  type VielfaltDataTerm,
  type VielfaltTaxonomy,
} from './vocabulary.js';
export * from './schema.js';
