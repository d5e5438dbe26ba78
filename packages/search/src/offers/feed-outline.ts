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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function record(value: unknown, where: string): Record<string, unknown> {
  if (!isRecord(value)) fail(where, anObject, value);
  return value;
}

function text(value: unknown, where: () => string): asserts value is string {
  if (typeof value !== 'string' || value === '') fail(where(), aText, value);
}

/**
 * Each entry must be an object; `check` looks further into it. Where an entry sits is given as a function
 * and only built for a message: building the paths of 10,000 offers on every load cost more than checking.
 */
function records(
  value: unknown,
  where: string,
  check: (entry: Record<string, unknown>, at: () => string) => void,
): void {
  if (!Array.isArray(value)) fail(where, aList, value);
  value.forEach((entry: unknown, i) => {
    const at = () => `${where}[${i}]`;
    if (!isRecord(entry)) fail(at(), anObject, entry);
    check(entry, at);
  });
}

/** Fails unless a property of an entry is an object (or, when `optional`, missing). */
function objectAt(value: unknown, at: () => string, key: string, optional = false): void {
  if (!isRecord(value) && !(optional && value === undefined))
    fail(`${at()}.${key}`, anObject, value);
}

/** Fails unless a property of an entry is a list (or, when `optional`, missing). */
function listAt(value: unknown, at: () => string, key: string, optional = false): void {
  if (!Array.isArray(value) && !(optional && value === undefined))
    fail(`${at()}.${key}`, aList, value);
}

const withId = (entry: Record<string, unknown>, at: () => string): void => {
  text(entry.id, () => `${at()}.id`);
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
  const profileId = feed.profileId;
  text(profileId, () => 'profileId');
  text(feed.generatedAt, () => 'generatedAt');
  const profile = record(feed.profile, 'profile');
  if (profile.id !== profileId) {
    // Cut like a found value: the id comes from the feed and may be 10,000 characters long.
    const id = profileId.slice(0, 60);
    fail('profile.id', [`„${id}“ wie profileId`, `"${id}" as in profileId`], profile.id);
  }
  records(profile.municipalities, 'profile.municipalities', (m, at) => {
    text(m.ags, () => `${at()}.ags`);
    text(m.name, () => `${at()}.name`);
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
    // Each property is read by name: a loop over key names made every read a slow lookup by key.
    objectAt(offer.texts, at, 'texts');
    objectAt(offer.area, at, 'area');
    objectAt(offer.cost, at, 'cost');
    listAt(offer.fieldsOfAction, at, 'fieldsOfAction');
    listAt(offer.targetGroups, at, 'targetGroups');
    listAt(offer.languages, at, 'languages');
    listAt(offer.locations, at, 'locations');
    // Parts the model fills with defaults may be missing; where present, they must have their shape, so the
    // elements can fill in the rest instead of failing at render time.
    objectAt(offer.schedule, at, 'schedule', true);
    objectAt(offer.registration, at, 'registration', true);
    const schedule = offer.schedule as Record<string, unknown> | undefined;
    if (schedule) {
      listAt(schedule.weekly, at, 'schedule.weekly', true);
      listAt(schedule.sessions, at, 'schedule.sessions', true);
      listAt(schedule.closures, at, 'schedule.closures', true);
    }
    listAt(offer.contactIds, at, 'contactIds', true);
  });
  records(feed.actors, 'actors', withId);
  // Older feeds carry no contacts.
  if (feed.contacts !== undefined) records(feed.contacts, 'contacts', withId);
  record(feed.index, 'index');
  return data as Feed;
}
