import { buildFeed as buildSearchFeed, feedSchema as searchFeedSchema } from '@vielfalt/search';
import type { ServerContext } from '../context.js';
import { perRevision } from '../search/snapshot.js';

/** The feed format of `@vielfalt/search`: published offers, their providers, the profile and a prebuilt index. */
export const feedSchema = searchFeedSchema;

const feeds = new WeakMap<ServerContext, () => Promise<string>>();

/**
 * The feed as JSON text for the current publication revision, built once per revision and server.
 * Its time stamp is the revision's, so every instance serves the same bytes for the same ETag.
 */
export async function buildFeed(server: ServerContext): Promise<string> {
  let feed = feeds.get(server);
  if (!feed) {
    feed = perRevision(server.store, ({ offers, actors, revision }) =>
      JSON.stringify(
        buildSearchFeed(
          {
            schemaVersion: 1,
            profileId: server.profile.id,
            actors,
            offers,
            contacts: [],
            goodPractices: [],
            goals: [],
            actionSteps: [],
            projects: [],
            barriers: [],
          },
          server.profile,
          { now: new Date(revision.changedAt) },
        ),
      ),
    );
    feeds.set(server, feed);
  }
  return feed();
}
