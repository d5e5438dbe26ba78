import { cityBySlug } from './cities.js';
import type { Provider, ProviderType } from './providers.js';

/** Finds generated providers by type and city, for the hand-written strategy and good-practice records. */
export class ActorLookup {
  readonly #providers: readonly Provider[];

  constructor(providers: readonly Provider[]) {
    this.#providers = providers;
  }

  /** The id of the first provider of one of `types` in the city (or county-wide when `citySlug` is omitted). */
  id(types: ProviderType | readonly ProviderType[], citySlug?: string): string {
    const wanted: readonly ProviderType[] = typeof types === 'string' ? [types] : types;
    const city = citySlug === undefined ? undefined : cityBySlug(citySlug);
    for (const type of wanted) {
      const found = this.#providers.find((p) => p.type === type && p.city === city);
      if (found) return found.actor.id;
    }
    throw new Error(`no provider of type ${wanted.join('/')} in ${citySlug ?? 'the county'}`);
  }

  /** The city's own administration (Fachdienst Integration). */
  city(citySlug: string): string {
    return this.id('stadt', citySlug);
  }
}
