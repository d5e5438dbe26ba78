import * as z from 'zod';
import { offerSchema } from '@vielfalt/model';
import { refusals } from '../http/problem.js';
import { route } from '../http/route.js';
import { monthsBefore } from '../reminders/reminders.js';
import {
  auditEntrySchema,
  errorReportSchema,
  offerRecordSchema,
  type OfferRecord,
} from '../store/records.js';
import { acting, signedIn } from './access.js';
import { diffValues, offerChangeSchema } from './diff.js';
import { idParamsSchema } from './schemas.js';

const reviewItemSchema = z.object({
  record: offerRecordSchema,
  changes: z.array(offerChangeSchema),
});

/** What changed between the version online (or nothing, for a new offer) and the one waiting. */
function reviewItem(record: OfferRecord) {
  return {
    record,
    changes: diffValues(record.published ?? {}, record.latest, [
      'status',
      'history',
      'updatedAt',
      'lastReviewedAt',
    ]),
  };
}

/** County staff: review queue, decisions, reports, freshness and the audit log. */
export const reviewRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/review/queue',
    access: 'moderator',
    tag: 'moderators',
    summary:
      'Offers waiting for review, oldest first, each with its changes against the last approved version',
    response: z.array(reviewItemSchema),
    async handler({ server }) {
      return { body: (await server.store.reviewQueue()).map(reviewItem) };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/review/offers/{id}',
    access: 'moderator',
    tag: 'moderators',
    summary: 'One offer with its changes against the last approved version',
    params: idParamsSchema,
    response: reviewItemSchema,
    async handler({ params, server }) {
      const record = await server.store.getOffer(params.id);
      if (!record)
        throw refusals.notFound({
          de: `Angebot „${params.id}“ gibt es nicht.`,
          en: `Offer "${params.id}" does not exist.`,
        });
      return { body: reviewItem(record) };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/review/offers/{id}/approve',
    access: 'moderator',
    tag: 'moderators',
    summary: 'Approve the waiting version: it replaces the published one',
    params: idParamsSchema,
    body: z.object({ version: z.number().int().positive() }),
    response: offerRecordSchema,
    async handler({ params, body, user, server }) {
      return {
        body: await server.store.approveOffer(params.id, body.version, acting(signedIn(user))),
      };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/review/offers/{id}/reject',
    access: 'moderator',
    tag: 'moderators',
    summary:
      'Reject the waiting version with a reason for the provider; the published version stays online',
    params: idParamsSchema,
    body: z.object({
      version: z.number().int().positive(),
      reason: z.string().trim().min(3).max(2000),
    }),
    response: offerRecordSchema,
    async handler({ params, body, user, server }) {
      return {
        body: await server.store.rejectOffer(
          params.id,
          body.version,
          body.reason,
          acting(signedIn(user)),
        ),
      };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/review/reports',
    access: 'signed-in',
    tag: 'moderators',
    summary:
      "Error reports from the public: all for moderators, the own organisation's for providers",
    query: z.object({ open: z.enum(['true', 'false']).default('true') }),
    response: z.array(errorReportSchema),
    async handler({ query, user, server }) {
      const me = signedIn(user);
      const filter = {
        open: query.open === 'true',
        ...(me.role === 'provider' ? { providerId: me.actorId ?? '-' } : {}),
      };
      return { body: await server.store.listReports(filter) };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/review/reports/{id}/resolve',
    access: 'moderator',
    tag: 'moderators',
    summary: 'Mark an error report as dealt with',
    params: z.object({ id: z.uuid() }),
    response: errorReportSchema,
    async handler({ params, user, server }) {
      const report = await server.store.resolveReport(params.id, acting(signedIn(user)));
      if (!report)
        throw refusals.notFound({
          de: `Meldung „${params.id}“ gibt es nicht.`,
          en: `Report "${params.id}" does not exist.`,
        });
      return { body: report };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/review/freshness',
    access: 'moderator',
    tag: 'moderators',
    summary: 'Published offers not reviewed or confirmed for N months (default 12)',
    query: z.object({ months: z.coerce.number().int().min(1).max(60).default(12) }),
    response: z.object({
      before: z.string(),
      offers: z.array(
        offerSchema.pick({ id: true, providerId: true, lastReviewedAt: true, texts: true }),
      ),
    }),
    async handler({ query, server }) {
      const before = monthsBefore(new Date(), query.months);
      const stale = await server.store.staleOffers(before);
      return {
        body: {
          before,
          offers: stale.map((r) => ({
            id: r.id,
            providerId: r.providerId,
            texts: r.latest.texts,
            ...(r.lastReviewedAt ? { lastReviewedAt: r.lastReviewedAt } : {}),
          })),
        },
      };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/review/audit',
    access: 'moderator',
    tag: 'moderators',
    summary: 'Audit log: who changed what when, newest first',
    query: z.object({
      limit: z.coerce.number().int().min(1).max(500).default(100),
      before: z.coerce.number().int().positive().optional(),
      target: z.string().max(100).optional(),
    }),
    response: z.array(auditEntrySchema),
    async handler({ query, server }) {
      return {
        body: await server.store.auditLog({
          limit: query.limit,
          ...(query.before ? { before: query.before } : {}),
          ...(query.target ? { targetId: query.target } : {}),
        }),
      };
    },
  }),
];
