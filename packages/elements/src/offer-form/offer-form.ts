import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CountyProfile, Offer, Weekday } from '@vielfalt/model';
import { VfElement } from '../base/element.js';
import { useElementTexts } from '../i18n/element-texts.js';
import { VfLoadErrorEvent, VfOfferSubmitEvent } from '../events.js';
import { languageName, localized } from '../offer-text.js';
import { weekdayName } from '../offer-detail/render-schedule.js';
import {
  draftToOffer,
  emptyDraft,
  loadDraft,
  mergeIntoOffer,
  offerKinds,
  offerToDraft,
  saveDraft,
  weekdays,
  type FormDraft,
} from './form-draft.js';
import type { FieldError, validateDraft } from './form-validation.js';
import { loadErrorReason } from '../base/load-error.js';
import { loadJson } from '../base/load-json.js';
import { profileOutline } from '../base/profile-outline.js';

// The German texts of this element are not built into the search and detail pages; it brings them along.
useElementTexts();

type TextKey = { [K in keyof FormDraft]: FormDraft[K] extends string ? K : never }[keyof FormDraft];
type FlagKey = {
  [K in keyof FormDraft]: FormDraft[K] extends boolean ? K : never;
}[keyof FormDraft];

/**
 * The form providers use to submit or edit (set `offer`) an offer: texts, kind, fields of action, target groups, spoken
 * languages, cost, format, weekly times, place and a contact whose publication needs consent. Validation uses
 * the model's schema with messages in the UI language and an error summary at the top that links to each field.
 * The draft is kept in the browser's localStorage until it is sent.
 *
 * @summary Offer submission form with error summary and locally saved draft.
 * @tag vf-offer-form
 *
 * @attr endpoint - URL a new offer is POSTed to as JSON in the server's shape (the offer without `id`, `status`
 *   and `history`), e.g. `/api/v1/manage/offers?submit=true`; an edited offer is PUT to `<endpoint path>/<id>`.
 * @attr contacts-endpoint - URL under which a new contact is PUT as `<url>/<id>` before the offer names it, e.g.
 *   `/api/v1/manage/contacts`. Without it no contact is sent.
 * @attr profile-src - URL of the county profile (cities, fields of action, target groups).
 * @attr provider-id - Id of the provider submitting (the server may override it).
 * @attr draft-key - localStorage key of the draft (default `vf-offer-form`).
 *
 * @fires vf-offer-submit - The endpoint accepted the offer; `offer`, `status`.
 * @fires vf-load-error - The profile could not be loaded; `url`, `reason`.
 *
 * @csspart form - The form.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart submit - The submit button.
 *
 * @cssprop --vf-color-error - Colour of error messages (default #b00020).
 */
