import { createHash, randomBytes } from 'node:crypto';
import * as z from 'zod';
import { offerSchema, type Offer } from '@vielfalt/model';
import { ApiError, refusals } from '../http/problem.js';
import { route } from '../http/route.js';
import { offerRecordSchema, offerVersionSchema, type User } from '../store/records.js';
import type { ServerContext } from '../context.js';
import { acting, requireActFor, signedIn } from './access.js';
import { checkOfferAgainstProfile } from './offer-check.js';
import {
  idParamsSchema,
  offerContentSchema,
  pageOf,
  pageQuerySchema,
  saveQuerySchema,
  type OfferContent,
} from './schemas.js';

const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_.:-]{8,100}$/);

/** A readable, unique id from the German title: `deutschkurs-fuer-eltern-3fa2c1`. */
function newOfferId(content: OfferContent): string {
  const title = Object.values(content.texts)[0]?.title ?? 'angebot';
  const slug = title
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'angebot'}-${randomBytes(3).toString('hex')}`;
}

/** The offer a user may touch, or a refusal: 404 when missing, 403 when it is another organisation's. */
async function ownOffer(server: ServerContext, user: User, id: string) {
  const record = await server.store.getOffer(id);
  if (!record)
    throw refusals.notFound({
      de: `Angebot „${id}“ gibt es nicht.`,
      en: `Offer "${id}" does not exist.`,
    });
  requireActFor(user, record.providerId);
  return record;
}

/** Providers may only enter offers for their own organisation, which must exist; the offer must fit the profile. */
async function checkOffer(server: ServerContext, user: User, offer: Offer): Promise<void> {
  requireActFor(user, offer.providerId);
  const provider = await server.store.getActor(offer.providerId);
  if (!provider) {
    throw new ApiError(400, 'unknown-actor', {
      de: `body.providerId: die Organisation „${offer.providerId}“ gibt es nicht.`,
      en: `body.providerId: organisation "${offer.providerId}" does not exist.`,
    });
  }
  checkOfferAgainstProfile(
    server.profile,
    offer,
    provider,
    await server.store.listContacts(offer.providerId),
  );
}

function idempotencyOf(user: User, header: string | string[] | undefined, rawBody: string) {
  if (header === undefined) return undefined;
  const parsed = idempotencyKeySchema.safeParse(header);
  if (!parsed.success) {
    throw new ApiError(400, 'invalid-idempotency-key', {
      de: 'Idempotency-Key: erwartet 8 bis 100 Zeichen aus Buchstaben, Ziffern und _ . : -.',
      en: 'Idempotency-Key: expected 8 to 100 characters of letters, digits and _ . : -.',
    });
  }
  return {
    scope: user.id,
    key: parsed.data,
    requestHash: createHash('sha256').update(rawBody).digest('base64url'),
  };
}

/** Providers keep their organisation's offers; moderators may act for every organisation. */
export const manageOfferRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/manage/offers',
    access: 'signed-in',
    tag: 'providers',
    summary:
      "Offers of the provider's organisation (all offers for moderators), with drafts and review state",
    query: pageQuerySchema.extend({ status: offerSchema.shape.status.optional() }),
    response: pageOf(offerRecordSchema),
    async handler({ query, user, server }) {
      const me = signedIn(user);
      const filter = {
        ...(me.role === 'provider' ? { providerId: me.actorId ?? '-' } : {}),
        ...(query.status ? { status: query.status } : {}),
      };
      const { items, total } = await server.store.listOffers(filter, {
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      return { body: { items, total, page: query.page, pageSize: query.pageSize } };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/manage/offers',
    access: 'signed-in',
    tag: 'providers',
    summary:
      'Enter a new offer (as a draft, or straight to review with ?submit=true); honours Idempotency-Key',
    query: saveQuerySchema,
    body: offerContentSchema,
    response: offerRecordSchema,
    successStatus: 201,
    idempotent: true,
    async handler({ query, body, user, server, request, rawBody }) {
      const me = signedIn(user);
      const offer: Offer = { ...body, id: newOfferId(body), status: 'draft', history: [] };
      await checkOffer(server, me, offer);
      const idempotency = idempotencyOf(me, request.headers['idempotency-key'], rawBody);
      const { record, replayed } = await server.store.saveOffer(offer, acting(me), {
        submit: query.submit === 'true',
        ...(idempotency ? { idempotency } : {}),
      });
      return {
        status: replayed ? 200 : 201,
        body: record,
        headers: { location: `/api/v1/manage/offers/${record.id}` },
      };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/manage/offers/{id}',
    access: 'signed-in',
    tag: 'providers',
    summary: 'One offer with its newest and its published version',
    params: idParamsSchema,
    response: offerRecordSchema,
    async handler({ params, user, server }) {
      return { body: await ownOffer(server, signedIn(user), params.id) };
    },
  }),
  route({
    method: 'PUT',
    path: '/api/v1/manage/offers/{id}',
    access: 'signed-in',
    tag: 'providers',
    summary:
      'Save a new version; a published offer stays online unchanged until the new version is approved',
    params: idParamsSchema,
    query: saveQuerySchema,
    body: offerContentSchema,
    response: offerRecordSchema,
    async handler({ params, query, body, user, server }) {
      const me = signedIn(user);
      await ownOffer(server, me, params.id);
      const offer: Offer = { ...body, id: params.id, status: 'draft', history: [] };
      await checkOffer(server, me, offer);
      return {
        body: (await server.store.saveOffer(offer, acting(me), { submit: query.submit === 'true' }))
          .record,
      };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/manage/offers/{id}/versions',
    access: 'signed-in',
    tag: 'providers',
    summary: 'Every version of an offer, oldest first',
    params: idParamsSchema,
    response: z.array(offerVersionSchema),
    async handler({ params, user, server }) {
      await ownOffer(server, signedIn(user), params.id);
      return { body: await server.store.listOfferVersions(params.id) };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/manage/offers/{id}/submit',
    access: 'signed-in',
    tag: 'providers',
    summary: 'Send the newest draft to review',
    params: idParamsSchema,
    response: offerRecordSchema,
    async handler({ params, user, server }) {
      const me = signedIn(user);
      await ownOffer(server, me, params.id);
      return { body: await server.store.submitOffer(params.id, acting(me)) };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/manage/offers/{id}/confirm',
    access: 'signed-in',
    tag: 'providers',
    summary: 'Confirm that a published offer is still current (resets its freshness)',
    params: idParamsSchema,
    response: offerRecordSchema,
    async handler({ params, user, server }) {
      const me = signedIn(user);
      await ownOffer(server, me, params.id);
      return { body: await server.store.confirmOffer(params.id, acting(me)) };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/manage/offers/{id}/archive',
    access: 'signed-in',
    tag: 'providers',
    summary: 'Take an offer offline for good (it stays in the archive with all versions)',
    params: idParamsSchema,
    body: z.object({ reason: z.string().trim().min(1).max(500).optional() }),
    response: offerRecordSchema,
    async handler({ params, body, user, server }) {
      const me = signedIn(user);
      await ownOffer(server, me, params.id);
      return { body: await server.store.archiveOffer(params.id, body.reason, acting(me)) };
    },
  }),
];
