import { createHash } from 'node:crypto';
import { feedFromIndex, feedSchema as searchFeedSchema, type Feed } from '@vielfalt/search';
import type { ServerContext } from '../context.js';
import { CachedBody } from '../http/compression.js';
import { jsonBytesOf } from '../http/json-bytes.js';
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
 * Readers that arrive while a feed is being written wait for that one write.
 */
export function currentFeed(server: ServerContext): Promise<CachedFeed> {
  let feed = feeds.get(server);
  if (!feed) {
    const state = publishedStateFor(server.store);
    const live = liveOfferIndexFor(server.store, server.profile);
    let cached: { revision: number; writtenAt: number; feed: CachedFeed } | undefined;
    let writing: Promise<CachedFeed> | undefined;
    const write = async (): Promise<CachedFeed> => {
      await state.refresh();
      const { offers, actors, contacts, revision } = state.snapshot();
      if (cached && cached.revision >= revision.revision) return cached.feed;
      // Synchronous: the snapshot and the index serialised from it agree. The rest is written from that
      // feed object, which nothing changes any more, so searches may run in between.
      const providerIds = new Set(offers.map((offer) => offer.providerId));
      const providers = actors.filter((actor) => providerIds.has(actor.id));
      // Contacts go in only as far as consented and visible (feedFromIndex applies publicContact).
      const content = feedFromIndex(
        live.engine(),
        offers,
        providers,
        new Date(revision.changedAt),
        contacts,
      );
      const written: CachedFeed = {
        body: new CachedBody(await feedBytes(content), 'application/json; charset=utf-8'),
        ...feedValidators(revision),
      };
      if (!cached || cached.revision < revision.revision)
        cached = { revision: revision.revision, writtenAt: Date.now(), feed: written };
      return written;
    };
    feed = async () => {
      if (cached && Date.now() - cached.writtenAt < server.config.feedRefreshMs) return cached.feed;
      writing ??= write().finally(() => {
        writing = undefined;
      });
      return writing;
    };
    feeds.set(server, feed);
  }
  return feed();
}

/** Array items written between two pauses. */
const SLICE = 500;
/** Lets the event loop answer other requests (searches) before the next slice is written. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The feed as UTF-8 JSON, byte for byte what `JSON.stringify` writes, but a slice at a time with pauses in
 * between, so writing 28 MB does not hold up searches; and each offer from the bytes kept for it
 * ({@link jsonBytesOf}: published offers are replaced, never changed), so a new revision writes only the
 * offers that changed.
 */
export async function feedBytes(feed: Feed): Promise<Buffer> {
  const parts: Buffer[] = [];
  await writeJson(feed, parts, (key) => key === 'offers');
  return Buffer.concat(parts);
}

async function writeJson(
  value: unknown,
  parts: Buffer[],
  keptItems: (key: string) => boolean = () => false,
): Promise<void> {
  if (Array.isArray(value) && value.length > SLICE) {
    await writeList(value, parts, (item) => Buffer.from(JSON.stringify(item) ?? 'null'));
  } else if (isPlainObject(value)) {
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      // JSON.stringify leaves out what JSON cannot hold.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      parts.push(Buffer.from(`${first ? '{' : ','}${JSON.stringify(key)}:`));
      first = false;
      if (keptItems(key) && Array.isArray(item)) await writeList(item, parts, jsonBytesOf);
      else await writeJson(item, parts);
    }
    parts.push(Buffer.from(first ? '{}' : '}'));
  } else {
    parts.push(Buffer.from(JSON.stringify(value) ?? 'null'));
  }
}

async function writeList<T>(
  list: readonly T[],
  parts: Buffer[],
  bytesOf: (item: T) => Buffer,
): Promise<void> {
  parts.push(Buffer.from('['));
  for (let i = 0; i < list.length; i++) {
    if (i > 0) parts.push(COMMA);
    if (i > 0 && i % SLICE === 0) await pause();
    parts.push(bytesOf(list[i] as T));
  }
  parts.push(Buffer.from(']'));
}

const COMMA = Buffer.from(',');

/** An object JSON writes key by key (not an array, a Date or anything with `toJSON`). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
