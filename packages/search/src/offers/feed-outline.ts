import type { Feed } from './feed-schema.js';

/** Version of the feed format; `loadOfferIndex` refuses any other. */
export const FEED_FORMAT_VERSION = 1;

/** Thrown by `loadOfferIndex` for data that is not a feed it can load; the message says where and what. */
export class FeedFormatError extends Error {
  /** Always `FeedFormatError`, so the error can be told apart after serialisation. */
  override name = 'FeedFormatError';
}

/** An expectation in both languages. */
type Expected = readonly [de: string, en: string];

const anObject: Expected = ['ein Objekt', 'an object'];
const aList: Expected = ['eine Liste', 'an array'];
const aText: Expected = ['einen Text', 'a string'];

function shown(found: unknown): string {
  if (typeof found === 'string') return JSON.stringify(found.slice(0, 60));
  if (Array.isArray(found)) return 'array';
  if (found === null || typeof found !== 'object') return String(found);
  return 'object';
}

function fail(where: string, [de, en]: Expected, found: unknown): never {
  const what = shown(found);
  throw new FeedFormatError(
    `Feed ungültig bei ${where}: erwartet ${de}, gefunden ${what}. / Invalid feed at ${where}: expected ${en}, found ${what}.`,
  );
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(where, anObject, value);
  return value as Record<string, unknown>;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') fail(where, aText, value);
  return value;
}

/** Each entry must be an object; `check` looks further into it. */
function records(
  value: unknown,
  where: string,
  check: (entry: Record<string, unknown>, at: string) => void,
): void {
  if (!Array.isArray(value)) fail(where, aList, value);
  value.forEach((entry, i) => check(record(entry, `${where}[${i}]`), `${where}[${i}]`));
}

const withId = (entry: Record<string, unknown>, at: string): void => {
  text(entry.id, `${at}.id`);
};

/**
 * Checks what the search and the elements rely on before they touch a feed: format and version, a profile with
 * municipalities and fields of action, offers with ids, texts and the lists that facets read, and providers
 * with ids, and the published contacts, if any, with ids. It is linear in the number of offers and needs no validator library; the full check is
 * `feedSchema`.
 */
export function checkFeedOutline(data: unknown): Feed {
  const feed = record(data, '(root)');
  if (feed.format !== 'vielfalt-feed')
    fail('format', ['"vielfalt-feed"', '"vielfalt-feed"'], feed.format);
  if (feed.version !== FEED_FORMAT_VERSION)
    fail('version', [String(FEED_FORMAT_VERSION), String(FEED_FORMAT_VERSION)], feed.version);
  const profileId = text(feed.profileId, 'profileId');
  text(feed.generatedAt, 'generatedAt');
  const profile = record(feed.profile, 'profile');
  if (profile.id !== profileId) {
    // Cut like a found value: the id comes from the feed and may be 10,000 characters long.
    const id = profileId.slice(0, 60);
    fail('profile.id', [`„${id}“ wie profileId`, `"${id}" as in profileId`], profile.id);
  }
  records(profile.municipalities, 'profile.municipalities', (m, at) => {
    text(m.ags, `${at}.ags`);
    text(m.name, `${at}.name`);
  });
  records(profile.fieldsOfAction, 'profile.fieldsOfAction', withId);
  records(
    record(profile.taxonomies, 'profile.taxonomies').targetGroups,
    'profile.taxonomies.targetGroups',
    withId,
  );
  records(feed.offers, 'offers', (offer, at) => {
    withId(offer, at);
    // What loading reads for facets, places and sorting, so a broken offer is named instead of failing later.
    for (const key of ['texts', 'area', 'cost'] as const) record(offer[key], `${at}.${key}`);
    for (const key of ['fieldsOfAction', 'targetGroups', 'languages', 'locations'] as const)
      if (!Array.isArray(offer[key])) fail(`${at}.${key}`, aList, offer[key]);
    // Parts the model fills with defaults may be missing; where present, they must have their shape, so the
    // elements can fill in the rest instead of failing at render time.
    for (const key of ['schedule', 'registration'] as const)
      if (offer[key] !== undefined) record(offer[key], `${at}.${key}`);
    const schedule = offer.schedule as Record<string, unknown> | undefined;
    for (const key of ['weekly', 'sessions', 'closures'] as const)
      if (schedule?.[key] !== undefined && !Array.isArray(schedule[key]))
        fail(`${at}.schedule.${key}`, aList, schedule[key]);
    if (offer.contactIds !== undefined && !Array.isArray(offer.contactIds))
      fail(`${at}.contactIds`, aList, offer.contactIds);
  });
  records(feed.actors, 'actors', withId);
  // Older feeds carry no contacts.
  if (feed.contacts !== undefined) records(feed.contacts, 'contacts', withId);
  record(feed.index, 'index');
  return data as Feed;
}
