import * as z from 'zod';
import { languageCodeSchema } from '@vielfalt/model';
import {
  exportHsds,
  hsdsOrganizationSchema,
  hsdsServiceAtLocationSchema,
  hsdsServiceSchema,
  type HsdsExport,
} from '@vielfalt/model/hsds';
import { offerJsonLd, serializeJsonLd } from '@vielfalt/model/jsonld';
import type { ServerContext } from '../context.js';
import { refusals } from '../http/problem.js';
import { route } from '../http/route.js';
import { perRevision, type PublishedSnapshot } from '../search/snapshot.js';
import { idParamsSchema } from './schemas.js';

/** The whole published data as a dataset, for the interop mappers of `@vielfalt/model`. */
function datasetOf(server: ServerContext, snapshot: PublishedSnapshot) {
  return {
    schemaVersion: 1 as const,
    profileId: server.profile.id,
    actors: snapshot.actors,
    contacts: snapshot.contacts,
    offers: snapshot.offers,
    goodPractices: [],
    goals: [],
    actionSteps: [],
    projects: [],
    barriers: [],
  };
}

const exports = new WeakMap<ServerContext, () => Promise<HsdsExport>>();

/** The HSDS export of the current publication revision, made once per revision. */
function hsds(server: ServerContext): Promise<HsdsExport> {
  let current = exports.get(server);
  if (!current) {
    current = perRevision(server.store, (snapshot) =>
      exportHsds(datasetOf(server, snapshot), { profile: server.profile }),
    );
    exports.set(server, current);
  }
  return current();
}

const hsdsPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(20),
});

/** An HSDS 3.0 page: the listing envelope of the HSDS API. */
function hsdsPage<T extends z.ZodType>(item: T) {
  return z.object({
    total_items: z.number().int(),
    total_pages: z.number().int(),
    page_number: z.number().int(),
    size: z.number().int(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(item),
  });
}

function paginate<T>(items: readonly T[], page: number, perPage: number) {
  const contents = items.slice((page - 1) * perPage, page * perPage);
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

const hsdsIdParams = z.object({ id: z.uuid() });

/** Open Referral HSDS 3.0 read endpoints and schema.org JSON-LD per offer. */
export const interopRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/hsds',
    access: 'public',
    tag: 'hsds',
    summary: 'HSDS 3.0 API root: version and where the description is',
    response: z.object({ version: z.string(), profile: z.string(), openapi_url: z.string() }),
    async handler() {
      return {
        body: {
          version: '3.0',
          profile: 'https://github.com/openreferral/specification/tree/3.0',
          openapi_url: '/openapi.json',
        },
      };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/hsds/services',
    access: 'public',
    tag: 'hsds',
    summary: 'HSDS services (published offers), fully nested, paged',
    query: hsdsPageQuery,
    response: hsdsPage(hsdsServiceSchema),
    async handler({ query, server }) {
      return { body: paginate((await hsds(server)).services, query.page, query.per_page) };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/hsds/services/{id}',
    access: 'public',
    tag: 'hsds',
    summary: 'One HSDS service, fully nested',
    params: hsdsIdParams,
    response: hsdsServiceSchema,
    async handler({ params, server }) {
      const service = (await hsds(server)).services.find((s) => s.id === params.id);
      if (!service)
        throw refusals.notFound({
          de: `HSDS-Service „${params.id}“ gibt es nicht.`,
          en: `HSDS service "${params.id}" does not exist.`,
        });
      return { body: service };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/hsds/organizations',
    access: 'public',
    tag: 'hsds',
    summary: 'HSDS organizations (actors), paged',
    query: hsdsPageQuery,
    response: hsdsPage(hsdsOrganizationSchema),
    async handler({ query, server }) {
      return { body: paginate((await hsds(server)).organizations, query.page, query.per_page) };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/hsds/organizations/{id}',
    access: 'public',
    tag: 'hsds',
    summary: 'One HSDS organization',
    params: hsdsIdParams,
    response: hsdsOrganizationSchema,
    async handler({ params, server }) {
      const organization = (await hsds(server)).organizations.find((o) => o.id === params.id);
      if (!organization)
        throw refusals.notFound({
          de: `HSDS-Organisation „${params.id}“ gibt es nicht.`,
          en: `HSDS organization "${params.id}" does not exist.`,
        });
      return { body: organization };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/hsds/service_at_locations',
    access: 'public',
    tag: 'hsds',
    summary: 'HSDS service_at_location links, paged',
    query: hsdsPageQuery,
    response: hsdsPage(hsdsServiceAtLocationSchema),
    async handler({ query, server }) {
      return {
        body: paginate((await hsds(server)).service_at_locations, query.page, query.per_page),
      };
    },
  }),
  route({
    method: 'GET',
    path: '/api/v1/offers/{id}/jsonld',
    access: 'public',
    tag: 'public',
    summary:
      'schema.org JSON-LD of a published offer, for a <script type="application/ld+json"> on its page',
    params: idParamsSchema,
    query: z.object({ lang: languageCodeSchema.optional() }),
    async handler({ params, query, server }) {
      const [offer] = await server.store.getPublishedOffers([params.id]);
      if (!offer)
        throw refusals.notFound({
          de: `Ein veröffentlichtes Angebot „${params.id}“ gibt es nicht.`,
          en: `There is no published offer "${params.id}".`,
        });
      const actor = await server.store.getActor(offer.providerId);
      const contacts = await server.store.listContacts(offer.providerId);
      const document = offerJsonLd(
        offer,
        { actors: actor ? [actor] : [], contacts },
        { profile: server.profile, ...(query.lang ? { language: query.lang } : {}) },
      );
      return {
        text: serializeJsonLd(document),
        headers: { 'content-type': 'application/ld+json; charset=utf-8' },
      };
    },
  }),
];
