import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  scoreWorkshop,
  type Klimakonferenz,
  type WallScore,
  type WorkshopScore,
} from '@vielfalt/klimakonferenz/scoring';
import { VfElement } from '../base/element.js';
import { useElementTexts } from '../i18n/element-texts.js';
import { VfLoadErrorEvent } from '../events.js';
import { loadKlima } from './load-klima.js';
import { loadErrorReason } from '../base/load-error.js';

// The German texts of this element are not built into the search and detail pages; it brings them along.
useElementTexts();

/**
 * The Ist-Analyse of one workshop: per wall, a bar chart of each statement's share of the wall's voters with its
 * 95% interval, and the same numbers as a data table, which is the accessible alternative (the chart is hidden
 * from assistive technology). Tiers, not ranks: statements whose rank intervals overlap share a tier.
 *
 * @summary Klimakonferenz report: shares with intervals as chart and table.
 * @tag vf-klima-report
 *
 * @attr src - URL of a workshop (JSON) to analyse.
 *
 * @fires vf-load-error - The workshop could not be loaded; `url`, `reason`.
 *
 * @csspart chart - The bar chart of a wall.
 * @csspart table - The data table of a wall.
 *
 * @cssprop --vf-color-bar - Colour of the bars (default #0b5cad).
 */
export class VfKlimaReport extends VfElement {
  /** Shared base styles plus this element's own layout. */
  static override styles = [
    ...VfElement.styles,
    css`
      .chart {
        display: grid;
        gap: 0.25rem;
        margin-block: var(--_gap);
      }
      .row {
        display: grid;
        grid-template-columns: minmax(8rem, 16rem) 1fr;
        gap: 0.5rem;
        align-items: center;
      }
      .track {
        position: relative;
        block-size: 1.25rem;
        background: #ececec;
      }
      .bar {
        position: absolute;
        inset-block: 0;
        inset-inline-start: 0;
        background: var(--vf-color-bar, #0b5cad);
      }
      .whisker {
        position: absolute;
        inset-block: 40%;
        border-block: 2px solid #1b1b1b;
      }
      table {
        border-collapse: collapse;
        inline-size: 100%;
      }
      th,
      td {
        border: 1px solid var(--_border);
        padding: 0.25rem 0.5rem;
        text-align: start;
      }
      td.num {
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  /** URL of a workshop (`src` attribute). */
  @property() src: string | undefined;
  /** The workshop to analyse; set directly or loaded from `src`. */
  @property({ attribute: false }) workshop: Klimakonferenz | undefined;
  @state() private failed = false;
  #score: WorkshopScore | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') && this.src !== undefined) void this.#load(this.src);
    if (changed.has('workshop'))
      this.#score = this.workshop ? scoreWorkshop(this.workshop, { mode: 'lenient' }) : undefined;
  }

  async #load(url: string): Promise<void> {
    try {
      this.workshop = await loadKlima(url, 'workshop');
      this.failed = false;
    } catch (error) {
      this.failed = true;
      this.dispatchEvent(new VfLoadErrorEvent(url, loadErrorReason(error)));
    }
  }

  #renderWall(wall: WallScore): TemplateResult {
    const t = this.t.klima;
    const percent = new Intl.NumberFormat(this.locale.lang, {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    const number = new Intl.NumberFormat(this.locale.lang);
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    return html`<section aria-labelledby="wall-${wall.wall}">
      <h3 id="wall-${wall.wall}">${t.wall[wall.wall]}: ${t.question[wall.wall]}</h3>
      <p>${t.voters(wall.voters)}</p>
      ${
        wall.statements.length === 0
          ? html`<p>${t.noData}</p>`
          : html`<div part="chart" class="chart" aria-hidden="true">
                ${wall.statements.map(
                  (s) =>
                    html`<div class="row">
                      <span dir="auto">${s.text}</span>
                      <span class="track">
                        <span class="bar" style=${styleMap({ inlineSize: pct(s.share) })}></span>
                        <span
                          class="whisker"
                          style=${styleMap({ insetInlineStart: pct(s.interval.low), inlineSize: pct(s.interval.high - s.interval.low) })}
                        ></span>
                      </span>
                    </div>`,
                )}
              </div>
              <table part="table">
                <caption class="visually-hidden">
                  ${t.table}: ${t.wall[wall.wall]}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t.statement}</th>
                    <th scope="col">${t.dotsColumn}</th>
                    <th scope="col">${t.share}</th>
                    <th scope="col">${t.interval}</th>
                    <th scope="col">${t.tier}</th>
                  </tr>
                </thead>
                <tbody>
                  ${wall.statements.map(
                    (s) =>
                      html`<tr>
                        <th scope="row" dir="auto">${s.text}</th>
                        <td class="num">${number.format(s.count)}</td>
                        <td class="num">${percent.format(s.share)}</td>
                        <td class="num">
                          ${percent.format(s.interval.low)} – ${percent.format(s.interval.high)}
                        </td>
                        <td class="num">${number.format(s.tier)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
      }
    </section>`;
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.locale;
    const t = this.t;
    const score = this.#score;
    const body = this.failed
      ? html`<div role="alert" class="error"><p>${t.common.loadError}</p></div>`
      : score === undefined
        ? html`<p>${t.klima.noData}</p>`
        : html`${score.fictional ? html`<p><strong>${t.klima.fictional}</strong></p>` : nothing}
          ${score.walls.map((w) => this.#renderWall(w))}`;
    return html`<div part="base" lang=${lang} dir=${dir}>
      <h2>${t.klima.report}${score?.title ? `: ${score.title}` : ''}</h2>
      ${body}
    </div>`;
  }
}
