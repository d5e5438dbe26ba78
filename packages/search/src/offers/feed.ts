import type { Actor, Contact, CountyProfile, Dataset, Offer } from '@vielfalt/model';
import { publicContact, type PublicContact } from '@vielfalt/model/helpers';
import { FEED_FORMAT_VERSION } from './feed-outline.js';
import type { Feed } from './feed-schema.js';
import { germanSynonyms } from '../german/synonyms.js';
import { serializeIndex } from '../serialize.js';
import { createOfferIndex } from './german-defaults.js';
import type { OfferIndex } from './offer-index.js';
import { type LoadFeedOptions, openOfferIndex } from './open-feed.js';

/** Options of {@link buildFeed}. */
export interface BuildFeedOptions {
  /** Time stamp of the feed; default now. */
  now?: Date;
  /** Called after each offer is indexed, e.g. for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Builds a feed from a dataset: only published offers, only the providers they name, and of the contacts they
 * name only what the person consented to publish.
 */
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
  return feedFromIndex(index, offers, actors, options.now, dataset.contacts);
}

/**
 * The contacts the offers name, each once in the order first named, reduced to what may be published
 * (`publicContact`: nothing without consent, only the fields whose visibility is on).
 */
export function feedContacts(
  offers: readonly Offer[],
  contacts: readonly Contact[],
): PublicContact[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const named = new Set(offers.flatMap((offer) => offer.contactIds));
  return [...named].flatMap((id) => {
    const contact = byId.get(id);
    const shown = contact && publicContact(contact);
    return shown ? [shown] : [];
  });
}

/**
 * The feed of an index that holds exactly `offers` (published ones) with `actors`, their providers: for a
 * service that keeps its index up to date offer by offer and writes a feed now and then. `contacts` may be all
 * contacts: only those the offers name go in, and of them only the consented, visible fields.
 */
export function feedFromIndex(
  index: OfferIndex,
  offers: readonly Offer[],
  actors: readonly Actor[],
  now = new Date(),
  contacts: readonly Contact[] = [],
): Feed {
  return {
    format: 'vielfalt-feed',
    version: FEED_FORMAT_VERSION,
    profileId: index.profile.id,
    generatedAt: now.toISOString(),
    profile: index.profile,
    offers: [...offers],
    actors: [...actors],
    contacts: feedContacts(offers, contacts),
    index: serializeIndex(index.index),
  };
}

/**
 * Loads a feed (parsed JSON) into a ready offer index, with the German synonyms unless `options.synonyms` names
 * others. Fails with a `FeedFormatError` naming the place for a feed of another format or version or with a
 * broken outline, and with an `IndexFormatError` for a corrupt or wrong-version index. The offers themselves
 * are not validated here (that would put zod into every browser that searches): feeds built by `buildFeed`
 * hold validated offers, and `feedSchema` checks any other feed.
 * ```ts
 * const index = loadOfferIndex(await (await fetch('feed.json')).json());
 * index.search({ text: 'Deutschkurs' });
 * ```
 */
export function loadOfferIndex(feed: unknown, options: LoadFeedOptions = {}): OfferIndex {
  return openOfferIndex(feed, { ...options, synonyms: options.synonyms ?? germanSynonyms });
}
