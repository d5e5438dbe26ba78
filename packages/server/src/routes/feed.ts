import { createOfferIndex, feedFromIndex, feedSchema as searchFeedSchema } from '@vielfalt/search';
import type { ServerContext } from '../context.js';
import { liveOfferIndexFor } from '../search/live-offer-index.js';
import { perRevision } from '../search/snapshot.js';

/** The feed format of `@vielfalt/search`: published offers, their providers, the profile and a prebuilt index. */
export const feedSchema = searchFeedSchema;

const feeds = new WeakMap<ServerContext, () => Promise<string>>();

/**
 * The feed as JSON text for the current publication revision, written once per revision and server from an
 * index that follows publications offer by offer. Its time stamp is the revision's, so every instance serves
 * the same offers for the same ETag.
 */
export async function buildFeed(server: ServerContext): Promise<string> {
  let feed = feeds.get(server);
  if (!feed) {
    const live = liveOfferIndexFor(server.store, server.profile);
    feed = perRevision(server.store, ({ offers, actors, contacts, revision }) => {
      const synced = live.sync(revision.revision, offers, actors);
      // Reads may finish out of order: a snapshot older than the engine gets an index of its own, so that the
      // feed's index and offers always agree.
      const index =
        live.revision === revision.revision
          ? synced
          : createOfferIndex(offers, { profile: server.profile, actors });
      const providerIds = new Set(offers.map((offer) => offer.providerId));
      const providers = actors.filter((actor) => providerIds.has(actor.id));
      // Contacts go in only as far as consented and visible (feedFromIndex applies publicContact).
      return JSON.stringify(
        feedFromIndex(index, offers, providers, new Date(revision.changedAt), contacts),
      );
    });
    feeds.set(server, feed);
  }
  return feed();
}
