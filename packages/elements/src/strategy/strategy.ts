import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ActionStep, Actor, CountyProfile, Goal } from '@vielfalt/model';
import { VfElement } from '../base/element.js';
import { useElementTexts } from '../i18n/element-texts.js';
import { VfFilterChangeEvent, VfLoadErrorEvent } from '../events.js';
import { loadJson } from '../base/load-json.js';
import { profileOutline } from '../base/profile-outline.js';
import type { Outline } from '../base/outline.js';
import { localized } from '../offer-text.js';
import { loadErrorReason } from '../base/load-error.js';

// The German texts of this element are not built into the search and detail pages; it brings them along.
useElementTexts();

/** The statuses of an action step, in the order of the filter (the model's `actionStepStatusSchema`). */
const actionStepStatuses = ['planned', 'in-progress', 'done', 'dropped'] as const;

/** Goals, action steps and actors, as the server's strategy file or a dataset holds them. */
interface StrategyData {
  goals?: Goal[];
  actionSteps?: ActionStep[];
  actors?: Actor[];
}

/** What this element reads of them; the server validated the rest when it stored them. */
const strategyOutline: Outline = {
  'goals?': [{ id: 'string', fieldOfAction: 'string', title: 'text', 'description?': 'text' }],
  'actionSteps?': [
    {
      id: 'string',
      goalId: 'string',
      title: 'text',
      'description?': 'text',
      responsibleActorIds: ['string'],
      status: 'string',
      'due?': 'string',
    },
  ],
  'actors?': [{ id: 'string', name: 'string' }],
};

/**
 * The county's integration strategy: goals per field of action with their action steps, each with status,
 * responsible actors and due date, filterable by field and status.
 *
 * @summary Strategy view: goals and action steps with status and filters.
 * @tag vf-strategy
 *
 * @attr src - URL of a dataset (JSON) with goals, action steps and actors.
 * @attr profile-src - URL of the county profile, for the names of the fields of action.
 *
 * @fires vf-filter-change - The filters changed; `filters` (`field`, `status`).
 * @fires vf-load-error - The data could not be loaded; `url`, `reason`.
 *
 * @csspart filters - The filter bar.
 * @csspart goal - One goal.
 * @csspart status - A status badge.
 */