export class VfOfferForm extends VfElement {
  /** Shared base styles plus this element's own layout. */
  /** `focus()` on the element focuses its first field, e.g. after signing in on the page around it. */
  static override shadowRootOptions: ShadowRootInit = {
    ...VfElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override styles = [
    ...VfElement.styles,
    css`
      fieldset {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        margin-block-end: var(--_gap);
      }
      .field {
        display: flex;
        flex-direction: column;
        gap: 0.25rem;
        margin-block-end: var(--_gap);
      }
      .field textarea {
        min-block-size: 6rem;
      }
      .slot {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
      }
      [aria-invalid='true'] {
        border: 2px solid var(--_error);
      }
      .summary {
        border: 3px solid var(--_error);
        padding: var(--_gap);
        margin-block-end: var(--_gap);
      }
      .summary a {
        color: var(--_error);
      }
    `,
  ];

  /** URL the offer is POSTed to (`endpoint` attribute). */
  @property() endpoint: string | undefined;
  /** URL under which a new contact is PUT as `<url>/<id>` before the offer names it (`contacts-endpoint` attribute). */
  @property({ attribute: 'contacts-endpoint' }) contactsEndpoint: string | undefined;
  /** URL of the county profile (`profile-src` attribute). */
  @property({ attribute: 'profile-src' }) profileSrc: string | undefined;
  /** Id of the submitting provider (`provider-id` attribute). */
  @property({ attribute: 'provider-id' }) providerId = 'anbieter';
  /** localStorage key of the draft (`draft-key` attribute). */
  @property({ attribute: 'draft-key' }) draftKey = 'vf-offer-form';
  /** The county profile; set directly or loaded from `profile-src`. */
  @property({ attribute: false }) profile: CountyProfile | undefined;
  /** An offer to edit: the form starts from it and sends it back with its id, other languages and places kept. */
  @property({ attribute: false }) offer: Offer | undefined;

  @state() private draft: FormDraft = emptyDraft();
  /** Set by the first submit: from then on the form shows what is wrong, re-checked as people fix it. */
  @state() private checked = false;
  @state() private restored = false;
  @state() private phase: 'editing' | 'sending' | 'sent' | 'failed' = 'editing';
  #focusSummary = false;
  /**
   * The validator, with the model's schema and so zod (~30 KB gzip): loaded when someone starts filling in the
   * form, not with the page; until then nothing has been checked and there is nothing to show.
   */
  #validate: typeof validateDraft | undefined;
  #validatorLoading: Promise<void> | undefined;

  /** Fetches the validator while the person fills in the first field, so submitting does not wait for it. */
  #preloadValidator = (): void => void this.#loadValidator();

  #loadValidator(): Promise<void> {
    this.#validatorLoading ??= import('./form-validation.js').then((m) => {
      this.#validate = m.validateDraft;
      this.requestUpdate();
    });
    return this.#validatorLoading;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = loadDraft(localStorage, this.draftKey);
    if (saved !== undefined) {
      this.draft = saved;
      this.restored = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('profileSrc') && this.profileSrc !== undefined)
      void this.#loadProfile(this.profileSrc);
    if (changed.has('offer') && this.offer !== undefined && !this.restored)
      this.draft = offerToDraft(this.offer, this.locale.lang);
  }

  protected override updated(): void {
    if (this.#focusSummary) {
      this.#focusSummary = false;
      this.renderRoot.querySelector<HTMLElement>('[part="error-summary"]')?.focus();
    }
  }

  async #loadProfile(url: string): Promise<void> {
    try {
      this.profile = await loadJson<CountyProfile>(url, profileOutline);
    } catch (error) {
      this.dispatchEvent(new VfLoadErrorEvent(url, loadErrorReason(error)));
    }
  }

  #set(patch: Partial<FormDraft>): void {
    this.draft = { ...this.draft, ...patch };
    saveDraft(localStorage, this.draftKey, this.draft);
  }

  #discard(): void {
    localStorage.removeItem(this.draftKey);
    this.draft = emptyDraft();
    this.restored = false;
    this.checked = false;
  }

  async #submit(e: Event): Promise<void> {
    e.preventDefault();
    await this.#loadValidator();
    this.checked = true;
    if ((this.#validate?.(this.draft, this.t) ?? []).length > 0) {
      this.#focusSummary = true;
      return;
    }
    if (this.endpoint === undefined) return;
    this.phase = 'sending';
    const offer =
      this.offer !== undefined
        ? mergeIntoOffer(this.offer, this.draft)
        : draftToOffer(this.draft, this.providerId);
    try {
      const contactIds = [...(offer.contactIds ?? []), ...(await this.#sendContact())];
      const {
        id,
        status: _status,
        history: _history,
        lastReviewedAt: _reviewed,
        updatedAt: _updated,
        ...content
      } = offer;
      const target = new URL(this.endpoint, document.baseURI);
      if (this.offer !== undefined)
        target.pathname = `${target.pathname.replace(/\/$/, '')}/${encodeURIComponent(id)}`;
      const response = await fetch(target, {
        method: this.offer !== undefined ? 'PUT' : 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...content, contactIds }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      localStorage.removeItem(this.draftKey);
      this.phase = 'sent';
      this.dispatchEvent(new VfOfferSubmitEvent(offer, response.status));
    } catch {
      this.phase = 'failed';
    }
  }

  /** Stores the entered contact with its consent first, so the offer can name it; returns the ids to add. */
  async #sendContact(): Promise<string[]> {
    const d = this.draft;
    if (
      this.contactsEndpoint === undefined ||
      (d.contactName.trim() === '' && d.contactEmail.trim() === '')
    )
      return [];
    const id = `kontakt-${crypto.randomUUID().slice(0, 8)}`;
    const contact = {
      id,
      actorId: this.providerId,
      kind: 'person',
      ...(d.contactName.trim() !== '' ? { name: d.contactName.trim() } : {}),
      ...(d.contactEmail.trim() !== '' ? { email: d.contactEmail.trim() } : {}),
      ...(d.contactPhone.trim() !== '' ? { phone: d.contactPhone.trim() } : {}),
      consent: { given: d.consent, date: new Date().toISOString().slice(0, 10) },
      visibility: {
        name: d.publishName,
        role: true,
        email: d.publishEmail,
        phone: d.publishPhone,
        languages: true,
      },
    };
    const response = await fetch(
      new URL(`${this.contactsEndpoint.replace(/\/$/, '')}/${id}`, document.baseURI),
      {
        method: 'PUT',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(contact),
      },
    );
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return [id];
  }

  /** Problems in the UI language, computed at render so they follow a change of `lang`. */
  private get errors(): readonly FieldError[] {
    return this.checked && this.#validate ? this.#validate(this.draft, this.t) : [];
  }

  #errorOf(field: string): FieldError | undefined {
    return this.errors.find((e) => e.field === field);
  }

  /** `aria-invalid` and `aria-describedby` for a control, pointing at its message. */
  #described(field: string): { invalid: 'true' | 'false'; describedBy: string | typeof nothing } {
    const error = this.#errorOf(field);
    return { invalid: error ? 'true' : 'false', describedBy: error ? `${field}-error` : nothing };
  }

  #message(field: string): TemplateResult | typeof nothing {
    const error = this.#errorOf(field);
    return error ? html`<span id="${field}-error" class="error">${error.message}</span>` : nothing;
  }

  #text(
    field: TextKey,
    label: string,
    options: { required?: boolean; multiline?: boolean; type?: string; autocomplete?: string } = {},
  ): TemplateResult {
    const a = this.#described(field);
    const onInput = (e: Event) => this.#set({ [field]: (e.target as HTMLInputElement).value });
    const control = options.multiline
      ? html`<textarea
          id=${field}
          aria-invalid=${a.invalid}
          aria-describedby=${a.describedBy}
          .value=${this.draft[field]}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${field}
          type=${options.type ?? 'text'}
          autocomplete=${options.autocomplete ?? 'off'}
          aria-invalid=${a.invalid}
          aria-describedby=${a.describedBy}
          ?required=${options.required === true}
          .value=${this.draft[field]}
          @input=${onInput}
        />`;
    return html`<div class="field">
      <label for=${field}
        >${label}${options.required ? html` <span class="muted">(${this.t.form.required})</span>` : nothing}</label
      >
      ${control} ${this.#message(field)}
    </div>`;
  }

  #check(field: FlagKey, label: string): TemplateResult {
    const a = this.#described(field);
    return html`<div class="field">
      <label class="check"
        ><input
          id=${field}
          type="checkbox"
          aria-invalid=${a.invalid}
          aria-describedby=${a.describedBy}
          .checked=${this.draft[field]}
          @change=${(e: Event) => this.#set({ [field]: (e.target as HTMLInputElement).checked })}
        /><span>${label}</span></label
      >${this.#message(field)}
    </div>`;
  }

  #select<K extends 'kind' | 'cost' | 'format' | 'municipality' | 'textLanguage'>(
    field: K,
    label: string,
    options: readonly (readonly [string, string])[],
  ): TemplateResult {
    return html`<div class="field">
      <label for=${field}>${label}</label>
      <select
        id=${field}
        @change=${(e: Event) => this.#set({ [field]: (e.target as HTMLSelectElement).value } as Partial<FormDraft>)}
      >
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${this.draft[field] === value}>${text}</option>`)}</select
      >${this.#message(field)}
    </div>`;
  }

  #choices(
    field: 'fieldsOfAction' | 'targetGroups',
    legend: string,
    options: readonly (readonly [string, string])[],
  ): TemplateResult {
    const a = this.#described(field);
    const chosen = this.draft[field];
    return html`<fieldset
      id=${field}
      tabindex="-1"
      aria-invalid=${a.invalid}
      aria-describedby=${a.describedBy}
    >
      <legend>${legend}</legend>
      ${options.map(
        ([value, text]) =>
          html`<label class="check"
            ><input
              type="checkbox"
              name=${field}
              .checked=${chosen.includes(value)}
              @change=${(e: Event) => this.#set({ [field]: (e.target as HTMLInputElement).checked ? [...chosen, value] : chosen.filter((v) => v !== value) })}
            /><span>${text}</span></label
          >`,
      )}
      ${this.#message(field)}
    </fieldset>`;
  }

  #slots(): TemplateResult {
    const f = this.t.form;
    const slots = this.draft.slots;
    const setSlot = (i: number, patch: Partial<FormDraft['slots'][number]>) =>
      this.#set({ slots: slots.map((s, j) => (i === j ? { ...s, ...patch } : s)) });
    return html`<fieldset>
      <legend>${f.schedule}</legend>
      ${slots.map(
        (slot, i) =>
          html`<div class="slot" role="group" aria-label="${f.schedule} ${i + 1}">
            <div class="field">
              <label for="slot-${i}-day">${f.day}</label>
              <select
                id="slot-${i}-day"
                @change=${(e: Event) => setSlot(i, { day: (e.target as HTMLSelectElement).value as Weekday })}
              >
                ${weekdays.map((d) => html`<option value=${d} ?selected=${slot.day === d}>${weekdayName(d, this.locale.lang)}</option>`)}
              </select>
            </div>
            ${(['opens', 'closes'] as const).map((k) => {
              const id = `slot-${i}-${k}`;
              const a = this.#described(id);
              return html`<div class="field">
                <label for=${id}>${f[k]}</label
                ><input
                  id=${id}
                  type="time"
                  aria-invalid=${a.invalid}
                  aria-describedby=${a.describedBy}
                  .value=${slot[k]}
                  @input=${(e: Event) => setSlot(i, { [k]: (e.target as HTMLInputElement).value })}
                />${this.#message(id)}
              </div>`;
            })}
            <button
              type="button"
              class="secondary"
              @click=${() => this.#set({ slots: slots.filter((_, j) => j !== i) })}
            >
              ${f.removeSlot(i + 1)}
            </button>
          </div>`,
      )}
      <button
        type="button"
        class="secondary"
        @click=${() => this.#set({ slots: [...slots, { day: 'mo', opens: '09:00', closes: '12:00' }] })}
      >
        ${f.addSlot}
      </button>
      ${this.#check('byAppointment', f.byAppointment)}
    </fieldset>`;
  }

  #summary(): TemplateResult | typeof nothing {
    if (this.errors.length === 0) return nothing;
    const labelOf = (field: string) =>
      this.renderRoot.querySelector(`label[for="${field}"]`)?.textContent?.trim() ??
      this.renderRoot.querySelector(`#${field} legend`)?.textContent?.trim() ??
      '';
    return html`<div part="error-summary" class="summary" role="alert" tabindex="-1">
      <h2>${this.t.form.errorSummary(this.errors.length)}</h2>
      <ul>
        ${this.errors.map(
          (e) =>
            html`<li>
              <a
                href="#${e.field}"
                @click=${(ev: Event) => {
                  ev.preventDefault();
                  this.renderRoot.querySelector<HTMLElement>(`#${e.field}`)?.focus();
                }}
                >${labelOf(e.field)}: ${e.message}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  protected override render(): TemplateResult {
    const { lang, dir } = this.locale;
    const f = this.t.form;
    const o = this.t.offer;
    const p = this.profile;
    if (this.phase === 'sent')
      return html`<div part="base" lang=${lang} dir=${dir}><p role="status">${f.sent}</p></div>`;
    const textLanguages = (p?.languages ?? ['de', 'en', 'ar', 'uk', 'tr', 'fa', 'ru']).map(
      (l) => [l, languageName(l, lang)] as const,
    );
    return html`<div part="base" lang=${lang} dir=${dir}>
      ${this.#summary()}
      ${this.restored ? html`<p role="status">${f.draftRestored} <button type="button" class="secondary" @click=${this.#discard}>${f.discardDraft}</button></p>` : nothing}
      <form part="form" novalidate @submit=${this.#submit} @focusin=${this.#preloadValidator}>
        <fieldset>
          <legend>${f.texts}</legend>
          ${this.#select('textLanguage', f.textLanguage, textLanguages)}
          ${this.#text('title', f.offerTitle, { required: true })}
          ${this.#text('summary', f.summary, { required: true, multiline: true })}
          ${this.#text('description', f.description, { multiline: true })}
        </fieldset>
        ${this.#select(
          'kind',
          f.kind,
          offerKinds.map((k) => [k, o.kind[k]] as const),
        )}
        ${this.#choices(
          'fieldsOfAction',
          f.fieldsOfAction,
          (p?.fieldsOfAction ?? []).map((x) => [x.id, localized(x.label, lang)] as const),
        )}
        ${this.#choices(
          'targetGroups',
          f.targetGroups,
          (p?.taxonomies.targetGroups ?? []).map((x) => [x.id, localized(x.label, lang)] as const),
        )}
        ${this.#text('languages', f.spokenLanguages, { required: true })}
        ${this.#select(
          'cost',
          f.cost,
          (['free', 'reduced', 'paid'] as const).map((k) => [k, o.cost[k]] as const),
        )}
        ${this.#select(
          'format',
          f.format,
          (['on-site', 'online', 'hybrid'] as const).map((k) => [k, o.format[k]] as const),
        )}
        ${this.#check('registrationRequired', f.registrationRequired)} ${this.#slots()}
        <fieldset>
          <legend>${f.location}</legend>
          ${this.#select('municipality', f.municipality, [['', o.countyWide], ...(p?.municipalities ?? []).map((m) => [m.ags, m.name] as const)])}
          ${this.#text('street', f.street, { autocomplete: 'street-address' })}
          ${this.#text('postalCode', f.postalCode, { autocomplete: 'postal-code' })}
          ${this.#text('locality', f.locality, { autocomplete: 'address-level2' })}
        </fieldset>
        <fieldset>
          <legend>${f.contact}</legend>
          ${this.#text('contactName', f.contactName, { autocomplete: 'name' })}
          ${this.#text('contactEmail', f.contactEmail, { type: 'email', autocomplete: 'email' })}
          ${this.#text('contactPhone', f.contactPhone, { type: 'tel', autocomplete: 'tel' })}
          ${this.#check('publishName', f.publishName)}
          ${this.#check('publishEmail', f.publishEmail)}
          ${this.#check('publishPhone', f.publishPhone)} ${this.#check('consent', f.consent)}
        </fieldset>
        ${this.phase === 'failed' ? html`<p role="alert" class="error">${f.sendError}</p>` : nothing}
        <button part="submit" type="submit" ?disabled=${this.phase === 'sending'}>
          ${this.phase === 'sending' ? f.sending : f.submit}
        </button>
      </form>
    </div>`;
  }
}
