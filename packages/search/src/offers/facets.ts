import type { CountyProfile, Offer } from '@vielfalt/model';
import type { OfferQuery } from './query.js';
import { type FacetName, facetNames } from './query-shape.js';

/** The facet values an offer has, by facet. */
export type FacetValues = Record<FacetName, readonly string[]>;

/** Counts per facet value, e.g. `{ municipality: { '05562032': 12 } }`. */
export type FacetCounts = Record<FacetName, Record<string, number>>;

/** The facet values of an offer; a county-wide offer serves every municipality of the profile. */
export function facetValuesOf(offer: Offer, profile: CountyProfile): FacetValues {
  const served =
    offer.area.kind === 'county' ? profile.municipalities.map((m) => m.ags) : offer.area.ags;
  const wheelchair = offer.locations.map((l) => l.accessibility.wheelchair);
  return {
    municipality: [...new Set([...served, ...offer.locations.map((l) => l.municipality)])],
    fieldOfAction: offer.fieldsOfAction,
    targetGroup: offer.targetGroups.map((g) => g.id),
    language: offer.languages,
    format: [offer.format],
    cost: [offer.cost.kind],
    wheelchair: [wheelchair.includes('yes') ? 'yes' : wheelchair.includes('no') ? 'no' : 'unknown'],
  };
}

/** The selected values per facet, with the `free` and `accessible` shortcuts folded in. */
export function selection(query: OfferQuery): [FacetName, ReadonlySet<string>][] {
  const selected = { ...query.filters };
  if (query.free) selected.cost = [...(selected.cost ?? []), 'free'];
  if (query.accessible) selected.wheelchair = [...(selected.wheelchair ?? []), 'yes'];
  return facetNames.flatMap((name) => {
    const chosen = selected[name];
    return chosen && chosen.length > 0
      ? [[name, new Set(chosen)] as [FacetName, ReadonlySet<string>]]
      : [];
  });
}

/**
 * Disjunctive facet counting: an offer counts towards a facet's values when it passes every other active
 * filter, so choosing one municipality still shows how many offers the other municipalities have.
 */
export class FacetCounter {
  readonly counts: FacetCounts = Object.fromEntries(
    facetNames.map((name) => [name, {}]),
  ) as FacetCounts;

  constructor(private readonly selected: [FacetName, ReadonlySet<string>][]) {}

  /** Whether the offer passes every facet filter. */
  passes(values: FacetValues): boolean {
    return this.selected.every(([name, chosen]) => values[name].some((v) => chosen.has(v)));
  }

  /** Counts an offer that passed the filters outside the facets. */
  count(values: FacetValues): void {
    let failed: FacetName | undefined;
    for (const [name, chosen] of this.selected) {
      if (values[name].some((v) => chosen.has(v))) continue;
      if (failed) return; // fails two facets: counts nowhere
      failed = name;
    }
    for (const name of facetNames) {
      if (failed && failed !== name) continue;
      const counts = this.counts[name];
      for (const value of values[name]) counts[value] = (counts[value] ?? 0) + 1;
    }
  }
}
