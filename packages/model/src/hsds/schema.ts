import * as z from 'zod';

/**
 * The HSDS 3.0 records we read and write, as zod schemas: exactly the part of Open Referral's JSON
 * Schemas (`schema/*.json`) that our mapping touches. Anything else in an imported record is reported as
 * unmapped, by comparing it with these shapes, so a field listed here must be one the mapping uses.
 * Every field is optional except what HSDS requires, because foreign directories fill different subsets.
 */

const text = z.string();
const id = z.string().min(1);

/** The HSDS 3.0 `taxonomy` record, as far as our mapping reads and writes it. */
export const hsdsTaxonomySchema = z.object({
  id,
  name: text,
  description: text,
  uri: text.optional(),
  version: text.optional(),
});
/** An HSDS 3.0 `taxonomy` record. */
export type HsdsTaxonomy = z.infer<typeof hsdsTaxonomySchema>;

/** The HSDS 3.0 `taxonomy_term` record, as far as our mapping reads and writes it. */
export const hsdsTaxonomyTermSchema = z.object({
  id,
  code: text.optional(),
  name: text,
  description: text,
  taxonomy: text.optional(),
  taxonomy_id: id.optional(),
});
/** An HSDS 3.0 `taxonomy_term` record. */
export type HsdsTaxonomyTerm = z.infer<typeof hsdsTaxonomyTermSchema>;

/** The HSDS 3.0 `attribute` record, as far as our mapping reads and writes it. */
export const hsdsAttributeSchema = z.object({
  id,
  link_id: id.optional(),
  taxonomy_term_id: id.optional(),
  link_type: text.optional(),
  link_entity: text.optional(),
  value: text.optional(),
  taxonomy_term: hsdsTaxonomyTermSchema.optional(),
});
/** An HSDS 3.0 `attribute` record. */
export type HsdsAttribute = z.infer<typeof hsdsAttributeSchema>;

const attributes = z.array(hsdsAttributeSchema).optional();

/** The HSDS 3.0 `language` record, as far as our mapping reads and writes it. */
export const hsdsLanguageSchema = z.object({
  id,
  service_id: id.optional(),
  location_id: id.optional(),
  name: text.optional(),
  code: text.optional(),
  attributes,
});
/** An HSDS 3.0 `language` record. */
export type HsdsLanguage = z.infer<typeof hsdsLanguageSchema>;

/** The HSDS 3.0 `phone` record, as far as our mapping reads and writes it. */
export const hsdsPhoneSchema = z.object({
  id,
  location_id: id.optional(),
  service_id: id.optional(),
  organization_id: id.optional(),
  contact_id: id.optional(),
  service_at_location_id: id.optional(),
  number: text,
  attributes,
});
/** An HSDS 3.0 `phone` record. */
export type HsdsPhone = z.infer<typeof hsdsPhoneSchema>;

/** The HSDS 3.0 `contact` record, as far as our mapping reads and writes it. */
export const hsdsContactSchema = z.object({
  id,
  organization_id: id.optional(),
  service_id: id.optional(),
  name: text.optional(),
  title: text.optional(),
  email: text.optional(),
  phones: z.array(hsdsPhoneSchema).optional(),
  attributes,
});
/** An HSDS 3.0 `contact` record. */
export type HsdsContact = z.infer<typeof hsdsContactSchema>;

/** The HSDS 3.0 `schedule` record, as far as our mapping reads and writes it. */
export const hsdsScheduleSchema = z.object({
  id,
  service_id: id.optional(),
  location_id: id.optional(),
  service_at_location_id: id.optional(),
  valid_from: text.optional(),
  valid_to: text.optional(),
  dtstart: text.optional(),
  count: z.number().optional(),
  wkst: z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']).optional(),
  freq: z.enum(['WEEKLY', 'MONTHLY']).optional(),
  interval: z.number().optional(),
  byday: text.optional(),
  description: text.optional(),
  opens_at: text.optional(),
  closes_at: text.optional(),
  notes: text.optional(),
  attributes,
});
/** An HSDS 3.0 `schedule` record. */
export type HsdsSchedule = z.infer<typeof hsdsScheduleSchema>;

/** The HSDS 3.0 `address` record, as far as our mapping reads and writes it. */
export const hsdsAddressSchema = z.object({
  id,
  location_id: id.optional(),
  address_1: text,
  city: text,
  region: text.optional(),
  state_province: text,
  postal_code: text,
  country: text,
  address_type: z.enum(['physical', 'postal', 'virtual']),
  attributes,
});
/** An HSDS 3.0 `address` record. */
export type HsdsAddress = z.infer<typeof hsdsAddressSchema>;

