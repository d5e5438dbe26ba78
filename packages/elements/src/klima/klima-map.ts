import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  countyMap,
  scoreWorkshop,
  type CountyMap,
  type KlimakonferenzCollection,
} from '@vielfalt/klimakonferenz/scoring';
import { VfElement } from '../base/element.js';
import { useElementTexts } from '../i18n/element-texts.js';
import { VfLoadErrorEvent } from '../events.js';
import { localized } from '../offer-text.js';
import { loadKlima } from './load-klima.js';
import { loadErrorReason } from '../base/load-error.js';

// The German texts of this element are not built into the search and detail pages; it brings them along.
useElementTexts();

/**
 * Colour of a climate balance from gewitter (0) to sonne (1), dark enough at both ends for black or white text
 * with 4.5:1 contrast; the middle is light. The value is also printed, so colour is never the only cue.
 */
function balanceColour(value: number): { background: string; color: string } {
  const hue = Math.round(value * 120);
  const light = Math.round(88 - Math.abs(value - 0.5) * 120);
  return { background: `hsl(${hue} 60% ${light}%)`, color: light < 55 ? '#ffffff' : '#1b1b1b' };
}

/**
 * The county map of Klimakonferenz results: fields of action × cities, each cell showing the climate balance
 * (share of sonne among sonne and gewitter statements with dots), smoothed towards the county mean so a cell
 * with two statements does not look like a verdict. The colour grid is hidden from assistive technology; the
 * data table below it, with raw and smoothed values, is the accessible alternative.
 *
 * @summary County map of the climate balance with a data table.
 * @tag vf-klima-map
 *
 * @attr src - URL of a workshop collection (JSON).
 *
 * @fires vf-load-error - The collection could not be loaded; `url`, `reason`.
 *
 * @csspart grid - The colour grid.
 * @csspart table - The data table.
 */
export class VfKlimaMap extends VfElement {
  /** Shared base styles plus this element's own layout. */
  static override styles = [
    ...VfElement.styles,
    css`
      .grid {
        display: grid;
        gap: 2px;
        margin-block: var(--_gap);
        overflow-x: auto;
      }
      .grid span {
        padding: 0.25rem;
        font-size: 0.85em;
        min-block-size: 2.5rem;
        display: flex;
        align-items: center;
      }
      .grid .head {
        font-weight: bold;
      }
      .grid .empty {
        background: #f2f2f2;
      }
      table {
        border-collapse: collapse;
      }
      th,
      td {
        border: 1px solid var(--_border);
        padding: 0.25rem 0.5rem;
        text-align: start;
      }
    `,
  ];

  /** URL of a workshop collection (`src` attribute). */
  @property() src: string | undefined;
  /** The workshops to map; set directly or loaded from `src`. */
  @property({ attribute: false }) collection: KlimakonferenzCollection | undefined;
  @state() private failed = false;
  #map: CountyMap | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') && this.src !== undefined) void this.#load(this.src);
    if (changed.has('collection')) {
      const c = this.collection;
      this.#map = c
        ? countyMap(
            c.workshops.map((w) => scoreWorkshop(w, { mode: 'lenient', draws: 500 })),
            {
              fieldsOfAction: c.county?.fieldsOfAction.map((f) => f.id) ?? [],
              municipalities: c.county?.municipalities.map((m) => m.ags) ?? [],
            },
          )
        : undefined;
    }
  }

  async #load(url: string): Promise<void> {
    try {
      this.collection = await loadKlima(url, 'collection');
      this.failed = false;
    } catch (error) {
      this.failed = true;
      this.dispatchEvent(new VfLoadErrorEvent(url, loadErrorReason(error)));
    }
  }

  #cityName(ags: string): string {
    return this.collection?.county?.municipalities.find((m) => m.ags === ags)?.name ?? ags;
  }

  #fieldName(id: string): string {
    return (
      localized(
        this.collection?.county?.fieldsOfAction.find((f) => f.id === id)?.label,
        this.locale.lang,
      ) || id
    );
  }

  #renderMap(map: CountyMap): TemplateResult {
    const t = this.t.klima;
    const percent = new Intl.NumberFormat(this.locale.lang, {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    const cell = (field: string, ags: string) =>
      map.cells.find((c) => c.fieldOfAction === field && c.municipality === ags);
    return html`<div
        part="grid"
        class="grid"
        aria-hidden="true"
        style=${styleMap({ gridTemplateColumns: `minmax(8rem, 14rem) repeat(${map.municipalities.length}, minmax(4rem, 1fr))` })}
      >
        <span></span
        >${map.municipalities.map((a) => html`<span class="head">${this.#cityName(a)}</span>`)}
        ${map.fieldsOfAction.map(
          (f) =>
            html`<span class="head">${this.#fieldName(f)}</span>${map.municipalities.map((a) => {
                const c = cell(f, a);
                return c === undefined || c.raw === null
                  ? html`<span class="empty">–</span>`
                  : html`<span style=${styleMap(balanceColour(c.shrunk))}
                      >${percent.format(c.shrunk)}</span
                    >`;
              })}`,
        )}
      </div>
      <table part="table">
        <caption>
          ${t.table}: ${t.map}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t.search.fieldOfAction}</th>
            <th scope="col">${this.t.search.municipality}</th>
            <th scope="col">${t.shrunk}</th>
            <th scope="col">${t.raw}</th>
            <th scope="col">${t.statements}</th>
          </tr>
        </thead>
        <tbody>
          ${map.cells
            .filter((c) => c.raw !== null)
            .map(
              (c) =>
                html`<tr>
                  <th scope="row">${this.#fieldName(c.fieldOfAction)}</th>
                  <td>${this.#cityName(c.municipality)}</td>
                  <td>${percent.format(c.shrunk)}</td>
                  <td>${c.raw === null ? '–' : percent.format(c.raw)}</td>
                  <td>${c.sonne + c.gewitter}</td>
                </tr>`,
            )}
        </tbody>
      </table>`;
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.locale;
    const t = this.t;
    const body = this.failed
      ? html`<div role="alert" class="error"><p>${t.common.loadError}</p></div>`
      : this.#map === undefined || this.#map.cells.every((c) => c.raw === null)
        ? html`<p>${t.klima.noData}</p>`
        : this.#renderMap(this.#map);
    return html`<div part="base" lang=${lang} dir=${dir}>
      <h2>${t.klima.map}</h2>
      ${this.collection?.fictional ? html`<p><strong>${t.klima.fictional}</strong></p>` : nothing}${body}
    </div>`;
  }
}
