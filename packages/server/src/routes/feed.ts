import { createHash } from 'node:crypto';
import { feedFromIndex, feedSchema as searchFeedSchema } from '@vielfalt/search';
import type { ServerContext } from '../context.js';
import { CachedBody } from '../http/compression.js';
import { liveOfferIndexFor } from '../search/live-offer-index.js';
import { publishedStateFor } from '../search/snapshot.js';
import type { PublicationRevision } from '../store/store.js';

/** The feed format of `@vielfalt/search`: published offers, their providers, the profile and a prebuilt index. */
export const feedSchema = searchFeedSchema;

/** The feed of one publication revision, as bytes ready to send, with its validators. */
export interface CachedFeed {
  body: CachedBody;
  etag: string;
  lastModified: string;
}

/** The validators of a revision: the same on every instance, as they come from the database. */
export function feedValidators(revision: PublicationRevision): {
  etag: string;
  lastModified: string;
} {
  const stamp = createHash('sha256').update(revision.changedAt).digest('base64url').slice(0, 10);
  return {
    etag: `"r${revision.revision}-${stamp}"`,
    lastModified: new Date(revision.changedAt).toUTCString(),
  };
}

const feeds = new WeakMap<ServerContext, () => Promise<CachedFeed>>();

/**
 * The feed of the current publication revision, written from the live index (which follows publications offer
 * by offer) and kept as bytes; each compressed form is made on first request and kept with it. A new revision
 * is written at most every `feedRefreshMs`; until then the newest written feed is served, with the ETag of
 * its own revision. Its time stamp is the revision's, so every instance serves the same bytes for an ETag.
 */
export function currentFeed(server: ServerContext): Promise<CachedFeed> {
  let feed = feeds.get(server);
  if (!feed) {
    const state = publishedStateFor(server.store);
    const live = liveOfferIndexFor(server.store, server.profile);
    let cached: { revision: number; writtenAt: number; feed: CachedFeed } | undefined;
    feed = async () => {
      if (cached && Date.now() - cached.writtenAt < server.config.feedRefreshMs) return cached.feed;
      await state.refresh();
      const { offers, actors, contacts, revision } = state.snapshot();
      if (cached && cached.revision >= revision.revision) return cached.feed;
      // Synchronous from here: the snapshot, the index and the feed written from them agree.
      const providerIds = new Set(offers.map((offer) => offer.providerId));
      const providers = actors.filter((actor) => providerIds.has(actor.id));
      // Contacts go in only as far as consented and visible (feedFromIndex applies publicContact).
      const text = JSON.stringify(
        feedFromIndex(live.engine(), offers, providers, new Date(revision.changedAt), contacts),
      );
      const written: CachedFeed = {
        body: new CachedBody(Buffer.from(text), 'application/json; charset=utf-8'),
        ...feedValidators(revision),
      };
      cached = { revision: revision.revision, writtenAt: Date.now(), feed: written };
      return written;
    };
    feeds.set(server, feed);
  }
  return feed();
}
