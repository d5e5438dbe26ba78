import type { Actor, CountyProfile, Offer } from '@vielfalt/model';
import { createOfferIndex, type OfferIndex } from '@vielfalt/search';
import type { Store } from '../store/store.js';

/**
 * The published offers as one search engine that follows the store. A new publication revision updates only
 * the offers that changed (a moderator's approval costs one offer, not the whole county); the first sync, and
 * any change of the providers (their names are searchable), builds it whole.
 */
export class LiveOfferIndex {
  #engine: OfferIndex | undefined;
  /** Per offer id: the offer as JSON when it was last indexed. */
  #indexed = new Map<string, string>();
  #providers = '';
  #revision = -1;

  constructor(private readonly profile: CountyProfile) {}

  /** The publication revision the engine holds, -1 before the first sync. */
  get revision(): number {
    return this.#revision;
  }

  /**
   * Brings the engine to the published offers of `revision` and returns it. A snapshot of the revision applied
   * last, or of an older one, changes nothing: the search and the feed both sync the one engine, and reads of
   * two revisions may finish in either order.
   */
  sync(revision: number, offers: readonly Offer[], actors: readonly Actor[]): OfferIndex {
    if (this.#engine !== undefined && revision <= this.#revision) return this.#engine;
    this.#revision = revision;
    const providers = JSON.stringify(actors);
    if (this.#engine === undefined || providers !== this.#providers) {
      this.#providers = providers;
      this.#indexed = new Map(offers.map((offer) => [offer.id, JSON.stringify(offer)]));
      this.#engine = createOfferIndex(offers, { profile: this.profile, actors });
      return this.#engine;
    }
    const engine = this.#engine;
    const published = new Set<string>();
    for (const offer of offers) {
      published.add(offer.id);
      const json = JSON.stringify(offer);
      if (this.#indexed.get(offer.id) === json) continue;
      engine.update(offer);
      this.#indexed.set(offer.id, json);
    }
    for (const id of this.#indexed.keys()) {
      if (published.has(id)) continue;
      engine.remove(id);
      this.#indexed.delete(id);
    }
    return engine;
  }
}

const perStore = new WeakMap<Store, LiveOfferIndex>();

/** The one live index of a store's published offers, shared by the search API and the feed. */
export function liveOfferIndexFor(store: Store, profile: CountyProfile): LiveOfferIndex {
  let live = perStore.get(store);
  if (!live) {
    live = new LiveOfferIndex(profile);
    perStore.set(store, live);
  }
  return live;
}
