import * as z from 'zod';
import { agsSchema, geoPointSchema, idSchema, localizedStringSchema } from './common.js';
import { patterns } from './patterns.js';

/** A postal address in Germany (or, with `country`, elsewhere). */
export const postalAddressSchema = z.object({
  street: z.string().min(1),
  postalCode: z.string().regex(patterns.postalCode.regex),
  locality: z.string().min(1),
  country: z.string().length(2).default('DE'),
});
/** A postal address. */
export type PostalAddress = z.infer<typeof postalAddressSchema>;

/** Whether a place is step-free; `unknown` is an honest answer, not a missing one. */
export const accessibilitySchema = z.object({
  wheelchair: z.enum(['yes', 'no', 'unknown']).default('unknown'),
  details: localizedStringSchema.optional(),
});
/** Whether a place is step-free, with details. */
export type Accessibility = z.infer<typeof accessibilitySchema>;

/** A place where an offer happens. */
export const locationSchema = z.object({
  id: idSchema,
  name: z.string().min(1).optional(),
  /** The municipality the place lies in. */
  municipality: agsSchema,
  address: postalAddressSchema.optional(),
  geo: geoPointSchema.optional(),
  /** Place kind from the profile's `places` taxonomy (Stadtteilzentrum, Schule, …). */
  placeKind: z.string().optional(),
  accessibility: accessibilitySchema.default({ wheelchair: 'unknown' }),
});
/** A place where an offer happens. */
export type Location = z.infer<typeof locationSchema>;
