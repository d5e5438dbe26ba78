import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  WALLS,
  type Dot,
  type Klimakonferenz,
  type Statement,
  type Wall,
} from '@vielfalt/klimakonferenz/scoring';
import { VfElement } from '../base/element.js';
import { useElementTexts } from '../i18n/element-texts.js';
import { VfDotChangeEvent, VfLoadErrorEvent, VfStatementAddEvent } from '../events.js';
import { loadKlima } from './load-klima.js';
import { loadErrorReason } from '../base/load-error.js';

// The German texts of this element are not built into the search and detail pages; it brings them along.
useElementTexts();

/** Weather symbols beside the wall names; decorative, the name is the text. */
const symbols: Record<Wall, string> = { sonne: '☀', wolke: '☁', gewitter: '⚡', wind: '🌬' };

/**
 * The live board of a Klimakonferenz: four walls with their guiding questions, participants add statements and
 * place their dots (the workshop's dot budget per wall, one by default), and a facilitator mode to transcribe
 * paper dots. Counts are hidden from participants (seeing them invites herding) and shown to facilitators.
 * Works with touch, mouse and keyboard; every action is a button with a visible label.
 *
 * @summary Klimakonferenz board: four walls, statements and dot voting.
 * @tag vf-klima-board
 *
 * @attr src - URL of a workshop (JSON) to start from.
 * @attr facilitator - Facilitator mode: shows counts, dots are recorded as transcribed from paper.
 *
 * @fires vf-statement-add - A statement was added; `statementId`, `wall`, `text`.
 * @fires vf-dot-change - A dot was placed or removed; `statementId`, `participantId`, `count`.
 * @fires vf-load-error - The workshop could not be loaded; `url`, `reason`.
 *
 * @csspart wall - One wall.
 * @csspart statement - One statement card.
 * @csspart dot-button - The button that places or removes a dot.
 *
 * @cssprop --vf-color-accent - Buttons (default #0b5cad).
 */
export class VfKlimaBoard extends VfElement {
  /** Shared base styles plus this element's own layout. */
  static override styles = [
    ...VfElement.styles,
    css`
      .walls {
        display: grid;
        gap: var(--_gap);
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      }
      section {
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        padding: var(--_gap);
      }
      h3 {
        margin-block: 0;
      }
      ul {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.5rem;
      }
      .add {
        display: flex;
        flex-direction: column;
        gap: 0.25rem;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_gap);
        align-items: end;
        margin-block-end: var(--_gap);
      }
      button[aria-pressed='true'] {
        background: #1e6b2e;
        border-color: #1e6b2e;
      }
    `,
  ];

  /** URL of a workshop to start from (`src` attribute). */
  @property() src: string | undefined;
  /** Facilitator mode (`facilitator` attribute). */
  @property({ type: Boolean, reflect: true }) facilitator = false;
  /** The workshop on the board; replaced (not mutated) on every change, so a page can save it. */
  @property({ attribute: false }) workshop: Klimakonferenz | undefined;
  @state() private participant = '';
  @state() private failed = false;
  #counter = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') && this.src !== undefined) void this.#load(this.src);
    const people = this.#participants();
    if (!people.includes(this.participant)) this.participant = people[0] ?? '';
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

