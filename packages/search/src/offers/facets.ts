import type { CountyProfile, Offer } from '@vielfalt/model';
import type { OfferQuery } from './query.js';
import { type FacetName, facetNames } from './query-shape.js';

/** The facet values an offer has, by facet. */
export type FacetValues = Record<FacetName, readonly string[]>;

/** Counts per facet value, e.g. `{ municipality: { '05562032': 12 } }`. */
export type FacetCounts = Record<FacetName, Record<string, number>>;

/** The facet values of an offer; a county-wide offer serves every municipality of the profile. */
export function facetValuesOf(offer: Offer, profile: CountyProfile): FacetValues {
  const municipality =
    offer.area.kind === 'county' ? profile.municipalities.map((m) => m.ags) : [...offer.area.ags];
  for (const l of offer.locations)
    if (!municipality.includes(l.municipality)) municipality.push(l.municipality);
  const wheelchair = offer.locations.map((l) => l.accessibility.wheelchair);
  return {
    municipality,
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
 * The facet values of every offer, each value coded as a small number, so that a search counts a match with a
 * few array reads instead of string sets and maps: counting is most of the cost of a query that matches tens of
 * thousands of offers.
 */
export class FacetTable {
  /** Per facet: value → code. */
  private readonly codes = facetNames.map(() => new Map<string, number>());
  /** Per code: its value and its facet's position in `facetNames`. */
  private readonly values: string[] = [];
  private readonly facetOf: number[] = [];
  /** Per offer: the codes of its values. */
  private readonly offers = new Map<string, Uint32Array>();

  /** Sets (or replaces) the facet values of an offer. */
  set(id: string, values: FacetValues): void {
    // An offer has a few values per facet: a list is a cheaper set than a Set (loading a feed does this for
    // every offer).
    const codes: number[] = [];
    facetNames.forEach((name, facet) => {
      for (const value of values[name]) {
        const code = this.codeOf(facet, value);
        if (!codes.includes(code)) codes.push(code);
      }
    });
    this.offers.set(id, Uint32Array.from(codes));
  }

  /** Forgets an offer. (Codes of values nobody has any more stay: there are few, and they count 0.) */
  delete(id: string): void {
    this.offers.delete(id);
  }

  /** A tally for one search with these selected values. */
  tally(selected: readonly [FacetName, ReadonlySet<string>][]): FacetTally {
    const chosen = new Uint8Array(this.values.length);
    let facets = 0;
    for (const [name, values] of selected) {
      const facet = facetNames.indexOf(name);
      facets |= 1 << facet;
      for (const value of values) {
        const code = this.codes[facet]?.get(value);
        if (code !== undefined) chosen[code] = 1;
      }
    }
    return new FacetTally(this.values, this.facetOf, this.offers, chosen, facets);
  }

  private codeOf(facet: number, value: string): number {
    const known = this.codes[facet] as Map<string, number>;
    let code = known.get(value);
    if (code === undefined) {
      code = this.values.length;
      known.set(value, code);
      this.values.push(value);
      this.facetOf.push(facet);
    }
    return code;
  }
}

/**
 * Disjunctive facet counting for one search: an offer counts towards a facet's values when it passes every
 * other active filter, so choosing one municipality still shows how many offers the other municipalities have.
 */
export class FacetTally {
  private readonly tallies: Uint32Array;

  /** @internal Made by {@link FacetTable.tally}. */
  constructor(
    private readonly values: readonly string[],
    private readonly facetOf: readonly number[],
    private readonly offers: ReadonlyMap<string, Uint32Array>,
    /** Per code: 1 when its value is selected. */
    private readonly chosen: Uint8Array,
    /** One bit per facet that has a selection. */
    private readonly selectedFacets: number,
  ) {
    this.tallies = new Uint32Array(values.length);
  }

  /**
   * Whether an offer of the table passes every facet filter, counting nothing. Every offer of the index is
   * in the table, so without a selection this asks nothing.
   */
  passes(id: string): boolean {
    if (this.selectedFacets === 0) return true;
    const codes = this.offers.get(id);
    if (!codes) return false;
    const { chosen, facetOf } = this;
    let matched = 0;
    for (const code of codes) if (chosen[code] === 1) matched |= 1 << (facetOf[code] as number);
    return (this.selectedFacets & ~matched) === 0;
  }

  /** Counts an offer that passed the filters outside the facets; returns whether it passes every facet filter. */
  count(id: string): boolean {
    const codes = this.offers.get(id);
    if (!codes) return false;
    const { chosen, facetOf, tallies } = this;
    let matched = 0;
    for (const code of codes) if (chosen[code] === 1) matched |= 1 << (facetOf[code] as number);
    const failed = this.selectedFacets & ~matched;
    if (failed === 0) {
      for (const code of codes) tallies[code] = (tallies[code] as number) + 1;
      return true;
    }
    // Failing one facet, the offer still counts for that facet's other values; failing two, nowhere.
    if ((failed & (failed - 1)) === 0) {
      for (const code of codes)
        if (1 << (facetOf[code] as number) === failed)
          tallies[code] = (tallies[code] as number) + 1;
    }
    return false;
  }

  /** The counts so far, values with none left out. */
  get counts(): FacetCounts {
    const counts = Object.fromEntries(facetNames.map((name) => [name, {}])) as FacetCounts;
    this.tallies.forEach((tally, code) => {
      if (tally > 0) {
        const name = facetNames[this.facetOf[code] as number] as FacetName;
        counts[name][this.values[code] as string] = tally;
      }
    });
    return counts;
  }
}
