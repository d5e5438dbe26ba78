import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isOpenAt } from '@vielfalt/model/helpers';
import { VfElement } from '../base/element.js';
import { VfLoadErrorEvent, VfOfferSelectEvent, VfSearchEvent } from '../events.js';
import {
  activeFilterCount,
  emptyFilters,
  hasFilters,
  toOfferQuery,
  type OfferFilters,
} from './filters.js';
import { loadSource } from './load-source.js';
import { renderFilters } from './render-filters.js';
import { renderResults } from './render-results.js';
import { renderSearchBox } from './render-search-box.js';
import type { OfferSearchResult } from '@vielfalt/search';
import { offerSearchStyles } from './offer-search.styles.js';
import type { OfferSearchSource } from './source.js';
import { readSearchState, writeSearchState, type SearchState } from './url-state.js';
import { loadErrorReason, renderLoadError } from '../base/load-error.js';

/**
 * Search the county's integration offers: a search box with suggestions, filters with counts, highlighted
 * results, paging and "did you mean". Query and filters live in the address bar, so a search can be shared and
 * the back button works.
 *
 * @summary Accessible offer search for newcomers, with filters and suggestions.
 * @tag vf-offer-search
 *
 * @attr src - URL of a feed (offers with a prebuilt index, as `vielfalt feed` builds it); searched in the browser.
 * @attr endpoint - URL of the server's search API, used instead of `src`.
 * @attr page-size - Results per page (default 10).
 * @attr detail-url - Link of a result, `{id}` replaced by the offer id, e.g. `/angebote/{id}`; the search's `vf-…` parameters are added so a detail page can link back to it. Without it results are buttons that fire `vf-offer-select`.
 * @attr easy-language - Use Einfache Sprache texts (UI and offers) on German pages.
 * @attr no-url-state - Do not keep query and filters in the address bar.
 *
 * @fires vf-search - Results were shown; `query`, `filters`, `total`.
 * @fires vf-offer-select - A result was chosen; `offerId`. Cancel it to navigate yourself.
 * @fires vf-load-error - The feed or API could not be loaded; `url`, `reason`.
 *
 * @csspart search - The search form.
 * @csspart input - The search box.
 * @csspart suggestions - The list of suggestions.
 * @csspart filters - The filter panel.
 * @csspart facet - One group of filters.
 * @csspart status - The live region announcing the result count.
 * @csspart results - The result list.
 * @csspart result - One result.
 * @csspart result-link - The link (or button) of a result.
 * @csspart mark - A highlighted match.
 * @csspart pagination - The pager.
 * @csspart empty - The empty state.
 * @csspart facts - A result's city, provider, time and distance.
 * @csspart filters-toggle - The button that shows the filters on narrow screens.
 * @csspart error - The box explaining why loading failed.
 *
 * @cssprop --vf-color-accent - Buttons, links and focus accents (default #0b5cad).
 * @cssprop --vf-color-text - Text colour (default #1b1b1b).
 * @cssprop --vf-color-mark - Background of highlighted matches (default #fff0a8).
 * @cssprop --vf-radius - Corner radius (default 0.375rem).
 * @cssprop --vf-space - Base spacing (default 0.75rem).
 */
export class VfOfferSearch extends VfElement {
  /** Shared base styles plus this element's own layout. */
  static override styles = [...VfElement.styles, offerSearchStyles];

  /** URL of a feed (`src` attribute). */
  @property() src: string | undefined;
  /** URL of the server's search API (`endpoint` attribute). */
  @property() endpoint: string | undefined;
  /** Results per page (`page-size` attribute). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /** Link of a result with `{id}` (`detail-url` attribute). */
  @property({ attribute: 'detail-url' }) detailUrl: string | undefined;
  /** Einfache Sprache on German pages (`easy-language` attribute). */
  @property({ type: Boolean, attribute: 'easy-language' }) easyLanguage = false;
  /** Keep query and filters out of the address bar (`no-url-state` attribute). */
  @property({ type: Boolean, attribute: 'no-url-state' }) noUrlState = false;
  /** The data source; set it directly to search offers you already have, else it is made from `src` or `endpoint`. */
  @property({ attribute: false }) source: OfferSearchSource | undefined;

