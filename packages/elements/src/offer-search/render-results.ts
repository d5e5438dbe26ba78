import { html, nothing, type TemplateResult } from 'lit';
import type { Actor, CountyProfile } from '@vielfalt/model';
import { highlightSegments } from '../base/highlight.js';
import type { Translation } from '../i18n/index.js';
import { chooseTexts } from '../offer-text.js';
import type { OfferHit, OfferSearchResult } from '@vielfalt/search';
import { resultFacts } from './result-facts.js';

/** What the result list needs to render and how it reports a person's choices. */
export interface ResultListContext {
  readonly t: Translation;
  readonly lang: string;
  readonly easyLanguage: boolean;
  readonly profile: CountyProfile | undefined;
  /** Providers by id, for the provider's name on each row. */
  readonly actors: ReadonlyMap<string, Actor> | undefined;
  /** The time "next date" counts from. */
  readonly now: Date;
  readonly response: OfferSearchResult;
  readonly page: number;
  readonly pageSize: number;
  /** Link target of an offer (`detail-url` with `{id}` replaced); undefined renders a button instead. */
  readonly hrefOf: (id: string) => string | undefined;
  readonly openNow: (hit: OfferHit) => boolean;
  readonly onSelect: (id: string, event: Event) => void;
  readonly onPage: (page: number) => void;
  readonly onDidYouMean: (query: string) => void;
  readonly onClear: () => void;
}

function marked(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]> | undefined,
): TemplateResult {
  return html`${highlightSegments(text, ranges ?? []).map((s) => (s.mark ? html`<mark part="mark">${s.text}</mark>` : s.text))}`;
}

function renderHit(ctx: ResultListContext, hit: OfferHit): TemplateResult {
  const texts = chooseTexts(hit.offer, ctx.lang, ctx.easyLanguage, ctx.profile);
  // Offsets refer to the texts in the county's default language; they only fit when those are shown.
  const fits =
    texts.lang === (ctx.profile?.defaultLanguage ?? 'de') &&
    !(ctx.easyLanguage && hit.offer.easyLanguage);
  const href = ctx.hrefOf(hit.offer.id);
  const title = marked(texts.title, fits ? hit.highlights.title : undefined);
  const t = ctx.t.offer;
  return html`<li part="result" class="result">
    <article lang=${texts.lang} dir="auto">
      <h3 class="title">
        ${
          href !== undefined
            ? html`<a
                part="result-link"
                href=${href}
                @click=${(e: Event) => ctx.onSelect(hit.offer.id, e)}
                >${title}</a
              >`
            : html`<button
                type="button"
                class="link"
                part="result-link"
                @click=${(e: Event) => ctx.onSelect(hit.offer.id, e)}
              >
                ${title}
              </button>`
        }
      </h3>
      <p class="summary">${marked(texts.summary, fits ? hit.highlights.summary : undefined)}</p>
    </article>
    ${renderFacts(ctx, hit)}
    <ul class="badges" lang=${ctx.lang}>
      <li>${t.kind[hit.offer.kind]}</li>
      <li>${t.cost[hit.offer.cost.kind]}</li>
      <li>${t.format[hit.offer.format]}</li>
      ${ctx.openNow(hit) ? html`<li class="open">${t.openNow}</li>` : nothing}
      ${texts.machineTranslated ? html`<li>${t.machineTranslated}</li>` : nothing}
    </ul>
  </li>`;
}

/**
 * Where, who, when and how far, so that rows with the same title can be told apart. Labels are for screen
 * readers; provider and city names are German proper names, marked as such (WCAG 3.1.2).
 */
function renderFacts(ctx: ResultListContext, hit: OfferHit): TemplateResult {
  const facts = resultFacts(hit.offer, {
    profile: ctx.profile,
    actors: ctx.actors,
    lang: ctx.lang,
    t: ctx.t,
    now: ctx.now,
    distanceKm: hit.distanceKm,
  });
  const t = ctx.t.offer;
  const fact = (label: string, value: string | undefined, lang?: string) =>
    value === undefined
      ? nothing
      : html`<li>
          <span class="visually-hidden">${label}:</span>
          <span lang=${lang ?? nothing} dir=${lang ? 'auto' : nothing}>${value}</span>
        </li>`;
  return html`<ul part="facts" class="facts" lang=${ctx.lang}>
    ${fact(t.where, facts.where, facts.whereIsNames ? 'de' : undefined)}
    ${fact(t.provider, facts.provider, 'de')} ${fact(t.when, facts.when)}
    ${fact(ctx.t.search.distance, facts.distance)}
  </ul>`;
}

function renderPager(ctx: ResultListContext): TemplateResult | typeof nothing {
  const pages = Math.max(1, Math.ceil(ctx.response.total / ctx.pageSize));
  if (pages <= 1) return nothing;
  return html`<nav part="pagination" class="pager" aria-label=${ctx.t.search.pagination}>
    <button
      type="button"
      class="secondary"
      ?disabled=${ctx.page <= 1}
      @click=${() => ctx.onPage(ctx.page - 1)}
    >
      ${ctx.t.search.previous}
    </button>
    <span>${ctx.t.search.page(ctx.page, pages)}</span>
    <button
      type="button"
      class="secondary"
      ?disabled=${ctx.page >= pages}
      @click=${() => ctx.onPage(ctx.page + 1)}
    >
      ${ctx.t.search.next}
    </button>
  </nav>`;
}

function renderEmpty(ctx: ResultListContext, filtered: boolean): TemplateResult {
  const suggestion = ctx.response.didYouMean;
  return html`<div part="empty" class="empty">
    <p><strong>${ctx.t.search.empty}</strong></p>
    ${
      suggestion !== undefined
        ? html`<p>
            ${ctx.t.search.didYouMean}
            <button type="button" class="link" @click=${() => ctx.onDidYouMean(suggestion)}>
              ${suggestion}</button
            >?
          </p>`
        : nothing
    }
    <p class="muted">${ctx.t.search.hints}</p>
    ${filtered ? html`<button type="button" class="secondary" @click=${ctx.onClear}>${ctx.t.search.clear}</button>` : nothing}
  </div>`;
}

/** The result list with highlighted matches and a pager, or the empty state with hints and "did you mean". */
export function renderResults(ctx: ResultListContext, filtered: boolean): TemplateResult {
  if (ctx.response.total === 0) return renderEmpty(ctx, filtered);
  return html`<ol part="results" class="results">
      ${ctx.response.hits.map((hit) => renderHit(ctx, hit))}
    </ol>
    ${renderPager(ctx)}`;
}
