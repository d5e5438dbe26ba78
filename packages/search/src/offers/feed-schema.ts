import { actorSchema, contactSchema, countyProfileSchema, offerSchema } from '@vielfalt/model';
import * as z from 'zod';
import { FEED_FORMAT_VERSION } from './feed-outline.js';

/**
 * A contact as a feed publishes it: what `publicContact` leaves of it. Strict, so a feed that carries consent
 * records or fields nobody agreed to publish is refused.
 */
export const feedContactSchema = z.strictObject({
  ...contactSchema.pick({ id: true, actorId: true, kind: true }).shape,
  ...contactSchema.pick({ name: true, role: true, email: true, phone: true }).shape,
  // Exactly optional, as in `PublicContact`: the list is there with entries, or absent.
  languages: z.array(z.string()).exactOptional(),
});

/**
 * A feed: what a city page or the elements load to search a county's offers without indexing them in the
 * browser. The published offers, their providers, the county profile (for facet labels and geo) and the
 * prebuilt index (checked in detail by `loadIndex`). Parse feeds from elsewhere with it before publishing
 * them (`vielfalt search` does); `loadOfferIndex` checks only their outline, to keep zod out of browsers.
 */
export const feedSchema = z.object({
  format: z.literal('vielfalt-feed'),
  version: z.literal(FEED_FORMAT_VERSION),
  profileId: z.string().min(1),
  generatedAt: z.iso.datetime({ offset: true }),
  profile: countyProfileSchema,
  offers: z.array(offerSchema),
  actors: z.array(actorSchema),
  /** The consented, public part of the contacts the offers name; absent in feeds written before it. */
  contacts: z.array(feedContactSchema).optional(),
  index: z.looseObject({ format: z.literal('vielfalt-search-index'), version: z.number() }),
});
/** A parsed feed. */
export type Feed = z.infer<typeof feedSchema>;
