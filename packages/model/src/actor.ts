import * as z from 'zod';
import {
  agsSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  localizedStringSchema,
} from './common.js';
import { patterns } from './patterns.js';

/** An actor: a provider of offers (Träger/Anbieter), an office, a club or an initiative. */
export const actorSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** Kind from the profile's `actorKinds` taxonomy. */
  kind: z.string().min(1),
  /** Staff-run (hauptamtlich) or volunteer-run (ehrenamtlich). */
  staffing: z.enum(['staff', 'volunteer', 'mixed']),
  description: localizedStringSchema.optional(),
  website: z.url({ protocol: /^https?$/ }).optional(),
  email: z.email().optional(),
  phone: z.string().optional(),
  municipalities: z.array(agsSchema).default([]),
});
/** An actor: provider, office, club or initiative. */
export type Actor = z.infer<typeof actorSchema>;

/** Which fields of a contact may be published; everything else stays internal. */
export const contactVisibilitySchema = z.object({
  name: z.boolean().default(false),
  role: z.boolean().default(true),
  email: z.boolean().default(false),
  phone: z.boolean().default(false),
  languages: z.boolean().default(true),
});
/** Which fields of a contact may be published. */
export type ContactVisibility = z.infer<typeof contactVisibilitySchema>;

/** Consent to publish a contact, with the day it was recorded (GDPR accountability). */
export const publicationConsentSchema = z.object({
  given: z.boolean(),
  /** Day the consent was recorded (or withdrawn). */
  date: isoDateSchema,
  /** Legal basis: consent of a person at a private provider, or the public task of public staff (Art. 6(1)(e) GDPR). */
  basis: z.enum(['consent', 'public-task']).default('consent'),
  recordedBy: z.string().optional(),
});
/** Consent to publish a contact. */
export type PublicationConsent = z.infer<typeof publicationConsentSchema>;

/** A contact person (Ansprechpartner/in), or a role mailbox in place of a person. Personal data. */
export const contactSchema = z.object({
  id: idSchema,
  actorId: idSchema,
  kind: z.enum(['person', 'role-mailbox']),
  name: z.string().min(1).optional(),
  role: localizedStringSchema.optional(),
  email: z.email().optional(),
  phone: z.string().regex(patterns.phone.regex).optional(),
  languages: z.array(z.string()).default([]),
  consent: publicationConsentSchema,
  visibility: contactVisibilitySchema.default({
    name: false,
    role: true,
    email: false,
    phone: false,
    languages: true,
  }),
  updatedAt: isoDateTimeSchema.optional(),
});
/** A contact person or role mailbox. Personal data: publish only what `visibility` and `consent` allow. */
export type Contact = z.infer<typeof contactSchema>;
