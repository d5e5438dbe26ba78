import { z } from 'zod';
import {
  agsSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  languageCodeSchema,
  localizedStringSchema,
} from './common.js';
import { locationSchema } from './location.js';
import { scheduleSchema } from './schedule.js';

export const translationStatusSchema = z.enum(['original', 'machine', 'human-checked']);

/** The texts of an offer in one language, with how the translation came about. */
export const offerTextsSchema = z.object({
  title: z.string().trim().min(3).max(160),
  summary: z.string().trim().min(1).max(500),
  description: z.string().trim().max(10_000).optional(),
  status: translationStatusSchema,
});
export type OfferTexts = z.infer<typeof offerTextsSchema>;

/** "Einfache Sprache": a plain German version; not certified Leichte Sprache. */
export const easyLanguageTextsSchema = z.object({
  title: z.string().trim().min(3).max(160),
  summary: z.string().trim().min(1).max(500),
  description: z.string().trim().max(10_000).optional(),
});

export const offerKindSchema = z.enum([
  'course',
  'counselling',
  'sport',
  'childcare',
  'work',
  'meeting',
  'event',
  'other',
]);
export type OfferKind = z.infer<typeof offerKindSchema>;

export const offerStatusSchema = z.enum(['draft', 'submitted', 'published', 'archived', 'rejected']);
export type OfferStatus = z.infer<typeof offerStatusSchema>;

export const statusChangeSchema = z.object({
  status: offerStatusSchema,
  at: isoDateTimeSchema,
  by: z.string().min(1),
  reason: z.string().optional(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const targetGroupRefSchema = z.object({
  id: idSchema,
  minAge: z.number().int().min(0).max(120).optional(),
  maxAge: z.number().int().min(0).max(120).optional(),
});

export const costSchema = z.object({
  kind: z.enum(['free', 'reduced', 'paid']),
  amountEur: z.number().nonnegative().optional(),
  note: localizedStringSchema.optional(),
});

export const registrationSchema = z.object({
  required: z.boolean(),
  howTo: localizedStringSchema.optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  documents: z.array(localizedStringSchema).default([]),
});

/** An integration offer (Angebot): a course, counselling, sport, childcare, work or meeting offer. */
export const offerSchema = z.object({
  id: idSchema,
  kind: offerKindSchema,
  /** Texts per language; must include the profile's default language. */
  texts: z.record(languageCodeSchema, offerTextsSchema),
  easyLanguage: easyLanguageTextsSchema.optional(),
  providerId: idSchema,
  contactIds: z.array(idSchema).default([]),
  /** County-wide, or the municipalities (AGS) it serves. */
  area: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('county') }),
    z.object({ kind: z.literal('municipalities'), ags: z.array(agsSchema).min(1) }),
  ]),
  locations: z.array(locationSchema).default([]),
  fieldsOfAction: z.array(idSchema).min(1),
  targetGroups: z.array(targetGroupRefSchema).default([]),
  /** Languages spoken in the offer (not the languages of its texts). */
  languages: z.array(languageCodeSchema).min(1),
  cost: costSchema,
  format: z.enum(['on-site', 'online', 'hybrid']),
  registration: registrationSchema,
  schedule: scheduleSchema,
  tags: z.array(z.string().trim().min(1).max(60)).default([]),
  status: offerStatusSchema,
  history: z.array(statusChangeSchema).default([]),
  lastReviewedAt: isoDateSchema.optional(),
  validFrom: isoDateSchema.optional(),
  validUntil: isoDateSchema.optional(),
  updatedAt: isoDateTimeSchema.optional(),
});
export type Offer = z.infer<typeof offerSchema>;
export type OfferInput = z.input<typeof offerSchema>;