  @state() private status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private query = '';
  @state() private filters: OfferFilters = emptyFilters;
  @state() private page = 1;
  @state() private response: OfferSearchResult | undefined;
  @state() private suggestions: readonly string[] = [];
  @state() private activeSuggestion = -1;
  /** Whether a search for what was typed is still running (shown, so typing visibly does something). */
  @state() private searching = false;
  /** Whether the filters are shown on a narrow screen, where they hide behind a button. */
  @state() private filtersOpen = false;
  #error: unknown;
  #sequence = 0;
  #focusResults = false;
  readonly #onPopState = (): void => this.#restoreFromUrl();

  protected override easyLanguageText(): boolean {
    return this.easyLanguage;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.noUrlState) {
      this.#restoreFromUrl(false);
      window.addEventListener('popstate', this.#onPopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      (changed.has('src') || changed.has('endpoint')) &&
      (this.src !== undefined || this.endpoint !== undefined)
    ) {
      void this.#load();
    } else if (changed.has('source') && this.source !== undefined) {
      this.status = 'ready';
      void this.#run();
    }
  }

  protected override updated(): void {
    if (this.#focusResults) {
      this.#focusResults = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="status"]')?.focus();
    }
  }

  async #load(): Promise<void> {
    const url = this.src ?? this.endpoint ?? '';
    this.status = 'loading';
    try {
      this.source = await loadSource(this.src !== undefined ? { feed: url } : { endpoint: url });
    } catch (error) {
      this.#error = error;
      this.status = 'error';
      this.dispatchEvent(new VfLoadErrorEvent(url, loadErrorReason(error)));
    }
  }

  #restoreFromUrl(run = true): void {
    const restored = readSearchState(new URLSearchParams(window.location.search));
    this.query = restored.query;
    this.filters = restored.filters;
    this.page = restored.page;
    if (run) void this.#run();
  }

  #commitUrl(mode: 'push' | 'replace'): void {
    if (this.noUrlState) return;
    const current: SearchState = { query: this.query, filters: this.filters, page: this.page };
    const params = writeSearchState(new URLSearchParams(window.location.search), current);
    const search = params.toString();
    const url = `${window.location.pathname}${search === '' ? '' : `?${search}`}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`)
      return;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  /** Runs the current search; answers to superseded requests are dropped. */
  async #run(): Promise<void> {
    const source = this.source;
    if (source === undefined) return;
    const sequence = ++this.#sequence;
    this.searching = true;
    try {
      await source.prepare?.(this.query, this.locale.lang);
      const response = await source.search(
        toOfferQuery(this.query, this.filters, this.page, this.pageSize),
      );
      if (sequence !== this.#sequence) return;
      this.response = response;
      this.status = 'ready';
      this.searching = false;
      this.dispatchEvent(new VfSearchEvent(this.query, this.filters, response.total));
    } catch (error) {
      if (sequence !== this.#sequence) return;
      this.searching = false;
      this.#error = error;
      this.status = 'error';
      this.dispatchEvent(
        new VfLoadErrorEvent(this.endpoint ?? this.src ?? '', loadErrorReason(error)),
      );
    }
  }

  async #updateSuggestions(): Promise<void> {
    const source = this.source;
    const query = this.query;
    if (source === undefined || query.trim().length < 2) {
      this.suggestions = [];
      return;
    }
    const found = await source.suggest(query, 6);
    if (query === this.query) {
      this.suggestions = found.filter((s) => s.toLowerCase() !== query.trim().toLowerCase());
      this.activeSuggestion = -1;
    }
  }

  #onInput(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    this.page = 1;
    this.#commitUrl('replace');
    void this.#run();
    void this.#updateSuggestions();
  }

  #choose(query: string): void {
    this.query = query;
    this.page = 1;
    this.suggestions = [];
    this.activeSuggestion = -1;
    this.#commitUrl('push');
    void this.#run();
  }

  #onKeyDown(e: KeyboardEvent): void {
    const count = this.suggestions.length;
    if (e.key === 'ArrowDown' && count > 0) {
      e.preventDefault();
      this.activeSuggestion = (this.activeSuggestion + 1) % count;
    } else if (e.key === 'ArrowUp' && count > 0) {
      e.preventDefault();
      this.activeSuggestion = this.activeSuggestion <= 0 ? count - 1 : this.activeSuggestion - 1;
    } else if (e.key === 'Escape') {
      // Escape closes the suggestions and nothing else: a native search box would also empty itself and
      // throw away what a person typed.
      e.preventDefault();
      if (count > 0) this.suggestions = [];
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const active = this.suggestions[this.activeSuggestion];
      this.#choose(active ?? this.query);
    }
  }

  #setFilters(filters: OfferFilters): void {
    this.filters = filters;
    this.page = 1;
    this.#commitUrl('push');
    void this.#run();
  }

  #setPage(page: number): void {
    this.page = page;
    this.#focusResults = true;
    this.#commitUrl('push');
    void this.#run();
  }

  #select(id: string, event: Event): void {
    const notCancelled = this.dispatchEvent(new VfOfferSelectEvent(id));
    if (!notCancelled) event.preventDefault();
  }

  /**
   * The detail link, carrying the search's query and filters (`vf-…`) unless `no-url-state`: a detail page can
   * link back to the search as it was left, even without script.
   */
  #hrefOf(id: string): string | undefined {
    const href = this.detailUrl?.replace('{id}', encodeURIComponent(id));
    if (href === undefined || this.noUrlState) return href;
    const state = writeSearchState(new URLSearchParams(), {
      query: this.query,
      filters: this.filters,
      page: this.page,
    }).toString();
    return state === '' ? href : `${href}${href.includes('?') ? '&' : '?'}${state}`;
  }

  #renderBody(): TemplateResult {
    const t = this.t;
    if (this.status === 'error') return renderLoadError(t, this.#error, () => void this.#load());
    const response = this.response;
    const announce =
      this.status === 'ready' && response !== undefined
        ? t.search.resultCount(response.total)
        : t.common.loading;
    const active = activeFilterCount(this.filters);
    return html`<div class="layout">
      <button
        type="button"
        part="filters-toggle"
        class="secondary filters-toggle"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >
        ${t.search.filtersButton(active)}
      </button>
      <section
        id="filters"
        part="filters"
        class="filters ${this.filtersOpen ? 'open' : ''}"
        aria-label=${t.search.filters}
      >
        <h2 class="filters-heading">${t.search.filters}</h2>
        ${renderFilters({
          t,
          lang: this.locale.lang,
          profile: this.source?.profile,
          filters: this.filters,
          facets: response?.facets,
          onChange: (f) => this.#setFilters(f),
        })}
        ${
          hasFilters(this.filters)
            ? html`<button
                type="button"
                class="secondary"
                @click=${() => this.#setFilters(emptyFilters)}
              >
                ${t.search.clear}
              </button>`
            : nothing
        }
        <button
          type="button"
          class="filters-done"
          @click=${() => {
            this.filtersOpen = false;
            this.#focusResults = true;
          }}
        >
          ${t.search.showResults}
        </button>
      </section>
      <section
        class="results-area"
        aria-labelledby="results-heading"
        aria-busy=${this.searching ? 'true' : 'false'}
      >
        <h2 id="results-heading" class="visually-hidden">${t.search.results}</h2>
        <p part="status" role="status" tabindex="-1">${announce}</p>
        ${this.searching && response !== undefined ? html`<p class="searching muted" aria-hidden="true">${t.search.searching}</p>` : nothing}
        ${
          response !== undefined && this.status === 'ready'
            ? renderResults(
                {
                  t,
                  lang: this.locale.lang,
                  easyLanguage: this.easyLanguage,
                  profile: this.source?.profile,
                  actors: this.source?.actors,
                  now: new Date(),
                  response,
                  page: this.page,
                  pageSize: this.pageSize,
                  hrefOf: (id) => this.#hrefOf(id),
                  openNow: (hit) => isOpenAt(hit.offer.schedule, new Date()),
                  onSelect: (id, e) => this.#select(id, e),
                  onPage: (p) => this.#setPage(p),
                  onDidYouMean: (q) => this.#choose(q),
                  onClear: () => this.#setFilters(emptyFilters),
                },
                hasFilters(this.filters),
              )
            : nothing
        }
      </section>
    </div>`;
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.locale;
    return html`<div part="base" lang=${lang} dir=${dir}>
      ${renderSearchBox({
        t: this.t,
        query: this.query,
        suggestions: this.suggestions,
        active: this.activeSuggestion,
        onInput: (e) => this.#onInput(e),
        onKeyDown: (e) => this.#onKeyDown(e),
        onChoose: (q) => this.#choose(q),
        onClose: () => (this.suggestions = []),
      })}
      ${this.#renderBody()}
    </div>`;
  }
}