/** The HSDS 3.0 `accessibility` record, as far as our mapping reads and writes it. */
export const hsdsAccessibilitySchema = z.object({
  id,
  location_id: id.optional(),
  description: text.optional(),
  details: text.optional(),
  attributes,
});
/** An HSDS 3.0 `accessibility` record. */
export type HsdsAccessibility = z.infer<typeof hsdsAccessibilitySchema>;

/** The HSDS 3.0 `location` record, as far as our mapping reads and writes it. */
export const hsdsLocationSchema = z.object({
  id,
  location_type: z.enum(['physical', 'postal', 'virtual']),
  name: text.optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  addresses: z.array(hsdsAddressSchema).optional(),
  accessibility: z.array(hsdsAccessibilitySchema).optional(),
  attributes,
});
/** An HSDS 3.0 `location` record. */
export type HsdsLocation = z.infer<typeof hsdsLocationSchema>;

/** The HSDS 3.0 `service_area` record, as far as our mapping reads and writes it. */
export const hsdsServiceAreaSchema = z.object({
  id,
  service_id: id.optional(),
  name: text.optional(),
  extent: text.optional(),
  extent_type: text.optional(),
  attributes,
});
/** An HSDS 3.0 `service_area` record. */
export type HsdsServiceArea = z.infer<typeof hsdsServiceAreaSchema>;

/** The HSDS 3.0 `cost_option` record, as far as our mapping reads and writes it. */
export const hsdsCostOptionSchema = z.object({
  id,
  service_id: id.optional(),
  option: text.optional(),
  currency: text.optional(),
  amount: z.number().optional(),
  amount_description: text.optional(),
  attributes,
});
/** An HSDS 3.0 `cost_option` record. */
export type HsdsCostOption = z.infer<typeof hsdsCostOptionSchema>;

/** The HSDS 3.0 `required_document` record, as far as our mapping reads and writes it. */
export const hsdsRequiredDocumentSchema = z.object({
  id,
  service_id: id.optional(),
  document: text.optional(),
  attributes,
});
/** An HSDS 3.0 `required_document` record. */
export type HsdsRequiredDocument = z.infer<typeof hsdsRequiredDocumentSchema>;

/** The HSDS 3.0 `service_at_location` record, as far as our mapping reads and writes it. */
export const hsdsServiceAtLocationSchema = z.object({
  id,
  service_id: id.optional(),
  location_id: id.optional(),
  contacts: z.array(hsdsContactSchema).optional(),
  location: hsdsLocationSchema.optional(),
  attributes,
});
/** An HSDS 3.0 `service_at_location` record. */
export type HsdsServiceAtLocation = z.infer<typeof hsdsServiceAtLocationSchema>;

/** The HSDS 3.0 `organization` record, as far as our mapping reads and writes it. */
export const hsdsOrganizationSchema = z.object({
  id,
  name: text,
  description: text,
  email: text.optional(),
  website: text.optional(),
  contacts: z.array(hsdsContactSchema).optional(),
  phones: z.array(hsdsPhoneSchema).optional(),
  attributes,
});
/** An HSDS 3.0 `organization` record. */
export type HsdsOrganization = z.infer<typeof hsdsOrganizationSchema>;

/** The status of an HSDS service. */
export const hsdsServiceStatusSchema = z.enum([
  'active',
  'inactive',
  'defunct',
  'temporarily closed',
]);

/** The HSDS 3.0 `service` record, as far as our mapping reads and writes it. */
export const hsdsServiceSchema = z.object({
  id,
  organization_id: id.optional(),
  name: text,
  description: text.optional(),
  url: text.optional(),
  status: hsdsServiceStatusSchema,
  application_process: text.optional(),
  fees_description: text.optional(),
  assured_date: text.optional(),
  last_modified: text.optional(),
  schedules: z.array(hsdsScheduleSchema).optional(),
  service_areas: z.array(hsdsServiceAreaSchema).optional(),
  service_at_locations: z.array(hsdsServiceAtLocationSchema).optional(),
  languages: z.array(hsdsLanguageSchema).optional(),
  organization: hsdsOrganizationSchema.optional(),
  cost_options: z.array(hsdsCostOptionSchema).optional(),
  required_documents: z.array(hsdsRequiredDocumentSchema).optional(),
  contacts: z.array(hsdsContactSchema).optional(),
  attributes,
});
/** An HSDS 3.0 `service` record. */
export type HsdsService = z.infer<typeof hsdsServiceSchema>;

/** One page of the HSDS API (`components.schemas.Page` in `openapi.json`). */
export const hsdsPageSchema = z.object({
  total_items: z.number().optional(),
  total_pages: z.number().optional(),
  page_number: z.number().optional(),
  size: z.number().optional(),
  first_page: z.boolean().optional(),
  last_page: z.boolean().optional(),
  empty: z.boolean().optional(),
  contents: z.array(z.unknown()),
});
