import type { Feed } from '@vielfalt/search';
// The outline check on its own: from the package root, a bundler would put the whole search engine beside it.
import { checkFeedOutline } from '@vielfalt/search/feed-outline';
import { fetchJson } from './fetch-json.js';
import { withOfferDefaults } from './offer-defaults.js';

/**
 * A feed after its outline was checked, with the parts the model fills in by default filled in, so that the
 * elements can rely on them. Fails with a `FeedFormatError` or a `LoadFailure` saying where and why.
 */
export async function loadFeed(url: string): Promise<Feed> {
  const feed = checkFeedOutline(await fetchJson(url));
  return { ...feed, offers: feed.offers.map(withOfferDefaults) };
}
