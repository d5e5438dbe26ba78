import { offerKindSchema, weekdaySchema } from '@vielfalt/model';
import * as z from 'zod';
import type { FormDraft } from './form-draft.js';

const slotSchema = z.object({
  day: weekdaySchema,
  opens: z.string(),
  closes: z.string(),
});

/**
 * The saved draft's format as a zod schema, for apps that check drafts themselves; `<vf-offer-form>` reads drafts
 * with `readDraft` (no zod on the page), which a property test holds to exactly this schema.
 * Everything a provider typed into `<vf-offer-form>`, as entered (strings), so a draft can be saved as is. Its
 * limits are never below the model's (title 160, summary 500, description 10 000; street, place and lists
 * unlimited), so every model-valid offer opens in the form; they only keep a corrupt saved draft out.
 */
export const formDraftSchema: z.ZodType<FormDraft, unknown> = z.object({
  textLanguage: z.string().default('de'),
  title: z.string().max(1000).default(''),
  summary: z.string().max(2000).default(''),
  description: z.string().max(20_000).default(''),
  kind: offerKindSchema.default('course'),
  fieldsOfAction: z.array(z.string()).default([]),
  targetGroups: z.array(z.string()).default([]),
  languages: z.string().default('de'),
  cost: z.enum(['free', 'reduced', 'paid']).default('free'),
  format: z.enum(['on-site', 'online', 'hybrid']).default('on-site'),
  registrationRequired: z.boolean().default(false),
  slots: z.array(slotSchema).default([]),
  byAppointment: z.boolean().default(false),
  street: z.string().default(''),
  postalCode: z.string().default(''),
  locality: z.string().default(''),
  municipality: z.string().default(''),
  contactName: z.string().max(200).default(''),
  contactEmail: z.string().max(200).default(''),
  contactPhone: z.string().max(40).default(''),
  consent: z.boolean().default(false),
  publishName: z.boolean().default(false),
  publishEmail: z.boolean().default(false),
  publishPhone: z.boolean().default(false),
});
