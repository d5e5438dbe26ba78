import * as z from 'zod';
import { offerSchema } from '@vielfalt/model';
import { refusals } from '../http/problem.js';
import { jsonWithList } from '../http/json-bytes.js';
import { route } from '../http/route.js';
import { errorReportSchema } from '../store/records.js';
import { filterOf, idParamsSchema, offerFilterQuerySchema, pageOf } from './schemas.js';
import { currentFeed, feedSchema, feedValidators } from './feed.js';

const offerNotPublished = (id: string) =>
  refusals.notFound({
    de: `Ein veröffentlichtes Angebot „${id}“ gibt es nicht.`,
    en: `There is no published offer "${id}".`,
  });

/** Public reading of offers: list, one, search, feed, and reporting an error. */
export const publicOfferRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/offers',
    access: 'public',
    tag: 'public',
    summary: 'Published offers, filtered and paged',
    query: offerFilterQuerySchema,
    response: pageOf(offerSchema),
    async handler({ query, server }) {
      const { filter, offset, limit } = filterOf(query);
      const { items, total } = await server.store.listPublishedOffers(filter, { offset, limit });
      return { body: { items, total, page: query.page, pageSize: query.pageSize } };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/offers/{id}',
    access: 'public',
    tag: 'public',
    summary: 'One published offer',
    params: idParamsSchema,
    response: offerSchema,
    async handler({ params, server }) {
      const [offer] = await server.store.getPublishedOffers([params.id]);
      if (!offer) throw offerNotPublished(params.id);
      return { body: offer };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/search',
    access: 'public',
    tag: 'public',
    summary: 'Search published offers (German-aware, with the list filters)',
    query: offerFilterQuerySchema.extend({ q: z.string().max(200).default('') }),
    response: pageOf(offerSchema).extend({ engine: z.string() }),
    async handler({ query, server }) {
      const { filter, offset, limit } = filterOf(query);
      const result = await server.search.search({ q: query.q, filter, offset, limit });
      // The offers come from the server's published data, which replaces an offer rather than change it,
      // so each is written as JSON once and its bytes reused by every answer that holds it.
      return {
        json: jsonWithList('items', result.offers, {
          total: result.total,
          page: query.page,
          pageSize: query.pageSize,
          engine: server.search.name,
        }),
      };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/feed',
    access: 'public',
    tag: 'public',
    summary:
      'Everything the web components load: published offers and actors, with ETag and Last-Modified',
    response: feedSchema,
    async handler({ request, server }) {
      const notModified = (validators: { etag: string; lastModified: string }) => {
        const ifNoneMatch = request.headers['if-none-match'];
        const ifModifiedSince = request.headers['if-modified-since'];
        return ifNoneMatch !== undefined
          ? ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === validators.etag)
          : ifModifiedSince !== undefined &&
              Date.parse(ifModifiedSince) >= Date.parse(validators.lastModified);
      };
      const cacheControl = 'public, max-age=60, must-revalidate';
      // Revalidation needs no feed: the validators come from the revision alone.
      const head = feedValidators(await server.store.publicationRevision());
      if (notModified(head))
        return { status: 304, headers: { ...head, 'cache-control': cacheControl } };
      const feed = await currentFeed(server);
      const headers = {
        etag: feed.etag,
        'last-modified': feed.lastModified,
        'cache-control': cacheControl,
      };
      if (notModified(feed)) return { status: 304, headers };
      return { cached: feed.body, headers };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/offers/{id}/reports',
    access: 'public',
    tag: 'public',
    summary: 'Report an error in a published offer; goes to its provider and the review queue',
    params: idParamsSchema,
    body: z.object({
      message: z.string().trim().min(5).max(2000),
      email: z.email().max(200).optional(),
    }),
    response: errorReportSchema.pick({ id: true, offerId: true, createdAt: true }),
    successStatus: 201,
    rateLimit: 'public-write',
    async handler({ params, body, server }) {
      const report = await server.store.addReport({
        offerId: params.id,
        message: body.message,
        reporterEmail: body.email ?? null,
      });
      return { body: { id: report.id, offerId: report.offerId, createdAt: report.createdAt } };
    },
  }),
];