  #participants(): string[] {
    const votes = this.workshop?.votes;
    return votes?.level === 'dots' ? votes.participants.map((p) => p.id) : [];
  }

  #dots(): readonly Dot[] {
    const votes = this.workshop?.votes;
    return votes?.level === 'dots' ? votes.dots : [];
  }

  #withDots(dots: Dot[]): void {
    const workshop = this.workshop;
    if (workshop?.votes.level !== 'dots') return;
    this.workshop = { ...workshop, votes: { ...workshop.votes, dots } };
  }

  #countOn(statement: string): number {
    return this.#dots().filter((d) => d.statement === statement).length;
  }

  #toggleDot(s: Statement): void {
    const dots = this.#dots();
    const mine = dots.findIndex((d) => d.statement === s.id && d.participant === this.participant);
    if (mine >= 0) this.#withDots(dots.filter((_, i) => i !== mine));
    else if (this.#left(s.wall) > 0) {
      this.#withDots([
        ...dots,
        {
          participant: this.participant,
          statement: s.id,
          wall: s.wall,
          enteredBy: this.facilitator ? 'facilitator' : 'self',
        },
      ]);
    } else return;
    this.dispatchEvent(new VfDotChangeEvent(s.id, this.participant, this.#countOn(s.id)));
  }

  /** Dots the chosen participant may still place on a wall. */
  #left(wall: Wall): number {
    const budget = this.workshop?.dotBudget ?? 1;
    const ids = new Set(this.workshop?.statements.filter((s) => s.wall === wall).map((s) => s.id));
    return (
      budget -
      this.#dots().filter((d) => d.participant === this.participant && ids.has(d.statement)).length
    );
  }

  #add(wall: Wall, form: HTMLFormElement): void {
    const input = form.querySelector('textarea') as HTMLTextAreaElement;
    const text = input.value.trim();
    const workshop = this.workshop;
    if (text === '' || workshop === undefined) return;
    const id = `neu-${wall}-${Date.now().toString(36)}-${++this.#counter}`;
    const statement: Statement = { id, wall, text, themes: [], municipalities: [] };
    this.workshop = { ...workshop, statements: [...workshop.statements, statement] };
    input.value = '';
    this.dispatchEvent(new VfStatementAddEvent(id, wall, text));
  }

  #renderWall(wall: Wall): TemplateResult {
    const t = this.t.klima;
    const statements = (this.workshop?.statements ?? []).filter(
      (s) => s.wall === wall && s.mergedInto === undefined,
    );
    const left = this.#left(wall);
    return html`<section part="wall" aria-labelledby="wall-${wall}">
      <h3 id="wall-${wall}"><span aria-hidden="true">${symbols[wall]}</span> ${t.wall[wall]}</h3>
      <p>${t.question[wall]}</p>
      ${this.participant !== '' ? html`<p class="muted">${t.dotsLeft(Math.max(0, left))}</p>` : nothing}
      ${statements.length === 0 ? html`<p>${t.noStatements}</p>` : nothing}
      <ul>
        ${statements.map((s) => {
          const mine = this.#dots().some(
            (d) => d.statement === s.id && d.participant === this.participant,
          );
          return html`<li part="statement">
            <p dir="auto">${s.text}</p>
            ${this.facilitator ? html`<p><strong>${t.dots(this.#countOn(s.id))}</strong></p>` : nothing}
            ${
              this.participant !== ''
                ? html`<button
                      part="dot-button"
                      type="button"
                      aria-pressed=${mine ? 'true' : 'false'}
                      ?disabled=${!mine && left <= 0}
                      aria-describedby="text-${s.id}"
                      @click=${() => this.#toggleDot(s)}
                    >
                      ${mine ? t.removeDot : t.placeDot}
                    </button>
                    <span id="text-${s.id}" class="visually-hidden">${s.text}</span>`
                : nothing
            }
          </li>`;
        })}
      </ul>
      <form
        class="add"
        @submit=${(e: Event) => {
          e.preventDefault();
          this.#add(wall, e.target as HTMLFormElement);
        }}
      >
        <label for="new-${wall}">${t.newStatement} (${t.wall[wall]})</label>
        <textarea id="new-${wall}" rows="2"></textarea>
        <button type="submit" class="secondary">${t.addStatement}</button>
      </form>
    </section>`;
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.locale;
    const t = this.t;
    if (this.failed) {
      return html`<div part="base" lang=${lang} dir=${dir}>
        <div role="alert" class="error">
          <p>${t.common.loadError}</p>
          <button type="button" @click=${() => this.src !== undefined && void this.#load(this.src)}>
            ${t.common.retry}
          </button>
        </div>
      </div>`;
    }
    const people = this.#participants();
    return html`<div part="base" lang=${lang} dir=${dir}>
      <h2>${this.workshop?.title ?? t.klima.board}</h2>
      <div class="controls">
        ${
          people.length > 0
            ? html`<label class="add"
                >${t.klima.participant}
                <select
                  @change=${(e: Event) => (this.participant = (e.target as HTMLSelectElement).value)}
                >
                  ${people.map((p) => html`<option value=${p} ?selected=${p === this.participant}>${p}</option>`)}
                </select></label
              >`
            : nothing
        }
        <label class="check"
          ><input
            type="checkbox"
            .checked=${this.facilitator}
            @change=${(e: Event) => (this.facilitator = (e.target as HTMLInputElement).checked)}
          />
          <span>${t.klima.facilitator}</span></label
        >
      </div>
      <div class="walls">${WALLS.map((w) => this.#renderWall(w))}</div>
    </div>`;
  }
}
