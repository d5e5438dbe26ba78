import type { Actor, Contact, Offer } from '@vielfalt/model';
import type { PublicationRevision, Store } from '../store/store.js';

/** Everything the public sees at one publication revision. */
export interface PublishedSnapshot {
  revision: PublicationRevision;
  offers: Offer[];
  actors: Actor[];
  /** All contacts; whoever shows them filters by consent (`publicContact`). */
  contacts: Contact[];
}

/** Offers per read: each page costs a count and a scan to its offset, so few large pages read fastest. */
const PAGE = 10_000;

/** Reads every published offer page by page, with the actors. */
export async function readPublished(
  store: Store,
  revision: PublicationRevision,
): Promise<PublishedSnapshot> {
  const offers: Offer[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listPublishedOffers({}, { offset, limit: PAGE });
    offers.push(...page.items);
    if (page.items.length < PAGE) break;
  }
  return {
    revision,
    offers,
    actors: await store.listActors(),
    contacts: await store.listContacts(),
  };
}

/**
 * Something derived from the published data (a search index, a feed) and rebuilt only when the
 * publication revision moves. It is a cache, not state: every instance derives the same value from
 * the store, so instances behind a load balancer agree.
 */
export function perRevision<T>(
  store: Store,
  derive: (snapshot: PublishedSnapshot) => T | Promise<T>,
): () => Promise<T> {
  let current: { revision: number; value: T } | undefined;
  let pending: { revision: number; promise: Promise<T> } | undefined;
  return async () => {
    const revision = await store.publicationRevision();
    if (current?.revision === revision.revision) return current.value;
    if (pending?.revision !== revision.revision) {
      const promise = readPublished(store, revision)
        .then(derive)
        .then((value) => {
          if (!current || current.revision < revision.revision)
            current = { revision: revision.revision, value };
          return value;
        })
        .finally(() => {
          if (pending?.promise === promise) pending = undefined;
        });
      pending = { revision: revision.revision, promise };
    }
    return pending.promise;
  };
}