export class VfStrategy extends VfElement {
  /** Shared base styles plus this element's own layout. */
  static override styles = [
    ...VfElement.styles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_gap);
        margin-block-end: var(--_gap);
      }
      .filters label {
        display: flex;
        flex-direction: column;
        gap: 0.25rem;
      }
      article {
        border-block-start: 1px solid var(--_border);
        padding-block: var(--_gap);
      }
      h3 {
        margin-block: 0 0.25rem;
      }
      ul {
        padding-inline-start: 1.25rem;
      }
      .status {
        border: 1px solid var(--_border);
        border-radius: 1em;
        padding-inline: 0.5em;
        font-size: 0.9em;
      }
    `,
  ];

  /** URL of a dataset (`src` attribute). */
  @property() src: string | undefined;
  /** URL of the county profile (`profile-src` attribute). */
  @property({ attribute: 'profile-src' }) profileSrc: string | undefined;
  /** The goals to show; set directly or loaded from `src`. */
  @property({ attribute: false }) goals: readonly Goal[] = [];
  /** The action steps of those goals. */
  @property({ attribute: false }) actionSteps: readonly ActionStep[] = [];
  /** Actors, for the names of the responsible ones. */
  @property({ attribute: false }) actors: readonly Actor[] = [];
  /** The county profile, for the names of the fields of action. */
  @property({ attribute: false }) profile: CountyProfile | undefined;
  @state() private field = '';
  @state() private status = '';
  @state() private failed = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') && this.src !== undefined) void this.#load(this.src, 'dataset');
    if (changed.has('profileSrc') && this.profileSrc !== undefined)
      void this.#load(this.profileSrc, 'profile');
  }

  async #load(url: string, what: 'dataset' | 'profile'): Promise<void> {
    try {
      if (what === 'profile') this.profile = await loadJson<CountyProfile>(url, profileOutline);
      else {
        const data = await loadJson<StrategyData>(url, strategyOutline);
        this.goals = data.goals ?? [];
        this.actionSteps = data.actionSteps ?? [];
        this.actors = data.actors ?? [];
      }
      this.failed = false;
    } catch (error) {
      this.failed = true;
      this.dispatchEvent(new VfLoadErrorEvent(url, loadErrorReason(error)));
    }
  }

  #filter(patch: { field?: string; status?: string }): void {
    this.field = patch.field ?? this.field;
    this.status = patch.status ?? this.status;
    this.dispatchEvent(new VfFilterChangeEvent({ field: this.field, status: this.status }));
  }

  #fieldName(id: string): string {
    return (
      localized(this.profile?.fieldsOfAction.find((f) => f.id === id)?.label, this.locale.lang) ||
      id
    );
  }

  #renderGoal(goal: Goal, steps: readonly ActionStep[]): TemplateResult {
    const { lang } = this.locale;
    const t = this.t.strategy;
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    const actorName = (id: string) => this.actors.find((a) => a.id === id)?.name ?? id;
    return html`<article part="goal" aria-labelledby="goal-${goal.id}">
      <p class="muted">${this.#fieldName(goal.fieldOfAction)}</p>
      <h3 id="goal-${goal.id}">${t.goal}: ${localized(goal.title, lang)}</h3>
      ${goal.description ? html`<p>${localized(goal.description, lang)}</p>` : nothing}
      <h4>${t.steps}</h4>
      <ul>
        ${steps.map(
          (s) =>
            html`<li>
              <strong>${localized(s.title, lang)}</strong>
              <span part="status" class="status">${t.status[s.status]}</span><br />
              ${t.responsible}: ${s.responsibleActorIds.map(actorName).join(', ')}
              ${s.due ? html`<br />${t.due}: <time datetime=${s.due}>${date.format(new Date(s.due))}</time>` : nothing}
            </li>`,
        )}
      </ul>
    </article>`;
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.locale;
    const t = this.t;
    const fields = [...new Set(this.goals.map((g) => g.fieldOfAction))];
    const shown = this.goals
      .filter((g) => this.field === '' || g.fieldOfAction === this.field)
      .map(
        (g) =>
          [
            g,
            this.actionSteps.filter(
              (s) => s.goalId === g.id && (this.status === '' || s.status === this.status),
            ),
          ] as const,
      )
      .filter(([, steps]) => this.status === '' || steps.length > 0);
    return html`<div part="base" lang=${lang} dir=${dir}>
      <h2>${t.strategy.title}</h2>
      ${this.failed ? html`<div role="alert" class="error"><p>${t.common.loadError}</p></div>` : nothing}
      <div part="filters" class="filters">
        <label
          >${t.strategy.fieldFilter}
          <select
            name="field"
            @change=${(e: Event) => this.#filter({ field: (e.target as HTMLSelectElement).value })}
          >
            <option value="">${t.common.all}</option>
            ${fields.map((f) => html`<option value=${f} ?selected=${f === this.field}>${this.#fieldName(f)}</option>`)}
          </select></label
        >
        <label
          >${t.strategy.statusFilter}
          <select
            name="status"
            @change=${(e: Event) => this.#filter({ status: (e.target as HTMLSelectElement).value })}
          >
            <option value="">${t.common.all}</option>
            ${actionStepStatuses.map((s) => html`<option value=${s} ?selected=${s === this.status}>${t.strategy.status[s]}</option>`)}
          </select></label
        >
      </div>
      <p role="status">${shown.length === 0 ? t.strategy.none : ''}</p>
      ${shown.map(([g, steps]) => this.#renderGoal(g, steps))}
    </div>`;
  }
}
