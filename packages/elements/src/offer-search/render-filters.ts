import { html, nothing, type TemplateResult } from 'lit';
import type { CountyProfile } from '@vielfalt/model';
import type { Translation } from '../i18n/index.js';
import { languageName } from '../offer-text.js';
import { renderLocalized } from '../base/localized-text.js';
import type { FacetCounts } from '@vielfalt/search';
import { uiFacets, type OfferFilters, type UiFacet } from './filters.js';

/** What the filter panel shows and how it reports changes. */
export interface FilterPanelContext {
  readonly t: Translation;
  readonly lang: string;
  readonly profile: CountyProfile | undefined;
  readonly filters: OfferFilters;
  readonly facets: FacetCounts | undefined;
  readonly onChange: (filters: OfferFilters) => void;
}

const distances = [2, 5, 10, 20] as const;

function facetLegend(t: Translation, facet: UiFacet): string {
  return t.search[facet];
}

function valueLabel(
  ctx: FilterPanelContext,
  facet: UiFacet,
  value: string,
): string | TemplateResult | typeof nothing {
  const { profile, lang, t } = ctx;
  // Taxonomy labels the profile has not translated show in German, marked and said so.
  const label = (text: Parameters<typeof renderLocalized>[0]) =>
    text === undefined ? value : renderLocalized(text, lang, t, true);
  switch (facet) {
    case 'municipality':
      return profile?.municipalities.find((m) => m.ags === value)?.name ?? value;
    case 'fieldOfAction':
      return label(profile?.fieldsOfAction.find((f) => f.id === value)?.label);
    case 'targetGroup':
      return label(profile?.taxonomies.targetGroups.find((g) => g.id === value)?.label);
    case 'language':
      return languageName(value, lang);
    case 'format':
      return (t.offer.format as Record<string, string>)[value] ?? value;
  }
}

/** Values to offer for a facet: every value with a count, every selected one, in the profile's order. */
function facetOptions(ctx: FilterPanelContext, facet: UiFacet): string[] {
  const counts = ctx.facets?.[facet];
  const known =
    facet === 'municipality'
      ? (ctx.profile?.municipalities.map((m) => m.ags) ?? [])
      : facet === 'fieldOfAction'
        ? (ctx.profile?.fieldsOfAction.map((f) => f.id) ?? [])
        : facet === 'targetGroup'
          ? (ctx.profile?.taxonomies.targetGroups.map((g) => g.id) ?? [])
          : facet === 'format'
            ? ['on-site', 'online', 'hybrid']
            : [];
  const seen = [...known, ...Object.keys(counts ?? {}).sort()];
  const selected = ctx.filters[facet];
  return [...new Set(seen)].filter((v) => (counts?.[v] ?? 0) > 0 || selected.includes(v));
}

function toggle(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

function renderFacet(ctx: FilterPanelContext, facet: UiFacet): TemplateResult | typeof nothing {
  const options = facetOptions(ctx, facet);
  if (options.length === 0) return nothing;
  const numbers = new Intl.NumberFormat(ctx.lang);
  return html`<fieldset part="facet" class="facet">
    <legend>${facetLegend(ctx.t, facet)}</legend>
    ${options.map((value) => {
      const count = ctx.facets?.[facet][value] ?? 0;
      const checked = ctx.filters[facet].includes(value);
      return html`<label class="check"
        ><input
          type="checkbox"
          name=${facet}
          .value=${value}
          .checked=${checked}
          @change=${(e: Event) =>
            ctx.onChange({
              ...ctx.filters,
              [facet]: toggle(ctx.filters[facet], value, (e.target as HTMLInputElement).checked),
            })}
        /><span>${valueLabel(ctx, facet, value)}</span>
        <span class="count muted">(${numbers.format(count)})</span></label
      >`;
    })}
  </fieldset>`;
}

function renderDistance(ctx: FilterPanelContext): TemplateResult | typeof nothing {
  const cities = ctx.profile?.municipalities ?? [];
  if (cities.length === 0) return nothing;
  const near = ctx.filters.near;
  const change = (ags: string, km: number): void =>
    ctx.onChange({ ...ctx.filters, near: ags !== '' && km > 0 ? { ags, km } : undefined });
  return html`<fieldset part="facet" class="facet">
    <legend>${ctx.t.search.distance}</legend>
    <label class="stack"
      >${ctx.t.search.distanceFrom}
      <select
        name="near-city"
        @change=${(e: Event) => change((e.target as HTMLSelectElement).value, near?.km ?? 5)}
      >
        <option value="" ?selected=${near === undefined}>${ctx.t.search.distanceAny}</option>
        ${cities.map((m) => html`<option value=${m.ags} ?selected=${near?.ags === m.ags}>${m.name}</option>`)}
      </select></label
    >
    <label class="stack"
      >${ctx.t.search.distance}
      <select
        name="near-km"
        ?disabled=${near === undefined}
        @change=${(e: Event) => change(near?.ags ?? '', Number((e.target as HTMLSelectElement).value))}
      >
        ${distances.map((km) => html`<option value=${km} ?selected=${near?.km === km}>${ctx.t.search.distanceKm(km)}</option>`)}
      </select></label
    >
  </fieldset>`;
}

/** The filter panel: list facets with disjunctive counts, "free", "open now" and distance from a city. */
export function renderFilters(ctx: FilterPanelContext): TemplateResult {
  const flag = (name: 'free' | 'openNow', label: string): TemplateResult =>
    html`<label class="check"
      ><input
        type="checkbox"
        name=${name}
        .checked=${ctx.filters[name]}
        @change=${(e: Event) => ctx.onChange({ ...ctx.filters, [name]: (e.target as HTMLInputElement).checked })}
      /><span>${label}</span></label
    >`;
  return html`<div class="flags">
      ${flag('free', ctx.t.search.free)} ${flag('openNow', ctx.t.search.openNow)}
    </div>
    ${uiFacets.map((facet) => renderFacet(ctx, facet))} ${renderDistance(ctx)}`;
}
