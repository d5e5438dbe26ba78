import {
  type CountyProfile,
  type Dataset,
  actorSchema,
  countyProfileSchema,
  offerSchema,
} from '@vielfalt/model';
import * as z from 'zod';
import type { QueryTranslator } from '../translation.js';
import { type OfferIndex, createOfferIndex, offerIndexFromSerialized } from './offer-index.js';

/** Version of the feed format; {@link loadOfferIndex} refuses any other. */
export const FEED_FORMAT_VERSION = 1;

/**
 * A feed: what a city page or the elements load to search a county's offers without indexing them in the
 * browser. The published offers, their providers, the county profile (for facet labels and geo) and the
 * prebuilt index (checked in detail by `loadIndex`).
 */
export const feedSchema = z.object({
  format: z.literal('vielfalt-feed'),
  version: z.literal(FEED_FORMAT_VERSION),
  profileId: z.string().min(1),
  generatedAt: z.iso.datetime({ offset: true }),
  profile: countyProfileSchema,
  offers: z.array(offerSchema),
  actors: z.array(actorSchema),
  index: z.looseObject({ format: z.literal('vielfalt-search-index'), version: z.number() }),
});
/** A parsed feed. */
export type Feed = z.infer<typeof feedSchema>;

/** Options of {@link buildFeed}. */
export interface BuildFeedOptions {
  /** Time stamp of the feed; default now. */
  now?: Date;
  /** Called after each offer is indexed, e.g. for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** Builds a feed from a dataset: only published offers, and only the providers they name. */
export function buildFeed(
  dataset: Dataset,
  profile: CountyProfile,
  options: BuildFeedOptions = {},
): Feed {
  if (dataset.profileId !== profile.id) {
    throw new RangeError(
      `buildFeed: Datensatz für Profil „${dataset.profileId}“, Profil ist „${profile.id}“ / dataset is for profile "${dataset.profileId}", profile is "${profile.id}"`,
    );
  }
  const offers = dataset.offers.filter((offer) => offer.status === 'published');
  const providerIds = new Set(offers.map((offer) => offer.providerId));
  const actors = dataset.actors.filter((actor) => providerIds.has(actor.id));
  const index = createOfferIndex([], { profile, actors });
  offers.forEach((offer, i) => {
    index.update(offer);
    options.onProgress?.(i + 1, offers.length);
  });
  return {
    format: 'vielfalt-feed',
    version: FEED_FORMAT_VERSION,
    profileId: profile.id,
    generatedAt: (options.now ?? new Date()).toISOString(),
    profile,
    offers,
    actors,
    index: index.serialize(),
  };
}

/** Options of {@link loadOfferIndex}. */
export interface LoadFeedOptions {
  /** The clock for `openAt: 'now'`. */
  now?: () => Date;
  /** Carries queries in other languages into German (`germanLexicon` from `@vielfalt/search/lexicon`). */
  translator?: QueryTranslator;
}

/**
 * Loads a feed (parsed JSON) into a ready offer index. Fails with a ZodError naming the path for a
 * malformed feed, and with an `IndexFormatError` for a corrupt or wrong-version index.
 * ```ts
 * const index = loadOfferIndex(await (await fetch('feed.json')).json());
 * index.search({ text: 'Deutschkurs' });
 * ```
 */
export function loadOfferIndex(feed: unknown, options: LoadFeedOptions = {}): OfferIndex {
  const parsed = feedSchema.parse(feed);
  return offerIndexFromSerialized(parsed.index, parsed.offers, {
    profile: parsed.profile,
    actors: parsed.actors,
    ...options,
  });
}
