import * as z from 'zod';
import { patterns } from './patterns.js';

/** Record ids: lower-case letters, digits and hyphens, so they are safe in URLs and file names. */
export const idSchema = z.string().regex(patterns.id.regex, {
  // Zod keeps one message per rule, and a rule's own message wins over any locale: so it is in both languages.
  // describeIssues words it per language from `patterns.id.expected` instead.
  error: `erwartet ${patterns.id.expected.de} / expected ${patterns.id.expected.en}`,
});

/** A language code as in BCP 47 (`de`, `en`, `ar`, `uk`, `fa`, `tr`, `ru`). */
export const languageCodeSchema = z.string().regex(patterns.languageCode.regex);
/** A language code as in BCP 47. */
export type LanguageCode = z.infer<typeof languageCodeSchema>;

/** Amtlicher Gemeindeschlüssel: the official 8-digit municipality key (Land 2, Regierungsbezirk 1, Kreis 2, Gemeinde 3). */
export const agsSchema = z.string().regex(patterns.ags.regex);
/** Amtlicher Gemeindeschlüssel, 8 digits. */
export type Ags = z.infer<typeof agsSchema>;

/** A calendar day, `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();
/** A point in time with offset, `2026-11-25T17:00:00Z`. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** A short text in several languages, keyed by language code; it must include the profile's default language. */
export const localizedStringSchema = z.record(languageCodeSchema, z.string().trim().min(1));
/** A short text in several languages, keyed by language code. */
export type LocalizedString = z.infer<typeof localizedStringSchema>;

/** WGS 84 coordinates. */
export const geoPointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
/** WGS 84 coordinates in degrees. */
export type GeoPoint = z.infer<typeof geoPointSchema>;

/** A term of a taxonomy in a county profile (target groups, actor kinds, places, funding sources). */
export const taxonomyTermSchema = z.object({
  id: idSchema,
  label: localizedStringSchema,
  description: localizedStringSchema.optional(),
});
/** A term of a taxonomy in a county profile. */
export type TaxonomyTerm = z.infer<typeof taxonomyTermSchema>;
