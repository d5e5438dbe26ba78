import * as z from 'zod';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  offerSchema,
  offerStatusSchema,
} from '@vielfalt/model';

/** Who may do what: county staff review, providers keep their own organisation's offers. */
export const roleSchema = z.enum(['moderator', 'provider']);
/** A role: `moderator` or `provider`. */
export type Role = z.infer<typeof roleSchema>;

/** An account, without its password hash. */
export const userSchema = z.object({
  id: z.string(),
  email: z.email(),
  role: roleSchema,
  /** The organisation (actor) a provider account belongs to; `null` for moderators. */
  actorId: idSchema.nullable(),
  createdAt: isoDateTimeSchema,
  /** A disabled account cannot sign in and has no sessions. */
  disabled: z.boolean(),
});
/** An account, without its password hash; see {@link userSchema}. */
export type User = z.infer<typeof userSchema>;

/** Where an offer's newest version stands in review, apart from what is published. */
export const reviewStateSchema = z.enum(['none', 'draft', 'submitted', 'rejected']);
/** Where the newest version of an offer stands in review; see {@link reviewStateSchema}. */
export type ReviewState = z.infer<typeof reviewStateSchema>;

/** The state of one stored version of an offer. */
export const versionStateSchema = z.enum([
  'draft',
  'submitted',
  'approved',
  'rejected',
  'superseded',
]);
/** The state of one stored version; see {@link versionStateSchema}. */
export type VersionState = z.infer<typeof versionStateSchema>;

/** One kept version of an offer: every save makes a new one, none is ever overwritten. */
export const offerVersionSchema = z.object({
  offerId: idSchema,
  version: z.number().int().positive(),
  state: versionStateSchema,
  createdAt: isoDateTimeSchema,
  createdBy: z.string(),
  decidedAt: isoDateTimeSchema.nullable(),
  decidedBy: z.string().nullable(),
  reason: z.string().nullable(),
  offer: offerSchema,
});
/** One kept version of an offer; see {@link offerVersionSchema}. */
export type OfferVersion = z.infer<typeof offerVersionSchema>;

/** An offer as providers and moderators see it: the newest version and the one online. */
export const offerRecordSchema = z.object({
  id: idSchema,
  providerId: idSchema,
  status: offerStatusSchema,
  reviewState: reviewStateSchema,
  latestVersion: z.number().int().positive(),
  publishedVersion: z.number().int().positive().nullable(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  publishedAt: isoDateTimeSchema.nullable(),
  lastReviewedAt: isoDateSchema.nullable(),
  latest: offerSchema,
  published: offerSchema.nullable(),
});
/** An offer with its newest and its published version; see {@link offerRecordSchema}. */
export type OfferRecord = z.infer<typeof offerRecordSchema>;

/** A note from the public that something in an offer is wrong. */
export const errorReportSchema = z.object({
  id: z.string(),
  offerId: idSchema,
  providerId: idSchema,
  message: z.string(),
  reporterEmail: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  resolvedAt: isoDateTimeSchema.nullable(),
  resolvedBy: z.string().nullable(),
});
/** A report from the public; see {@link errorReportSchema}. */
export type ErrorReport = z.infer<typeof errorReportSchema>;

/** One line of the audit log: who changed what when. */
export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: isoDateTimeSchema,
  userId: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  detail: z.unknown().nullable(),
});
/** One line of the audit log; see {@link auditEntrySchema}. */
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Kinds of plain documents the store keeps (good practice, strategy, Klimakonferenzen). */
export const documentKindSchema = z.enum(['goodPractice', 'goal', 'actionStep', 'klimakonferenz']);
/** A kind of plain document; see {@link documentKindSchema}. */
export type DocumentKind = z.infer<typeof documentKindSchema>;
