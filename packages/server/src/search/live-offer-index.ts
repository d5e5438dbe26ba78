import type { CountyProfile } from '@vielfalt/model';
import { createOfferIndex, type OfferIndex } from '@vielfalt/search';
import type { Store } from '../store/store.js';
import { publishedStateFor, type PublishedChange, type PublishedState } from './snapshot.js';

/**
 * The published offers as one search engine that follows the store's published data. A change updates only
 * the offers it names (a moderator's approval costs one offer, not the whole county); the first load, and any
 * change of the organisations (their names are searchable), builds it whole.
 */
export class LiveOfferIndex {
  #engine: OfferIndex | undefined;

  constructor(
    private readonly state: PublishedState,
    private readonly profile: CountyProfile,
  ) {
    state.observe((change) => this.#apply(change));
  }

  /** The engine at the state's current revision (brought up to date first). */
  async current(): Promise<{ engine: OfferIndex; revision: number }> {
    await this.state.refresh();
    return { engine: this.engine(), revision: this.state.revision.revision };
  }

  /** The engine as of the state's revision now, without asking the store. */
  engine(): OfferIndex {
    this.#engine ??= this.#build();
    return this.#engine;
  }

  #build(): OfferIndex {
    return createOfferIndex([...this.state.offers.values()], {
      profile: this.profile,
      actors: this.state.actors,
    });
  }

  #apply(change: PublishedChange): void {
    // Not built yet: it is built from the data when first asked for.
    if (this.#engine === undefined) return;
    if (change.full || change.actors) {
      this.#engine = this.#build();
      return;
    }
    for (const id of change.offers) {
      const offer = this.state.offers.get(id);
      if (offer) this.#engine.update(offer);
      else this.#engine.remove(id);
    }
  }
}

const perStore = new WeakMap<Store, LiveOfferIndex>();

/** The one live index of a store's published offers, shared by the search API and the feed. */
export function liveOfferIndexFor(store: Store, profile: CountyProfile): LiveOfferIndex {
  let live = perStore.get(store);
  if (!live) {
    live = new LiveOfferIndex(publishedStateFor(store), profile);
    perStore.set(store, live);
  }
  return live;
}
