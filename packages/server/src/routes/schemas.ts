import * as z from 'zod';
import {
  agsSchema,
  idSchema,
  languageCodeSchema,
  offerKindSchema,
  offerSchema,
} from '@vielfalt/model';
import { ApiError } from '../http/problem.js';
import type { OfferFilter } from '../store/store.js';

/** Largest page any list returns; bigger requests are refused, not silently cut. */
export const MAX_PAGE_SIZE = 100;

/** `?page=2&pageSize=20`. */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
});

/** Filters of the public offer list and the search. */
export const offerFilterQuerySchema = pageQuerySchema.extend({
  kind: offerKindSchema.optional(),
  fieldOfAction: idSchema.optional(),
  municipality: agsSchema.optional(),
  language: languageCodeSchema.optional(),
  targetGroup: idSchema.optional(),
  provider: idSchema.optional(),
});
/** A validated filter query of the offer list. */
export type OfferFilterQuery = z.infer<typeof offerFilterQuerySchema>;

/** The store filter and page of a validated filter query. */
export function filterOf(query: OfferFilterQuery): {
  filter: OfferFilter;
  offset: number;
  limit: number;
} {
  const filter: OfferFilter = {};
  if (query.kind) filter.kind = query.kind;
  if (query.fieldOfAction) filter.fieldOfAction = query.fieldOfAction;
  if (query.municipality) filter.municipality = query.municipality;
  if (query.language) filter.language = query.language;
  if (query.targetGroup) filter.targetGroup = query.targetGroup;
  if (query.provider) filter.providerId = query.provider;
  return { filter, offset: (query.page - 1) * query.pageSize, limit: query.pageSize };
}

/** `{id}` in a path. */
export const idParamsSchema = z.object({ id: idSchema });

/** A PUT to `…/{id}` must carry the same id in its body: refuses (400 `id-mismatch`) otherwise. */
export function requireSameId(pathId: string, bodyId: string): void {
  if (pathId !== bodyId) {
    throw new ApiError(400, 'id-mismatch', {
      de: `body.id: erwartet „${pathId}“ wie in der Adresse, gefunden „${bodyId}“.`,
      en: `body.id: expected "${pathId}" as in the URL, found "${bodyId}".`,
    });
  }
}

/** A page of items with the numbers to fetch the next one. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

/**
 * What a provider sends for an offer: its content. Id, status, history and review dates belong to the
 * server and are refused when sent.
 */
export const offerContentSchema = offerSchema.omit({
  id: true,
  status: true,
  history: true,
  lastReviewedAt: true,
  updatedAt: true,
});
/** What a provider sends for an offer; see {@link offerContentSchema}. */
export type OfferContent = z.infer<typeof offerContentSchema>;

/** `?submit=true` sends a saved version straight to review. */
export const saveQuerySchema = z.object({ submit: z.enum(['true', 'false']).default('false') });

/** Empty success answer. */
export const okSchema = z.object({ ok: z.literal(true) });
