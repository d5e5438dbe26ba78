import * as z from 'zod';
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

/** How a text came about: written in that language, machine-translated, or translated and checked by a person. */
export const translationStatusSchema = z.enum(['original', 'machine', 'human-checked']);

/** The texts of an offer in one language, with how the translation came about. */
export const offerTextsSchema = z.object({
  title: z.string().trim().min(3).max(160),
  summary: z.string().trim().min(1).max(500),
  description: z.string().trim().max(10_000).optional(),
  status: translationStatusSchema,
});
/** The texts of an offer in one language. */
export type OfferTexts = z.infer<typeof offerTextsSchema>;

/** "Einfache Sprache": a plain German version; not certified Leichte Sprache. */
export const easyLanguageTextsSchema = z.object({
  title: z.string().trim().min(3).max(160),
  summary: z.string().trim().min(1).max(500),
  description: z.string().trim().max(10_000).optional(),
});
/** "Einfache Sprache" texts of an offer. */
export type EasyLanguageTexts = z.infer<typeof easyLanguageTextsSchema>;

/** What kind of offer it is. */
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
/** What kind of offer it is. */
export type OfferKind = z.infer<typeof offerKindSchema>;

/** Where an offer is in its review lifecycle: draft → submitted → published → archived, or rejected. */
export const offerStatusSchema = z.enum([
  'draft',
  'submitted',
  'published',
  'archived',
  'rejected',
]);
/** Where an offer is in its review lifecycle. */
export type OfferStatus = z.infer<typeof offerStatusSchema>;

/** One step of an offer's lifecycle: the new status, when, by whom and why. */
export const statusChangeSchema = z.object({
  status: offerStatusSchema,
  at: isoDateTimeSchema,
  by: z.string().min(1),
  reason: z.string().optional(),
});
/** One step of an offer's lifecycle. */
export type StatusChange = z.infer<typeof statusChangeSchema>;

/** A target group of the profile's taxonomy, optionally narrowed to an age range (`minAge` ≤ `maxAge`). */
export const targetGroupRefSchema = z.object({
  id: idSchema,
  minAge: z.number().int().min(0).max(120).optional(),
  maxAge: z.number().int().min(0).max(120).optional(),
});
/** A target group of an offer, with age range. */
export type TargetGroupRef = z.infer<typeof targetGroupRefSchema>;

/** What taking part costs. */
export const costSchema = z.object({
  kind: z.enum(['free', 'reduced', 'paid']),
  amountEur: z.number().nonnegative().optional(),
  note: localizedStringSchema.optional(),
});
/** What taking part costs. */
export type Cost = z.infer<typeof costSchema>;

/** Whether and how to register, and which documents to bring. */
export const registrationSchema = z.object({
  required: z.boolean(),
  howTo: localizedStringSchema.optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  documents: z.array(localizedStringSchema).default([]),
});
/** Whether and how to register. */
export type Registration = z.infer<typeof registrationSchema>;

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
/** An integration offer (Angebot). */
export type Offer = z.infer<typeof offerSchema>;
/** What {@link offerSchema} accepts (before defaults are applied). */
export type OfferInput = z.input<typeof offerSchema>;
