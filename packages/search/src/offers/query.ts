import { agsSchema, geoPointSchema } from '@vielfalt/model';
import * as z from 'zod';
import { facetNames, queryDefaults } from './query-shape.js';

const values = z.array(z.string().min(1).max(100)).max(100);

/** An offer search as a page or the server receives it; validated, with defaults. */
export const offerQuerySchema = z.object({
  /** What was typed; empty lists every offer that passes the filters. */
  text: z.string().max(100_000).default(queryDefaults.text),
  /** Selected facet values: AGS for `municipality`, ids for `fieldOfAction` and `targetGroup`, language codes, `on-site`/`online`/`hybrid`, `free`/`reduced`/`paid`, `yes`/`no`/`unknown`. */
  filters: z.partialRecord(z.enum(facetNames), values).default({}),
  /** Only offers free of charge (same as `filters.cost: ['free']`). */
  free: z.boolean().optional(),
  /** Only offers with a step-free place (same as `filters.wheelchair: ['yes']`). */
  accessible: z.boolean().optional(),
  /** Only offers open at this time; `now` uses the index's clock. */
  openAt: z.union([z.literal('now'), z.iso.datetime({ offset: true })]).optional(),
  /** Where distances are measured from: a point, or a municipality's centre. */
  near: z.union([geoPointSchema, z.object({ municipality: agsSchema })]).optional(),
  /** Only offers within this many km of `near`. */
  radiusKm: z.number().positive().max(1000).optional(),
  /** `distance` needs `near`; offers without a place come last. */
  sort: z.enum(['relevance', 'distance']).default(queryDefaults.sort),
  limit: z.number().int().min(0).max(1000).default(queryDefaults.limit),
  offset: z.number().int().min(0).default(queryDefaults.offset),
  /** Let the last word be the start of a word (search-as-you-type); default: unless the text ends in a space. */
  prefix: z.boolean().optional(),
});
/** A validated offer search. */
export type OfferQuery = z.infer<typeof offerQuerySchema>;
/** An offer search as written by a caller (defaults may be left out). */
export type OfferQueryInput = z.input<typeof offerQuerySchema>;
