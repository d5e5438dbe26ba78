import { createHash } from 'node:crypto';
import { feedFromIndex, feedSchema as searchFeedSchema } from '@vielfalt/search';
import type { ServerContext } from '../context.js';
import { CachedBody } from '../http/compression.js';
import { liveOfferIndexFor } from '../search/live-offer-index.js';
import { perRevision } from '../search/snapshot.js';
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
 * The feed of the current publication revision, written once per revision and server from the live index
 * (which follows publications offer by offer) and kept as bytes; each compressed form is made on first
 * request and kept with it. Its time stamp is the revision's, so every instance serves the same bytes for
 * the same ETag.
 */
export function currentFeed(server: ServerContext): Promise<CachedFeed> {
  let feed = feeds.get(server);
  if (!feed) {
    const live = liveOfferIndexFor(server.store, server.profile);
    feed = perRevision(server.store, ({ offers, actors, revision }) => {
      const providerIds = new Set(offers.map((offer) => offer.providerId));
      const providers = actors.filter((actor) => providerIds.has(actor.id));
      const text = JSON.stringify(
        feedFromIndex(live.engine(), offers, providers, new Date(revision.changedAt)),
      );
      return {
        body: new CachedBody(Buffer.from(text), 'application/json; charset=utf-8'),
        ...feedValidators(revision),
      };
    });
    feeds.set(server, feed);
  }
  return feed();
}
