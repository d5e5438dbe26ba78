import type { Actor, Contact, Offer } from '@vielfalt/model';
import type { PublicationRevision, Store } from '../store/store.js';

/** Everything the public sees at one publication revision. */
export interface PublishedSnapshot {
  revision: PublicationRevision;
  /** Published offers, by id. */
  offers: Offer[];
  actors: Actor[];
  /** All contacts; whoever shows them filters by consent (`publicContact`). */
  contacts: Contact[];
}

/** What one catch-up changed: the ids of offers published, changed or taken offline, and whether the rest did. */
export interface PublishedChange {
  /** True when everything was read afresh (first load, or the change log did not reach back far enough). */
  full: boolean;
  /** Offers that changed or went offline (absent from `PublishedState.offers` now). */
  offers: ReadonlySet<string>;
  /** Whether the organisations changed. */
  actors: boolean;
  /** Whether the contacts changed. */
  contacts: boolean;
}

/** Offers per read: each page costs a count and a scan to its offset, so few large pages read fastest. */
const PAGE = 10_000;
/** Ids per `IN (…)` read of changed offers. */
const CHUNK = 500;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The published data of a store, held in memory and kept up to date by what changed: each revision the store
 * logs which offer, organisation or contact changed, so catching up after a moderator's approval reads that
 * one offer, not all of them. It is a cache, not state: every instance follows the same log, so instances
 * behind a load balancer agree. Observers (the search index) hear of each change synchronously, in the same
 * tick that changes the data, so what they derive always matches it.
 */
export class PublishedState {
  /** Published offers by id. */
  readonly offers = new Map<string, Offer>();
  actors: Actor[] = [];
  contacts: Contact[] = [];
  /** The revision held; -1 before the first load. */
  revision: PublicationRevision = { revision: -1, changedAt: '' };
  #observers = new Set<(change: PublishedChange) => void>();
  #catchingUp: Promise<void> | undefined;
  #sorted: { revision: number; offers: Offer[] } | undefined;

  constructor(private readonly store: Store) {}

  /** Calls `observer` after every change of the data. */
  observe(observer: (change: PublishedChange) => void): void {
    this.#observers.add(observer);
  }

  /** Brings the data up to the store's current revision (one cheap query when nothing changed). */
  async refresh(): Promise<this> {
    for (;;) {
      const head = await this.store.publicationRevision();
      if (head.revision <= this.revision.revision) return this;
      this.#catchingUp ??= this.#catchUp().finally(() => {
        this.#catchingUp = undefined;
      });
      await this.#catchingUp;
    }
  }

  /** The data as arrays, offers sorted by id so that every instance writes the same feed for a revision. */
  snapshot(): PublishedSnapshot {
    if (this.#sorted?.revision !== this.revision.revision)
      this.#sorted = {
        revision: this.revision.revision,
        offers: [...this.offers.values()].sort(byId),
      };
    return {
      revision: this.revision,
      offers: this.#sorted.offers,
      actors: this.actors,
      contacts: this.contacts,
    };
  }

  async #catchUp(): Promise<void> {
    const since = this.revision.revision;
    const log = since < 0 ? undefined : await this.store.publicationChanges(since);
    if (!log || log.revision <= since) return this.#reload();
    const offerIds = new Set<string>();
    let actors = false;
    let contacts = false;
    for (const change of log.changes) {
      if (change.kind === 'offer') offerIds.add(change.id);
      else if (change.kind === 'actor') actors = true;
      else contacts = true;
    }
    const ids = [...offerIds];
    const fresh: Offer[] = [];
    for (let i = 0; i < ids.length; i += CHUNK)
      fresh.push(...(await this.store.getPublishedOffers(ids.slice(i, i + CHUNK))));
    const nextActors = actors ? await this.store.listActors() : this.actors;
    const nextContacts = contacts ? await this.store.listContacts() : this.contacts;
    // From here on synchronous: the data and every observer move together.
    for (const id of ids) this.offers.delete(id);
    for (const offer of fresh) this.offers.set(offer.id, offer);
    this.actors = nextActors;
    this.contacts = nextContacts;
    this.revision = { revision: log.revision, changedAt: log.changedAt ?? this.revision.changedAt };
    this.#notify({ full: false, offers: offerIds, actors, contacts });
  }

  async #reload(): Promise<void> {
    // The revision is read first: data read afterwards is at least that new, and a change that lands in
    // between is applied again by the next catch-up, which is harmless.
    const revision = await this.store.publicationRevision();
    const offers: Offer[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.store.listPublishedOffers({}, { offset, limit: PAGE });
      offers.push(...page.items);
      if (page.items.length < PAGE) break;
    }
    const actors = await this.store.listActors();
    const contacts = await this.store.listContacts();
    this.offers.clear();
    for (const offer of offers) this.offers.set(offer.id, offer);
    this.actors = actors;
    this.contacts = contacts;
    this.revision = revision;
    this.#notify({ full: true, offers: new Set(), actors: true, contacts: true });
  }

  #notify(change: PublishedChange): void {
    for (const observer of this.#observers) observer(change);
  }
}

const perStore = new WeakMap<Store, PublishedState>();

/** The one in-memory copy of a store's published data, shared by search, feed and exports. */
export function publishedStateFor(store: Store): PublishedState {
  let state = perStore.get(store);
  if (!state) {
    state = new PublishedState(store);
    perStore.set(store, state);
  }
  return state;
}

/**
 * Something derived from the published data (a feed, an export) and derived again only when the publication
 * revision moves; concurrent requests of one revision share one derivation.
 */
export function perRevision<T>(
  store: Store,
  derive: (snapshot: PublishedSnapshot) => T | Promise<T>,
): () => Promise<T> {
  const state = publishedStateFor(store);
  let current: { revision: number; value: Promise<T> } | undefined;
  return async () => {
    await state.refresh();
    const revision = state.revision.revision;
    if (current?.revision !== revision) {
      // Derived from the snapshot taken now, in this tick, so value and revision agree.
      const value = Promise.resolve(derive(state.snapshot()));
      if (!current || current.revision < revision) current = { revision, value };
      value.catch(() => {
        if (current?.value === value) current = undefined;
      });
      return value;
    }
    return current.value;
  };
}
